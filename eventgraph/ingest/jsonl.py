"""JSON Lines article records: {"id": str, "text": str, "title": str?, "published": "YYYY-MM-DD"?, "url": str?,
"dateline": str?}. "dateline" is a wire dateline kept apart from the text ("TOKYO, March 3 -"): its place is where
the story was filed.

Read one line at a time, so a file of any size streams. A line that is not such a record, or larger than one
article can be, is reported with its line number and skipped. Lone surrogates (a `\\ud800` escape) become
U+FFFD: no file format can hold them.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from ..clean import unicode_text
from ..days import is_day
from ..lines import bounded_lines
from . import dateline
from .decode import Unreadable, decode_bytes


@dataclass
class Record:
    line: int
    id: str
    text: str
    title: str | None
    published: str | None
    url: str | None
    place: str | None


def _optional_string(record: dict, key: str) -> str | None:
    value = record.get(key)
    if value is None or (isinstance(value, str) and value.strip()):
        return value
    if isinstance(value, str):
        return None
    raise ValueError(f'"{key}" is not a string')


def parse(line: str, number: int) -> Record:
    record = json.loads(line)
    if not isinstance(record, dict):
        raise ValueError("not a JSON object")
    identifier, text = record.get("id"), record.get("text")
    if isinstance(identifier, int) and not isinstance(identifier, bool):
        identifier = str(identifier)
    if not isinstance(identifier, str) or not identifier.strip():
        raise ValueError('no "id" string')
    if not isinstance(text, str):
        raise ValueError('no "text" string')
    title, url = _optional_string(record, "title"), _optional_string(record, "url")
    return Record(number, unicode_text(identifier.strip()), unicode_text(text), title and unicode_text(title),
                  _published(_optional_string(record, "published")), url and unicode_text(url),
                  _place(_optional_string(record, "dateline")))


def _published(value: str | None) -> str | None:
    """The record's date as YYYY-MM-DD; a timestamp ("2024-06-20T08:15:00Z") gives its day."""
    if value is None:
        return None
    day, rest = value.strip()[:10], value.strip()[10:]
    if not is_day(day) or rest[:1] not in ("", "T", " "):
        raise ValueError(f'"published" {value!r} is not a day written YYYY-MM-DD')
    return day


def _place(value: str | None) -> str | None:
    """The place of a dateline record field: "TOKYO, March 3 -" and "TOKYO" both give "TOKYO"."""
    if value is None:
        return None
    opening = dateline.wire(unicode_text(value).strip() + " -")
    return opening.place if opening is not None else None


def read(path: Path, warn: Callable[[str], None], max_bytes: int) -> Iterator[Record]:
    """The article records of `path`; a line longer than `max_bytes` is skipped unread, as a file that large is."""
    with path.open("rb") as handle:
        for number, raw in enumerate(bounded_lines(handle, max_bytes), 1):
            if raw is None:
                warn(f"{path}:{number}: skipped, the record is larger than {max_bytes // 2**20} MB, too large for "
                     "one article")
                continue
            if not raw.strip():
                continue
            try:
                record = parse(decode_bytes(raw), number)
            except (ValueError, Unreadable) as error:
                warn(f"{path}:{number}: skipped, not an article record ({error})")
                continue
            if not record.text.strip():
                warn(f"{path}:{number}: skipped, the article's text is empty")
                continue
            yield record

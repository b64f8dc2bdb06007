"""JSON Lines article records: {"id": str, "text": str, "title": str?, "published": "YYYY-MM-DD"?, "url": str?}.

Read one line at a time, so a file of any size streams. A line that is not such a record is reported with its
line number and skipped.
"""

from __future__ import annotations

import datetime
import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from .decode import Unreadable, decode_bytes

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}(?=$|[T ])")


@dataclass
class Record:
    line: int
    id: str
    text: str
    title: str | None
    published: str | None
    url: str | None


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
    return Record(number, identifier.strip(), text, _optional_string(record, "title"),
                  _published(_optional_string(record, "published")), _optional_string(record, "url"))


def _published(value: str | None) -> str | None:
    """The record's date as YYYY-MM-DD; a timestamp ("2024-06-20T08:15:00Z") gives its day."""
    if value is None:
        return None
    match = _DATE.match(value.strip())
    if match is None:
        raise ValueError(f'"published" {value!r} is not YYYY-MM-DD')
    try:
        return datetime.date.fromisoformat(match.group(0)).isoformat()
    except ValueError:
        raise ValueError(f'"published" {value!r} is not a calendar date') from None


def read(path: Path, warn: Callable[[str], None]) -> Iterator[Record]:
    with path.open("rb") as handle:
        for number, raw in enumerate(handle, 1):
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

"""Reading a corrections file: JSON, the shipped schema, known operations, real dates; else one clear line."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

import jsonschema
from jsonschema.exceptions import best_match

from ..temporal.intervals import interval

VERSION = 1
FILENAME = "corrections.json"


class CorrectionsError(Exception):
    """A corrections file that cannot be used; the message names the file and what is wrong."""


@dataclass
class Corrections:
    path: str
    items: list[dict]
    digest: str  # of the file's bytes: a rebuild with other corrections is not up to date


@cache
def schema() -> dict:
    text = resources.files("eventgraph").joinpath("resources/schema/corrections.schema.json").read_text("utf-8")
    return json.loads(text)


@cache
def _validator(name: str | None) -> jsonschema.Draft202012Validator:
    root = schema()
    if name is None:
        envelope = {**root, "properties": {**root["properties"], "corrections": {"type": "array"}}}
        return jsonschema.Draft202012Validator(envelope)
    return jsonschema.Draft202012Validator({"$ref": f"#/$defs/{name}", "$defs": root["$defs"]})


def operations() -> list[str]:
    return [ref["$ref"].rsplit("/", 1)[1] for ref in schema()["properties"]["corrections"]["items"]["oneOf"]]


def load(path: str | Path) -> Corrections:
    name = str(path)
    try:
        raw = Path(path).read_bytes()
    except OSError as error:
        raise CorrectionsError(f"{name}: cannot read it ({error.strerror or error})") from None
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as error:
        raise CorrectionsError(f"{name}: not JSON ({error}); fix it or remove it") from None
    return Corrections(name, parse(data, name), hashlib.sha256(raw).hexdigest())


def parse(data, name: str = FILENAME) -> list[dict]:
    """The corrections in `data`, checked; a `CorrectionsError` names the first thing wrong."""
    if isinstance(data, dict) and isinstance(data.get("version"), int) and data["version"] > VERSION:
        raise CorrectionsError(f"{name}: written for corrections format version {data['version']}, and this "
                               f"eventgraph reads version {VERSION}; upgrade eventgraph to use it")
    _check(_validator(None), data, name, "")
    known = operations()
    for number, item in enumerate(data["corrections"], 1):
        where = f"correction {number}"
        if not isinstance(item, dict) or not isinstance(item.get("op"), str):
            raise CorrectionsError(f"{name}: {where}: not an object with an \"op\"")
        if item["op"] not in known:
            raise CorrectionsError(f"{name}: {where}: unknown operation {item['op']!r} "
                                   f"(known: {', '.join(known)})")
        _check(_validator(item["op"]), item, name, f"{where} ({item['op']}): ")
        for value in _dates(item):
            if not is_date(value):
                raise CorrectionsError(f"{name}: {where} ({item['op']}): {value!r} is not a date")
    return data["corrections"]


def _check(validator: jsonschema.Draft202012Validator, data, name: str, where: str) -> None:
    error = best_match(validator.iter_errors(data))
    if error is None:
        return
    path = "".join(f"[{part}]" if isinstance(part, int) else f".{part}" for part in error.absolute_path)
    if error.validator == "pattern" and error.absolute_path and error.absolute_path[-1] == "value":
        raise CorrectionsError(f"{name}: {where}{error.instance!r} is not a date (write 2024-06-19, 2024-06, 2024)")
    raise CorrectionsError(f"{name}: {where}{path.lstrip('.') + ': ' if path else ''}{error.message}")


def _dates(item: dict) -> list[str]:
    if item["op"] == "event.date":
        return [item["value"]]
    if item["op"] == "event.add":
        return [item["date"]["value"]]
    return []


def is_date(value: str) -> bool:
    """Whether a TIMEX3 date the schema lets through names a real period of the calendar: a month, day or week
    that exists, read as every stage reads it (`temporal.intervals.interval`)."""
    return interval(value) is not None

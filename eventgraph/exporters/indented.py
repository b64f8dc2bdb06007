"""JSON indented by two spaces, as `json.dumps(value, ensure_ascii=False, indent=2)` writes it, to the byte.

The standard library writes indented JSON with its pure-Python encoder, a generator per container: for
events.json of a story of thousands of articles, most of the time the writers take. Here the containers that
hold only strings, numbers, booleans and nulls (most of a story's: a date, a participant, a source) are
written by the library's C encoder, its item separator carrying the line break and the indentation of their
depth; the containers above them are walked in Python. Anything but the JSON types (a subclass, a non-string
key) is left to `json.dumps` itself, so that the text, or the error, is always the library's.
"""

from __future__ import annotations

import json
from functools import cache
from json.encoder import c_make_encoder, encode_basestring

INDENT = "  "
_SCALARS = frozenset({str, int, float, bool, type(None)})
_CONTAINERS = frozenset({dict, list, tuple})


class _Unusual(Exception):
    """A value `json.dumps` writes in a way of its own: a type other than the JSON ones, or a non-string key."""


def dumps(value) -> str:
    """`json.dumps(value, ensure_ascii=False, indent=2)`."""
    if c_make_encoder is None:
        return _library(value)
    parts: list[str] = []
    try:
        _write(value, 0, parts)
    except (_Unusual, RecursionError):  # RecursionError: a container that holds itself
        return _library(value)
    return "".join(parts)


def _library(value) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2)


def _write(value, depth: int, parts: list[str]) -> None:
    kind = type(value)
    if kind in _SCALARS:
        parts.append("".join(_flat(depth)(value, 0)))
    elif kind not in _CONTAINERS:
        raise _Unusual
    elif not value:
        parts.append("{}" if kind is dict else "[]")
    elif kind is dict:
        _write_dict(value, depth, parts)
    else:
        _write_list(value, depth, parts)


def _write_dict(value: dict, depth: int, parts: list[str]) -> None:
    if all(type(key) is str for key in value):
        if all(type(item) in _SCALARS for item in value.values()):
            parts.append(_flat_container(value, depth))
            return
    else:
        raise _Unusual
    inner = "\n" + INDENT * (depth + 1)
    opening = "{"
    for key, item in value.items():
        parts.append(opening + inner + encode_basestring(key) + ": ")
        _write(item, depth + 1, parts)
        opening = ","
    parts.append("\n" + INDENT * depth + "}")


def _write_list(value: list | tuple, depth: int, parts: list[str]) -> None:
    if all(type(item) in _SCALARS for item in value):
        parts.append(_flat_container(value, depth))
        return
    inner = "\n" + INDENT * (depth + 1)
    opening = "["
    for item in value:
        parts.append(opening + inner)
        _write(item, depth + 1, parts)
        opening = ","
    parts.append("\n" + INDENT * depth + "]")


def _flat_container(value: dict | list | tuple, depth: int) -> str:
    """A non-empty container of scalars: the C encoder's text, its brackets then put on lines of their own."""
    text = "".join(_flat(depth + 1)(value, 0))
    return text[0] + "\n" + INDENT * (depth + 1) + text[1:-1] + "\n" + INDENT * depth + text[-1]


@cache
def _flat(depth: int):
    """The C encoder whose item separator starts a new line at `depth`."""
    return c_make_encoder(None, None, encode_basestring, None, ": ", ",\n" + INDENT * depth, False, False, True)

"""Text from articles made writable: lone surrogates, which no encoding can write, become U+FFFD.

Article text may hold anything: control characters (ESC in a headline), lone surrogates (a JSON `\\ud800`
escape), non-characters. The model keeps text as read, so that offsets point at it; each format cleans only
what it cannot hold (XML: `exporters.xmlout`). A lone surrogate is not a character at all, so it is replaced
as articles are read and, for a story built in code, before anything is written: one for one, so that lengths
and offsets still agree.
"""

from __future__ import annotations

import dataclasses
import re
from functools import cache
from typing import TypeVar

REPLACEMENT = "\ufffd"
_SURROGATES = re.compile("[\ud800-\udfff]")


def unicode_text(text: str) -> str:
    """`text` as real Unicode: lone surrogates, which no encoding can write, replaced."""
    return _SURROGATES.sub(REPLACEMENT, text)


T = TypeVar("T")


def unicode_everywhere(value: T) -> T:
    """`value` (a `Story`, or any part of the model) with lone surrogates replaced in every string it holds.

    Articles read by `ingest` hold none; a story built in code may. Parts without any are returned as they are.
    """
    if type(value) in _ATOMS:
        return value
    if isinstance(value, str):
        return unicode_text(value) if _SURROGATES.search(value) else value
    if isinstance(value, (list, tuple)):
        items = [item if type(item) in _ATOMS else unicode_everywhere(item) for item in value]
        return value if all(a is b for a, b in zip(items, value)) else type(value)(items)
    if isinstance(value, dict):
        pairs = {unicode_everywhere(key): unicode_everywhere(item) for key, item in value.items()}
        unchanged = all(key in value and value[key] is item for key, item in pairs.items())
        return value if unchanged else pairs
    names = _field_names(type(value))
    if names:
        changes = {}
        for name in names:
            old = getattr(value, name)
            if type(old) in _ATOMS:
                continue
            new = unicode_everywhere(old)
            if new is not old:
                changes[name] = new
        return dataclasses.replace(value, **changes) if changes else value
    return value


# Values that hold no string, told by their exact type: most of a story's million values (offsets, scores, None)
# are looked at without a call.
_ATOMS = frozenset({int, float, bool, type(None)})


@cache
def _field_names(cls: type) -> tuple[str, ...]:
    """The fields of a dataclass, none for any other type: looked up once per type, as a story holds a million
    values."""
    return tuple(field.name for field in dataclasses.fields(cls)) if dataclasses.is_dataclass(cls) else ()

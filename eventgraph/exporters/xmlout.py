"""What the GraphML and GEXF writers share: XML text that any article text becomes safely, and typed columns.

XML 1.0 cannot hold most control characters or lone surrogates at all, not even as character references, so
they are dropped; everything else is escaped.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

TYPES = {str: "string", int: "long", float: "double", bool: "boolean"}  # a column's Python type as XML names it
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_SPECIAL = re.compile("[&<>\"\x00-\x1f\ud800-\udfff\ufffe\uffff]")
_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "\r": "&#13;", "\n": "&#10;",
                          "\t": "&#9;"})


def text(value: object) -> str:
    """A value as the text of an XML attribute or element."""
    if isinstance(value, bool):
        return "true" if value else "false"
    value = str(value)
    if not _SPECIAL.search(value):
        return value
    return _NOT_XML.sub("", value).translate(_ESCAPES)


def columns(rows: Iterable[dict], skip: tuple[str, ...] = ()) -> dict[str, type]:
    """Each attribute name in order of first appearance, with the Python type all its values share (str when
    they differ)."""
    found: dict[str, type] = {}
    for row in rows:
        for name, value in row.items():
            if name in skip:
                continue
            kind = type(value)
            if name not in found:
                found[name] = kind
            elif found[name] is not kind:
                found[name] = str
    return found

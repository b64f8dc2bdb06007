"""Bytes of a file to text: UTF-8 when it is UTF-8, else the encoding charset-normalizer finds.

A fetched page is decoded in the charset it declares, when it declares one (`decode_page`).

Western European pages that are not UTF-8 are nearly always Windows-1252 or Latin-1, and on a short text
charset-normalizer's open guess can land on a neighbour (Windows-1250) that garbles accents, so those two are
tried first; any other encoding is left to its general detection. Bytes that decode to nothing readable are
binary.
"""

from __future__ import annotations

import codecs
import re

import charset_normalizer

_WESTERN = ["cp1252", "latin_1"]
_SNIFF = 8192
_BOMS = (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


class Unreadable(Exception):
    """The bytes are not text (empty, binary, or in no encoding that can be recognised)."""


def decode_bytes(data: bytes) -> str:
    if not data.strip():
        raise Unreadable("empty file")
    if b"\x00" in data[:_SNIFF] and not data.startswith(_BOMS):
        raise Unreadable("binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    for options in ({"cp_isolation": _WESTERN}, {}):
        best = charset_normalizer.from_bytes(data, **options).best()
        if best is not None:
            return str(best)
    raise Unreadable("binary file, not text")


_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.I)


def decode_page(data: bytes, content_type: str) -> str:
    """A fetched page as text: in the charset its Content-Type header or its <meta> names, else as a file is."""
    declared = re.search(r"charset\s*=\s*[\"']?([\w.:-]+)", content_type, re.I)
    meta = _META_CHARSET.search(data[:_SNIFF])
    for name in (declared.group(1) if declared else None, meta.group(1).decode("ascii") if meta else None):
        if name:
            try:
                codec = codecs.lookup(name).name
            except LookupError:
                continue
            # Browsers read pages labelled Latin-1 or ASCII as Windows-1252, and so do the pages' authors.
            return data.decode("cp1252" if codec in ("iso8859-1", "ascii") else codec, errors="replace")
    return decode_bytes(data)

"""Sentence splitting with character offsets into the document text.

Splits inside the document's body spans at sentence-final punctuation followed by white space and an
upper-case letter, digit or quote, and at blank lines; abbreviations such as "U.S." and "Mr." do not end a
sentence.
"""

from __future__ import annotations

import re

from .model import Document, Sentence

ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "sgt", "capt", "gov", "sen", "rep", "st", "jr", "sr",
    "inc", "corp", "co", "ltd", "no", "vs", "jan", "feb", "mar", "apr", "aug", "sept", "sep", "oct", "nov",
    "dec", "u.s", "u.n", "u.k", "e.u", "d.c", "a.m", "p.m", "i.e", "e.g", "etc", "approx", "dept", "fig",
}

_BOUNDARY = re.compile(r"""(?<=[.!?])(?P<close>["'”’)\]]*)\s+(?=["'“‘(\[]?[A-Z0-9])|\n\s*\n|\n(?=[A-Z"“])""")
_WORD_BEFORE = re.compile(r"([\w.]+)\.$")


def split(text: str, start: int = 0, end: int | None = None) -> list[Sentence]:
    end = len(text) if end is None else end
    sentences = []
    cursor = start
    for match in _BOUNDARY.finditer(text, start, end):
        head = text[cursor:match.start()].rstrip()
        word = _WORD_BEFORE.search(head)
        if word and match.group(0).strip() == "" and _is_abbreviation(word.group(1)):
            continue
        _add(text, cursor, match.start() + len(match.group("close") or ""), sentences)
        cursor = match.end()
    _add(text, cursor, end, sentences)
    return sentences


def _is_abbreviation(word: str) -> bool:
    word = word.lower()
    return word in ABBREVIATIONS or (len(word) == 1 and word.isalpha())


def _add(text: str, start: int, end: int, sentences: list[Sentence]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        sentences.append(Sentence(start, end, text[start:end]))


def annotate(doc: Document) -> Document:
    spans = doc.body or [(0, len(doc.text))]
    doc.sentences = [sentence for start, end in spans for sentence in split(doc.text, start, end)]
    return doc

"""Page furniture: lines of a news page that are not the article.

Two sources of knowledge: the phrases of `resources/en/furniture.tsv` (comment forms, sharing widgets, teaser
labels, footers, photo credits), and general rules about how such lines look whatever their wording:
counters made only of numbers, bylines, copyright lines, credit lines of names joined by slashes, captions
that carry a bracketed credit.
"""

from __future__ import annotations

import re
from functools import cache

from .. import datafiles

KINDS = ("start", "contains", "exact", "teaser", "end", "credit")

_NUMBERS = re.compile(r"^[\d\s,.:|/+-]*\d[\d\s,:|/+-]*(?:comments?|shares?|views?|likes?|reads?)?$", re.I)
_BYLINE = re.compile(r"^(?:By|BY|Written by|Words by|Story by)\s+\S")
_BYLINE_JOINERS = {"for", "and", "in", "at", "of", "the", "with", "staff", "correspondent", "reporter", "editor",
                   "writer", "&", "|", "-", "–", "—"}
_COPYRIGHT = re.compile(r"©|^\(c\)\s|^copyright\s*(?:\(c\)|\d{4}|©)", re.I)
_SLASH_CREDIT = re.compile(r"^[A-Z][\w.'’ -]*(?:/[A-Z][\w.'’ -]*){2,}$")
_CREDIT_JOINERS = {"via", "and", "of", "for", "the", "de", "du", "von", "van"}
_BRACKETED = re.compile(r"\(([^()]*)\)|\[([^\[\]]*)\]")
_MARKDOWN_IMAGE = re.compile(r"^!\[[^\]]*\]\([^)]*\)$")
_EDGE = re.compile(r"^[\W_]+|[\W_]+$")
_EDGE_CHARACTER = re.compile(r"[\W_]")
_MAX_CREDIT_WORDS = 15
_MAX_BYLINE_WORDS = 12


@cache
def _table() -> dict[str, tuple[str, ...]]:
    found: dict[str, list[str]] = {kind: [] for kind in KINDS}
    for line in datafiles.lines("en/furniture.tsv"):
        kind, phrase = (part.strip() for part in line.split("\t"))
        if kind not in found:
            raise ValueError(f"furniture.tsv: unknown kind {kind!r}")
        found[kind].append(phrase)
    return {kind: tuple(entries) for kind, entries in found.items()}


@cache
def phrases() -> dict[str, re.Pattern]:
    """The furniture phrases of each kind as one pattern, matching lower-cased lines at word boundaries."""
    compiled = {}
    for kind, entries in _table().items():
        alternatives = ((r"\b" if phrase[0].isalnum() else "") + re.escape(phrase.lower())
                        + (r"\b" if phrase[-1].isalnum() else "") for phrase in entries)
        compiled[kind] = re.compile("(?:" + "|".join(alternatives) + ")")
    return compiled


def words(line: str) -> list[str]:
    return line.split()


def bare(line: str) -> str:
    """The line without surrounding punctuation and quotes, case-folded: what two copies of a headline share."""
    # stripped one character at a time from each end: `_EDGE` would try its end at every character of the line
    start, end = 0, len(line)
    while start < end and _EDGE_CHARACTER.match(line, start):
        start += 1
    while end > start and _EDGE_CHARACTER.match(line, end - 1):
        end -= 1
    return " ".join(line[start:end].split()).casefold()


def _starts(kind: str, line: str) -> re.Match | None:
    if not line[:1].isupper() and line[:1].isalpha():
        return None
    return phrases()[kind].match(line.lower())


def is_teaser_label(line: str) -> bool:
    return _starts("teaser", line) is not None


def teaser_label_alone(line: str) -> bool:
    match = _starts("teaser", line)
    return match is not None and not _EDGE.sub("", line[match.end():])


def starts_footer(line: str) -> bool:
    return _starts("end", line) is not None


def is_credit(line: str) -> bool:
    """A photo credit, or a caption that carries one in brackets."""
    for inner in _BRACKETED.finditer(line):
        aside = inner.group(1) or inner.group(2) or ""
        if phrases()["credit"].search(aside.lower()):
            return True
    if len(words(line)) > _MAX_CREDIT_WORDS:
        return False
    return _is_slash_credit(line) or phrases()["credit"].search(line.lower()) is not None


def _is_slash_credit(line: str) -> bool:
    """Names of photographer, agency and source joined by slashes ("Jane Doe/Pool/Example Agency via Reuters")."""
    return bool(_SLASH_CREDIT.match(line)) and all(
        word[:1].isupper() or word in _CREDIT_JOINERS for word in line.replace("/", " ").split())


def is_byline(line: str) -> bool:
    if not _BYLINE.match(line) or line.rstrip()[-1:] in ".!?:;" or len(words(line)) > _MAX_BYLINE_WORDS:
        return False
    names = [word for word in words(line)[1:] if word.lower() not in _BYLINE_JOINERS]
    return bool(names) and all(word[:1].isupper() or not word[:1].isalpha() for word in names)


def is_furniture(line: str) -> bool:
    """A line that is furniture on its own, wherever it stands on the page."""
    line = line.strip()
    if not line:
        return False
    # "©" may stand anywhere, the other marks only at the start: a search would try them at every character
    if (_NUMBERS.match(line) or "©" in line or _COPYRIGHT.match(line) or _MARKDOWN_IMAGE.match(line) or is_byline(line)
            or is_credit(line)):
        return True
    if line[-1] != "." and bare(line) in _exact():
        return True
    if _starts("start", line) or is_teaser_label(line):
        return True
    return phrases()["contains"].search(line.lower()) is not None


@cache
def _exact() -> frozenset[str]:
    return frozenset(bare(phrase) for phrase in _table()["exact"])

"""The layout of a news page saved as text: its headline, its dateline, and the spans that are the article.

A page saved from a browser (or extracted from HTML) opens with a header — section name, breadcrumb, headline,
standfirst, byline, place, dateline, photo and caption — and ends with a footer of comment forms, teasers,
author boxes and copyright lines; furniture can also sit between paragraphs. The text is left as read; what is
article text is given as (start, end) spans into it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import dateline, furniture

TOP_LINES = 15  # the header of a page sits within its first lines; datelines and headlines are looked for there
_HEADLINE_WORDS = 4  # fewer words than this is a section name ("Diplomacy") or place ("Taipei, Taiwan")
_MAX_HEADLINE_WORDS = 30
_LINE = re.compile(r"[^\n]*\n?")
_QUOTES = {"“": "”", '"': '"', "‘": "’", "'": "'", "«": "»"}
_BREADCRUMB_ROOTS = ("home", "homepage")
_BREADCRUMB_SEPARATOR = re.compile(r"\s[›»>/|•]\s|[›»]")
_TERMINAL = ".!?:;…"
_CUT_OFF = ("…", "...")


@dataclass
class Line:
    start: int
    end: int
    text: str


@dataclass
class Page:
    title: str
    body: list[tuple[int, int]] = field(default_factory=list)
    published: str | None = None


def lines(text: str) -> list[Line]:
    """The non-blank lines of `text`, each with the offsets of its content (surrounding white space left out)."""
    found = []
    for match in _LINE.finditer(text):
        raw = match.group(0)
        content = raw.strip()
        if content:
            start = match.start() + (len(raw) - len(raw.lstrip()))
            found.append(Line(start, start + len(content), content))
    return found


def clean_title(line: str) -> str:
    """A headline line as a title: without Markdown heading marks or quotes wrapped around the whole of it."""
    line = line.lstrip("#").strip()
    close = _QUOTES.get(line[:1])
    if close and line.endswith(close) and len(line) > 2 and close not in line[1:-1] and line[0] not in line[1:-1]:
        line = line[1:-1].strip()
    return line


def _is_breadcrumb(line: str, others: list[str]) -> bool:
    first, _, rest = line.partition(" ")
    if first.casefold() not in _BREADCRUMB_ROOTS or not rest:
        return False
    if _BREADCRUMB_SEPARATOR.search(line):
        return True
    tail = rest.split()
    while tail and tail[0][:1].isupper() and len(rest.split()) - len(tail) < 3:
        tail = tail[1:]
    if tail and tail[0][:1] in _QUOTES:
        return True
    bare_rest = furniture.bare(rest)
    return any(other != line and bare_rest.endswith(furniture.bare(other)) and furniture.bare(other)
               for other in others)


def _is_short_label(line: str) -> bool:
    """A section name or a place standing alone near the top ("Diplomacy", "Taipei, Taiwan")."""
    tokens = furniture.words(line)
    return (len(tokens) < _HEADLINE_WORDS and line[-1] not in _TERMINAL
            and all(token[:1].isupper() or not token[:1].isalpha() for token in tokens))


def _is_captioned_photo(line: str, title: str) -> bool:
    """The headline repeated as a photo's alt text, run into the photo's caption ("<headline> Leaders pose ...")."""
    if not title or not line.casefold().startswith(title.casefold()):
        return False
    rest = line[len(title):]
    return rest[:1].isspace() and rest.strip()[:1].isupper()


def find_title(top: list[str]) -> str:
    candidates = [line for line in top
                  if not _is_breadcrumb(line, top) and dateline.parse(line) is None
                  and not furniture.is_furniture(line) and len(furniture.words(line)) <= _MAX_HEADLINE_WORDS]
    for line in candidates:
        if len(furniture.words(clean_title(line))) >= _HEADLINE_WORDS:
            return clean_title(line)
    return clean_title(candidates[0]) if candidates else (clean_title(top[0]) if top else "")


def read(text: str, title: str | None = None) -> Page:
    """Find the headline (unless given), the publication date in the dateline, and the article's spans."""
    page_lines = lines(text)
    top = [line.text for line in page_lines[:TOP_LINES]]
    title = title if title is not None else find_title(top)
    title_bare = furniture.bare(title)
    datelines: list[dateline.Dateline] = []
    kept: list[Line] = []
    headers: set[int] = set()
    footer = False
    teaser = 0
    for index, line in enumerate(page_lines):
        words = line.text
        if footer:
            continue
        if teaser:
            teaser -= 1
            if teaser == 1 or words.endswith(_CUT_OFF):
                continue
            teaser = 0
        if index < TOP_LINES:
            found = dateline.parse(words)
            if found is not None:
                datelines.append(found)
                headers.add(index)
                continue
            line_bare = furniture.bare(words)
            if title_bare and (line_bare == title_bare or _is_captioned_photo(words, title)):
                headers.add(index)
                continue
            if _is_breadcrumb(words, top) or _is_short_label(words):
                headers.add(index)
                continue
        if kept and furniture.starts_footer(words):
            footer = True
            continue
        if furniture.teaser_label_alone(words):
            teaser = 2
            continue
        if furniture.is_furniture(words):
            continue
        kept.append(line)
    if not kept:
        kept = [line for index, line in enumerate(page_lines) if index not in headers]
    preferred = [found for found in datelines if found.kind == "published"] or datelines
    return Page(title=title, body=_spans(text, kept), published=preferred[0].date if preferred else None)


def _spans(text: str, kept: list[Line]) -> list[tuple[int, int]]:
    """Consecutive kept lines (blank lines between them allowed) as one span each."""
    spans: list[tuple[int, int]] = []
    for line in kept:
        if spans and not text[spans[-1][1]:line.start].strip():
            spans[-1] = (spans[-1][0], line.end)
        else:
            spans.append((line.start, line.end))
    return spans

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
_MAX_HEADLINE_WORDS = 30  # a page's only line longer than this is a paragraph
_WRAP_WIDTH = 100  # text wrapped at a fixed width has no line longer than this
_LINE = re.compile(r"[^\n]*\n?")
_QUOTES = {"“": "”", '"': '"', "‘": "’", "'": "'", "«": "»"}
_BREADCRUMB_ROOTS = ("home", "homepage")
_BREADCRUMB_SEPARATOR = re.compile(r"\s[›»>/|•]\s|[›»]")
_TERMINAL = ".!?:;…"
_CUT_OFF = ("…", "...")
_CLOSING = "\"'”’»)]"


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
    month_day: tuple[int, int] | None = None  # a wire dateline's day when it gives no year
    place: str | None = None  # where a wire dateline says the story was filed ("TOKYO")


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


def _reads_as_paragraph(line: str) -> bool:
    """A line of article text rather than a headline: it opens with a wire dateline or ends a sentence."""
    return dateline.wire(line) is not None or line.rstrip(_CLOSING).endswith(".") and not line.endswith(_CUT_OFF)


def find_title(top: list[str]) -> str:
    """The headline among the first lines: the first line of four words or more that is not article text, else
    the short line just above the article text (a section name stands above a short headline, not below it)."""
    candidates = [line for line in top
                  if not _is_breadcrumb(line, top) and dateline.parse(line) is None
                  and not furniture.is_furniture(line)]
    headings = []
    for line in candidates:
        if _reads_as_paragraph(line):
            break
        headings.append(line)
    for line in headings:
        if len(furniture.words(clean_title(line))) >= _HEADLINE_WORDS:
            return clean_title(line)
    if headings:
        worded = [line for line in headings if not _is_short_label(line)]
        return clean_title((worded or headings)[-1])
    for line in candidates:
        if len(furniture.words(clean_title(line))) >= _HEADLINE_WORDS:
            return clean_title(line)
    return clean_title(candidates[0]) if candidates else (clean_title(top[0]) if top else "")


def read(text: str, title: str | None = None, wrapped: bool | None = None) -> Page:
    """Find the headline (unless given), the publication date in the dateline, and the article's spans.

    `wrapped` says whether the text is wrapped at a fixed width; by default it is judged from the text (text
    extracted from HTML never is: each line is a paragraph)."""
    page_lines = lines(text)
    top = [line.text for line in page_lines[:TOP_LINES]]
    if title is None and len(page_lines) == 1 and not _only_headline(page_lines[0].text):
        title = ""  # text without line breaks is an article without a headline
    title = title if title is not None else find_title(top)
    title_bare = furniture.bare(title)
    datelines: list[dateline.Dateline] = []
    wires: list[dateline.Wire] = []
    kept: list[Line] = []
    footer = False
    teaser = 0
    wrapped = _is_wrapped(text, page_lines) if wrapped is None else wrapped
    for index, line in enumerate(page_lines):
        content = line.text
        if wrapped:
            continues = not _stands_alone(text, page_lines, index)
        else:
            continues = bool(kept) and kept[-1] is page_lines[index - 1] and _runs_on(text, kept[-1], line)
        if footer:
            continue
        if teaser:
            teaser -= 1
            if teaser == 1 or content.endswith(_CUT_OFF):
                continue
            teaser = 0
        if index < TOP_LINES:
            opening = dateline.wire(content)
            if opening is not None and opening.month is not None:
                wires.append(opening)
                if opening.end >= len(content):
                    continue
            found = dateline.parse(content) if opening is None else None
            if found is not None:
                datelines.append(found)
                continue
            line_bare = furniture.bare(content)
            if title_bare and (line_bare == title_bare or _is_captioned_photo(content, title)):
                continue
            if _is_breadcrumb(content, top) or (_is_short_label(content) and not continues):
                continue
        if kept and furniture.starts_footer(content):
            footer = True
            continue
        if furniture.teaser_label_alone(content):
            teaser = 2
            continue
        if furniture.is_furniture(content):
            continue
        kept.append(line)
    preferred = [found for found in datelines if found.kind == "published"] or datelines
    dated = [found for found in wires if found.date]
    published = (preferred[0].date if preferred and (preferred[0].kind == "published" or not dated)
                 else dated[0].date if dated else None)
    month_day = (wires[0].month, wires[0].day) if wires and not published else None
    return Page(title=title, body=_spans(text, kept), published=published, month_day=month_day,
                place=wires[0].place if wires else None)


def _only_headline(line: str) -> bool:
    """Whether a page's only line can be a headline: short, and not a sentence (headlines end without a stop)."""
    return (len(furniture.words(line)) <= _MAX_HEADLINE_WORDS and not _reads_as_paragraph(line)
            and line.rstrip(_CLOSING)[-1:] not in _TERMINAL)


def _is_wrapped(text: str, page_lines: list[Line]) -> bool:
    """Text wrapped at a fixed width (wire copy, e-mail): short lines, many running on into the next one.

    Pages saved from a browser keep each paragraph on one line and end their lines with full stops.
    """
    if len(page_lines) < 3 or sum(len(line.text) > _WRAP_WIDTH for line in page_lines) > len(page_lines) // 10:
        return False
    run_on = sum(line.text[-1] not in _TERMINAL and "\n\n" not in text[line.end:after.start].replace("\r", "")
                 for line, after in zip(page_lines, page_lines[1:]))
    return run_on >= len(page_lines) // 3


def _stands_alone(text: str, page_lines: list[Line], index: int) -> bool:
    """A line with a blank line (or the start or end of the text) on both sides: a paragraph of its own."""
    before = index == 0 or "\n\n" in text[page_lines[index - 1].end:page_lines[index].start].replace("\r", "")
    after = (index == len(page_lines) - 1
             or "\n\n" in text[page_lines[index].end:page_lines[index + 1].start].replace("\r", ""))
    return before and after


def _runs_on(text: str, previous: Line, line: Line) -> bool:
    """Whether `line` continues the sentence of the line before it, as in text wrapped at a fixed width."""
    return "\n\n" not in text[previous.end:line.start].replace("\r", "") and previous.text[-1] not in _TERMINAL


def _spans(text: str, kept: list[Line]) -> list[tuple[int, int]]:
    """Consecutive kept lines (blank lines between them allowed) as one span each."""
    spans: list[tuple[int, int]] = []
    for line in kept:
        if spans and not text[spans[-1][1]:line.start].strip():
            spans[-1] = (spans[-1][0], line.end)
        else:
            spans.append((line.start, line.end))
    return spans

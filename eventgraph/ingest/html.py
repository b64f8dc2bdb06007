"""HTML pages: the main text, headline, publication date, outlet, author and address through trafilatura.

trafilatura drops navigation, sidebars and comment sections and reads the headline, date, site name, author and
canonical URL from the page's metadata (Open Graph, JSON-LD, <meta> and <link rel=canonical> tags). Its date
search is kept to that metadata: the extensive search guesses from any date-like string on the page (a copyright
year becomes 1 January) and is not a publication date. A page saved from a browser that has no canonical link
often keeps its address in a "saved from url=" comment. The extracted text is what the document's offsets point
into. A page nested deeper than lxml can parse falls back to its plain text, paragraph by paragraph.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from html.parser import HTMLParser

import trafilatura

from ..urls import is_url

_DATE_SEARCH = {"extensive_search": False, "original_date": True}
_SAVED_FROM = re.compile(r"<!--\s*saved from url=\(\d+\)\s*(https?://[^\s>]+?)\s*-->", re.I)
_SNIFF = 4096
_TITLE_ELEMENT = re.compile(r"<title[^>]*>(.*?)</title>", re.I | re.S)
_TITLE_SEPARATOR = re.compile(r"\s+[-|–—:·•»]\s+")
_HEADLINE_LINES = 10
_HEADING = re.compile(r"<h[1-3][^>]*>(.*?)</h[1-3]>", re.I | re.S)
_TAG = re.compile(r"<[^>]+>")
MAX_DEPTH = 250  # lxml, under trafilatura, gives up on elements nested deeper than about 255
_VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
_HIDDEN = frozenset(("script", "style", "template", "noscript", "head", "title"))
_BLOCKS = frozenset("p div br li h1 h2 h3 h4 h5 h6 tr blockquote section article header footer pre".split())


@dataclass
class Extracted:
    text: str
    title: str | None
    published: str | None
    url: str | None
    site: str | None = None
    author: str | None = None


def extract(markup: str) -> Extracted | None:
    """The article in `markup`, or None when the page has no main text."""
    found = trafilatura.bare_extraction(markup, with_metadata=True, include_comments=False,
                                        include_tables=False, date_extraction_params=_DATE_SEARCH)
    if found is None or not (found.text or "").strip():
        return _deeply_nested(markup)
    title = _headline((found.title or "").strip(), markup, found.text) or None
    text = found.text
    if title and title not in text.split("\n", 1)[0]:
        text = f"{title}\n\n{text}"
    return Extracted(text=text, title=title, published=found.date or None, url=_url(found.url, markup),
                     site=_clean(found.sitename), author=_clean(found.author))


def _headline(title: str, markup: str, text: str) -> str:
    """The headline as the page shows it. trafilatura splits the outlet's name off the <title> and can keep the
    wrong half ("The Gazette - Party loses majority" gives "The Gazette"); of the title and the halves of the
    <title>, the one that stands as a line at the top of the text, or else as a heading of the page, is the
    headline."""
    top = {" ".join(line.split()) for line in text.splitlines()[:_HEADLINE_LINES]}
    if not title or title in top:
        return title
    element = _TITLE_ELEMENT.search(markup)
    parts = _TITLE_SEPARATOR.split(_plain(element.group(1))) if element else []
    headings = {_plain(heading) for heading in _HEADING.findall(markup)}
    for shown in (top, headings):
        found = [part for part in parts if part in shown]
        if title in shown or found:
            return title if title in shown else max(found, key=len)
    return title


def _plain(markup: str) -> str:
    return " ".join(html.unescape(_TAG.sub(" ", markup)).split())


def _url(found: str | None, markup: str) -> str | None:
    if found and is_url(found):
        return found
    saved = _SAVED_FROM.search(markup[:_SNIFF])
    return saved.group(1) if saved and is_url(saved.group(1)) else None


def _clean(value: str | None) -> str | None:
    value = " ".join((value or "").split())
    return value or None


def _deeply_nested(markup: str) -> Extracted | None:
    """The plain text of a page nested too deep for lxml; None for any other page trafilatura found empty."""
    plain = _Text()
    plain.feed(markup)
    plain.close()
    return plain.extracted() if plain.deepest > MAX_DEPTH else None


class _Text(HTMLParser):
    """The text of a page and how deep its elements nest: the fallback for pages lxml cannot parse."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.depth = self.deepest = self.hidden = 0
        self.parts: list[str] = []
        self.title: list[str] = []
        self.in_title = False

    def handle_starttag(self, tag, attrs):
        if tag in _BLOCKS:
            self.parts.append("\n\n")
        if tag in _VOID:
            return
        self.depth += 1
        self.deepest = max(self.deepest, self.depth)
        self.hidden += tag in _HIDDEN
        self.in_title = self.in_title or tag == "title"

    def handle_endtag(self, tag):
        if tag in _VOID:
            return
        self.depth = max(0, self.depth - 1)
        self.hidden = max(0, self.hidden - (tag in _HIDDEN))
        self.in_title = self.in_title and tag != "title"
        if tag in _BLOCKS:
            self.parts.append("\n\n")

    def handle_data(self, data):
        if self.in_title:
            self.title.append(data)
        elif not self.hidden:
            self.parts.append(data)

    def extracted(self) -> Extracted | None:
        paragraphs = (" ".join(part.split()) for part in "".join(self.parts).split("\n\n"))
        text = "\n\n".join(paragraph for paragraph in paragraphs if paragraph)
        title = " ".join("".join(self.title).split()) or None
        if not text:
            return None
        if title and title not in text.split("\n", 1)[0]:
            text = f"{title}\n\n{text}"
        return Extracted(text=text, title=title, published=None, url=None)

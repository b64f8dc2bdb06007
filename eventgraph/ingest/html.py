"""HTML pages: the main text, headline and publication date through trafilatura.

trafilatura drops navigation, sidebars and comment sections and reads the headline and date from the page's
metadata (Open Graph, JSON-LD, <meta> tags). Its date search is kept to that metadata: the extensive search
guesses from any date-like string on the page (a copyright year becomes 1 January) and is not a publication
date. The extracted text is what the document's offsets point into.
"""

from __future__ import annotations

from dataclasses import dataclass

import trafilatura

_DATE_SEARCH = {"extensive_search": False, "original_date": True}


@dataclass
class Extracted:
    text: str
    title: str | None
    published: str | None
    url: str | None


def extract(markup: str) -> Extracted | None:
    """The article in `markup`, or None when the page has no main text."""
    found = trafilatura.bare_extraction(markup, with_metadata=True, include_comments=False,
                                        include_tables=False, date_extraction_params=_DATE_SEARCH)
    if found is None or not (found.text or "").strip():
        return None
    title = (found.title or "").strip() or None
    text = found.text
    if title and title not in text.split("\n", 1)[0]:
        text = f"{title}\n\n{text}"
    return Extracted(text=text, title=title, published=found.date or None, url=found.url or None)

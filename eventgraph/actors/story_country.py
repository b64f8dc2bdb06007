"""The country a wire story is about: "CANADA SETS TAX CHANGES" over a text that names Canada once, "BONN
WELCOMES WAGE SETTLEMENT" over one that names no country, or a story filed from a capital ("TOKYO, March 3 -")
under a headline that names none. Only a headline that names one country, and over a text that names no other as
often, says so: two countries named alike are a story between them, whichever the headline leads with. A
dateline's city is where the reporter was; it tells the story's country only where neither headline nor text
says otherwise, and only a capital, whose name the gazetteer reads as its government."""

from __future__ import annotations

from collections import Counter

from ..model import Document
from .gazetteer import Entry, gazetteer


def story_country(doc: Document, named: Counter) -> Entry | None:
    """The gazetteer entry of the country `doc` is about, or None; `named` counts the article's mentions of each
    country (actor key)."""
    found = _countries(doc.title.title() if doc.title.isupper() else doc.title, doc.published) if doc.title else {}
    if not found:
        found = _dateline_countries(doc)
    if len(found) != 1:
        return None
    country, entry = next(iter(found.items()))
    rivals = [count for key, count in named.items() if key != country]
    return entry if not named or named[country] > max(rivals, default=0) else None


def filed_from(doc: Document) -> str | None:
    """The country whose capital the story is filed from ("TOKYO, March 3 -": Japan), by key, or None."""
    found = _dateline_countries(doc)
    return next(iter(found)) if len(found) == 1 else None


def _dateline_countries(doc: Document) -> dict[str, Entry]:
    """The countries the place of a wire dateline names ("TOKYO, March 3 -": Japan, by its capital), by key."""
    return _countries(doc.place.split(",")[0].title(), doc.published) if doc.place else {}


def _countries(text: str, published: str | None) -> dict[str, Entry]:
    """The countries `text` names, by key; a wire headline in capitals is read title-cased, as the gazetteer's
    names are written in text."""
    return {hit.entry.key: hit.entry for hit in gazetteer().find(text, published=published)
            if hit.entry.type == "country"}

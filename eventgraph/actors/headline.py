"""The country a wire headline is about: "CANADA SETS TAX CHANGES" over a text that names Canada once,
"BONN WELCOMES WAGE SETTLEMENT" over one that names no country. Only a headline that names one country, and
over a text that names no other as often, says so: two countries named alike are a story between them,
whichever the headline leads with."""

from __future__ import annotations

from collections import Counter

from .gazetteer import Entry, gazetteer


def headline_country(title: str, published: str | None, named: Counter) -> Entry | None:
    """The gazetteer entry of the one country `title` names, or None; `named` counts the article's mentions of
    each country (actor key)."""
    if not title:
        return None
    if title.isupper():
        title = title.title()  # a wire headline in capitals: the gazetteer's names are written as in text
    found = {hit.entry.key: hit.entry for hit in gazetteer().find(title, published=published)
             if hit.entry.type == "country"}
    if len(found) != 1:
        return None
    country, entry = next(iter(found.items()))
    rivals = [count for key, count in named.items() if key != country]
    return entry if not named or named[country] > max(rivals, default=0) else None

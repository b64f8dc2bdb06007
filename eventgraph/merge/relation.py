"""How a reported happening relates to the date it is given (`Date.relation`), from the evidence of one report.

A time expression that governs the happening dates it `on` that day, or `since` that day when the text says
"have been killed since March" or "has refused since May" (an ongoing state or a running tally, until the day
of the report); "the first visit since 2000" is not dated by 2000. A report whose text gives no
date is dated by the article: a statement ("X said") is `reported` that day, unless the text tells it as
already over ("has denied", "earlier accused", "said it asked", `temporal.aspect`); anything else happened `before` it, never on
a day the text does not give.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from ..model import Date, Document, EventMention, Timex, granularity
from ..temporal import aspect
from .anchors import moved
from .dates import interval

_SINCE = re.compile(r"\bsince\s+$", re.I)
_WHEN = re.compile(r",?\s+when\b", re.I)
TEXT_GAVE_NONE = ("publication", "inferred")


@lru_cache(maxsize=1)
def _kinds() -> dict[str, tuple[str, float]]:
    text = resources.files("eventgraph").joinpath("resources", "en", "events_kinds.tsv").read_text("utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#"))
    return {prefix: (kind, float(weight)) for prefix, kind, weight in rows}


@lru_cache(maxsize=512)
def kind(code: str) -> tuple[str, float]:
    """The kind of happening a CAMEO code names ("statement" or "act") and its weight in the ranking."""
    table = _kinds()
    for length in range(len(code), 0, -1):
        if code[:length] in table:
            return table[code[:length]]
    return "act", 0.5


def relate(doc: Document, mention: EventMention, date: Date | None = None) -> Date:
    """The mention's date (or `date`, one found for it elsewhere) with its relation to the happening set."""
    date = date or mention.date
    if date.value is None:
        return Date(None, "none", "none", date.text)
    if date.source in TEXT_GAVE_NONE:
        perfect = _perfect(doc, mention)
        start = _since(doc, mention) if perfect else None
        if start is not None and _before(start.value, doc.published):
            return Date(start.value, granularity(start.value), "relative" if start.relative else "explicit",
                        start.text, "since", doc.published)
        lasted = aspect.age(doc.text, doc.sentences[mention.sentence].start, mention.trigger_start)
        began = moved(doc.published, -lasted[0], lasted[1]) if lasted else None
        if began:  # "the six-week-old dispute": going on since six weeks before the report
            return Date(began, granularity(began), "relative", lasted[2], "since", doc.published)
        statement = kind(mention.code)[0] == "statement" and not aspect.anterior(
            doc.text, doc.sentences[mention.sentence].start, mention.trigger_start, mention.trigger_end)
        return Date(date.value, date.granularity, date.source, date.text, "reported" if statement else "before")
    if mention.timex is not None and mention.timex < len(doc.timexes):
        timex = doc.timexes[mention.timex]
        # "since January 2, when troops overran the town": the "when" clause happened on that day
        if _SINCE.search(doc.text[max(0, timex.start - 12):timex.start]) and \
                not _WHEN.match(doc.text, timex.end, mention.trigger_start):
            if _perfect(doc, mention) and _before(date.value, doc.published):
                return Date(date.value, date.granularity, date.source, date.text, "since", doc.published)
            # "his first visit since 2000" happens now, not in 2000: the text gives it no date
            published = Date(doc.published, "day", "publication") if doc.published else Date()
            return relate(doc, mention, published)
    return Date(date.value, date.granularity, date.source, date.text, date.relation, date.until)


def _before(value: str | None, published: str | None) -> bool:
    days, day = interval(value), interval(published)
    return bool(days and day) and days[0] < day[0]


def _since(doc: Document, mention: EventMention) -> Timex | None:
    """The date a "since" phrase of the mention's sentence starts from, the one nearest the mention."""
    sentence = doc.sentences[mention.sentence]
    found = [timex for timex in doc.timexes if sentence.start <= timex.start < sentence.end and timex.value and
             timex.type == "DATE" and interval(timex.value) and _SINCE.search(doc.text[max(0, timex.start - 12):
                                                                                          timex.start])]
    return min(found, key=lambda timex: abs(timex.start - mention.trigger_start), default=None)


def _perfect(doc: Document, mention: EventMention) -> bool:
    """"has repeatedly denied", "have been killed": a state that holds at the report, not a statement made then."""
    return aspect.perfect(doc.text, mention.trigger_start)

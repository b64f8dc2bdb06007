"""The story's span: the first and last day the story is about, the one measure every plausibility check uses.

It runs from the first to the last publication day, widened to the happenings the story dates precisely (to
the month or finer) that lie near them: the strike that began a week before the first report, the deadline a
month after the last. Without publication dates it is the range of the precise dates at least two articles
give. A date far outside the span (`FAR_YEARS`) is implausible unless several articles give it: "killing 1400
civilians" or "the 13th-century citadel" read as years.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from functools import lru_cache

from .merge.dates import iso, overlap
from .model import Date, Document, Event
from .temporal.intervals import interval

NEAR_DAYS = 31  # how far before the first report or after the last a precisely dated happening still widens it
PRECISE_DAYS = 31  # a date of at most this many days (a day, a week, a month) is precise
FAR_YEARS = 5  # further outside the span than this, a date needs two articles
FAR_DAYS = FAR_YEARS * 366


def publication_span(documents: Iterable[Document]) -> tuple[int, int] | None:
    days = [interval(doc.published)[0] for doc in documents if doc.published and interval(doc.published)]
    return (min(days), max(days)) if days else None


def story_span(documents: list[Document], events: list[Event]) -> tuple[str, str] | None:
    """The first and last day (YYYY-MM-DD) the story is about, or None when nothing dates it."""
    published = publication_span(documents)
    precise = []
    for event in events:
        span = interval(event.date.value)
        if span and event.date.relation == "on" and span[1] - span[0] < PRECISE_DAYS and \
                event.date.source in ("explicit", "relative"):
            precise.append((span, len({source.doc for source in event.sources})))
    if published is None:
        backed = [span for span, articles in precise if articles >= 2]
        if not backed:
            return None
        first, last = min(span[0] for span in backed), max(span[1] for span in backed)
    else:
        first, last = published
        near = [span for span, _ in precise if published[0] - NEAR_DAYS <= span[0] and
                span[1] <= published[1] + NEAR_DAYS]
        first = min([first] + [span[0] for span in near])
        last = max([last] + [span[1] for span in near])
    return iso(first), iso(last)


def far_outside(value: str | None, span: tuple[int, int] | None) -> bool:
    """True when a TIMEX3 value lies wholly more than `FAR_YEARS` outside the span (day ordinals)."""
    days = interval(value)
    if days is None or span is None:
        return False
    return days[1] < span[0] - FAR_DAYS or days[0] > span[1] + FAR_DAYS


def plausibility(documents: list[Document]):
    """A check for `merge.cluster.reports`: a date far outside the publication span is kept only when at least
    two articles give it or a date within it ("the 1950s" and "1958")."""
    span = publication_span(documents)
    articles: dict[str, set[str]] = defaultdict(set)
    if span is not None:
        for doc in documents:
            for mention in doc.event_mentions:
                if far_outside(mention.date.value, span):
                    articles[mention.date.value].add(doc.id)
    days = {value: interval(value) for value in articles}

    @lru_cache(maxsize=None)
    def backed(value: str) -> bool:
        own = days.get(value) or interval(value)
        return len(set().union(*(docs for other, docs in articles.items() if overlap(days[other], own)))) >= 2

    def plausible(date: Date) -> bool:
        return not far_outside(date.value, span) or backed(date.value)
    return plausible

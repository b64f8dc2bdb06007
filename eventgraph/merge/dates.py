"""Mention dates as day intervals (`temporal.intervals`) for merging: a date that only stands in for the
publication date covers the week before it, since the article reports something that happened then or a little
earlier.
"""

from __future__ import annotations

from datetime import date

from ..model import Date
from ..temporal.intervals import interval

REPORTING_WINDOW = 7  # days before publication in which an undated reported happening may lie
WEAK_SOURCES = ("publication", "inferred")


def of(event_date: Date) -> tuple[int, int] | None:
    """The interval a mention's date stands for: a weak (publication) date covers the week before it."""
    span = interval(event_date.value)
    if span and event_date.source in WEAK_SOURCES:
        return span[0] - REPORTING_WINDOW, span[1]
    return span


def related(event_date: Date, relation: str) -> Date:
    """The date with another relation to its happening: `dataclasses.replace` reads the fields anew on each call,
    five times the cost, and the merge asks this of most happenings."""
    return Date(event_date.value, event_date.granularity, event_date.source, event_date.text, relation,
                event_date.until)


def weak(event_date: Date) -> bool:
    return event_date.source in WEAK_SOURCES


def overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def day(ordinal: int) -> date:
    """The day of `ordinal`, clamped to the days Python's calendar holds (1 January 1 to 31 December 9999):
    windows around a date at either end of the calendar reach past it."""
    return date.fromordinal(min(max(ordinal, 1), date.max.toordinal()))


def iso(ordinal: int) -> str:
    return day(ordinal).isoformat()

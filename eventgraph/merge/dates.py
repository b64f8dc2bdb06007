"""TIMEX3 values as day intervals, so that dates of any precision can be compared.

"1987-03-02" is one day, "1987-W10" seven, "1987-W10-WE" (its weekend) two, "1978" a year, "197" (the 1970s)
ten years, "20" (the 21st century) a hundred. A date that only stands in for the publication date covers the week
before it: the article reports something that happened then or a little earlier.
"""

from __future__ import annotations

import calendar
import re
from datetime import date
from functools import lru_cache

from ..model import Date

REPORTING_WINDOW = 7  # days before publication in which an undated reported happening may lie
WEAK_SOURCES = ("publication", "inferred")
_VALUE = re.compile(r"^(\d{2,4})(?:-(\d{2}|W\d{2}|Q\d|H\d|SP|SU|FA|WI)(?:-(\d{2}|WE))?)?(?:T.*)?$")
# each season's first and last month; winter is the year of its January, as the time tagger writes it ("2002-WI"
# is December 2001 to February 2002): months 12 to 14 of the year before
_SEASONS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}


@lru_cache(maxsize=65536)
def interval(value: str | None) -> tuple[int, int] | None:
    """The first and last day (as ordinals) a TIMEX3 value covers, or None."""
    match = _VALUE.match(value or "")
    if not match:
        return None
    head, part, day = match.groups()
    try:
        if len(head) == 2:
            return _years(int(head) * 100, int(head) * 100 + 99)
        if len(head) == 3:
            return _years(int(head) * 10, int(head) * 10 + 9)
        year = int(head)
        if part is None:
            return _years(year, year)
        if day == "WE" and not part.startswith("W"):
            return None
        if day is not None and not part.startswith("W"):
            ordinal = date(year, int(part), int(day)).toordinal()
            return ordinal, ordinal
        if part.startswith("W") and part not in _SEASONS:
            first = date.fromisocalendar(year, int(part[1:]), 1).toordinal()
            return (first + 5, first + 6) if day == "WE" else (first, first + 6)  # "1987-W10-WE": its weekend
        if part.startswith("Q"):
            return _months(year, 3 * int(part[1]) - 2, 3 * int(part[1]))
        if part.startswith("H"):
            return _months(year, 6 * int(part[1]) - 5, 6 * int(part[1]))
        if part in _SEASONS:
            return _months(year - 1 if part == "WI" else year, *_SEASONS[part])
        return _months(year, int(part), int(part))
    except ValueError:
        return None


def of(event_date: Date) -> tuple[int, int] | None:
    """The interval a mention's date stands for: a weak (publication) date covers the week before it."""
    span = interval(event_date.value)
    if span and event_date.source in WEAK_SOURCES:
        return span[0] - REPORTING_WINDOW, span[1]
    return span


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


def _years(first: int, last: int) -> tuple[int, int]:
    return date(max(first, 1), 1, 1).toordinal(), date(last, 12, 31).toordinal()


def _months(year: int, first: int, last: int) -> tuple[int, int]:
    end_year, end_month = year + (last - 1) // 12, (last - 1) % 12 + 1
    end = date(end_year, end_month, calendar.monthrange(end_year, end_month)[1])
    return date(year, first, 1).toordinal(), end.toordinal()

"""Dates as every writer shows them: a TIMEX3 value at the precision it states, the days it covers, and how the
happening relates to it ("reported 20 June 2024", "since March 2011"), so no writer shows a date the text never
gave as if it had.
"""

from __future__ import annotations

import calendar
import datetime

from ..model import Date
from ..temporal import intervals

SEASONS = {"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}
MONTHS = tuple(calendar.month_name)  # read once: `calendar.month_name` formats the name anew at each look-up


def human(value: str | None) -> str:
    if not value:
        return "Undated"
    if "T" in value:
        day, _, time = value.partition("T")
        return f"{human(day)}, {time}"
    parts = value.split("-")
    head = parts[0]
    if not head.isdigit():
        return value
    if len(head) == 2:
        century = int(head) + 1
        suffix = "th" if 10 <= century % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(century % 10, "th")
        return f"the {century}{suffix} century"
    if len(head) == 3:
        return f"the {head}0s"
    if len(parts) == 1:
        return head
    second = parts[1]
    if second.startswith("Q"):
        return f"{second} {head}"
    if second in SEASONS:
        return f"{SEASONS[second]} {head}"
    if second.startswith("W"):
        days = bounds(value)
        return f"week of {_day(days[0])}" if days and len(parts) == 2 else f"week {second[1:]} of {head}"
    if second.isdigit() and 1 <= int(second) <= 12:
        month = MONTHS[int(second)]
        if len(parts) == 2:
            return f"{month} {head}"
        if parts[2].isdigit():
            return f"{int(parts[2])} {month} {head}"
    return value


def _day(day: datetime.date) -> str:
    return f"{day.day} {MONTHS[day.month]} {day.year}"


def year_of(value: str | None) -> str:
    if not value:
        return "Undated"
    head = value.split("-")[0]
    if len(head) in (2, 3):
        return human(head)
    return head


def bounds(value: str | None) -> tuple[datetime.date, datetime.date] | None:
    """The first and last day a TIMEX3 value covers: a month spans the month, "196" the 1960s; None when the
    value names no period of the calendar."""
    covered = intervals.interval(value)
    return None if covered is None else (datetime.date.fromordinal(covered[0]), datetime.date.fromordinal(covered[1]))


def relation(date: Date) -> str:
    """How the happening relates to `date.value`. A day that only an article's date gave is the day it was
    reported, whatever stage set it."""
    related = getattr(date, "relation", "on") or "on"
    if related == "on" and date.source == "publication":
        return "reported"
    return related


def interval(date: Date) -> tuple[datetime.date | None, datetime.date | None]:
    """The days the happening may fall on: its value's period, open before a `before` date and after a `since`
    date with no end."""
    days = bounds(date.value)
    if days is None:
        return None, None
    related = relation(date)
    if related == "before":
        return None, days[1]
    if related == "since":
        until = bounds(date.until)
        return days[0], until[1] if until else None
    return days


def shown(date: Date) -> str:
    """The date as a reader sees it, with how the happening relates to it: "reported 20 June 2024",
    "before 20 June 2024", "since March 2011", "March 2011 to August 2012"."""
    text = human(date.value)
    if not date.value:
        return text
    related = relation(date)
    if related == "since":
        return f"{text} to {human(date.until)}" if date.until else f"since {text}"
    if related in ("reported", "before"):
        return f"{related} {text}"
    return text


def plain(date: Date) -> bool:
    """Whether the date is one a reader takes at its word: a day, month or year the text gave for the happening."""
    return relation(date) == "on" and date.granularity in ("day", "month", "year")

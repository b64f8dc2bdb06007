"""TIMEX3 values as day intervals, so that dates of any precision can be compared.

"1987-03-02" is one day, "1987-W10" seven, "1987-W10-WE" (its weekend) two, "1978" a year, "197" (the 1970s)
ten years, "20" (the 21st century) a hundred.
"""

from __future__ import annotations

import calendar
import re
from datetime import date
from functools import lru_cache

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



def _years(first: int, last: int) -> tuple[int, int]:
    return date(max(first, 1), 1, 1).toordinal(), date(last, 12, 31).toordinal()


def _months(year: int, first: int, last: int) -> tuple[int, int]:
    end_year, end_month = year + (last - 1) // 12, (last - 1) % 12 + 1
    end = date(end_year, end_month, calendar.monthrange(end_year, end_month)[1])
    return date(year, first, 1).toordinal(), end.toordinal()

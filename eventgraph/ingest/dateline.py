"""Datelines: the line near the top of a news page that says when it was published.

Recognises the forms real pages use ("Thursday, 20 Jun, 2024", "World - June 20, 2024", "UPDATED at 11:34
a.m. on June 20, 2024.", "Published: March 4, 2025", "2024-06-20T08:15:00Z"): a line is a dateline when,
once the date, any clock time, time-zone abbreviations and the labels of `resources/en/dateline.txt` are
taken away, at most a short capitalised section name is left. A date is only ever read from the text: a line
without a full day, month and year gives none. Written-out and ISO dates are read by patterns; numeric forms
("20.06.2024", "2024/06/20", "06/20/24") are left to dateparser, which knows their orders, and only in short
lines that hold one, written with a single separator (never a price in fractions, "10-13/16"), since it is slow.

Wire copy opens its first paragraph with a dateline of its own (`wire`): the place in capitals, often the day
and sometimes the year, and the agency ("CAIRO, Oct. 6, 1981 -", "WASHINGTON (AP) —", "PARIS, June 3 (AFP) -",
"BEIJING, March 5 (Xinhua) --", "LONDON, June 3 (Reuters) -"). Its day is the day the story was filed.
"""

from __future__ import annotations

import calendar
import datetime
import re
from dataclasses import dataclass
from functools import cache

from .. import datafiles

_MONTHS = {name.lower(): number for number, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): number for number, name in enumerate(calendar.month_abbr) if name})
_MONTHS["sept"] = 9
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
_WEEKDAYS = {name.lower() for name in (*calendar.day_name, *calendar.day_abbr)}
_WEEKDAY_NUMBERS = {name.lower(): number for names in (calendar.day_name, calendar.day_abbr)
                    for number, name in enumerate(names)}

_DAY_MONTH_YEAR = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+({_MONTH})\.?,?\s+(\d{{4}})\b", re.I)
_MONTH_DAY_YEAR = re.compile(rf"\b({_MONTH})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b", re.I)
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?\b")
_CLOCK = re.compile(r"\b\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:[ap]\.?\s?m\.?)?|\b\d{1,2}\s*[ap]\.?m\.?", re.I)
_ZONE = re.compile(r"^(?:[A-Z]{2,4}|GMT[+-]?\d*|UTC[+-]?\d*)$")
_WORD = re.compile(r"[^\W\d_][\w'’.]*")
_MAX_SECTION_WORDS = 3
_FOUR_DIGITS = re.compile(r"\d{4}")
# one separator throughout: "1-3/32" and "10-13/16" are prices in fractions, which dateparser reads as dates
_NUMERIC_DATE = re.compile(r"\b\d{1,4}([./-])\d{1,2}\1\d{2,4}\b")
_MAX_NUMERIC_LINE = 80
_DATEPARSER_SETTINGS = {"REQUIRE_PARTS": ["day", "month", "year"], "RETURN_AS_TIMEZONE_AWARE": False}


_PLACE_WORD = r"[A-Z][\w.'’-]*"
_WIRE = re.compile(
    rf"^(?P<place>{_PLACE_WORD}(?:[ ,]+{_PLACE_WORD}){{0,4}})"
    rf"(?:\s*,\s*(?P<month>(?i:{_MONTH}))\.?\s+(?P<day>\d{{1,2}})(?:\s*,\s*(?P<year>\d{{4}}))?)?"
    r"\s*(?:\((?P<agency>[A-Za-z][\w .&/-]{0,30})\))?"
    r"\s*(?:--|[-—–])\s*")


@dataclass(frozen=True)
class Wire:
    """A wire dateline at the start of a line: what it says of the day, and where the story's text starts."""

    month: int | None
    day: int | None
    year: int | None
    end: int
    place: str

    @property
    def date(self) -> str | None:
        if self.year is None or self.month is None or self.day is None:
            return None
        return _valid(self.year, self.month, self.day)


def wire(line: str) -> Wire | None:
    """The wire dateline that opens `line`, or None. Without a day or an agency the place must be in capitals."""
    match = _WIRE.match(line)
    if match is None:
        return None
    place, month = match.group("place"), match.group("month")
    if not month and not match.group("agency") and (not place.isupper() or len(place) < 3):
        return None
    if month is None:
        return Wire(None, None, None, match.end(), place)
    day, year = int(match.group("day")), match.group("year")
    number = _MONTHS[month.lower()]
    if _valid(int(year) if year else 2000, number, day) is None:
        return None
    return Wire(number, day, int(year) if year else None, match.end(), place)


@dataclass(frozen=True)
class Dateline:
    date: str  # YYYY-MM-DD
    kind: str  # published | updated | plain


@cache
def _labels() -> dict[str, str]:
    return {word.strip(): kind.strip() for kind, word in datafiles.rows("en/dateline.txt")}


def _valid(year: int, month: int, day: int) -> str | None:
    try:
        return datetime.date(year, month, day).isoformat()
    except ValueError:
        return None


def _find_date(line: str) -> tuple[str, int, int] | None:
    # each of the three patterns holds a four-digit year: most lines have none, and the month names are slow
    for pattern in (_ISO, _MONTH_DAY_YEAR, _DAY_MONTH_YEAR) if _FOUR_DIGITS.search(line) else ():
        match = pattern.search(line)
        if not match:
            continue
        if pattern is _ISO:
            year, month, day = (int(group) for group in match.groups())
        elif pattern is _MONTH_DAY_YEAR:
            month, day, year = _MONTHS[match.group(1).lower()], int(match.group(2)), int(match.group(3))
        else:
            day, month, year = int(match.group(1)), _MONTHS[match.group(2).lower()], int(match.group(3))
        date = _valid(year, month, day)
        if date:
            return date, match.start(), match.end()
    if len(line) <= _MAX_NUMERIC_LINE and _NUMERIC_DATE.search(line):
        return _find_numeric_date(line)
    return None


def load() -> None:
    """Load dateparser and its English data now rather than on the first numeric date."""
    _find_numeric_date("1/2/2000")


def _find_numeric_date(line: str) -> tuple[str, int, int] | None:
    from dateparser.search import search_dates

    found = search_dates(line, languages=["en"], settings=_DATEPARSER_SETTINGS) or []
    for text, moment in found:
        start = line.find(text)
        if start >= 0 and _NUMERIC_DATE.search(text):
            return _by_weekday(moment.date(), line).isoformat(), start, start + len(text)
    return None


def _by_weekday(date: datetime.date, line: str) -> datetime.date:
    """03/05/2019 is 3 May or 5 March by the reader's custom; a weekday named beside it ("Tue") settles which."""
    named = {_WEEKDAY_NUMBERS[word.lower()] for word in _WORD.findall(line) if word.lower() in _WEEKDAY_NUMBERS}
    if len(named) != 1 or date.weekday() in named or date.day > 12:
        return date
    try:
        swapped = date.replace(month=date.day, day=date.month)
    except ValueError:
        return date
    return swapped if swapped.weekday() in named else date


def parse(line: str) -> Dateline | None:
    """The publication date a dateline states, or None when the line is not a dateline."""
    found = _find_date(line)
    if found is None:
        return None
    date, start, end = found
    rest = _CLOCK.sub(" ", line[:start] + " " + line[end:])
    labels = _labels()
    kind = "plain"
    section = 0
    for word in _WORD.findall(rest):
        key = word.lower().rstrip(".")
        if key in labels:
            if labels[key] != "filler" and kind == "plain":
                kind = labels[key]
            continue
        if key in _WEEKDAYS or _ZONE.match(word):
            continue
        if not word[0].isupper():
            return None
        section += 1
    if section > _MAX_SECTION_WORDS:
        return None
    return Dateline(date, kind)

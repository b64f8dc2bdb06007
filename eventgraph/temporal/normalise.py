"""Normalisers: turn the named parts of a matched expression into a TIMEX3 value.

Each rule in `rules.txt` names one of the functions in `NORMALISERS`. A normaliser reads the rule's groups
(`month`, `day`, `year`, `weekday`, `dir`, `num`, `unit`, `mod` ...) and a `Context`: the document creation
time (DCT), the tense of the sentence, and what the document said before (the fiscal quarter it reports on).
It returns the value, or the value and a type that overrides the rule's. It raises `Reject` when the match
turns out not to be a time expression, and asking for the DCT when there is none raises `Unresolved`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from .. import reporting
from . import tense
from .grammar import Grammar, key

SEASONS = ("WI", "SP", "SU", "FA")  # in calendar order; winter belongs to the year of its January
# A day named without a year that falls this close to the DCT is taken to be the nearest such day whatever
# the tense: "payable Dec. 7" in a late October article, "had been set to expire Nov. 6" in early November.
CLOSE_DAYS = 60
CLOSE_NAMED_DAYS = 120  # a month that names a thing ("the December accord"): the nearest within four months
CLOSE_MONTH_DAYS = 45  # the same for a month alone, counted from its middle: the DCT's month and its neighbours
YEAR_WORDS = {"this": 0, "the": 0, "last": -1, "next": 1}  # "June last year", "the first half of the year"
# Directions that count from the date the text last named ("the following year"), not from the DCT.
ANAPHORIC = frozenset({"following", "previous", "preceding", "prior"})
# Words after which "one day" means some day in the future ("will one day", "he one day follows").
_SOME_DAY_AFTER = frozenset({"will", "would", "could", "may", "might", "can", "should", "must", "to", "he", "she", "we",
                     "they", "i", "you", "it"})
# A month between a determiner and a noun is one even when its name is a word too: "the March accession".
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "this", "that"})
_POSSESSIVE = re.compile(r"['’]s\s+\w")  # "Monday's raids", "Monday's U.S. raids", "Wednesday's 5.97 pct"
# "ahead of Sunday's vote", "until after Friday's meeting" await it; "well ahead of Friday's close" compares with it
_AWAITED = re.compile(r"\b(?:(?<!well\s)(?<!far\s)(?<!just\s)(?<!way\s)ahead\s+of|until(?:\s+after)?|awaiting|await|"
                      r"upcoming)\s+$")
_ATTENDED = re.compile(r"\b(?:at|during)\s+$")  # "will raise it at Tuesday's meeting": there when it is held
_INDEFINITE = re.compile(r"\b(?:a|an)\s+(?:[a-z]+\s+)?$", re.I)
# "by May", "through June 30": a deadline or the end of a span, ahead of the clause it is in
DEADLINE = frozenset({"by", "until", "till", "through", "before"})
# "extended its warrants to June 30", "delayed the meeting to May 21": what is moved to a day is moved ahead
_MOVED_TO = re.compile(r"\b(?:extend(?:s|ed|ing)?|postpon(?:e|es|ed|ing)|delay(?:s|ed|ing)?|defer(?:s|red|ring)?|"
                       r"reschedul(?:e|es|ed|ing))\b[^.;]{0,80}\bto\s+$", re.I)
_HOW_OFTEN = frozenset({"once", "twice", "thrice", "times"})
# "daily" or "weekly" as a noun: a newspaper, followed by its name or by what it reported.
# what a newspaper does besides the reporting list's tensed verbs, and the nouns that follow "daily" as a name
_PUBLISHING = ("reports", "wrote", "writes", "quoted", "quotes", "published", "magazine", "newspaper", "paper",
               "journal", "edition")
_PUBLICATION = re.compile(r"\s+(?:(?!(?:On|In|At|By|For|From|Since|Until|And|But|The|This|That)\b)[A-Z][a-z]+|[\"“]"
                          rf"|(?:{reporting.alternation(reporting.tensed())}"
                          rf"|{'|'.join(_PUBLISHING)})\b)")
_NAMED_THING = re.compile(r"\s+(?!(?:of|for|to|on|in|at|by|from|against|through|and|or)\b)[A-Za-z]{3,}\b")
_MODIFIED_NOUN = re.compile(r"\s+(?!(?:of|for|to|on|in|at|by|from|against|through|and|or)\b)[a-z]{3,}\b")
# A period named by the day it ends: "the quarter ended Sept. 30".
_ENDED = re.compile(r"\s+end(?:ed|ing)?\s+([A-Z][a-z]{2,8})\.?\s+(?:(\d{1,2})\b(?:,?\s+(\d{4})\b)?|(\d{4})\b)")


class Reject(Exception):
    """The match is not a time expression after all ("May I ...", "a fall in prices")."""


class Unresolved(Exception):
    """The value depends on the document creation time, which is unknown."""


@dataclass
class Context:
    grammar: Grammar
    text: str
    start: int
    end: int
    dct: date | None
    # per document: "quarter" -> (year, quarter) the text last reported on, "quarter dated" -> whether a date
    # or month named it rather than an ordinal (which may count fiscal quarters); "month" -> (year, month) of
    # monthly figures; "period" -> "quarter", "month" or "year",
    # what its results last compared ("the third quarter", "the first nine months"); "reference" -> the date
    # it last named, as (year, month or None, day or None): the story's reference time for "that day", "the
    # next morning", "the previous Friday", "two days earlier", a clock time alone; "week" -> the ISO week, not
    # to come, the text named after that date ("last week"), which "that day" and "the same week" then fall in
    memory: dict = field(default_factory=dict)
    relative: bool = False

    def anchor(self) -> date:
        self.relative = True
        if self.dct is None:
            raise Unresolved
        return self.dct

    def tense(self) -> int:
        return tense.direction(self.text, self.start, self.end, self.grammar.tables["tense"])

    def word_before(self) -> str:
        words = re.findall(r"\w+", self.text[max(0, self.start - 20):self.start])
        return words[-1].lower() if words else ""

    def deadline(self) -> bool:
        """Whether the expression ends something, ahead of the clause it is in: "by May", "extended to June 30"."""
        word = self.word_before()
        if word == "to":
            return bool(_MOVED_TO.search(self.text, max(0, self.start - 120), self.start))
        return word in DEADLINE

    def lookup(self, table: str, text: str | None) -> str | None:
        return None if text is None else self.grammar.lookup(table, text)


def _year(value: int) -> str:
    if not 0 <= value <= 9999:
        raise Reject
    return f"{value:04d}"


def _leading(value: int, digits: int) -> str:
    """The leading digits of a year: a decade (196) or a century (20)."""
    if not 0 <= value < 10 ** digits:
        raise Reject
    return f"{value:0{digits}d}"


def _day(day: date) -> str:
    return f"{_year(day.year)}-{day.month:02d}-{day.day:02d}"


def _month(year: int, month: int) -> str:
    return f"{_year(year)}-{month:02d}"


def _week(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{_year(year)}-W{week:02d}"


def _add_months(year: int, month: int, months: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + months
    return index // 12, index % 12 + 1


def _quarter_of(day: date) -> tuple[int, int]:
    return day.year, (day.month - 1) // 3 + 1


def _add_quarters(year: int, quarter: int, quarters: int) -> tuple[int, int]:
    index = year * 4 + quarter - 1 + quarters
    return index // 4, index % 4 + 1


def _number(ctx: Context, text: str | None) -> float | None:
    """A count in digits or words; None for an unstated count ("a few", "several")."""
    if text is None:
        return None
    text = text.replace(",", "").replace("½", " 1/2").strip()
    half = 0.0
    for suffix in (" 1/2", "-1/2", " and a half"):
        if text.endswith(suffix):
            text, half = text[: -len(suffix)].strip(), 0.5
    if re.fullmatch(r"\d+(?:\.\d+)?", text):
        return float(text) + half
    whole = ctx.lookup("numbers", text)
    if whole is not None:
        return None if whole == "X" else float(whole) + half
    total = 0.0
    for word in re.split(r"[-\s]+", text):
        value = ctx.lookup("numbers", word)
        if value is None:
            raise Reject
        if value == "X":
            return None
        total += float(value)
    return total + half


def _count(value: float | None) -> str:
    if value is None:
        return "X"
    return str(int(value)) if value == int(value) else f"{value:g}"


def modifier(ctx: Context, groups: dict) -> str | None:
    """The TIMEX3 mod of the qualifier before the expression (\"early\" -> START), if any."""
    for name in ("mod", "mod2"):
        found = ctx.lookup("modifiers", groups.get(name))
        if found:
            return found
    return None


def _remember(ctx: Context, year: int, month: int | None = None, day: int | None = None) -> None:
    ctx.memory["reference"] = (year, month, day)
    ctx.memory.pop("week", None)


def _remember_day(ctx: Context, day: date) -> None:
    _remember(ctx, day.year, day.month, day.day)


def _reference(ctx: Context) -> tuple[int, int | None, int | None]:
    """The date the text last named, or the DCT when it has named none."""
    if "reference" in ctx.memory:
        return ctx.memory["reference"]
    anchor = ctx.anchor()
    return anchor.year, anchor.month, anchor.day


def _direction_word(ctx: Context, groups: dict) -> int | None:
    found = ctx.lookup("directions", groups.get("dir"))
    return None if found is None else int(found)


def _month_number(ctx: Context, text: str) -> int:
    if text.isdigit():
        return int(text)
    found = ctx.lookup("months", text) or ctx.lookup("month_abbreviations", text)
    if found is None:
        raise Reject
    return int(found)


def _needs_context(ctx: Context, word: str, groups: dict) -> None:
    """An ambiguous name ("May", "fall") is a date only with a modifier, a direction or a preposition."""
    if key(word) not in ctx.grammar.ambiguous or groups.get("mod") or groups.get("dir") or groups.get("year"):
        return
    if ctx.word_before() not in ctx.grammar.tables["prepositions"]:
        raise Reject
    if re.match(r"\s+of\s+(?!\d)", ctx.text[ctx.end:ctx.end + 8]):
        raise Reject


def _resolve_year(ctx: Context, month: int, day: int | None, tenseless: bool = False) -> int:
    """The year of a month (and day) the text gives without one: the nearest to the DCT, unless that is a few
    months away and the tense of the sentence points the other way."""
    anchor = ctx.anchor()
    distance, nearest = min((abs((date(year, month, min(day or 15, 28)) - anchor).days), year)
                            for year in (anchor.year - 1, anchor.year, anchor.year + 1))
    here, there = (anchor.month, anchor.day if day else 0), (month, day or 0)
    if distance < CLOSE_NAMED_DAYS and tense.awaited_occasion(ctx.text, ctx.start):
        return nearest  # "prepared proxy material for the annual meeting in May", written in March: this May
    if distance < (CLOSE_NAMED_DAYS if tenseless else CLOSE_DAYS if day else CLOSE_MONTH_DAYS):
        if nearest == anchor.year or tenseless and not (nearest > anchor.year and _past_clause(ctx)):
            return nearest
        # across the turn of the year the past tense keeps a month from the year ahead: "closed in January",
        # written on 29 December, is this year's January (future cues are too loose to do the converse:
        # "the cartel's December accord would hold", written on 5 January, is last December's)
        if nearest > anchor.year and not ctx.deadline() and ctx.tense() == tense.PAST:
            return anchor.year
        return nearest
    way = tense.FUTURE if ctx.deadline() else ctx.tense()
    if way == tense.FUTURE and distance < CLOSE_NAMED_DAYS and \
            tense.near_in_past(ctx.text, ctx.start, ctx.end, ctx.grammar.tables["tense"]):
        return nearest  # "was elected effective July 1", written in October: within four months, either side
    if way == tense.PAST:
        return anchor.year if there <= here else anchor.year - 1
    if way == tense.FUTURE:
        return anchor.year if there >= here else anchor.year + 1
    return nearest


def _past_clause(ctx: Context) -> bool:
    """"the quotas set in the March agreement", written in November: a past verb before a month that names a
    thing puts the thing behind the report, where a future cue would not put it ahead ("the December accord
    would hold")."""
    return not ctx.deadline() and ctx.tense() == tense.PAST


def _year_on_side(ctx: Context, month: int, day: int | None, way: int) -> int:
    """The year of "next June 30" or "next June" (way 1), "last March 3" (-1) or "this May" (0)."""
    anchor = ctx.anchor()
    here, there = (anchor.month, anchor.day if day else 0), (month, day or 0)
    if way > 0:
        return anchor.year if there > here else anchor.year + 1
    if way < 0:
        return anchor.year if there < here else anchor.year - 1
    return anchor.year


def _weekday_date(ctx: Context, weekday: int, way: int | None) -> date:
    anchor = ctx.anchor()
    today = anchor.isoweekday()
    if way is None:
        if weekday == today:
            return anchor
        way = tense.FUTURE if ctx.tense() == tense.FUTURE else tense.PAST
    if way == 0:
        return anchor + timedelta(days=weekday - today)
    if way > 0:
        return anchor + timedelta(days=(weekday - today - 1) % 7 + 1)
    return anchor - timedelta(days=(today - weekday - 1) % 7 + 1)


def date_value(ctx: Context, groups: dict):
    if groups.get("year"):
        year = int(groups["year"])
    elif groups.get("spelledyear"):
        year = _spelled_year(ctx, groups["spelledyear"])
    elif groups.get("yearword"):
        year = ctx.anchor().year + YEAR_WORDS[groups["yearword"].lower()]
    elif groups.get("storyyear"):
        year = _reference(ctx)[0]  # "in April of that year": the year the story is at, not the DCT's
    else:
        year = None
    if year is not None and not groups.get("day"):
        _remember(ctx, year, _month_number(ctx, groups["month"]) if groups.get("month") else None)
    if not groups.get("month"):
        if year is None:
            raise Reject
        return _year(year)
    month = _month_number(ctx, groups["month"])
    day = _day_of_month(ctx, groups["day"]) if groups.get("day") else None
    if year is None:
        if day is None:
            raise Reject
        way = _direction_word(ctx, groups)
        year = _resolve_year(ctx, month, day) if way is None else _year_on_side(ctx, month, day, way)
    if day is None:
        return _month(year, month)
    try:
        found = date(year, month, day)
    except ValueError:
        raise Reject from None
    _remember_day(ctx, found)
    return _day(found)


def _day_of_month(ctx: Context, text: str) -> int:
    """"19", "19th", or a day spelled out ("One")."""
    digits = re.match(r"\d+", text)
    return int(digits.group()) if digits else int(_number(ctx, text.lower()))


def week_of_value(ctx: Context, groups: dict):
    """The ISO week of a named day: "the week of March 6"."""
    return _week(date.fromisoformat(date_value(ctx, groups)))


def _spelled_year(ctx: Context, text: str) -> int:
    words = text.lower().split()
    if words[0] == "two":
        return 2000 + int(_number(ctx, words[-1]) if len(words) > 2 else 0)
    return int(_number(ctx, words[0])) * 100 + int(_number(ctx, " ".join(words[1:])))


def month_value(ctx: Context, groups: dict):
    determined = ctx.word_before() in _DETERMINERS
    if not (determined and _MODIFIED_NOUN.match(ctx.text, ctx.end)):
        _needs_context(ctx, groups["month"], groups)
    month = _month_number(ctx, groups["month"])
    way = _direction_word(ctx, groups)
    if way is None:
        # "the December accord", "its April figures" name a known thing: a recent or coming month, whatever
        # the tense of the clause that mentions it
        year = _resolve_year(ctx, month, None, tenseless=determined and bool(_NAMED_THING.match(ctx.text, ctx.end)))
    else:
        year = _year_on_side(ctx, month, None, way)
    _remember(ctx, year, month)
    if "quarter" not in ctx.memory and ctx.memory.get("period") != "year":
        # monthly figures: "prices rose 0.3 pct in May from 0.1 pct in April ... a year earlier" compares May,
        # the month the story leads with
        ctx.memory["period"] = "month"
        ctx.memory.setdefault("month", (year, month))
    return _month(year, month)


def weekday_value(ctx: Context, groups: dict):
    title = ctx.text[max(0, ctx.start - 4):ctx.start] == "The "
    if title and re.match(r"\s+[A-Z][a-z]", ctx.text[ctx.end:ctx.end + 3]):
        raise Reject  # a title: "The Sunday Times"
    weekday = int(ctx.lookup("weekdays", groups["weekday"]))
    way = _direction_word(ctx, groups)
    year, month, of_month = _reference(ctx)
    if way is not None and groups["dir"].lower() in ANAPHORIC and of_month is not None:
        # "the previous Friday" counts from the day the story is at, not from the DCT
        base = date(year, month, of_month)
        day = base + timedelta(days=(weekday - base.isoweekday() - 1) % 7 + 1 if way > 0
                               else -((base.isoweekday() - weekday - 1) % 7 + 1))
    else:
        if way is None and _POSSESSIVE.match(ctx.text, ctx.end) and weekday != ctx.anchor().isoweekday():
            way = _possessive_way(ctx)
        day = _weekday_date(ctx, weekday, way)
    _remember_day(ctx, day)
    part = ctx.lookup("dayparts", groups.get("daypart"))
    if part:
        return f"{_day(day)}T{part}", "TIME"
    return _day(day)


def _possessive_way(ctx: Context) -> int:
    """"Wednesday's ruling" names a happening already reported, whatever the tense of the clause, unless it is
    awaited ("ahead of Friday's vote") or a clause told ahead places something at it ("will urge them at
    Wednesday's meeting"); "would avenge Monday's raids" looks back at it."""
    if _AWAITED.search(ctx.text, max(0, ctx.start - 25), ctx.start):
        return tense.FUTURE
    if _ATTENDED.search(ctx.text, max(0, ctx.start - 10), ctx.start) and ctx.tense() == tense.FUTURE:
        return tense.FUTURE
    return tense.PAST


def weekday_of_week(ctx: Context, groups: dict):
    """"Tuesday last week": that weekday of the week the direction names, not the Tuesday nearest the DCT."""
    anchor = ctx.anchor()
    monday = anchor - timedelta(days=anchor.isoweekday() - 1) + timedelta(weeks=_direction_word(ctx, groups))
    day = monday + timedelta(days=int(ctx.lookup("weekdays", groups["weekday"])) - 1)
    _remember_day(ctx, day)
    return _day(day)


def weekday_set(ctx: Context, groups: dict):
    weekday = ctx.lookup("weekdays", groups["weekday"])
    part = ctx.lookup("dayparts", groups.get("daypart"))
    return f"XXXX-WXX-{weekday}" + (f"T{part}" if part else "")


def deictic_value(ctx: Context, groups: dict):
    if groups.get("deictic"):
        offset, _, part = ctx.lookup("deictic", groups["deictic"]).partition(" ")
        days = int(offset)
    else:
        days, part = {"this": 0, "last": -1, "yesterday": -1, "tomorrow": 1}[groups.get("dir", "this").lower()], ""
    part = ctx.lookup("dayparts", groups.get("daypart")) or part
    day = ctx.anchor() + timedelta(days=days)
    _remember_day(ctx, day)
    value = _day(day)
    if part:
        return f"{value}T{part}", "TIME"
    return value, "DATE"


def anaphor_value(ctx: Context, groups: dict):
    """A day, week, month or year named by its place in the story: "that day", "later that year", "the next
    morning", "the day before". It counts from the date the text last named (the DCT if none); a unit finer
    than that date is left unspecified, as TIMEX3 does: "that same day" after "in October 1998" -> 1998-10-XX."""
    unit = groups["unit"].lower()
    part = ctx.lookup("dayparts", unit)
    step = _direction_word(ctx, groups) or {"before": -1, "after": 1}.get((groups.get("dir") or "").lower(), 0)
    week = ctx.memory.get("week")
    if week and not step and unit not in ("month", "year") and not any(
            groups.get(name) for name in ("yearword", "yearago", "year")):
        ctx.relative = True  # "Last week Acme sold its shares. The same day ...": a day of that week, left open
        return week
    year, month, day = _reference(ctx)
    if groups.get("yearword") or groups.get("yearago") or groups.get("year"):
        # "the same month last year", "the same week a year earlier", "the same month in 1985"
        if groups.get("year"):
            target = int(groups["year"])
        elif groups.get("yearword"):
            target = ctx.anchor().year + YEAR_WORDS[groups["yearword"].lower()]
        else:
            target = year - 1
        if unit == "week" and day is not None:
            return f"{_year(target)}-W{date(year, month, day).isocalendar()[1]:02d}"
        year = target
    if unit == "year":
        return _year(year + step)
    if unit == "month":
        return _month(*_add_months(year, month, step)) if month else f"{_year(year)}-XX"
    if day is None:
        if unit == "week":
            return f"{_year(year)}-WXX"
        return f"{_month(year, month)}-XX" if month else f"{_year(year)}-XX-XX"
    if unit == "week":
        return _week(date(year, month, day) + timedelta(weeks=step))
    found = date(year, month, day) + timedelta(days=step)
    _remember_day(ctx, found)
    if part:
        return f"{_day(found)}T{part}", "TIME"
    return _day(found), "DATE"


def then_value(ctx: Context, groups: dict):
    """The date the story is at, as precise as the text named it: "until then", "by then"."""
    year, month, day = _reference(ctx)
    if day is not None:
        return _day(date(year, month, day))
    return _month(year, month) if month else _year(year)


def clock_value(ctx: Context, groups: dict):
    if groups.get("noon"):
        hour, minute = (12, 0) if groups["noon"].lower() in ("noon", "midday") else (24, 0)
    else:
        hour, minute = int(groups["hour"]), int(groups.get("minute") or 0)
        marker = (groups.get("ampm") or "").lower()
        if marker.startswith("p") and hour < 12:
            hour += 12
        elif marker.startswith("a") and hour == 12:
            hour = 0
        if hour > 23:
            raise Reject
    if groups.get("month"):
        named = {"month": groups["month"], "day": groups["day"], "year": groups.get("year")}
        return f"{date_value(ctx, named)}T{hour:02d}:{minute:02d}"
    if groups.get("weekday"):
        day = _weekday_date(ctx, int(ctx.lookup("weekdays", groups["weekday"])), None)
    elif groups.get("deictic"):
        day = ctx.anchor() + timedelta(days=int(ctx.lookup("deictic", groups["deictic"]).split()[0]))
    else:
        # a clock time alone belongs to the day the story is at: "shot on Friday night ... at 10 p.m."
        year, month, of_month = _reference(ctx)
        if of_month is None:
            return f"{_day(ctx.anchor())}T{hour:02d}:{minute:02d}"
        return f"{_day(date(year, month, of_month))}T{hour:02d}:{minute:02d}"
    _remember_day(ctx, day)
    return f"{_day(day)}T{hour:02d}:{minute:02d}"


def holiday_value(ctx: Context, groups: dict):
    rule = ctx.lookup("holidays", groups["holiday"])
    parts = rule.split("-", 2)
    month = int(parts[0])

    def on(year: int) -> date:
        if len(parts) == 2:
            return date(year, month, int(parts[1]))
        weekday, nth = int(parts[1]), int(parts[2])
        if nth > 0:
            first = date(year, month, 1)
            return first + timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (nth - 1))
        last = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
        return last - timedelta(days=(last.isoweekday() - weekday) % 7)

    if groups.get("year"):
        return _day(on(int(groups["year"])))
    anchor = ctx.anchor()
    way = _direction_word(ctx, groups)
    this_year = on(anchor.year)
    if way is None:
        if this_year == anchor:
            return _day(anchor)
        way = ctx.tense() or (tense.PAST if this_year < anchor else tense.FUTURE)
    if way == 0:
        return _day(this_year)
    if way < 0:
        return _day(this_year if this_year < anchor else on(anchor.year - 1))
    return _day(this_year if this_year > anchor else on(anchor.year + 1))


def decade_value(ctx: Context, groups: dict):
    if groups.get("decadeword"):
        return "19" + ctx.lookup("decades", groups["decadeword"])
    digits = groups["decade"]
    if len(digits) == 1:
        return "200" if digits == "0" else "19" + digits
    return digits


def century_value(ctx: Context, groups: dict):
    ordinal = groups["ord"]
    number = int(re.match(r"\d+", ordinal).group()) if ordinal[0].isdigit() else int(ctx.lookup("ordinals", ordinal))
    if not 1 <= number <= 99:
        raise Reject
    return f"{number - 1:02d}"


def shift_value(ctx: Context, groups: dict):
    way = _direction_word(ctx, groups)
    unit = groups["unit"].lower()
    if unit in ("decade", "century") and groups["dir"].lower() == "past":
        return ("P10Y" if unit == "decade" else "P100Y"), "DURATION"  # "over the past decade": ten years to now
    reference = ctx.memory.get("reference")
    if reference and groups["dir"].lower() in ANAPHORIC and unit in ("year", "month"):
        year, month, _ = reference
        if unit == "year":
            _remember(ctx, year + way)
            return _year(year + way)
        if month is not None:
            year, month = _add_months(year, month, way)
            _remember(ctx, year, month)
            return _month(year, month)
    anchor = ctx.anchor()
    if unit == "year":
        _remember(ctx, anchor.year + way)
        return _year(anchor.year + way)
    if unit == "month":
        year, month = _add_months(anchor.year, anchor.month, way)
        _remember(ctx, year, month)
        return _month(year, month)
    if unit == "week":
        if way <= 0:  # a week a plan is for ("will meet next week") is no time the story has reached
            ctx.memory["week"] = _week(anchor + timedelta(weeks=way))
        return _week(anchor + timedelta(weeks=way))
    if unit == "quarter":
        year, quarter = _add_quarters(*_quarter_of(anchor), way)
        return f"{_year(year)}-Q{quarter}"
    if unit == "decade":
        return _leading(anchor.year // 10 + way, 3)
    return _leading(anchor.year // 100 + way, 2)


# what a weekend before a noun is for or what one goes to attend: a happening to come
_FOR_A = re.compile(r"\b(?:for|attend)\s+an?\s+$", re.I)


def weekend_value(ctx: Context, groups: dict):
    anchor = ctx.anchor()
    way = _direction_word(ctx, groups)
    if way == 0 and anchor.isoweekday() == 1 and ctx.tense() == tense.PAST:
        # "This weekend, the minister said" on a Monday: the weekend that ended yesterday; later in the week a
        # past cue is too often a reporting verb's ("hoped a cargo could leave this weekend")
        way = -1
    if way is None and 3 <= anchor.isoweekday() <= 5 and _FOR_A.search(ctx.text, max(0, ctx.start - 20), ctx.start):
        way = 0  # "preparations for a weekend visit", "left to attend a weekend meeting" late in the week: the next
    if way is None:
        way = 0 if anchor.isoweekday() >= 6 or ctx.tense() == tense.FUTURE else -1
    return _week(anchor + timedelta(weeks=way)) + "-WE"


def season_value(ctx: Context, groups: dict):
    _needs_context(ctx, groups["season"], groups)
    code = ctx.lookup("seasons", groups["season"])
    index = SEASONS.index(code)
    if groups.get("year") or groups.get("spelledyear"):
        year = int(groups["year"]) if groups.get("year") else _spelled_year(ctx, groups["spelledyear"])
        return f"{_year(year)}-{code}"
    anchor = ctx.anchor()
    now_year = anchor.year + (1 if anchor.month == 12 else 0)
    now = now_year * 4 + (0 if anchor.month in (12, 1, 2) else (anchor.month - 3) // 3 + 1)
    way = _direction_word(ctx, groups)
    if way is None:
        way = {tense.PAST: -1, tense.FUTURE: 1}.get(ctx.tense(), 0)
        inclusive = True
    else:
        inclusive = False
    this = now_year * 4 + index
    if way < 0:
        target = this if this < now or (inclusive and this == now) else this - 4
    elif way > 0:
        target = this if this > now or (inclusive and this == now) else this + 4
    else:
        target = this
    return f"{_year(target // 4)}-{code}"


def season_set(ctx: Context, groups: dict):
    every = ctx.text[ctx.start:ctx.end].lower().startswith(("every", "each"))
    if key(groups["season"]) in ctx.grammar.ambiguous and not every:
        raise Reject  # "falls", "springs"
    return "XXXX-" + ctx.lookup("seasons", groups["season"])


def _unit(ctx: Context, groups: dict) -> str:
    return ctx.lookup("units", groups["unit"])


def duration_value(ctx: Context, groups: dict):
    unit = _unit(ctx, groups)
    num = groups.get("num")
    after = ctx.text[ctx.end:ctx.end + 5]
    if ctx.text[ctx.start:ctx.end].lower() == "one day" and ctx.word_before() in _SOME_DAY_AFTER:
        return "FUTURE_REF", "DATE"  # "Islam will one day be ...": some day, not a day long
    if num and num.lower() in ("a", "an"):
        if ctx.word_before() in _HOW_OFTEN:
            return _period(unit, 1), "SET"  # "once a year", "three times a week"
        if unit in ("S", "Q"):
            raise Reject  # "a second time", "a quarter of the members"
        if not (groups.get("rel") or groups.get("mod") or ctx.word_before() in ctx.grammar.tables["prepositions"]):
            raise Reject  # a rate: "$2 a year", "700 seats a week"
    if unit in ("Q", "S") and re.match(r"\s+of\b", after):
        raise Reject
    if unit == "Y" and re.match(r"[\s-]+old\b", after):
        raise Reject  # an age: "52 years old"
    rel = (groups.get("rel") or "").lower()
    if num is None and unit == "Y" and rel in ("recent", "past"):
        return "PAST_REF", "DATE"  # "in recent years"
    count = _number(ctx, num) if num else None
    if unit == "M" and count in (6, 9, 12) and rel in ("first", "latest", "past", "last"):
        ctx.memory["period"] = "year"  # after "the first nine months", "a year earlier" is no quarter
    if unit == "M" and count == 3 and rel == "first" and ctx.dct is not None and ctx.dct.month > 3:
        _report_quarter(ctx, ctx.dct.year, 1)  # "the first three months" of a year already past them
    if count is None and unit == "Q" and rel:
        # quarters of unstated number are reporting periods before or after now: "in coming quarters"
        return ("FUTURE_REF" if rel in ("coming", "next", "future") else "PAST_REF"), "DATE"
    return _period(unit, count)


def _period(unit: str, count: float | None) -> str:
    # A fraction goes to the next smaller unit: P2Y6M, P1DT12H (TH: hours within a day count), PT2H30M.
    smaller = {"Y": (12, "M"), "D": (24, "TH"), "H": (60, "MIN")}
    if count is not None and count != int(count) and unit in smaller:
        factor, part = smaller[unit]
        rest = _period(part, round((count - int(count)) * factor))
        whole = _period(unit, int(count)) if count >= 1 else ("PT" if unit == "H" else "P")
        return whole + (rest[2:] if rest.startswith("PT") and "T" in whole else rest[1:])
    if unit == "TH":
        return f"PT{_count(count)}H"
    if unit in ("H", "MIN", "S"):
        return f"PT{_count(count)}{unit[0]}"
    if unit == "DE":
        return f"P{_count(count * 10)}Y" if count is not None else "PXDE"
    if unit == "CE":
        return f"P{_count(count * 100)}Y" if count is not None else "PXCE"
    if unit == "FN":
        return f"P{_count(count * 2)}W" if count is not None else "PXW"
    return f"P{_count(count)}{unit}"


def ago_value(ctx: Context, groups: dict):
    unit = _unit(ctx, groups)
    count = _number(ctx, groups["num"])
    word = groups["ago"].lower()
    later = word in ("from now", "hence")
    if count is None:
        return "FUTURE_REF" if later else "PAST_REF"
    sign = 1 if later else -1
    if unit == "Y" and count == 1 and not later and ctx.memory.get("period") == "month":
        year, month = ctx.memory["month"]
        return _month(year - 1, month)
    if unit == "Y" and count == 1 and not later and "quarter" in ctx.memory and ctx.memory.get("period") != "year":
        year, quarter = ctx.memory["quarter"]
        return f"{_year(year - 1)}-Q{quarter}"
    anchor = ctx.anchor()
    days = {"W": 7, "FN": 14, "D": 1}.get(unit)
    if word == "earlier" and days and "reference" in ctx.memory:
        # a story's own time line: "two days earlier" counts from the day the text last named
        year, month, day = _reference(ctx)
        if day is None:
            return f"{_month(year, month)}-XX" if month else f"{_year(year)}-XX-XX"
        anchor = date(year, month, day)
    months = {"Y": 12, "DE": 120, "CE": 1200, "M": 1, "Q": 3}.get(unit)
    if months is not None:
        year, month = _add_months(anchor.year, anchor.month, sign * round(count * months))
        return _month(year, month) if unit in ("M", "Q") else _year(year)
    if days is None:
        return _day(anchor)
    shifted = anchor + timedelta(days=sign * round(count * days))
    if unit == "D":
        _remember_day(ctx, shifted)
        return _day(shifted)
    return _week(shifted)


def quarter_value(ctx: Context, groups: dict):
    part = (groups.get("part") or "quarter").lower()
    part = {"q": "quarter", "h": "half", "quarters": "quarter", "halves": "half"}.get(part, part)  # "Q3", "H1"
    rel = ctx.lookup("quarter_modifiers", groups.get("rel")) or "0"
    year = None
    if groups.get("year"):
        year = int(groups["year"])
    elif groups.get("yearword"):
        year = ctx.anchor().year + YEAR_WORDS[groups["yearword"].lower()]
    ordinal = (groups.get("ord") or "").lower()
    if not ordinal and year is not None:
        quarter = ctx.memory.get("quarter")
        return f"{_year(year)}-Q{quarter[1]}" if quarter else _year(year)
    if ordinal:
        number = {"final": 4 if part == "quarter" else 2, "last": 4 if part == "quarter" else 2}.get(ordinal)
        number = number or int(ctx.lookup("ordinals", ordinal) or ordinal[0])
        if part == "half":
            if number > 2:
                raise Reject
            if year is None:
                anchor = ctx.anchor()
                year = anchor.year - (1 if number == 2 and anchor.month <= 6 and ctx.tense() == tense.PAST else 0)
            return f"{_year(year)}-H{number}"
        if number > 4:
            raise Reject
        if year is None:
            anchor = ctx.anchor()
            year = anchor.year
            if number > _quarter_of(anchor)[1] and ctx.tense() == tense.PAST:
                year -= 1
        _report_quarter(ctx, year, number)
        if rel not in ("0", "now"):
            year, number = _add_quarters(year, number, int(rel))
        return f"{_year(year)}-Q{number}"
    if part == "period" and ctx.memory.get("period") == "month" and rel != "now":
        shift = -12 if int(rel) == -4 or groups.get("yearago") else int(rel)  # a year back, or periods of a month
        year, month = _add_months(*ctx.memory["month"], shift)
        return _month(year, month)  # "the same period a year ago" in a story of monthly figures
    ended = _ENDED.match(ctx.text, ctx.end)
    if ended and part == "quarter" and rel == "0" and ctx.memory.get("quarter dated", True):
        # the date a quarter ends on dates it unless the text numbers its quarters, which may be fiscal ones
        found = _quarter_ended(ctx, ended)
        if found:
            return found
    if rel == "now" or (groups.get("dir") or "").lower() == "this":
        base = _quarter_of(ctx.anchor())
    elif "quarter" in ctx.memory:
        base = ctx.memory["quarter"]
    else:
        base = _add_quarters(*_quarter_of(ctx.anchor()), -1)
    if "latest" in (groups.get("rel") or "").lower():
        base = min(base, _add_quarters(*_quarter_of(ctx.anchor()), -1))  # the latest quarter has ended
        _report_quarter(ctx, *base)
    shift = int(rel) if rel != "now" else 0
    if groups.get("yearago") and shift != -4:
        shift -= 4  # "the quarter a year ago", but "the corresponding period last year" is back a year already
    year, number = _add_quarters(*base, shift)
    return f"{_year(year)}-Q{number}"


def _report_quarter(ctx: Context, year: int, number: int, dated: bool = False) -> None:
    """Remember the quarter the text reports on: the last it names, unless that is a forecast for a quarter not
    yet over ("will result in a fourth-quarter charge"), where results cannot come from, or a quarter named in
    passing with an indefinite article once the text has named its own."""
    if ctx.dct is not None and (year, number) >= _quarter_of(ctx.dct) and ctx.tense() == tense.FUTURE:
        return
    if "quarter" in ctx.memory and _INDEFINITE.search(ctx.text, max(0, ctx.start - 20), ctx.start):
        return  # "after a flat second quarter": an aside; the period reported on is named definitely
    ctx.memory["quarter"] = (year, number)
    ctx.memory["quarter dated"] = dated
    ctx.memory["period"] = "quarter"


def _quarter_ended(ctx: Context, ended: re.Match) -> str | None:
    """The quarter that ends on the day or in the month named after it ("the quarter ended Sept. 30", "the
    quarter end March 1985"): a calendar quarter when that day ends one, else a fiscal quarter of that year
    that the text does not number (TIMEX3 QX)."""
    month = ctx.lookup("months", ended.group(1)) or ctx.lookup("month_abbreviations", ended.group(1))
    day = int(ended.group(2)) if ended.group(2) else 31
    if month is None or not 1 <= day <= 31:
        return None
    month = int(month)
    stated = ended.group(3) or ended.group(4)
    year = int(stated) if stated else _resolve_year(ctx, month, day)
    if month % 3 or day < 28:
        return f"{_year(year)}-QX"
    _report_quarter(ctx, year, month // 3, dated=True)
    return f"{_year(year)}-Q{month // 3}"


def quarter_ending(ctx: Context, groups: dict):
    """A quarter named by the month it ends in, as Australian and New Zealand reports do: "the June quarter"."""
    month = _month_number(ctx, groups["month"])
    year = int(groups["year"]) if groups.get("year") else _resolve_year(ctx, month, 28)
    _report_quarter(ctx, year, month // 3, dated=True)
    return f"{_year(year)}-Q{month // 3}"


def the_year(ctx: Context, groups: dict):
    unit = groups["unit"].lower()
    if unit == "year" and re.match(r"\s+(?:end(?:ed|ing)\b|to\s+[A-Z][a-z])", ctx.text[ctx.end:ctx.end + 9]):
        return "P1Y", "DURATION"  # a fiscal year: "for the year ended March 31", "in the year to March"
    if groups.get("year"):
        return _year(int(groups["year"]))  # "year-end 1986"
    anchor = ctx.anchor()
    if groups.get("mod2") and unit == "year" and ctx.tense() == tense.PAST:
        return _year(anchor.year - 1)  # a year-end already past: "reserves at year-end rose", "since year-end"
    if unit == "year":
        return _year(anchor.year - (1 if (groups.get("rel") or "").lower().startswith(("latest", "past")) else 0))
    if unit == "month":
        return _month(anchor.year, anchor.month)
    return _week(anchor)


def the_week(ctx: Context, groups: dict):
    """The week a report speaks of ("for the week, the index fell"): a week of the DCT's year that the text
    does not fix, as TimeBank annotates it."""
    return f"{_year(ctx.anchor().year)}-WXX"


def frequency_value(ctx: Context, groups: dict):
    named = _PUBLICATION.match(ctx.text, ctx.end)
    if named and re.sub(r"\W", "", named.group()).lower() not in ctx.grammar.names:
        raise Reject  # a newspaper: "the party daily Granma", "the weekly said"
    return ctx.lookup("frequencies", groups["freq"])


def every_value(ctx: Context, groups: dict):
    if groups.get("month"):
        return f"XXXX-{_month_number(ctx, groups['month']):02d}"
    num = groups.get("num")
    count = 2.0 if num and num.lower() == "other" else (_number(ctx, num) if num else 1.0)
    return _period(_unit(ctx, groups), count)


def reference_value(ctx: Context, groups: dict):
    return ctx.lookup("references", groups["ref"]) or "PRESENT_REF"


NORMALISERS = {
    "date": date_value,
    "week_of": week_of_value,
    "month": month_value,
    "weekday": weekday_value,
    "weekday_set": weekday_set,
    "weekday_of_week": weekday_of_week,
    "deictic": deictic_value,
    "clock": clock_value,
    "anaphor": anaphor_value,
    "then": then_value,
    "holiday": holiday_value,
    "decade": decade_value,
    "century": century_value,
    "shift": shift_value,
    "the_year": the_year,
    "quarter_ending": quarter_ending,
    "the_week": the_week,
    "weekend": weekend_value,
    "season": season_value,
    "season_set": season_set,
    "duration": duration_value,
    "ago": ago_value,
    "quarter": quarter_value,
    "frequency": frequency_value,
    "every": every_value,
    "reference": reference_value,
}

"""Tag a text: find trigger words, match the grammar's combined pattern around them, normalise in order."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from ..actors.gazetteer import gazetteer
from ..model import Document, Timex
from . import grammar
from .grammar import key
from .normalise import NORMALISERS, Context, Reject, Unresolved, modifier

_DCT = re.compile(r"\s*(\d{4})-(\d{2})-(\d{2})")
_TOKEN = re.compile(r"\w+")
_DECADE = re.compile(r"\d0s")  # three characters: only a word of three is tried
# How far before its trigger word an expression may start ("at least the past 18 months").
_BEFORE = 40
_CAPITALISED = re.compile(r"[A-Z][a-z]+")
_LAST_WORD = re.compile(r"(\w+)\W*$")
_DAY_VALUE = re.compile(r"\d{4}-\d{2}-\d{2}")
# "April 24 and 25", "May 14-15": a second day that takes its month and year from the date before it.
# A joined "11-20" is a range before any word but an amount's ("March 11-20 selling period", not "June 3-5 million").
_SECOND_DAY = re.compile(r"(?:[-–](\d{1,2})(?=\s+(?!(?:million|billion|percent|pct|per|points)\b)[a-z])"
                         r"|\s*(?:-|–|\bto\b|\band\b|\bor\b|\bthrough\b)\s*(\d{1,2})"
                         r"(?=\s*(?:[,;:)]|\.(?!\d)|$"
                         r"|(?:in|at|on|and|when|with|for|during|as|after|before|period)\b)))")
# "1986/87", "1984-85", "1985 to 1990": a span of years, the second written in full or by its last two digits.
_SECOND_YEAR = re.compile(r"(?:[/–-]|\s+to\s+)(\d{4}|\d\d)(?![\d/]|[.,:]\d)")
_YEAR_VALUE = re.compile(r"\d{4}")
_ORDINALS = ("first", "second", "third", "fourth", "1st", "2nd", "3rd", "4th")
# "the second and third quarters": the first ordinal of a pair that shares its noun with the second.
_FIRST_ORDINAL = re.compile(r"((?:\bthe\s+)?)\b(" + "|".join(_ORDINALS) + r")\s+(?:and|or|to|through|-)\s+(?:the\s+)?$",
                            re.I)
_PERIOD_VALUE = re.compile(r"(\d{4}|XXXX)-(Q|H)([1-4])")
_PERIOD_WORD = re.compile(r"(?:the\s+)?(?:" + "|".join(_ORDINALS) + r")\b", re.I)
_LAST_DAY = re.compile(r"(?<!\d)(\d{1,2})(?:st|nd|rd|th)?$")
# "14-15 May", "from 14 to 16 May": a first day that takes its month and year from the date after it.
_FIRST_DAY = re.compile(r"(?<![\w.,$£€/:-])(\d{1,2})(?:st|nd|rd|th)?"
                        r"\s*(?:-|–|\bto\b|\band\b|\bor\b|\bthrough\b)\s*$")
_OPENING_DAY = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?\b")
# "between March 3 and March 9, 2021", "from December 28 to January 4, 2022": a date written without its
# year, joined to the next date that gives one, lies in the stretch that date closes.
_PAIRED_BY = re.compile(r"\s*(?:-|–|\bto\b|\band\b|\bthrough\b|\bthru\b|\buntil\b|\btill\b)\s*")
_WRITTEN_YEAR = re.compile(r"(?<!\d)(?:1\d|20)\d\d(?!\d)")
_GIVES_YEAR = re.compile(r"(?<!\d)(?:1\d|20)\d\d(?!\d)|\byear\b", re.I)  # "1986", "July this year"
_MONTH_VALUE = re.compile(r"(\d{4})-(\d{2})(?:-(\d{2}))?")
# An expression does not run into the next paragraph or table row ("2,694,000\n    Year").
_PARAGRAPH = re.compile(r"\n[ \t]*\n|\n[ \t]{2,}")
# The capitalised words after a month that make it a company's name: "May Co", "May Department Stores Co".
_NAME_AFTER = re.compile(r"(?:\s+([A-Z][\w&.-]*))+")
# What may come just before a word that opens a sentence, a quotation or a dateline's text.
_OPENING = frozenset(".!?:;\"'“”‘’`()[]_-—–\n")


def parse_dct(dct: str | None) -> date | None:
    """The document creation time as a date; None when absent or not a YYYY-MM-DD date."""
    match = _DCT.match(dct or "")
    if not match:
        return None
    try:
        return date(*(int(part) for part in match.groups()))
    except ValueError:
        return None


def tag(text: str, dct: str | None) -> list[Timex]:
    """Every time expression in `text`, sorted by start and non-overlapping, with values against `dct`.

    Each expression contains a trigger word (see `scan.tsv`), possibly preceded by words that may
    belong to one ("at least the past 18 months"). For each trigger not yet inside an expression, the pattern
    is tried at each word of that run, leftmost first, and the first match that reaches the trigger and
    survives normalisation is kept: the leftmost-longest reading, at a fraction of the cost of trying every
    position of the text.
    """
    rules = grammar.load()
    anchor = parse_dct(dct)
    memory: dict = {}
    found: list[Timex] = []
    matches: dict[int, re.Match | None] = {}  # by start: runs before neighbouring triggers overlap
    covered = 0
    words = [(token.start(), token.group()) for token in _TOKEN.finditer(text)]
    for index, (trigger, word) in enumerate(words):
        if trigger < covered or not (word[:4].isdigit() or word.lower() in rules.triggers or
                                     len(word) == 3 and _DECADE.fullmatch(word)):
            continue
        first = index
        while first > 0:
            start, before = words[first - 1]
            if start < covered or trigger - start > _BEFORE:
                break
            if not (before[0].isdigit() or before.lower() in rules.glue):
                break
            first -= 1
        for start, before in words[first:index + 1]:
            if start < trigger and not (before[0].isdigit() or before.lower() in rules.starters):
                continue
            if start > 0 and text[start - 1] in "'’" and (start < 2 or not text[start - 2].isalnum()):
                start -= 1  # "'80s"
            if start not in matches:
                matches[start] = rules.match(text, start)
            match = matches[start]
            if match is None or match.end() <= trigger:
                continue
            timex = _normalise(rules, match, text, anchor, memory)
            if timex is not None:
                opening = (_first_day(timex, text, words[index - 1][0] if index else 0)
                           or _first_of_pair(timex, text, words[first][0]))
                if opening is not None and opening.start >= covered:
                    found.append(opening)
                found.append(timex)
                covered = match.end()
                second = _second_day(timex, text) or _second_year(timex, text)
                if second is not None:
                    found.append(second)
                    covered = second.end
                break
    return _years_of_pairs(found, text)


def _years_of_pairs(found: list[Timex], text: str) -> list[Timex]:
    """Each date without a written year that opens a pair or a stretch (`_PAIRED_BY`) takes its year from the
    date that closes it: the year before when its month and day come later in the year than the closing date's."""
    for n, (opening, closing) in enumerate(zip(found, found[1:])):
        first, last = _MONTH_VALUE.fullmatch(opening.value or ""), _MONTH_VALUE.fullmatch(closing.value or "")
        if not (first and last and opening.type == closing.type == "DATE" and closing.text[:1].isalpha() and
                _WRITTEN_YEAR.search(closing.text) and not _GIVES_YEAR.search(opening.text) and
                _PAIRED_BY.fullmatch(text, opening.end, closing.start)):
            continue
        later = (first.group(2), first.group(3) or "") > (last.group(2), last.group(3) or "")
        year = f"{int(last.group(1)) - later:04d}"
        if year != first.group(1):
            found[n] = replace(opening, value=year + opening.value[4:])
    return found


def _second_day(timex: Timex, text: str) -> Timex | None:
    """The second day of a range or pair written once with its month: the 25 of "April 24 and 25"."""
    if not (timex.value and _DAY_VALUE.fullmatch(timex.value)):
        return None
    first = _LAST_DAY.search(timex.text)
    if first is None or int(first.group(1)) != int(timex.value[-2:]):
        return None  # the date ends with its year or a weekday, not with the day: "March 3, 2022 and 4 ministers"
    match = _SECOND_DAY.match(text, timex.end)
    if match is None:
        return None
    group = 1 if match.group(1) else 2
    day = int(match.group(group))
    try:
        value = date.fromisoformat(timex.value).replace(day=day)
    except ValueError:
        return None
    if value.day <= int(timex.value[-2:]):
        return None
    return Timex(match.start(group), match.end(group), match.group(group), "DATE", value.isoformat(), timex.relative,
                 None)


def _first_of_pair(timex: Timex, text: str, earliest: int) -> Timex | None:
    """The first of two quarters or halves named with one noun: the second of "the second and third quarters"."""
    period = _PERIOD_VALUE.fullmatch(timex.value or "")
    if period is None or not _PERIOD_WORD.match(timex.text):
        return None
    match = _FIRST_ORDINAL.search(text, max(0, earliest - 24), timex.start)
    if match is None:
        return None
    number = _ORDINALS.index(match.group(2).lower()) % 4 + 1
    if number >= int(period.group(3)):
        return None
    value = f"{period.group(1)}-{period.group(2)}{number}"
    return Timex(match.start(1), match.end(2), text[match.start(1):match.end(2)], timex.type, value, timex.relative,
                 None)


def _second_year(timex: Timex, text: str) -> Timex | None:
    """The second year of a span written after the first: the 87 of "1986/87", the 1990 of "1985-1990"."""
    if not (timex.value and _YEAR_VALUE.fullmatch(timex.value) and timex.text.endswith(timex.value)):
        return None
    match = _SECOND_YEAR.match(text, timex.end)
    if match is None:
        return None
    first, digits = int(timex.value), match.group(1)
    second = int(digits) if len(digits) == 4 else first // 100 * 100 + int(digits)
    if len(digits) == 2 and second <= first:
        second += 100  # "1999/00"
    if not first < second <= first + 30:
        return None
    return Timex(match.start(1), match.end(1), digits, "DATE", f"{second:04d}", False, None)


def _first_day(timex: Timex, text: str, earliest: int) -> Timex | None:
    """The first day of a range or pair written once with its month: the 14 of "14-15 May"."""
    if not (timex.value and _DAY_VALUE.fullmatch(timex.value)):
        return None
    last = _OPENING_DAY.match(timex.text)
    if last is None or int(last.group(1)) != int(timex.value[-2:]):
        return None  # the date opens with its month or a weekday: "May 15", "Friday, 15 May"
    match = _FIRST_DAY.search(text, max(0, earliest - 8), timex.start)
    if match is None:
        return None
    day = int(match.group(1))
    if not 0 < day < int(timex.value[-2:]):
        return None
    value = date.fromisoformat(timex.value).replace(day=day)
    return Timex(match.start(1), match.end(1), match.group(1), "DATE", value.isoformat(), timex.relative, None)


def _is_title(rules: grammar.Grammar, match: re.Match, text: str) -> bool:
    """Whether the match is part of a title or name ("ABC's This Week", "VOA Today", "60 Minutes", "High Noon"):
    its last word is capitalised, is no month, weekday, holiday or season, and opens no sentence or line."""
    last = _LAST_WORD.search(match.group())
    name = last.group(1).lower()
    if not _CAPITALISED.fullmatch(last.group(1)) or name in rules.names or name[:-1] in rules.names:  # "Sundays"
        return False
    if match.end() == _day_end(match):
        return False  # a day spelled out after its month: "July One"
    if last.start() > 0:
        return True
    gap = text[max(0, match.start() - 20):match.start()]
    before = gap.rstrip()
    return bool(before) and "\n" not in gap[len(before):] and before[-1] not in _OPENING


_DAY_GROUP = re.compile(r"r\d+_day_\d+")  # the day group of a rule, as the grammar renames it


def _day_end(match: re.Match) -> int | None:
    """Where the day of the month the match names ends, if it names one."""
    return next((match.end(name) for name, value in match.groupdict().items()
                 if value is not None and _DAY_GROUP.fullmatch(name)), None)


def _company_name(rules: grammar.Grammar, match: re.Match, text: str) -> bool:
    """Whether a month named alone opens a company's name: "acquired by May Co", "May Department Stores Co said",
    "May Petroleum Inc": it is followed by a legal form, with only head nouns of names between ("in March
    Exxon Corp said" names a month)."""
    if key(match.group()) not in rules.tables["months"]:
        return False
    after = _NAME_AFTER.match(text, match.end())
    if after is None:
        return False
    known = gazetteer()
    for word in after.group().split():
        if word in known.legal_forms:
            return True
        if word not in known.organization_words:
            return False
    return False


def _normalise(rules: grammar.Grammar, match: re.Match, text: str, anchor: date | None, memory: dict):
    if _is_title(rules, match, text) or _company_name(rules, match, text) or _PARAGRAPH.search(match.group()):
        return None
    rule = rules.rules[match.lastgroup]
    context = Context(rules, text, match.start(), match.end(), anchor, memory)
    groups = rule.captures(match)
    kind = rule.type
    try:
        result = NORMALISERS[rule.value](context, groups)
        value, kind = result if isinstance(result, tuple) else (result, kind)
    except Unresolved:
        value = None
    except (Reject, ValueError, OverflowError):
        return None
    return Timex(match.start(), match.end(), match.group(), kind, value, context.relative, modifier(context, groups))


def annotate(doc: Document) -> Document:
    spans = doc.body or [(0, len(doc.text))]
    doc.timexes = [timex for timex in tag(doc.text, doc.published)
                   if any(start <= timex.start and timex.end <= end for start, end in spans)]
    return doc


def as_json(timexes: list[Timex]) -> list[dict]:
    return [{"text": t.text, "start": t.start, "end": t.end, "type": t.type, "value": t.value,
             "relative": t.relative, "mod": t.mod} for t in timexes]

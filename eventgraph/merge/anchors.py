"""Narrative anchors: a happening the text dates only from another one ("two days after", "the following week").

When a report gives no date of its own but its sentence places it some days, weeks or months after or before
another happening, it is dated from the nearest happening that the article dates firmly before it in the text:
in the sentence before ("Two days later, ..."), or in its own ("on Friday, two days after police arrested
him" dates the arrest to Wednesday).
"The following week" is read the same way: the time tagger resolves it against the publication date, but in a
narrative of past happenings it counts from the happening told before it.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from ..events.lexicon import STATEMENT_ROOT
from ..model import Date, Document, EventMention, granularity
from .dates import interval

_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
            "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
_COUNT = r"(\d{1,2}|" + "|".join(_NUMBERS) + r")"
_OFFSET = re.compile(_COUNT + r"\s+(day|week|month)s?\s+(after|later|before|earlier)\b", re.I)
_NEXT = re.compile(r"\bthe\s+(following|next|previous|preceding)\s+(day|week|month)\b|"
                   r"\bthe\s+(day|week|month)\s+(after|before)\b", re.I)
# "Hours later", "two hours after the blast": the same day as the happening told before
_HOURS = re.compile(r"(?:(?:\d{1,2}|a\s+few|few|several|some|" + "|".join(_NUMBERS) + r")\s+)?(?:hour|minute)s?\s+"
                    r"(?:after|later)\b", re.I)
_OPENING = re.compile(r"\s*(?:(?:but|and|then)\s+)?(" + _OFFSET.pattern + "|" + _NEXT.pattern + "|" +
                      _HOURS.pattern + ")", re.I)
_LATER = re.compile(r"\s+(?:\w+\s+){0,3}?" + _COUNT + r"\s+(day|week|month)s?\s+(later|earlier)\b", re.I)
_HOURS_LATER = re.compile(r"\s+(?:\w+\s+){0,3}?" + _HOURS.pattern, re.I)
# "..., two days after police arrested him": the clause after the phrase, told from the happening before it
_SINCE_THEN = re.compile(r"\b" + _COUNT + r"\s+(day|week|month)s?\s+(after|before)\s+(?:[\w'’.-]+\s+){0,5}$", re.I)
_FIRM = ("explicit", "relative")
# a word without which no phrase above can stand: one search of the sentence spares most of it the patterns
_CUES = re.compile("after|later|before|earlier|following|next|previous|preceding|After|Later|Before|Earlier|"
                   "Following|Next|Previous|Preceding")


def anchored(doc: Document) -> dict[int, Date]:
    """Dates for the document's event mentions (by index) that a narrative anchor gives."""
    found: dict[int, Date] = {}
    order = sorted(range(len(doc.event_mentions)), key=lambda i: (doc.event_mentions[i].sentence,
                                                                  doc.event_mentions[i].trigger_start))
    anchor: EventMention | None = None
    for index in order:
        mention = doc.event_mentions[index]
        within = _within_sentence(doc, mention)
        if within is not None:
            found[index] = within
            continue
        shift = _shift(doc, mention)
        if shift is not None and anchor is not None and anchor.sentence >= mention.sentence - 3:
            value = _moved(anchor.date.value, *shift[:2])
            # a narrative of past happenings: nothing it dates lies after the report
            published = interval(doc.published)
            if value and (published is None or interval(value)[0] <= published[0]):
                found[index] = Date(value, granularity(value), "relative", shift[2])
                continue
        if mention.date.source in _FIRM and granularity(mention.date.value) == "day":
            anchor = mention
    return found


def _within_sentence(doc: Document, mention: EventMention) -> Date | None:
    """"Chile signed the accord on Friday, two days after Peru attacked the town": the attack is dated from
    the signing, the happening its sentence dates to the day before the phrase."""
    if mention.date.source in _FIRM:
        return None
    sentence = doc.sentences[mention.sentence]
    before = doc.text[sentence.start:mention.trigger_start]
    if "after" not in before and "before" not in before:
        return None
    match = _SINCE_THEN.search(doc.text, sentence.start, mention.trigger_start)
    if match is None:
        return None
    # the happening the phrase counts from, not a report of it ("said on Friday")
    dated = [other for other in doc.event_mentions if other.sentence == mention.sentence and
             other.trigger_end <= match.start() and other.date.source in _FIRM and
             granularity(other.date.value) == "day" and not other.code.startswith(STATEMENT_ROOT)]
    if not dated:
        return None
    count, unit, _ = _read(match)
    value = _moved(dated[-1].date.value, -count, unit)
    phrase = doc.text[match.start():match.end(3)]
    return Date(value, granularity(value), "relative", phrase) if value else None


def _shift(doc: Document, mention: EventMention) -> tuple[int, str, str] | None:
    """(count, unit, phrase) when the text places the mention relative to the happening told before it: a
    sentence that opens with the phrase ("Two days after the signing, the minister left"), or the phrase right after
    the mention's word ("the minister left two days later"); hours later is the same day. Elsewhere such a phrase
    belongs to another clause."""
    own = mention.date.text or ""
    if mention.date.source in _FIRM:
        match = _NEXT.fullmatch(own.strip())
        if match is None or (match.group(1) or "").lower() == "next" and match.group(2).lower() != "day":
            return None  # "within the next week" counts from the report, "the following week" from the story
        return _read(match)
    sentence = doc.sentences[mention.sentence]
    text = doc.text[sentence.start:sentence.end]
    if not _CUES.search(text):
        return None
    opening = _OPENING.match(text)
    if opening and "," in text[opening.end():mention.trigger_start - sentence.start]:
        return _read(_OFFSET.match(text, opening.start(1)) or _NEXT.match(text, opening.start(1)) or
                     _HOURS.match(text, opening.start(1)))
    after = mention.trigger_end - sentence.start
    match = _LATER.match(text, after) or _HOURS_LATER.match(text, after)
    return _read(match) if match else None


def _read(match: re.Match | None) -> tuple[int, str, str] | None:
    if match is None:
        return None
    if match.re in (_HOURS, _HOURS_LATER):
        return 0, "day", match.group(0).strip()
    if match.re in (_OFFSET, _LATER, _SINCE_THEN):
        count, unit, way = match.group(1).lower(), match.group(2).lower(), match.group(3).lower()
        number = int(count) if count.isdigit() else _NUMBERS[count]
        return (number if way in ("after", "later") else -number), unit, match.group(0).strip()
    way, unit = (match.group(1), match.group(2)) if match.group(1) else (match.group(4), match.group(3))
    return (1 if way.lower() in ("following", "next", "after") else -1), unit.lower(), match.group(0).strip()


def _moved(value: str | None, count: int, unit: str) -> str | None:
    """The day, week or month `count` units from the day `value`; None when that lies outside the calendar."""
    span = interval(value)
    if span is None or span[0] != span[1]:
        return None
    day = date.fromordinal(span[0])
    try:
        if unit == "day":
            moved = (day + timedelta(days=count)).isoformat()
        elif unit == "week":
            year, week, _ = (day + timedelta(weeks=count)).isocalendar()
            moved = f"{year:04d}-W{week:02d}"
        else:
            month = day.year * 12 + day.month - 1 + count
            moved = f"{month // 12:04d}-{month % 12 + 1:02d}"
    except OverflowError:
        return None
    return moved if interval(moved) else None

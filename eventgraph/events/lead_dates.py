"""Lead dates: the day a news story's first sentence names, which its second sentence's deeds share.

A wire story tells its news in the lead ("Ruritania and Freedonia on Monday agreed to build a bridge")
and retells it in the next sentence with the details, without the day again ("Ministers of both states signed a
plan for a toll road"). A deed the second sentence tells in the past tense, with no date of its
own, took place on the day the lead names, when that day is one of the week before the report and is not the day
of a statement ("Iraq said on Monday its jets hit a tanker" dates the saying, not what the next sentence tells).
A date of the second sentence that dates another happening ("in response to an attack last Friday") or names a
thing ("today's plants") leaves it in the lead's time; any other tells of another time. A deed told as over
before ("had earlier considered", "has cut") or a statement keeps the report's day.
"""

from __future__ import annotations

from dataclasses import replace

from ..kinds import kind
from ..model import Date, Document, granularity
from ..temporal import aspect
from .statement_dates import recent_day

REPORT_DATES = ("publication", "inferred")


def carry_lead_date(doc: Document) -> None:
    """Date the undated past deeds of the second sentence of `doc` by the day its lead names."""
    if len(doc.sentences) < 2 or not doc.published:
        return
    day = _lead_day(doc)
    if day is None:
        return
    second = doc.sentences[1]
    held = {mention.timex for mention in doc.event_mentions if mention.sentence == 1}
    if any(second.start <= timex.start < second.end and timex.type in ("DATE", "TIME") and index not in held and
           not doc.text.startswith(("'s", "’s"), timex.end) for index, timex in enumerate(doc.timexes)):
        return  # a date no happening of the sentence takes may be its verb's: the sentence tells of another time
    for mention in doc.event_mentions:
        if mention.sentence != 1 or mention.date.source not in REPORT_DATES or mention.modality == "planned" or \
                kind(mention.code)[0] == "statement":
            continue
        word = doc.text[mention.trigger_start:mention.trigger_end].split()[:1]
        if word and aspect.past(word[0]) and not aspect.auxiliary(word[0]) and not aspect.anterior(
                doc.text, second.start, mention.trigger_start, mention.trigger_end):
            mention.date = replace(day)


def _lead_day(doc: Document) -> Date | None:
    """The one day of the week before the report that the first sentence names, unless a statement of that
    sentence takes it."""
    lead = doc.sentences[0]
    said = {mention.timex for mention in doc.event_mentions
            if mention.sentence == 0 and kind(mention.code)[0] == "statement"}
    days = [(index, timex) for index, timex in enumerate(doc.timexes)
            if lead.start <= timex.start < lead.end and timex.type in ("DATE", "TIME") and timex.value]
    if len(days) != 1 or days[0][0] in said:
        return None
    timex = days[0][1]
    value = timex.value[:10]
    if granularity(value) != "day" or not recent_day(value, doc.published, today=True):
        return None
    return Date(value, "day", "relative" if timex.relative else "explicit", timex.text)


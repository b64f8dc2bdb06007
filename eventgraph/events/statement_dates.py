"""Statement dates: the day one statement gives that later statements of the same article lean on.

A reporter who writes "Jan Novak said on Sunday the accord still held" and two sentences on "Novak said the rise
was not in keeping with it" quotes one occasion: the later statement, which gives no date of its own, was made on
that Sunday, not on the day of the report. So an undated statement takes the day of the last statement its
speakers made earlier in the article, when that day is given by the text and falls in the days just before the
report (a statement of months ago, "said in August it expected", is no occasion the rest of the story quotes).
One told in the perfect ("Novak has said") was made on an earlier occasion and keeps the report's day.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from ..kinds import kind
from ..model import Document, EventMention
from ..temporal import aspect

RECENT_DAYS = 7  # how far before the report a statement's day may lie and still anchor later statements
TEXT_DATES = ("explicit", "relative")
REPORT_DATES = ("publication", "inferred")  # the report's day, which the text does not give


def carry_statement_dates(doc: Document) -> None:
    """Date each undated statement of `doc` by its speakers' last dated statement before it."""
    if not doc.published:
        return
    anchors: dict[frozenset[str], EventMention] = {}
    for mention in sorted(doc.event_mentions, key=lambda m: (m.sentence, m.trigger_start)):
        speakers = frozenset(p.actor for p in mention.actors if p.role == "source")
        if not speakers or kind(mention.code)[0] != "statement" or mention.modality != "asserted":
            continue
        if mention.date.source in TEXT_DATES:
            if mention.date.granularity == "day" and mention.date.relation == "on" and \
                    _recent_day(mention.date.value, doc.published):
                anchors[speakers] = mention
            else:
                anchors.pop(speakers, None)
        elif mention.date.source in REPORT_DATES and speakers in anchors and \
                anchors[speakers].sentence < mention.sentence and not aspect.perfect(doc.text, mention.trigger_start):
            mention.date = replace(anchors[speakers].date)


def _recent_day(value: str | None, published: str) -> bool:
    try:
        days = (date.fromisoformat(published) - date.fromisoformat(value or "")).days
    except ValueError:
        return False
    return 0 < days <= RECENT_DAYS

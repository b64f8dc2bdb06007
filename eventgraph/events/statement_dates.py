"""Statement dates: the day one statement gives that later statements of the same article lean on.

A reporter who writes "Jan Novak said on Sunday the accord still held" and two sentences on "Novak said the rise
was not in keeping with it" quotes one occasion: the later statement, which gives no date of its own, was made on
that Sunday, not on the day of the report. So an undated statement takes the day of the last statement its
speakers made earlier in the article, or of the occasion an earlier sentence says they spoke on ("Novak was
speaking in an interview published yesterday"), when that day is given by the text and falls in the days just
before the report (a statement of months ago, "said in August it expected", is no occasion the rest of the story
quotes).
One told in the perfect ("Novak has said") was made on an earlier occasion and keeps the report's day. One the
text dates only to the weekend or the week that holds that day ("Novak said at the weekend") retells it too.
One told as made on the occasion the story last told of ("Acme announced on March 19 it had ordered six jets ...
It said at the time that", "said then", "At the time, Novak said") was made on the last day, month or year the
text gives an earlier happening of its speakers, however long ago.

Across articles, a statement a later article dates only to a week, a month or a year ("Acme said last week it
would close the Port Marin plant") was made no later than the day an article of that period reports it ("Acme said
it will close the plant", reported on the Friday): the earliest such day is its date, as precise as the news gives
it (`merge.cluster.reported_day`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from ..kinds import kind
from ..model import Date, Document, EventMention, granularity
from ..temporal import aspect
from ..temporal.intervals import interval

RECENT_DAYS = 7  # how far before the report a day may lie and still be recent: a statement's day that anchors
# later statements, a lead's day that dates the next sentence
WEEK_DAYS = 7  # the longest stretch ("at the weekend", "last week") that retells one occasion of speaking
TEXT_DATES = ("explicit", "relative")
REPORT_DATES = ("publication", "inferred")  # the report's day, which the text does not give
# words that tell of an occasion of speaking: "was speaking to reporters", "in an interview", "at a briefing"
OCCASION = re.compile(r"\b(?:speaking|spoke|interview|briefing|news conference|press conference|addressing)\b", re.I)
OCCASION_REACH = 60  # characters from the occasion's word to its day: "in an interview published yesterday"
_THAT = re.compile(r"\bthat\b", re.I)


def carry_statement_dates(doc: Document) -> None:
    """Date each undated statement of `doc` by its speakers' last dated statement or occasion before it."""
    if not doc.published:
        return
    anchors: dict[frozenset[str], tuple[int, Date]] = {}
    occasions = sorted(_occasions(doc).items())
    for mention in sorted(doc.event_mentions, key=lambda m: (m.sentence, m.trigger_start)):
        while occasions and occasions[0][0] < mention.sentence:
            sentence, (speaker, day) = occasions.pop(0)
            anchors[frozenset({speaker})] = sentence, day
        speakers = frozenset(p.actor for p in mention.actors if p.role == "source")
        if not speakers or kind(mention.code)[0] != "statement" or mention.modality != "asserted":
            continue
        if mention.date.source in TEXT_DATES:
            if mention.date.granularity == "day" and mention.date.relation == "on" and \
                    recent_day(mention.date.value, doc.published):
                anchors[speakers] = mention.sentence, mention.date
            elif speakers in anchors and _loosely(mention.date, anchors[speakers][1]):
                mention.date = replace(anchors[speakers][1])
            else:
                anchors.pop(speakers, None)
        elif mention.date.source in REPORT_DATES and aspect.back_then(
                doc.text, doc.sentences[mention.sentence].start, mention.trigger_start, mention.trigger_end):
            then = _last_occasion(doc, mention, speakers)
            if then is not None:
                mention.date = replace(then)
        elif mention.date.source in REPORT_DATES and speakers in anchors and \
                anchors[speakers][0] < mention.sentence and not aspect.perfect(doc.text, mention.trigger_start):
            mention.date = replace(anchors[speakers][1])


def _last_occasion(doc: Document, mention: EventMention, speakers: frozenset[str]) -> Date | None:
    """The date the text gives the last happening before `mention`'s sentence that one of its speakers took part
    in, when that date is over by the report."""
    published = interval(doc.published)
    earlier = [m for m in doc.event_mentions if m.sentence < mention.sentence and m.date.source in TEXT_DATES and
               speakers & {p.actor for p in m.actors} and interval(m.date.value) and published and
               interval(m.date.value)[1] < published[0]]
    return max(earlier, key=lambda m: (m.sentence, m.trigger_start)).date if earlier else None


def _occasions(doc: Document) -> dict[int, tuple[str, Date]]:
    """Sentences that tell of an occasion on which someone spoke, dated by the text to a recent day, with no
    statement of their own: "Novak was speaking on the radio in an interview aired yesterday". Each
    sentence maps to the actor named last before the occasion's word and the day, which must follow the word
    closely, with no "that" of what was said between ("told a briefing that reserves fell in the week to
    Wednesday" gives no day to the briefing), and not name another happening ("commenting in an interview on
    Friday's agreement")."""
    stated = {m.sentence for m in doc.event_mentions if kind(m.code)[0] == "statement"}
    found = {}
    for n, sentence in enumerate(doc.sentences):
        word = OCCASION.search(sentence.text)
        if n in stated or word is None:
            continue
        start, end = sentence.start + word.start(), sentence.start + word.end()
        days = [t for t in doc.timexes if end <= t.start <= end + OCCASION_REACH and t.value and
                granularity(t.value) == "day" and recent_day(t.value, doc.published) and
                not _THAT.search(doc.text, end, t.start) and not doc.text.startswith(("'s", "’s"), t.end)]
        speaker = max((m for m in doc.mentions if sentence.start <= m.start and m.end <= start),
                      key=lambda m: m.start, default=None)
        if days and speaker is not None:
            day = days[0]
            found[n] = speaker.actor, Date(day.value, "day", "relative" if day.relative else "explicit", day.text)
    return found


def _loosely(given: Date, day: Date) -> bool:
    """"Novak said on Sunday ... Novak said at the weekend": a statement the text dates to a stretch of at most
    a week ("at the weekend", "last week") that holds the day its speakers last spoke on retells that occasion,
    not another one somewhere in the stretch."""
    stretch, spoken = interval(given.value), interval(day.value)
    return given.relation == "on" and bool(stretch and spoken) and \
        stretch[0] <= spoken[0] <= spoken[1] <= stretch[1] <= stretch[0] + WEEK_DAYS - 1


def recent_day(value: str | None, published: str, today: bool = False) -> bool:
    """Whether the day `value` lies at most RECENT_DAYS before `published`; the report's own day counts only
    when `today` is set."""
    try:
        days = (date.fromisoformat(published) - date.fromisoformat(value or "")).days
    except ValueError:
        return False
    return (0 if today else 1) <= days <= RECENT_DAYS

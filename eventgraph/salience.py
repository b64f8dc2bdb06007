"""How timeline-worthy each event is (`Event.salience`): what a wire editor would put in a story's top K.

An event counts the articles that report it on its own date (an article that mentions it without dating it
counts half; one that reports it in its lead sentence, its news of the day, counts more), weighted by its kind
(`resources/en/events_kinds.tsv`: a signing or a strike above a meeting, a meeting above a routine
statement), by how central its actors are to the story (the share of articles that name its most named actor,
leaving out a body only joined to the event as its official's, `Participant.joined`),
by how firmly it is dated: one dated only by the day it was reported (unless it is the lead of the article
of that day, its news of the day), or only to a quarter, a season, a year or coarser, or a running state, ranks
below one the text dates; and by whether it is the story's news: wire copy reports a happening on its day or the
next, so one dated where no article of the story was published, on its date or the day after, is backstory
(the signal of the publication-count baseline, kept as one factor among the others).
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter

from .kinds import kind
from .merge.dates import overlap, weak
from .model import Actor, Document, Event
from .temporal.intervals import interval

UNDATED = 0.5  # dated only by its report: "reported" or "before"
RUNNING = 0.6  # a state or tally "since" a date
COARSE = 0.6  # dated to a quarter, a season, a year or coarser
COARSE_DAYS = 31  # a date spanning more days than a month is coarse
BACKSTORY = 0.5  # no article of the story was published on its date or the day after
UNDATED_SOURCE = 0.5  # an article that reports the happening but gives it no date
LEAD = 1.5  # an article that reports the happening in its first sentence
# CAMEO's material quad classes (material cooperation 06-09, material conflict 14-20) and 057, a signed agreement
MATERIAL = ("06", "07", "08", "09", "14", "15", "16", "17", "18", "19", "20", "057")
NEWS = 1.0  # what the busiest publication day adds to the event it dates, as a share of the story's top score
# CAMEO's code of a statement that is only made: not a denial, an acknowledgement or an optimistic or pessimistic
# comment, which answer or judge something and read as news of their own
COMMENT = "010"


def rank(events: list[Event], actors: list[Actor], documents: list[Document]) -> None:
    """Set every event's `salience`, `told_ahead` and `remark`."""
    total = max(1, len(documents))
    reach = {actor.id: len({mention.doc for mention in actor.mentions}) / total for actor in actors}
    leads = {doc.id: _lead(doc) for doc in documents}
    days = Counter(interval(doc.published)[0] for doc in documents if interval(doc.published))
    published = sorted(days)
    issued = {doc.id: interval(doc.published)[0] for doc in documents if interval(doc.published)}
    for event in events:
        event.told_ahead = _told_ahead(event, issued)
        event.remark = _remark(event, leads)
    scores = [score(event, reach, leads, published) for event in events]
    top = max(scores, default=0.0)
    shares = [news(event, days, leads) for event in events]
    first: dict[str, int] = {}  # the most salient event of each day
    for index, event in enumerate(events):
        if shares[index] and scores[index] > scores[first.setdefault(event.date.value, index)]:
            first[event.date.value] = index
    for index, event in enumerate(events):
        share = shares[index] if first.get(event.date.value) == index else 0.0
        event.salience = round(scores[index] + NEWS * top * share, 4)


def news(event: Event, days: Counter, leads: dict[str, int | None]) -> float:
    """How busy the event's day was: the articles published on it beyond the first, as a share of the busiest
    day's (every day the story was published on had one article; a second says the day had news); 0 for a
    date coarser than a day (the count tells of a day, not of a week), for a happening running since its day
    and for one only known to precede it, unless it is a material act or a signed agreement that an article of
    the day leads with and names a party to: wire copy leads with a deal struck or a strike begun hours before,
    undated ("X and Y signed a pact"), while a meeting, a statement told as said before ("has said"), a
    happening outside CAMEO or one without a named party in a lead is as often background as news."""
    own = interval(event.date.value)
    if own is None or own[0] != own[1] or not days:
        return 0.0
    if event.date.relation not in ("on", "reported") and not (
            event.date.relation == "before" and weak(event.date) and event.code.startswith(MATERIAL) and
            event.actors and _told_first(event, leads)):
        return 0.0
    return max(0, days[own[0]] - 1) / max(1, max(days.values()) - 1)


def _told_ahead(event: Event, issued: dict[str, int]) -> bool:
    """Whether the one article that tells of the event came out before its date: a plan, a preview, an
    expectation ("talks next week", "the meeting on Monday"), not yet a happening of the story; or whether it is
    planned for a week, a month or longer that had not ended when its articles came out ("talks this month",
    "a meeting later this week"): a forecast all the same, its period only the span it is awaited in."""
    own = interval(event.date.value)
    docs = {source.doc for source in event.sources}
    if own is None or not docs or not docs <= issued.keys():
        return False
    if len(docs) == 1 and own[0] > issued[next(iter(docs))]:
        return True
    return event.modality == "planned" and own[0] != own[1] and all(issued[doc] <= own[1] for doc in docs)


def _remark(event: Event, leads: dict[str, int | None]) -> bool:
    """Whether the event is a comment that no article leads with and no text dates ("the weather played a part,
    Acme said", an analyst's view of a bid): what its article says around its news, not news of its own."""
    return event.code == COMMENT and event.date.relation == "reported" and \
        not any(source.start == leads.get(source.doc) for source in event.sources)


def _told_first(event: Event, leads: dict[str, int | None]) -> bool:
    """Whether an article that dates the event by its own day reports it in its first sentence."""
    return any(source.start == leads.get(source.doc) and source.date and source.date.value == event.date.value
               for source in event.sources)


def _lead(doc: Document) -> int | None:
    start = doc.body[0][0] if doc.body else 0
    return next((sentence.start for sentence in doc.sentences if sentence.start >= start), None)


def score(event: Event, reach: dict[str, float], leads: dict[str, int | None],
          published: list[int] | None = None) -> float:
    """`published`: the days (ordinals) on which the story's articles came out; None when unknown."""
    own = interval(event.date.value)
    articles: dict[str, float] = {}
    for source in event.sources:
        given = interval(source.date.value) if source.date else None
        dated = given is not None and own is not None and source.date.relation in ("on", "since") and \
            overlap(given, own)
        weight = (1.0 if dated else UNDATED_SOURCE) * (LEAD if source.start == leads.get(source.doc) else 1.0)
        articles[source.doc] = max(articles.get(source.doc, 0.0), weight)
    value = sum(articles.values()) * kind(event.code)[1]
    # the parties its reports name: a country joined to its minister's statement would make every official's
    # word as central as the country
    value *= 0.5 + max((reach.get(p.actor, 0.0) for p in event.actors if not p.joined), default=0.0)
    # the lead of the article that dates it by its own day is that day's news: the report's date is its date
    lead = _told_first(event, leads)
    if own is None or event.date.relation in ("reported", "before") and not lead:
        value *= UNDATED
    elif event.date.relation == "since":
        value *= RUNNING
    elif coarse(own):
        value *= COARSE
    if own is not None and published and not any_within(published, own[0], own[1] + 1):
        value *= BACKSTORY
    return value


def coarse(span: tuple[int, int] | None) -> bool:
    """Whether a date's span is longer than a month."""
    return span is not None and span[1] - span[0] > COARSE_DAYS


def any_within(days: list[int], first: int, last: int) -> bool:
    """Whether the sorted `days` (ordinals) hold one from `first` to `last`: a bisection, since a story of
    thousands of articles is published over hundreds of days."""
    at = bisect_left(days, first)
    return at < len(days) and days[at] <= last

"""The modality of a merged event, from the modality of the reports it was merged from.

A happening that any article states as fact is `asserted`; one that every article only plans or expects is
`planned`; one that every article only reports from a source ("X said", "reportedly") is `attributed`, to the
source most of them name. The event's title is then one written with that modality. A happening dated wholly after
the day of every article that reports it had not taken place when they told of it, whatever their words: it is
`planned` ("Acme said it will report its results on April 27", dated by the report it promises).
"""

from __future__ import annotations

from collections import Counter

from ..model import Document, Event, EventMention
from ..temporal.intervals import interval

ORDER = ("asserted", "planned", "attributed")


def mark(events: list[Event], documents: list[Document]) -> None:
    issued = {doc.id: interval(doc.published) for doc in documents}
    by_sentence: dict[tuple[str, int, int], list[EventMention]] = {}
    for doc in documents:
        for mention in doc.event_mentions:
            sentence = doc.sentences[mention.sentence]
            by_sentence.setdefault((doc.id, sentence.start, sentence.end), []).append(mention)
    for event in events:
        reports = [mention for source in event.sources
                   for mention in by_sentence.get((source.doc, source.start, source.end), [])
                   if mention.code[:2] == event.code[:2]]
        if not reports:
            continue
        event.modality = min((mention.modality for mention in reports), key=ORDER.index)
        sharing = [mention for mention in reports if mention.modality == event.modality]
        reporters = Counter(mention.attributed_to for mention in sharing if mention.attributed_to)
        event.attributed_to = reporters.most_common(1)[0][0] if event.modality == "attributed" and reporters \
            else None
        if not any(mention.title == event.title for mention in sharing):
            event.title = sharing[0].title
        if event.modality != "planned" and _ahead_of_reports(event, issued):
            event.modality, event.attributed_to = "planned", None


def _ahead_of_reports(event: Event, issued: dict[str, tuple[int, int] | None]) -> bool:
    own = interval(event.date.value)
    days = [issued.get(source.doc) for source in event.sources]
    return own is not None and bool(days) and all(day is not None and own[0] > day[1] for day in days)

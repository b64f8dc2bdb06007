"""The modality of merged events, from the modality of their reports and the days those reports came out."""

import pytest

from eventgraph.events import modality
from eventgraph.model import Date, Document, Event, EventMention, Sentence, Source, granularity

TEXT = "Acme said it will report its results on May 12."


def _story(published, value, told="asserted"):
    mention = EventMention(sentence=0, trigger_start=5, trigger_end=9, trigger="said", code="010", label="",
                           title="Acme says it will report its results", modality=told,
                           date=Date(value, granularity(value), "explicit", "May 12"))
    doc = Document(id="a", path="a.txt", text=TEXT, published=published, published_source="text",
                   sentences=[Sentence(0, len(TEXT), TEXT)], event_mentions=[mention])
    event = Event(id="e1", title=mention.title, code="010", label="", date=mention.date,
                  sources=[Source("a", TEXT, 0, len(TEXT))])
    return event, doc


@pytest.mark.parametrize("published, value, told, expected", [
    ("2021-05-06", "2021-05-12", "asserted", "planned"),  # promised for a day after the report
    ("2021-05-06", "2021-05-12", "attributed", "planned"),
    ("2021-05-06", "2021-05", "asserted", "asserted"),  # a month the report falls in: it may be over
    ("2021-05-06", "2021-05-06", "asserted", "asserted"),
    ("2021-05-14", "2021-05-12", "asserted", "asserted"),
])
def test_a_happening_dated_after_every_report_of_it_is_planned(published, value, told, expected):
    event, doc = _story(published, value, told)
    modality.mark([event], [doc])
    assert event.modality == expected

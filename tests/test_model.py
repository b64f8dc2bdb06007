import pytest

from eventgraph.model import Document, EventMention, Participant, Timex, from_dict, granularity, to_dict

from .stories import small_story


@pytest.mark.parametrize("value, expected", [
    ("2024-06-19", "day"), ("2024-06", "month"), ("2024", "year"), ("196", "decade"), ("20", "century"),
    ("2013-W11", "week"), ("1998-Q3", "quarter"), ("2001-SU", "season"), ("2001-WI", "season"), ("1998-H2", "half"), ("2024-06-20T11:34", "time"),
    (None, "none"), ("", "none"),
])
def test_granularity_is_the_precision_the_value_states(value, expected):
    assert granularity(value) == expected


def test_a_document_survives_a_round_trip_through_plain_data():
    doc = small_story().documents[0]
    doc.body = [(0, 10), (20, 40)]
    doc.timexes = [Timex(47, 57, "3 May 2021", "DATE", "2021-05-03", relative=False)]
    doc.event_mentions = [EventMention(0, 24, 30, "signed", "057", "Sign formal agreement", "X signs",
                                       actors=[Participant("ruritania", "source")])]
    again = from_dict(Document, to_dict(doc))
    assert again == doc
    assert again.body == [(0, 10), (20, 40)]
    assert isinstance(again.event_mentions[0].actors[0], Participant)


def test_sentence_at_finds_the_sentence_holding_an_offset():
    from eventgraph import sentences
    doc = sentences.annotate(small_story().documents[0])
    assert doc.sentence_at(0) == 0
    assert doc.sentence_at(70) == 1
    assert doc.sentence_at(10_000) is None

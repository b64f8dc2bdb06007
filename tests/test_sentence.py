"""Which events of one sentence are kept: statements of two speakers in joined clauses."""

import pytest

from eventgraph.events.sentence import sentence_events, sentence_triggers

from .test_events import doc


def _speakers(text):
    return sorted(tuple(p.actor for p in m.actors if p.role == "source") for m in doc(text).event_mentions if m.trigger == "said")


@pytest.mark.parametrize("joint", ["and", "but", "while"])
def test_two_speakers_in_joined_clauses_make_two_statements(joint):
    text = f"Ruritania said the plan was unfair {joint} Freedonia said it was a fair offer."
    assert _speakers(text) == [("freedonia",), ("ruritania",)]


def test_a_named_speaker_answering_an_earlier_one_is_a_statement_of_its_own():
    text = "Jan Novak said the plant would close, but Sue Smith said no decision had been made."
    assert _speakers(text) == [("jan-novak",), ("sue-smith",)]


def test_one_speaker_saying_two_things_is_still_one_statement():
    text = "Ruritania said the plan was unfair and it said it would not sign it."
    assert len(_speakers(text)) == 1


def _visit(text, timexes):
    return [(m.code[:2], m.modality, m.date.value) for m in doc(text, timexes).event_mentions]


def test_a_happening_its_own_clause_dates_after_the_report_is_planned_whatever_its_tense():
    assert _visit("Jan Novak visits Freedonia next week.", [("next week", "DATE", "2021-W19")]) == \
        [("04", "planned", "2021-W19")]
    assert _visit("Jan Novak visited Freedonia last week.", [("last week", "DATE", "2021-W17")]) == \
        [("04", "asserted", "2021-W17")]


@pytest.mark.parametrize("text, surface, value, told", [
    ("The union signalled a strike against Ruritania later this year.", "later this year", "2021", "planned"),
    ("Jan Novak goes to Freedonia at the end of the month for talks.", "the end of the month", "2021-05", "planned"),
    ("The union held a strike against Ruritania late last year.", "late last year", "2020", "asserted"),
])
def test_a_happening_dated_late_in_a_period_the_report_falls_in_before_is_planned(text, surface, value, told):
    assert [modality for _, modality, _ in _visit(text, [(surface, "DATE", value, "END")])] == [told]


def test_a_date_ahead_that_tells_when_a_happening_ends_leaves_it_as_told():
    [(_, told, _)] = _visit("Jan Novak chaired the talks in Freedonia, which are due to end on Friday.",
                            [("Friday", "DATE", "2021-05-07")])
    assert told == "asserted"


def test_a_happening_a_had_tells_as_done_is_no_plan_for_a_date_ahead():
    found = _visit('"We have had a series of talks with the banks in preparation for June," Jan Novak said.',
                   [("June", "DATE", "2021-06")])
    assert ("04", "asserted", "2021-06") in found


def test_a_sentence_read_twice_starts_each_reading_from_the_triggers_as_its_words_read_them():
    # the conjunct's intent re-codes the statement's trigger ("may cut" is what it now says)
    document = doc("Ruritania said it sold the plant and may cut 300 jobs.")
    timexes = list(enumerate(document.timexes))
    mentions = [m for m in document.mentions if m.type != "group"]
    read = sentence_triggers(document, 0, timexes, mentions)
    first = sentence_events(document, 0, timexes, mentions, read_triggers=read)[0]
    again = sentence_events(document, 0, timexes, mentions, read_triggers=read)[0]
    assert read == sentence_triggers(document, 0, timexes, mentions)
    assert first == again == sentence_events(document, 0, timexes, mentions)[0]

"""Where a said clause's core ends (`titles.core_end`): one cut for the title's headline and for the object a
statement's phrase reads (`phrases._said_end`)."""

import pytest

from eventgraph.events import phrases, titles
from eventgraph.events.text import read

from .test_events import doc


@pytest.mark.parametrize("said, verb, kept", [
    ("the exchange will open offices in Madrid and Lisbon to help boost trading", 2, 5),
    ("the plant was closed for repairs after the fire", 3, 6),
    ("prices rose sharply, dealers added", 1, 3),
    ("the company will sell its stake in Acme", 2, 6),
    ("it agreed to study the plan in detail", 1, 6),
])
def test_the_core_of_a_said_clause_ends_at_its_last_phrase_end(said, verb, kept):
    assert titles.core_end(said.split(), verb, len(said.split()) - 1) == kept


def test_a_clause_with_no_phrase_end_past_its_verb_has_no_core_end():
    assert titles.core_end("the company expects strong growth".split(), 2, 4) is None


def _said_object(sentence):
    words = read(sentence, 0)
    first = words.forms.index("said") + 1
    return words.span(first, phrases._said_end(words, first, first, first + phrases.MAX_OBJECT_WORDS - 1))


def test_a_long_said_object_ends_where_its_core_does():
    assert _said_object("Acme said its old ferry will continue to be used on the lake next summer.") == \
        "its old ferry will continue to be used"


def test_a_long_said_object_whose_verb_is_unknown_ends_before_its_last_preposition():
    assert _said_object("Acme said the board expects about one billion dlrs to come from the sale of its plants.") \
        == "the board expects about one billion dlrs"


def test_a_long_statement_keeps_its_core():
    [said] = doc("Ruritania said its old ferry will continue to be used on the lake at Nova for "
                 "the rest of the year.").event_mentions
    assert said.object == "its old ferry will continue to be used"

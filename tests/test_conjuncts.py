"""A past deed joined after a reported clause whose tense it cannot share is the speaker's own deed."""

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from eventgraph.events.conjuncts import rejoin_deeds
from eventgraph.events.parsing import parse

from .test_events import doc


def _deeds(text, trigger):
    return [sorted(p.actor for p in m.actors if p.role == "source")
            for m in doc(text).event_mentions if m.trigger == trigger]


@pytest.mark.parametrize("text", [
    "Ruritania said the levy hurts trade and urged Freedonia to drop it.",
    "Ruritania said it could do little to help and urged Freedonia to end the row.",
])
def test_a_past_conjunct_after_a_present_or_modal_clause_is_the_speaker_s_deed(text):
    assert _deeds(text, "urged") == [["ruritania"]]


def test_the_conjunct_hangs_from_the_reporting_verb():
    parsed = parse(["Ruritania said the levy hurts trade and urged Freedonia to drop it."])[0]
    urged = next(token for token in parsed if token.text == "urged")
    assert urged.head.text == "said"


def test_a_past_conjunct_of_a_perfect_shares_its_auxiliary():
    parsed = parse(["Ruritania said its banks have cut rates and lowered fees."])[0]
    lowered = next(token for token in parsed if token.text == "lowered")
    before = lowered.head.i
    rejoin_deeds(parsed)
    assert lowered.head.i == before and lowered.head.text != "said"


def _tree(rows):
    """A parse built by hand from (word, tag, dependency, head index) rows."""
    words, tags, deps, heads = zip(*rows)
    return Doc(Vocab(), words=list(words), tags=list(tags), deps=list(deps), heads=list(heads))


def test_a_past_form_paired_with_an_adjective_stays_in_the_reported_clause():
    parsed = _tree([("Smith", "NNP", "nsubj", 1), ("said", "VBD", "ROOT", 1), ("talks", "NNS", "nsubj", 4),
                    ("are", "VBP", "cop", 4), ("tough", "JJ", "ccomp", 1), ("and", "CC", "cc", 6),
                    ("protracted", "VBD", "conj", 4), (".", ".", "punct", 1)])
    rejoin_deeds(parsed)
    assert parsed[6].head.text == "tough"


def test_a_past_verb_joined_to_a_present_verb_joins_the_reporting_verb():
    parsed = _tree([("Smith", "NNP", "nsubj", 1), ("said", "VBD", "ROOT", 1), ("talks", "NNS", "nsubj", 3),
                    ("stall", "VBP", "ccomp", 1), ("and", "CC", "cc", 5), ("quit", "VBD", "conj", 3),
                    (".", ".", "punct", 1)])
    rejoin_deeds(parsed)
    assert parsed[5].head.text == "said"

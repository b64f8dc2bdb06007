"""A verb's third person that the parse reads as a plural noun of no happening is no trigger, on invented
sentences."""

from eventgraph.events import parsing, plural_nouns, triggers
from eventgraph.events.text import read


def _reread(text):
    words = read(text, 0)
    found = triggers.find(words, set())
    return found, plural_nouns.without_nouns(words, found, parsing.parse([text])[0])


def _readings(found):
    return [(trigger.entry.kind, trigger.entry.headline) for trigger in found]


def test_a_plural_noun_of_no_happening_is_no_verb():
    found, kept = _reread("Ruritania's talks with the dockers show few signs of progress.")
    assert ("V", "sign") in _readings(found)
    assert _readings(kept) == [("N", "hold talks")]


def test_a_plural_noun_after_a_noun_that_modifies_it_is_no_verb():
    found, kept = _reread("Part of the cargo attracted export bids for grain.")
    assert _readings(found) == [("V", "bid for")] and kept == []


def test_a_plural_noun_the_lexicon_lists_as_a_happening_keeps_its_reading():
    found, kept = _reread("The minister ignored union demands for higher pay.")
    assert _readings(found) == [("V", "demand")] and kept == found


def test_the_verb_stays_a_verb():
    for text in ("Ruritania signs a trade pact with Freedonia.", "The accord calls for two mills to close by June."):
        found, kept = _reread(text)
        assert kept == found and any(trigger.verbal for trigger in kept)


def test_a_verb_after_a_subject_the_parse_reads_as_its_modifier_stays_a_verb():
    for text in ("The new trade accord calls for two mills to close by June.",
                 "Acme weighs the proposal and confers with its lawyers."):
        found, kept = _reread(text)
        assert kept == found and any(trigger.verbal for trigger in kept)

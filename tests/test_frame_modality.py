"""The modality the parse gives a trigger (`frame_modality.modality`), on parses built by hand."""

import spacy
from spacy.tokens import Doc

from eventgraph.events import frame
from eventgraph.events.frame_modality import modality
from eventgraph.model import Mention


def _parsed(rows):
    """A parse from (word, head, dep, tag) rows."""
    words, heads, deps, tags = zip(*rows)
    parsed = Doc(spacy.blank("en").vocab, words=list(words), heads=list(heads), deps=list(deps))
    for token, tag in zip(parsed, tags):
        token.tag_ = tag
    return parsed


def _modality(parsed, word):
    placed = frame._placed(frame.Aligned(parsed, 0), [])
    return modality(next(token for token in parsed if token.text == word), placed)[0]


def _trip(verb, tag, aux):
    """"Novak [will] fly/flew to Kalda on Monday to attend a meeting and for talks ."""
    rows = [("Novak", 2, "nsubj", "NNP")] + ([("will", 2, "aux", "MD")] if aux else [])
    shift = len(rows) - 1
    rows += [(verb, 1 + shift, "ROOT", tag), ("to", 3 + shift, "case", "TO"), ("Kalda", 1 + shift, "obl", "NNP"),
             ("on", 5 + shift, "case", "IN"), ("Monday", 1 + shift, "obl", "NNP"), ("to", 7 + shift, "mark", "TO"),
             ("attend", 1 + shift, "advcl", "VB"), ("a", 9 + shift, "det", "DT"), ("meeting", 7 + shift, "obj", "NN"),
             ("and", 12 + shift, "cc", "CC"), ("for", 12 + shift, "case", "IN"), ("talks", 9 + shift, "conj", "NNS"),
             (".", 1 + shift, "punct", ".")]
    return _parsed(rows)


def test_a_noun_joined_to_one_a_purpose_clause_of_a_planned_trip_takes_is_planned():
    trip = _trip("fly", "VB", True)
    assert (_modality(trip, "meeting"), _modality(trip, "talks")) == ("planned", "planned")


def test_a_purpose_clause_of_a_trip_told_as_made_is_left_as_told():
    trip = _trip("flew", "VBD", False)
    assert (_modality(trip, "meeting"), _modality(trip, "talks")) == ("asserted", "asserted")


def test_the_subject_of_a_participle_of_scheduling_that_dates_it_is_planned():
    hearing = _parsed([("A", 1, "det", "DT"), ("hearing", 3, "nsubj:pass", "NN"), ("is", 3, "aux:pass", "VBZ"),
                       ("set", 3, "ROOT", "VBN"), ("for", 5, "case", "IN"), ("June", 3, "obl", "NNP"),
                       (".", 3, "punct", ".")])
    assert _modality(hearing, "hearing") == "planned"


def test_the_subject_of_a_participle_of_scheduling_its_end_is_left_as_told():
    talks = _parsed([("The", 1, "det", "DT"), ("talks", 3, "nsubj:pass", "NNS"), ("were", 3, "aux:pass", "VBD"),
                     ("set", 3, "ROOT", "VBN"), ("to", 5, "mark", "TO"), ("end", 3, "xcomp", "VB"),
                     (".", 3, "punct", ".")])
    assert _modality(talks, "talks") == "asserted"


def test_a_noun_a_relative_clause_of_scheduling_dates_is_planned():
    talks = _parsed([("Lawmakers", 1, "nsubj", "NNS"), ("welcomed", 1, "ROOT", "VBD"), ("talks", 1, "obj", "NNS"),
                     (",", 6, "punct", ","), ("which", 6, "nsubj:pass", "WDT"), ("are", 6, "aux:pass", "VBP"),
                     ("scheduled", 2, "acl:relcl", "VBN"), ("for", 8, "case", "IN"), ("June", 6, "obl", "NNP"),
                     (".", 1, "punct", ".")])
    assert _modality(talks, "talks") == "planned"


def test_a_titled_name_the_parse_hangs_on_what_was_said_before_a_closing_said_reports_it():
    """"Acme is issuing a bond with a coupon of six pct , lead manager Novak Bank said .": the parse hangs the bank
    on the coupon and leaves "said" with no subject; the name closing the sentence before it is still its speaker."""
    rows = [("Acme", 2, "nsubj", "NNP"), ("is", 2, "aux", "VBZ"), ("issuing", 16, "ccomp", "VBG"),
            ("a", 4, "det", "DT"), ("bond", 2, "obj", "NN"), ("with", 7, "case", "IN"), ("a", 7, "det", "DT"),
            ("coupon", 4, "nmod", "NN"), ("of", 15, "case", "IN"), ("six", 10, "nummod", "CD"),
            ("pct", 15, "compound", "NN"), (",", 15, "punct", ","), ("lead", 13, "amod", "JJ"),
            ("manager", 15, "compound", "NN"), ("Novak", 15, "compound", "NNP"), ("Bank", 7, "nmod", "NNP"),
            ("said", 16, "ROOT", "VBD"), (".", 16, "punct", ".")]
    parsed = _parsed(rows)
    start = parsed[14].idx
    bank = Mention(start, start + len("Novak Bank"), "Novak Bank", "novak-bank", "organization", name="Novak Bank")
    placed = frame._placed(frame.Aligned(parsed, 0), [bank])
    found = modality(parsed[2], placed)
    assert (found[0], [m.actor for m in found[1]]) == ("attributed", ["novak-bank"])


def _goal(lead, gerund, noun, head=("moving", "VBG")):
    """"Both sides are [moving/aimed] [towards/at] [starting/ending] [talks/the strike] ."""
    return _parsed([("Both", 1, "det", "DT"), ("sides", 4, "nsubj", "NNS"), ("are", 4, "aux", "VBP"),
                    ("now", 4, "advmod", "RB"), (head[0], 4, "ROOT", head[1]), (lead, 6, "mark", "IN"),
                    (gerund, 4, "advcl", "VBG"), (noun, 6, "obj", "NNS"), (".", 4, "punct", ".")])


def test_what_a_gerund_of_beginning_that_towards_leads_takes_is_planned():
    assert _modality(_goal("towards", "starting", "talks"), "talks") == "planned"


def test_a_gerund_a_preposition_leads_under_a_verb_of_planning_is_planned():
    assert _modality(_goal("at", "resuming", "talks", ("aiming", "VBG")), "talks") == "planned"
    assert _modality(_goal("at", "resuming", "talks", ("aiming", "VBG")), "resuming") == "planned"


def test_what_a_goal_ends_is_left_as_told_and_so_is_a_gerund_no_goal_leads():
    assert _modality(_goal("towards", "ending", "strikes"), "strikes") == "asserted"
    assert _modality(_goal("after", "starting", "talks"), "talks") == "asserted"


def _proxy(document):
    """"Brunholt will sell the depot , the <document> for its annual meeting said .\""""
    words = document.split()
    shift = len(words) - 1
    rows = [("Brunholt", 2, "nsubj", "NNP"), ("will", 2, "aux", "MD"), ("sell", 2, "ROOT", "VB"),
            ("the", 4, "det", "DT"), ("depot", 2, "obj", "NN"), (",", 12 + shift, "punct", ","),
            ("the", 7 + shift, "det", "DT")]
    rows += [(word, 7 + shift, "compound", "NN") for word in words[:-1]]
    rows += [(words[-1], 12 + shift, "nsubj", "NN"), ("for", 11 + shift, "case", "IN"),
             ("its", 11 + shift, "nmod:poss", "PRP$"), ("annual", 11 + shift, "amod", "JJ"),
             ("meeting", 7 + shift, "nmod", "NN"), ("said", 2, "advcl", "VBD"), (".", 2, "punct", ".")]
    return _parsed(rows)


def test_a_gathering_a_text_is_drawn_up_for_is_planned():
    assert _modality(_proxy("proxy statement"), "meeting") == "planned"
    assert _modality(_proxy("agenda"), "meeting") == "planned"


def test_a_gathering_another_text_speaks_of_is_left_as_told():
    assert _modality(_proxy("report"), "meeting") == "asserted"

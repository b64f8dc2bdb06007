"""Words of the parse: a passive's agent, on sentences built by hand so that the model's reading cannot hide a rule."""

import pytest
from spacy.tokens import Doc
from spacy.lang.en import English

from eventgraph.events.parse_words import Placed, align, mention_list, noun_phrase, passive_agent, text_of, tokens_of
from eventgraph.model import Mention


def passive(words, tags):
    """'Jobs were cut by <words> .', the phrase's last word its head."""
    forms = ["Jobs", "were", "cut", "by", *words, "."]
    heads = [2, 2, 2, len(forms) - 2] + [len(forms) - 2] * (len(words) - 1) + [2, 2]
    deps = ["nsubj:pass", "aux:pass", "ROOT", "case"] + ["compound"] * (len(words) - 1) + ["obl", "punct"]
    return Doc(English().vocab, words=forms, heads=heads, deps=deps, tags=["NNS", "VBD", "VBN", "IN", *tags, "."])


def test_a_by_phrase_names_the_agent():
    doc = passive(["Zorbex"], ["NNP"])
    assert passive_agent(doc[2]).text == "Zorbex"


@pytest.mark.parametrize("words, tags", [(["7,000"], ["CD"]), (["2.5", "pct"], ["CD", "NN"]),
                                         (["mid", "October"], ["JJ", "NNP"]),
                                         (["7,000", "last", "year"], ["CD", "JJ", "NN"])])
def test_a_by_phrase_of_how_much_or_by_when_is_no_agent(words, tags):
    assert passive_agent(passive(words, tags)[2]) is None


def listed_then_speakers(first):
    """'Banks qualify , including Zorbex , <first> managers said .' as a parse that misreads the listed name as a
    modifier of the speakers' noun."""
    forms = ["Banks", "qualify", ",", "including", "Zorbex", ",", first, "managers", "said", "."]
    heads = [1, 8, 4, 4, 7, 7, 7, 8, 8, 8]
    deps = ["nsubj", "ccomp", "punct", "case", "compound", "punct", "compound", "nsubj", "ROOT", "punct"]
    tags = ["NNS", "VBP", ",", "VBG", "NNP", ",", "NN" if first.islower() else "NNP", "NNS", "VBD", "."]
    doc = Doc(English().vocab, words=forms, heads=heads, deps=deps, tags=tags)
    placed = Placed()
    placed.nationals, placed.flags, placed.joined = {}, {}, {}
    placed[4] = Mention(doc[4].idx, doc[4].idx + 6, "Zorbex", "org:zorbex", "organization", name="Zorbex")
    return doc, placed


def test_a_name_a_comma_parts_from_the_speakers_noun_is_none_of_theirs():
    doc, placed = listed_then_speakers("fund")
    assert mention_list(doc[7], placed) == []


def test_a_name_in_the_speakers_phrase_is_theirs():
    doc, placed = listed_then_speakers("Zorbex")
    placed[6] = placed[4]
    assert [m.name for m in mention_list(doc[7], placed)] == ["Zorbex"]


def test_a_clause_between_a_name_and_a_misread_subject_leaves_the_name_its_own():
    """'Zorbex , who quit ousted chiefs .' read with 'ousted' as a noun whose subject is Zorbex: a clause's words
    are no noun's modifiers."""
    forms = ["Zorbex", ",", "who", "quit", "ousted", "chiefs", "."]
    doc = Doc(English().vocab, words=forms, heads=[4, 3, 3, 0, 4, 4, 4],
              deps=["nsubj", "punct", "nsubj", "acl:relcl", "ROOT", "obj", "punct"],
              tags=["NNP", ",", "WP", "VBD", "NN", "NNS", "."])
    placed = Placed()
    placed.nationals, placed.flags, placed.joined = {}, {}, {}
    placed[0] = Mention(0, 6, "Zorbex", "org:zorbex", "organization", name="Zorbex")
    assert [m.name for m in mention_list(doc[4], placed)] == ["Zorbex"]


def test_a_description_between_commas_names_the_name_before_it():
    """'Zorbex , maker of gum , said .' read with the name as a modifier of 'maker'."""
    forms = ["Zorbex", ",", "maker", "of", "gum", ",", "said", "."]
    doc = Doc(English().vocab, words=forms, heads=[2, 2, 6, 4, 2, 6, 6, 6],
              deps=["compound", "punct", "nsubj", "case", "nmod", "punct", "ROOT", "punct"],
              tags=["NNP", ",", "NN", "IN", "NN", ",", "VBD", "."])
    placed = Placed()
    placed.nationals, placed.flags, placed.joined = {}, {}, {}
    placed[0] = Mention(0, 6, "Zorbex", "org:zorbex", "organization", name="Zorbex")
    assert [m.name for m in mention_list(doc[2], placed)] == ["Zorbex"]


def test_a_parse_is_aligned_once_for_each_offset():
    doc = passive(["Zorbex"], ["NNP"])
    aligned = align(doc, 100)
    assert align(doc, 100) is aligned
    assert aligned.starts[:2] == [100, 105] and [token.text for token in aligned.at(105, 109)] == ["were"]
    assert align(doc, 0) is not aligned and align(doc, 0).starts[:2] == [0, 5]


def test_a_parses_text_and_tokens_are_read_once():
    doc = passive(["Zorbex"], ["NNP"])
    assert text_of(doc) == doc.text and text_of(doc) is text_of(doc)
    assert [token.i for token in tokens_of(doc)] == list(range(len(doc))) and tokens_of(doc) is tokens_of(doc)


def members_rejected(words, deps, heads):
    """'Members of <words> rejected it .', with the heads and relations of <words> after the 'of' that opens them."""
    forms = ["Members", "of", *words, "rejected", "it", "."]
    verb = len(forms) - 3
    deps = ["nsubj", "case", *deps, "ROOT", "obj", "punct"]
    tags = ["NNS", "IN"] + ["NNP"] * len(words) + ["VBD", "PRP", "."]
    return Doc(English().vocab, words=forms, heads=[verb, heads[0], *heads[1:], verb, verb, verb], deps=deps,
               tags=tags)


def test_a_subjects_phrase_stops_at_a_bracket_after_its_head():
    doc = members_rejected(["the", "Zorbex", "Bakers", "(", "ZBU", ")", "union"],
                           ["det", "compound", "compound", "punct", "compound", "punct", "nmod"],
                           [8, 8, 8, 8, 6, 8, 6, 0])
    assert noun_phrase(doc[0]) == "Members of the Zorbex Bakers"


def test_a_subjects_phrase_past_its_word_limit_drops_its_last_of_phrases():
    doc = members_rejected(["Local", "9", "of", "the", "Zorbex", "Bakers", "of", "Ohio"],
                           ["nmod", "nummod", "case", "det", "compound", "nmod", "case", "nmod"],
                           [2, 0, 2, 7, 7, 7, 2, 9, 7])
    assert noun_phrase(doc[0]) == "Members of Local 9 of the Zorbex Bakers"

"""Words of the parse: a passive's agent, on sentences built by hand so that the model's reading cannot hide a rule."""

import pytest
from spacy.tokens import Doc
from spacy.lang.en import English

from eventgraph.events.parse_words import passive_agent


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

"""Bodies a description or a pronoun stands for."""

from eventgraph.actors.descriptions import speaker_pronoun
from eventgraph.model import Mention


def test_only_a_pronoun_of_the_speaker_s_kind_opens_the_speaker_s_own_deed():
    company = Mention(0, 9, "Acme Corp", "acme", "organization")
    dealers = Mention(0, 7, "dealers", "group:dealers", "group")
    assert speaker_pronoun("it", [company])
    assert not speaker_pronoun("it", [dealers])  # "It opened at 34.38, dealers said": the currency
    assert not speaker_pronoun("we", [company])  # a quoted "we" tells a view more than a deed

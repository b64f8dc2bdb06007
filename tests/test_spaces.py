"""A blank left by a line that ends in a space never heads the phrase after it."""

from eventgraph.events.parsing import parse

from .test_events import doc

TEXT = "Freedonia signed a pact with \n<Ruritania> to build a dam."


def test_the_phrase_after_a_blank_hangs_on_its_own_head():
    parsed = parse([TEXT.replace("\n", " ")])[0]
    name = next(token for token in parsed if token.text == "Ruritania")
    assert not name.head.is_space
    assert not any(token.is_space and list(token.children) for token in parsed)


def test_a_partner_after_a_line_break_is_a_party_to_the_deal():
    found = [m for m in doc(TEXT).event_mentions if m.code == "057"]
    assert [sorted(p.actor for p in m.actors) for m in found] == [["freedonia", "ruritania"]]

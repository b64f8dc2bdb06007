"""A measure and an amount the parser splits at their comma modify the one noun after them."""

from eventgraph.events.parsing import parse

from .test_addressees import ACTORS
from .test_events import doc


def _deal(text):
    found = doc(text, actors=ACTORS).event_mentions
    return [(m.title, sorted(p.actor for p in m.actors)) for m in found if m.code == "057"]


def test_the_noun_after_the_comma_is_the_verb_s_object():
    parsed = parse(["Acme Corp signed a three-year, 40 mln dlr accord with Freedonia."])[0]
    accord = next(token for token in parsed if token.text == "accord")
    assert (accord.dep_, accord.head.text) == ("obj", "signed")
    assert next(token for token in parsed if token.text == "year").head.text == "accord"


def test_a_deal_split_at_the_comma_keeps_its_partner_and_its_title():
    assert _deal("Acme Corp signed a three-year, 40 mln dlr accord with Freedonia.") == [
        ("Acme Corp signs a three-year, 40 mln dlr accord with Freedonia", ["acme", "freedonia"])]


def test_a_comma_after_a_plural_measure_parts_two_phrases():
    parsed = parse(["Acme Corp signed accords for three years, 40 mln dlr sums going to Freedonia."])[0]
    assert next(token for token in parsed if token.text == "years").head.text != "sums"


def test_a_currency_s_singular_read_as_a_verb_stays_in_the_amount():
    parsed = parse(["Acme Corp signed a two-year, 8 mln dlr supply accord with Freedonia."])[0]
    assert next(token for token in parsed if token.text == "year").head.text == "accord"


def test_an_amount_in_words_after_the_comma_keeps_the_deal_whole():
    assert _deal("Acme Corp signed a three-year, five mln dlr supply accord with Freedonia.") == [
        ("Acme Corp signs a three-year, five mln dlr supply accord with Freedonia", ["acme", "freedonia"])]

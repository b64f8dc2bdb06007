"""Whom a statement is aimed at when it judges a deed whose maker its words name."""

import pytest

from eventgraph.events import judged
from eventgraph.events.text import read
from eventgraph.model import Document, Mention, Sentence

from .test_events import doc, titles_and_actors


def statement_roles(text):
    return [row[2] for row in titles_and_actors(text) if row[1][:2] in ("01", "11")]


def test_a_judged_decision_is_aimed_at_its_maker():
    assert statement_roles("Jan Novak said he was disappointed by Freedonia's decision to cut tariffs.") == [
        {("jan-novak", "source"), ("freedonia", "target")}]
    assert statement_roles("Freedonia's ruling was a bitter disappointment, said Jan Novak.") == [
        {("jan-novak", "source"), ("freedonia", "target")}]


def test_a_speaker_judging_its_own_decision_has_no_target():
    assert statement_roles("Freedonia said Freedonia's decision was final.") == [{("freedonia", "source")}]


def test_a_deed_named_far_into_what_was_said_is_not_what_it_is_about():
    found = statement_roles("Jan Novak said the report would praise the steps taken to reopen the rail lines "
                            "across the border but would stop short of endorsing Freedonia's proposals.")
    assert all(("freedonia", "target") not in actors for actors in found)


def test_a_deed_its_maker_follows_after_by_is_aimed_at_that_maker():
    assert statement_roles("Jan Novak said he was disappointed by the decision by Freedonia to cut tariffs.") == [
        {("jan-novak", "source"), ("freedonia", "target")}]


def test_a_speakers_own_deed_passes_to_the_next_deed_it_names():
    assert statement_roles("Freedonia said it was disappointed that Freedonia's response to Ruritania's attack was "
                           "criticised.") == [
        {("freedonia", "source"), ("ruritania", "target")}]


def test_the_offer_stands_for_the_last_one_the_article_told_with_its_maker():
    found = statement_roles("Ruritania offered to buy the port on Monday. "
                            "Jan Novak said on Tuesday he was disappointed by the offer.")
    assert ("ruritania", "target") in found[-1]
    found = statement_roles("The port received a bid by Ruritania on Monday. "
                            "Jan Novak said on Tuesday he was disappointed by the new proposal.")
    assert ("ruritania", "target") in found[-1]


def test_the_plan_is_not_read_back_to_an_earlier_maker():
    found = statement_roles("Ruritania's plans to close the port were announced on Monday. "
                            "Jan Novak said on Tuesday he was disappointed by the plan.")
    assert all(("ruritania", "target") not in actors for actors in found)


def _maker_of_the_offer(told, noun="offer"):
    """Whom "the `noun`" in a sentence after `told` stands for, as `earlier_makers` reads `told`."""
    text = f"{told} Jan Novak said on Tuesday the {noun} was too low."
    document = doc(text)
    start = text.rindex(f"the {noun}") + 4
    return [m.actor for m in judged.earlier_makers(document, noun, start, start + len(noun))]


@pytest.mark.parametrize("told, maker", [
    ("Ruritania's offer for the port came on Monday.", ["ruritania"]),
    ("The Ruritania cash offer for the port came on Monday.", ["ruritania"]),
    ("The port received an offer by Ruritania on Monday.", ["ruritania"]),
    ("The port received an offer made yesterday by Ruritania.", ["ruritania"]),
    ("Ruritania offered to buy the port on Monday.", ["ruritania"]),
    ("Ruritania has also offered to buy the port.", ["ruritania"]),
    ("Ruritania said it will offer to buy the port.", ["ruritania"]),
    ("Ruritania has quietly offered to buy the port.", ["ruritania"]),
    ("Freedonia bid for the port on Monday, after Ruritania's offer.", ["ruritania", "freedonia"]),
    ("Ruritania wants the port, and Freedonia's ships are in it.", []),
    ("Ruritania rejected the offer on Monday.", []),
])
def test_the_maker_of_a_deed_the_article_told_before(told, maker):
    assert _maker_of_the_offer(told) == maker


def test_only_a_deed_with_a_verb_of_its_own_is_read_back():
    assert _maker_of_the_offer("Ruritania's plan for the port came on Monday.", "plan") == []


def test_a_maker_whose_name_ends_as_an_adverb_does_is_still_read():
    words = read("Italy has offered to buy the port.", 0)
    italy = Mention(0, 5, "Italy", "italy", "country")
    assert judged._doer_of(words, 2, {0: italy}) is italy


def test_a_deed_led_by_a_countrys_adjective_is_aimed_at_that_country():
    assert ("west-germany", "target") in statement_roles(
        "Jan Novak said he was disappointed by the West German decision to cut tariffs.")[0]
    assert ("japan", "target") in statement_roles("Jan Novak said the new Japanese proposal was too vague.")[0]


def test_a_capitalised_word_of_no_country_ends_the_search_for_an_adjective():
    assert statement_roles("Jan Novak said the Japanese Harbour Board decision was too hasty.") == [
        {("jan-novak", "source")}]


def test_the_mentions_told_before_a_place_are_listed_by_their_sentence():
    text = "Acme bid. Beta said Gamma offered."
    document = Document("d", "d", text, sentences=[Sentence(0, 9, "Acme bid."), Sentence(10, 34, text[10:])],
                        mentions=[Mention(0, 4, "Acme", "acme", "organization"),
                                  Mention(10, 14, "Beta", "beta", "organization"),
                                  Mention(20, 25, "Gamma", "gamma", "organization")])
    told = judged._mentions_by_sentence(document, text.index("offered"))
    assert {index: [m.actor for m in found] for index, found in told.items()} == {0: ["acme"], 1: ["beta", "gamma"]}
    assert judged._mentions_by_sentence(document, text.index("Gamma")) == {0: [document.mentions[0]],
                                                                          1: [document.mentions[1]]}

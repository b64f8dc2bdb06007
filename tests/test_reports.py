from eventgraph.events import reports, triggers
from eventgraph.events.text import read
from eventgraph.model import Mention

from .test_events import doc


def _own_deed(text, name):
    words = read(text, 0)
    found = triggers.find(words, set(), set())
    [said] = [t for t in found if t.entry.kind == "S"]
    start = text.index(name)
    mentions = [Mention(start, start + len(name), name, name.lower(), "organization")]
    return reports.own_deed(words, words.span(said.last + 1, len(words) - 2), found, mentions)


def test_a_deed_told_of_an_actor_named_at_the_clause_s_first_word_is_the_statement_s_own():
    assert _own_deed("Officials said Acme built 5,000 cars overnight.", "Acme")
    assert _own_deed("Officials said that Acme built 5,000 cars overnight.", "Acme")
    assert _own_deed("Officials said Acme U.K. Ltd built 5,000 cars overnight.", "Acme U.K.")


def test_a_name_that_only_begins_the_clause_s_first_word_is_no_actor_of_it():
    assert not _own_deed("Jan Novak of Acme said Acmeco workers built 5,000 cars overnight.", "Acme")


def test_a_deed_of_the_speakers_unit_is_the_statements_own():
    assert _own_deed("Acme said its Acme Capital unit completed the survey of the coast.", "Acme")
    assert not _own_deed("Acme said its rival completed the survey of the coast.", "Acme")


def test_a_deed_of_the_speakers_board_or_affiliate_is_the_statements_own():
    assert _own_deed("Acme said its board adopted a new pension scheme for retired staff.", "Acme")
    assert _own_deed("Acme said its Dutch affiliate moved its offices to a larger building.", "Acme")
    assert _own_deed("Acme said its shareholders approved renaming the firm Acme Holdings.", "Acme")
    assert not _own_deed("Acme said its rival's board adopted a new pension scheme for retired staff.", "Acme")


def test_a_board_s_deed_the_company_tells_is_kept_as_its_statement():
    acme = {"Acme": ("acme", "organization")}
    [said] = doc("Acme said its board adopted a new pension scheme for retired staff.", actors=acme).event_mentions
    assert said.code == "010"
    assert said.title.startswith("Acme says its board adopted a new pension scheme")

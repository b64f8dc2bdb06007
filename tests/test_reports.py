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


def _comments(text):
    return [m for m in doc(text).event_mentions if m.code[:2] == "01"]


def test_what_opens_the_sentence_of_a_happening_it_names_is_a_comment_beside_it():
    found = doc("A strike by dockers who want higher pay may have cost the port of Marin 20 mln dlrs in lost trade, "
                "Jan Novak said.").event_mentions
    assert {m.code[:2] for m in found} == {"14", "01"}
    [said] = [m for m in found if m.code[:2] == "01"]
    assert [p.actor for p in said.actors if p.role == "source"] == ["jan-novak"]


def test_a_judgement_that_opens_the_sentence_is_a_comment_beside_the_happening_it_judges():
    [said] = _comments("The Ruritanian raid on the fuel depot appeared to be a warning to the rebels, Jan Novak said.")
    assert "appeared to be a warning" in said.title


def test_a_happening_s_course_or_deed_told_before_the_speaker_is_only_its_mention():
    assert not _comments("Talks between Ruritania and Freedonia will resume on Monday, Jan Novak said.")
    assert not _comments("Rebel troops killed 18 soldiers near the border, Jan Novak said.")


def test_a_party_s_judgement_of_its_own_happening_is_only_its_mention():
    assert not _comments("The talks with Freedonia appeared useful, Freedonia said.")
    assert not _comments('"Our talks with Freedonia appeared useful," Jan Novak said.')

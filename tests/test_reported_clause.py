"""The clause that opens the sentence before its reporting verb, as a comment on a happening reads it
(`commenting_clause`), and what was said as a title shows it (`whole`)."""

import pytest

from eventgraph.events import reported_clause, triggers
from eventgraph.events.text import read


def _fronted(text):
    words = read(text, 0)
    [said] = [t for t in triggers.find(words, set(), set()) if t.entry.kind == "S"]
    clause = reported_clause.commenting_clause(words, said)
    return clause and (words.forms[clause[0]], words.forms[clause[1]])


def test_a_long_subject_with_a_relative_clause_reaches_the_clause_s_own_verb():
    assert _fronted("The long strike by the dockers who wanted more pay for night shifts at the port may cost "
                    "the city dearly, Jan Novak said.") == ("the", "may")


def test_a_relative_clause_on_the_speaker_opens_no_clause_of_what_was_said():
    assert _fronted("A senior official who was involved in the talks on trade also said the plan had failed.") is None


def _whole(text, said):
    words = read(text, 0)
    [trigger] = [t for t in triggers.find(words, set(), set()) if t.entry.kind == "S"]
    return reported_clause.whole(words, trigger, said)


@pytest.mark.parametrize("text, said, shown", [
    ("Acme said the mill's former owner, to whom the state sent a bill for unpaid taxes last year, is weighing a "
     "sale of the site.", "the mill's former owner", "the mill's former owner is weighing a sale"),
    ("Jan Novak said Acme, the largest maker of bicycle parts, will close its plant at Port Marin.", "Acme",
     "Acme will close its plant"),
    ("Acme said its founder, Jan Novak, will step down in May.", "its founder", "its founder will step down"),
    ("Jan Novak told the council that the six lenders - Acme, Widget, Globex and three smaller banks - had cut "
     "their rates sharply since January.", "the six lenders - Acme, Widget, Globex and three smaller banks",
     "the six lenders had cut their rates sharply"),
    ("A five-year loan for Widget Corp, the Dutch maker of bicycle parts, will cost Widget far less, "
     "bankers said.", "A five-year loan for Widget Corp", "a five-year loan will cost Widget far less"),
])
def test_an_aside_set_off_inside_the_said_subject_is_passed_to_the_clause_s_verb(text, said, shown):
    assert _whole(text, said) == shown


@pytest.mark.parametrize("text, said", [
    ("Jan Novak said Acme, Widget, Globex and Initech were ready to help.", "Acme, Widget"),
    ("Jan Novak said the lenders, and the port authority, have agreed to the plan.", "the lenders"),
])
def test_a_list_of_names_or_a_subject_joined_after_a_comma_is_no_aside(text, said):
    assert _whole(text, said) == said


def test_two_sayings_joined_by_but_each_read_up_to_the_joint():
    words = read("Jan Novak said the mill was doing well, but said Freedonia must lower its fees.", 0)
    said = [t for t in triggers.find(words, set(), set()) if t.entry.kind == "S"]
    reaches = reported_clause.reaches(words, said)
    first, second = (reaches[id(t)] for t in said)
    joint = words.forms.index("but")
    assert (first.start, first.stop, second.start, second.stop) == (0, joint, joint, len(words))


def test_two_sayings_joined_by_and_alone_read_the_whole_sentence():
    words = read("Jan Novak said the mill was doing well and added Freedonia must lower its fees.", 0)
    said = [t for t in triggers.find(words, set(), set()) if t.entry.kind == "S"]
    assert reported_clause.reaches(words, said) == {}


def test_an_aside_holding_a_list_of_its_own_is_passed_to_the_fronted_clause_s_verb():
    text = ("Widget Corp, a Port Marin maker of pumps, valves and meters, is planning to open a plant in Ruritania, "
            "the company said.")
    assert _whole(text, "Widget Corp") == "Widget Corp is planning to open"


def test_a_list_of_names_before_an_aside_is_no_aside_that_holds_a_list():
    words = read("Acme, Widget and Globex, the three lenders of Ruritania and Freedonia, said they would merge.", 0)
    assert reported_clause.set_off(words, 0) == range(0)
    words = read("Acme, which makes pumps, valves and meters, said it would merge.", 0)
    assert reported_clause.set_off(words, 0) == range(1, 10)

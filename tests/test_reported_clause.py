"""The clause that opens the sentence before its reporting verb, as a comment on a happening reads it
(`commenting_clause`)."""

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

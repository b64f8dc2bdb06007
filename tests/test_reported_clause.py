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

"""Lists of nouns a title's phrase would be cut inside, and where they end."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eventgraph.events import coordinations, titles
from eventgraph.events.text import read


def _end(sentence: str, after: str) -> str | None:
    """The list's words after the word `after`, by `list_end`, or None."""
    forms = read(sentence, 0).forms
    k = forms.index(after) + 1
    end = coordinations.list_end(forms, k, titles.finite)
    return None if end is None else " ".join(forms[k:end + 1])


@pytest.mark.parametrize("sentence, after, expected", [
    ("The mill makes copper pipes, rods and wires for builders.", "pipes", ", rods and wires"),
    ("The plan pays for two new schools and three sports halls, the mayor said.", "schools", "and three sports halls"),
    ("The mill sells copper pipes and fittings to other firms.", "pipes", "and fittings"),
    ("The fund lends to wheat and barley growers.", "wheat", "and barley growers"),
    ("The guild hires welders and fitters and joiners.", "welders", "and fitters and joiners"),
    ("The vote is set for June 3 or 4.", "3", "or 4"),
    ("The mill makes copper pipes, rods, and wires.", "pipes", ", rods , and wires"),
    ("The guild expects a thaw by late 1991 or early 1992.", "1991", "or early 1992"),
    ("The fund lends to farmers and their unions in the north.", "farmers", "and their unions"),
])
def test_a_list_of_nouns_runs_to_its_last_noun(sentence, after, expected):
    assert _end(sentence, after) == expected


@pytest.mark.parametrize("sentence, after", [
    ("The mill cut its prices and workers protested at the gates.", "prices"),  # a clause of its own
    ("The guild will propose its own slate and vote for it.", "slate"),  # a verb's bare form
    ("The shares were placed by Novak Brothers and Vorland Mills and Co Ltd.", "brothers"),  # a name goes on
    ("The mill ships copper pipes, rods of steel and wires.", "pipes"),  # an item with a phrase of its own
    ("The bank lends to farmers and very many small family dairy farms.", "farmers"),  # too long a last noun
    ("The mill makes copper pipes and a new alloy.", "pipes"),  # the last noun no plural
    ("The mill opened two plants and plans to open more.", "plants"),  # a verb in "-s" before its infinitive
    ("The guild expects a loss for the year and 40 mln dlrs in 1990.", "year"),  # a figure with none before
    ("The fund will lend 2.5 mln dlrs and retain stakes in two mills.", "dlrs"),  # a sum listed with no sum
    ("The mill will earn 3.1 mln dlrs in 1990 and 4.2 mln dlrs in 1991.", "1990"),  # a year is no count
    ("The mill will sell the ore on its own account and ship the metals abroad.", "account"),  # an article inside
    ("The fund will seek cheap state loans and keep other debts low.", "loans"),  # an irregular verb after "and"
])
def test_no_list_ends_where_a_clause_a_name_or_a_phrase_goes_on(sentence, after):
    assert _end(sentence, after) is None


def test_a_list_that_runs_to_the_end_of_the_words_ends_there():
    assert coordinations.list_end(["bought", "pipes", "and", "rods"], 2, titles.finite) == 3


@given(st.lists(st.sampled_from(["pipes", "rods", "and", "or", ",", "to", "open", "the", "3", "1990", "dlrs",
                                 "mln", "Acme", "will", "."]), max_size=12), st.integers(-2, 14))
def test_any_words_give_a_list_end_inside_them_or_none(surface, k):
    end = coordinations.list_end(surface, k, titles.finite)
    assert end is None or k < end < len(surface)

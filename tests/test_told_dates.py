"""The day of a deed a comment tells: the comment that stands for it takes the day its own clause gives it."""

import pytest

from .test_events import PUBLISHED, doc


def _comment(text, timexes):
    [said] = [m for m in doc(text, timexes).event_mentions if m.code == "010"]
    return said.date.value, said.date.source


@pytest.mark.parametrize("text, timexes, value", [
    ("Ruritania said Freedonia started up the mill on May 3.", [("May 3", "DATE", "2021-05-03")], "2021-05-03"),
    ("Ruritania said that on May 3 Freedonia started up the mill.", [("May 3", "DATE", "2021-05-03")],
     "2021-05-03"),
    ("Freedonia started up the mill in 2019, Ruritania said.", [("2019", "DATE", "2019")], "2019"),
    ("Ruritania said Freedonia had started up the mill on May 3.", [("May 3", "DATE", "2021-05-03")],
     "2021-05-03"),
    ("Ruritania said Freedonia shipped the wheat in April.", [("April", "DATE", "2021-04")], "2021-04"),
])
def test_a_comment_on_a_deed_takes_the_day_the_deed_is_given(text, timexes, value):
    assert _comment(text, timexes)[0] == value


@pytest.mark.parametrize("text, timexes", [
    ("Ruritania said Freedonia shipped 500 tonnes of wheat in April.", [("April", "DATE", "2021-04")]),  # a figure
    ("Ruritania said Freedonia had been barred from the market since 2019.", [("2019", "DATE", "2019")]),
    ("Ruritania said Freedonia cut its forecast from one made in April.", [("April", "DATE", "2021-04")]),
    ("Ruritania said Freedonia started up the mill for the period March 1/April 30.",
     [("April 30", "DATE", "2021-04-30")]),
    ("Ruritania said Freedonia started up the mill on the April 30 deadline.", [("April 30", "DATE", "2021-04-30")]),
    ("Ruritania said its revenue for the year ended April 30 will be higher.", [("April 30", "DATE", "2021-04-30")]),
    ("Ruritania said its revenue for the period ended April 30 will be higher.", [("April 30", "DATE", "2021-04-30")]),
])
def test_a_date_that_is_no_day_of_the_deed_leaves_the_comment_on_its_report(text, timexes):
    assert _comment(text, timexes) == (PUBLISHED, "publication")

import datetime

import pytest

from eventgraph.exporters.dates import bounds, human, interval, plain, relation, shown, year_of
from eventgraph.model import Date


@pytest.mark.parametrize("value, text", [
    ("2024-06-19", "19 June 2024"), ("2024-06", "June 2024"), ("1958", "1958"), ("195", "the 1950s"),
    ("20", "the 21st century"), ("19", "the 20th century"), ("1998-Q3", "Q3 1998"),
    ("2013-W11", "week of 11 March 2013"), ("2001-WI", "winter 2001"), ("2024-06-20T11:34", "20 June 2024, 11:34"),
    (None, "Undated"),
])
def test_dates_are_written_at_their_own_precision(value, text):
    assert human(value) == text


def test_groups_are_years_decades_and_centuries():
    assert [year_of(v) for v in ("2024-06-19", "196", "20", None)] == ["2024", "the 1960s", "the 21st century",
                                                                       "Undated"]


def day(text: str) -> datetime.date:
    return datetime.date.fromisoformat(text)


@pytest.mark.parametrize("value, first, last", [
    ("2024-06-19", "2024-06-19", "2024-06-19"), ("2024-02", "2024-02-01", "2024-02-29"),
    ("1998", "1998-01-01", "1998-12-31"), ("196", "1960-01-01", "1969-12-31"), ("20", "2000-01-01", "2099-12-31"),
    ("2013-W11", "2013-03-11", "2013-03-17"), ("1998-Q3", "1998-07-01", "1998-09-30"),
    ("2001-WI", "2000-12-01", "2001-02-28"),
    ("2001-SP", "2001-03-01", "2001-05-31"), ("2024-H1", "2024-01-01", "2024-06-30"),
    ("2024-06-20T11:34", "2024-06-20", "2024-06-20"),
])
def test_a_value_covers_the_days_of_its_precision(value, first, last):
    assert bounds(value) == (day(first), day(last))


@pytest.mark.parametrize("value", [None, "", "PAST_REF", "2024-13", "2024-02-30", "2024-W60", "XXXX-06"])
def test_a_value_that_names_no_period_covers_none(value):
    assert bounds(value) is None


@pytest.mark.parametrize("date, text, start, end", [
    (Date("2024-06-19", "day", "explicit"), "19 June 2024", "2024-06-19", "2024-06-19"),
    (Date("2024-06-20", "day", "publication"), "reported 20 June 2024", "2024-06-20", "2024-06-20"),
    (Date("2024-06-20", "day", "publication", relation="reported"), "reported 20 June 2024", "2024-06-20",
     "2024-06-20"),
    (Date("2024-06-20", "day", "inferred", relation="before"), "before 20 June 2024", None, "2024-06-20"),
    (Date("2011-03", "month", "explicit", relation="since"), "since March 2011", "2011-03-01", None),
    (Date("2011-03", "month", "explicit", relation="since", until="2012-08"), "March 2011 to August 2012",
     "2011-03-01", "2012-08-31"),
])
def test_a_date_is_shown_with_how_the_happening_relates_to_it(date, text, start, end):
    assert shown(date) == text
    assert interval(date) == (start and day(start), end and day(end))


def test_only_a_day_month_or_year_the_text_gave_is_plain():
    assert plain(Date("2024-06-19", "day", "explicit")) and plain(Date("2024", "year", "relative"))
    assert not plain(Date("2024-06-19", "day", "publication"))
    assert not plain(Date("2013-W11", "week", "explicit"))
    assert not plain(Date("196", "decade", "explicit"))
    assert relation(Date("2024-06-19", "day", "publication", relation="before")) == "before"

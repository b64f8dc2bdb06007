import pytest

from eventgraph.exporters.dates import human, year_of


@pytest.mark.parametrize("value, text", [
    ("2024-06-19", "19 June 2024"), ("2024-06", "June 2024"), ("1961", "1961"), ("196", "the 1960s"),
    ("20", "the 21st century"), ("19", "the 20th century"), ("1998-Q3", "Q3 1998"), ("2013-W11", "week 11 of 2013"),
    ("2001-WI", "winter 2001"), ("2024-06-20T11:34", "20 June 2024, 11:34"), (None, "Undated"),
])
def test_dates_are_written_at_their_own_precision(value, text):
    assert human(value) == text


def test_groups_are_years_decades_and_centuries():
    assert [year_of(v) for v in ("2024-06-19", "196", "20", None)] == ["2024", "the 1960s", "the 21st century",
                                                                       "Undated"]

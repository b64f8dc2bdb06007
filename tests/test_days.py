import datetime

from hypothesis import given
from hypothesis import strategies as st

from eventgraph.days import is_day


def test_a_day_is_written_yyyy_mm_dd_and_is_on_the_calendar():
    assert is_day("2024-02-29") and is_day("0001-01-01")
    assert not is_day("2023-02-29") and not is_day("2024-13-01")
    assert not is_day("2024-W01-1") and not is_day("20240101") and not is_day("2024-01-01T10:00")
    assert not is_day("\u0662\u0660\u0662\u0664-01-01") and not is_day(" 2024-01-01") and not is_day("2024-01-01\n")


@given(st.dates())
def test_every_calendar_day_written_in_iso_is_a_day(day):
    assert is_day(day.isoformat())


@given(st.text(max_size=12))
def test_anything_else_is_refused_without_raising(text):
    assert is_day(text) == (len(text) == 10 and text.isascii() and text[4] == "-" and text[7] == "-"
                            and _calendar(text))


def _calendar(text: str) -> bool:
    try:
        return datetime.date.fromisoformat(text) is not None and text.replace("-", "").isdigit()
    except ValueError:
        return False

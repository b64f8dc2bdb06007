import pytest
from hypothesis import given
from hypothesis import strategies as st

from eventgraph.ingest import dateline, lay_out
from eventgraph.model import Document


@pytest.mark.parametrize("line, month_day, year", [
    ("CAIRO, Oct. 6, 1981 - President Anwar Sadat was shot dead today.", (10, 6), 1981),
    ("PARIS, June 3 (AFP) - France said on Tuesday it would send envoys.", (6, 3), None),
    ("BEIJING, March 5 (Xinhua) -- China will raise spending, the premier said.", (3, 5), None),
    ("LONDON, June 3 (Reuters) - Britain's economy grew faster than expected.", (6, 3), None),
    ("UNITED NATIONS, Sept. 12 (UPI) -- The Security Council met today.", (9, 12), None),
    ("NEW YORK, March 5 - Stocks rose sharply in early trading.", (3, 5), None),
    ("WASHINGTON, Jan. 20, 2009 (AP) — Barack Obama was sworn in.", (1, 20), 2009),
])
def test_wire_datelines_with_a_day(line, month_day, year):
    found = dateline.wire(line)
    assert (found.month, found.day) == month_day
    assert found.year == year
    assert line[found.end:][:1].isupper()


@pytest.mark.parametrize("line", ["WASHINGTON (AP) — The Senate voted on Tuesday.",
                                  "Cairo, Egypt (AP) - Egypt's president said."])
def test_wire_datelines_without_a_day(line):
    found = dateline.wire(line)
    assert found is not None and found.month is None and found.date is None


@pytest.mark.parametrize("line", ["Smith and Jones sign - a pact of mutual help", "Trade accord signed",
                                  "The talks - which began in May - ended.", "Feb. 30 - a day that is not",
                                  "PARIS, Feb. 30 (AFP) - No such day."])
def test_lines_that_open_with_no_wire_dateline(line):
    assert dateline.wire(line) is None


@given(st.text(max_size=80))
def test_any_line_gives_a_dateline_or_none(line):
    found = dateline.wire(line)
    assert found is None or 0 < found.end <= len(line)


def lay(text, fetched=None):
    return lay_out(Document(id="a", path="a.txt", text=text, fetched=fetched))


def test_a_wire_dateline_with_a_year_dates_the_article():
    doc = lay("Sadat is killed by soldiers at a parade\n\nCAIRO, Oct. 6, 1981 - President Anwar Sadat was "
              "shot dead today by soldiers who fired into the reviewing stand.\n")
    assert (doc.published, doc.published_source) == ("1981-10-06", "text")
    assert doc.text[doc.body[0][0]:].startswith("CAIRO, Oct. 6, 1981 - President")


def test_a_wire_dateline_without_a_year_takes_the_year_the_page_was_sent():
    text = "France sends envoys to the talks\n\nPARIS, Dec. 30 (AFP) - France said it would send envoys.\n"
    assert lay(text, fetched="2025-01-02").published == "2024-12-30"
    assert lay(text, fetched="2024-12-31").published == "2024-12-30"
    assert lay(text).published is None


def test_a_dateline_line_of_its_own_is_not_the_body():
    doc = lay("Talks resume\n\nBEIJING, March 5, 2024 (Xinhua) --\n\nChina will raise spending, the premier "
              "said on Tuesday.\n")
    assert doc.published == "2024-03-05"
    assert doc.text[doc.body[0][0]:doc.body[-1][1]].startswith("China will raise")


@pytest.mark.parametrize("line, date", [("Tue, 03/05/2019 - 14:22", "2019-03-05"),
                                        ("Fri, 03/05/2019 - 14:22", "2019-05-03"),
                                        ("Mon, 13/05/2019", "2019-05-13")])
def test_a_weekday_settles_the_order_of_a_numeric_date(line, date):
    assert dateline.parse(line).date == date


@pytest.mark.parametrize("line", ["Grade 1-1/16 Inch Wool -- 2.10", "Bid 3-1/16 on Friday", "9-5/16 Tuesday"])
def test_a_price_in_fractions_is_no_dateline(line):
    assert dateline.parse(line) is None


def test_a_price_in_fractions_is_never_handed_to_dateparser(monkeypatch):
    asked = []
    monkeypatch.setattr(dateline, "_find_numeric_date", lambda line: asked.append(line))
    for line in ("traded at 10-13/16 pct", "1-3/32 lower", "06/20/24"):
        dateline.parse(line)
    assert asked == ["06/20/24"]

import sys
from pathlib import Path
from types import SimpleNamespace

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

from topk import date_f1, matches, why  # noqa: E402


def _date(value, relation="on"):
    return SimpleNamespace(value=value, relation=relation)


def _event(value, salience, title, *source_dates):
    return SimpleNamespace(date=_date(value), salience=salience, title=title,
                           sources=[SimpleNamespace(date=_date(day) if day else None) for day in source_dates])


def test_a_day_matches_the_month_it_lies_in_only_when_no_exact_date_claims_that_month():
    assert matches(["2024-03-05", "2024-03"], ["2024-03", "2024-03-05"]) == {"2024-03-05": "2024-03-05",
                                                                             "2024-03": "2024-03"}
    assert matches(["2024-03-05"], ["2024-03"]) == {"2024-03-05": "2024-03"}
    assert matches(["2024-03"], ["2024-03-05"]) == {}
    assert date_f1(["2024-03-05", "2024-04-01"], ["2024-03"]) == (0.5, 1.0, 2 / 3)


def test_each_missed_reference_date_is_put_down_to_where_it_was_lost(capsys):
    story = {"articles": ["a", "b"], "timeline": [{"date": day} for day in
                                                  ("2024-05-01", "2024-05-02", "2024-05-03", "2024-05-04",
                                                   "2024-05-06")]}
    records = {"a": {"published": "2024-05-06"}, "b": {"published": "2024-05-04"}}
    picked = _event("2024-05-06", 3.0, "Signed", "2024-05-06")
    events = [picked, _event("2024-05-01", 0.5, "Met", "2024-05-01"),
              _event("2024-04-20", 1.0, "Struck", "2024-04-20", "2024-05-02"),
              _event("2024-04-21", 0.9, "Backstory", "2024-04-21")]
    causes = why(story, SimpleNamespace(events=events), [picked, events[3]], records)
    assert causes == {"not picked": 1, "dated elsewhere": 1, "no event (an article's day)": 1, "no event": 1}
    printed = capsys.readouterr().out
    assert "missed 2024-05-01   not picked: date 4 of 4 by salience, 0.50 Met" in printed
    assert "extra  2024-04-21" in printed and "extra  2024-05-06" not in printed

import json

from eventgraph.exporters import timelinejs
from eventgraph.model import Date, Event, Source, Story

from .stories import small_story


def test_start_dates_hold_only_what_the_text_states():
    assert timelinejs.start_date("2024-06-19") == {"year": 2024, "month": 6, "day": 19}
    assert timelinejs.start_date("2024-06") == {"year": 2024, "month": 6}
    assert timelinejs.start_date("1961") == {"year": 1961}
    assert timelinejs.start_date("196") == {"year": 1960, "display_date": "the 1960s"}


def test_slides_are_dated_events_with_ids_and_headlines():
    data = json.loads(timelinejs.dumps(small_story()))
    assert [e["unique_id"] for e in data["events"]] == ["e-old", "e-year", "e-sign"]
    sign = data["events"][2]
    assert sign["text"]["headline"] == "Ruritania and Freedonia sign a trade pact"
    assert sign["group"] == "Sign formal agreement"
    assert "Pact signed" in sign["text"]["text"]


def test_article_text_is_escaped_because_timelinejs_renders_html():
    story = Story(events=[Event(id="x", title="<img src=x onerror=alert(1)>", code="010", label="Make statement",
                                date=Date("2020", "year", "explicit"),
                                sources=[Source("d", "<script>alert(1)</script>", 0, 1)])])
    slide = json.loads(timelinejs.dumps(story))["events"][0]
    assert "<img" not in slide["text"]["headline"] and "&lt;img" in slide["text"]["headline"]
    assert "<script>" not in slide["text"]["text"]

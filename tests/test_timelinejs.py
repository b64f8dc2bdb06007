import html
import json

from click.testing import CliRunner

from eventgraph.cli import main
from eventgraph.exporters import overview, timelinejs
from eventgraph.model import Date, Document, Event, Source, Story

from .clients import JS, installed, timelinejs_view
from .stories import small_story


def test_start_dates_hold_only_what_the_text_states():
    assert timelinejs.start_date("2024-06-19") == {"year": 2024, "month": 6, "day": 19}
    assert timelinejs.start_date("2024-06") == {"year": 2024, "month": 6}
    assert timelinejs.start_date("1958") == {"year": 1958}
    assert timelinejs.start_date("195") == {"year": 1950, "display_date": "the 1950s"}


def event_dates(date: Date) -> dict:
    return timelinejs.dates(date)


def test_a_date_that_is_not_a_plain_day_the_text_gave_says_what_it_is():
    assert event_dates(Date("2024-06-20", "day", "publication")) == {
        "start_date": {"year": 2024, "month": 6, "day": 20, "display_date": "reported 20 June 2024"}}
    assert event_dates(Date("2024-06-20", "day", "inferred", relation="before"))["start_date"]["display_date"] \
        == "before 20 June 2024"
    assert event_dates(Date("2013-W11", "week", "explicit")) == {
        "start_date": {"year": 2013, "month": 3, "day": 11, "display_date": "week of 11 March 2013"},
        "end_date": {"year": 2013, "month": 3, "day": 17}}
    assert event_dates(Date("1998-Q3", "quarter", "explicit")) == {
        "start_date": {"year": 1998, "month": 7, "display_date": "Q3 1998"}, "end_date": {"year": 1998, "month": 9}}
    assert event_dates(Date("196", "decade", "explicit")) == {
        "start_date": {"year": 1960, "display_date": "the 1960s"}, "end_date": {"year": 1969}}
    assert event_dates(Date("2011-03", "month", "explicit", relation="since", until="2012-08")) == {
        "start_date": {"year": 2011, "month": 3, "display_date": "March 2011 to August 2012"},
        "end_date": {"year": 2012, "month": 8}}
    assert event_dates(Date("2024-06-19", "day", "explicit")) == {"start_date": {"year": 2024, "month": 6, "day": 19}}


def test_slides_are_dated_events_in_the_four_quad_classes():
    data = json.loads(timelinejs.dumps(small_story()))
    assert [e["unique_id"] for e in data["events"]] == ["e-old", "e-year", "e-sign"]
    sign = data["events"][2]
    assert sign["text"]["headline"] == "Ruritania and Freedonia sign a trade pact"
    assert {e["group"] for e in data["events"]} == {"Verbal cooperation"}


def test_the_title_slide_gives_the_storys_title_span_and_counts():
    story = small_story()
    story.title = "Ruritania & Freedonia"
    title = json.loads(timelinejs.dumps(story))["title"]["text"]
    assert title["headline"] == "Ruritania &amp; Freedonia"
    assert title["text"] == "<p>3 May 2021 to 4 May 2021</p><p>3 events from 2 articles (1 undated, not shown)</p>"


def test_each_slide_lists_its_sources_with_title_outlet_date_and_link():
    story = small_story()
    story.documents[0].url = "https://news.example/a1?x=1&y=2"
    story.documents[0].site = "The Example Times"
    story.documents[1].url = "javascript:alert(1)"
    text = json.loads(timelinejs.dumps(story))["events"][2]["text"]["text"]
    assert text.count("<blockquote>Ruritania and Freedonia signed a trade pact on 3 May 2021.</blockquote>") == 2
    assert ('<p>— <a href="https://news.example/a1?x=1&amp;y=2">Pact signed</a>, The Example Times, 4 May 2021</p>'
            in text)
    assert "<p>— Trade deal</p>" in text and "javascript" not in text


def test_article_text_is_escaped_because_timelinejs_renders_html():
    story = Story(documents=[Document(id="d", path="p", text="t", title="<b onmouseover=alert(2)>x</b>")],
                  events=[Event(id="x", title="<img src=x onerror=alert(1)>", code="010", label="Make statement",
                                date=Date("2020", "year", "explicit"),
                                sources=[Source("d", "<script>alert(1)</script>", 0, 1)])])
    slide = json.loads(timelinejs.dumps(story))["events"][0]
    assert "<img" not in slide["text"]["headline"] and "&lt;img" in slide["text"]["headline"]
    assert "<script>" not in slide["text"]["text"] and "<b " not in slide["text"]["text"]


def test_timeline_html_opens_offline_with_one_slide_per_event_and_no_error(tmp_path):
    story = small_story()
    story.events[0].title = "<img src=x onerror=alert(1)> & co"
    story.events[1].code, story.events[2].code, story.events[3].code = "190", "073", "112"
    story.events[2].date = Date("2021-05-05", "day", "explicit")
    story.events.append(Event(id="e-other", title="Something uncoded", code="XX", label="Unknown",
                              date=Date("2021-05-04", "day", "publication"), sources=[Source("a1", "s", 0, 1)]))
    path = tmp_path / "timeline.html"
    timelinejs.write_html(story, path)
    data = timelinejs.story_dict(story)
    assert len({slide["group"] for slide in data["events"]}) == 5
    seen = timelinejs_view(path)
    assert seen["errors"] == [] and seen["requests"] == [] and seen["images"] == 0
    assert seen["slides"] == len(data["events"]) + 1
    assert seen["headlines"][0] == html.unescape(data["title"]["text"]["headline"])
    assert seen["headlines"][1] == html.unescape(data["events"][0]["text"]["headline"])
    assert seen["story_height"] >= seen["height"] / 2


def test_timeline_html_opens_on_the_top_ranked_event_not_the_oldest(tmp_path):
    story = small_story()
    story.events[2].salience = 9.0  # the undated event: no slide, so the top dated event is opened on
    story.events[3].salience = 5.0  # 1985 ranks below the day 3 May 2021, which is picked first
    path = tmp_path / "timeline.html"
    timelinejs.write_html(story, path)
    seen = timelinejs_view(path)
    assert seen["errors"] == []
    assert seen["opened_on"] == "Ruritania and Freedonia sign a trade pact"
    assert seen["headlines"][1] != seen["opened_on"]


def top_k(monkeypatch, k):
    """The top K the timeline and graph.html use set to `k`."""
    monkeypatch.setattr(timelinejs, "DEFAULT_K", k)
    monkeypatch.setattr(overview, "DEFAULT_K", k)


def test_the_top_events_are_marked_in_the_ranking_order_and_the_page_starts_at_the_first(monkeypatch):
    top_k(monkeypatch, 3)
    story = small_story()
    story.events[1].salience, story.events[3].salience = 1.0, 2.0
    data = timelinejs.story_dict(story)
    assert data["eventgraph"]["top"] == ["e-sign", "e-year", "e-old"]
    assert data["events"][data["eventgraph"]["start_at_slide"] - 1]["unique_id"] == "e-sign"
    marks = {s["unique_id"]: s["text"]["text"].split("<blockquote>")[0] for s in data["events"]}
    assert marks == {"e-old": '<p class="eventgraph-top">Top 3: ranked 3</p>',
                     "e-year": '<p class="eventgraph-top">Top 3: ranked 2</p>',
                     "e-sign": '<p class="eventgraph-top">Top 3: ranked 1</p>'}


def test_an_event_outside_the_top_k_has_no_mark(monkeypatch):
    top_k(monkeypatch, 1)
    data = timelinejs.story_dict(small_story())
    assert data["eventgraph"]["top"] == ["e-sign"]
    assert [s["unique_id"] for s in data["events"] if "eventgraph-top" in s["text"]["text"]] == ["e-sign"]


def test_a_story_of_no_more_than_k_events_marks_none_but_opens_on_the_top_one():
    story = small_story()
    story.events[1].salience, story.events[3].salience = 1.0, 2.0
    data = timelinejs.story_dict(story)
    assert not any("eventgraph-top" in s["text"]["text"] for s in data["events"])
    assert data["events"][data["eventgraph"]["start_at_slide"] - 1]["unique_id"] == "e-sign"


def test_a_build_opens_on_the_event_that_timeline_top_1_prints(tmp_path):
    articles = tmp_path / "a.jsonl"
    articles.write_text("\n".join(json.dumps(record) for record in [
        {"id": "a1", "title": "Pact", "published": "2021-05-06", "text": "Bolivia and Peru signed a trade pact "
         "on Wednesday in Lima. The pact cuts tariffs on grain, officials said."},
        {"id": "b2", "title": "Envoy", "published": "2021-05-08", "text": "Chile recalled its ambassador from "
         "Peru on Friday."}]) + "\n")
    out = tmp_path / "out"
    built = CliRunner().invoke(main, ["build", str(articles), "--out", str(out), "-j", "1", "-q"])
    assert built.exit_code == 0, built.output
    printed = CliRunner().invoke(main, ["timeline", str(articles), "--top", "1", "--format", "json", "-j", "1", "-q"])
    [first] = json.loads(printed.output)["events"]
    data = json.loads((out / "timelinejs.json").read_text())
    assert data["eventgraph"]["top"][0] == first["id"]
    opened = data["events"][data["eventgraph"]["start_at_slide"] - 1]
    assert opened["unique_id"] == first["id"]


def test_slides_are_in_the_order_timelinejs_shows_them_so_the_start_slide_is_the_top_event():
    story = small_story()
    story.events[1].date = Date("2021-W17", "week", "explicit", "last week")  # from 26 April, sorted last as text
    story.events[3].date = Date("2021-04-30", "day", "explicit", "30 April")
    story.events[3].salience = 3.0
    data = timelinejs.story_dict(story)
    assert [s["unique_id"] for s in data["events"]] == ["e-old", "e-year", "e-sign"]
    assert data["events"][data["eventgraph"]["start_at_slide"] - 1]["unique_id"] == "e-year"


def test_the_bundled_timelinejs_is_the_pinned_npm_release():
    pinned = json.loads((JS / "package.json").read_text())["dependencies"]["@knight-lab/timelinejs"]
    package = installed() / "@knight-lab" / "timelinejs"
    assert json.loads((package / "package.json").read_text())["version"] == pinned
    assert pinned in (timelinejs.VENDOR / "README.md").read_text()
    for name, source in {"timeline.js": "dist/js/timeline.js", "timeline.css": "dist/css/timeline.css",
                         "tl-icons.woff2": "dist/css/icons/tl-icons.woff2", "LICENSE": "LICENSE",
                         "timeline.js.LICENSE.txt": "dist/js/timeline.js.LICENSE.txt"}.items():
        assert (timelinejs.VENDOR / name).read_bytes() == (package / source).read_bytes(), f"run make vendor: {name}"

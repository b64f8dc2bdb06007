"""graph.html's overview in a real browser: the title, the K control, the time strip, labels that never overlap,
actor focus, citations and export of what is shown."""

import csv
import io
import re

from eventgraph.exporters.order import top_events
from eventgraph.title import title_of
from eventgraph.exporters import timeline
from eventgraph.exporters.timeline import CSV_COLUMNS
from eventgraph.model import Actor, Date, Document, Event, Participant, Source, Story
from tests.test_html import browser, opened, write_page  # noqa: F401 (fixtures)

TYPES = ("country", "person", "organization")
RELATIONS = ("on", "on", "reported", "before", "since")


def big_story(title: str = "Ruritania crisis", span: tuple[str, str] | None = ("2024-03-01", "2024-04-28")) -> Story:
    """120 events on 60 days of 2024 among 40 actors, reported by 1 to 4 of 8 articles, and one stray old date."""
    docs = [Document(id=f"d{i}", path=f"d{i}.txt", text="x", title=f"Report {i}", published=f"2024-04-{10 + i}",
                     url=f"https://news.example/{i}", site="Example News") for i in range(8)]
    actors = [Actor(id=f"a{i:02}", name=f"{('Republic of', 'Minister', 'Bank of')[i % 3]} Name{i}",
                    type=TYPES[i % 3]) for i in range(40)]
    events = []
    for i in range(120):
        day = f"2024-{3 + i // 60:02}-{1 + i % 28:02}" if i % 60 < 56 else f"2024-{3 + i // 60:02}"
        sentence = f"Sentence {i} says what happened."
        events.append(Event(
            id=f"e{i:03}", title=f"Event {i} happens", code=("042", "057", "111", "190")[i % 4], label="Label",
            date=Date(day, "day" if len(day) == 10 else "month", "explicit", relation=RELATIONS[i % 5],
                      until="2024-05-01" if RELATIONS[i % 5] == "since" else None),
            actors=[Participant(f"a{(i * 3) % 40:02}", "source"), Participant(f"a{(i * 7 + 1) % 40:02}", "target")],
            sources=[Source(f"d{(i + j) % 8}", sentence, 0, len(sentence)) for j in range(1 + i % 4)]))
    events.append(Event(id="old", title="A king is crowned", code="042", label="Label",
                        date=Date("1250-05-02", "day", "explicit"), actors=[Participant("a00")],
                        sources=[Source("d0", "In 1250 a king was crowned.", 0, 27)]))
    return Story(documents=docs, actors=actors, events=events, title=title, span=span)


def shown_ids(page) -> list[str]:
    return page.page.evaluate("window.eventgraph.shown()")


def graph_actor_nodes(page) -> set[str]:
    return set(page.page.evaluate("window.nodes.getIds()"))


def actors_of(story: Story, event_ids) -> set[str]:
    ids = set(event_ids)
    return {f"actor:{p.actor}" for e in story.events if e.id in ids for p in e.actors}


def brush(page, start: float, end: float) -> None:
    """Drags across the time strip from one fraction of its width to another, as a reader does."""
    box = page.page.locator("#strip").bounding_box()
    y = box["y"] + box["height"] / 2
    page.page.mouse.move(box["x"] + box["width"] * start, y)
    page.page.mouse.down()
    page.page.mouse.move(box["x"] + box["width"] * end, y, steps=5)
    page.page.mouse.up()


def test_the_title_is_the_story_title_with_the_counts_under_it(opened):
    page = opened(big_story(title="Ruritania crisis — March to April 2024"))
    assert page.text("h1") == "Ruritania crisis — March to April 2024"
    assert page.page.title() == "Ruritania crisis — March to April 2024: graph and timeline"
    assert page.text(".summary") == "121 events and 40 actors from 8 articles"


def test_without_a_story_title_the_page_names_the_story_never_a_headline(opened):
    the_story = big_story(title="")
    heading = opened(the_story).text("h1")
    assert heading == title_of(the_story)
    assert not heading.startswith("Report ")


def test_the_k_control_sets_the_events_of_graph_and_timeline_together(opened):
    the_story = big_story()
    page = opened(the_story)
    assert page.page.locator(".event-item").count() == 25
    assert "the top 25 of 121 events, as eventgraph timeline --top 25 ranks them" in page.text("#chosen")
    for k in ("10", "50", "100"):
        page.page.check(f"input[name=k][value='{k}']")
        expected = [e.id for e in top_events(the_story.events, int(k))]
        assert shown_ids(page) == expected
        assert page.page.locator(".event-item").count() == int(k)
        assert {n for n in graph_actor_nodes(page) if n.startswith("actor:")} <= actors_of(the_story, expected)
    page.page.check("input[name=k][value='0']")
    assert page.page.locator(".event-item").count() == 121
    assert page.text("#timeline-count") == "(121)"


def test_the_controls_are_in_sight_at_first_view(opened):
    page = opened(big_story())
    header = page.page.locator("header").bounding_box()
    for control in ("#top-k", "#view", "#filters", "#chosen", "#strip", "#graph"):
        box = page.page.locator(control).bounding_box()
        assert box["height"] > 0 and box["y"] + box["height"] <= 900, control
    assert page.page.locator("#chosen").bounding_box()["y"] < header["y"] + header["height"]


def test_the_default_graph_is_chosen_by_size_and_can_be_switched(opened):
    page = opened(big_story())
    assert page.page.is_checked("input[name=view][value=actors]")
    assert all(node.startswith("actor:") for node in graph_actor_nodes(page))
    page.page.check("input[name=view][value=events]")
    assert any(node.startswith("event:") for node in graph_actor_nodes(page))
    page.page.check("input[name=k][value='10']")
    assert page.page.is_checked("input[name=view][value=events]")


def test_the_strip_spans_the_story_span_not_a_stray_date(opened):
    assert opened(big_story()).page.get_attribute("#from", "min") == "2024-03-01"
    page = opened(big_story(span=("2024-02-20", "2024-05-10")))
    assert page.page.get_attribute("#from", "min") == "2024-02-20"
    assert page.page.get_attribute("#to", "max") == "2024-05-10"


def test_dragging_across_the_strip_filters_graph_and_timeline(opened):
    the_story = big_story()
    page = opened(the_story)
    page.page.check("input[name=k][value='0']")
    before = graph_actor_nodes(page)
    brush(page, 0.2, 0.35)
    start, end = page.page.input_value("#from"), page.page.input_value("#to")
    assert "2024-03-01" < start <= end < "2024-04-28"
    days = {e.id: e.date.value for e in the_story.events}
    shown = shown_ids(page)
    expected = [e.id for e in the_story.events if len(e.date.value) == 10 and start <= e.date.value <= end]
    assert sorted(shown) == sorted(expected) and shown
    assert all(start <= days[event_id] <= end for event_id in shown)
    assert page.page.locator(".event-item").count() == len(shown)
    assert graph_actor_nodes(page) <= actors_of(the_story, shown) and graph_actor_nodes(page) != before
    page.page.click("#clear-range")
    assert len(shown_ids(page)) == 121


def test_no_two_labels_overlap_at_first_view(opened):
    page = opened(big_story())
    page.page.check("input[name=k][value='100']")
    boxes = page.page.evaluate("window.eventgraph.labelBoxes()")
    assert len(boxes) >= 10
    overlapping = [(a["text"], b["text"]) for i, a in enumerate(boxes) for b in boxes[i + 1:]
                   if a["x"] < b["x"] + b["w"] and b["x"] < a["x"] + a["w"]
                   and a["y"] < b["y"] + b["h"] and b["y"] < a["y"] + a["h"]]
    assert overlapping == []


def test_focusing_an_actor_shows_its_neighbourhood_and_fades_the_rest(opened):
    the_story = big_story()
    page = opened(the_story)
    shown = set(shown_ids(page))
    actor = next(e for e in the_story.events if e.id in shown).actors[0].actor
    name = next(a.name for a in the_story.actors if a.id == actor)
    neighbours = {f"actor:{p.actor}" for e in the_story.events if e.id in shown
                  and any(p.actor == actor for p in e.actors) for p in e.actors}
    page.page.fill("#search", name)
    page.page.get_by_role("button", name=re.compile(f"^{name} \\(")).click()
    opacity = page.page.evaluate("Object.fromEntries(window.nodes.get().map(n => [n.id, n.opacity]))")
    assert {node for node, value in opacity.items() if value == 1} == neighbours & set(opacity)
    assert any(value < 1 for value in opacity.values())
    faded = page.page.evaluate("window.edges.get().filter(e => e.color && e.color.opacity < 1).length")
    assert faded == page.page.evaluate("window.edges.length") - len(neighbours & set(opacity)) + 1
    page.page.get_by_role("button", name=re.compile("shared event")).first.click()
    assert "Events they share" in page.text("#details")


def test_copy_citation_puts_outlet_title_date_and_quote_on_the_clipboard(browser, tmp_path):
    path = write_page(tmp_path, big_story())
    context = browser.new_context(permissions=["clipboard-read", "clipboard-write"],
                                  viewport={"width": 1400, "height": 900})
    page = context.new_page()
    try:
        page.goto(path.as_uri())
        page.wait_for_selector("html[data-interactive=true]", state="attached")
        page.bring_to_front()  # the clipboard takes text only from the page that has the focus
        page.evaluate("window.eventgraph.showEvent('e003', true)")
        page.get_by_role("button", name="Copy citation of Report 3").click()
        page.wait_for_selector("#copy-status:not(:empty)")
        assert page.text_content("#copy-status").startswith("Citation copied")
        copied = page.evaluate("navigator.clipboard.readText()")
        assert copied == ("Example News, \u201cReport 3\u201d, 13 April 2024. \u201cSentence 3 says what happened.\u201d "
                          "https://news.example/3")
    finally:
        context.close()


def test_a_refused_clipboard_leaves_the_citation_selected_to_copy_by_hand(opened):
    page = opened(big_story())
    page.page.evaluate("() => { navigator.clipboard.writeText = () => Promise.reject(new Error('denied')); }")
    page.page.evaluate("window.eventgraph.showEvent('e003', true)")
    page.page.get_by_role("button", name="Copy citation of Report 3").click()
    page.page.wait_for_selector("#copy-fallback", state="visible")
    assert page.page.input_value("#copy-fallback").startswith("Example News, \u201cReport 3\u201d, 13 April 2024.")
    assert "by hand" in page.text("#copy-status")


def download(page, button: str) -> str:
    with page.page.expect_download() as download:
        page.page.click(button)
    return open(download.value.path(), encoding="utf-8", newline="").read()


def test_csv_export_holds_the_filtered_timeline(opened):
    the_story = big_story()
    page = opened(the_story)
    page.page.check("input[name=k][value='10']")
    code = top_events(the_story.events, 10)[0].code
    page.page.select_option("#type-filter", code)
    text = download(page, "#export-csv")
    assert text.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(text[1:])))
    expected = [e for e in top_events(the_story.events, 10) if e.code == code]
    assert rows[0] == CSV_COLUMNS
    assert [row[2] for row in rows[1:]] == [e.title for e in expected] and expected
    assert rows[1][0] == expected[0].date.value
    assert download(page, "#export-md").count("\n- **") == len(expected)
    assert page.requests == [] and page.errors == []


def test_exporting_everything_writes_what_the_build_writes(opened, tmp_path):
    the_story = big_story()
    the_story.events[5].title = "=cmd| <b>bold</b> *x* [a](b) _y_ 1. #3 a@b http://x"
    the_story.events[6].edited = {"title": "checked with the agency", "date": ""}
    the_story.events[6].notes = ["Two outlets disagree on the day.", "*Second* note"]
    the_story.events[7].edited = {"actors": ""}
    the_story.documents[2].id, the_story.documents[3].id = "d-\U0001F600", "d-\uff5e"  # sorted by code point
    the_story.events[9].sources[:2] = [Source(doc.id, "S.", 0, 2) for doc in the_story.documents[2:4]]
    the_story.events += [  # "the 1950s" sorts among the days of 1950: its group is split by the order of dates
        Event(id=f"x{i}", title=f"Fifties {i}", code="042", label="Label", date=Date(value, granularity, "explicit"),
              actors=[Participant("a01")], sources=[Source("d1", "S.", 0, 2)])
        for i, (value, granularity) in enumerate((("1950", "year"), ("195", "decade"), ("1950", "year")))]
    page = opened(the_story)
    page.page.check("input[name=k][value='0']")
    timeline.write_csv(the_story, tmp_path / "timeline.csv")
    timeline.write_md(the_story, tmp_path / "timeline.md")
    assert download(page, "#export-csv").encode("utf-8") == (tmp_path / "timeline.csv").read_bytes()
    assert download(page, "#export-md").encode("utf-8") == (tmp_path / "timeline.md").read_bytes()
    assert "*(edited: checked with the agency)*" in download(page, "#export-md")
    page.page.check("input[name=k][value='10']")
    assert download(page, "#export-csv") == "\ufeff" + timeline.render_csv(the_story, top=10)
    assert download(page, "#export-md") == timeline.render_md(the_story, top=10)


def test_dates_say_how_the_event_relates_to_them(opened):
    page = opened(big_story())
    page.page.check("input[name=k][value='0']")
    timeline = page.text("#timeline")
    assert "reported 3 March 2024" in timeline
    assert "before 4 March 2024" in timeline
    assert "5 March 2024 to 1 May 2024" in timeline

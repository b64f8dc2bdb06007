"""graph.html in a real browser: Playwright driving Debian's Chromium, offline, with hostile article text."""

import json
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eventgraph.exporters import html, overview
from eventgraph.exporters.order import ranked, top_events
from eventgraph.graph import build_graph
from eventgraph.model import Actor, Date, Document, Event, Participant, Source, Story
from eventgraph.span import story_span

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]

SIGN = "Ruritania and Freedonia signed a trade pact on 3 May 2021."
OLD = "The pact replaced one from the 1980s."
TALKS = "Freedonia held talks in 1985."


def story(text_of=lambda text: text, url="https://news.example/a1") -> Story:
    """Four events at four precisions, two articles (one with a URL), three actors (one a person)."""
    sign, old, talks = text_of(SIGN), text_of(OLD), text_of(TALKS)
    body = " ".join((sign, old, talks))
    docs = [Document(id="a1", path="a1.txt", text=body, title=text_of("Pact signed"), url=url),
            Document(id="b2", path="b2.txt", text=body, title=text_of("Trade deal"), published="2021-05-04")]
    actors = [Actor(id="freedonia", name=text_of("Freedonia"), type="country", aliases=["Freedonian government"]),
              Actor(id="jan-novak", name=text_of("Jan Novak"), type="person", affiliation="ruritania"),
              Actor(id="ruritania", name=text_of("Ruritania"), type="country")]
    events = [
        Event(id="e-sign", title=text_of("Ruritania and Freedonia sign a trade pact"), code="057",
              label="Sign formal agreement", date=Date("2021-05-03", "day", "explicit", "3 May 2021"),
              actors=[Participant("ruritania", "source"), Participant("freedonia", "target")],
              sources=[Source("a1", sign, 0, len(sign)),
                       Source("b2", sign, 0, len(sign), Date("2021-05", "month", "relative", "this month"))],
              conflicts=["2021-05-04 (b2)"]),
        Event(id="e-old", title=text_of("Ruritania and Freedonia agree the old pact"), code="057",
              label="Sign formal agreement", date=Date("198", "decade", "explicit", "the 1980s"),
              actors=[Participant("ruritania", "participant"), Participant("freedonia", "participant")],
              sources=[Source("a1", old, len(sign) + 1, len(sign) + 1 + len(old))]),
        Event(id="e-talks", title=text_of("Freedonia holds talks"), code="040", label="Consult",
              date=Date("1985", "year", "explicit", "1985"), actors=[Participant("freedonia", "participant")],
              sources=[Source("b2", talks, len(body) - len(talks), len(body))]),
        Event(id="e-comment", title=text_of("Jan Novak comments"), code="010", label="Make statement", date=Date(),
              actors=[Participant("jan-novak", "source")], sources=[Source("b2", sign, 0, len(sign))]),
    ]
    return Story(documents=docs, actors=actors, events=events, span=story_span(docs, events))


def write_page(tmp_path: Path, the_story: Story) -> Path:
    path = tmp_path / "graph.html"
    html.write(the_story, build_graph(the_story), path)
    return path


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is missing (apt-get install chromium)")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield chromium
        chromium.close()


class Opened:
    """A page opened from disk with every request routed: only file: requests are let through, and counted."""

    def __init__(self, browser, path: Path):
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.dialogs: list[str] = []
        self.page = browser.new_page(viewport={"width": 1400, "height": 900})
        self.page.on("console", lambda message: message.type == "error" and self.errors.append(message.text))
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))
        self.page.on("dialog", self._dialog)
        self.page.route("**/*", self._route)
        self.page.goto(path.as_uri())
        # A selector, not a function: the page's Content-Security-Policy forbids the eval a function wait uses.
        self.page.wait_for_selector("html[data-interactive=true]", state="attached")

    def _dialog(self, dialog):
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def _route(self, route):
        if route.request.url.startswith("file:"):
            route.continue_()
        else:
            self.requests.append(route.request.url)
            route.abort()

    def text(self, selector: str) -> str:
        return self.page.locator(selector).inner_text()


@pytest.fixture
def opened(browser, tmp_path):
    pages = []

    def open_story(the_story: Story) -> Opened:
        page = Opened(browser, write_page(tmp_path, the_story))
        pages.append(page)
        return page

    yield open_story
    for page in pages:
        page.page.close()


def test_page_loads_offline_with_no_errors_and_no_requests(opened):
    page = opened(story())
    assert page.errors == []
    assert page.requests == []
    assert page.page.evaluate("window.nodes.length") == 7
    assert page.page.evaluate("typeof window.network.getPositions") == "function"


def test_the_seeds_page_opens_offline_with_every_event_title_in_its_text(browser, tmp_path):
    from eventgraph import build

    seeds = Path(__file__).resolve().parent.parent / "seeds"
    the_story = build([str(seeds)])
    assert the_story.events
    page = Opened(browser, write_page(tmp_path, the_story))
    try:
        assert page.errors == []
        assert page.requests == []
        page.page.check("input[name=k][value='0']")
        timeline, whole = page.text("#timeline"), page.text("body")
        for event in the_story.events:
            assert event.title in timeline
            assert event.title in whole
    finally:
        page.page.close()


def test_every_event_is_in_the_timeline_with_its_date_at_its_own_precision(opened):
    the_story = story()
    timeline = opened(the_story).text("#timeline")
    for event in the_story.events:
        assert event.title in timeline
    for date in ("the 1980s", "1985", "3 May 2021", "Undated"):
        assert date in timeline
    assert timeline.index("the 1980s") < timeline.index("1985") < timeline.index("2021") < timeline.index("Undated")


def test_clicking_an_event_shows_its_sources(opened):
    page = opened(story())
    page.page.get_by_role("button", name=re.compile("sign a trade pact")).click()
    details = page.text("#details")
    assert SIGN in details
    assert "Pact signed" in details and "Trade deal" in details
    assert "3 May 2021 (day; stated in the text" in details
    assert "057 Sign formal agreement" in details
    assert "Ruritania (source)" in details and "Freedonia (target)" in details
    assert "This article dates it May 2021" in details
    assert "4 May 2021 (b2)" in details
    assert page.page.locator("#details a").get_attribute("href") == "https://news.example/a1"
    assert page.page.evaluate("window.network.getSelectedNodes()") == ["event:e-sign"]


def test_clicking_an_event_in_the_graph_shows_it(opened):
    page = opened(story())
    point = page.page.evaluate("""() => {
        const p = window.network.canvasToDOM(window.network.getPosition('event:e-talks'));
        const box = document.getElementById('graph').getBoundingClientRect();
        return {x: box.left + p.x, y: box.top + p.y};
    }""")
    page.page.mouse.click(point["x"], point["y"])
    assert TALKS in page.text("#details")
    assert page.page.locator(".event-item[aria-current=true]").inner_text().endswith("Freedonia holds talks")


def test_clicking_an_actor_highlights_its_events(opened):
    page = opened(story())
    page.page.evaluate("window.eventgraph.showActor('ruritania', true)")
    related = page.page.locator(".event-item.related").all_inner_texts()
    assert len(related) == 2
    assert all("pact" in text for text in related)
    opacity = page.page.evaluate("Object.fromEntries(window.nodes.get().map(n => [n.id, n.opacity]))")
    assert opacity["event:e-sign"] == 1 and opacity["event:e-talks"] == 0.15
    page.page.keyboard.press("Escape")
    assert page.page.locator(".event-item.related").count() == 0
    assert page.page.evaluate("window.nodes.get('event:e-talks').opacity") == 1


def test_search_finds_actors_by_alias_and_enter_opens_the_first(opened):
    page = opened(story())
    page.page.fill("#search", "freedonian gov")
    assert page.text("#results").startswith("Freedonia (Country)")
    page.page.press("#search", "Enter")
    assert "Freedonian government" in page.text("#details")
    assert page.page.locator(".event-item.related").count() == 3


def test_keyboard_reaches_the_timeline_and_enter_opens_an_event(opened):
    page = opened(story())
    page.page.locator(".event-item").first.focus()
    page.page.keyboard.press("Enter")
    assert OLD in page.text("#details")


def test_filters_hide_events_in_timeline_and_graph(opened):
    page = opened(story())
    page.page.select_option("#type-filter", "040")
    visible = page.page.locator(".event-item:visible").all_inner_texts()
    assert len(visible) == 1 and "Freedonia holds talks" in visible[0]
    assert page.page.evaluate("window.nodes.getIds().sort()") == ["actor:freedonia", "event:e-talks"]
    page.page.click("#reset")
    page.page.uncheck("input[name=actor-type][value=person]")
    page.page.fill("#from", "2021-05-03")
    page.page.dispatch_event("#from", "change")
    visible = page.page.locator(".event-item:visible").all_inner_texts()
    assert [text.split("\n")[-1] for text in visible] == ["Ruritania and Freedonia sign a trade pact"]


HOSTILE = ["<script>alert(1)</script>", "<img src=x onerror=alert(2)>", "\"</script><script>alert(3)</script>\"",
           "{{ 7*7 }}", "line\u2028break", "<!-- comment"]


def hostile(text: str) -> str:
    return text + " " + " ".join(HOSTILE)


def test_hostile_article_text_runs_nothing_and_shows_verbatim(opened):
    page = opened(story(hostile, url="javascript:alert(4)"))
    page.page.locator(".event-item").nth(2).click()
    page.page.hover("#graph")
    assert page.dialogs == []
    assert page.errors == []
    assert page.page.locator("img").count() == 0
    assert page.page.locator("script").count() == 5
    details = page.text("#details")
    timeline = page.text("#timeline")
    for text in HOSTILE:
        assert text.replace("\u2028", "") in details.replace("\u2028", "")
        assert text.replace("\u2028", "") in timeline.replace("\u2028", "")
    assert page.page.locator("#details a").count() == 0
    assert page.page.title().startswith("Freedonia <script>alert(1)</script>")


def test_a_large_story_opens_on_its_top_events_and_lists_the_rest_a_page_at_a_time(opened):
    actors = [Actor(id=f"actor-{i:03}", name=f"Actor {i}", type="organization") for i in range(400)]
    events = [Event(id=f"event-{i:04}", title=f"Event number {i}", code="042", label="Make a visit",
                    date=Date(f"2020-{1 + i % 12:02}", "month", "explicit"),
                    actors=[Participant(f"actor-{i % 400:03}"), Participant(f"actor-{(i * 7) % 53:03}")],
                    sources=[Source(f"d{j}", "A sentence.", 0, 11) for j in range(1 + i % 5)])
              for i in range(1000)]
    page = opened(Story(documents=[Document(id="d", path="d.txt", text="A sentence.")], actors=actors,
                        events=events))
    assert page.page.locator(".event-item").count() == 25
    assert "the top 25 of 1,000 events, as eventgraph timeline --top 25 ranks them" in page.text("#chosen")
    assert page.page.locator(".event-item .what").all_inner_texts() == [e.title for e in top_events(events, 25)]
    page.page.check("input[name=k][value='0']")
    assert page.page.locator(".event-item").count() == 300
    page.page.click("#timeline-more")
    assert page.page.locator(".event-item").count() == 600
    assert page.page.evaluate("window.edges.length") <= 150
    assert page.errors == []


def test_actors_in_no_event_are_not_drawn_but_can_be_found(opened):
    the_story = story()
    the_story.actors.append(Actor(id="bystander", name="Bystander Party", type="group"))
    page = opened(the_story)
    assert page.page.evaluate("window.nodes.get('actor:bystander')") is None
    page.page.fill("#search", "bystander")
    page.page.press("#search", "Enter")
    assert "not drawn (named in no event)" in page.text("#details")


@given(st.text())
def test_script_json_cannot_close_its_block(text):
    escaped = str(html.script_json({"t": text}))
    assert "<" not in escaped and ">" not in escaped and "\u2028" not in escaped and "\u2029" not in escaped
    assert json.loads(escaped) == {"t": text}


def test_the_actor_event_view_draws_the_top_events_and_their_actors():
    hub = [Participant("hub", "source")]
    actors = [Actor(id="hub", name="Hub", type="country")] + [
        Actor(id=f"a{i:03}", name=f"A {i}", type="person") for i in range(150)]
    events = [Event(id=f"hub-{i:03}", title="Hub acts", code="010", label="Make statement", date=Date("2020"),
                    actors=hub, sources=[Source(f"d{j}", "S.", 0, 2) for j in range(5)]) for i in range(400)]
    events += [Event(id=f"e{i:03}", title="A acts", code="010", label="Make statement", date=Date("2021"),
                     actors=[Participant(f"a{i:03}"), Participant(f"a{(i + 1) % 150:03}")],
                     sources=[Source("d0", "S.", 0, 2)]) for i in range(150)]
    the_story = Story(actors=actors, events=events)
    actor_ids, drawn = html.select(the_story, build_graph(the_story), overview.tiers(events))
    top = top_events(events, 100)
    assert drawn == top
    assert set(actor_ids) == {p.actor for event in top for p in event.actors}
    assert actor_ids[0] == "hub"


def test_same_story_gives_the_same_bytes():
    the_story = story(hostile)
    assert html.render(the_story, build_graph(the_story)) == html.render(story(hostile), build_graph(story(hostile)))


def test_events_stand_left_to_right_in_date_order():
    the_story = story()
    positions, ticks = html.layout({a.id: a.name for a in the_story.actors}, the_story.events)
    xs = [positions[f"event:{event_id}"][0] for event_id in ("e-old", "e-talks", "e-sign", "e-comment")]
    assert xs == sorted(xs) and len(set(xs)) == 4
    assert [tick["label"] for tick in ticks if tick["year"]] == ["the 1980s", "1985", "2021", "Undated"]
    assert [tick["label"] for tick in ticks if not tick["year"]] == ["3 May 2021"]
    assert all(positions[f"actor:{a.id}"][1] < 0 for a in the_story.actors)


def test_many_dates_are_grouped_into_months_then_years():
    days = [Event(id=f"d{i:02}", title="Day", code="010", label="Make statement",
                  date=Date(f"2020-{1 + i // 28:02}-{1 + i % 28:02}", "day")) for i in range(56)]
    columns = html.date_columns(days)
    assert list(columns) == ["2020-01", "2020-02"]
    assert [len(column) for column in columns.values()] == [28, 28]
    years = [Event(id=f"m{i:02}", title="Month", code="010", label="Make statement",
                   date=Date(f"{1990 + i // 12}-{1 + i % 12:02}", "month")) for i in range(12 * 30)]
    assert list(html.date_columns(years + [Event(id="u", title="Undated", code="010", label="Make statement",
                                                 date=Date())])) == [str(y) for y in range(1990, 2020)] + [None]
    assert html.stack_height(html.date_columns(days[:3])) == html.STACK


def test_a_page_ranks_the_events_once(tmp_path, monkeypatch):
    calls = []

    def counted(events, k):
        calls.append(k)
        return ranked(events, k)

    monkeypatch.setattr(overview, "ranked", counted)
    monkeypatch.setattr(html, "ranked", counted, raising=False)
    write_page(tmp_path, story())
    assert calls == [max(overview.K_CHOICES)]  # one ranking, whose first K events are the top of each K

"""The round trip: build the page, edit it in Chromium, download corrections.json, add articles and rebuild with
it; every output reflects the edits, and the edit whose article was taken away is reported."""

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from eventgraph.cli import main
from eventgraph.exporters.timeline import md_text

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
CHROMIUM = Path("/usr/bin/chromium")
sync_api = pytest.importorskip("playwright.sync_api")
HOSTILE = "Talks <img src=x onerror=alert(1)> & more"


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is missing (apt-get install chromium)")
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox", "--disable-gpu"])
        yield chromium
        chromium.close()


def build(sources: list[Path], out: Path) -> str:
    result = CliRunner().invoke(main, ["build", *map(str, sources), "--out", str(out), "-j", "1", "-q"])
    assert result.exit_code == 0, result.output
    return result.output


def only_from(event: dict, docs: set[str]) -> bool:
    return {source["doc"] for source in event["sources"]} <= docs


def test_edits_made_in_the_page_survive_a_rebuild_with_more_articles(browser, tmp_path):
    articles = sorted(SEEDS.glob("*.txt"))
    kept, dropped, added = articles[1:3], articles[3], [articles[0], articles[4]]
    out = tmp_path / "out"
    build([*kept, dropped], out)
    first = json.loads((out / "events.json").read_text())
    stay = {path.stem for path in kept}
    lasting = [e for e in first["events"] if only_from(e, stay)]
    several = [e for e in first["events"] if len(e["sources"]) > 1 and {s["doc"] for s in e["sources"]} >= stay]
    doomed = next(e for e in first["events"] if only_from(e, {dropped.stem}))
    retitled, hidden, merged = several[0], lasting[-1], lasting[-3:-1]
    detached = next(e for e in lasting if len({s["doc"] for s in e["sources"]}) > 1 and e not in merged + [hidden])
    actors = [a for a in first["actors"] if a["mentions"] and {m["doc"] for m in a["mentions"]} <= stay]
    renamed, pair = actors[0], actors[1:3]

    page = browser.new_page(accept_downloads=True)
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto((out / "graph.html").as_uri())
    page.click("#eg-edit-toggle")

    def row(event):
        return page.locator(f"#eg-edit li[data-event='{event['id']}']")

    def edit(event, label, value):
        box = row(event).locator(f"label:has-text('{label}') input")
        box.fill(value)
        box.press("Enter")

    story_title = page.locator("#eg-edit label:has-text('Story title') input")
    story_title.fill("The treaty, as we checked it")
    story_title.press("Enter")
    edit(retitled, "Title", HOSTILE)
    edit(retitled, "Date", "2024-06-31")
    assert row(retitled).locator("label:has-text('Date') input").get_attribute("aria-invalid") == "true"
    edit(retitled, "Date", "2024-06-18")
    edit(retitled, "Type", "036")
    row(retitled).locator("input[placeholder=note]").fill("Checked with <b>the desk</b>")
    row(retitled).get_by_role("button", name="Add note").click()
    edit(doomed, "Title", "A title for an article taken away")
    row(hidden).get_by_role("button", name="Hide").click()
    for event in merged:
        row(event).locator("input[type=checkbox]").check()
    page.click("#eg-merge-events")
    detached_source = [s for s in detached["sources"] if s["doc"] != detached["sources"][0]["doc"]][-1]
    row(detached).get_by_role("button", name="Detach").nth(detached["sources"].index(detached_source)).click()
    page.locator(f"#eg-edit li[data-actor='{renamed['id']}'] label:has-text('Name') input").fill("Renamed Actor")
    page.locator(f"#eg-edit li[data-actor='{renamed['id']}'] label:has-text('Name') input").press("Enter")
    for actor in pair:
        page.locator(f"#eg-edit li[data-actor='{actor['id']}'] input[type=checkbox]").check()
    page.click("#eg-merge-actors")
    assert row(retitled).locator(".eg-badge").first.inner_text() == "edited"
    assert row(retitled).locator("a, img").count() == 0 and row(retitled).locator(".eg-note").inner_text().endswith(
        "<b>the desk</b>")
    assert page.locator(f"[data-id='{retitled['id']}']").first.evaluate("n => n.classList.contains('eg-edited')")

    count = page.locator("#eg-edit .eg-corrections > li").count()
    page.get_by_role("button", name="Undo").click()
    assert page.locator("#eg-edit .eg-corrections > li").count() == count - 1
    page.get_by_role("button", name="Redo").click()
    assert page.locator("#eg-edit .eg-corrections > li").count() == count
    page.reload()
    page.click("#eg-edit-toggle")
    assert page.locator("#eg-edit .eg-corrections > li").count() == count, "edits are kept in the browser"
    with page.expect_download() as caught:
        page.click("#eg-download")
    caught.value.save_as(out / "corrections.json")
    assert not dialogs

    stderr = build([*kept, *added], out)
    data = json.loads((out / "events.json").read_text())
    events = {e["id"]: e for e in data["events"]}
    again = events[retitled["id"]]
    assert (again["title"], again["date"]["value"], again["type"]["code"]) == (HOSTILE, "2024-06-18", "036")
    assert set(again["edited"]) == {"title", "date", "type"} and again["notes"] == ["Checked with <b>the desk</b>"]
    assert not [e for e in data["events"] if e["title"] == hidden["title"] and
                any(s["sentence"] == hidden["sources"][0]["sentence"] for s in e["sources"])]
    joined = [e for e in data["events"] if all(any(s["sentence"] == m["sources"][0]["sentence"] for s in e["sources"])
                                               for m in merged)]
    assert joined and "sources" in joined[0]["edited"]
    alone = [e for e in data["events"] if any(s["sentence"] == detached_source["sentence"] and
                                              s["doc"] == detached_source["doc"] for s in e["sources"])]
    assert alone and all(e["id"] != detached["id"] for e in alone)
    assert data["title"] == "The treaty, as we checked it"
    names = {a["id"]: a for a in data["actors"]}
    assert names[renamed["id"]]["name"] == "Renamed Actor" and pair[1]["id"] not in names
    assert pair[1]["name"] in names[pair[0]["id"]]["aliases"]
    report = data["corrections"]
    gone = [c for c in report if c["status"] != "applied"]
    assert [c["correction"]["title"] for c in gone] == ["A title for an article taken away"]
    assert "A title for an article taken away" not in json.dumps(data["events"])
    assert f"correction {gone[0]['index']} (event.title) not applicable" in stderr

    line = next(line for line in (out / "timeline.md").read_text().splitlines() if md_text(HOSTILE) in line)
    assert line.endswith("*(edited)*") and "**2024-06-18**" in line.replace("18 June 2024", "2024-06-18")
    assert HOSTILE in (out / "timeline.csv").read_text()
    assert "Talks &lt;img" in (out / "timelinejs.json").read_text()
    assert "Renamed Actor" in (out / "graph.graphml").read_text()
    assert "Talks \\u003cimg" in (out / "graph.html").read_text()

    page.goto((out / "graph.html").as_uri())
    page.locator(f"[data-id='{retitled['id']}']").first.click()
    assert page.locator("#details .eg-provenance").inner_text() == "Edited: date; title; type"
    assert page.locator("#details .eg-note").inner_text() == "Note: Checked with <b>the desk</b>"
    page.click("#eg-edit-toggle")
    page.set_input_files("#eg-load", str(out / "corrections.json"))
    sync_api.expect(page.locator("#eg-edit .eg-status")).to_have_text(re.compile("^Loaded"))
    assert page.locator("#eg-edit .eg-corrections > li").count() == len(report)
    assert page.locator("#eg-edit .eg-problem").count() == 1
    assert not dialogs
    page.close()


def test_hostile_text_in_the_story_and_in_corrections_stays_text_in_edit_mode(browser, tmp_path):
    from eventgraph import corrections
    from eventgraph.exporters import html
    from eventgraph.graph import build_graph
    from tests.test_html import HOSTILE as TEXTS
    from tests.test_html import hostile, story

    the_story = story(hostile)
    corrections.apply(the_story, corrections.parse({"version": 1, "corrections": [
        {"op": "event.note", "event": {"id": "e-talks"}, "text": hostile("note")},
        {"op": "event.title", "event": {"id": "e-talks"}, "title": hostile("title"), "note": hostile("why")}]}))
    path = tmp_path / "graph.html"
    html.write(the_story, build_graph(the_story), path)
    page = browser.new_page()
    dialogs, errors = [], []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(path.as_uri())
    page.locator("[data-id='e-talks']").first.click()
    page.click("#eg-edit-toggle")
    panel, details = page.locator("#eg-edit").inner_text(), page.locator("#details").inner_text()
    for text in TEXTS:
        plain = text.replace("\u2028", "")
        assert plain in panel.replace("\u2028", "") and plain in details.replace("\u2028", "")
    assert "Edited: title (why" in details
    assert page.locator("img").count() == 0 and not dialogs and not errors
    page.close()

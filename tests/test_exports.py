"""Every file of a build of the sample story, read by the program its users open it with."""

import html
import json

import pytest

from .clients import markdownlint, seen_by_clients, timelinejs_view
from .test_build import build_seeds


@pytest.fixture(scope="module")
def out(tmp_path_factory):
    return build_seeds(tmp_path_factory.mktemp("exports") / "out")


def test_every_client_sees_what_events_json_implies(out):
    found = seen_by_clients(out)
    assert {client: seen for client, (seen, _) in found.items()} == \
        {client: expected for client, (_, expected) in found.items()}


def test_the_timeline_html_shows_the_title_slide_then_the_first_event(out):
    seen = timelinejs_view(out / "timeline.html")
    slides = json.loads((out / "timelinejs.json").read_text(encoding="utf-8"))
    assert seen["errors"] == [] and seen["requests"] == []
    assert seen["headlines"][:2] == [html.unescape(slides["title"]["text"]["headline"]),
                                     html.unescape(slides["events"][0]["text"]["headline"])]
    assert seen["story_height"] >= seen["height"] / 2


def test_the_markdown_is_lint_clean(out):
    assert markdownlint(out / "timeline.md") == []

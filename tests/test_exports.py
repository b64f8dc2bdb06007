"""Every file of a build of the sample story, read by the program its users open it with."""

import html
import json

import networkx as nx
import pandas
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventgraph.exporters import gexf, graphml, timeline, timelinejs
from eventgraph.graph import build_graph
from eventgraph.model import Actor, Date, Document, Event, Participant, Source, Story

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


@settings(max_examples=60, derandomize=True)
@given(st.text(st.characters(blacklist_categories=()), min_size=1, max_size=40))
def test_any_text_from_an_article_gives_files_their_readers_open(tmp_path_factory, text):
    folder = tmp_path_factory.mktemp("any")
    story = Story(
        documents=[Document(id=text, path=text, text=text, title=text, url=text, published="2024-06-20")],
        actors=[Actor(id=text, name=text, type="person", aliases=[text])],
        events=[Event(id=text, title=text, code=text, label=text, date=Date("2024-06-20", "day", "explicit", text),
                      actors=[Participant(text, "source")], sources=[Source(text, text, 0, 1)])], title=text)
    graph = build_graph(story)
    graphml.write_graphml(graph, folder / "graph.graphml")
    gexf.write_gexf(graph, folder / "graph.gexf")
    timeline.write_md(story, folder / "timeline.md")
    timeline.write_csv(story, folder / "timeline.csv")
    timelinejs.write_html(story, folder / "timeline.html")
    (folder / "timelinejs.json").write_text(timelinejs.dumps(story), encoding="utf-8")
    assert nx.read_graphml(folder / "graph.graphml", force_multigraph=True).number_of_edges() == 2
    assert nx.read_gexf(folder / "graph.gexf", version="1.3").number_of_edges() == 2
    assert len(pandas.read_csv(folder / "timeline.csv", encoding="utf-8-sig", dtype=str)) == 1
    assert len(json.loads((folder / "timelinejs.json").read_text(encoding="utf-8"))["events"]) == 1

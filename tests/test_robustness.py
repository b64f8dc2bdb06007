"""One bad article never stops a build: any Unicode, any date, any length, through every stage and every writer."""

import json
import tempfile
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import networkx as nx
import pytest
from hypothesis import HealthCheck, event, given, seed, settings
from hypothesis import strategies as st

from eventgraph import ingest, merge, pipeline
from eventgraph.exporters import render_timeline, write_all
from eventgraph.model import Document

from .test_cli import ARTICLE, run
from . import test_html
from .test_html import Opened, write_page
from .test_html import story as page_story

browser = test_html.browser  # the fixture of a Chromium the page tests share

TREATY = ("Peruvian President Ana Torres and Chilean leader Luis Vidal signed a defence treaty {when} in "
          "Lima, officials said.")


def build(tmp_path, *args):
    result = run("build", *args, "--out", tmp_path / "out", "--jobs", "1")
    assert result.exit_code == 0, result.output
    return result.output


def test_a_control_character_in_a_headline_gives_valid_graph_files(tmp_path):
    text = ARTICLE.replace("Envoys agree", "Envoys \x1b[31magree").replace("Freedonia agreed", "Freedonia\x1b agreed")
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    build(tmp_path, tmp_path / "a.txt")
    nx.read_graphml(tmp_path / "out" / "graph.graphml")
    ElementTree.parse(tmp_path / "out" / "graph.gexf")


def test_a_lone_surrogate_in_a_jsonl_title_and_text(tmp_path):
    record = {"id": "a\ud800", "title": "Talks \ud800 resume", "text": ARTICLE.replace("Monday", "Monday \udfff")}
    (tmp_path / "a.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    build(tmp_path, tmp_path / "a.jsonl")
    assert "Talks \ufffd resume" in (tmp_path / "out" / "events.json").read_text(encoding="utf-8")


def test_a_dateline_of_the_last_day_of_the_calendar_with_yesterday(tmp_path):
    (tmp_path / "a.txt").write_text("Leaders sign a defence treaty in the capital\n\nThursday, 31 Dec, 9999\n\n"
                                    + TREATY.format(when="on Thursday") + "\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Leaders sign a defence treaty after talks\n\n"
                                    + TREATY.format(when="yesterday") + "\n", encoding="utf-8")
    output = build(tmp_path, tmp_path / "a.txt", tmp_path / "b.txt")
    assert "from 2 articles" in output and "left out" not in output


def test_an_article_that_still_fails_is_left_out_named_and_counted(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.txt").write_text(ARTICLE.replace("Ruritania", "Bulgaria"), encoding="utf-8")
    merge_events = merge.merge_events

    def fails_on_b(documents, actors):
        if any(doc.id == "b" for doc in documents):
            raise ValueError("year 10000 is out of range")
        return merge_events(documents, actors)

    monkeypatch.setattr(merge, "merge_events", fails_on_b)
    output = build(tmp_path, tmp_path / "a.txt", tmp_path / "b.txt")
    assert f"warning: {tmp_path / 'b.txt'}: b left out, the cross-article passes failed on it (ValueError" in output
    assert "from 1 articles" in output and "1 left out" in output


def test_text_without_line_breaks_is_an_article(tmp_path):
    words = ("Envoys of Ruritania and Freedonia met on Monday in Geneva and agreed to resume talks on their "
             "disputed border, officials said. ").split()
    (tmp_path / "long.txt").write_text(" ".join(words[i % len(words)] for i in range(609)), encoding="utf-8")
    (tmp_path / "one.txt").write_text("Ruritania and Freedonia agreed on Monday to resume talks.", encoding="utf-8")
    (tmp_path / "headline.txt").write_text("Envoys agree to resume border talks", encoding="utf-8")
    output = build(tmp_path, tmp_path / "long.txt", tmp_path / "one.txt", tmp_path / "headline.txt")
    assert "from 2 articles" in output
    assert f"{tmp_path / 'headline.txt'}: skipped, no article text found, only a headline" in output


def test_a_jsonl_record_larger_than_a_file_may_be_is_skipped_and_named(tmp_path, monkeypatch):
    monkeypatch.setattr(ingest, "MAX_ARTICLE_BYTES", 2**20)
    huge = {"id": "huge", "text": "Talks resumed on Monday. " * 50_000}
    small = {"id": "small", "text": ARTICLE}
    (tmp_path / "a.jsonl").write_text(json.dumps(huge) + "\n" + json.dumps(small) + "\n", encoding="utf-8")
    output = build(tmp_path, tmp_path / "a.jsonl")
    assert f"{tmp_path / 'a.jsonl'}:1: skipped, the record is larger than 1 MB" in output
    assert "from 1 articles" in output


def test_deeply_nested_html_falls_back_to_its_plain_text(tmp_path):
    paragraphs = "".join(f"<p>{line}</p>" for line in ARTICLE.splitlines()[4:] if line)
    page = f"<html><head><title>Envoys agree to resume talks</title></head><body>{'<div>' * 300}{paragraphs}"
    (tmp_path / "deep.html").write_text(page + "</div>" * 300 + "</body></html>", encoding="utf-8")
    output = build(tmp_path, tmp_path / "deep.html")
    assert "from 1 articles" in output
    assert "Ruritania" in (tmp_path / "out" / "events.json").read_text(encoding="utf-8")


# Any code point (control characters, lone surrogates, non-characters), line breaks of every kind, and the
# words, dates and names the stages look for, so that the text reaches every stage and the merge.
WORDS = ["Ruritania", "Freedonia", "signed", "met", "on Monday", "yesterday", "last month", "in 1985", "said",
         "Torres", "Luis Vidal", "talks", "31 December 9999", "1 January 1", "the 1980s", "next year", ".", ",",
         "“", "\n", "\n\n", "\r\n", "\u2028", "By John Smith", "MOSCOW, June 19 (Reuters) -"]
ANY = st.text(st.characters(codec=None, exclude_categories=()), max_size=30)
TEXTS = st.lists(st.one_of(ANY, st.sampled_from(WORDS), st.sampled_from(WORDS)), min_size=3, max_size=60).map(" ".join)
DATES = st.one_of(st.none(), st.sampled_from(["0001-01-01", "0001-01-07", "9999-12-31", "9999-12-25"]),
                  st.dates().map(lambda day: day.isoformat()))


@st.composite
def documents(draw):
    count = draw(st.integers(1, 3))
    return [Document(id=draw(st.text(min_size=1, max_size=8)) + str(n), path=f"{n}.txt", text=draw(TEXTS),
                     title=draw(st.sampled_from(["", "Talks \x1b resume", None])) or "", published=draw(DATES))
            for n in range(count)]


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    return tmp_path_factory.mktemp("property")


@seed(17)
@settings(max_examples=300, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(docs=documents())
def test_any_text_goes_through_every_stage_the_merge_and_every_writer(docs, folder):
    extracted = []
    for doc in docs:
        try:
            laid_out = ingest.lay_out(doc)
        except ingest.EmptyPage:
            continue
        extracted.append(pipeline.extract(laid_out))
    event(f"{len(extracted)} article(s) extracted")
    if not extracted:
        return
    story = pipeline._assemble(extracted)
    event("with events" if story.events else "no events")
    out = Path(tempfile.mkdtemp(dir=folder))  # a new folder: renames over old files would wait for the disk
    write_all(story, out)
    for fmt in ("md", "csv", "json"):
        render_timeline(story, fmt).encode("utf-8")
    nx.read_graphml(out / "graph.graphml")
    ElementTree.parse(out / "graph.gexf")
    json.loads((out / "events.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("long_text", ["W" * 10_000, "Talks resume " * 800])
def test_the_page_keeps_its_layout_with_a_10000_character_title(browser, tmp_path, long_text):
    the_story = page_story(text_of=lambda text: f"{text} {long_text}")
    page = Opened(browser, write_page(tmp_path, the_story))
    try:
        page.page.locator(".event-item").first.click()
        width, height = page.page.evaluate("[window.innerWidth, window.innerHeight]")
        assert page.page.evaluate("document.documentElement.scrollWidth") <= width
        assert page.page.evaluate("document.querySelector('header').getBoundingClientRect().height") < height / 2
        assert page.page.evaluate("document.querySelector('main').getBoundingClientRect().height") > height / 2
    finally:
        page.page.close()

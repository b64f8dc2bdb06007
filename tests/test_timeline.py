import csv
import io

import markdown
import markdown_it
import pandas
from hypothesis import given, settings
from hypothesis import strategies as st

from eventgraph.exporters import timeline
from eventgraph.model import Date, Document, Event, Participant, Source, Story

from .clients import markdownlint, texts, tree
from .stories import small_story


def renderings(text: str) -> tuple[list, list]:
    return tree(markdown_it.MarkdownIt("commonmark").render(text)), tree(markdown.markdown(text))


def test_markdown_groups_by_year_and_nests_each_entrys_sources_by_four_spaces():
    text = timeline.render_md(small_story())
    assert text.splitlines()[:7] == [
        "# Freedonia, Ruritania, Jan Novak — May 2021", "", "## the 1980s", "",
        "- **the 1980s** — Ruritania and Freedonia agree the old pact (Ruritania)",
        "    1. Pact signed, 4 May 2021 (a1)", "",
    ]
    assert "- **3 May 2021** — Ruritania and Freedonia sign a trade pact (Ruritania, Freedonia)\n" \
           "    1. Pact signed, 4 May 2021 (a1)\n    2. Trade deal (b2)\n" in text
    assert text.index("## 1985") < text.index("## 2021") < text.index("## Undated")


def test_commonmark_and_python_markdown_read_the_same_tree():
    commonmark, python_markdown = renderings(timeline.render_md(small_story()))
    assert commonmark == python_markdown
    heading, group, entries = commonmark[2][:3]
    assert (heading[0], group[0], entries[0]) == ("h1", "h2", "ul")
    assert entries[2][0][2][-1][0] == "ol"


def test_markdownlint_finds_nothing_but_long_lines(tmp_path):
    path = tmp_path / "timeline.md"
    path.write_text(timeline.render_md(hostile_story()), encoding="utf-8")
    assert markdownlint(path) == []


def test_dates_say_how_the_happening_relates_to_them():
    story = Story(events=[
        Event(id="r", title="Officials comment", code="010", label="Make statement",
              date=Date("2024-06-20", "day", "publication"), sources=[Source("d", "s", 0, 1)]),
        Event(id="s", title="Fighting goes on", code="190", label="Fight",
              date=Date("2011-03", "month", "explicit", relation="since", until="2012-08"),
              sources=[Source("d", "s", 0, 1)])])
    text = timeline.render_md(story)
    assert "- **reported 20 June 2024** — Officials comment" in text
    assert "- **March 2011 to August 2012** — Fighting goes on" in text


HOSTILE = "x`<img src=x onerror=alert(1)>`*em* _u_ [a](javascript:alert(2)) <b>bold</b> # h & &amp; \\` http://x.io"


def hostile_story() -> Story:
    doc = Document(id=HOSTILE, path="p", text="t", title=HOSTILE, published="2024-06-20",
                   url="javascript:alert(3)")
    return Story(documents=[doc], events=[
        Event(id="x", title=HOSTILE, code="010", label="Make statement", date=Date("2020", "year", "explicit"),
              actors=[Participant("a")], sources=[Source(HOSTILE, HOSTILE, 0, 1)])], title=HOSTILE)


def test_article_text_renders_as_text_and_never_as_markup():
    for rendered in renderings(timeline.render_md(hostile_story())):
        assert str(rendered).count("'img'") == str(rendered).count("'a'") == str(rendered).count("'code'") == 0
        assert str(rendered).count("'em'") == str(rendered).count("'b'") == 0
        assert sum(HOSTILE in text for text in texts(rendered)) == 3  # the heading, the entry and its source


@settings(max_examples=150, derandomize=True)
@given(st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=60))
def test_any_text_renders_the_same_in_both_and_as_itself(text):
    story = Story(documents=[Document(id=text, path="p", text="t", title=text)], events=[
        Event(id="x", title=text, code="010", label="Make statement", date=Date("2020", "year", "explicit"),
              sources=[Source(text, text, 0, 1)])])
    commonmark, python_markdown = renderings(timeline.render_md(story))
    assert commonmark == python_markdown
    shown = timeline.printable(text)
    if shown:
        assert any(shown in piece for piece in texts(commonmark))


def read_csv(text: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(text)))


def test_csv_has_one_row_per_event_with_the_contract_columns_and_how_each_date_was_obtained():
    rows = read_csv(timeline.render_csv(small_story()))
    assert list(rows[0]) == ["date", "granularity", "title", "type", "actors", "sources", "date_shown",
                             "date_source", "date_relation", "date_until"]
    assert len(rows) == 4
    sign = next(r for r in rows if r["date"] == "2021-05-03")
    assert sign["granularity"] == "day"
    assert sign["type"] == "057 Sign formal agreement"
    assert sign["actors"] == "Ruritania; Freedonia"
    assert sign["sources"] == "a1; b2"
    assert (sign["date_shown"], sign["date_source"], sign["date_relation"]) == ("3 May 2021", "explicit", "on")


def test_the_csv_file_starts_with_a_byte_order_mark_so_spreadsheets_read_utf8(tmp_path):
    story = small_story()
    story.events[0].title = "The pact’s terms — signed"
    path = tmp_path / "timeline.csv"
    timeline.write_csv(story, path)
    assert path.read_bytes().startswith(b"\xef\xbb\xbfdate,")
    with open(path, encoding="utf-8-sig", newline="") as handle:
        assert list(csv.DictReader(handle))[2]["title"] == "The pact’s terms — signed"
    frame = pandas.read_csv(path, encoding="utf-8-sig", dtype=str, keep_default_na=False)
    assert list(frame.columns)[0] == "date" and len(frame) == 4
    assert "The pact’s terms — signed" in set(frame["title"])


def test_cells_a_spreadsheet_would_run_as_formulas_are_neutralised():
    titles = ["=HYPERLINK(\"http://x\")", "+1", "-2+3", "@SUM(A1)", "\tx", "\rx", "a=b"]
    story = Story(events=[Event(id=str(i), title=title, code="010", label="Make statement",
                                date=Date("2020", "year", "explicit"), sources=[Source("=cmd", "s", 0, 1)])
                          for i, title in enumerate(titles)])
    rows = read_csv(timeline.render_csv(story))
    assert sorted(row["title"] for row in rows) == sorted(["'=HYPERLINK(\"http://x\")", "'+1", "'-2+3", "'@SUM(A1)",
                                                          "x", "x", "a=b"])
    assert {row["sources"] for row in rows} == {"'=cmd"}


def test_an_empty_story_says_so():
    assert "No events found." in timeline.render_md(Story())


def test_the_files_joined_from_the_pages_pieces_are_those_rendered_on_their_own():
    for story in (small_story(), hostile_story(), Story()):
        assert timeline.joined(story, timeline.page_export(story)) == (timeline.render_md(story),
                                                                        timeline.render_csv(story))

import csv
import io

from eventgraph.exporters import timeline
from eventgraph.model import Date, Event, Source, Story

from .stories import small_story


def test_markdown_groups_by_year_and_lists_each_entrys_sources():
    text = timeline.render_md(small_story())
    assert text.splitlines()[:6] == [
        "# Timeline", "", "## the 1980s", "",
        "- **the 1980s** — Ruritania and Freedonia agree the old pact (Ruritania)",
        "  - Pact signed (`a1`)",
    ]
    assert "- **3 May 2021** — Ruritania and Freedonia sign a trade pact (Ruritania, Freedonia)" in text
    assert "## Undated" in text
    assert text.index("## 1985") < text.index("## 2021") < text.index("## Undated")


def test_markdown_escapes_article_text_that_would_format():
    story = Story(events=[Event(id="x", title="A *bold* <b>claim</b> | [link](y)", code="010", label="Make statement",
                                date=Date("2020", "year", "explicit"), sources=[Source("d", "s", 0, 1)])])
    line = next(l for l in timeline.render_md(story).splitlines() if l.startswith("- "))
    assert "\\*bold\\*" in line and "\\<b\\>" in line and "\\|" in line and "\\[link\\]" in line


def test_csv_has_one_row_per_event_with_the_contract_columns():
    rows = list(csv.DictReader(io.StringIO(timeline.render_csv(small_story()))))
    assert list(rows[0]) == ["date", "granularity", "title", "type", "actors", "sources"]
    assert len(rows) == 4
    sign = next(r for r in rows if r["date"] == "2021-05-03")
    assert sign["granularity"] == "day"
    assert sign["type"] == "057 Sign formal agreement"
    assert sign["actors"] == "Ruritania; Freedonia"
    assert sign["sources"] == "a1; b2"


def test_an_empty_story_says_so():
    assert "No events found." in timeline.render_md(Story())

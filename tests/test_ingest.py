import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eventgraph import ids, ingest
from eventgraph.ingest import dateline, decode, furniture, page

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

PAGE = """World News

Home World > Europe > Ruritania and Freedonia sign a border accord after decade of talks

Ruritania and Freedonia sign a border accord after decade of talks

By Anna Weber for Example Wire
Vienna, Austria
Ruritania and Freedonia sign a border accord after decade of talks Foreign ministers shake hands in Vienna
Jane Doe/Example Agency/Pool via Reuters

Published: March 4, 2025

VIENNA. Ruritania and Freedonia signed an accord on Monday settling a border dispute that began in 1992.

0
57

The agreement was reached after ten rounds of talks, officials from both sides said.

Also read: Freedonia's parliament approves new budget

Both governments will set up a joint commission to mark the new line by the end of the year.

Keep connected with us on Facebook, Twitter and YouTube for the latest news.

Edited by Example Wire Staff.

Leave a Reply

Your email address will not be published. Required fields are marked *

Check Also

Freedonia opens new port on the southern coast

The port, built over five years, will handle container ships from across the region and…

© 2025 Example Wire | All Rights Reserved
"""


def body_text(doc_or_page, text):
    return "\n".join(text[start:end] for start, end in doc_or_page.body)


@pytest.mark.parametrize("line, date, kind", [
    ("Thursday, 20 Jun, 2024", "2024-06-20", "plain"),
    ("World - June 20, 2024", "2024-06-20", "plain"),
    ("UPDATED at 11:34 a.m. on June 20, 2024.", "2024-06-20", "updated"),
    ("Published: March 4, 2025", "2025-03-04", "published"),
    ("2024-06-20T08:15:00Z", "2024-06-20", "plain"),
    ("Posted on Sept. 3rd, 2023 at 9:05 pm EST", "2023-09-03", "published"),
    ("Last modified on Tue 5 Mar 2024 14.20 GMT", "2024-03-05", "updated"),
    ("Published: 20.06.2024", "2024-06-20", "published"),
    ("Posted 2024/06/20 08:15", "2024-06-20", "published"),
    ("06/20/2024 | World", "2024-06-20", "plain"),
])
def test_datelines_in_the_forms_real_pages_use(line, date, kind):
    assert dateline.parse(line) == dateline.Dateline(date, kind)


@pytest.mark.parametrize("line", [
    "The talks of June 20, 2024 ended without an agreement.",
    "South Korea added 243 items to the list.",
    "Putting 1,402 troops on alert in 24 years",
    "February 30, 2024",
    "Article 51 of the Charter",
    "June 2024",
    "Scores 3-1-2024 and more, the club said on its web site",
    "31.02.2024",
])
def test_lines_that_are_not_datelines(line):
    assert dateline.parse(line) is None


def test_a_made_up_page_keeps_only_the_article():
    found = page.read(PAGE)
    assert found.title == "Ruritania and Freedonia sign a border accord after decade of talks"
    assert found.published == "2025-03-04"
    body = body_text(found, PAGE)
    assert body.startswith("VIENNA. Ruritania and Freedonia signed an accord on Monday")
    assert "ten rounds of talks" in body
    assert body.endswith("by the end of the year.")
    for furniture_text in ("World News", "Home World", "By Anna Weber", "Vienna, Austria", "shake hands",
                           "Pool via Reuters", "Published", "\n57", "Also read", "parliament approves",
                           "Keep connected", "Edited by", "Leave a Reply", "email address", "Check Also",
                           "new port", "container ships", "All Rights Reserved"):
        assert furniture_text not in body, furniture_text


def test_body_spans_are_offsets_into_the_text_as_read():
    found = page.read(PAGE)
    assert all(0 <= start < end <= len(PAGE) for start, end in found.body)
    assert all(PAGE[start:end] == PAGE[start:end].strip() for start, end in found.body)
    assert [start for start, _ in found.body] == sorted(start for start, _ in found.body)


def test_a_teaser_at_the_top_does_not_end_the_article():
    text = ("Latest News\n\nCouncil approves the new city budget after long debate\n\n"
            "The city council approved the budget on Tuesday.\n\nSpending on schools rises by a tenth.\n")
    found = page.read(text)
    assert found.title == "Council approves the new city budget after long debate"
    assert "Spending on schools" in body_text(found, text)


@pytest.mark.parametrize("first, title", [
    ("# Storm closes ports along the northern coast", "Storm closes ports along the northern coast"),
    ("\u201cWe will not back down,\u201d says striking union leader", None),
    ("\u201cRuritania Signs Trade Pact With Freedonia\u201d", "Ruritania Signs Trade Pact With Freedonia"),
    ("Home Office reviews visa rules for seasonal workers", "Home Office reviews visa rules for seasonal workers"),
])
def test_titles(first, title):
    text = f"{first}\n\nThe first paragraph of the article says what happened.\n"
    assert page.read(text).title == (title or first)


def test_a_section_name_is_not_the_title():
    text = "Diplomacy\n\nEnvoys meet in Geneva to restart stalled talks\n\nThe envoys met on Friday.\n"
    assert page.read(text).title == "Envoys meet in Geneva to restart stalled talks"


@pytest.mark.parametrize("line, expected", [
    ("By Taro Yamada for Example Wire", True),
    ("By Friday, the troops had left the city.", False),
    ("0", True),
    ("1,204 comments", True),
    ("The minister said 0 people were hurt.", False),
    ("Copyright 2024 Example Media", True),
    ("Copyright lawsuits against the company rose last year.", False),
    ("Officials wave at the crowd. (Photo: Example Agency)", True),
    ("The government announced a cash handout for farmers hit by the drought last year, officials said.", False),
    ("Reuters", True),
    ("![Leaders at the summit](images/summit.jpg)", True),
    ("Reuters reported the deal on Monday.", False),
    ("Jane Doe/Pool/Example Agency via Reuters", True),
    ("Sales in January/February against November/December rose", False),
    ("100 shares normally traded", False),
    ("share.", False),
])
def test_furniture_lines(line, expected):
    assert furniture.is_furniture(line) is expected


def test_seeds_titles_dates_and_no_furniture_in_the_body():
    docs = list(ingest.iter_documents([str(SEEDS)]))
    assert len(docs) == 5
    for doc in docs:
        assert len(doc.title.split()) >= 4 and not doc.title.startswith("Home")
        assert doc.body
        body = body_text(doc, doc.text)
        for marker in ("Leave a Reply", "All Rights Reserved", "Keep connected", "Author profile", "Also read",
                       "Photo courtesy", "Add your comment", "Check Also", "Edited by", "By "):
            assert marker not in body, (doc.id, marker)
        if doc.published is None:
            assert doc.published_source is None
        else:
            assert doc.published_source == "text"
    assert sum(doc.published is not None for doc in docs) >= 3


def write(path: Path, data: bytes) -> str:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return str(path)


ARTICLE = "Talks resume in Geneva after a pause\n\nThe envoys met on Friday and agreed to meet again.\n"


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1"])
def test_text_that_is_not_utf8_is_decoded(tmp_path, encoding):
    text = "Caf\u00e9 owners protest in S\u00e3o Paulo over new r\u00e9gime\n\nThe na\u00efve plan fell through.\n"
    if encoding == "cp1252":
        text = text.replace("protest", "\u201cprotest\u201d")
    write(tmp_path / "a.txt", text.encode(encoding))
    [doc] = ingest.iter_documents([str(tmp_path)])
    assert doc.text == text


def test_empty_and_binary_files_are_skipped_and_named(tmp_path):
    write(tmp_path / "a_empty.txt", b"  \n")
    write(tmp_path / "b_binary.txt", bytes(range(256)) * 4)
    write(tmp_path / "c_good.txt", ARTICLE.encode())
    warnings = []
    docs = list(ingest.iter_documents([str(tmp_path)], warn=warnings.append))
    assert [doc.id for doc in docs] == ["c_good"]
    assert any("a_empty.txt" in w and "empty" in w for w in warnings)
    assert any("b_binary.txt" in w and "binary" in w for w in warnings)


def test_unreadable_and_oversized_files_are_skipped(tmp_path, monkeypatch):
    locked = write(tmp_path / "locked.txt", ARTICLE.encode())
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as handle:
        handle.truncate(ingest.MAX_ARTICLE_BYTES + 1)
    original = Path.read_bytes

    def read_bytes(self):
        if str(self) == locked:
            raise PermissionError(13, "Permission denied", locked)
        return original(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    warnings = []
    assert list(ingest.iter_documents([str(tmp_path)], warn=warnings.append)) == []
    assert any("locked.txt" in w and "Permission denied" in w for w in warnings)
    assert any("huge.txt" in w and "too large" in w for w in warnings)


def test_folders_are_read_recursively_in_sorted_order_without_hidden_files_or_old_output(tmp_path):
    for name in ("b/2.txt", "b/10.md", "a.txt", ".hidden/x.txt", "notes.pdf"):
        write(tmp_path / name, ARTICLE.encode())
    write(tmp_path / "out" / "events.json", b"{}")
    write(tmp_path / "out" / "graph.html", b"<html><body><p>" + ARTICLE.encode() * 5 + b"</p></body></html>")
    docs = list(ingest.iter_documents([str(tmp_path)]))
    assert [Path(doc.path).relative_to(tmp_path).as_posix() for doc in docs] == ["a.txt", "b/10.md", "b/2.txt"]


def test_a_folder_without_articles_is_named(tmp_path):
    warnings = []
    assert list(ingest.iter_documents([str(tmp_path)], warn=warnings.append)) == []
    assert warnings and str(tmp_path) in warnings[0]


def test_a_missing_path_stops_before_reading():
    with pytest.raises(ingest.SourceError, match="no-such-folder"):
        list(ingest.iter_documents(["no-such-folder"]))


def test_ids_stay_unique(tmp_path):
    write(tmp_path / "a" / "story.txt", ARTICLE.encode())
    write(tmp_path / "b" / "story.txt", ARTICLE.encode())
    assert [doc.id for doc in ingest.iter_documents([str(tmp_path)])] == ["story", "story-2"]


def test_article_ids_are_made_unique_as_every_other_id_is(tmp_path, monkeypatch):
    write(tmp_path / "a" / "story.txt", ARTICLE.encode())
    write(tmp_path / "b" / "story.txt", ARTICLE.encode())
    write(tmp_path / "c" / "story-2.txt", ARTICLE.encode())
    asked = []
    monkeypatch.setattr(ids, "free", lambda wanted, taken: asked.append(wanted) or f"{wanted}-{len(taken)}")
    assert [doc.id for doc in ingest.iter_documents([str(tmp_path)])] == ["story-0", "story-1", "story-2-2"]
    assert asked == ["story", "story", "story-2"]


def test_a_feed_file_is_never_read_as_an_article(tmp_path):
    write(tmp_path / "wire.rss", b'<?xml version="1.0"?><rss version="2.0"><channel></channel></rss>')
    write(tmp_path / "story.txt", ARTICLE.encode())
    warnings = []
    assert [doc.id for doc in ingest.iter_documents([str(tmp_path)], warn=warnings.append)] == ["story"]
    assert warnings == [f"{tmp_path / 'wire.rss'}: skipped, a feed's articles are read from the web, and nothing "
                        "was fetched"]
    assert list(ingest.feed_files([str(tmp_path), "https://news.example/feed"])) == [tmp_path / "wire.rss"]


def test_jsonl_records_and_malformed_lines(tmp_path):
    lines = [
        json.dumps({"id": "r1", "text": ARTICLE, "title": "Talks resume", "published": "2021-05-04"}),
        "{not json",
        json.dumps({"id": "r2"}),
        "",
        json.dumps({"id": "r3", "text": "Published: March 4, 2025\n\nEnvoys meet in Geneva\n\nThe envoys met.",
                    "url": "u"}),
        json.dumps({"id": "r4", "text": "x", "published": "4 May 2021"}),
        json.dumps({"id": 5, "text": "The envoys met on Friday.", "title": "Envoys meet",
                    "published": "2021-05-04T08:15:00Z", "dateline": "GENEVA, May 4 -"}),
    ]
    source = write(tmp_path / "articles.jsonl", "\n".join(lines).encode())
    warnings = []
    docs = list(ingest.iter_documents([source], warn=warnings.append))
    assert [(d.id, d.title, d.published, d.published_source) for d in docs] == [
        ("r1", "Talks resume", "2021-05-04", "metadata"),
        ("r3", "Envoys meet in Geneva", "2025-03-04", "text"),
        ("5", "Envoys meet", "2021-05-04", "metadata"),
    ]
    assert docs[1].url == "u"
    assert [d.place for d in docs] == [None, None, "GENEVA"]
    assert [w.split(": skipped")[0] for w in warnings] == [f"{source}:2", f"{source}:3", f"{source}:6"]


def test_published_option_wins_and_unmatched_options_are_named(tmp_path):
    source = write(tmp_path / "a.txt", b"Envoys meet again\n\nThursday, 20 Jun, 2024\n\nThe envoys met.\n")
    warnings = []
    [doc] = ingest.iter_documents([source], {source: "2024-06-19", "missing.txt": "2024-01-01"}, warnings.append)
    assert (doc.published, doc.published_source) == ("2024-06-19", "option")
    assert warnings == ["--published missing.txt: no article read from that file"]


def test_no_date_is_none_never_the_files_time(tmp_path):
    [doc] = ingest.iter_documents([write(tmp_path / "a.txt", ARTICLE.encode())])
    assert doc.published is None and doc.published_source is None


HTML = """<html><head><title>Ports reopen after storm - Example News</title>{meta}</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Ports reopen after storm</h1>{dateline}
<p>The northern ports reopened on Tuesday after a storm closed them for three days, the harbour authority
said in a statement.</p>
<p>Shipping companies said the backlog of container ships would take about a week to clear, and warned of
delays for importers across the region.</p></article>
<footer>Copyright 2023 Example News. All rights reserved.</footer></body></html>"""


def test_html_date_from_metadata(tmp_path):
    meta = '<meta property="article:published_time" content="2023-11-07T09:00:00+00:00">'
    source = write(tmp_path / "a.html", HTML.format(meta=meta, dateline="").encode())
    [doc] = ingest.iter_documents([source])
    assert (doc.title, doc.published, doc.published_source) == ("Ports reopen after storm", "2023-11-07",
                                                                 "metadata")
    assert "backlog of container ships" in body_text(doc, doc.text)
    assert "Copyright" not in doc.text


def test_html_date_from_the_dateline_and_never_from_the_copyright_year(tmp_path):
    dated = write(tmp_path / "a.html", HTML.format(meta="", dateline="<p>Published: November 7, 2023</p>").encode())
    undated = write(tmp_path / "b.htm", HTML.format(meta="", dateline="").encode())
    first, second = ingest.iter_documents([dated, undated])
    assert (first.published, first.published_source) == ("2023-11-07", "text")
    assert (second.published, second.published_source) == (None, None)


@given(st.text())
def test_any_text_gives_spans_inside_it(text):
    found = page.read(text)
    previous_end = 0
    for start, end in found.body:
        assert previous_end <= start < end <= len(text)
        previous_end = end


@given(st.binary())
def test_any_bytes_decode_or_are_refused(data):
    try:
        assert isinstance(decode.decode_bytes(data), str)
    except decode.Unreadable:
        pass


def test_an_html_page_without_article_text_is_skipped_and_named(tmp_path):
    source = write(tmp_path / "a.html", b"<html><head><title>Menu</title></head><body><nav>Home</nav></body></html>")
    warnings = []
    assert list(ingest.iter_documents([source], warn=warnings.append)) == []
    assert len(warnings) == 1 and warnings[0].startswith(f"{source}: skipped, no article text found")


def test_reading_leaves_the_layout_to_lay_out(tmp_path):
    source = write(tmp_path / "a.txt", b"Envoys meet again in Geneva\n\nThursday, 20 Jun, 2024\n\nThe envoys met.\n")
    [read] = ingest.iter_articles([source])
    assert (read.title, read.body, read.published) == ("", [], None)
    laid_out = ingest.lay_out(read)
    assert (laid_out.title, laid_out.published, laid_out.published_source) == ("Envoys meet again in Geneva",
                                                                                "2024-06-20", "text")
    assert [laid_out.text[start:end] for start, end in laid_out.body] == ["The envoys met."]


WIRE = """The Freedonia Shipping
Association said on Tuesday that its members carried 12 pct
more cargo in fiscal
1986.
    It said 100 shares of the
company changed hands in January/February against November/December due to the cold
weather.
 Reuter
"""


def test_text_wrapped_at_a_fixed_width_keeps_its_short_lines():
    found = page.read(WIRE, "FREEDONIA SHIPPING CARGO RISES")
    body = body_text(found, WIRE)
    assert body == WIRE[:WIRE.index(" Reuter")].rstrip()
    assert found.published is None

import json
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from eventgraph import cache, cli, fetch
from eventgraph.fetch import client, feeds, polite

from .webserver import Answer, Server

PARAGRAPHS = [
    "Ruritania and Freedonia agreed on Monday to resume talks on their disputed border, officials said.",
    "The envoys will meet again in Geneva next month to settle the line through the river valley.",
    "Both governments said the agreement ended a year of tension along the frontier.",
]


def html_page(title, paragraphs=PARAGRAPHS, head="", charset=""):
    body = "".join(f"<p>{paragraph}</p>" for paragraph in paragraphs)
    meta = f'<meta charset="{charset}">' if charset else ""
    return (f"<!DOCTYPE html><html><head>{meta}<title>{title}</title>{head}</head><body><header><nav>Home "
            f"World Business</nav></header><article><h1>{title}</h1>{body}</article><footer>Contact us</footer>"
            "</body></html>")


HTML = {"Content-Type": "text/html; charset=utf-8"}


@pytest.fixture
def server():
    with Server() as running:
        running.routes["/robots.txt"] = Answer(200, b"User-agent: *\nDisallow: /private/\n",
                                               {"Content-Type": "text/plain"})
        yield running


def build(tmp_path, *args):
    result = CliRunner().invoke(cli.main, ["build", *map(str, args), "--out", str(tmp_path / "out"), "--jobs", "1",
                                           "--fetch-delay", "0", "--timeout", "1", "--quiet"])
    assert "Traceback" not in result.output
    return result


def documents(tmp_path):
    return json.loads((tmp_path / "out" / "events.json").read_text())["documents"]


def article(title, **extra):
    return Answer(200, html_page(title, **extra).encode("utf-8"), dict(HTML))


def test_pages_are_fetched_with_their_metadata(server, tmp_path):
    head = ('<meta property="og:site_name" content="The Border Herald">'
            '<link rel="canonical" href="https://herald.example/border-talks">'
            '<meta property="article:published_time" content="2025-03-03T08:00:00Z">'
            '<meta name="author" content="Ana Ruiz">')
    server.routes["/news/border-talks.html"] = article("Envoys agree to resume border talks", head=head)
    result = build(tmp_path, server.url("/news/border-talks.html"))
    assert result.exit_code == 0, result.output
    [doc] = documents(tmp_path)
    assert doc["id"] == "border-talks"
    assert doc["path"] == server.url("/news/border-talks.html")
    assert doc["url"] == "https://herald.example/border-talks"
    assert doc["site"] == "The Border Herald"
    assert doc["published"] == "2025-03-03" and doc["published_source"] == "metadata"
    assert doc["title"] == "Envoys agree to resume border talks"
    agent = next(r.headers["user-agent"] for r in server.requests if r.path == "/news/border-talks.html")
    assert agent.startswith("eventgraph/")


def test_a_feed_expands_to_its_links(server, tmp_path):
    server.routes["/a.html"] = article("Envoys agree to resume border talks")
    server.routes["/b.html"] = article("Border talks resume in Geneva under a new chair")
    items = "".join(f"<item><title>{name}</title><link>{server.url(path)}</link></item>"
                    for name, path in (("A", "/a.html"), ("B", "/b.html")))
    rss = f'<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>{items}</channel></rss>'
    server.routes["/feed.xml"] = Answer(200, rss.encode(), {"Content-Type": "application/rss+xml"})
    result = build(tmp_path, server.url("/feed.xml"))
    assert result.exit_code == 0, result.output
    assert [doc["id"] for doc in documents(tmp_path)] == ["a", "b"]
    assert [r.path for r in server.requests].count("/robots.txt") == 1  # the feed's host, read once per run


def test_an_atom_feed_file_expands_to_its_links(server, tmp_path):
    server.routes["/a.html"] = article("Envoys agree to resume border talks")
    atom = (f'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>W</title>'
            f'<entry><title>A</title><link href="{server.url("/a.html")}"/></entry></feed>')
    (tmp_path / "wire.atom").write_text(atom)
    result = build(tmp_path, tmp_path / "wire.atom")
    assert result.exit_code == 0, result.output
    assert [doc["id"] for doc in documents(tmp_path)] == ["a"]


def test_a_feed_file_in_a_folder_stands_for_its_links_as_it_does_named(server, tmp_path):
    server.routes["/a.html"] = article("Envoys agree to resume border talks")
    atom = (f'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>W</title>'
            f'<entry><title>A</title><link href="{server.url("/a.html")}"/></entry></feed>')
    news = tmp_path / "news"
    (news / "wire").mkdir(parents=True)
    (news / "wire" / "wire.atom").write_text(atom)
    (news / "sitemap.xml").write_text('<?xml version="1.0"?><urlset></urlset>')
    (news / "saved.txt").write_text("Talks resume\n\n" + " ".join(PARAGRAPHS) + "\n")
    result = build(tmp_path, news)
    assert result.exit_code == 0, result.output
    assert [doc["id"] for doc in documents(tmp_path)] == ["saved", "a"]
    assert f"{news / 'sitemap.xml'}: skipped, not an RSS or Atom feed" in result.output


def test_redirects_are_followed_and_loops_named(server, tmp_path):
    server.routes["/old"] = Answer(301, b"", {"Location": "/new.html"})
    server.routes["/new.html"] = article("Envoys agree to resume border talks")
    server.routes["/loop"] = Answer(302, b"", {"Location": "/loop"})
    result = build(tmp_path, server.url("/old"), server.url("/loop"))
    assert result.exit_code == 0, result.output
    [doc] = documents(tmp_path)
    assert doc["url"] == server.url("/new.html")
    assert f"{server.url('/loop')}: skipped, redirect loop" in result.output


def test_gzip_and_a_latin1_page_without_charset(server, tmp_path):
    answer = article("Envoys agree to resume border talks")
    answer.gzip = True
    server.routes["/zipped.html"] = answer
    latin = html_page("Café talks in Zürich resume after a pause",
                      ["Les négociateurs se sont retrouvés à Zürich, said the envoys from Ruritania on Monday.",
                       *PARAGRAPHS]).encode("latin-1")
    server.routes["/latin.html"] = Answer(200, latin, {"Content-Type": "text/html"})
    result = build(tmp_path, server.url("/zipped.html"), server.url("/latin.html"))
    assert result.exit_code == 0, result.output
    titles = [doc["title"] for doc in documents(tmp_path)]
    assert titles == ["Envoys agree to resume border talks", "Café talks in Zürich resume after a pause"]
    asked = next(r.headers["accept-encoding"] for r in server.requests if r.path == "/zipped.html")
    assert "gzip" in asked


def test_failures_are_named_and_the_build_goes_on(server, tmp_path):
    server.routes["/good.html"] = article("Envoys agree to resume border talks")
    server.routes["/private/secret.html"] = article("A page robots.txt refuses")
    server.routes["/broken"] = Answer(500, b"oops", {"Content-Type": "text/plain"})
    server.routes["/slow"] = Answer(200, b"<html></html>", dict(HTML), delay=3)
    server.routes["/huge"] = Answer(200, b"<p>" + b"x" * (client.MAX_BYTES + 10), dict(HTML))
    server.routes["/image.png"] = Answer(200, bytes(range(256)) * 10, {"Content-Type": "image/png"})
    server.routes["/blob"] = Answer(200, b"\x00\x01" * 500, {"Content-Type": "text/html"})
    urls = ["/good.html", "/private/secret.html", "/missing", "/broken", "/slow", "/huge", "/image.png", "/blob"]
    result = build(tmp_path, *map(server.url, urls))
    assert result.exit_code == 0, result.output
    assert [doc["id"] for doc in documents(tmp_path)] == ["good"]
    reasons = {"/private/secret.html": "refused by the site's robots.txt", "/missing": "not found (404)",
               "/broken": "server error 500", "/slow": "timed out", "/huge": "larger than 10 MB",
               "/image.png": "not a web page or feed (image/png)", "/blob": "binary"}
    for path, reason in reasons.items():
        line = next((line for line in result.output.splitlines() if line.startswith(f"warning: {server.url(path)}:")),
                    "")
        assert reason in line, (path, result.output)
    assert "/private/secret.html" not in server.paths()
    assert server.paths().count("/broken") == 1 + client.Options().retries


def test_429_waits_as_long_as_retry_after_asks(server, tmp_path):
    def busy_once(headers, count):
        if count == 1:
            return Answer(429, b"slow down", {"Content-Type": "text/plain", "Retry-After": "1"})
        return article("Envoys agree to resume border talks")
    server.routes["/busy.html"] = busy_once
    result = build(tmp_path, server.url("/busy.html"))
    assert result.exit_code == 0, result.output
    first, second = [r.time for r in server.requests if r.path == "/busy.html"]
    assert second - first >= 1.0


def test_a_server_asking_to_wait_too_long_is_given_up(server, tmp_path):
    server.routes["/busy.html"] = Answer(429, b"", {"Content-Type": "text/plain", "Retry-After": "3600"})
    server.routes["/good.html"] = article("Envoys agree to resume border talks")
    result = build(tmp_path, server.url("/busy.html"), server.url("/good.html"))
    assert result.exit_code == 0, result.output
    assert "asked to retry after 3600 s" in result.output
    assert server.paths().count("/busy.html") == 1


def test_nothing_readable_fails_with_one_line(server, tmp_path):
    result = build(tmp_path, server.url("/missing"))
    assert result.exit_code == 1
    assert "not found (404)" in result.output
    assert "no readable article" in result.output


def test_a_rebuild_makes_no_request_and_refresh_asks_conditionally(server, tmp_path):
    answer = article("Envoys agree to resume border talks")
    answer.headers["ETag"] = '"v1"'

    def page(headers, count):
        if headers.get("if-none-match") == '"v1"':
            return Answer(304, b"", {"ETag": '"v1"'})
        return answer
    server.routes["/a.html"] = page
    assert build(tmp_path, server.url("/a.html")).exit_code == 0
    first = documents(tmp_path)
    asked = len(server.requests)
    assert build(tmp_path, server.url("/a.html")).exit_code == 0
    assert len(server.requests) == asked
    result = build(tmp_path, server.url("/a.html"), "--refresh")
    assert result.exit_code == 0, result.output
    assert server.requests[-1].headers.get("if-none-match") == '"v1"'
    assert documents(tmp_path) == first


def test_offline_uses_the_cache_and_names_what_it_lacks(server, tmp_path):
    server.routes["/a.html"] = article("Envoys agree to resume border talks")
    server.routes["/b.html"] = article("Border talks resume in Geneva under a new chair")
    assert build(tmp_path, server.url("/a.html")).exit_code == 0
    asked = len(server.requests)
    result = build(tmp_path, server.url("/a.html"), server.url("/b.html"), "--offline")
    assert result.exit_code == 0, result.output
    assert len(server.requests) == asked
    assert f"{server.url('/b.html')}: skipped, not in the cache" in result.output
    assert [doc["id"] for doc in documents(tmp_path)] == ["a"]


def test_urls_file_and_at_most_two_requests_at_a_time_per_host(server, tmp_path):
    paths = [f"/p{number}.html" for number in range(6)]
    for path in paths:
        server.routes[path] = Answer(200, html_page(f"Border talks, day {path} of the new round").encode(),
                                     dict(HTML), delay=0.2)
    listing = tmp_path / "urls.txt"
    listing.write_text("# the story\n" + "\n".join(server.url(path) for path in paths) + "\n")
    result = build(tmp_path, "--urls", listing)
    assert result.exit_code == 0, result.output
    assert len(documents(tmp_path)) == 6
    spans = sorted((r.time, r.time + 0.2) for r in server.requests if r.path in paths)
    most = max(sum(start <= moment < end for start, end in spans) for moment, _ in spans)
    assert most <= 2


class _Clock:
    """A clock that moves only when slept on, so that a test of spacing does not hang on the machine's load."""

    def __init__(self):
        self.now = 1000.0
        self.asked = []

    def monotonic(self):
        return self.now

    def sleep(self, seconds):
        self.now += seconds


def test_a_fetch_delay_spaces_requests_to_one_host(server, monkeypatch):
    for path in ("/a.html", "/b.html"):
        server.routes[path] = article(f"Envoys agree to resume border talks {path}")
    clock, get = _Clock(), client.get
    monkeypatch.setattr(polite, "time", clock)

    def timed_get(session, url, *args, **kwargs):
        if url.endswith(".html"):
            clock.asked.append(clock.now)
        return get(session, url, *args, **kwargs)

    monkeypatch.setattr(client, "get", timed_get)
    settings = fetch.Settings(delay=0.5, options=client.Options(timeout=1))
    outcomes = fetch.fetch_many([server.url("/a.html"), server.url("/b.html")], None, settings)
    assert [outcome.state for outcome in outcomes.values()] == ["fetched", "fetched"]
    assert sorted(clock.asked) == [1000.0, 1000.5]


def test_a_bad_urls_file_is_one_line(tmp_path):
    listing = tmp_path / "urls.txt"
    listing.write_text("not a url\n")
    result = CliRunner().invoke(cli.main, ["build", "--urls", str(listing), "--out", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert "is not an http:// or https:// URL" in result.output


def test_feed_links_are_absolute_and_unique():
    rss = (b'<?xml version="1.0"?><rss version="2.0"><channel><item><link>/a</link></item>'
           b'<item><link>/a</link></item><item><link>https://x.example/b</link></item></channel></rss>')
    assert feeds.links(rss, "https://x.example/feed") == ["https://x.example/a", "https://x.example/b"]
    assert feeds.links(b"<html><body>not a feed</body></html>") is None


def kept(out, url):
    try:
        with closing(sqlite3.connect(f"file:{out / cache.FILENAME}?mode=ro", uri=True)) as database:
            return database.execute("SELECT count(*) FROM pages WHERE url = ?", (url,)).fetchone()[0] == 1
    except sqlite3.Error:
        return False


def test_pages_fetched_before_a_build_is_killed_are_kept(server, tmp_path):
    server.routes["/a.html"] = article("Envoys agree to resume border talks")
    server.routes["/stall.html"] = Answer(200, b"<html></html>", dict(HTML), delay=30)
    out = tmp_path / "out"
    process = subprocess.Popen([sys.executable, "-m", "eventgraph", "build", server.url("/a.html"),
                                server.url("/stall.html"), "--out", str(out), "--jobs", "1", "--fetch-delay", "0",
                                "--timeout", "60", "--quiet"], stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 30
        while not (kept(out, server.url("/a.html")) and "/stall.html" in server.paths()):
            assert time.monotonic() < deadline and process.poll() is None, "the build never kept the first page"
            time.sleep(0.05)
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait()
    result = build(tmp_path, server.url("/a.html"), "--offline")
    assert result.exit_code == 0, result.output
    assert [doc["id"] for doc in documents(tmp_path)] == ["a"]


def test_jobs_fetch_hosts_at_the_same_time(server, tmp_path):
    server.routes["/a.html"] = Answer(200, html_page("Envoys agree to resume border talks").encode(), dict(HTML),
                                      delay=0.5)
    urls = [server.url("/a.html"), server.url("/a.html").replace("127.0.0.1", "localhost")]
    settings = fetch.Settings(delay=0, per_host=1, hosts=2, options=client.Options(timeout=2))
    outcomes = fetch.fetch_many(urls, None, settings)
    assert [outcome.state for outcome in outcomes.values()] == ["fetched", "fetched"]
    first, second = sorted(r.time for r in server.requests if r.path == "/a.html")
    assert second - first < 0.5


def test_timeline_reads_urls_too(server):
    server.routes["/a.html"] = article("Envoys agree to resume border talks")
    result = CliRunner().invoke(cli.main, ["timeline", server.url("/a.html"), "--fetch-delay", "0", "--jobs", "1",
                                           "--quiet"])
    assert result.exit_code == 0, result.output
    assert "border" in result.output.lower()


@pytest.mark.parametrize("content_type, head", [("text/html; charset=windows-1252", ""),
                                                ("text/html", '<meta charset="windows-1252">'),
                                                ("text/html", '<meta http-equiv="Content-Type" '
                                                              'content="text/html; charset=iso-8859-1">')])
def test_a_declared_charset_is_used(content_type, head):
    from eventgraph.ingest.decode import decode_page

    data = f"<html><head>{head}</head><body><p>“Café” – Zürich</p></body></html>".encode("cp1252")
    assert "<p>“Café” – Zürich</p>" in decode_page(data, content_type)


@settings(max_examples=50)
@given(st.binary(max_size=300), st.sampled_from(["", "text/html", "text/html; charset=nonsense",
                                                 "application/rss+xml; charset=utf-8"]))
def test_any_response_gives_links_or_none_and_text_or_a_reason(body, content_type):
    from eventgraph.ingest.decode import Unreadable, decode_page

    found = feeds.links(body) if feeds.looks_like_feed(body, content_type) else None
    assert found is None or all(link.startswith(("http://", "https://")) for link in found)
    try:
        assert isinstance(decode_page(body, content_type), str)
    except Unreadable:
        pass


def test_a_feed_file_that_is_no_feed_is_named_and_not_read_as_an_article(tmp_path):
    (tmp_path / "sitemap.xml").write_text('<?xml version="1.0"?><urlset><url><loc>https://x.example/a</loc></url>'
                                          "</urlset>")
    (tmp_path / "story.txt").write_text("Envoys agree to resume border talks\n\n" + " ".join(PARAGRAPHS) + "\n")
    result = build(tmp_path, tmp_path / "sitemap.xml", tmp_path / "story.txt")
    assert result.exit_code == 0, result.output
    assert "sitemap.xml: skipped, not an RSS or Atom feed" in result.output
    assert [doc["id"] for doc in documents(tmp_path)] == ["story"]

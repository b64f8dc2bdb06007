from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from eventgraph import cli, ingest
from eventgraph.fetch import feeds
from eventgraph.ingest import html
from eventgraph.urls import is_url


def test_a_url_is_absolute_http_or_https_with_a_host():
    assert is_url("https://news.example/a?x=1#top") and is_url("HTTP://News.Example") and is_url("http://[::1]:8/")
    for text in ("http://", "https:///path", "http:/news.example", "ftp://news.example/a", "javascript:alert(1)",
                 "news.example/a", " https://news.example/a", "https://news.example/a b", "https://news\n.example",
                 "http://[::1", ""):
        assert not is_url(text), text


@given(st.text(max_size=30))
def test_any_text_is_judged_without_raising(text):
    assert is_url(text) in (True, False)


def test_feeds_sources_and_saved_pages_judge_a_url_alike():
    rss = (b'<?xml version="1.0"?><rss version="2.0"><channel><item><link>HTTPS://x.example/a</link></item>'
           b'<item><link>http://</link></item></channel></rss>')
    assert feeds.links(rss) == ["HTTPS://x.example/a"]
    with_url = "<html><head><meta property='og:url' content='{}'></head><body><p>{}</p></body></html>"
    text = " ".join(["Envoys from both countries met on Monday to resume talks on the border."] * 5)
    assert html.extract(with_url.format("HTTPS://x.example/a", text)).url == "HTTPS://x.example/a"
    assert html.extract(with_url.format("http://", text)).url is None
    assert not ingest.is_url("http://") and ingest.is_url is is_url


def test_a_url_without_a_host_in_a_urls_file_is_refused(tmp_path):
    listing = tmp_path / "urls.txt"
    listing.write_text("https://\n")
    result = CliRunner().invoke(cli.main, ["build", "--urls", str(listing), "--out", str(tmp_path / "out")])
    assert result.exit_code == 1 and "is not an http:// or https:// URL" in result.output

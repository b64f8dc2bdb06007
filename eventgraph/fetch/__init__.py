"""Articles from the web: URLs and feeds fetched politely, kept in the build's cache.

`gather` fetches the URLs a build is given; those that turn out to be RSS or Atom feeds, and the feed files
given or found in the folders given (`ingest.feed_files`), are expanded into their entries' links, which are
fetched in turn. Each host's robots.txt is read once for the whole run. Every URL that gives no page is named
with its reason through `warn` and left out; the build goes on with the rest. What ingest reads is the `Web`:
the page of each URL and the links of each feed (a file's under its path as `feed_files` gives it).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ..ingest import feed_files
from ..urls import is_url
from . import client, feeds
from .polite import Outcome, Settings, fetch_many
from .robots import Robots
from .store import PageStore

__all__ = ["Outcome", "PageStore", "Settings", "Web", "client", "gather", "is_url", "read_url_file", "wanted"]


def wanted(sources: list[str]) -> bool:
    """Whether `sources` name anything to fetch: a URL, or a feed file (named, or in a folder named)."""
    return any(is_url(source) for source in sources) or next(feed_files(sources), None) is not None


@dataclass
class Web:
    pages: dict[str, client.Response] = field(default_factory=dict)  # URL as given -> the page it gave
    feeds: dict[str, list[str]] = field(default_factory=dict)  # feed URL or file -> its entries' links


def read_url_file(path: str) -> list[str]:
    """The URLs of a --urls file: one a line; blank lines and lines starting with # are left out."""
    text = Path(path).read_text(encoding="utf-8-sig", errors="replace")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]


def gather(sources: Iterable[str], store: PageStore | None, settings: Settings,
           warn: Callable[[str], None] = lambda message: None,
           on_outcome: Callable[[Outcome], None] = lambda outcome: None,
           on_planned: Callable[[int], None] = lambda count: None) -> Web:
    """Fetch the URLs among `sources`, expand feeds (URLs or files) into their links and fetch those too.

    `on_planned` is told how many URLs are about to be fetched (the feeds' links become known on the way),
    `on_outcome` how each one went.
    """
    sources = list(sources)
    web = Web()
    links: list[str] = []
    for path in feed_files(sources):
        try:
            found = feeds.links(path.read_bytes())
        except OSError as error:
            found, reason = [], f"cannot be read ({error.strerror or error})"
        else:
            reason = "not an RSS or Atom feed" if found is None else "the feed lists no article links"
        if not found:
            warn(f"{path}: skipped, {reason}")
        web.feeds[str(path)] = found or []  # read as a feed, never as an article's text
        links += found or []
    urls = list(dict.fromkeys(source for source in sources if is_url(source)))
    on_planned(len(urls))
    robots = Robots(settings.options)
    first = fetch_many(urls, store, settings, on_outcome, robots)
    for url, outcome in first.items():
        if outcome.page is None:
            warn(f"{url}: skipped, {outcome.reason}")
            continue
        found = feeds.links(outcome.page.body, outcome.page.url) \
            if feeds.looks_like_feed(outcome.page.body, outcome.page.content_type) else None
        if found is None:
            web.pages[url] = outcome.page
        else:
            if not found:
                warn(f"{url}: the feed lists no article links")
            web.feeds[url] = found
            links += found
    links = list(dict.fromkeys(link for link in links if link not in first))
    on_planned(len(links))
    for url, outcome in fetch_many(links, store, settings, on_outcome, robots).items():
        if outcome.page is None:
            warn(f"{url}: skipped, {outcome.reason}")
        else:
            web.pages[url] = outcome.page
    return web

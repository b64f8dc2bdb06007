"""Fetching many URLs politely: robots.txt obeyed, at most `per_host` requests at a time to one host, a delay
between the requests to one host, and `hosts` hosts fetched at once.

Each host has a queue of its URLs served by up to `per_host` lanes (threads); a lane waits until the host's
next free moment (the delay, or a longer Crawl-delay from robots.txt) before each request. Lanes are started
host by host, so the thread pool of `hosts * per_host` threads works on about `hosts` hosts at a time. The
cache is read and written in the calling thread only: pages a build already has are taken from it without a
request unless `refresh` is set, and then asked for with a conditional request.
"""

from __future__ import annotations

import queue
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from . import client
from .robots import Robots
from .store import PageStore

MAX_CRAWL_DELAY = 10.0  # seconds: a longer Crawl-delay would stall a build of a few pages for minutes


@dataclass(frozen=True)
class Settings:
    delay: float = 1.0  # seconds between two requests to one host
    per_host: int = 2
    hosts: int = 2  # hosts fetched at once (--jobs)
    refresh: bool = False  # ask again for pages already kept (conditionally)
    offline: bool = False  # use kept pages only
    options: client.Options = field(default_factory=client.Options)


@dataclass
class Outcome:
    url: str
    state: str  # fetched | cached | failed
    page: client.Response | None = None
    reason: str | None = None


@dataclass
class _Host:
    urls: deque
    lock: threading.Lock = field(default_factory=threading.Lock)
    next_time: float = 0.0


def fetch_many(urls: Iterable[str], store: PageStore | None, settings: Settings,
               on_outcome: Callable[[Outcome], None] = lambda outcome: None,
               robots: Robots | None = None) -> dict[str, Outcome]:
    """An outcome for each URL (duplicates fetched once), in the order given. `robots` holds the robots.txt
    read so far in this run: pass the same one to every call of a run, so that a host's is read once."""
    urls = list(dict.fromkeys(urls))
    outcomes: dict[str, Outcome] = {}
    kept: dict[str, client.Response] = {}
    hosts: dict[str, _Host] = {}
    for url in urls:
        page = store.get(url) if store is not None else None
        if page is not None and not settings.refresh:
            outcomes[url] = Outcome(url, "cached", page)
        elif settings.offline:
            outcomes[url] = Outcome(url, "failed", reason="not in the cache, and --offline fetches nothing")
        else:
            if page is not None:
                kept[url] = page
            hosts.setdefault(urlsplit(url).netloc.lower(), _Host(deque())).urls.append(url)
            continue
        on_outcome(outcomes[url])
    if hosts:
        for outcome in _fetch(hosts, kept, settings, robots or Robots(settings.options)):
            if outcome.state == "fetched" and outcome.page is not None and outcome.page.status == 304:
                outcome = Outcome(outcome.url, "cached", kept[outcome.url])
            elif outcome.state == "fetched" and store is not None:
                store.put(outcome.url, outcome.page)
            outcomes[outcome.url] = outcome
            on_outcome(outcome)
    return {url: outcomes[url] for url in urls}


def _fetch(hosts: dict[str, _Host], kept: dict[str, client.Response], settings: Settings, robots: Robots):
    results: queue.Queue = queue.Queue()
    lanes = [host for host in hosts.values() for _ in range(min(settings.per_host, len(host.urls)))]
    remaining = sum(len(host.urls) for host in hosts.values())
    with ThreadPoolExecutor(max_workers=settings.hosts * settings.per_host) as pool:
        futures = [pool.submit(_lane, host, kept, robots, settings, results.put) for host in lanes]
        for _ in range(remaining):
            yield results.get()
        for future in futures:
            future.result()


def _lane(host: _Host, kept: dict[str, client.Response], robots: Robots, settings: Settings,
          report: Callable[[Outcome], None]) -> None:
    session = client.session(settings.options)
    with session:
        while True:
            with host.lock:
                if not host.urls:
                    return
                url = host.urls.popleft()
            try:
                report(_one(session, url, host, kept.get(url), robots, settings))
            except Exception as error:  # a lane that dies would leave its URLs unreported and the build waiting
                report(Outcome(url, "failed", reason=f"{type(error).__name__}: {error}"))


def _one(session, url: str, host: _Host, known: client.Response | None, robots: Robots,
         settings: Settings) -> Outcome:
    refusal = robots.refusal(session, url)
    if refusal:
        return Outcome(url, "failed", reason=refusal)
    delay = max(settings.delay, min(robots.crawl_delay(url), MAX_CRAWL_DELAY))
    with host.lock:
        start = max(time.monotonic(), host.next_time)
        host.next_time = start + delay
    time.sleep(max(0.0, start - time.monotonic()))
    try:
        page = client.get(session, url, settings.options, known.etag if known else None,
                          known.last_modified if known else None)
    except client.FetchError as error:
        return Outcome(url, "failed", reason=str(error))
    return Outcome(url, "fetched", page)

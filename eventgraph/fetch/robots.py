"""robots.txt, read once per host before its first page, as RFC 9309 says, and kept for the run.

A robots.txt that is missing or refused (4xx) allows everything; one that cannot be fetched (5xx, no
connection) forbids everything until a later build, since the site may be down or overloaded. The rules are
matched for the `eventgraph` product token, else for `*`, by the standard library's parser.
"""

from __future__ import annotations

import threading
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

import requests

from . import client

AGENT = "eventgraph"


class Robots:
    def __init__(self, options: client.Options):
        self.options = options
        self.parsers: dict[str, RobotFileParser | str] = {}
        self.lock = threading.Lock()
        self.host_locks: dict[str, threading.Lock] = {}

    def refusal(self, session: requests.Session, url: str) -> str | None:
        """Why robots.txt forbids `url`, or None when it may be fetched."""
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        with self.lock:
            host_lock = self.host_locks.setdefault(origin, threading.Lock())
        with host_lock:
            if origin not in self.parsers:
                self.parsers[origin] = self._load(session, origin)
        parser = self.parsers[origin]
        if isinstance(parser, str):
            return parser
        return None if parser.can_fetch(AGENT, url) else "refused by the site's robots.txt"

    def crawl_delay(self, url: str) -> float:
        parts = urlsplit(url)
        parser = self.parsers.get(f"{parts.scheme}://{parts.netloc}")
        if isinstance(parser, RobotFileParser):
            return float(parser.crawl_delay(AGENT) or 0)
        return 0.0

    def _load(self, session: requests.Session, origin: str) -> RobotFileParser | str:
        parser = RobotFileParser(origin + "/robots.txt")
        try:
            answer = client.get(session, origin + "/robots.txt", self.options, accept=())
            lines = answer.body.decode("utf-8", "replace").splitlines()
        except client.FetchError as error:
            if error.status is None or error.status >= 500:
                return f"robots.txt could not be read ({error}), so the site is not fetched"
            lines = []
        parser.parse(lines)
        return parser

"""RSS and Atom feeds: the links of their entries, in the feed's order, through feedparser."""

from __future__ import annotations

from urllib.parse import urljoin

import feedparser

from ..urls import is_url
from .client import FEED_TYPES

_SNIFF = 1024


def looks_like_feed(body: bytes, content_type: str = "") -> bool:
    """Whether a response or file is worth parsing as a feed: a feed content type, or XML that opens as one."""
    if content_type.split(";", 1)[0].strip().lower() in FEED_TYPES:
        return True
    head = body[:_SNIFF].lstrip().lower()
    return head.startswith((b"<?xml", b"<rss", b"<feed", b"<rdf")) and b"<html" not in head


def links(body: bytes, base: str | None = None) -> list[str] | None:
    """The entries' links (absolute, each once), or None when `body` is no RSS or Atom feed."""
    parsed = feedparser.parse(body)
    if not parsed.get("version"):
        return None
    found = []
    for entry in parsed.entries:
        link = entry.get("link") or next((item.get("href") for item in entry.get("links", []) if item.get("href")),
                                         None)
        if link:
            link = urljoin(base, link.strip()) if base else link.strip()
            if is_url(link):
                found.append(link)
    return list(dict.fromkeys(found))

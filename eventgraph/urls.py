"""What eventgraph takes for a web address: an absolute http:// or https:// URL that names a host.

One check for a source named on the command line or in --urls, a link in a feed and the address a saved page
gives for itself, so that each is fetched, followed or shown alike. White space and control characters are
never part of a URL (RFC 3986); text holding them is not one.
"""

from __future__ import annotations

from urllib.parse import urlsplit

SCHEMES = ("http", "https")


def is_url(text: str) -> bool:
    if not text or any(char.isspace() or not char.isprintable() for char in text):
        return False
    try:
        parts = urlsplit(text)
        return parts.scheme.lower() in SCHEMES and bool(parts.hostname)
    except ValueError:  # a malformed host, "http://[::1"
        return False

"""Fetched pages kept in the build's cache database, in a table of their own.

One row per URL as the user or a feed gave it: the address it ended at, the validators (ETag,
Last-Modified) for a later conditional request, the server's Date, the content type and the body as sent
(compressed). Each page is committed as soon as it arrives, so a killed build keeps what it fetched. The
database is opened through `cache.ExtractionCache`, which owns the file and its format; the store is used from
one thread only (the fetching threads hand their pages back).
"""

from __future__ import annotations

import zlib
from pathlib import Path

from ..cache import ExtractionCache
from .client import Response

class PageStore:
    def __init__(self, path: str | Path):
        self.database = ExtractionCache(path)  # lays out the `pages` table with the rest of the cache
        self.connection = self.database.connection

    def get(self, url: str) -> Response | None:
        row = self.connection.execute(
            "SELECT final_url, content_type, etag, last_modified, date, body FROM pages WHERE url = ?",
            (url,)).fetchone()
        if row is None:
            return None
        final_url, content_type, etag, last_modified, date, body = row
        try:
            body = zlib.decompress(body)
        except (zlib.error, TypeError):  # a damaged row is a page not fetched yet
            return None
        return Response(url=final_url, status=200, content_type=content_type, body=body,
                        etag=etag, last_modified=last_modified, date=date)

    def put(self, url: str, page: Response) -> None:
        row = (url, page.url, page.content_type, page.etag, page.last_modified, page.date, zlib.compress(page.body))
        with self.connection:
            self.connection.execute("INSERT OR REPLACE INTO pages VALUES (?, ?, ?, ?, ?, ?, ?)", row)

    def close(self) -> None:
        self.database.close()

    def __enter__(self) -> PageStore:
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()

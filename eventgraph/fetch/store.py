"""Fetched pages kept in the build's cache database, in a table of their own.

One row per URL as the user or a feed gave it: the address it ended at, the validators (ETag,
Last-Modified) for a later conditional request, the server's Date, the content type and the body as sent
(compressed). Each page is committed as soon as it arrives, so a killed build keeps what it fetched. The
database is opened through `cache.ExtractionCache`, which owns the file and its format; the store is used from
one thread only (the fetching threads hand their pages back).
"""

from __future__ import annotations

import sqlite3
import zlib
from pathlib import Path

from ..cache import CacheError, ExtractionCache
from .client import Response

_SCHEMA = ("CREATE TABLE IF NOT EXISTS pages (url TEXT PRIMARY KEY, final_url TEXT NOT NULL, "
           "content_type TEXT NOT NULL, etag TEXT, last_modified TEXT, date TEXT, body BLOB NOT NULL)")


class PageStore:
    def __init__(self, path: str | Path):
        self.database = ExtractionCache(path)
        self.connection = self.database.connection
        try:
            with self.connection:
                self.connection.execute(_SCHEMA)
        except sqlite3.DatabaseError as error:
            self.database.close()
            raise CacheError(f"{path}: cannot keep fetched pages there ({error})") from None

    def get(self, url: str) -> Response | None:
        row = self.connection.execute(
            "SELECT final_url, content_type, etag, last_modified, date, body FROM pages WHERE url = ?",
            (url,)).fetchone()
        if row is None:
            return None
        final_url, content_type, etag, last_modified, date, body = row
        return Response(url=final_url, status=200, content_type=content_type, body=zlib.decompress(body),
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

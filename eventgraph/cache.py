"""The per-article extraction cache: an SQLite file that maps an article to its extracted `Document`.

The key is a hash of everything the extraction reads — the article as read (id, path, title, text, URL,
wire dateline's place, stated publication date and where it came from) — and of the pipeline's version: `VERSION`, bumped by hand when the
meaning of the output changes, plus a hash of the resource files and of the code of the stages. An unchanged
article is therefore never extracted twice, and any change to the rules or their data extracts everything again
(rows of other versions are dropped when the cache is opened). Documents are stored as compressed JSON of
`model.to_dict`, read back as `model.from_dict` would.

The cache also notes, per output folder, the inputs and output files of the last build written there, so that
a rebuild in which nothing changed can leave the folder alone.

The file is eventgraph's own: its SQLite header carries `APPLICATION_ID` and the schema's version
(`user_version`), so that another program's database named by mistake is refused without being touched. A
cache that is damaged is only a cache: it is moved aside as `<name>.corrupt-<time>` and built again, and a row
that cannot be read is a cache miss.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import sqlite3
import time
import types
import typing
import zlib
from collections.abc import Callable, Iterable
from functools import cache
from pathlib import Path

from .model import Document

VERSION = 4  # 2: event mentions carry `occasion`, which documents cached by 1 lack; 3: and their `telling`; 4: and
# `own_plan`
FILENAME = ".eventgraph-cache.sqlite"  # inside the output folder; the atomic swap carries it over
_PACKAGE = Path(__file__).resolve().parent
_NOT_EXTRACTION = ("cli.py", "exporters", "fetch", "__pycache__")  # code that does not change what is extracted
_BUSY_SECONDS = 60.0  # another build may be writing the same cache

# The database's layout, in one place: a table added here needs SCHEMA_VERSION bumped, and a cache of another
# schema version is emptied and laid out again.
APPLICATION_ID = 0x45564752  # "EVGR" in the SQLite header: this file is an eventgraph cache
SCHEMA_VERSION = 1
TABLES = {
    "articles": "key TEXT PRIMARY KEY, version TEXT NOT NULL, document BLOB NOT NULL",
    "builds": "out TEXT PRIMARY KEY, record TEXT NOT NULL",
    "pages": "url TEXT PRIMARY KEY, final_url TEXT NOT NULL, content_type TEXT NOT NULL, etag TEXT, "
             "last_modified TEXT, date TEXT, body BLOB NOT NULL",  # fetch.store: pages fetched from the web
}
_HEADER = b"SQLite format 3\x00"


class CacheError(Exception):
    """The cache file cannot be opened or is not an eventgraph cache."""


@cache
def pipeline_version() -> str:
    digest = hashlib.sha256(f"eventgraph-cache/{VERSION}".encode())
    for path in sorted(_PACKAGE.rglob("*")):
        relative = path.relative_to(_PACKAGE)
        if not path.is_file() or relative.parts[0] in _NOT_EXTRACTION or relative.suffix == ".pyc":
            continue
        digest.update(str(relative.as_posix()).encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


@cache
def package_version() -> str:
    """A hash of all of eventgraph's code and data, the writers included: what one build's output depends on."""
    digest = hashlib.sha256(pipeline_version().encode())
    for path in sorted(_PACKAGE.rglob("*")):
        relative = path.relative_to(_PACKAGE)
        if path.is_file() and "__pycache__" not in relative.parts and relative.suffix != ".pyc":
            digest.update(str(relative.as_posix()).encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


def article_key(doc: Document) -> str:
    """The hash of an article as read: everything extraction reads from it, and the pipeline's version."""
    content = json.dumps([doc.id, doc.path, doc.title, doc.text, doc.body, doc.published, doc.published_source,
                          doc.url, doc.place, pipeline_version()], ensure_ascii=False)
    return hashlib.sha256(content.encode("utf-8", "surrogatepass")).hexdigest()


def encode(doc: Document) -> bytes:
    """`model.to_dict` of the document as compressed JSON."""
    # compressed fast: a cold build stores every article it reads, and the least effort costs half the time of
    # the default for a tenth more bytes
    return zlib.compress(json.dumps(doc, default=_fields).encode("ascii"), 1)


def decode(blob: bytes) -> Document:
    """The document `encode` stored, rebuilt as `model.from_dict` would."""
    return _decoder(Document)(json.loads(zlib.decompress(blob)))


# `model.to_dict` and `from_dict` resolve types on every call; a build stores and loads tens of thousands of
# documents, so the same conversions are compiled once per type here.

def _fields(value) -> dict:
    """A dataclass as the dict of its fields, for `json.dumps`, whose C encoder then writes every list, string and
    number itself."""
    names = _field_names(type(value))
    if names is None:
        raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")
    return {name: getattr(value, name) for name in names}


@cache
def _field_names(cls) -> tuple[str, ...] | None:
    return tuple(f.name for f in dataclasses.fields(cls)) if dataclasses.is_dataclass(cls) else None


@cache
def _decoder(hint) -> Callable | None:
    """A function that rebuilds a value of type `hint` from JSON, or None when the JSON value is already it."""
    if dataclasses.is_dataclass(hint):
        hints = typing.get_type_hints(hint)
        converters = [(f.name, _decoder(hints[f.name])) for f in dataclasses.fields(hint)]
        converters = [(name, convert) for name, convert in converters if convert is not None]

        def load(data):
            data = dict(data)
            for name, convert in converters:
                if data.get(name) is not None:
                    data[name] = convert(data[name])
            return hint(**data)
        return load
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin is list:
        item = _decoder(args[0])
        return None if item is None else (lambda values: [None if v is None else item(v) for v in values])
    if origin is tuple:
        return tuple
    if origin in (typing.Union, types.UnionType):
        inner = [_decoder(arg) for arg in args if arg is not type(None)]
        return inner[0] if inner else None
    return None


class ExtractionCache:
    def __init__(self, path: str | Path, warn: Callable[[str], None] = lambda message: None):
        self.path = Path(path)
        self.version = pipeline_version()
        self.warn = warn
        self.failed = False
        _check_owner(self.path)
        try:
            self.connection = self._open()
        except sqlite3.DatabaseError as error:
            if not _is_damage(error):
                raise CacheError(f"{self.path}: cannot be used as the extraction cache ({error}); "
                                 "name another --cache file") from None
            aside = _move_aside(self.path)
            warn(f"{self.path}: the cache was damaged ({error}); moved aside to {aside.name} and built again")
            try:
                self.connection = self._open()
            except sqlite3.DatabaseError as again:
                raise CacheError(f"{self.path}: cannot be used as the extraction cache ({again})") from None

    def _open(self) -> sqlite3.Connection:
        connection = sqlite3.connect(self.path, timeout=_BUSY_SECONDS)
        try:
            # A commit per chunk of articles: write-ahead logging makes commits cheap and survives a killed build.
            connection.execute("PRAGMA journal_mode=WAL")
            connection.execute("PRAGMA synchronous=NORMAL")
            with connection:
                if connection.execute("PRAGMA user_version").fetchone()[0] != SCHEMA_VERSION:
                    for table in TABLES:
                        connection.execute(f"DROP TABLE IF EXISTS {table}")
                for table, columns in TABLES.items():
                    connection.execute(f"CREATE TABLE IF NOT EXISTS {table} ({columns})")
                connection.execute(f"PRAGMA application_id={APPLICATION_ID}")
                connection.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
                connection.execute("DELETE FROM articles WHERE version != ?", (self.version,))
        except BaseException:
            connection.close()
            raise
        return connection

    def get_many(self, keys: Iterable[str]) -> dict[str, Document]:
        """The stored documents of `keys`; a row that cannot be read, or a damaged page, is a miss."""
        keys = list(dict.fromkeys(keys))
        found = {}
        for start in range(0, len(keys), 500):
            batch = keys[start:start + 500]
            marks = ",".join("?" * len(batch))
            try:
                rows = self.connection.execute(f"SELECT key, document FROM articles WHERE key IN ({marks})",
                                               batch).fetchall()
            except sqlite3.DatabaseError:
                continue
            for key, blob in rows:
                try:
                    found[key] = decode(blob)
                except Exception:  # damage to one row (zlib, JSON, fields) only costs its re-extraction
                    continue
        return found

    def put_many(self, items: Iterable[tuple[str, Document]]) -> None:
        rows = [(key, self.version, encode(doc)) for key, doc in items]
        try:
            with self.connection:
                self.connection.executemany("INSERT OR REPLACE INTO articles VALUES (?, ?, ?)", rows)
        except sqlite3.DatabaseError as error:
            if not self.failed:
                self.warn(f"{self.path}: cannot store extracted articles in the cache ({error}); the next build "
                          "extracts them again")
            self.failed = True

    def last_build(self, out: Path) -> dict | None:
        """What `record_build` noted about the last build written to `out`."""
        try:
            row = self.connection.execute("SELECT record FROM builds WHERE out = ?", (str(out.resolve()),)).fetchone()
            record = json.loads(row[0]) if row else None
        except (sqlite3.DatabaseError, ValueError, TypeError):
            return None
        return record if isinstance(record, dict) else None

    def record_build(self, out: Path, record: dict) -> None:
        try:
            with self.connection:
                self.connection.execute("INSERT OR REPLACE INTO builds VALUES (?, ?)",
                                        (str(out.resolve()), json.dumps(record, sort_keys=True)))
        except sqlite3.DatabaseError:
            pass  # only the next build's shortcut is lost

    def __len__(self) -> int:
        return self.connection.execute("SELECT count(*) FROM articles").fetchone()[0]

    def close(self) -> None:
        self.connection.close()

    def __enter__(self) -> ExtractionCache:
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()


def _check_owner(path: Path) -> None:
    """Refuse, without writing to it, a file that is not an eventgraph cache (nor empty, nor a cache of old)."""
    try:
        with open(path, "rb") as handle:
            header = handle.read(100)
    except FileNotFoundError:
        return
    except OSError as error:
        raise CacheError(f"{path}: cannot be read ({error.strerror}); name another --cache file") from None
    if not header:
        return
    if not header.startswith(_HEADER):
        raise CacheError(f"{path}: is not an eventgraph cache (not an SQLite database); it was left untouched; "
                         "name another --cache file")
    if len(header) < 100:
        return
    application_id = int.from_bytes(header[68:72], "big")
    if application_id == APPLICATION_ID or (application_id == 0 and _is_unmarked_cache(path)):
        return
    raise CacheError(f"{path}: is another program's SQLite database, not an eventgraph cache; it was left "
                     "untouched; name another --cache file")


def _is_unmarked_cache(path: Path) -> bool:
    """An empty database, or a cache written before caches were marked: its tables are eventgraph's."""
    try:
        connection = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
        try:
            tables = {name: [column[1] for column in connection.execute(f"PRAGMA table_info('{name}')")]
                      for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        finally:
            connection.close()
    except sqlite3.DatabaseError:
        return False
    return all(name in TABLES and columns == _columns(name) for name, columns in tables.items())


def _columns(table: str) -> list[str]:
    return [column.split()[0] for column in TABLES.get(table, "").split(",") if column.strip()]


def _is_damage(error: sqlite3.DatabaseError) -> bool:
    message = str(error).lower()
    return "malformed" in message or "not a database" in message or "corrupt" in message


def _move_aside(path: Path) -> Path:
    aside = path.with_name(f"{path.name}.corrupt-{time.strftime('%Y%m%dT%H%M%S')}")
    os.replace(path, aside)
    for suffix in ("-wal", "-shm", "-journal"):
        try:
            os.replace(f"{path}{suffix}", f"{aside}{suffix}")
        except FileNotFoundError:
            pass
    return aside

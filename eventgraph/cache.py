"""The per-article extraction cache: an SQLite file that maps an article to its extracted `Document`.

The key is a hash of everything the extraction reads — the article as read (id, path, title, text, URL,
stated publication date and where it came from) — and of the pipeline's version: `VERSION`, bumped by hand when the
meaning of the output changes, plus a hash of the resource files and of the code of the stages. An unchanged
article is therefore never extracted twice, and any change to the rules or their data extracts everything again
(rows of other versions are dropped when the cache is opened). Documents are stored as compressed JSON of
`model.to_dict`, read back as `model.from_dict` would.

The cache also notes, per output folder, the inputs and output files of the last build written there, so that
a rebuild in which nothing changed can leave the folder alone.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import sqlite3
import types
import typing
import zlib
from collections.abc import Callable, Iterable
from functools import cache
from pathlib import Path

from .model import Document

VERSION = 1
FILENAME = ".eventgraph-cache.sqlite"  # inside the output folder; the atomic swap carries it over
_PACKAGE = Path(__file__).resolve().parent
_NOT_EXTRACTION = ("cli.py", "exporters", "fetch", "__pycache__")  # code that does not change what is extracted
_BUSY_SECONDS = 60.0  # another build may be writing the same cache
_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS articles (key TEXT PRIMARY KEY, version TEXT NOT NULL, document BLOB NOT NULL)",
    "CREATE TABLE IF NOT EXISTS builds (out TEXT PRIMARY KEY, record TEXT NOT NULL)",
)


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
                          doc.url, pipeline_version()], ensure_ascii=False)
    return hashlib.sha256(content.encode("utf-8", "surrogatepass")).hexdigest()


def encode(doc: Document) -> bytes:
    """`model.to_dict` of the document as compressed JSON."""
    return zlib.compress(json.dumps(_plain(doc)).encode("ascii"))


def decode(blob: bytes) -> Document:
    """The document `encode` stored, rebuilt as `model.from_dict` would."""
    return _decoder(Document)(json.loads(zlib.decompress(blob)))


# `model.to_dict` and `from_dict` resolve types on every call; a warm build loads tens of thousands of documents,
# so the same conversions are compiled once per type here.

def _plain(value):
    if isinstance(value, (list, tuple)):
        return [_plain(item) for item in value]
    names = _field_names(type(value))
    if names is None:
        return value
    return {name: _plain(getattr(value, name)) for name in names}


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
    def __init__(self, path: str | Path):
        self.path = Path(path)
        self.version = pipeline_version()
        try:
            self.connection = sqlite3.connect(self.path, timeout=_BUSY_SECONDS)
            # A commit per chunk of articles: write-ahead logging makes commits cheap and survives a killed build.
            self.connection.execute("PRAGMA journal_mode=WAL")
            self.connection.execute("PRAGMA synchronous=NORMAL")
            with self.connection:
                for statement in _SCHEMA:
                    self.connection.execute(statement)
                self.connection.execute("DELETE FROM articles WHERE version != ?", (self.version,))
        except sqlite3.DatabaseError as error:
            raise CacheError(f"{self.path}: cannot be used as the extraction cache ({error})") from None

    def get_many(self, keys: Iterable[str]) -> dict[str, Document]:
        keys = list(dict.fromkeys(keys))
        found = {}
        for start in range(0, len(keys), 500):
            batch = keys[start:start + 500]
            marks = ",".join("?" * len(batch))
            rows = self.connection.execute(f"SELECT key, document FROM articles WHERE key IN ({marks})", batch)
            for key, blob in rows:
                found[key] = decode(blob)
        return found

    def put_many(self, items: Iterable[tuple[str, Document]]) -> None:
        rows = [(key, self.version, encode(doc)) for key, doc in items]
        with self.connection:
            self.connection.executemany("INSERT OR REPLACE INTO articles VALUES (?, ?, ?)", rows)

    def last_build(self, out: Path) -> dict | None:
        """What `record_build` noted about the last build written to `out`."""
        row = self.connection.execute("SELECT record FROM builds WHERE out = ?", (str(out.resolve()),)).fetchone()
        return json.loads(row[0]) if row else None

    def record_build(self, out: Path, record: dict) -> None:
        with self.connection:
            self.connection.execute("INSERT OR REPLACE INTO builds VALUES (?, ?)",
                                    (str(out.resolve()), json.dumps(record, sort_keys=True)))

    def __len__(self) -> int:
        return self.connection.execute("SELECT count(*) FROM articles").fetchone()[0]

    def close(self) -> None:
        self.connection.close()

    def __enter__(self) -> ExtractionCache:
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()

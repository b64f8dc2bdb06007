"""Read articles from files and folders into `Document`s."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from .model import Document

SUFFIXES = (".txt", ".md", ".html", ".htm", ".jsonl")


class SourceError(Exception):
    """A source the user named cannot be read at all (missing path)."""


def iter_documents(sources: Iterable[str], published: dict[str, str] | None = None,
                   warn: Callable[[str], None] = lambda message: None) -> Iterator[Document]:
    for source in sources:
        path = Path(source)
        if not path.exists():
            raise SourceError(f"{source}: no such file or folder")
        files = sorted(p for p in path.rglob("*") if p.suffix.lower() in SUFFIXES) if path.is_dir() else [path]
        for file in files:
            text = file.read_text(encoding="utf-8")
            title = text.strip().splitlines()[0] if text.strip() else file.stem
            yield Document(id=file.stem, path=str(file), text=text, title=title)

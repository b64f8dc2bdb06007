"""The stages in order: per-article extraction, then the cross-article passes that make a `Story`."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from . import actors, events, ingest, merge, sentences, temporal
from .model import Document, Story


def extract(doc: Document) -> Document:
    """Everything that needs only the article itself."""
    for stage in (sentences.annotate, temporal.annotate, actors.annotate, events.annotate):
        doc = stage(doc)
        assert isinstance(doc, Document), f"{stage.__module__} did not return the Document"
    return doc


def redate(doc: Document) -> Document:
    """Re-run the stages that depend on the publication date, once it has been inferred."""
    return events.annotate(temporal.annotate(doc))


def build(sources: Iterable[str], published: dict[str, str] | None = None,
          warn: Callable[[str], None] = lambda message: None,
          progress: Callable[[Iterable[Document]], Iterable[Document]] = lambda docs: docs) -> Story:
    documents = [extract(doc) for doc in progress(ingest.iter_documents(sources, published, warn))]
    if not documents:
        raise ingest.SourceError("no readable article in the sources given")
    story_actors = actors.link_actors(documents)
    for doc in merge.infer_publication_dates(documents):
        redate(doc)
    return Story(documents=documents, actors=story_actors, events=merge.merge_events(documents, story_actors))

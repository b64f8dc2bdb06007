"""Actor mentions in one article, and the actors they name across articles."""

from __future__ import annotations

from .model import Actor, Document


def annotate(doc: Document) -> Document:
    doc.mentions = []
    return doc


def link_actors(documents: list[Document]) -> list[Actor]:
    """Resolve mentions across articles to actors.

    Rewrites `Mention.actor` and `EventMention.actors[].actor` in every document to the final actor ids.
    """
    return []

"""Event mentions in one article: trigger, CAMEO type, participants and date."""

from __future__ import annotations

from .model import Document


def annotate(doc: Document) -> Document:
    doc.event_mentions = []
    return doc

"""Across articles: publication dates inferred for undated articles, and one event per happening."""

from __future__ import annotations

from .model import Actor, Document, Event


def infer_publication_dates(documents: list[Document]) -> list[Document]:
    """Give undated documents a date from the happenings they share with dated ones; return those changed."""
    return []


def merge_events(documents: list[Document], actors: list[Actor]) -> list[Event]:
    return []

"""Time expressions: find them, then normalise them against the document creation time."""

from __future__ import annotations

from .model import Document, Timex


def tag(text: str, dct: str | None) -> list[Timex]:
    return []


def annotate(doc: Document) -> Document:
    spans = doc.body or [(0, len(doc.text))]
    doc.timexes = [timex for timex in tag(doc.text, doc.published)
                   if any(start <= timex.start and timex.end <= end for start, end in spans)]
    return doc


def as_json(timexes: list[Timex]) -> list[dict]:
    return [{"text": t.text, "start": t.start, "end": t.end, "type": t.type, "value": t.value} for t in timexes]

"""What the page's edit mode (`templates/edit.js`) needs, as one JSON block beside the story's.

It carries its own copy of the few facts it edits (ids, titles, dates, types, quoted sources, actor names), so
the edit mode does not depend on how the page lays out the story; the corrections this build applied, so that a
downloaded corrections file keeps them; and what they changed, so edited items look edited.
"""

from __future__ import annotations

import hashlib

from ..events.lexicon import codes
from ..ids import sentence_key
from ..model import Story
from ..title import title_of
from .order import chronological

QUOTE = 160  # characters of a source sentence kept to find it again: a prefix still matches the sentence


def story_key(story: Story) -> str:
    """The key the page keeps unsaved edits under: the articles the story was built from."""
    return hashlib.sha1("\n".join(sorted(doc.id for doc in story.documents)).encode("utf-8")).hexdigest()[:16]


def edit_data(story: Story) -> dict:
    return {
        "key": story_key(story),
        "title": title_of(story),
        "events": [{"id": e.id, "title": e.title, "date": e.date.value, "granularity": e.date.granularity,
                    "code": e.code, "label": e.label, "edited": dict(sorted(e.edited.items())),
                    "notes": list(e.notes),
                    "sources": [{"doc": s.doc, "quote": sentence_key(s.sentence)[:QUOTE]} for s in e.sources]}
                   for e in chronological(story.events)],
        "actors": [{"id": a.id, "name": a.name, "edited": dict(sorted(a.edited.items()))}
                   for a in sorted(story.actors, key=lambda a: (a.name.casefold(), a.id))],
        "types": [{"code": c.code, "label": c.label} for c in sorted(codes().values(), key=lambda c: c.code)],
        "report": [{key: entry[key] for key in ("index", "op", "status", "reason")} for entry in
                   story.corrections or []],
        "corrections": [entry["correction"] for entry in story.corrections or []],
    }

"""events.json: the whole story in the `eventgraph/1` schema (see the output contract)."""

from __future__ import annotations

from ..model import SCHEMA, Date, Event, Story
from ..title import title_of
from . import indented
from .order import chronological, top_events


def _date(date: Date) -> dict:
    return {"value": date.value, "granularity": date.granularity, "source": date.source, "text": date.text,
            "relation": date.relation, "until": date.until}


def event_dict(event: Event) -> dict:
    return {
        "id": event.id,
        "title": event.title,
        "type": {"code": event.code, "label": event.label},
        "date": _date(event.date),
        "actors": [{"actor": p.actor, "role": p.role} for p in event.actors],
        "sources": [{"doc": s.doc, "sentence": s.sentence, "start": s.start, "end": s.end,
                     **({"date": _date(s.date)} if s.date else {})} for s in event.sources],
        "salience": event.salience,
        "conflicts": list(event.conflicts),
        "date_claims": [{"value": claim.value, "docs": list(claim.docs)} for claim in event.claims],
        **edits(event),
        "modality": event.modality,
        **({"attributed_to": event.attributed_to} if event.attributed_to else {}),
    }


def edits(item) -> dict:
    """What the journalist's corrections set on an event, actor or story, and their notes: absent when none."""
    found = {}
    if item.edited:
        found["edited"] = dict(sorted(item.edited.items()))
    if getattr(item, "notes", None):
        found["notes"] = list(item.notes)
    return found


def story_dict(story: Story, top: int | None = None) -> dict:
    events = top_events(story.events, top) if top else chronological(story.events)
    return {
        "schema": SCHEMA,
        "title": title_of(story),
        "span": list(story.span) if story.span else None,
        "documents": [
            {"id": d.id, "path": d.path, "title": d.title, "published": d.published,
             "published_source": d.published_source, "url": d.url, "site": d.site, "author": d.author,
             **({"published_evidence": d.published_evidence} if d.published_evidence else {})}
            for d in story.documents
        ],
        "actors": [
            {"id": a.id, "name": a.name, "type": a.type, "aliases": list(a.aliases), "affiliation": a.affiliation,
             "code": a.code,
             "mentions": [{"doc": m.doc, "start": m.start, "end": m.end, "text": m.text} for m in a.mentions],
             **edits(a)}
            for a in story.actors
        ],
        "events": [event_dict(event) for event in events],
        **edits(story),
        **({"corrections": story.corrections} if story.corrections is not None else {}),
    }


def dumps(story: Story, top: int | None = None) -> str:
    return indented.dumps(story_dict(story, top)) + "\n"

"""timeline.md and timeline.csv: the chronological timeline for readers and spreadsheets.

Markdown groups events by year (or decade, century) with each date at its own precision and each entry
followed by the articles that report it. CSV has one row per event: date, granularity, title, type, actors,
sources (document ids joined by "; ").
"""

from __future__ import annotations

import csv
import io

from ..model import Story
from .dates import human, year_of
from .order import chronological, top_events

CSV_COLUMNS = ["date", "granularity", "title", "type", "actors", "sources"]


def _events(story: Story, top: int | None):
    return top_events(story.events, top) if top else chronological(story.events)


def _md_escape(text: str) -> str:
    return "".join("\\" + ch if ch in "\\`*_[]<>#|" else ch for ch in " ".join(text.split()))


def _edited(event) -> str:
    """The mark of an event a journalist corrected, with the corrections' notes."""
    if not event.edited:
        return ""
    notes = "; ".join(dict.fromkeys(note for note in event.edited.values() if note))
    return f" *(edited{': ' + _md_escape(notes) if notes else ''})*"


def render_md(story: Story, top: int | None = None) -> str:
    names = {actor.id: actor.name for actor in story.actors}
    titles = {doc.id: doc.title or doc.id for doc in story.documents}
    lines = ["# Timeline", ""]
    heading = None
    for event in _events(story, top):
        group = year_of(event.date.value)
        if group != heading:
            heading = group
            lines += [f"## {group}", ""]
        actors = ", ".join(_md_escape(names.get(p.actor, p.actor)) for p in event.actors)
        lines.append(f"- **{human(event.date.value)}** — {_md_escape(event.title)}"
                     + (f" ({actors})" if actors else "") + _edited(event))
        lines += [f"  - Note: {_md_escape(note)}" for note in event.notes]
        for doc_id in sorted({source.doc for source in event.sources}):
            lines.append(f"  - {_md_escape(titles.get(doc_id, doc_id))} (`{doc_id}`)")
    if heading is None:
        lines.append("No events found.")
    return "\n".join(lines) + "\n"


def render_csv(story: Story, top: int | None = None) -> str:
    names = {actor.id: actor.name for actor in story.actors}
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for event in _events(story, top):
        writer.writerow([
            event.date.value or "", event.date.granularity, event.title, f"{event.code} {event.label}",
            "; ".join(names.get(p.actor, p.actor) for p in event.actors),
            "; ".join(sorted({source.doc for source in event.sources})),
        ])
    return buffer.getvalue()


def render(story: Story, fmt: str = "md", top: int | None = None) -> str:
    return render_csv(story, top) if fmt == "csv" else render_md(story, top)

"""timelinejs.json: Knight Lab TimelineJS 3 (https://timeline.knightlab.com/docs/json-format.html).

Each dated event is a slide: `start_date` holds only the parts the date states (a year stays a year),
`text.headline` the title, `text.text` the sources as escaped HTML, `group` the CAMEO label. Decades and
centuries start at their first year with `display_date` saying what the text said. Undated events are left out:
TimelineJS needs a year.
"""

from __future__ import annotations

import html
import json

from ..model import Event, Story
from .dates import human
from .order import chronological


def start_date(value: str) -> dict | None:
    parts = value.split("T")[0].split("-")
    head = parts[0]
    if not head.isdigit():
        return None
    if len(head) < 4:
        return {"year": int(head.ljust(4, "0")), "display_date": human(value)}
    date = {"year": int(head)}
    if len(parts) > 1 and parts[1].isdigit():
        date["month"] = int(parts[1])
        if len(parts) > 2 and parts[2].isdigit():
            date["day"] = int(parts[2])
    return date


def slide(event: Event, titles: dict[str, str]) -> dict | None:
    date = start_date(event.date.value) if event.date.value else None
    if date is None:
        return None
    sources = "".join(
        f"<p>{html.escape(source.sentence)} <em>({html.escape(titles.get(source.doc, source.doc))})</em></p>"
        for source in event.sources)
    return {"unique_id": event.id, "start_date": date, "group": event.label,
            "text": {"headline": html.escape(event.title), "text": sources}}


def story_dict(story: Story) -> dict:
    titles = {doc.id: doc.title or doc.id for doc in story.documents}
    slides = [s for s in (slide(event, titles) for event in chronological(story.events)) if s]
    headline = story.documents[0].title if len(story.documents) == 1 else "Timeline"
    return {"title": {"text": {"headline": html.escape(headline),
                               "text": f"{len(slides)} events from {len(story.documents)} articles"}},
            "events": slides}


def dumps(story: Story) -> str:
    return json.dumps(story_dict(story), ensure_ascii=False, indent=2) + "\n"

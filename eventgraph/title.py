"""The story's title when `--title` gives none: its most central actors and the months it spans,
"Syria, Russia, United Nations — March 2011 to August 2012". Never a line of one article: a headline speaks
for its article, not for the story.
"""

from __future__ import annotations

import calendar
import datetime

from .model import Story

CENTRAL_ACTORS = 3


def central_actors(story: Story, count: int = CENTRAL_ACTORS) -> list[str]:
    """The names of the actors whose events weigh most (`Event.salience`, summed), then those in the most events."""
    weight: dict[str, float] = {}
    events: dict[str, int] = {}
    for event in story.events:
        for actor_id in {participant.actor for participant in event.actors}:
            weight[actor_id] = weight.get(actor_id, 0.0) + event.salience
            events[actor_id] = events.get(actor_id, 0) + 1
    ranked = sorted((actor for actor in story.actors if actor.id in events),
                    key=lambda actor: (-weight[actor.id], -events[actor.id], -len(actor.mentions), actor.name))
    return [" ".join(actor.name.split()) for actor in ranked[:count]]


def months(first: str, last: str) -> str:
    """"June 2024", "March to August 2012", "March 2011 to August 2012"."""
    start, end = datetime.date.fromisoformat(first), datetime.date.fromisoformat(last)
    if (start.year, start.month) == (end.year, end.month):
        return f"{calendar.month_name[start.month]} {start.year}"
    if start.year == end.year:
        return f"{calendar.month_name[start.month]} to {calendar.month_name[end.month]} {end.year}"
    return f"{calendar.month_name[start.month]} {start.year} to {calendar.month_name[end.month]} {end.year}"


def default_title(story: Story) -> str:
    names = ", ".join(central_actors(story))
    when = months(*story.span) if story.span else ""
    if names and when:
        return f"{names} — {when}"
    return names or (f"The story of {when}" if when else "News story")


def title_of(story: Story) -> str:
    """The title every writer shows: the one given, else the default."""
    return " ".join(story.title.split()) or default_title(story)

"""Finding what a correction names in this build's story: by id first, then by the fallback that survives
re-clustering (an event by its article and a quoted sentence, an actor by its name or an alias)."""

from __future__ import annotations

from ..actors.names import fold
from ..ids import sentence_key
from ..model import Actor, Event, Source, Story


class NotApplicable(Exception):
    """The correction cannot be applied to this story; the message says why."""


class Editing:
    """The story being corrected, with where each merged or hidden id went."""

    def __init__(self, story: Story) -> None:
        self.story = story
        self.event_moved: dict[str, str] = {}  # id of an event merged away -> the event it joined
        self.actor_moved: dict[str, str] = {}
        self.removed: dict[str, str] = {}  # ("event:" or "actor:") + id -> why it is gone
        self.number = 0  # of the correction being applied

    def events(self) -> dict[str, Event]:
        return {event.id: event for event in self.story.events}

    def actors(self) -> dict[str, Actor]:
        return {actor.id: actor for actor in self.story.actors}

    def actor_ids_taken(self) -> set[str]:
        """Ids a new actor may not take: those of the story's actors and of the actors hidden from it."""
        return set(self.actors()) | {key.split(":", 1)[1] for key in self.removed if key.startswith("actor:")}

    def event(self, ref: dict) -> Event:
        found = self.find_event(ref)
        if found is None:
            raise NotApplicable(self._gone("event", ref.get("id"), _describe_event(ref)))
        return found

    def find_event(self, ref: dict) -> Event | None:
        events = self.events()
        event_id = _follow(self.event_moved, ref.get("id"))
        if event_id in events:
            return events[event_id]
        if f"event:{event_id}" in self.removed or "doc" not in ref or "quote" not in ref:
            return None
        candidates = [event for event in self.story.events if any(quotes(s, ref["doc"], ref["quote"])
                                                                  for s in event.sources)]
        titled = [event for event in candidates if event.title == ref.get("title")]
        return (titled or candidates or [None])[0]

    def actor(self, ref: dict) -> Actor:
        found = self.find_actor(ref)
        if found is None:
            raise NotApplicable(self._gone("actor", ref.get("id"), f"named {ref['name']!r}" if "name" in ref else ""))
        return found

    def find_actor(self, ref: dict) -> Actor | None:
        actors = self.actors()
        actor_id = _follow(self.actor_moved, ref.get("id"))
        if actor_id in actors:
            return actors[actor_id]
        if f"actor:{actor_id}" in self.removed or "name" not in ref:
            return None
        wanted = fold(ref["name"])
        named = [a for a in self.story.actors if fold(a.name) == wanted]
        aliased = [a for a in self.story.actors if any(fold(alias) == wanted for alias in a.aliases)]
        return min(named or aliased, key=lambda a: (-len(a.mentions), a.id), default=None)

    def _gone(self, kind: str, target: str | None, fallback: str) -> str:
        why = self.removed.get(f"{kind}:{_follow(self.event_moved if kind == 'event' else self.actor_moved, target)}")
        if why:
            return f"its {kind} {target} {why}"
        named = f" {target}" if target else ""
        return f"its {kind}{named} is gone" + (f" (no {kind} {fallback} either)" if fallback else "")


def quotes(source: Source, doc: str, quote: str) -> bool:
    return source.doc == doc and sentence_key(quote) in sentence_key(source.sentence)


def _describe_event(ref: dict) -> str:
    if "doc" not in ref:
        return ""
    quote = sentence_key(ref["quote"])
    return f"reports \"{quote[:60]}{'…' if len(quote) > 60 else ''}\" in {ref['doc']}"


def _follow(moved: dict[str, str], target: str | None) -> str | None:
    seen = set()
    while target in moved and target not in seen:
        seen.add(target)
        target = moved[target]
    return target

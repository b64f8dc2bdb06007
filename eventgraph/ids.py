"""Ids that last from one build to the next, so that a correction still finds its target after a rebuild.

An event's id is made from one sentence that reports it: the article's id, the sentence's text (spacing
folded, offsets left out, so that a page re-read with other furniture keeps it) and the word that names the
happening in it. The sentence is the event's report in the article published first (then by article id and
place in the article), so articles that arrive later, as news does, leave the id as it is. It changes when
that report goes (its article is removed, or no longer read as reporting the event) or an article published
earlier is added; a correction then falls back on the sentence it quotes. Two events made from the same
sentence and word are told apart by a suffix ("-2") given in the order of their dates and titles.

An actor's id is the slug of its name (`actors.names.slug`), or its gazetteer key.
"""

from __future__ import annotations

import hashlib
from collections import Counter

from .actors.names import slug
from .model import Event

__all__ = ["event_id", "actor_id", "free", "unique", "sentence_key"]


def sentence_key(text: str) -> str:
    """A sentence as ids and corrections compare it: its words, single-spaced."""
    return " ".join(text.split())


def event_id(doc: str, sentence: str, trigger: str) -> str:
    key = f"{doc}\t{sentence_key(sentence)}\t{trigger.lower()}"
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def actor_id(name: str, taken: set[str] | frozenset[str] = frozenset()) -> str:
    return free(slug(name), taken)


def free(wanted: str, taken: set[str] | frozenset[str]) -> str:
    """`wanted`, or the first of `wanted`-2, -3 ... not yet taken."""
    candidate, number = wanted, 2
    while candidate in taken:
        candidate, number = f"{wanted}-{number}", number + 1
    return candidate


def unique(events: list[Event]) -> list[Event]:
    """Number the events that share an id, in a fixed order, so that every id names one event."""
    counts = Counter(event.id for event in events)
    taken = set(counts)
    first: set[str] = set()
    shared = (e for e in events if counts[e.id] > 1)
    for event in sorted(shared, key=lambda e: (e.id, e.date.value or "", e.title, e.code, e.sources[0].doc,
                                               e.sources[0].start)):
        if event.id not in first:
            first.add(event.id)
            continue
        event.id = free(event.id, taken)
        taken.add(event.id)
    return events

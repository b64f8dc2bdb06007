"""Who a story quotes for colour: the analysts, traders and professors a reporter asks about the story's actors,
told from those actors and their officials, so that the ranking (`salience`, `exporters.order`) puts their
remarks after the story's own happenings and statements (`Event.colour`)."""

from __future__ import annotations

import re
from functools import lru_cache

from .actors.gazetteer import gazetteer
from .kinds import kind
from .model import Actor, Document, Event, MentionRef

COMMENTED = 3  # articles a story needs for one that names a speaker alone to tell a commentator
TITLE_REACH = 60  # characters before a name or after it that hold its title ("Deputy Foreign Minister X")
Voices = tuple[set[str], set[str]]  # actor ids: named in one article only; and of them, commentators


def commentators(actors: list[Actor], documents: list[Document]) -> Voices:
    """The actors the story names in one article only; and those of them that are people or groups holding no
    post in the story: no title by their name but a commentator's ("Trade Minister X", "X, president of Acme";
    not "X, an economist at Acme"), and no body the story names in another article beside them in a sentence
    ("X of Acme said", Acme in the story's other reports). They are the analysts, traders and professors a
    reporter quotes for colour."""
    named = {actor.id: len({mention.doc for mention in actor.mentions}) for actor in actors}
    bodies = [mention for actor in actors if actor.type == "organization" and named[actor.id] > 1
              for mention in actor.mentions]
    docs = {doc.id: doc for doc in documents}
    once = {key for key, count in named.items() if count == 1}
    voices = {actor.id for actor in actors if actor.id in once and actor.type in ("person", "group") and not any(
        _in_office(docs[mention.doc], mention, bodies) for mention in actor.mentions if mention.doc in docs)}
    return once, voices


def _in_office(doc: Document, mention: MentionRef, bodies: list[MentionRef]) -> bool:
    """Whether a post's title stands right before the name or in the apposition after it, or a body named in
    another article stands in its sentence."""
    before = doc.text[max(0, mention.start - TITLE_REACH):mention.start].lower().rstrip()
    after = doc.text[mention.end:mention.end + TITLE_REACH].lower()
    apposition = re.split(r"[,.;()]", after[1:])[0] if after.startswith(",") else ""
    at = doc.sentence_at(mention.start)
    sentence = doc.sentences[at] if at is not None else None
    return any(before.endswith(title) and not before[:-len(title)][-1:].isalpha() or
               re.search(rf"(?<!\w){re.escape(title)}(?!\w)", apposition) for title in _posts()) or \
        sentence is not None and any(body.doc == doc.id and sentence.start <= body.start < sentence.end
                                     for body in bodies)


@lru_cache(maxsize=1)
def _posts() -> frozenset[str]:
    """The titles of a post: all but a commentator's trade and a courtesy."""
    names = gazetteer()
    return frozenset(names.titles - names.commentator_titles - names.honorifics)


def colour(event: Event, voices: Voices, leads: dict[str, int | None]) -> bool:
    """Whether the event is a remark that only commentators (`commentators`) make, with at most the body they
    speak for that the story names nowhere else, and that no article leads with: what the analyst says of the
    story's main actors ("X had a special attachment to the plan") is as central to the story as the analyst
    is, not as the actors spoken of; while a remark an article opens with is that article's news."""
    if kind(event.code)[0] != "statement" or any(source.start == leads.get(source.doc) for source in event.sources):
        return False
    once, people = voices
    speakers = [p for p in event.actors if p.role == "source"]
    return any(not p.joined for p in speakers) and all(
        p.actor in once and (p.joined or p.actor in people) for p in speakers)

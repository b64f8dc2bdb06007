"""Who is who across articles: one `Actor` per person, organisation or country, under all its names.

Mentions arrive keyed by their article's reading (`Mention.actor`): countries and known organisations by
their gazetteer key, others by the slug of the name as written. Keys are merged when they are spelling
variants of one name ("Kim Jong-un" and "Kim Jong Un" share a slug; close spellings are matched with
rapidfuzz), and when a short name is part of the full name most often given for it ("Doe" -> "Jane Doe").
Organisations named with and without their legal form ("Chrysler Corp", "Chrysler") already share a key.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from rapidfuzz import fuzz

from ..model import Actor, Document, MentionRef
from .gazetteer import gazetteer
from .names import slug

_CLOSE_SPELLING = 90


class _Keys:
    """Union-find over mention keys."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, key: str) -> str:
        root = key
        while self.parent.get(root, root) != root:
            root = self.parent[root]
        self.parent[key] = root
        return root

    def union(self, key: str, into: str) -> None:
        key, into = self.find(key), self.find(into)
        if key != into:
            self.parent[key] = into


def link_actors(documents: list[Document]) -> list[Actor]:
    """Resolve mentions across articles to actors.

    Rewrites `Mention.actor` and `EventMention.actors[].actor` in every document to the final actor ids.
    """
    count: Counter[str] = Counter()
    names: dict[str, Counter[str]] = defaultdict(Counter)
    kinds: dict[str, Counter[str]] = defaultdict(Counter)
    for doc in documents:
        for mention in doc.mentions:
            count[mention.actor] += 1
            names[mention.actor][mention.name or mention.text] += 1
            kinds[mention.actor][mention.type] += 1
    keys = _Keys()
    kind = {key: _most_common(counter) for key, counter in kinds.items()}
    _merge_spellings(keys, [key for key in sorted(count) if kind[key] == "person"], names, count)
    _merge_short_names(keys, kind, names, count)

    groups: dict[str, list[str]] = defaultdict(list)
    for key in sorted(count):
        groups[keys.find(key)].append(key)
    final = _final_ids(groups, names, count)
    actors = _build(documents, groups, final, kind)
    for doc in documents:
        for mention in doc.mentions:
            mention.actor = final[keys.find(mention.actor)]
            if mention.affiliation is not None:
                mention.affiliation = final.get(keys.find(mention.affiliation), mention.affiliation)
        for event in doc.event_mentions:
            for participant in event.actors:
                if participant.actor in count:
                    participant.actor = final[keys.find(participant.actor)]
    return actors


def _most_common(counter: Counter[str]) -> str:
    return sorted(counter.items(), key=lambda item: (-item[1], -len(item[0]), item[0]))[0][0]


def _merge_spellings(keys: _Keys, people: list[str], names, count) -> None:
    full = [key for key in people if key.count("-") >= 1]
    by_initial: dict[str, list[str]] = defaultdict(list)
    for key in full:
        by_initial[key[0]].append(key)
    for group in by_initial.values():
        for position, key in enumerate(group):
            for other in group[position + 1:]:
                if fuzz.ratio(key, other) >= _CLOSE_SPELLING and key.count("-") == other.count("-"):
                    keep, drop = sorted((key, other), key=lambda k: (-count[k], k))
                    keys.union(drop, keep)


def _merge_short_names(keys: _Keys, kind, names, count) -> None:
    """A one-word person name joins the most mentioned full name that starts or ends with it."""
    full_by_word: dict[str, list[str]] = defaultdict(list)
    for key in sorted(count):
        if kind[key] == "person" and "-" in key:
            words = key.split("-")
            for word in {words[0], words[-1]}:
                full_by_word[word].append(key)
    for key in sorted(count):
        if kind[key] == "person" and "-" not in key and key in full_by_word:
            target = sorted(full_by_word[key], key=lambda k: (-count[keys.find(k)], k))[0]
            keys.union(key, target)


def _final_ids(groups: dict[str, list[str]], names, count) -> dict[str, str]:
    known = gazetteer().by_key
    final: dict[str, str] = {}
    taken: set[str] = set()
    for root in sorted(groups, key=lambda r: (-sum(count[k] for k in groups[r]), r)):
        wanted = next((key for key in groups[root] if key in known), None) or slug(_canonical(groups[root], names))
        candidate, number = wanted, 2
        while candidate in taken:
            candidate, number = f"{wanted}-{number}", number + 1
        taken.add(candidate)
        final[root] = candidate
    return final


def _canonical(group: list[str], names) -> str:
    """The name most often given in full: the most words, then the most mentions."""
    total: Counter[str] = Counter()
    for key in group:
        total.update(names[key])
    return sorted(total.items(), key=lambda item: (-len(item[0].split()), -item[1], item[0]))[0][0]


def _build(documents, groups, final, kind) -> list[Actor]:
    known = gazetteer().by_key
    members = {key: root for root, keys in groups.items() for key in keys}
    actors: dict[str, Actor] = {}
    surfaces: dict[str, set[str]] = defaultdict(set)
    affiliations: dict[str, Counter[str]] = defaultdict(Counter)
    names: dict[str, Counter[str]] = defaultdict(Counter)
    for doc in documents:
        for mention in doc.mentions:
            root = members[mention.actor]
            actor_id = final[root]
            if actor_id not in actors:
                actors[actor_id] = Actor(id=actor_id, name="", type=kind[mention.actor], code=mention.code)
            actor = actors[actor_id]
            actor.code = actor.code or mention.code
            actor.mentions.append(MentionRef(doc=doc.id, start=mention.start, end=mention.end, text=mention.text))
            surfaces[actor_id].add(" ".join(mention.text.split()))
            names[actor_id][mention.name or mention.text] += 1
            if mention.affiliation:
                affiliation = members.get(mention.affiliation)
                affiliations[actor_id][final[affiliation] if affiliation else mention.affiliation] += 1
    for actor_id, actor in actors.items():
        root = next(root for root, value in final.items() if value == actor_id)
        entry = next((known[key] for key in groups[root] if key in known), None)
        actor.name = entry.name if entry else _canonical(groups[root], {root: names[actor_id]} | {
            key: names[actor_id] for key in groups[root]})
        actor.type = entry.type if entry else actor.type
        actor.aliases = sorted(surface for surface in surfaces[actor_id] if surface != actor.name)
        if affiliations[actor_id]:
            actor.affiliation = _most_common(affiliations[actor_id])
        if actor.affiliation == actor.id:
            actor.affiliation = None
    for affiliation in sorted({actor.affiliation for actor in actors.values() if actor.affiliation}):
        if affiliation not in actors and affiliation in known:
            entry = known[affiliation]
            actors[affiliation] = Actor(id=affiliation, name=entry.name, type=entry.type, code=entry.code)
    return [actors[actor_id] for actor_id in sorted(actors)]

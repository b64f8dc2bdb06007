"""The operations of a corrections file, applied in the file's order to the merged story.

Each operation returns its target's id and the fields it set; when a later correction sets a field an earlier
one set to something else, the later one wins and the earlier one is reported as not applicable, naming it.
"""

from __future__ import annotations

import copy
import hashlib
from collections.abc import Callable

from .. import ids, salience
from ..events.lexicon import label
from ..model import Actor, Date, Document, Event, Participant, Sentence, Source, Story, granularity
from .targets import Editing, NotApplicable, quotes

Setting = tuple[tuple[str, str, str], object]  # (kind, target id, field), value
Outcome = tuple[str | None, list[Setting], str | None]  # target id, fields set, what only partly applied


def apply(story: Story, items: list[dict]) -> list[dict]:
    """Apply `items` to `story` in place; what became of each is returned and kept in `story.corrections`."""
    state = Editing(story)
    report: list[dict] = []
    set_by: dict[tuple[str, str, str], tuple[int, object]] = {}
    for number, item in enumerate(items, 1):
        state.number = number
        entry = {"index": number, "op": item["op"], "status": "applied", "target": None, "reason": None,
                 "correction": item}
        try:
            entry["target"], settings, entry["reason"] = OPERATIONS[item["op"]](state, item, item.get("note", ""))
        except NotApplicable as why:
            entry.update(status="not applicable", reason=str(why))
            settings = []
        for key, value in settings:
            earlier = set_by.get(key)
            if earlier and earlier[1] != value:
                report[earlier[0] - 1].update(status="not applicable",
                                              reason=f"conflicts with correction {number}, which comes later "
                                                     f"and wins")
            set_by[key] = (number, value)
        report.append(entry)
    salience.rank(story.events, story.actors, story.documents)  # sources, actors and dates may have changed
    story.corrections = report
    return report


def _event_date(state: Editing, item: dict, note: str) -> Outcome:
    event = state.event(item["event"])
    value = item["value"]
    event.date = Date(value, item.get("granularity") or granularity(value), "explicit")
    event.conflicts, event.claims = [], []
    event.edited["date"] = note
    return event.id, [(("event", event.id, "date"), (value, event.date.granularity))], None


def _event_title(state: Editing, item: dict, note: str) -> Outcome:
    event = state.event(item["event"])
    event.title = " ".join(item["title"].split())
    event.edited["title"] = note
    return event.id, [(("event", event.id, "title"), event.title)], None


def _event_type(state: Editing, item: dict, note: str) -> Outcome:
    event = state.event(item["event"])
    event.code = item["code"]
    event.label = item.get("label") or label(item["code"]) or item["code"]
    event.edited["type"] = note
    return event.id, [(("event", event.id, "type"), event.code)], None


def _add_actor(state: Editing, item: dict, note: str) -> Outcome:
    event = state.event(item["event"])
    actor = _actor_or_new(state, item["actor"])
    role = item.get("role", "participant")
    event.actors = [p for p in event.actors if p.actor != actor.id] + [Participant(actor.id, role)]
    event.edited["actors"] = note
    return event.id, [(("event", event.id, f"actor {actor.id}"), role)], None


def _remove_actor(state: Editing, item: dict, note: str) -> Outcome:
    event = state.event(item["event"])
    actor = state.actor(item["actor"])
    if not any(p.actor == actor.id for p in event.actors):
        return event.id, [(("event", event.id, f"actor {actor.id}"), None)], f"{actor.id} was not in it"
    event.actors = [p for p in event.actors if p.actor != actor.id]
    event.edited["actors"] = note
    return event.id, [(("event", event.id, f"actor {actor.id}"), None)], None


def _event_hide(state: Editing, item: dict, note: str) -> Outcome:
    event = state.event(item["event"])
    state.story.events.remove(event)
    state.removed[f"event:{event.id}"] = f"was hidden by correction {state.number}"
    return event.id, [], None


def _found(refs: list, find) -> tuple[list, list[str]]:
    """The targets of a merge still there, and why the others are gone; not applicable when fewer than two are
    left and some are gone."""
    found, gone = [], []
    for ref in refs:
        try:
            target = find(ref)
        except NotApplicable as why:
            gone.append(str(why))
            continue
        if target not in found:
            found.append(target)
    if len(found) < 2 and gone:
        raise NotApplicable("; ".join(gone))
    return found, gone


def _merged(kept: Event | Actor, found: list, gone: list[str], field: str, note: str, kind: str) -> Outcome:
    """The outcome of a merge: the kept target marked edited when others joined it, and what only partly
    applied (targets gone, or nothing left to merge)."""
    if len(found) > 1:
        kept.edited[field] = note
    partly = "; ".join(gone) if gone else (f"they are one {kind} already" if len(found) == 1 else None)
    return kept.id, [], partly


def _event_merge(state: Editing, item: dict, note: str) -> Outcome:
    found, gone = _found(item["events"], state.event)
    kept = found[0]
    for other in found[1:]:
        have = {(s.doc, s.start, s.sentence) for s in kept.sources}
        kept.sources += [s for s in other.sources if (s.doc, s.start, s.sentence) not in have]
        named = {p.actor for p in kept.actors}
        kept.actors += [p for p in other.actors if p.actor not in named]
        kept.conflicts = sorted(set(kept.conflicts) | set(other.conflicts))
        kept.notes += [n for n in other.notes if n not in kept.notes]
        state.story.events.remove(other)
        state.event_moved[other.id] = kept.id
    return _merged(kept, found, gone, "sources", note, "event")


def _event_split(state: Editing, item: dict, note: str) -> Outcome:
    event = state.event(item["event"])
    doc, quote = item["source"]["doc"], item["source"]["quote"]
    source = next((s for s in event.sources if quotes(s, doc, quote)), None)
    if source is None:
        elsewhere = next((e for e in state.story.events if any(quotes(s, doc, quote) for s in e.sources)), None)
        if elsewhere is None:
            raise NotApplicable(f"its source in {doc} is gone from the story")
        return elsewhere.id, [], "the source is in an event of its own already"
    if len(event.sources) == 1:
        return event.id, [], "the source is the event's only one already"
    event.sources.remove(source)
    event.edited["sources"] = note
    taken = set(state.events())
    new_id = ids.free(ids.event_id(source.doc, source.sentence, "split"), taken)
    date = copy.deepcopy(source.date) if source.date and source.date.value else copy.deepcopy(event.date)
    state.story.events.append(Event(id=new_id, title=event.title, code=event.code, label=event.label, date=date,
                                    actors=copy.deepcopy(event.actors), sources=[source],
                                    edited={"sources": note}))
    return new_id, [], None


def _event_note(state: Editing, item: dict, note: str) -> Outcome:
    event = state.event(item["event"])
    text = item["text"].strip()
    if text not in event.notes:
        event.notes.append(text)
    return event.id, [], None


def _event_add(state: Editing, item: dict, note: str) -> Outcome:
    given = item["source"]
    if "url" in given:
        source = _linked(state.story, given["url"], " ".join((given.get("quote") or item["title"]).split()))
    else:
        source = _quoted(state.story, given["doc"], given["quote"])
    actors, gone = [], []
    for entry in item.get("actors", []):
        try:
            actor = _actor_or_new(state, entry["actor"])
        except NotApplicable as why:
            gone.append(str(why))
            continue
        actors.append(Participant(actor.id, entry.get("role", "participant")))
    code = item.get("code", "01")
    value = item["date"]["value"]
    new_id = ids.free(ids.event_id(source.doc, source.sentence, "added"), set(state.events()))
    state.story.events.append(Event(
        id=new_id, title=" ".join(item["title"].split()), code=code, label=label(code) or code,
        date=Date(value, item["date"].get("granularity") or granularity(value), "explicit"), actors=actors,
        sources=[source], edited={"event": note}))
    return new_id, [], "; ".join(gone) or None


def _linked(story: Story, url: str, quote: str) -> Source:
    """A source that is a web page, not an article read: it joins the story as a document of its own whose text
    is the quote, so that every writer lists it as it lists the articles."""
    doc_id = "url-" + hashlib.sha1(url.encode("utf-8")).hexdigest()[:12]
    if not any(doc.id == doc_id for doc in story.documents):
        story.documents.append(Document(id=doc_id, path=url, text=quote, title=url, url=url,
                                        sentences=[Sentence(0, len(quote), quote)]))
    return Source(doc_id, quote, 0, len(quote))


def _quoted(story: Story, doc_id: str, quote: str) -> Source:
    doc = next((d for d in story.documents if d.id == doc_id), None)
    if doc is None:
        raise NotApplicable(f"its article {doc_id} is gone from the story")
    wanted = ids.sentence_key(quote)
    sentence = next((s for s in doc.sentences if wanted in ids.sentence_key(s.text)), None)
    if sentence is None:
        raise NotApplicable(f"its quote is no longer in {doc_id}")
    return Source(doc.id, sentence.text, sentence.start, sentence.end)


def _actor_or_new(state: Editing, ref: dict) -> Actor:
    found = state.find_actor(ref)
    if found is not None:
        return found
    if "name" not in ref:
        return state.actor(ref)
    actor = Actor(id=ids.actor_id(ref["name"], state.actor_ids_taken()), name=" ".join(ref["name"].split()),
                  type=ref.get("type", "person"), edited={"actor": ""})
    state.story.actors.append(actor)
    return actor


def _actor_rename(state: Editing, item: dict, note: str) -> Outcome:
    actor = state.actor(item["actor"])
    name = " ".join(item["name"].split())
    if name != actor.name:
        actor.aliases = sorted((set(actor.aliases) | {actor.name}) - {name})
        actor.name = name
    actor.edited["name"] = note
    return actor.id, [(("actor", actor.id, "name"), name)], None


def _actor_merge(state: Editing, item: dict, note: str) -> Outcome:
    found, gone = _found(item["actors"], state.actor)
    kept = found[0]
    for other in found[1:]:
        kept.aliases = sorted((set(kept.aliases) | set(other.aliases) | {other.name}) - {kept.name})
        kept.mentions += other.mentions
        kept.code = kept.code or other.code
        _replace_actor(state.story, other.id, kept.id)
        state.story.actors.remove(other)
        state.actor_moved[other.id] = kept.id
    return _merged(kept, found, gone, "aliases", note, "actor")


def _replace_actor(story: Story, old: str, new: str | None) -> None:
    """Every reference to actor `old` made to `new` (or dropped when None), with no actor twice in an event."""
    for event in story.events:
        if any(p.actor == old for p in event.actors):
            named = {p.actor for p in event.actors if p.actor != old}
            event.actors = [p if p.actor != old else Participant(new, p.role, p.joined) for p in event.actors
                            if p.actor != old or (new is not None and new not in named)]
    for actor in story.actors:
        if actor.affiliation == old:
            actor.affiliation = new if new != actor.id else None


def _actor_split(state: Editing, item: dict, note: str) -> Outcome:
    actor = state.actor(item["actor"])
    alias = " ".join(item["alias"].split())
    match = next((a for a in actor.aliases if a.casefold() == alias.casefold()), None)
    if match is None:
        apart = state.find_actor({"name": alias})
        if apart is not None and apart.id != actor.id:
            return apart.id, [], "the alias is an actor of its own already"
        raise NotApplicable(f"{actor.id} is no longer called {alias!r}")
    moved = [m for m in actor.mentions if " ".join(m.text.split()).casefold() == match.casefold()]
    new = Actor(id=ids.actor_id(match, state.actor_ids_taken()), name=match, type=actor.type, mentions=moved,
                edited={"actor": note})
    actor.mentions = [m for m in actor.mentions if m not in moved]
    actor.aliases = [a for a in actor.aliases if a != match]
    actor.edited["aliases"] = note
    for event in state.story.events:
        roles = [p for p in event.actors if p.actor == actor.id]
        if not roles or not any(_within(m, event) for m in moved):
            continue
        if any(_within(m, event) for m in actor.mentions):
            event.actors.append(Participant(new.id, roles[0].role))
        else:
            roles[0].actor = new.id
    state.story.actors.append(new)
    return new.id, [], None


def _within(mention, event: Event) -> bool:
    return any(s.doc == mention.doc and s.start <= mention.start < s.end for s in event.sources)


def _actor_hide(state: Editing, item: dict, note: str) -> Outcome:
    actor = state.actor(item["actor"])
    _replace_actor(state.story, actor.id, None)
    state.story.actors.remove(actor)
    state.removed[f"actor:{actor.id}"] = f"was hidden by correction {state.number}"
    return actor.id, [], None


def _actor_type(state: Editing, item: dict, note: str) -> Outcome:
    actor = state.actor(item["actor"])
    actor.type = item["type"]
    actor.edited["type"] = note
    return actor.id, [(("actor", actor.id, "type"), actor.type)], None


def _actor_affiliation(state: Editing, item: dict, note: str) -> Outcome:
    actor = state.actor(item["actor"])
    target = state.actor(item["affiliation"]).id if item["affiliation"] is not None else None
    if target == actor.id:
        raise NotApplicable(f"{actor.id} cannot be part of itself")
    actor.affiliation = target
    actor.edited["affiliation"] = note
    return actor.id, [(("actor", actor.id, "affiliation"), target)], None


def _story_title(state: Editing, item: dict, note: str) -> Outcome:
    state.story.title = " ".join(item["title"].split())
    state.story.edited["title"] = note
    return None, [(("story", "", "title"), state.story.title)], None


OPERATIONS: dict[str, Callable[[Editing, dict, str], Outcome]] = {
    "event.date": _event_date, "event.title": _event_title, "event.type": _event_type,
    "event.add_actor": _add_actor, "event.remove_actor": _remove_actor, "event.hide": _event_hide,
    "event.merge": _event_merge, "event.split": _event_split, "event.note": _event_note, "event.add": _event_add,
    "actor.rename": _actor_rename, "actor.merge": _actor_merge, "actor.split": _actor_split,
    "actor.hide": _actor_hide, "actor.type": _actor_type, "actor.affiliation": _actor_affiliation,
    "story.title": _story_title,
}

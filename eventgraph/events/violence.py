"""Violence readings: which coercion a state's forces make conventional military force, strikes by armed
forces, a war story's attacks, and the means of a violent act."""

from __future__ import annotations

from dataclasses import replace

from ..model import Document, Mention
from . import attach, happenings, triggers
from .lexicon import Entry, arms, label, military, territory
from .text import Words


UNCONVENTIONAL, CONVENTIONAL, OCCUPATION, AERIAL = "180", "190", "192", "195"
RAID, SEIZURE, BOMBING = "170", "171", happenings.BOMBING
FORCIBLE = {UNCONVENTIONAL: CONVENTIONAL, RAID: CONVENTIONAL, SEIZURE: OCCUPATION, BOMBING: AERIAL}  # codes of
# coercion and violence that a state's forces make conventional military force, and the code they take then
POLICING = frozenset({"police", "policemen", "agents", "officers", "customs", "inspectors"})  # a raid by a
# state's police is coercion, not warfare
WALKOUT = "143"
CLASH, DENOUNCED = "clash", "111"
ISSUE_PREPOSITIONS = frozenset({"over", "about"})  # after a clash, before what it is about
ISSUE_REACH = 5  # words from a clash to the preposition of its issue: "clashed with Freedonia over"
POSSESSED = ("'s", "’s")  # after a place that owns what a strike falls on: no place struck ("on Acme's plants")
PLACE_REACH = 3  # words after "on" that may hold the place a strike falls on ("on rebel positions")
VIOLENT = frozenset({"18", "19", "20"})  # CAMEO roots of violence
ENDING = frozenset({"08", "16"})  # CAMEO roots of yielding and of reducing relations
SEQUELS = frozenset({"after", "before", "following", "since", "ahead", "preceding", "retaliation", "response",
                     "reply", "reprisal", "revenge"})  # between a verb and a noun of its kind: two happenings
DOER_REACH = 4  # words before a violent act that may name its doer ("its forces had")
MEANS_REACH = 7  # words from a violent verb to the violent noun of its means ("killed 150 people in raids")
ARMS_REACH = 8  # words either side of a doer-less bombing that may name the arms it was done with


def war_story(doc: Document) -> None:
    """An attack or a killing with no doer ("the attack was repelled", "45 people were killed in the town") in
    an article that tells elsewhere, as done and not only planned, of a state's armed force (CAMEO 19) that a
    country or its forces do ("Freedonia shelled the port", "Freedonian troops attacked") is that war's: wire
    stories of a war name the attacker once and then tell its attacks by their noun or their toll alone."""
    types = {mention.actor: mention.type for mention in doc.mentions}
    if not any(mention.code[:2] == CONVENTIONAL[:2] and mention.modality != "planned" and any(
            p.role == "source" and _state_force(p.actor, types) for p in mention.actors)
               for mention in doc.event_mentions):
        return
    for mention in doc.event_mentions:
        if mention.code == UNCONVENTIONAL and not any(p.role == "source" for p in mention.actors):
            mention.code, mention.label = CONVENTIONAL, label(CONVENTIONAL)


def _state_force(actor: str, types: dict[str, str]) -> bool:
    """A country, or a group its armed forces make up ("group:troops")."""
    return types.get(actor) == "country" or actor.startswith("group:") and actor[len("group:"):] in military()


def armed_strikes(doc: Document, words: Words, found: list[triggers.Trigger], mentions: list[Mention]) -> None:
    """"The Ruritanian strike on a Freedonian platform": a strike that a country's name or a word of armed forces
    leads ("an army strike"), or that falls on a place ("a strike on the town", "on rebel positions"), is an armed
    one (190); a walkout is its workers' ("the dockers' strike", "a national strike", "the Acme strike", "a strike
    against the port authority")."""
    for trigger in found:
        if trigger.entry.code != WALKOUT or not trigger.nominal:
            continue
        start = words.starts[trigger.first]
        if any(m.type == "country" and m.end <= start and doc.text[m.end:start].strip() in ("", "'s", "’s")
               for m in mentions) or trigger.first > 0 and words.forms[trigger.first - 1] in military() or \
                _on_a_place(doc, words, trigger, mentions):
            trigger.entry = replace(trigger.entry, code=CONVENTIONAL)


def _on_a_place(doc: Document, words: Words, trigger: triggers.Trigger, mentions: list[Mention]) -> bool:
    """Whether a strike falls "on" a place noun ("the town", "rebel positions") or a country or place the article
    names ("a strike on Kalda"); a walkout is "against" its employer or "over" its cause."""
    j = trigger.last + 1
    if j >= len(words) or words.forms[j] != "on":
        return False
    reach = range(j + 1, min(len(words), j + 1 + PLACE_REACH))
    return any(words.forms[k] in territory() for k in reach) or any(
        m.type in ("country", "location") and m.start == words.starts[k] and doc.text[m.end:m.end + 2] not in POSSESSED
        for m in mentions for k in reach)


def conventional(words: Words, found: list[triggers.Trigger], bindings: list[attach.Binding]) -> None:
    """A violent act by a state or its armed forces ("Freedonian troops killed", "a Ruritanian attack", "Ruritania
    attacked"), or on armed forces ("killed 18 soldiers", "soldiers were killed"), is conventional military
    force (CAMEO 190), not the unconventional violence (180) of gunmen or militants. So is a raid or a bombing
    that a state or its forces carry out ("warplanes bombed", "Freedonia raided the port"), and their seizure of
    a place ("troops seized the ridge": occupation, 192)."""
    for trigger, binding in zip(found, bindings):
        code = trigger.entry.code
        if code in FORCIBLE and (code != BOMBING or trigger.entry.headline == "bomb"):
            forcible = _forcible(words, trigger, binding)
            if forcible:
                trigger.entry = replace(trigger.entry, code=forcible)


def verbal_clashes(words: Words, found: list[triggers.Trigger], times: set[int]) -> None:
    """"Britain and Japan clashed over market access", "the ministers' clash over the budget": a clash over an
    issue, in a clause that names no armed force, arms, police or ground fought over, is a clash of words, in
    which each side denounces the other (111), not a fight. "Clashed over the weekend" is dated, not a dispute."""
    for trigger in found:
        if trigger.entry.code != CONVENTIONAL or trigger.entry.headline != CLASH:
            continue
        issue = next((j + 1 for j in range(trigger.last + 1, min(len(words) - 1, trigger.last + 1 + ISSUE_REACH))
                      if words.forms[j] in ISSUE_PREPOSITIONS and not words.is_break(j)), None)
        if issue is None or issue in times or words.forms[issue] in triggers.DETERMINERS and issue + 1 in times:
            continue
        clause = {words.forms[i] for i in range(len(words)) if words.clause[i] == words.clause[trigger.first]}
        if not clause & (military() | arms().keys() | territory() | POLICING) and \
                not any(other.entry.code[:2] in VIOLENT for other in found if other is not trigger):
            trigger.entry = replace(trigger.entry, code=DENOUNCED)


def _forcible(words: Words, trigger: triggers.Trigger, binding: attach.Binding) -> str | None:
    """The code of conventional military force a violent act takes, if its doer is a state or its forces, or,
    doer-less, the common words of its clause tell of warfare ("the attack, backed by artillery"; not a name:
    "the Military Academy"). The arms of the doer, else of a doer-less act's clause, give the subcode ("jets
    attacked", "the attack by missiles": aerial weapons, 195)."""
    code = trigger.entry.code
    start = words.clause_starts[words.clause[trigger.first]]
    doer = set(words.forms[max(start, trigger.first - DOER_REACH):trigger.first])
    doer |= set((binding.subject_text or "").lower().split())
    own = [i for i in range(len(words)) if words.clause[i] == words.clause[trigger.first]]
    if code == SEIZURE and not territory().intersection(words.forms[i] for i in own if i > trigger.last):
        return None
    clause = [words.forms[i] for i in own if (i == 0 or not words.capitalised(i)) and
              (code != BOMBING or trigger.first - ARMS_REACH <= i <= trigger.last + ARMS_REACH)]
    doerless = not binding.sources and not binding.subject_text
    means = [arms()[form] for form in (sorted(doer) if doer & arms().keys() or not doerless else clause)
             if arms().get(form, CONVENTIONAL) != CONVENTIONAL]
    # a country bound to a bombing by word rules is as often the one that condemns it ("Freedonia condemned the
    # bomb explosions"): only the doer the parse names ("Freedonia bombed") makes a bombing warfare
    state = code != SEIZURE and (code != BOMBING or binding.settled) and not doer & POLICING and \
        any(mention.type == "country" for mention in binding.sources)
    # a bombing's clause often names the forces it hit ("the bombing of an army barracks"): only arms tell it
    told = [form for form in clause if arms().get(form, CONVENTIONAL) != CONVENTIONAL or
            code != BOMBING and form in arms()]
    warfare = bool(doer & arms().keys()) or doerless and bool(told)
    if code == UNCONVENTIONAL:
        end = trigger.last + 1
        while end < len(words) and end <= trigger.last + DOER_REACH and not words.is_break(end) and \
                words.forms[end] not in triggers.PREPOSITIONS:
            end += 1
        attacked = set(words.forms[trigger.last + 1:end]) | set((binding.patient_text or "").lower().split())
        warfare = warfare or bool((doer | attacked) & military())
    if not (state or warfare):
        return None
    return means[0] if means and code != SEIZURE else FORCIBLE[code]


def absorb(words: Words, found: list[triggers.Trigger]) -> list[triggers.Trigger]:
    """"convened an emergency meeting" is one happening: a verb's object noun of a kin type is dropped. A noun
    that a word of sequence or reply puts before or after the verb ("attacked the town after a raid by
    rebels", "met again ahead of talks in May", "in retaliation for an attack") is a happening of its own."""
    kept = []
    for trigger in found:
        previous = kept[-1] if kept else None
        if (previous is not None and previous.verbal and trigger.nominal and trigger.entry.kind != "D"
                and _kin(previous.entry, trigger.entry) and (trigger.first - previous.last <= 4 or _means(
                    words, previous, trigger))
                and not SEQUELS.intersection(words.forms[previous.last + 1:trigger.first])):
            if previous.entry.code == UNCONVENTIONAL and trigger.entry.code[:2] == CONVENTIONAL[:2]:
                previous.entry = replace(previous.entry, code=trigger.entry.code)  # "killed in fighting", "in raids"
            continue
        kept.append(trigger)
    return kept


def _means(words: Words, verb: triggers.Trigger, noun: triggers.Trigger) -> bool:
    """"killed some 80 villagers in bombing raids": violence done in a violent happening, which is its means,
    told after the verb's object in its clause."""
    between = words.forms[verb.last + 1:noun.first]
    return verb.entry.code[:2] in VIOLENT and noun.entry.code[:2] in VIOLENT and len(between) <= MEANS_REACH and \
        "in" in between[-2:] and not any(words.is_break(j) for j in range(verb.last + 1, noun.first))


def _kin(entry: Entry, other_entry: Entry) -> bool:
    """One root, or both violent ("repelled an attack" is one act of force), or a verb that ends or cuts back
    what its object names ("called off the strikes", "cancelled the talks": no strike, no talks). Happenings
    outside CAMEO are kin only when of one kind: "injured in the blast" is a blast and its casualties."""
    code, other = entry.code, other_entry.code
    if happenings.is_happening(code) and happenings.is_happening(other) and entry.label != other_entry.label:
        return False
    return code[:2] == other[:2] or code[:2] in VIOLENT and other[:2] in VIOLENT or code[:2] in ENDING

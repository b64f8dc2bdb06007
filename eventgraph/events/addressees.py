"""Whom a deed is aimed at when the parse finds its object or addressee written as a description of an actor
the article has named: "Acme called on the harbour authority" after "the Port Marin Harbour
Authority", "urged the administration to act", "appealed to the board".

A description of two words or more whose words are all words of the name of an organisation the article named
before it ("the harbour authority", "the finance ministry") stands for the last such organisation;
else the addressee of an appeal or a demand that is a description of a known kind ("urged the company",
"called on the government"), or a company a named doer's deed acts on ("Zeta bought the company"), stands for the
actor other than the doer that `descriptions.stand_in` finds; else an object that names a
deed by its noun alone ("rejected the offer") stands for whoever the article last named as making such a deed.
The doer itself is never its own target.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..actors import descriptions
from ..model import Document, Mention
from . import attach, judged, triggers

_WORD = re.compile(r"[^\W\d_]+")
ASKING = frozenset({"02", "10"})  # CAMEO roots of appeals and demands, whose addressee is a party: "urged the
# government to act"; the object of another deed described so ("acquired the firm") may be any actor of its kind


def resolve(doc: Document, found: list[triggers.Trigger], bindings: list[attach.Binding]) -> None:
    """Give each event with no target the actors its described addressees stand for, if any."""
    for trigger, binding in zip(found, bindings):
        if binding.targets or trigger.entry.kind == "S":
            continue
        doers = {m.actor for m in binding.sources}
        actors = [_stood_for(doc, addressee, trigger.entry.code[:2] in ASKING, doers)
                  for addressee in binding.addressees]
        binding.targets = list({actor.actor: actor for actor in actors
                                if actor is not None and actor.actor not in doers}.values())


def _stood_for(doc: Document, addressee: tuple[str, int, bool], asking: bool, doers: set[str]) -> Mention | None:
    phrase, start, owner = addressee
    # an owner may be the doer's own ("attended the firm's founding"): only what the deed acts on is another's
    return _named_body(doc, phrase, start) or (
        _described_body(doc, phrase, start, set() if owner else doers)
        if owner or asking or _other_company(phrase, doers) else None) or (
        None if owner else _deed_maker(doc, phrase, start, doers))


def _other_company(phrase: str, doers: set[str]) -> bool:
    """"Zeta bought the company", "Zeta sued the firm": a company a named doer acts on by its
    description is another company than the doer, which the article has named."""
    return bool(doers) and phrase.split()[-1].lower() in descriptions.COMPANY_NOUNS


def _deed_maker(doc: Document, phrase: str, start: int, doers: set[str]) -> Mention | None:
    """"Widget rejected the offer" after "Acme offered ...": a deed the object names only by its noun is aimed at
    whoever the article last named as making such a deed."""
    words = phrase.split()
    if len(words) > 3 or words[-1].lower() not in judged.JUDGED:
        return None
    return judged.earlier_maker(doc, words[-1].lower(), start, start + len(phrase), doers)


def _named_body(doc: Document, phrase: str, start: int) -> Mention | None:
    """The organisation last named before `start` whose name has every word of the description after its
    determiner, as a mention at the description's place."""
    wanted = [word.lower() for word in _WORD.findall(phrase)[1:]]
    if len(wanted) < 2:
        return None  # "the state" is no "Port Marin State University": a body is told by its qualifier
    for mention in sorted((m for m in doc.mentions if m.end <= start and m.type == "organization"),
                          key=lambda m: m.start, reverse=True):
        name = {word.lower() for word in _WORD.findall(f"{mention.name or ''} {mention.text}")}
        if all(word in name for word in wanted):
            return replace(mention, start=start, end=start + len(phrase), text=phrase,
                           name=mention.name or mention.text)
    return None


def _described_body(doc: Document, phrase: str, start: int, doers: set[str]) -> Mention | None:
    """The organisation other than the doers a description of a known kind stands for ("the company", "the
    board"); not a country, which "the government" or "the administration" leaves open where the article names
    several."""
    actor = descriptions.stand_in(doc, phrase, start, frozenset(doers))
    return actor if actor is not None and actor.type == "organization" else None

"""Agreements told as done. "Agree" alone is an intent to cooperate (CAMEO 030: "would agree to talks", "agrees
in principle to help"), but a party that agreed or has agreed to do something has concluded an agreement (057,
as annotators code "the union agreed to call off the strike", "the lenders agreed to extend the loan", "the
truce, agreed in Geneva last spring"): the deal is made, only its deed lies ahead. "Agreed that the fee was too
high" is a view shared, "the ministers agreed in a radio debate" a speaker's assent and "agreed to pay if the
merger closes" a pledge that hangs on what may come: all stay what the lexicon says.
"""

from __future__ import annotations

from dataclasses import replace

from .text import QUOTES, RELATIVES, Words, by_first_word, holds_phrase
from .triggers import DETERMINERS, FUTURE, IN_PRINCIPLE, NEGATIONS, PREPOSITIONS, SAYING, Trigger, participle

INTENT, AGREEMENT = "030", "057"
DONE = frozenset({"agreed"})  # the past forms of "agree"
CONDITIONS = frozenset({"if", "unless"})  # "agreed to pay if the merger closes": a pledge of what is to come,
# the intent of CAMEO 03, not a deal done
CONDITION_PHRASES = by_first_word((("the", "event", "of"), ("in", "case", "of")))  # "agreed to pay in the event of
# a default"
SIGNING = frozenset({"sign", "conclude", "ratify", "initial", "finalize", "finalise"})  # "agreed to sign the accord
# next month": the agreement itself lies ahead, so the agreeing is an intent
NOTIONS = frozenset({"need", "necessity", "importance", "view", "fact", "principle", "principles", "urgency",
                     "desirability", "value"})  # "agreed on the need for growth": a view shared, not terms agreed
NOTION_REACH = 3  # words from "on" to the notion: "agreed on Freedonia's need for growth"
UNDONE = FUTURE | NEGATIONS | {"to", "did", "does", "do"}  # "would have agreed", "did not agree", "to agree"
PARTY_REACH = 16  # words from "agreed with" to the "to" of the deed: "agreed with Acme Co Ltd <ACME.T> and Beta
# Corp of Japan to build"
IN_NAMES = frozenset({"of", "and", "&"})  # the only prepositions a party's names hold: "with a request by
# producers for the board to ask" agrees with what another asks


def concluded(words: Words, found: list[Trigger]) -> None:
    """Recode as a concluded agreement (057) each "agreed" of `found` told as done, on terms, and on no condition."""
    for trigger in found:
        entry = trigger.entry
        if entry.code != INTENT or entry.headline != "agree" or words.forms[trigger.first] not in DONE or \
                trigger.intended or trigger.weighed:
            continue
        before = words.forms[max(0, trigger.first - 3):trigger.first]
        if not any(form in UNDONE for form in before) and _on_terms(words, trigger) and \
                not _conditioned(words.forms[trigger.last + 1:]):
            trigger.entry = replace(entry, code=AGREEMENT)


def _on_terms(words: Words, trigger: Trigger) -> bool:
    """"agreed to extend the loan", "agreed on a price", "agreed with its lenders on a rescheduling", "the truce,
    agreed in Geneva": what was agreed, or an accord agreed; not a speaker who agrees ("the ministers agreed in a
    radio debate", "agreed on the need for growth"), nor "the terms they agreed to"."""
    j = trigger.last + 1
    if tuple(words.forms[j:j + len(IN_PRINCIPLE)]) == IN_PRINCIPLE:
        j += len(IN_PRINCIPLE)  # "agreed in principle to link": a deal whose terms are not yet final
    if words.forms[j:j + 1] == ["with"]:
        j = _past_parties(words, j + 1) or j
    after = words.forms[j:j + 2]
    if after[:1] == ["to"]:
        return len(after) == 2 and after[1][:1].isalpha() and after[1] not in SIGNING
    if after[:1] in (["on"], ["upon"]):
        return not NOTIONS & set(words.forms[j + 1:j + 1 + NOTION_REACH])
    return trigger.passive or words.forms[trigger.first - 1:trigger.first] == [","]


def _past_parties(words: Words, j: int) -> int | None:
    """The "to" of the deed or the "on" of the terms after the parties an agreement is made with, named from word
    `j` ("agreed with Acme Co Ltd and Beta Corp of Japan to build a plant", "agreed with its lenders on a
    rescheduling"); None for "agreed with the analysts that", "agreed with leaders who argued" or "agreed with a
    request by the union for talks to resume"."""
    for k in range(j + 1, min(len(words) - 1, j + PARTY_REACH)):
        form = words.forms[k]
        if form == "to":
            return k if words.forms[k + 1].isalpha() and not words.capitalised(k + 1) and \
                words.forms[k + 1] not in DETERMINERS else None
        if form in ("on", "upon"):
            # not "agreed with the ministry on having one consortium": a view shared
            return None if words.forms[k + 1].endswith("ing") else k
        if form in QUOTES or form in (";", ":", "that") or form in RELATIVES or form in SAYING or \
                form in PREPOSITIONS and form not in IN_NAMES or participle(form) and not words.capitalised(k):
            return None  # past the parties: "agreed with the analysts and called the figure neutral to weak"
    return None


def _conditioned(forms: list[str]) -> bool:
    return bool(CONDITIONS & set(forms)) or holds_phrase(forms, CONDITION_PHRASES)

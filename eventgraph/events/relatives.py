"""Relative clauses: the noun a relative pronoun stands for, and the doers of passives in them."""

from __future__ import annotations

from ..model import Mention
from ..temporal import aspect
from . import attach, phrases, triggers
from .lexicon import saying
from .text import SUBORDINATORS, Words


RELATIVES_OF_THINGS = frozenset({"which"})  # the pronoun of a relative clause on a thing, not a person ("who")
RELATIVES = frozenset({"which", "that"})  # pronouns that open a relative clause on the noun before them
CLAUSE_VERBS = frozenset({"is", "are", "was", "were", "has", "have", "had"})  # finite verbs that open a clause
ANTECEDENT_REACH = 6  # words from a relative pronoun back to the determiner of its noun ("an early offer")
AGENT_REACH = 3  # words from "by" to the name of a passive's doer ("by the Acme board")


def happening_nouns(found: list[triggers.Trigger]) -> list[triggers.Trigger]:
    """The triggers that name a happening by its noun ("the blast", "the talks"), not a statement or a document."""
    return [other for other in found if other.nominal and other.entry.kind not in ("S", "D")]


def relative_antecedent(words: Words, trigger: triggers.Trigger,
                        nouns: list[triggers.Trigger]) -> tuple[int, int] | None:
    """The first and last word of the noun phrase a relative clause the reporting verb stands in ("the blast,
    which the minister said ...") is about, when its noun is one of `nouns`, right before the comma and the
    pronoun."""
    j = next((k for k in range(trigger.first - 1, max(-1, trigger.first - ANTECEDENT_REACH), -1)
              if words.forms[k] in RELATIVES_OF_THINGS), None)
    if j is None or j < 2 or words.forms[j - 1] != "," or trigger.passive or j + 1 == trigger.first or any(
            words.is_break(k) or words.forms[k] in SUBORDINATORS or words.forms[k] in CLAUSE_VERBS
            for k in range(j + 1, trigger.first)):
        return None  # "which were announced by the minister": what was said is the noun itself, no comment on it
    noun = next((other for other in nouns if other.last == j - 2), None)
    if noun is None:
        return None
    return next((k for k in range(noun.first, max(-1, noun.first - ANTECEDENT_REACH), -1)
                 if words.forms[k] in triggers.DETERMINERS), noun.first), noun.last


def said_in_relative(words: Words, trigger: triggers.Trigger, found: list[triggers.Trigger]) -> str | None:
    """What a reporting verb in a relative clause on a happening's noun says: "the blast, which the minister said
    was an attempt on his life" says "the blast was an attempt on his life"."""
    antecedent = relative_antecedent(words, trigger, happening_nouns(found)) if trigger.entry.kind == "S" else None
    if antecedent is None or trigger.last + 1 >= len(words):
        return None
    end = next((k for k in range(trigger.last + 1, len(words)) if words.is_break(k) or words.forms[k] in ".?!"),
               len(words))
    if end <= trigger.last + 1:
        return None
    return f"{words.span(*antecedent)} {words.span(trigger.last + 1, end - 1)}"


def relative_passives(words: Words, found: list[triggers.Trigger], bindings: list[attach.Binding],
                      mentions: list[Mention]) -> None:
    """"Acme made an offer, a proposal that was refused by the Zenith board", "the walkout, which was declared
    unlawful last week": a passive verb of a relative clause tells a happening of its own, which befalls the noun
    phrase the relative pronoun stands for and is done by the actor its "by" names, or by no one named; never by
    the doer of the clause the noun phrase belongs to."""
    for trigger, binding in zip(found, bindings):
        antecedent = _antecedent(words, trigger) if relative(words, trigger) else None
        if antecedent is None or any(other.nominal and other.last == antecedent[1] and
                                     other.entry.code[:2] == trigger.entry.code[:2] for other in found):
            continue  # "the meeting, which was attended by ministers": the meeting itself, told once
        binding.patient_text, binding.targets = words.span(*antecedent), []
        agent = trigger.last + 1
        binding.sources = [m for m in mentions if agent < len(words) and words.forms[agent] == "by" and
                           words.index_at(m.start) in range(agent + 1, agent + 1 + AGENT_REACH)][:1]
        binding.settled = True


def relative(words: Words, trigger: triggers.Trigger) -> bool:
    """A passive verb right after a relative pronoun, past its auxiliaries: "which was ruled illegal"."""
    j = words.before(trigger.first, phrases.AUXILIARIES)
    return trigger.verbal and trigger.passive and trigger.entry.kind != "S" and j >= 1 and words.forms[j] in RELATIVES


def _antecedent(words: Words, trigger: triggers.Trigger) -> tuple[int, int] | None:
    """The first and last word of the noun phrase a relative pronoun right before a passive verb (past its
    auxiliaries) stands for; none past a verb ("the company said that was rejected": "that" stands for no noun
    of it)."""
    j = words.before(trigger.first, phrases.AUXILIARIES)
    end = j - 1 if words.forms[j - 1] != "," else j - 2
    if end < 0 or not words.forms[end].isalpha() or words.capitalised(end):
        return None
    for start in range(end, max(-1, end - ANTECEDENT_REACH), -1):
        if words.is_break(start) or words.forms[start] in triggers.PREPOSITIONS or _verb(words, start):
            return None
        if words.forms[start] in triggers.DETERMINERS:
            return start, end
    return None


def _verb(words: Words, j: int) -> bool:
    """A reporting verb, an auxiliary, a modal or a past form not right after a determiner (not "the revised
    plan")."""
    form = words.forms[j]
    return saying(form) or aspect.auxiliary(form) or \
        aspect.past(form) and not (j > 0 and words.forms[j - 1] in triggers.DETERMINERS)

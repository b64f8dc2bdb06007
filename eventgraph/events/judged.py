"""Whom a statement that names no one it is about is aimed at: the maker of the deed it judges ("said he is very
disappointed by a Freedonia government finding", "Freedonia's ruling ... was a bitter blow, said ...", "said
Acme's offer was inadequate").

The deed is a noun of deciding or doing (`JUDGED`; a standing policy is none), and its maker the actor whose
name or possessive stands right before it, with at most a few plain modifiers between ("a Freedonia government
finding"), not a country's adjective alone ("the Freedonian decision" stays untold). The speaker and those it
speaks for are never the target of their own words ("said its decision"). Read from the words: statements are
not parsed.
"""

from __future__ import annotations

from ..model import Mention
from . import triggers
from .text import Words

JUDGED = frozenset({"decision", "decisions", "ruling", "rulings", "finding", "findings", "verdict", "judgment",
                    "judgement", "determination", "move", "moves", "action", "actions", "response", "attack",
                    "attacks", "proposal", "proposals", "offer", "offers", "bid", "bids", "plan", "plans",
                    "measures", "sanctions", "announcement", "request", "demand",
                    "demands", "refusal", "rejection", "retaliation", "threat", "threats", "veto", "ban"})
REACH = 10  # words from where what was said opens: a deed named further on is not what it is about ("said the
# report would praise the steps taken to reopen the rail lines but stop short of endorsing Acme's proposals")
MAX_MODIFIERS = 2  # plain words between the maker and the deed: "the Freedonia government's final ruling"
STOPS = triggers.DETERMINERS | triggers.PREPOSITIONS | triggers.BE | triggers.MODALS | triggers.PERFECT


def makers(words: Words, trigger: triggers.Trigger, mentions: list[Mention], speaking: set[str]) -> list[Mention]:
    """The maker of the first judged deed with a maker that the statement's words tell within `REACH` words of
    where what was said may open: after its verb, else at the sentence's start ("Freedonia's ruling was a blow,
    Jan Novak said"); none when no deed so made is named there or its maker speaks."""
    ends = {words.index_at(m.end - 1): m for m in mentions}
    for j in _within(words, trigger.last + 1, len(words)) + _within(words, 0, trigger.first):
        if words.forms[j] not in JUDGED:
            continue
        maker = _maker(words, j, ends)
        if maker is not None:
            return [maker] if maker.actor not in speaking else []
    return []


def _within(words: Words, first: int, end: int) -> list[int]:
    """The word indices from `first` up to `end` that lie within `REACH` words of `first`, punctuation and the
    pieces of initials ("U.S.") not counted."""
    found, counted = [], 0
    for j in range(first, end):
        counted += words.forms[j][:1].isalnum() and not (j + 1 < len(words) and words.forms[j + 1] == "." and
                                                        len(words.forms[j]) == 1)
        if counted > REACH:
            break
        found.append(j)
    return found


def _maker(words: Words, j: int, ends: dict[int, Mention]) -> Mention | None:
    """The actor named right before the deed noun at word `j`, across at most `MAX_MODIFIERS` plain words."""
    for k in range(j - 1, max(-1, j - 2 - MAX_MODIFIERS), -1):
        if k in ends:
            return ends[k]
        form = words.forms[k]
        if not form.isalpha() or form in STOPS or words.is_break(k) or form.endswith("'s"):
            return None
    return None

"""A second doer that does what the clause before did: "Zeta Bank raised its prime rate and Acme Bank followed",
"Acme cut prices on Monday and Zeta did the same on Tuesday", "... but Widget Corp followed suit".

After a verb's happening, "and" (or "but") opens a clause with a subject of its own whose verb only says that it
did the same deed, told in the past: "followed" (with "suit" or nothing after it), "did the same", "did likewise".
That subject did the happening too, a second instance with its own doer and its own date (the conjunct's, if it has one); it is no
party of the first, which the words, reading every actor after the verb, took it for. A clause with an object of
its own ("and Acme followed the talks", "and Acme did the same for its units") is no repeat.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Mention, Timex
from .text import Words
from .triggers import Trigger

JOINTS = frozenset({"and", "but"})
SUBJECT_WORDS = 6  # words from the joint to the verb: "and the First National Bank of Zeta followed"
FOLLOWING = frozenset({"followed"})  # past only: "and Acme will follow" has not happened
SAME = (("suit",), ("the", "same"), ("likewise",), ("similarly",), ("with", "similar", "moves"))
DOING = frozenset({"did"})  # with "the same" or "likewise" after it
DATE_PREPOSITIONS = frozenset({"on", "in", "at"})
SUBJECT_FILLERS = frozenset({"the", "then", "later", "soon", "quickly", "also", "has", "have", "had"})
TAILS = frozenset({"later", "soon", "shortly", "quickly", "immediately", "afterwards", "too", "also", "."})  # words
# that may close the clause without an object


@dataclass
class Follower:
    actors: list[Mention]  # the conjunct's subject: the second instance's doers
    timex: int | None  # index into Document.timexes of the conjunct's own date


def follower(words: Words, trigger: Trigger, mentions: list[Mention],
             timexes: list[tuple[int, Timex]]) -> Follower | None:
    """The doer a conjunct after the verbal `trigger` says did the same, with the conjunct's date (`timexes` are
    the sentence's (index, Timex) pairs that may date a happening), or None."""
    if not trigger.verbal or trigger.passive:
        return None
    for joint in range(trigger.last + 1, len(words)):
        if words.is_break(joint) and words.forms[joint] != "," or words.forms[joint] == ".":
            return None
        if words.forms[joint] in JOINTS:
            break
    else:
        return None
    verb = next((j for j in range(joint + 2, min(len(words), joint + SUBJECT_WORDS + 2))
                 if words.forms[j] in FOLLOWING or words.forms[j] in DOING), None)
    if verb is None or words.forms[verb] in DOING and not _same(words, verb + 1):
        return None
    rest = verb + 1 + (_same(words, verb + 1) or 0)
    dates = [(index, timex) for index, timex in timexes if timex.start >= words.ends[verb]]
    dated = words.index_at(dates[0][1].start) if dates else None
    if not _closed(words, rest, dated):
        return None  # "and Acme followed the talks": an object of its own
    actors = [m for m in mentions if words.starts[joint] < m.start and m.end <= words.starts[verb]]
    if not actors or not _subject(words, joint, verb, actors):
        return None
    return Follower(actors, dates[0][0] if dated is not None and dated <= rest + 1 else None)


def _same(words: Words, j: int) -> int | None:
    """How many words after the verb at `j - 1` say the deed was the same ("suit", "the same"), or None."""
    for phrase in SAME:
        if tuple(words.forms[j:j + len(phrase)]) == phrase:
            return len(phrase)
    return None


def _subject(words: Words, joint: int, verb: int, actors: list[Mention]) -> bool:
    """Whether the words between the joint and the verb are the actors' names alone, with their articles and an
    adverb of sequence: the conjunct's subject ("and the Acme Bank then followed"), not a clause's object or a
    phrase of the first clause ("and Acme's shares followed")."""
    named = {j for m in actors for j in range(words.index_at(m.start), words.index_at(m.end - 1) + 1)}
    return all(j in named or words.forms[j] in SUBJECT_FILLERS for j in range(joint + 1, verb))


def _closed(words: Words, j: int, dated: int | None) -> bool:
    """Whether the conjunct's clause ends at word `j` or has only its date there ("on Tuesday", "later")."""
    if j < len(words) and words.forms[j] in DATE_PREPOSITIONS and dated == j + 1:
        j += 1
    return j >= len(words) or j == dated or words.is_break(j) or words.forms[j] in TAILS | JOINTS

"""A body the article has named in full, later written by a short form as the subject of what it says: "Acme
Foods Corp said ... Foods is asking", "the National Grain Millers Association filed a case ... The NGMA
charged that". The actor finder knows the full name only, so the short form would leave an appeal or a charge
with no one who makes it.

The short form is the subject right before the verb, opening its clause; which body it stands for, a run of
capitalised words of the full name or an acronym of its words' initials, the actor stage reads
(`actors.short_forms`).
"""

from __future__ import annotations

from ..actors import short_forms
from ..model import Document, Mention
from . import triggers
from .text import Words

MAX_SHORT_WORDS = 3
SKIPPED = triggers.BE | triggers.PERFECT | triggers.MODALS | {"also", "then", "later", "again", "did", "does", "do"}


def subject_span(words: Words, trigger: triggers.Trigger) -> tuple[int, int] | None:
    """The first and last word of the capitalised subject right before the verb (past auxiliaries and -ly
    adverbs), when it opens its clause (alone or after "the"): a name's words ("Moody's" too), or initials
    joined by "and" ("S and P")."""
    last = words.before(trigger.first, SKIPPED)
    first = last
    while first - 1 >= 0 and last - first + 1 < MAX_SHORT_WORDS and (
            _name_word(words, first - 1) and words.forms[first - 1] not in triggers.DETERMINERS or
            words.forms[first - 1] == "and" and _initial(words, first) and _initial(words, first - 2)):
        first -= 1
    if last < 0 or not _name_word(words, last):
        return None
    opening = first - 1 if first > 0 and words.forms[first - 1] == "the" else first
    if opening != words.clause_starts[words.clause[trigger.first]]:
        return None
    return first, last


def _name_word(words: Words, i: int) -> bool:
    """A capitalised word, a possessive form among them: "Moody's" names a body as "Acme" does."""
    return words.capitalised(i) and words.forms[i].removesuffix("'s").isalpha()


def _initial(words: Words, i: int) -> bool:
    """Capital letters alone, as wire copy writes the initials around "&" ("S and P", "AT and T")."""
    return i >= 0 and words.surface[i].isupper() and words.surface[i].isalpha()


def named_before(doc: Document, words: Words, trigger: triggers.Trigger) -> Mention | None:
    """The organisation the short form before `trigger` stands for, as a mention of it at the short form
    (`short_forms.body_named_before`); None when there is no short form there or no one body named before fits
    it."""
    span = subject_span(words, trigger)
    if span is None:
        return None
    return short_forms.body_named_before(doc, words.starts[span[0]], words.ends[span[1]])

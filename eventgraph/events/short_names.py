"""A body the article has named in full, later written by a short form as the subject of what it says: "Acme
Foods Corp said ... Foods is asking", "the National Grain Millers Association filed a case ... The NGMA
charged that". The actor finder knows the full name only, so the short form would leave an appeal or a charge
with no one who makes it.

A short form is a run of capitalised words of the full name (not one of the generic words every body's name
holds) or an acronym of its words' initials, the subject right before the verb, opening its clause.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..model import Document, Mention
from . import triggers
from .text import Words

MAX_SHORT_WORDS = 3
MIN_ACRONYM = 3
GENERIC = frozenset({"international", "national", "american", "general", "united", "first", "new", "corp",
                     "corporation", "inc", "co", "company", "group", "bank", "association", "holdings", "ltd",
                     "plc", "industries", "the", "of", "and"})  # words a short form of no one body can be
SKIPPED = triggers.BE | triggers.PERFECT | triggers.MODALS | {"also", "then", "later", "again", "did", "does", "do"}


def subject_span(words: Words, trigger: triggers.Trigger) -> tuple[int, int] | None:
    """The first and last word of the capitalised subject right before the verb (past auxiliaries and -ly
    adverbs), when it opens its clause (alone or after "the")."""
    last = words.before(trigger.first, SKIPPED)
    first = last
    while first - 1 >= 0 and last - first + 1 < MAX_SHORT_WORDS and words.capitalised(first - 1) and \
            words.forms[first - 1].isalpha() and words.forms[first - 1] not in triggers.DETERMINERS:
        first -= 1
    if last < 0 or not (words.capitalised(last) and words.forms[last].isalpha()):
        return None
    opening = first - 1 if first > 0 and words.forms[first - 1] == "the" else first
    if opening != words.clause_starts[words.clause[trigger.first]]:
        return None
    return first, last


def named_before(doc: Document, words: Words, trigger: triggers.Trigger) -> Mention | None:
    """The organisation the short form before `trigger` stands for, as a mention of it at the short form;
    None when no body named earlier fits it, or when it fits two."""
    span = subject_span(words, trigger)
    if span is None:
        return None
    start, end = words.starts[span[0]], words.ends[span[1]]
    if any(m.start < end and start < m.end for m in doc.mentions):
        return None  # a name the actor finder knows
    short = words.span(*span).split()
    if len(short) == 1 and short[0].endswith("s") and re.search(rf"\b{re.escape(short[0].lower())}\b", doc.text):
        return None  # "Dealers said": people of a kind the article writes in lower case, not the body they name
    fits = {m.actor: m for m in doc.mentions if m.type == "organization" and m.end <= start and
            _short_form(short, m.text.split())}
    if len(fits) != 1:
        return None
    return replace(next(iter(fits.values())), start=start, end=end, text=words.span(*span))


def _short_form(short: list[str], full: list[str]) -> bool:
    """"Foods" of "Acme Foods Corp", "NGMA" of "U.S. National Grain Millers Association"."""
    if len(short) >= len(full):
        return False
    if len(short) == 1 and short[0].isupper() and len(short[0]) >= MIN_ACRONYM:
        initials = "".join(word[0] for word in full if word[:1].isupper() and word.lower() not in ("the", "of"))
        return initials.endswith(short[0]) and len(initials) - len(short[0]) <= 1
    if all(word.lower() in GENERIC for word in short):
        return False
    return any(full[k:k + len(short)] == short for k in range(len(full) - len(short) + 1))

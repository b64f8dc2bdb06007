"""News media as the sources of what they report: a radio, news agency, television or newspaper that says what
others did is the report's source (the event's attribution), never the doer or the target of the deed it
reports ("Rebels shelled the town, Radio Vorland said": the rebels are the doer). What a medium says in its own
voice ("the Daily Clarion said the tax was unjust") stays its statement, as annotators code it.

A name is a medium's by a word that names one ("Radio Vorland", "the Vorland news agency", "the official daily
Clarion") or by the name of a major outlet that carries no such word ("Tass"); a name with a legal form ("Times
Mirror Co") is a company's, which does business as any other.
"""

from __future__ import annotations

import re
from functools import cache

from .. import reporting
from ..datafiles import lines
from ..model import Mention

_DATA = "en/actors/media.txt"


@cache
def _known() -> tuple[frozenset[str], frozenset[str]]:
    words, names = set(), set()
    for line in lines(_DATA):
        kind, _, value = line.partition(" ")
        (words if kind == "word" else names).add(value.strip().lower())
    return frozenset(words), frozenset(names)


@cache
def _legal_forms() -> frozenset[str]:
    return frozenset(line.split("\t")[0].strip().lower() for line in lines("en/actors/legal_forms.txt"))


@cache
def is_medium_name(name: str) -> bool:
    """Whether `name` names a news medium rather than a company or a body that acts."""
    words, names = _known()
    lowered = name.lower().strip()
    if lowered.startswith("the "):
        lowered = lowered[4:]
    tokens = re.findall(r"[\w-]+", lowered)
    if not tokens or tokens[-1].rstrip(".") in _legal_forms():
        return False
    return lowered in names or any(token in words for token in tokens)


def is_medium(mention: Mention) -> bool:
    if mention.type not in ("organization", "group"):
        return False
    return is_medium_name(mention.name or mention.text)


# the lower-case words between a country and the medium it says is from there ("the Vorland daily Clarion", "the
# Vorland state news agency VNA"), of which one names a medium
_DESCRIBING = re.compile(r"(?:\s+([a-z-]+)){1,3}\s+")


def home_countries(text: str, offset: int, mentions: list[Mention]) -> set[int]:
    """The positions in `mentions` of countries that only say where a medium of `mentions` is from: a country
    right before lower-case words that name a medium and then the medium's name ("the Vorland daily Clarion
    said"), which is no speaker of its own; `text` starts at document offset `offset`."""
    words, _ = _known()
    named = {m.start for m in mentions if m.type in ("organization", "group")}  # the words say it is a medium
    home = set()
    for n, mention in enumerate(mentions):
        if mention.type != "country":
            continue
        gap = _DESCRIBING.match(text, mention.end - offset)
        if gap is not None and gap.end() + offset in named and \
                any(word in words for word in text[gap.start():gap.end()].split()):
            home.add(n)
    return home


# the words before a medium the article was told or answered, and after one that asked: "told Reuters", "asked
# by the agency", "said to the radio", "a Reuters survey", "in an interview with the daily"
_TOLD_BEFORE = re.compile(r"\b(?:told|tells|tell|telling|by|to|with)\s+(?:the\s+)?$", re.I)
_ASKED_AFTER = re.compile(r"\s+(?:survey|poll|interview|inquiry|enquiry|inquiries|enquiries)\b", re.I)


def reported_to(text: str, mention: Mention) -> bool:
    """Whether `mention` (in `text`) is a news medium the article's sources spoke to or answered, as the
    reporter of what they said, never a body a description stands for."""
    return is_medium(mention) and bool(_TOLD_BEFORE.search(text, max(0, mention.start - 16), mention.start) or
                                       _ASKED_AFTER.match(text, mention.end))


def reporters(speakers: list[list[Mention]]) -> set[str]:
    """The media that report in a sentence: the speakers of its reporting verbs that are media."""
    return {mention.actor for group in speakers for mention in group if is_medium(mention)}


# what a medium does with a report, which the reporting list leaves out: "reports" is more often a noun there
QUOTING = frozenset({"reports", "quoted", "quotes"})
REPORTING_FORMS = reporting.tensed() | QUOTING
INSERTION_WORDS = 6  # ", monitored in Nicosia," ", received here,": words set off between a medium and its verb


def speaks(forms: list[str], after: int) -> bool:
    """Whether the words from index `after` (right after a medium's name) open with a reporting verb, or with
    one after a short insertion set off by commas ("IRNA, monitored in Nicosia, quoted the minister")."""
    if after < len(forms) and forms[after] == ",":
        close = next((i for i in range(after + 1, min(len(forms), after + INSERTION_WORDS + 2)) if forms[i] == ","),
                     None)
        after = close + 1 if close is not None else after
    return after < len(forms) and forms[after] in REPORTING_FORMS


def as_source(sources: list[Mention], targets: list[Mention], attributed_to: list[Mention],
              reporting: set[str], said: bool) -> tuple[list[Mention], list[Mention], list[Mention]]:
    """A deed's sources, targets and attribution with the reporting media out of its roles: its sources go to
    its attribution. With `said` (a statement, or a deed the medium tells of itself) the sources stay."""
    attribution, known = list(attributed_to), {m.actor for m in attributed_to}
    for mention in sources:
        if mention.actor in reporting and not said and mention.actor not in known:
            known.add(mention.actor)
            attribution.append(mention)
    kept = [m for m in sources if said or m.actor not in reporting]
    return kept, [m for m in targets if m.actor not in reporting], attribution

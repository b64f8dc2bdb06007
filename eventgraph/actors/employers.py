"""Bodies a title's common noun names: "company spokesman Jan Novak", "bank governor Jane Doe", "union leader Jan
Novak" speak for the company, bank or union the article has named ("Acme Corp", "the Reserve Bank of Ruritania",
"the Acme Workers' Union"), as "Acme chairman Jan Novak" speaks for Acme. The mention reader only knows a body
named before the title; this gives the person the body the noun stands for, read as "the company" would be.
"""

from __future__ import annotations

import functools
import re

from ..model import Document, Mention
from . import descriptions
from .gazetteer import gazetteer
from .title_span import TITLE_MODIFIERS

MAX_TITLE_WORDS = 3  # "bank deputy governor", "company vice president for finance" is no title before a name
# Words that may stand right before the noun when it is the whole description ("said company spokesman X", "by
# union leader X"); any other lower-case word makes it another, unnamed body ("central bank governor X", "farm
# union leader X")
LEADS = frozenset({"the", "a", "an", "said", "says", "say", "saying", "told", "tells", "by", "to", "from", "with",
                   "of", "and", "for", "at", "that", "when", "as", "but", "while", "according"})
# Nouns any company answers to; the others ("bank", "union") stand only for a body whose name carries them
GENERIC = frozenset({"company", "firm", "corporation", "group", "conglomerate"})
# Nouns that head the names of bodies with officers ("the Acme Growers' Association", "the Ruritanian Stock
# Exchange", "the House Finance Committee") but name no unknown organisation after them nor stand alone as "the
# company" does: a title after one speaks only for the body whose name holds it ("exchange president X")
NAME_HEADS = frozenset({"association", "federation", "confederation", "council", "institute", "exchange", "chamber",
                        "league", "society", "commission", "committee", "cooperative"})
_WORD_BEFORE = re.compile(r"([A-Za-z]+)(\W*)$")
_OWNER_BEFORE = re.compile(r"([A-Za-z]+)['’]s\s+$")  # "the company's": a noun that owns the title after it
_OPENING = re.compile(r'(?:^|[.!?"]\s*)$')  # a noun that opens its sentence is capitalised: "Union spokesman X"
_REACH = 60  # characters before a name read for the noun and its title
_OPENING_REACH = 12  # characters before the noun read for the end of the sentence before it, line breaks included


@functools.cache
def _nouns() -> frozenset[str]:
    """Nouns that head a body's name: those a description can stand for too ("the bank") and the others."""
    return frozenset(noun for noun in gazetteer().organization_nouns if descriptions.describes(noun)) | NAME_HEADS


def affiliate(doc: Document) -> None:
    """Give each person named right after a common noun and a title, with no body of his own yet, the organisation
    the noun stands for: a generic noun ("company") as "the company" would, another ("bank", "union") the one
    organisation whose name holds it."""
    for mention in doc.mentions:
        if mention.type != "person" or mention.affiliation is not None:
            continue
        found = _noun_before(doc.text, mention.start)
        if found is None:
            continue
        noun, at = found
        body = descriptions.stand_in(doc, f"the {noun}", at) if noun in GENERIC else _named_with(doc, noun, at)
        if body is not None and body.type == "organization" and body.actor != mention.actor:
            mention.affiliation = body.actor


def _named_with(doc: Document, noun: str, start: int) -> Mention | None:
    """The one organisation named before `start` whose name holds the noun ("the Reserve Bank of Ruritania" for
    "bank"), however often the article names others; None when no organisation's name or several hold it."""
    named = [m for m in doc.mentions if m.end <= start and m.type == "organization" and
             noun in (m.name or m.text).lower().split()]
    return named[-1] if len({m.actor for m in named}) == 1 else None


def _noun_before(text: str, start: int) -> tuple[str, int] | None:
    """The body's noun and its offset before a name ("bank governor Jane Doe", "the bank's deputy governor Jane
    Doe": "bank"), when one to three title words lie between them and the noun is written in lower case, or
    capitalised only as its sentence's first word; a capitalised noun after other words belongs to a name ("Reserve
    Bank Governor")."""
    words: list[str] = []
    end = start
    while len(words) <= MAX_TITLE_WORDS:
        owner = _OWNER_BEFORE.search(text, max(0, end - _REACH), end) if words else None
        match = owner or _WORD_BEFORE.search(text, max(0, end - _REACH), end)
        if match is None or owner is None and match.group(2).strip():
            return None
        word = match.group(1)
        if word.lower() in _nouns() and words and _titled(words):
            opening = _OPENING.search(text, max(0, match.start() - _OPENING_REACH), match.start()) is not None
            if not (word.islower() or opening and word.istitle()) or not _bare(text, match.start()):
                return None
            return word.lower(), match.start()
        if owner is not None:
            return None  # "Acme's chairman Jan Novak": a name owns the title, and the mention reader gives it
        words.insert(0, word.lower())
        end = match.start()
    return None


def _bare(text: str, start: int) -> bool:
    """Whether the noun at `start` has no modifier before it ("Central bank governor" has one): a closed-class
    word, punctuation or nothing."""
    match = _WORD_BEFORE.search(text, max(0, start - _REACH), start)
    return match is None or bool(match.group(2).strip(" \n")) or match.group(1).lower() in LEADS


def _titled(words: list[str]) -> bool:
    """Whether the words are a title, qualifiers before it allowed ("deputy governor", "vice chairman")."""
    titles = gazetteer().titles
    core = [word for word in words if word not in TITLE_MODIFIERS] or words[-1:]
    return " ".join(words) in titles or " ".join(core) in titles or all(word in titles for word in core)

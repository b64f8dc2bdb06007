"""The content words of an event mention, for comparing the wording of two reports of one happening."""

from __future__ import annotations

import re
import string
from functools import lru_cache

from .. import datafiles
from ..actors.gazetteer import DEMONYM, PEOPLE, gazetteer
from ..events.text import CALENDAR
from ..events.triggers import MODALS
from ..model import EventMention

_WORD = re.compile(r"[a-z][a-z\-]+")
_APART = str.maketrans({mark: " " for mark in string.punctuation})
_NUMBER = re.compile(r"\d[\d,.]*\d|\d")
STOPWORDS = frozenset("""a an the this that these those its his her their our of on in at to for with by from and or
but as is was were be been has have had it they he she we new said says will would also both two its over
about into after before than then there here which who whom whose any all some such other more most""".split())
_SMALL = STOPWORDS | frozenset(string.ascii_lowercase)  # and the letters left of "U.S." or "it's"
# what a remark's wording shares with any other remark: its negation, modals, auxiliaries, pronouns,
# conjunctions and hedges ("do not see", "may not", "only if", "still") tell how a speaker puts something,
# never what it is about
_STANCE = MODALS | frozenset("""not no nor cannot do does did are am being me my you your him them us if so only
very just still what when where how while because""".split())


# what a figure counts in ("50 mln dlrs", "3.5 pct", "10 cts a share", "40,000 tonnes", "2 mln barrels"): the units
# of amounts and of goods' weight and volume, which every release on a commodity gives, not the currencies, which
# markets news is about ("the dollar fell")
UNITS = frozenset("""mln million bln billion trillion pct percent per dlr stg cent ct tonne ton barrel bushel ounce
gallon""".split())

# what dates a remark ("this year", "last week", "in March") tells when it holds, never what it is about
WHEN = CALENDAR | frozenset("""year month week day today yesterday tomorrow tonight morning afternoon evening weekend
last next earlier later ago""".split())


@lru_cache(maxsize=1)
def measures() -> frozenset[str]:
    """What a figure counts in ("mln dlrs", "pct") and the legal form ending a firm's name ("Corp", "Inc"), as
    `words` gives them: they tell how much or what kind of firm, never what a remark is about ("downgraded
    Acme Corp's 50 mln dlrs of debt" and "keeps Widget Inc's 90 mln dlrs on review" are two remarks)."""
    return UNITS | {_singular(form.lower().rstrip(".")) for form in gazetteer().legal_forms}


@lru_cache(maxsize=1)
def synonyms() -> dict[str, str]:
    return {word: canonical for word, canonical in datafiles.rows("en/events_synonyms.tsv")}


@lru_cache(maxsize=1)
def kind_words() -> frozenset[str]:
    """The canonical words of the synonym table: names of kinds of things that events are about."""
    return frozenset(synonyms().values())


def words(mention: EventMention) -> frozenset[str]:
    """Canonical content words of the object, and of the trigger when it names a thing: "signed the pact" and
    "the treaty" both give {agreement}."""
    table = synonyms()
    found = {table.get(word, _singular(word)) for word in _WORD.findall((mention.object or "").lower())
             if word not in STOPWORDS and word not in _STANCE}
    found.update(table[word] for word in _WORD.findall(mention.trigger.lower()) if word in table)
    phrase = " ".join(mention.trigger.lower().split())
    if phrase in table:  # a phrasal verb: "walked out" is a strike
        found.add(table[phrase])
    return frozenset(found)


@lru_cache(maxsize=4096)
def name_words(actors: frozenset[str]) -> frozenset[str]:
    """The words of actors' names as `words` gives them ("industry-sources" is {industry, source})."""
    table = synonyms()
    return frozenset(table.get(part, _singular(part)) for actor in actors for part in actor.split("-"))


@lru_cache(maxsize=1)
def _adjectives() -> dict[str, frozenset[str]]:
    found: dict[str, set[str]] = {}
    for form, entry in gazetteer().forms.items():
        if entry.role in (DEMONYM, PEOPLE):
            found.setdefault(entry.key, set()).update(_singular(word) for word in _WORD.findall(form.lower()))
    return {key: frozenset(adjectives) for key, adjectives in found.items()}


@lru_cache(maxsize=4096)
def demonyms(actors: frozenset[str]) -> frozenset[str]:
    """The words that name the actors' countries as an adjective or a people ("Iranian", "Iranians"), as `words`
    gives them."""
    table = _adjectives()
    return frozenset(word for actor in actors for word in table.get(actor, ()))


def content_words(text: str) -> tuple[str, ...]:
    """The words and figures of a text without its small words and punctuation, in order."""
    return tuple([word for word in text.lower().translate(_APART).split() if word not in _SMALL])


@lru_cache(maxsize=4096)  # asked of every mention of a corpus, which repeats a few thousand triggers
def trigger_stem(trigger: str) -> str:
    """The first word of a trigger without its inflection: "bombed", "bombing" and "bombs" are "bomb"."""
    word = (trigger.lower().split() or [""])[0]
    for ending in ("ings", "ing", "ed", "es", "s", "e"):
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[:-len(ending)]
    return word


def _singular(word: str) -> str:
    """"tankers" and "tanker" are one word to compare; "ies" and "ss" endings are left to the synonym table."""
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is", "ies")) \
        else word


def numbers(mention: EventMention) -> frozenset[str]:
    """The figures its object states: "killed 22 people" and "killed some 80 people" are two killings."""
    return frozenset(_NUMBER.findall(mention.object or ""))


def similarity(a: frozenset[str] | set[str], b: frozenset[str] | set[str]) -> float:
    """Overlap coefficient: 1.0 when the shorter wording is contained in the longer."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


@lru_cache(maxsize=1)
def _directions() -> dict[str, str]:
    return {trigger_stem(verb): direction for verb, direction in datafiles.rows("en/events_opposites.tsv")}


def opposed(trigger: str, triggers) -> bool:
    """Whether a trigger's verb tells a change the other way from one of the triggers' ("raised", "lowered")."""
    directions = _directions()
    mine = directions.get(trigger)
    return mine is not None and any(directions.get(other, mine) != mine for other in triggers)


def directions(words) -> frozenset[str]:
    """The ways the changes a wording tells go ("cut", "increase"): a remark that tells a price cut and one that
    tells a price rise are two remarks, though each names the price."""
    table = _directions()
    return frozenset(table[stem] for stem in map(trigger_stem, words) if stem in table)

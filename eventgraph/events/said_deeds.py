"""The title of a deed a speaker tells of itself: "Acme said it sold its unit" is the sale, "Acme sells its unit".

A comment that stands for the speaker's own deed done (`reports.own_deed`) is counted as that deed, dated before
its report; its title names the deed as a headline would, by the speaker and the deed's verb in the present, not
by the saying ("Acme says it sold its unit"). Only a clause whose subject is the speaker itself ("it", "he",
"they") is retitled: one of a part of the speaker ("its board declared") names another doer.

Where the lexicon codes the deed's verb with the noun it acts on ("sell ... unit" 061, "file ... suit" 115), the
deed takes that code, so that it ranks, orders and merges as the deed, not as a comment. The sentence's own reading
misses such a deed mostly where its object is longer than the lexicon's gap ("sold its Alpha Foods frozen vegetable
unit"). A deed the lexicon does not know with its object ("retained an adviser", "cut its forecast") stays a
comment, as does a view or a plan, which tell no deed done.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import NamedTuple

from ..kinds import kind
from ..model import Document, EventMention
from .lexicon import Entry, entries_by_first_word, irregular_bases, is_mutual, label, third_person
from .reported_clause import SKIPPED_ADVERBS, past_form
from .triggers import CLAUSE_OPENERS, NEGATIONS, PREPOSITIONS

# "X says it has sold", "X and Y say they had sold": the speaker, the pronoun, its auxiliary, adverbs, the verb
_TOLD = re.compile(r"^(?P<doer>.+?) (?P<say>says|say) (?:that )?(?P<pronoun>it|he|she|they) (?P<clause>.+)$")
_PERSONS = ("he", "she")
# adverbs that place the deed in the past or now, which a headline in the present drops: "said it had previously filed"
_TIMED = frozenset({"previously", "earlier", "recently", "already", "just", "now", "then", "since", "currently",
                    "finally", "originally", "formerly"})
_PERFECT = frozenset({"has", "have", "had"})
_OBJECT_ENDS = PREPOSITIONS | CLAUSE_OPENERS | {"and", "or", "but", "that", "which", "who"}  # after a verb's object
_BE = frozenset({"was", "were", "been", "had"})  # a passive or a state ("was awarded", "had losses"), no deed's verb
_VOWELS = "aeiouy"
# the endings of a regular past's stem that lose a silent "e" ("declar-ed", "provid-ed", "settl-ed", "chang-ed"):
# a single vowel after a consonant before one consonant of a long vowel, or the consonants that never end a verb
# bare, and "creat-ed", the one common verb in "-eate" ("treat-ed", "defeat-ed", "repeat-ed" keep theirs); the rest
# ("start-ed", "limit-ed", "open-ed", "develop-ed") take "-ed" on the bare verb
_SILENT_E = re.compile(
    r"(?:[vzc]|[^aeiou]u|(?<!s)(?<!cu)s|(?:^|[^aeiou]|qu)[aiu]r|(?:st|gn|pl|sc)or|(?:^|[^aeo])at|[^aeiou]ut|"
    r"[cvn]it|[lp]et|(?:^|[^aeiou]|qu)ot|(?:^|[^aeiou])[aiou][dkmbg]|(?:[rld]|[ae]n)g|(?:^|[^aeiou])in|pon|"
    r"[^aeioulr]l|(?:^|[^aeiou])[iu]l|creat)$")
_SHORT_VOWEL = re.compile(r"^.*(?:^|[^aeiou]|qu)[aeiou][^aeiouwxy]$")  # "stop", "commit": one vowel, consonants about
_SHORT_STEM = 3  # letters of the shortest verb whose last consonant doubles ("stop", not "add")
_DOUBLED_L = re.compile(r"(?:ell|oll)$")  # "cancelled", "controlled": the British spelling of a longer verb
_LONG_P = 5  # letters of a stem ending in a vowel and "p" that still loses an "e": "escap-ed", not "develop-ed"


class _Deed(NamedTuple):
    doer: str
    adverbs: list[str]
    plural: bool  # "X and Y say they sold": the verb agrees with more than one doer
    verbs: list[str]  # base forms: the deed's verb, and one joined to it ("settled and withdrew")
    joint: str  # the conjunction that joins them, if two
    rest: list[str]  # the words after the deed's verbs


def retitle(doc: Document) -> None:
    """Title each comment of `doc` that stands for its speaker's own deed as that deed, when what was said names
    the speaker by the pronoun that agrees with it: "he" or "she" a person, "it" a body, "they" more than one
    ("Novak said it sold the unit" tells of another's deed, which the pronoun names). Only a comment so titled
    stays marked as its speaker's own deed, which the merge dates before its report (`merge.telling`), and it
    takes the code the lexicon gives its verb and object (`deed_entry`)."""
    types = {m.actor: m.type for m in doc.mentions}
    for mention in doc.event_mentions:
        if mention.own_deed:
            speakers = [types.get(p.actor) for p in mention.actors if p.role == "source"]
            deed = _told(mention.title, bool(speakers) and all(t == "person" for t in speakers))
            mention.title, mention.own_deed = _titled(deed) if deed else mention.title, deed is not None
            entry = deed_entry(deed.verbs, deed.rest) if deed else None
            if entry is not None:
                _recode(mention, entry)


def deed_title(title: str, person: bool) -> str | None:
    """The title of the deed a statement's title "X says it sold its unit" tells, "X sells its unit", or None
    when the title is not of that shape or its pronoun does not agree with the speaker (a `person` or not)."""
    deed = _told(title, person)
    return _titled(deed) if deed else None


def deed_entry(verbs: list[str], rest: list[str]) -> Entry | None:
    """The lexicon's entry of an act that codes a verb of `verbs` with the noun it acts on ("sell ... unit"), the
    head of its object: the last word of `rest` before a preposition, a conjunction or a clause's opener ("its
    Alpha Foods frozen vegetable unit to Beta"). None when the lexicon knows neither verb with that noun."""
    stop = next((i for i, word in enumerate(rest) if word.lower() in _OBJECT_ENDS or word.endswith(",")), len(rest))
    head = rest[stop - 1].lower() if stop else None
    return next((entry for verb in verbs for entry in entries_by_first_word().get(verb, ())
                 if entry.kind == "V" and len(entry.slots) == 2 and head in entry.slots[1].forms and
                 kind(entry.code)[0] == "act"), None)


def _recode(mention: EventMention, entry: Entry) -> None:
    """The comment is the deed: its code, and the parties of a deed done together (a sale, an agreement) are
    its participants, as the deed's own reading would name them."""
    mention.code, mention.label = entry.code, entry.label or label(entry.code)
    if is_mutual(entry.code):
        mention.actors = [replace(p, role="participant") if p.role in ("source", "target") else p
                          for p in mention.actors]


def _told(title: str, person: bool) -> _Deed | None:
    told = _TOLD.match(title)
    if told is None or told["pronoun"] not in (("they",) if told["say"] == "say" else _PERSONS if person else ("it",)):
        return None
    words = told["clause"].split(" ")
    k = 1 if words[0] in _PERFECT and len(words) > 1 else 0
    adverbs = []
    while k < len(words) - 1 and (words[k] in SKIPPED_ADVERBS - NEGATIONS or words[k].endswith("ly")):
        if words[k] not in _TIMED:
            adverbs.append(words[k])
        k += 1
    base = base_form(words[k]) if words[k] not in _BE else None
    if base is None:
        return None
    rest = words[k + 1:]
    joined = base_form(rest[1]) if len(rest) > 1 and rest[0] in ("and", "or") else None
    if joined is not None:  # "settled and discontinued the suit": both verbs of the deed
        return _Deed(told["doer"], adverbs, told["say"] == "say", [base, joined], rest[0], rest[2:])
    return _Deed(told["doer"], adverbs, told["say"] == "say", [base], "", rest)


def _titled(deed: _Deed) -> str:
    verbs = deed.verbs if deed.plural else [third_person(verb) for verb in deed.verbs]
    return " ".join([deed.doer, *deed.adverbs, f" {deed.joint} ".join(verbs), *deed.rest])


def base_form(form: str) -> str | None:
    """The base form of a past tense or participle ("sold": "sell", "declared": "declare", "stopped": "stop"), or
    None when `form` is none."""
    if not past_form(form):
        return None
    if form in irregular_bases():
        return irregular_bases()[form]
    stem = form[:-2]
    if form.endswith("ied"):
        return form[:-3] + "y"
    if stem.endswith("e"):
        return stem + "e"  # "agreed", "guaranteed"
    if stem[-1] == stem[-2] and stem[-1] not in "lsfz" and len(stem) > _SHORT_STEM and _SHORT_VOWEL.search(stem[:-1]):
        return stem[:-1]  # "stopped", "committed", not "added"
    if len(stem) >= 6 and _DOUBLED_L.search(stem):
        return stem[:-1]
    if _SILENT_E.search(stem) or stem[-1] == "p" and len(stem) <= _LONG_P and stem[-2] in _VOWELS:
        return stem + "e"
    return stem

"""The title of a deed a speaker tells of itself: "Acme said it sold its unit" is the sale, "Acme sells its unit".

A comment that stands for the speaker's own deed done (`reports.own_deed`) is counted as that deed, dated before
its report; its title names the deed as a headline would, by the speaker and the deed's verb in the present, not
by the saying ("Acme says it sold its unit"). Only a clause whose subject is the speaker itself ("it", "he",
"they") is retitled: one of a part of the speaker ("its board declared") names another doer.
"""

from __future__ import annotations

import re

from ..model import Document
from .lexicon import irregular_bases, third_person
from .reported_clause import SKIPPED_ADVERBS, past_form
from .triggers import NEGATIONS

# "X says it has sold", "X and Y say they had sold": the speaker, the pronoun, its auxiliary, adverbs, the verb
_TOLD = re.compile(r"^(?P<doer>.+?) (?P<say>says|say) (?:that )?(?P<pronoun>it|he|she|they) (?P<clause>.+)$")
_PERSONS = ("he", "she")
# adverbs that place the deed in the past or now, which a headline in the present drops: "said it had previously filed"
_TIMED = frozenset({"previously", "earlier", "recently", "already", "just", "now", "then", "since", "currently",
                    "finally", "originally", "formerly"})
_PERFECT = frozenset({"has", "have", "had"})
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


def retitle(doc: Document) -> None:
    """Title each comment of `doc` that stands for its speaker's own deed as that deed, when what was said names
    the speaker by the pronoun that agrees with it: "he" or "she" a person, "it" a body, "they" more than one
    ("Novak said it sold the unit" tells of another's deed, which the pronoun names). Only a comment so titled
    stays marked as its speaker's own deed, which the merge dates before its report (`merge.telling`)."""
    types = {m.actor: m.type for m in doc.mentions}
    for mention in doc.event_mentions:
        if mention.own_deed:
            speakers = [types.get(p.actor) for p in mention.actors if p.role == "source"]
            deed = deed_title(mention.title, bool(speakers) and all(t == "person" for t in speakers))
            mention.title, mention.own_deed = deed or mention.title, deed is not None


def deed_title(title: str, person: bool) -> str | None:
    """The title of the deed a statement's title "X says it sold its unit" tells, "X sells its unit", or None
    when the title is not of that shape or its pronoun does not agree with the speaker (a `person` or not)."""
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
        rest = [rest[0], third_person(joined) if told["say"] == "says" else joined, *rest[2:]]
    verb = third_person(base) if told["say"] == "says" else base
    return " ".join([told["doer"], *adverbs, verb, *rest])


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

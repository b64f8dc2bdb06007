"""A verb's third person that the parse reads as a plural noun: "clear signs of a recovery", "received several
bids", "protests erupted". The word rules take such a word for the verb when no determiner or listed modifier
stands before it, and the doer they find for it is whoever the sentence names near it ("Acme signs" of "Acme saw
clear signs of"). The parse tells the noun by its tag and its place; the trigger is then the lexicon's noun of
the word, or none when the lexicon lists that noun as no happening (`triggers.noun_reading`).
"""

from __future__ import annotations

from . import triggers
from .parse_words import Aligned
from .text import Words

NOUN_PLACES = frozenset({"nsubj", "nsubj:pass", "obj", "iobj", "obl", "nmod", "appos"})  # where nouns stand
NOUN_DEPENDENTS = frozenset({"det", "amod", "nummod", "nmod:poss"})  # before a noun only: "the", "clear", "two"
VERB_DEPENDENTS = frozenset({"obj", "iobj", "ccomp", "xcomp", "aux", "aux:pass"})
PHRASE_INSIDE = ("VB", "IN", "JJ", "CD")  # tags of words after which a noun before a noun is the latter's modifier


def reread(words: Words, found: list[triggers.Trigger], parsed, names: set[int]) -> list[triggers.Trigger]:
    """`found` with each verb the parse reads as a plural noun replaced by the noun's trigger, or dropped."""
    aligned = Aligned(parsed, words.offset)
    result = []
    for trigger in found:
        tokens = aligned.at(words.starts[trigger.first], words.ends[trigger.first]) if trigger.verbal else []
        if not tokens or not plural_noun(tokens[0]):
            result.append(trigger)
            continue
        noun = triggers.noun_reading(words, trigger, names)
        if noun is not None:
            result.append(noun)
    return result


def plural_noun(token) -> bool:
    """Whether the parse reads a word as a plural noun: tagged so, with no object, clause or auxiliary of a verb,
    standing where nouns stand (a subject, an object, a preposition's complement, or joined to such a noun) or
    after a determiner, an adjective, a number or a possessive of its own. Not a noun before a noun ("the firm
    cuts prices"), which the parse reads so where the word is the verb, nor a word of a headline in capitals,
    whose tags the parse guesses."""
    if token.tag_ != "NNS" or token.text.isupper() or any(child.dep_ in VERB_DEPENDENTS for child in token.children) \
            or _subject_before(token):
        return False
    if token.dep_ in NOUN_PLACES or token.dep_ == "conj" and token.head.tag_ in ("NN", "NNS") and \
            token.head.dep_ in NOUN_PLACES:
        return True
    return any(child.dep_ in NOUN_DEPENDENTS and child.i < token.i for child in token.children)


def _subject_before(token) -> bool:
    """"the plan calls for", "Acme's fund invests in": a singular noun that opens a noun phrase right before the
    word, and that the parse hangs on it, is as often the verb's subject as the noun's modifier ("the wage
    demands"); unless an adjective, a number, a possessive or a preposition of the word's own tells the noun, the
    word stays the verb. After a verb, a preposition, an adjective or a number the two are one noun phrase
    ("ignored union demands", "included duplicate bids")."""
    if token.i == 0:
        return False
    before = token.doc[token.i - 1]
    if before.tag_ != "NN" or before.head.i != token.i or any(
            child.dep_ in NOUN_DEPENDENTS - {"det"} or child.dep_ == "case" for child in token.children):
        return False
    return before.i == 0 or not token.doc[before.i - 1].tag_.startswith(PHRASE_INSIDE)

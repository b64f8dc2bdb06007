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
NOUN_TAGS = frozenset({"NN", "NNP", "NNPS"})
PHRASE_TAGS = NOUN_TAGS | {"NNS", "JJ", "JJR", "JJS", "HYPH", "POS"}  # inside a noun phrase before its head
PHRASE_OPENERS = ("VB", "IN", "TO", "RP", "CD")  # tags of words after which a noun phrase stands whole


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
    standing where nouns stand (a subject, an object, a preposition's complement, or joined to such a plural) or
    after a determiner, an adjective, a number or a possessive of its own. Not a noun before a noun ("the firm
    cuts prices"), which the parse reads so where the word is the verb, nor a word of a headline in capitals,
    whose tags the parse guesses."""
    if token.tag_ != "NNS" or token.text.isupper() or any(child.dep_ in VERB_DEPENDENTS for child in token.children) \
            or _subject_before(token):
        return False
    if token.dep_ in NOUN_PLACES or token.dep_ == "conj" and token.head.tag_ == "NNS" and \
            token.head.dep_ in NOUN_PLACES:
        return True
    return any(child.dep_ in NOUN_DEPENDENTS and child.i < token.i for child in token.children)


def _subject_before(token) -> bool:
    """"the new contract calls for", "Novak proposes": a noun or a name right before the word, which the parse
    hangs on it, is as often the verb's subject as the noun's modifier ("the wage demands"), wherever a
    determiner, a comma, a conjunction or the sentence's start opens the phrase: the word stays the verb. After a
    verb, a preposition or a number the phrase is one noun ("ignored union demands", "in Iraqi air attacks")."""
    doc = token.doc
    j = token.i - 1
    if j < 0 or doc[j].tag_ not in NOUN_TAGS or doc[j].head.i != token.i:
        return False
    while j >= 0 and doc[j].tag_ in PHRASE_TAGS:
        j -= 1
    return j < 0 or not doc[j].tag_.startswith(PHRASE_OPENERS)

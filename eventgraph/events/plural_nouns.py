"""A verb's third person that the parse reads as a plural noun: "few signs of a thaw", "received several
bids", "new orders slowed". The word rules take such a word for the verb when no determiner or listed modifier
stands before it, and the doer they find for it is whoever the sentence names near it ("Acme signs" of "Acme saw
few signs of"). The parse tells the noun by its tag and its place; a noun the lexicon lists as no happening is
then no trigger. One it lists as a happening ("attacks", "demands") keeps the verb's reading: as a noun it is
mostly only named there ("resisted U.S. demands", "joined attacks on the plan"), and read as the noun it made
more wrong events than it mended.
"""

from __future__ import annotations

from . import triggers
from .lexicon import entries_by_first_word
from .parse_words import Aligned, align
from .text import Words

NOUN_PLACES = frozenset({"nsubj", "nsubj:pass", "obj", "iobj", "obl", "nmod", "appos"})  # where nouns stand
NOUN_DEPENDENTS = frozenset({"det", "amod", "nummod", "nmod:poss"})  # before a noun only: "the", "clear", "two"
VERB_DEPENDENTS = frozenset({"obj", "iobj", "ccomp", "xcomp", "aux", "aux:pass"})
NOUN_TAGS = frozenset({"NN", "NNP", "NNPS"})
PHRASE_TAGS = NOUN_TAGS | {"NNS", "JJ", "JJR", "JJS", "HYPH", "POS"}  # inside a noun phrase before its head
PHRASE_OPENERS = ("VB", "IN", "TO", "RP", "CD")  # tags of words after which a noun phrase stands whole


def without_nouns(words: Words, found: list[triggers.Trigger], parsed) -> list[triggers.Trigger]:
    """`found` without the verbs the parse reads as plural nouns of no happening."""
    aligned = align(parsed, words.offset)
    return [trigger for trigger in found if not _noun_of_no_happening(aligned, words, trigger)]


def _noun_of_no_happening(aligned: Aligned, words: Words, trigger: triggers.Trigger) -> bool:
    tokens = aligned.at(words.starts[trigger.first], words.ends[trigger.first]) if trigger.verbal else []
    return bool(tokens) and plural_noun(tokens[0]) and not happening_noun(words.forms[trigger.first])


def happening_noun(form: str) -> bool:
    """Whether the lexicon lists a word as the noun of a happening ("attacks", "protests"), not only as a verb's
    form ("signs", "bids")."""
    return any(not entry.verbal and form in entry.slots[0].forms for entry in entries_by_first_word().get(form, ()))


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

"""Where a list of nouns that a title's phrase would be cut inside ends.

A phrase cut at the first "and" or list comma of its object says less than the sentence, or, when the words
before the cut qualify a noun the list shares, nothing whole: "stopped making copper pipes | , rods and wires",
"to build two schools | and three sports halls", "gains in the cash | and futures markets", "to give legal |
and financial advice services". The list runs on to its last noun when that is near and the sentence ends the
list there.

A list of nouns is told from a clause of its own by what follows it and what it holds: no verb, pronoun, preposition
or subordinating word inside, a break, a preposition, a conjunction or the sentence's end right after it, and a last
noun in the plural ("halls", "services"), or a number after a number ("on May 3 | or 4"). A clause joined by "and"
has a verb ("and workers have been striking"), a verb's bare form after "and" is no plural ("propose a slate | and
vote for it"), an irregular verb is known by its form ("and keep costs low"), a verb's object opens with an article
after it ("and ship the metals"), and a verb in "-s" alone after "and" leads to an infinitive ("opened two plants |
and plans to open more"). A sum is listed with sums: "two mln pumps | and three mln valves", not "will lend 2.5
mln dlrs | and retain stakes"; a figure after "and" with none before is a second clause whose verb is left out ("a
loss for the year | and 40 mln dlrs in 1990"), and so is one after a year ("earn 3.1 mln dlrs in 1990 | and 4.2 mln
dlrs in 1991").
"""

from __future__ import annotations

from collections.abc import Callable

from . import triggers
from .lexicon import PARTICIPLES
from .text import BREAKS, COORDINATORS, QUOTES, SUBORDINATORS

LIST_WORDS = 6  # words a list may add past the cut: "| and welders and fitters"
ITEM_WORDS = 4  # words of one noun of the list: "| and other farm loan services"
FIGURE_REACH = 3  # words before a sum's last word its figure stands: "2.5 mln | dlrs"
SEPARATORS = frozenset({",", "and", "or"})
_PRONOUNS = frozenset({"i", "we", "you", "he", "she", "it", "they", "me", "us", "him", "them", "this", "that",
                       "these", "those"})
_OPENERS = triggers.DETERMINERS  # words only an item's first word may be: "and its units", not "and pay the fees"
# words after "to" that open no infinitive: "to other firms", "to all dealers", and "to date"
_QUANTIFIERS = frozenset({"other", "all", "some", "more", "most", "both", "several", "many", "such", "date"})
SINGULAR_S = ("ss", "us", "is")  # endings in "s" of words that are no plural: "gross", "bonus", "serious"


def list_end(surface: list[str], k: int, verb: Callable[[str], bool]) -> int | None:
    """The index of the last word of the list of nouns whose separator is `surface[k]` ("," or a conjunction),
    the word before it being the last one a phrase reached, when the list is whole within `LIST_WORDS` words;
    None when no such list opens there. `verb` tells a word (in lower case) that can carry a clause."""
    forms = [word.lower() for word in surface]
    if k < 1 or k >= len(forms) or forms[k] not in SEPARATORS or not _item_word(forms[k - 1], verb):
        return None
    figured = _figured(forms, k - 1)
    end, joined, added, j = None, False, 0, k
    while j < len(forms) and forms[j] in SEPARATORS:
        after_comma = forms[j] == ","
        joined = joined or not after_comma
        j += 1
        if j < len(forms) and forms[j] in COORDINATORS - {"but"}:
            after_comma, joined, j = False, True, j + 1  # the comma before a list's last "and": ", and bonds"
        first = j
        while j < len(forms) and j - first < ITEM_WORDS and forms[j] not in SEPARATORS and \
                _item_word(forms[j], verb, after_comma and plural(forms[k - 1])) and \
                (j == first or forms[j] not in _OPENERS):
            j += 1  # "copper pipes, rods and wires": a plural in a list of plurals is a noun, no verb
        added += j - first
        if j == first or added > LIST_WORDS or figured != _number(forms[first]) and not _counted(forms[k - 1]) or \
                not after_comma and _irregular_verb(forms[first]) or \
                j < len(forms) and forms[j] not in SEPARATORS and not _closes(forms[j]):
            break
        if joined and _whole(forms[k - 1], forms[j - 1]) and not _continued(forms, j, verb) and \
                not (j == first + 1 and infinitive(surface, j)):  # not "opened two plants | and plans | to open"
            end = j - 1
    return end


def shares_noun(surface: list[str], k: int) -> bool:
    """Whether the word before the list's separator `surface[k]` qualifies the noun that ends the list, which the
    phrase cut there lost: a word in the singular written as the list's next word is ("the cash | and futures
    markets", "Ruritanian | and U.S. courts"), not a noun of its own ("based in Vorland | and make pumps")."""
    reached, following = surface[k - 1], surface[k + 1] if k + 1 < len(surface) else ""
    return not plural(reached.lower()) and not _number(reached.lower()) and \
        reached[:1].isupper() == following[:1].isupper()


def plural(form: str) -> bool:
    """Whether a word in lower case reads as a plural noun: "films", "services", not "gross" nor "bonus"."""
    return form.isalpha() and form.endswith("s") and not form.endswith(SINGULAR_S)


def _figured(forms: list[str], i: int) -> bool:
    """Whether word `i` is the plural noun of a sum, its figure standing a few words before it: "2.5 mln dlrs",
    "two mln pumps"."""
    return plural(forms[i]) and any(_number(form) for form in forms[max(0, i - FIGURE_REACH):i])


def _counted(form: str) -> bool:
    """Whether a word is a count that a count may follow in a list ("five | or six years", "three | and six-month
    bills"), not a year, which a sum after it does not list with ("in 1990 | and 40 mln dlrs")."""
    return _number(form) and not (len(form) == 4 and form.isdigit())


def _irregular_verb(form: str) -> bool:
    """Whether a word after "and" is the base or third person form of an irregular verb, which opens a predicate
    of its own: "and keep costs low", "and sees sales grow"."""
    return form in PARTICIPLES or form.endswith("s") and (form[:-1] in PARTICIPLES or form[:-2] in PARTICIPLES)


def _continued(forms: list[str], j: int, verb: Callable[[str], bool]) -> bool:
    """Whether word `j` is a conjunction that joins another noun to the list's noun before it: "Novak Brothers |
    and Co Inc" is one name; "advice services | and to act" ends the list."""
    return j + 1 < len(forms) and forms[j] in COORDINATORS and _item_word(forms[j + 1], verb)


def infinitive(surface: list[str], j: int) -> bool:
    """Whether word `j` is the "to" of an infinitive: a word in lower case follows it that is no article, plural,
    quantifier nor participle ("to open", not "to other firms", "to the board", "to dealers", "to existing
    customers")."""
    following = surface[j + 1] if j + 1 < len(surface) else ""
    return j < len(surface) and surface[j].lower() == "to" and following.isalpha() and following.islower() and \
        following not in triggers.DETERMINERS and following not in _QUANTIFIERS and not plural(following) and \
        not following.endswith(("ing", "ed"))


def _item_word(form: str, verb: Callable[[str], bool], listed_plural: bool = False) -> bool:
    """Whether a word can stand inside a noun of a list: a word of letters or figures that is no verb, pronoun,
    preposition, subordinating word nor quotation mark; `listed_plural` when a plural there is a noun."""
    return form[:1].isalnum() and not (verb(form) and not (listed_plural and plural(form))) and \
        form not in _PRONOUNS and form not in SUBORDINATORS and form not in triggers.PREPOSITIONS and \
        form not in triggers.MODALS and form not in QUOTES


def _closes(form: str) -> bool:
    """Whether a word ends a list before it: a break, a full stop, a quotation mark, a preposition or a
    subordinating word."""
    return form in BREAKS or form in QUOTES or form == "." or form in triggers.PREPOSITIONS or form in SUBORDINATORS


def _whole(reached: str, last: str) -> bool:
    """Whether a list whose first noun ends on `reached` can end on `last`: a plural noun, or a number after a
    number."""
    return _number(reached) and _number(last) or plural(last)


def _number(form: str) -> bool:
    """A figure ("4.1", "1,925,000") or a number written in words ("six")."""
    return form[:1].isdigit() or form.replace(",", "").replace(".", "").isdigit() or form in triggers.SPELLED_NUMBERS

"""Words and clauses of one sentence, found with regular expressions only (no parser: this stage must read
100,000 words a second).

A clause ends at punctuation (, ; : parentheses, dashes, quotation marks) and before a subordinating word
("which", "that", "while", "if" ...). Commas inside a run of capitalised words do not end a clause, so the
name "Agency for Trade, Credit, and Shipping" or the list "Japan, South Korea and China" stays whole.
"""

from __future__ import annotations

import calendar
import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

# A number stays one word with its digit groups and decimals ("2,000", "7.6"): never "kills 000 people".
_TOKEN = re.compile(r"\d+(?:[.,]\d+)*(?:['’\-]\w+)*|\w+(?:['’\-]\w+)*|[^\w\s]")
# A legislator's party and state after his name ("Sen. Jane Doe (D-Tex.) said", "Rep. Jan Roe, R-N.Y., said") are no
# words of the sentence: read as words, their brackets or commas would part the speaker from his verb.
_PARTY_TAG = re.compile(r"(?<=[a-z])[ \t\n]*\([DRI]-(?:[A-Z]\.){0,2}[A-Za-z]{0,8}\.?\)|"
                        r"(?<=[a-z]),[ \t\n]+[DRI]-(?:[A-Z]\.){0,2}[A-Za-z]{0,8}\.?,")
BREAKS = frozenset(",;:()[]—–")
QUOTES = frozenset('"“”«»')
_PUNCTUATION = BREAKS | QUOTES  # one look-up for the words read most often
SUBORDINATORS = frozenset({"which", "who", "whom", "whose", "that", "while", "whereas", "when", "because",
                           "although", "though", "if", "unless", "whether", "where"})
RELATIVES = frozenset({"which", "who", "whom", "whose", "where"})
COORDINATORS = frozenset({"and", "or", "but"})
DEICTIC_DAYS = frozenset({"today", "yesterday", "tomorrow", "tonight"})  # days named from the day of the report
CALENDAR = frozenset(name.lower() for name in (*calendar.month_name, *calendar.day_name) if name)  # days, months


@dataclass
class Words:
    """The words of a sentence: parallel lists of offsets (into the document) and lower-case forms."""

    text: str  # the sentence
    offset: int  # of the sentence in the document
    starts: list[int] = field(default_factory=list)
    ends: list[int] = field(default_factory=list)
    forms: list[str] = field(default_factory=list)
    surface: list[str] = field(default_factory=list)
    clause: list[int] = field(default_factory=list)  # clause number of each word
    clause_starts: list[int] = field(default_factory=list)  # first word of each clause
    quoted: list[bool] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.forms)

    def index_at(self, offset: int) -> int:
        """The first word that ends after `offset` (a document offset)."""
        return bisect_right(self.ends, offset)

    def span(self, first: int, last: int) -> str:
        """The sentence text from word `first` to word `last`, inclusive."""
        return self.text[self.starts[first] - self.offset:self.ends[last] - self.offset]

    def capitalised(self, i: int) -> bool:
        return 0 <= i < len(self.surface) and self.surface[i][:1].isupper()

    def is_break(self, i: int) -> bool:
        return self.forms[i] in _PUNCTUATION

    def abbreviation_start(self, j: int) -> int | None:
        """The first word of the abbreviation whose last full stop is word `j` ("U.S.", read as "u . s ."), or None:
        two letters or more, each with its full stop."""
        k = j
        while k >= 1 and self.forms[k] == "." and len(self.forms[k - 1]) == 1 and self.forms[k - 1].isalpha():
            k -= 2
        return k + 1 if j - k >= 4 else None

    def before_ticker(self, last: int) -> int:
        """The word before a stock code that ends at word `last` ("Acme Inc <ACME.O>"), or `last` when none does."""
        if last < 0 or self.forms[last] != ">":
            return last
        return next((j - 1 for j in range(last - 1, -1, -1) if self.forms[j] == "<"), last)

    def before(self, first: int, *skipped: frozenset[str]) -> int:
        """The last word before word `first` that is in none of the `skipped` sets and no adverb in -ly ("it has
        also agreed", "analysts have recently said"), or -1."""
        j = first - 1
        while j >= 0 and (self.forms[j].endswith("ly") or any(self.forms[j] in group for group in skipped)):
            j -= 1
        return j


@lru_cache(maxsize=512)  # a sentence's passes and its titles' steps follow each other: a small cache holds them
def read(text: str, offset: int) -> Words:
    """The words of `text`, which starts at `offset` in the document. Read once for every pass that looks at the
    same words (a sentence read before and after its parse, a title's phrase at each step that shapes it): the
    `Words` are shared, and no caller changes them."""
    matches = list(_TOKEN.finditer(text))
    tags = [tag.span() for tag in _PARTY_TAG.finditer(text)] if "-" in text else []
    if tags:
        matches = [match for match in matches if not any(s <= match.start() < e for s, e in tags)]
    surface = [match.group() for match in matches]
    words = Words(text, offset, [offset + match.start() for match in matches],
                  [offset + match.end() for match in matches],
                  [word.lower().replace("’", "'") for word in surface], surface)
    _clauses(words)
    _quotes(words)
    return words


def _clauses(words: Words) -> None:
    forms = words.forms
    number = 0
    words.clause_starts = [0]
    fresh = True  # no word of the current clause seen yet
    pending = False  # punctuation closed the clause: the next word opens a new one
    for i, form in enumerate(forms):
        punctuation = form in _PUNCTUATION
        if punctuation:
            if not fresh and (form in QUOTES or not _inside_name(words, i)):
                pending = True
        elif pending or (form in SUBORDINATORS and not fresh):
            number += 1
            words.clause_starts.append(i)
            pending = False
        words.clause.append(number)
        if not punctuation:
            fresh = False


def _inside_name(words: Words, i: int) -> bool:
    if words.forms[i] in ("(", ")"):
        return _bracket_in_name(words, i)
    if words.forms[i] != ",":
        return False
    after = i + 2 if i + 1 < len(words) and words.forms[i + 1] in ("and", "or") else i + 1
    return words.capitalised(i - 1) and words.capitalised(after) and not words.forms[i - 1].isdigit()


def _bracket_in_name(words: Words, i: int) -> bool:
    """A bracket around initials or a word or two of a name between two words of a name ("Acme Systems (U.K.)
    Ltd", "Acme Fleming (Securities) Ltd", "Acme (Hong Kong) Ltd"): they say where or in what the company works,
    and the name goes on after them. A bracketed abbreviation ("Acme (ACME) Chairman") is no part of the name."""
    opening = i if words.forms[i] == "(" else next((j for j in range(i - 1, max(i - 8, 0), -1)
                                                    if words.forms[j] == "("), None)
    if opening is None:
        return False
    closing = opening + 1
    while closing + 1 < len(words) and words.surface[closing].isupper() and len(words.surface[closing]) == 1 and \
            words.forms[closing + 1] == ".":
        closing += 2
    if closing == opening + 1:
        while closing < len(words) and closing - opening <= BRACKETED_NAME_WORDS and _name_word(words.surface[closing]):
            closing += 1
        held = closing > opening + 1
    else:
        held = closing > opening + 3
    return held and closing < len(words) and words.forms[closing] == ")" and \
        (i == opening or i == closing) and words.capitalised(opening - 1) and words.capitalised(closing + 1)


BRACKETED_NAME_WORDS = 2  # words of a name a bracket may hold: "(Securities)", "(Hong Kong)"


def _name_word(surface: str) -> bool:
    return surface.isalpha() and surface[0].isupper() and not surface.isupper()


def _quotes(words: Words) -> None:
    inside = False
    for form in words.forms:
        if form in QUOTES:
            if form == "“":
                inside = True
            elif form == "”":
                inside = False
            else:
                inside = not inside
            words.quoted.append(True)
        else:
            words.quoted.append(inside)


def by_first_word(phrases: Iterable[tuple[str, ...]]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Phrases (tuples of lower-case forms) by their first word: a word is compared only with the phrases it
    may open, not with every phrase of a list."""
    found: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        found.setdefault(phrase[0], []).append(phrase)
    return {first: tuple(group) for first, group in found.items()}


def holds_phrase(forms: list[str], phrases: dict[str, tuple[tuple[str, ...], ...]]) -> bool:
    """Whether one of `phrases` (as `by_first_word` files them) stands in `forms`."""
    return any(tuple(forms[j:j + len(phrase)]) == phrase for j, form in enumerate(forms)
               for phrase in phrases.get(form, ()))


def whole_words(text: str, words: list[str], apart: str) -> list[tuple[int, int]]:
    """The spans where `words` stand in `text` one after the other, any white space between them, in any case,
    with neither a word character nor a character of `apart` right before or after them, as
    `re.finditer(r"(?<![\\w<apart>])w1\\s+w2...(?![\\w-])", text, re.IGNORECASE)` finds them.

    Built for each title, that pattern would be compiled anew for each (the `re` cache holds few); ASCII text is
    searched with `str.find` instead, and other text, whose case and word characters `str` and `re` may read
    apart, with the pattern."""
    if not words or not text.isascii() or not all(word.isascii() for word in words):
        pattern = r"\s+".join(re.escape(word) for word in words)
        return [found.span() for found in re.finditer(rf"(?<![\w{re.escape(apart)}]){pattern}(?![\w-])", text,
                                                      re.IGNORECASE)]
    lowered, forms = text.lower(), [word.lower() for word in words]
    spans, at = [], lowered.find(forms[0])
    while at >= 0:
        end = _words_end(text, lowered, forms, at)
        if end is not None and (at == 0 or not _joining(text[at - 1], apart)) and \
                (end == len(text) or not _joining(text[end], "-")):
            spans.append((at, end))
            at = lowered.find(forms[0], end)
        else:
            at = lowered.find(forms[0], at + 1)
    return spans


def _words_end(text: str, lowered: str, forms: list[str], at: int) -> int | None:
    """Where the words `forms` end when the first stands at `at` and each next one after white space; None when
    they do not stand there."""
    end = at + len(forms[0])
    for form in forms[1:]:
        gap = end
        while gap < len(text) and text[gap].isspace():
            gap += 1
        if gap == end or not lowered.startswith(form, gap):
            return None
        end = gap + len(form)
    return end


def _joining(character: str, apart: str) -> bool:
    return character.isalnum() or character == "_" or character in apart

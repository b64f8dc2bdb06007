"""Capitalised-word chunks: the candidates for names in news text.

A chunk is a run of capitalised tokens ("NATO Secretary General Jane Doe") joined by spaces, a line break
(wire copy is hard-wrapped), a slash or hyphen ("Royal Dutch/Shell", "Chile-Peru") or a connector
word that names contain ("Bank of England", "Charles de Gaulle", "Procter and Gamble", "Kali und Salz"), or a possessive
("Russia's Foreign Ministry", "Moody's Investors Service"). An abbreviation's full stop before a word that
opens sentences ends a chunk ("... Corp. He said").
"""

from __future__ import annotations

import re
import sys
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass


def _class_ranges(chars: list[str]) -> str:
    """The inside of a character class of `chars` (in code point order) written as ranges: `re` tests letters
    past U+FFFF one entry at a time, and there are a thousand capitals there (mathematical letters)."""
    runs: list[list[str]] = []
    for char in chars:
        if runs and ord(char) == ord(runs[-1][1]) + 1:
            runs[-1][1] = char
        else:
            runs.append([char, char])
    return "".join(re.escape(first) if first == last else f"{re.escape(first)}-{re.escape(last)}"
                   for first, last in runs)


# Names are written in any alphabet: "Müller", "Łukasz", "Đoković", "Ōtani".
# isupper and istitle sift the code points cheaply (every Lu and Lt is one or the other): half the import time.
UPPER = _class_ranges([char for char in map(chr, range(sys.maxunicode + 1))
                       if (char.isupper() or char.istitle()) and unicodedata.category(char) in ("Lu", "Lt")])
# Arabic name particles written joined to the name: "al-Sisi", "bin-Laden", "el-Baradei".
_JOINED_PARTICLE = r"(?:al|el|ad|ar|as|ash|at|az|bin|ibn|abu|abd|abdul|bint)[-‑]"
_TOKEN = re.compile(rf"(?<![\w.'’])(?:(?:[{UPPER}]\.){{2,}}|(?:{_JOINED_PARTICLE})?[{UPPER}](?:[^\W_]|[&'’]|-(?=[^\W_{UPPER}]))*\.?)")
_SPACE = re.compile(r"[ \t]+|[ \t]*\n[ \t]*")
POSSESSIVE = "'s"
_SENTENCE_AFTER = re.compile(rf"\s+(?:[{UPPER}](?:[^\W\d_]|\s)|[\"“])|\s*$")
_ENDS_NAMES = {"Co.", "Inc.", "Corp.", "Ltd.", "Bros.", "Cos.", "Jr.", "Sr."}  # may end a sentence too
# name particles, alone ("Charles de Gaulle") or a preposition with an article ("Jan van der Berg")
PARTICLES = {"de", "du", "da", "dos", "das", "del", "della", "der", "den", "di", "van", "von", "ten", "ter", "bin", "ibn",
             "ben", "bint", "arap", "ould", "al", "el", "la", "le"} | \
    {f"{particle} {article}" for particle in ("de", "van", "von", "dos", "das", "di")
     for article in ("la", "las", "los", "le", "der", "den", "het", "de", "da")}
# "and" in the languages whose company names English news keeps untranslated: "Fichtel und Sachs", "Duffour et
# Igon", "Almaden y Arrayanes", "Safras e Mercado"
FOREIGN_AND = {"und", "et", "y", "e"}
_PARTICLE = "|".join(particle.replace(" ", r"[ \t]+") for particle in sorted(PARTICLES, key=lambda p: (-len(p), p)))
_CONNECTOR = re.compile(rf"(?:[ \t]+|[ \t]*\n[ \t]*)(of the|of|for the|for|on|and|&|{_PARTICLE}|{'|'.join(FOREIGN_AND)})"
                        r"(?:[ \t]+|[ \t]*\n[ \t]*)|([/-])|['’]s?(?:[ \t]+|[ \t]*\n[ \t]*)")
ABBREVIATED = {"Co.", "Inc.", "Corp.", "Ltd.", "Jr.", "Sr.", "St.", "Mr.", "Mrs.", "Ms.", "Dr.", "Gen.", "Lt.",
               "Col.", "Sen.", "Rep.", "Gov.", "Prof.", "Adm.", "Maj.", "Capt.", "Sgt.", "Bros.", "Cos.", "Brig.",
               "Cpl.", "Pvt.", "Cmdr.", "Rev.", "Hon.", "Amb.", "Supt."}


@dataclass
class Token:
    start: int
    end: int
    text: str
    connector: str = ""  # the word, "/", "-" or "'s" joining it to the token before; "" for white space


def chunks(text: str, start: int, end: int, openers: set[str],
           lower_forms: frozenset[str] = frozenset()) -> Iterator[list[Token]]:
    """Chunks of capitalised tokens in text[start:end]; `openers` are words that start sentences, and
    `lower_forms` legal forms that wire copy writes in lower case after a name ("Acme corp said")."""
    chunk: list[Token] = []
    for match in _TOKEN.finditer(text, start, end):
        if _after_prefix(text, match.start()):
            continue
        token = _token(text, match)
        if chunk:
            gap = chunk[-1].end
            broken = chunk[-1].text.endswith(".") and token.text in openers
            if not broken and _SPACE.fullmatch(text, gap, token.start):
                chunk.append(token)
            elif not broken and _bracketed(text, chunk[-1], token):
                token.connector = "("  # "Industrial Equity (Pacific) Ltd": a bracketed word inside a name
                chunk.append(token)
            elif (connector := None if broken else _CONNECTOR.fullmatch(text, gap, token.start)):
                token.connector = " ".join((connector.group(1) or connector.group(2) or POSSESSIVE).split())
                chunk.append(token)
            else:
                yield chunk
                chunk = [token]
        else:
            chunk = [token]
        lower = _LOWER_FORM.match(text, token.end, end) if lower_forms and token.end < end else None
        if lower and lower.group(1) in lower_forms and not (len(chunk) == 1 and token.text in openers):
            chunk.append(Token(lower.start(1), lower.end(1), lower.group(1)))
    if chunk:
        yield chunk


# a lower-case word after a name's word, up to a full stop that ends the sentence: "Acme corp said", "Acme inc."
_LOWER_FORM = re.compile(r"(?:[ \t]+|[ \t]*\n[ \t]*)([a-z]+)(?![\w'’-]|\.\w)")


_OPEN = re.compile(r"[ \t]+\($")
_CLOSE_ON = re.compile(r"\)[ \t]+$")
_NAME_GOES_ON = re.compile(rf"\)[ \t]+[{UPPER}]")


def _bracketed(text: str, before: Token, token: Token) -> bool:
    """"Industrial Equity (Pacific) Ltd", "Bache Securities (U.K.) Ltd": a capitalised word or initials in
    brackets between two words of one name (not an acronym after a name, "the Acme Association (AA) said"), or
    the word after its closing bracket."""
    gap = text[before.end:token.start]
    if _OPEN.fullmatch(gap) and (not token.text.isupper() or "." in token.text) and text.startswith(")", token.end):
        return bool(_NAME_GOES_ON.match(text, token.end))
    return bool(_CLOSE_ON.fullmatch(gap)) and before.connector == "("


def _after_prefix(text: str, at: int) -> bool:
    """Whether a word follows a lower-case prefix and hyphen: "non-OPEC", "pro-Western", "al-Ghadeer"."""
    if at < 2 or text[at - 1] != "-":
        return False
    word_start = at - 2
    while word_start > 0 and text[word_start - 1].isalpha():
        word_start -= 1
    return text[word_start].islower()


def ends_sentence(word: str) -> bool:
    """Whether a word's full stop ends a sentence ("Smith."), not an abbreviation ("Inc.", "U.S.", "J.")."""
    return word.endswith(".") and word not in ABBREVIATED and len(word) > 2 and word.count(".") == 1


def _token(text: str, match: re.Match) -> Token:
    """A token without its possessive or a sentence's full stop ("Smith." "Acme Corp." at a sentence end)."""
    word, end = match.group(), match.end()
    if ends_sentence(word):
        word, end = word[:-1], end - 1
    for suffix in ("'s", "’s", "'", "’"):
        if word.endswith(suffix) and len(word) > len(suffix) + 1:
            word, end = word[:-len(suffix)], end - len(suffix)
            break
    if word in _ENDS_NAMES and _SENTENCE_AFTER.match(text, end):
        word, end = word[:-1], end - 1
    return Token(match.start(), end, word)

"""Capitalised-word chunks: the candidates for names in news text.

A chunk is a run of capitalised tokens ("NATO Secretary General Jane Doe") joined by spaces, a line break
(wire copy is hard-wrapped), a slash or hyphen ("Royal Dutch/Shell", "Russia-North Korea") or a connector
word that names contain ("Bank of England", "Charles de Gaulle", "Procter and Gamble"), or a possessive
("Russia's Foreign Ministry", "Moody's Investors Service"). An abbreviation's full stop before a word that
opens sentences ends a chunk ("... Corp. He said").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

_TOKEN = re.compile(r"(?<![\w.'’])(?:(?:[A-Z]\.){2,}|[A-Z](?:[A-Za-z0-9&'’]|-(?=[a-z0-9]))*\.?)")
_SPACE = re.compile(r"[ \t]+|[ \t]*\n[ \t]*")
_CONNECTOR = re.compile(r"(?:[ \t]+|[ \t]*\n[ \t]*)(of the|of|for the|for|on|and|&|de|du|da|del|der|den|van|von|bin|"
                        r"ibn|al|el|la|le)(?:[ \t]+|[ \t]*\n[ \t]*)|([/-])|['’]s?(?:[ \t]+|[ \t]*\n[ \t]*)")
POSSESSIVE = "'s"
_SENTENCE_AFTER = re.compile(r"\s+(?:[A-Z](?:[a-z]|\s)|[\"“])|\s*$")
_ENDS_NAMES = {"Co.", "Inc.", "Corp.", "Ltd.", "Bros.", "Cos.", "Jr.", "Sr."}  # may end a sentence too
PARTICLES = {"de", "du", "da", "del", "der", "den", "van", "von", "bin", "ibn", "al", "el", "la", "le"}
ABBREVIATED = {"Co.", "Inc.", "Corp.", "Ltd.", "Jr.", "Sr.", "St.", "Mr.", "Mrs.", "Ms.", "Dr.", "Gen.", "Lt.",
               "Col.", "Sen.", "Rep.", "Gov.", "Prof.", "Adm.", "Maj.", "Capt.", "Sgt.", "Bros.", "Cos.", "Brig.",
               "Cpl.", "Pvt.", "Cmdr.", "Rev.", "Hon.", "Amb.", "Supt."}


@dataclass
class Token:
    start: int
    end: int
    text: str
    connector: str = ""  # the word, "/", "-" or "'s" joining it to the token before; "" for white space


def chunks(text: str, start: int, end: int, openers: set[str]) -> Iterator[list[Token]]:
    """Chunks of capitalised tokens in text[start:end]; `openers` are words that start sentences."""
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
                continue
            connector = None if broken else _CONNECTOR.fullmatch(text, gap, token.start)
            if connector:
                token.connector = connector.group(1) or connector.group(2) or POSSESSIVE
                chunk.append(token)
                continue
            yield chunk
        chunk = [token]
    if chunk:
        yield chunk


def _after_prefix(text: str, at: int) -> bool:
    """Whether a word follows a lower-case prefix and hyphen: "non-OPEC", "pro-Western", "al-Ghadeer"."""
    if at < 2 or text[at - 1] != "-":
        return False
    word_start = at - 2
    while word_start > 0 and text[word_start - 1].isalpha():
        word_start -= 1
    return text[word_start].islower()


def _token(text: str, match: re.Match) -> Token:
    """A token without its possessive or a sentence's full stop ("Smith." "Acme Corp." at a sentence end)."""
    word, end = match.group(), match.end()
    if word.endswith(".") and word not in ABBREVIATED and len(word) > 2 and word.count(".") == 1:
        word, end = word[:-1], end - 1
    for suffix in ("'s", "’s", "'", "’"):
        if word.endswith(suffix) and len(word) > len(suffix) + 1:
            word, end = word[:-len(suffix)], end - len(suffix)
            break
    if word in _ENDS_NAMES and _SENTENCE_AFTER.match(text, end):
        word, end = word[:-1], end - 1
    return Token(match.start(), end, word)

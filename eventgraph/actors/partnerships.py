"""Firm names written with commas: "Goldman, Sachs and Co", "Merrill Lynch, Pierce, Fenner and Smith Inc",
"Smith Barney, Harris Upham and Co".

The wire writes a partnership's name (a bank, broker, law or accounting firm) as its partners' surnames set off
by commas, the last after "and" and a legal form or a partnership's word. A comma ends a chunk (`chunks.py`), so
such a name comes as several chunks; they are one chunk again when every piece between the commas is a surname or
two and the last piece runs on with "and" to the firm's end: "and Co", "and Smith Inc", "and Jenrette Securities
Corp". A comma before a word in lower case ("Acme, a unit of Zenith,") or before a piece that is a name of its own
(a known name, a company word: "Acme Inc, Beta and Co") separates two names. So does one before two-word pieces
when the last piece is a firm's whole name ("Goldman, Morgan Stanley and Salomon Brothers Inc"): a partner's
surname after "and" comes only in names whose pieces after the first are one word each; and one after a first
piece the article names as a company of its own ("Sonora" of "Sonora Gold Corp").
"""

from __future__ import annotations

import re

from .chunks import Token

_COMMA = re.compile(r",(?:[ \t]+|[ \t]*\n[ \t]*)")
_AND = ("and", "&")
_PIECE = 2  # surnames in one piece at most: "Merrill Lynch", "Harris Upham"
# words that end a partnership's name besides the legal forms: "Salomon Brothers", "Alex. Brown and Sons"
_PARTNERS = {"Brothers", "Bros", "Partners", "Associates", "Sons"}


def partnerships(text: str, chunks: list[list[Token]], g, known: list[tuple[int, int]]) -> list[list[Token]]:
    """The chunks with each firm name written with commas joined into one, apart from the words before it in
    its first chunk ("Wyeth Laboratories and" before "Parke, Davis and Co"); `known` holds the spans of the
    gazetteer's names (a place or body is no partner: "Milan, Italy, and Acme Co")."""
    joined: list[list[Token]] = []
    index = 0
    while index < len(chunks):
        last = _closing(text, chunks, index, g, known)
        if last is None:
            joined.append(chunks[index])
            index += 1
            continue
        opening = len(chunks[index]) - len(_tail(chunks[index]))
        if opening:
            joined.append(chunks[index][:opening])
        first = chunks[index][opening]
        name = [Token(first.start, first.end, first.text), *chunks[index][opening + 1:]]
        for chunk in chunks[index + 1:last + 1]:
            name.append(Token(chunk[0].start, chunk[0].end, chunk[0].text, ","))
            name.extend(chunk[1:])
        joined.append(name)
        index = last + 1
    return joined


def _closing(text: str, chunks: list[list[Token]], first: int, g, known: list[tuple[int, int]]) -> int | None:
    """The chunk that ends the firm name chunk `first` opens, or None when it opens none."""
    pieces = [_tail(chunks[first])]
    if len(pieces[0]) > _PIECE or not all(_surname(token, g, known) for token in pieces[0]):
        return None
    for index in range(first + 1, len(chunks)):
        chunk = chunks[index]
        width = _piece(chunk, g, known)
        if width is None or not _COMMA.fullmatch(text, chunks[index - 1][-1].end, chunk[0].start):
            return None
        pieces.append(chunk[:width])
        if width == len(chunk):
            continue
        if _firm_end(chunk[width:], pieces, g, known) and not _firm_of_its_own(text, pieces, g):
            return index
        return None
    return None


def _tail(chunk: list[Token]) -> list[Token]:
    """The words the chunk ends in after its last connector ("Kidder" of "Jane Doe of Kidder")."""
    start = max((index for index, token in enumerate(chunk) if token.connector), default=0)
    return chunk[start:]


def _piece(chunk: list[Token], g, known: list[tuple[int, int]]) -> int | None:
    """How many surnames open the chunk before "and" or its end, or None when it opens with no piece of a
    partnership's name."""
    width = 0
    while width < len(chunk) and not (width and chunk[width].connector):
        if width == _PIECE or not _surname(chunk[width], g, known):
            return None
        width += 1
    if width < len(chunk) and chunk[width].connector not in _AND:
        return None
    return width


def _firm_end(rest: list[Token], pieces: list[list[Token]], g, known: list[tuple[int, int]]) -> bool:
    """Whether the words from "and" on end a firm's name: legal forms ("and Co", "and Co Inc"), or a surname and
    company words ending in a legal form or a partnership's word ("and Smith Inc", "and Jenrette Securities Corp",
    not "and Murphy Oil") when each piece after the first is one word.
    A firm's name followed by "and" in the chunk is one of a list unless the list ends in a company word
    ("Acme, Beta and Co and Gamma Inc"): "Merrill Lynch, Needham and Co and Lazard Freres" lists three."""
    end = 1
    if rest[0].text not in g.legal_forms:
        while end < len(rest) and not rest[end].connector and rest[end].text in g.organization_words:
            end += 1
        if end == 1 or any(len(piece) > 1 for piece in pieces[1:]) or not _surname(rest[0], g, known) or \
                not (rest[end - 1].text in g.legal_forms or rest[end - 1].text in _PARTNERS):
            return False
    after = next((token for token in rest[end:] if token.connector), None)
    return after is None or after.connector not in _AND or rest[-1].text in g.organization_words


def _firm_of_its_own(text: str, pieces: list[list[Token]], g) -> bool:
    """Whether a first piece of one word is a firm's name of its own elsewhere in the article, before a legal
    form with at most one other word between ("Sonora Gold Corp" of "Sonora, Goldenbell, United and Inca
    Resources Inc", a list of four); the second piece may come between ("Bear Stearns Cos" of "Bear, Stearns and
    Co")."""
    if len(pieces[0]) != 1:
        return False
    legal = "|".join(re.escape(form) for form in sorted(g.legal_forms, key=len, reverse=True))
    second = re.escape(pieces[1][0].text)
    return re.search(rf"\b{re.escape(pieces[0][0].text)}(?:(?![ \t\n]+{second}\b)[ \t\n]+[A-Z][A-Za-z]*)?"
                     rf"[ \t\n]+(?:{legal})(?!\w)", text) is not None


def _surname(token: Token, g, known: list[tuple[int, int]]) -> bool:
    word = token.text
    return word.isalpha() and word[0].isupper() and not word.isupper() and word not in g.not_names and \
        word not in g.organization_words and not any(start <= token.start < end for start, end in known)


def short_names(name: str, g) -> list[str]:
    """The shorter names news gives later to a firm named with commas: its first piece ("Goldman", "Merrill
    Lynch") and its name without commas, "and" and legal forms ("Goldman Sachs" of "Goldman, Sachs and Co");
    none for a name without a comma."""
    if "," not in name:
        return []
    words = g.without_legal_forms(name.replace(",", "").split())
    return [name.split(",")[0], " ".join(words)]

"""Sentence splitting with character offsets into the document text.

Splits inside the document's body spans at sentence-final punctuation followed by white space and an upper-case
letter, digit or quote, or a name in wire copy's angle brackets ("<Acme Corp> said", not a ticker such as "<ACM.N>"
after a name), and at blank lines; abbreviations such as "U.S." and "Mr." and initials ("E.F. Hutton", "Acme (U.K.)
Ltd") do not end a sentence, but a company's legal form does when a capitalised word that carries on no company name
and opens no office follows it ("... of Acme Corp. Bayside said", not "Acme Corp. Chairman Jan Novak said"): wire
copy writes the form bare inside a sentence. A single line break ends a sentence in text written a paragraph per
line (web pages, where a line with no final stop is a headline or a caption), but not in hard-wrapped text (wire
copy), where most lines break mid-sentence; there only a break into an indented line starts a new paragraph.
"""

from __future__ import annotations

import re
from functools import cache

from .actors.gazetteer import gazetteer
from .model import Document, Sentence

ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "sgt", "capt", "gov", "sen", "rep", "st", "jr", "sr",
    "inc", "corp", "co", "ltd", "no", "vs", "jan", "feb", "mar", "apr", "aug", "sept", "sep", "oct", "nov",
    "dec", "u.s", "u.n", "u.k", "e.u", "d.c", "a.m", "p.m", "i.e", "e.g", "etc", "approx", "dept", "fig",
}

_SENTENCE_END = r"""(?<=[.!?])(?P<close>["'”’)\]]*)\s+(?=["'“‘(\[]?[A-Z0-9]|<[A-Z][a-z])|\n\s*\n"""
_BOUNDARY = re.compile(_SENTENCE_END + r"""|\n(?=["“]?[A-Z])""")
_WRAPPED_BOUNDARY = re.compile(_SENTENCE_END + r"""|\n(?=[ \t]+(?:["“]?[A-Z]|<[A-Z][a-z]))""")
# initials ("E.F" of "E.F. Hutton", "L.M" of "Telefon AB L.M. Ericsson"), which end a name far more often than a
# sentence
_INITIALS = re.compile(r"(?:[a-z]\.)+[a-z]")
# but a U.S. state's initials and a partnership's close a name, often at the end of a sentence ("in Bethpage,
# N.Y. The ...", "units of Acme Partners L.P. The ...")
_CLOSING = frozenset({"n.y", "n.j", "n.c", "s.c", "n.h", "n.m", "n.d", "s.d", "r.i", "l.p"})
# the legal forms a full stop may end a sentence after (`_legal_form_ends`)
_LEGAL_FORMS = frozenset({"inc", "corp", "co", "ltd"})
_NEXT_WORD = re.compile(r"""[\W_]*([\w.]+)""")
_LINE_END = re.compile(r"""[.!?:"'”’)]\s*$""")
# in wrapped text an indented line opens a paragraph, even after an abbreviation ("... of Acme Corp.\n    The")
_INDENTED = re.compile(r"\n[ \t]+$")


def split(text: str, start: int = 0, end: int | None = None) -> list[Sentence]:
    end = len(text) if end is None else end
    sentences = []
    cursor = start
    wrapped = is_hard_wrapped(text[start:end])
    for match in (_WRAPPED_BOUNDARY if wrapped else _BOUNDARY).finditer(text, start, end):
        head = text[cursor:match.start()].rstrip()
        word = _word_before(head)
        if _bracketed(head, word, match.group("close")) or word and match.group(0).strip() == "" and \
                _is_abbreviation(word) and not (wrapped and _INDENTED.search(match.group(0))) and \
                not _legal_form_ends(word, text, match.end()):
            continue
        _add(text, cursor, match.start() + len(match.group("close") or ""), sentences)
        cursor = match.end()
    _add(text, cursor, end, sentences)
    return sentences


def _word_before(head: str) -> str | None:
    r"""The word a final full stop ends, stops inside it kept ("U.S" of "... the U.S."): the run of word
    characters and stops before it, read backwards (searching `([\w.]+)\.$` tries every position of the
    sentence)."""
    if not head.endswith("."):
        return None
    start = len(head) - 1
    while start > 0 and (head[start - 1].isalnum() or head[start - 1] in "_."):  # `\w` is alphanumeric or "_"
        start -= 1
    return head[start:-1] or None


def _legal_form_ends(word: str, text: str, after: int) -> bool:
    """A company's legal form before a capitalised word that carries on no company name ends its sentence."""
    if word.lower() not in _LEGAL_FORMS:
        return False
    following = _NEXT_WORD.match(text, after)
    if following is None:
        return False
    name_goes_on, title_words = _carried_on()
    return following.group(1).rstrip(".") not in name_goes_on and following.group(1).rstrip(".").lower() not in \
        title_words


@cache
def _carried_on() -> tuple[frozenset[str], frozenset[str]]:
    """The words that go on with a company's name after its legal form (legal forms, organisation words:
    "Acme Co. Ltd.", "Nikko Securities Co. International Inc"), and the first words of the titles people hold,
    an office a company's name qualifies as news in AP style writes it ("Acme Corp. Chairman Jan Novak said")."""
    known = gazetteer()
    return (frozenset(word.rstrip(".") for word in known.organization_words) | {"International", "Intl"},
            frozenset(title.split()[0] for title in known.titles if title))


def _bracketed(head: str, word: str | None, close: str | None) -> bool:
    """An abbreviation alone in brackets qualifies the name before it ("Acme (U.K.) Ltd", "the (U.S.)
    Treasury"), even a state's initials: it never ends a sentence."""
    return bool(word) and close == ")" and head[:-len(word) - 1].endswith("(") and \
        (_is_abbreviation(word) or word.lower() in _CLOSING)


def is_hard_wrapped(text: str) -> bool:
    """Most lines run on into the next one, or most lines that stop short go on in lower case mid-sentence
    (a short story's lines often end with a sentence, but no headline or paragraph opens in lower case): the
    text was wrapped at a fixed width."""
    lines = [line for line in text.splitlines() if line.strip()]
    open_ended = [index for index, line in enumerate(lines) if not _LINE_END.search(line)]
    if len(lines) >= 4 and len(open_ended) >= 0.6 * len(lines):
        return True
    broken = [index for index in open_ended if index + 1 < len(lines)]
    run_on = sum(1 for index in broken if lines[index + 1].lstrip()[:1].islower())
    return bool(broken) and 2 * run_on >= len(broken)


def _is_abbreviation(word: str) -> bool:
    word = word.lower()
    return word in ABBREVIATIONS or (len(word) == 1 and word.isalpha()) or \
        _INITIALS.fullmatch(word) is not None and word not in _CLOSING


def _add(text: str, start: int, end: int, sentences: list[Sentence]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        sentences.append(Sentence(start, end, text[start:end]))


def annotate(doc: Document) -> Document:
    spans = doc.body or [(0, len(doc.text))]
    doc.sentences = [sentence for start, end in spans for sentence in split(doc.text, start, end)]
    return doc

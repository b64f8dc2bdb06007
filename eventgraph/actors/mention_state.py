"""What the mention readers of one article share: `mentions._Reader` and its parts `KnownNames`, `NameTitles`
and `Settling` read the same text, fill the same lists and add mentions the same way.
"""

from __future__ import annotations

import re

from ..model import Document, Mention
from .gazetteer import Gazetteer, Hit, gazetteer
from .mention_words import Candidate

_FLAT = str.maketrans("\n\t\r’", "   '")


class ReaderState:
    """The article, the mentions found so far, and what the readers note for the article-wide settling."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.text: str = doc.text
        self.flat: str = doc.text.translate(_FLAT)  # one space for any break, one apostrophe
        self.gazetteer: Gazetteer = gazetteer()
        self.mentions: list[Mention] = []
        self.countries: list[tuple[int, str]] = []  # where the article names a country, in any form
        self.places: set[int] = set()  # where of those a capital names only a place ("talks in Paris")
        self.state_bodies: list[Mention] = []  # "the Foreign Ministry": whose is known at the end
        self.candidates: list[Candidate] = []
        self.members: list[tuple[Mention, int]] = []  # a person, and where "of <organisation>" names its body
        self.described: list[Mention] = []  # organisations named after a noun saying what they are
        self.employers: set[int] = set()  # where an apposition names a person's employer: "an analyst with X"
        self.officials: list[tuple[Mention, bool]] = []  # holders of a public office whose country is not yet
        # known, and whether they sit in its government (a minister, or one whose government the text names)
        self.staff: list[tuple[Mention, str]] = []  # a person, and the noun "the association" his body goes by
        self.hit_ends: dict[int, Hit] = {}  # known names by where they end
        self.guessed: list[Mention] = []  # people known only by a first name or a reporting verb
        self.mention_ends: dict[int, Mention] = {}  # mentions by where they end
        self.titles: dict[int, int] = {}  # where the titles of the body being read start and end

    def _add(self, start, end, key, kind, name, code=None, affiliation=None) -> Mention:
        mention = Mention(start=start, end=end, text=self.text[start:end], actor=key, type=kind, name=name,
                          code=code, affiliation=affiliation)
        self.mentions.append(mention)
        self.mention_ends[end] = mention
        return mention

    def _span(self, chunk, first, last) -> str:
        return " ".join(self.text[chunk[first].start:chunk[last].end].split())

    def _in_headline(self, words: list[str]) -> bool:
        """Whether the article's headline holds these words together as a whole phrase, in any case (wire
        headlines are in capitals: "CREDIT NORVEX TO SELL BONDS")."""
        phrase = r"\s+".join(re.escape(word.upper()) for word in words)
        return bool(self.doc.title) and re.search(rf"(?<![\w.]){phrase}(?![\w.])", self.doc.title.upper()) is not None

    def _opens_sentence(self, offset: int) -> bool:
        """Whether a word opens a sentence, a paragraph or a quotation (a line break alone does not, as wire
        copy is hard-wrapped)."""
        window = self.text[max(0, offset - 40):offset]
        before = window.rstrip()
        return not before or before[-1] in ".!?\"“:" or "\n\n" in window[len(before):]

"""A person's sex as the article tells it, so that "he" and "she" stand only for one who may be called so.

Three things in the text tell it without a list of given names: a courtesy title or a noun of one sex right
before the name or in an apposition after it ("Mrs Jane Doe", "Acme spokeswoman Jane Doe", "Jan Novak, a
businessman,": `resources/en/actors/sexed_words.tsv`), and a pronoun that opens what the person is reported to
say ("Jane Doe said she would resign"). An article that tells both tells nothing; one that tells neither leaves
it to the given name, when gender_guesser's list of names gives it for sure ("Susan", not "Kim").
"""

from __future__ import annotations

import re
from functools import lru_cache

from .. import reporting
from ..model import Document, Mention
from .gazetteer import gazetteer, rows

REACH = 4  # words before a name in which its courtesy title or sexed title stands ("Acme Corp chairwoman Jane Doe")
APPOSITION = 40  # characters after a name in which an apposition set off by a comma is read


@lru_cache(maxsize=1)
def _sexed() -> dict[str, str]:
    return {word.strip(): pronoun.strip() for word, pronoun in rows("sexed_words.tsv")}


_WORD = re.compile(r"[^\W\d_]+\.?(?:['’]s)?")


@lru_cache(maxsize=1)
def _said_pronoun() -> re.Pattern:
    """A reporting verb right after a name, or after an apposition set off by commas, and the subject pronoun of
    what was said ("Jane Doe said she", "Jan Novak, 54, told reporters he"); a word after the verb may be whom
    it was told to, never a pronoun, who is someone else ("told her she")."""
    return re.compile(rf"(?:\s*,[^,.;\"]{{1,80}},)?\s+(?:\w+ly\s+)?(?:{reporting.pattern()})\s+"
                      r"(?:(?!him\b|her\b|them\b)[a-z]+\s+)?(?:that\s+)?(he|she)\b")


def called(doc: Document, actor: str) -> str | None:
    """"he" or "she" when the article tells the person `actor`'s sex, and only one, or tells none and the given
    name does; else None."""
    named = [m for m in doc.mentions if m.actor == actor and m.type == "person"]
    told = {found for m in named for found in (_before(doc, m), _apposed(doc, m), _said(doc, m)) if found}
    if not told:
        told = {found for m in named if (found := given_name_pronoun(m.name or m.text))}
    return next(iter(told)) if len(told) == 1 else None


_SEX = {"male": "he", "female": "she"}


def given_name_pronoun(name: str) -> str | None:
    """"he" or "she" as a person's given name tells, None when it does not tell for sure ("Kim", "Symms")."""
    given = name.split()[0] if len(name.split()) > 1 else ""
    return _SEX.get(_detector().get_gender(given)) if given[:1].isupper() and given[1:].islower() else None


@lru_cache(maxsize=1)
def _detector():
    from gender_guesser.detector import Detector  # loaded only when a pronoun's person is sought

    return Detector(case_sensitive=False)


def other_sex(doc: Document, mention: Mention, pronoun: str) -> bool:
    """Whether the article tells that the person `mention` names may not be called `pronoun`."""
    return mention.type == "person" and pronoun in ("he", "she") and called(doc, mention.actor) not in (None, pronoun)


def _before(doc: Document, mention: Mention) -> str | None:
    """The sex a word before the name tells, passing back over the capitalised words and titles between
    ("Acme spokeswoman Jane Doe", "Mrs. Doe"), never over another word ("the spokeswoman said Jan Novak")."""
    sexed, titles = _sexed(), gazetteer().titles
    inside = [word.group() for word in _WORD.finditer(mention.text)]
    if inside and inside[0].lower() in sexed:
        return sexed[inside[0].lower()]  # a mention whose name keeps its courtesy title
    sentence = doc.sentence_at(mention.start)
    opening = doc.sentences[sentence].start if sentence is not None else 0
    before = doc.text[opening:mention.start]
    if re.search(r"[,;:\"()]\s*$", before):
        return None
    for word in reversed(_WORD.findall(before)[-REACH:]):
        form = word.lower()
        if form in sexed:
            return sexed[form]
        if not (word[:1].isupper() or form in titles):
            return None
    return None


def _apposed(doc: Document, mention: Mention) -> str | None:
    """The sex a noun in an apposition right after the name tells ("Jane Doe, a spokeswoman for Acme,"); not a
    clause that tells of someone else ("Jan Novak, whose wife ...")."""
    after = doc.text[mention.end:mention.end + APPOSITION]
    if not after.startswith(","):
        return None
    phrase = re.split(r"[,.;\"()]", after[1:], maxsplit=1)[0].lower().split()
    if not phrase or phrase[0] in ("who", "whose", "which", "and", "or"):
        return None
    return next((_sexed()[word] for word in phrase if word in _sexed()), None)


def _said(doc: Document, mention: Mention) -> str | None:
    """The pronoun that opens what the person is reported to say right after the name ("Jane Doe said she")."""
    found = _said_pronoun().match(doc.text, mention.end)
    return found.group(1) if found else None

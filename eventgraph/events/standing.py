"""Securities issued and money borrowed that the text tells as background or as habit, not as a deed of its day.

Wire copy names a bond or a block of shares by its issue ("the oldest bond listed was issued in 1979", "two mln
shares issued and outstanding", "a levy on funds borrowed abroad"), and tells how a market or a facility works in
the present tense or with a word of frequency ("the issuer then issues notes in tranches", "the central bank
issues stock from time to time"). Neither is an issue or a loan that happened: the first describes the
securities, the second a practice. An issue told as a deed names its issuer, as the active voice or a passive's
agent does ("Acme is issuing a eurobond", "was issued by Acme"); one in the progressive or perfect, or with a
modal, is that deed's own time ("is issuing", "has issued", "will issue").
"""

from __future__ import annotations

from .parse_words import lower
from .text import by_first_word, holds_phrase

FINANCING = "Financing"  # the label of the lexicon's entries for securities issued and money borrowed
PRESENT = frozenset({"VBZ", "VBP"})
FREQUENCY = frozenset({"often", "occasionally", "periodically", "regularly", "routinely", "usually", "normally",
                       "generally", "typically", "frequently", "sometimes", "customarily", "habitually"})
FREQUENCY_PHRASES = by_first_word([("from", "time", "to", "time"), ("on", "occasion"), ("on", "occasions")])


def background(token, label: str) -> bool:
    """Whether the verb `token` of a trigger labelled `label` tells securities described or a practice."""
    if label != FINANCING:
        return False
    return _described(token) or _habitual(token)


def _described(token) -> bool:
    """"was issued in 1979", "shares issued and outstanding", "funds borrowed by banks abroad": a passive that
    names no issuer, or a participle that only qualifies the noun before it."""
    if token.tag_ != "VBN":
        return False
    if token.dep_ in ("acl", "amod") and token.head.i < token.i:
        return True
    deps = {child.dep_ for child in token.children}
    return bool(deps & {"aux:pass", "nsubj:pass"}) and "obl:agent" not in deps


def _habitual(token) -> bool:
    """"the issuer then issues notes in tranches", "issuing new stock, on occasion": a simple present with no
    auxiliary, or a word or phrase of frequency in the verb's clause."""
    children = list(token.children)
    if token.tag_ in PRESENT and not any(child.dep_ in ("aux", "aux:pass") for child in children):
        return True
    if any(child.dep_ == "advmod" and lower(child) in FREQUENCY for child in children):
        return True
    return holds_phrase([lower(word) for word in token.doc[token.left_edge.i:token.right_edge.i + 1]],
                        FREQUENCY_PHRASES)

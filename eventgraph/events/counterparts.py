"""The other party of a deal that the parse hangs away from its verb: a sale's buyer after "to", a purchase's seller
after "from"."""
from __future__ import annotations

from ..model import Mention
from .parse_words import CLAUSES, Placed, lower, pos

PHRASE_INNER = frozenset({"det", "compound", "flat", "flat:name", "nmod:poss", "amod", "case"})
PLACES = frozenset({"location"})  # a city or region after the party says where it is ("Widget Co of Dallas")


def counterpart(verb, word: str, placed: Placed) -> list[Mention]:
    """"agreed to sell its unit for 545 mln dlrs to Acme", "sold the unit to Acme Foods of Leeds": the parse may hang
    the phrase on the price, or read its preposition as the mark of a clause, so the first actor named right after
    `word` within the verb's own words is taken. Not one inside a clause within them ("sold the unit, which
    supplies Widget, to Acme"), unless the parse opened that clause with `word` itself, which no clause opens;
    nor a place ("to Leeds")."""
    inner = {t.i for clause in verb.subtree if clause is not verb and clause.dep_ in CLAUSES and
             not (clause.dep_ == "conj" and pos(clause) in ("NOUN", "PROPN")) and not _opened_by(clause, word)
             for t in clause.subtree}
    doc = verb.doc
    for token in sorted(verb.subtree, key=lambda t: t.i):
        if token.i <= verb.i or token.i in inner or lower(token) != word or token.i + 1 >= len(doc):
            continue
        named = _named(doc[token.i + 1], placed)
        if named is not None:
            return [named] if named.type not in PLACES else []
    return []


def _opened_by(clause, word: str) -> bool:
    first = min(clause.subtree, key=lambda t: t.i)
    return lower(first) == word and first.dep_ == "mark"


def _named(token, placed: Placed) -> Mention | None:
    """The actor the phrase opening at `token` names: its head's ("Japan's Acme Corp" is Acme), else its first
    word's."""
    head = token
    while head.dep_ in PHRASE_INNER and head.head.i > head.i:
        head = head.head
    return placed.get(head.i) or placed.get(token.i)

"""Where a deed took place, as its report names it: repeated deeds of one kind are told apart by their places.

"Strikes in Velka Lhota" and "workers on strike in Port Marin", "an attack east of the town of Nova Ostra" and "an
attack on a peak in Ruritania" are different instances of a kind of deed, however alike their doers and dates. A
place is a capitalised name that a preposition of place opens ("in", "at", "near", "east of", "the town of") in the
words after the trigger, within its clause. A name's words are one key, so that "Port Marin" and "Port Ostra" are
two places, not one by their shared "Port"; commas part names ("in Port Marin, Ruritania"). A name that an actor
mention of a country or place covers counts as that actor ("Port Marin" may stand for Ruritania), so that two names
of one actor are one place; a person or a body is not where a deed took place. A name followed by a noun modifies
it and is no place ("in the Marin port area"), unless a comma ends it ("in Port Marin, the union said").
"""

from __future__ import annotations

import re

from .. import reporting
from ..model import Document, EventMention

REACH = 120  # characters after the trigger a place of its clause is looked for in
_PLACE = re.compile(r"\b(?:in|at|near|outside|around|off|(?:north|south|east|west)(?:-?(?:east|west))?\s+of|"
                    r"(?:town|city|village|port|province|region|state|republic|area)\s+of)\s+(?:the\s+)?"
                    r"((?:[A-Z][\w'.-]*(?:,?\s+|$))+)")
_PLACE_TYPES = frozenset({"country", "location"})  # a person or a body named there is no place ("talks at the IMF")
_NONE: frozenset[str] = frozenset()
_NAME = re.compile(r"[^,]+")
_WORD = re.compile(r"[A-Z][\w'.-]*")
# where the clause of the trigger ends: a quotation, a speaker, or a clause of another happening ("after talks in
# Port Marin failed")
_CLAUSE_END = re.compile(rf"[;:()\"]|\b(?:{reporting.alternation(reporting.tensed())}|according|after|before|while|"
                         r"when|whereas|but|and\s+(?:then|later))\b")
# small words that may follow a place's name; any other word in lower case, unless a comma parts it from the name,
# makes the name modify a noun
_GO_ON = frozenset("""and or on in at to for of with by from near where which who during over as since last this
yesterday today early late overnight""".split())
_NOT_PLACES = frozenset("""January February March April May June July August September October November December
Monday Tuesday Wednesday Thursday Friday Saturday Sunday The A An His Her Its Their This That These""".split())


def places(doc: Document, mention: EventMention) -> frozenset[str]:
    """The places the clause of the mention's trigger names: actors' keys, or whole names in lower case."""
    end = min(doc.sentences[mention.sentence].end, mention.trigger_end + REACH)
    window = doc.text[mention.trigger_end:end]
    if _PLACE.search(window) is None:
        return _NONE  # most clauses name no place: asked first, as every deed of a corpus is asked
    if (stop := _CLAUSE_END.search(window)) is not None:
        window = window[:stop.start()]
    found: set[str] = set()
    for match in _PLACE.finditer(window):
        after = window[match.end(1):].split(maxsplit=1)
        if after and after[0][0].islower() and after[0].rstrip(",.") not in _GO_ON and \
                not match.group(1).rstrip().endswith(","):
            continue
        for name in _NAME.finditer(match.group(1)):
            if (place := _place(doc, mention.trigger_end + match.start(1) + name.start(), name.group())) is not None:
                found.add(place)
    return frozenset(found)


def _place(doc: Document, at: int, name: str) -> str | None:
    """The place a name at `at` stands for: the actor a mention of it is, or its words; None if it is none."""
    words = list(_WORD.finditer(name))
    covering = next((m for m in doc.mentions for word in words if m.start <= at + word.start() < m.end), None)
    if covering is not None:
        return covering.actor if covering.type in _PLACE_TYPES else None
    kept = [word for word in (word.group().rstrip(".") for word in words) if word not in _NOT_PLACES]
    return " ".join(kept).lower() or None

"""Whose thing a deed acts on, when the words alone read its object: "overran Ruritania's Kalo peninsula", "seized
Acme's tankers" are aimed at the actor whose possessive opens the object, as "overran the Ruritanian garrison" is
at the country whose adjective does. Used where the parse gave the verb no target of its own (it often misreads
such a verb as a noun of the object's compound).
"""

from __future__ import annotations

import re

from ..model import Document, Mention

POSSESSIVE = re.compile(r"['’]s?\s+\S")  # "Acme's tankers", "the rebels' camps": a possessive with its noun after
LEAD = re.compile(r"(?:[a-z]+\s+)?")  # "southern Ruritania's Kalo peninsula": a word before the owner's name


def owner(doc: Document, mentions: list[Mention], phrase: str, start: int) -> Mention | None:
    """The actor mention that opens `phrase` (at document offset `start`) as its possessive, or None."""
    end = start + len(phrase)
    return next((m for m in mentions if start <= m.start and m.end < end and
                 LEAD.fullmatch(doc.text, start, m.start) and POSSESSIVE.match(doc.text, m.end, end)), None)

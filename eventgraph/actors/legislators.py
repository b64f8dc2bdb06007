"""Members of the United States Congress: "Sen. Jane Doe", "Rep. John Roe (R-Ill.)", "Jane Doe, D-Okla.," act and
speak for their chamber, as an officer for his company; the chamber is the person's affiliation, an actor of the
story even where the article never names it. The titles and the chambers they name are data
(`resources/en/actors/legislators.tsv`).
"""

from __future__ import annotations

import functools
import re

from ..datafiles import rows
from ..model import Document, Mention
from .names import slug

CONGRESS = "United States Congress"  # the body of a member whose chamber the text does not give
UNITED_STATES = "united-states"
# "(D-Ill.)", "(R-N.Y.)", ", D-Okla.,": a party's initial and a state's abbreviation or name after a name
_PARTY_STATE = re.compile(r"(?:[ \t\n]*\(|,[ \t\n]+)[DRI]\.?-[ \t\n]?[A-Z][A-Za-z.]{0,12}(?:[ \t\n][A-Z][a-z.]+)?"
                          r"[ \t\n]*[),]")
_REACH = 20  # characters before a name read for its title


@functools.cache
def _titles() -> dict[str, tuple[str, bool]]:
    """Each title, the chamber it names, and whether it names a member only with a party-state designation."""
    return {row[0].strip(): (slug(row[1].strip()), row[2:] == ["tag"]) for row in rows("en/actors/legislators.tsv")}


@functools.cache
def _title_before() -> re.Pattern:
    titles = sorted(_titles(), key=len, reverse=True)
    return re.compile(r"(?<![\w.])(" + "|".join(re.escape(title) for title in titles) + r")[ \t\n]+$", re.I)


def affiliate(doc: Document) -> None:
    """Give each person the text shows to be a member of Congress, with no body of his own yet but his country,
    the chamber he sits in."""
    for mention in doc.mentions:
        if mention.type == "person" and mention.affiliation in (None, UNITED_STATES):
            chamber = _chamber(doc, mention)
            if chamber is not None:
                mention.affiliation = chamber


def _chamber(doc: Document, mention: Mention) -> str | None:
    tagged = _PARTY_STATE.match(doc.text, mention.end) is not None
    title = _title_before().search(doc.text, max(0, mention.start - _REACH), mention.start)
    if title is None:
        return slug(CONGRESS) if tagged else None
    chamber, only_tagged = _titles()[title.group(1).lower()]
    if tagged or not only_tagged and not _other_country_before(doc, title.start()):
        return chamber
    return None


def _other_country_before(doc: Document, start: int) -> bool:
    """Whether the first country the sentence names before `start` is another than the United States ("the
    Philippine Senate's president, Senator Jane Doe")."""
    index = doc.sentence_at(start)
    if index is None:
        return False
    sentence_start = doc.sentences[index].start
    first = next((m for m in doc.mentions if sentence_start <= m.start < start and m.type == "country"), None)
    return first is not None and first.actor != UNITED_STATES

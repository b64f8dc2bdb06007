"""The words and patterns around a capitalised run that tell what it names: reporting verbs, titles, offices,
appositions, employers and the nouns that say what a name is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import NamedTuple

from .. import reporting
from ..model import Mention
from .gazetteer import Entry
from .names import fold


OF = ("of", "of the", "for", "for the")
TENSED_REPORTING = reporting.alternation(reporting.tensed())  # "said", "says"; not "say"
# verbs of speech that argue, ask or urge, which the reporting list leaves to the event lexicon: they speak too
SPEAKING_TOO = ("noted", "asked", "declared", "wrote", "warned", "cautioned", "insisted", "argued", "explained",
                "stressed", "urged")
# a verb of speech right after a name: "Acme said", "Acme warned"
SPEAKS = re.compile(rf"[ \t\n]+(?:{TENSED_REPORTING}|{'|'.join(SPEAKING_TOO)})\b")
GOVERNMENT_HEADS = {"ministry", "department", "government", "cabinet", "embassy", "parliament", "congress", "senate"}
APPOSITION = re.compile(r",[ \t\n]+(?:the |a |an |who is |who was )?((?:[^,.;:()\n]|(?<=\b[A-Z])\.){2,80})")
GAP = re.compile(r"[ \t]+|[ \t]*\n[ \t]*")
CLOSES = re.compile(r"[ \t]*(?:[,.;:!?)\"”]|$)")  # "said Jane Doe." and not "said Latin American members"
# "ambassador to Moscow": accredited to the government, not sent to the place
ENVOY_TO = re.compile(r"\b(ambassador|envoy|emissary|representative)s?[ \t\n]+to[ \t\n]+(?:the[ \t\n]+)?$", re.I)
NEXT_WORD = re.compile(r"[ \t\n]+([A-Za-z]+)")
BASED = re.compile(r"[-‐–](?:based|headquartered)\b")
# a capital named as the place where something is done ("talks in Paris", "flew to Tokyo") or as the name of what
# was done there ("the Paris accord"), not as its government acting
SEAT_PLACED = re.compile(r"\b(?:in|at|to|from|near|outside)[ \t\n]+$", re.I)
SEAT_NAMING = re.compile(r"[ \t\n]+(?:accord|agreement|pact|treaty|talks|summit|meeting|conference|communique)s?\b")
FORMER_BEFORE = re.compile(r"\b(?:[Ff]ormer[ ]+|[Ee]x-(?=[a-z]))(?:[A-Za-z.'’-]+[ ]+){0,5}$")
FORMER_AFTER = re.compile(r",[ ]+(?:a[ ]+|the[ ]+)?former\b")
# "the Reagan administration", "the Aquino government": a government named by its head
HEADED_GOVERNMENT = re.compile(r"[ \t\n]+(administration|government|cabinet|regime)\b")
CODE_AFTER = re.compile(r"[ \t\n]*[<(][A-Z][A-Z0-9&]{0,6}(?:\.[A-Z]{1,3})*\.?[>)]")
# "Acme Tire, a wholly owned subsidiary of Beta Corp,": a name set off by a company part of another body is a firm
UNIT_OF = re.compile(r",[ \t\n]+(?:a|an)[ \t\n]+(?:[a-z-]+[ \t\n]+){0,2}(?:unit|subsidiary|division|affiliate|arm)"
                     r"[ \t\n]+of\b")


class Segment(NamedTuple):
    """Tokens first..last of a chunk: a known name, a title, a word to skip, an unknown name run, or an
    organisation made of the whole tail of the chunk."""

    kind: str  # known | title | skip | run | organization
    first: int
    last: int
    entry: Entry | None = None  # the known name, the name inside a title, or an organisation's country
    end: int | None = None  # where a known name ends, when not at its last token's end


@dataclass
class Candidate:
    """An unknown name run kept aside until the article's full names are known."""

    start: int
    end: int
    text: str
    words: list[str] = field(default_factory=list)
    speaks: bool = False  # a reporting verb follows it: "X said"


def is_organization(words: list[str], g) -> bool:
    """"Acme Trading Co", "Bank of Boston", "Ruritania Institute for Peace Studies"."""
    if len(words) < 2:
        return False
    if words[-1] in g.organization_words or words[0] in g.organization_words and words[0] not in g.name_endings:
        return True
    if len(words) > 2 and words[0] in g.not_names and words[1] in g.organization_words:
        return True  # "First Union Management", "Citizens Bank Holding": an opener before the body's word
    return any(word in g.organization_words and following in ("of", "for", "on")
               for word, following in zip(words, words[1:]))


# a head of state's title that companies give too: wire copy capitalises it before a head of state's name ("President
# Jane Doe"), so written in lower case right before a name ("president Jane Doe said") it is a company's or a body's
COMPANY_HEADS = ("president", "vice president", "vice-president")
# titles only a company gives, also right before a name ("company spokesman Jan Novak", "managing director Jan
# Novak")
COMPANY_TITLES = ("managing board chairman", "board chairman", "chief executive officer", "chief executive",
                  "chief operating officer", "chief financial officer", "managing director", "general manager") + tuple(
    f"{company} {staff}" for company in ("company", "firm")
    for staff in ("spokesman", "spokeswoman", "spokesperson", "official", "treasurer", "secretary"))


def country_of_state_body(mention: Mention) -> str:
    """A person who works for a government department or a parliament speaks for its country; one who works for
    any other body (a central bank, an agency, a news agency, an exchange) for that body."""
    if mention.type == "organization" and mention.affiliation and mention.name and \
            GOVERNMENT_HEADS & set(fold(mention.name).split()):
        return mention.affiliation
    return mention.actor

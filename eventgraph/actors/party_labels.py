"""A party's label (`resources/en/actors/party_members.txt`) is no part of a name: "Democrat Jane Doe" is Jane Doe.
And who "the Ohio Democrat" is: "the" before a party's label, with the place the member is from before it,
describes a person the article has named, not a person of its own. It points back to the last person named before
it whom the article gave that label: before the name ("Democrat Jane Doe", its adjective in "Democratic Leader Jane
Doe") or in an apposition after it ("Jane Doe, a Democrat of Ohio,", "Jane Doe, a Texas Democrat,"); never to one
given another label, nor to one the article placed in another place.
"""

from __future__ import annotations

import re

from ..model import Mention
from .chunks import Token

REACH = 40  # characters before a name in which its label stands ("Senate Democratic Leader Jane Doe")
_THE_BEFORE = re.compile(r"\b[Tt]he[ \t\n]+$")


def name_start(chunk: list[Token], first: int, last: int, labels: set[str]) -> int:
    """Where the name starts in a run a party's label opens ("Democrat Jane Doe", "Christian Democrat John Roe"):
    the label is no part of the name, nor a title that could give the person a body."""
    for size in (2, 1):
        if first + size <= last and not any(token.connector for token in chunk[first + 1:first + size + 1]) and \
                " ".join(token.text for token in chunk[first:first + size]) in labels:
            return first + size
    return first


def described_label(text: str, start: int, words: list[str], labels: set[str]) -> tuple[str, str] | None:
    """The place and the party's label of a run `words` at offset `start` that "the" leads and a label ends
    ("the Ohio Democrat": ("Ohio", "Democrat")); None for any other run."""
    if not _THE_BEFORE.search(text, max(0, start - 6), start):
        return None
    for size in (2, 1):
        if len(words) > size and " ".join(words[-size:]) in labels:
            return " ".join(words[:-size]), " ".join(words[-size:])
    return None


def _forms(label: str) -> str:
    """The label as a noun or as its adjective ("Democrat", "Democratic")."""
    return rf"{re.escape(label)}(?:ic)?" if label.endswith("Democrat") else re.escape(label)


def _apposition(text: str, end: int) -> str:
    """The apposition set off by a comma right after a name that ends at `end` ("Jane Doe, a Texas Democrat,")."""
    if not text.startswith(",", end):
        return ""
    return re.split(r"[,.;\n]", text[end + 1:end + 1 + REACH])[0]


def pointed_back(text: str, mentions: list[Mention], start: int, place: str, label: str,
                 labels: set[str]) -> Mention | None:
    """The last person mention before `start` whom the article gave `label` and no other place than `place`."""
    own = re.compile(rf"\b{_forms(label)}\b")
    other = re.compile(r"\b(?:" + "|".join(_forms(word) for word in sorted(labels - {label}, key=len, reverse=True))
                       + r")\b")
    placed = re.compile(rf"(?:\b[A-Z][\w.]*\s+)+{_forms(label)}\b|\b{_forms(label)}\s+(?:of|from)\s+[A-Z]")
    for mention in sorted((m for m in mentions if m.type == "person" and m.end <= start), key=lambda m: -m.start):
        opening = max(text.rfind(".\n", 0, mention.start), text.rfind(". ", 0, mention.start), mention.start - REACH)
        told = text[max(0, opening):mention.start] + " " + _apposition(text, mention.end)
        if not own.search(told) or other.search(own.sub("", told)):
            continue
        if place and place not in told and placed.search(_apposition(text, mention.end)):
            continue
        return mention
    return None

"""The field of a post written between its title and its holder's name ("Minister of State for Finance Jan
Novak", "Director of Trading Jan Novak", "Minister of Energy and Mines Jan Novak"): the field's capitalised words
belong to the post, and the name starts at its holder's given name.
"""

from __future__ import annotations

from .mention_words import OF, Segment

NAME_WORDS = 4  # a given name and the words after it that can be one person's name: "Jan Maria de Novak"
_FIELD_JOINS = OF + ("and",)  # "of Energy and Mines", "of State for Economic Affairs"


def post_title(chunk, segments: list[Segment], position: int, g) -> int | None:
    """The position of the title whose field the run at `position` ends in a person's name, or None: the runs back to the title
    are joined by "of", "for" or "and", and the first of them follows the title by "of" or "for"."""
    if name_start(chunk, segments[position], g) is None:
        return None
    at = position
    while at > 0 and segments[at].kind == "run" and chunk[segments[at].first].connector in _FIELD_JOINS:
        at -= 1
        if segments[at].kind == "title":
            return at if chunk[segments[at + 1].first].connector in OF else None
    return None


def name_start(chunk, run: Segment, g) -> int | None:
    """The token where a person's name starts inside a run after field words ("Trading Jan Novak"): a given name
    that is not the run's first word nor follows another given name or an initial, with one to three more name
    words after it, none of them an organisation's word ("Trading Jan Novak Associates" is a firm)."""
    if run.kind != "run":
        return None
    for index in range(run.first + 1, run.last):
        if chunk[index].text not in g.given_names:
            continue
        before = chunk[index - 1].text
        if before in g.given_names or before.endswith("."):
            return None
        name = chunk[index:run.last + 1]
        if len(name) > NAME_WORDS or any(token.connector for token in name[1:]) or any(
                token.text in g.organization_words or token.text in g.legal_forms for token in name):
            return None
        return index
    return None

"""Groups without a name that two articles call by two nouns of one kind ("communist rebels", "guerrillas").

The actor stage makes a bare group noun ("the dockers") the one group of the story written with more words and
that noun. News also names a group in full once and then, further on or in the next day's story, by another plain
word for what it is: "communist rebels killed 18 soldiers", "the soldiers were attacked by guerrillas". The nouns
that name the same people in any story are listed in `resources/en/actors/group_kinds.tsv`. A bare group counts,
for the merge, as the one other group of the story of its kind, as a person counts as their country; with two
such groups ("Moslem rebels", "communist rebels") it may be either, and counts as neither.
"""

from __future__ import annotations

from functools import lru_cache

from .. import datafiles
from ..model import Actor


@lru_cache(maxsize=1)
def _kinds() -> dict[str, str]:
    return {noun: kind for noun, kind in datafiles.rows("en/actors/group_kinds.tsv")}


def kin_groups(actors: list[Actor]) -> dict[str, str]:
    """Bare group actor -> the one other group actor of the story whose noun is of its kind."""
    kinds = _kinds()
    by_kind: dict[str, list[Actor]] = {}
    for actor in actors:
        words = actor.name.lower().split()
        if actor.type == "group" and words and words[-1] in kinds:
            by_kind.setdefault(kinds[words[-1]], []).append(actor)
    found = {}
    for group in by_kind.values():
        for actor in group:
            others = [other for other in group if other.id != actor.id]
            if len(actor.name.split()) == 1 and len(others) == 1:
                found[actor.id] = others[0].id
    return found

"""The kind of happening a CAMEO code names: a statement or an act, and its weight in the ranking
(`resources/en/events_kinds.tsv`). A leaf module, so that extraction, merging and ranking can all read it."""

from __future__ import annotations

from functools import lru_cache

from . import datafiles


@lru_cache(maxsize=1)
def _kinds() -> dict[str, tuple[str, float]]:
    return {prefix: (kind, float(weight)) for prefix, kind, weight in datafiles.rows("en/events_kinds.tsv")}


@lru_cache(maxsize=512)
def kind(code: str) -> tuple[str, float]:
    """The kind of happening a CAMEO code names ("statement" or "act") and its weight in the ranking."""
    table = _kinds()
    for length in range(len(code), 0, -1):
        if code[:length] in table:
            return table[code[:length]]
    return "act", 0.5

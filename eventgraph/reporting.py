"""The verbs news reports speech with ("said", "told reporters", "added"), one list for the actor stage, the
event stage and the temporal and merge stages (`resources/en/reporting_verbs.tsv`). A leaf module, so that the
actor stage needs no import of the event stage to read it."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from . import datafiles


@lru_cache(maxsize=1)
def _verbs() -> tuple[tuple[str, tuple[str, ...]], ...]:
    return tuple((base, tuple(written.split(","))) for base, written in datafiles.rows("en/reporting_verbs.tsv"))


@lru_cache(maxsize=1)
def forms() -> frozenset[str]:
    """The forms news writes beside a speaker: "said", "says", "told", "tells" ..."""
    return frozenset(form for _, written in _verbs() for form in written)


@lru_cache(maxsize=1)
def tensed() -> frozenset[str]:
    """The forms that carry a tense, past or present: "said", "says" (not the base form "say", which follows a
    plural subject but also "to" or "will")."""
    return frozenset(form for base, written in _verbs() for form in written if form != base)


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of `words`, the longest first, to build a caller's pattern from."""
    return "|".join(sorted(map(re.escape, set(words)), key=lambda form: (-len(form), form)))


@lru_cache(maxsize=1)
def pattern() -> str:
    """A regex alternation of all the forms."""
    return alternation(forms())

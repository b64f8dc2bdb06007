"""The verbs news reports speech with ("said", "told reporters", "added"), one list for the actor stage and the
event stage (`resources/en/reporting_verbs.tsv`). A leaf module, so that the actor stage needs no import of the
event stage to read it."""

from __future__ import annotations

import re
from functools import lru_cache

from . import datafiles


@lru_cache(maxsize=1)
def forms() -> frozenset[str]:
    """The forms news writes beside a speaker: "said", "says", "told", "tells" ..."""
    return frozenset(form for _, written in datafiles.rows("en/reporting_verbs.tsv") for form in written.split(","))


@lru_cache(maxsize=1)
def pattern() -> str:
    """A regex alternation of the forms, the longest first, to build the callers' patterns from."""
    return "|".join(sorted(map(re.escape, forms()), key=lambda form: (-len(form), form)))

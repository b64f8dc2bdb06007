"""Which happenings last (`resources/en/events_lasting.tsv`: strikes, sanctions, offensives) rather than recur as
separate instances (attacks, talks, statements). A leaf module, so that extraction and merging can both read it."""

from __future__ import annotations

from functools import lru_cache

from . import datafiles
from .model import EventMention


@lru_cache(maxsize=1)
def _lasting() -> tuple[tuple[str, ...], frozenset[str]]:
    rows = datafiles.rows("en/events_lasting.tsv")
    return tuple(value for by, value, _ in rows if by == "code"), frozenset(value for by, value, _ in rows
                                                                         if by == "word")


def lasting(mention: EventMention) -> bool:
    """Whether the mention tells of a kind of happening that lasts, not one that recurs as separate instances."""
    return lasting_kind(mention.code, mention.trigger)


def lasting_kind(code: str, trigger: str) -> bool:
    """Whether a happening of CAMEO `code` told by the words `trigger` is of a kind that lasts."""
    codes, words = _lasting()
    return code.startswith(codes) or trigger.lower() in words

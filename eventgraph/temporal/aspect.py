"""Whether a clause tells of a happening already over at the time of the report, without dating it.

The perfect ("has cut", "have been killed", "had denied") and adverbs of anterior time ("recently",
"earlier", "last", listed in `resources/en/time/past_cues.txt`) say so. They count right before the
happening's word, with only auxiliaries, negations and other adverbs between ("had earlier accused",
"recently closed"), or opening the sentence ("Earlier, the minister said ..."). A time expression that dates
the happening outranks them; these cues only tell a deed from a statement made on the day of the report.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

_CUES_FILE = Path(__file__).resolve().parent.parent / "resources" / "en" / "time" / "past_cues.txt"
_PERFECT = re.compile(r"\b(?:has|have|had|'s|'ve|’s|’ve)\s+(?:\w+ly\s+|not\s+|never\s+|already\s+|also\s+)*"
                      r"(?:been\s+)?$", re.I)
_AUXILIARIES = frozenset({"was", "were", "is", "are", "be", "been", "has", "have", "had", "did", "also", "not",
                          "never", "then", "only", "just", "twice", "repeatedly"})
_WORD = re.compile(r"[\w’']+")
_REACH = 3  # words before the happening's word in which a cue may stand
_OPENER = re.compile(r"\s*(\w+)\s*,")


@lru_cache(maxsize=1)
def cues() -> frozenset[str]:
    lines = _CUES_FILE.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip().lower() for line in lines if line.strip() and not line.startswith("#"))


def perfect(text: str, trigger_start: int) -> bool:
    """"has repeatedly denied", "have been killed": the perfect right before the happening's word."""
    return bool(_PERFECT.search(text[max(0, trigger_start - 40):trigger_start]))


def anterior(text: str, sentence_start: int, trigger_start: int) -> bool:
    """The perfect, or an adverb of anterior time before the happening's word or opening its sentence."""
    if perfect(text, trigger_start):
        return True
    before = [word.lower() for word in _WORD.findall(text, sentence_start, trigger_start)]
    for word in reversed(before[-_REACH:]):
        if word in cues():
            return True
        if word not in _AUXILIARIES and not word.endswith("ly"):
            break
    opener = _OPENER.match(text, sentence_start, trigger_start)
    return bool(opener) and opener.group(1).lower() in cues()

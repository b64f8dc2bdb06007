"""The parser's loading and caching for the sentence stage: each sentence's parse, and what parsing cost."""

from __future__ import annotations

import re
import time

from .. import syntax
from .conjuncts import rejoin_deeds
from .listed_subjects import split_listed_subjects
from .spaces import lift_blanks
from .split_modifiers import join_split_modifiers


_PARSED = [0, 0.0]  # words parsed and seconds spent parsing in this process
UNUSED_PIPES = ("trainable_lemmatizer", "morphologizer")
_SPACE = re.compile(r"\s")


def parse_figures() -> tuple[int, float]:
    """Words parsed and seconds spent parsing in this process so far."""
    return _PARSED[0], _PARSED[1]


def parse(texts: list[str]) -> list:
    """The parse of each sentence, or None for one the parser cannot handle: it then yields no event."""
    if not texts:
        return []
    started = time.perf_counter()
    try:
        docs = _pipe(texts)
    except syntax.SyntaxModelError:
        raise
    except Exception:  # one odd sentence must not cost its article's other events
        docs = [_parse_one(text) for text in texts]
    _PARSED[0] += sum(len(text.split()) for text in texts)
    _PARSED[1] += time.perf_counter() - started
    return [_repaired(parsed) if parsed is not None and parsed.has_annotation("DEP") else None for parsed in docs]


def _repaired(parsed):
    """The parse with the blanks it reads as words lifted out of their phrases (`spaces`), the deeds it joins to
    the wrong clause rejoined (`conjuncts`), the subjects it lists with a noun before them given back to their
    verbs (`listed_subjects`) and the phrases it splits at a comma joined (`split_modifiers`); as the
    parser gave it where the parse refuses a new head."""
    for repair in (lift_blanks, rejoin_deeds, split_listed_subjects, join_split_modifiers):
        try:
            repair(parsed)
        except Exception:  # one odd sentence must not cost its article's other events
            pass
    return parsed


def _parse_one(text: str):
    try:
        return _pipe([text])[0]
    except syntax.SyntaxModelError:
        raise
    except Exception:
        return None


def _pipe(texts: list[str]) -> list:
    """`syntax.parse` without the lemmatizer and the morphologizer, which the frame does without (a third of
    the parser's time)."""
    # wire copy is hard-wrapped: a line break inside a sentence is a space to the parser (offsets unchanged)
    return syntax.parse([_SPACE.sub(" ", text) for text in texts], disable=UNUSED_PIPES)

"""Tag a text: one pass of the grammar's combined pattern, then each match normalised in document order."""

from __future__ import annotations

import re
from datetime import date

from ..model import Document, Timex
from . import grammar
from .normalise import NORMALISERS, Context, Reject, Unresolved, modifier

_DCT = re.compile(r"\s*(\d{4})-(\d{2})-(\d{2})")


def parse_dct(dct: str | None) -> date | None:
    """The document creation time as a date; None when absent or not a YYYY-MM-DD date."""
    match = _DCT.match(dct or "")
    if not match:
        return None
    try:
        return date(*(int(part) for part in match.groups()))
    except ValueError:
        return None


def tag(text: str, dct: str | None) -> list[Timex]:
    """Every time expression in `text`, sorted by start and non-overlapping, with values against `dct`."""
    rules = grammar.load()
    anchor = parse_dct(dct)
    memory: dict = {}
    found = []
    for match in rules.pattern.finditer(text):
        rule = rules.rules[match.lastgroup]
        context = Context(rules, text, match.start(), match.end(), anchor, memory)
        groups = rule.captures(match)
        kind = rule.type
        try:
            result = NORMALISERS[rule.value](context, groups)
            value, kind = result if isinstance(result, tuple) else (result, kind)
        except Unresolved:
            value = None
        except (Reject, ValueError, OverflowError):
            continue
        found.append(Timex(match.start(), match.end(), match.group(), kind, value, context.relative, modifier(context, groups)))
    return found


def annotate(doc: Document) -> Document:
    spans = doc.body or [(0, len(doc.text))]
    doc.timexes = [timex for timex in tag(doc.text, doc.published)
                   if any(start <= timex.start and timex.end <= end for start, end in spans)]
    return doc


def as_json(timexes: list[Timex]) -> list[dict]:
    return [{"text": t.text, "start": t.start, "end": t.end, "type": t.type, "value": t.value,
             "relative": t.relative, "mod": t.mod} for t in timexes]

"""Time expressions: find them, then normalise them against the document creation time (TIMEX3 values).

The rules and vocabularies are data (`resources/en/time/`, read by `grammar`); `normalise` computes values;
`tense` tells past from future for a weekday or month that names no year.
"""

from __future__ import annotations

from .tagger import annotate, as_json, tag

__all__ = ["annotate", "as_json", "tag"]

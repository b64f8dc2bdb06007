"""A journalist's corrections: read from a JSON file (`load`), applied to the merged story before every
exporter (`apply`), each one reported as applied or not applicable and why (`problems`).

The file's format is `resources/schema/corrections.schema.json`, described in docs/output-contract.md.
"""

from __future__ import annotations

from .apply import OPERATIONS, apply
from .load import FILENAME, VERSION, Corrections, CorrectionsError, load, operations, parse

__all__ = ["FILENAME", "OPERATIONS", "VERSION", "Corrections", "CorrectionsError", "apply", "load", "operations",
           "parse", "problems"]


def problems(report: list[dict], path: str) -> list[str]:
    """One line per correction that did not apply, or applied with something to say (in part, or already so)."""
    return [f"{path}: correction {entry['index']} ({entry['op']}) {entry['status']}: {entry['reason']}"
            for entry in report if entry["reason"]]

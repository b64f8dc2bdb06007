"""The data files under `eventgraph/resources/`: each holds a header of `#` comments saying what it is and its
source, then one entry per line (tab-separated columns in a `.tsv`)."""

from __future__ import annotations

from pathlib import Path

RESOURCES = Path(__file__).resolve().parent / "resources"


def lines(path: Path | str) -> list[str]:
    """The lines of `path` (relative to `eventgraph/resources/` unless absolute) that are neither blank nor a
    comment."""
    text = (RESOURCES / path).read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]


def rows(path: Path | str) -> list[list[str]]:
    """The entries of a tab-separated data file, as lists of columns."""
    return [line.split("\t") for line in lines(path)]

"""The lines of a file, each read with a bound: a line longer than the bound is read past in pieces and never
held whole, so one line of gigabytes in a JSON Lines file costs no more memory than a record may take."""

from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

SKIP = 2**20  # bytes read at a time while reading past a line that is too long


def bounded_lines(handle: BinaryIO, max_bytes: int) -> Iterator[bytes | None]:
    """The lines of `handle`, None for a line longer than `max_bytes`, which is read past without being kept."""
    while True:
        line = handle.readline(max_bytes + 1)
        if not line:
            return
        if len(line) <= max_bytes:
            yield line
            continue
        while line and not line.endswith(b"\n"):
            line = handle.readline(SKIP)
        yield None

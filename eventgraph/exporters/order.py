"""The order events are shown in: by date at its own precision, undated last, ties broken by id."""

from __future__ import annotations

from ..model import Event


def sort_key(event: Event) -> tuple:
    value = event.date.value
    return (value is None, _padded(value or ""), event.id)


def _padded(value: str) -> str:
    """Make "196" (1960s) sort before "1961" and "2024" before "2024-06"."""
    head, _, rest = value.partition("-")
    head = head.ljust(4, "0")
    return f"{head}-{rest}" if rest else head


def chronological(events: list[Event]) -> list[Event]:
    return sorted(events, key=sort_key)


def top_events(events: list[Event], k: int) -> list[Event]:
    ranked = sorted(events, key=lambda e: (-e.salience, sort_key(e)))[:k]
    return chronological(ranked)

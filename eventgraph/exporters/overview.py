"""What graph.html shows first, and the pieces of the story the page needs to zoom and filter it.

The page opens on the story's top events by the ranking `--top K` uses (`order.top_events`), not on all of
them: `tiers` gives every event the smallest K of `K_CHOICES` that holds it, so the page's K control is one
comparison. Actors are laid out once, here, as a graph of actors linked by the events they share (networkx's
spring layout with a fixed seed), so the same story always draws the same way and every filter shows the same
actor in the same place. The time strip covers the story's span (`Story.span`, see eventgraph/span.py); every
event carries the first and last day its date covers, so that a range brushed on the strip is one string
comparison in the browser.
"""

from __future__ import annotations

import datetime
import math

import networkx as nx
import numpy as np

from ..model import Event, Story
from .dates import bounds
from .order import chronological, ranked

K_CHOICES = (10, 25, 50, 100)
# How `order.top_events` ranks (by `Event.salience`, see eventgraph/salience.py), in the page's words.
RANKING = ("by the articles that report them, their kind, their actors, how firmly they are dated and whether "
           "they are the news of the days the articles came out")
DEFAULT_K = 25
FIRST_VIEW_ACTORS = 50  # the most actors the actor graph draws
LAYOUT_ACTORS = 150  # actors given a place in the actor graph: those of the top events first
ACTOR_VIEW_WIDTH = 1600
ACTOR_VIEW_HEIGHT = 1000
SPREAD = 0.6  # least distance between two actors, as a share of the room each would have on an even grid
GRAVITY = 0.05  # weight of each actor's pull towards the middle, against 1 for one shared event
DAY_STRIP_DAYS = 92  # longer spans are counted by month


def first_view_k(story: Story) -> int:
    """The top K graph.html opens with, and timeline.html marks: none (0) when the story has no more events than
    DEFAULT_K, whose top would be every event."""
    return DEFAULT_K if len(story.events) > DEFAULT_K else 0


def tiers(events: list[Event]) -> dict[str, int]:
    """Each event's smallest K in `K_CHOICES` whose `--top K` selection holds it; events in none are left out."""
    tier: dict[str, int] = {}
    picked = ranked(events, max(K_CHOICES))  # each smaller top is its first K: the picking never looks at K
    for k in sorted(K_CHOICES, reverse=True):
        for event in chronological(picked[:k]):
            tier[event.id] = k
    return tier


def days(value: str | None) -> list[str] | None:
    """The first and last day a TIMEX3 value covers, written YYYY-MM-DD for the page to compare as strings."""
    covered = bounds(value)
    return [covered[0].isoformat(), covered[1].isoformat()] if covered else None


def strip(story: Story) -> dict | None:
    """The time strip: the span it covers and whether it counts events by day or by month."""
    if not story.span:
        return None
    first, last = story.span
    length = (datetime.date.fromisoformat(last) - datetime.date.fromisoformat(first)).days + 1
    return {"first": first, "last": last, "unit": "day" if length <= DAY_STRIP_DAYS else "month"}


def layout_actors(involvement: dict[str, int], top: list[Event]) -> list[str]:
    """The actors the actor graph places: those of the top events, most involved first, then the most involved
    of the rest, `LAYOUT_ACTORS` in all."""
    def rank(actor_id: str) -> tuple:
        return (-involvement.get(actor_id, 0), actor_id)

    in_top = sorted({p.actor for event in top for p in event.actors if involvement.get(p.actor)}, key=rank)
    rest = sorted((a for a in involvement if involvement[a] and a not in set(in_top)), key=rank)
    return (in_top + rest)[:LAYOUT_ACTORS]


def first_view_actors(events: list[Event], tier: dict[str, int]) -> set[str]:
    """The actors the page's first view draws: the `FIRST_VIEW_ACTORS` most involved in its top events, those
    whose tier (`tiers`) is at most `DEFAULT_K`."""
    count: dict[str, int] = {}
    for event in events:
        if tier.get(event.id, math.inf) > DEFAULT_K:
            continue
        for actor_id in {p.actor for p in event.actors}:
            count[actor_id] = count.get(actor_id, 0) + 1
    return set(sorted(count, key=lambda a: (-count[a], a))[:FIRST_VIEW_ACTORS])


def actor_positions(actor_ids: list[str], events: list[Event], tier: dict[str, int]) -> dict[str, tuple[int, int]]:
    """A force layout of the actors linked by the events they share, scaled to a landscape box; the actors of
    the first view are kept further apart, so that their labels find room at the zoom that frames them."""
    chosen = set(actor_ids)
    graph = nx.Graph()
    graph.add_nodes_from(sorted(chosen))
    shared: dict[tuple[str, str], float] = {}
    for event in events:
        ids = sorted({p.actor for p in event.actors if p.actor in chosen})
        # An event of many actors binds each pair of them less, or one roll call would pull all into a knot.
        for index, first in enumerate(ids):
            for second in ids[index + 1:]:
                shared[first, second] = shared.get((first, second), 0) + 1 / (len(ids) - 1)
    graph.add_edges_from((first, second, {"weight": math.log2(1 + weight)})
                         for (first, second), weight in sorted(shared.items()))
    if len(graph) == 1:
        return {actor_ids[0]: (0, 0)}
    # A weak pull towards a hub that is then dropped keeps actors with no shared event, and small groups, near
    # the rest instead of flung to the edges, where they would shrink everything else when the page fits them.
    hub = ("hub",)
    graph.add_edges_from(((hub, node) for node in sorted(chosen)), weight=GRAVITY)
    placed = nx.spring_layout(graph, seed=0, iterations=100, k=1.2 / math.sqrt(len(graph)))
    del placed[hub]
    names = sorted(placed)
    first = first_view_actors(events, tier)
    room = [math.sqrt(ACTOR_VIEW_WIDTH * ACTOR_VIEW_HEIGHT / (len(first) if name in first else len(names)))
            for name in names]
    points = _spread(_fit(np.array([placed[name] for name in names], dtype=float)), np.array(room) * SPREAD)
    return {name: (round(x), round(y)) for name, (x, y) in zip(names, _fit(points).tolist())}


def _fit(points: np.ndarray) -> np.ndarray:
    """Points scaled to fill the actor view's box."""
    low, size = points.min(axis=0), np.ptp(points, axis=0)
    return (points - low) / np.where(size > 0, size, 1) * [ACTOR_VIEW_WIDTH, ACTOR_VIEW_HEIGHT]


def _spread(points: np.ndarray, gaps: np.ndarray, rounds: int = 60) -> np.ndarray:
    """Push apart every two points nearer than the smaller of their `gaps`, each by half the shortfall, until
    none is: the hubs a force layout packs into a knot get room for their labels, and the picture keeps its
    shape."""
    points = points.copy()
    gap = np.minimum(gaps[:, None], gaps[None, :])
    for _ in range(rounds):
        apart = points[:, None, :] - points[None, :, :]
        distance = np.sqrt((apart ** 2).sum(axis=-1)) + np.eye(len(points)) * gaps.max() + 1e-9
        shortfall = np.clip(gap - distance, 0, None)
        if not shortfall.any():
            break
        points += (apart / distance[..., None] * shortfall[..., None] / 2).sum(axis=1)
    return points

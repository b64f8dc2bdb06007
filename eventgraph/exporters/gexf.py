"""graph.gexf: the story's graph for Gephi, dynamic, so its timeline plays the story (GEXF 1.3,
https://gexf.net/schema.html).

Events carry `start`/`end` from their date at its precision (a month spans the month, a `since` date runs to
its end or stays open, a `before` date is open at the start); undated events stay static. Actors span their
first to last event and each role edge spans its event; documents and affiliations are static. The same
interval is also written as the columns `first_day` and `last_day`, for readers that skip `start`/`end`. Colours are
the page's legend (actors by kind, events by CAMEO quad class, documents grey), sizes follow how many events an
actor is in and how many articles report an event, and every edge has a weight (see `eventgraph.graph`).
An edge's GEXF `kind` is the actor's role (or `reported_in`, `affiliated_with`), so Gephi keeps an actor's two
roles in one event as two edges. Attribute values a node or edge does not have are left out. networkx reads the
file with `version="1.3"`.
"""

from __future__ import annotations

import datetime
import math
from pathlib import Path

import networkx as nx

from ..model import Date
from .dates import interval
from .palette import ACTOR_COLOURS, event_class
from .xmlout import TYPES, columns, text

DOCUMENT_COLOUR = "#bdc1c6"
NATIVE = ("label", "weight")  # GEXF's own attributes, not columns

Spell = tuple[datetime.date | None, datetime.date | None]


def _event_spell(data: dict) -> Spell:
    if "date" not in data:
        return None, None
    return interval(Date(data["date"], data.get("granularity", "none"), data.get("date_source", "none"),
                         relation=data.get("date_relation", "on"), until=data.get("date_until")))


def spells(graph: nx.MultiDiGraph) -> dict[str, Spell]:
    """When each event and actor is in the story: an event its date, an actor its first to last event."""
    found = {node: _event_spell(data) for node, data in graph.nodes(data=True) if data.get("kind") == "event"}
    for actor, event, data in graph.edges(data=True):
        if data.get("kind") != "role":
            continue
        start, end = found[event]
        if start is None and end is None:
            continue
        first, last = found.get(actor, (None, None))
        found[actor] = (min(d for d in (first, start or end) if d), max(d for d in (last, end or start) if d))
    return found


def _colour(data: dict) -> str:
    if data.get("kind") == "event":
        return event_class(data.get("code", ""))[1]
    if data.get("kind") == "actor":
        return ACTOR_COLOURS.get(data.get("type"), "#999999")
    return DOCUMENT_COLOUR


def _size(data: dict, most: dict[str, int]) -> float:
    if data.get("kind") == "event":
        return round(8 + 8 * math.sqrt(data.get("salience", 0) / most["event"]), 1)
    if data.get("kind") == "actor":
        return round(10 + 22 * math.sqrt(data.get("events", 0) / most["actor"]), 1)
    return 6.0


def _spell(spell: Spell) -> str:
    start, end = spell
    return (f' start="{start.isoformat()}"' if start else "") + (f' end="{end.isoformat()}"' if end else "")


def _declarations(domain: str, found: dict[str, type]) -> tuple[str, dict[str, int]]:
    lines = "".join(f'      <attribute id="{index}" title="{text(name)}" type="{TYPES.get(kind, "string")}"/>\n'
                    for index, (name, kind) in enumerate(found.items()))
    return f'    <attributes class="{domain}" mode="static">\n{lines}    </attributes>\n', \
        {name: index for index, name in enumerate(found)}


def _values(data: dict, ids: dict[str, int], indent: str) -> str:
    values = "".join(f'{indent}  <attvalue for="{ids[name]}" value="{text(value)}"/>\n'
                     for name, value in data.items() if name in ids)
    return f"{indent}<attvalues>\n{values}{indent}</attvalues>\n" if values else ""


def _days(data: dict, spell: Spell) -> dict:
    """The row with its time interval as columns too: readers that skip GEXF's own `start`/`end` (graphology)
    still see it."""
    start, end = spell
    return {**data, **({"first_day": start.isoformat()} if start else {}),
            **({"last_day": end.isoformat()} if end else {})}


def generate_gexf(graph: nx.MultiDiGraph):
    """The file's text, in pieces."""
    when = spells(graph)
    nodes = [(node, _days(data, when.get(node, (None, None)))) for node, data in graph.nodes(data=True)]
    edges = []
    for source, target, data in graph.edges(data=True):
        spell = when.get(target, (None, None)) if data.get("kind") == "role" else (None, None)
        edges.append((source, target, _days(data, spell), spell))
    node_ids = _declarations("node", columns((data for _, data in nodes), NATIVE))
    edge_ids = _declarations("edge", columns((data for _, _, data, _ in edges), NATIVE))
    most = {"event": max((d.get("salience", 0) for _, d in graph.nodes(data=True)), default=1) or 1,
            "actor": max((d.get("events", 0) for _, d in graph.nodes(data=True)), default=1) or 1}
    yield ('<?xml version="1.0" encoding="UTF-8"?>\n'
           '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" '
           'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
           'xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">\n'
           f'  <meta>\n    <creator>eventgraph</creator>\n'
           f'    <description>{text(graph.graph.get("title", ""))}</description>\n  </meta>\n'
           '  <graph defaultedgetype="directed" mode="dynamic" timeformat="date">\n')
    yield node_ids[0]
    yield edge_ids[0]
    yield "    <nodes>\n"
    for node, data in nodes:
        red, green, blue = (int(_colour(data)[i:i + 2], 16) for i in (1, 3, 5))
        yield (f'      <node id="{text(node)}" label="{text(data.get("label", node))}"'
               f'{_spell(when.get(node, (None, None)))}>\n'
               f'{_values(data, node_ids[1], "        ")}'
               f'        <viz:color r="{red}" g="{green}" b="{blue}"/>\n'
               f'        <viz:size value="{_size(data, most)}"/>\n      </node>\n')
    yield "    </nodes>\n    <edges>\n"
    for index, (source, target, data, spell) in enumerate(edges):
        label = data.get("role") or data.get("kind", "")
        yield (f'      <edge id="e{index}" source="{text(source)}" target="{text(target)}" label="{text(label)}" '
               f'kind="{text(label)}" weight="{data.get("weight", 1)}"{_spell(spell)}>\n'
               f'{_values(data, edge_ids[1], "        ")}      </edge>\n')
    yield "    </edges>\n  </graph>\n</gexf>\n"


def write_gexf(graph: nx.MultiDiGraph, path: Path) -> None:
    Path(path).write_text("".join(generate_gexf(graph)), encoding="utf-8")

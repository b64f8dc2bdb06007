"""graph.graphml: the story's graph for Gephi, Gephi Lite (graphology), igraph and networkx
(http://graphml.graphdrawing.org/specification.html).

Every edge has its own id (`e0`, `e1`, ...): the kind of link and the actor's role are attributes, because
readers take the id as the edge's identity and drop or reject repeats. Attributes are typed (`string`, `long`,
`double`, `boolean`); a value a node or edge does not have is left out, never written as "". The file is
written as text in one pass, which is several times faster than networkx's writer on large stories.
"""

from __future__ import annotations

from pathlib import Path

import networkx as nx

from .xmlout import TYPES, columns, text


def _keys(domain: str, found: dict[str, type], prefix: str) -> tuple[list[str], dict[str, str]]:
    lines, ids = [], {}
    for index, (name, kind) in enumerate(found.items()):
        ids[name] = f"{prefix}{index}"
        lines.append(f'  <key id="{prefix}{index}" for="{domain}" attr.name="{text(name)}" '
                     f'attr.type="{TYPES.get(kind, "string")}"/>\n')
    return lines, ids


def _data(values: dict, ids: dict[str, str], indent: str) -> str:
    return "".join(f'{indent}<data key="{ids[name]}">{text(value)}</data>\n' for name, value in values.items()
                   if name in ids)


def generate_graphml(graph: nx.MultiDiGraph):
    """The file's text, in pieces."""
    node_columns = columns(data for _, data in graph.nodes(data=True))
    edge_columns = columns(data for *_, data in graph.edges(data=True))
    graph_columns = columns([graph.graph])
    yield ('<?xml version="1.0" encoding="UTF-8"?>\n'
           '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" '
           'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
           'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns '
           'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n')
    key_lines, graph_ids = _keys("graph", graph_columns, "dg")
    yield from key_lines
    key_lines, node_ids = _keys("node", node_columns, "dn")
    yield from key_lines
    key_lines, edge_ids = _keys("edge", edge_columns, "de")
    yield from key_lines
    yield '  <graph id="story" edgedefault="directed">\n'
    yield _data(graph.graph, graph_ids, "    ")
    for node, data in graph.nodes(data=True):
        yield f'    <node id="{text(node)}">\n{_data(data, node_ids, "      ")}    </node>\n'
    for index, (source, target, data) in enumerate(graph.edges(data=True)):
        yield (f'    <edge id="e{index}" source="{text(source)}" target="{text(target)}">\n'
               f'{_data(data, edge_ids, "      ")}    </edge>\n')
    yield "  </graph>\n</graphml>\n"


def write_graphml(graph: nx.MultiDiGraph, path: Path) -> None:
    Path(path).write_text("".join(generate_graphml(graph)), encoding="utf-8")

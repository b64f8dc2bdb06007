"""graph.graphml and graph.gexf: the networkx graph for Gephi and other tools.

Attributes are already scalars (see `eventgraph.graph`). GEXF writers stamp the day in `lastmodifieddate`,
which would make two builds differ; it is written as the empty string instead.
"""

from __future__ import annotations

import re
from pathlib import Path

import networkx as nx

_LASTMODIFIED = re.compile(rb' lastmodifieddate="[^"]*"')


def write_graphml(graph: nx.MultiDiGraph, path: Path) -> None:
    nx.write_graphml(graph, path)


def write_gexf(graph: nx.MultiDiGraph, path: Path) -> None:
    lines = b"".join(line.encode("utf-8") + b"\n" for line in nx.generate_gexf(graph))
    path.write_bytes(_LASTMODIFIED.sub(b"", lines))

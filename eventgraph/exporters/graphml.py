"""graph.graphml and graph.gexf: the networkx graph for Gephi and other tools.

Attributes are already scalars (see `eventgraph.graph`). GEXF writers stamp the day in `lastmodifieddate`,
which would make two builds differ; it is written as the empty string instead. Text XML cannot hold (control
characters from an article) is replaced first.
"""

from __future__ import annotations

import re
from pathlib import Path

import networkx as nx

from ..clean import xml_graph

_LASTMODIFIED = re.compile(rb' lastmodifieddate="[^"]*"')


def write_graphml(graph: nx.MultiDiGraph, path: Path) -> None:
    nx.write_graphml(xml_graph(graph), path)


def write_gexf(graph: nx.MultiDiGraph, path: Path) -> None:
    lines = b"".join(line.encode("utf-8") + b"\n" for line in nx.generate_gexf(xml_graph(graph)))
    path.write_bytes(_LASTMODIFIED.sub(b"", lines))

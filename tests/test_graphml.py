import networkx as nx

from eventgraph.exporters import graphml
from eventgraph.graph import build_graph

from .stories import small_story


def edges(graph):
    return sorted((u, v, k, tuple(sorted(d.items()))) for u, v, k, d in graph.edges(keys=True, data=True))


def test_graphml_round_trips_through_networkx(tmp_path):
    graph = build_graph(small_story())
    graphml.write_graphml(graph, tmp_path / "g.graphml")
    again = nx.read_graphml(tmp_path / "g.graphml", force_multigraph=True)
    assert edges(again) == edges(graph)
    assert dict(again.nodes(data=True)) == dict(graph.nodes(data=True))


def test_gexf_round_trips_and_stamps_no_day(tmp_path):
    graph = build_graph(small_story())
    graphml.write_gexf(graph, tmp_path / "g.gexf")
    assert b"lastmodifieddate" not in (tmp_path / "g.gexf").read_bytes()
    again = nx.read_gexf(tmp_path / "g.gexf")
    assert sorted(again.nodes) == sorted(graph.nodes)
    assert again.number_of_edges() == graph.number_of_edges()
    assert again.nodes["event:e-sign"]["label"] == "Ruritania and Freedonia sign a trade pact"

import igraph
import networkx as nx
from lxml import etree

from eventgraph.exporters import graphml
from eventgraph.graph import build_graph
from eventgraph.model import Actor, Date, Document, Event, Participant, Source, Story

from .clients import graphology
from .stories import small_story

NS = {"g": "http://graphml.graphdrawing.org/xmlns"}


def edges(graph):
    return sorted((u, v, tuple(sorted(d.items()))) for u, v, d in graph.edges(data=True))


def written(tmp_path, story=None):
    path = tmp_path / "g.graphml"
    graphml.write_graphml(build_graph(story or small_story()), path)
    return path


def test_every_edge_has_its_own_id_and_keeps_its_role_as_an_attribute(tmp_path):
    root = etree.parse(str(written(tmp_path)))
    ids = root.xpath("//g:edge/@id", namespaces=NS)
    assert len(ids) == len(set(ids)) == 11
    keys = {key.get("attr.name"): key.get("id") for key in root.xpath("//g:key[@for='edge']", namespaces=NS)}
    roles = root.xpath(f"//g:edge/g:data[@key='{keys['role']}']/text()", namespaces=NS)
    assert sorted(set(roles)) == ["participant", "source", "target"]


def test_attributes_are_typed_and_missing_values_left_out(tmp_path):
    root = etree.parse(str(written(tmp_path)))
    types = {key.get("attr.name"): key.get("attr.type") for key in root.xpath("//g:key[@for='node']", namespaces=NS)}
    assert types["salience"] == types["mentions"] == "long" and types["label"] == "string"
    assert root.xpath("//g:data[not(text())]", namespaces=NS) == []
    undated = nx.read_graphml(written(tmp_path), force_multigraph=True).nodes["event:e-undated"]
    assert "date" not in undated and undated["granularity"] == "none"


def test_networkx_reads_every_node_and_edge_as_built(tmp_path):
    graph = build_graph(small_story())
    again = nx.read_graphml(written(tmp_path), force_multigraph=True)
    assert edges(again) == edges(graph)
    assert dict(again.nodes(data=True)) == dict(graph.nodes(data=True))


def test_igraph_reads_every_node_and_edge(tmp_path):
    graph = igraph.Graph.Read_GraphML(str(written(tmp_path)))
    assert (graph.vcount(), graph.ecount()) == (9, 11)
    assert sorted(graph.vs["id"])[:2] == ["actor:freedonia", "actor:jan-novak"]
    assert set(graph.es["kind"]) == {"role", "reported_in", "affiliated_with"}


def test_graphology_reads_every_node_and_edge(tmp_path):
    seen = graphology("graphml", written(tmp_path))
    assert (seen["nodes"], seen["edges"]) == (9, 11)
    assert seen["nodeAttributes"]["salience"] == "number" and seen["edgeAttributes"]["role"] == "string"


def test_control_characters_and_parallel_roles_do_not_break_the_file(tmp_path):
    story = Story(documents=[Document(id="d\x1b", path="p", text="t", title="A \x1b[31mheadline\x00")],
                  actors=[Actor(id="a", name="A", type="person")],
                  events=[Event(id="e", title="t", code="010", label="Make statement", date=Date(),
                                actors=[Participant("a", "source"), Participant("a", "target")],
                                sources=[Source("d\x1b", "s", 0, 1)])])
    path = written(tmp_path, story)
    assert nx.read_graphml(path, force_multigraph=True).nodes["doc:d"]["label"] == "A [31mheadline"
    seen = graphology("graphml", path)
    assert (seen["nodes"], seen["edges"]) == (3, 3)

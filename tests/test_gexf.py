import networkx as nx
from lxml import etree

from eventgraph.exporters import gexf
from eventgraph.graph import build_graph

from .clients import graphology
from .stories import small_story

NS = {"g": "http://gexf.net/1.3", "viz": "http://gexf.net/1.3/viz"}


def written(tmp_path):
    path = tmp_path / "g.gexf"
    gexf.write_gexf(build_graph(small_story()), path)
    return path


def test_the_file_is_dynamic_gexf_1_3_with_an_xml_declaration(tmp_path):
    data = written(tmp_path).read_bytes()
    assert data.startswith(b'<?xml version="1.0" encoding="UTF-8"?>\n<gexf xmlns="http://gexf.net/1.3"')
    graph = etree.fromstring(data).find("g:graph", NS)
    assert (graph.get("mode"), graph.get("timeformat")) == ("dynamic", "date")
    assert b"lastmodifieddate" not in data and b"networkx" not in data and b'value=""' not in data


def test_events_span_their_date_actors_their_events_and_edges_their_event(tmp_path):
    graph = nx.read_gexf(written(tmp_path), version="1.3")
    assert (graph.number_of_nodes(), graph.number_of_edges()) == (9, 11)
    old, sign = graph.nodes["event:e-old"], graph.nodes["event:e-sign"]
    assert (old["start"], old["end"]) == ("1980-01-01", "1989-12-31")
    assert (sign["start"], sign["end"]) == ("2021-05-03", "2021-05-03")
    freedonia = graph.nodes["actor:freedonia"]
    assert (freedonia["start"], freedonia["end"]) == ("1985-01-01", "2021-05-03")
    assert "start" not in graph.nodes["event:e-undated"] and "start" not in graph.nodes["actor:jan-novak"]
    role = next(d for u, v, d in graph.edges(data=True) if (u, v) == ("actor:ruritania", "event:e-sign"))
    assert (role["start"], role["end"], role["weight"]) == ("2021-05-03", "2021-05-03", 2.0)


def test_colours_follow_the_pages_legend_and_sizes_the_reports(tmp_path):
    graph = nx.read_gexf(written(tmp_path), version="1.3")
    colour = {node: graph.nodes[node]["viz"]["color"] for node in graph}
    assert (colour["event:e-sign"]["r"], colour["event:e-sign"]["g"], colour["event:e-sign"]["b"]) == (0, 158, 115)
    assert (colour["actor:ruritania"]["r"], colour["actor:ruritania"]["b"]) == (0, 178)
    assert colour["event:e-sign"] != colour["doc:a1"] != colour["actor:jan-novak"]
    size = {node: graph.nodes[node]["viz"]["size"] for node in graph}
    assert size["event:e-sign"] > size["event:e-old"]


def test_graphology_reads_every_node_and_edge_and_their_intervals(tmp_path):
    seen = graphology("gexf", written(tmp_path))
    assert (seen["nodes"], seen["edges"]) == (9, 11)
    assert (seen["timedNodes"], seen["timedEdges"]) == (5, 4)
    assert seen["sampleNode"]["first_day"] <= seen["sampleNode"]["last_day"]
    assert "networkx_key" not in seen["edgeAttributes"] and seen["edgeAttributes"]["weight"] == "number"

from eventgraph.graph import build_graph

from .stories import small_story


def test_nodes_are_actors_events_and_documents():
    graph = build_graph(small_story())
    kinds = {}
    for _, data in graph.nodes(data=True):
        kinds[data["kind"]] = kinds.get(data["kind"], 0) + 1
    assert kinds == {"document": 2, "actor": 3, "event": 4}


def test_edges_carry_roles_reports_and_affiliations():
    graph = build_graph(small_story())
    assert graph.has_edge("actor:ruritania", "event:e-sign", key="source")
    assert graph.has_edge("actor:freedonia", "event:e-sign", key="target")
    assert graph.has_edge("event:e-sign", "doc:a1") and graph.has_edge("event:e-sign", "doc:b2")
    assert graph.has_edge("actor:jan-novak", "actor:ruritania", key="affiliated_with")


def test_attributes_are_scalars_for_graphml_and_gexf():
    graph = build_graph(small_story())
    values = [v for _, data in graph.nodes(data=True) for v in data.values()]
    values += [v for *_, data in graph.edges(keys=True, data=True) for v in data.values()]
    assert all(isinstance(v, (str, int, float, bool)) for v in values)
    assert graph.nodes["event:e-sign"]["salience"] == 2
    assert graph.nodes["actor:ruritania"]["events"] == 2

"""The story as a networkx MultiDiGraph.

Nodes are actors (`actor:<id>`), events (`event:<id>`) and documents (`doc:<id>`), each with a `kind`
attribute. Edges: actor -> event (`role`), event -> document (`reported_in`), actor -> actor (`affiliated_with`).
"""

from __future__ import annotations

import networkx as nx

from .model import Story


def actor_node(actor_id: str) -> str:
    return f"actor:{actor_id}"


def event_node(event_id: str) -> str:
    return f"event:{event_id}"


def doc_node(doc_id: str) -> str:
    return f"doc:{doc_id}"


def build_graph(story: Story) -> nx.MultiDiGraph:
    graph = nx.MultiDiGraph(schema="eventgraph/1")
    for doc in story.documents:
        graph.add_node(doc_node(doc.id), kind="document", label=doc.title or doc.id, path=doc.path,
                       published=doc.published or "", published_source=doc.published_source or "",
                       url=doc.url or "")
    involvement = {}
    for event in story.events:
        for participant in event.actors:
            involvement[participant.actor] = involvement.get(participant.actor, 0) + 1
    for actor in story.actors:
        graph.add_node(actor_node(actor.id), kind="actor", label=actor.name, type=actor.type,
                       code=actor.code or "", aliases="; ".join(actor.aliases),
                       mentions=len(actor.mentions), events=involvement.get(actor.id, 0))
    for event in story.events:
        node = event_node(event.id)
        graph.add_node(node, kind="event", label=event.title, code=event.code, type=event.label,
                       date=event.date.value or "", granularity=event.date.granularity,
                       date_source=event.date.source, salience=event.salience)
        for participant in event.actors:
            graph.add_edge(actor_node(participant.actor), node, key=participant.role, kind="role",
                           role=participant.role)
        for doc_id in sorted({source.doc for source in event.sources}):
            graph.add_edge(node, doc_node(doc_id), key="reported_in", kind="reported_in")
    for actor in story.actors:
        if actor.affiliation:
            graph.add_edge(actor_node(actor.id), actor_node(actor.affiliation), key="affiliated_with",
                           kind="affiliated_with")
    return graph

"""The story as a networkx MultiDiGraph.

Nodes are actors (`actor:<id>`), events (`event:<id>`) and documents (`doc:<id>`), each with a `kind`
attribute. Edges: actor -> event (`role`), event -> document (`reported_in`), actor -> actor (`affiliated_with`),
each with a `weight`: the articles that report the event, the sentences an article gives it, 1.
A value the story does not have is left out, never written as "".
"""

from __future__ import annotations

from collections import Counter

import networkx as nx

from .model import Story
from .title import title_of


def actor_node(actor_id: str) -> str:
    return f"actor:{actor_id}"


def event_node(event_id: str) -> str:
    return f"event:{event_id}"


def doc_node(doc_id: str) -> str:
    return f"doc:{doc_id}"


def _present(**attributes) -> dict:
    return {name: value for name, value in attributes.items() if value is not None and value != ""}


def build_graph(story: Story) -> nx.MultiDiGraph:
    graph = nx.MultiDiGraph(schema="eventgraph/1", title=title_of(story))
    for doc in story.documents:
        graph.add_node(doc_node(doc.id), **_present(kind="document", label=doc.title or doc.id, path=doc.path,
                                                    published=doc.published, published_source=doc.published_source,
                                                    url=doc.url, site=getattr(doc, "site", None)))
    involvement = {}
    for event in story.events:
        for participant in event.actors:
            involvement[participant.actor] = involvement.get(participant.actor, 0) + 1
    for actor in story.actors:
        graph.add_node(actor_node(actor.id), **_present(kind="actor", label=actor.name, type=actor.type,
                                                        code=actor.code, aliases="; ".join(actor.aliases),
                                                        mentions=len(actor.mentions),
                                                        events=involvement.get(actor.id, 0)))
    for event in story.events:
        node = event_node(event.id)
        graph.add_node(node, **_present(kind="event", label=event.title, code=event.code, type=event.label,
                                        date=event.date.value, granularity=event.date.granularity,
                                        date_source=event.date.source, date_relation=event.date.relation,
                                        date_until=event.date.until, salience=event.salience))
        for participant in event.actors:
            graph.add_edge(actor_node(participant.actor), node, key=participant.role, kind="role",
                           role=participant.role, weight=event.salience)
        sentences = Counter(source.doc for source in event.sources)
        for doc_id in sorted(sentences):
            graph.add_edge(node, doc_node(doc_id), key="reported_in", kind="reported_in", weight=sentences[doc_id])
    for actor in story.actors:
        if actor.affiliation:
            graph.add_edge(actor_node(actor.id), actor_node(actor.affiliation), key="affiliated_with",
                           kind="affiliated_with", weight=1)
    return graph

"""Text from articles made safe for formats that cannot hold every code point.

Article text may hold anything: control characters (ESC in a headline), lone surrogates (a JSON `\\ud800`
escape), non-characters. The model keeps text as read, so that offsets point at it; each format cleans only
what it cannot hold. Each unusable code point becomes U+FFFD, one for one, so lengths and offsets still agree.
"""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    import networkx as nx

REPLACEMENT = "\ufffd"
_SURROGATES = re.compile("[\ud800-\udfff]")
# Not allowed in XML 1.0 documents: C0 controls but tab, newline and carriage return; surrogates; U+FFFE, U+FFFF.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def unicode_text(text: str) -> str:
    """`text` as real Unicode: lone surrogates, which no encoding can write, replaced."""
    return _SURROGATES.sub(REPLACEMENT, text)


T = TypeVar("T")


def unicode_everywhere(value: T) -> T:
    """`value` (a `Story`, or any part of the model) with lone surrogates replaced in every string it holds.

    Articles read by `ingest` hold none; a story built in code may. Parts without any are returned as they are.
    """
    if isinstance(value, str):
        return unicode_text(value) if _SURROGATES.search(value) else value
    if isinstance(value, (list, tuple)):
        items = [unicode_everywhere(item) for item in value]
        return value if all(a is b for a, b in zip(items, value)) else type(value)(items)
    if isinstance(value, dict):
        pairs = {unicode_everywhere(key): unicode_everywhere(item) for key, item in value.items()}
        unchanged = all(key in value and value[key] is item for key, item in pairs.items())
        return value if unchanged else pairs
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {}
        for field in dataclasses.fields(value):
            old = getattr(value, field.name)
            new = unicode_everywhere(old)
            if new is not old:
                changes[field.name] = new
        return dataclasses.replace(value, **changes) if changes else value
    return value


def xml_text(text: str) -> str:
    """`text` with every code point XML 1.0 forbids replaced."""
    return _NOT_XML.sub(REPLACEMENT, text)


def xml_graph(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy of `graph` whose node ids, keys and text attributes XML can hold (for GraphML and GEXF)."""
    def value(item):
        return xml_text(item) if isinstance(item, str) else item

    def attributes(data: dict) -> dict:
        return {value(name): value(item) for name, item in data.items()}

    cleaned = graph.__class__()
    cleaned.graph.update(attributes(graph.graph))
    cleaned.add_nodes_from((value(node), attributes(data)) for node, data in graph.nodes(data=True))
    if graph.is_multigraph():
        cleaned.add_edges_from((value(u), value(v), value(key), attributes(data))
                               for u, v, key, data in graph.edges(keys=True, data=True))
    else:
        cleaned.add_edges_from((value(u), value(v), attributes(data)) for u, v, data in graph.edges(data=True))
    return cleaned

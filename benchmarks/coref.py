"""Cross-document coreference measures over clusters of mentions: pairwise, MUC, B-cubed, CEAF-e, CoNLL F1.

The standard definitions (Vilain et al. 1995; Bagga and Baldwin 1998; Luo 2005; the CoNLL-2012 shared task's F1
is the mean of the three). A cluster is a set of hashable mentions; `key` is the gold clustering, `response`
the system's. A mention missing from one side counts as a singleton there (MUC) or as unmatched (B-cubed).
"""

from __future__ import annotations

import math
from itertools import combinations

import networkx as nx

Clusters = list[frozenset]


def _f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def _owner(clusters: Clusters) -> dict:
    return {mention: index for index, cluster in enumerate(clusters) for mention in cluster}


def pairwise(key: Clusters, response: Clusters) -> tuple[float, float, float]:
    """Precision and recall of "these two mentions are the same happening" over all mention pairs."""
    def pairs(clusters):
        return {frozenset(pair) for cluster in clusters for pair in combinations(cluster, 2)}
    gold, found = pairs(key), pairs(response)
    precision = len(gold & found) / len(found) if found else 1.0
    recall = len(gold & found) / len(gold) if gold else 1.0
    return precision, recall, _f1(precision, recall)


def _muc_recall(key: Clusters, response: Clusters) -> float:
    owner = _owner(response)
    numerator = denominator = 0
    for cluster in key:
        parts = {owner.get(mention, ("alone", mention)) for mention in cluster}
        numerator += len(cluster) - len(parts)
        denominator += len(cluster) - 1
    return numerator / denominator if denominator else 1.0


def muc(key: Clusters, response: Clusters) -> tuple[float, float, float]:
    recall, precision = _muc_recall(key, response), _muc_recall(response, key)
    return precision, recall, _f1(precision, recall)


def _b_cubed_recall(key: Clusters, response: Clusters) -> float:
    owner = _owner(response)
    mentions = [mention for cluster in key for mention in cluster]
    if not mentions:
        return 1.0
    total = 0.0
    for cluster in key:
        for mention in cluster:
            other = response[owner[mention]] if mention in owner else frozenset()
            total += len(cluster & other) / len(cluster)
    return total / len(mentions)


def b_cubed(key: Clusters, response: Clusters) -> tuple[float, float, float]:
    recall, precision = _b_cubed_recall(key, response), _b_cubed_recall(response, key)
    return precision, recall, _f1(precision, recall)


def ceaf_e(key: Clusters, response: Clusters) -> tuple[float, float, float]:
    """Entity-based CEAF: the best one-to-one alignment of key and response clusters by 2|K∩R| / (|K|+|R|)."""
    graph = nx.Graph()
    for i, gold in enumerate(key):
        for j, found in enumerate(response):
            shared = len(gold & found)
            if shared:
                graph.add_edge(("k", i), ("r", j), weight=2 * shared / (len(gold) + len(found)))
    matching = nx.max_weight_matching(graph)
    # summed exactly rounded: the matching is a set, whose order (and so a plain sum's last bit, enough to tip a
    # printed 0.625 either way) changes from run to run with the hash seed
    total = math.fsum(graph.edges[a, b]["weight"] for a, b in matching)
    precision = total / len(response) if response else 1.0
    recall = total / len(key) if key else 1.0
    return precision, recall, _f1(precision, recall)


def conll(key: Clusters, response: Clusters) -> float:
    return sum(measure(key, response)[2] for measure in (muc, b_cubed, ceaf_e)) / 3

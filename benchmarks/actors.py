"""Actor mentions and canonical actors against the hand-annotated Reuters-21578 development set.

Runs `sentences.annotate`, `actors.annotate` and `actors.link_actors` on the articles listed in
`benchmarks/data/actors_dev.jsonl` and prints, per article and in total, mention precision, recall and F1
(exact span, and any overlap of spans) and canonical-actor precision and
recall (the set of actor names an article mentions, compared case- and accent-insensitively). With --speed N
it also times `actors.annotate` on the first N Reuters stories (the best of three runs, as other work on the
machine slows single runs).

    python benchmarks/actors.py [--errors] [--speed 2000]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.corpus import reuters  # noqa: E402
from eventgraph import actors, sentences  # noqa: E402
from eventgraph.actors.names import fold  # noqa: E402
from eventgraph.model import Document  # noqa: E402

GOLD = Path(__file__).resolve().parent / "data" / "actors_dev.jsonl"


def load_gold() -> dict[str, dict]:
    with GOLD.open(encoding="utf-8") as lines:
        return {record["id"]: record for record in map(json.loads, lines)}


def document(record: dict) -> Document:
    text = record["text"]
    return Document(id=record["id"], path=record["id"], text=text, title=record.get("title", ""),
                    published=record.get("published"), body=[(0, len(text))])


def run(records: list[dict]) -> list[Document]:
    documents = [actors.annotate(sentences.annotate(document(record))) for record in records]
    story_actors = {actor.id: actor for actor in actors.link_actors(documents)}
    for doc in documents:
        for mention in doc.mentions:
            mention.name = story_actors[mention.actor].name
    return documents


def ratio(part: int, whole: int) -> float:
    return part / whole if whole else 1.0


def f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def score(gold: list[dict], predicted: list) -> dict[str, int]:
    gold_spans = {(m["start"], m["end"]) for m in gold}
    spans = {(m.start, m.end) for m in predicted}
    overlap_p = sum(any(s < ge and gs < e for gs, ge in gold_spans) for s, e in spans)
    overlap_r = sum(any(s < ge and gs < e for s, e in spans) for gs, ge in gold_spans)
    gold_actors = {fold(m["actor"]) for m in gold}
    actor_names = {fold(m.name) for m in predicted}
    return {"gold": len(gold_spans), "predicted": len(spans), "exact": len(gold_spans & spans),
            "overlap_p": overlap_p, "overlap_r": overlap_r, "gold_actors": len(gold_actors),
            "actors": len(actor_names), "actors_found": len(gold_actors & actor_names)}


def row(name: str, counts: dict[str, int]) -> str:
    p, r = ratio(counts["exact"], counts["predicted"]), ratio(counts["exact"], counts["gold"])
    op, orr = ratio(counts["overlap_p"], counts["predicted"]), ratio(counts["overlap_r"], counts["gold"])
    ap, ar = ratio(counts["actors_found"], counts["actors"]), ratio(counts["actors_found"], counts["gold_actors"])
    return (f"| {name} | {counts['gold']} | {counts['predicted']} | {p:.3f} | {r:.3f} | {f1(p, r):.3f} | "
            f"{op:.3f} | {orr:.3f} | {f1(op, orr):.3f} | {ap:.3f} | {ar:.3f} |")


def errors(record: dict, gold: list[dict], doc: Document) -> None:
    spans = {(m.start, m.end): m for m in doc.mentions}
    gold_spans = {(m["start"], m["end"]): m for m in gold}
    text = record["text"]
    for span in sorted(set(spans) | set(gold_spans)):
        context = " ".join(text[max(0, span[0] - 40):span[1] + 25].split())
        if span in spans and span in gold_spans:
            if fold(spans[span].name) != fold(gold_spans[span]["actor"]):
                print(f"  name  {record['text'][span[0]:span[1]]!r}: {spans[span].name!r} "
                      f"gold {gold_spans[span]['actor']!r}")
        elif span in spans:
            print(f"  extra {spans[span].text!r} {spans[span].type} {spans[span].name!r}    [{context}]")
        else:
            print(f"  miss  {gold_spans[span]['text']!r} {gold_spans[span]['type']} {gold_spans[span]['actor']!r}"
                  f"    [{context}]")


def speed(limit: int) -> None:
    documents = [sentences.annotate(document(record)) for record in reuters(limit)]
    words = sum(len(doc.text.split()) for doc in documents)
    actors.annotate(documents[0])
    runs = []
    for _ in range(3):
        started = time.perf_counter()
        for doc in documents:
            actors.annotate(doc)
        runs.append(time.perf_counter() - started)
    elapsed = min(runs)
    print(f"\nactors.annotate: {len(documents)} articles, {words} words in {elapsed:.2f} s (best of 3) "
          f"= {words / elapsed:,.0f} words/s on one core")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", action="store_true", help="list missed, extra and misnamed mentions")
    parser.add_argument("--speed", type=int, metavar="N", help="also time annotate on N Reuters stories")
    options = parser.parse_args()
    gold = load_gold()
    records = [record for record in reuters() if record["id"] in gold]
    documents = run(records)
    print("| article | gold | found | P | R | F1 | overlap P | overlap R | overlap F1 | actor P | actor R |")
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    total: dict[str, int] = {}
    for record, doc in zip(records, documents):
        counts = score(gold[record["id"]]["mentions"], doc.mentions)
        total = {key: total.get(key, 0) + value for key, value in counts.items()}
        print(row(record["id"], counts))
        if options.errors:
            errors(record, gold[record["id"]]["mentions"], doc)
    print(row(f"**all {len(records)}**", total))
    if options.speed:
        speed(options.speed)


if __name__ == "__main__":
    main()

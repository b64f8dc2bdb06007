"""Event extraction and the cross-article merge against hand annotations of Reuters-21578 stories.

For each story of `benchmarks/data/events_dev.json` the whole pipeline (`eventgraph.pipeline.build`) runs on its
articles, written to a temporary JSONL file. A system event and a gold event match when one of the system
event's sources is a sentence the gold event lists and their CAMEO roots agree. Printed per story and overall:

- precision: system events with a source in the story that match a gold event;
- recall: gold events matched by a system event;
- date: matched gold events whose best system event has a date compatible with the gold date;
- purity: over the sources of matched system events, the share that belong to the event's majority gold
  event (1.0 when no system event mixes two gold happenings);
- split: gold events spread over more than one system event.

Then speed: `events.annotate` alone on the first N Reuters stories (already split, tagged and with actors),
in words per second, and `merge.merge_events` on all their mentions.

    python benchmarks/events.py [--speed N]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import build_story, reuters  # noqa: E402

from eventgraph import actors, events, merge, pipeline, sentences, temporal  # noqa: E402
from eventgraph.merge.dates import interval, overlap  # noqa: E402
from eventgraph.model import Document  # noqa: E402
from eventgraph.span import FAR_YEARS, far_outside  # noqa: E402

DEV = Path(__file__).resolve().parent / "data" / "events_dev.json"


def score_story(story: dict, records: dict[str, dict]) -> dict:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "story.jsonl"
        with path.open("w", encoding="utf-8") as out:
            for article in story["articles"]:
                record = records[article]
                out.write(json.dumps({key: record[key] for key in ("id", "title", "text", "published")}) + "\n")
        built = pipeline.build([str(path)])
    gold = story["events"]
    gold_sentences = {(m["doc"], m["start"], m["end"]): g["id"] for g in gold for m in g["mentions"]}

    def gold_of(source) -> set[str]:
        return {gid for (doc, start, end), gid in gold_sentences.items()
                if doc == source.doc and start < source.end and source.start < end}

    by_id = {g["id"]: g for g in gold}
    matched_system, matched_gold, dated, split = 0, {}, set(), Counter()
    pure, total = 0, 0
    for event in built.events:
        labels = [
            {gid for gid in gold_of(source) if by_id[gid]["code"][:2] == event.code[:2]} for source in event.sources]
        found = set().union(*labels) if labels else set()
        if not found:
            continue
        matched_system += 1
        for gid in found:
            split[gid] += 1
            if _compatible(event.date.value, by_id[gid]["date"]):
                dated.add(gid)
            matched_gold[gid] = True
        majority = Counter(gid for group in labels for gid in group).most_common(1)[0][0]
        pure += sum(majority in group for group in labels if group)
        total += sum(1 for group in labels if group)
    return {"story": story["name"][:44], "system": len(built.events), "gold": len(gold),
            "precision": matched_system / len(built.events) if built.events else 0.0,
            "recall": len(matched_gold) / len(gold) if gold else 0.0,
            "date": len(dated) / len(gold) if gold else 0.0,
            "purity": pure / total if total else 1.0,
            "split": sum(1 for count in split.values() if count > 1)}


def _compatible(system: str | None, gold: str) -> bool:
    a, b = interval(system), interval(gold)
    return bool(a and b and overlap(a, b))


def junk(stories: list[dict], records: dict[str, dict]) -> tuple[int, int]:
    """Events dated more than `span.FAR_YEARS` outside their story's span that fewer than two articles give,
    and all events, over the stories."""
    found = total = 0
    for story in stories:
        built = build_story(story["articles"], records)
        bounds = (interval(built.span[0])[0], interval(built.span[1])[1]) if built.span else None
        for event in built.events:
            total += 1
            found += far_outside(event.date.value, bounds) and len({s.doc for s in event.sources}) < 2
    return found, total


def speed(limit: int) -> tuple[float, int, float, int]:
    docs = []
    for record in reuters(limit=limit):
        doc = Document(id=record["id"], path=record["id"], text=record["text"], title=record["title"],
                       published=record["published"], published_source="metadata",
                       body=[(0, len(record["text"]))])
        docs.append(actors.annotate(temporal.annotate(sentences.annotate(doc))))
    words = sum(len(doc.text.split()) for doc in docs)
    started = time.perf_counter()
    for doc in docs:
        events.annotate(doc)
    annotate_seconds = time.perf_counter() - started
    found = actors.link_actors(docs)
    mentions = sum(len(doc.event_mentions) for doc in docs)
    started = time.perf_counter()
    merge.merge_events(docs, found)
    return words / annotate_seconds, mentions, time.perf_counter() - started, len(docs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--speed", type=int, default=3000, help="Reuters stories for the speed figures (0: none)")
    args = parser.parse_args()
    dev = json.loads(DEV.read_text(encoding="utf-8"))
    wanted = {article for story in dev["stories"] for article in story["articles"]}
    records = {record["id"]: record for record in reuters() if record["id"] in wanted}
    rows = [score_story(story, records) for story in dev["stories"]]
    header = f"{'story':44} {'system':>6} {'gold':>5} {'prec':>6} {'recall':>6} {'date':>6} {'purity':>6} {'split':>5}"
    print(header)
    print("-" * len(header))
    for row in rows:
        print(f"{row['story']:44} {row['system']:6d} {row['gold']:5d} {row['precision']:6.2f} {row['recall']:6.2f} "
              f"{row['date']:6.2f} {row['purity']:6.2f} {row['split']:5d}")
    system, gold = sum(r["system"] for r in rows), sum(r["gold"] for r in rows)
    precision = sum(r["precision"] * r["system"] for r in rows) / system if system else 0.0
    recall = sum(r["recall"] * r["gold"] for r in rows) / gold if gold else 0.0
    date = sum(r["date"] * r["gold"] for r in rows) / gold if gold else 0.0
    purity = sum(r["purity"] for r in rows) / len(rows) if rows else 0.0
    print(f"{'all':44} {system:6d} {gold:5d} {precision:6.2f} {recall:6.2f} {date:6.2f} {purity:6.2f} "
          f"{sum(r['split'] for r in rows):5d}")
    print(f"junk: %d of %d events dated more than {FAR_YEARS} years outside the story's span by one article" %
          junk(dev["stories"], records))
    if args.speed:
        words_per_second, mentions, merge_seconds, count = speed(args.speed)
        print()
        print(f"events.annotate: {words_per_second:,.0f} words/s on {count} Reuters stories (one core)")
        print(f"merge.merge_events: {mentions:,} mentions in {merge_seconds:.2f} s")


if __name__ == "__main__":
    main()

"""Do a journalist's corrections survive new articles? A Reuters-21578 story (the articles whose headline names
OPEC, in date order) is built from its first half; corrections of every kind are drawn at random (fixed seed)
against that build, as the page would write them, each target corrected once (so one story title); then the
story is rebuilt from all its articles with them.

Prints, per kind of correction, how many still apply and how many are reported not applicable, and the time the
corrections add to a build (reading and checking the file, then applying it) beside the build's own time.

    python benchmarks/corrections.py [--articles 40] [--per-kind 3] [--seed 13] [--half first|alternate]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from corpus import jsonl_line, reuters  # noqa: E402

from eventgraph import corrections, exporters, pipeline  # noqa: E402
from eventgraph.events.lexicon import codes  # noqa: E402
from eventgraph.exporters.editing import QUOTE  # noqa: E402
from eventgraph.ids import sentence_key  # noqa: E402
from eventgraph.model import ROLES, Story  # noqa: E402

HEADLINE = re.compile(r"\bOPEC\b")
TYPES = ("country", "person", "organization", "location", "group")


def story_articles(count: int) -> list[dict]:
    found = [r for r in reuters() if HEADLINE.search(r["title"].upper())]
    found.sort(key=lambda r: (r["published"] or "", int(r["id"].split("-")[1])))
    return found[:count]


def write_jsonl(records: list[dict], path: Path) -> Path:
    path.write_text("".join(jsonl_line(r) for r in records), encoding="utf-8")
    return path


def event_ref(event) -> dict:
    return {"id": event.id, "doc": event.sources[0].doc, "quote": sentence_key(event.sources[0].sentence)[:QUOTE],
            "title": event.title}


def actor_ref(actor) -> dict:
    return {"id": actor.id, "name": actor.name}


class Draw:
    """Targets drawn at random, each used by one correction only, as a journalist fixes each thing once."""

    def __init__(self, story: Story, rng: random.Random) -> None:
        self.rng = rng
        self.events = list(story.events)
        self.actors = [a for a in story.actors if a.mentions]
        self.documents = story.documents

    def event(self, test=lambda e: True):
        return self._take(self.events, test, "events")

    def actor(self, test=lambda a: True):
        return self._take(self.actors, test, "actors")

    def _take(self, pool: list, test, kind: str):
        fitting = [item for item in pool if test(item)]
        if not fitting:
            raise SystemExit(f"the half story has too few {kind} to correct each once: lower --per-kind or raise "
                             "--articles")
        chosen = self.rng.choice(fitting)
        pool.remove(chosen)
        return chosen


def draw(story: Story, per_kind: int, seed: int) -> list[dict]:
    rng = random.Random(seed)
    pick = Draw(story, rng)
    cameo = sorted(codes())

    def day() -> str:
        return f"1987-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"

    def added() -> dict:
        doc = rng.choice(pick.documents)
        sentence = rng.choice(doc.sentences)
        source = {"doc": doc.id, "quote": sentence_key(sentence.text)[:QUOTE]} if rng.random() < 0.7 else \
            {"url": f"https://news.example/{rng.randint(1, 999)}"}
        return {"op": "event.add", "date": {"value": day()}, "title": f"Hand-added event {rng.randint(1, 999)}",
                "actors": [{"actor": actor_ref(rng.choice(story.actors)), "role": rng.choice(ROLES)}],
                "source": source}

    def split() -> dict:
        event = pick.event(lambda e: len(e.sources) > 1)
        source = rng.choice(event.sources[1:])
        return {"op": "event.split", "event": event_ref(event),
                "source": {"doc": source.doc, "quote": sentence_key(source.sentence)[:QUOTE]}}

    def remove_actor() -> dict:
        event = pick.event(lambda e: e.actors)
        chosen = rng.choice(event.actors).actor
        actor = next(a for a in story.actors if a.id == chosen)
        return {"op": "event.remove_actor", "event": event_ref(event), "actor": actor_ref(actor)}

    def split_alias() -> dict:
        actor = pick.actor(lambda a: a.aliases)
        return {"op": "actor.split", "actor": actor_ref(actor), "alias": rng.choice(actor.aliases)}

    makers = {
        "event.date": lambda: {"op": "event.date", "event": event_ref(pick.event()), "value": day()},
        "event.title": lambda: {"op": "event.title", "event": event_ref(pick.event()),
                                "title": f"Corrected title {rng.randint(1, 999)}", "note": "checked"},
        "event.type": lambda: {"op": "event.type", "event": event_ref(pick.event()), "code": rng.choice(cameo)},
        "event.add_actor": lambda: {"op": "event.add_actor", "event": event_ref(pick.event()),
                                    "actor": actor_ref(rng.choice(story.actors)), "role": rng.choice(ROLES)},
        "event.remove_actor": remove_actor,
        "event.hide": lambda: {"op": "event.hide", "event": event_ref(pick.event())},
        "event.merge": lambda: {"op": "event.merge", "events": [event_ref(pick.event()), event_ref(pick.event())]},
        "event.split": split,
        "event.note": lambda: {"op": "event.note", "event": event_ref(pick.event()), "text": "Call the ministry"},
        "event.add": added,
        "actor.rename": lambda: {"op": "actor.rename", "actor": actor_ref(pick.actor()),
                                 "name": f"Renamed actor {rng.randint(1, 999)}"},
        "actor.merge": lambda: {"op": "actor.merge", "actors": [actor_ref(pick.actor()), actor_ref(pick.actor())]},
        "actor.split": split_alias,
        "actor.hide": lambda: {"op": "actor.hide", "actor": actor_ref(pick.actor())},
        "actor.type": lambda: {"op": "actor.type", "actor": actor_ref(pick.actor()), "type": rng.choice(TYPES)},
        "actor.affiliation": lambda: {"op": "actor.affiliation", "actor": actor_ref(pick.actor()),
                                      "affiliation": actor_ref(pick.actor())},
        "story.title": lambda: {"op": "story.title", "title": f"OPEC in 1987, take {rng.randint(1, 9)}"},
    }
    assert set(makers) == set(corrections.operations())
    scarce = ("event.split", "actor.split", "event.remove_actor")  # drawn first, while their targets last
    order = [*scarce, *(kind for kind in makers if kind not in scarce)]
    items = [makers[kind]() for kind in order for _ in range(1 if kind == "story.title" else per_kind)]
    rng.shuffle(items)
    return items


def _named(entry: dict) -> str | None:
    """The id a correction of one existing event or actor named its target by (None for the other kinds)."""
    if entry["op"] in ("event.split", "actor.split"):
        return None
    ref = entry["correction"].get("event") or entry["correction"].get("actor")
    return ref["id"] if ref else None


def timed_build(source: Path, out: Path, fixes: Path | None) -> tuple[Story, float, float]:
    """A build as `eventgraph build` runs it; the seconds it took, and those of the corrections in it."""
    start = time.perf_counter()
    story = pipeline.assemble(pipeline.extract_documents([str(source)]))
    spent = 0.0
    if fixes is not None:
        begin = time.perf_counter()
        corrections.apply(story, corrections.load(fixes).items)
        spent = time.perf_counter() - begin
    exporters.write_all(story, out)
    return story, time.perf_counter() - start, spent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=40)
    parser.add_argument("--per-kind", type=int, default=3)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--half", choices=("first", "alternate"), default="first",
                        help="the first half by date (news arriving), or every other article (earlier articles "
                             "added too, so ids change and corrections must find their targets by quote)")
    args = parser.parse_args()
    records = story_articles(args.articles)
    first_half = records[:len(records) // 2] if args.half == "first" else records[::2]
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        half = write_jsonl(first_half, tmp / "half.jsonl")
        whole = write_jsonl(records, tmp / "all.jsonl")
        first, _, _ = timed_build(half, tmp / "out-half", None)
        items = draw(first, args.per_kind, args.seed)
        fixes = tmp / "corrections.json"
        fixes.write_text(json.dumps({"version": 1, "corrections": items}, indent=2), encoding="utf-8")
        on_half = Counter(e["status"] for e in corrections.apply(first, corrections.load(fixes).items))
        timed_build(whole, tmp / "warm", None)
        _, plain, _ = timed_build(whole, tmp / "plain", None)
        story, corrected, spent = timed_build(whole, tmp / "corrected", fixes)
    report = story.corrections
    kinds = sorted({e["op"] for e in report})
    print(f"story: {len(records)} Reuters-21578 articles whose headline names OPEC, "
          f"{records[0]['published']} to {records[-1]['published']}; built from "
          f"{'the first' if args.half == 'first' else 'every other one,'} {len(first_half)}, then from all")
    print(f"corrections: {len(items)} ({args.per_kind} of each of {len(kinds)} kinds, one story title, "
          f"seed {args.seed}); "
          f"on the half they were drawn from: {on_half['applied']} applied")
    print()
    print(f"{'kind':<20} {'n':>3} {'applied':>8} {'not applicable':>15} {'found by id':>12}")
    for kind in kinds:
        rows = [e for e in report if e["op"] == kind]
        applied = sum(e["status"] == "applied" for e in rows)
        by_id = [e for e in rows if _named(e) is not None and e["status"] == "applied"]
        kept = f"{sum(e['target'] == _named(e) for e in by_id)}/{len(by_id)}" if by_id else "-"
        print(f"{kind:<20} {len(rows):>3} {applied:>8} {len(rows) - applied:>15} {kept:>12}")
    applied = sum(e["status"] == "applied" for e in report)
    missing = len(report) - applied
    print(f"{'all':<20} {len(report):>3} {applied:>8} {missing:>15}")
    print(f"{'share':<20} {'':>3} {100 * applied / len(report):>7.1f}% {100 * missing / len(report):>14.1f}%")
    for entry in report:
        if entry["reason"]:
            print(f"  {entry['status']}: {entry['op']}: {entry['reason']}")
    print("(found by id: the target still had the id it had when the correction was made; the others were found "
          "by their quoted sentence or name)")
    print()
    allowed = max(0.05 * plain, 0.5)
    print(f"build of all {len(records)} articles (extraction included, one process): {plain:.2f} s without "
          f"corrections, {corrected:.2f} s with them")
    print(f"time the corrections add (read, check, apply): {spent * 1000:.1f} ms; allowed: {allowed:.2f} s "
          f"({'within' if spent <= allowed else 'OVER'})")


if __name__ == "__main__":
    main()

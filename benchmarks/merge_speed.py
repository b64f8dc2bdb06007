"""Speed of the merge across articles on all of Reuters-21578, and a hash of what it makes.

Extracts every Reuters article with a body (`corpus.reuters()`, read as a build reads a JSONL file of them, in
a pool of 2 processes), links actors and infers publication dates as a build does, then times
`merge.merge_events` on all their event mentions: the median of `--runs` runs in wall seconds, the CPU
seconds of that run (steadier than wall time on a busy machine) and the wall time of each of its phases
(reports, cluster, events, salience). The hash covers every merged event's id, title, code, date,
sources, actors, salience, conflicts and claims, so that a speed change can show its output is the same.

Extraction takes minutes of CPU: `--extracted PATH` keeps it in a pickle and reads it back when the file
exists (delete the file when the extraction stages change).

    python benchmarks/merge_speed.py [--extracted /tmp/reuters-extracted.pickle] [--runs 3] [--limit N]
"""

from __future__ import annotations

import argparse
import gc
import hashlib
import json
import pickle
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus  # noqa: E402

from eventgraph import actors, merge, pipeline, salience  # noqa: E402

PHASES = ("reports", "cluster", "events", "salience")


def extract(limit: int | None) -> tuple[list, list]:
    """The articles as a build's cross-article passes get them, and their linked actors."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "reuters.jsonl"
        with path.open("w", encoding="utf-8") as out:
            for record in corpus.reuters(limit=limit):
                out.write(json.dumps({key: record[key] for key in ("id", "title", "text", "published")}) + "\n")
        with pipeline.local_executor(2) as executor:
            documents = pipeline.extract_documents([str(path)], executor=executor)
    linked = actors.link_actors(documents)
    pipeline.redate(merge.infer_publication_dates(documents))
    return documents, linked


def load(path: str | None, limit: int | None) -> tuple[list, list]:
    if path and Path(path).exists():
        with open(path, "rb") as stored:
            return pickle.load(stored)
    found = extract(limit)
    if path:
        with open(path, "wb") as stored:
            pickle.dump(found, stored, protocol=pickle.HIGHEST_PROTOCOL)
    return found


class Phases:
    """Wraps the steps `merge_events` calls to add up the time spent in each."""

    def __init__(self) -> None:
        self.seconds = dict.fromkeys(PHASES, 0.0)
        self.originals = {"reports": merge.reports, "cluster": merge.cluster, "events": merge._event,
                          "salience": salience.rank}

    def __enter__(self) -> Phases:
        merge.reports = self._timed("reports")
        merge.cluster = self._timed("cluster")
        merge._event = self._timed("events")
        salience.rank = self._timed("salience")
        return self

    def __exit__(self, *exc) -> None:
        merge.reports, merge.cluster = self.originals["reports"], self.originals["cluster"]
        merge._event, salience.rank = self.originals["events"], self.originals["salience"]

    def _timed(self, phase: str):
        original = self.originals[phase]

        def timed(*args, **kwargs):
            started = time.perf_counter()
            try:
                return original(*args, **kwargs)
            finally:
                self.seconds[phase] += time.perf_counter() - started
        return timed


def digest(events: list) -> str:
    hashed = hashlib.sha256()
    for event in events:
        hashed.update(repr((event.id, event.title, event.code, event.label, event.date, event.sources,
                            event.actors, event.salience, event.conflicts, event.claims)).encode())
    return hashed.hexdigest()[:16]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--extracted", help="pickle of the extraction: read when it exists, else written")
    parser.add_argument("--runs", type=int, default=3, help="timed merges; the median is printed")
    parser.add_argument("--limit", type=int, help="only the first N Reuters stories")
    parser.add_argument("--profile", help="write a cProfile of one more merge to this file")
    args = parser.parse_args()
    documents, linked = load(args.extracted, args.limit)
    runs = []
    for _ in range(args.runs):
        gc.collect()
        with Phases() as phases:
            started, cpu = time.perf_counter(), time.process_time()
            events = merge.merge_events(documents, linked)
            seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
        runs.append((seconds, phases.seconds, digest(events), len(events), cpu))
    hashes = {run[2] for run in runs}
    if len(hashes) > 1:
        sys.exit(f"the runs made different events: {sorted(hashes)}")
    median = statistics.median(run[0] for run in runs)
    seconds, phase_seconds, hashed, count, cpu = min(runs, key=lambda run: abs(run[0] - median))
    mentions = sum(len(doc.event_mentions) for doc in documents)
    print("| articles | mentions | events | seconds (median of %d) | CPU seconds | " % len(runs) +
          " | ".join(PHASES) + " | hash |")
    print("|---:|---:|---:|---:|---:|" + "---:|" * len(PHASES) + "---|")
    print(f"| {len(documents):,} | {mentions:,} | {count:,} | {median:.2f} | {cpu:.2f} | " +
          " | ".join(f"{phase_seconds[phase]:.2f}" for phase in PHASES) + f" | {hashed} |")
    print("all runs (s): " + ", ".join(f"{run[0]:.2f}" for run in runs))
    if args.profile:
        import cProfile
        cProfile.runctx("merge.merge_events(documents, linked)", globals(), locals(), args.profile)


if __name__ == "__main__":
    main()

"""Speed of the merge across articles on all of Reuters-21578, and a hash of what it makes.

Extracts every Reuters article with a body (`corpus.reuters()`, read as a build reads a JSONL file of them, in
a pool of 2 processes), links actors and infers publication dates as a build does, then times
`merge.merge_events` on all their event mentions: the median of `--runs` runs in wall seconds, the CPU
seconds of that run (steadier than wall time on a busy machine) and the wall time of each of its phases
(reports, cluster, events; the ranking is a later pass, `salience.rank`). The hash covers every merged
event's id, title, code, date, sources, actors, conflicts and claims, so that a speed change can show its output
is the same.

Extraction takes minutes of CPU: `--extracted PATH` keeps it in a pickle and reads it back when the file
exists (delete the file when the extraction stages change).

`--against DIR` compares with another version of the package, DIR/eventgraph (for instance main's:
`git archive main eventgraph | tar -x -C DIR`): the two merges run in turn in this process on the same
extraction, `--runs` times each, and the CPU seconds are compared pair by pair, which holds when a shared
machine's speed drifts. The package imports itself only relatively, so a copy of it loads under another name.

    python benchmarks/merge_speed.py [--extracted /tmp/reuters-extracted.pickle] [--runs 3] [--limit N]
                                     [--against DIR] [--profile FILE]
"""

from __future__ import annotations

import argparse
import gc
import hashlib
import importlib
import pickle
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus  # noqa: E402

from eventgraph import actors, merge, pipeline  # noqa: E402

PHASES = ("reports", "cluster", "events")


def extract(limit: int | None) -> tuple[list, list]:
    """The articles as a build's cross-article passes get them, and their linked actors."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "reuters.jsonl"
        with path.open("w", encoding="utf-8") as out:
            for record in corpus.reuters(limit=limit):
                out.write(corpus.jsonl_line(record))
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
        self.originals = {"reports": merge.reports, "cluster": merge.cluster, "events": merge._event}

    def __enter__(self) -> Phases:
        merge.reports = self._timed("reports")
        merge.cluster = self._timed("cluster")
        merge._event = self._timed("events")
        return self

    def __exit__(self, *exc) -> None:
        merge.reports, merge.cluster = self.originals["reports"], self.originals["cluster"]
        merge._event = self.originals["events"]

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
                            event.actors, event.conflicts, event.claims)).encode())
    return hashed.hexdigest()[:16]


def other_merge(folder: str, copy_to: Path):
    """`merge_events` of the package in folder/eventgraph, loaded as another package."""
    shutil.copytree(Path(folder) / "eventgraph", copy_to / "eventgraph_other")
    sys.path.insert(0, str(copy_to))
    return importlib.import_module("eventgraph_other.merge").merge_events


def timed(merge_events, documents: list, linked: list) -> tuple[float, float, str, int]:
    """Wall and CPU seconds of one merge, the hash of the events it made and their number."""
    gc.collect()
    started, cpu = time.perf_counter(), time.process_time()
    events = merge_events(documents, linked)
    return time.perf_counter() - started, time.process_time() - cpu, digest(events), len(events)


def compare(folder: str, runs: int, documents: list, linked: list) -> None:
    with tempfile.TemporaryDirectory() as copy_to:
        versions = {"this": merge.merge_events, "other": other_merge(folder, Path(copy_to))}
        times: dict[str, list] = {name: [] for name in versions}
        for _ in range(runs):
            for name, merge_events in versions.items():
                times[name].append(timed(merge_events, documents, linked))
    print(f"| version | CPU seconds (median of {runs}) | CPU min | wall (median) | hash |")
    print("|---|---:|---:|---:|---|")
    for name, found in times.items():
        cpu = [run[1] for run in found]
        print(f"| {name} | {statistics.median(cpu):.2f} | {min(cpu):.2f} | "
              f"{statistics.median(run[0] for run in found):.2f} | {', '.join(sorted({run[2] for run in found}))} |")
    ratios = [this[1] / other[1] for this, other in zip(times["this"], times["other"])]
    print("this / other, CPU, pair by pair: " + ", ".join(f"{ratio:.2f}" for ratio in ratios) +
          f" (median {statistics.median(ratios):.2f})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--extracted", help="pickle of the extraction: read when it exists, else written")
    parser.add_argument("--runs", type=int, default=3, help="timed merges; the median is printed")
    parser.add_argument("--limit", type=int, help="only the first N Reuters stories")
    parser.add_argument("--profile", help="write a cProfile of one more merge to this file")
    parser.add_argument("--against", help="a folder holding another version of the eventgraph package")
    args = parser.parse_args()
    documents, linked = load(args.extracted, args.limit)
    if args.against:
        compare(args.against, args.runs, documents, linked)
        return
    runs = []
    for _ in range(args.runs):
        with Phases() as phases:
            seconds, cpu, hashed, count = timed(merge.merge_events, documents, linked)
        runs.append((seconds, phases.seconds, hashed, count, cpu))
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

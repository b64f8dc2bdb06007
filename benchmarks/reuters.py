"""Speed and memory of `eventgraph build` on all of Reuters-21578 (the 19,043 stories with a body).

Writes the stories to a temporary JSONL file, then runs, each with `--jobs 1` and `--jobs 2`: a cold build
(a new output folder, so an empty extraction cache) and a warm build (the same folder again). Finally it adds
one article to the input and rebuilds warm, which must extract exactly that one. Prints a table of wall time,
words per second, peak memory (the largest resident set of the build or any of its worker processes, from
`resource.getrusage(RUSAGE_CHILDREN)` taken in a fresh process per build) and the extracted / cached counts
the build reports on stderr, with the articles a build left out because their extraction failed (each one a
warning; any is a defect to mend).

    python benchmarks/reuters.py [--limit N]
"""

from __future__ import annotations

import argparse
import json
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import jsonl_line, reuters  # noqa: E402

EVENTGRAPH = [sys.executable, "-m", "eventgraph"]
_COUNTS = re.compile(r"\((\d+) extracted, (\d+) from the cache")
_FAILED = "its extraction failed"  # the warning of an article the build left out
_NEW_ARTICLE = {"id": "benchmark-added", "title": "ACME COMPANY SAYS IT AGREED TO BUY RIVAL",
                "published": "1987-10-20",
                "text": "Acme Co said it agreed to buy its rival Widget Inc for 120 mln dlrs in cash.\n"
                        "The deal, approved by both boards on Monday, is expected to close next quarter.\n Reuter\n"}


def measure(command: list[str]) -> None:
    """Run `command` as a child and print its result and its peak memory as one JSON line."""
    started = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True)
    seconds = time.perf_counter() - started
    peak_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    counts = _COUNTS.search(result.stderr)  # the summary may sit before warnings and a long progress bar
    print(json.dumps({"returncode": result.returncode, "stderr": result.stderr[-2000:], "seconds": seconds,
                      "peak_mib": peak_kib / 1024, "counts": counts.groups() if counts else None,
                      "failed": result.stderr.count(_FAILED)}))


def run_build(source: Path, out: Path, jobs: int) -> dict:
    command = [*EVENTGRAPH, "build", str(source), "--out", str(out), "--jobs", str(jobs)]
    line = subprocess.run([sys.executable, __file__, "--measure", "--", *command], capture_output=True,
                          text=True, check=True).stdout
    report = json.loads(line)
    if report["returncode"] != 0:
        raise SystemExit(f"build failed: {report['stderr']}")
    counts = report["counts"]
    report["extracted"], report["cached"] = (int(counts[0]), int(counts[1])) if counts else (None, None)
    return report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--limit", type=int, default=None, help="Only the first N stories.")
    parser.add_argument("--measure", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("command", nargs="*", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        measure(args.command)
        return
    with tempfile.TemporaryDirectory(prefix="eventgraph-reuters-") as tmp:
        work = Path(tmp)
        source = work / "reuters.jsonl"
        articles = words = 0
        with source.open("w", encoding="utf-8") as handle:
            for record in reuters(limit=args.limit):
                handle.write(jsonl_line(record))
                articles += 1
                words += len(record["text"].split())
        rows = []
        for jobs in (1, 2):
            out = work / f"out-jobs{jobs}"
            for run in ("cold", "warm"):
                rows.append((run, jobs, articles, words, run_build(source, out, jobs)))
        with source.open("a", encoding="utf-8") as handle:
            handle.write(json.dumps(_NEW_ARTICLE) + "\n")
        rows.append(("warm + 1 article", 2, articles + 1, words + len(_NEW_ARTICLE["text"].split()),
                     run_build(source, work / "out-jobs2", 2)))
    print(f"Reuters-21578: {articles} articles, {words} words\n")
    print("| build | --jobs | articles | wall time (s) | words/s | peak memory (MiB) | extracted | from cache "
          "| failed |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for run, jobs, count, total, report in rows:
        print(f"| {run} | {jobs} | {count} | {report['seconds']:.1f} | {total / report['seconds']:,.0f} | "
              f"{report['peak_mib']:.0f} | {report['extracted']} | {report['cached']} | "
              f"{report['failed']} |")


if __name__ == "__main__":
    main()

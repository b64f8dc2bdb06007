"""The exports read by their real clients, and what each writer costs on a large story.

1. The first --check Reuters-21578 articles are built with `eventgraph build`; every client the tests use
   (networkx, python-igraph, graphology, pandas, csv, markdown-it-py, Python-Markdown, TimelineJS in Chromium)
   reads its file, and the table shows what it sees beside what events.json implies (nodes and edges of the
   graph files, events of the timelines).
2. All Reuters-21578 articles with a body (or the first --limit) are extracted and merged into one story (per-
   article extraction cached in --cache, so a second run is quick), then each writer writes its file once:
   wall seconds, CPU seconds of this process (the fair figure when other jobs share the machine) and size.

    nice .venv/bin/python benchmarks/exports.py [--check 1000] [--limit N] [--cache PATH] [--jobs 2]

`make test` (or `npm ci` in tests/js) installs the JavaScript clients first.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import markdown
import markdown_it

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(ROOT))

from corpus import jsonl_line, reuters  # noqa: E402

from eventgraph import pipeline  # noqa: E402
from eventgraph.cache import ExtractionCache  # noqa: E402
from eventgraph.exporters import gexf, graphml, html, jsonout, timeline, timelinejs  # noqa: E402
from eventgraph.graph import build_graph  # noqa: E402
from eventgraph.title import default_title  # noqa: E402
from tests.clients import markdownlint, seen_by_clients, tree  # noqa: E402


def write_jsonl(path: Path, limit: int | None) -> int:
    count = 0
    with path.open("w", encoding="utf-8") as handle:
        for record in reuters(limit=limit):
            handle.write(jsonl_line(record))
            count += 1
    return count


def check(work: Path, articles: int) -> None:
    source = work / "check.jsonl"
    write_jsonl(source, articles)
    out = work / "check-out"
    result = subprocess.run([sys.executable, "-m", "eventgraph", "build", str(source), "--out", str(out), "-q"],
                            capture_output=True, text=True)
    if result.returncode:
        sys.exit(f"eventgraph build failed: {result.stderr.strip()}")
    print(f"Reuters-21578, first {articles:,} articles: what each client sees\n")
    print("| client: file | sees | events.json implies | same |")
    print("|---|---:|---:|---|")
    for client, (seen, expected) in seen_by_clients(out).items():
        print(f"| {client} | {' / '.join(f'{n:,}' for n in seen)} | {' / '.join(f'{n:,}' for n in expected)} | "
              f"{'yes' if seen == expected else 'NO'} |")
    text = (out / "timeline.md").read_text(encoding="utf-8")
    same = tree(markdown_it.MarkdownIt("commonmark").render(text)) == tree(markdown.markdown(text))
    print(f"\ntimeline.md: markdown-it-py and Python-Markdown give {'the same' if same else 'DIFFERENT'} trees; "
          f"markdownlint (all rules but line length) finds {len(markdownlint(out / 'timeline.md'))} problems\n")


def writers(work: Path, limit: int | None, cache: Path, jobs: int) -> None:
    source = work / "all.jsonl"
    articles = write_jsonl(source, limit)
    started = time.perf_counter()
    with ExtractionCache(str(cache)) as store, pipeline.local_executor(jobs) as executor:
        story = pipeline.build([str(source)], executor=executor, cache=store, in_flight=2 * jobs)
    story.title = default_title(story)
    built = time.perf_counter() - started
    started, cpu = time.perf_counter(), time.process_time()
    graph = build_graph(story)
    graph_seconds, graph_cpu = time.perf_counter() - started, time.process_time() - cpu
    files = {
        "graph.gexf": lambda path: gexf.write_gexf(graph, path),
        "graph.graphml": lambda path: graphml.write_graphml(graph, path),
        "events.json": lambda path: path.write_text(jsonout.dumps(story), encoding="utf-8"),
        "timelinejs.json": lambda path: path.write_text(timelinejs.dumps(story), encoding="utf-8"),
        "timeline.html": lambda path: timelinejs.write_html(story, path),
        "timeline.md": lambda path: timeline.write_md(story, path),
        "timeline.csv": lambda path: timeline.write_csv(story, path),
        "graph.html": lambda path: html.write(story, graph, path),
    }
    print(f"Reuters-21578, {articles:,} articles: {len(story.documents):,} documents, {len(story.actors):,} actors, "
          f"{len(story.events):,} events, {graph.number_of_nodes():,} nodes, {graph.number_of_edges():,} edges "
          f"(extraction and merge {built:.1f} s; networkx graph {graph_seconds:.2f} s, CPU {graph_cpu:.2f} s)\n")
    print("| file | write s | CPU s | MB |")
    print("|---|---:|---:|---:|")
    for name, write in files.items():
        path = work / name
        started, cpu = time.perf_counter(), time.process_time()
        write(path)
        seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
        print(f"| {name} | {seconds:.2f} | {cpu:.2f} | {path.stat().st_size / 1e6:.1f} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", type=int, default=1000, help="Articles of the client check (0: skip it).")
    parser.add_argument("--limit", type=int, default=None, help="Only the first N articles for the writers.")
    parser.add_argument("--cache", default=os.path.join(tempfile.gettempdir(), "eventgraph-exports-cache.sqlite"),
                        help="Extraction cache of the writers' story (kept between runs).")
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="eventgraph-exports-") as tmp:
        if args.check:
            check(Path(tmp), args.check)
        writers(Path(tmp), args.limit, Path(args.cache), args.jobs)


if __name__ == "__main__":
    main()

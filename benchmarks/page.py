"""How long graph.html takes to be drawn and settled in headless Chromium.

Builds the sample story (seeds/) and the first N Reuters-21578 articles with `eventgraph build`, and writes one
synthetic story far above the drawing cap; then opens each graph.html from disk, with every request that is not
a file: request blocked and counted, and prints the time from navigation start until the page reports the
graph drawn and still (its layout is computed at build time, so drawn is settled). Median of --runs loads,
each in a fresh browser context.

    /work/venv/bin/python benchmarks/page.py [--articles 1000] [--runs 3] [--screenshot docs/screenshot.png]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from playwright.sync_api import sync_playwright

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import reuters  # noqa: E402

from eventgraph.exporters import write_all  # noqa: E402
from eventgraph.model import Actor, Date, Document, Event, Participant, Source, Story  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]
SETTLED = "document.documentElement.dataset.ready === 'true' && !window.network.physics.physicsEnabled"


def build(sources: list[str], out: Path) -> float:
    started = time.perf_counter()
    result = subprocess.run([sys.executable, "-m", "eventgraph", "build", *sources, "--out", str(out)],
                            capture_output=True, text=True)
    if result.returncode:
        sys.exit(f"eventgraph build failed: {result.stderr.strip().splitlines()[-1:]}")
    return time.perf_counter() - started


def synthetic(out: Path, actors: int = 2000, events: int = 5000) -> float:
    """A story with many more actors and events than the page draws, each event reported in one sentence."""
    sentence = "An official said the two sides met on Tuesday to discuss the agreement."
    story = Story(
        documents=[Document(id=f"d{i}", path=f"d{i}.txt", text=sentence, title=f"Article {i}") for i in range(100)],
        actors=[Actor(id=f"a{i}", name=f"Actor {i}", type=("country", "person", "organization")[i % 3])
                for i in range(actors)],
        events=[Event(id=f"e{i}", title=f"Actor {i % actors} meets Actor {(i * 7 + 3) % 97}", code="043",
                      label="Rally support", date=Date(f"{1990 + i % 30}-{1 + i % 12:02}", "month", "explicit"),
                      actors=[Participant(f"a{i % actors}", "source"), Participant(f"a{(i * 7 + 3) % 97}", "target")],
                      sources=[Source(f"d{i % 100}", sentence, 0, len(sentence))])
                for i in range(events)])
    started = time.perf_counter()
    write_all(story, out)
    return time.perf_counter() - started


def measure(browser, page_path: Path, runs: int) -> dict:
    times, blocked, errors, nodes = [], [], [], 0
    for _ in range(runs):
        context = browser.new_context(viewport={"width": 1400, "height": 900})
        page = context.new_page()
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.on("console", lambda message: message.type == "error" and errors.append(message.text))
        page.route("**/*", lambda route: route.continue_() if route.request.url.startswith("file:")
                   else (blocked.append(route.request.url), route.abort()))
        page.goto(page_path.as_uri())
        page.wait_for_function(SETTLED, timeout=60_000)
        times.append(page.evaluate("window.eventgraphReady"))
        nodes = page.evaluate("window.nodes.length")
        context.close()
    return {"median": statistics.median(times), "max": max(times), "nodes": nodes, "blocked": len(blocked),
            "errors": len(errors)}


def screenshot(browser, page_path: Path, png: Path) -> None:
    """The page as a reader first sees it, with the event most articles report opened."""
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    page.goto(page_path.as_uri())
    page.wait_for_function(SETTLED)
    page.evaluate("""() => {
        const story = JSON.parse(document.getElementById('story-data').textContent);
        const most = story.events.reduce((a, b) => b.sources.length > a.sources.length ? b : a, story.events[0]);
        if (most) { window.eventgraph.showEvent(most.id, true); }
    }""")
    page.screenshot(path=str(png))
    page.close()


def counts(out: Path) -> tuple[int, int, int]:
    story = json.loads((out / "events.json").read_text(encoding="utf-8"))
    return len(story["documents"]), len(story["actors"]), len(story["events"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000, help="Reuters-21578 articles to build")
    parser.add_argument("--runs", type=int, default=3, help="page loads per story")
    parser.add_argument("--screenshot", type=Path, help="also save the seeds page, 1400x900, as this PNG")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="eventgraph-page-") as tmp:
        tmp = Path(tmp)
        jsonl = tmp / "reuters.jsonl"
        with jsonl.open("w", encoding="utf-8") as handle:
            for record in reuters(limit=args.articles):
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
        stories = [
            ("seeds", build([str(ROOT / "seeds")], tmp / "seeds")),
            (f"Reuters-21578, first {args.articles}", build([str(jsonl)], tmp / "reuters")),
            ("synthetic, 5,000 events", synthetic(tmp / "synthetic")),
        ]
        rows = []
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
            if args.screenshot:
                screenshot(browser, tmp / "seeds" / "graph.html", args.screenshot)
            for (name, seconds), folder in zip(stories, ("seeds", "reuters", "synthetic")):
                out = tmp / folder
                figures = measure(browser, out / "graph.html", args.runs)
                rows.append((name, *counts(out), figures["nodes"], (out / "graph.html").stat().st_size / 1e6,
                             seconds, figures))
            browser.close()
    print(f"Time until graph.html is drawn and settled, headless Chromium, median of {args.runs} loads\n")
    print("| story | articles | actors | events | nodes drawn | page MB | build s | drawn+settled ms (median, max)"
          " | blocked requests | console errors |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for name, articles, actors, events, nodes, size, seconds, figures in rows:
        print(f"| {name} | {articles:,} | {actors:,} | {events:,} | {nodes} | {size:.2f} | {seconds:.1f} "
              f"| {figures['median']:.0f}, {figures['max']:.0f} | {figures['blocked']} | {figures['errors']} |")


if __name__ == "__main__":
    main()

"""How fast graph.html shows its first view and becomes interactive, and how readable that first view is.

Builds three stories with `eventgraph build`: the sample (seeds/), the first --articles Reuters-21578 stories of
the largest topic, and all 19,043 Reuters-21578 stories with a body (--no-all leaves it out; it takes minutes
cold). Opens each graph.html from disk in headless Chromium at 1400x900, with every request that is not a file:
request blocked and counted, and prints, as the median of --runs loads in fresh browser contexts: the time from
navigation start to the first view (the graph drawn and painted) and to interactive (the time strip and the
filters in place); the lines and labels the graph draws at first view, and how many pairs of labels overlap,
counted from the label boxes the page reports.

    python benchmarks/page.py [--articles 300] [--runs 3] [--work DIR] [--no-all] [--screenshot docs/screenshot.png]

--work keeps the builds (and their extraction caches) in DIR, so that a second run builds warm.
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

from corpus import largest_topic, reuters  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]
INTERACTIVE = "html[data-interactive=true]"  # a selector: the page's CSP forbids the eval a function wait uses


def build(sources: list[str], out: Path) -> float:
    started = time.perf_counter()
    result = subprocess.run([sys.executable, "-m", "eventgraph", "build", *sources, "--out", str(out)],
                            capture_output=True, text=True)
    if result.returncode:
        sys.exit(f"eventgraph build failed: {result.stderr.strip().splitlines()[-1:]}")
    return time.perf_counter() - started


def overlaps(boxes: list[dict]) -> int:
    return sum(1 for i, a in enumerate(boxes) for b in boxes[i + 1:]
               if a["x"] < b["x"] + b["w"] and b["x"] < a["x"] + a["w"]
               and a["y"] < b["y"] + b["h"] and b["y"] < a["y"] + a["h"])


def measure(browser, page_path: Path, runs: int) -> dict:
    first, interactive, blocked, errors = [], [], [], []
    view = {}
    for _ in range(runs):
        context = browser.new_context(viewport={"width": 1400, "height": 900})
        page = context.new_page()
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.on("console", lambda message: message.type == "error" and errors.append(message.text))
        page.route("**/*", lambda route: route.continue_() if route.request.url.startswith("file:")
                   else (blocked.append(route.request.url), route.abort()))
        page.goto(page_path.as_uri())
        page.wait_for_selector(INTERACTIVE, state="attached", timeout=120_000)
        first.append(page.evaluate("window.eventgraphReady"))
        interactive.append(page.evaluate("window.eventgraphInteractive"))
        boxes = page.evaluate("window.eventgraph.labelBoxes()")
        view = {"nodes": page.evaluate("window.nodes.length"), "lines": page.evaluate("window.edges.length"),
                "labels": len(boxes), "overlaps": overlaps(boxes),
                "events": page.evaluate("window.eventgraph.shown().length")}
        context.close()
    return {"first": statistics.median(first), "interactive": statistics.median(interactive), **view,
            "blocked": len(blocked), "errors": len(errors)}


def screenshot(browser, page_path: Path, png: Path) -> None:
    """The page as a reader first sees it, with the event most articles report opened."""
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    page.goto(page_path.as_uri())
    page.wait_for_selector(INTERACTIVE, state="attached")
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


def write_jsonl(records, path: Path) -> Path:
    with path.open("w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300, help="Reuters-21578 stories of the largest topic")
    parser.add_argument("--runs", type=int, default=3, help="page loads per story")
    parser.add_argument("--work", type=Path, help="keep the builds here (default: a temporary folder)")
    parser.add_argument("--no-all", action="store_true", help="leave out the story of all Reuters-21578 articles")
    parser.add_argument("--screenshot", type=Path, help="also save the seeds page, 1400x900, as this PNG")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="eventgraph-page-") as tmp:
        work = args.work or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        topic = largest_topic()
        stories = [("seeds", "seeds", [str(ROOT / "seeds")]),
                   (f"Reuters-21578 '{topic}', first {args.articles}", "reuters-topic",
                    [str(write_jsonl(reuters(limit=args.articles, topic=topic), work / "topic.jsonl"))])]
        if not args.no_all:
            stories.append(("Reuters-21578, all", "reuters-all", [str(write_jsonl(reuters(), work / "all.jsonl"))]))
        built = [(name, work / folder, build(sources, work / folder)) for name, folder, sources in stories]
        rows = []
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
            if args.screenshot:
                screenshot(browser, work / "seeds" / "graph.html", args.screenshot)
            for name, out, seconds in built:
                figures = measure(browser, out / "graph.html", args.runs)
                rows.append((name, *counts(out), (out / "graph.html").stat().st_size / 1e6, seconds, figures))
            browser.close()
    print(f"graph.html in headless Chromium at 1400x900, median of {args.runs} loads\n")
    print("| story | articles | actors | events | page MB | build s | first view ms | interactive ms "
          "| events shown | nodes | lines | labels | overlapping labels | blocked requests | console errors |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for name, articles, actors, events, size, seconds, f in rows:
        print(f"| {name} | {articles:,} | {actors:,} | {events:,} | {size:.2f} | {seconds:.1f} "
              f"| {f['first']:.0f} | {f['interactive']:.0f} | {f['events']} | {f['nodes']} | {f['lines']} "
              f"| {f['labels']} | {f['overlaps']} | {f['blocked']} | {f['errors']} |")


if __name__ == "__main__":
    main()

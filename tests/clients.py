"""The programs users open eventgraph's files with, as the tests drive them.

Python readers (networkx, python-igraph, pandas, markdown-it-py, Python-Markdown) come from the `[test]` extra;
the JavaScript ones (graphology's GraphML and GEXF readers, markdownlint, TimelineJS) from `tests/js`, which
`make test` installs with `npm ci` at the versions its lock file pins.
"""

from __future__ import annotations

import html.parser
import json
import subprocess
from pathlib import Path

import pytest

JS = Path(__file__).resolve().parent / "js"


def installed() -> Path:
    """tests/js/node_modules, which `make test` installs."""
    if not (JS / "node_modules").is_dir():
        pytest.fail("tests/js/node_modules is missing: run `make test`, or `npm ci` in tests/js")
    return JS / "node_modules"


def _node(*args: str) -> str:
    installed()
    result = subprocess.run(["node", *args], cwd=JS, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    return result.stdout


def graphology(fmt: str, path: Path) -> dict:
    """What Gephi Lite's reader sees in a GraphML or GEXF file: counts, timed elements, attribute types."""
    return json.loads(_node("read_graph.js", fmt, str(path)))


def markdownlint(path: Path) -> list[str]:
    """markdownlint's findings on a Markdown file, all rules but line length."""
    result = subprocess.run([str(installed() / ".bin" / "markdownlint-cli2"), "--config",
                             str(JS / ".markdownlint.json"), str(path)], cwd=path.parent, capture_output=True,
                            text=True, timeout=120)
    return [line for line in (result.stdout + result.stderr).splitlines() if " MD0" in line]


def implied_counts(story: dict) -> tuple[int, int]:
    """The nodes and edges that events.json implies: documents, actors and events; each distinct actor role in an
    event, each article that reports an event, each affiliation with an actor of the story."""
    actors = {actor["id"] for actor in story["actors"]}
    nodes = len(story["documents"]) + len(actors) + len(story["events"])
    edges = sum(len({(p["actor"], p["role"]) for p in event["actors"]}) + len({s["doc"] for s in event["sources"]})
                for event in story["events"])
    edges += sum(1 for actor in story["actors"] if actor["affiliation"] in actors)
    return nodes, edges


class _Tree(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root: list = ["root", [], []]
        self.stack = [self.root]

    def handle_starttag(self, tag, attrs):
        node = [tag, sorted(attrs), []]
        self.stack[-1][2].append(node)
        self.stack.append(node)

    def handle_endtag(self, tag):
        while len(self.stack) > 1:
            if self.stack.pop()[0] == tag:
                break

    def handle_data(self, data):
        text = " ".join(data.split())
        if text:
            children = self.stack[-1][2]
            if children and isinstance(children[-1], str):
                children[-1] = " ".join((children[-1] + " " + text).split())
            else:
                children.append(text)


def tree(rendered: str) -> list:
    """Rendered HTML as nested [tag, attributes, children], white space between blocks ignored."""
    parser = _Tree()
    parser.feed(rendered)
    parser.close()
    return parser.root


def texts(node) -> list[str]:
    """The text pieces of a tree, in order."""
    if isinstance(node, str):
        return [node]
    return [text for child in node[2] for text in texts(child)]


CHROMIUM = Path("/usr/bin/chromium")


def timelinejs_view(path: Path, width: int = 1000, height: int = 650) -> dict:
    """What TimelineJS shows of timeline.html in Debian's Chromium, offline: console errors, blocked requests,
    the slides' headlines (the title slide first), the headline of the slide it opens on and the height of the
    story area."""
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is missing (apt-get install chromium)")
    sync_api = pytest.importorskip("playwright.sync_api")
    seen: dict = {"errors": [], "requests": []}

    def route(request_route):
        if request_route.request.url.startswith(("file:", "data:")):
            request_route.continue_()
        else:
            seen["requests"].append(request_route.request.url)
            request_route.abort()

    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox", "--disable-gpu"])
        try:
            page = browser.new_page(viewport={"width": width, "height": height})
            page.on("console", lambda message: message.type == "error" and seen["errors"].append(message.text))
            page.on("pageerror", lambda error: seen["errors"].append(str(error)))
            page.on("dialog", lambda dialog: (seen["errors"].append(f"dialog: {dialog.message}"), dialog.dismiss()))
            page.route("**/*", route)
            page.goto(path.as_uri())
            page.wait_for_selector(".tl-timenav .tl-timemarker", state="attached", timeout=20000)
            seen["headlines"] = page.eval_on_selector_all(
                ".tl-slide .tl-headline", "nodes => nodes.map(node => node.textContent)")
            page.wait_for_selector(".tl-timemarker-active", state="attached", timeout=20000)
            seen["opened_on"] = page.eval_on_selector(".tl-timemarker-active .tl-headline", "node => node.textContent")
            seen["slides"] = page.locator(".tl-slide").count()
            seen["images"] = page.locator("img").count()
            seen["story_height"] = page.locator(".tl-storyslider").bounding_box()["height"]
            seen["height"] = height
        finally:
            browser.close()
    return seen


def seen_by_clients(out: Path, browser: bool = True) -> dict[str, tuple[tuple, tuple]]:
    """What each real client sees in a build's files, beside what events.json implies: (nodes, edges) of the
    graph files, events of the timelines. Keyed by "client: file"."""
    import csv

    import igraph
    import markdown
    import markdown_it
    import networkx as nx
    import pandas

    story = json.loads((out / "events.json").read_text(encoding="utf-8"))
    graph = implied_counts(story)
    events = (len(story["events"]),)
    slides = json.loads((out / "timelinejs.json").read_text(encoding="utf-8"))
    dated = (sum(1 for event in story["events"] if event["date"]["value"]),)
    found = {}
    read = nx.read_graphml(out / "graph.graphml", force_multigraph=True)
    found["networkx: graph.graphml"] = ((read.number_of_nodes(), read.number_of_edges()), graph)
    read = igraph.Graph.Read_GraphML(str(out / "graph.graphml"))
    found["python-igraph: graph.graphml"] = ((read.vcount(), read.ecount()), graph)
    read = graphology("graphml", out / "graph.graphml")
    found["graphology: graph.graphml"] = ((read["nodes"], read["edges"]), graph)
    read = nx.read_gexf(out / "graph.gexf", version="1.3")
    found["networkx: graph.gexf"] = ((read.number_of_nodes(), read.number_of_edges()), graph)
    read = graphology("gexf", out / "graph.gexf")
    found["graphology: graph.gexf"] = ((read["nodes"], read["edges"]), graph)
    rows = pandas.read_csv(out / "timeline.csv", encoding="utf-8-sig", dtype=str, keep_default_na=False)
    found["pandas: timeline.csv"] = ((len(rows),), events)
    with open(out / "timeline.csv", encoding="utf-8-sig", newline="") as handle:
        found["csv (utf-8-sig): timeline.csv"] = ((sum(1 for _ in csv.DictReader(handle)),), events)
    text = (out / "timeline.md").read_text(encoding="utf-8")
    for name, rendered in (("markdown-it-py", markdown_it.MarkdownIt("commonmark").render(text)),
                           ("Python-Markdown", markdown.markdown(text))):
        entries = sum(len(node[2]) for node in tree(rendered)[2] if node[0] == "ul")
        found[f"{name}: timeline.md"] = ((entries,), events)
    found["TimelineJS JSON: timelinejs.json"] = ((len(slides["events"]),), dated)
    if browser:
        view = timelinejs_view(out / "timeline.html")
        found["TimelineJS in Chromium: timeline.html"] = ((view["slides"] - 1,), dated)
    return found

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


def _node(*args: str) -> str:
    if not (JS / "node_modules").is_dir():
        pytest.fail("tests/js/node_modules is missing: run `make test`, or `npm ci` in tests/js")
    result = subprocess.run(["node", *args], cwd=JS, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    return result.stdout


def graphology(fmt: str, path: Path) -> dict:
    """What Gephi Lite's reader sees in a GraphML or GEXF file: counts, timed elements, attribute types."""
    return json.loads(_node("read_graph.js", fmt, str(path)))


def markdownlint(path: Path) -> list[str]:
    """markdownlint's findings on a Markdown file, all rules but line length."""
    if not (JS / "node_modules").is_dir():
        pytest.fail("tests/js/node_modules is missing: run `make test`, or `npm ci` in tests/js")
    result = subprocess.run([str(JS / "node_modules" / ".bin" / "markdownlint-cli2"), "--config",
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

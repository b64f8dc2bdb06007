"""Writers for every file in the output contract; `write_all` writes them atomically into one folder."""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable
from concurrent.futures import BrokenExecutor
from functools import cache
from pathlib import Path

from .. import outdir
from ..clean import unicode_everywhere
from ..graph import build_graph
from ..model import Story
from ..outdir import OutputError
from ..processes import forked_pool
from . import gexf, graphml, html, jsonout, timeline, timelinejs

__all__ = ["OUTPUT_FILES", "OutputError", "render_timeline", "write_all"]


def render_timeline(story: Story, fmt: str = "md", top: int | None = None) -> str:
    story = unicode_everywhere(story)
    if fmt == "json":
        return jsonout.dumps(story, top=top)
    return timeline.render(story, fmt, top)


OUTPUT_FILES = ("events.json", "timeline.md", "timeline.csv", "timelinejs.json", "graph.graphml", "graph.gexf",
                "graph.html", "timeline.html")


def write_all(story: Story, out: str | os.PathLike, jobs: int = 1) -> Path:
    """Write every output file into the folder `out` (`jobs` files at a time), each atomically (see `outdir`).

    Nothing else in `out` is touched; a build that fails or is killed leaves every previous file whole.
    """
    out = Path(out).resolve()
    try:
        out.mkdir(parents=True, exist_ok=True)
        outdir.write(out, _writers(story), lambda tasks: _run(tasks, jobs))
    except OSError as error:
        raise OutputError(f"--out {out}: cannot write there ({error.strerror or error})") from None
    except BrokenExecutor as error:
        raise OutputError(f"--out {out}: a process writing the files died ({error}); nothing was changed") \
            from None
    return out


def _writers(story: Story) -> dict[str, Callable[[Path], object]]:
    """How to write each output file, the slowest first (a file of `TOGETHER` counts with its group)."""
    story = unicode_everywhere(story)  # no encoding can write a lone surrogate
    graph = build_graph(story)
    export = cache(lambda: timeline.page_export(story))
    texts = cache(lambda: timeline.joined(story, export()))
    slides = cache(lambda: timelinejs.story_dict(story))
    return {
        "graph.gexf": lambda path: gexf.write_gexf(graph, path),
        "events.json": lambda path: path.write_text(jsonout.dumps(story), encoding="utf-8"),
        "graph.html": lambda path: html.write(story, graph, path, export()),
        "timeline.md": lambda path: timeline.write_md(story, path, texts()[0]),
        "timeline.csv": lambda path: timeline.write_csv(story, path, texts()[1]),
        "graph.graphml": lambda path: graphml.write_graphml(graph, path),
        "timelinejs.json": lambda path: path.write_text(timelinejs.dumps(story, slides()), encoding="utf-8"),
        "timeline.html": lambda path: timelinejs.write_html(story, path, slides()),
    }


# Files written from the same pieces, which one process makes once: the page exports its events as timeline.md
# and timeline.csv, and timeline.html shows timelinejs.json
TOGETHER = (("graph.html", "timeline.md", "timeline.csv"), ("timelinejs.json", "timeline.html"))


def _groups(names: list[str]) -> list[list[str]]:
    """`names` in their order, each in one group with the others of its `TOGETHER` group."""
    groups: dict[str, list[str]] = {}
    for name in names:
        first = next((group[0] for group in TOGETHER if name in group), name)
        groups.setdefault(first, []).append(name)
    return list(groups.values())


_FORKED: dict[str, Callable[[], object]] = {}  # the writing tasks forked writer processes inherit


def _run(tasks: dict[str, Callable[[], object]], jobs: int) -> None:
    """Run every writing task; with `jobs` > 1, in forked processes that share the story in memory."""
    global _FORKED
    if jobs <= 1 or "fork" not in multiprocessing.get_all_start_methods():
        for task in tasks.values():
            task()
        return
    _FORKED = tasks
    groups = _groups(list(tasks))
    try:
        with forked_pool(min(jobs, len(groups))) as pool:
            for future in [pool.submit(_run_forked, group) for group in groups]:
                future.result()
    finally:
        _FORKED = {}


def _run_forked(names: list[str]) -> None:
    for name in names:
        _FORKED[name]()

"""Writers for every file in the output contract; `write_all` writes them atomically into one folder."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from ..graph import build_graph
from ..model import Story
from . import graphml, html, jsonout, timeline, timelinejs


class OutputError(Exception):
    """The output folder cannot be written."""


def render_timeline(story: Story, fmt: str = "md", top: int | None = None) -> str:
    if fmt == "json":
        return jsonout.dumps(story, top=top)
    return timeline.render(story, fmt, top)


def write_all(story: Story, out: str | os.PathLike) -> Path:
    """Write every output into a temporary folder beside `out`, then move it into place."""
    out = Path(out)
    if out.exists() and not out.is_dir():
        raise OutputError(f"--out {out}: is a file, not a folder; name a folder")
    parent = out.resolve().parent
    try:
        parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.", dir=parent))
    except OSError as error:
        raise OutputError(f"--out {out}: cannot write there ({error.strerror}); name a writable folder") from None
    try:
        graph = build_graph(story)
        (staging / "events.json").write_text(jsonout.dumps(story), encoding="utf-8")
        (staging / "timeline.md").write_text(timeline.render(story, "md"), encoding="utf-8")
        (staging / "timeline.csv").write_text(timeline.render(story, "csv"), encoding="utf-8", newline="")
        (staging / "timelinejs.json").write_text(timelinejs.dumps(story), encoding="utf-8")
        graphml.write_graphml(graph, staging / "graph.graphml")
        graphml.write_gexf(graph, staging / "graph.gexf")
        html.write(story, graph, staging / "graph.html")
        _swap_into_place(staging, out)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return out


def _swap_into_place(staging: Path, out: Path) -> None:
    os.chmod(staging, 0o755)
    if not out.exists():
        os.replace(staging, out)
        return
    retired = staging.with_name(staging.name + ".old")
    os.replace(out, retired)
    os.replace(staging, out)
    shutil.rmtree(retired, ignore_errors=True)

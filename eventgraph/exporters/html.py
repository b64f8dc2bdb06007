"""graph.html: one self-contained page, graph and timeline side by side."""

from __future__ import annotations

import html as htmllib
from pathlib import Path

import networkx as nx

from ..model import Story


def write(story: Story, graph: nx.MultiDiGraph, path: Path) -> None:
    items = "".join(f"<li>{htmllib.escape(e.title)}</li>" for e in story.events)
    path.write_text(f"<!doctype html><meta charset=utf-8><ul>{items}</ul>\n", encoding="utf-8")

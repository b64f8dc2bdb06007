"""graph.html: one self-contained page, graph and timeline side by side, for journalists.

The page is the Jinja2 template `templates/page.html` with its stylesheet, its script and vis-network (shipped
inside pyvis) inlined, so it opens from disk with no network. The story travels as JSON in a
`<script type="application/json">` block and the page's script writes every piece of text with `textContent`:
article text is hostile input and never becomes markup.

The page opens on an overview (see `overview`): the story's top events by the `--top K` ranking, shown as a
graph of actors linked by the events they share, with a K control, a time strip to brush and filters reaching
the rest. Both views of the graph are laid out here, not by physics in the browser. The actor graph places
actors once for the whole story. The actor–event view, for small selections, draws the top
`max(overview.K_CHOICES)` events in date columns from left to right (days grouped into months, months into
years when there are many dates), actors above them at the mean position of their events, sized by how many
events they take part in. Fixed positions make the page draw at once and the file byte-identical for the same
story.

Limits: one page per story; the actor–event view draws only the top events; the actor graph places only
`overview.LAYOUT_ACTORS` actors.
"""

from __future__ import annotations

import base64
import hashlib
import json
import math
import textwrap
from importlib.resources import files
from pathlib import Path

import networkx as nx
from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup
from pyvis.network import Network

from ..events.lexicon import label
from ..graph import actor_node, event_node
from ..model import Event, Story
from ..title import title_of
from . import overview
from .dates import human, relation, shown, year_of
from .editing import edit_data
from .order import chronological
from .palette import ACTOR_COLOURS, ACTOR_TYPE_NAMES, EVENT_CLASSES, HAPPENING_CLASS, UNKNOWN_CLASS, event_class
from .timeline import page_export

COLUMN_WIDTH = 170
STACK = 10  # least events in one date column before it wraps into another
MAX_STACK = 40
MAX_COLUMNS = 24
SCREEN_SHAPE = 1.6  # width over height of the graph panel on a laptop
ROW_HEIGHT = 80
ACTOR_ROWS = 4
ACTOR_ROW_HEIGHT = 90
ACTOR_GAP = 24  # least room between two actors' labels in a row
CHAR_WIDTH = 8.5  # of an actor label at its font size, on average
ACTOR_BAND = 200  # gap between the lowest actor row and the first event row

TEMPLATES = Path(__file__).resolve().parent / "templates"
VIS_JS = files("pyvis") / "lib" / "vis-9.1.2" / "vis-network.min.js"

def write(story: Story, graph: nx.MultiDiGraph, path: Path, export: tuple[dict, dict[str, dict]] | None = None) -> None:
    Path(path).write_text(render(story, graph, export), encoding="utf-8")


def render(story: Story, graph: nx.MultiDiGraph, export: tuple[dict, dict[str, dict]] | None = None) -> str:
    """`export`: the story's `page_export`, when the caller has made it."""
    env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=True, undefined=StrictUndefined,
                      keep_trailing_newline=True)
    env.filters["number"] = "{:,}".format
    data = page_data(story, graph, export)
    script = (TEMPLATES / "page.js").read_text(encoding="utf-8")
    edit = (TEMPLATES / "edit.js").read_text(encoding="utf-8")
    vis = VIS_JS.read_text(encoding="utf-8")
    return env.get_template("page.html").render(
        data=script_json(data),
        css=Markup((TEMPLATES / "page.css").read_text(encoding="utf-8")),
        edit_css=Markup((TEMPLATES / "edit.css").read_text(encoding="utf-8")),
        edit=Markup(edit),
        edit_data=script_json(edit_data(story)),
        vis=Markup(vis),
        script=Markup(script),
        script_hashes=Markup(" ".join(csp_hash(text) for text in (vis, script, edit))),
        heading=title_of(story),
        summary=data["summary"],
        k_choices=[k for k in overview.K_CHOICES if k < len(story.events)],
        default_k=data["defaultK"],
        strip=data["strip"],
        classes=data["classes"],
        actor_types=data["actorTypes"],
    )


def csp_hash(script: str) -> str:
    """The Content-Security-Policy source that lets exactly this inline script run, and no injected one."""
    return "'sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii") + "'"


def script_json(data) -> Markup:
    """JSON that cannot end its `<script>` block early: `<`, `>` and `&` are written as escapes, and so are
    U+2028/U+2029, which older JavaScript parsers take for line ends."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    for char in "<>&\u2028\u2029":
        text = text.replace(char, f"\\u{ord(char):04x}")
    return Markup(text)


def _involvement(story: Story, graph: nx.MultiDiGraph) -> dict[str, int]:
    """How many event roles each actor has, as the graph counts them."""
    return {actor.id: graph.nodes[actor_node(actor.id)]["events"] for actor in story.actors}


def select(story: Story, graph: nx.MultiDiGraph, tier: dict[str, int]) -> tuple[list[str], list[Event]]:
    """The events the actor–event view can draw, the top `max(overview.K_CHOICES)` by the `--top` ranking (those
    `overview.tiers` gave a tier), in date order, and their actors, most involved first. Actors in no event are
    never drawn."""
    involvement = _involvement(story, graph)
    events = chronological([event for event in story.events if event.id in tier])
    involved = {p.actor for event in events for p in event.actors if involvement.get(p.actor)}
    return sorted(involved, key=lambda a: (-involvement[a], a)), events


def coarser(value: str | None) -> str | None:
    """The period one step coarser than a TIMEX3 value: a day's month; a month's, week's or quarter's year."""
    if value is None or "-" not in value:
        return value
    if len(value) >= 10 and value[5:7].isdigit():
        return value[:7]
    return value.split("-")[0]


def date_columns(events: list[Event]) -> dict[str | None, list[Event]]:
    """Events by date column, in date order: one column per date, undated last; past `MAX_COLUMNS`, days are
    grouped by month, then months by year, so a long story still reads left to right on one screen."""
    columns: dict[str | None, list[Event]] = {}
    for event in chronological(events):
        columns.setdefault(event.date.value, []).append(event)
    while len(columns) > MAX_COLUMNS:
        merged: dict[str | None, list[Event]] = {}
        for value, column in columns.items():
            merged.setdefault(coarser(value), []).extend(column)
        if len(merged) == len(columns):
            break
        columns = merged
    return columns


def stack_height(columns: dict[str | None, list[Event]]) -> int:
    """How many events one column holds before it wraps: the height that brings the drawing nearest to a
    landscape screen's shape."""
    def misfit(stack: int) -> float:
        width = sum(math.ceil(len(column) / stack) for column in columns.values()) * COLUMN_WIDTH
        height = stack * ROW_HEIGHT + ACTOR_BAND + ACTOR_ROWS * ACTOR_ROW_HEIGHT
        return abs(math.log(width / height / SCREEN_SHAPE))

    return min(range(STACK, MAX_STACK + 1), key=lambda stack: (misfit(stack), stack)) if columns else STACK


def layout(actor_labels: dict[str, str], events: list[Event]) -> tuple[dict[str, tuple[int, int]], list[dict]]:
    """Positions for every drawn node, and the axis ticks: one per year (or decade, century) below the events,
    and one per date column finer than its year above them. `actor_labels` maps the actors to draw to their
    canvas labels, whose widths keep neighbours in a row apart."""
    positions: dict[str, tuple[int, int]] = {}
    ticks: list[dict] = []
    x = 0
    previous_group = None
    columns = date_columns(events)
    stack = stack_height(columns)
    for value, column in columns.items():
        group = year_of(value)
        if group != previous_group:
            ticks.append({"x": x, "label": group, "year": True})
            previous_group = group
        if human(value) != group:
            ticks.append({"x": x, "label": human(value), "year": False})
        for index, event in enumerate(column):
            positions[event_node(event.id)] = (x + (index // stack) * COLUMN_WIDTH, (index % stack) * ROW_HEIGHT)
        x += math.ceil(len(column) / stack) * COLUMN_WIDTH
    xs: dict[str, list[int]] = {}
    for event in events:
        for participant in event.actors:
            xs.setdefault(participant.actor, []).append(positions[event_node(event.id)][0])

    def target(actor_id: str) -> float:
        return sum(xs[actor_id]) / len(xs[actor_id]) if actor_id in xs else 0

    def half_width(actor_id: str) -> float:
        return max(len(line) for line in actor_labels[actor_id].split("\n")) * CHAR_WIDTH / 2

    rows: list[tuple[float, float]] = [(-math.inf, 0)] * ACTOR_ROWS  # right edge: last x and its half width
    for actor_id in sorted(actor_labels, key=lambda a: (target(a), a)):
        half = max(half_width(actor_id), ACTOR_GAP)
        placed = [max(target(actor_id), last + last_half + half + ACTOR_GAP) for last, last_half in rows]
        row = min(range(ACTOR_ROWS), key=lambda r: (placed[r] - target(actor_id), r))
        rows[row] = (placed[row], half)
        positions[actor_node(actor_id)] = (round(placed[row]), -ACTOR_BAND - row * ACTOR_ROW_HEIGHT)
    return positions, ticks


def node_label(text: str, width: int = 26, lines: int = 2) -> str:
    """A title or name as a short canvas label: wrapped to `lines` lines of `width` characters, cut with "…"."""
    wrapped = textwrap.wrap(" ".join(text.split()), width) or [""]
    if len(wrapped) > lines:
        wrapped = wrapped[:lines]
        wrapped[-1] = wrapped[-1][:width - 1].rstrip() + "…"
    return "\n".join(wrapped)


def network_data(story: Story, graph: nx.MultiDiGraph, actor_ids: list[str], events: list[Event]) -> dict:
    actors = {actor.id: actor for actor in story.actors}
    labels = {actor_id: node_label(actors[actor_id].name, width=18, lines=3) for actor_id in actor_ids}
    positions, ticks = layout(labels, events)
    involvement = _involvement(story, graph)
    most_involved = max((involvement[a] for a in actor_ids), default=1) or 1
    most_reported = max((event.salience for event in events), default=1) or 1
    net = Network(directed=True)
    for actor_id in actor_ids:
        actor = actors[actor_id]
        node = actor_node(actor_id)
        count = involvement[actor_id]
        net.add_node(node, label=labels[actor_id], shape="dot", color=ACTOR_COLOURS.get(actor.type, "#999999"),
                     size=round(10 + 22 * math.sqrt(count / most_involved), 1),
                     x=positions[node][0], y=positions[node][1], physics=False,
                     title=f"{actor.name} ({ACTOR_TYPE_NAMES.get(actor.type, actor.type)}), "
                           f"{count} event{'s' if count != 1 else ''}")
    for event in events:
        node = event_node(event.id)
        net.add_node(node, label=node_label(event.title), shape="diamond", color=event_class(event.code)[1],
                     size=round(8 + 8 * math.sqrt(event.salience / most_reported), 1),
                     x=positions[node][0], y=positions[node][1], physics=False,
                     font={"size": 13, "color": "#333333"},
                     title=f"{human(event.date.value)}: {event.title}")
    drawn = set(actor_ids)
    for event in events:
        for participant in event.actors:
            if participant.actor not in drawn:
                continue
            actor, node = actor_node(participant.actor), event_node(event.id)
            if participant.role == "target":
                net.add_edge(node, actor, arrows="to", title=participant.role)
            elif participant.role == "source":
                net.add_edge(actor, node, arrows="to", title=participant.role)
            else:
                net.add_edge(actor, node, arrows="", dashes=True, title=participant.role)
    for actor_id in actor_ids:
        affiliation = actors[actor_id].affiliation
        if affiliation in drawn:
            net.add_edge(actor_node(actor_id), actor_node(affiliation), arrows="to", dashes=[2, 6],
                         title="part of")
    net.toggle_physics(False)
    net.options.edges.smooth.enabled = False
    options = json.loads(net.options.to_json())
    options["edges"]["color"] = {"color": "#9aa0a6", "highlight": "#202124", "inherit": False}
    options["interaction"].update(hover=True, tooltipDelay=150, keyboard={"enabled": True, "bindToWindow": False},
                                  navigationButtons=False)
    options["nodes"] = {"font": {"size": 16, "color": "#202124", "strokeWidth": 3, "strokeColor": "#ffffff"},
                        "borderWidth": 1}
    options["layout"] = {"improvedLayout": False, "randomSeed": 0}
    return {"nodes": net.nodes, "edges": net.edges, "options": options, "axis": ticks,
            "topEvents": max(overview.K_CHOICES), "maxActors": overview.FIRST_VIEW_ACTORS}


def _readable_conflict(conflict: str) -> str:
    """A disagreeing date ("2024-06-18 (doc-id)") with its TIMEX3 value written for readers."""
    value, space, rest = conflict.partition(" ")
    return human(value) + space + rest


def page_data(story: Story, graph: nx.MultiDiGraph, export: tuple[dict, dict[str, dict]] | None = None) -> dict:
    tier = overview.tiers(story.events)  # the one ranking of the page: K control, drawn events, first view
    actor_ids, drawn_events = select(story, graph, tier)
    drawn_event_ids = {event.id for event in drawn_events}
    involvement = _involvement(story, graph)
    events = chronological(story.events)
    placed_ids = overview.layout_actors(involvement, drawn_events)
    placed = overview.actor_positions(placed_ids, story.events, tier) if placed_ids else {}
    type_labels = {event.code: event.label for event in events}
    for code in {event.code for event in events if event.label != type_labels[event.code]}:
        type_labels[code] = label(code) or type_labels[code]  # code 00 names several kinds of happening
    exported, exported_events = page_export(story) if export is None else export
    used_classes = {event_class(event.code)[0] for event in events}
    classes = {name: colour for _, name, colour in EVENT_CLASSES if name != HAPPENING_CLASS or name in used_classes}
    if UNKNOWN_CLASS[0] in used_classes:
        classes[UNKNOWN_CLASS[0]] = UNKNOWN_CLASS[1]
    return {
        "summary": {
            "articles": len(story.documents), "actors": len(story.actors), "events": len(story.events),
        },
        "title": title_of(story),
        "export": exported,
        "ranking": overview.RANKING,
        "defaultK": overview.first_view_k(story),
        "strip": overview.strip(story),
        "documents": {doc.id: {"title": doc.title or doc.id, "url": doc.url, "published": doc.published,
                               "site": doc.site}
                      for doc in story.documents},
        "actors": [
            {"id": actor.id, "node": actor_node(actor.id), "name": actor.name, "type": actor.type,
             "typeName": ACTOR_TYPE_NAMES.get(actor.type, actor.type), "aliases": list(actor.aliases),
             "affiliation": actor.affiliation, "events": involvement.get(actor.id, 0),
             "pos": placed.get(actor.id),
             "label": node_label(actor.name, width=18, lines=2) if actor.id in placed else None}
            for actor in sorted(story.actors, key=lambda a: (-involvement.get(a.id, 0), a.name, a.id))
        ],
        "events": [
            {"id": event.id, "node": event_node(event.id), "title": event.title, "code": event.code,
             "label": event.label, "class": event_class(event.code)[0],
             "date": {"value": event.date.value, "human": human(event.date.value), "when": shown(event.date),
                      "relation": relation(event.date) if event.date.value else "", "until": event.date.until,
                      "granularity": event.date.granularity, "source": event.date.source, "text": event.date.text},
             "group": year_of(event.date.value), "days": overview.days(event.date.value),
             "tier": tier.get(event.id, 0), "reports": event.salience,
             "actors": [{"actor": p.actor, "role": p.role} for p in event.actors],
             "sources": [{"doc": s.doc, "sentence": s.sentence,
                          "date": human(s.date.value) if s.date and s.date.value != event.date.value else None}
                         for s in event.sources],
             "conflicts": [_readable_conflict(conflict) for conflict in event.conflicts],
             "drawn": event.id in drawn_event_ids, "export": exported_events[event.id]}
            for event in events
        ],
        "types": [{"code": code, "label": type_labels[code]} for code in sorted(type_labels)],
        "actorTypes": [{"type": t, "name": ACTOR_TYPE_NAMES[t], "colour": ACTOR_COLOURS[t]}
                       for t in ACTOR_TYPE_NAMES if any(a.type == t for a in story.actors)],
        "classes": [{"name": name, "colour": colour} for name, colour in classes.items()],
        "network": network_data(story, graph, actor_ids, drawn_events),
    }

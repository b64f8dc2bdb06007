"""timelinejs.json and timeline.html: Knight Lab TimelineJS 3 (https://timeline.knightlab.com/docs/json-format.html).

Each dated event is a slide. `start_date` holds only the parts the date states (a year stays a year); a date
that covers a span (a week, a quarter, a season, a decade, `since` one date until another) also has an
`end_date`; and wherever the date is not a plain day, month or year the text gave for the happening,
`display_date` says what it is ("reported 20 June 2024", "week of 11 March 2013", "Q3 1998", "the 1960s").
`group` is the event's CAMEO quad class, the four classes of the page's legend. The text lists each source:
its quotes, then the article's title (a link when its URL is known), outlet and date, all escaped, because
TimelineJS renders it as HTML. The title slide gives the story's title, span and counts. Undated events are left
out: TimelineJS needs a year.

The ranking of `--top K` and of graph.html's first view (`order.ranked`, K = `overview.DEFAULT_K`) shows here
too: in a story of more than K events, where graph.html offers its top K (`overview.first_view_k`), each slide of
those K events opens its text with a line saying so and its place in the ranking; in any story the top-level
`eventgraph` object names them (`top`, top event first) and gives `start_at_slide`, the TimelineJS option
timeline.html opens with, so that the page opens on the top event, not on the oldest. The slides are in
the order TimelineJS shows them (by the first day of their date), so that the slide index is the one it uses.

timeline.html is that JSON in the TimelineJS release shipped in `vendor/timelinejs/` (MPL-2.0), inlined with its
icon font, with `font: null`: it opens from disk with no network, like graph.html.
"""

from __future__ import annotations

import base64
import datetime
import html
import re
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup

from ..model import Date, Document, Event, Story, granularity
from ..title import title_of
from . import indented
from .dates import bounds, human, plain, relation, shown
from .html import csp_hash, script_json
from .order import chronological, ranked
from .overview import DEFAULT_K, first_view_k
from .palette import event_class
from .timeline import printable

TEMPLATES = Path(__file__).resolve().parent / "templates"
VENDOR = Path(__file__).resolve().parent / "vendor" / "timelinejs"
_ICON_FONT = re.compile(r"src: url\(\.\./js/\.\./css/icons/tl-icons\.eot\);\s*src: [^;]*;")
_SAFE_URL = re.compile(r"https?://\S+", re.I)
_SPANS = ("week", "quarter", "half", "season", "decade", "century")
# Which parts of a day each precision states.
_PARTS = {"century": 1, "decade": 1, "year": 1, "quarter": 2, "half": 2, "season": 2, "month": 2}


def _parts(day: datetime.date, count: int) -> dict:
    return dict(list({"year": day.year, "month": day.month, "day": day.day}.items())[:count])


def dates(date: Date) -> dict | None:
    """`start_date`, and `end_date` and `display_date` where they are needed, for one event's date."""
    days = bounds(date.value)
    if days is None:
        return None
    count = _PARTS.get(date.granularity, 3)
    found = {"start_date": _parts(days[0], count)}
    until = bounds(date.until) if relation(date) == "since" else None
    if until:
        found["end_date"] = _parts(until[1], _PARTS.get(granularity(date.until), 3))
    elif date.granularity in _SPANS:
        found["end_date"] = _parts(days[1], count)
    if not plain(date):
        found["start_date"]["display_date"] = shown(date)
    return found


def start_date(value: str) -> dict | None:
    """The `start_date` of a date the text gave at the precision of `value`."""
    found = dates(Date(value, granularity(value), "explicit"))
    return found["start_date"] if found else None


def _attribution(doc: Document | None, doc_id: str) -> str:
    title = html.escape(printable((doc.title if doc else "") or doc_id))
    url = doc.url if doc else None
    about = [f'<a href="{html.escape(url)}">{title}</a>' if url and _SAFE_URL.fullmatch(url) else title]
    site = getattr(doc, "site", None) if doc else None
    if site:
        about.append(html.escape(printable(site)))
    if doc and doc.published:
        about.append(html.escape(human(doc.published)))
    return ", ".join(about)


def sources_html(event: Event, documents: dict[str, Document]) -> str:
    """Each source article's quotes, then what the article is."""
    quotes: dict[str, list[str]] = {}
    for source in event.sources:
        quotes.setdefault(source.doc, []).append(source.sentence)
    return "".join(
        "".join(f"<blockquote>{html.escape(printable(quote))}</blockquote>" for quote in said)
        + f"<p>— {_attribution(documents.get(doc_id), doc_id)}</p>"
        for doc_id, said in quotes.items())


def slide(event: Event, documents: dict[str, Document], place: int | None = None) -> dict | None:
    """`place`: the event's place in the top `DEFAULT_K` (1 for the top event), None when it is not in them."""
    found = dates(event.date)
    if found is None:
        return None
    top = f'<p class="eventgraph-top">Top {DEFAULT_K}: ranked {place}</p>' if place else ""
    return {"unique_id": printable(event.id), **found, "group": event_class(event.code)[0],
            "text": {"headline": html.escape(printable(event.title)),
                     "text": top + sources_html(event, documents)}}


def _first_day(slide: dict) -> tuple[int, int, int]:
    """Where TimelineJS puts a slide: a date without its month or day stands at its first."""
    start = slide["start_date"]
    return start["year"], start.get("month", 1), start.get("day", 1)


def story_dict(story: Story) -> dict:
    documents = {doc.id: doc for doc in story.documents}
    top = [event.id for event in ranked(story.events, DEFAULT_K)]
    places = {event_id: place for place, event_id in enumerate(top, 1)} if first_view_k(story) else {}
    drafted = [(event, slide(event, documents, places.get(event.id))) for event in chronological(story.events)]
    dated = sorted(((event, s) for event, s in drafted if s), key=lambda pair: _first_day(pair[1]))
    slides = [s for _, s in dated]
    on_slide = {event.id: index for index, (event, _) in enumerate(dated, 1)}  # the title slide is 0
    start = next((on_slide[event_id] for event_id in top if event_id in on_slide), 0)
    days = story.span
    about = [f"{human(days[0])} to {human(days[1])}" if days and days[0] != days[1] else human(days[0])] \
        if days else []
    undated = len(story.events) - len(slides)
    about.append(f"{len(slides)} events from {len(story.documents)} articles"
                 + (f" ({undated} undated, not shown)" if undated else ""))
    return {"title": {"text": {"headline": html.escape(printable(title_of(story))),
                               "text": "".join(f"<p>{html.escape(line)}</p>" for line in about)}},
            "events": slides,
            "eventgraph": {"top": [printable(event_id) for event_id in top], "start_at_slide": start}}


def dumps(story: Story, data: dict | None = None) -> str:
    """`data`: the story's `story_dict`, when the caller has made it."""
    return indented.dumps(story_dict(story) if data is None else data) + "\n"


def _stylesheet() -> str:
    """TimelineJS's stylesheet with its icon font inlined: the page may load nothing."""
    font = base64.b64encode((VENDOR / "tl-icons.woff2").read_bytes()).decode("ascii")
    css = (VENDOR / "timeline.css").read_text(encoding="utf-8")
    return _ICON_FONT.sub(f"src: url(data:font/woff2;base64,{font}) format('woff2');", css, count=1)


def render_html(story: Story, data: dict | None = None) -> str:
    env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=True, undefined=StrictUndefined,
                      keep_trailing_newline=True)
    library = (VENDOR / "timeline.js").read_text(encoding="utf-8")
    start = (TEMPLATES / "timeline.js").read_text(encoding="utf-8")
    return env.get_template("timeline.html").render(
        title=printable(title_of(story)), data=script_json(story_dict(story) if data is None else data),
        css=Markup(_stylesheet()),
        library=Markup(library), start=Markup(start),
        script_hashes=Markup(" ".join(csp_hash(text) for text in (library, start))))


def write_html(story: Story, path: Path, data: dict | None = None) -> None:
    Path(path).write_text(render_html(story, data), encoding="utf-8")

"""timeline.md and timeline.csv: the chronological timeline for readers and spreadsheets.

Markdown groups events by year (or decade, century), each date shown with how the happening relates to it
("reported 20 June 2024"), each entry followed by a numbered list of the articles that report it, nested by four
spaces so that CommonMark and Python-Markdown read the same tree. Article text is inert there: HTML is written as
entities, Markdown's own characters are escaped, and nothing becomes a link but an article's http(s) URL.

CSV (written with a UTF-8 byte-order mark, so spreadsheets double-clicked read it as UTF-8; scripts read it as
`utf-8-sig`) has one row per event: date, granularity, title, type, actors, sources (document ids joined by
"; "), then the date as shown and how it was obtained (`date_source`, `date_relation`, `date_until`). A cell that
a spreadsheet would run as a formula (starting with = + - @, tab or CR) starts with an apostrophe, as OWASP
recommends.
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

from ..model import Document, Event, Story
from ..title import title_of
from .dates import human, relation, shown, year_of
from .order import chronological, top_events

CSV_COLUMNS = ["date", "granularity", "title", "type", "actors", "sources", "date_shown", "date_source",
               "date_relation", "date_until"]

_UNPRINTABLE = re.compile("[\x00-\x08\x0b-\x1f\x7f\ud800-\udfff]")
_MD_SPECIAL = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", "\\": "\\\\", "`": "\\`", "*": "\\*",
                             "[": "\\[", "]": "\\]", "#": "\\#"})
_UNDERSCORE = re.compile(r"(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])")  # inside a word it never emphasises
_BARE_LINK = re.compile(r"(?<=[A-Za-z0-9])(:)(?=//)|(?<=\w)(@)(?=\w)")  # what linters and GFM would link
_BLOCK_START = re.compile(r"^(?:\d{1,9}([.)])|([-+~=]))")  # would start a list, a fence or a heading underline
_SAFE_URL = re.compile(r"https?://[A-Za-z0-9\-._~:/?#@!$&'()*+,;=%]+")
_FORMULA = ("=", "+", "-", "@", "\t", "\r")


def _events(story: Story, top: int | None) -> list[Event]:
    return top_events(story.events, top) if top else chronological(story.events)


def printable(text: str) -> str:
    """Article text on one line: control characters and lone surrogates dropped, white space collapsed."""
    return " ".join(_UNPRINTABLE.sub(" ", text).split())


def md_text(text: str) -> str:
    """Article text as Markdown that renders as exactly that text, and never as markup or a link."""
    escaped = _UNDERSCORE.sub(r"\\_", printable(text).translate(_MD_SPECIAL))
    escaped = _BARE_LINK.sub(lambda match: f"&#{ord(match.group(0))};", escaped)
    return _BLOCK_START.sub(lambda match: match.group(0)[:-1] + f"&#{ord(match.group(0)[-1])};", escaped)


def _md_source(doc: Document | None, doc_id: str) -> str:
    title = (doc.title if doc else "") or doc_id
    about = [md_text(title)]
    site = getattr(doc, "site", None) if doc else None
    if site:
        about.append(md_text(site))
    if doc and doc.published:
        about.append(human(doc.published))
    line = ", ".join(about) + f" ({md_text(doc_id)})"
    if doc and doc.url and _SAFE_URL.fullmatch(doc.url):
        line += f" <{doc.url}>"
    return line


def _edited(event: Event) -> str:
    """The mark of an event a journalist corrected, with the corrections' notes."""
    if not event.edited:
        return ""
    notes = "; ".join(dict.fromkeys(note for note in event.edited.values() if note))
    return f" *(edited{': ' + md_text(notes) if notes else ''})*"


def render_md(story: Story, top: int | None = None) -> str:
    names = {actor.id: actor.name for actor in story.actors}
    documents = {doc.id: doc for doc in story.documents}
    groups: dict[str, list[Event]] = {}
    for event in _events(story, top):
        groups.setdefault(year_of(event.date.value), []).append(event)
    lines = [f"# {md_text(title_of(story))}", ""]
    for group, events in groups.items():
        lines += [f"## {md_text(group)}", ""]
        for event in events:
            actors = ", ".join(md_text(names.get(p.actor, p.actor)) for p in event.actors)
            lines.append(f"- **{shown(event.date)}** — {md_text(event.title)}" + (f" ({actors})" if actors else "")
                         + _edited(event))
            lines += [f"    - Note: {md_text(note)}" for note in event.notes]
            doc_ids = sorted({source.doc for source in event.sources})
            lines += [f"    {number}. {_md_source(documents.get(doc_id), doc_id)}"
                      for number, doc_id in enumerate(doc_ids, 1)]
        lines.append("")
    if not groups:
        lines += ["No events found.", ""]
    return "\n".join(lines[:-1]) + "\n"


def cell(text: str) -> str:
    """A CSV cell that no spreadsheet runs as a formula."""
    text = printable(text) if text else ""
    return "'" + text if text.startswith(_FORMULA) else text


def render_csv(story: Story, top: int | None = None) -> str:
    names = {actor.id: actor.name for actor in story.actors}
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for event in _events(story, top):
        date = event.date
        writer.writerow([cell(text) for text in (
            date.value or "", date.granularity, event.title, f"{event.code} {event.label}",
            "; ".join(names.get(p.actor, p.actor) for p in event.actors),
            "; ".join(sorted({source.doc for source in event.sources})),
            shown(date), date.source, relation(date) if date.value else "", date.until or "",
        )])
    return buffer.getvalue()


def write_csv(story: Story, path: Path) -> None:
    Path(path).write_text("\ufeff" + render_csv(story), encoding="utf-8", newline="")


def write_md(story: Story, path: Path) -> None:
    Path(path).write_text(render_md(story), encoding="utf-8")


def render(story: Story, fmt: str = "md", top: int | None = None) -> str:
    return render_csv(story, top) if fmt == "csv" else render_md(story, top)

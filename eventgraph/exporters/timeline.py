"""timeline.md and timeline.csv: the chronological timeline for readers and spreadsheets.

Markdown groups events by year (or decade, century), each date shown with how the happening relates to it
("reported 20 June 2024"), each entry followed by a numbered list of the articles that report it, nested by four
spaces so that CommonMark and Python-Markdown read the same tree. Article text is inert there: HTML is written as
entities, Markdown's own characters are escaped, and nothing becomes a link but an article's http(s) URL.

graph.html exports the events it shows as these two files: `page_export` gives it the pieces `render_csv` and
`render_md` join (each event's row and entry, the headings, the source lines), so it joins them and formats
nothing itself.

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


# timeline.md is the head, then for each group its heading and its events, each an entry and its numbered
# sources; graph.html joins the same pieces (`page_export`) for the events it shows.
MD_EMPTY = "\nNo events found.\n"
MD_SOURCE = "    {number}. {reference}\n"


def _md_head(story: Story) -> str:
    return f"# {md_text(title_of(story))}\n"


def _md_group(group: str) -> str:
    return f"\n## {md_text(group)}\n\n"


def _md_entry(event: Event, names: dict[str, str]) -> str:
    """An event's line, with the mark of a journalist's corrections and their notes, and its notes' lines."""
    actors = ", ".join(md_text(names.get(p.actor, p.actor)) for p in event.actors)
    lines = [f"- **{shown(event.date)}** — {md_text(event.title)}" + (f" ({actors})" if actors else "")
             + _edited(event)]
    lines += [f"    - Note: {md_text(note)}" for note in event.notes]
    return "".join(line + "\n" for line in lines)


def _md_reference(doc: Document | None, doc_id: str) -> str:
    """An article as a source line names it: title, outlet, date, id and, when it is a safe http(s) URL, link."""
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


def _source_docs(event: Event) -> list[str]:
    return sorted({source.doc for source in event.sources})


def _edited(event: Event) -> str:
    """The mark of an event a journalist corrected, with the corrections' notes."""
    if not event.edited:
        return ""
    notes = "; ".join(dict.fromkeys(note for note in event.edited.values() if note))
    return f" *(edited{': ' + md_text(notes) if notes else ''})*"


def _names(story: Story) -> dict[str, str]:
    return {actor.id: actor.name for actor in story.actors}


def _joined_md(story: Story, events: list[Event], entry, reference) -> str:
    """timeline.md of `events` in their order, each entry and source line from `entry` and `reference`."""
    groups: dict[str, list[str]] = {}
    for event in events:
        groups.setdefault(year_of(event.date.value), []).append(entry(event) + "".join(
            MD_SOURCE.format(number=number, reference=reference(doc_id))
            for number, doc_id in enumerate(_source_docs(event), 1)))
    return _md_head(story) + ("".join(_md_group(group) + "".join(lines) for group, lines in groups.items())
                              or MD_EMPTY)


def render_md(story: Story, top: int | None = None) -> str:
    names = _names(story)
    documents = {doc.id: doc for doc in story.documents}
    return _joined_md(story, _events(story, top), lambda event: _md_entry(event, names),
                      lambda doc_id: _md_reference(documents.get(doc_id), doc_id))


def cell(text: str) -> str:
    """A CSV cell that no spreadsheet runs as a formula."""
    text = printable(text) if text else ""
    return "'" + text if text.startswith(_FORMULA) else text


def _csv_line(cells: list[str]) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerow(cells)
    return buffer.getvalue()


def _csv_row(event: Event, names: dict[str, str]) -> str:
    date = event.date
    return _csv_line([cell(text) for text in (
        date.value or "", date.granularity, event.title, f"{event.code} {event.label}",
        "; ".join(names.get(p.actor, p.actor) for p in event.actors), "; ".join(_source_docs(event)),
        shown(date), date.source, relation(date) if date.value else "", date.until or "",
    )])


def render_csv(story: Story, top: int | None = None) -> str:
    names = _names(story)
    return _csv_line(CSV_COLUMNS) + "".join(_csv_row(event, names) for event in _events(story, top))


def page_export(story: Story) -> tuple[dict, dict[str, dict]]:
    """The pieces graph.html joins as `render_csv` and `render_md` do, to export the events it shows: those
    shared by all, and each event's own (its CSV row, its Markdown entry and the ids of its sources)."""
    names = _names(story)
    documents = {doc.id: doc for doc in story.documents}
    events = {event.id: {"csv": _csv_row(event, names), "md": _md_entry(event, names),
                         "docs": _source_docs(event)} for event in story.events}
    cited = sorted({doc_id for parts in events.values() for doc_id in parts["docs"]})
    groups = sorted({year_of(event.date.value) for event in story.events})
    shared = {"csv": _csv_line(CSV_COLUMNS), "mdHead": _md_head(story), "mdEmpty": MD_EMPTY,
              "mdSource": MD_SOURCE, "mdGroups": {group: _md_group(group) for group in groups},
              "mdReferences": {doc_id: _md_reference(documents.get(doc_id), doc_id) for doc_id in cited}}
    return shared, events


def joined(story: Story, export: tuple[dict, dict[str, dict]]) -> tuple[str, str]:
    """`render_md` and `render_csv` of the whole story joined from its `page_export`, as graph.html joins them:
    a build that writes the page makes each event's entry and row and each source line once."""
    shared, entries = export
    events = chronological(story.events)
    md = _joined_md(story, events, lambda event: entries[event.id]["md"],
                    lambda doc_id: shared["mdReferences"][doc_id])
    return md, shared["csv"] + "".join(entries[event.id]["csv"] for event in events)


def write_csv(story: Story, path: Path, text: str | None = None) -> None:
    Path(path).write_text("\ufeff" + (render_csv(story) if text is None else text), encoding="utf-8", newline="")


def write_md(story: Story, path: Path, text: str | None = None) -> None:
    Path(path).write_text(render_md(story) if text is None else text, encoding="utf-8")


def render(story: Story, fmt: str = "md", top: int | None = None) -> str:
    return render_csv(story, top) if fmt == "csv" else render_md(story, top)

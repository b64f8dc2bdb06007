"""Publication dates for articles that state none, from the happenings they share with dated articles.

An undated article's "signed on Wednesday" matched with the signing that dated articles put on 2024-06-19
says the article appeared within the week after that day; "last month" says it appeared in the month after;
a happening it reports with no date, or with a full date of its own, says only that it appeared after it. Each matched happening gives
such a window; the date chosen is the one inside the most windows, nearest to the day the dated articles
reporting the same happenings appeared.
"""

from __future__ import annotations

import re
from datetime import date

from ..model import Actor, Document
from ..temporal.intervals import interval
from . import dates
from .cluster import Happening, Report, cluster, collector_paused, date_of, reports, score
from .wording import similarity

_WEEKDAYS = re.compile(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I)
_WINDOWS = (  # cue in the time expression -> days after the happening in which the article appeared
    (re.compile(r"\byesterday\b", re.I), (1, 1)),
    (re.compile(r"\b(today|tonight|this morning|this afternoon|this evening)\b", re.I), (0, 0)),
    (_WEEKDAYS, (0, 6)),
    (re.compile(r"\bthis week\b", re.I), (0, 6)),
    (re.compile(r"\blast week\b", re.I), (1, 13)),
)
_LAST_MONTH = re.compile(r"\blast month\b", re.I)
UNDATED_WINDOW = (0, 14)  # a happening reported with no date: the article appeared within two weeks after it
MAX_WIDTH = 7  # only happenings dated to within a week say when an article appeared


def infer_publication_dates(documents: list[Document], actors: list[Actor] | None = None) -> list[Document]:
    """Give undated documents a date from the happenings they share with dated ones; return those changed."""
    undated = [doc for doc in documents if doc.published is None]
    dated = [doc for doc in documents if doc.published is not None]
    if not undated or not dated:
        return []
    with collector_paused():
        happenings = [h for h in cluster(reports(dated, actors or [])) if _precise(h)]
    published = {doc.id: doc.published for doc in dated}
    changed = []
    for doc in undated:
        windows = []
        for report in reports([doc], actors or []):
            match = _best_match(report, happenings)
            if match is not None:
                windows.append(_window(report, match, published))
        windows = [window for window in windows if window is not None]
        if not windows:
            continue
        day, evidence = _choose(windows)
        doc.published = dates.iso(day)
        doc.published_source = "inferred"
        doc.published_evidence = evidence
        changed.append(doc)
    return changed


def _precise(happening: Happening) -> bool:
    return happening.span is not None and not happening.weak and happening.span[1] - happening.span[0] < MAX_WIDTH


def _best_match(report: Report, happenings: list[Happening]) -> Happening | None:
    """The dated happening this report is most like; its own date, if it has a firm one, must agree."""
    undated = Report(report.doc, report.mention, report.span if not report.weak else None, report.weak,
                     report.sources, report.targets, report.words, report.mutual, report.wide_sources,
                     report.wide_targets)
    best, best_score = None, 0.0
    for happening in happenings:
        if report.mention.code not in happening.codes:
            continue
        value = score(undated, happening)
        shared = max(len(report.parts & happening.wide_parts), len(report.wide_parts & happening.parts))
        strong = shared >= 2 or shared and similarity(report.words, frozenset(happening.words)) >= 0.5
        if value is not None and strong and value > best_score:
            best, best_score = happening, value
    return best


def _window(report: Report, happening: Happening, published: dict[str, str]):
    text = report.mention.date.text or ""
    when, _ = date_of(happening)
    first, last = happening.span
    if report.mention.date.text is None or report.mention.date.source == "explicit":
        low, high = UNDATED_WINDOW
    elif _LAST_MONTH.search(text):
        month = dates.day(first)
        start = dates.day(date(month.year, month.month, 28).toordinal() + 4).replace(day=1)
        span = interval(start.strftime("%Y-%m"))
        low, high = span[0] - first, span[1] - first
    else:
        window = next((days for cue, days in _WINDOWS if cue.search(text)), None)
        if window is None:
            return None
        low, high = window
    days = sorted(published[r.doc] for r in happening.reports if r.doc in published)
    reporters = date.fromisoformat(days[len(days) // 2]).toordinal() if days else None
    reason = (f"“{report.mention.trigger}”{' (' + text + ')' if text else ''} is the happening "
              f"“{happening.reports[0].mention.title}” that {len({r.doc for r in happening.reports})} dated "
              f"article(s) date {when.value}: published between {dates.iso(first + low)} and "
              f"{dates.iso(last + high)}")
    return first + low, last + high, reporters, reason


def _choose(windows):
    """The day inside the most windows; among those, the nearest to when the dated reporters appeared."""
    candidates = sorted({edge for low, high, _, _ in windows for edge in (low, high)} |
                        {reporters for _, _, reporters, _ in windows if reporters is not None})
    reporters = sorted(r for _, _, r, _ in windows if r is not None)
    middle = reporters[len(reporters) // 2] if reporters else None

    def rank(day):
        inside = sum(low <= day <= high for low, high, _, _ in windows)
        return (-inside, abs(day - middle) if middle is not None else 0, day)

    day = min(candidates, key=rank)
    evidence = [reason for low, high, _, reason in windows if low <= day <= high]
    evidence.append(f"published {dates.iso(day)}: inside {len(evidence)} of {len(windows)} window(s)"
                    + (f", nearest to {dates.iso(middle)} when the dated articles appeared" if middle else ""))
    return day, evidence

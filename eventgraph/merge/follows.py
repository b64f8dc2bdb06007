"""A deed of violence told with no actor right after the deed it follows from.

News tells a clash with its parties and, in the next sentence or the one after, what it cost with no actor named
("rebels attacked a patrol", "at least nine rebels died"; "the raid was repelled", "hundreds were killed"). The toll
shares no actor and often no word with the deed, so the merge cannot join them, and when its text dates it more
precisely than the deed it is placed first, before the deed it belongs to exists. Once every report is placed, a
happening that names no actor joins the happening with actors that each of its articles told just before it: the
report of its kind (CAMEO root) nearest before each of its reports, in one of the two sentences before, names actors
and belongs to that happening. Only violence (roots 18-20), as `sole` reads it: elsewhere a sentence with no actor
tells as often of deeds in general. A toll with a report of its kind between it and the deed ("nine died in the
clash. On Tuesday, a mine killed twelve") follows that report, not the deed; dates that do not overlap, figures or
places that differ, or either told as one of many, as new or as another, keep them apart.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..events.happenings import CASUALTIES, DEATH
from ..events.lexicon import entries_by_first_word
from . import dates
from .places import apart
from .sole import plain_violence

if TYPE_CHECKING:
    from .cluster import Happening, Report

REACH = 2  # sentences before a toll the deed it follows from may be told in
TOLLS = frozenset({"kill", "injure", "die"})  # headlines of the lexicon's entries that tell what a deed cost


def follow_up(happenings: list[Happening]) -> list[Happening]:
    """The happenings, each violent one that names no actor joined to the one with actors it follows (see above)."""
    told: dict[tuple[str, str], list[tuple[int, int, Report, Happening]]] = {}
    for happening in happenings:
        for report in happening.reports:
            told.setdefault((report.doc, report.root), []).append(
                (report.mention.sentence, report.mention.trigger_start, report, happening))
    for reports in told.values():
        reports.sort(key=lambda entry: entry[:2])
    joined: set[int] = set()
    for happening in happenings:
        if happening.parts:
            continue
        deed = _followed(happening, told)
        if deed is not None:
            for report in happening.reports:
                deed.add(report)
            joined.add(happening.number)
    return [happening for happening in happenings if happening.number not in joined]


def _followed(toll: Happening, told: dict) -> Happening | None:
    """The one happening with actors that every report of the toll follows, when nothing keeps them apart."""
    found: set[int] = set()
    deed = None
    for report in toll.reports:
        if not plain_violence(report) or not (_toll(report) or report.points_back):
            return None
        before = [entry for entry in told[report.doc, report.root] if entry[0] < report.mention.sentence]
        if not before or before[-1][0] < report.mention.sentence - REACH or not before[-1][2].parts:
            return None
        deed = before[-1][3]
        found.add(deed.number)
    if deed is None or len(found) != 1 or deed.series or deed.until:
        return None
    if toll.span is None or deed.span is None or not dates.overlap(toll.span, deed.span):
        return None
    if any(deed.counts_otherwise(report) for report in toll.reports) or apart(toll.places, deed.places):
        return None
    return deed


def _toll(report: Report) -> bool:
    """Whether the report tells of people killed, dead or hurt ("nine were killed", "four died")."""
    return any(entry.headline in TOLLS or entry.label in (DEATH, CASUALTIES)
               for entry in entries_by_first_word().get(report.mention.trigger.lower().split()[0], ()))


"""A deed of violence told without its doer or target, in an article that tells one such deed.

An article that tells of one attack or one bombing, and in another sentence of "the attack", of people who "died"
or of a bomb that "exploded" with no actor named, tells of that deed twice: news repeats its happening in fewer
words further down. The merge's wording test cannot see it (the sentences share no word but their kind), and its
actor test has nothing to compare. The article itself tells them apart when it reports two deeds of the kind:
then neither is chosen. Only violence (CAMEO roots 18-20): other deeds told without an actor in business and
political news are as often deeds in general or others of their kind ("several others were investigated", "the case
was dropped", "had not been charged"). Of the same CAMEO code, on overlapping dates, none of them told as a new,
another or general instance; two reports that both name no actor still need their wording to agree. A report with
actors joins a happening with none only when its article tells the deeds of its kind with actors by one word: the
report with none may have been placed first, before the article's other deeds, and may follow one of those
(`follows`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..events.violence import VIOLENT
from . import dates
from .places import apart

if TYPE_CHECKING:
    from .cluster import Happening, Report


def sole_deed(report: Report, tells: dict[tuple[str, str], list[int]], happenings: list[Happening],
              deeds: dict[tuple[str, str], set[str]]) -> Happening | None:
    """The one happening of the report's CAMEO root its article tells, when one of the two names actors and the
    other none, and nothing tells them apart; `tells` lists the happenings each article tells, by article and
    root, and `deeds` the triggers of the reports with actors each article gives, by article and root."""
    numbers = tells.get((report.doc, report.root))
    if numbers is None or len(numbers) != 1 or not plain_violence(report):
        return None
    happening = happenings[numbers[0]]
    if bool(report.parts) == bool(happening.parts) or report.mention.code not in happening.codes:
        return None
    if report.parts and len(deeds[report.doc, report.root]) > 1:
        return None
    if not all(plain_violence(other) for other in happening.reports):
        return None
    if report.span is None or happening.span is None or not dates.overlap(report.span, happening.span):
        return None
    if happening.counts_otherwise(report):
        return None
    if apart(report.places, happening.places):
        return None
    return happening


def plain_violence(report: Report) -> bool:
    return report.root in VIOLENT and not (
        report.another or report.new or report.series or report.going_on or report.until)

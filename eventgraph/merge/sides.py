"""A deed one article tells once by its doer and again by whom it was done to.

News names the doer of a deed in one sentence ("Iran's attack was repelled") and, further down, points back at it
by a noun and names whom it was aimed at instead ("the attack on the tanker"), or names the target first and the doers
later ("the strike at the mill", "mill workers walked out"). The two reports share no actor, so the actor test of
the merge keeps them apart, yet neither says anything against the other. They are one deed when both are in one
article, of one kind of deed (not a statement, nor talks or a deal, which name their parties together), one names only
doers and the other only whom it was done to, neither names an actor of the other's, one of them is told by a noun
that points back ("the attack", "this strike"), and they are told by the same word or name the same kind of thing.
Reports in two articles are left to what the rest of the merge finds: an article that points back at a deed means the
one it has just told, another article's deed of that kind may be another.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..kinds import kind

if TYPE_CHECKING:
    from .cluster import Happening, Report


def one_sided(report: Report) -> bool:
    """Whether a report of a deed names its doers and not whom it was done to, or the other way round."""
    return not report.mutual and kind(report.mention.code)[0] == "act" and bool(report.sources) != bool(report.targets)


def other_side(report: Report, happening: Happening) -> bool:
    """Whether the report tells the happening's deed from the other side, in the same article (see above)."""
    if report.doc not in happening.docs or not happening.parts or bool(report.sources) == bool(happening.sources) or \
            bool(report.targets) == bool(happening.targets) or not one_sided(report):
        return False
    if not report.parts.isdisjoint(happening.wide_parts) or not report.wide_parts.isdisjoint(happening.parts):
        return False
    own = [other for other in happening.reports if other.doc == report.doc]
    if not (report.points_back or any(other.points_back for other in own)):
        return False
    return report.trigger in {other.trigger for other in own} or bool(report.kinds & happening.kinds)

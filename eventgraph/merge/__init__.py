"""Across articles: publication dates inferred for undated articles, and one event per happening."""

from __future__ import annotations

from ..events.lexicon import STATEMENT_ROOT, label
from ..kinds import kind
from .. import span
from ..ids import event_id
from ..model import Actor, Claim, Document, Event, Participant, Source
from ..temporal.intervals import interval
from . import dates
from .cluster import Happening, Report, cluster, collector_paused, date_of, reports
from .inference import infer_publication_dates

__all__ = ["infer_publication_dates", "merge_events"]


def merge_events(documents: list[Document], actors: list[Actor]) -> list[Event]:
    """One `Event` per happening, with every report of it as a source, in date order (ranked by
    `salience.rank` once the story's passes on merged events are done, see `pipeline`).
    When the story dates anything, a happening that only one article reports and nothing dates is left out, unless
    it is a plan its clauses tell, with a party named;
    a date far outside the story's span that only one article gives is not used."""
    with collector_paused():
        # the reports and happenings are freed before the collector resumes: it then walks only the events
        return _merged(documents, actors)


def _merged(documents: list[Document], actors: list[Actor]) -> list[Event]:
    by_id = {doc.id: doc for doc in documents}
    found = reports(documents, actors, span.plausibility(documents))
    happenings = cluster(found)
    events = [_event(happening, by_id) for happening in happenings]
    if any(event.date.value for event in events):
        # in a dated story, a happening one article mentions without any date cannot be placed: left out, unless
        # it is a plan, which is told ahead of any date
        events = [event for event, happening in zip(events, happenings)
                  if event.date.value or len({s.doc for s in event.sources}) > 1 or _plan(happening)]
    return sorted(events, key=_chronological)


def _plan(happening: Happening) -> bool:
    """"Acme will issue a bond", "Jan Novak is to visit Freedonia": a happening every report tells as a plan of its
    own clause, naming who takes part, is placed as planned, whatever date it will have."""
    return all(r.mention.own_plan for r in happening.reports) and any(r.mention.actors for r in happening.reports) \
        and kind(min(happening.codes))[0] != "statement"


def _event(happening: Happening, documents: dict[str, Document]) -> Event:
    event_date, dated_by = date_of(happening)
    code = min(happening.codes, key=lambda c: (-happening.codes[c], c))
    titled = _titled(happening)
    if kind(code)[0] == "statement" and dated_by is not None and dated_by.weak and titled.weak and \
            titled.date.value == event_date.value and titled.date.relation in ("reported", "before"):
        # statements of one day that the text dates no other way: the one the title tells says whether the
        # entry is a statement made that day ("says it is considering") or a deed done by then ("says it has sold")
        event_date = dates.related(event_date, titled.date.relation)
    ordered = sorted(happening.reports, key=lambda r: (r.doc, r.mention.sentence, r.mention.trigger_start))
    sources, seen = [], set()
    for report in ordered:
        doc = documents[report.doc]
        sentence = doc.sentences[report.mention.sentence]
        if (report.doc, sentence.start) in seen:
            continue
        seen.add((report.doc, sentence.start))
        sources.append(Source(report.doc, sentence.text, sentence.start, sentence.end, report.date))
    conflicts = _conflicts(happening, dated_by)
    return Event(id=_id(ordered, documents), title=titled.mention.title, code=code,
                 label=next((r.mention.label for r in ordered if r.mention.code == code and r.mention.label),
                            label(code)),
                 date=event_date, actors=_participants(happening), sources=sources, conflicts=conflicts,
                 claims=_claims(happening) if conflicts else [])


def _id(reports: list[Report], documents: dict[str, Document]) -> str:
    """Made from the report in the article published first: articles added later, as news comes in, keep it."""
    first = min(reports, key=lambda r: (documents[r.doc].published or "9999", r.doc, r.mention.sentence,
                                        r.mention.trigger_start))
    return event_id(first.doc, documents[first.doc].sentences[first.mention.sentence].text, first.mention.trigger)


def _titled(happening: Happening) -> Report:
    """The report whose title the event takes, the one that says most: actors and an object, a firm date, then the
    earliest; one that tells of the happening only as under way ("rather than end their strike") comes last. Of a
    speaker's comments, the one nearest the top of its article: news leads with what was said that matters most,
    and a later remark that names more parties ("it expects Acme and Widget to bid") adds a detail; of other
    happenings, the one that names most parties ("Acme rejects Widget's offer", not "Acme rejects the offer")."""
    def rank(report: Report):
        m = report.mention
        lead = m.sentence if report.root == STATEMENT_ROOT else 0
        return (report.going_on, -(bool(m.actors) + bool(m.object) + (not report.weak)), lead, -len(m.actors),
                report.doc, m.sentence, m.trigger_start)
    return min(happening.reports, key=rank)


def _participants(happening: Happening) -> list[Participant]:
    """Every actor any report names, most often named first, each in the role most reports give it."""
    roles: dict[str, dict[str, int]] = {}
    for report in happening.reports:
        for participant in report.mention.actors:
            counts = roles.setdefault(participant.actor, {})
            counts[participant.role] = counts.get(participant.role, 0) + 1
    ordered = sorted(roles, key=lambda actor: (-sum(roles[actor].values()), actor))
    return [Participant(actor, min(roles[actor], key=lambda role: (-roles[actor][role], role))) for actor in ordered]


def _conflicts(happening: Happening, dated_by: Report | None) -> list[str]:
    """Exact days that sources give and that fall outside the event's date: "2024-06-20 (doc id)"."""
    if dated_by is None or dated_by.span is None:
        return []
    found = []
    for report in happening.reports:
        if report.weak or report.span is None or report.width > 0 or dates.overlap(report.span, dated_by.span):
            continue
        entry = f"{report.date.value} ({report.doc})"
        if entry not in found:
            found.append(entry)
    return sorted(found)


def _claims(happening: Happening) -> list[Claim]:
    """Every date the reports that date the happening give, each with the articles that give it (a report of it
    under way gives the date it was under way, not its date)."""
    docs: dict[str, set[str]] = {}
    for report in happening.reports:
        if not report.weak and not report.going_on and report.span is not None:
            docs.setdefault(report.date.value, set()).add(report.doc)
    return [Claim(value, sorted(docs[value])) for value in sorted(docs)]


def _chronological(event: Event):
    span = interval(event.date.value)
    return (span is None, span[0] if span else 0, span[1] - span[0] if span else 0, event.id)

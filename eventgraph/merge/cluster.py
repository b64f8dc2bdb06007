"""Group event mentions from many articles into happenings.

Mentions are taken most precisely dated first; each joins the best-matching happening already formed or starts a new
one. Two reports are the same happening when their dates overlap as intervals (a weak publication date covers the
week before it), their CAMEO codes agree (or share a root, one being the root's general code, and their wording
agrees, or they are told by one verb: "offered 50 dlrs a share" and "offered to buy the company"), their
participants overlap (a person counts as the country or body they belong to as well, a group called by a plain
noun as the one group of its kind the story names in full: see `kin`), and, when
either names no actor, their wording agrees (or, when nothing else is in common, their trigger word). An actor whose
name ends in another actor's name of two words or more counts as that actor. One article's deed told once by its
doer and again, by a noun pointing back at it, by whom it was done to ("Iran's attack", "the attack on the post") is
one happening whose reports share no actor (see `sides`). A report of a happening that lasts,
told as under way ("still on strike"), is one that began within the year before it and was not over before it, and
its own date does not date the happening; "a new offensive" is not one told of as over. A deed that nothing dates
and that shares no word with a happening of its doer is that happening only when told with the same trigger. Two
reports that nothing dates, in articles more than a day apart, are one happening only when both tell of it in the
perfect ("has offered warships"): a deed told in the past ("repelled an attack") is the news of its article's day,
and, told with its doer and nothing but its trigger in common, not a happening dated more than a day before it. A
deed that nothing but its article dates, told as over by then, may be one of its doer dated within the year before:
a happening that lasts, named by a noun as one already told of ("the strike at the ports delayed shipments"), or the
deed its own article dates in another sentence, told by the same trigger ("said it bought a flour mill", "bought the
mill on June 2"), not a statement; "the talks" and "the merger" recur, and may be others. A
mention in a long sentence that another article appearing within a week gives word for word is the same report (a
wire story sent again), whatever each article's date makes of "today". Exact days one apart are one happening with a
date conflict only when it is evidently one (the same doer, target, trigger and wording, in other articles) and a
dateline can explain the day: not when articles of one day each count their own weekday back from it. Two
comments (CAMEO root 01) of one speaker that nothing but their articles dates, in two articles that both tell what
was said, are one comment only when some word of it is the same, not a word of the speaker's name ("industry
sources said") nor one that only dates it ("this year"), and, when a country or a body speaks, two such words, half
the words of a short remark, or one said of the same party: a speaker comments on several things (one dated
by its text, "said on Sunday", may be the interview another article quotes from, when a person gives it: a country
or a body says many things a day); in one article, one speaker's comments are one whoever each is about, and
whichever statement code each verb takes ("said", "denied"), but for declining to comment; one article's sources
named only by what they know ("industry sources", "trade sources") are one speaker. A country or a body that no
person speaks for, told in two articles that name no party in common but the speakers, each one the other's never
names, made two remarks: a release on each party's loan says alike what the loan is for. Two reports of a mutual
happening (talks, an agreement) that each name two parties or more, and name different ones besides those they
share, are two happenings: one party's talks or deals with two others; talks linked only through the country or
body a party belongs to ("the Navy's negotiations", "the United States' talks") need some word alike besides the
name of their kind, as any happening so linked needs wording alike, unless each party of one belongs to a party
of the other ("Lula and Merkel met", "Brazil and Germany met"). A report that names no actor gives almost no
evidence: it joins a happening without adding its words, days or triggers for the next report to join on, and a
happening that names no actor and that its text dates only to a month or coarser takes no report that names one.
One that gives nothing of its own (no actor, no word of what it is about, no date but its article's) in an article that
tells a happening of its kind with actors points back at that one, not at another article's by its verb alone.
Talks, a meeting or a deal that names no party and that its text dates to a day or a few, and one that names parties,
are one happening only when something besides their kind and day ties them: the same article, a word besides the
name of their kind, the place, or a party of one that the other's article names, unless each tells in words of its
own, none alike, whose or what it is ("a meeting of the Fund", "the meeting of industrial nations"): many bodies meet
on any day.
Deeds told in one place ("strikes in Velka Lhota") are not deeds told in another ("a strike in Port Marin").
A deed done to a party, and one told in an article that names someone but never that party, are two deeds ("lowered
its rating of Acme", "lowered its rating of Zenith"); so are a deed with actors and one with none whose article
names none of them.
Deeds of conflict told in the plural with no date and nothing that counts or points at them ("Iranian attacks on
shipping") are deeds of that kind in general, none of its instances; so is any happening told in the plural with how
often it recurs ("its raids, averaging two a month", "weekly auctions"), or, undated, with how often its doer does it
("often the ministry announces curbs"). A deed its text dates only to a month or
coarser, in an article of the week after a deed of its doer dated to the day, is another deed unless told in the same
words: an article that close would give the day. Violence that nothing dates, told by a verb in the past ("forces
attacked a ship"), is not a dated attack of its doer by that verb alone: a doer at war attacks most days. Two reports of
one doer that only their articles date, in two articles, that each tell what they are about in words the other lacks and
name no party done to or spoken of, are two ("threatened to veto the tax bill", "threatened to block sanctions"). A deed
of violence that no other happening takes, in an article that tells one deed of its kind, is that deed when one of the
two names no actor ("four people died", "the bomb exploded"; see `sole`). Once every report is placed, violence told
with no actor, as a toll or by a noun pointing back, in one of the two sentences after a deed of its kind with actors
and with no report of its kind between, is that deed ("rebels attacked a patrol", "nine died"; see `follows`).

Candidates are blocked, never compared all against all: a happening is filed under each of its participants,
the words that name its kind of thing and its trigger words, combined with its CAMEO root and its date at its
own precision (day, month, year, decade, century), plus the coarser periods that contain it. A mention looks
only at the files its own keys open; one that names actors looks up its trigger words only among happenings
that name none. An undated deed told as over looks, too, at the happenings its own article dates, and one that
lasts, named as one told of before, at the months of the year before its article."""

from __future__ import annotations

import gc
from contextlib import contextmanager
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from ..events.happenings import ROOT as OUTSIDE_CAMEO
from ..events.lexicon import STATEMENT_ROOT, is_mutual
from ..kinds import kind
from ..lasting import lasting
from ..model import Actor, Date, Document, EventMention
from ..temporal.intervals import interval
from . import dates, telling
from .anchors import anchored
from .follows import follow_up
from .kin import kin_groups
from .places import apart, named_alike, places
from .relation import TEXT_GAVE_NONE, definite, ended, relate, violence_told_done
from .sides import one_sided, other_side
from .sole import sole_deed
from .wording import WHEN, demonyms, directions, kind_words, measures, name_words, numbers, opposed, similarity, \
    trigger_stem

MATCH = 0.5  # lowest score for a mention to join a happening
KIN_WORDING = 0.3  # wording two reports need when only the country an actor belongs to links them (and
# they must be dated alike: both by their text, or both only by publication)
RECENT = 64  # happenings looked at per file, the latest ones: bounds the work on actors in every story
CONFLICT_DAYS = 1  # two exact days this close may still be one happening reported with a date conflict
CONFLICT_COST = 0.05
VAGUE_DAYS = 7  # a report with no actor dated less precisely than this needs more than the kind of thing
GOING_ON = 366  # days before its report a happening under way may have begun
MONTH_DAYS = 31  # the longest period a deed's first report, dated only by its article, narrows to its day
NO_COMMENT = "011"  # CAMEO "Decline comment"
_LEVELS = ((10, "d"), (62, "m"), (366, "y"), (3660, "D"))


_DERIVED = {"init": False, "repr": False, "compare": False}  # a report's field worked out from the others


@dataclass(slots=True)  # hundreds of thousands are made, compared and freed in a large corpus
class Report:
    """One event mention with what matching needs."""

    doc: str
    mention: EventMention
    span: tuple[int, int] | None
    weak: bool  # dated only by the publication date
    sources: frozenset[str]
    targets: frozenset[str]
    words: frozenset[str]
    mutual: bool
    wide_sources: frozenset[str] = frozenset()  # with the countries and bodies the actors belong to
    wide_targets: frozenset[str] = frozenset()
    date: Date | None = None  # the date the report gives, with its relation (default: the mention's)
    going_on: bool = False  # told of as under way at its date, begun before it: its date is not the happening's
    new: bool = False  # told of as a new instance ("a new offensive")
    ended: bool = False  # told of as over at its date ("the offensive had ended")
    another: bool = False  # told of as following an earlier one of its kind ("a second bombing")
    copy: str | None = None  # the mention's sentence, trigger and code, when the sentence is long
    published: int | None = None  # the day its article appeared
    perfect: bool = False  # told in the perfect ("has offered"): a state that later articles report again
    occasion: bool = False  # named, with no actor and no date, as the occasion of another ("after the freeze")
    series: bool = False  # deeds of a kind in general ("Iranian attacks"), not one of them
    places: frozenset[str] = frozenset()  # where a deed took place, as its clause names it ("in Port Marin")
    people: frozenset[str] = frozenset()  # the doers that are persons, not countries or bodies
    definite: bool = False  # told as one its article has told of ("the attack"), with no actor or as one that lasts
    violence_by_verb: bool = False  # violence nothing dates, told by a verb in "-ed" ("forces attacked a ship")
    cast: frozenset[str] = frozenset()  # every actor its article names
    deed_doers: frozenset[str] = frozenset()  # of a statement, the other doers of deeds its sentence tells
    points_back: bool = False  # told by a noun that points back at it ("the attack"), whatever actors it names
    kind_told: bool = False  # its article tells a happening of its CAMEO root that names actors
    until: str | None = field(**_DERIVED)
    day: int | None = field(**_DERIVED)
    kinds: frozenset[str] = field(**_DERIVED)
    root: str = field(**_DERIVED)
    parts: frozenset[str] = field(**_DERIVED)
    trigger: str = field(**_DERIVED)
    numbers: frozenset[str] = field(**_DERIVED)
    directions: frozenset[str] = field(**_DERIVED)  # the ways the changes its words tell go (`_changed_otherwise`)
    wide_parts: frozenset[str] = field(**_DERIVED)
    width: int = field(**_DERIVED)
    precise: bool = field(**_DERIVED)
    firm: bool = field(**_DERIVED)
    sought: tuple[tuple[str, str], ...] = field(**_DERIVED)
    features: list[str] = field(**_DERIVED)

    def __post_init__(self) -> None:
        self.date = self.date or self.mention.date
        # a running tally or state is one instance per day it is reported; one that lasts, told as under way
        # since a day, is the happening that began then
        self.until = None if self.going_on else self.date.until
        self.day = self.span[1] if self.weak and self.span else None  # the day of a report that dates nothing
        self.kinds = self.words & kind_words()
        self.root = self.mention.code[:2]
        self.parts = self.sources | self.targets
        self.trigger = trigger_stem(self.mention.trigger)
        # the figures a deed's object states ("killed 22 people"); what a statement says may give several
        self.numbers = numbers(self.mention) if kind(self.mention.code)[0] == "act" else frozenset()
        self.directions = directions(self.words)
        self.wide_parts = self.wide_sources | self.wide_targets
        self.width = self.span[1] - self.span[0] if self.span else 10 ** 9
        given = interval(self.date.value)
        self.precise = not self.weak and given is not None and given[1] - given[0] <= VAGUE_DAYS
        self.firm = self.span is not None and not self.weak and not self.going_on
        # the files it looks in and the features a happening it joins is filed under, worked out once
        self.features = _features(self.wide_parts, self.kinds, (self.trigger,))
        # one that names actors looks up its trigger only among happenings that name none (see `_features`)
        self.sought = tuple((self.root, feature) for feature in self.features[:-1]) + \
            ((self.root, f"u:{self.trigger}" if self.wide_parts else self.features[-1]),)


@dataclass(slots=True)
class Happening:
    number: int
    root: str
    reports: list[Report] = field(default_factory=list)
    span: tuple[int, int] | None = None
    weak: bool = True
    sources: set[str] = field(default_factory=set)
    targets: set[str] = field(default_factory=set)
    wide_sources: set[str] = field(default_factory=set)
    wide_targets: set[str] = field(default_factory=set)
    parts: set[str] = field(default_factory=set)
    wide_parts: set[str] = field(default_factory=set)
    words: set[str] = field(default_factory=set)
    directions: set[str] = field(default_factory=set)  # of its words, kept with them: asked of every candidate report
    kinds: set[str] = field(default_factory=set)  # the words it is filed under
    codes: dict[str, int] = field(default_factory=dict)  # how many reports give each code
    labels: set[str] = field(default_factory=set)  # the kinds of a happening outside CAMEO (code 00)
    docs: set[str] = field(default_factory=set)
    sentences: set[tuple[str, int]] = field(default_factory=set)
    triggers: set[str] = field(default_factory=set)
    spots: set[tuple[str, int]] = field(default_factory=set)  # the article and offset of each dated report's trigger
    numbers: dict[str, set[str]] = field(default_factory=dict)  # the figures its reports' objects state, by trigger
    places: set[str] = field(default_factory=set)  # the places its reports name
    until: str | None = None
    days: set[int] = field(default_factory=set)  # the days of its reports that date nothing
    said: bool = False  # a statement reported without a date of its own
    perfect: bool = False  # a report that dates nothing tells of it in the perfect
    ended: int | None = None  # the first day a report tells of it as over
    dated: bool = False  # some report's own text dates it (not only its article, not only as under way)
    series: bool = False  # its first report tells of deeds of a kind in general

    def counts_otherwise(self, report: Report) -> bool:
        """Whether the report states other figures than the happening's reports by the same word: "killed 22 people"
        and "killed some 80 people" are two tolls, two happenings; "attacked 40 guards" and "killed nine guards"
        count two things of one."""
        figures = self.numbers.get(report.trigger)
        return bool(report.numbers and figures) and report.numbers.isdisjoint(figures)

    def add(self, report: Report) -> None:
        """The founding report sets who takes part; later ones only add wording and dates, so that a chain of
        loosely similar reports cannot drift from one happening to another. A later report that names no actor
        adds neither (`echoes`): it joined on wording and a day alone, and what it brings would let the next
        report with no actor join on its words or day, a chain of unrelated strikes or talks."""
        echo = echoes(self, report)
        if not self.reports:
            self.until = report.until
            self.series = report.series
        if report.day is not None and not echo:
            self.days.add(report.day)
            self.said = self.said or report.date.relation == "reported"
            self.perfect = self.perfect or report.perfect
        if not self.reports or not self.parts:
            self.sources |= report.sources
            self.targets |= report.targets
            self.wide_sources |= report.wide_sources
            self.wide_targets |= report.wide_targets
            self.parts = self.sources | self.targets
            self.wide_parts = self.wide_sources | self.wide_targets
        self.reports.append(report)
        self.docs.add(report.doc)
        self.sentences.add((report.doc, report.mention.sentence))
        if not report.weak:
            self.spots.add((report.doc, report.mention.trigger_start))
        self.codes[report.mention.code] = self.codes.get(report.mention.code, 0) + 1
        self.labels.add(report.mention.label)
        if not echo:
            self.triggers.add(report.trigger)
            if report.numbers:
                self.numbers.setdefault(report.trigger, set()).update(report.numbers)
            self.places |= report.places
            self.words |= report.words
            self.directions |= report.directions
            self.kinds |= report.kinds
        self.dated = self.dated or report.firm
        if report.ended and report.span:
            self.ended = min(self.ended or report.span[1], report.span[1])
        if report.going_on and self.span is not None:
            return
        if report.span and (self.span is None or (self.weak and not report.weak) or
                            (self.weak == report.weak and report.width < self.span[1] - self.span[0])):
            if self.span is None or not report.weak or self.weak:
                self.span, self.weak = report.span, report.weak


def echoes(happening: Happening, report: Report) -> bool:
    """Whether a report joins a happening formed already without naming any actor: it is evidence that the
    happening was reported again, not of what else belongs to it."""
    return bool(happening.reports) and not report.parts


def reports(documents: list[Document], actors: list[Actor],
            plausible: Callable[[Date], bool] = lambda given: True) -> list[Report]:
    """Every event mention of every document, ready for matching, with the date its evidence gives it. A date
    that `plausible` rejects (a misread year far outside the story) is not used: the report is undated."""
    keys = {actor.id for actor in actors} | {p.actor for doc in documents for m in doc.event_mentions
                                             for p in m.actors}
    short = short_names(keys)
    belongs = {short.get(actor.id, actor.id): short.get(actor.affiliation, actor.affiliation)
               for actor in actors if actor.affiliation}
    persons = {short.get(actor.id, actor.id) for actor in actors if actor.type == "person"}
    kin = {short.get(bare, bare): short.get(full, full) for bare, full in kin_groups(actors).items()}
    unnamed = {short.get(actor.id, actor.id) for actor in actors if _unnamed_sources(actor)}
    found = []
    # the same few groups of actors, objects and triggers recur across articles: each worked out once
    widened: dict[frozenset[str], frozenset[str]] = {}
    worded: dict[tuple[str, ...], frozenset[str]] = {}
    for doc in documents:
        # without the linked actors, the affiliations the article's own mentions state
        local = {} if belongs else {m.actor: m.affiliation for m in doc.mentions if m.affiliation}
        if not belongs:
            widened = {}
        from_anchors = anchored(doc)
        published = (interval(doc.published) or (None, None))[1]
        cast = frozenset(short.get(m.actor, m.actor) for m in doc.mentions)
        doers = _deed_doers(doc, short)
        named_roots = {m.code[:2] for m in doc.event_mentions if m.actors}
        speaker = _one_voice(doc, short, unnamed)
        for index, mention in enumerate(doc.event_mentions):
            sources = frozenset(short.get(p.actor, p.actor) for p in mention.actors if p.role != "target")
            if speaker and mention.code[:2] == STATEMENT_ROOT:
                sources = frozenset(speaker.get(actor, actor) for actor in sources)
            targets = frozenset(short.get(p.actor, p.actor) for p in mention.actors if p.role == "target")
            told = telling.of(doc, mention)
            given = relate(doc, mention, told, from_anchors.get(index))
            if given.source not in TEXT_GAVE_NONE and not plausible(given):
                given = Date(None, "none", "none", given.text)  # a misread year: undated, never a guess
            going = given.value is not None and told.going_on
            weak = dates.weak(given)
            weak_before = weak and given.relation == "before"  # over by the day of its article, nothing else dates it
            for group in (sources, targets):
                if group not in widened:
                    widened[group] = _widen(group, belongs, local, kin)
            if told.words not in worded:
                worded[told.words] = frozenset(told.words)
            found.append(Report(doc.id, mention, _span(given, going), weak and not going, sources,
                                targets, worded[told.words], is_mutual(mention.code),
                                widened[sources], widened[targets], given, going, told.new,
                                going and ended(doc, mention), told.another, told.copy, published, told.perfect,
                                not sources and not targets and weak_before and mention.occasion, told.series,
                                places(doc, mention) if kind(mention.code)[0] == "act" else frozenset(),
                                sources & persons, (not sources and not targets or weak_before and lasting(mention))
                                and definite(doc, mention), weak_before and violence_told_done(mention), cast,
                                doers.get(mention.sentence, frozenset()) - sources
                                if kind(mention.code)[0] == "statement" else frozenset(),
                                definite(doc, mention), mention.code[:2] in named_roots))
    return found


def _unnamed_sources(actor: Actor) -> bool:
    """Sources the text names by what they know, not who they are ("industry sources", "trade sources")."""
    return actor.type == "group" and not actor.affiliation and actor.name.lower().split()[-1:] == ["sources"]


def _one_voice(doc: Document, short: dict[str, str], unnamed: set[str]) -> dict[str, str]:
    """One article's unnamed sources that speak, as the first of them: a wire story gathers what it was told
    from its own contacts ("industry sources said", "supply sources said") into one account, one statement."""
    speaking = {short.get(p.actor, p.actor) for m in doc.event_mentions if m.code[:2] == STATEMENT_ROOT
                for p in m.actors if p.role != "target"} & unnamed
    if len(speaking) < 2:
        return {}
    first = {actor: min((named.start for named in doc.mentions if short.get(named.actor, named.actor) == actor),
                        default=0) for actor in speaking}
    voice = min(speaking, key=lambda actor: (first[actor], actor))
    return {actor: voice for actor in speaking if actor != voice}


def _deed_doers(doc: Document, short: dict[str, str]) -> dict[int, frozenset[str]]:
    """The doers of the deeds each sentence of the article tells, by sentence."""
    found: dict[int, set[str]] = {}
    for mention in doc.event_mentions:
        if kind(mention.code)[0] != "statement":
            found.setdefault(mention.sentence, set()).update(
                short.get(p.actor, p.actor) for p in mention.actors if p.role != "target")
    return {sentence: frozenset(doers) for sentence, doers in found.items()}


def short_names(keys: set[str]) -> dict[str, str]:
    """The shortest other actor whose name of two words or more ends the actor's name: an English noun phrase
    ends in its head, and words before it only narrow it ("US Department of Transportation" is the
    "Department of Transportation", "Icahn-controlled Trans World Airlines" is "Trans World Airlines"). Not a name
    that ends two names of which neither ends the other: "Trust Co" may be "Bankers Trust Co" or "U.S. Trust Co",
    and the two are not one party."""
    shorter: dict[str, list[str]] = {}  # an actor -> the other actors whose names end its name, longest first
    ending: dict[str, list[str]] = {}  # an actor -> the actors whose names end in its name
    for key in keys:
        words = key.split("-")
        for start in range(1, len(words) - 1):
            if (short := "-".join(words[start:])) in keys:
                shorter.setdefault(key, []).append(short)
                ending.setdefault(short, []).append(key)
    shared = {short for short, names in ending.items() if not _nested(names)}
    found = {}
    for key, names in shorter.items():
        if (kept := [short for short in names if short not in shared]):
            found[key] = kept[-1]
    return found


def _nested(names: list[str]) -> bool:
    """Whether of every two names one ends the other."""
    ordered = sorted(names, key=len)
    return all(longer.endswith(f"-{shorter}") for shorter, longer in zip(ordered, ordered[1:]))


def _span(given: Date, going: bool = False) -> tuple[int, int] | None:
    """The days a report's date allows: a statement dated only by its report was made that day or the day
    before; a state "since March" holds from March until the report; one under way began within `GOING_ON`
    days before its date."""
    span = dates.of(given)
    if span is None:
        return None
    if going:
        end = interval(given.until) if given.relation == "since" else span
        return (end or span)[1] - GOING_ON, (end or span)[1]
    if given.relation == "reported":
        return span[1] - 1, span[1]
    if given.relation == "since" and (end := interval(given.until)):
        return span[0], end[1]
    return span


def _widen(actors: frozenset[str], belongs: dict[str, str], local: dict[str, str],
           kin: dict[str, str]) -> frozenset[str]:
    owners = {belongs.get(actor) or local.get(actor) or kin.get(actor) for actor in actors}
    return actors | {owner for owner in owners if owner}


def score(report: Report, happening: Happening) -> float | None:
    """How well a report fits a happening; None when it cannot be the same happening."""
    conflict = False
    # the tests that turn most candidates away come first (each is asked of hundreds of thousands)
    if report.weak and happening.weak and (report.date.relation == "reported" or happening.said) and \
            report.day not in happening.days:
        return None  # "X said" in articles of different days: different statements
    sides = False  # one article's deed told by its doer, then by whom it was done to: never with an actor in common
    if report.parts and happening.parts and report.parts.isdisjoint(happening.wide_parts) and \
            report.wide_parts.isdisjoint(happening.parts):
        sides = other_side(report, happening)
        if not sides:
            return None  # no actor in common, not even as the country one belongs to (asked early: it is cheap)
    if not report.mutual and report.sources and happening.sources and \
            report.sources.isdisjoint(happening.wide_sources) and report.wide_sources.isdisjoint(happening.sources):
        return None  # two deeds or remarks of different doers, whatever their targets share
    if report.weak and happening.weak and report.day is not None and not (report.perfect and happening.perfect) and \
            _days_apart(report.day, happening.days) and not _recalled(report, happening):
        return None  # undated news of days apart: only what "has" happened is told again days later
    if not report.weak and (report.doc, report.mention.trigger_start) in happening.spots:
        return None  # one word its text dates as two instances ("visited Lima in March and again in May")
    if report.until != happening.until or report.series != happening.series:
        return None  # deeds of a kind in general ("Iranian attacks") are none of its instances
    if (report.new or report.going_on and not report.ended) and happening.ended is not None and \
            report.span[1] > happening.ended:
        return None  # neither under way nor new again after it was over: "a new offensive" is another one
    if report.numbers and happening.counts_otherwise(report):
        return None
    if apart(report.places, happening.places):
        return None  # "strikes in Velka Lhota" and "a strike in Port Marin": two deeds of a kind, two places
    if report.another and happening.span and not happening.weak and \
            happening.span[1] < (report.day if report.weak else report.span[0]):
        return None  # "a second bombing" is not the one dated before it
    if report.mention.code == OUTSIDE_CAMEO and report.mention.label not in happening.labels:
        return None  # an accident and an appointment on one day are two happenings
    if opposed(report.trigger, happening.triggers):
        return None  # "raised its rating" and "lowered its rating": a change each way is two deeds
    if _changed_otherwise(report, happening):
        return None  # a remark of a cut and one of a rise: two announcements
    if _done_to_unnamed(report, happening):
        return None  # "lowered its rating of Acme" and "lowered its rating of Zenith": each article names its own
    if report.span and happening.span and not dates.overlap(report.span, happening.span) and \
            not _recalled(report, happening) and not _named_earlier(report, happening):
        if not _close_days(report, happening):
            return None
        conflict = True
    words = _wording(report, happening)
    same_code = report.mention.code in happening.codes
    if not same_code and not _one_verb(report, happening) and \
            (words < 0.5 and not sides or not _kin_codes(report.mention.code, happening.codes)) and \
            not _more_of_one_statement(report, happening):
        return None
    if report.parts and happening.parts:
        # "Lula said" and "Brazil said" may be one statement, "Lula said" and "Amorim said" are two; a
        # directed happening linked only through the country needs some shared wording
        if report.mutual:
            if _other_counterparts(report, happening):
                return None  # "talks with Novak" and "talks with Smith": one party's two meetings
            if not report.parts & happening.parts and not _one_for_one(report, happening, words) and _kin_only(
                    similarity(_own_words(report), _own_words(happening)), report, happening):
                return None  # "talks" are talks: the Navy's talks with a firm are not all the United States holds
            shared = _shared(report.parts, report.wide_parts, happening.parts, happening.wide_parts)
        else:
            sources = _shared(report.sources, report.wide_sources, happening.sources, happening.wide_sources)
            targets = _shared(report.targets, report.wide_targets, happening.targets, happening.wide_targets)
            # one speaker's comments in one article are about several people and things: one comment still
            briefing = report.root == STATEMENT_ROOT and sources and report.doc in happening.docs
            if report.targets and happening.targets and not targets and not briefing:
                return None
            shared = 1.0 if sources or targets or sides else 0.0
            direct = report.sources & happening.sources or report.targets & happening.targets or sides
            if not direct and _kin_only(words, report, happening):
                return None
            if not words and not (report.firm and happening.dated) and not _told_alike(report, happening):
                return None
            if not words and _vaguer_than_news(report, happening):
                return None
            if not words and _told_apart(report, happening):
                return None  # "threatened to veto the tax bill" and "threatened to block sanctions": two threats
            if (happening.said or report.date.relation == "reported") and report.sources and happening.sources \
                    and not report.sources & happening.sources:
                return None  # two statements dated only by their reports need the same speaker
            if report.root == STATEMENT_ROOT and report.words and happening.words and \
                    report.doc not in happening.docs and (report.weak and happening.weak or (
                        report.weak or happening.weak) and report.people.isdisjoint(happening.sources)) and \
                    not _said_alike(report, happening):
                # what one speaker is said to think in two articles, in no word alike: two comments; only a person
                # gives the interview that another article may quote from, a country or a body says many things a day
                return None
            if report.root == STATEMENT_ROOT and report.weak and happening.weak and \
                    report.doc not in happening.docs and _of_other_parties(report, happening):
                return None  # "the loan will support reforms" of one article's loan and of another's: two remarks
        if shared == 0:
            return None
        value = shared + 0.5 * words + (0.3 if same_code else 0.0)
    else:
        if not words and report.trigger in happening.triggers and not _news_of_other_day(report, happening) and \
                not _kind_alone(report, happening) and not _own_told(report, happening):
            words = 0.5  # "the strike was ruled illegal" and "the court ruled it illegal": one side names no actor
        if not same_code or words < 0.5:
            return None
        if report.parts and not happening.parts and not happening.weak and happening.span is not None and \
                happening.span[1] - happening.span[0] > VAGUE_DAYS:
            return None  # "negotiations in 1987" with no party is no happening for a party's talks to join
        if not report.parts and not report.precise and not _specific_fit(report, happening):
            return None
        if report.mutual and _unnamed_on_a_day(report, happening) and not _tied(report, happening):
            return None  # "a meeting on Thursday" is not every party's meeting of that day
        value = 0.5 * words + 0.3
    if conflict:
        # only a close fit survives a date conflict, and a happening on the report's own day fits better: the
        # same actors and the same words for what was done; statements on two days are two statements
        if value < 1.0 or words < 0.5 or kind(report.mention.code)[0] == "statement":
            return None
        return value - CONFLICT_COST
    return value


def _wording(report: Report, happening: Happening) -> float:
    """How alike a report and a happening are told, leaving out, in other articles, the words that name a country
    both have as a party ("Iranian attacks" and "Iran's attack on a tanker"): they tell who took part, which the
    parties already say. One article telling of a deed twice names its parties alike ("killed Ruritanians",
    "routed a Ruritanian column")."""
    alike = report.words & happening.words
    if alike and report.doc not in happening.docs:
        shared = demonyms(frozenset(report.wide_parts & happening.wide_parts))
        if alike & shared:
            return similarity(report.words - shared, happening.words - shared)
    return similarity(report.words, happening.words)


def _kin_only(words: float, report: Report, happening: Happening) -> bool:
    """Whether a report that shares no actor with a happening, only the country or body one belongs to ("Lula",
    "Brazil"; "the Navy", "the United States"), lacks what would still make it the same: some wording alike and a
    date of one kind (both by their text, or both only by their articles)."""
    return words < KIN_WORDING or report.weak != happening.weak


def _one_for_one(report: Report, happening: Happening, words: float) -> bool:
    """Whether the parties of a mutual report and of a happening are as many, and those of one each belong to a
    party of the other: "Lula and Merkel signed" is "Brazil and Germany signed". With one party each, only when
    they are told alike ("Kowal signed the accord", "Ruritania signed the accord"): a body holds many meetings, and
    "the minister met bankers last night" is not "the ministry's annual meeting" by that link alone."""
    return len(report.parts) == len(happening.parts) and (len(report.parts) > 1 or words > 0) and (
        report.wide_parts & happening.parts == happening.parts or happening.wide_parts & report.parts == report.parts)


def _days_apart(day: int, days: set[int]) -> bool:
    """Whether no day of `days` is `day` or one next to it."""
    return day not in days and day - 1 not in days and day + 1 not in days


def _recalled(report: Report, happening: Happening) -> bool:
    """Whether an occasion that nothing dates ("strikes following the wage freeze") may name a happening told
    with the same trigger and dated by other reports before its article (within the year before it), or named as
    an occasion in other articles too: it happened before its article, whenever that was. Dated reports are
    placed first, so an occasion joins one dated instance and never links two."""
    if not report.occasion or report.day is None or happening.span is None or \
            report.trigger not in happening.triggers:
        return False
    return report.day - GOING_ON <= happening.span[1] <= report.day or \
        all(other.occasion for other in happening.reports)


def _named_earlier(report: Report, happening: Happening) -> bool:
    """Whether a report that only its article dates, of a happening over or under way by then, may be a happening
    of the same doer dated earlier, within the year before the article (the publication day only bounds it): a
    happening that lasts, named by a noun as one already told of ("the strike at the ports delayed shipments"), or
    one its own article dates in another sentence and tells of with the same trigger ("said it bought a flour
    mill", "bought the mill on June 2"). Not a statement told as over."""
    if not (report.weak and report.date.relation == "before" and report.day is not None and happening.dated and
            happening.span is not None and report.day - GOING_ON <= happening.span[1] <= report.day) or \
            kind(report.mention.code)[0] == "statement":
        return False  # "the company has said" is one of the many things a speaker says
    return bool(report.sources & happening.sources) and (
        report.definite or report.doc in happening.docs and report.trigger in happening.triggers)


def _news_of_other_day(report: Report, happening: Happening) -> bool:
    """Whether a deed that only its article dates, told in the past with its doer ("Iraq said it repelled an
    attack"), is the news of a day other than the happening's: the happening's own text dates it more than a day
    before the article appeared. With nothing but its trigger in common, such a deed is another one of its kind;
    one told without a doer ("after the stoppage was ruled illegal") refers back to a happening told before."""
    return report.weak and not report.perfect and bool(report.parts) and report.day is not None and \
        kind(report.mention.code)[0] == "act" and happening.dated and happening.span is not None and \
        happening.span[1] < report.day - 1


def _vaguer_than_news(report: Report, happening: Happening) -> bool:
    """Whether a report its text dates only to a month or coarser ("attacked earlier this month") appeared within a
    week after the day the happening's own text gives: an article that close would tell that day ("on Sunday").
    With nothing but the doer and the kind of deed in common, it tells of another deed."""
    return report.firm and not report.precise and report.published is not None and happening.dated and \
        happening.span is not None and happening.span[1] - happening.span[0] <= VAGUE_DAYS < report.width and \
        0 <= report.published - happening.span[1] <= VAGUE_DAYS


def _said_alike(report: Report, happening: Happening) -> bool:
    """Whether two remarks share a word of what was said: not a word of the speakers' names ("Taiwan's industry
    is expected to decline, industry sources said") nor one that only dates it ("from July this year"). A country or
    a body that no person speaks for says many things a day, each in its own release: one word of a topic it keeps
    to ("corn sales to Japan", "corn sales to Egypt") is no sign of one remark; two are, or half the words of a
    short one ("has denied the charges"), or one said of the same party ("owns 15 pct of USAir", "USAir's shares"). The
    name of a party whose deed either remark reports ("the agency has reallocated credits, the ministry said") is
    no such word: what the body says of another's deeds is as many things as those deeds."""
    doers = report.deed_doers.union(*(other.deed_doers for other in happening.reports))
    alike = (report.words & happening.words) - name_words(frozenset(report.sources | happening.sources | doers)) - \
        WHEN - measures()
    targets = frozenset(target for other in happening.reports for target in other.targets)
    if report.people & happening.sources or report.targets & targets or \
            alike & name_words(report.targets | targets):
        return bool(alike)
    return len(alike) > 1 or 2 * len(alike) >= len(report.words)


def _of_other_parties(report: Report, happening: Happening) -> bool:
    """Whether two remarks of a country or a body that no person speaks for, in other articles, are told in articles
    that name no party in common but the speakers, each one the other's never names: a body announces one loan,
    grant or ruling to each party in a release of its own ("the loan will support reforms", of two countries'
    loans), and a release told twice names the same parties."""
    if report.people or any(other.people for other in happening.reports):
        return False
    casts = frozenset().union(*(other.cast for other in happening.reports))
    speakers = report.wide_sources | happening.wide_sources
    return bool(report.cast - casts) and bool(casts - report.cast) and report.cast & casts <= speakers


def _told_apart(report: Report, happening: Happening) -> bool:
    """Whether a report and a happening of its doer, both dated only by their articles and told in other articles,
    each tell what they are about in words the other lacks, and neither names a party done to (of remarks: not both
    name a party spoken of). A doer threatens, demands or attacks several things a day ("threatened to veto the tax
    bill", "threatened to block sanctions"; "attacked the northern front", "attacked shipping"): an article that means
    the one another tells gives some word of it or the party it was aimed at. A remark of a party and one of none in
    other words are two remarks; a deed is told again with the party it was done to called by a noun that names no
    actor ("suspended Jan Novak", "suspended the official"). One told by its verb alone ("has asked for help"), or
    whose words only name the party ("blamed Iran"), says nothing against it."""
    if kind(report.mention.code)[0] == "statement":
        no_party = not report.targets or not happening.targets
    else:
        no_party = not report.targets and not happening.targets
    if not (report.weak and happening.weak and report.doc not in happening.docs and no_party):
        return False
    named = name_words(report.targets.union(*(other.targets for other in happening.reports)))
    return bool(report.words - named) and bool(happening.words - named)


def _kind_alone(report: Report, happening: Happening) -> bool:
    """Whether a report and a happening in other articles, one of them naming no actor, share only their trigger
    while each tells what it is about in words of its own: "reached a settlement on wages" and "reached a
    compromise over quotas" on one day are two bargains when neither names an actor. Remarks ("welcomed",
    "criticised") are two so whichever of them names its speaker: "a communique welcoming the accord" is not the
    minister's welcome of the measures, since many speak on a day; a deed ("the strike was ruled illegal") may be
    the one its doer's report tells with another object ("the court ruled it illegal"). One told by its trigger
    alone ("reached it") may refer to the other."""
    if report.doc in happening.docs or not report.words or not happening.words or \
            report.parts and happening.parts:
        return False
    return kind(report.mention.code)[0] == "statement" or not report.parts and not happening.parts


def _own_told(report: Report, happening: Happening) -> bool:
    """Whether a report that gives nothing of its own, no actor, no word of what it is about and no date but its
    article's ("the assets acquired", "such as a merger"), is in an article that tells a happening of its kind with
    actors, and the happening is told in other articles only: it points back at its own article's happening, not
    at another article's by the verb alone. A remark told so ("the demand rose") is no speaker's remark another
    article names, whatever its own article tells: remarks of a kind are many on a day. A deed its article tells no
    other of may be the one another article names ("after the wage freeze"); one its text dates ("the fighting in
    1983") may be another's."""
    return report.weak and not report.parts and not report.words and report.doc not in happening.docs and \
        (report.kind_told or bool(happening.parts) and kind(report.mention.code)[0] == "statement")


def _done_to_unnamed(report: Report, happening: Happening) -> bool:
    """Whether a deed told in another article than the happening's is done, as the happening tells, to a party that
    the deed's article never names, though it names whom it is about: a doer does a deed of one kind to many parties
    a day ("lowered its rating of Acme", "lowered its rating of Zenith"), and an article telling of the deed done
    to Acme names Acme. A deed told with no actor, in an article that names none of the happening's articles'
    actors, is about its own article's parties. A statement is about many parties at once (`_said_alike`)."""
    if kind(report.mention.code)[0] == "statement" or report.doc in happening.docs:
        return False
    if not report.parts:
        casts = happening.parts.union(*(other.cast for other in happening.reports))
        return bool(happening.parts and report.cast) and report.cast.isdisjoint(casts)
    return bool(happening.targets and report.cast) and happening.targets.isdisjoint(report.cast)


def _changed_otherwise(report: Report, happening: Happening) -> bool:
    """Whether a remark tells a change one way and the happening's remarks tell changes only the other way ("said
    the cut takes the price of diesel to 90 cents", "said the increase takes the price of kerosene to 70 cents"): a
    speaker announcing a rise and a cut made two announcements, whatever words of the price they share."""
    if kind(report.mention.code)[0] != "statement":
        return False
    return len(report.directions) == 1 and len(happening.directions) == 1 and report.directions != happening.directions


def _told_alike(report: Report, happening: Happening) -> bool:
    """Whether a deed that no date tells apart from others of its doer ("Iraq said it repelled an attack", in
    reports of three days) and that shares no word with the happening is told of in the same words: the same
    trigger, or the same sentence. "Repelled" and "killed", "attack" and "offensive" are other deeds. Violence some
    text dates is not told by a verb alone: a doer at war attacks most days, and an attack told as done ("forces
    attacked a ship") with nothing but its doer and that verb in common is another one, which an article meaning
    the dated one would tell in some word of it; a noun names a happening ("a U.S. attack", "the raid") and may
    name the one dated. A resignation or a filing is told again by its verb alone."""
    if kind(report.mention.code)[0] != "act" or (report.doc, report.mention.sentence) in happening.sentences:
        return True
    return report.trigger in happening.triggers and not (report.violence_by_verb and happening.dated)


def _specific_fit(report: Report, happening: Happening) -> bool:
    """Whether a report that names no actor and no precise day may join by its kind of thing ("talks", "the
    agreement") without a more specific word in common. Dated only by its article, it must not bring one the
    happening lacks ("talks on similar projects have been held"), unless its sentence already tells of the
    happening ("signed the deal, the largest accord signed in years") or its article told of it by the same word
    and now calls it by that word ("leaders said the strike at the mill was solid"); dated to a month or coarser, it cannot join a
    more precisely dated happening that names actors ("talks were held this month" is not the minister's talks
    of 5 May, "a 1958 treaty" may be the treaty two countries signed in 1958), nor one its own article dates more
    precisely: an article that knows the day of the talks it told of and gives other talks only a month tells of
    other talks. A deed dated only by its article and named by its kind alone joins another article's happening only
    if both or neither say where it took place: "the strikes" of one article are not the "strikes in Port Marin last
    week" of another, which may be one of many ("strikes spread to most regions"), nor is "a rally in Port Marin"
    the rally another article tells with no place. Not so a meeting, which its parties hold in one place at a
    time: "the summit" is the one another article says was held in Port Marin."""
    own = _own_words(report)
    if own & _own_words(happening) or (report.doc, report.mention.sentence) in happening.sentences:
        return True
    if report.weak and not own and not report.mutual and report.doc not in happening.docs and \
            bool(report.places) != bool(happening.places):
        return False
    if report.weak:
        # "the strike at the mill", after the article told of the strike
        return not own or report.definite and report.doc in happening.docs and report.trigger in happening.triggers
    coarser = happening.span is not None and happening.span[1] - happening.span[0] < report.width
    return not coarser or not happening.parts and report.doc not in happening.docs


def _own_words(told: Report | Happening) -> frozenset[str]:
    """The words of a report or a happening besides the names of its kind ("talks", "meeting")."""
    return told.words - told.kinds


def _unnamed_on_a_day(report: Report, happening: Happening) -> bool:
    """Whether one of a report and a happening names no party and its text dates it to a day or a few (the other
    names parties): `_specific_fit` asks nothing more of such a report."""
    if report.parts:
        return not happening.parts and not happening.weak and happening.span is not None and \
            happening.span[1] - happening.span[0] <= VAGUE_DAYS
    return report.precise and bool(happening.parts)


def _tied(report: Report, happening: Happening) -> bool:
    """Whether talks, a meeting or a deal that name no party, and one that names parties, share more than their
    kind of thing and their day: the same article, a word besides "talks" or "meeting", the place, or a party of
    the one that the other's article names elsewhere ("the meeting on Monday" in an article that names the
    minister). Many bodies meet on any day: "the board's meeting on Monday" is not the minister's meeting, nor is
    "a meeting of the Fund" the "meeting of leading industrial nations" another article tells, whoever it names:
    each says in its own words whose or what meeting it is. A party's meeting that only its parties say whose it
    is ("Novak spoke at the meeting") is not that meeting either: the party's article names it, as it names every
    meeting the party holds that week, and the other has said whose it is."""
    if report.doc in happening.docs or _own_words(report) & _own_words(happening) or \
            named_alike(report.places, happening.places):
        return True
    if _own_words(report) and _own_words(happening):
        return False
    if report.parts:
        return not _own_words(happening) and any(report.parts & other.cast for other in happening.reports)
    return bool(happening.parts & report.cast)


def _other_counterparts(report: Report, happening: Happening) -> bool:
    """Whether two reports of a meeting or talks, each naming two parties or more, name different parties besides
    the ones they share: the same minister's talks with two others are two meetings, unless a party of one
    belongs to a party of the other ("talks with Lula" and "talks with Brazil") or names it at more length
    ("Acme" and "Acme Southern Railway Corp")."""
    if len(report.parts) < 2 or len(happening.parts) < 2:
        return False
    mine, theirs = report.parts - happening.wide_parts, happening.parts - report.wide_parts
    return bool(mine and theirs) and not any(own.startswith(f"{other}-") or other.startswith(f"{own}-")
                                             for own in mine for other in theirs)


def _more_of_one_statement(report: Report, happening: Happening) -> bool:
    """Whether a statement is one more remark of a speaker whose statement its own article gives, both dated
    only by that article: "said", "denied", "stressed" and "expressed concern" in one article's account of one
    speaker are one statement, whichever statement code each verb takes. Declining to comment says nothing of
    what was said: it stays a happening of its own."""
    return report.root == STATEMENT_ROOT and report.weak and happening.weak and happening.said and \
        report.date.relation == "reported" and report.doc in happening.docs and \
        bool(report.sources & happening.sources) and report.mention.code != NO_COMMENT and \
        NO_COMMENT not in happening.codes


def _kin_codes(code: str, codes) -> bool:
    """Two codes of one root may name one happening when either is the root's general code ("040 Consult"
    and "046 Engage in negotiation"), never two specific ones ("051 Praise" and "057 Sign") but by one verb."""
    return code.endswith("0") or any(other.endswith("0") for other in codes)


def _one_verb(report: Report, happening: Happening) -> bool:
    """Whether a report and a happening of one CAMEO root, coded otherwise, are told by one verb: the code a verb
    takes may hang on its object ("offered 50 dlrs a share" is a bid, "offered to buy the company" an intent to
    give), and "made an offer" names that verb as its object."""
    return report.trigger in happening.triggers or report.trigger in happening.words or \
        not report.words.isdisjoint(happening.triggers)


def _shared(a, wide_a, b, wide_b) -> float:
    """Share of the smaller group found in the other. An actor matches the country or body another report's
    actor belongs to ("Lula" and "Brazil"), but two people of one country do not match each other."""
    if not a or not b:
        return 0.0
    return max(len(a & wide_b), len(wide_a & b)) / min(len(a), len(b))


def _close_days(report: Report, happening: Happening) -> bool:
    """Whether two exact days a day apart may be one happening whose articles disagree on its date: only when it is
    evidently one (the same doer, target and trigger; the wording is asked for by `score`), and when a dateline
    can explain the day: an article that tells of both days tells of two happenings, and so do articles of one day
    that each count their own weekday back from it."""
    exact = report.width == 0 and happening.span[1] == happening.span[0] and not report.weak and not happening.weak
    if not exact or abs(report.span[0] - happening.span[0]) > CONFLICT_DAYS or report.doc in happening.docs:
        return False
    if report.trigger not in happening.triggers or not report.sources & happening.sources or \
            (report.targets or happening.targets) and not report.targets & happening.targets:
        return False
    return any(other.published != report.published or "explicit" in (other.date.source, report.date.source)
               for other in happening.reports if other.firm and other.span == happening.span)


@contextmanager
def collector_paused():
    """Merging a large corpus allocates hundreds of thousands of small objects but makes no reference cycles;
    Python's cycle collector would walk every article's objects again and again meanwhile (half the time).
    What the merge keeps is then moved to the oldest generation unwalked (`freeze` and `unfreeze` only relink
    lists and reset the counts): else the first allocation after the pause walks all of it at once."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.freeze()
            gc.unfreeze()
            gc.enable()


def cluster(reports: list[Report]) -> list[Happening]:
    happenings: list[Happening] = []
    files: dict[tuple[str, str], dict[tuple, list[int]]] = {}  # (root, feature) -> period -> happenings
    copies: dict[str, list[tuple]] = {}  # a copied mention -> (day published, actors, happening)
    told: dict[tuple[str, str], list[int]] = {}  # an article and a CAMEO root -> the happenings its text dates
    tells: dict[tuple[str, str], list[int]] = {}  # an article and a CAMEO root -> the happenings it tells
    deeds: dict[tuple[str, str], set[str]] = {}  # an article and a CAMEO root -> the triggers of reports with actors
    for report in reports:
        if report.parts:
            deeds.setdefault((report.doc, report.root), set()).add(report.trigger)
    for report in sorted(reports, key=_precision_order):
        best = _copied(report, copies, happenings) or _best_fit(report, files, happenings, told, tells) or \
            sole_deed(report, tells, happenings, deeds)
        fresh = best is None
        if fresh:
            best = Happening(len(happenings), report.root)
            happenings.append(best)
        if report.copy is not None:
            copies.setdefault(report.copy, []).append((report.published, report.parts, best.number))
        before = best.span
        echo = echoes(best, report)
        best.add(report)
        if report.firm and best.number not in (own := told.setdefault((report.doc, best.root), [])):
            own.append(best.number)
        if best.number not in (own := tells.setdefault((report.doc, best.root), [])):
            own.append(best.number)
        # a new happening is filed as its report would be; one whose date changed, anew under all it has; a
        # report with no actor adds nothing to file it under
        if fresh or best.span == before:
            if not echo:
                _file(files, best, report)
        else:
            _file(files, best, None)
    return follow_up(happenings)


def _best_fit(report: Report, files: dict, happenings: list[Happening], told: dict, tells: dict) -> Happening | None:
    """The happening the report fits best among those its keys open; an undated report of a deed over by its
    article's day looks, too, at the happenings its own article dates, and one that names only its doers or only
    whom it was done to at those its own article tells (`sides`)."""
    best, best_fit = None, None
    before = report.weak and report.date.relation == "before"
    periods = _sought_periods(report.span, report.weak, report.width, report.perfect, report.occasion,
                              before and report.definite and bool(report.sources))
    # the best fit does not depend on the order the candidates are scored in: they are gathered as a set, and
    # each file's periods found by intersecting two sets, which walks the smaller
    candidates: set[int] = set()
    for key in report.sought:
        if (shelf := files.get(key)) is not None:
            for period in shelf.keys() & periods:
                filed = shelf[period]
                candidates.update(filed if len(filed) <= RECENT else filed[-RECENT:])
    if before and (filed := told.get((report.doc, report.root))) is not None:
        candidates.update(filed if len(filed) <= RECENT else filed[-RECENT:])
    # the happenings its own article tells, that its keys do not open, it may join only as `sides` reads them
    sided = set(tells.get((report.doc, report.root), ())[-RECENT:]) - candidates if one_sided(report) else set()
    for number in candidates | sided:
        if number in sided and not other_side(report, happenings[number]):
            continue
        value = score(report, happenings[number])
        if value is None or value < MATCH:
            continue
        # equal fits go to the happening more articles report, then to the older one
        fit = (value, len(happenings[number].docs), -number)
        if best_fit is None or fit > best_fit:
            best, best_fit = happenings[number], fit
    return best


def _copied(report: Report, copies: dict, happenings: list[Happening]) -> Happening | None:
    """The happening of the same sentence in an article that appeared within the reporting window, its actors read
    alike: boilerplate ("trading in the shares was suspended pending an announcement") tells of each article's
    own company. A dated report whose word a happening already holds as a dated report is another instance its
    sentence tells."""
    for published, parts, number in copies.get(report.copy, ()) if report.copy is not None else ():
        if parts == report.parts and (report.weak or (report.doc, report.mention.trigger_start) not in
                                      happenings[number].spots) and (
                published is None or report.published is None or
                abs(published - report.published) <= dates.REPORTING_WINDOW):
            return happenings[number]
    return None


def _file(files, happening: Happening, report: Report | None) -> None:
    """File a happening under its features (all of them, or the new ones a report brings) and periods."""
    periods = _own_periods(happening.span, happening.weak)
    if report is None:
        triggers = happening.triggers
        features = _features(happening.wide_parts, happening.kinds, triggers)
    else:
        triggers = (report.trigger,)
        features = report.features
    if not happening.wide_parts:
        features = features + [f"u:{trigger}" for trigger in sorted(triggers)]
    number = happening.number
    for feature in features:
        shelf = files.get((happening.root, feature))
        if shelf is None:
            shelf = files[happening.root, feature] = {}
        for period in periods:
            filed = shelf.get(period)
            if filed is None:
                shelf[period] = [number]
            elif filed[-1] != number:
                filed.append(number)


def _precision_order(report: Report):
    m = report.mention
    return (report.weak, report.width, -len(report.parts), report.doc, m.sentence, m.trigger_start, m.code,
            m.date.value or "")


def _features(parts, kinds, triggers) -> list[str]:
    """Actors, the words that name a kind of thing ("agreement") and the trigger words; other words are too
    common to file by. A report that names actors looks up its trigger words only among happenings that name
    none ("u:"): under "t:" every statement of a year is filed with "say", too many to compare with."""
    return ([f"a:{part}" for part in sorted(parts)] + [f"w:{word}" for word in sorted(kinds)] +
            [f"t:{trigger}" for trigger in sorted(triggers)])


@lru_cache(maxsize=4096)
def _own_periods(span: tuple[int, int] | None, weak: bool) -> list[tuple]:
    """A happening is filed under its own periods ("d", "m", "y", "D", "C"; "p" for the day of publication
    when that is all that dates it) and under the coarser periods containing it ("in-m", "in-y", ...)."""
    if span is None:
        return [("none",)]
    if weak:
        published = (span[1], span[1])
        return [("p", span[1])] + [(f"in-{tag}", value) for tag in "myDC" for _, value in _at_level(published, tag)]
    level = _level(span)
    return _at_level(span, level) + [(f"in-{tag}", value) for tag in _coarser(level)
                                     for _, value in _at_level(span, tag)]


@lru_cache(maxsize=4096)
def _sought_periods(span: tuple[int, int] | None, weak: bool, width: int, perfect: bool = False,
                    occasion: bool = False, named: bool = False) -> frozenset[tuple]:
    """A report looks up its own periods, the coarser ones containing it (a less precise happening), the
    "in-" keys of its level (more precise happenings inside it), and the publication days ("p") of weakly
    dated happenings that may be the same: one day either side of its own publication day (the reporting
    window either side when told in the perfect), or the reporting window after its own date. An occasion
    looks at every happening of the years that the year before its article spans; a weak report of a lasting
    happening `named` as one told of before, at the months of the year before its article too."""
    if span is None:
        return frozenset({("none",)})
    if weak and occasion:
        years = sorted({dates.day(span[1] - GOING_ON).year, dates.day(span[1]).year})
        return frozenset((tag, year) for year in years for tag in ("y", "in-y"))
    if weak:
        published, reach = span[1], dates.REPORTING_WINDOW if perfect else 1
        # one that lasts, named as already told of, looks at the months of the year before its article too
        named_keys = [(tag, month) for _, month in _at_level((span[1] - GOING_ON, span[1]), "m")
                      for tag in ("m", "in-m")] if named else []
        return frozenset(named_keys + [("d", day) for day in range(span[0], span[1] + 1)] +
                         [("p", day) for day in range(published - reach, published + reach + 1)] +
                         [(tag, value) for tag in "myDC" for _, value in _at_level((published, published), tag)])
    if width == 0:
        span = (span[0] - CONFLICT_DAYS, span[1] + CONFLICT_DAYS)  # a day a little off may be a date conflict
    level = _level(span)
    keys = _at_level(span, level) + [(tag, value) for tag in _coarser(level) for _, value in _at_level(span, tag)]
    keys += [(f"in-{level}", value) for _, value in _at_level(span, level)]
    if level == "d":
        keys += [("p", day) for day in range(span[0], span[1] + dates.REPORTING_WINDOW + 1)]
    return frozenset(keys)


def _coarser(level: str) -> list[str]:
    return [tag for tag in "myDC" if _rank(tag) > _rank(level)]


def _rank(tag: str) -> int:
    return "dmyDC".index(tag)


def _level(span: tuple[int, int]) -> str:
    width = span[1] - span[0]
    for limit, tag in _LEVELS:
        if width <= limit:
            return tag
    return "C"


def _at_level(span: tuple[int, int], tag: str) -> list[tuple[str, int]]:
    first, last = dates.day(span[0]), dates.day(span[1])
    if tag == "d":
        return [(tag, day) for day in range(span[0], span[1] + 1)]
    if tag == "m":
        months = range(first.year * 12 + first.month - 1, last.year * 12 + last.month)
        return [(tag, month) for month in months]
    if tag == "y":
        return [(tag, year) for year in range(first.year, last.year + 1)]
    if tag == "D":
        return [(tag, decade) for decade in range(first.year // 10, last.year // 10 + 1)]
    return [(tag, century) for century in range(first.year // 100, last.year // 100 + 1)]


def reported_day(best: Report, reports: list[Report]) -> Report | None:
    """Of the reports of one happening, the one whose article first reported it on a day inside `best`'s period,
    when `best`, the report that dates the happening, gives a period longer than a day: as a statement made that
    day (`reported`, no date of its own), or, in a period of at most a month, as done by that day (`before`):
    "last week's bombing" is the bombing an article of that week told of as done, by its day; else None. Not
    `best`'s own article when that article dates the telling itself: one that says "earlier this week, Novak
    said" and elsewhere "Novak said" tells of one remark of that week, not of one made the day it was written;
    a period only what was said gives ("said it expects a gain in the first quarter") leaves the saying on it."""
    if best.span is None or best.width == 0:
        return None
    own = best.doc if best.mention.date.value == best.date.value else None
    return min((r for r in reports if r.weak and r.span and r.doc != own and
                best.span[0] <= r.span[1] <= best.span[1] and
                (r.date.relation == "reported" or r.date.relation == "before" and best.width < MONTH_DAYS)),
               key=lambda r: (r.span[1], r.doc, r.mention.sentence), default=None)


def date_of(happening: Happening) -> tuple[Date, Report | None]:
    """The happening's date: the most precise firm date the reports give; when they disagree at that
    precision, the one most articles give, then one written out ("March 6") over one resolved ("yesterday"),
    then the earliest; a period that holds the day an article reported it as said that day, or as done by then,
    is that day (`reported_day`). Else, when every report tells of it as under way, the earliest of those (since
    the day its age gives, or before the report). Else the earliest publication date (a statement `reported`
    then, anything else `before` it)."""
    firm = [r for r in happening.reports if r.span and not r.weak and not r.going_on]
    if firm:
        backing: dict[str, set[str]] = {}
        for r in firm:
            backing.setdefault(r.date.value, set()).add(r.doc)
        best = min(firm, key=lambda r: (r.width, -len(backing[r.date.value]), r.date.source != "explicit",
                                        r.span[0], r.doc, r.mention.sentence))
        best = reported_day(best, happening.reports) or best
        return best.date, best
    going = [r for r in happening.reports if r.going_on]
    if going:
        best = min(going, key=lambda r: (r.span[1], r.doc, r.mention.sentence))
        return (best.date if best.date.relation == "since" else dates.related(best.date, "before")), best
    weak = [r for r in happening.reports if r.span]
    if weak:
        best = min(weak, key=lambda r: (r.date.value, r.date.relation != "before", r.doc))
        # one report that dates nothing and is not a statement makes the happening one before the first report
        relation = "before" if any(r.date.relation == "before" for r in weak) else best.date.relation
        return dates.related(best.date, relation), best
    return Date(), None

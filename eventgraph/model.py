"""The data model that flows through every stage.

A `Document` is read by `ingest`, then annotated in place by the per-article stages (`temporal`, `actors`,
`events`), each writing only its own field. The cross-article stages (`actors.link_actors`, `merge`) turn the
annotated documents into a `Story`, which `graph` and the exporters read.

Offsets are always character offsets into `Document.text`, the text as read (decoded, not cleaned): page
furniture is not cut out of the text but left outside `Document.body`, so every offset can be checked against
the file a reader opens.
"""

from __future__ import annotations

import dataclasses
import functools
import types
import typing
from dataclasses import dataclass, field

SCHEMA = "eventgraph/1"

ACTOR_TYPES = ("country", "person", "organization", "location", "group")
ROLES = ("source", "target", "participant")
DATE_SOURCES = ("explicit", "relative", "publication", "inferred", "none")
DATE_RELATIONS = ("on", "reported", "before", "since")
MODALITIES = ("asserted", "planned", "attributed")  # see the output contract
PUBLISHED_SOURCES = ("text", "metadata", "option", "inferred", None)


@dataclass
class Sentence:
    start: int
    end: int
    text: str


@dataclass
class Timex:
    """A TIMEX3 time expression: `value` is normalised against the document creation time."""

    start: int
    end: int
    text: str
    type: str  # DATE | TIME | DURATION | SET
    value: str | None
    relative: bool = False  # the value was computed from the document creation time
    mod: str | None = None  # TIMEX3 mod: BEFORE, AFTER, EARLY, MID, LATE, APPROX ...


@dataclass
class Mention:
    """A span of text naming an actor; `actor` is the actor's key (its future id)."""

    start: int
    end: int
    text: str
    actor: str
    type: str = "person"
    name: str | None = None  # canonical display name when the mention knows it
    code: str | None = None  # ISO 3166 alpha-3 for countries
    affiliation: str | None = None  # actor key
    # the affiliation is a country read from the article, not from the official's title ("President Jane Doe"
    # in a story about Ruritania): a country another mention's title states outweighs it
    guessed: bool = False


@dataclass
class Date:
    value: str | None = None
    granularity: str = "none"
    source: str = "none"
    text: str | None = None
    relation: str = "on"  # how the happening relates to `value`: one of DATE_RELATIONS (see the output contract)
    until: str | None = None  # the end of a `since` interval


@dataclass
class Participant:
    actor: str
    role: str = "participant"
    # the body an official or an organ of state acts for, joined to the event by the pipeline: the reports do
    # not name it as a party, so it does not count in the event's salience (`descriptions.add_countries`)
    joined: bool = field(default=False, compare=False)


@dataclass
class Telling:
    """What the words around an event mention's trigger tell the merge of it, read once where the article is
    extracted (`merge.telling`) rather than again for each merge of the story: not written to events.json."""

    perfect: bool = False  # told in the perfect ("has repeatedly denied")
    stated: bool = False  # a statement told as made on its report's day, not as said before it ("had said")
    # the clause of the speaker's own deed a statement tells of, from its verb: one it will do when `stated`
    # ("said it will close the plant"), one done when not ("said it received clearance")
    clause: tuple[int, int] | None = None
    ongoing: bool = False  # told as going on at the report ("are undergoing trial")
    going_on: bool = False  # one that lasts, told as under way since before its date ("still on strike")
    new: bool = False  # "a new offensive"
    another: bool = False  # "a second bombing"
    series: bool = False  # deeds of a kind in general ("Iranian attacks")
    words: tuple[str, ...] = ()  # the canonical content words of its object and trigger, sorted
    copy: str | None = None  # its sentence, trigger and code, when the sentence is long enough to be copied


@dataclass
class EventMention:
    """One happening as one sentence of one article reports it."""

    sentence: int  # index into Document.sentences
    trigger_start: int
    trigger_end: int
    trigger: str
    code: str  # CAMEO code
    label: str
    title: str
    date: Date = field(default_factory=Date)
    timex: int | None = None  # index into Document.timexes of the expression that dates it
    actors: list[Participant] = field(default_factory=list)
    object: str | None = None  # what the event is about ("the treaty"), for titles and matching
    modality: str = "asserted"  # one of MODALITIES: happened, planned or expected, or only reported by a source
    attributed_to: str | None = None  # actor key of the source an attributed happening is reported by
    # named by its sentence as the occasion or cause of another happening ("in protest at the wage freeze"): the
    # event stage decides it, the merge reads it; not written to events.json
    occasion: bool = False
    # planned by its own clause ("will issue a bond", "a scheduled visit"), not a noun a planned clause acts on nor
    # what may come (`events.own_plans`): the merge keeps such a plan undated; not written to events.json
    own_plan: bool = False
    # a comment that stands for its speaker's own deed done ("said it sold its unit", `events.said_deeds`), titled
    # as the deed once its said words are mended and dated before its report; not written to events.json
    own_deed: bool = False
    telling: Telling | None = None


@dataclass
class Document:
    id: str
    path: str
    text: str
    title: str = ""
    published: str | None = None  # YYYY-MM-DD
    published_source: str | None = None  # text | metadata | option | inferred | None
    url: str | None = None
    site: str | None = None  # the outlet's name, from the page's metadata (og:site_name, JSON-LD publisher)
    author: str | None = None  # from the page's metadata
    fetched: str | None = None  # YYYY-MM-DD the server sent a fetched page: the year of a dateline without one
    place: str | None = None  # where the story was filed, from a wire dateline ("TOKYO, March 3 -")
    body: list[tuple[int, int]] = field(default_factory=list)  # article text spans, furniture excluded
    sentences: list[Sentence] = field(default_factory=list)
    timexes: list[Timex] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    event_mentions: list[EventMention] = field(default_factory=list)
    published_evidence: list[str] = field(default_factory=list)  # why an inferred date was chosen

    def sentence_at(self, offset: int) -> int | None:
        for index, sentence in enumerate(self.sentences):
            if sentence.start <= offset < sentence.end:
                return index
        return None


@dataclass
class MentionRef:
    doc: str
    start: int
    end: int
    text: str


@dataclass
class Actor:
    id: str
    name: str
    type: str
    aliases: list[str] = field(default_factory=list)
    affiliation: str | None = None
    code: str | None = None
    mentions: list[MentionRef] = field(default_factory=list)
    edited: dict[str, str] = field(default_factory=dict)  # field a correction set -> the correction's note


@dataclass
class Source:
    doc: str
    sentence: str
    start: int
    end: int
    date: Date | None = None  # the date this source gave the event


@dataclass
class Claim:
    """One date that sources give a happening, and the articles that give it."""

    value: str
    docs: list[str] = field(default_factory=list)


@dataclass
class Event:
    id: str
    title: str
    code: str
    label: str
    date: Date
    actors: list[Participant] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    conflicts: list[str] = field(default_factory=list)  # dates from sources that disagree with `date`
    salience: float | None = None  # rank score, higher = more timeline-worthy; by default the articles reporting it
    claims: list[Claim] = field(default_factory=list)  # when sources disagree: every date given, with its articles
    edited: dict[str, str] = field(default_factory=dict)  # field a correction set -> the correction's note
    notes: list[str] = field(default_factory=list)  # the journalist's notes on the event
    modality: str = "asserted"  # one of MODALITIES: asserted when any source asserts it
    attributed_to: str | None = None  # actor key, when every source only reports it from one actor
    told_ahead: bool = False  # dated after the day of the one article that tells of it, or planned for a period
    # not over when its articles came out (set by salience.rank)
    remark: bool = False  # a comment told only in an article's body and dated only by its report (set by
    # salience.rank)

    def __post_init__(self) -> None:
        if self.salience is None:
            self.salience = len({source.doc for source in self.sources})


@dataclass
class Story:
    documents: list[Document] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    title: str = ""  # `--title`, or a name made from the story's central actors and its span
    span: tuple[str, str] | None = None  # the first and last day the story is about (YYYY-MM-DD)
    edited: dict[str, str] = field(default_factory=dict)  # field a correction set -> the correction's note
    corrections: list[dict] | None = None  # what became of each correction (`corrections.apply`); None: no file


def granularity(value: str | None) -> str:
    """The precision a TIMEX3 value states: day, month, year, decade, century, week, quarter, season, time."""
    if not value:
        return "none"
    if "T" in value:
        return "time"
    head = value.split("-")
    if len(head[0]) == 2:
        return "century"
    if len(head[0]) == 3:
        return "decade"
    if len(head) == 1:
        return "year"
    second = head[1]
    if second in ("SP", "SU", "FA", "WI"):
        return "season"
    if second.startswith("W"):
        return "week" if len(head) == 2 else "day"
    if second.startswith(("Q", "H")):
        return "quarter" if second.startswith("Q") else "half"
    return "month" if len(head) == 2 else "day"


def to_dict(obj) -> dict:
    return dataclasses.asdict(obj)


def from_dict(cls, data):
    """Rebuild a dataclass (and the dataclasses inside it) from `to_dict` output."""
    return cls(**{name: _load(hint, data[name]) for name, hint in _field_hints(cls) if name in data})


@functools.cache
def _field_hints(cls) -> tuple[tuple[str, object], ...]:
    # Resolving the annotations is most of the cost of from_dict; the extraction cache loads thousands of documents.
    hints = typing.get_type_hints(cls)
    return tuple((f.name, hints[f.name]) for f in dataclasses.fields(cls))


def _load(hint, value):
    if value is None:
        return None
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if dataclasses.is_dataclass(hint):
        return from_dict(hint, value)
    if origin is list:
        return [_load(args[0], item) for item in value]
    if origin is tuple:
        return tuple(value)
    if origin in (typing.Union, types.UnionType):
        for arg in args:
            if arg is not type(None):
                return _load(arg, value)
    return value

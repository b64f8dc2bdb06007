"""The order events are shown in: by date at its own precision, undated last, acts first within a date; and the top
K."""

from __future__ import annotations

import heapq
import re
from collections import defaultdict
from collections.abc import Iterator
from typing import NamedTuple

from ..events import triggers
from ..events.lexicon import third_person
from ..events.titles import COMMENTED, TITLE_TAIL
from ..kinds import kind
from ..merge.dates import weak
from ..temporal.intervals import interval
from ..model import Event
from ..salience import any_within, coarse

BARE_WORDS = 2  # words of a title that says no more than its happening's noun ("Talks held")
DECLINED = "011"  # the CAMEO code of a comment declined
DEED_WORDS = 2  # a title's verb and what it was done to hold more words than this to tell one happening
STEM = 5  # the letters of a title's word that name it, so that "tariff" is "tariffs" and "impose" "imposes"
# words of a title that say nothing of what was done, nor to what
_FILLER = triggers.DETERMINERS | triggers.PREPOSITIONS | triggers.BE | triggers.MODALS | triggers.PERFECT | \
    {"and", "reportedly"}
# A statement's title whose verb says that only the topic of what was said is known: "Acme comments on the plan"
_COMMENTED = re.compile(rf"\b(?:{COMMENTED[0]}|{third_person(COMMENTED[0])}) {COMMENTED[1]}\b")


def sort_key(event: Event) -> tuple:
    value = event.date.value
    return (value is None, _padded(value or ""), event.id)


def _padded(value: str) -> str:
    """Make "195" (1950s) sort before "1958" and "2024" before "2024-06"."""
    head, _, rest = value.partition("-")
    head = head.ljust(4, "0")
    return f"{head}-{rest}" if rest else head


def chronological(events: list[Event]) -> list[Event]:
    """By date; within one date, as an editor lists a day: the acts before what was said of them (a deed above
    the statements and comments that report or answer it, however often they are repeated), each the more
    salient first."""
    return sorted(events, key=lambda event: (*_when(event.date.value), kind(event.code)[0] != "act",
                                             -(event.salience or 0), event.id))


def _when(value: str | None) -> tuple:
    """Where a date stands in time: by the first day it covers, the longer period first ("1987" before "1987-03"
    before "1987-03-02"); a week or a quarter by its days, which its written form ("1987-W13", "1987-Q1") would
    misplace among months; a value that names no days after every one that does, undated last."""
    days = interval(value)
    return (value is None, days is None, *(days and (days[0], days[0] - days[1]) or (0, 0)), _padded(value or ""))


def top_events(events: list[Event], k: int) -> list[Event]:
    """The K most salient events (`ranked`), in date order."""
    return chronological(ranked(events, k))


def ranked(events: list[Event], k: int) -> list[Event]:
    """The K most salient events, in the order they are picked, the top event first. A timeline covers the
    story: the most salient event of each date comes first, and a second event on a date only once every date
    has one, so that one busy day cannot fill the top K; the seconds come by salience, then the thirds. A week
    or a month that holds a day already picked comes between the two (`_seen`): an editor lists "earlier this
    month" or "last week" as its own entry, while a second event of a day already listed adds no date; unless
    an act with the same CAMEO code is picked within it, the same happening told vaguer ("talks this month" and
    the talks of the 2nd): it comes after the seconds, a repeat of its day that reads as a date of its own. Such a
    week or month waits between the two while its day is still to be picked (`_told_finer`): told vaguer by one
    report ("at the January meeting", "the freeze imposed last month"), it is no more salient than its day for
    the looser telling. A quarter, a season, a year or coarser is background to a story told in days and weeks
    (the year a rival bid was made, the season a chairman resigned): it ranks with the seconds, as if its period
    already had an entry. An undated event comes only when no dated one is left, and so does a happening only
    one article tells of before its date, or one planned for a week or a month not over when it was told
    (`Event.told_ahead`): a plan or a preview, its date a forecast, not yet a day it had. Within each of these
    tiers, an event whose title names no actor and says no more than its happening's noun ("Accident", "Talks
    held") comes after those that say who did what (`says_little`): a reader learns little from it that the other
    entries of its tier do not tell better, and so does a statement that tells nothing of what was said
    (`says_nothing`). Such an event, and a comment its article tells only in its body and dates only by its report
    (`Event.remark`: "the weather played a part, Acme said"), on a day already listed comes after
    every other event of a listed day, however many that day has: it adds no date, and what it tells a reader is
    the talk around the news, not the news. An event whose title repeats one already picked comes
    after all the others: two entries that read alike are one happening to a reader, listed twice; and so does
    one whose title tells the deed of a picked event again (`tells_again`: "the Board imposes 40 pct duties"
    beside "Acme imposes 40 pct duties on Widgetland"), which the merge kept apart for its doer named
    otherwise or its date known only from a later report."""
    spans = [interval(event.date.value) for event in events]
    finer = _told_finer(events, spans)
    heap = [(False, spans[index] is None or event.told_ahead, False, _seen(event, spans[index], [], finer[index]),
             says_little(event), -event.salience, sort_key(event), index) for index, event in enumerate(events)]
    heapq.heapify(heap)
    picked: list[Event] = []
    taken: list[tuple[tuple[int, int], str]] = []  # the days each picked event's date covers, and its code
    shown: set[str] = set()  # the picked events' titles
    deeds = Deeds()
    headlines: dict[int, str] = {}  # an event is weighed again each time it comes up: its title is read once
    told: dict[int, Told] = {}
    while heap and len(picked) < k:
        repeated, undated, idle, seen, little, score, key, index = heapq.heappop(heap)
        event, span = events[index], spans[index]
        if index not in headlines:
            headlines[index], told[index] = _headline(event), Told.of(event)
        count = _seen(event, span, taken, finer[index])
        again = repeated or headlines[index] in shown or tells_again(event, span, told[index], deeds)
        now_idle = (event.remark or little) and span is not None and span[0] == span[1] and count >= 1
        if (again, count, now_idle) != (repeated, seen, idle):  # all only grow as the top fills, so a stale entry is
            # weighed again and put back
            heapq.heappush(heap, (again, undated, now_idle, count, little, score, key, index))
            continue
        picked.append(event)
        shown.add(headlines[index])
        deeds.add(told[index], event, span)
        if span:
            taken.append((span, event.code))
    return picked


def _headline(event: Event) -> str:
    """An event's title as a reader compares two entries: what it says, without who reports it or that it is
    planned, in lower case."""
    return TITLE_TAIL.sub("", event.title).lower()


def telling(event: Event) -> tuple[str, ...]:
    """What an event's title says was done and to what: its verb, then its words past its doer's names, without
    the words that join them, each by its first letters ("Acme buys 40 pct of Widget": buys, 40, pct, widge)."""
    named = _named(event)
    words = [word.replace(".", "") for word in (word.strip(",;:'\"()").lower() for word in _headline(event).split())]
    return tuple(word[:STEM] for word in words if word and word not in named and word not in _FILLER)


class Told(NamedTuple):
    """An event's `telling`, and its words as sets, which `tells_again` compares with those of every picked event."""

    words: tuple[str, ...]
    deed: frozenset[str]
    past_verb: frozenset[str]

    @classmethod
    def of(cls, event: Event) -> Told:
        words = telling(event)
        return cls(words, frozenset(words), frozenset(words[1:]))


def _named(event: Event) -> set[str]:
    """The words of the event's actors' ids ("jan-novak" is {jan, novak}): what a title names its actors by."""
    return {part for participant in event.actors for part in participant.actor.split("-")}


class Deeds:
    """What the picked events' titles tell, by their dates: an event is weighed against the few picked events whose
    dates agree with its own (`tells_again`), not against every one."""

    def __init__(self) -> None:
        self.on: dict[tuple[int, int], list[tuple[Told, Event]]] = defaultdict(list)  # by the days they cover
        self.days: list[tuple[int, Told, Event]] = []  # those dated to a day
        self.preceding: list[tuple[int, Told, Event]] = []  # those dated to a day only known to precede a report

    def add(self, told: Told, event: Event, span: tuple[int, int] | None) -> None:
        if span is None:
            return
        self.on[span].append((told, event))
        if span[0] == span[1]:
            self.days.append((span[0], told, event))
            if _preceding(event):
                self.preceding.append((span[0], told, event))

    def agreeing(self, event: Event, span: tuple[int, int]) -> Iterator[tuple[Told, Event]]:
        """The picked events dated as `span`, and, the event dated to a day, those of an earlier day when the event's
        only precedes its report, and those of a later day that only precede theirs."""
        yield from self.on.get(span, ())
        if span[0] != span[1]:
            return
        if _preceding(event):
            yield from ((told, other) for day, told, other in self.days if day < span[0])
        yield from ((told, other) for day, told, other in self.preceding if day > span[0])


def _preceding(event: Event) -> bool:
    return event.date.relation == "before" and weak(event.date)


def tells_again(event: Event, span: tuple[int, int] | None, own: Told, picked: Deeds) -> bool:
    """Whether the event tells again what a picked event did, their dates agreeing (the same day, or a day only
    known to precede a report, `weak`, on or after the other's: "Acme decided to impose the duties", told a week
    after they were imposed) and two acts being of one CAMEO root: the one title's verb and what it was done to
    (`telling`) are all in the other's, which adds at most one word ("Acme decides to impose 40 pct duties" and
    "the Board imposes 40 pct duties"); or a statement's title tells an act's deed in the same words, its verb
    aside ("Acme announces 40 pct duties"). "Acme buys 50,000 tonnes of wheat" and "of maize", raising a price
    and lowering it, or asking for talks and holding them are two happenings."""
    if span is None:
        return False
    return any(_one_kind(event, other) and _one_deed(event, own, other, told) for told, other in
               picked.agreeing(event, span))


def _one_deed(event: Event, own: Told, other_event: Event, other: Told) -> bool:
    small, large = (own.deed, other.deed) if len(own.deed) <= len(other.deed) else (other.deed, own.deed)
    if len(small) > DEED_WORDS and len(large) - len(small) <= 1 and small <= large:
        return True
    said = "statement" in (kind(event.code)[0], kind(other_event.code)[0])
    return said and len(own.words) > DEED_WORDS and own.past_verb == other.past_verb


def _one_kind(event: Event, other: Event) -> bool:
    return event.code[:2] == other.code[:2] or "statement" in (kind(event.code)[0], kind(other.code)[0])


def says_little(event: Event) -> bool:
    """Whether an event's title holds no more than two words, what it is reported or planned aside, and names
    none of its actors (a word of an actor's id): the happening's noun alone, or with its verb's participle
    ("Accident", "Talks held"), not "Jan Novak resigns"; or a statement that `says_nothing`."""
    words = _headline(event).split()
    return len(words) <= BARE_WORDS and not _named(event) & set(words) or says_nothing(event)


def says_nothing(event: Event) -> bool:
    """Whether an event is a statement that tells nothing of what was said: a comment declined ("Acme declines to
    comment"), or one whose reported words hold no clause, which its title shows by its topic alone ("Acme
    comments on the new subsidiary")."""
    return event.code == DECLINED or kind(event.code)[0] != "act" and bool(_COMMENTED.search(event.title))


def _seen(event: Event, span: tuple[int, int] | None, taken: list[tuple[tuple[int, int], str]],
          finer: bool = False) -> float:
    """How far the event's date is already covered by the picked dates `taken`: 0 for a new date, 0.5 for a
    week or a month that holds picked days only or whose act is also told on a day within (`finer`), a half
    more for one that holds a picked act with its CAMEO code, else 1 for a coarse date and 1 for each picked date
    within."""
    if span is None:
        return 0
    within = [code for (first, last), code in taken if span[0] <= first and last <= span[1]]
    if coarse(span) or span in (days for days, _ in taken):
        return int(coarse(span)) + len(within)
    if kind(event.code)[0] == "act" and event.code in within:
        return len(within) + 0.5
    return 0.5 if within or finer else 0


def _told_finer(events: list[Event], spans: list[tuple[int, int] | None]) -> list[bool]:
    """For each event, whether it is an act dated to a week or a month within which an act with its CAMEO code is
    dated to a day."""
    days: dict[str, list[int]] = defaultdict(list)
    for event, span in zip(events, spans):
        if span and span[0] == span[1]:
            days[event.code].append(span[0])
    for found in days.values():
        found.sort()
    return [bool(span) and span[0] != span[1] and not coarse(span) and kind(event.code)[0] == "act" and
            any_within(days.get(event.code, []), *span) for event, span in zip(events, spans)]

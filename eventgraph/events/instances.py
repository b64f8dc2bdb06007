"""Several instances of one happening told with one word: each gets its own event mention.

"attacked Freedonia on Monday and Vorland on Tuesday", "visited Lima in March and again in May", "staged one
test on 3 May and another on 17 May": right after the trigger's own date, "and" opens a conjunct that holds no
verb of its own and ends in another date, which ends its clause. The conjunct repeats the happening on that
date: a second instance, aimed at the actors the conjunct names, or at the first instance's when it names none
("and again on Thursday"); when the first instance names no object, the conjunct names another doer ("Chile's
president visited in 1990 and Peru's in 1995"). Not instances: a conjunct that holds an amount ("cut output by
5 pct in May and 8 pct in June": figures of one happening) or a phrase of its own ("and in operation since
May"), one with no word before its date ("talks on Monday and Tuesday" may be one happening over two days),
and a span of time ("between July and January").

"Ford and Chrysler each raised prices", "Brazil and Argentina have both protested": doers named together and
said each to have done it did it each on their own, one instance per doer; not so a happening of two sides
("both agreed on the need for talks"), which is one.

"Held talks with Japan and with the EC", "protested to France, to Italy and to Spain": a preposition written again
before each party gives each its own instance, the others being parties of none but their own; a list of parties
under one preposition ("signed a treaty with France and Germany") is one happening of them all.

"Will issue a 50 billion yen convertible bond and a 30 billion yen straight bond", "bought 100,000 shares of Acme
and 50,000 shares of Widget": a verb's object counted by an amount of its own, then "and" and another such object
with no verb of its own up to the clause's end, tells two instances, each of its own object and of the actors that
object names. Not a range ("between 5 and 10 pct"), nor a sum or a share alone ("offered 64 dlrs in cash and 2.50
dlrs in notes", "cut output by 5 pct in May and 8 pct in June"): figures of one happening; an object dated by a
date of its own before "and" ("sold 100,000 shares in May and 50,000 in June") is left to the date's rule.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Mention, Timex
from .conjuncts import OWN_WORDS
from .coordinations import plural
from .lexicon import is_mutual
from .phrases import DATE_VALUE, day
from .text import BREAKS, SUBORDINATORS, Words
from .triggers import AMOUNT_WORDS, PREPOSITIONS, SPELLED_NUMBERS, Trigger

CONJUNCT_WORDS = 6  # words from "and" to the conjunct's date: "and the northern port of Vorland on Tuesday"
DATE_PREPOSITIONS = frozenset({"on", "in", "at", "during", "by"})
RANGES = frozenset({"between", "from"})  # "between July and January", "from july 1984" are one span of time
ENDINGS = frozenset({".", "and", "but", "or"})  # what may follow the conjunct's date: it ends the conjunct
REPEATING = frozenset({"again", "also", "then", "another", "once", "more"})  # "and again on Thursday"
DISTRIBUTING = frozenset({"each", "both"})  # "X and Y each raised prices": each did it on their own
AUXILIARIES = frozenset({"have", "has", "had", "were", "are", "will", "would"})  # "have both said"
COORDINATING = frozenset({"and", ","})  # between doers named together
PARTY_PREPOSITIONS = frozenset({"with", "against", "to", "from", "on", "for"})  # what a party of a happening follows
OBJECT_REACH = 12  # words from the trigger to the "and" after its object: "bought 100,000 common shares of Acme Corp"
SHARE_WORDS = 12  # words of the second object: "and a 30 billion yen unsecured nine-year convertible bond"
UNIT_REACH = 3  # words from a figure to what it counts: "50 billion yen", "100,000 common shares"
OPENING = frozenset({"a", "an", "another"})  # before the second object's figure
PARTY_REACH = 6  # words from the trigger to the preposition of its first party: "held formal talks on trade with"


@dataclass
class Instance:
    timex: int  # index into Document.timexes of the second instance's date
    actors: list[Mention]  # the actors the conjunct names
    doers: bool  # they do it: the first instance names no object ("A visited in 1990 and B in 1995")
    object: str | None  # what the conjunct names before its date ("Vorland"), if anything
    cut: str  # the conjunct as written, from "and" to its date: the first instance's object ends before it
    dated: str  # the first instance's date as written, with its preposition ("on Monday"): not the second's


def repeated(words: Words, trigger: Trigger, timex: int | None, timexes: list[tuple[int, Timex]],
             found: list[Trigger], bound: set[int], mentions: list[Mention], parsed) -> Instance | None:
    """The second instance a conjunct after the trigger's own date (`timex`) tells, or None. `timexes` are the
    sentence's (index, Timex) pairs that may date a happening, `bound` those a trigger already took; the parse
    `parsed` tells that the conjunct holds no verb."""
    if timex is None or parsed is None:
        return None
    own = dict(timexes).get(timex)
    if own is None or not _dated(own) or words.index_at(own.start) <= trigger.last:
        return None
    opening = words.index_at(own.start)
    if opening > trigger.last + 1 and words.forms[opening - 1] in DATE_PREPOSITIONS:
        opening -= 1
    conjunction = words.index_at(own.end - 1) + 1
    if conjunction < len(words) and words.forms[conjunction] == ",":
        conjunction += 1
    if conjunction >= len(words) or words.forms[conjunction] != "and" or \
            RANGES & set(words.forms[max(0, opening - 2):opening]) or \
            any(words.is_break(j) for j in range(trigger.last + 1, opening)):
        return None
    after = [(index, other) for index, other in timexes if index != timex and index not in bound and
             _dated(other) and other.start > words.ends[conjunction]]
    if not after:
        return None
    index, other = min(after, key=lambda item: item[1].start)
    first, last = words.index_at(other.start), words.index_at(other.end - 1)
    if not 1 < first - conjunction <= CONJUNCT_WORDS + 1 or day(other.value) == day(own.value) or \
            last + 1 < len(words) and not (words.is_break(last + 1) or words.forms[last + 1] in ENDINGS):
        return None
    start = conjunction + 1
    while start < first and words.forms[start] in REPEATING:
        start += 1
    named = first - 1 if words.forms[first - 1] in DATE_PREPOSITIONS else first  # past the conjunct's object
    if any(words.is_break(j) or words.forms[j] in AMOUNT_WORDS or words.forms[j][:1].isdigit() or
           words.forms[j] in PREPOSITIONS and words.forms[j] != "of" for j in range(start, named)) or \
            any(conjunction < t.first <= first for t in found) or _verb(parsed, words, conjunction, first):
        return None
    actors = [m for m in mentions if words.starts[conjunction] < m.start and m.end <= other.start]
    return Instance(index, actors, trigger.verbal and not trigger.passive and opening == trigger.last + 1,
                    words.span(start, named - 1) if start < named else None,
                    words.span(conjunction, last), words.span(opening, words.index_at(own.end - 1)))


def _dated(timex: Timex) -> bool:
    return timex.type in ("DATE", "TIME") and bool(timex.value) and bool(DATE_VALUE.match(day(timex.value)))


def _verb(parsed, words: Words, conjunction: int, first: int) -> bool:
    """Whether the parse reads a verb between the conjunction and the conjunct's date: "and Vorland retaliated
    on Tuesday" is another happening."""
    start, end = words.starts[conjunction] - words.offset, words.starts[first] - words.offset
    return any(start < token.idx < end and (token.tag_.startswith("VB") or token.tag_ == "MD") for token in parsed)


def distributed(text: str, words: Words, trigger: Trigger, sources: list[Mention]) -> list[list[Mention]] | None:
    """The doers of a verb, one group each, when the doers named together (`sources`, in the document `text`)
    are said to have each done it ("Ford and Chrysler each raised prices", "X and Y have both said ..."), or
    None."""
    if not trigger.verbal or trigger.passive or is_mutual(trigger.entry.code) or len(sources) < 2:
        return None
    named = sorted(sources, key=lambda mention: mention.start)
    joints = [text[first.end:second.start].replace(",", " , ").split() for first, second in zip(named, named[1:])]
    if len({mention.actor for mention in named}) < len(named) or \
            not all(joint and set(joint) <= COORDINATING for joint in joints):
        return None
    between = text[named[-1].end:words.starts[trigger.first]].lower().split()
    if not between or not DISTRIBUTING & set(between) or not set(between) <= DISTRIBUTING | AUXILIARIES:
        return None
    return [[mention] for mention in named]


def parted(words: Words, trigger: Trigger, parties: list[Mention], mentions: list[Mention]) -> list[Mention] | None:
    """The parties of a happening, one instance each, when its preposition is written again before each
    ("talks with Japan and with the EC"), the first being one of its `parties` (its doers and targets); or
    None."""
    if trigger.entry.kind not in ("V", "N", "F"):
        return None
    by_start = {m.start: m for m in mentions}
    named = {m.actor for m in parties}
    for j in range(trigger.last + 1, min(len(words), trigger.last + 2 + PARTY_REACH)):
        if words.is_break(j):
            return None
        if words.forms[j] not in PARTY_PREPOSITIONS:
            continue
        first, k = _party(words, j, by_start)
        if first is None or first.actor not in named:
            return None
        listed = [first]
        while k + 2 < len(words) and words.forms[k] in COORDINATING:
            joint = k + 1 if words.forms[k] == "," and words.forms[k + 1] == "and" else k
            if words.forms[joint + 1] != words.forms[j]:
                break
            party, k = _party(words, joint + 1, by_start)
            if party is None or party.actor in {m.actor for m in listed}:
                return None
            listed.append(party)
        if len(listed) < 2 or k < len(words) and not (words.is_break(k) or words.forms[k] in ENDINGS or
                                                      words.forms[k] in PREPOSITIONS):
            return None
        return listed
    return None


def _party(words: Words, j: int, by_start: dict[int, Mention]) -> tuple[Mention | None, int]:
    """The actor named right after the preposition `j` (past an article), and the index of the word after it."""
    k = j + 2 if j + 2 < len(words) and words.forms[j + 1] in ("the", "a", "an") else j + 1
    party = by_start.get(words.starts[k]) if k < len(words) else None
    return party, words.index_at(party.end - 1) + 1 if party is not None else k


@dataclass
class Share:
    first: int  # index of the second object's first word, after "and"
    last: int  # and of its last word
    object: str  # the second object as written
    cut: str  # from "and" to the second object's end, one space between words: the first instance's title ends
    # before it


def counted(words: Words, trigger: Trigger, timexes: list[tuple[int, Timex]], parsed) -> Share | None:
    """The second instance an object counted by its own amount tells after "and", or None; `timexes` are the
    sentence's (index, Timex) pairs, the parse `parsed` tells that the second object holds no verb."""
    if trigger.entry.kind not in ("V", "N", "F") or parsed is None:
        return None
    conjunction = None
    for j in range(trigger.last + 1, min(len(words), trigger.last + 1 + OBJECT_REACH)):
        if words.forms[j] == "and":
            conjunction = j
            break
        if words.forms[j] in SUBORDINATORS or words.is_break(j) and words.forms[j:j + 2] != [",", "and"]:
            return None
    if conjunction is None:
        return None
    own = next((j for j in range(trigger.first, conjunction) if _amount(words, j, conjunction)), None)
    if own is not None and any(form in PREPOSITIONS - {"of"} for form in words.forms[trigger.first + 1:own]):
        return None  # "charged the crew with 10 infringements": counted by no object of the verb's own
    first = conjunction + 1
    while first < len(words) and words.forms[first] in OPENING:
        first += 1
    if own is None or not _amount(words, first, len(words)) or \
            RANGES & set(words.forms[max(0, own - 2):own]) or _dated_figure(words, own, conjunction, timexes) or \
            any(timex.type == "SET" and timex.start > words.starts[trigger.last] for _, timex in timexes):
        return None  # "inspects 127 mln head of cattle and 4.5 billion chickens every year": a habit, no instances
    last = first  # the second object ends before a preposition other than its "of"
    while last + 1 < len(words) and not _ends_object(words.forms[last + 1]):
        last += 1
    clause_end = last
    while clause_end + 1 < len(words) and not (words.is_break(clause_end + 1) or words.forms[clause_end + 1] in
                                               SUBORDINATORS or words.forms[clause_end + 1] in ENDINGS):
        clause_end += 1
    start, end = words.starts[conjunction] - words.offset, words.ends[clause_end] - words.offset
    if last - first >= SHARE_WORDS or any(start < token.idx < end and _clause_verb(token) for token in parsed):
        return None
    cut = " ".join(words.span(conjunction, last).split())
    return Share(conjunction + 1, last, words.span(conjunction + 1, last), cut)


def _clause_verb(token) -> bool:
    """Whether a parsed word is a verb with a clause of its own ("and 50,000 shares were sold"), not a participle
    that qualifies a noun, which the parser may read as a past form whose subject is a currency ("a 30 billion yen
    unsecured bond")."""
    return token.tag_ == "MD" or token.tag_.startswith("VB") and any(
        child.dep_ in OWN_WORDS and child.lower_ not in AMOUNT_WORDS for child in token.children)


def _ends_object(form: str) -> bool:
    return form in BREAKS or form in SUBORDINATORS or form in ENDINGS or form in PREPOSITIONS and form != "of"


def _amount(words: Words, j: int, end: int) -> bool:
    """Whether word `j` is a figure that counts things a few words after it, before word `end`, name: "100,000
    shares", "a 50 billion yen bond", "200 mln dlrs of bonds"; not a year, nor a sum or a share alone ("64 dlrs in
    cash", "5 pct"), which is a part of a price or a figure of one happening."""
    if j >= end or not _figure(words.forms[j]) or len(words.forms[j]) == 4 and words.forms[j].isdigit():
        return False
    for k in range(j + 1, min(end, j + 1 + UNIT_REACH)):
        if words.forms[k] in AMOUNT_WORDS:
            continue
        return plural(words.forms[k]) or k > j + 1 and not _ends_object(words.forms[k]) or \
            words.forms[k] == "of" and words.forms[k - 1] in AMOUNT_WORDS
    return False


def _figure(form: str) -> bool:
    return form[:1].isdigit() or form in SPELLED_NUMBERS


def _dated_figure(words: Words, own: int, conjunction: int, timexes: list[tuple[int, Timex]]) -> bool:
    """Whether a date of the happening follows the first amount right before "and" ("sold 100,000 shares in May
    and"), which the date rule reads; not a date that qualifies the object ("notes due 1990 and")."""
    for _, timex in timexes:
        opening = words.index_at(timex.start)
        if own < opening < conjunction and words.index_at(timex.end - 1) >= conjunction - 1 and \
                words.forms[opening - 1] in DATE_PREPOSITIONS:
            return True
    return False

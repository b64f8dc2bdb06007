"""Attach time expressions and actor mentions to the triggers of one sentence.

Dates: a time expression belongs to the nearest trigger of its clause, verbs before nouns, except that one written
right before a noun ("the 1958 treaty", "its 2006 nuclear test") or right after a document noun ("an agreement from
the 1950s") modifies that noun, and one followed by a "when" clause dates that clause ("since January 2, when troops
overran the town"), past an aside after its subject ("in 1990 when the cabinet, faced with a slump, raised rates").
A quotation or a bracket inside a verb's phrase ends no clause of the verb's: a date after it is the verb's
("accused X of "lying" on Sunday", "signed with the Wool Group (WG) in May"). "In the past month" is a stretch
up to the report, not a calendar month: it dates nothing. "since X" never dates a happening by itself: with "first"
("his first visit since 2000", "the first strike in 25 years") it dates the earlier happening the phrase recalls.
A clause opened by "as", "while" or "when" without a date of its own shares its main clause's date; a date inside
a clause opened by "since", "after", "before" or "until" with a verb of its own ("the first strike since the firm
was founded on July 1") dates that clause, not a happening before it.
A reporting verb takes only a date next to it, never one inside what it reports ("said exports would fall this
year", "said 1986 was a poor year", "said its sales in March rose"), even when the parse hangs it on the
reporting verb; nor does a noun in the words of its speaker or of whom it tells ("told the meeting the agency
would act in October"). A date after a verb
that starts, holds, schedules or moves a happening ("the talks, due on Monday, were postponed to Friday")
dates the noun its clause opens with. A date after "by" is the deadline of what a request asks for, not the
date of the asking. A date after "due" or "maturing" that follows a noun of no happening ("notes due 1992"), or
after "ended" or "ending" that follows an accounting period ("the year ended June 30"), is that thing's and
dates no happening. A date opening the sentence ("On Tuesday, ..."), or inside an opening phrase of what the
doer was doing ("Speaking on Monday, X said"), dates the main verb after it, and the past verb of a main clause
joined to it by "and" ("In May, X devalued its crown and the cabinet cut taxes"); a past verb joined by "and" shares
its partner's date; a past verb that is no trigger takes a date after it from a noun before it, even past a comma
and a name set off by commas ("their venture, Acme Inc, formed in May"). A date after "effective" dates the change
told right before it, even past a comma ("raised its rate, effective tomorrow").

Actors: each trigger takes the mentions between it and its neighbouring triggers in its clause. Before a verb
they are its source (its target in the passive); after it, its target (its source after "by"). Before a noun
only a possessive or a modifier counts ("Ruritania's ban", "the Reagan-Gorbachev summit"); after it, "of X" names the
source ("the collapse of the Soviet Union"). A verb with no subject in its clause takes the subject of the
sentence: the mention that opens the nearest earlier main clause; a reporting verb right after a name set off
by commas takes that name (", its ambassador, Jan Novak, told").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..actors.descriptions import describes, describes_body
from ..actors.groups import is_group_head
from ..actors.title_span import title_span
from ..temporal.intervals import interval
from ..temporal.tense import SCHEDULING
from ..model import Mention, Timex, granularity
from ..temporal import aspect
from . import coordinations, happenings, phrases
from .lexicon import (ADDRESSING, COMMENTATORS, PAST_IRREGULAR, Entry, forms_of, irregular_forms, title_words,
                      verb_forms)
from .text import CALENDAR, COORDINATORS, QUOTES, RELATIVES, SUBORDINATORS, Words
from .triggers import ARTICLES, BE, DETERMINERS, NEGATIONS, PREPOSITIONS, Trigger, participle as _participle

_YEARS_AGO = re.compile(r"^P(\d+)Y$")
SIMULTANEOUS = frozenset({"as", "while", "when"})
ALONGSIDE = frozenset({"after", "following", "during", "at", "in"})  # "signed after a summit on Wednesday"
LATER_THAN = frozenset({"after", "following"})  # of these, those that put the verb's happening after the noun's
STRETCHES = frozenset({"days", "weeks", "months", "years", "decades"})  # "after months of talks"
TEMPORAL = frozenset({"after", "before", "until", "since"})  # "after the court ruled": conjunctions, before a verb
CLOSE_IN_TIME = frozenset({"soon", "shortly", "immediately", "just", "right"})  # "soon after it was priced"
POST_DATE = frozenset({"from", "of", "in", "dating", "dated"})
TERM_VERBS = {form: headline for lemma, headline in (
    ("expire", "expire"), ("run", "expire"), ("last", "expire"), ("end", "end"), ("lapse", "lapse"),
    ("terminate", "terminate")) for form in verb_forms(lemma, tuple(irregular_forms(frozenset({lemma}))))}
# the verbs of a document's term ending, each form with the headline of its expiry: "the pact expires on May 1",
# "the accord runs until 1990"
TERM_GLUE = frozenset({"on", "in", "at", "by", "until", "till", "through", "to", "out", "the", "end", "of", "early",
                       "late", "later", "this", "next", "last"})  # between such a verb and its date
IN_FORCE_REACH = 4  # words from "current" to the document it says is in force: "the current world coffee pact"
TERM_REACH = 8  # words from a document noun to the date its term ends: "the accord, which is due to expire on"
ENDING = frozenset({"until", "till"})  # "an injunction until June 3": the date a state ends, not a happening's
FRONTING = frozenset({"on", "in", "at", "late", "early", "earlier", "later", "during"})  # "Late on Tuesday, ..."
PREPOSITION_LIKE = frozenset({"following", "according", "beginning", "starting", "pending", "during", "concerning",
                              "regarding", "including", "excluding", "barring", "notwithstanding"})  # "Following
# the vote on Monday, ...": another moment than the clause's, or no doing at all
UNREAL = frozenset({"will", "would", "shall", "should", "can", "could", "may", "might", "must", "be", "been", "to"})
DEICTIC = frozenset({"yesterday", "today", "tonight", "last", "this", "earlier", "later"})  # "Yesterday X said"
QUESTIONED = frozenset({"asked", "questioned", "interviewed", "quoted", "pressed", "contacted", "reached"})
PAST_DEICTIC = frozenset({"last", "yesterday", "earlier"})  # "last week", "yesterday": a date before the report
PARENTHETICAL = frozenset({"however", "meanwhile", "though", "too", "also", "moreover", "nevertheless",
                           "nonetheless", "instead", "therefore", "then", "again", "indeed"})
NOT_SUBJECTS = PARENTHETICAL | DEICTIC | {"not", "never", "only", "just", "so", "yet", "still"}  # "and then said",
# "but later denied": words that lead to a verb sharing the subject before the conjunction
OCCASION = frozenset({"at", "in", "during"})
ADDRESSEES = frozenset({"reporters", "journalists", "newsmen", "correspondents", "him", "them", "us", "me", "her",
                        "parliament", "a", "an", "the", "news", "press", "conference", "briefing", "television",
                        "radio", "interviewer", "interviewers", "newspaper"})  # "told a news conference on Monday"
ADDRESSEE_WORDS = 3  # words of whom a telling verb tells, between it and a date that is the telling's: "told a
# news conference on Monday"; a longer stretch is what is told, whose own date it may be
REPORT_REACH = 6  # words between a reporting verb and its date: "reported details of the new pact on Thursday"
OCCASION_REACH = 10  # the same through a phrase of the occasion: "said at the presentation of its annual report"
MAKING_KNOWN = frozenset({"announce", "disclose", "reveal", "confirm", "declare"})  # verbs whose object is a deed
# made known on the day: not those of saying a clause, nor "estimate" or "report" of a figure counted on a day
ISSUED = frozenset({"issued", "released", "published", "broadcast", "carried", "made"})  # "said in a statement
# issued on Monday": the participle tells of the report itself
WINDOW = ("the past ",)  # "moved ships into the area in the past month": up to the report, not a calendar month
NOUN_PREPOSITIONS = frozenset({"to", "with", "between", "against", "on", "over", "in"})
# nouns whose "in" names what they act on ("intervention in Ruritania"); for others a country after "in" is
# where it happened ("elections in Ruritania", "a meeting in Ruritania"), unless it is a deed of force or a
# protest, which CAMEO aims at the government of the country it is held in ("strikes in Ruritania")
INVOLVEMENT = frozenset({"intervention", "interference", "involvement", "investment", "investments", "meddling",
                         "presence", "stake", "stakes", "interest", "interests", "role"})
AIMED_WHERE_HELD = frozenset({"14"})
VERB_PREPOSITIONS = frozenset({"to", "with", "against", "on", "over", "at", "from"})
OBJECT_REACH = 12  # words after a trigger in which its object's (or passive agent's) actors stand
AGENT_REACH = 4  # "signed on Wednesday by X": the agent's "by" stands this close to the verb
LIGHT_VERBS = frozenset({"make", "makes", "made", "making", "hold", "holds", "held", "holding", "begin", "begins",
                         "began", "beginning", "conduct", "conducts", "conducted", "carry", "carried", "stage",
                         "staged", "start", "starts", "started", "starting", "pay", "paid", "launch", "launched",
                         "complete", "completed", "end", "ended", "continue", "continued", "resume", "resumed", "issue",
                         "issued", "issues", "grant", "granted", "file", "filed", "files"})
EFFECT_GLUE_WORDS = frozenset({"from", "on", "as", "of"})  # "effective from", "effective as of", "with effect from"
EFFECT_GLUE = 2  # at most this many of them between "effective" and its date
BECOMING = BE | {"become", "becomes", "became", "becoming"}  # "the merger becomes effective April 14"
MOVED = frozenset({"rescheduled", "postponed", "delayed", "deferred", "moved", "adjourned"})
REPORT_GLUE = frozenset({"on", "late", "early", "earlier", "later", "this", "last"})  # "said late on Tuesday"
ASKING = frozenset({"01", "02", "10", "13"})  # CAMEO roots of statements, appeals, demands and threats
FORCEFUL = frozenset({"17", "18", "19", "20"})  # CAMEO roots of coercion and force: "the bombing of X" befalls X
INVESTIGATING = "09"  # CAMEO root of inquiries: "an investigation of Acme" looks into Acme
TIMED = MOVED | SCHEDULING  # "the talks were set for Thursday", "were postponed until May"
EXTENDING = forms_of(frozenset({"extend", "prolong"}))
EXTENDED_TO = frozenset({"to", "through"})  # "extended the offer to May 1": where what is extended now ends
# "to", "through" or "until" its new end, "of" or "from" its old one: "extending the expiry date of April 1"
EXTENSION_ENDS = EXTENDED_TO | {"until", "till", "of", "from"}
EXTEND_REACH = 24  # words from a verb of extending to the word before an end, with no other verb between:
# "extends a moratorium on interest payments on about 30 mln dlrs of long-term debt to"
RENEWING = forms_of(frozenset({"renew", "extend"}))  # "will renew its pact in June": the deed is made again then
POSSESSIVE_PRONOUNS = {"its": False, "his": True, "her": True, "their": None}  # pronoun -> refers to a person
PRONOUNS = frozenset({"it", "they", "he", "she", "we"})
SAYING = "say"  # the headline of the reporting verbs that take no object: "say", "add", "state"
NOT_NOUNS = frozenset({"as", "than", "so", "then", "there", "some", "about", "nearly", "almost", "around", "more",
                       "less", "up", "down", "off", "out", "back", "ago", "worth", "one", "two", "three", "four",
                       "five", "six", "seven", "eight", "nine", "ten"})  # "a column in May some 45 km away",
# "contracts in 1986 worth 370 mln", "effective April one"
WHEN_SUBJECT_REACH = 3  # words from "when" to the noun of the happening that opens its clause: "when a big fire"
NAME_JOINS = frozenset({"of", "and", "&"})  # words inside a name: "Group of Seven", "Bank of England"
SUBJECT_WORDS = 4  # words from a date inside what a report opens with to that subject's verb: "in March rose",
# "first quarter results were"
BOUND_GLUE = frozenset({"in", "on", "by"})  # "due in 1990", "ending on March 31"
# when goods sold or bought change hands: "for delivery in September", "for shipment between May 1 and 15"
HANDOVERS = frozenset({"delivery", "deliveries", "shipment", "shipments", "loading", "arrival"})
HANDOVER_GLUE = BOUND_GLUE | {"between", "from", "during"}
STRETCH_JOINS = frozenset({"and", "to", "through", "until"})  # "between May 1 and May 15", "from May 1 to 15"
DATE_PREPOSITIONS = frozenset({"on", "in", "at"})  # "... and bicycles on May 2"
LIST_BREAKING_VERBS = frozenset({"has", "have", "had", "do", "does", "did"})  # "and has been closed since"
CLOSING_WORDS = 4  # words after a reporting verb that closes its sentence: "..., traders said in a statement."
REST = frozenset({"rest", "remainder", "balance"})  # "for the rest of the year": what is left of a period
PERIODS = frozenset({"year", "half", "quarter", "month"})  # what figures are counted over: "1986 net profits"
# what opens the figure a figure is compared with: "to 12 mln from 9 mln", "against 4.2 pct", "compared with 3 mln"
COMPARING = frozenset({"from", "against", "versus", "vs"})
COMPARED = frozenset({"compared", "comparing", "compares", "compare"})  # before "with" or "to"
FIGURE_REACH = 6  # words of a compared figure, from its opening word to its date: "from 5.2 mln dlrs a share"
ROUGH_DAYS = frozenset({"day", "time", "none"})  # "from 12 dlrs yesterday", "on Monday": the deed's own day
SHAREHOLDER_DAYS = frozenset({"record", "payment", "payable", "ex-dividend"})  # before "date": "the record date"
SHAREHOLDER_REACH = 8  # words from "record date" to the date it is: "the record date for the meeting will be"


@dataclass
class Binding:
    """What one trigger gets from its sentence."""

    timex: int | None = None  # index into Document.timexes
    earlier_timex: int | None = None  # "first visit since 2000": the index of 2000
    earlier_years: int | None = None  # "first visit in 24 years": 24
    sources: list[Mention] = field(default_factory=list)
    targets: list[Mention] = field(default_factory=list)
    ended: bool = False  # its clause names the date its state ends on, which dates no happening ("an injunction
    # until June 3"): the state was in force, so it happened
    settled: bool = False  # the parse named the doer (or that there is none named): no word rule hands one on
    modality: str = "asserted"  # asserted | planned | attributed, from the parse
    attributed_to: list[Mention] = field(default_factory=list)
    awaited: bool = False  # from the parse: planned only as the time another clause waits on
    own_plan: bool = False  # planned, a plan its own clause tells
    subject_text: str | None = None  # from the parse: the subject's phrase when it names no actor
    patient_text: str | None = None  # from the parse: what a passive verb acted on
    relative_object: str | None = None  # from the parse: what an active verb acts on through a relative pronoun
    pronoun: tuple[str, int] | None = None  # from the parse: a subject "it", "he" or "she" and its offset
    object_end: int | None = None  # from the parse: where the verb's object ends (a document offset)
    addressees: list[tuple[str, int, bool]] = field(default_factory=list)  # from the parse: each object or its
    # owner that describes an actor, its offset and whether it is the owner
    owner: tuple[str, int] | None = None  # from the parse: a noun's owner that describes an actor, and its offset
    said_in_relative: str | None = None  # what a reporting verb in a relative clause on a happening's noun says
    # ("the blast, which the minister said was ...": `relatives.said_in_relative`)
    beside: bool = False  # a reporting verb's object opens the sentence beside a happening the sentence keeps


def dates(words: Words, triggers: list[Trigger], timexes: list[tuple[int, Timex]],
          owners: dict[int, int] | None = None, published: str | None = None) -> list[Binding]:
    """`owners` maps a time expression (its index in Document.timexes) to the trigger whose clause the parse
    attaches it to; the others go to the nearest trigger of their clause. With `published`, a date that comes
    after it dates no verb told in the past (`_told_before`)."""
    bindings = [Binding() for _ in triggers]
    distance_of: dict[int, int] = {}
    effective: set[int] = set()  # dates a change takes effect on, which a past verb keeps though they are to come
    for index, timex in timexes:
        first = words.index_at(timex.start)
        last = max(first, words.index_at(timex.end - 1))
        if timex.text.lower().startswith(WINDOW) or first >= len(words) or _bounds_a_thing(words, triggers, first) \
                or _in_force(words, triggers, timex) or _counted_over(words, triggers, timex, first, last) \
                or _compared_figure(words, timex, first) or _shareholder_day(words, first) \
                or _split_year(words, timex) or _determined_noun(words, triggers, timex, first, last) \
                or _rest_of(words, first) or _opened_period(words, first):
            continue
        term = next((n for n, trigger in enumerate(triggers) if trigger.entry.kind == "D" and timex.type == "DATE"
                     and _term_end(words, trigger, first) is not None), None)
        if term is not None:
            bindings[term].timex, distance_of[term] = index, 0
            continue
        if _ends_a_state(words, first, last):
            best = (owners[index], 0) if owners and index in owners else _nearest(words, triggers, first, last)
            if best is not None:
                bindings[best[0]].ended = True
            continue
        for n in _told_at(words, triggers, timex):
            if bindings[n].timex is None:
                bindings[n].timex, distance_of[n] = index, 0
        changed = _takes_effect(words, triggers, timex, first)
        if changed is not None:
            bindings[changed].timex, distance_of[changed] = index, 0
            effective.add(index)
            continue
        if _possessive_form(words.forms[last]) and (first == 0 or words.forms[first - 1] not in OCCASION):
            owner = _owned_noun(words, triggers, last)
            if owner is not None and (bindings[owner].timex is None or distance_of[owner] > 0):
                bindings[owner].timex, distance_of[owner] = index, 0
            continue
        verb = _reported_subject_verb(words, triggers, timex, first, last)
        if verb is not None:
            # "said its sales in March rose": the date of what is reported, which only the report's verb takes
            n = next((n for n, trigger in enumerate(triggers) if trigger.verbal and trigger.first == verb), None)
            if n is not None and (bindings[n].timex is None or distance_of[n] > 0):
                bindings[n].timex, distance_of[n] = index, 0
            continue
        reporter = _reporting_verb_before(words, triggers, first)
        if reporter is not None and not _reported_subject(words, timex):
            # "said today troops killed ...": the date of the report, whatever a parse makes of it
            if bindings[reporter].timex is None or distance_of[reporter] > 0:
                bindings[reporter].timex, distance_of[reporter] = index, 0
            continue
        if owners and index in owners and not _deadline_of_request(words, triggers[owners[index]], first) and \
                not _extended_to(words, triggers[owners[index]], first) and \
                not _purpose_date(words, triggers[owners[index]], first) and \
                not _inside_report(words, triggers, triggers[owners[index]], first) and \
                not _present_with_past(words, triggers[owners[index]], timex):
            n = owners[index]
            if bindings[n].timex is None or distance_of[n] > 0:
                bindings[n].timex = index
                distance_of[n] = 0
            continue
        if timex.type == "DURATION":
            _years_ago(words, triggers, bindings, index, timex, first)
            continue
        if timex.type not in ("DATE", "TIME"):
            continue
        since = first > 0 and words.forms[first - 1] == "since" or timex.text.lower().startswith("since")
        if since:
            for n, trigger in enumerate(triggers):
                if _first(words, trigger) and words.clause[trigger.first] == words.clause[first]:
                    bindings[n].earlier_timex = index
            continue
        if _names_a_noun(words, triggers, timex, first, last):
            continue
        best = _subject_of_light_verb(words, triggers, first, opening=True) or \
            _nearest(words, triggers, first, last, reporter) or _subject_of_light_verb(words, triggers, first)
        if best is None:
            continue
        n, distance = best
        if bindings[n].timex is None or distance < distance_of[n]:
            bindings[n].timex = index
            distance_of[n] = distance
    _fronted_date(words, triggers, timexes, bindings)
    _expiries(words, triggers, timexes, bindings)
    placed = {index: words.index_at(timex.start) for index, timex in timexes}
    _share_coordinated_dates(words, triggers, bindings, list(placed.values()))
    _share_main_clause_dates(words, triggers, bindings, placed)
    if published:
        later = {index for index, timex in timexes if _later_than(timex.value, published) or
                 _LATER_TODAY.match(timex.text)} - effective
        for trigger, binding in zip(triggers, bindings):
            if binding.timex in later and _told_before(words, trigger):
                binding.timex = None
    return bindings


def _expiries(words: Words, triggers: list[Trigger], timexes: list[tuple[int, Timex]],
              bindings: list[Binding]) -> None:
    """"the pact, which expires on September 30", "the accord ended last year", "an accord that runs until
    1990": a date a verb of ending, lapsing or running on gives a document is the end of its term, not the day it
    was signed: the document's expiry, a happening outside CAMEO that befalls it. A length ("pacts running 28
    days") is how long such documents last, no end of one."""
    found = dict(timexes)
    for trigger, binding in zip(triggers, bindings):
        timex = found.get(binding.timex) if trigger.entry.kind == "D" else None
        verb = _term_end(words, trigger, words.index_at(timex.start)) if timex is not None and \
            timex.type == "DATE" else None
        if verb is not None:
            trigger.entry = Entry(trigger.entry.slots, "N", happenings.ROOT, TERM_VERBS[verb], happenings.EXPIRY)


def _counted_over(words: Words, triggers: list[Trigger], timex: Timex, first: int, last: int) -> bool:
    """"Acme reported first quarter earnings": a period between a verb and the figures' noun is what they are
    counted over, whatever the parse hangs it on, and dates no happening."""
    return granularity(timex.value) in PERIODS and first > 0 and aspect.finite(words.forms[first - 1]) and \
        _names_a_noun(words, triggers, timex, first, last)


def _compared_figure(words: Words, timex: Timex, first: int) -> bool:
    """"rose to 12 mln in March from 9 mln in February", "down from 2.5 mln in 1985", "compared with 4,200 a
    year earlier", "against 3.1 pct last year": a period after the figure a figure is compared with is that
    figure's, and dates no happening; so is one right after "compared with". Only a figure opened by a number
    counts ("redundancies from the sector's workforce this year" is no comparison), and a day ("cut its price to
    10 dlrs from 12 dlrs on Monday") is the deed's. A number before "of" counts members of a group ("will meet
    managers from 151 of the largest firms next week"), no amount."""
    if granularity(timex.value) in ROUGH_DAYS:
        return False
    j = first - 1
    if j >= 0 and words.forms[j] in ("in", "during"):
        j -= 1
    for k in range(j, max(-1, j - FIGURE_REACH - 1), -1):
        if words.is_break(k):
            return False
        if not _compares(words, k):
            continue
        if k == j:
            return words.forms[k] != "from"  # "from 1985" opens a stretch of time
        figure = words.forms[k + 1:j + 1]
        if len(figure) > 1 and figure[1] == "of":
            return False
        numbered = any(form[:1].isdigit() for form in figure)
        return figure[0][:1].isdigit() or words.forms[k] in ("with", "to") and numbered
    return False


def _shareholder_day(words: Words, first: int) -> bool:
    """"the record date for the meeting will be April 16", "payable May 1 to holders of record April 15": the
    day that settles who holds shares or when a dividend is paid dates nothing but itself, not the meeting or
    the payout it is for."""
    j = first - 1
    while j >= 0 and words.forms[j] in ("on", "as", "of") and words.forms[j - 1:j + 1] != ["of", "record"]:
        j -= 1
    if j >= 0 and (words.forms[j] == "payable" or words.forms[j - 1:j + 1] == ["of", "record"]):
        return True
    return any(words.forms[k] == "date" and words.forms[k - 1] in SHAREHOLDER_DAYS and
               words.clause[k] == words.clause[first] for k in range(max(1, first - SHAREHOLDER_REACH), first))


_SPLIT_YEAR = re.compile(r"(?<!\d)((?:1[89]|20)\d\d)[/-](\d\d(?:\d\d)?)(?!\d)")


def _split_year(words: Words, timex: Timex) -> bool:
    """"the 1986/87 season", "profit in 1987-88": a year joined to the next is a crop, marketing or fiscal year,
    a period things are counted or planned over, which dates no happening of the sentence."""
    start, end = timex.start - words.offset, timex.end - words.offset
    return any(found.start() < end and start < found.end() and
               int(found.group(2)[-2:]) == (int(found.group(1)) + 1) % 100
               for found in _SPLIT_YEAR.finditer(words.text))


def _compares(words: Words, k: int) -> bool:
    form = words.forms[k]
    return form in COMPARING or form in ("with", "to") and k > 0 and words.forms[k - 1] in COMPARED


def _in_force(words: Words, triggers: list[Trigger], timex: Timex) -> bool:
    """"the current accord", "the present pact with Acme": the document in force, signed before the report,
    which such a word dates no happening of."""
    if timex.value != "PRESENT_REF":
        return False
    last = words.index_at(timex.end - 1)
    return any(trigger.entry.kind == "D" and 0 < trigger.first - last <= IN_FORCE_REACH and
               _noun_phrase(words, last + 1, trigger.first) for trigger in triggers)


def _term_end(words: Words, trigger: Trigger, first: int) -> str | None:
    """The verb of a term's end between document `trigger` and the date at word `first`, within TERM_REACH words
    of the noun, with only words that lead to a date after it ("on", "in", "at the end of")."""
    if not trigger.last < first <= trigger.last + TERM_REACH:
        return None
    for k in range(first - 1, trigger.last, -1):
        if words.forms[k] in TERM_VERBS:
            return words.forms[k] if all(form in TERM_GLUE for form in words.forms[k + 1:first]) else None
        if words.is_break(k) and words.forms[k] != ",":
            return None
    return None


def _ends_a_state(words: Words, first: int, last: int) -> bool:
    """"under an injunction until June 3", "laid off until June 9": a date after "until" is when a state ends,
    which no happening of the sentence took place on; "until June 1986, when he resigned" is when one did,
    "postponed the meeting until June 9" is the new date of a moved happening, and "there will be no talks until
    June" the date of one that waits for it."""
    if first == 0 or words.forms[first - 1] not in ENDING or "when" in words.forms[last + 1:last + 3]:
        return False
    clause = words.clause_starts[words.clause[first - 1]]
    return not any(form in NEGATIONS or form in MOVED or form.endswith("n't") for form in words.forms[clause:first - 1])


def _extended_to(words: Words, trigger: Trigger, first: int) -> bool:
    """"The offer has been extended to April 15", "extended the deadline of its offer to May 1": a date after "to",
    "through" or "until" that follows a verb of extending is the new end of what was extended, and one after "of"
    or "from" its old end ("extending the expiry date of April 1"), not the day of the extending (the trigger,
    when it is that verb); a happening extended to it goes on that day ("talks will be extended to tomorrow")."""
    if first == 0 or words.forms[trigger.first] not in EXTENDING or words.forms[first - 1] not in EXTENSION_ENDS or \
            not trigger.last < first:
        return False
    clause = words.clause[first - 1]
    for j in range(first - 2, max(-1, first - 2 - EXTEND_REACH), -1):
        if words.clause[j] != clause or words.forms[j] in EXTENDED_TO:
            return False
        if words.forms[j] in EXTENDING:
            return j == trigger.first
        if aspect.finite(words.forms[j]) and not words.capitalised(j):
            return False
    return False


def _bounds_a_thing(words: Words, triggers: list[Trigger], first: int) -> bool:
    """"bonds due May 2, 1995", "debt maturing in 1990", "the fiscal year ending March 31", "the six months
    ended July 31": a date after a participle that follows a noun of no happening is when that thing falls
    due or when that accounting period ends, and dates no happening of the sentence; so is one after the noun of
    a handover of goods ("sold wheat for delivery in May"), when the goods change hands, not when they are sold.
    After the noun of a happening it is that happening's date ("elections due by April", "the talks, due on
    Monday"), and after a verb of being it is the predicate of the clause's subject ("the ruling is due on May
    7")."""
    if _handed_over(words, first):
        return True
    j = first - 1
    if j >= 0 and words.forms[j] in BOUND_GLUE:
        j -= 1
    if j < 1:
        return False
    participle, noun = words.forms[j], words.forms[j - 1]
    if participle in phrases.FALLING_DUE:
        thing = noun.isalpha() and not words.capitalised(j - 1) and not noun.endswith("ly") and \
            noun not in BE and noun not in RELATIVES and noun not in PRONOUNS and not aspect.auxiliary(noun)
    else:
        thing = phrases.closes_period(words.forms, j)
    return thing and not any(trigger.nominal and trigger.first <= j - 1 <= trigger.last for trigger in triggers)


def _handed_over(words: Words, first: int) -> bool:
    """Whether the date at word `first` follows the noun of a handover of goods that goods are sold or bought for,
    and its preposition, or closes a stretch of days that does ("for delivery between September 1 and December
    20", "for prompt shipment in May"); not the noun of what a verb acts on ("halted shipments on Monday")."""
    j = first - 1
    if j >= 0 and words.forms[j] in STRETCH_JOINS:
        j -= 1
        while j >= 0 and (words.forms[j][:1].isdigit() or words.forms[j] in CALENDAR or words.forms[j] == ","):
            j -= 1
    if j < 2 or words.forms[j] not in HANDOVER_GLUE or words.forms[j - 1] not in HANDOVERS:
        return False
    return "for" in (words.forms[j - 2], words.forms[j - 3] if j >= 3 else "")


def _takes_effect(words: Words, triggers: list[Trigger], timex: Timex, first: int) -> int | None:
    """"raised its prime rate to 7-3/4 pct, effective tomorrow", "named her president, effective May 1": a date
    after "effective" or "with effect from" is the day the change told before it takes effect, though a comma
    sets it apart from that change's clause and a past verb tells the change as made by the report. The change
    is the nearest trigger before the phrase, when it is no report ("prices rose, the company said, effective
    today" is left to the other rules) and no clause of another verb stands between; a verb when the phrase
    qualifies a deed, a noun when a verb of being says the noun is effective ("the appointment is effective May
    1", not "the sale was approved in January and became effective March 1" nor "the airline formed by the
    merger will be renamed, effective May 1"). Returns its index."""
    if timex.type not in ("DATE", "TIME"):
        return None
    opening = first - 1
    while opening >= 0 and first - opening <= EFFECT_GLUE and words.forms[opening] in EFFECT_GLUE_WORDS:
        opening -= 1
    if opening >= 1 and words.forms[opening - 1:opening + 1] == ["with", "effect"]:
        opening -= 1
    elif opening < 0 or words.forms[opening] != "effective":
        return None
    before = [n for n, trigger in enumerate(triggers) if trigger.last < opening]
    if not before:
        return None
    n = max(before, key=lambda n: triggers[n].last)
    trigger = triggers[n]
    predicate = words.forms[opening - 1] in BECOMING
    if trigger.entry.kind == "S" or trigger.nominal != predicate or _clause_between(words, trigger.last, opening) or \
            predicate and words.forms[opening - 2:opening - 1] == ["to"]:  # "with the change to be effective May 1"
        return None
    return n


def _clause_between(words: Words, last: int, opening: int) -> bool:
    """"asked it to approve adjustments that would raise rates, effective May 1", "resigned, and will be
    replaced by Jan Novak effective May 1": a clause of another verb between a trigger and "effective" holds the
    change the date is of."""
    return any(words.forms[j] in SUBORDINATORS or words.forms[j] in COORDINATORS and j + 1 < opening and
               aspect.tensed(words.forms[j + 1]) for j in range(last + 1, opening))


# a time the text puts after the report though its value holds the report's day: "later today", "later this week"
_LATER_TODAY = re.compile(r"later\s+(?:today|tonight|this)\b", re.I)


def _later_than(value: str | None, published: str) -> bool:
    days, day = interval(value), interval(published)
    return bool(days and day) and days[0] > day[1]


def _told_before(words: Words, trigger: Trigger) -> bool:
    """"has invited the fund to study the plan next Monday", "said the rights expire on April 14", "set May 7
    for sentencing and declared": a verb in the past tense (or the perfect) tells of what was done by the
    report, so a date after the report is another happening's, what is planned or said. A past form after a
    verb of being or "will" ("will be closed on May 29", "are consulted on March 16", "has been named,
    effective April 13") or after a comma ("the talks, convened for Monday") is a participle of what is to come."""
    form = words.forms[trigger.first]
    before = words.forms[trigger.first - 1] if trigger.first > 0 else ""
    return trigger.verbal and aspect.past(form) and before not in BE and before not in UNREAL and \
        before not in ("been", ",", "being") and not words.is_break(trigger.first - 1)


def _names_a_noun(words: Words, triggers: list[Trigger], timex: Timex, first: int, last: int) -> bool:
    """"In reporting third quarter results, ...", "reported 1986 net profits", "raised its 1987 forecast": a date
    between a word that is no preposition and a noun that is no trigger is the noun's, and dates no happening, and so is
    a period before a name and its noun ("reported 1986 Acme Bank earnings"); after a verb only a period does ("reported
    first quarter earnings": the figures' quarter, not the report's day). After a preposition it may open a clause
    ("said in 1986 sales rose") and is left to the others."""
    j = last + 1
    if first == 0 or j >= len(words) or (timex.value or "").endswith("_REF") or words.forms[first] in DEICTIC or any(
            trigger.nominal and 0 < trigger.first - last <= 3 for trigger in triggers):
        return False  # "talks yesterday removes the need": a deictic date names no noun
    if granularity(timex.value) in PERIODS and words.capitalised(j):
        j = _past_name(words, last) + 1  # "reported 1986 Acme Bank earnings": the period of a named body's figures
        if j >= len(words):
            return False
    before, form = words.forms[first - 1], words.forms[j]
    if aspect.finite(before) and granularity(timex.value) not in PERIODS or \
            any(words.forms[k] in ("at", "during") for k in range(max(0, first - 4), first)):
        return False  # "launched Monday regular services", "failed at a March 5 hearing": the clause's date
    return form.isalpha() and not words.capitalised(j) and not words.is_break(first - 1) and \
        not form.endswith("ing") and form not in PRONOUNS and form not in NOT_NOUNS and \
        before not in PREPOSITIONS and before not in SUBORDINATORS and before not in COORDINATORS and \
        form not in PREPOSITIONS and form not in DETERMINERS and form not in COORDINATORS and \
        form not in SUBORDINATORS and form not in BE and not aspect.finite(form) and not form.endswith("ly") and \
        not any(trigger.first == j for trigger in triggers)


def _determined_noun(words: Words, triggers: list[Trigger], timex: Timex, first: int, last: int) -> bool:
    """"raised its total 1986 dividend", "raised the 1987 budget of its unit": a date inside a noun phrase its
    determiner opens, one word at most between them, belongs to the noun that is no trigger, whatever the parse
    hangs it on, and dates no happening."""
    k = first - 1
    if k >= 1 and words.forms[k].isalpha() and words.forms[k].islower() and words.forms[k] not in DETERMINERS and \
            not words.is_break(k - 1):
        k -= 1  # "its total 1986 dividend": a word that qualifies the noun
    return k >= 0 and words.forms[k] in DETERMINERS - {"that"} and \
        _names_a_noun(words, triggers, timex, first, last)


def _opened_period(words: Words, first: int) -> bool:
    """"is requesting funds for the fiscal year beginning Oct. 1", "asked for aid in the crop year starting June
    1": the day a period named right before it opens bounds that period and dates no happening told as done or
    going on; one its clause tells as to come takes effect that day ("will lower the levy for the budget year
    starting July 1")."""
    j = first - 1
    if j >= 0 and words.forms[j] in BOUND_GLUE:
        j -= 1
    if not phrases.opens_period(words.forms, j):
        return False
    opening = words.clause_starts[words.clause[first]]
    return not any(aspect.ahead(form) for form in words.forms[opening:j])


def _rest_of(words: Words, first: int) -> bool:
    """"will suspend payments for the rest of the year": what is left of a period is a stretch a happening lasts
    through from a day the text does not give, and dates no happening."""
    return first >= 3 and words.forms[first - 1] == "of" and words.forms[first - 2] in REST and \
        words.forms[first - 3] == "the"


def _present_with_past(words: Words, trigger: Trigger, timex: Timex) -> bool:
    """"Acme, which the union blames for two bomb attacks on its depots last week": a verb in the present tense
    tells of now, so a date of the past that the parse hangs on it dates something else in its clause."""
    text = timex.text.lower().split()
    if not trigger.verbal or not text or not (text[0] in PAST_DEICTIC or text[-1] == "ago"):
        return False
    form = words.forms[trigger.first]
    before = words.forms[trigger.first - 1] if trigger.first > 0 else ""
    return not aspect.finite(form) and not form.endswith(("ing", "ed", "en")) and \
        before not in UNREAL and not aspect.auxiliary(before) and before not in ("did", "does", "do")


def _owned_noun(words: Words, triggers: list[Trigger], last: int) -> int | None:
    """"Friday's attack", "last week's rise in rates": a date in the possessive names the noun it owns; it
    dates that noun when the noun is a trigger, and no happening of the clause when it is not. After "at",
    "in" or "during" the noun is an occasion the clause shares ("said at last week's meeting"), left to the
    other rules. A name between them is part of the noun's phrase: "next week's International Monetary Fund
    meeting", "tomorrow's Group of Seven talks"."""
    last = _past_name(words, last)
    return next((n for n, trigger in enumerate(triggers) if _noun_after(words, trigger, last)), None)


def _past_name(words: Words, last: int) -> int:
    """The last word of a name right after word `last` ("Group of Seven", "Bank of England"), or `last` when
    none follows."""
    j = last + 1
    while j < len(words) and (words.capitalised(j) or words.forms[j] in NAME_JOINS and j > last + 1 and
                              j + 1 < len(words) and words.capitalised(j + 1)):
        j += 1
    return j - 1


def _noun_after(words: Words, trigger: Trigger, last: int) -> bool:
    """A noun trigger within three words after a date whose last word is `last`, in one noun phrase with it:
    "the March 5 strike", "Friday's oil price rise"."""
    return trigger.nominal and 0 <= trigger.first - last <= 3 and _noun_phrase(words, last + 1, trigger.first)


def _reported_subject(words: Words, timex: Timex) -> bool:
    """"said April 10 is the redemption date", "said 1986 was a poor year": a date right after a reporting verb
    and before a verb is what is reported, not when; a deictic one is not ("the order confirmed this morning
    was worth ...")."""
    after = words.index_at(timex.end - 1) + 1
    return after < len(words) and words.forms[after] in BE and timex.text.split()[0].lower() not in DEICTIC


def _told_at(words: Words, triggers: list[Trigger], timex: Timex) -> list[int]:
    """The verb of a "when" clause right after a date: "since January 2, when troops overran the town" tells
    what happened that day (and only that: "when the union walked out over the strikes that began in May").
    With no verb of a happening, the noun that opens the clause as its subject is the happening: "since Tuesday
    when a fresh attack on the mill broke a window". A second day written with a slash ("since May 12/13, when")
    belongs to the date, and an aside set off by commas after the clause's subject ("when the cabinet, faced
    with a slump, raised rates") does not end the clause."""
    if timex.type not in ("DATE", "TIME"):
        return []
    j = words.index_at(timex.end - 1) + 1
    if j + 1 < len(words) and words.forms[j] == "/" and words.forms[j + 1].isdigit():
        j += 2
    if j < len(words) and words.forms[j] == ",":
        j += 1
    if j >= len(words) or words.forms[j] != "when":
        return []
    told = [n for n, trigger in enumerate(triggers) if words.clause[trigger.first] == words.clause[j]
            and trigger.verbal]
    resumed = _after_aside(words, j)
    if not told and resumed is not None:
        told = [n for n, trigger in enumerate(triggers) if trigger.verbal and words.clause[trigger.first] ==
                words.clause[resumed] and trigger.first >= resumed]
    return told[:1] or _when_subject(words, triggers, j)


def _after_aside(words: Words, when: int) -> int | None:
    """The word after an aside that commas set off right after the subject of the clause "when" opens at word
    `when` ("when the cabinet, faced with a slump, raised", "when the cabinet, which feared a slump, raised"), or
    None. The subject has no verb, and the aside opens no clause but a relative one on the subject."""
    comma = next((j for j in range(when + 1, len(words)) if words.is_break(j)), None)
    if comma is None or words.forms[comma] != "," or comma == when + 1 or \
            any(aspect.finite(words.forms[j]) for j in range(when + 1, comma)):
        return None
    close = next((j for j in range(comma + 1, len(words)) if words.is_break(j)), None)
    if close is None or words.forms[close] != "," or close + 1 >= len(words) or any(
            words.forms[j] in SUBORDINATORS - RELATIVES or words.forms[j] in COORDINATORS
            for j in range(comma + 1, close)):
        return None
    return close + 1


def _when_subject(words: Words, triggers: list[Trigger], when: int) -> list[int]:
    """The noun of a happening that opens the "when" clause at word `when`, after at most a determiner and a
    modifier or two: "when an attack", "when a big fire"."""
    for n, trigger in enumerate(triggers):
        if trigger.nominal and when < trigger.first <= when + WHEN_SUBJECT_REACH and \
                words.clause[trigger.first] == words.clause[when] and \
                not any(words.is_break(k) or aspect.finite(words.forms[k]) for k in range(when + 1, trigger.first)):
            return [n]
    return []


def _nearest(words: Words, triggers: list[Trigger], first: int, last: int,
             reporter: int | None = None) -> tuple[int, int] | None:
    """`reporter`: a reporting verb right before the date that does not take it."""
    clause = words.clause[first]
    best = None
    for n, trigger in enumerate(triggers):
        if n == reporter:
            continue
        if trigger.entry.kind == "D":
            distance = 0 if _modifies(words, trigger, first, last, triggers) else None
        elif _noun_after(words, trigger, last):
            distance = 0
        elif _apposed_participle(words, triggers, trigger, first):
            distance = 2 * (first - trigger.last) + 1
        elif words.clause[trigger.first] != clause and not _set_off(words, last, trigger.first) and \
                not _listed_before(words, triggers, trigger, first) and not _past_enclosure(words, trigger, first) or \
                _reported_before(words, trigger, last) or _reported_after(words, trigger, first, last) or \
                _outside_report(words, triggers, trigger, first) or _deadline_of_request(words, trigger, first) or \
                _purpose_date(words, trigger, first) or \
                _verb_of_its_own(words, triggers, trigger, first) or _conjunct_after(words, trigger, last) or \
                _conjunct_before(words, trigger, first) or _embedded_verb(words, triggers, trigger, first) or \
                _temporal_clause_between(words, trigger, first) or _came_before(words, trigger, last) or \
                _extended_to(words, trigger, first) or _report_after_report(words, triggers, trigger, first, last) or \
                _inside_since(words, trigger, first):
            distance = None
        else:
            gap = trigger.first - last if trigger.first > last else first - trigger.last
            distance = 2 * gap + (0 if trigger.verbal else 1)
        if distance is not None and (best is None or distance < best[1]):
            best = (n, distance)
    return best


def _apposed_participle(words: Words, triggers: list[Trigger], trigger: Trigger, first: int) -> bool:
    """"a joint venture, formed last June", "their venture, Acme Zenith Inc, formed in June": a participle that
    is no trigger, right before the date, tells of the noun before it as it does with no comma ("the venture
    formed last June"), past a name set off by commas that is the noun's own. One that schedules or moves it
    ("the talks, postponed last week") tells of another moment."""
    if not trigger.nominal or trigger.last + 2 >= first or words.forms[trigger.last + 1] != ",":
        return False
    j = trigger.last + 2
    if words.capitalised(j):
        while j < first and (words.capitalised(j) or words.forms[j] in NAME_JOINS):
            j += 1
        if j >= first or words.forms[j] != ",":
            return False
        j += 1
    form = words.forms[j] if j < len(words) else ""
    return j < first and all(words.forms[k] in DATE_PREPOSITIONS for k in range(j + 1, first)) and \
        first - j <= 2 and aspect.past(form) and not aspect.auxiliary(form) and form not in TIMED and \
        form not in BE and not any(other.first <= j <= other.last for other in triggers)


def _past_enclosure(words: Words, trigger: Trigger, first: int) -> bool:
    """"accused Ruritania of "lying to its miners" on Sunday", "a pact signed with the Copper Producers Group (CPG)
    in May": a quotation or a bracket inside the verb's phrase ends no clause of the verb's, so a date after it, with
    no other break or subordinating word between, is the verb's. A trigger inside the stretch opens no pair, and
    keeps to its own clause."""
    if not trigger.verbal or trigger.last >= first:
        return False
    enclosed = False
    j = trigger.last + 1
    while j < first:
        form = words.forms[j]
        if form == "(" or form in QUOTES:
            closers = (")",) if form == "(" else QUOTES
            close = next((k for k in range(j + 1, first) if words.forms[k] in closers), None)
            if close is None:
                return False
            enclosed, j = True, close + 1
            continue
        if words.is_break(j) or form in SUBORDINATORS:
            return False
        j += 1
    return enclosed


def _came_before(words: Words, trigger: Trigger, last: int) -> bool:
    """"Unveiled its plan in March after months of talks": a happening that ran for a stretch named after
    "after" or "following", past a date, came before that date, which is the clause's. One with no stretch may
    have been that day ("left on Monday after talks with Novak")."""
    if trigger.first <= last:
        return False
    opener = next((j for j in range(last + 1, trigger.first) if words.forms[j] in LATER_THAN), None)
    return opener is not None and any(words.forms[j] in STRETCHES and words.forms[j + 1] == "of"
                                      for j in range(opener + 1, trigger.first - 1))


def _listed_before(words: Words, triggers: list[Trigger], trigger: Trigger, first: int) -> bool:
    """Whether only a list of nouns the verb `trigger` acts on stands between it and the date at word `first`
    ("imposed duties on radios, tinned fish and bicycles on May 2"): the commas of the list end no clause of the
    verb's, so the date after its last noun is the verb's. A word a trigger of the sentence opens is a verb that
    carries a clause of its own ("bought plants, and sold land on May 2")."""
    if not trigger.verbal or trigger.first > first:
        return False
    comma = words.clause_starts[words.clause[trigger.first] + 1] - 1 \
        if words.clause[trigger.first] + 1 < len(words.clause_starts) else None
    if comma is None or words.forms[comma] != "," or comma <= trigger.last:
        return False
    verbs = {words.forms[other.first] for other in triggers if other.verbal}
    end = coordinations.list_end(words.surface, comma,
                                 lambda form: form in verbs or form in BE or form in LIST_BREAKING_VERBS)
    return end is not None and (end + 1 == first or end + 2 == first and words.forms[end + 1] in DATE_PREPOSITIONS)


def _conjunct_after(words: Words, trigger: Trigger, last: int) -> bool:
    """"the ruling is due on May 7 but Jan Novak said", "the pact runs until 1990 and its members will meet":
    a date that closes its phrase before "but", or before "and" and a subject of another verb, dates what comes
    before the conjunction, not a trigger after it ("presented the plan on Monday and said" shares it)."""
    if trigger.first <= last:
        return False
    after = last + 1
    if after < trigger.first and words.forms[after] == ",":
        after += 1
    if after >= trigger.first or words.forms[after] not in ("and", "but") or words.forms[after + 1][:1].isdigit():
        return False
    return words.forms[after] == "but" or any(
        not (aspect.auxiliary(words.forms[j]) or words.forms[j] in UNREAL or words.forms[j].endswith("ly"))
        for j in range(after + 1, trigger.first))


def _report_after_report(words: Words, triggers: list[Trigger], trigger: Trigger, first: int, last: int) -> bool:
    """"said it expects profits to rise in 1987 and said it is seeking a buyer", "said he was hopeful about 1987
    sales but added he would wait": a date inside what one reporting verb reports dates nothing of a second
    report that "and" or "but" joins after it; the speaker did not speak at the time his words tell of."""
    if trigger.entry.kind != "S" or trigger.first <= last or \
            not any(words.forms[j] in ("and", "but") for j in range(last + 1, trigger.first)):
        return False
    return any(other.entry.kind == "S" and other.verbal and other.last < first and
               _reported_after(words, other, first, last) for other in triggers if other is not trigger)


def _inside_since(words: Words, trigger: Trigger, first: int) -> bool:
    """"the first meeting here since Ruritania's suspension of payments on February 20": a date closing a "since"
    phrase after a noun is the day of the earlier happening the phrase recalls, never the noun's own."""
    if not trigger.nominal or trigger.last >= first:
        return False
    since = next((j for j in range(first - 1, trigger.last, -1) if words.forms[j] == "since"), None)
    return since is not None and not any(words.is_break(j) for j in range(since + 1, first))


def _conjunct_before(words: Words, trigger: Trigger, first: int) -> bool:
    """"is negotiating with Acme and a decision is expected in August", "declined comment but sources said it
    had intervened yesterday": after "and" or "but", a subject and a verb of its own open another clause, which a
    date after that verb dates, not a trigger before the conjunction. A verb right after the conjunction shares
    the subject and may share the date ("presented the plan and said on Monday"); a name joins its own words
    ("the Securities and Exchange Commission"); a noun's clause needs a verb before the conjunction, else "and"
    joins the nouns of one subject ("talks between the company and its unions have been put off to Friday")."""
    for joint in range(trigger.last + 1, first - 1):
        if words.forms[joint] not in ("and", "but") or words.capitalised(joint - 1) and words.capitalised(joint + 1):
            continue
        if trigger.nominal and not any(aspect.plainly_tensed(words.forms[j]) for j in range(trigger.last + 1, joint)):
            continue
        opening = words.forms[joint + 1]
        if aspect.tensed(opening) or opening in NOT_SUBJECTS or opening.endswith("ly") or not opening.isalpha():
            continue
        for j in range(joint + 2, first):
            if words.is_break(j):
                break
            if aspect.plainly_tensed(words.forms[j]) and not words.capitalised(j):  # "May 10" is no modal
                return True
    return False


def _embedded_verb(words: Words, triggers: list[Trigger], trigger: Trigger, first: int) -> bool:
    """"asked for exclusions from the tariffs it is to impose on Friday", "topped the profit they made last
    year": a subject pronoun right after a noun, with a verb of its own, opens a clause of that noun; a date
    after its verb dates that verb, not a trigger before the noun."""
    if not trigger.verbal or trigger.last >= first:
        return False
    inside = {j for other in triggers for j in range(other.first, other.last + 1)}
    for j in range(trigger.last + 2, first - 1):
        before, verb = words.forms[j - 1], words.forms[j + 1]
        if words.forms[j] in PRONOUNS and before.isalpha() and before not in PREPOSITIONS and \
                before not in DETERMINERS and before not in COORDINATORS and before not in SUBORDINATORS and \
                not aspect.finite(before) and j - 1 not in inside and j + 1 not in inside and \
                (aspect.finite(verb) or aspect.auxiliary(verb) or verb in UNREAL):
            return True
    return False


def _temporal_clause_between(words: Words, trigger: Trigger, first: int) -> bool:
    """"The strike is the first since the company was founded on July 1", "walked out after talks broke down on
    Monday": a conjunction of time between a happening and a date after it, followed by a verb carrying tense (not
    a participle after a determiner, "since the proposed merger"), opens a clause of its own, which the date
    dates. One told as close to it ("downgraded the issue soon after it was priced last week") shares its time."""
    if trigger.last >= first:
        return False
    opener = next((j for j in range(trigger.last + 1, first) if words.forms[j] in TEMPORAL), None)
    return opener is not None and words.forms[opener - 1] not in CLOSE_IN_TIME and \
        any(aspect.tensed(words.forms[k]) and words.forms[k - 1] not in DETERMINERS for k in range(opener + 1, first))


def _verb_of_its_own(words: Words, triggers: list[Trigger], trigger: Trigger, first: int) -> bool:
    """"The failure of the talks sent prices lower on Monday", "a resolution on trade talks adopted by the
    parliament last week": a past verb that is no trigger, between a noun inside a phrase and the date after
    it, takes the date. A noun that opens its clause is that verb's subject and shares it ("Talks broke down on
    Thursday"), and so does a noun the verb follows ("the austerity plan (it) adopted on March 13")."""
    if not trigger.nominal or trigger.last >= first or _opens_clause(words, trigger):
        return False
    inside = {j for other in triggers for j in range(other.first, other.last + 1)}
    own = trigger.last + (2 if trigger.last + 1 < len(words) and words.forms[trigger.last + 1] in PRONOUNS else 1)
    if own < len(words) and (aspect.past(words.forms[own]) or aspect.auxiliary(words.forms[own])):
        return False  # "the plan adopted on", "the merger has been approved ... and is to close by April"
    return any(j not in inside and aspect.past(words.forms[j]) and not aspect.auxiliary(words.forms[j])
               and not words.capitalised(j) and words.forms[j - 1] != "-"  # "the U.S.-flagged tanker"
               and words.forms[j - 1] not in DETERMINERS and words.forms[j - 1] not in POSSESSIVE_PRONOUNS
               and words.forms[j] not in LIGHT_VERBS and words.forms[j] not in TIMED
               for j in range(trigger.last + 1, first))


def _reported_before(words: Words, trigger: Trigger, last: int) -> bool:
    """"Another storm may come on Friday, the forecaster added": a date before a reporting verb and a comma
    dates what is reported, not the report; commas that only set off a word such as "however" between them
    ("The ministry on Tuesday, however, said") do not."""
    return trigger.entry.kind == "S" and last < trigger.first and any(
        words.is_break(j) for j in range(last + 1, trigger.first)) and not _set_off(words, last, trigger.first)


def _set_off(words: Words, last: int, first: int) -> bool:
    """Whether the words between `last` and `first` only set off a word such as "however" with commas."""
    between = range(last + 1, first)
    return any(words.forms[j] in PARENTHETICAL for j in between) and all(
        words.forms[j] in PARENTHETICAL or words.forms[j] == "," for j in between)


def _reported_after(words: Words, trigger: Trigger, first: int, last: int) -> bool:
    """"said copper exports would fall this year": a date after a reporting verb dates the report only close
    after it ("said on Tuesday", "told reporters late on Tuesday", "said in a statement on Tuesday"), or after
    a phrase of the occasion it was said at when the date closes the verb's phrase, before what was said or at
    the sentence's end ("said at the presentation of the bank's 1986 annual report last week"), with no verb of
    what is reported between."""
    if trigger.entry.kind != "S" or first <= trigger.last:
        return False
    between = range(trigger.last + 1, first)
    if any(words.forms[j] == "that" or aspect.finite(words.forms[j]) and words.forms[j] not in ISSUED
           for j in between):
        return True
    if trigger.verbal and trigger.entry.headline == SAYING and len(between) > 1 and \
            (words.forms[between.start] in DETERMINERS or words.forms[between.start] in PRONOUNS):
        return True  # "said the currency situation last year", "said it views the prospects during 1987": "say"
        # takes no object, so a noun or a pronoun after it opens what was said, which holds the date
    reach = OCCASION_REACH if words.forms[trigger.last + 1] in OCCASION and _closes_phrase(words, last) \
        else REPORT_REACH
    return _word_count(words, between) > reach and not _day_of_announcing(words, trigger, between)


def _day_of_announcing(words: Words, trigger: Trigger, between: range) -> bool:
    """"announced a freeze of interest payments on part of its foreign debt on March 4": a verb that makes a thing
    known, whose object is a plain noun phrase (no verb, no "to", no break in it), takes a day written with "on"
    after that object, however long: it is the day of the announcing. "Estimated copper stocks on March 4 at 20,000
    tonnes" counts a figure on that day."""
    return trigger.entry.headline in MAKING_KNOWN and words.forms[between.stop - 1] == "on" and not any(
        words.is_break(j) or words.forms[j] == "to" or words.forms[j] in RELATIVES for j in between)


def _closes_phrase(words: Words, last: int) -> bool:
    """Whether word `last` closes the sentence (but for its stop) or comes right before the "that" of a clause."""
    return last + 1 < len(words) and words.forms[last + 1] == "that" or \
        all(words.forms[j] in (".", "!", "?") for j in range(last + 1, len(words)))


def _reported_subject_verb(words: Words, triggers: list[Trigger], timex: Timex, first: int,
                           last: int) -> int | None:
    """"said its sales in March rose", "said profits last year were higher", "said first quarter results were
    poor": a date within the subject that opens what a reporting verb reports, a few words before that
    subject's verb, dates what is reported, not the report, and no noun of the subject ("said holders of record
    on May 1 will vote at the meeting"). Returns the word index of that verb. Words of the report's own
    occasion ("said in a statement on Monday", "said separately on Monday") and whom a telling verb tells ("told
    Reuters on Monday he would") open no subject; nor does a day right after the reporting verb ("said Monday
    profits rose")."""
    if (timex.value or "").endswith("_REF"):
        return None  # "said the current talks were": no date, only the present
    reporter = max((trigger for trigger in triggers if trigger.last < first), key=lambda t: t.last, default=None)
    if reporter is None or reporter.entry.kind != "S" or not reporter.verbal or \
            reporter.entry.headline in ADDRESSING:
        return None
    if first == reporter.last + 1:
        if (granularity(timex.value or "") in ("day", "time") or words.forms[first] in DEICTIC) and \
                not (last + 1 < len(words) and aspect.plainly_tensed(words.forms[last + 1])):
            return None  # "said Monday profits rose"; but "said last year was its best": the subject
    else:
        opening = words.forms[reporter.last + 1]
        if not opening.isalpha() or opening in PREPOSITIONS or opening in REPORT_GLUE or \
                opening in NOT_SUBJECTS or opening.endswith("ly") or opening == "that":
            return None
        if any(words.is_break(j) or aspect.tensed(words.forms[j]) for j in range(reporter.last + 1, first)):
            return None
    for j in range(last + 1, min(len(words), last + 1 + SUBJECT_WORDS)):
        form = words.forms[j]
        if aspect.plainly_tensed(form):
            return None if words.capitalised(j) else j
        if any(trigger.first == j for trigger in triggers):
            return None  # "said holders at the May 14 meeting will vote": the date names that noun
        if not form.isalpha() or words.capitalised(j) or form in PREPOSITIONS or form in SUBORDINATORS or \
                form in COORDINATORS or form in RELATIVES or form == "that":
            return None
    return None


def _outside_report(words: Words, triggers: list[Trigger], trigger: Trigger, first: int) -> bool:
    """"A banker close to the negotiations said he saw no boom until 1989", "told the meeting the agency would
    act in October", "told the meeting Acme expected losses this year": a noun in the words of the speaker or of
    whom it tells, before what a reporting verb reports, takes no date from inside what is reported. Not a noun
    the report opens with ("said talks were held last week", "said a hearing to set the damages was set for May
    4"), nor the subject of the reporting verb ("the accord was announced in May"), nor a noun set off by commas
    or in a relative clause ("the talks, officials said, ended on Friday", "the strike which the union said began
    on Monday")."""
    if not trigger.nominal or first <= trigger.last:
        return False
    for other in triggers:
        verb = words.forms[other.first]
        if other.entry.kind != "S" or not other.verbal or first <= other.last or \
                not (aspect.past(verb) or verb.endswith("s")):  # "a meeting of all note holders": no verb
            continue
        if trigger.last < other.first:
            speaker = range(trigger.last + 1, other.first)
            report = range(other.last + 1, first)
            if report and words.forms[report.start] != "," and _report_verb(words, report) is not None and \
                    _report_verb(words, speaker) is None and \
                    not any(words.is_break(j) or words.forms[j] in RELATIVES for j in speaker):
                return True
        elif other.last < trigger.first and _report_verb(words, range(other.last + 1, trigger.first)) is None:
            subject = trigger.last + 1
            if subject < first and (words.forms[subject] in PRONOUNS or words.forms[subject] in DETERMINERS and
                                    words.forms[subject] != "that" or words.capitalised(subject)) and \
                    _report_verb(words, range(subject, first)) is not None:
                return True  # "told the meeting he", "told the meeting the agency would", "told the meeting Acme"
    return False


def _report_verb(words: Words, span: range) -> int | None:
    """The first word of `span` that opens what a reporting verb reports: "that" or a verb carrying tense."""
    return next((j for j in span if words.forms[j] == "that" or aspect.finite(words.forms[j]) and
                 words.forms[j] not in ISSUED and not words.capitalised(j)), None)


def _word_count(words: Words, span: range) -> int:
    """The words in `span`, an abbreviation written with stops ("U.S.", "U.N.") counting as one: the tokens of
    its letters and stops would count four."""
    return sum(1 for j in span if words.forms[j] != "." and not (
        len(words.forms[j]) == 1 and j > span.start and words.forms[j - 1] == "."))


def _inside_report(words: Words, triggers: list[Trigger], trigger: Trigger, first: int) -> bool:
    """"announced after its forces overran the peninsula in February": a date the parse hangs on a reporting
    verb, with a verb of what is reported (or "that") between them, dates what is reported, not the report."""
    verbs = {other.first for other in triggers if other.verbal}
    return trigger.entry.kind == "S" and trigger.verbal and trigger.last < first and any(
        words.forms[j] == "that" or j in verbs or aspect.tensed(words.forms[j]) and words.forms[j] not in ISSUED
        and words.forms[j - 1] not in DETERMINERS and words.forms[j - 1] not in POSSESSIVE_PRONOUNS
        for j in range(trigger.last + 1, first))  # "its now-completed bid" holds no verb


def _reporting_verb_before(words: Words, triggers: list[Trigger], first: int) -> int | None:
    """The reporting verb right before the date at word `first`: "said today", "said on Tuesday", "told
    reporters late on Monday"."""
    j = first - 1
    while j >= 0 and words.forms[j] in REPORT_GLUE:
        j -= 1
    told = next((n for n, trigger in enumerate(triggers) if trigger.entry.kind == "S" and trigger.last == j), None)
    return told if told is not None else _teller_before(words, triggers, j)


def _teller_before(words: Words, triggers: list[Trigger], j: int) -> int | None:
    """"told Reuters yesterday", "told a news conference on Monday": a telling verb and whom it tells, right
    before the date, whose last word is at `j`."""
    k = j
    while k >= 0 and j - k < ADDRESSEE_WORDS and (words.forms[k] in ADDRESSEES or words.capitalised(k)):
        k -= 1
    if k == j or k < 0:
        return None
    return next((n for n, trigger in enumerate(triggers) if trigger.entry.kind == "S" and trigger.last == k and
                 trigger.entry.headline in ADDRESSING), None)


def _deadline_of_request(words: Words, trigger: Trigger, first: int) -> bool:
    """"requested a response by March 12": a deadline dates what is asked for, not the asking."""
    return first > 0 and words.forms[first - 1] == "by" and (
        trigger.entry.kind == "S" or trigger.entry.code[:2] in ASKING)


def _purpose_date(words: Words, trigger: Trigger, first: int) -> bool:
    """"won a contract for November 25 delivery", "approved the budget for fiscal 1988", "voted to ask them to put off
    a lottery scheduled for June 22": a date after "for" names the time of what the verb's object is for, not of
    the verb; a noun it follows may be what is set for that day ("a hearing is scheduled for March 19")."""
    return trigger.verbal and trigger.last < first and words.forms[first - 1] == "for"


def _subject_of_light_verb(words: Words, triggers: list[Trigger], first: int,
                           opening: bool = False) -> tuple[int, int] | None:
    """"The strike, the first in 25 years, started on February 27": a date after "started", "began", "ended",
    "was held" or "was rescheduled for" dates an earlier noun trigger of the sentence: the one that opens its
    clause, as a subject does ("Talks between X and Y, aimed at ending the strike, will resume this
    afternoon" dates the talks, not the strike), before any nearer trigger; else (not `opening`) the nearest
    noun trigger, when no trigger of the date's clause takes it."""
    j = first - 1
    while j >= 0 and words.forms[j] in PREPOSITIONS:
        j -= 1
    if j < 0 or words.forms[j] not in LIGHT_VERBS and words.forms[j] not in TIMED or \
            j > 0 and words.forms[j - 1] in ARTICLES:
        return None  # "by the end of the first quarter": after an article the word is a noun, no light verb
    # "broke off the talks and the layoffs may begin later this month": the light verb's subject is its own
    earlier = [n for n, trigger in enumerate(triggers) if trigger.nominal and trigger.last < j and
               not _conjunct_before(words, trigger, first) and not _outside_report(words, triggers, trigger, first)]
    start = words.clause_starts[words.clause[j]]
    if words.forms[start] in RELATIVES or words.forms[start] == "that":
        # "the strikes which started January 19": the noun the relative clause follows
        subjects = [n for n in earlier if triggers[n].last == start - 1]
        if not subjects and words.forms[start] in RELATIVES and _common_noun(words, triggers, start - 1):
            return None  # "a meeting on the price-fixing which begins on Monday": the price-fixing begins then
    else:
        subjects = [n for n in earlier if _opens_clause(words, triggers[n])]
        # "The carrier, which arose from the takeover of Norland Air, was launched last week": a relative clause
        # before the main clause's light verb tells of its subject; a happening named inside it is not what starts
        earlier = [n for n in earlier if not _in_relative(words, triggers[n])]
    if opening and not subjects:
        return None
    chosen = subjects[-1] if subjects else earlier[-1] if earlier else None
    if chosen is None:
        return None
    # "due on Monday, was postponed to Friday": the new date outranks any other
    return chosen, -1 if words.forms[j] in MOVED else 2 * (first - triggers[chosen].last) + 1


def _common_noun(words: Words, triggers: list[Trigger], j: int) -> bool:
    """Whether word `j` is a word in lower case that no trigger holds and no verb cue names: the head of a noun
    phrase that is no happening of the sentence ("the price-fixing", "the plant")."""
    form = words.forms[j] if j >= 0 else ""
    return form.replace("-", "").isalpha() and not words.capitalised(j) and form not in PREPOSITIONS and \
        form not in DETERMINERS and form not in BE and not aspect.finite(form) and \
        not any(trigger.first <= j <= trigger.last for trigger in triggers)


def _in_relative(words: Words, trigger: Trigger) -> bool:
    """Whether the trigger stands in a clause a relative ("which", "who") opens."""
    return words.forms[words.clause_starts[words.clause[trigger.first]]] in RELATIVES


def _opens_clause(words: Words, trigger: Trigger) -> bool:
    start = words.clause_starts[words.clause[trigger.first]]
    if start < trigger.first and words.forms[start] in DETERMINERS:
        start += 1
    return _noun_phrase(words, start, trigger.first)


def _modifies(words: Words, trigger: Trigger, first: int, last: int, triggers: list[Trigger]) -> bool:
    """A date right before a document noun, or right after it with "from/of/in/dating (back) to" or a
    participle that is no trigger of its own ("the pact reached last July", not "the pact, revealed on")."""
    if last < trigger.first:
        return trigger.first - last <= 3 and _noun_phrase(words, last + 1, trigger.first)
    start = trigger.last + 1
    if start < first and words.forms[start] == ",":
        start += 1  # "the agreement, struck late last year"
    between = [words.forms[j] for j in range(start, first)]
    if not 1 <= len(between) <= 3 or any(words.is_break(j) for j in range(start, first)):
        return False
    if between[0] in POST_DATE:
        return True
    return _participle(between[0]) and not any(other.first == start for other in triggers) and all(
        form in POST_DATE or form in ("on", "at") for form in between[1:])


def _noun_phrase(words: Words, start: int, end: int) -> bool:
    """Words from `start` to `end` (exclusive) can stand inside one noun phrase after its first word: no
    punctuation, no verb cue, no preposition, no new determiner."""
    return all(not words.is_break(j) and words.forms[j] not in BE and words.forms[j] not in PREPOSITIONS
               and words.forms[j] not in DETERMINERS for j in range(start, end))


def _first(words: Words, trigger: Trigger) -> bool:
    start = words.clause_starts[words.clause[trigger.first]]
    return any(words.forms[j] == "first" for j in range(max(start, trigger.first - 3), trigger.first))


def _years_ago(words: Words, triggers: list[Trigger], bindings: list[Binding], index: int, timex: Timex,
               first: int) -> None:
    """"the first visit in 24 years": the visit before this one was 24 years ago."""
    match = _YEARS_AGO.match(timex.value or "")
    if not match or first == 0 or words.forms[first - 1] not in ("in", "for"):
        return
    for n, trigger in enumerate(triggers):
        if trigger.last < first and _first(words, trigger) and words.clause[trigger.first] == words.clause[first]:
            bindings[n].earlier_years = int(match.group(1))
            bindings[n].earlier_timex = index


def _fronted_date(words: Words, triggers: list[Trigger], timexes: list[tuple[int, Timex]],
                  bindings: list[Binding]) -> None:
    """"On Tuesday, the ministry said ...", "Earlier today Jan Novak, the bank's head, told reporters ...": a
    date that opens the sentence dates the first verb of the main clause after it, when that verb has no date of
    its own. So does a date inside an opening phrase of what the doer was doing as he did it ("Speaking to
    reporters on Monday, Jan Novak said ...", "In announcing the ban yesterday, the ministry said ...")."""
    for index, timex in timexes:
        first = words.index_at(timex.start)
        if timex.type not in ("DATE", "TIME"):
            continue
        last = words.index_at(timex.end - 1)
        if all(words.forms[j] in FRONTING for j in range(first)):
            following = words.forms[last + 1] if last + 1 < len(words) else ","
            if _possessive_form(words.forms[last]) or following in COORDINATORS or following != "," and \
                    words.forms[0] not in FRONTING and words.forms[0] not in DEICTIC:
                return  # "Today's vote", "First quarter 1987 results": the date names a noun, not the clause
            opening_end = last
        elif (_circumstance(words, first) or _occasion_opening(words, first, last)) and \
                granularity(timex.value or "") in ("day", "time"):
            opening_end = next((j for j in range(last + 1, len(words)) if words.forms[j] == ","), None)
            if opening_end is None:
                continue
        else:
            continue
        n = _main_verb(words, triggers, opening_end)
        if n is not None and bindings[n].timex in (None, index):
            bindings[n].timex = index
            if opening_end == last:
                _next_main_verb(words, triggers, timexes, bindings, n)
        return


def _next_main_verb(words: Words, triggers: list[Trigger], timexes: list[tuple[int, Timex]],
                    bindings: list[Binding], n: int) -> None:
    """"In May, Ruritania devalued its crown and the cabinet cut taxes": a date opening the sentence dates the
    past verb of a main clause joined by "and" with a subject of its own, as it does the first, when that clause
    has no date of its own and no verb between tells of another happening. A report ("and the minister said")
    is made on its own day, a perfect or a modal ("and the cabinet has agreed", "will cut") on another."""
    first = triggers[n]
    if not first.verbal or first.entry.kind == "S":
        return
    for m in range(n + 1, len(triggers)):
        trigger = triggers[m]
        if not trigger.verbal:
            continue
        joint = next((j for j in range(trigger.first - 1, first.last, -1) if words.forms[j] == "and"), None)
        if joint is None or trigger.entry.kind == "S" or bindings[m].timex is not None or \
                not aspect.past(words.forms[trigger.first]) or joint + 1 >= trigger.first or any(
                    words.is_break(j) and j != joint - 1 or words.forms[j] in SUBORDINATORS
                    for j in range(first.last + 1, joint)):
            return
        subject = range(joint + 1, trigger.first)
        if any(words.is_break(j) or aspect.finite(words.forms[j]) or aspect.auxiliary(words.forms[j]) or
               words.forms[j] in UNREAL or words.forms[j] in SUBORDINATORS or words.forms[j] in PREPOSITIONS
               and words.forms[j] != "of" for j in subject) or any(
                words.index_at(timex.start) > joint for _, timex in timexes):
            return
        bindings[m].timex = bindings[n].timex
        return


def _possessive_form(form: str) -> bool:
    return form.endswith(("'s", "’s"))


def _circumstance(words: Words, first: int) -> bool:
    """An opening phrase with a participle of what the doer was doing ("Speaking on Monday,", "In announcing
    the ban yesterday,", "Asked on Monday about the talks,"), closed by a comma after the date at `first`. A
    participle of time order ("Following the vote on Monday,") tells of another moment."""
    opener = words.forms[0]
    if opener in ("in", "while", "when", "by") and len(words) > 1:
        opener = words.forms[1]
    participle = opener.endswith("ing") and opener not in PREPOSITION_LIKE or opener in QUESTIONED
    comma = next((j for j in range(first + 1, len(words)) if words.forms[j] == ","), None)
    # a finite verb makes the phrase a clause ("Raising the forecast for 1987 would not unsettle markets, ..."),
    # and a verb right after the comma makes it a subject ("Damaging strikes over Christmas, partly blamed ...")
    return participle and comma is not None and words.clause[first] == 0 and not any(
        aspect.finite(words.forms[j]) for j in range(1, comma)) and comma + 1 < len(words) and not (
        aspect.finite(words.forms[comma + 1]) or words.forms[comma + 1].endswith("ly"))


def _occasion_opening(words: Words, first: int, last: int) -> bool:
    """An opening phrase naming the occasion the main clause's doer acted on, its day closing it ("In a radio talk
    on Sunday, Novak said", "At a briefing yesterday, the ministry said", "During trading on Monday, the crown
    fell"): what the main clause tells happened on that day, which the occasion's noun before it does not take
    for its own."""
    comma = last + 1
    return words.forms[0] in OCCASION and words.clause[first] == 0 and comma + 1 < len(words) and \
        words.forms[comma] == "," and (words.forms[first - 1] == "on" or words.forms[first] in DEICTIC) and \
        not _possessive_form(words.forms[last]) and not any(aspect.finite(words.forms[j]) for j in range(1, first)) \
        and not (aspect.finite(words.forms[comma + 1]) or words.forms[comma + 1].endswith("ly"))


def _main_verb(words: Words, triggers: list[Trigger], opening_end: int) -> int | None:
    """The first verb after the opening phrase ending at word `opening_end`, outside the clauses that relative
    and subordinate words open before it ("Earlier today Jan Novak, who heads the bank, told ..."), or the noun
    a light verb there makes the happening ("Yesterday, the court issued an injunction"). Past the clause right
    after the opening, a verb that is no trigger takes the date first: "In 1986 sales fell 5 pct, the company
    said" dates the fall, not the report."""
    after = opening_end + 1
    if after < len(words) and words.forms[after] == ",":
        after += 1
    home = words.clause[after] if after < len(words) else None
    starts = {trigger.first: n for n, trigger in enumerate(triggers)}
    inside = {j for trigger in triggers for j in range(trigger.first, trigger.last + 1)}
    told = False  # a verb that is no trigger came first
    for j in range(after, len(words)):
        start = words.clause_starts[words.clause[j]]
        if start > after and (words.forms[start] in SUBORDINATORS or words.forms[start] in COORDINATORS):
            continue
        n = starts.get(j)
        if n is not None and triggers[n].entry.kind == "S" and words.forms[triggers[n].last + 1:][:1] == [","] \
                and words.forms[j - 1] in (",", *PRONOUNS):
            continue  # "At the end of 1986, he said, assets exceeded ...": the date is what is said
        if n is not None and (triggers[n].verbal or any(
                words.forms[k] in LIGHT_VERBS for k in range(max(after, j - 3), j))):
            if words.clause[j] == home and triggers[n].verbal:
                return n
            # "On March 31, the market expects a surplus, traders said.": a report closing the sentence with a
            # subject of its own ("Yesterday Jan Novak, who ..., said the mine would close" is no such report)
            closing = triggers[n].entry.kind == "S" and start < j and sum(
                any(char.isalnum() for char in form) for form in words.forms[triggers[n].last + 1:]) <= CLOSING_WORDS
            return None if told or closing else n
        if j not in inside and not words.capitalised(j) and (aspect.past(words.forms[j]) or
                                                             aspect.auxiliary(words.forms[j])):
            told = told or not _leads_to(words, starts, j)
    return None


def _leads_to(words: Words, starts: dict[int, int], j: int) -> bool:
    """Whether the verb form at `j` only leads to a trigger: an auxiliary ("has been named") or a light verb
    ("issued an injunction")."""
    if words.forms[j] in LIGHT_VERBS:
        return any(k in starts for k in range(j + 1, j + 4))
    k = j
    while k < len(words) and (aspect.auxiliary(words.forms[k]) or words.forms[k].endswith("ly")):
        k += 1
    return k > j and k in starts


def _share_coordinated_dates(words: Words, triggers: list[Trigger], bindings: list[Binding],
                             dated_at: list[int]) -> None:
    """"Ruritania on Sunday rejected the offer and warned Freedonia": a past verb joined by "and" to an earlier
    past verb of its clause, with no subject of its own, shares that verb's date ("and will meet" or "and its
    army shelled" tell of another moment)."""
    for n, trigger in enumerate(triggers):
        j = trigger.first
        if bindings[n].timex is not None or not trigger.verbal or j < 2 or words.forms[j - 1] != "and" or \
                not aspect.past(words.forms[j]) or any(
                    first > j and words.clause[first] == words.clause[j] for first in dated_at):
            continue  # "was suspended in May and resigned on June 2": a date of its own, which no rule took
        earlier = [m for m in range(n) if triggers[m].verbal and triggers[m].last < j - 1
                   and aspect.past(words.forms[triggers[m].first])]
        if not earlier:
            continue
        other = triggers[earlier[-1]].first
        if words.clause[other] == words.clause[j - 1] and words.forms[other - 1] not in UNREAL:
            bindings[n].timex = bindings[earlier[-1]].timex


def _share_main_clause_dates(words: Words, triggers: list[Trigger], bindings: list[Binding],
                             placed: dict[int, int]) -> None:
    """`placed` maps a time expression (its index in Document.timexes) to the word it starts at."""
    for n, trigger in enumerate(triggers):
        clause = words.clause[trigger.first]
        if bindings[n].timex is not None:
            continue
        if trigger.verbal:
            _share_with_noun(words, triggers, bindings, n, placed)
        if bindings[n].timex is not None or clause == 0:
            continue
        if words.forms[words.clause_starts[clause]] not in SIMULTANEOUS:
            continue
        for m in range(n - 1, -1, -1):
            if words.clause[triggers[m].first] < clause and bindings[m].timex is not None:
                bindings[n].timex = bindings[m].timex
                break


def _share_with_noun(words: Words, triggers: list[Trigger], bindings: list[Binding], n: int,
                     placed: dict[int, int]) -> None:
    """"signed after a summit on Wednesday", "met during the visit last May": the verb shares the noun's date.
    "In" hangs on a noun as often as on a verb: after another preposition it does ("arrested for involvement
    in last week's bombing" is not dated by the bombing). A date written inside the phrase of a happening that
    came first ("signed the pact after last Friday's meeting", "resigned following the March 3 vote") is that
    happening's alone: the later one took place some time after it."""
    verb = triggers[n]
    for m in range(n + 1, len(triggers)):
        noun = triggers[m]
        if words.clause[noun.first] != words.clause[verb.first] or noun.verbal or bindings[m].timex is None:
            continue
        between = [words.forms[j] for j in range(verb.last + 1, noun.first)]
        prepositions = [form for form in between if form in PREPOSITIONS]
        alongside = next((k for k, form in enumerate(prepositions) if form in ALONGSIDE), None)
        earlier = alongside is not None and prepositions[alongside] in LATER_THAN and \
            placed.get(bindings[m].timex, noun.first) < noun.first
        if len(between) <= 6 and alongside is not None and (prepositions[alongside] != "in" or alongside == 0) and \
                not earlier:
            bindings[n].timex = bindings[m].timex
        return


def actors(words: Words, triggers: list[Trigger], mentions: list[Mention], bindings: list[Binding]) -> None:
    placed = [(words.index_at(m.start), m) for m in mentions]
    for n, trigger in enumerate(triggers):
        clause = words.clause[trigger.first]
        left = max([words.clause_starts[clause]] + [t.last + 1 for t in triggers[:n]
                                                    if words.clause[t.last] == clause])
        # a document noun after a verb is its object ("signed a deal with X"), not a happening of its own
        right = min([len(words)] + [t.first for t in triggers[n + 1:] if words.clause[t.first] == clause
                                    and not (trigger.verbal and t.entry.kind == "D")]
                    + [j for j in range(trigger.last + 1, len(words)) if words.clause[j] != clause][:1])
        before = _past_opening_phrase(words, [(i, m) for i, m in placed if left <= i < trigger.first], left, trigger)
        after = [(i, m) for i, m in placed if trigger.last < i < right and i - trigger.last <= OBJECT_REACH]
        binding = bindings[n]
        if trigger.verbal:
            _verb_actors(words, trigger, before, after, binding)
            if _closing_pronoun(words, trigger):
                binding.sources = []
            elif not binding.sources and not trigger.passive and not (trigger.entry.kind == "S" and (
                    plural_subject(words, trigger) or _closing_group(words, trigger))):
                # "Acme will sell bills, money market traders said": the traders spoke, not Acme
                outside = _outside_quotation(words, placed, trigger)
                binding.sources = _apposed_speaker(words, placed, trigger) or \
                    _antecedent(words, outside, trigger) or \
                    ([] if _commentator_speaks(words, trigger) or _own_body_speaks(words, trigger) or
                     _contrasted_speakers(words, trigger) else _body_subject(words, outside, trigger))
        else:
            _noun_actors(words, trigger, before, after, binding, placed)


def _outside_quotation(words: Words, placed: list, trigger: Trigger) -> list:
    """The names a speaker may be found among: for a reporting verb after the quotation its sentence opens with
    ('"Acme will lose money," one trader said'), none inside it, which are what was said and who it was said
    of; all of them when the speaker's name follows the verb ('"...," said Acme analyst Jan Novak'), which the
    sentence's events read as such later."""
    marks = [j for j in range(trigger.first) if words.forms[j] in QUOTES]
    if trigger.entry.kind != "S" or not marks or marks[0] != 0 or len(marks) % 2 or \
            trigger.entry.headline not in ADDRESSING and \
            any(i > trigger.last and _joined_to_agent(words, trigger.last, i) for i, _ in placed):
        return placed
    return [(i, m) for i, m in placed if i > marks[-1]]


def _past_opening_phrase(words: Words, before: list, left: int, trigger: Trigger) -> list:
    """"In remarks to the Acme board, Jan Novak said": the names of a phrase that opens the verb's clause with a
    preposition and is set off by a comma are no subject of the verb; those after the comma may be."""
    if left != words.clause_starts[words.clause[trigger.first]] or words.forms[left] not in PREPOSITIONS:
        return before
    comma = next((j for j in range(left, trigger.first) if words.forms[j] == ","), None)
    return before if comma is None else [(i, m) for i, m in before if i > comma]


def plural_subject(words: Words, trigger: Trigger) -> bool:
    """Whether a plain plural noun that describes no actor the article named is the verb's subject, right before
    it ("the sources said", "money market traders said", "analysts have said"): speakers named so never call
    themselves "he" or "she", and no name earlier in the sentence is theirs."""
    last = words.before(trigger.first, phrases.ADVERBS, phrases.AUXILIARIES)
    form = words.forms[last] if last >= 0 else ""
    if not (form.isalpha() and form.islower() and form.endswith("s") and not form.endswith(("ss", "us", "is"))) or \
            describes(form):
        return False  # "the two companies said", "officials said": a description of actors the article named
    body, qualifier = _qualifiers(words, last)
    if body:
        return False  # "company officials said": the body speaks, as the sentence's subject may be
    # "a negotiator taking part in the talks said": the plural ends a phrase that is not the subject
    return qualifier < 0 or words.forms[qualifier] not in PREPOSITIONS


def own_clause_speakers(words: Words, trigger: Trigger, sources: list[Mention]) -> list[Mention]:
    """The speakers a parse found for a reporting verb whose own clause names who spoke ("..., analysts said",
    "..., bankers and businessmen said"): none before that clause, whose subject is what they spoke of, though a
    parse may read it as the verb's."""
    if trigger.entry.kind != "S" or not (_commentator_speaks(words, trigger) or _closing_group(words, trigger)):
        return sources
    start = words.starts[words.clause_starts[words.clause[trigger.first]]]
    return [m for m in sources if m.start >= start]


GROUP_OPENERS = frozenset({"some", "most", "many", "several", "other", "few"})  # "some bankers said"


def _closing_group(words: Words, trigger: Trigger) -> bool:
    """"..., bankers and businessmen polled by the agency said", "..., farmers said": plain plurals that open the
    clause of a reporting verb closing the sentence after a comma, up to what qualifies them after their noun, are
    its speakers, whom the article does not name; the subject of what they said did not speak. Not when a body
    they serve qualifies them ("government officials", "union leaders") nor when each is only a description of
    actors the article named ("officials", "the companies")."""
    start = words.clause_starts[words.clause[trigger.first]]
    if start < 1 or words.forms[start - 1] != "," or \
            not all(form in (".", "!", "?") for form in words.forms[trigger.last + 1:]):
        return False
    first = start + (words.forms[start] in GROUP_OPENERS)
    stop = next((j for j in range(first, trigger.first) if words.forms[j] in PREPOSITIONS or
                 words.forms[j] in RELATIVES or words.forms[j] in ("here", "there") or
                 j > first and words.forms[j].endswith(("ed", "ing"))), trigger.first)
    phrase = words.forms[first:stop]
    if not phrase or not all(form.isalpha() and form.islower() for form in phrase):
        return False
    parts = " ".join(phrase).replace(" or ", " and ").split(" and ")
    heads = [part.split()[-1] for part in parts if part.split()]
    qualifiers = {form for part in parts for form in part.split()[:-1]}
    return len(heads) == len(parts) and not qualifiers & BODY_WORDS and all(map(_people_plural, heads)) and \
        not all(map(describes, heads))


def _people_plural(form: str) -> bool:
    """A plain plural noun of people: "bankers", "businessmen"."""
    return form.endswith("men") or form.endswith("s") and not form.endswith(("ss", "us", "is"))


def _qualifiers(words: Words, last: int) -> tuple[bool, int]:
    """Walking back over the lower-case words that qualify the plural at word `last`: whether one is the body its
    speakers serve ("company officials", "government sources"), and the word the walk stopped at."""
    qualifier = last - 1
    while qualifier >= 0 and words.forms[qualifier].islower() and words.forms[qualifier] not in PREPOSITIONS and \
            words.forms[qualifier] not in DETERMINERS and words.forms[qualifier].replace("-", "").isalpha():
        if words.forms[qualifier] in BODY_WORDS:
            return True, qualifier
        qualifier -= 1
    return False, qualifier


def _body_subject(words: Words, placed, trigger: Trigger) -> list[Mention]:
    """The sentence's subject as the speaker: "Acme will cut jobs, company officials said". Speakers described
    by the body they serve speak for a body, never for a person the sentence is about ("Jan Novak will be
    re-elected, government sources said")."""
    found = _sentence_subject(words, placed, trigger)
    return [m for m in found if m.type != "person"] if trigger.entry.kind == "S" and _body_staff(words, trigger) \
        else found


def _body_staff(words: Words, trigger: Trigger) -> bool:
    """Whether a plain plural right before the verb is qualified by the body its speakers serve ("government
    sources", "company officials")."""
    last = words.before(trigger.first, phrases.ADVERBS, phrases.AUXILIARIES)
    return last >= 1 and words.forms[last].endswith("s") and _qualifiers(words, last)[0]


CONTRASTING = frozenset({"but", "while", "whereas", "although"})  # open the clause of a second speaker


def _contrasted_speakers(words: Words, trigger: Trigger) -> bool:
    """"Ruritania's move was expected, but some officials said it would take years": speakers a plain noun names
    in a clause of their own, opened by a contrasting conjunction after a comma and going on after the verb with
    what they said; the subject of the clause before is what they speak of, not who they are (the description
    says who: `describe_doers`)."""
    last = words.before(trigger.first, phrases.ADVERBS, phrases.AUXILIARIES)
    if trigger.entry.kind != "S" or last < 2 or not describes(words.forms[last]) or \
            all(form == "." for form in words.forms[trigger.last + 1:]):
        return False
    j = last - 1
    while j > 0 and words.forms[j].isalpha() and words.forms[j].islower() and words.forms[j] not in CONTRASTING:
        j -= 1
    return words.forms[j] in CONTRASTING and words.forms[j - 1] == ","


def _commentator_speaks(words: Words, trigger: Trigger) -> bool:
    """"Acme may have bought the wheat, some traders here said", "..., a leading analyst said": a commentator the
    reporting verb's own clause names before it spoke, not the subject of the sentence, whose deed or state was
    what was said."""
    start = words.clause_starts[words.clause[trigger.first]]
    return trigger.entry.kind == "S" and any(form in COMMENTATORS for form in words.forms[start:trigger.first])


SPEAKING_BODIES = frozenset({"committee", "council", "association", "federation", "institute", "report", "study",
                             "survey", "newsletter", "bulletin"})  # bodies and writings that speak for themselves


def _own_body_speaks(words: Words, trigger: Trigger) -> bool:
    """"Taiwan imported 200,000 tonnes, the committee of maize importers said", "Ruritania should cut spending, the
    report said": a body or a writing that the reporting verb's own clause names before it, set off by a comma, and
    that no body's word qualifies ("a company report", "a government committee"), speaks for itself, not for the
    subject of what it said."""
    start = words.clause_starts[words.clause[trigger.first]]
    if trigger.entry.kind != "S" or start < 1 or words.forms[start - 1] != "," or \
            words.forms[start] not in DETERMINERS:
        return False
    last = words.before(trigger.first, phrases.ADVERBS, phrases.AUXILIARIES)
    # the head of the phrase, not a word that qualifies a speaker ("a council spokesman": the council's staff)
    head = next((j for j in range(start + 1, last + 1) if words.forms[j] in SPEAKING_BODIES and
                 (j == last or words.forms[j + 1] in ("of", "for", "on"))), None)
    return head is not None and not any(form in BODY_WORDS for form in words.forms[start + 1:head])


BODY_WORDS = frozenset({"company", "government", "ministry", "bank", "official", "state", "party",
                        "union", "army", "military", "agency", "embassy", "exchange"})  # whose staff speak for it


def _apposed_speaker(words: Words, placed, trigger: Trigger) -> list[Mention]:
    """"..., its ambassador to Ruritania, Jan Novak, told the agency": a name set off by commas right before a
    reporting verb is its speaker."""
    if trigger.entry.kind != "S" or trigger.first < 2 or words.forms[trigger.first - 1] != ",":
        return []
    # set off on both sides: not the end of an apposition ("Jan Novak, from Acme University, said")
    return [m for i, m in placed if words.index_at(m.end - 1) == trigger.first - 2 and i > 0 and
            words.forms[i - 1] == ","][:1]


def _closing_pronoun(words: Words, trigger: Trigger) -> bool:
    """"Jan Novak is living abroad, he said": a pronoun speaking at the end of what was said is someone
    other than the one the words speak of, so the sentence's subject is not the speaker."""
    return trigger.entry.kind == "S" and trigger.first > 0 and words.forms[trigger.first - 1] in \
        ("he", "she", "they") and not any(char.isalnum() for form in words.forms[trigger.last + 1:] for char in form)


def _verb_actors(words: Words, trigger: Trigger, before, after, binding: Binding) -> None:
    subjects = [m for i, m in before if (not after_preposition(words, i) or _after_any(words, i, TEMPORAL))
                and not _group_owner(words, m, trigger.first if trigger.verbal else None)]
    if any(not _possessive(words, m) for m in subjects):
        # "Jan Novak, Ruritania's finance minister, said": the owner of a title is no second doer
        subjects = [m for m in subjects if not _possessive(words, m)]
    by = next((j for j in range(trigger.last + 1, min(len(words), trigger.last + 1 + AGENT_REACH))
               if words.forms[j] == "by"), None)
    if by is not None and _agent_of_participle(words, trigger, by):
        by = None
    agents = [m for i, m in after if by is not None and i > by and _joined_to_agent(words, by, i)]
    objects = [m for i, m in after if m not in agents and not _possessive(words, m) and not _in_post(words, trigger, i)
               and not _under(words, trigger, i)
               and (not after_preposition(words, i) or _after_any(words, i, VERB_PREPOSITIONS))]
    if trigger.passive:
        binding.sources, binding.targets = agents, subjects + objects
    elif by == trigger.last + 1 and trigger.entry.slots[-1].gap:
        # "denied charges by Acme": the "by" after the phrase's own object noun names who made the charges, whom
        # the denial answers
        binding.sources, binding.targets = subjects, agents + objects
    else:
        binding.sources, binding.targets = subjects + agents, objects


def _agent_of_participle(words: Words, trigger: Trigger, by: int) -> bool:
    """"Jan Novak said changes introduced by the minister went too far", "bought shares held by Acme": after an
    active verb, the "by" of a past participle between them names that participle's agent, not the verb's doer;
    not after a verb whose speaker follows it ('"...," said a statement issued by Acme': Acme speaks)."""
    inverted = trigger.first > 0 and (words.forms[trigger.first - 1] == "," or words.forms[trigger.first - 1] in QUOTES)
    return not trigger.passive and not inverted and any(_participle(words.forms[j])
                                                        for j in range(trigger.last + 1, by))


def _in_post(words: Words, trigger: Trigger, i: int) -> bool:
    """"resigned as deputy Acme Bank head of sales": a name inside the post one acts in is no target (but
    "signed with X as well as Y" names one)."""
    return any(words.forms[j] == "as" and words.forms[j - 1] not in ("well", "such", "so")
               for j in range(trigger.last + 1, i))


def _under(words: Words, trigger: Trigger, i: int) -> bool:
    """"filed for protection under Chapter 11 of the U.S. bankruptcy code": a name inside the law or the terms one
    acts under is no target (a partner "under a deal with X" is the parse's to find)."""
    return "under" in words.forms[trigger.last + 1:i]


def _joined_to_agent(words: Words, by: int, i: int) -> bool:
    """"by Ruritania and Freedonia", "by Chilean leader X": names, titles, "and" and commas only between
    the agent's "by" and the mention at `i`."""
    return all(words.forms[j] in ("and", ",") or words.capitalised(j) or words.forms[j] in DETERMINERS
               or words.forms[j] in title_words() for j in range(by + 1, i))


def _noun_actors(words: Words, trigger: Trigger, before, after, binding: Binding, placed) -> None:
    binding.sources = [m for i, m in before if _possessive(words, m) or
                       _noun_phrase(words, i, trigger.first) and not after_preposition(words, i)]
    if not binding.sources:
        binding.sources = _pronoun_owner(words, trigger, placed) or [
            m for i, m in before if not after_preposition(words, i) and _light_verb_between(words, i, trigger)]
    forceful = trigger.entry.code[:2] in FORCEFUL
    undergone = forceful or trigger.entry.code.startswith(INVESTIGATING)  # whose "of" names what it befalls
    for i, m in after:
        # "the collapse of the Soviet Union", but "strikes took place in the republic of X" are not X's
        of = _after(words, i, "of")
        further = _word_before(words, i) > trigger.last + 1
        if of and (undergone or further and not binding.sources and not binding.targets):
            binding.targets.append(m)  # "the arrest of Jan Novak", "a flood hit the valleys of Ruritania"
        elif of and not further and not binding.sources:
            binding.sources.append(m)
        elif _after(words, i, "by"):
            binding.sources.append(m)
        elif _after(words, i, "in") and m.type == "country" and not forceful and \
                trigger.entry.code[:2] not in AIMED_WHERE_HELD and words.forms[trigger.last] not in INVOLVEMENT:
            continue
        elif any(_after(words, i, p) for p in NOUN_PREPOSITIONS) or _after(words, i, "and"):
            binding.targets.append(m)
    if not binding.sources and not binding.targets:
        binding.sources = _their(words, trigger, placed)
    latter = _the_latter(words, trigger)
    if latter is not None and not binding.sources:
        earlier = [m for i, m in placed if i < trigger.first]
        if len(earlier) >= 2:
            binding.sources.append(earlier[-1] if latter == "latter" else earlier[-2])


def _their(words: Words, trigger: Trigger, placed) -> list[Mention]:
    """"Chile and Peru agreed ... after a summit between their leaders": "their" after the noun names
    the nearest earlier actors joined by "and"."""
    j = trigger.last + 1
    if j + 1 >= len(words) or words.forms[j] not in ("between", "of", "by") or words.forms[j + 1] != "their":
        return []
    earlier = [m for i, m in placed if i < trigger.first]
    if not earlier:
        return []
    group = [earlier[-1]]
    for mention in reversed(earlier[:-1]):
        if not coordinated(words, mention, group[0]):
            break
        group.insert(0, mention)
    return group if len(group) > 1 else []


def _light_verb_between(words: Words, i: int, trigger: Trigger) -> bool:
    """"X held talks", "X was beginning a visit": the subject of a light verb is the noun's source."""
    return any(words.forms[j] in LIGHT_VERBS for j in range(i + 1, trigger.first))


def _pronoun_owner(words: Words, trigger: Trigger, placed) -> list[Mention]:
    """"its 2006 nuclear test": the nearest earlier mention of the right kind owns the happening."""
    start = max(0, trigger.first - 3)
    pronoun = next((words.forms[j] for j in range(start, trigger.first) if words.forms[j] in POSSESSIVE_PRONOUNS),
                   None)
    if pronoun is None:
        return []
    person = POSSESSIVE_PRONOUNS[pronoun]
    fits = [(i, m) for i, m in placed if person is None or (m.type == "person") == person]
    earlier = [m for i, m in fits if i < start]
    if earlier:
        return earlier[-1:]
    if words.clause[trigger.first] == 0:
        # "During his first visit ..., Lula said": a fronted phrase names its owner in the main clause
        return [m for i, m in fits if words.clause[i] == 1][:1]
    return []


def _antecedent(words: Words, placed, trigger: Trigger) -> list[Mention]:
    """"Ruritania and Freedonia, who accuse ...": a relative clause's subject is the phrase before it."""
    clause = words.clause[trigger.first]
    start = words.clause_starts[clause]
    if words.forms[start] not in RELATIVES or clause == 0 or any(i >= start and i < trigger.first
                                                                  for i, _ in placed):
        return []
    previous = [(i, m) for i, m in placed if words.clause[i] == clause - 1]
    if not previous:
        return []
    last = previous[-1][1]
    chosen = [last]
    for _, mention in reversed(previous[:-1]):
        if not coordinated(words, mention, chosen[0]):
            break
        chosen.insert(0, mention)
    return chosen


def _the_latter(words: Words, trigger: Trigger) -> str | None:
    j = trigger.last + 1
    if j + 2 < len(words) and words.forms[j] == "of" and words.forms[j + 1] == "the":
        if words.forms[j + 2] in ("latter", "former"):
            return words.forms[j + 2]
    return None


OPENERS = SUBORDINATORS - RELATIVES  # conjunctions that open a clause before its subject ("when", "because")


def _sentence_subject(words: Words, placed, trigger: Trigger) -> list[Mention]:
    """The mentions opening the nearest earlier clause that is not a relative clause; failing that, the body
    a title speaks for ("The speaker of the Ruritanian Parliament, X, warned"). A reporting verb that closes its
    sentence after a name of its own clause is told by that clause alone (`_closing_attribution`)."""
    lowest = words.clause[trigger.first] if _closing_attribution(words, trigger) else 0
    return _opening_subject(words, placed, trigger, False, lowest) or \
        _opening_subject(words, placed, trigger, True, lowest)


def _closing_attribution(words: Words, trigger: Trigger) -> bool:
    """"Acme's bonds keep their grade, Ruritania Ratings said.", "..., S and P said.": a reporting verb that ends its
    sentence right after a name that opens its clause, set off by a comma from what was said. The name speaks,
    whether or not the actors found know it; the subject of what was said does not. Not a description with a
    name in it ("West German officials said", "a company spokesman said"), which may speak for that subject."""
    start = words.clause_starts[words.clause[trigger.first]]
    last = words.before(trigger.first, phrases.AUXILIARIES, phrases.ADVERBS)
    return trigger.entry.kind == "S" and 0 < start <= last and \
        (words.forms[start - 1] == "," or words.forms[start - 1] in QUOTES) and \
        all(words.capitalised(j) or words.forms[j] == "and" for j in range(start, last + 1)) and \
        all(form == "." for form in words.forms[trigger.last + 1:])


def _opening_subject(words: Words, placed, trigger: Trigger, employer: bool, lowest: int = 0) -> list[Mention]:
    for clause in range(words.clause[trigger.first], lowest - 1, -1):
        start = words.clause_starts[clause]
        # "said the tariffs came when Ruritania decided to impose them": the subject after the conjunction of
        # the verb's own clause; an earlier clause it opens is no subject of a later one
        own = clause == words.clause[trigger.first]
        while start < len(words) and (words.forms[start] in COORDINATORS or words.forms[start] in DETERMINERS
                                      or own and words.forms[start] in OPENERS or words.is_break(start)):
            start += 1
        if start < len(words) and words.forms[start] in RELATIVES:
            continue
        described = _described_by_apposition(words, placed, clause, trigger)
        if described is not None:
            return [described]
        opening = _employer(words, placed, start) if employer else [m for i, m in placed if i == start and
                                                                    not _group_owner(words, m)]
        holder = None if employer or start >= trigger.first else \
            _title_holder(words, placed, start, opening[0] if opening else None)
        if holder is not None and holder.end <= words.starts[trigger.first]:
            return [holder]
        if opening:
            subject = opening[0]
            following = [m for i, m in placed if words.clause[i] == clause and i > start and i < trigger.first]
            if _possessive(words, subject) and following:
                return following[:1]
            return [subject] + [m for m in following if coordinated(words, subject, m)]
    return []


def _described_by_apposition(words: Words, placed, clause: int, trigger: Trigger) -> Mention | None:
    """"Jan Novak, an Acme spokesman, said", "Beta Inc, an Acme unit, told the SEC": a phrase led by an article
    and set off by commas between a name and the verb describes that name, which is the subject; a body it
    names says whom the name works for or belongs to, and speaks for nobody."""
    verb_clause = words.clause[trigger.first]
    start = words.clause_starts[clause]
    if clause == 0 or clause + 1 != verb_clause or words.forms[start] not in ARTICLES or \
            words.forms[start - 1] != "," or words.forms[words.clause_starts[verb_clause] - 1] != ",":
        return None
    opening = words.clause_starts[clause - 1]
    return next((m for i, m in placed if i == opening and words.index_at(m.end - 1) == start - 2), None)


def _title_holder(words: Words, placed, start: int, qualifier: Mention | None) -> Mention | None:
    """"U.S. Commerce Secretary Jane Doe, in a speech to farmers, said", "Freedonian Farm Minister Jane Doe, ...,
    said": the person a clause opens with past the words of a title, and past the country or body that qualifies
    it when one is named (the reader gave the person to that body), is the clause's subject; the body or the
    adjective only says whose title it is."""
    begin = qualifier.end if qualifier is not None else words.starts[start]
    holder = next((m for _, m in placed if m.start >= begin), None)
    if holder is None or holder.type != "person" or holder.affiliation is None or \
            qualifier is not None and holder.affiliation != qualifier.actor:
        return None
    between = words.text[begin - words.offset:holder.start - words.offset].split()
    return holder if title_span(between, str.isalpha) and \
        between[-1].lower() in title_words() and (qualifier is not None or between[0][0].isupper()) else None


STAFF = frozenset({"analysts", "economists", "experts", "scientists", "doctors", "researchers", "engineers",
                   "inspectors", "investigators", "lawyers"})  # "USDA analysts said": a body's staff speaks for it
ENVOYS = frozenset({"diplomats", "envoys", "negotiators", "delegates"})  # so do a country's or a body's envoys


GROUP_QUALIFIERS = 2  # plain nouns between a name and the group it owns: "Lima port cargo workers"


def _group_owner(words: Words, mention: Mention, verb: int | None = None) -> bool:
    """"Tokyo traders said", "Acme shareholders approved": a name that only says whose the group right after it
    is, is no doer; the group is, named from the whole phrase when the subject is described. Right before the
    verb at word `verb`, plain nouns that say what kind of group it is may come between ("Hong Kong commodity
    traders said", "Japanese business groups are calling")."""
    after = words.index_at(mention.end - 1) + 1
    head = after
    if verb is not None:
        last = words.before(verb, phrases.ADVERBS, phrases.AUXILIARIES)
        if after < last <= after + GROUP_QUALIFIERS and all(_plain_qualifier(words, j) for j in range(after, last)):
            head = last
    if head >= len(words) or words.capitalised(head) or _possessive(words, mention):
        return False
    if mention.type == "country" and describes_body(words.forms[head], words.forms[head - 1]):
        return True  # "the U.S. automaker said": the company the article named, where it is based is no doer
    if not is_group_head(words.forms[head]):
        return False
    return words.forms[head] not in ENVOYS and (mention.type != "organization" or words.forms[head] not in STAFF)


def _plain_qualifier(words: Words, j: int) -> bool:
    """Whether word `j` may be a plain noun that says what kind a group is ("commodity" of "commodity traders"):
    lower case and no word that ends a noun phrase or may be a verb (a preposition, an auxiliary, a past, a third
    person)."""
    form = words.forms[j]
    return form.isalpha() and form.islower() and not is_group_head(form) and form not in PREPOSITIONS and \
        form not in DETERMINERS and form not in COORDINATORS and form not in PAST_IRREGULAR and \
        form not in phrases.AUXILIARIES and form not in phrases.ADVERBS and not form.endswith(("ed", "ly")) and \
        not (form.endswith("s") and not form.endswith("ss"))


def _employer(words: Words, placed, start: int) -> list[Mention]:
    """"The speaker of the Ruritanian Parliament", "a spokesman for Acme": a title of a body speaks for it."""
    if start + 2 >= len(words) or words.forms[start] not in title_words() or \
            words.forms[start + 1] not in ("of", "for", "at"):
        return []
    body = start + 2
    while body < len(words) and words.forms[body] in DETERMINERS:
        body += 1
    return [m for i, m in placed if i == body]


def coordinated(words: Words, first: Mention, other: Mention) -> bool:
    """"Chile and Peru": `other` joined to `first` by "and" alone. After a comma alone, a name in the possessive
    opens an apposition that describes `first` ("Acme, Ruritania's largest bank,"), not a second name."""
    between = words.text[first.end - words.offset:other.start - words.offset].strip().lower()
    return between in ("and", ", and") or between == "," and not _possessive(words, other)


def _possessive(words: Words, mention: Mention) -> bool:
    tail = words.text[mention.end - words.offset:mention.end - words.offset + 2]
    return tail in ("'s", "’s") or (tail[:1] in ("'", "’") and mention.text.endswith("s"))


def _after(words: Words, i: int, form: str) -> bool:
    """Whether the word before the mention at `i` (skipping determiners and titles) is `form`."""
    j = _word_before(words, i)
    return j >= 0 and words.forms[j] == form


def _word_before(words: Words, i: int) -> int:
    """The index of the word before the mention at `i`, skipping determiners and titles."""
    j = i - 1
    while j >= 0 and (words.forms[j] in DETERMINERS or words.capitalised(j)):
        j -= 1
    return j


def _after_any(words: Words, i: int, forms: frozenset[str]) -> bool:
    return any(_after(words, i, form) for form in forms)


def after_preposition(words: Words, i: int) -> bool:
    j = i - 1
    while j >= 0 and (words.forms[j] in DETERMINERS or words.capitalised(j)):
        j -= 1
    return j >= 0 and words.forms[j] in PREPOSITIONS and words.forms[j] != "of"

"""Phrases of one sentence that events are told by: the object a trigger acts on ("the Treaty on Maritime
Boundaries"), the subject of a verb that names no actor ("marines"), and the noun phrase that names
a happening without actors ("a summit between their leaders").

An object runs from the word after the trigger to punctuation, a preposition, a subordinating word, a time
expression, the next trigger or the next clause's verb, and never ends on a function word.
"""

from __future__ import annotations

import re

from .. import reporting
from ..model import Mention
from ..temporal import aspect
from . import titles, triggers
from .lexicon import PAST_IRREGULAR, entries_by_first_word
from .text import BREAKS, CALENDAR, COORDINATORS, DEICTIC_DAYS, QUOTES, SUBORDINATORS, Words

# a calendar date, down to a week's weekend ("2024-W25-WE")
DATE_VALUE = re.compile(r"^\d{2,4}(-(\d{2}|W\d{2}|Q\d|H\d|SP|SU|FA|WI)(-(\d{2}|WE))?)?(T[\d:]+)?$")
_TICKER = re.compile(r"\s*<[^<>\n]{1,12}>")  # wire copy's stock codes: "Credit Suisse <CRSZ.Z>"
_INITIALISM = re.compile(r"\b([A-Z]\.[A-Z])(?=\s)")  # "U.S warships": the initialism's last dot restored
_NO_QUOTES = str.maketrans("", "", "\"“”")
_PART_OF_DAY = re.compile(r"^(\d{4}-\d{2}-\d{2})T(MO|AF|EV|NI)$")  # "Tuesday night": the day is the date
ADVERBS = frozenset({"earlier", "later", "again", "also", "now", "today", "yesterday", "recently", "already",
                     "still", "then", "too", "swiftly", "quickly", "formally", "jointly", "separately"})
PRONOUNS = frozenset({"it", "them", "this", "that", "these", "those", "which", "what", "him", "her", "us", "how",
                      "why", "whether", "who", "where", "when", "here", "there"})
MAX_OBJECT_WORDS = 8
AGE_DIGITS = 3  # a person's age after his name: "Jan Novak, 46,"
MIN_SAID_WORDS = 3  # "says the company" is no content; "says talks failed" is
MAX_CLAUSE_WORDS = 12  # words of a deed charged or a clause denied that a title shows whole
PURPOSE_OPENERS = frozenset({"so", "such", "now", "provided", "given"})  # "so that", "now that": no reported clause
CLAUSE_ROOTS = frozenset({"01", "02", "10", "11"})  # CAMEO roots of comment, appeal, demand and accusation, whose
# verbs take what they say as a clause
CLAUSE_REACH = 8  # words of a time or a place between such a verb and its that-clause
_PRONOUN_SPEAKERS = frozenset({"it", "he", "she", "they", "we"})  # alone after a reporting verb: its speaker
TELLING = frozenset({"told", "tells"})  # reporting verbs the one told follows, not what was said
ASIDE_WORDS = 5  # words of an aside set off by commas between a reporting verb and its clause ("said, in a
# statement on Monday, that")
LINKING = frozenset({"however", "though", "instead", "meanwhile", "moreover", "nevertheless", "nonetheless",
                     "therefore", "furthermore", "further", "also", "too", "again", "still", "indeed", "thus"})
# adverbs that link a statement to what came before: "said, however, that"
FROM_DATE = frozenset({"as", "from", "of", "effective", "starting", "beginning", "with", "effect"})  # "as from
# today", "with effect from May 1": the day from which what is said holds, before the clause that says it
TOPICS = frozenset({"over", "on", "about"})  # "talks between A and B over the contract": what they meet over
NOUN_LINKS = frozenset({"between", "of", "with", "against", "over", "on"})  # "summit between", "strike of"
AUXILIARIES = triggers.BE | triggers.PERFECT | triggers.MODALS | {"did", "do", "does", "also", "then", "later"}
# "was also named": the words between a passive's subject and its participle
_BEFORE_PARTICIPLE = triggers.BE | triggers.PERFECT | ADVERBS
PERSONAL = frozenset({"i", "you", "he", "she", "we", "they", "one"})
MAX_SUBJECT_WORDS = 3
NAME_RELATIVES = frozenset({"which", "who"})  # pronouns of a relative clause set off by a comma after a name
DANGLING = triggers.PREPOSITIONS | triggers.DETERMINERS | triggers.MODALS | triggers.BE | triggers.PERFECT | \
    COORDINATORS | SUBORDINATORS | PERSONAL | PRONOUNS | {"once", ",", "-", "--"}
OPENERS = SUBORDINATORS - {"that"} | COORDINATORS | {"following", "after", "before", "since", "despite"}


def day(value: str) -> str:
    """A TIMEX3 value without its part of the day: "2024-06-18TNI" (Tuesday night) -> "2024-06-18"."""
    part_of_day = _PART_OF_DAY.match(value)
    return part_of_day.group(1) if part_of_day else value


FALLING_DUE = frozenset({"due", "maturing"})  # "notes due 1992": when a debt or a security falls due
# "the year ended June 30", "the period ending March 31": the close of a period figures are counted over. Not its
# start, which is when what is planned for it takes effect ("will lower the levy for the budget year starting July 1")
PERIOD_ENDS = frozenset({"ended", "ending"})
PERIOD_STARTS = frozenset({"beginning", "starting", "commencing"})  # "the fiscal year beginning Oct. 1"
ACCOUNTING_PERIODS = frozenset({"year", "quarter", "half", "months", "period", "week", "weeks"})
GATHERING = frozenset({"meet", "convene"})  # verbs of a gathering, whose "to" clause says what it is for
DOER_NAME_WORDS = 4  # words of the name in a meeting's "by" phrase before its partner's "with"
PLACE_ADVERBS = frozenset({"here", "there"})  # "are meeting here today to consider": where, no object
ASKING_ROOTS = frozenset({"02", "10"})  # CAMEO roots of appeal and demand: what a request is for is what it asks


def object_phrase(words: Words, trigger: triggers.Trigger, timexes, following: int,
                  parsed: bool = False) -> str | None:
    """The phrase the trigger acts on: "the Treaty on Maritime Boundaries", "the deal".

    It ends at punctuation, a preposition, a subordinating word, a time expression or the next trigger;
    `following` is the index of the next trigger's first word, or, when `parsed`, the end of the object the
    parse found, inside which "and" joins parts of one noun phrase ("the long and costly campaign").
    """
    in_timex = {j for _, timex in timexes if timex.value and DATE_VALUE.match(day(timex.value))
                for j in range(words.index_at(timex.start), len(words)) if words.starts[j] < timex.end}
    kind = trigger.entry.kind
    if kind == "D":
        first = trigger.first
        while first > 0 and _modifier(words, first - 1) and not _clause_before(words, first - 1):
            first -= 1
        return phrase(words, first, _name_end(words, trigger.last))
    if trigger.verbal and trigger.passive:
        subject = _passive_object(words, trigger)
        return _with_post(words, trigger, _with_bidding(words, trigger, subject, min(len(words), following),
                                                        in_timex), min(len(words), following), in_timex)
    if inner_object(trigger):
        opening = trigger.first + 1
        while opening < trigger.last and (opening in in_timex or words.forms[opening] in triggers.PREPOSITIONS
                                          and opening + 1 in in_timex):
            opening += 1  # "agreed (on) Friday to buy the company": the date in the phrase's gap is no part of it
        if parsed and opening > trigger.first + 1:
            following = len(words)  # the parse took that date for the verb's object, and ended the object there
        last = trigger.last
        while last + 1 < min(len(words), following) and last + 1 - trigger.first <= MAX_OBJECT_WORDS and \
                last + 1 not in in_timex and _continues(words, last + 1, kind, trigger.last + 1) and \
                (words.forms[last + 1] not in triggers.PREPOSITIONS or _hedges_amount(words, last + 1)):
            last += 1
        last = _before_time(opening, max(last, _name_end(words, last)), in_timex)
        if last + 1 in in_timex and words.forms[last] in FALLING_DUE and last > trigger.last:
            last -= 1  # "issued a bond due May 1, 1992": the word that leads to a date left out is no part of it
        if trigger.entry.code[:2] in CLAUSE_ROOTS:
            last = _claimed(words, last, following)
        return phrase(words, opening, last)
    j = trigger.last + 1
    if trigger.verbal and not trigger.passive and (kind == "S" or trigger.entry.code[:2] in CLAUSE_ROOTS):
        j = _past_aside(words, j)
    if trigger.verbal and not trigger.passive and trigger.entry.code[:2] in CLAUSE_ROOTS:
        that = _that_clause(words, j, in_timex)
        if that is not None:
            # "denied that its jets fired", "alleged in court that he traded": the clause, past the happenings
            # it reports
            kind, j, following = "S", that, len(words)
        elif _bare_clause(words, j):
            kind = "S"  # "denied it had arrested him": a clause without "that"
    if _asked_for(words, trigger):
        j += 1  # "a Kenyan request for new loans": what is asked, as a verb's object is
    elif kind == "N":
        asked = trigger.entry.headline.split()[-1]  # "call for": the noun's own preposition leads to its object
        if j >= len(words) or words.forms[j] not in ("of", "on", "over", "against", "about") and \
                not (words.forms[j] == asked and asked in triggers.PREPOSITIONS):
            return None
        j += 1
        if words.forms[j:j + 2] in (["the", "latter"], ["the", "former"]):
            return _pair_member(words, trigger.first, words.forms[j + 1] == "latter")
    if kind == "S":
        in_timex -= _subject_time(words, j, in_timex)
    while j < len(words) and (j in in_timex or words.forms[j] in QUOTES or kind == "S" and
                              words.forms[j] in ("that", "on") and not _subject_that(words, j) or
                              _gathered_where(words, trigger, j, in_timex) or _dated_gap(words, j, in_timex) or
                              kind == "S" and _from_date(words, j, in_timex)):
        j += 1
    hedged = j  # "agreed in principle to link their currencies": the hedge opens the object, it is no preposition
    if trigger.verbal and tuple(words.forms[j:j + len(triggers.IN_PRINCIPLE)]) == triggers.IN_PRINCIPLE and \
            words.forms[j + len(triggers.IN_PRINCIPLE):j + len(triggers.IN_PRINCIPLE) + 1] == ["to"]:
        j += len(triggers.IN_PRINCIPLE)
    if j < len(words) and words.forms[j] == "to" and kind != "S":
        if not (j + 1 < len(words) and words.forms[j + 1].isalpha() and not words.capitalised(j + 1)):
            return None
    elif j < len(words) and words.forms[j] in triggers.PREPOSITIONS:
        return None
    opening = j - 1 if words.forms[j:j + 1] != ["to"] else j
    end = min(len(words), following)
    last = _object_end(words, j, opening, end, in_timex, kind, parsed, j)
    if last < j:
        return None
    said = phrase(words, j, last)
    if kind == "S" and (said is None or len(said.split()) < MIN_SAID_WORDS):
        # "said the agenda of state sales may be widened", "said growth in its third-quarter earnings was slowed":
        # a clause cut inside its subject says nothing, so it is cut after its verb, and a time before that is
        # part of the subject
        verb = verb_of(words, j, min(end, j + MAX_OBJECT_WORDS))
        whole = _object_end(words, j, opening, end, {k for k in in_timex if k > verb}, kind, parsed, verb)
        if verb > j and any(words.forms[k] not in DANGLING for k in range(verb, whole + 1)):
            last = whole  # never the subject alone ("each share of its stock will be")
    if trigger.verbal and trigger.entry.code[:2] in CLAUSE_ROOTS and kind != "S" and phrase(words, j, last):
        last = _claimed(words, _charged_deed(words, last, in_timex), end)  # never after a bare pronoun
    return phrase(words, hedged, last)


def _subject_time(words: Words, j: int, in_timex: set[int]) -> set[int]:
    """The words of a time expression that opens what was said at word `j` as its subject, before the verb that
    carries its tense ("said the first quarter will be hurt", "said last year was its best"), which are what was
    said, not the date of the saying ("said Tuesday exports fell"); none otherwise."""
    k = _past_time(j, in_timex)
    return set(range(j, k)) if j < k < len(words) and aspect.plainly_tensed(words.forms[k]) else set()


def _dated_gap(words: Words, j: int, in_timex: set[int]) -> bool:
    """Whether word `j` is the preposition of a date that stands between a verb and the "to" of its deed: "agreed
    on March 31 | to refinance the debt"; the deed is the object, not the date."""
    k = _past_time(j + 1, in_timex)
    return words.forms[j] in triggers.PREPOSITIONS and j + 1 in in_timex and k < len(words) and \
        words.forms[k] == "to"


def _from_date(words: Words, j: int, in_timex: set[int]) -> bool:
    """Whether word `j` opens the day from which what was said holds, before its clause: "said that as from today
    the borrowings would be frozen", "said effective today its symbol has been changed", "said from July 1 it
    will own 20 pct"; what was said is the clause after the date."""
    k = j
    while k < len(words) and words.forms[k] in FROM_DATE:
        k += 1
    return k > j and k in in_timex


def _past_time(j: int, in_timex: set[int]) -> int:
    """The first word from word `j` on that is no word of a time expression."""
    while j in in_timex:
        j += 1
    return j


def _object_end(words: Words, j: int, last: int, end: int, in_timex: set[int], kind: str, parsed: bool,
                cut_after: int) -> int:
    """The last word of the object that opens at word `j`, read on from word `last`; one too long for a title is
    cut at its last preposition or conjunction past word `cut_after`."""
    while last + 1 < end and last + 1 - j < MAX_OBJECT_WORDS and last + 1 not in in_timex and (
            _continues(words, last + 1, kind, j) or parsed and (_joins_modifiers(words, last + 1) or
                                                                  _joins_measure(words, last + 1, j))):
        last += 1
    if last < j:
        return last
    last = _before_time(j, max(last, _name_end(words, last)), in_timex)
    if last + 1 < end and last + 1 - j >= MAX_OBJECT_WORDS and _continues(words, last + 1, kind, j):
        last = _said_end(words, j, cut_after, last) if kind == "S" else _boundary(words, cut_after, last)
        if kind == "S" and last + 2 < end and words.forms[last + 1] == "that" and last + 2 not in in_timex:
            # "said the bank now believes | that rates will rise": a clause cut before the one its verb reports
            # has lost what it says; it reads on to that clause's own core
            last = _object_end(words, last + 2, last + 1, end, in_timex, kind, parsed, last + 2)
    return last


def _said_end(words: Words, first: int, verb: int, last: int) -> int:
    """The last word of a said clause too long for a title, opening at word `first` and read to word `last`:
    where its core ends (`titles.core_end_in`, past its verb, word `verb` or else the first tensed one, and one
    word of its object), else, or when it has no tensed verb (`verb_of`), before its last preposition or
    conjunction (`_boundary`)."""
    if verb == first:
        # the core reaches past the verb, not past the clause's first word; with no past form, auxiliary or modal
        # (`aspect.tensed` knows no present form: "it needs about", "Acme expects") or none before the object's
        # last word ("each share of its stock will"), the clause is cut as any phrase is, never to its subject and
        # verb alone
        verb = verb_of(words, first, last + 1)
        if verb == first or verb + 2 > last:
            return _boundary(words, first, last)
    k = titles.core_end_in(words, first, verb, last)
    if k is None:
        return _boundary(words, verb, last)
    return k - 1 if words.forms[k] == "," else k


def _before_time(first: int, last: int, in_timex: set[int]) -> int:
    """A capitalised name reaches across "on" to a capitalised word, but a date is no part of it: "bombed the
    Acme Academy on Friday" acts on "the Acme Academy"."""
    dated = [j for j in in_timex if first < j <= last]
    return min(dated) - 1 if dated else last


def _claimed(words: Words, last: int, following: int) -> int:
    """"rejected charges that it bombed the port", "denied reports that it had signed": what is claimed is
    the clause after the noun."""
    if last + 1 >= min(len(words), following) or words.forms[last + 1] != "that":
        return last
    first = last = last + 1
    while last + 1 < min(len(words), following) and last - first < MAX_CLAUSE_WORDS and \
            _continues(words, last + 1, "S", first):
        last += 1
    return last


def _charged_deed(words: Words, last: int, in_timex: set[int]) -> int:
    """"accused Freedonia of attacking its embassy", "blamed the army for firing on the crowd": the deed charged
    is part of what is said, up to the end of its clause."""
    k = last + 1
    if k + 1 >= len(words) or words.forms[k] not in ("of", "for") or not words.forms[k + 1].endswith("ing"):
        return last
    last = k + 1
    while last + 1 < len(words) and last - k < MAX_CLAUSE_WORDS and last + 1 not in in_timex and \
            _continues(words, last + 1, "S", k):
        last += 1
    if last + 1 < len(words) and last - k >= MAX_CLAUSE_WORDS and _continues(words, last + 1, "S", k):
        last = _boundary(words, k + 1, last)  # never end inside a noun phrase ("Ruritania's weapons")
    return last


def _that_clause(words: Words, j: int, in_timex: set[int]) -> int | None:
    """Where a that-clause starts at word `j`, or after a time or a place ("claimed in a Port Marin court last
    week that"), within CLAUSE_REACH words; None when another phrase comes first ("urged Tokyo to ensure that")."""
    k = j
    while k < len(words) and k - j <= CLAUSE_REACH and words.forms[k] != "that":
        if words.is_break(k) or words.forms[k] == "to" or k == j and k not in in_timex and \
                words.forms[k] not in triggers.PREPOSITIONS:
            return None
        k += 1
    if k < len(words) and k > j and words.forms[k - 1] in PURPOSE_OPENERS:
        return None  # "asked for a change so that its ships could dock": what the request is for, not what is asked
    return k if k < len(words) and words.forms[k] == "that" and k - j <= CLAUSE_REACH else None


def _past_aside(words: Words, j: int) -> int:
    """Where the clause a reporting verb takes opens, past an adverbial aside set off by commas at word `j`: a
    linking adverb or one in -ly ("said, however, that", "denied, privately, it had"), or a phrase a preposition
    or "as" opens ("said, for example, that", "added, in a statement, that", "said, as expected, it would"); `j`
    itself when no aside is there, or when no that-clause or bare clause follows it ("said, of the figures,
    adding", "said, in Tokyo, Japanese banks, brokers and insurers")."""
    if j + 2 >= len(words) or words.forms[j] != ",":
        return j
    close = next((k for k in range(j + 1, min(len(words), j + 2 + ASIDE_WORDS)) if words.is_break(k)), None)
    if close is None or close == j + 1 or words.forms[close] != "," or close + 1 >= len(words):
        return j
    first = words.forms[j + 1]
    adverb = close == j + 2 and (first in LINKING or first.endswith("ly"))
    if (adverb or first in triggers.PREPOSITIONS or first == "as") and (
            words.forms[close + 1] == "that" or _bare_clause(words, close + 1)):
        return close + 1
    return j


def _bare_clause(words: Words, j: int) -> bool:
    """A clause opening at word `j` without "that": a short subject, then an auxiliary ("it had", "the army
    was", "its troops would")."""
    for k in range(j + 1, min(len(words), j + MAX_SUBJECT_WORDS + 1)):
        form = words.forms[k]
        if form in triggers.BE or form in triggers.PERFECT or form in triggers.MODALS and form != "to":
            return words.forms[k - 1] not in triggers.PREPOSITIONS
        if words.is_break(k) or form in triggers.PREPOSITIONS or form in COORDINATORS or form in SUBORDINATORS:
            return False
    return False


def _joins_modifiers(words: Words, j: int) -> bool:
    """"long and costly": "and" between two plain words inside one noun phrase, not before another phrase
    ("and their backers") or another actor ("and Freedonia signed")."""
    return words.forms[j] in COORDINATORS and j + 1 < len(words) and words.forms[j + 1].isalpha() and \
        not words.capitalised(j + 1) and words.forms[j + 1] not in triggers.DETERMINERS and \
        words.forms[j + 1] not in PRONOUNS and words.forms[j + 1] not in PERSONAL


MEASURE_WORDS = 4  # "a two - year": an article, a number, maybe a hyphen and the measure


def _joins_measure(words: Words, j: int, first: int) -> bool:
    """"a two-year, 8 mln dlr agreement": the comma between a measure and an amount that both modify the noun after
    them (`split_modifiers`), not one after a phrase of its own ("a two-year term, 8 mln dlrs")."""
    return words.forms[j] == "," and words.forms[first] in ("a", "an") and j - first <= MEASURE_WORDS and \
        j + 1 < len(words) and counts(words.forms[j + 1]) and any(counts(words.forms[k]) for k in range(first + 1, j))


def counts(form: str) -> bool:
    """Whether a word opens with a figure or is a number in words: "8", "25-mln", "two-year", "eight"."""
    return form[:1].isdigit() or form.split("-")[0] in triggers.SPELLED_NUMBERS


def _boundary(words: Words, first: int, last: int) -> int:
    """A phrase too long for a title keeps its head: it ends before its last preposition, conjunction or
    subordinating word ("a legal framework | for Freedonia's exports"), never inside a name, a number or an
    amount's hedge ("up to 25 pct")."""
    for j in range(last, first + 1, -1):
        form = words.forms[j]
        if (form in triggers.PREPOSITIONS or form in COORDINATORS or form in SUBORDINATORS) and \
                not (words.capitalised(j - 1) and words.capitalised(j + 1)) and \
                not (words.forms[j - 1][:1].isdigit() and words.forms[j + 1][:1].isdigit()) and \
                not _hedges_amount(words, j):
            return j - 1
    return last


def verb_of(words: Words, first: int, last: int) -> int:
    """Where a clause said has its verb, which a long one is cut after, not inside its subject ("said the
    agenda of state sales may be widened": not "the agenda"); `first` when its verb lies past `last`."""
    return next((j for j in range(first + 1, last) if aspect.tensed(words.forms[j])), first)


def _passive_object(words: Words, trigger: triggers.Trigger) -> str | None:
    """"The treaty was signed", "the pact, signed by ...": the phrase before the verb."""
    clause = words.clause[trigger.first]
    start = words.clause_starts[clause]
    end = trigger.first
    while end > start and words.forms[end - 1] in _BEFORE_PARTICIPLE:
        end -= 1
    if end > start and words.forms[end - 1] in COORDINATORS:
        return None  # "Ruritania joined the alliance and was attacked": what was acted on is the subject alone
    if end == start + 1 and words.forms[start] in NAME_RELATIVES and words.forms[start - 1:start] == [","]:
        named = _antecedent_name(words, start - 2)  # "Acme Inc, which was acquired by Zeta": the relative stands for
        if named is not None:  # the name before its comma, which is what was acquired
            return named
    if end == start and clause > 0:
        start = words.clause_starts[clause - 1]
        end = start
        while end < len(words) and words.clause[end] == clause - 1 and not words.is_break(end):
            end += 1
        if _age(words, start, end):
            return _antecedent_name(words, start - 2) or phrase(words, start, end - 1)  # "Jan Novak, 46, was
            # charged": the age set off after a name is no one, the name was charged
    start = _opened(words, start, end)
    if end - start - _ticker_words(words, start, end) > MAX_OBJECT_WORDS and not _titled_subject(words, trigger):
        return None  # a name its post titles is read whole, however long with the speaker before it
    saying = reporting.tensed() - TELLING
    said = [j for j in range(start, end) if words.forms[j] in saying]
    # "Acme said Jane Roe was named": the reporting verb and its speaker are no part of the subject; "Acme said it
    # was awarded a contract" keeps them, as the speaker is then what was acted on
    if said and not (end - said[-1] == 2 and words.forms[said[-1] + 1] in _PRONOUN_SPEAKERS):
        start = _opened(words, said[-1] + 1, end)
    joined = [j for j in range(start + 1, end - 1) if words.forms[j] in COORDINATORS and words.forms[j - 1] == ","]
    if joined:
        start = joined[-1] + 1  # "..., succeeding Ann Bell, and Jan Novak was named": a clause of its own opens
    return phrase(words, start, end - 1)


def whole_subject(words: Words, trigger: triggers.Trigger, subject: str, parsed: str) -> bool:
    """Whether the `subject` the words read before a passive verb holds more of it than the `parsed` one: the
    rest of a name the parse cut short ("Jan K. | Novak"), or a name its post titles ("Acme vice president Jan K.
    Novak was named"), a phrase the parse may split into the post and the name, either one read as the whole."""
    rest = subject[len(parsed) + 1:] if subject.startswith(f"{parsed} ") else ""
    return rest[:1].isupper() or _titled_subject(words, trigger)


def _titled_subject(words: Words, trigger: triggers.Trigger) -> bool:
    """Whether the words before a passive verb's auxiliaries end on a name right after a post: "vice president Jan
    K. Novak was named"."""
    end = words.before(trigger.first, triggers.BE | triggers.PERFECT | ADVERBS)
    name = end
    while name > 0 and (words.capitalised(name) or words.forms[name] == "." and words.capitalised(name - 1)):
        name -= 1
    return name < end and not words.capitalised(name) and titles.post_ends_at(words, name)


def _age(words: Words, start: int, end: int) -> bool:
    """Whether the word `start`, which `end` follows, is a number of at most three digits set off by commas: the
    age a news story gives after a person's name ("Jan Novak, 46, was sentenced")."""
    return end == start + 1 and words.forms[start].isdigit() and len(words.forms[start]) <= AGE_DIGITS and \
        words.forms[start - 1:start] == [","] and words.forms[end:end + 1] == [","]


def _antecedent_name(words: Words, last: int) -> str | None:
    """The capitalised name that ends at word `last`, past a stock code after it ("Acme Inc <ACME.O>"); a month or a
    day is none."""
    last = words.before_ticker(last)
    first = last
    while first > 0 and words.capitalised(first - 1) and not words.is_break(first - 1):
        first -= 1
    return phrase(words, first, last) if last >= 0 and words.capitalised(last) and \
        words.forms[last] not in CALENDAR else None  # "sold in March, which was ...": the seat sold, not March


def _with_bidding(words: Words, trigger: triggers.Trigger, subject: str | None, end: int,
                  in_timex: set[int]) -> str | None:
    """"Acme was ordered by the court to sell its stake": the passive's subject with what it was bidden to do, which
    follows the agent the phrase spans, as the active's object holds it ("ordered Acme to sell its stake")."""
    to = triggers.bidden_to(words, trigger)
    if subject is None or to is None:
        return subject
    last = _object_end(words, to + 1, to, end, in_timex, "V", False, to + 1)
    bidden = phrase(words, to, last) if last > to else None
    return f"{subject} {bidden}" if bidden else subject


def _with_post(words: Words, trigger: triggers.Trigger, subject: str | None, end: int,
               in_timex: set[int]) -> str | None:
    """"Jane Roe was named president of its steel unit": the passive's subject with the post right after the verb,
    which completes it as the active's object does ("named Jane Roe president of its steel unit"), up to what ends
    a noun's phrase, and on through the "of" phrase that names what the post heads and the posts "and" adds to it
    ("chairman and chief executive"). The post's first word may end the trigger ("name ... president")."""
    post = trigger.first + 1
    if subject is None or post >= end or not titles.post_at(words, post):
        return subject
    last, opening = post, post
    while opening < end and titles.post_at(words, opening):
        last = _object_end(words, opening, opening, end, in_timex, "N", False, opening)
        if last + 2 < end and words.forms[last + 1] == "of" and last + 2 not in in_timex:
            last = _object_end(words, last + 2, last + 2, end, in_timex, "N", False, last + 2)
        opening = last + 2 if last + 2 < end and words.forms[last + 1] == "and" else end
    return f"{subject} {phrase(words, post, last)}"


def _ticker_words(words: Words, start: int, end: int) -> int:
    """How many of the words from `start` to `end` are a stock code's ("Acme Corp <ACME.O>"), which a title drops."""
    count, inside = 0, False
    for form in words.forms[start:end]:
        inside = inside or form == "<"
        count += inside
        inside = inside and form != ">"
    return count


def _opened(words: Words, start: int, end: int) -> int:
    """Where a passive's subject opens, past the prepositions, quotes and "that" before it ("adding that 1,200
    Iraqis were killed")."""
    while start < end and (words.forms[start] in triggers.PREPOSITIONS or words.forms[start] in QUOTES or
                           words.forms[start] == "that"):
        start += 1
    return start


def _gathered_where(words: Words, trigger: triggers.Trigger, j: int, in_timex: set[int]) -> bool:
    """Whether word `j`, after a verb of a gathering, says where or when it met, not what it met for: "met here
    today | to consider", "will meet on Monday | to discuss"."""
    return trigger.verbal and trigger.entry.headline in GATHERING and (
        words.forms[j] in PLACE_ADVERBS or words.forms[j] in triggers.PREPOSITIONS and j + 1 in in_timex)


def _pair_member(words: Words, before: int, latter: bool) -> str | None:
    """"between Chile and Yugoslavia ... the collapse of the latter": the second (or first) of the
    nearest pair of capitalised names joined by "and" before word `before`."""
    for j in range(before - 1, 0, -1):
        if words.forms[j] != "and" or not (words.capitalised(j - 1) and (words.capitalised(j + 1) or
                                                                          words.capitalised(j + 2))):
            continue
        if latter:
            first = j + 1 if words.capitalised(j + 1) else j + 2
            last = min(_name_end(words, first), before - 1)
        else:
            last = first = j - 1
            while first > 0 and words.capitalised(first - 1):
                first -= 1
        return phrase(words, first, last)
    return None


def inner_object(trigger: triggers.Trigger) -> bool:
    """A verb phrase whose last word is its object noun ("proposed a cash merger", "expressed grave concern"); a
    phrasal verb's adverb is none ("laid off 300 workers": the object follows it)."""
    slots = trigger.entry.slots
    return trigger.entry.kind == "V" and len(slots) > 1 and slots[-1].forms.isdisjoint(triggers.PREPOSITIONS) and \
        slots[-1].forms.isdisjoint(triggers.PARTICLES)


def _continues(words: Words, j: int, kind: str, first: int) -> bool:
    form = words.forms[j]
    if form in QUOTES or form == "as" and triggers.compared_hedge(words.forms, j) or _hedges_amount(words, j):
        return True
    if kind == "S":
        return not (words.is_break(j) or form in ("but", "while", "as"))
    if words.is_break(j) or form in SUBORDINATORS or form in ADVERBS or form in ("but", "while", "as"):
        return False
    if form in triggers.NEGATIONS or j > first and words.forms[j - 1] == "." and len(form) > 1 and \
            not words.surface[j].islower():
        return False  # "warned the U.S. Not to intervene": a full stop ends an abbreviation, and the phrase, but
        # not before a word in lower case, which goes on with it ("rejected U.S. | offers")
    if j > first and (form in triggers.BE or form in triggers.MODALS or form in triggers.PERFECT):
        return False  # "to attack ships were": a verb of the next clause
    if kind == "N" and j > first and aspect.plainly_tensed(form) and not words.capitalised(j) and \
            words.forms[j - 1] not in triggers.DETERMINERS:
        return False  # "a meeting of the Group of Ten brought together ministers": a noun's phrase is the clause's
        # subject, and ends at its verb
    if form in COORDINATORS and not words.quoted[j] or form.endswith("ing") and j > first and not _noun(form) and \
            "-" not in form and words.forms[j - 1] not in triggers.DETERMINERS:
        return False  # a verb of the next clause, not a compound that modifies a noun ("a peace-keeping force") nor
        # a noun or an adjective after an article ("called off an uprising", "a growing deficit")
    if form in triggers.PREPOSITIONS:
        return form in ("of", "on") and words.capitalised(j + 1)
    return True


AMOUNT_HEDGES = frozenset({("up", "to"), ("at", "least")})  # "buy up to 25 pct", "sell at least 300 mln dlrs"


def _hedges_amount(words: Words, j: int) -> bool:
    """Whether the preposition at word `j` is a word of a hedge an amount follows: the phrase goes on to the
    amount ("offered to buy up | to 25 pct"), where a preposition would end it."""
    return any(words.forms[k:k + 2] == list(hedge) and k + 2 < len(words) and counts(words.forms[k + 2])
               for hedge in AMOUNT_HEDGES for k in (j - 1, j))


def _noun(form: str) -> bool:
    return any(entry.kind == "N" for entry in entries_by_first_word().get(form, ()))


def _modifier(words: Words, j: int) -> bool:
    return not words.is_break(j) and words.forms[j] not in triggers.DETERMINERS and words.forms[j] not in \
        triggers.PREPOSITIONS and words.forms[j] not in triggers.BE and words.forms[j] not in BREAKS


def _clause_before(words: Words, j: int) -> bool:
    """Whether word `j`, before a document's noun with no determiner, ends the clause that leads to it rather than
    modifying the noun: a day named from the report ("yesterday") or the verb after a subject ("Freedonia and
    Sylvania finalised"), not a participle that opens the phrase ("under revised rules", "Sylvania's revised")."""
    form = words.forms[j]
    return form in DEICTIC_DAYS or j > 0 and _modifier(words, j - 1) and not words.forms[j - 1].endswith("'s") and \
        _verb_after(words, j)


def _name_end(words: Words, last: int) -> int:
    """Extend a capitalised name across "of", "on", "and" and commas: "Treaty of Trade, Navigation"."""
    j = last
    while j + 1 < len(words):
        nxt = words.forms[j + 1]
        if words.capitalised(j + 1) and words.capitalised(j):
            j += 1
        elif nxt in ("of", "on", "and", ",", "for") and words.capitalised(j + 2) and words.capitalised(j) and (
                nxt != "," or words.capitalised(j + 3) or j + 3 < len(words) and words.forms[j + 3] in ("and", ",")):
            j += 2  # "Treaty of Trade, Navigation and ...", not "Damascus, Syrian state media"
        elif nxt == "," and j + 2 < len(words) and words.forms[j + 2] == "and" and words.capitalised(j + 3):
            j += 3
        else:
            break
    return j


def _past_initials(words: Words, last: int) -> int:
    """A phrase that ends on an initial ends after its name: "the U.S.", "Samuel J. Heyman", never "the U"."""
    if last > 0 and words.forms[last] == "." and _initial(words, last - 1):
        last -= 1
    while _initial(words, last):
        last += 1
        following = last + 1
        if following < len(words) and words.capitalised(following) and (
                len(words.surface[following]) == 1 or words.capitalised(last - 2) and words.surface[last - 2] != "."):
            last = following  # the next initial, or the surname after a middle initial
    return last


def phrase(words: Words, first: int, last: int, whole: bool = False) -> str | None:
    """The words from `first` to `last` as a title shows them; unless the phrase is `whole` (it ends where what was
    said ends), a last word that leaves it cut short is dropped."""
    if last < first:
        return None
    last = _past_initials(words, last)
    while not whole and last > first and (words.forms[last] in DANGLING or _possessive(words, last)):
        if _possessive(words, last):
            while last > first and words.capitalised(last - 1) and words.capitalised(last):
                last -= 1  # the owner's whole name goes with its lost noun: not "for North"
        last -= 1  # a phrase cut short ends on a content word: "the move would involve", not "... against the"
    if words.forms[first] in triggers.DETERMINERS:
        text = words.forms[first] + words.span(first, last)[len(words.forms[first]):]
    else:
        text = words.span(first, last)
    text = text.translate(_NO_QUOTES)
    text = _TICKER.sub("", text) if "<" in text else text  # both patterns are tried at every character: most
    text = (_INITIALISM.sub(r"\1.", text) if "." in text else text).strip(" '‘’,;:.-")  # phrases need neither
    if re.search(r"\.[A-Z]$", text):
        text += "."  # "the U.S."
    if not text or text.lower() in PRONOUNS or text.lower() in triggers.DETERMINERS or \
            text.lower() in triggers.PREPOSITIONS or words.forms[first] in OPENERS or _pronoun_only(words, first, text):
        return None  # "acquired, which makes ...", "said if the members reject": no object, no content
    return " ".join(text.split())


def _pronoun_only(words: Words, first: int, text: str) -> bool:
    """"It also": a pronoun says nothing; but "one miner" counts a miner, "one" before a noun is a number."""
    count = len(text.split())
    return words.forms[first] in PERSONAL and (count == 1 or count == 2 and words.forms[first] != "one")


def _asked_for(words: Words, trigger: triggers.Trigger) -> bool:
    """"a Kenyan request for new loans", "Brazil's demand for talks": a verb of appeal or demand read as a noun (an
    owner, or a determiner before its capitalised modifiers) whose "for" phrase says what it asks, as the verb's
    object does ("requests new loans")."""
    if trigger.entry.kind != "V" or trigger.entry.code[:2] not in ASKING_ROOTS or \
            words.forms[trigger.last + 1:trigger.last + 2] != ["for"]:
        return False  # a verb read with its "for" ("appeal for calm") holds it in the trigger
    j = trigger.first - 1
    while j >= 0 and (words.capitalised(j) or words.forms[j] == ".") and not _possessive(words, j):
        j -= 1
    return j >= 0 and (words.forms[j] in triggers.DETERMINERS or _possessive(words, j))


def _possessive(words: Words, j: int) -> bool:
    """"Freedonia's", "the members'": an owner whose noun follows."""
    return words.forms[j].endswith("'s") or words.forms[j] == "'" or words.forms[j].endswith("s'")


def subject_phrase(words: Words, trigger: triggers.Trigger) -> str | None:
    """"after marines occupied the ship", "which the seamen rejected": a verb's subject that names no actor,
    the plain noun phrase right before it in its clause (auxiliaries and adverbs skipped)."""
    start = words.clause_starts[words.clause[trigger.first]]
    last = trigger.first - 1
    if last < start or words.forms[last] == "to":
        return None  # "the decision to impose": a noun before "to" is no subject
    while last >= start and (words.forms[last] in AUXILIARIES or words.forms[last].endswith("ly")):
        last -= 1
    first = last
    while first >= start and first > last - MAX_SUBJECT_WORDS and _plain(words, first):
        first -= 1
    if first == last or words.forms[first + 1] in triggers.PREPOSITIONS:
        return None
    if first >= start and words.forms[first] in ("the", "its", "their", "his", "her"):
        return phrase(words, first, last)
    return phrase(words, first + 1, last)


def _plain(words: Words, j: int) -> bool:
    form = words.forms[j]
    return form.isalpha() and not words.capitalised(j) and form not in triggers.DETERMINERS and \
        form not in PERSONAL and form not in PRONOUNS and form not in SUBORDINATORS and form not in COORDINATORS \
        and form not in AUXILIARIES and form not in triggers.PREPOSITIONS and form not in ADVERBS and not any(
            entry.verbal for entry in entries_by_first_word().get(form, ()))


def bare(phrase: str) -> str:
    """"the Inter-American Development Bank" -> "inter-american development bank"."""
    first, _, rest = phrase.lower().partition(" ")
    return rest if first in triggers.DETERMINERS and rest else phrase.lower()


def noun_title(words: Words, trigger: triggers.Trigger) -> str:
    """"a summit between their leaders on Wednesday", "the stoppage, which began last Friday": a happening
    with no actor is named by its noun and the phrase that says between whom or of what; else by the name
    before it ("Group of Seven talks") or the place after it ("meeting in Paris")."""
    first, last = trigger.first, trigger.last
    link = last + 1 + (last + 2 < len(words) and words.forms[last + 1] in ADVERBS)  # "talks yesterday with"
    if link < len(words) and words.forms[link] in NOUN_LINKS:
        end = link
        while end + 1 < len(words) and end - link < MAX_OBJECT_WORDS - 1 and not words.is_break(end + 1) and \
                words.forms[end + 1] not in triggers.PREPOSITIONS and words.forms[end + 1] not in SUBORDINATORS:
            end += 1
        end -= end > link + 1 and titles.cut_participle(words, end)  # "fighting over the camps | besieged | by"
        if end > link:
            last = end
    if last == trigger.last:
        first = _name_before(words, first)
    if last == trigger.last and first == trigger.first:
        last = _place_after(words, last)
        first = _owner_before(words, first)
    text = words.span(first, last) if last < link else f"{words.span(first, trigger.last)} {words.span(link, last)}"
    text = " ".join(text.split())
    if not re.search(r"\b[A-Z]\.[A-Z]\.$", text):  # an initialism keeps its last full stop: "in the U.S."
        text = text.rstrip(" .,;:")
    return text[:1].upper() + text[1:]


PARTNER_REACH = 3  # words between a meeting's noun and its "with": "talks here yesterday with"
_SCENE_WORDS = ADVERBS | {"here", "there", "privately"}


def _subject_that(words: Words, j: int) -> bool:
    """"said that is a slow process", "said that would hurt exports": a "that" right before a verb's auxiliary or
    copula is the reported clause's subject, not the word that opens it."""
    return words.forms[j] == "that" and j + 1 < len(words) and words.forms[j + 1] in \
        triggers.BE | triggers.PERFECT | triggers.MODALS - {"to"}


def partner_phrase(words: Words, trigger: triggers.Trigger) -> str | None:
    """"held talks with the president of the central bank", "private talks here yesterday with senior officials":
    the "with" phrase of a meeting's noun, whole up to what ends it (a mark, a preposition other than "of", a
    clause, a day); None when there is none, or when it runs on past `MAX_OBJECT_WORDS` (no cut phrase)."""
    link = trigger.last + 1
    while link < len(words) and link - trigger.last <= PARTNER_REACH and words.forms[link] in _SCENE_WORDS:
        link += 1
    link = _past_doer(words, link)
    if link + 1 >= len(words) or words.forms[link] != "with" or words.forms[link + 1] in PRONOUNS | PERSONAL:
        return None
    end = link
    while end + 1 < len(words) and not words.is_break(end + 1) and not _ends_partner(words.forms[end + 1]):
        end += 1
        if end - link > MAX_OBJECT_WORDS:
            return None
    if end == link or words.forms[end] in titles.DANGLING:
        return None
    text = " ".join(words.span(link, end).split())
    return text if re.search(r"\b[A-Z]\.[A-Z]\.$", text) else text.rstrip(" .,;:")


def _past_doer(words: Words, link: int) -> int:
    """The word after the "by" phrase that names a meeting's doer before its partner, when word `link` opens one
    ("consultations by President Smith | with party leaders"); `link` otherwise."""
    if link >= len(words) or words.forms[link] != "by":
        return link
    for j in range(link + 1, min(len(words), link + 2 + DOER_NAME_WORDS)):
        if words.forms[j] == "with":
            return j if j > link + 1 else link
        if words.is_break(j) or words.forms[j] in triggers.PREPOSITIONS or not words.capitalised(j):
            return link
    return link


def other_partner(words: Words, trigger: triggers.Trigger, named: Mention) -> str | None:
    """"negotiations between Acme and its lenders", "talks between the miners' union and mining companies": the
    partner a meeting's noun names beside the one actor the text names (`named`), as "with" its phrase ("with its
    lenders"); None when the noun has no "between" phrase of two, `named` is neither of them, or the other is a
    pronoun or runs on past `MAX_OBJECT_WORDS`."""
    link = trigger.last + 1
    between = _between(words, link)
    if between is None:
        return None
    joined, end = between
    first, last = words.index_at(named.start), words.index_at(named.end - 1)
    if link < first and last < joined:
        other = (joined + 1, end)
    elif joined < first and last <= end:
        other = (link + 1, joined - 1)
    else:
        return None
    if other[1] < other[0] or other[1] - other[0] >= MAX_OBJECT_WORDS or words.forms[other[0]] in PRONOUNS or \
            words.forms[other[1]] in titles.DANGLING:
        return None
    return f"with {' '.join(words.span(*other).split())}".rstrip(" .,;:")


def _between(words: Words, link: int) -> tuple[int, int] | None:
    """The "and" and the last word of the "between" phrase of two that word `link` opens ("between Acme | and | its
    lenders"); None when there is none or it lists more than two."""
    if link >= len(words) or words.forms[link] != "between":
        return None
    joined = next((j for j in range(link + 2, min(len(words), link + 2 + MAX_OBJECT_WORDS))
                   if words.forms[j] == "and"), None)
    if joined is None:
        return None
    end = _partner_end(words, joined)
    if end + 1 < len(words) and words.forms[end + 1] in COORDINATORS:
        return None  # a list of more than two: "between Acme and its lenders and unions"
    return joined, end


def _partner_end(words: Words, end: int) -> int:
    while end + 1 < len(words) and not words.is_break(end + 1) and not _ends_partner(words.forms[end + 1]) and \
            not _verb_after(words, end + 1):
        end += 1
    return end


def topic_between(words: Words, trigger: triggers.Trigger) -> str | None:
    """"negotiations between Acme and its lenders over the new contract": what the two partners a meeting's noun
    names meet over ("over the new contract"); None when the noun has no "between" phrase of two, or none follows
    it, or it runs on past `MAX_OBJECT_WORDS`."""
    between = _between(words, trigger.last + 1)
    if between is None or between[1] + 2 >= len(words) or words.forms[between[1] + 1] not in TOPICS:
        return None
    link = between[1] + 1
    end = _partner_end(words, link)
    if end == link or end - link > MAX_OBJECT_WORDS or words.forms[end] in titles.DANGLING:
        return None
    return " ".join(words.span(link, end).split()).rstrip(" .,;:")


def _verb_after(words: Words, j: int) -> bool:
    """Whether word `j`, after a noun phrase, is the verb its clause goes on with: an auxiliary ("are
    foundering", "will lead") or a past form ("broke down", "resumed")."""
    form = words.forms[j]
    return form in triggers.BE | triggers.MODALS | triggers.PERFECT or not words.capitalised(j) and (
        form.endswith("ed") or form in PAST_IRREGULAR)


def _ends_partner(form: str) -> bool:
    return form in triggers.PREPOSITIONS - {"of"} or form in SUBORDINATORS or form in COORDINATORS or \
        form in CALENDAR or form in _SCENE_WORDS or form in _TIME_OPENERS


# Words written with a capital that name a time, never a place or a party: "the May meeting", "talks in March".
_NAME_JOINERS = frozenset({"of", "and", "&"})
_TIME_OPENERS = frozenset({"last", "next", "early", "late", "this", "each", "every"})  # "in Paris last week"
_OWNER_WORDS = 3  # words of an owner before a happening's noun, with those that qualify it: "Ruritanian port workers'"
_TIME_NOUNS = frozenset({"day", "week", "weekend", "month", "year", "quarter", "season", "night", "morning",
                         "afternoon", "evening", "decade"})  # that own a happening only as its time: "last week's"
_ENDS = frozenset(".!?")
_QUALIFIED_NOUNS = 3  # common nouns after a name that the name qualifies: "in U.S. government bond futures"
_COMPASS = frozenset({"northern", "southern", "eastern", "western", "central", "northeastern", "northwestern",
                      "southeastern", "southwestern"})  # "in western Japan": a region of the place that follows


def _named(words: Words, i: int) -> bool:
    return words.capitalised(i) and words.forms[i] not in CALENDAR and words.forms[i][:1].isalpha() and \
        not words.forms[i].endswith(("'s", "’s")) and words.forms[i] not in triggers.DETERMINERS and \
        words.forms[i] not in PRONOUNS


def _initial(words: Words, i: int) -> bool:
    """Whether word `i` is a capital letter whose full stop follows: "U.S." is one name, not "U"; so is "Franco-U.S.",
    a compound whose last part is the abbreviation, not "Franco-U"."""
    return i + 1 < len(words) and words.forms[i + 1] == "." and len(words.forms[i].rpartition("-")[2]) == 1 and \
        words.capitalised(i)


def _name_before(words: Words, first: int) -> int:
    """The first word of the name written just before a happening's noun ("Group of Seven talks", "Venice
    summit"), or `first` when none is: a sentence's opening word is no name for certain."""
    start = first
    while start - 1 > 0 and _named(words, start - 1):
        start -= 1
        if start - 2 > 0 and words.forms[start - 1] in _NAME_JOINERS and _named(words, start - 2):
            start -= 2
    return start


def _owner_before(words: Words, first: int) -> int:
    """The first word of the owner written just before a happening's noun and of the words that qualify it ("a
    Ruritanian dockers' strike", "the seamen's strike"), or `first` when no owner is: a time owns no happening
    ("last week's strike", "Monday's rally") but only dates it."""
    owner = first - 1 - (first > 0 and words.forms[first - 1] in ("'", "’"))
    if owner <= 0 or owner == first - 1 and not words.forms[owner].endswith(("'s", "’s", "s'", "s’")) or \
            owner < first - 1 and not words.forms[owner].endswith("s"):
        return first
    stem = words.forms[owner].rstrip("'’").removesuffix("'s").removesuffix("’s")
    if not stem.isalpha() or stem in CALENDAR or stem in DEICTIC_DAYS or stem in _TIME_NOUNS or stem in PRONOUNS:
        return first
    start = owner
    while start - 1 > words.clause_starts[words.clause[owner]] and owner - start < _OWNER_WORDS - 1 and (
            _named(words, start - 1) or _common_noun(words, start - 1)):
        start -= 1
    return start


def _place_after(words: Words, last: int) -> int:
    """The last word of "in Paris", "at the Acme plant" after a happening's noun, or `last` when no name follows."""
    if last + 2 >= len(words) or words.forms[last + 1] not in ("in", "at"):
        return last
    start = last + 2 + (words.forms[last + 2] == "the")
    start += start + 1 < len(words) and (words.forms[start] in _COMPASS or
                                         words.forms[start] in triggers.SPELLED_NUMBERS) and \
        _named(words, start + 1)  # "in northern Ruritania", "at two Acme plants"; not a clock time ("at 0930 GMT")
    end = start - 1
    while end + 1 < len(words) and end - start < MAX_OBJECT_WORDS and (
            _named(words, end + 1) or words.forms[end + 1] in _NAME_JOINERS and _named(words, end + 2) or
            _initial(words, end)):
        end += 1
    if end + 1 < len(words) and _owner(words, end + 1):
        return _qualified_end(words, end + 2, last)  # "at Acme Ltd's plant", "in Ruritania's northern provinces"
    if end < start:
        return last
    head = end + 1  # "at the Acme Steel plant", "a rally in U.S. government bonds": the names qualify a noun
    if head < len(words) and _common_noun(words, head) and words.forms[head] not in _TIME_OPENERS:
        return _qualified_end(words, head, last)
    return end


def _owner(words: Words, j: int) -> bool:
    return words.forms[j].endswith(("'s", "’s")) or words.forms[j] in ("'", "’")


def _qualified_end(words: Words, head: int, last: int) -> int:
    """The last word of the common nouns from word `head` that a name qualifies ("in U.S. government bonds", "at
    Acme Ltd's steel plant"), when a mark, a preposition, a clause or a verb ends them there; `last` otherwise,
    when no such noun follows or what follows them is not read here."""
    end = head - 1
    while end + 1 < len(words) and end + 1 - head < _QUALIFIED_NOUNS and _common_noun(words, end + 1):
        end += 1
    if end < head or end + 1 < len(words) and not _ends_noun(words, end + 1):
        return last
    return end


def _ends_noun(words: Words, j: int) -> bool:
    """Whether word `j` ends the noun phrase before it: a mark, a preposition, a clause's or a verb's first word."""
    form = words.forms[j]
    return words.is_break(j) or form in _ENDS or form in triggers.PREPOSITIONS or form in SUBORDINATORS or \
        form in COORDINATORS or _verb_after(words, j)


def _common_noun(words: Words, i: int) -> bool:
    form = words.forms[i]
    return form.isalpha() and not words.capitalised(i) and not form.endswith("ed") and form not in ADVERBS and \
        form not in PRONOUNS and form not in triggers.PREPOSITIONS and form not in triggers.DETERMINERS and \
        form not in SUBORDINATORS and form not in COORDINATORS and form not in AUXILIARIES and \
        not any(entry.verbal for entry in entries_by_first_word().get(form, ()))


def opens_period(forms: list[str], j: int) -> bool:
    """Whether word `j` is the participle that opens the period named right before it ("the fiscal year
    beginning Oct. 1", "the crop year starting June 1")."""
    return 0 < j < len(forms) and forms[j] in PERIOD_STARTS and forms[j - 1] in ACCOUNTING_PERIODS


def closes_period(forms: list[str], j: int) -> bool:
    """Whether word `j` is the participle that closes the accounting period named right before it ("the year
    ended June 30", "the nine-month period ending March 31"): a date after it bounds that period, no happening."""
    return 0 < j < len(forms) and forms[j] in PERIOD_ENDS and forms[j - 1] in ACCOUNTING_PERIODS

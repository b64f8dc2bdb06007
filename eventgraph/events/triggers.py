"""Find the trigger words of a sentence and keep those that report something that happened.

Matching walks the words once, looking each up in the lexicon index by its form; the longest phrase wins and
its words are not matched again. A trigger is dropped when the text says it did not (or not yet) happen:
after a modal or "to" ("will sign", "agreed to provide") unless a decision was taken ("decided to impose"),
after a negation, in a conditional clause or after "without" ("without the case being heard"), after a phrase
that passes it over ("rather than calling a meeting", "instead of a strike"), as a gerund after a preposition
("accused of supplying"), or in present tense inside a quotation (legal text). A happening that an actor says it
will bring about ("Japan would request talks", "was ready to impose tariffs") is kept as `intended`: the event is
the stated intent. One that others expect or a schedule sets ("is expected to sign", "are to meet") is kept as
`planned`: the happening itself, still to come.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .. import datafiles, reporting
from ..actors.descriptions import country_of_adjective
from ..temporal.tense import SCHEDULING
from .lexicon import (PAST_IRREGULAR, PARTICIPLES, Entry, GAP, Slot, entries_by_first_word, not_happenings, staff,
                      verb_forms)
from .text import QUOTES, SUBORDINATORS, Words

DETERMINERS = frozenset({"a", "an", "the", "this", "that", "these", "those", "his", "her", "its", "their", "our",
                         "my", "your", "whose", "any", "each", "every", "no"})
ARTICLES = frozenset({"a", "an", "the"})
NOMINAL_CUES = DETERMINERS | {"first", "last", "latest", "recent", "previous", "official", "state", "emergency",
                              "historic", "annual", "new", "planned", "rare", "surprise", "landmark", "bilateral",
                              "formal", "fresh", "further", "second", "third", "brief", "urgent", "separate", "direct",
                              "public", "written", "monthly", "weekly", "quarterly", "regular", "routine",
                              "extraordinary"}  # "their monthly meeting": a meeting, not meeting going on; not
# "special", whose meetings of shareholders news mostly tells as sought or set
COUNTS = frozenset({"several", "many", "some", "more", "numerous", "few", "two", "three", "four", "five", "dozens",
                    "hundreds", "renewed", "sporadic", "fierce", "heavy"})  # before a word that is a noun of the
# lexicon as well as a verb, the noun: "several clashes have been reported", not "many fled"
MODALS = frozenset({"will", "would", "shall", "should", "could", "can", "may", "might", "must", "'ll", "to"})
NEGATIONS = frozenset({"not", "n't", "never", "no"})
CONDITIONALS = frozenset({"if", "unless", "whether"})
PARTICLES = frozenset({"off", "out", "down", "up", "away", "back"})  # a phrasal verb's adverb: "lay off", "rule out"
UNMET = CONDITIONALS | {"without"}  # before what a condition names, or what the text says was absent: "closed
# without steps toward talks", "ruled without the case being heard"
PREPOSITIONS = frozenset({"of", "for", "by", "from", "without", "about", "against", "on", "in", "at", "after",
                          "before", "to", "with", "into", "over", "toward", "towards", "during", "amid", "under",
                          "since", "until", "through", "across", "despite", "following", "via", "within",
                          "between", "among", "upon", "near", "beyond", "throughout"})
CLAUSE_OPENERS = SUBORDINATORS - {"that", "whom", "whether", "where"}  # words that open another clause: the gap of
# a phrase stops there as at a preposition ("closed Acme because the association was insolvent")
STOPS = PREPOSITIONS | CLAUSE_OPENERS
FORGONE = (("rather", "than"), ("instead", "of"), ("short", "of"), ("in", "place", "of"))  # phrases that pass over
# what comes after them
FORGONE_REACH = 4  # words from such a phrase's end to the trigger: "short of a Fed discount rate increase"
CONDITION_REACH = 5  # words after "if" that stay in the condition; further on, modals mark what is unreal
PERSON_CUES = frozenset({"official"})  # cues of a noun (`NOMINAL_CUES`) that are nouns of a person too
SAYS = frozenset({"says", "tells", "adds"})  # present forms of saying that are no nouns ("official estimates")
SAID = frozenset({"said", "says", "told", "tells"})  # forms of saying that are never a noun's modifier
NAME_REACH = 5  # words of a name between a determiner and the noun it modifies: "the U.S. attacks"
TITLE_CASE = 0.6  # share of capitalised words above which a line is a title-case headline
PERFECT = frozenset({"has", "have", "had", "having"})
# participles spelled as their verb's base form, which only a perfect's auxiliary shows done: "has run aground",
# "had overrun"
BASE_PARTICIPLES = frozenset(base for base, participle in PARTICIPLES.items() if participle == base)
TALLY = re.compile(r"\d+-\d+")
UNREAL = frozenset({"possible", "potential", "proposed", "planned", "future", "upcoming", "next", "expected",
                    "hypothetical", "any"})
EARLIER = frozenset({"last", "previous", "earlier", "past", "former", "prior"})
APPROXIMATORS = frozenset({"about", "around", "nearly", "almost", "some", "approximately", "roughly", "over",
                           "under", "just"})  # words before a number that make it a guess: "cut about 70 jobs"
COMPARED_HEDGES = frozenset({"much", "many", "little", "few", "high", "low"})  # "as much as 2.5 billion dlrs",
# "as many as 400 stores": between two "as", they make the figure after them a guess, not a clause of comparison
CURRENCIES = frozenset({"dlrs", "dollars", "stg", "sterling", "yen", "marks", "francs", "pounds", "euros", "guilders",
                        "lire", "crowns", "pesos", "rand"})  # plurals: a singular qualifies a noun ("a 90 mln dlr loan")
CURRENCY_SINGULARS = frozenset({"dlr", "dollar", "mark", "franc", "pound", "guilder", "crown", "peso"})
AMOUNT_WORDS = CURRENCIES | CURRENCY_SINGULARS | frozenset({"mln", "million", "millions", "bln", "billion", "billions",
                                                            "trillion", "pct", "percent", "per", "cent", "tonnes",
                                                            "tons", "barrels"})  # "a 900 mln
# franc contract": a currency's singular names the amount a noun is worth
SPELLED_NUMBERS = frozenset({"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                             "eleven", "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "hundred",
                             "hundreds", "thousand", "thousands", "dozen", "dozens"})  # news spells the small ones
LIGHT_BASES = frozenset({"hold", "make", "conduct", "carry", "stage", "begin", "start", "launch", "seek", "open",
                         "resume"})  # base forms: after "will" or "to"
LIGHT_REACH = 8  # words from a light verb to its noun ("make a formal request for emergency talks")
QUALIFYING_ADVERBS = frozenset({"newly", "recently", "previously", "formerly", "originally", "jointly", "wholly",
                                "partly", "partially", "fully", "privately", "publicly", "officially", "separately",
                                "widely", "heavily", "closely", "highly", "locally", "federally", "nationally",
                                "internationally", "democratically", "duly", "freshly", "specially"})  # "the
# newly elected", "its previously announced": adverbs that qualify a participle before a noun
ISSUED_TEXTS = frozenset({"statement", "statements", "resolution", "resolutions", "letter", "letters", "communique",
                          "communiques", "message", "declaration", "motion", "note", "telex", "telegram", "cable",
                          "editorial", "advertisement", "memorandum"})  # texts put out, before what they do
SHOWN = Entry((Slot(frozenset({"show", "shows", "showed"}), False),), "S", "010", "say")  # a reporting verb only
# after a noun of published figures (`_shows_published`)
PUBLISHED = frozenset({"figures", "statistics", "data", "bulletin", "bulletins", "survey", "surveys", "study",
                       "report", "returns", "estimates"})
RELEASED = frozenset({"released", "published", "issued", "compiled"})  # how figures are put out by their publisher
RELEASED_REACH = 10  # words from "show" back to such a participle: "released on Monday by the Bank of England"
USED_REACH = 6  # words from "used" to the "to" of what it was used for: "used two armoured police vans to"
DECISIONS = frozenset({"decided", "decision", "voted", "vote", "resolved", "moved", "moving", "quick", "swift"})  # "is
# moving to seize": the step begun, as "moved to"
DECISION_VERBS = {"decided": "decide", "decision": "decide", "voted": "vote", "vote": "vote", "resolved": "resolve",
                  "moved": "move", "moving": "move", "plans": "plan", "plan": "plan"}  # the verb a title gives a
# decision ("decided to sell" is no sale but a decision to sell); "quick to" and "swift to" leave the deed's own
COMPELLED = frozenset({"forced", "compelled", "obliged"})  # "was forced to": what the doer could not but do
SAYING = reporting.forms()  # before a clause they report
WEIGHING = frozenset({"consider", "considers", "considered", "considering", "contemplating", "weighing",
                      "mulling"})  # before an -ing verb
FUTURE = frozenset({"will", "would", "'ll", "shall", "could", "may", "might", "can"})
INTENT = frozenset({"ready", "prepared", "preparing", "prepares", "willing", "plans", "plan", "planning", "planned",
                    "intends", "intend", "intended", "intending", "wants", "want", "wanted", "seeks", "seek", "sought",
                    "seeking", "hopes", "hope", "hoped", "aims", "aim", "poised", "determined", "going"})
HEARSAY_PARTICIPLES = frozenset({"said", "reported", "believed", "alleged", "thought", "rumoured", "rumored",
                                 "understood", "suspected", "claimed"})
ACCUSATIONS = tuple(tuple(row) for row in datafiles.rows("en/accusing_verbs.tsv"))  # verb, case, reading
# the verbs of accusing and the prepositions of their charge that words tell without the parse ("accused ... of",
# "blamed ... for"); the frame reads all of ACCUSATIONS: only a parse tells "charged them for shipping" (a bill)
# from an accusation, or "implicated in bombing" from "the slump in shipping"
WORD_ACCUSING = frozenset(verb for verb, _, reading in ACCUSATIONS if reading == "words")
WORD_CHARGE_CASES = frozenset(case for _, case, reading in ACCUSATIONS if reading == "words")
CHARGE_REACH = 6  # words between the accusing verb and the case word: "accused the army of Freedonia of"
DISASTERS = frozenset({"Accident", "Natural disaster"})  # labels of the happenings that befall, not done
BE = frozenset({"is", "are", "was", "were", "be", "been", "being", "'s"})
_AUXILIARY_OR_NOT = MODALS | BE | PERFECT | NEGATIONS  # before "used", no deed done: "would have used"
IN_PRINCIPLE = ("in", "principle")
UNSETTLED = CONDITIONALS | {"once", "when", "whenever", "until", "event"}  # before a passive clause whose
# deed waits on something: "once the curbs are lifted", "in the event agreement is reached"
AGENT_REACH = 8  # words from a passive verb to the "to" past its agent: "was asked by the Bank of Ruritania to"
PASSIVE_REACH = 4  # words between an object noun and its passive verb: "tariffs on steel imports were cut"
MARCHING = frozenset({"demonstrate", "march"})  # headlines of protest verbs that also mean showing or matching
AFTER_MARCHING = frozenset({"today", "yesterday", "tonight", "overnight", "again", "here", "there", "outside",
                            "peacefully", "and"})  # what follows a protest verb that takes no object
STRUCK = "struck"  # the past of "strike", a labour strike only where a workforce takes no object
UNIONS = frozenset({"union", "unions"})  # a workforce named by its body: "the union struck at three plants"
CONCURRING = frozenset({"that", "and", "but", "there", "it", "he", "she", "they", "we", "i", "this"})  # after
# "agreed": a view shared ("agreed there should be", "agreed it was"), not terms agreed
CLAUSE_SUBJECT_WORDS = 3
SHARED_NEED = ("on", "the", "need")  # "agreed on the need for stability": a view shared
QUOTING = frozenset({"quoted", "quotes", "quoting", "quote"})
QUOTE_REACH = 16  # words from "quoted" to "as saying": "quoted Soviet leader Mikhail Gorbachev as saying",
# "quoted Jan Novak, deputy governor of the central bank, as saying"
QUOTE_STOPS = QUOTES | {";", ":"}  # an aside set off by commas stands between "quoted" and "as saying"; a
# quotation or a new sentence part does not
NOUN_FORMS = frozenset({"state", "states"})  # forms of a reporting verb that news mostly writes as a noun: "the
# Ruritanian state agency", "member states of the union", "Vorland state"
SPEAKING_CUES = MODALS | {"not", "also", "he", "she", "it", "they", "we", "i", "you"}  # before such a form, the verb:
# "would state", "it states"
COMPARATIVES = frozenset({"lower"})  # a verb's base form that news mostly writes as an adjective ("expect lower
# rates"): the verb only after a modal, "to" or a pronoun, as `NOUN_FORMS`
UNNAMED = frozenset({"identified", "named"})  # "asked not to be identified", "requested not to be named"
SUBJECT_CUES = (MODALS - {"to"}) | {"is", "are", "was", "were", "has", "have", "had"}  # after a subject
# others expect or a schedule sets ("is expected to sign", "are due to meet")
PRESENT_BE = frozenset({"is", "are"})  # "is to sign": a deed set for the future; not "was to", "were to", which
# tell one that did not come about or a condition ("if it were to sell")
SCHEDULE_ADVERBS = frozenset({"now", "also", "still", "again", "widely", "generally"})  # "is widely expected to"
ONGOING_ADVERBS = frozenset({"now", "today", "also", "still", "already", "currently", "again", "presently",
                             "actively"})  # between a "be" and the -ing verb it makes ongoing ("is today visiting")
PURPOSES = frozenset({"aim", "aims", "goal", "goals", "plan", "plans", "idea", "purpose", "intention", "objective",
                      "objectives", "policy", "task", "tasks", "job", "role", "strategy", "priority", "challenge",
                      "problem", "answer", "solution", "way", "step", "option", "alternative", "hope", "object",
                      "function", "duty", "mission", "target", "issue", "point", "need", "effect", "result",
                      "thing", "intent", "proposal", "tendency", "temptation", "reaction", "response"})  # "the
# aim is to sell the unit": what "is to" says of such a noun is a purpose or a role, not a deed set
PURPOSE_REACH = 4  # words from such a noun to its "is": "the aim of the talks is to"


@dataclass
class Trigger:
    first: int  # word index of the first word
    last: int  # word index of the last word
    entry: Entry
    passive: bool = False
    earlier: bool = False  # "the last meeting": an earlier happening, kept only if dated
    intended: bool = False  # "would request talks": not yet happened, stated as an intent
    weighed: bool = False  # "considering imposing tariffs": an intent not yet formed
    decided: bool = False  # "decided to impose", "announced plans to slap": the decision is the happening
    decision: str | None = None  # the verb of the decision a title names ("decide", "vote"), when there is one
    planned: bool = False  # "is expected to sign", "are to meet": the happening itself, still to come
    occasion: bool = False  # "in protest at the wage freeze": named as the occasion of another (occasions.settle)

    @property
    def verbal(self) -> bool:
        return self.entry.verbal

    @property
    def nominal(self) -> bool:
        return not self.entry.verbal


def find(words: Words, names: set[int], times: frozenset[int] | set[int] = frozenset()) -> list[Trigger]:
    """`names` holds the indices of words inside actor mentions, which are never triggers ("Mark Will", "Rose Sign");
    `times` those inside time expressions, which the gap of a phrase passes over ("agreed on Friday to buy")."""
    found = [trigger for trigger in matches(words, names, times)
             if _realis(words, trigger) and not concurs(words, trigger) and not shows(words, trigger)]
    return [trigger for trigger in found if not _decided_deed_after(trigger, found)]


def _decided_deed_after(trigger: Trigger, found: list[Trigger]) -> bool:
    """"voted to approve the merger": a phrase ending in "to" whose infinitive is a decided deed the lexicon
    names tells one happening with it, the deed."""
    return trigger.entry.slots[-1].forms == {"to"} and \
        any(other.first == trigger.last + 1 and other.decided for other in found)


def matches(words: Words, names: set[int], times: frozenset[int] | set[int] = frozenset()) -> list[Trigger]:
    """The lexicon's phrases in the sentence, longest first, each word in one at most, whether or not the text
    says they happened."""
    index = entries_by_first_word()
    found: list[Trigger] = []
    i, count = 0, len(words)
    while i < count:
        candidates = index.get(words.forms[i])
        if _shows_published(words, i):
            found.append(Trigger(i, i, SHOWN))
        elif candidates and i not in names and not _not_happening(words, i):
            trigger = _best(words, i, candidates, times, names)
            if trigger and (trigger.nominal or _lower_case(words, i)) and _downs_tools(words, trigger, times):
                found.append(trigger)
                i = trigger.last + 1
                continue
        i += 1
    return _passives(words, found, names)


def _passives(words: Words, found: list[Trigger], names: set[int]) -> list[Trigger]:
    """"Sanctions were imposed", "the curfew was lifted on Sunday", "tariffs on steel were cut": a phrase of a
    verb and its object noun told in the passive, the noun first: the trigger is the verb. Where the noun names a
    happening of its own, the verb is the trigger only with its agent, as in the active ("the talks were postponed
    by Ruritania"), and unless the noun names the same deed ("talks were held"); else the noun tells it, dated by
    what the verb says of it ("the talks were postponed until May 20")."""
    index = entries_by_first_word()
    taken = {j for trigger in found for j in range(trigger.first, trigger.last + 1)}
    for k in range(2, len(words)):
        form = words.forms[k]
        if k in taken or k in names or words.forms[k - 1] not in BE or form.endswith("ing") or \
                not participle(form) or not _lower_case(words, k):
            continue
        entries = [entry for entry in index.get(form, ()) if entry.kind == "V" and len(entry.slots) == 2
                   and entry.slots[1].gap]
        start = words.clause_starts[words.clause[k]]
        if words.forms[k - 1] == "be" and words.forms[k - 2] not in MODALS or \
                any(form in UNSETTLED for form in words.forms[start:k]):
            continue  # "urged that curbs be imposed", "once the controls are lifted": not (yet) done
        for j in range(k - 2, max(start, k - 2 - PASSIVE_REACH) - 1, -1):
            entry = next((entry for entry in entries if words.forms[j] in entry.slots[1].forms), None)
            if entry is not None and words.forms[j - 1] in NEGATIONS:
                break  # "no agreement has been reached"
            if entry is not None:
                nouns = [trigger for trigger in found
                         if trigger.entry.kind == "N" and trigger.first <= j <= trigger.last]
                if not nouns or words.forms[k + 1:k + 2] == ["by"] and \
                        all(noun.entry.code != entry.code for noun in nouns):
                    found = [trigger for trigger in found if trigger not in nouns]
                    found.append(Trigger(k, k, entry))
                break
    return sorted(found, key=lambda trigger: trigger.first)


def _not_happening(words: Words, i: int) -> bool:
    """"cardiac arrest", "heart attack", "strike price": a trigger inside a phrase that names no happening; nor
    does a source's wish to stay unnamed ("a spokesman, who asked not to be identified, said")."""
    pairs = not_happenings()
    return i > 0 and (words.forms[i - 1], words.forms[i]) in pairs or \
        i + 1 < len(words) and (words.forms[i], words.forms[i + 1]) in pairs or _unnamed_source(words, i)


def _unnamed_source(words: Words, i: int) -> bool:
    after = words.forms[i + 1:i + 5]
    if after[:1] == ["not"]:
        after = after[1:]
    return len(after) > 2 and after[:2] == ["to", "be"] and after[2] in UNNAMED


def _lower_case(words: Words, i: int) -> bool:
    """Capitals mark a name ("United States"), except on the first word of a sentence or quotation, and in a
    headline written in title case. Nouns may be capitalised in a name ("the 1958 Treaty of Commerce")."""
    if not words.capitalised(i) or i == 0 or words.forms[i - 1] in QUOTES or _after_initials(words, i):
        return True
    alphabetic = [word for word in words.surface if word[:1].isalpha()]
    return sum(word[:1].isupper() for word in alphabetic) >= TITLE_CASE * len(alphabetic)


def _after_initials(words: Words, i: int) -> bool:
    """"a U.S. Ruling on", "U.K. Officials said": wire copy capitalises the word after initials, whose last full
    stop it takes for a sentence's end; the capital marks no name."""
    return i >= 1 and words.abbreviation_start(i - 1) is not None


def _best(words: Words, i: int, candidates: tuple[Entry, ...], times: frozenset[int] | set[int],
          names: frozenset[int] | set[int] = frozenset()) -> Trigger | None:
    matches = [(last, entry) for entry in candidates if (last := _match(words, i, entry, times, names)) is not None]
    if not matches or _noun_form(words, i, matches) or _comparative(words, i):
        return None
    nominal = _nominal_context(words, i) and not _person_before(words, i, candidates) and \
        not _after_date(words, i, candidates, times) or _subjectless_plural(words, i) or \
        any(_fits_noun_phrase(entry) for _, entry in matches) and _named_noun(words, i, names) or \
        _report_noun(words, i, matches, names)
    if _other_meaning(candidates):
        nominal = nominal or _noun_reading(words, i)
        if not nominal:
            matches = [(last, entry) for last, entry in matches if entry.verbal]  # "troops fire at": no blaze
            if not matches:
                return None
    if nominal or i > 0 and words.forms[i - 1] in COUNTS:
        # "a call for retaliation" is the noun, not the longer verb phrase "call ... for"
        matches = [(last, entry) for last, entry in matches if _fits_noun_phrase(entry)] or matches
    most = max(len(entry.slots) for _, entry in matches)
    tightest = min(last for last, entry in matches if len(entry.slots) == most)  # "called off the strikes on"
    matches = [(last, entry) for last, entry in matches if last == tightest and len(entry.slots) == most]
    if len(matches) > 1:
        matches = [(last, entry) for last, entry in matches if entry.verbal != nominal] or matches
    last, entry = matches[0]
    if nominal and not _fits_noun_phrase(entry):
        return None  # "the report", "TWA's offer": a noun the lexicon does not list as a happening
    return Trigger(i, last, entry)


def _noun_form(words: Words, i: int, matches: list[tuple[int, Entry]]) -> bool:
    """"the Ruritanian state agency", "member states said": a reporting verb's form that is a noun here, as it is
    in news unless a modal, "to" or a pronoun comes right before it."""
    return words.forms[i] in NOUN_FORMS and all(entry.kind == "S" for _, entry in matches) and \
        (i == 0 or words.forms[i - 1] not in SPEAKING_CUES)


def _report_noun(words: Words, i: int, matches: list[tuple[int, Entry]], names: frozenset[int] | set[int]) -> bool:
    """"the weekly crop report said", "a draft Bank report": a reporting verb's bare form is a noun when a form of
    saying follows it as its verb, or a name in the singular that a determiner opens modifies it, as no such name
    is its subject (a plural one may be: "the Soviets claim")."""
    if not all(entry.kind == "S" and words.forms[i] == entry.headline for _, entry in matches):
        return False
    return i + 1 < len(words) and words.forms[i + 1] in SAID or \
        i > 0 and not words.forms[i - 1].endswith("s") and _named_noun(words, i, names)


def _comparative(words: Words, i: int) -> bool:
    return words.forms[i] in COMPARATIVES and (i == 0 or words.forms[i - 1] not in SPEAKING_CUES)


def _other_meaning(candidates: tuple[Entry, ...]) -> bool:
    """"fire": an accident's noun whose word is also a verb of a deed that means something else (shooting,
    dismissal). A strike, a labour action, is a noun in news wherever it stands ("a national strike")."""
    nouns = {(entry.code, entry.label) for entry in candidates if not entry.verbal}
    verbs = {(entry.code, entry.label) for entry in candidates if entry.kind == "V"}
    return bool(nouns and verbs) and not nouns & verbs and all(code == "00" and label in DISASTERS
                                                                for code, label in nouns)


def _noun_reading(words: Words, i: int) -> bool:
    """Where a word of two meanings is the noun though no cue stands right before it: after a determiner and a
    modifier ("a big fire"), coordinated with a happening's noun ("an explosion and fire"), or as the subject of
    a deed in the past ("fire destroyed the warehouse")."""
    forms = words.forms
    if i >= 2 and forms[i - 2] in DETERMINERS and forms[i - 1].isalpha() and not forms[i - 1].endswith("s"):
        return True
    if i >= 2 and forms[i - 1] in ("and", "or") and any(
            not entry.verbal for entry in entries_by_first_word().get(forms[i - 2], ())):
        return True
    return i + 1 < len(forms) and participle(forms[i + 1]) and not words.is_break(i + 1)


def _fits_noun_phrase(entry: Entry) -> bool:
    return not entry.verbal or entry.kind == "F"


def _match(words: Words, i: int, entry: Entry, times: frozenset[int] | set[int] = frozenset(),
           names: frozenset[int] | set[int] = frozenset()) -> int | None:
    """The index of the last word when `entry` matches from word `i`, else None. A time expression that opens
    the gap after a verb in the past, with its preposition, is no word of the phrase: "agreed on Friday to
    buy", "signed last week a deal" (not "orders in 1986 rose to": a noun)."""
    position = i
    agent = len(entry.slots) > 1 and entry.slots[1].gap and _passive_agent(words, i)
    for n, slot in enumerate(entry.slots):
        if n == 0:
            if words.forms[i] not in slot.forms:
                return None
            continue
        if n == 1 and agent:
            position += 1  # "was ordered by a court to sell": the agent's "by" is no word of the gap
        reach = GAP + 1 if slot.gap else 1
        each_share = "share" not in slot.forms  # "offered 46 dlrs per share": the share is the phrase's own word
        if slot.gap and position + 1 < len(words) and words.forms[position + 1] in ARTICLES:
            reach += 1  # the article that opens the object is no word of the gap: "withdrew the annual farm subsidy"
        if n == 1:
            position = _after_tally(words.forms, position + 1) - 1  # "voted 350 to 73 to override"
        if n == 1 and "with" not in slot.forms:
            position = _after_venue(words, position + 1, names) - 1  # "filed with the SEC a registration"
        if slot.gap and n == 1 and participle(words.forms[i]):
            position = _after_time(words, position + 1, times) - 1
            if words.forms[position + 1:position + 3] == list(IN_PRINCIPLE):
                position += len(IN_PRINCIPLE)  # "agreed in principle to buy": a deal agreed, its terms not yet final
        if slot.gap:
            position = _after_amount(words, position + 1, each_share) - 1  # "slap up to 300 mln dlrs in tariffs"
        j = position
        for _ in range(reach):
            j += 1
            while j < len(words) and words.forms[j] in QUOTES:
                j += 1
            while j in names and j + 1 in names:
                j += 1  # a name of several words is one word of the gap: "agreed with Acme Insurance Group to"
            start = j
            if slot.gap:  # so is an amount, with its "in": "gave Chile a 50 mln dlr loan", "awarded her 9 mln dlrs in"
                j = max(j, _after_amount(words, j, each_share) - 1)
            if j >= len(words) or words.is_break(j):
                return None
            if words.forms[j] in STOPS and words.forms[j] not in slot.forms and j == start:
                return None  # "the budget provided for food aid" is no "provide ... aid"
            if words.forms[j] in slot.forms and not (slot.gap and j == position + 1 and words.forms[position] == "to"):
                if slot.gap and j == i + 1 and _gerund(words, j):
                    return None
                position = j  # the word a gap looks for right after "to" is its infinitive: "agreed to offer aid"
                break
        else:
            return None
    if agent and not _infinitive_after(words, position):
        return None  # "the shares were offered by Acme to the public": no deed bidden, so no phrase
    return position


def _gerund(words: Words, j: int) -> bool:
    """Whether the "-ing" word at `j`, right after a verb, is a gerund with an object of its own ("began offering
    the service", "started financing the plant"), no noun the verb acts on ("began an offering of shares")."""
    return words.forms[j].endswith("ing") and j + 1 < len(words) and words.forms[j + 1] in DETERMINERS


def tallied(words: Words, trigger: Trigger) -> bool:
    """Whether a vote's tally stands between the trigger's first word and its next ("voted 350 to 73 to")."""
    return trigger.last > trigger.first and _after_tally(words.forms, trigger.first + 1) > trigger.first + 1


def _after_tally(forms: list[str], j: int) -> int:
    """The index after a vote's tally that starts at word `j` ("350 to 73", "12-3"), or `j`."""
    if j + 2 < len(forms) and forms[j].isdigit() and forms[j + 1] == "to" and forms[j + 2].isdigit():
        return j + 3
    return j + 1 if j < len(forms) and TALLY.fullmatch(forms[j]) else j


def _passive_agent(words: Words, i: int) -> bool:
    """"was ordered by the court to", "were urged by Acme to": a verb in the passive whose agent comes next."""
    return i > 0 and words.forms[i - 1] in BE and participle(words.forms[i]) and words.forms[i + 1:i + 2] == ["by"]


def bidden_to(words: Words, trigger: Trigger) -> int | None:
    """The "to" of what a passive's subject was bidden to do past the agent ("was asked by the ministry to
    withdraw", "was ordered by the court to sell"), or None."""
    if not _passive_agent(words, trigger.first):
        return None
    if trigger.last > trigger.first:
        return trigger.last if _infinitive_after(words, trigger.last) else None
    j = trigger.first + 2
    while j < min(len(words), trigger.first + AGENT_REACH) and not words.is_break(j) and \
            (words.forms[j] not in STOPS or words.forms[j] in ("to", "of")):
        if _infinitive_after(words, j):
            return j
        j += 1
    return None


def _infinitive_after(words: Words, j: int) -> bool:
    """Whether the `j`th word is a "to" an infinitive follows ("to sell"), not a preposition ("to the public")."""
    after = words.forms[j + 1:j + 2]
    return words.forms[j] == "to" and bool(after) and after[0].isalpha() and after[0] not in DETERMINERS and \
        not words.capitalised(j + 1)


def _after_venue(words: Words, j: int, names: frozenset[int] | set[int]) -> int:
    """The index after a "with" and the name it opens at word `j` ("with the Securities and Exchange Commission"),
    or `j`: the body a deed is lodged with stands between a verb and its object ("filed with the SEC for an
    offering", "signed with Acme a supply contract") and is no word of the phrase."""
    if words.forms[j:j + 1] != ["with"]:
        return j
    k = j + 2 if words.forms[j + 1:j + 2] == ["the"] else j + 1
    if k not in names:
        return j
    while k in names:
        k += 1
    return k


def _after_time(words: Words, j: int, times: frozenset[int] | set[int]) -> int:
    """The index after a time expression that starts at word `j`, or after its preposition ("on Friday"), or `j`."""
    k = j + 1 if j < len(words) and words.forms[j] in PREPOSITIONS and j + 1 in times else j
    if k not in times:
        return j
    while k in times:
        k += 1
    return k


def _after_amount(words: Words, j: int, each_share: bool = True) -> int:
    """The index after an amount that starts at word `j` ("as much as 300 mln dlrs in", "7.6 pct of", "about 70"),
    or `j`; with `each_share`, the "a share" of a price qualifying a noun is the amount's."""
    forms = words.forms
    if forms[j:j + 1] in (["a"], ["an"]) and _number(forms, j + 1):
        j += 1  # "won a 40 mln dlr order": the article is the amount's
    k = j + 3 if forms[j:j + 3] in (["as", "much", "as"], ["as", "many", "as"]) else j + 2 if forms[j:j + 2] in (
        ["up", "to"], ["more", "than"], ["less", "than"], ["fewer", "than"], ["at", "least"]) else \
        j + 1 if j < len(forms) and forms[j] in APPROXIMATORS else j
    if not _number(forms, k):
        return j
    while k < len(forms) and (_number(forms, k) or forms[k] in AMOUNT_WORDS or _range_to(forms, k) or
                              forms[k] in (".", ",") and k + 1 < len(forms) and forms[k + 1][:1].isdigit() or
                              _currency_country(words, k)):
        k += 1
    k = _after_each_share(words, k) if each_share else k
    return k + 1 if k < len(forms) and forms[k] in ("in", "of", "worth") else k


def _after_each_share(words: Words, k: int) -> int:
    """The index after the "a share" that ends a price qualifying the noun after it ("its 100 dlr a share tender
    offer"), or `k`; a price that ends its phrase is what is offered ("offered 12 dlrs a share for")."""
    forms = words.forms
    end = k + 1 if forms[k - 1:k + 1] == ["per", "share"] else k + 2 if forms[k:k + 2] == ["a", "share"] else k
    if end == k or end >= len(forms) or words.is_break(end) or forms[end] in PREPOSITIONS or \
            not forms[end][:1].isalpha():
        return k
    return end


def _currency_country(words: Words, k: int) -> bool:
    """Whether the word at `k` is the capitalised country's word that names whose currency comes next ("70 mln
    Swiss francs", "100 mln Australian dlrs", "a 90 mln Canadian dlr loan")."""
    return words.capitalised(k) and k + 1 < len(words.forms) and \
        words.forms[k + 1] in CURRENCIES | CURRENCY_SINGULARS


def compared_hedge(forms: list[str], k: int) -> bool:
    """Whether the "as" at `k` is one of the two of a hedge on the figure after them ("could cost as much as 550
    mln dlrs", "would sell as many as 400 stores"), no subordinating word that opens a clause of its own."""
    first = k if forms[k + 1:k + 2] and forms[k + 1].lower() in COMPARED_HEDGES else k - 2
    if first < 0:
        return False
    hedge = [form.lower() for form in forms[first:first + 5]]
    return hedge[0:3:2] == ["as", "as"] and hedge[1] in COMPARED_HEDGES and _number(hedge, 3)


def _number(forms: list[str], k: int) -> bool:
    """Whether the word at `k` is a number: in digits, or in words before what it counts in an amount ("a three
    mln dlr order", "two billion dlrs": news spells the numbers below ten)."""
    if k >= len(forms):
        return False
    return forms[k][:1].isdigit() or forms[k] in SPELLED_NUMBERS and k + 1 < len(forms) and (
        forms[k + 1] in AMOUNT_WORDS or _range_to(forms, k + 1))


def _range_to(forms: list[str], k: int) -> bool:
    """Whether the word at `k` is the "to" of a range between two numbers ("a three to five pct share")."""
    return forms[k:k + 1] == ["to"] and _number(forms, k + 1)


def _nominal_context(words: Words, i: int) -> bool:
    """Whether the word at `i` reads as a noun: after a determiner, a possessive or a typical modifier."""
    if i == 0:
        return False
    before = words.forms[i - 1]
    return before in NOMINAL_CUES and not _floating(words, i) or \
        before[:1].isdigit() and not _counted_subject(words, i) or before.endswith("'s") or (  # "the 100-kg bomb"
            before == "s" and i > 1 and words.forms[i - 2] == "'") or _worth(words, i) or _spelled_measure(before)


def _spelled_measure(form: str) -> bool:
    """"a three-day meeting", "a one-month strike": a compound of a number written in words and what it counts
    qualifies the noun after it, as "a 3-day meeting" does."""
    number, hyphen, unit = form.partition("-")
    return bool(hyphen) and number in SPELLED_NUMBERS and unit.isalpha()


def _counted_subject(words: Words, i: int) -> bool:
    """"23 died in the town", "40 surrendered.": a past form after a figure, with a preposition, a break or the
    sentence's end after it, is the verb the figure is the subject of, not a noun the figure counts ("12 strikes",
    "the 1987 agreed merger")."""
    following = words.forms[i + 1] if i + 1 < len(words) else "."
    return participle(words.forms[i]) and (following in PREPOSITIONS or following in (",", ".", ";"))


def _worth(words: Words, i: int) -> bool:
    """"its 7.4 billion dlr offer to buy", "a 90 mln dlr loan": the word after a sum's worth (`worth`) is a noun,
    which no verb follows so ("the dollar fell" has no amount)."""
    return worth(words.forms[i - 2] if i >= 2 else "", words.forms[i - 1])


def worth(amount: str, currency: str) -> bool:
    """Whether two words are a sum written with a currency's singular, which says what a noun after it is worth
    and names nothing itself: "30 mln | dlr", "500,000 | franc", "a five | dlr rise"."""
    return currency in CURRENCY_SINGULARS and (
        amount[:1].isdigit() or amount in AMOUNT_WORDS or amount in SPELLED_NUMBERS)


def _subjectless_plural(words: Words, i: int) -> bool:
    """"Bids for the bills will be received", "Offers for the stock came in": a word in -s that opens its
    sentence is a plural noun, as a verb in -s needs a subject before it; not a verb whose bare form ends so
    ("Discuss", "Press")."""
    form = words.forms[i]
    return all(word in QUOTES for word in words.forms[:i]) and form.endswith("s") and \
        not form.endswith(("ss", "us", "is"))


def _person_before(words: Words, i: int, candidates: tuple[Entry, ...]) -> bool:
    """"an official said", "a senior official told reporters": a cue of a noun that also names a person, before a
    past form or a verb of saying, is the verb's subject, not the noun's modifier ("an official visit", "official
    estimates"); so is a name that ends in "'s" before "said" or "told" ("Moody's said", "Standard and Poor's
    told"), which no possessive comes before ("Interior's report", "Japan's added costs")."""
    form = words.forms[i]
    if words.forms[i - 1] in PERSON_CUES:
        return participle(form) or form in SAYS
    return form in SAID and words.forms[i - 1].endswith("'s") and words.capitalised(i - 1) and \
        any(entry.kind == "S" for entry in candidates)


def _after_date(words: Words, i: int, candidates: tuple[Entry, ...], times: frozenset[int] | set[int]) -> bool:
    """"Freedonia in 1990 signed the pact", "Acme on May 3 offered to sell its stake": a past form the lexicon lists
    only as a verb, right after a date a preposition opens, is the verb of the clause the date stands in, not a noun its
    figure modifies ("the 100-kg bomb", "its 2022 estimated costs")."""
    if i - 1 not in times or not participle(words.forms[i]) or not all(entry.verbal for entry in candidates):
        return False
    start = i - 1
    while start - 1 in times:
        start -= 1
    return start > 0 and words.forms[start - 1] in PREPOSITIONS


def _named_noun(words: Words, i: int, names: frozenset[int] | set[int]) -> bool:
    """"an OPEC meeting", "the U.S. attacks on", "Japan's EC visits": a word after a name that a determiner or
    a possessive opens reads as a noun, the name its modifier; not a past form, which is the name's verb ("the
    Commission proposed"), nor a word after a country's adjective, whose reading the parse settles ("repelled a
    Ruritanian attack": the attack is Ruritania's deed, not the verb's object)."""
    if participle(words.forms[i]) or words.capitalised(i):
        return False
    j = i - 1
    while j >= 0 and i - j <= NAME_REACH:
        form = words.forms[j]
        if j < i - 1 and (form in DETERMINERS or form.endswith("'s")):
            return country_of_adjective(words.surface[i - 1]) is None
        if j < i - 1 and j > 0 and words.forms[j - 1] in DETERMINERS and form.isalpha() and not participle(form):
            j -= 1  # "a draft Bank report", "the annual OPEC meeting": one plain modifier before the name
            continue
        if not (words.capitalised(j) or j in names or form == "." and j > 0 and len(words.forms[j - 1]) == 1 and
                words.capitalised(j - 1)):
            return False
        j -= 1
    return False


def _floating(words: Words, i: int) -> bool:
    """"each" before a verb's past form is no determiner but says of the doers before it that each did it
    ("they each offered"; "each offer" is a noun)."""
    return words.forms[i - 1] == "each" and participle(words.forms[i])


def concurs(words: Words, trigger: Trigger) -> bool:
    """"agreed that the dollar was too low", "agreed there should be cuts", "agreed and said": to agree with a
    view is to share it, not to reach an agreement ("agreed to buy", "agreed on a ceiling", "agreed with Gabon
    to reschedule")."""
    if trigger.entry.headline != "agree":
        return False
    j = trigger.last + 1
    if j >= len(words) or words.is_break(j) or words.forms[j] in CONCURRING or \
            tuple(words.forms[j:j + len(SHARED_NEED)]) == SHARED_NEED:
        return True
    for k in range(j + 1, min(len(words), j + CLAUSE_SUBJECT_WORDS + 1)):
        if words.forms[k] in BE or words.forms[k] in PERFECT or words.forms[k] in MODALS and words.forms[k] != "to":
            return words.forms[k - 1] not in PREPOSITIONS  # "agreed rain was needed": a clause without "that"
        if words.is_break(k) or words.forms[k] in PREPOSITIONS:
            return False
    return False


def shows(words: Words, trigger: Trigger) -> bool:
    """"the fall demonstrated that markets are linked", "demonstrated its resolve", "marching competitive
    moves": a verb of protest with an object or a clause shows or matches something; people who protest
    demonstrate or march, alone or "in", "through", "against" a place or a cause."""
    if trigger.entry.headline not in MARCHING or not trigger.verbal:
        return False
    return not _objectless(words, trigger.last + 1)


def _shows_published(words: Words, i: int) -> bool:
    """"prices rose 0.3 pct, Central Bureau of Statistics figures show", "the bank's latest bulletin showed that":
    "show" after a noun of published figures reports them, and their publisher speaks; "the index showed a
    decline" tells a figure, so "show" is no reporting verb of the lexicon."""
    if words.forms[i] not in SHOWN.slots[0].forms or i == 0:
        return False
    if words.forms[i - 1] in PUBLISHED:
        return True
    # "figures released today by the Bank of England show": their publisher named after a participle of putting out
    for j in range(i - 2, max(0, i - RELEASED_REACH), -1):
        if words.is_break(j):
            return False
        if words.forms[j] in RELEASED and words.forms[j - 1] in PUBLISHED:
            return "by" in words.forms[j + 1:i]
    return False


def _downs_tools(words: Words, trigger: Trigger, times: frozenset[int] | set[int] = frozenset()) -> bool:
    """"1,700 workers struck", "dockers struck on Monday", "the union struck at three plants": "struck" alone is
    a labour strike when a workforce right before it (`lexicon.staff`, or a union) takes no object after it;
    not "the quake struck the coast", "the missile struck", nor the passive "was struck by"."""
    if trigger.entry.kind != "F" or trigger.entry.code != "143" or words.forms[trigger.first] != STRUCK:
        return True
    subject = words.before(trigger.first, frozenset({"also", "again", "who"}))
    return 0 <= subject and words.forms[subject] in staff() | UNIONS and _objectless(words, trigger.last + 1, times)


def _objectless(words: Words, j: int, times: frozenset[int] | set[int] = frozenset()) -> bool:
    """Whether a verb ending before word `j` acts on nothing: the sentence or clause ends there, or a date, a
    preposition or an adverb ("today", "peacefully") follows it."""
    return j >= len(words) or words.is_break(j) or j in times or words.forms[j] in PREPOSITIONS or \
        words.forms[j] in AFTER_MARCHING or words.forms[j].endswith("ly")


def quoting(words: Words, trigger: Trigger) -> int | None:
    """The index of "quoted" when a reporting verb is the "as saying" of a quote ("the agency quoted him as
    saying", "Novak was quoted by the agency as saying"): a statement made, whose speaker is the one quoted."""
    i = trigger.first
    if trigger.entry.kind != "S" or i < 2 or words.forms[i - 1] != "as" or not words.forms[i].endswith("ing"):
        return None
    for j in range(i - 2, max(0, i - QUOTE_REACH) - 1, -1):
        if words.forms[j] in QUOTE_STOPS:
            return None
        if words.forms[j] in QUOTING:
            return j
    return None


def _realis(words: Words, trigger: Trigger) -> bool:
    i = trigger.first
    clause = words.clause[i]
    start = words.clause_starts[clause]
    before = [words.forms[j] for j in range(max(start, i - 3), i)]
    if any(words.forms[j] in UNMET for j in range(max(start, i - CONDITION_REACH), i)) or \
            _in_case(words, max(start, i - CONDITION_REACH), i) or _forgone(words, max(start, i - FORGONE_REACH), i):
        return False
    if trigger.nominal:
        if any(form in UNREAL for form in before):
            return False
        trigger.earlier = any(form in EARLIER for form in before)
        trigger.intended = _intended_through_light_verb(words, start, i)
        return True
    form = words.forms[i]
    if not participle(form) and trigger.last + 1 < len(words) and words.forms[trigger.last + 1] in SUBJECT_CUES:
        return False  # "demand will rise", "the offer is": a noun the lexicon also lists as a verb
    if _past_after_base(before, form):
        before = []
    decision = _decision(before[:-1]) if len(before) >= 2 and before[-1] == "to" else None
    decided = decision is not None
    intended = not decided and _intended(before)
    trigger.weighed = intended and _weighed(before)
    # a statement expected ("is expected to announce") is none made
    planned = not decided and not intended and trigger.entry.kind != "S" and scheduled(words, i, start)
    settled = decided or intended or planned or _compelled(words, i) or _used_to(words, i, start) or \
        charged(words, i, start) or _hearsay(words.forms[max(start, i - 5):i]) or quoting(words, trigger) is not None
    if before and not settled and (before[-1] in MODALS or before[-1] in PREPOSITIONS and form.endswith("ing")):
        return False
    if any(word in NEGATIONS or word in MODALS and not settled for word in before[-3:]):
        return False
    if before and (before[-1] in DETERMINERS and not _floating(words, i) or
                   before[-1] in PERFECT and not participle(form) and form not in BASE_PARTICIPLES) or \
            _qualifies(words, i, before):
        return False
    if form.endswith("ing") and not settled and not (i == start or _ongoing(before)) and not _issued(words, i):
        return False
    if before and not settled and (before[-1] in PREPOSITIONS or len(before) > 1 and before[-2] in PREPOSITIONS
                                   and form.endswith("s")) and not words.capitalised(i):
        return False
    trigger.intended, trigger.decided, trigger.planned = intended, decided, planned
    trigger.decision = DECISION_VERBS.get(decision or "")
    past = participle(form)
    if words.quoted[i] and not past:
        return False
    # what a reporting verb reports may hold its own "by" ("said they were encouraged by the outcome"), and so
    # may the object noun a phrase reaches across words ("denied charges by the union": the union charged)
    if trigger.entry.kind == "S":
        agent = words.forms[trigger.last + 1:trigger.last + 2] == ["by"]
    else:
        agent = not trigger.entry.slots[-1].gap and _followed_by(words, trigger.last, "by")
    trigger.passive = past and (bool(before) and before[-1] in BE or agent
                                or i == start and _followed_by_preposition(words, trigger.last))
    return True


def _ongoing(before: list[str]) -> bool:
    """"is visiting", "is today visiting", "are now negotiating": an -ing verb a "be" makes a deed going on."""
    return bool(before) and (before[-1] in BE or len(before) > 1 and before[-1] in ONGOING_ADVERBS and
                             before[-2] in BE)


def scheduled(words: Words, i: int, start: int) -> bool:
    """"Acme is expected to accept the terms", "the ministers are due to meet on Monday", "the accord is to be
    signed next week", "is widely expected to resign": a deed that others expect of its doer or that a schedule
    sets is planned, whoever tells it. Not "Acme expected to sign" (its own hope, an intent), "the aim is to sell
    the unit" (a purpose), "was to sign" (a plan that may not have come about) nor "is to blame" (who is at
    fault)."""
    forms = words.forms
    j = i - 1
    if j > start and forms[j] == "be" and participle(forms[i]):
        j -= 1  # "is to be signed"
    elif not _base(forms[i]):
        return False
    if j <= start or forms[j] != "to" or forms[i] == "blame":
        return False
    k = j - 1
    if forms[k] in SCHEDULING:
        k -= 1
        if k > start and (forms[k] in SCHEDULE_ADVERBS or forms[k].endswith("ly")):
            k -= 1
        return k >= start and forms[k] in PRESENT_BE | {"was", "were"}  # "was expected to sign on Monday"
    return forms[k] in PRESENT_BE and k > start and not any(
        form in PURPOSES for form in forms[max(start, k - PURPOSE_REACH):k])


def _base(form: str) -> bool:
    """A verb's base form, as after "to": not a past, an -ing form or a third person ("discuss" is one)."""
    return not participle(form) and not form.endswith("ing") and (not form.endswith("s") or form.endswith("ss"))


def _issued(words: Words, i: int) -> bool:
    """"issued a statement denying the charge", "adopted a statement urging a vote": a participle right after
    the noun of a text put out says what the text does, which its author did by putting it out."""
    return i > 0 and words.forms[i - 1] in ISSUED_TEXTS


def _qualifies(words: Words, i: int, before: list[str]) -> bool:
    """"the newly elected president", "its previously announced plan": a verb form after a determiner and an
    adverb qualifies a noun."""
    return len(before) > 1 and before[-1] in QUALIFYING_ADVERBS and not words.capitalised(i - 1) and (
        before[-2] in DETERMINERS or before[-2].endswith("'s"))


def _hearsay(before: list[str]) -> bool:
    """"was said to have attacked", "is reported to be holding": a happening only said of its doer, which the
    parse marks as attributed."""
    if before[-1:] == ["to"]:
        before = before[:-1]
    elif before[-2:] == ["to", "have"]:
        before = before[:-2]
    else:
        return False
    return len(before) >= 2 and before[-1] in HEARSAY_PARTICIPLES and before[-2] in BE


def charged(words: Words, i: int, start: int) -> bool:
    """"accused Freedonia of attacking", "blamed for shelling": the deed an accusation
    charges, which the parse marks as attributed to the accuser."""
    if i < 2 or not words.forms[i].endswith("ing") or words.forms[i - 1] not in WORD_CHARGE_CASES:
        return False
    return any(words.forms[j] in accusing_forms() for j in range(max(start, i - 1 - CHARGE_REACH), i - 1))


@lru_cache(maxsize=1)
def accusing_forms() -> frozenset[str]:
    return frozenset(form for lemma in WORD_ACCUSING for form in verb_forms(lemma))


def _followed_by_preposition(words: Words, last: int) -> bool:
    """"“...” signed between the two countries": a participle opening a clause, then a preposition."""
    return last + 1 < len(words) and words.forms[last + 1] in PREPOSITIONS


def _past_after_base(before: list[str], form: str) -> bool:
    """"would sue and threatened", "did not resign and fled": a past form joined to a verb that is no past form
    shares none of that verb's modal, future or negation; a participle after one would ("was not arrested and
    charged")."""
    return len(before) >= 2 and before[-1] == "and" and participle(form) and not participle(before[-2]) and \
        before[-2] not in MODALS and before[-2] not in NEGATIONS


def _intended(before: list[str]) -> bool:
    """"would meet", "will probably be signed", "ready to impose": a future or a will stands right before the
    verb, with at most an adverb or "be" between."""
    if len(before) >= 2 and before[-1] == "to" and before[-2] in INTENT or _weighed(before):
        return True
    for back, word in enumerate(reversed(before)):
        if word in FUTURE:
            return True
        if word in DETERMINERS or word in PREPOSITIONS or word in MODALS or word in NEGATIONS or back >= 2:
            return False
    return False


def _weighed(before: list[str]) -> bool:
    """"interested in discussing a deal", "considering imposing tariffs": an action weighed, not decided."""
    return len(before) >= 2 and before[-2:] == ["interested", "in"] or bool(before) and before[-1] in WEIGHING


def _intended_through_light_verb(words: Words, start: int, i: int) -> bool:
    """"would make a formal request for talks", "ready to hold talks": the noun is what the light verb before it
    will bring about."""
    for j in range(i - 1, max(start, i - LIGHT_REACH) - 1, -1):
        if words.forms[j] in LIGHT_BASES:
            return _intended([words.forms[k] for k in range(max(start, j - 3), j)])
        if words.is_break(j):
            return False
    return False


def _compelled(words: Words, i: int) -> bool:
    """"had to resign", "has had to suspend payments", "was forced to close the plant": a deed its doer could
    not avoid, done; not one it would have had to do ("would have had to resign"), nor what a speaker says
    someone had to do, which reports a "must"."""
    forms = words.forms
    if i < 2 or forms[i - 1] != "to":
        return False
    if forms[i - 2] == "had":
        return not (i >= 4 and forms[i - 3] == "have" and forms[i - 4] in FUTURE) and \
            not any(form in SAYING for form in forms[:i - 2])  # "said Acme had to act": what it must do
    return forms[i - 2] in COMPELLED and i >= 3 and forms[i - 3] in ("was", "were")


def _used_to(words: Words, i: int, start: int) -> bool:
    """"used mortars to shell the depot", "used tear gas to disperse the crowd": what a doer used a means
    for, in the past, it did; not what it would have used them for ("would have used troops to end it")."""
    if i < 3 or words.forms[i - 1] != "to":
        return False
    used = next((j for j in range(i - 3, max(start, i - USED_REACH) - 1, -1) if words.forms[j] == "used"), None)
    return used is not None and used > 0 and words.forms[used - 1] not in _AUXILIARY_OR_NOT and \
        not any(words.is_break(j) for j in range(used, i))


def _decision(before: list[str]) -> str | None:
    """"decided to impose", "voted unanimously to ban", "announced plans to slap": a decision taken is the
    happening. The word that tells it ("decided", "plans"), or None."""
    if before[-1].endswith("ly") and len(before) > 1:
        before = before[:-1]  # an adverb of manner: "voted unanimously to"
    if before[-1] in DECISIONS or before[-1] in ("plans", "plan") and len(before) > 1 and participle(before[-2]):
        return before[-1]
    return None


def participle(form: str) -> bool:
    """A past form: "-ed", "-en" or one of the irregular ones ("has won a contract", "had begun proceedings")."""
    return form.endswith(("ed", "en")) or form in PAST_IRREGULAR


def _in_case(words: Words, start: int, i: int) -> bool:
    """"in case" and "in the event (of/that)" open a condition like "if"."""
    forms = words.forms
    for j in range(start, i - 1):
        if forms[j] == "in" and (forms[j + 1] == "case" or forms[j + 1] == "the" and j + 2 < i
                                 and forms[j + 2] == "event"):
            return True
    return False


def _forgone(words: Words, start: int, i: int) -> bool:
    """"rather than calling a meeting", "instead of a strike", "nothing short of a rate increase": what a phrase
    of passing over ends right before was not done."""
    forms = words.forms
    return any(tuple(forms[j + 1 - len(phrase):j + 1]) == phrase for j in range(start, i) for phrase in FORGONE
               if j + 1 >= len(phrase))


def _followed_by(words: Words, last: int, form: str) -> bool:
    return any(words.forms[j] == form for j in range(last + 1, min(last + 5, len(words))))

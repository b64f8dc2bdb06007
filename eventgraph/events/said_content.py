"""What a comment's said clause tells that is no statement of the speaker's own: a deed done, a figure, a trend, a
happening set for a day to come, the terms of a deal, a report's names, or that nothing is known.

A comment that only reports a deed done ("said its forces captured the town"), gives a figure ("said six ships
were idle"), names what a report makes known ("reported a net loss"), tells a happening set for a day to come
("said the offer will expire on April 15"), gives the terms of a deal ("said the sale is subject to approval")
or says that nothing is known ("had no comment") is no statement of the speaker's own: annotators of news events
count the deed, not its telling.
"""

from __future__ import annotations

from . import triggers
from .lexicon import PARTICIPLE_FORMS, PAST_IRREGULAR, entries_by_first_word, forms_of
from .reported_clause import (
    CHAIN, CONDITIONS, CONTENT_REACH, MAX_SAID_WORDS, MEASURES, PERFECT, PRESENT, SELF, SKIPPED_ADVERBS,
    fronted_clause, number, opening_words, past_form, past_adverbs, finite_verb, reporting, said_clause
)
from .said_by import commentator
from .said_objects import NONCOMMITTAL, NOT_DEEDS
from .statements import POSSESSIVES
from .text import COORDINATORS, SUBORDINATORS, Words, holds_phrase


PAST_BE = frozenset({"was", "were"})
FINITE_BE = frozenset({"is", "are", "was", "were"})
RELATIVE_REACH = 9  # words from a participle to the verb of the clause its noun opens: "crude delivered to the
# Soviet Union might double"
PAST_DAY_OPENERS = frozenset({"last", "earlier", "yesterday"})  # a date right after a participle: "pledges made last
# year in Rome must be kept"
FINITE_MODALS = triggers.MODALS - {"to"} | {"cannot"}  # "cannot" is written as one word
STATES = frozenset({"involved", "concerned", "pleased", "disappointed", "surprised", "encouraged", "confined",
                    "required", "interested", "prepared", "determined", "committed", "based", "designed",
                    "scheduled", "convinced", "satisfied", "opposed", "related", "unrelated", "limited",
                    "located", "considered", "valued", "listed", "supposed", "used", "allowed", "entitled",
                    "alarmed", "set", "divided", "united", "linked", "tied",
                    "bound", "subjected", "exposed", "focused", "aimed", "dedicated", "owed",
                    "controlled", "backed", "ranked", "rated", "priced", "unchanged", "undecided",
                    "unconvinced", "engaged", "shocked", "dismayed", "angered", "delighted", "impressed",
                    "troubled", "puzzled", "saddened", "outraged", "relieved", "amazed", "astonished", "stunned",
                    "frustrated", "annoyed", "embarrassed", "offended", "excited", "discouraged"})  # participles
# that after "was" tell a state, not a deed done to someone: "were involved", "was confined to one plant"
MAKING_KNOWN = frozenset({"report", "publish", "disclose", "confirm"})  # verbs whose
# object may be the happening made known ("reported heavy fighting") as well as a clause
ADDING = forms_of(frozenset({"add"}))  # a reporting verb before a clause or a quote ("added that prices
# would rise"), a deed before a sum ("added three mln dlrs to its reserves")
SUM_HEDGES = frozenset({("more", "than"), ("less", "than"), ("up", "to"), ("at", "least"), ("a", "further")})
SUM_OPENERS = triggers.APPROXIMATORS | {"another"}  # words before an added sum that make it a guess or a second one:
# "adding about 20 pct", "added another 5 mln dlrs"
FIGURE_REACH = 4  # words after "was" or "had" that may give the figure: "were nearer 17 to 20 mln"


def tells_deed(words: Words, trigger: triggers.Trigger, said: str) -> bool:
    """Whether what was said is a deed done, told in the past tense by the reported clause's verb ("said its
    forces had captured the town", "said it sold its stake", "said the order was issued"): the deed is the
    happening and the saying only reports it, as annotators of news events count them. A clause that is
    negated, looks ahead, tells a state ("was routine", "had 15,000 casualties") or a thought or a saying
    ("had been told", "feared more strikes") is what the speaker says, not a deed done."""
    clause = said_clause(words, trigger, said) or fronted_clause(words, trigger)
    if clause is None:
        return False
    forms, k = words.forms, clause[1]
    passive, perfect = False, forms[k] in PERFECT
    if perfect or forms[k] in PAST_BE:
        passive = forms[k] in PAST_BE
        k = past_adverbs(forms, k + 1)
        if k < len(forms) and forms[k] == "been":
            passive, k = True, past_adverbs(forms, k + 1)
    if k >= len(forms) or any(form in triggers.NEGATIONS or form.endswith("n't") for form in forms[clause[0]:k]):
        return False  # "had not signed", "hasn't bought": a deed not done
    form = forms[k]
    past = past_form(form) or perfect and form in PARTICIPLE_FORMS  # "had overrun", "have run"
    modifier = forms[k - 1] in triggers.DETERMINERS or forms[k - 1] in triggers.PREPOSITIONS or \
        forms[k - 1] in SELF and k - 1 > clause[0] or not passive and forms[k + 1:k + 2] == ["by"]  # "the
    # sophisticated technology", "from increased exports", "the price he calculated", "the statement quoted
    # by the agency": an adjective or a relative clause, not the reported clause's verb
    return past and not modifier and form not in NOT_DEEDS and not reporting(form) and \
        not (passive and form in STATES) and not (not passive and _reduced_relative(words, k)) and \
        not (not passive and _moves(words, range(clause[0], clause[1]), k))


def _reduced_relative(words: Words, k: int) -> bool:
    """"said the amount of crude delivered to the Soviet Union might double", '"Pledges made last year in Rome must
    be kept," he said': a participle that a preposition or a past date follows, with a finite verb further on in
    the same clause, modifies the noun before it; that verb is the clause's."""
    forms = words.forms
    if k + 1 >= len(forms) or forms[k + 1] not in triggers.PREPOSITIONS and forms[k + 1] not in PAST_DAY_OPENERS:
        return False
    for j in range(k + 2, min(len(forms), k + RELATIVE_REACH)):
        if words.is_break(j) or forms[j] in SUBORDINATORS or forms[j] in COORDINATORS:
            return False
        if forms[j] in FINITE_MODALS or forms[j] in FINITE_BE:
            return True
    return False


def tells_figure(words: Words, trigger: triggers.Trigger, said: str) -> bool:
    """Whether what was said is a figure, a count that a state is measured by ("said six ships were idle",
    "said the Iranians had 15,000 casualties", "said losses were nearer 20 mln"): a toll or a figure is told
    of a happening, or is no happening; it is not the speaker's statement. "Had" or "has" before a participle
    tells a deed done with its figure ("said it has received 669,000 dlrs in orders"), which `tells_deed` reads."""
    clause = said_clause(words, trigger, said) or fronted_clause(words, trigger)
    if clause is None or words.forms[clause[1]] not in triggers.BE | PERFECT or \
            words.forms[clause[1] + 1:clause[1] + 2] and words.forms[clause[1] + 1].endswith("ing"):
        return False  # "is withdrawing the 10 mln dlr subsidy": a deed going on
    first, verb = clause
    done = past_adverbs(words.forms, verb + 1)
    if words.forms[verb] in PERFECT and done < len(words) and words.forms[done] != "been" and \
            past_form(words.forms[done]):
        return False
    return any(number(words, j) for j in [*range(first, verb), *range(verb + 1, verb + 1 + FIGURE_REACH)])


CHANGES = frozenset({"increases", "decreases", "declines", "rises", "falls"})  # "price increases will slow"
MOVES = frozenset({"rise", "rises", "rose", "risen", "fall", "falls", "fell", "fallen", "increase", "increases",
                   "increased", "decrease", "decreases", "decreased", "decline", "declines", "declined", "drop",
                   "drops", "dropped", "climb", "climbed", "gain", "gained", "grow", "grows", "grew", "grown",
                   "jump", "jumped", "slip", "slipped", "ease", "eased", "near", "reach", "reached", "total",
                   "totalled", "totaled", "exceed", "exceeded", "top", "topped", "surge", "surged", "plunge",
                   "plunged", "soar", "soared", "narrow", "narrowed", "widen", "widened", "double", "doubled",
                   "average", "averaged", "amount", "amounted", "slow", "slowed"})  # how a measure moves
LEVELS = frozenset({"up", "down", "higher", "lower", "flat", "unchanged", "steady", "stable"})  # after "be"
OWN_PRICES = frozenset({"its", "their", "our"})  # before "prices": the prices the speaker sets
TREND_REACH = 4  # auxiliaries and adverbs between a measure's clause verb and the word of its movement
# what a figure measures: "rose 0.2 pct", "fell 1.08 billion dlrs" (not `parse_words.UNITS`, a company's parts)
MEASURES_OF_FIGURES = triggers.AMOUNT_WORDS | frozenset({"points", "point", "cents", "pence", "bushels", "units"})
EXPECTING = frozenset({"expect", "expects", "expected", "forecast", "forecasts", "projects", "projected"})
FORECAST_REACH = 8  # words after a verb of expecting that may name the measure foreseen


def tells_trend(words: Words, trigger: triggers.Trigger, said: str, own: frozenset[int] = frozenset(),
                body: bool = False) -> bool:
    """Whether what was said is how a measure of results or of an economy moved or will move, as those who only
    watch it tell it ("analysts said third quarter profit was up", "said the surplus will near 10 billion dlrs",
    "said the index rose 0.2 pct", "said Acme expects losses this year"): a result or a statistic another reports
    or foresees is no happening and no statement a timeline of the story lists. A measure moved by someone
    ("margins will be increased") or the speaker's own prices ("said its prices would rise") is a deed or a
    decision, not a trend; a verb of moving with a figure right after it ("fell 1.08 billion dlrs") tells a
    measure whatever its subject names, as no one's deed is told so ("raised its stake to 15 pct" has an object
    first). A body's own figures and forecasts (`_published`) are the news of business stories: "Acme said it
    expects sales to climb", "the central bank said money supply rose 0.5 pct"."""
    clause = said_clause(words, trigger, said) or fronted_clause(words, trigger)
    if clause is None:
        return False
    first, verb = clause
    forms = words.forms
    subject = range(first, verb)
    if any(forms[j] in OWN_PRICES and "prices" in forms[j + 1:verb] for j in subject):
        return False
    k = verb
    while k < min(len(forms), verb + TREND_REACH) and (forms[k] in CHAIN or forms[k] in PRESENT or
                                                       forms[k] in SKIPPED_ADVERBS):
        k += 1
    if k >= len(forms):
        return False
    if forms[k - 1] in triggers.BE:
        return _measured(forms, subject) and forms[k] in LEVELS and not _published(words, trigger, subject, own, body)
    if forms[k] in EXPECTING:
        return _foreseen_measure(words, k + 1) and not _published(words, trigger, [*subject, k + 1], own, body)
    return _moves(words, subject, k) and not _published(words, trigger, subject, own, body)


def _measured(forms: list[str], subject: range) -> bool:
    return any(forms[j] in MEASURES or forms[j] in CHANGES for j in subject)


def _moves(words: Words, subject: range, k: int) -> bool:
    """Whether the verb at `k` tells how a measure moved ("profit fell", "the index rose 0.2 pct"): a trend, which
    no one did, though told in the past tense as a deed is."""
    return words.forms[k] in MOVES and (_measured(words.forms, subject) or _figure_after(words, k + 1))


def _published(words: Words, trigger: triggers.Trigger, subject: list[int] | range, own: frozenset[int],
               body: bool) -> bool:
    """Whether the measure is the speaker's own to tell, not a commentator's reading of another's: a body speaks
    (`body`: a company reporting its results, a central bank or a statistics office its figures), or the
    clause's subject is the speaker, by a pronoun, a possessive or its name (`own`, the indices of the words
    naming it), or a party that foresees its own ("Jan Novak said he expects profits to rise", "Acme's chairman
    said its sales fell", "said Acme expects its sales to climb": `subject` then holds the word after "expects")."""
    if commentator(words, trigger):
        return False
    return body or any(words.forms[j] in SELF or words.forms[j] in POSSESSIVES or j in own for j in subject)


def _figure_after(words: Words, k: int) -> bool:
    """"rose 0.2 pct", "fell by 1.08 billion dlrs", "climbed to 5 mln": a figure with its unit right after a verb
    of moving (past "by" or "to")."""
    forms = words.forms
    if k < len(forms) and forms[k] in ("by", "to"):
        k += 1
    return number(words, k) and forms[k + 1:k + 2] != [] and forms[k + 1] in MEASURES_OF_FIGURES


def _foreseen_measure(words: Words, k: int) -> bool:
    """"expects to incur substantial losses", "expected a pickup in industrial production", "expects exports to
    double": a measure of results or of an economy that a verb of expecting takes, or that its infinitive
    takes, before the clause breaks; not "expects to be profitable" nor "expected the bank to cut its costs",
    where what is foreseen is a deed or a state."""
    if words.forms[k:k + 1] == ["to"]:
        k += 2
    end = min(len(words), k + FORECAST_REACH)
    for j in range(k, end):
        if words.is_break(j) or words.forms[j] in SUBORDINATORS or words.forms[j] == "to":
            return False
        if words.forms[j] in MEASURES:
            return True
    return False


FIGURE_NOUNS = frozenset({"figures", "figure", "data", "statistics", "numbers"})  # what a report of measures holds


def of_figures(words: Words, trigger: triggers.Trigger, said: str) -> bool:
    """Whether the reported clause's subject names figures ("said the figures excluded sales", "said the March
    data was affected by"): what they hold or leave out is no deed of anyone's."""
    clause = said_clause(words, trigger, said) or fronted_clause(words, trigger)
    return clause is not None and any(form in FIGURE_NOUNS for form in words.forms[clause[0]:clause[1]])


CLAUSE_PREPOSITIONS = frozenset({"after", "before", "since", "until"})  # prepositions that also open a clause


def misread(words: Words, trigger: triggers.Trigger, said: str) -> bool:
    """Whether the clause read as the reported one is not: it opens with its verb, whose subject is the relative
    pronoun before the reporting verb ("a reform which Jan Novak said was designed to curb costs"), or it opens
    with a phrase of time whose own clause holds the verb read ("For two years after the unrest began in 1981,
    output held up, he said"). What such a clause tells is no deed a statement could stand for."""
    clause = said_clause(words, trigger, said) or fronted_clause(words, trigger)
    if clause is None:
        return False
    first, verb = clause
    forms = words.forms
    return finite_verb(words, first) or forms[first] in triggers.PREPOSITIONS and any(
        form in CLAUSE_PREPOSITIONS for form in forms[first + 1:verb])


SAYING = frozenset({"01", "02", "10", "11", "12", "13"})  # CAMEO roots of things said, not done
LOOKING_AHEAD = frozenset({"will", "would", "'ll", "shall", "should"})  # not "could", "may": what might be
ARRANGED = frozenset({"scheduled", "due", "set"})  # after "is": "is scheduled for delivery", "is due to start"
EXPECTED = frozenset({"expected", "planned", "slated"})  # after "is", before "to": what comes then tells
SCHEDULED = frozenset({"begin", "start", "commence", "end", "expire", "close", "open", "resume", "take", "go",
                       "run", "mature", "trade"})  # what is set for a day: "the offer will expire on
# April 15", "trading will begin March 23"; not before "to" ("will begin to expand": an outcome foreseen)


def tells_plan(words: Words, trigger: triggers.Trigger, said: str, ahead: set[int]) -> bool:
    """Whether what was said is a happening to come, on a day of its own (`ahead`: the indices of the words of
    time expressions after the day of the statement): "said the simulator is scheduled for delivery in late
    1989", "said the sale is expected to be completed in May", "said the offer will expire on April 15". The
    planned happening is what the text tells, and the saying is a mention of it, as "the government said it
    would sign on Tuesday" is. A forecast ("said growth will be flat next year", "said costs will depress
    earnings in the first half", "said prices could rise in May", "the level will be reached this year only if
    output is cut") is the speaker's own statement."""
    clause = said_clause(words, trigger, said, opening_words(said)) or fronted_clause(words, trigger)
    if clause is None:
        return False
    first, verb = clause
    forms = words.forms
    if forms[verb] in PRESENT and forms[verb + 1:verb + 2] and forms[verb + 1] in ARRANGED:
        arranged = True
    elif forms[verb] in PRESENT and forms[verb + 1:verb + 2] and forms[verb + 1] in EXPECTED and \
            forms[verb + 2:verb + 3] == ["to"]:
        arranged = _planned_deed(forms, verb + 3)
    else:
        arranged = forms[verb] in LOOKING_AHEAD and _planned_deed(forms, verb + 1)
    if not arranged or first < verb and all(j in ahead for j in range(first, verb)):
        return False  # "said the first quarter will be hurt by writedowns": a time that is the clause's subject is
        # what a forecast is of, not the day a deed is set for
    last = trigger.first if first < trigger.first else len(words)
    end = min(last, next((j for j in range(verb + 1, last) if words.is_break(j) or forms[j] in SUBORDINATORS),
                         last))
    reach = range(first, end)
    return any(j in ahead for j in reach) and not any(number(words, j) for j in reach if j not in ahead) and \
        not any(form in CONDITIONS for form in forms[first:last])


def _planned_deed(forms: list[str], k: int) -> bool:
    """"be completed", "begin trading", "sign a letter of intent": what follows a word of the future is a deed
    done, not an outcome or a state foreseen ("have no impact", "be flat", "begin to expand")."""
    k = past_adverbs(forms, k)
    if k >= len(forms):
        return False
    if forms[k] == "be":
        after = past_adverbs(forms, k + 1)
        form = forms[after] if after < len(forms) else ""
        return (form in PAST_IRREGULAR or len(form) > 4 and form.endswith("ed") and "-" not in form) and \
            form not in STATES  # "would be unchanged": a state foreseen
    if forms[k + 1:k + 2] == ["to"]:
        return False
    return forms[k] in SCHEDULED or any(entry.kind == "V" and len(entry.slots) == 1 and entry.code[:2] not in SAYING
                                        for entry in entries_by_first_word().get(forms[k], ()))


TERMS = tuple(tuple(phrase.split()) for phrase in (
    "include", "includes", "included", "does not include", "do not include", "did not include", "excludes",
    "subject to", "conditioned on", "conditioned upon", "conditional on", "conditional upon", "contingent on",
    "contingent upon", "provides for", "provide for", "provided for", "provides that", "consists of",
    "consist of", "act as", "acts as", "used to", "used for", "calls for", "call for"))  # what a deal, a plan or a body is made of, who


# serves in it and what it serves: "Drexel will act as underwriter", "proceeds will be used to repay debt"


def tells_terms(words: Words, trigger: triggers.Trigger, said: str) -> bool:
    """Whether what was said is what something is made of, hangs on, or serves ("said the sale does not include
    the wine unit", "said conditions to the offer include financing", "said the tender offer is subject to
    several conditions", "said Drexel will act as underwriter"): the terms of a happening are its mention, the
    makeup of a thing no happening; neither is a statement of the speaker's own."""
    opening = opening_words(said)
    first = next((j for j in range(trigger.last + 1, min(len(words), trigger.last + 1 + CONTENT_REACH))
                  if words.forms[j:j + len(opening)] == opening), None)
    if first is None:
        fronted = fronted_clause(words, trigger)
        first = fronted[0] if fronted is not None else None
    if first is None or words.forms[first] in SELF:
        return False
    for j in range(first + 1, min(len(words), first + MAX_SAID_WORDS)):
        if words.is_break(j) or words.forms[j] in SUBORDINATORS:
            return False
        k = j
        while k < len(words) and (words.forms[k] in triggers.BE or words.forms[k] in LOOKING_AHEAD):
            k += 1  # "is subject to", "will act as", "will be used to"
        start = k
        while start > first and (words.forms[start - 1] in triggers.BE or words.forms[start - 1] in LOOKING_AHEAD):
            start -= 1
        skipped = set(words.forms[start:k])  # the auxiliaries before the phrase, wherever the search began
        for phrase in TERMS:
            if tuple(words.forms[k:k + len(phrase)]) != phrase:
                continue
            if phrase[0] == "used" and not (skipped & LOOKING_AHEAD and "be" in skipped):
                continue  # "got used to", "were being used to launch attacks": no use a deal's money is put to
            if phrase[0].startswith("includ") and skipped & triggers.BE:
                continue  # "will be included in the index": a deed done to it
            return True
        if finite_verb(words, j) and words.forms[j] not in triggers.BE and words.forms[j] not in LOOKING_AHEAD:
            return False  # the clause's own verb came first: "said the board approved a plan that includes"
    return False


def names_only(words: Words, trigger: triggers.Trigger, said: str) -> bool:
    """Whether a verb of making known, or "add", has a noun phrase for its object, no clause ("reported heavy
    fighting", "announced a net loss of 3 mln dlrs"): what is made known is the happening or the figure it names,
    what is added a deed."""
    return (trigger.entry.headline in MAKING_KNOWN or _adds(words, trigger)) and \
        said.split()[0].lower() not in ("that", "on", "in") and said_clause(words, trigger, said) is None


def _adds(words: Words, trigger: triggers.Trigger) -> bool:
    """Whether the trigger is "add" with a sum or "to" right after it ("added 40 mln dlrs to its reserves", "adding
    more than 60 pct to their value", "adding to its gains"): what is added or raised, not what is said, which a
    clause, fronted or not, tells ("he added an accord could help", "prices rose, he added")."""
    k = trigger.last + 1
    if words.forms[trigger.first] not in ADDING or k >= len(words):
        return False
    if words.forms[k] == "to":
        return True
    k += 2 if tuple(words.forms[k:k + 2]) in SUM_HEDGES else 1 if words.forms[k] in SUM_OPENERS else 0
    return number(words, k)


def says_nothing(words: Words, trigger: triggers.Trigger) -> bool:
    """Whether the reported clause only says that nothing is said or known ("said it had no comment", "said it
    could not confirm the report", "said it was not immediately known how many died"): no statement."""
    end = next((j for j in range(trigger.last + 1, len(words)) if words.is_break(j) or words.forms[j] == "but"),
               len(words))
    forms = words.forms[trigger.last + 1:end]
    return holds_phrase(forms, NONCOMMITTAL)

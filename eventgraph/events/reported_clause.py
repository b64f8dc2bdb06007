"""The clause a reporting verb reports ("said the plant was closed"): where it starts and ends, its verb, its
whole text for a title, the tense words that tell a deed done from one to come, and the CAMEO codes of statements.
"""

from __future__ import annotations

from . import happenings, phrases, triggers
from .agreements import CONDITIONS
from .lexicon import PAST_IRREGULAR, saying
from .text import COORDINATORS, QUOTES, RELATIVES, SUBORDINATORS, Words, read


PERFECT = frozenset({"has", "have", "had"})
PRESENT = frozenset({"is", "are", "am", "be", "do", "does", "remains", "remain", "need", "needs"})
SKIPPED_ADVERBS = frozenset({"not", "also", "still", "already", "just", "now", "then", "since", "recently",
                             "previously", "earlier", "finally", "successfully", "reportedly", "allegedly"})
COUNTED = happenings.COUNTS - {"some", "several", "many", "all"}  # a count, not a guess: "six ships"
ASIDE_WORDS = 20  # words of an aside set off inside a reported clause's subject, marks included
# an aside's opening and closing mark; not brackets, which mostly hold a name's abbreviation ("the Grain Board (RGB)
# has"), shown with the name
_ASIDE_MARKS = {",": ",", "-": "-", "--": "--", "—": "—", "–": "–"}
CONTENT_REACH = 10  # words from a reporting verb to the first word of what was said
MAX_SAID_WORDS = 14  # words from the reported clause's first word to its verb
MAX_TITLED_WORDS = 24  # the same for a title, to an auxiliary: it shows a long subject by its head ("the rate ... was")
MAX_SUBJECT_WORDS = 6  # words of the reported clause's subject a title shows whole
VERB_TAIL = 4  # words a title shows after the reported clause's verb
OPENING_PREPOSITIONS = frozenset({"as", "along", "apart", "due", "because", "excluding", "including", "according",
                                  "given"})  # words that open a prepositional phrase besides the prepositions
OPENER_REACH = 8  # words of a phrase opening a reported clause before its comma ("Over the next two to three years,")
ONLY_VERBS = frozenset({"expects", "believes", "intends"})  # present forms no noun shares: "said Acme expects
# losses"; "plans", "hopes" and "forecasts" are nouns as often
CHAIN = triggers.FUTURE | triggers.BE | PERFECT | triggers.NEGATIONS | {
    "to", "do", "did", "does", "also", "still", "already", "now", "again", "then", "yet"}  # "would probably not"


MEASURES = frozenset({"profit", "profits", "earnings", "revenue", "revenues", "sales", "income", "loss", "losses",
                      "surplus", "deficit", "output", "production", "exports", "imports", "orders", "prices",
                      "inflation", "growth", "reserves", "shipments", "turnover", "unemployment", "spending",
                      "consumption", "demand", "volume", "stocks", "inventories", "yields", "margins", "costs"})
# what a company's results and a country's statistics measure
SELF = frozenset({"it", "he", "she", "they", "we", "i"})  # the speaker, as its own statement names it
THREAT, CRITICISM, APPEAL, INTENT, COMMENT, CONSIDER, REJECTION = "130", "111", "020", "030", "010", "014", "120"
ENDORSEMENT = "051"


def reporting(trigger: str) -> bool:
    """Whether a trigger's words are a reporting verb's ("said", "told", "warned that")."""
    return saying(trigger)


def past_form(form: str) -> bool:
    """Whether a verb form is a past tense or participle ("sold", "filed"; not "red" or "need")."""
    return form in PAST_IRREGULAR or len(form) > 4 and form.endswith("ed")


def number(words: Words, j: int) -> bool:
    """A count, not a number that names ("the two sides", "the 1958 treaty", "a satisfactory 1986")."""
    form = words.forms[j] if j < len(words) else ""
    year = form.isdigit() and len(form) == 4 and form[:2] in ("19", "20")
    return (form[:1].isdigit() and not year or form in COUNTED) and not (  # "said that seven people were"
        j > 0 and words.forms[j - 1] in triggers.DETERMINERS and words.forms[j - 1] != "that")


def past_adverbs(forms: list[str], k: int) -> int:
    while k < len(forms) and (forms[k] in phrases.ADVERBS or forms[k] in SKIPPED_ADVERBS or
                              forms[k].endswith("ly")):
        k += 1
    return k


def opening_words(said: str) -> list[str]:
    """The first two words of what was said, cut as the sentence's words are ("the U.S. Food and Drug
    Administration" opens with "the", "u")."""
    return read(said, 0).forms[:2]


def said_clause(words: Words, trigger: triggers.Trigger, said: str, opening: list[str] | None = None,
                 opened: bool = False) -> tuple[int, int] | None:
    """The first word and the finite verb of the reported clause `said` opens after the reporting verb, or that
    `opening`, its first words as the sentence's words are cut, opens; when `opened` (for a title), past a phrase
    that opens it before a comma (`past_opener`), then also before the verb, and reaching further for the verb."""
    opening = opening or said.lower().split()[:2]
    first = next((j for j in range(trigger.last + 1, min(len(words), trigger.last + 1 + CONTENT_REACH))
                  if words.forms[j:j + len(opening)] == opening), None)
    if first is None and opened:
        first = next((j for j in range(trigger.first) if words.forms[j:j + len(opening)] == opening and (
                      words.clause[past_opener(words, j)] not in (words.clause[j], words.clause[trigger.first]) or
                      j == _opening(words) and 0 < set_off(words, j).stop < trigger.first)),
                     None)  # '"As a result, prices will rise," he said', "A new loan, the bank's third, will cost
        # more, dealers said"
    if first is None:
        return None
    if opened:
        first = past_opener(words, first)
    aside = set_off(words, first) if opened else _relative_aside(words, first)
    reach = MAX_SAID_WORDS + len(aside)
    verb = next((j for j in range(first + 1, min(len(words), first + reach))
                 if j not in aside and finite_verb(words, j)), None)
    if verb is None and opened:  # further on, only an auxiliary is surely the clause's verb
        verb = next((j for j in range(first + MAX_SAID_WORDS, min(len(words), first + MAX_TITLED_WORDS))
                     if _auxiliary(words, j)), None)
    if verb is None or any(j not in aside and (words.is_break(j) or words.forms[j] in SUBORDINATORS)
                           for j in range(first, verb)):
        return None
    return first, verb


def _relative_aside(words: Words, first: int) -> range:
    """The relative clause set off by commas inside the subject of the reported clause opening at `first`
    ("said Acme and its affiliates, who reportedly hold 7.4 pct, tried to ..."), commas included; the clause's
    verb comes after it."""
    comma = next((j for j in range(first + 1, min(len(words), first + MAX_SUBJECT_WORDS + 1))
                  if words.is_break(j) or words.forms[j] in SUBORDINATORS), None)
    if comma is None or words.forms[comma] != "," or words.forms[comma + 1:comma + 2] not in (["who"], ["which"]):
        return range(0)
    close = next((j for j in range(comma + 2, min(len(words), comma + 2 + MAX_SAID_WORDS))
                  if words.is_break(j)), None)
    return range(comma, close + 1) if close is not None and words.forms[close] == "," else range(0)


def relative_aside_before(words: Words, trigger: triggers.Trigger) -> range:
    """"A senior official, who asked not to be named, said Ruritania would act", "The trade paper, citing
    industry sources, said ...": the relative clause or the participle's phrase, commas included, that sets off the
    phrase opening the sentence from the reporting verb right after it. That phrase is the verb's subject, so a
    name after the verb opens what was said and does not speak (as in "..., said Jan Novak"); empty when there is
    none."""
    first = _opening(words)
    aside = _relative_aside(words, first) or _participle_aside(words, first)
    return aside if aside and words.before(trigger.first, phrases.ADVERBS) == aside.stop - 1 else range(0)


def _participle_aside(words: Words, first: int) -> range:
    """The participle's phrase set off by commas after a subject with no verb of its own that opens the sentence
    ("The agency, monitored in Port Marin, said", "The paper, quoting officials, said"), commas included; not after
    a clause ("Prices rose, helped by demand, ...")."""
    comma = next((j for j in range(first + 1, min(len(words), first + MAX_SUBJECT_WORDS + 1))
                  if words.is_break(j) or words.forms[j] in SUBORDINATORS or finite_verb(words, j)), None)
    if comma is None or words.forms[comma] != "," or comma + 1 >= len(words) or \
            not words.forms[comma + 1].isalpha() or not words.forms[comma + 1].endswith(("ing", "ed")):
        return range(0)
    close = next((j for j in range(comma + 2, min(len(words), comma + 2 + MAX_SAID_WORDS)) if words.is_break(j)),
                 None)
    return range(comma, close + 1) if close is not None and words.forms[close] == "," else range(0)


def set_off(words: Words, first: int) -> range:
    """The aside set off by a pair of commas or dashes inside the subject of the reported clause opening at
    `first`, marks included, that the clause's verb follows at once: "the plant, which employs 300, will close",
    "the six nations - Britain, France ... - had intervened". Not a list of names ("Britain, France, Japan and
    Italy agreed": a name, not the verb, follows the second comma) nor a subject joined after the comma ("the rise,
    and the fall, mean"). The aside may hold a list with commas of its own ("Acme, a maker of pumps, valves and
    meters, will close")."""
    opening = next((j for j in range(first + 1, min(len(words), first + MAX_SAID_WORDS))
                    if words.is_break(j) or words.forms[j] in SUBORDINATORS or words.forms[j] in _ASIDE_MARKS or
                    finite_verb(words, j)), None)
    if opening is None or words.forms[opening] not in _ASIDE_MARKS or \
            words.forms[opening + 1:opening + 2] in (["and"], ["or"], ["but"]):
        return range(0)
    mark = _ASIDE_MARKS[words.forms[opening]]
    inner = None  # the last comma inside the aside, which may only be a list's
    for close in range(opening + 1, min(len(words), opening + 1 + ASIDE_WORDS)):
        if words.forms[close] in QUOTES:
            return range(0)
        if words.forms[close] != mark and not (words.is_break(close) and (mark == "," or words.forms[close] != ",")):
            continue
        if words.forms[close] == mark and close + 1 < len(words) and finite_verb(words, close + 1):
            return range(opening, close + 1) if inner is None or _listed(words, opening, inner, close) else range(0)
        if words.forms[close] != "," or mark != ",":
            return range(0)
        inner = close
    return range(0)


def _listed(words: Words, opening: int, inner: int, close: int) -> bool:
    """"Acme, a maker of pumps, valves and meters, said": a comma inside an aside is a list's when a coordinator
    joins the list's last item before the aside closes; an aside that opens with a name after a name is itself a
    list of names ("Acme, Widget and Gadget, all based in Ohio, said")."""
    return not words.capitalised(opening + 1) and any(words.forms[j] in ("and", "or") for j in range(inner + 1, close))


def fronted_clause(words: Words, trigger: triggers.Trigger) -> tuple[int, int] | None:
    """The first word and the finite verb of the clause that opens the sentence before a closing reporting
    verb ("Hundreds were killed, the agency said")."""
    if words.clause[trigger.first] == 0:
        return None
    first = _opening(words)
    verb = next((j for j in range(first + 1, min(trigger.first, first + MAX_SAID_WORDS)) if finite_verb(words, j)), None)
    if verb is None or any(words.is_break(j) or words.forms[j] in SUBORDINATORS for j in range(first, verb)):
        return None
    return first, verb


def commenting_clause(words: Words, trigger: triggers.Trigger) -> tuple[int, int] | None:
    """The first word and the finite verb of the clause that opens the sentence and that a break sets off from a
    closing reporting verb, whose subject may run long and hold a relative clause set off by no comma, passed
    with its own verb ("a strike by seamen who want higher pay may have cost the port dearly, he said"); not a
    relative clause on the speaker ("an official who was involved in the talks said")."""
    if words.clause[trigger.first] == 0:
        return None
    first = _opening(words)
    verb = next((j for j in range(first + 1, min(trigger.first, first + MAX_TITLED_WORDS))
                 if finite_verb(words, j) and words.forms[j - 1] not in RELATIVES), None)
    if verb is None or not any(words.is_break(j) for j in range(verb, trigger.first)) or any(
            words.is_break(j) or words.forms[j] in SUBORDINATORS and words.forms[j] not in RELATIVES
            for j in range(first, verb)):
        return None
    return first, verb


def _opening(words: Words) -> int:
    """The sentence's first word past quotation marks and a coordinator ('"But we ...')."""
    first = next((j for j in range(len(words)) if words.forms[j] not in QUOTES), 0)
    return first + 1 if words.forms[first] in COORDINATORS else first


def whole(words: Words, trigger: triggers.Trigger, said: str) -> str:
    """What was said, as a title shows it: the reported clause `said` opens, kept on to its verb and a few
    words after ("says the most likely move would involve duties", not "says the most likely move"); a long
    subject keeps its head ("six hours of talks in Port Marin with the minister ended" reads "six hours of talks
    ended")."""
    clause = said_clause(words, trigger, said, opened=True)
    if clause is None:
        return _unrepeated(words, trigger, said)
    first, verb = clause
    last = verb
    while last + 1 < len(words) and (words.forms[last + 1] in CHAIN or words.forms[last + 1].endswith("ly")):
        last += 1  # "would probably not", "was still", "had already"
    main = last
    while last + 1 < len(words) and last + 1 - main <= VERB_TAIL and not words.is_break(last + 1) and \
            words.forms[last + 1] not in SUBORDINATORS and words.forms[last + 1] not in ("but", "while", "as") and \
            not (last > main and words.forms[last + 1] in triggers.PREPOSITIONS - {"to"} | {"and", "or"}):
        last += 1
    aside = set_off(words, first)
    head = next((j for j in range(first + 1, verb)
                 if j in aside or words.forms[j] in triggers.PREPOSITIONS - {"of"}), verb)
    repeated = _repeats_name(words, first, last)
    if head == verb or verb - first <= MAX_SUBJECT_WORDS and not repeated and not aside:
        text = phrases.phrase(words, first, last)
    else:
        modal = verb - 1 if words.forms[verb - 1] in triggers.MODALS - {"to"} else verb  # "should be revised"
        subject, rest = phrases.phrase(words, first, head - 1), phrases.phrase(words, modal, last)
        text = f"{subject} {rest}" if subject and rest else None
    opened = said.lower().split()[:1] != [words.forms[first]]
    # `said` stops before the verb, which the text reaches with a word after it
    verbless = _auxiliary(words, verb) and verb - first >= len(said.split()) and last > main
    return text if text and (repeated or opened or verbless or len(text.split()) > len(said.split())) else said


def past_opener(words: Words, first: int) -> int:
    """"As a result, those amounts will be taxed", "said along with 40 other companies, it was named": a
    prepositional phrase that opens the reported clause, up to its comma, is no part of what a title says was
    said."""
    if words.forms[first] not in triggers.PREPOSITIONS and words.forms[first] not in OPENING_PREPOSITIONS:
        return first
    comma = next((j for j in range(first + 1, min(len(words), first + OPENER_REACH + 1)) if words.is_break(j)), None)
    if comma is None or words.forms[comma] != "," or any(finite_verb(words, j) for j in range(first + 1, comma)):
        return first
    after = next((j for j in range(comma + 1, len(words)) if words.forms[j] not in QUOTES), None)
    return first if after is None else after


def _unrepeated(words: Words, trigger: triggers.Trigger, said: str) -> str:
    """What was said without the phrase of its subject that names what the rest names again ("conditions to
    the Acme offer include Acme obtaining financing" reads "conditions include Acme obtaining financing")."""
    opening = said.lower().split()[:2]
    first = next((j for j in range(trigger.last + 1, len(words)) if words.forms[j:j + len(opening)] == opening),
                 None)
    if first is None:
        return said
    size, last = len("".join(said.split())), first
    while last + 1 < len(words) and len("".join(words.surface[first:last + 1])) < size:
        last += 1
    names = [j for j in range(first, last + 1) if words.capitalised(j) and words.forms[j].isalpha()]
    again = next((j for j in names if any(words.forms[i] == words.forms[j] for i in names if i < j)), None)
    if again is None:
        return said
    named = next(i for i in names if words.forms[i] == words.forms[again])
    opening = next((j for j in range(first + 1, named) if words.forms[j] in triggers.PREPOSITIONS - {"of"}), None)
    end = named
    while end + 1 < again and not words.is_break(end + 1) and not finite_verb(words, end + 1) and \
            words.forms[end + 1] not in triggers.PREPOSITIONS and (words.capitalised(end + 1) or end == named):
        end += 1
    if opening is None or end + 1 >= again:
        return said
    subject, rest = phrases.phrase(words, first, opening - 1), phrases.phrase(words, end + 1, last)
    return f"{subject} {rest}" if subject and rest and not _repeats_name(words, end + 1, last) else said


def _repeats_name(words: Words, first: int, last: int) -> bool:
    """"conditions to the Acme offer include Acme obtaining": a name said twice, as a title should not."""
    names = [words.forms[j] for j in range(first, last + 1) if words.capitalised(j) and words.forms[j].isalpha()]
    return len(names) != len(set(names))


def _auxiliary(words: Words, j: int) -> bool:
    return words.forms[j] in triggers.MODALS - {"to"} or words.forms[j] in triggers.BE or words.forms[j] in PERFECT


def finite_verb(words: Words, j: int) -> bool:
    """A finite verb, as far as the words tell: an auxiliary, a modal, a past form, not a compound adjective
    ("pre-owned", "state-owned"), or a present form no noun shares ("expects")."""
    form = words.forms[j]
    return form in triggers.FUTURE or form in triggers.BE or form in PERFECT or form in PRESENT or \
        form in ("did", "does") or form in PAST_IRREGULAR or form in ONLY_VERBS or \
        len(form) > 4 and form.endswith("ed") and "-" not in form


CLAUSE_JOINTS = frozenset({"but", "while", "whereas", ";"})  # what opens a second speaker's or a second saying's
# clause: "said debts would be paid, but said creditors should be patient"


def reaches(words: Words, said: list[triggers.Trigger]) -> dict[int, range]:
    """The words each reporting verb of a sentence reports, when the sentence joins two sayings with a joint
    ("He said A, but he said B", "X said A, while Y said B"): each saying is read from the joint before it up to
    the joint before the next one, so that an appeal or an intent in one clause does not code the other. Keyed by
    the trigger's id; a saying with no joint on either side is left out and reads the whole sentence."""
    ordered = sorted(said, key=lambda trigger: trigger.first)
    cuts = []
    for first, second in zip(ordered, ordered[1:]):
        joint = next((j for j in range(second.first - 1, first.last, -1) if words.forms[j] in CLAUSE_JOINTS), None)
        cuts.append(joint)
    result = {}
    for n, trigger in enumerate(ordered):
        start = cuts[n - 1] if n > 0 and cuts[n - 1] is not None else 0
        end = cuts[n] if n < len(cuts) and cuts[n] is not None else len(words)
        if (start, end) != (0, len(words)):
            result[id(trigger)] = range(start, end)
    return result

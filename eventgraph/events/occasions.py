"""Happenings a sentence names as the occasion or cause of another: "strikes in protest at plans for 500
redundancies", "fighting broke out after an offensive launched on April 2", "closed following the explosion".

Annotators count such a named happening as an event of its own, with its own date and actors, not as a part
of the happening that follows it. A noun trigger of the lexicon that one of the CUES leads (past its
determiners, modifiers and a noun it qualifies: "employers' plans for 500 redundancies") is such an occasion.
A state of affairs (a D noun of the lexicon) is such an occasion when it is planned ("in protest at plans
for 800 redundancies"): the plan was made. It is kept without an actor or a date of its own (the cue tells it
happened); it is dated only by a time expression written on it ("the offensive launched on April 2", "the
explosion of March 13") or standing in its phrase ("after Friday's raid", "in response to an attack on a ferry on
Friday", which an answer before the cue does not take), never by the clause it is the occasion of, so that undated
it happened before the report; its actors are those named inside its phrase ("an attack by Freedonia"), never the
doer of the happening it caused. A mutual happening ("left Bonn yesterday after talks with Kohl") is the exception:
the clause's doer took part in it, the same day.

A deed of force or protest that another answers is such an occasion too: "shelled the depot in response to a
rocket attack on a ferry", "retaliated for the attack on its tanker", "a retaliatory strike against Freedonia for an
attack on Friday". The answer's doer is mostly the target of what it answers, never its doer. "In response to"
leads words said as often ("in response to a request"), so it is a cue only before a deed of CAMEO's material
conflict (codes 14-20). An answer may lie ahead ("would retaliate for the attack on its embassy"); what it answers,
when its phrase names one known deed, has happened all the same.

A known happening that a clause takes as its subject or object is told by that clause as a happening of its own,
which the clause's verb says something of: "the strikes seemed to be unplanned", "the talks had collapsed", "the
strike action was called off", "the seamen's strike was over", "welcomed the end of the strike", "urged rejection of
Campeau's tender offer". It is named as an occasion is (`named`), with no party and no date but its phrase's, when its
noun phrase is definite ("the talks", a possessive "Campeau's offer"), is not what is wished, demanded or threatened
("threatened the strike", "called for the talks"), and its verb tells no guess or plan ("the talks will include",
"could register their protest"). An indefinite noun ("a strike would hurt exports", "a wave of strikes") may be any
of a story's happenings of its kind, which the merge cannot tell apart: joined to one of them, it made more false pairs
than right ones.
"""

from __future__ import annotations

from dataclasses import replace

from ..temporal.normalise import DEADLINE
from .attach import Binding
from .lexicon import is_mutual
from .parse_words import align, lemma, pos
from .text import Words
from .triggers import FUTURE, PREPOSITIONS, Trigger

CUES = (("after",), ("following",), ("since",), ("in", "protest", "at"), ("in", "protest", "against"),
        ("in", "protest", "over"), ("in", "retaliation", "for"), ("in", "reprisal", "for"),
        ("in", "revenge", "for"), ("in", "the", "wake", "of"), ("in", "response", "to"), ("for",))
MATERIAL_ONLY = frozenset({("in", "response", "to"), ("for",)})  # cues only before a deed of force or protest
ANSWERING = MATERIAL_ONLY | {("in", "retaliation", "for"), ("in", "reprisal", "for"), ("in", "revenge", "for")}  # an
# answer may lie ahead ("would retaliate for the attack"), what it answers, when one known deed, has happened
OWNERS = frozenset({"its", "their", "his", "her", "our"})
MATERIAL = 14  # the first CAMEO root of material conflict: protest, force, reduced relations, coercion, assault
RETALIATING = ("retaliat", "reprisal", "revenge", "aveng")  # a word of answering that a plain "for" follows
ANSWER_REACH = 5  # words from it to "for": "a retaliatory strike against Freedonia for an attack"
REACH = 6  # words from a cue to the trigger it leads ("after an Iranian cross-border offensive")
LINKS = frozenset({"of", "for", "to", "by"})  # the only prepositions between a cue and its trigger: "plans for
# 500 redundancies", "a search of his home"; any other starts a phrase of the word before
NEAR_DATE = 4  # words from the noun to a date that a participle writes on it ("launched early on April 2")
ON_NOUN = frozenset({"of"})  # "the explosion of March 13"
PLAN = ("plan", "proposal", "proposed")  # a state of affairs planned ("plans for 800 redundancies") is a plan made
STOPS = frozenset(".!?")
AHEAD = FUTURE | {"should", "must"}  # "after the sale we should see": the sale lies ahead
HAVE = frozenset({"has", "have", "had"})
CLAUSE_WORDS = frozenset({"it", "he", "she", "they", "we", "i", "you", "because", "that", "which", "who", "when",
                          "where", "while", "as", "than", "if", "there"})  # between a cue and a noun: a clause
BE = frozenset({"is", "are", "was", "were", "be", "been", "being"})  # "was closely following the strikes": a verb
ARGUMENTS = frozenset({"nsubj", "nsubj:pass", "obj"})  # what a clause's verb tells of
DEFINITE = frozenset({"the", "this", "these", "that", "those"})
UNREALISED = frozenset({"02", "03", "10", "13"})  # appeals, intents, demands, threats: what they take has not happened


def cue(words: Words, trigger: Trigger, found: list[Trigger]) -> int | None:
    """The first word of the cue that makes the nominal `trigger` an occasion, or None."""
    if trigger.verbal or trigger.entry.kind not in ("N", "D"):
        return None
    earlier = [other.last for other in found if other.last < trigger.first]
    floor = max(earlier, default=-1)
    reach = trigger.first - 1 - REACH
    for end in range(trigger.first - 1, floor, -1):
        if end <= reach:
            return None
        form = words.forms[end]
        if words.is_break(end):
            return None
        if form.startswith(PLAN):
            # the plan is what the cue leads, the planned thing its own phrase: "in protest at the managers'
            # plans to make 500 redundancies" is as near as "in protest at plans for 500 redundancies"
            reach = min(reach, end - 1 - REACH)
        for words_of_cue in CUES:
            first = end - len(words_of_cue) + 1
            if first > floor and tuple(words.forms[first:end + 1]) == words_of_cue and \
                    (words_of_cue not in MATERIAL_ONLY or material_conflict(trigger.entry.code)) and \
                    (words_of_cue != ("for",) or _answering(words, first)):
                between = words.forms[end + 1:trigger.first]
                planned = any(form.startswith(PLAN) for form in between + [words.forms[trigger.first]])
                phrase = not any(form.endswith("ing") or form in CLAUSE_WORDS or form in BE | HAVE for form in between)
                past = _past(words, first) or words_of_cue in ANSWERING and _known(between)
                return first if past and (trigger.entry.kind == "N" or planned) and phrase and \
                    _closed(words, trigger, words_of_cue) else None
        if form in PREPOSITIONS and form not in LINKS:
            return None
    return None


def material_conflict(code: str) -> bool:
    """Whether a CAMEO code is of material conflict (roots 14-20)."""
    root = code[:2]
    return root.isdigit() and int(root) >= MATERIAL


def _answering(words: Words, first: int) -> bool:
    """Whether a word of answering comes shortly before the "for" at `first`, with no break between."""
    for j in range(first - 1, max(-1, first - 1 - ANSWER_REACH), -1):
        if words.is_break(j):
            return False
        if words.forms[j].startswith(RETALIATING):
            return True
    return False


def _known(between: list[str]) -> bool:
    """Whether the words between a cue and its noun make it one known happening: "the attack", "its bombing",
    "Friday's raid", not "any attack"."""
    return bool(between) and (between[0] in DEFINITE or between[0] in OWNERS or between[0].endswith("'s"))


def _past(words: Words, first: int) -> bool:
    """Whether the cue at word `first` leads a happening told as past: not a verb ("were following the
    strikes"), not in a clause that looks ahead ("will do after the election", "after the merger the company
    will have"), where the occasion has not happened yet."""
    before = first - 2 if first >= 2 and words.forms[first - 1].endswith("ly") else first - 1
    if words.forms[first] == "following" and before >= 0 and words.forms[before] in BE:
        return False
    clause = words.clause[first]
    return not any(words.clause[j] == clause and words.forms[j] in AHEAD for j in range(len(words)))


def _closed(words: Words, trigger: Trigger, words_of_cue: tuple[str, ...]) -> bool:
    """"since the meeting", "since the collapse of the talks", not "since the demand for reserves is erratic": a
    "since" that leads a clause may give a reason; its noun must end a phrase (a break, a preposition or the
    sentence's end after it)."""
    after = trigger.last + 1
    if words_of_cue != ("since",):
        return True
    finite = BE | HAVE | FUTURE
    return (after >= len(words) or words.is_break(after) or words.forms[after] in PREPOSITIONS or
            words.forms[after] in STOPS) and not finite.intersection(words.forms[after:span_end(words, trigger)])


def span_end(words: Words, trigger: Trigger) -> int:
    """The word after the occasion's phrase: the next break or the end of the sentence."""
    return next((j for j in range(trigger.last + 1, len(words)) if words.is_break(j)), len(words))


def settle(words: Words, found: list[Trigger], bindings: list[Binding], timexes) -> set[int]:
    """Give each occasion its own date and actors, and take from the other triggers a date written on one.
    `timexes` holds the sentence's (index, Timex) pairs. Returns the first words of the triggers told as
    having happened: the occasions, and those that lost a date to one ("fighting broke out after an offensive
    launched on April 2" tells the fighting as much as the offensive)."""
    told = set()
    for trigger, binding in zip(found, bindings):
        first = cue(words, trigger, found)
        if first is None:
            continue
        told.add(trigger.first)
        trigger.occasion = True
        plan = trigger.entry.kind == "D" or any(form.startswith(PLAN) for form in words.forms[first:trigger.last + 1])
        if trigger.entry.kind == "D":
            trigger.entry = replace(trigger.entry, kind="N")  # a plan made: a happening, dated or not
            trigger.intended = False  # "plans to make 800 redundancies": the making lies ahead, the plan not
        if binding.modality == "planned":
            binding.modality = "asserted"  # "would retaliate for the attack": the answer lies ahead, the attack not
        if is_mutual(trigger.entry.code):
            continue  # "left Bonn yesterday after talks with Kohl": the one who left took part, that day
        start, end = words.starts[first], words.ends[span_end(words, trigger) - 1]
        own = _written_on(words, trigger, timexes)
        taken = own is not None
        if own is None and not plan and words.forms[first] != "since":  # a plan's date is when it is to be done
            own = _in_phrase(words, first, trigger, found, timexes)
            # an answer comes after what it answers; "signed after a summit on Wednesday" shares its day (`attach`)
            taken = own is not None and any(tuple(words.forms[first:first + len(c)]) == c for c in ANSWERING)
        if own is not None:
            for other, other_binding in zip(found, bindings):
                if taken and other_binding.timex == own and other is not trigger:
                    other_binding.timex = None
                    told.add(other.first)
            binding.timex = own
        elif binding.timex is not None and not any(
                index == binding.timex and start <= timex.start < end for index, timex in timexes):
            binding.timex = None
        binding.earlier_timex = binding.earlier_years = None
        binding.sources = [m for m in binding.sources if start <= m.start < end]
        binding.targets = [m for m in binding.targets if start <= m.start < end]
        binding.settled = True
    return told


def _written_on(words: Words, trigger: Trigger, timexes) -> int | None:
    """The time expression a participle or "of" writes on the noun right after it ("an offensive launched on
    April 2", "the explosion of March 13"), with no break between."""
    for index, timex in timexes:
        at = words.index_at(timex.start)
        between = words.forms[trigger.last + 1:at]
        if not 0 < len(between) <= NEAR_DATE or any(words.is_break(j) for j in range(trigger.last + 1, at)):
            continue
        if between[0] in ON_NOUN and len(between) == 1 or _participle(between[0]):
            return index
    return None


def _in_phrase(words: Words, first: int, trigger: Trigger, found: list[Trigger], timexes) -> int | None:
    """The time expression inside the occasion's phrase, from its cue at word `first` to the next break, with no
    other trigger and no clause between it and the noun: "after Friday's raid", "shelled the depot in response to a
    rocket attack on a ferry on Friday". The clause the occasion leads to writes its own day before the cue
    ("shelled the depot on Monday in response to")."""
    end = span_end(words, trigger)
    for index, timex in timexes:
        at = words.index_at(timex.start)
        if first < at < trigger.first:
            return index
        if not trigger.last < at < end or any(trigger.last < other.first < at for other in found):
            continue
        if not any(form in CLAUSE_WORDS or form in BE | HAVE for form in words.forms[trigger.last + 1:at]) and \
                words.forms[at - 1] not in DEADLINE:  # "redundancies by 1990": a time the deed ends by
            return index
    return None


def _participle(form: str) -> bool:
    return form.endswith("ed") and len(form) > 4


def named(words: Words, found: list[Trigger], bindings: list[Binding], parsed) -> set[int]:
    """Name as occasions the nouns of happenings (no party and no date of their own) that a clause of the parse
    `parsed` takes as its subject or object and tells as real (see the module's doc). Returns their first words."""
    bare = [(trigger, binding) for trigger, binding in zip(found, bindings)
            if trigger.entry.kind == "N" and not (trigger.occasion or trigger.intended or trigger.earlier or
                                                  binding.sources or binding.targets or binding.timex is not None)]
    if not bare:
        return set()  # most sentences: no noun of a happening left without a party or a date
    aligned = align(parsed, words.offset)
    heads = {}
    for trigger in found:
        token = aligned.head_of(words.starts[trigger.first], words.ends[trigger.last])
        if token is not None:
            heads[token.i] = trigger
    at = {id(trigger): i for i, trigger in heads.items()}
    result = set()
    for trigger, binding in bare:
        token = at.get(id(trigger))
        if token is None:
            continue
        if any(child.dep_ == "compound" and child.i in heads or child.dep_ == "appos" or _led_by(child, "by")
               for child in parsed[token].children):
            continue  # "the two bomb explosions": the happening its other word tells; "the stoppage, the longest
            # strike by dockers": a party its phrase names, which the doers' passes read
        phrase = _phrase(parsed[token], heads)
        definite = any(_definite(t) for t in (parsed[token], phrase))
        verb = phrase.head
        if phrase.dep_ == "obj" and lemma(verb) == "say":
            told = False  # "said the meeting, where the five meet, will be a review": what was said, misread
        elif phrase.dep_ in ARGUMENTS and _predicate(verb) and verb.i not in heads or \
                phrase.dep_ in ARGUMENTS and verb.i in heads and \
                heads[verb.i].entry.code[:2] not in UNREALISED and not heads[verb.i].intended:
            told = definite and not _supposed(verb)
        elif phrase.dep_ == "nmod" and verb.i in heads and heads[verb.i].nominal and _led_by(phrase, "of"):
            told = definite  # "rejection of Campeau's tender offer": the offer was made; not "talks on the merger"
        else:
            told = False
        if told:
            trigger.occasion = binding.settled = True
            result.add(trigger.first)
    return result


def _phrase(token, heads: dict):
    """The noun phrase a happening's noun stands in: the noun itself, or the noun it qualifies when that is no
    happening ("the strike action"), or the amount it is counted by ("the wave of strikes")."""
    head = token.head
    if head.i == token.i or head.i in heads or pos(head) not in ("NOUN", "PROPN"):
        return token
    if token.dep_ == "compound" or token.dep_ == "nmod" and _led_by(token, "of"):
        return head
    return token


def _led_by(token, preposition: str) -> bool:
    """Whether the preposition leads the phrase of `token` ("of the strike", "by dockers")."""
    return any(child.dep_ == "case" and child.lower_ == preposition for child in token.children)


def _definite(token) -> bool:
    """A noun phrase that refers to one known happening: "the talks", "its offensive", "Campeau's offer",
    "yesterday's meeting"."""
    return any(child.dep_ == "det" and child.lower_ in DEFINITE or child.dep_ == "nmod:poss"
               for child in token.children)


def _supposed(verb) -> bool:
    """A verb a modal puts in doubt or ahead: "the talks will include", "could register their protest"."""
    return any(child.dep_.startswith("aux") and child.lower_ in FUTURE for child in verb.children)


def _predicate(token) -> bool:
    """A verb, or a word a copula makes the predicate ("the strike was over", "the talks were fruitless")."""
    return pos(token) in ("VERB", "AUX") or any(child.dep_ == "cop" for child in token.children)

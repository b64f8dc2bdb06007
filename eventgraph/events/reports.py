"""Whether a reporting verb's report is an event of its own: a judgement, a deed of the speaker's, a
happening's course, or a report that elaborates one kept before it."""

from __future__ import annotations

from ..model import Mention
from ..temporal.aspect import ORGANS
from . import attach, reported_clause, statements, triggers
from .text import SUBORDINATORS, Words, read
from .kept import SPEECH
from .parse_words import UNITS
from .relatives import happening_nouns, relative_antecedent


JUDGING = frozenset({"appear", "appears", "appeared", "seem", "seems", "seemed", "likely", "unlikely", "probably",
                     "apparently", "obviously", "clearly", "evidently", "doubtful"})  # words that weigh what is
# likely or how things look: a judgement, not a report
SAID_OPENING = 4  # words of what was said that find where it opens in the sentence
FIRST_OWNING = frozenset({"my", "our"})  # the speaker's, in its own words
OWNING = frozenset({"its", "their", "our"})  # the speaker's, opening what was said: "said its unit completed"
PART_REACH = 5  # words of what was said that may name the speaker's part: "its Acme Capital Corp unit"
COURSE = frozenset({"held", "began", "begun", "started", "ended", "continued", "continuing", "continues", "resumed",
                    "occurred", "happened", "took", "lasted", "spread", "broke", "went", "came", "opened", "closed",
                    "finished", "received", "effective", "completed", "last", "lasts", "ongoing", "underway",
                    "under"})  # what tells a happening's course: "said the talks were held in Geneva", "the talks
# are under way", "the ban will last a year" tell the talks and the ban, where "said the attack was a failure" says
# something of it


def judged(words: Words, trigger: triggers.Trigger, binding: attach.Binding, kept) -> bool:
    """"Foreign observers said the strike seemed limited", "she said the decision was clearly linked to
    the election": a speaker who is no party to the happenings the sentence reports (neither doer nor target of
    any) and who judges them, in words that weigh what is likely or how things look (before the reporting verb
    when what was said comes first), makes a comment of its own, which annotators list beside the happenings;
    a party telling its own deeds, or anyone telling a deed as done, only reports it."""
    return not _party(binding, kept) and any(words.forms[j] in JUDGING for j in _reported(words, trigger))


def comments_beside(words: Words, trigger: triggers.Trigger, binding: attach.Binding, kept,
                    found: list[triggers.Trigger]) -> bool:
    """"A strike by the dockers may have cost the port 20 mln dlrs, the port's director said", "the raid
    appeared restrained, diplomats said": what was said opens the sentence and names a happening the sentence
    keeps; a speaker who is no party to it and judges it in the clause that opens the sentence, or says something
    of it other than its course, makes a comment of its own, which annotators list beside the happening. A
    party's account ("the talks were useful, he said", '"our talks were useful," he said') or a report of the
    happening's course ("the talks will resume on Monday, a spokesman said", "rebels killed 18 soldiers, the army
    said") is only its mention."""
    clause = reported_clause.commenting_clause(words, trigger)
    if clause is None or _party(binding, kept):
        return False
    first, verb = clause
    if any(words.forms[j] in FIRST_OWNING for j in range(first, verb)):
        return False  # '"My visit will be the most important of all," he said': the speaker's own happening
    opening = range(first, next((j for j in range(verb, trigger.first) if words.is_break(j)), trigger.first))
    return any(words.forms[j] in JUDGING for j in opening) or _of_happening(words, clause, found)


def _party(binding: attach.Binding, kept) -> bool:
    """Whether the speaker is a doer or a target of a happening kept (`kept`: trigger, binding, object)."""
    speakers = {m.actor for m in binding.sources}
    return any(other.entry.kind != "S" and speakers & {m.actor for m in other_binding.sources + other_binding.targets}
               for other, other_binding, _ in kept)


def said_of_happening(words: Words, trigger: triggers.Trigger, said: str | None,
                      found: list[triggers.Trigger]) -> bool:
    """"said the bombing of the depot left the town without fuel", "the blast, which the minister said was
    an attempt on his life": what is said is something of a happening the sentence names by its noun (what it
    was, what it caused, who did it), not the happening told; the speaker makes a comment of its own, which
    annotators list beside the happening. The noun stands in the reported clause before its verb (as its subject
    or inside it: "the bombing of the depot"), a verb that is no trigger and tells no course of the happening
    ("the talks were held", "the strike ended"), or is the noun a relative clause the reporting verb stands in
    is about."""
    if trigger.entry.kind != "S":
        return False
    nouns = happening_nouns(found)
    if relative_antecedent(words, trigger, nouns) is not None:
        return True
    clause = reported_clause.said_clause(words, trigger, said) if said else None
    return clause is not None and _of_happening(words, clause, found)


def _of_happening(words: Words, clause: tuple[int, int], found: list[triggers.Trigger]) -> bool:
    """Whether the reported clause (its first word and its finite verb) says something of a happening it names by
    its noun before its verb, with a verb that is no trigger and tells no course of the happening."""
    first, verb = clause
    nouns = happening_nouns(found)
    lexical = verb
    while lexical + 1 < len(words) and (words.forms[lexical] in reported_clause.CHAIN or
                                        len(words.forms[lexical]) > 4 and words.forms[lexical].endswith("ly")):
        lexical += 1  # "would also not", "were currently"
    end = next((k for k in range(verb, len(words)) if words.is_break(k) or words.forms[k] in SUBORDINATORS),
               len(words))
    if any(verb <= other.last and other.first < end for other in found) or words.forms[lexical] in COURSE or \
            lexical > verb and words.forms[lexical - 1] in triggers.BE and triggers.participle(words.forms[lexical]):
        return False  # "said the talks were held", "the merger was approved", "had brought agreement"
    return any(first <= other.first and other.last < verb for other in nouns)


def _reported(words: Words, trigger: triggers.Trigger) -> range:
    """The words of what was said: those after the reporting verb, or, when nothing follows it ("the raid
    appeared restrained, diplomats said"), those before the break that sets off the speaker; not an aside on
    the speaker ("Jan Novak, who seemed tired, said")."""
    after = trigger.last + 1
    if after < len(words) and not words.is_break(after) and words.forms[after] not in (".", "?", "!"):
        return range(after, len(words))
    return range(next((j for j in range(trigger.first - 1, -1, -1) if words.is_break(j)), 0))


def own_deed(words: Words, said: str, found: list[triggers.Trigger], mentions: list[Mention]) -> bool:
    """"X said it opened a plant", "said he had received a telex", '"We have lost orders," he said', "traders
    said Freedonia bought 5,000 tonnes of wheat": a deed the speaker tells of itself, in its own quoted words or of
    an actor a mention names at the first word of what was said, that no trigger of the sentence names is told by
    the statement alone, which stands for it. A deed told of a thing ("said the figures excluded sales") is no
    happening, and one of an actor that a trigger names, though not as done ("Ruritania's troops had overrun the
    town, officials said": the tense rules misread it), is no statement either. A document noun ("under a
    development agreement") names no deed, so it leaves the deed to the statement."""
    opening = said.lower().split()[:2]
    if len(opening) > 1 and opening[1] in triggers.MODALS or any(names_deed(t) for t in found):
        return False  # "said it would need a review": what it would do is no deed done
    if opening[0] in statements.SELF or _own_part(said) or sum(words.quoted) > len(words) / 2:
        return True
    said_forms = read(said.removeprefix("that "), 0).forms[:SAID_OPENING]
    first = next((j for j in range(len(words)) if words.forms[j:j + len(said_forms)] == said_forms), None)
    if first is None:
        return False
    opening = {first, first + 1} if words.forms[first] == "the" else {first}
    return any(words.index_at(mention.start) in opening for mention in mentions) and not any(
        names_deed(t) for t in triggers.matches(words, set()))


def _own_part(said: str) -> bool:
    """"said its Acme Capital unit completed the placement", "said its board authorized a buyback": a part of the
    speaker's own (a unit, a subsidiary, a division, its board or shareholders) does the deed, as the speaker
    would; not one another owns ("its partner's unit")."""
    forms = said.lower().split()
    if forms[0] not in OWNING:
        return False
    for form in forms[1:PART_REACH + 1]:
        if form in UNITS or form in ORGANS:
            return True
        if form.endswith("'s"):
            return False  # "its rival's board": another's part
    return False


def names_deed(trigger: triggers.Trigger) -> bool:
    return trigger.entry.kind not in ("S", "D")


def elaborates(trigger: triggers.Trigger, binding: attach.Binding, kept) -> bool:
    """"On Sunday, Jan Novak criticised the budget and said it would hurt farmers": a comment its speaker makes
    in the same breath as a speech act of another kind (criticism, an appeal, a rejection, a threat), dated
    alike, says what that act says; it is a mention of it, not a second statement."""
    speakers = {m.actor for m in binding.sources}
    return trigger.entry.code == reported_clause.COMMENT and any(
        other.entry.kind != "S" and other.entry.code[:2] in SPEECH and other_binding.timex == binding.timex and
        speakers & {m.actor for m in other_binding.sources} for other, other_binding, _ in kept if other is not trigger)

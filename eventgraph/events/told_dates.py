"""The day of a deed a comment tells: "Acme said Beta Inc started up the plant on March 3".

A comment that only passes on a deed done by someone stands for that deed (`said_content.tells_deed`): when the
deed's own clause dates it, at its opening ("said that on March 27 the board issued a complaint") or after its
verb ("said the board issued a complaint on March 27", "The plant started up in 1985, a spokesman said"), the
happening took place then, not on the day it was told. A clause that gives a figure ("said sales rose 5 pct in
February") is a statement of that figure, dated by its report; a date that bounds a period ("since 1972", "until
May"), is counted over ("in the week ended March 20") or names a noun ("the March 18 offer") is no day of the deed;
nor is one still to come.
"""

from __future__ import annotations

from ..model import Timex
from ..temporal.intervals import interval
from . import phrases, triggers
from .reported_clause import PERFECT, fronted_clause, number, past_adverbs, past_form, said_clause
from .said_content import PAST_BE, tells_deed
from .text import COORDINATORS, SUBORDINATORS, Words

# the prepositions that place a deed in time ("on March 3", "in 1985", "during the talks"); a bare day ("said
# Beta sold it Friday") takes none
ON_DAY = frozenset({"on", "in", "at", "during"})


def deed_day(words: Words, trigger: triggers.Trigger, said: str | None, timexes: list[tuple[int, Timex]],
             taken: set[int], published: str | None) -> int | None:
    """The index of the time expression that dates the deed the comment at `trigger` tells, or None; `timexes`
    are the sentence's (index, Timex) pairs, of which those in `taken` date another happening."""
    if not said or not published or not tells_deed(words, trigger, said):
        return None
    clause = _deed_clause(words, trigger, said)
    if clause is None:
        return None
    first, end, verb = clause
    dates = {j for _, timex in timexes for j in range(words.index_at(timex.start), words.index_at(timex.end - 1) + 1)}
    if any((number(words, j) or words.forms[j] in triggers.AMOUNT_WORDS) and j not in dates for j in range(first, end)):
        return None
    report = interval(published)
    verb = _main_verb(words.forms, verb)
    for index, timex in timexes:
        if index in taken:
            continue
        at, last = words.index_at(timex.start), words.index_at(timex.end - 1)
        span = interval(timex.value)
        if not (first <= at < end) or not span or not report or span[1] >= report[0]:
            continue
        opener = first + 1 if words.forms[first] == "that" else first  # "said that on March 27 the board"
        opening = at == opener + 1 and words.forms[opener] in ON_DAY
        if (opening or at > verb and not any(_verb_form(words.forms[j]) for j in range(verb + 1, at))) and \
                _places_deed(words, at, last):
            return index
    return None


def _main_verb(forms: list[str], verb: int) -> int:
    """The clause's verb past its auxiliaries: "had sold", "was issued", "has been barred"."""
    if forms[verb] in PERFECT or forms[verb] in PAST_BE:
        verb = past_adverbs(forms, verb + 1)
        if verb < len(forms) and forms[verb] == "been":
            verb = past_adverbs(forms, verb + 1)
    return verb


def _deed_clause(words: Words, trigger: triggers.Trigger, said: str) -> tuple[int, int, int] | None:
    """The reported clause's first word, the word past its end and its verb: after the reporting verb from the
    word that follows it, before it ("The plant started up in 1985, a spokesman said") from the sentence's
    opening to the comma that sets the report off."""
    after = said_clause(words, trigger, said)
    if after is not None:
        verb = after[1]
        end = next((j for j in range(verb + 1, len(words)) if words.is_break(j) or words.forms[j] in SUBORDINATORS
                    or words.forms[j] in COORDINATORS), len(words))
        return trigger.last + 1, end, verb
    before = fronted_clause(words, trigger)
    if before is None:
        return None
    end = next((j for j in range(before[1] + 1, trigger.first) if words.is_break(j) or
                words.forms[j] in SUBORDINATORS or words.forms[j] in COORDINATORS), trigger.first)
    return before[0], end, before[1]


def _places_deed(words: Words, at: int, last: int) -> bool:
    """Whether the time expression from word `at` to word `last` places a deed in time: after a preposition of
    time or none, not after one that bounds a period, a determiner or a participle ("the week ended March 20"),
    and not a possessive ("March's output"). The participle that closes a period is no verb of the deed even when
    it is the first the clause has ("said its profit for the year ended March 31 will fall")."""
    before = words.forms[at - 1] if at > 0 else ""
    after = words.forms[last + 1] if last + 1 < len(words) else ""
    return (before in ON_DAY or before[:1].isalnum() and before not in triggers.PREPOSITIONS and
            before not in triggers.DETERMINERS and not phrases.closes_period(words.forms, at - 1)) and \
        after not in ("'s", "’s", "s")


def _verb_form(form: str) -> bool:
    """A participle or a gerund between the deed's verb and a date, whose own happening the date is: "cut its
    forecast from one made last December", "the week ended March 20", "sold it after talks lasting until May"."""
    return past_form(form) or len(form) > 4 and form.endswith("ing")

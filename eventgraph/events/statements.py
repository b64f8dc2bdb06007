"""What a reporting verb reports: after the addressee of "told", or the clause that opens the sentence when the
verb closes it ("The Soviet Union supports ..., its ambassador told KUNA"), with the speaker named after the
verb in "..., said Maria Ramirez of Drexel".
"""

from __future__ import annotations

from . import attach, phrases, triggers
from .text import QUOTES, Words

ADDRESSING = frozenset({"tell"})  # reporting verbs whose first object is the one spoken to ("told Reuters")
MIN_STATEMENT_WORDS = 3  # "says the company" is no content; "says talks failed" is


def addressed(words: Words, trigger: triggers.Trigger, binding: attach.Binding) -> bool:
    """"told Reuters", "told the American think tank X": an actor right after a reporting verb is spoken to."""
    after = trigger.last + 1
    if trigger.entry.headline not in ADDRESSING or not binding.targets or after >= len(words):
        return False
    return words.forms[after] in triggers.DETERMINERS - {"that", "this", "its", "his", "her", "their"} or any(
        words.index_at(mention.start) == after for mention in binding.targets)


def inverted(words: Words, trigger: triggers.Trigger, binding: attach.Binding) -> bool:
    """"..., said Maria Ramirez of Drexel": the actor right after a reporting verb that closes the sentence is
    its speaker, not what was said. Moves it from the targets to the sources."""
    if trigger.entry.headline in ADDRESSING or words.clause[trigger.first] == 0:
        return False
    speaker = next((mention for mention in binding.targets + binding.sources
                    if words.index_at(mention.start) == trigger.last + 1), None)
    if speaker is None:
        return False
    binding.sources = [speaker]
    binding.targets = [mention for mention in binding.targets if mention is not speaker]
    return True


def fronted(words: Words, trigger: triggers.Trigger) -> str | None:
    """"The Soviet Union supports freedom of navigation in the Gulf, its ambassador told KUNA": what was said
    opens the sentence, unquoted, before the speaker's clause."""
    clause = words.clause[trigger.first]
    if clause == 0 or words.quoted[0] or words.forms[0] in QUOTES:
        return None
    last = 0
    while last + 1 < len(words) and words.clause[last + 1] == 0 and not words.is_break(last + 1):
        last += 1
    return phrases.phrase(words, 0, min(last, phrases.MAX_OBJECT_WORDS * 2))


def told(words: Words, trigger: triggers.Trigger, binding: attach.Binding, timexes) -> str | None:
    """"told Kuwait News Agency that the Soviet Union supports ...": what was said follows the addressee."""
    after = [words.index_at(mention.end - 1) for mention in binding.targets
             if words.index_at(mention.start) > trigger.last]
    if not after:
        return None
    return phrases.object_phrase(words, triggers.Trigger(trigger.first, min(after), trigger.entry), timexes, len(words))

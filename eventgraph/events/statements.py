"""What a reporting verb reports: after the addressee of "told", or the clause that opens the sentence when the
verb closes it ("The Soviet Union supports ..., its ambassador told KUNA"), with the speaker named after the
verb in "..., said Maria Ramirez of Drexel". A statement's targets are the actors it speaks of, not the one it
is told to ("told Reuters that Ruritania and Freedonia would settle": Ruritania and Freedonia).
"""

from __future__ import annotations

from ..model import Mention
from . import attach, phrases, triggers
from .text import QUOTES, SUBORDINATORS, Words

ADDRESSING = frozenset({"tell"})  # reporting verbs whose first object is the one spoken to ("told Reuters")
MIN_STATEMENT_WORDS = 3
CONTENT_OPENERS = frozenset({"that", "on", "television", "in", "a", "statement", "yesterday", "today", "late",
                             "earlier"})  # words between a reporting verb and what was said
SUBJECT_REACH = 3  # words of a title or an adjective before the reported clause's subject names it  # "says the company" is no content; "says talks failed" is
PERFECT = frozenset({"has", "have", "had"})
PRESENT = frozenset({"is", "are", "am", "be", "do", "does", "remains", "remain"})
PAST_IRREGULAR = frozenset({"made", "took", "taken", "sent", "gave", "given", "began", "begun", "met", "held", "won",
                            "lost", "struck", "fell", "fallen", "rose", "risen", "went", "gone", "came", "left",
                            "got", "brought", "fought", "led", "paid", "sold", "bought", "broke", "broken", "shot",
                            "threw", "thrown", "stole", "stolen", "spent", "withdrew", "withdrawn", "hit", "cut",
                            "quit", "set", "put", "shut", "told", "said", "sought", "caught", "drove", "driven",
                            "flew", "flown", "ran", "bound", "built", "chose", "chosen", "wrote", "written",
                            "overran", "overrun", "undertook", "undertaken", "thought", "felt", "knew",
                            "forecast"})  # past forms not in -ed
SELF = frozenset({"it", "he", "she", "they", "we", "i", "its", "his", "her", "their", "our"})  # the speaker, or
# what is the speaker's ("his firm", "its board")
STATED_INTENT = "030"  # CAMEO "express intent to cooperate": what an actor says it will do, when the lexicon
# names no narrower intent
CONTENT_REACH = 10  # words from a reporting verb to the first word of what was said
MAX_SAID_WORDS = 14  # words from the reported clause's first word to its verb
MAX_SUBJECT_WORDS = 6  # words of the reported clause's subject a title shows whole
VERB_TAIL = 4  # words a title shows after the reported clause's verb
CHAIN = triggers.FUTURE | triggers.BE | PERFECT | triggers.NEGATIONS | {
    "to", "do", "did", "does", "also", "still", "already", "now", "again", "then", "yet"}  # "would probably not"


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


def spoken_of(words: Words, trigger: triggers.Trigger, binding: attach.Binding,
              mentions: list[Mention], speaking: set[str]) -> list[Mention]:
    """The actors what was said is about: the subject of the reported clause when an actor names it ("said
    the U.S. and Japan would settle", "told Reuters that Ruritania would pay"), with those joined to it by
    "and"; likewise in the clause that opens the sentence before a closing reporting verb; else the actors
    the words put after the verb, but the one spoken to. `speaking` holds the speakers and the actors they
    speak for, who are no target ("said it would")."""
    placed = [(words.index_at(m.start), m) for m in mentions]
    after = [(i, m) for i, m in placed if i > trigger.last]
    start = trigger.last + 1
    if addressed(words, trigger, binding) and after:
        start = words.index_at(after[0][1].end - 1) + 1
    if not any(i >= start for i, _ in after) and words.clause[trigger.first] > 0:
        start = 0
    while start < len(words) and (words.forms[start] in CONTENT_OPENERS or words.forms[start] in
                                  triggers.DETERMINERS or words.is_break(start)):
        start += 1
    subject = next((m for i, m in placed if start <= i <= start + SUBJECT_REACH and
                    not attach.after_preposition(words, i)), None)
    if subject is None:  # what was said acts on the actors after the verb, the addressee aside
        spoken_to = binding.targets[:1] if addressed(words, trigger, binding) else []
        return [m for m in binding.targets if m not in spoken_to and m.actor not in speaking]
    found = [subject] + [m for _, m in placed if m is not subject and attach.coordinated(words, subject, m)]
    return [m for m in found if m.actor not in speaking]


def states_intent(words: Words, trigger: triggers.Trigger, speakers: list[Mention]) -> bool:
    """Whether a reporting verb reports what the speaker itself will do ("said it would refile", "said his firm
    will cooperate fully", "said it was prepared to wait"): a stated intent, not a comment."""
    first = trigger.last + 1
    while first < len(words) and (words.forms[first] in CONTENT_OPENERS or words.is_break(first)):
        first += 1
    if first >= len(words):
        return False
    named = [words.index_at(m.end - 1) for m in speakers if words.index_at(m.start) == first]
    if named:
        verb = named[0] + 1
    elif words.forms[first] in SELF:
        verb = first + 1 if words.forms[first] in triggers.DETERMINERS - SELF or first + 1 >= len(words) or \
            words.forms[first] not in triggers.DETERMINERS else first + 2
    else:
        return False
    ahead = words.forms[verb:verb + 4]
    if not ahead or any(form in triggers.NEGATIONS for form in ahead[:3]):
        return False
    if ahead[0] in triggers.FUTURE:
        return len(ahead) > 1 and ahead[1] not in triggers.BE | PERFECT  # "it will be ten days": a forecast
    at = 1 if ahead[0] in triggers.BE else 0
    return len(ahead) > at + 1 and ahead[at] in triggers.INTENT and ahead[at + 1] == "to"


def whole(words: Words, trigger: triggers.Trigger, said: str) -> str:
    """What was said, as a title shows it: the reported clause `said` opens, kept on to its verb and a few
    words after ("says the most likely move would involve duties", not "says the most likely move"); a long
    subject keeps its head ("eight hours of talks in Rio with the minister ended" reads "eight hours of talks
    ended")."""
    opening = said.lower().split()[:2]
    first = next((j for j in range(trigger.last + 1, min(len(words), trigger.last + 1 + CONTENT_REACH))
                  if words.forms[j:j + len(opening)] == opening), None)
    if first is None:
        return said
    verb = next((j for j in range(first + 1, min(len(words), first + MAX_SAID_WORDS))
                 if _verb(words, j)), None)
    if verb is None or any(words.is_break(j) or words.forms[j] in SUBORDINATORS for j in range(first, verb)):
        return said
    last = verb
    while last + 1 < len(words) and (words.forms[last + 1] in CHAIN or words.forms[last + 1].endswith("ly")):
        last += 1  # "would probably not", "was still", "had already"
    main = last
    while last + 1 < len(words) and last + 1 - main <= VERB_TAIL and not words.is_break(last + 1) and \
            words.forms[last + 1] not in SUBORDINATORS and words.forms[last + 1] not in ("but", "while", "as") and \
            not (last > main and words.forms[last + 1] in triggers.PREPOSITIONS - {"to"} | {"and", "or"}):
        last += 1
    head = next((j for j in range(first + 1, verb) if words.forms[j] in triggers.PREPOSITIONS - {"of"}), verb)
    if verb - first <= MAX_SUBJECT_WORDS or head == verb:
        text = phrases.phrase(words, first, last)
    else:
        subject, rest = phrases.phrase(words, first, head - 1), phrases.phrase(words, verb, last)
        text = f"{subject} {rest}" if subject and rest else None
    return text if text and len(text.split()) > len(said.split()) else said


def _verb(words: Words, j: int) -> bool:
    """A finite verb, as far as the words tell: an auxiliary, a modal or a past form."""
    form = words.forms[j]
    return form in triggers.FUTURE or form in triggers.BE or form in PERFECT or form in PRESENT or \
        form in ("did", "does") or form in PAST_IRREGULAR or len(form) > 4 and form.endswith("ed")

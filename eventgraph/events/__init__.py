"""Event mentions in one article: trigger, CAMEO type, participants and date.

For each sentence: find the triggers of the lexicon that report a happening (`triggers`), attach the
sentence's time expressions and actor mentions to them (`attach`), then write one `EventMention` per
happening, and a second one dated in the past for a recalled happening ("his first visit since 2000"). A
happening with no date of its own takes the publication date. Only happenings with an actor, a clear object
or a date of their own are kept; blame, rejection and threats need someone who voices them and someone or
something they are aimed at. A reporting verb ("said") is an event only when what it reports is not one and
it says something (an object of three words or more, after the addressee of "told", or opening the sentence
before it). What an actor says it will do ("would request talks", "ready to impose tariffs") is coded as the
intent or threat to do it (`resources/en/events_intent.tsv`), dated when it is said.
"""

from __future__ import annotations

import re

from ..model import Date, Document, EventMention, Mention, Participant, granularity
from . import attach, titles, triggers
from .lexicon import entries_by_first_word, intents, is_mutual, label
from .text import BREAKS, COORDINATORS, QUOTES, SUBORDINATORS, Words, read

_DATE_VALUE = re.compile(r"^\d{2,4}(-(\d{2}|W\d{2}|Q\d|H\d|SP|SU|FA|WI)(-\d{2})?)?(T[\d:]+)?$")
_PART_OF_DAY = re.compile(r"^(\d{4}-\d{2}-\d{2})T(MO|AF|EV|NI)$")  # "Tuesday night": the day is the date
ADVERBS = frozenset({"earlier", "later", "again", "also", "now", "today", "yesterday", "recently", "already",
                     "still", "then", "too", "swiftly", "quickly", "formally", "jointly", "separately"})
_PRONOUNS = frozenset({"it", "them", "this", "that", "these", "those", "which", "what", "him", "her", "us", "how",
                       "why", "whether", "who", "where", "when", "here", "there"})
MAX_OBJECT_WORDS = 8
TOPICAL = frozenset({"on", "over", "about", "against"})  # a noun's object keeps these in a title
NOUN_LINKS = frozenset({"between", "of", "with", "against", "over"})  # "summit between", "strike of"
AUXILIARIES = triggers.BE | triggers.PERFECT | triggers.MODALS | {"did", "do", "does", "also", "then", "later"}
PERSONAL = frozenset({"i", "you", "he", "she", "we", "they", "one"})
MAX_SUBJECT_WORDS = 3
MIN_STATEMENT_WORDS = 3  # "says the company" is no content; "says talks failed" is
DANGLING = triggers.PREPOSITIONS | triggers.DETERMINERS | triggers.MODALS | triggers.BE | triggers.PERFECT | \
    COORDINATORS | SUBORDINATORS | PERSONAL | _PRONOUNS | {"once", ",", "-", "--"}
OPENERS = SUBORDINATORS - {"that"} | COORDINATORS | {"following", "after", "before", "since", "despite"}
ADDRESSING = frozenset({"tell"})  # reporting verbs whose first object is the one spoken to ("told Reuters")
DIRECTED = frozenset({"11", "12", "13"})  # CAMEO roots of disapproval, rejection and threat: someone against
# someone or something
SPEECH = frozenset({"01", "02", "10", "11", "12", "13"})  # CAMEO roots of things said: they need a speaker or
# an addressee among the actors


def annotate(doc: Document) -> Document:
    doc.event_mentions = []
    timexes = sorted(enumerate(doc.timexes), key=lambda item: item[1].start)
    mentions = sorted(doc.mentions, key=lambda m: m.start)
    t = m = 0
    for number, sentence in enumerate(doc.sentences):
        while t < len(timexes) and timexes[t][1].start < sentence.start:
            t += 1
        while m < len(mentions) and mentions[m].start < sentence.start:
            m += 1
        t_end, m_end = t, m
        while t_end < len(timexes) and timexes[t_end][1].end <= sentence.end:
            t_end += 1
        while m_end < len(mentions) and mentions[m_end].end <= sentence.end:
            m_end += 1
        doc.event_mentions += sentence_events(doc, number, timexes[t:t_end], mentions[m:m_end])
    return doc


def sentence_events(doc: Document, number: int, timexes, mentions: list[Mention]) -> list[EventMention]:
    """The event mentions of sentence `number`, given its (index, Timex) pairs and its actor mentions."""
    sentence = doc.sentences[number]
    words = read(sentence.text, sentence.start)
    names = {i for mention in mentions for i in range(words.index_at(mention.start), len(words))
             if words.starts[i] < mention.end}
    found = _absorb(triggers.find(words, names))
    if not found:
        return []
    bindings = attach.dates(words, found, timexes)
    attach.actors(words, found, mentions, bindings)
    cut = _provisions(found, bindings)
    found, bindings = found[:cut], bindings[:cut]
    _hand_reports_on(words, found, bindings)
    kept = _keep(words, found, bindings, timexes)
    reports_only = all(trigger.entry.kind == "S" for trigger, _, _ in kept)
    _date_intents(kept)
    result = []
    for n, (trigger, binding, obj) in enumerate(kept):
        if trigger.entry.kind == "S" and not reports_only and (
                binding.timex is None or any(other.intended for other, _, _ in kept[n + 1:])):
            continue
        if trigger.entry.kind == "S" and reports_only and n > 0 and binding.timex is None:
            continue  # "X said it declared a dividend": one statement, made by the first reporting verb
        current = _mention(doc, number, words, trigger, binding, obj, binding.timex)
        # a document noun ("the 1961 treaty") or an earlier happening ("the last meeting") is only its date
        if binding.timex is not None or not (trigger.entry.kind == "D" or trigger.earlier):
            result.append(current)
        if binding.earlier_timex is not None:
            result.append(_earlier(doc, current, binding))
    return result


def _keep(words: Words, found: list[triggers.Trigger], bindings: list[attach.Binding], timexes):
    """The triggers worth an event, with their objects: dated when they must be, with a speaker when they
    report speech, with an actor or a clear object always."""
    kept = []
    for n, (trigger, binding) in enumerate(zip(found, bindings)):
        kind = trigger.entry.kind
        if (kind == "D" or trigger.earlier) and binding.timex is None and binding.earlier_timex is None:
            continue
        inverted = kind == "S" and _inverted(words, trigger, binding)
        if kind == "S" and not binding.sources or trigger.intended and (
                not binding.sources or trigger.entry.code[:2] not in intents()):
            continue
        following = len(words) if kind == "S" else next(
            (other.first for other in found[n + 1:] if other.entry.kind != "D"), len(words))
        obj = _object(words, trigger, timexes, following)
        if kind == "S" and _addressed(words, trigger, binding):
            obj = _told(words, trigger, binding, timexes)
        elif kind == "S" and trigger.entry.headline in ADDRESSING and obj:
            obj = obj.partition("that ")[2] or None  # "told reporters that ...", not "told reporters"
        if inverted:
            obj = _fronted(words, trigger) if n == 0 else None
        elif kind == "S" and obj is None and n == 0:
            obj = _fronted(words, trigger)
        if kind == "S" and (obj is None or len(obj.split()) < MIN_STATEMENT_WORDS or
                            any(obj.lower() in (m.name or m.text).lower() for m in binding.sources)):
            continue  # '"...," he said', "said the company": what was said is reported by its own triggers
        if trigger.verbal and trigger.entry.headline == "meet" and obj and not any(
                mention.text in obj for mention in binding.targets):
            continue  # "met its targets", "met a strong response": meeting no one is no meeting
        root = trigger.entry.code[:2]
        speaker = binding.sources or trigger.verbal and not trigger.passive and _subject_phrase(words, trigger)
        if root in DIRECTED and not (speaker and (binding.targets or obj)):
            continue  # "the North being accused", "who accuse them": who blames whom must be said
        if root in ("01", "10") and kind == "V" and obj is None and not binding.targets:
            continue  # "X denies", "X demands", with nothing denied or demanded
        if root == "03" and not trigger.intended and obj is None:
            continue  # "treaties that the two countries agreed": a pledge needs what is pledged
        clear = obj and not obj.startswith("to ") and root not in SPEECH
        dated = trigger.nominal and kind != "D" and binding.timex is not None and root not in SPEECH
        if binding.sources or binding.targets or clear or dated:
            kept.append((trigger, binding, obj))
    return kept


def _date_intents(kept) -> None:
    """A stated intent happens when it is stated: it takes the date of the reporting verb before it, or the
    publication date, never the date of the happening it looks forward to ("would request talks next week")."""
    stated = None
    for trigger, binding, _ in kept:
        if trigger.entry.kind == "S":
            stated = binding.timex
        elif trigger.intended:
            binding.timex, binding.earlier_timex = stated, None


def _addressed(words: Words, trigger: triggers.Trigger, binding: attach.Binding) -> bool:
    """"told Reuters", "told the American think tank X": an actor right after a reporting verb is spoken to."""
    after = trigger.last + 1
    if trigger.entry.headline not in ADDRESSING or not binding.targets or after >= len(words):
        return False
    return words.forms[after] in triggers.DETERMINERS - {"that", "this", "its", "his", "her", "their"} or any(
        words.index_at(mention.start) == after for mention in binding.targets)


def _inverted(words: Words, trigger: triggers.Trigger, binding: attach.Binding) -> bool:
    """"..., said Maria Ramirez of Drexel": the actor right after a reporting verb that closes the sentence is
    its speaker, not what was said. Moves it from the targets to the sources."""
    if trigger.entry.headline in ADDRESSING or words.clause[trigger.first] == 0:
        return False
    speaker = next((mention for mention in binding.targets if words.index_at(mention.start) == trigger.last + 1),
                   None)
    if speaker is None:
        return False
    binding.sources = [speaker]
    binding.targets = [mention for mention in binding.targets if mention is not speaker]
    return True


def _fronted(words: Words, trigger: triggers.Trigger) -> str | None:
    """"The Soviet Union supports freedom of navigation in the Gulf, its ambassador told KUNA": what was said
    opens the sentence, unquoted, before the speaker's clause."""
    clause = words.clause[trigger.first]
    if clause == 0 or words.quoted[0] or words.forms[0] in QUOTES:
        return None
    last = 0
    while last + 1 < len(words) and words.clause[last + 1] == 0 and not words.is_break(last + 1):
        last += 1
    return _phrase(words, 0, min(last, MAX_OBJECT_WORDS * 2))


def _told(words: Words, trigger: triggers.Trigger, binding: attach.Binding, timexes) -> str | None:
    """"told Kuwait News Agency that the Soviet Union supports ...": what was said follows the addressee."""
    after = [words.index_at(mention.end - 1) for mention in binding.targets
             if words.index_at(mention.start) > trigger.last]
    if not after:
        return None
    return _object(words, triggers.Trigger(trigger.first, min(after), trigger.entry), timexes, len(words))


def _provisions(found: list[triggers.Trigger], bindings: list[attach.Binding]) -> int:
    """"The pact also says Russia and North Korea agreed to ...": what a document says is a provision, not a
    happening. Returns how many triggers to keep: those before a speakerless reporting verb that follows a
    document noun."""
    for n, (trigger, binding) in enumerate(zip(found, bindings)):
        if trigger.entry.kind == "S" and not binding.sources and any(o.entry.kind == "D" for o in found[:n]):
            return n
    return len(found)


def _absorb(found: list[triggers.Trigger]) -> list[triggers.Trigger]:
    """"convened an emergency meeting" is one happening: a verb's object noun of the same type is dropped."""
    kept = []
    for trigger in found:
        previous = kept[-1] if kept else None
        if (previous is not None and previous.verbal and trigger.nominal and trigger.entry.kind != "D"
                and previous.entry.code[:2] == trigger.entry.code[:2] and trigger.first - previous.last <= 4):
            continue
        kept.append(trigger)
    return kept


def _hand_reports_on(words: Words, found, bindings) -> None:
    """A verb in the clause of a reporting verb, or in the clause it introduces, has the reporter as its source
    when it names none ("Seoul announced the addition of items to its list of goods banned from export")."""
    for n, (trigger, binding) in enumerate(zip(found, bindings)):
        if trigger.entry.kind != "S" or not binding.sources:
            continue
        clause = words.clause[trigger.first]
        for other, other_binding in zip(found[n + 1:], bindings[n + 1:]):
            reported = words.clause[other.first] in (clause, clause + 1)
            if reported and other.verbal and not other_binding.sources and not is_mutual(other.entry.code):
                other_binding.sources = list(binding.sources)


def _mention(doc: Document, number: int, words: Words, trigger: triggers.Trigger, binding: attach.Binding,
             obj: str | None, timex: int | None) -> EventMention:
    code, headline = trigger.entry.code, trigger.entry.headline
    if trigger.entry.kind == "S" and headline in ADDRESSING:
        headline = "say"  # "told Kuwait News Agency that X": the title says what was said
    if trigger.intended:
        intent, verb = intents()[code[:2]]
        code = code if code[:2] == "03" else intent  # "would propose a merger" is the proposal's own intent
        headline = f"{'weigh plans to' if trigger.weighed else verb} {headline}"
    mutual = is_mutual(code)
    participants: list[Participant] = []
    seen = set()
    for role, group in (("source", binding.sources), ("target", binding.targets)):
        for mention in group:
            if mention.actor not in seen:
                seen.add(mention.actor)
                participants.append(Participant(mention.actor, "participant" if mutual else role))
    start, end = words.starts[trigger.first], words.ends[trigger.last]
    partners = _target_phrase(words, binding.targets, False) if mutual and binding.sources and obj else None
    if partners and partners.startswith("with "):
        sources, complement = _names(binding.sources), f"{obj} {partners}"  # "X signs a deal with Y"
    elif mutual:
        sources, complement = _names(binding.sources + binding.targets), obj
    else:
        sources, complement = _names(binding.sources), obj or _target_phrase(words, binding.targets,
                                                                             trigger.nominal)
    plural = False
    if not sources and trigger.verbal and not trigger.passive:
        sources = [phrase] if (phrase := _subject_phrase(words, trigger)) else []
        plural = bool(phrase) and (phrase.endswith("s") and not phrase.endswith(("ss", "us")) or
                                   phrase.endswith(("men", "people", "police")))
    if trigger.entry.kind == "S" and not obj or complement and any(
            _bare(complement) in name.lower() or trigger.nominal and _bare(complement).startswith(name.lower())
            for name in sources):
        complement = None  # "the collapse of the latter": the object is the actor itself
    if trigger.entry.kind == "N" and len(trigger.entry.slots) > 1:
        headline = f"{headline} {doc.text[start:end].lower()}"  # "carries out" + "nuclear test"
    if trigger.nominal and complement and obj and complement.startswith(obj) and \
            words.forms[trigger.last + 1] in TOPICAL:
        complement = f"{words.forms[trigger.last + 1]} {complement}"  # "holds talks on export quotas"
    if complement and obj and _inner_object(trigger):
        # the object already holds the phrase's noun: "proposes a cash merger", "plans to propose a merger"
        cue = len(headline.split()) - len(trigger.entry.headline.split())  # "plan to", "weigh plans to"
        headline = " ".join(headline.split()[:cue + 1])
        addressees = None if mutual else _target_phrase(words, binding.targets, False)
        if addressees and addressees.split()[0] in triggers.PREPOSITIONS:
            complement = f"{obj} {addressees}"  # "expresses gratitude to Kim"
    return EventMention(
        sentence=number, trigger_start=start, trigger_end=end, trigger=doc.text[start:end], code=code,
        label=label(code), title=titles.compose(sources, headline, complement, _infinitive(words, trigger), plural)
        if sources or complement or
        trigger.verbal else _noun_title(words, trigger),
        date=_date(doc, timex), timex=timex if timex is not None and _dates(doc, timex) else None,
        actors=participants, object=obj)


def _subject_phrase(words: Words, trigger: triggers.Trigger) -> str | None:
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
        return _phrase(words, first, last)
    return _phrase(words, first + 1, last)


def _plain(words: Words, j: int) -> bool:
    form = words.forms[j]
    return form.isalpha() and not words.capitalised(j) and form not in triggers.DETERMINERS and \
        form not in PERSONAL and form not in _PRONOUNS and form not in SUBORDINATORS and form not in COORDINATORS \
        and form not in AUXILIARIES and form not in triggers.PREPOSITIONS and form not in ADVERBS and not any(
            entry.verbal for entry in entries_by_first_word().get(form, ()))


def _bare(phrase: str) -> str:
    """"the Inter-American Development Bank" -> "inter-american development bank"."""
    first, _, rest = phrase.lower().partition(" ")
    return rest if first in triggers.DETERMINERS and rest else phrase.lower()


def _infinitive(words: Words, trigger: triggers.Trigger) -> bool:
    """"offered to buy the company": the object is what the verb leads to."""
    return trigger.verbal and trigger.last > trigger.first and words.forms[trigger.last] == "to"


def _noun_title(words: Words, trigger: triggers.Trigger) -> str:
    """"a summit between their leaders on Wednesday", "the stoppage, which began last Friday": a happening
    with no actor is named by its noun and the phrase that says between whom or of what."""
    last = trigger.last
    if last + 1 < len(words) and words.forms[last + 1] in NOUN_LINKS:
        end = last + 1
        while end + 1 < len(words) and end - last < MAX_OBJECT_WORDS and not words.is_break(end + 1) and \
                words.forms[end + 1] not in triggers.PREPOSITIONS and words.forms[end + 1] not in SUBORDINATORS:
            end += 1
        if end > last + 1:
            last = end
    text = " ".join(words.span(trigger.first, last).split())
    return text[:1].upper() + text[1:]


def _earlier(doc: Document, current: EventMention, binding: attach.Binding) -> EventMention:
    timex = doc.timexes[binding.earlier_timex]
    if binding.earlier_years is None:
        date = _date(doc, binding.earlier_timex)
    elif doc.published:
        year = str(int(doc.published[:4]) - binding.earlier_years)
        date = Date(year, "year", "relative", timex.text)
    else:
        date = Date(None, "none", "none", timex.text)
    return EventMention(
        sentence=current.sentence, trigger_start=current.trigger_start, trigger_end=current.trigger_end,
        trigger=current.trigger, code=current.code, label=current.label, title=current.title, date=date,
        timex=binding.earlier_timex, actors=list(current.actors), object=current.object)


def _dates(doc: Document, index: int) -> bool:
    value = doc.timexes[index].value
    return value is None or bool(_DATE_VALUE.match(_day(value)))


def _day(value: str) -> str:
    part_of_day = _PART_OF_DAY.match(value)
    return part_of_day.group(1) if part_of_day else value


def _date(doc: Document, index: int | None) -> Date:
    if index is not None:
        timex = doc.timexes[index]
        if timex.value is None:
            return Date(None, "none", "none", timex.text)
        value = _day(timex.value)
        if _DATE_VALUE.match(value):
            return Date(value, granularity(value), "relative" if timex.relative else "explicit",
                        timex.text)
    if doc.published:
        return Date(doc.published, "day", "inferred" if doc.published_source == "inferred" else "publication")
    return Date()


def _names(mentions: list[Mention]) -> list[str]:
    names: list[str] = []
    for mention in mentions:
        name = mention.name or mention.text
        if name not in names:
            names.append(name)
    return names


def _target_phrase(words: Words, targets: list[Mention], nominal: bool) -> str | None:
    if not targets:
        return None
    parts = []
    for mention in targets:
        i = words.index_at(mention.start)
        preposition = words.forms[i - 1] if i > 0 and words.forms[i - 1] in triggers.PREPOSITIONS else ""
        if preposition == "to" and nominal:
            preposition = ""  # "his visit to Hanoi" -> "visits Hanoi"
        name = mention.name or mention.text
        parts.append((preposition, name))
    phrase = []
    for preposition, name in parts[:titles.MAX_NAMES]:
        phrase.append(f"{preposition} {name}" if preposition and not phrase else name)
    return titles.join(phrase)


def _object(words: Words, trigger: triggers.Trigger, timexes, following: int) -> str | None:
    """The phrase the trigger acts on: "the Treaty on Comprehensive Strategic Partnership", "the deal".

    It ends at punctuation, a preposition, a subordinating word, a time expression or the next trigger;
    `following` is the index of the next trigger's first word.
    """
    in_timex = {j for _, timex in timexes if timex.value and _DATE_VALUE.match(_day(timex.value))
                for j in range(words.index_at(timex.start), len(words)) if words.starts[j] < timex.end}
    kind = trigger.entry.kind
    if kind == "D":
        first = trigger.first
        while first > 0 and _modifier(words, first - 1):
            first -= 1
        return _phrase(words, first, _name_end(words, trigger.last))
    if trigger.verbal and trigger.passive:
        return _passive_object(words, trigger)
    if _inner_object(trigger):
        last = trigger.last
        while last + 1 < min(len(words), following) and last + 1 - trigger.first <= MAX_OBJECT_WORDS and \
                last + 1 not in in_timex and _continues(words, last + 1, kind, trigger.last + 1) and \
                words.forms[last + 1] not in triggers.PREPOSITIONS:
            last += 1
        return _phrase(words, trigger.first + 1, max(last, _name_end(words, last)))
    j = trigger.last + 1
    if kind == "N":
        if j >= len(words) or words.forms[j] not in ("of", "on", "over", "against", "about"):
            return None
        j += 1
        if words.forms[j:j + 2] in (["the", "latter"], ["the", "former"]):
            return _pair_member(words, trigger.first, words.forms[j + 1] == "latter")
    while j < len(words) and (j in in_timex or words.forms[j] in QUOTES or kind == "S" and
                              words.forms[j] in ("that", "on")):
        j += 1
    if j < len(words) and words.forms[j] == "to" and kind != "S":
        if not (j + 1 < len(words) and words.forms[j + 1].isalpha() and not words.capitalised(j + 1)):
            return None
    elif j < len(words) and words.forms[j] in triggers.PREPOSITIONS:
        return None
    last = j - 1 if words.forms[j:j + 1] != ["to"] else j
    while last + 1 < min(len(words), following) and last + 1 - j < MAX_OBJECT_WORDS and \
            last + 1 not in in_timex and _continues(words, last + 1, kind, j):
        last += 1
    if last < j:
        return None
    return _phrase(words, j, max(last, _name_end(words, last)))


def _passive_object(words: Words, trigger: triggers.Trigger) -> str | None:
    """"The treaty was signed", "the pact, signed by ...": the phrase before the verb."""
    clause = words.clause[trigger.first]
    start = words.clause_starts[clause]
    end = trigger.first
    while end > start and words.forms[end - 1] in triggers.BE | triggers.PERFECT:
        end -= 1
    if end == start and clause > 0:
        start = words.clause_starts[clause - 1]
        end = start
        while end < len(words) and words.clause[end] == clause - 1 and not words.is_break(end):
            end += 1
    while start < end and (words.forms[start] in triggers.PREPOSITIONS or words.forms[start] in QUOTES):
        start += 1
    if end - start > MAX_OBJECT_WORDS:
        return None
    return _phrase(words, start, end - 1)


def _pair_member(words: Words, before: int, latter: bool) -> str | None:
    """"between North Korea and the Soviet Union ... the collapse of the latter": the second (or first) of the
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
        return _phrase(words, first, last)
    return None


def _inner_object(trigger: triggers.Trigger) -> bool:
    """A verb phrase whose last word is its object noun ("proposed a cash merger", "expressed grave concern")."""
    slots = trigger.entry.slots
    return trigger.entry.kind == "V" and len(slots) > 1 and not slots[-1].forms & triggers.PREPOSITIONS


def _continues(words: Words, j: int, kind: str, first: int) -> bool:
    form = words.forms[j]
    if form in QUOTES:
        return True
    if kind == "S":
        return not (words.is_break(j) or form in ("but", "while", "as"))
    if words.is_break(j) or form in SUBORDINATORS or form in ADVERBS or form in ("but", "while", "as"):
        return False
    if form in triggers.NEGATIONS or j > first and words.forms[j - 1] == "." and len(form) > 1:
        return False  # "warned the U.S. Not to intervene": a full stop ends an abbreviation, and the phrase
    if j > first and (form in triggers.BE or form in triggers.MODALS or form in triggers.PERFECT):
        return False  # "to attack ships were": a verb of the next clause
    if form in COORDINATORS and not words.quoted[j] or form.endswith("ing") and j > first and not _noun(form):
        return False
    if form in triggers.PREPOSITIONS:
        return form in ("of", "on") and words.capitalised(j + 1)
    return True


def _noun(form: str) -> bool:
    return any(entry.kind == "N" for entry in entries_by_first_word().get(form, ()))


def _modifier(words: Words, j: int) -> bool:
    return not words.is_break(j) and words.forms[j] not in triggers.DETERMINERS and words.forms[j] not in \
        triggers.PREPOSITIONS and words.forms[j] not in triggers.BE and words.forms[j] not in BREAKS


def _name_end(words: Words, last: int) -> int:
    """Extend a capitalised name across "of", "on", "and" and commas: "Treaty of Friendship, Cooperation"."""
    j = last
    while j + 1 < len(words):
        nxt = words.forms[j + 1]
        if words.capitalised(j + 1) and words.capitalised(j):
            j += 1
        elif nxt in ("of", "on", "and", ",", "for") and words.capitalised(j + 2) and words.capitalised(j):
            j += 2
        elif nxt == "," and j + 2 < len(words) and words.forms[j + 2] == "and" and words.capitalised(j + 3):
            j += 3
        else:
            break
    return j


def _phrase(words: Words, first: int, last: int) -> str | None:
    if last < first:
        return None
    while last > first and words.forms[last] in DANGLING:
        last -= 1  # a phrase cut short ends on a content word: "the move would involve", not "... against the"
    if words.forms[first] in triggers.DETERMINERS:
        text = words.forms[first] + words.span(first, last)[len(words.forms[first]):]
    else:
        text = words.span(first, last)
    text = re.sub(r"[\"“”]", "", text).strip(" '‘’,;:.-")
    if re.search(r"\.[A-Z]$", text):
        text += "."  # "the U.S."
    if not text or text.lower() in _PRONOUNS or text.lower() in triggers.DETERMINERS or \
            text.lower() in triggers.PREPOSITIONS or words.forms[first] in OPENERS:
        return None  # "acquired, which makes ...", "said if the members reject": no object, no content
    return " ".join(text.split())

"""Who spoke: a pronoun, a body or country named before the plain noun of who spoke ("U.S. officials said"), a
speaker named after the verb, and the analysts, economists and dealers annotators code as commentators.

A speaker the word rules miss may be a pronoun ("..., he said") or a country or body named, or named by its
adjective, before the plain noun of who spoke; one named after the verb speaks the clause before it ("..., said
Jan Novak of Acme").
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..actors import descriptions, groups
from ..actors.names import fold
from ..model import Document, Mention
from . import attach, phrases, triggers
from .lexicon import COMMENTATORS, plural
from .parse_words import SPEAKING_FOR
from .reported_clause import SELF, finite_verb, relative_aside_before, reporting
from .text import COORDINATORS, QUOTES, SUBORDINATORS, Words, read


UNLIKE = frozenset({"like", "unlike", "as"})  # "Ruritania, like most analysts, said": a comparison, not who speaks
REPORTS = frozenset({"report", "study", "survey"})  # names a story gives one text by turns
INDEFINITE_REPORTS = frozenset({"a", "an"})  # "an independent report said": one the next sentence may name
PUT_OUT_REACH = 3  # words between published figures and the "by" of their publisher: "released on Monday"
APPOSITION_REACH = 8  # words of "Jan Novak, an analyst with Acme Securities," before or after the verb


def commentator(words: Words, trigger: triggers.Trigger) -> bool:
    """"analysts said", "said one dealer", "Jan Novak, an analyst with Acme Securities, said": who comment on
    what others do; news event coders count their words as comments (010), whatever they say should or will
    happen."""
    before = words.before(trigger.first, phrases.ADVERBS)
    if before >= 0 and words.forms[before] in COMMENTATORS:
        return True
    start = words.clause_starts[words.clause[before]] if before >= 0 else trigger.first
    if _commentator_phrase(words, max(start, trigger.first - APPOSITION_REACH), trigger.first) \
            and words.forms[max(0, start - 1)] == ",":
        return True  # "Jan Novak, an analyst with Acme, said", "..., analysts and officials said"
    if not (words.capitalised(trigger.last + 1) or words.forms[trigger.last + 1:trigger.last + 2] and
            words.forms[trigger.last + 1] in ONE_OF):
        return False  # "said the analysts were wrong": what was said, not who said it
    after = next((j for j in range(trigger.last + 1, len(words)) if words.forms[j] in QUOTES or
                  words.forms[j] in ("that", ".") or words.forms[j] in SUBORDINATORS), len(words))
    return after - trigger.last <= APPOSITION_REACH + 2 and any(
        form in COMMENTATORS for form in words.forms[trigger.last + 1:after])  # "said Jan Novak, an analyst"


def _commentator_phrase(words: Words, first: int, end: int) -> bool:
    """Whether the speaker's phrase or apposition in words `first`..`end` holds a commentator noun of its own ("an
    analyst with Acme", "Bank of Acme economist Jan Novak", "banking analysts"), not one a verb form, a
    preposition or a comparison before it governs ("ignoring the analysts", "in remarks to a society of
    analysts", "like most analysts": the speaker is someone else)."""
    for j in range(first, end):
        form = words.forms[j]
        if form in COMMENTATORS:
            return True
        inside_name = words.capitalised(j - 1) and words.capitalised(j + 1)  # "Bank of Acme"
        adjective = j + 1 < end and words.forms[j + 1] in COMMENTATORS  # "banking analysts"
        if form in UNLIKE or form in triggers.PREPOSITIONS and not inside_name or \
                form.endswith(("ing", "ed")) and not adjective:
            return False
    return False


SPEAKING = frozenset({"he", "she", "it"})  # pronouns that name one speaker; "they" may be any of several, and
# speakers named by a plural never call themselves by one of these ("traders said it appears": what was said)
SPEAKER_NOUNS = 2  # plain words between a speaker's name and the verb: "U.S. trade officials said"


def speakers(doc: Document, words: Words, found: list[triggers.Trigger], bindings: list[attach.Binding]) -> None:
    """The speaker of a reporting verb the word rules gave none: the actor a pronoun right before or after it
    stands for ("..., he said", "It said ...", "said she", "he also said"), unless what was said names that
    actor ("Novak is abroad, he said": he is someone else); or the country or body whose name or adjective leads the plain
    noun before it ("U.S. officials said", "French officers said"), as CAMEO coders code such speakers."""
    named = {m.actor for m in doc.mentions if words.offset <= m.start < words.offset + len(words.text)}
    for trigger, binding in zip(found, bindings):
        end = _unnamed_after(words, trigger) if trigger.entry.kind == "S" else None
        if end is not None:
            served_by = _body_served(doc, words, end - 1) if words.forms[end - 1] in SERVING else None
            binding.sources = [served_by] if served_by is not None else [
                m for m in binding.sources if m.start >= words.ends[trigger.last]]
        if trigger.entry.kind == "S" and binding.sources:
            binding.sources = _closing_it(doc, words, trigger, binding.sources, named) or \
                _market_group(doc, words, trigger, binding.sources) or binding.sources
        if trigger.entry.kind != "S" or binding.sources:
            continue
        before = words.before(trigger.first, phrases.ADVERBS)
        at = next((j for j in (before, trigger.last + 1) if 0 <= j < len(words) and
                   words.forms[j] in SPEAKING and not (j > trigger.last and (
                       attach.plural_subject(words, trigger) or saying_participle(words, trigger) or
                       shared_subject(words, trigger)))), None)
        if at is None and _plural_pronoun(words, trigger):
            binding.sources = _their_speakers(doc, words, trigger)
            continue
        if at is None:
            # "a senior official, who asked not to be named, said": the speaker's phrase ends before the aside
            verb = relative_aside_before(words, trigger).start or trigger.first
            speaker = _named_speaker(doc, words, verb) or _publisher(doc, words, verb) or \
                _report_author(doc, words, verb) or unnamed_group(doc, words, trigger, verb)
        else:  # the speaker was named before the sentence: what was said may name others
            speaker = (descriptions.last_speaker(doc, words.starts[at]) if words.forms[at] == "it" else None) or \
                descriptions.antecedent(doc, words.forms[at], words.offset)
            if speaker is not None and speaker.actor in named:
                speaker = None
            elif speaker is not None:
                speaker = replace(speaker, start=words.starts[at], end=words.ends[at], text=words.surface[at])
        if speaker is not None:
            binding.sources = [speaker]


def _market_group(doc: Document, words: Words, trigger: triggers.Trigger, sources: list[Mention]) -> list[Mention]:
    """"Ruritanian bankers said", "..., one Swiss dealer said": the country whose name or adjective leads the
    phrase of market speakers right before the reporting verb only says where they work; they speak as a group.
    Empty when the speakers are of another kind ("Ruritanian officials") or the sources are not that country."""
    head = words.before(trigger.first, phrases.ADVERBS)
    if head < 1 or not _in_markets(words.forms[head]):
        return []
    k = head - 1
    for _ in range(GROUP_MODIFIERS):  # an abbreviation is one word: "one U.S. dealer"
        start = words.abbreviation_start(k)
        k = (k if start is None else start) - 1
    opening = words.starts[max(0, k + 1)]
    if not all(m.type == "country" and opening <= m.start and m.end <= words.starts[head] for m in sources):
        return []
    group = _group_at(doc, words, head)
    return [group] if group is not None and group.type == "group" else []


def _closing_it(doc: Document, words: Words, trigger: triggers.Trigger, sources: list[Mention],
                named: set[str]) -> list[Mention] | None:
    """"Acme said it will buy Beta Corp. ... Beta had sales of 23 mln dlrs, it said": an "it" that speaks after
    the words it closes, which name another body as their subject, is the body the article last told as speaking,
    when that body goes unnamed in the sentence ("Acme will grow, it said" is Acme's own word); None otherwise."""
    at = words.before(trigger.first, phrases.ADVERBS)
    if at < 1 or words.forms[at] != "it" or words.forms[at - 1] != "," or \
            any(m.start >= words.starts[at] for m in sources):
        return None
    speaker = descriptions.last_speaker(doc, words.starts[at])
    if speaker is None or speaker.actor in named or any(m.actor == speaker.actor for m in sources):
        return None
    return [replace(speaker, start=words.starts[at], end=words.ends[at], text=words.surface[at])]


def _unnamed_after(words: Words, trigger: triggers.Trigger) -> int | None:
    """"Novak views the gap very seriously, said an official travelling with him": a reporting verb that closes the
    sentence, after the break that ends what was said, followed by a phrase of one unnamed speaker that runs to the
    sentence's end with no verb of its own. He speaks, not an actor named in what he said; the end of his phrase
    ("said a company spokesman": the body he serves may speak through him), or None."""
    before = words.before(trigger.first, phrases.ADVERBS)
    after = trigger.last + 1
    if words.clause[trigger.first] == 0 or before < 0 or not (words.is_break(before) or words.forms[before] in QUOTES) \
            or saying_participle(words, trigger) or after >= len(words) or words.forms[after] not in ONE_OF:
        return None
    end = next((j for j in range(after + 1, len(words)) if words.is_break(j) or words.forms[j] in QUOTES or
                words.forms[j] in SUBORDINATORS), len(words))
    closes = end == len(words) or words.forms[end] == "."
    return end if closes and end > after + 1 and not any(
        finite_verb(words, j) or words.forms[j] == "that" for j in range(after + 1, end)) else None


def shared_subject(words: Words, trigger: triggers.Trigger) -> bool:
    """"Acme withdrew its bid and said it would wait", "Acme gave no figures but said it": a verb right after
    "and" or "but" shares the subject of the verb before it; a pronoun after it opens what was said."""
    joint = words.before(trigger.first, phrases.ADVERBS)
    return joint >= 0 and words.forms[joint] in ("and", "but")


def saying_participle(words: Words, trigger: triggers.Trigger) -> bool:
    """"..., saying it would stay", "..., adding Ruritania had agreed": a present participle of a reporting verb,
    whose subject is the clause's before it; what follows it is what was said, never who said it."""
    return trigger.verbal and words.forms[trigger.first].endswith("ing")


UNNAMED_NOUNS = ("source", "analyst", "economist", "dealer", "trader", "diplomat", "banker", "broker", "observer",
                 "expert", "strategist", "participant", "specialist")  # nouns that say who spoke without naming
# them ("industry sources said", "one diplomat said")
UNNAMED_SPEAKERS = {form: plural(noun) for noun in UNNAMED_NOUNS for form in (noun, plural(noun))}  # either
# number -> the plural that names the speakers as a group
SERVING = frozenset({"officials", "official", "ministers", "minister", "executives", "executive", "spokesmen",
                     "representatives", "staff"})  # who speak for the body they serve, which a description
# may name ("Government ministers told reporters", "company executives said"); so may unnamed speakers
# ("government economists")
SERVED = frozenset({"government", "administration", "cabinet", "company", "firm", "agency", "bank", "board",
                    "management"})  # descriptions of one kind of body: "government economists" speak for the
# country, "company sources" for the company; "ministry officials" may serve any of several bodies
UNOFFICIAL = frozenset({"official", "informed", "reliable", "authoritative"})  # words that say whose sources are
# no group but a body left unnamed ("official sources", "informed sources")
ONE_OF = frozenset({"one", "another", "a", "an"})  # "one diplomat said": one of the group
NAMED_BEFORE = frozenset({"the", "these", "those"})  # "the sources said": a group the article named before
GROUP_MODIFIERS = 3  # words that say whose the speakers are: "foreign exchange dealers", "oil industry sources"
MARKET_SPEAKERS = frozenset({"analysts", "economists", "dealers", "traders", "bankers", "brokers", "strategists"})
# who work in a country's markets, not for its government: "Japanese bankers said" is a group, not Japan
LEAD_SENTENCES = 2  # the sentences of a wire story's lead
THEIR_REACH = 2  # sentences before "they said" that may name who they are


def unnamed_group(doc: Document, words: Words, trigger: triggers.Trigger, verb: int | None = None) -> Mention | None:
    """"industry sources said", "..., Western diplomats said", "said one diplomat", "the sources said": speakers
    the text names by what they are, as a group ("industry sources"; "one diplomat" or "the sources" is the
    group of diplomats or sources named before, as annotators code such speakers). `verb`, the word the speaker's
    phrase ends before, is the reporting verb's first word unless an aside comes between."""
    head = words.before(trigger.first if verb is None else verb, phrases.ADVERBS)
    if head >= 0 and words.forms[head] in SERVING - UNNAMED_SPEAKERS.keys():
        return _body_served(doc, words, head) or _qualified_before(doc, words, head)
    if head < 0 or words.forms[head] not in UNNAMED_SPEAKERS:
        head = _inverted_head(words, trigger)
    return None if head is None else _group_at(doc, words, head)


def _qualified_before(doc: Document, words: Words, head: int) -> Mention | None:
    """"EC officials said ... . Some officials said": plain staff with no word of whose they are (a determiner or
    "some" at most) serve the body the article last named them by."""
    first = head - 1 if head > 0 and words.forms[head - 1] in PLAIN_STAFF_OPENERS else head
    if first > 0 and words.forms[first - 1].isalpha() and words.forms[first - 1] not in CONTRASTING_OPENERS:
        return None
    return descriptions.qualified_staff(doc, words.forms[head], words.starts[first], words.span(first, head))


PLAIN_STAFF_OPENERS = frozenset({"some", "the", "other", "several", "many"})
CONTRASTING_OPENERS = attach.CONTRASTING | {"and"}


def served(doc: Document, words: Words, trigger: triggers.Trigger) -> Mention | None:
    """The body the speakers right before a reporting verb serve, when a description names it."""
    head = words.before(trigger.first, phrases.ADVERBS)
    return _body_served(doc, words, head) if head >= 0 and words.forms[head] in SERVING | UNNAMED_SPEAKERS.keys() \
        else None


def _body_served(doc: Document, words: Words, head: int) -> Mention | None:
    """"government economists said", "Government ministers told reporters", "company sources said": speakers
    described by the body they serve speak for the actor that description stands for."""
    k = head - 1
    while k >= 0 and head - k <= GROUP_MODIFIERS and words.forms[k].isalpha():
        if words.forms[k] in SERVED:
            return descriptions.stand_in(doc, words.surface[k], words.starts[k]) or \
                descriptions.story_government(doc, words.surface[k], words.starts[k])
        k -= 1
    return None


def spoken_after(words: Words, trigger: triggers.Trigger) -> bool:
    """"..., said the Ruritanian official.", "..., said a U.S. official, who asked not to be named": a speaker
    noun, named or unnamed, ends the phrase right after a reporting verb and the clause."""
    return _inverted_head(words, trigger, UNNAMED_SPEAKERS.keys() | SERVING | SPEAKING_FOR) is not None


def _inverted_head(words: Words, trigger: triggers.Trigger, nouns=UNNAMED_SPEAKERS.keys()) -> int | None:
    """"..., said one diplomat.", "Commented another diplomat:": the speaker noun of `nouns` right after a
    reporting verb that ends its clause; an abbreviation's full stops are no words ("said one U.S. diplomat")."""
    j, counted = trigger.last + 1, 0
    while j < len(words) and not words.is_break(j) and counted <= GROUP_MODIFIERS:
        if words.forms[j] in nouns:
            return j if j + 1 >= len(words) or words.is_break(j + 1) or words.forms[j + 1] == "." else None
        counted += words.forms[j] != "."
        j += 1
    return None


def _group_at(doc: Document, words: Words, head: int) -> Mention | None:
    """The group the speaker phrase whose noun is at `head` names, as a mention of the phrase."""
    served = _body_served(doc, words, head)
    if served is not None or any(form in UNOFFICIAL for form in words.forms[max(0, head - GROUP_MODIFIERS):head]):
        return served  # "official sources": a body the text leaves unnamed
    reading = _group_reading(doc, words, head)
    if reading is None:
        return None
    first, name = reading
    if name is None and first == head:
        name = UNNAMED_SPEAKERS[words.forms[head]] if _in_lead(doc, words) else None
    elif name is None:
        named = _group_named_before(doc, words, UNNAMED_SPEAKERS[words.forms[head]])
        if isinstance(named, Mention):  # "government sources said ... . The sources said": the country still
            return replace(named, start=words.starts[first], end=words.ends[head], text=words.span(first, head))
        name = named
    if name is None:
        return None
    return Mention(words.starts[first], words.ends[head], words.span(first, head), groups.GROUP_KEY + fold(name),
                   "group", name=name)


def _in_lead(doc: Document, words: Words) -> bool:
    """Whether the words are of the article's lead, where a wire tells its news through speakers it names by their
    trade alone ("The central bank kept its window shut, dealers said"): they are the story's source, named as a
    group by the plain plural; further down, "analysts said" only adds colour to what the lead told."""
    return any(sentence.start <= words.offset < sentence.end for sentence in doc.sentences[:LEAD_SENTENCES])


def _group_reading(doc: Document, words: Words, head: int) -> tuple[int, str | None] | None:
    """The first word of the speaker phrase whose noun is at `head`, and the group it names: its modifiers and
    the plural of its noun. The name is None when no word says whose the speakers are: the phrase points back
    ("the sources", "one diplomat") or is the bare noun ("analysts said", whose first word is the head); the
    reading None when a country or a body named leads the phrase (it speaks through them: "Japanese officials",
    "Acme Securities analysts")."""
    modifiers: list[int] = []  # the first word of each modifier; an abbreviation ("U.S.") is one of its letters
    j = head - 1
    while j >= 0 and len(modifiers) < GROUP_MODIFIERS:
        abbreviation = words.abbreviation_start(j)
        if abbreviation is None and not (
                words.forms[j].replace("-", "").isalpha() and words.forms[j] not in phrases.DANGLING and
                words.forms[j] not in COORDINATORS and words.forms[j] not in SELF and words.forms[j] not in ONE_OF and
                words.forms[j] not in groups.PASSING and not reporting(words.forms[j])):
            break
        j = j if abbreviation is None else abbreviation
        modifiers.insert(0, j)
        j -= 1
    opener = words.forms[j] if j >= 0 else None
    pointing = opener in ONE_OF | NAMED_BEFORE
    first = j if pointing else modifiers[0] if modifiers else head
    if not modifiers:
        return first, None
    market = _in_markets(words.forms[head])  # "Japanese bankers", "U.S. dealers": where, not whose
    if any(m.start < words.ends[head - 1] and words.starts[modifiers[0]] < m.end and not (
            market and m.type == "country") for m in doc.mentions):
        return None  # "Acme Securities analysts": the body named speaks
    surface = [words.span(k, end - 1) for k, end in zip(modifiers, modifiers[1:] + [head])]
    if not market and any(descriptions.country_of_adjective(word, doc.published) for word in surface):
        return None
    if modifiers[0] == 0 and re.search(rf"\b{re.escape(surface[0].lower())}\b", doc.text):
        surface[0] = surface[0].lower()  # "Industry sources said" opening a sentence, "industry" written elsewhere
    return first, " ".join(surface + [UNNAMED_SPEAKERS[words.forms[head]]])


def _group_named_before(doc: Document, words: Words, plural: str) -> str | Mention | None:
    """The group of speakers of this noun that the article named last before the sentence ("oil industry
    sources said ... . The sources said"), or the body they serve when a description named it ("government
    sources")."""
    number = doc.sentence_at(words.offset)
    for sentence in reversed(doc.sentences[:number] if number is not None else []):
        earlier = read(sentence.text, sentence.start)
        for k in reversed(range(len(earlier))):
            if UNNAMED_SPEAKERS.get(earlier.forms[k]) == plural:
                served = _body_served(doc, earlier, k)
                if served is not None:
                    return served
                reading = _group_reading(doc, earlier, k)
                if reading is not None and reading[1] is not None:
                    return reading[1]
    return None


def _plural_pronoun(words: Words, trigger: triggers.Trigger) -> bool:
    """Whether "they" right before the reporting verb speaks ("They said ..."): a pronoun names no speaker
    itself, so its speakers are looked for in the sentences before (`_their_speakers`) rather than next to the
    verb, where "he" or "she" are resolved as one person."""
    j = words.before(trigger.first, phrases.ADVERBS)
    return j >= 0 and words.forms[j] == "they"


def _their_speakers(doc: Document, words: Words, trigger: triggers.Trigger) -> list[Mention]:
    """"They said ...": the speakers of the last statement before it, a group ("Western diplomats said ... .
    They said") or the actors named together right before its reporting verb ("Acme and Novak Corp said").
    Placed at the pronoun."""
    at = words.before(trigger.first, phrases.ADVERBS)
    number = doc.sentence_at(words.offset)
    if number is None:
        return []
    for sentence in reversed(doc.sentences[max(0, number - THEIR_REACH):number]):
        earlier = read(sentence.text, sentence.start)
        for k in reversed(range(len(earlier))):
            if not reporting(earlier.forms[k]):
                continue
            found = _speakers_before(doc, earlier, k)  # the last speaker, or no one the text names
            if len(found) == 1 and found[0].type == "person":
                return []  # "they" is no one person
            return [Mention(words.starts[at], words.ends[at], words.surface[at], m.actor, m.type, name=m.name,
                            code=m.code, affiliation=m.affiliation) for m in found]
    return []


def _speakers_before(doc: Document, words: Words, verb: int) -> list[Mention]:
    """Who speaks by the reporting verb at `verb`: a group of speakers right before it, or the actors named
    there ("Acme and Novak Corp, in a joint statement, said", "Acme Corp <ACME> said"), past an aside between
    commas and a ticker."""
    head = words.before(verb, phrases.ADVERBS)
    if head > 0 and words.forms[head] == ",":
        opening = next((j for j in range(head - 1, -1, -1) if words.is_break(j)), -1)
        head = words.before(opening, phrases.ADVERBS) if opening > 0 and words.forms[opening] == "," else head
    if head > 0:
        head = words.before_ticker(head)
    if head < 0:
        return []
    if words.forms[head] in UNNAMED_SPEAKERS:
        found = _named_speaker(doc, words, verb) or _group_at(doc, words, head)
        return [found] if found is not None else []
    named = [m for m in doc.mentions if words.offset <= m.start and m.end <= words.ends[head]]
    last = next((m for m in named if m.end == words.ends[head]), None)
    if last is None:
        return []
    joined = [m for m in named if m is not last and doc.text[m.end:last.start].strip() in ("and", ",", ", and")]
    return joined[-1:] + [last] if joined else [last]


def _named_speaker(doc: Document, words: Words, verb: int) -> Mention | None:
    """"U.S. officials said", "French officers said": the actor named, or its adjective, right before the plain
    noun that says who spoke, though not a country before market speakers ("Japanese bankers" are a group, not
    Japan); "the company also said": the body such a description stands for, unless what was said names it (a
    country is not told by "the spokesman" or "officials" alone: many bodies speak through them). `verb` is the
    reporting verb's first word."""
    last = verb
    while last > 0 and (words.forms[last - 1] in phrases.ADVERBS or words.forms[last - 1].endswith("ly")):
        last -= 1
    first = last
    while first > 0 and last - first < SPEAKER_NOUNS and words.forms[first - 1].isalpha() and \
            not words.capitalised(first - 1) and words.forms[first - 1] not in phrases.DANGLING:
        first -= 1
    if first == last:
        return None
    if first > 0 and words.forms[first - 1] in triggers.DETERMINERS:
        # "a company spokesman" speaks for the company
        found = descriptions.stand_in(doc, words.span(first - 1, first), words.starts[first - 1]) or \
            descriptions.stand_in(doc, words.span(first - 1, last - 1), words.starts[first - 1])
        named = {m.actor for m in doc.mentions if words.offset <= m.start < words.starts[first - 1]}
        # a body that what was said names is no speaker by description: its name tells the title
        return found if found is not None and found.type != "country" and found.actor not in named else None
    if first == 0:
        return None
    name = next((m for m in doc.mentions if m.end <= words.starts[first] and
                 not doc.text[m.end:words.starts[first]].strip()), None) or \
        descriptions.national(doc, words.span(first - 1, last - 1), words.starts[first - 1])
    return None if _in_markets(words.forms[last - 1]) and name is not None and name.type == "country" else name


def _publisher(doc: Document, words: Words, verb: int) -> Mention | None:
    """"a report by the Institute of Fiscal Studies said", "figures released today by the Bank of England show":
    the body named after "by", right before the verb, that put out the text or figures which speak for it."""
    head = words.before(verb, phrases.ADVERBS)
    if head > 0 and words.forms[head] == ")":  # "by the Institute of Fiscal Studies (IFS) said": its initials
        head = next((j - 1 for j in range(head - 1, max(-1, head - 4), -1) if words.forms[j] == "("), head)
    name = next((m for m in doc.mentions if head >= 0 and m.end == words.ends[head]), None)
    if name is None:
        return None
    by = next((j for j in range(head, -1, -1) if words.starts[j] <= name.start), 0) - 1
    if by > 0 and words.forms[by] in triggers.DETERMINERS:
        by -= 1
    if by < 1 or words.forms[by] != "by":
        return None
    for noun in range(by - 1, max(-1, by - 2 - PUT_OUT_REACH), -1):
        if words.is_break(noun):
            return None
        if words.forms[noun] in triggers.PUBLISHED:
            gap = words.forms[noun + 1:by]
            return name if not gap or gap[0] in triggers.RELEASED else None
    return None


def _report_author(doc: Document, words: Words, verb: int) -> Mention | None:
    """"..., the study said": a report or study told of with no name speaks for the body the story names as its
    author, before ("a study by the Federal Trade Commission", "the FTC study") or, for one it opens with, in the
    sentence after ("..., an independent report said. The report by the Institute of Fiscal Studies said")."""
    head = words.before(verb, phrases.ADVERBS)
    if head < 1 or words.forms[head] not in triggers.PUBLISHED:
        return None
    opening = next((j for j in range(head - 1, max(-1, head - 3), -1) if words.forms[j] in triggers.DETERMINERS), None)
    if opening is None or any(words.capitalised(j) for j in range(opening + 1, head)):
        return None
    noun = words.forms[head]
    authors = [m for m in doc.mentions if _authored(doc, m, noun)]
    before = [m for m in authors if m.end <= words.offset]
    if before:
        return replace(before[-1], start=words.starts[opening], end=words.ends[head], text=words.span(opening, head))
    if words.forms[opening] not in INDEFINITE_REPORTS:
        return None
    after = next((s for s in doc.sentences if s.start >= words.offset + len(words.text)), None)
    found = next((m for m in authors if after is not None and after.start <= m.start < after.end), None)
    return replace(found, start=words.starts[opening], end=words.ends[head], text=words.span(opening, head)) \
        if found is not None else None


def _authored(doc: Document, mention: Mention, noun: str) -> bool:
    """Whether the text names `mention` as the author of a `noun` right by it, or of a report by another of its
    names: "the FTC study", "the Federal Trade Commission (FTC) report", "Acme's report", "a study by Acme", "the
    figures released today by Acme"."""
    nouns = "|".join(sorted(REPORTS)) if noun in REPORTS else noun
    after = re.match(rf"(?:\s*\([A-Z]+\))?(?:'s)?\s+(?:[a-z]+\s+)?(?:{nouns})\b",
                     doc.text[mention.end:mention.end + 40])
    by = re.search(rf"\b(?:{nouns})\s+(?:(?:{'|'.join(triggers.RELEASED)})\s+(?:\w+\s+){{0,2}})?by\s+(?:the\s+)?$",
                   doc.text[max(0, mention.start - 60):mention.start], re.I)
    return bool(after or by)


def _in_markets(form: str) -> bool:
    """Whether a noun of unnamed speakers, in either number, names people who work in markets (`MARKET_SPEAKERS`),
    whom a country's name or adjective before it places but does not make the country's."""
    return UNNAMED_SPEAKERS.get(form) in MARKET_SPEAKERS

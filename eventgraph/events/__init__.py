"""Event mentions in one article: trigger, CAMEO type, participants and date.

For each sentence: find the triggers of the lexicon that report a happening (`triggers`), attach the
sentence's time expressions and actor mentions to them (`attach`), then write one `EventMention` per
happening, and a second one dated in the past for a recalled happening ("his first visit since 2000"). A
happening with no date of its own takes the publication date. Only happenings with an actor, a clear object
or a date of their own are kept; blame, rejection and threats need someone or something they are aimed at and
someone who voices them, and a threat a name for its voice. A reporting verb ("said") is an event only when
what it reports is not one and it says something (an object of three words or more, after the addressee of
"told", or opening the sentence before it) of its own: not a deed done ("said its troops captured the town"), a
figure ("said six ships were idle"), a happening set for a day to come ("said the offer will expire on April
15"), the terms of a deal ("said the sale is subject to approval") or that nothing is known ("had no comment"). What an actor says it will do ("would request talks", "ready to impose tariffs") is coded as the
intent or threat to do it (`resources/en/events_intent.tsv`), dated when it is said.
"""

from __future__ import annotations

import re
import time
from dataclasses import replace
from functools import lru_cache

from ..model import Date, Document, EventMention, Mention, Participant, granularity
from .. import syntax
from ..actors import descriptions, groups, media
from ..actors.gazetteer import DEMONYM, gazetteer
from ..merge.dates import interval
from ..temporal import aspect
from . import (addressees, agreements, attach, frame, happenings, instances, judged, modality, occasions,
               phrases, short_names, statement_dates, statements, titles, triggers)
from .lexicon import (ADDRESSING, STATEMENT_ROOT, Entry, arms, criticised, entries_by_first_word, intents, is_mutual,
                      label, military, staff, territory, title_words)
from .text import SUBORDINATORS, Words, read

TOPICAL = frozenset({"on", "over", "about", "against"})  # a noun's object keeps these in a title
PAIR_PHRASE = re.compile(r"^(the two|both) (countries|nations|sides|governments|states|neighbou?rs|allies)$")
PARTIES = frozenset({"country", "organization", "group"})  # actors "the two countries" may refer to
DIRECTED = frozenset({"11", "12", "13"})  # CAMEO roots of disapproval, rejection and threat: someone against
# someone or something
BLAME = frozenset({"11", "12"})  # CAMEO roots of disapproval and rejection: a voice no name stands for may utter
# them
SPEECH = frozenset({"01", "02", "10", "11", "12", "13"})  # CAMEO roots of things said: they need a speaker or
# an addressee among the actors

PERFORMING = frozenset({"hold", "conduct", "stage", "begin", "start", "open", "resume", "launch", "carry"})  # a
# noun's happening is what these verbs carry out: "will hold talks on Monday" dates the talks
UNCONVENTIONAL, CONVENTIONAL, OCCUPATION, AERIAL = "180", "190", "192", "195"
RAID, SEIZURE, BOMBING = "170", "171", happenings.BOMBING
FORCIBLE = {UNCONVENTIONAL: CONVENTIONAL, RAID: CONVENTIONAL, SEIZURE: OCCUPATION, BOMBING: AERIAL}  # codes of
# coercion and violence that a state's forces make conventional military force, and the code they take then
POLICING = frozenset({"police", "policemen", "agents", "officers", "customs", "inspectors"})  # a raid by a
# state's police is coercion, not warfare
WALKOUT = "143"
APPEAL = "020"
DEALS = frozenset({"agreement", "agreements", "accord", "pact", "treaty", "contract", "deal", "plan", "proposal",
                   "offer", "merger", "transaction", "program", "programme", "budget", "settlement", "package",
                   "arrangement", "terms", "bill", "law", "legislation", "formula", "scheme"})  # texts whose
# "calls for" gives their terms
CRITICISM = "111"
CALL_REACH = 10  # words from a call to the "for" that says what it asks for ("a call by the union for")
ATTACKED_REACH = 4  # words from an attack to the noun naming what it attacks ("the government's new budget")
VIOLENT = frozenset({"18", "19", "20"})  # CAMEO roots of violence
ENDING = frozenset({"08", "16"})  # CAMEO roots of yielding and of reducing relations
SEQUELS = frozenset({"after", "before", "following", "since", "ahead", "preceding", "retaliation", "response",
                     "reply", "reprisal", "revenge"})  # between a verb and a noun of its kind: two happenings
DOER_REACH = 4  # words before a violent act that may name its doer ("its forces had")
MEANS_REACH = 7  # words from a violent verb to the violent noun of its means ("killed 150 people in raids")
OPENING_REACH = 4  # words from a name's "of" back to the preposition opening its phrase ("for the rest of")
ARMS_REACH = 8  # words either side of a doer-less bombing that may name the arms it was done with
ALERTS = frozenset({"warning", "warnings", "watch", "watches", "alert", "alerts", "advisory", "advisories"})
JUDGING = frozenset({"appear", "appears", "appeared", "seem", "seems", "seemed", "likely", "unlikely", "probably",
                     "apparently", "obviously", "clearly", "evidently", "doubtful"})  # words that weigh what is
# likely or how things look: a judgement, not a report
COURSE = frozenset({"held", "began", "begun", "started", "ended", "continued", "continuing", "continues", "resumed",
                    "occurred", "happened", "took", "lasted", "spread", "broke", "went", "came", "opened", "closed",
                    "finished", "received", "effective", "completed"})  # what tells a happening's course: "said
# the talks were held in Geneva" tells the talks, where "said the attack was a failure" says something of it
RELATIVES_OF_THINGS = frozenset({"which"})  # the pronoun of a relative clause on a thing, not a person ("who")
RELATIVES = frozenset({"which", "that"})  # pronouns that open a relative clause on the noun before them
CLAUSE_VERBS = frozenset({"is", "are", "was", "were", "has", "have", "had"})  # finite verbs that open a clause
ANTECEDENT_REACH = 6  # words from a relative pronoun back to the determiner of its noun ("an early offer")
AGENT_REACH = 3  # words from "by" to the name of a passive's doer ("by the Acme board")
TITLE_MODIFIERS = frozenset({"vice", "deputy", "senior", "acting", "former", "executive", "assistant"})

_PARSED = [0, 0.0]  # words parsed and seconds spent parsing in this process
UNUSED_PIPES = ("trainable_lemmatizer", "morphologizer")
_SPACE = re.compile(r"\s")
_WITH = re.compile(r" with\s*$", re.I)  # "with" right before a name: "discussions with Acme's lenders"
_WITH_REACH = 20  # characters before a name read for it: the word and the spaces after it, not the article


def parse_figures() -> tuple[int, float]:
    """Words parsed and seconds spent parsing in this process so far."""
    return _PARSED[0], _PARSED[1]


CONSULTING = "04"  # CAMEO root of meetings and talks: "negotiations between management and workers"
PROTEST = "14"  # protests, like disasters, are told of crowds no name stands for: "10,000 people marched"
# roots of happenings kept only with a named party or a place (`_keep`); a statement keeps its word reading
# (`_read_words`)
NEEDS_PARTY = SPEECH - {STATEMENT_ROOT} | {PROTEST}
TOLD = frozenset({"told", "tells", "tell", "telling"})  # before a medium: the one a report was given to
QUOTED_PRONOUNS = {"him": "he", "her": "she", "them": "they"}  # "quoted him as saying": who "he" is


def annotate(doc: Document) -> Document:
    return annotate_many([doc])[0]


def annotate_many(docs: list[Document]) -> list[Document]:
    """The event mentions of several articles, their sentences parsed in one batch (the parser is several
    times faster on a batch than sentence by sentence)."""
    readings = [_read_words(doc) for doc in docs]
    texts = [doc.sentences[number].text for doc, (_, _, candidates) in zip(docs, readings) for number in candidates]
    parses = iter(_parse(texts))
    for doc, (pieces, plain, candidates) in zip(docs, readings):
        parsed = {number: next(parses) for number in candidates}
        doc.event_mentions = []
        for number, sentence_timexes, sentence_mentions, pair in pieces:
            if number not in parsed:
                found, groups_found, _ = plain[number]
            elif parsed[number] is not None:
                found, groups_found, _ = sentence_events(doc, number, sentence_timexes, sentence_mentions, pair,
                                                         parsed[number])
            else:
                continue
            doc.event_mentions += found
            doc.mentions += groups_found
        _war_story(doc)
        happenings.of_attacks(doc)
        statement_dates.carry_statement_dates(doc)
    return docs


def _war_story(doc: Document) -> None:
    """An attack or a killing with no doer ("the attack was repelled", "45 people were killed in the town") in
    an article that tells elsewhere, as done and not only planned, of a state's armed force (CAMEO 19) that a
    country or its forces do ("Freedonia shelled the port", "Freedonian troops attacked") is that war's: wire
    stories of a war name the attacker once and then tell its attacks by their noun or their toll alone."""
    types = {mention.actor: mention.type for mention in doc.mentions}
    if not any(mention.code[:2] == CONVENTIONAL[:2] and mention.modality != "planned" and any(
            p.role == "source" and _state_force(p.actor, types) for p in mention.actors)
               for mention in doc.event_mentions):
        return
    for mention in doc.event_mentions:
        if mention.code == UNCONVENTIONAL and not any(p.role == "source" for p in mention.actors):
            mention.code, mention.label = CONVENTIONAL, label(CONVENTIONAL)


def _state_force(actor: str, types: dict[str, str]) -> bool:
    """A country, or a group its armed forces make up ("group:troops")."""
    return types.get(actor) == "country" or actor.startswith("group:") and actor[len("group:"):] in military()


def _read_words(doc: Document):
    """Each sentence with its time expressions, mentions and the pair of actors named before it; the events
    the words alone find; the sentences to parse.

    The words alone find what may be an event; only sentences that hold one are parsed, which reads them
    right. A sentence that only makes a statement ("X said the company was sold") keeps its word reading: a
    reporting verb's speaker is where the words put it, and the parse would cost more than it mends."""
    timexes = sorted(enumerate(doc.timexes), key=lambda item: item[1].start)
    mentions = sorted(doc.mentions, key=lambda m: m.start)
    t = m = 0
    pieces = []
    pair: list[Mention] = []  # the last two actors named together ("Chile and Peru")
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
        pieces.append((number, timexes[t:t_end], mentions[m:m_end], pair))
        pair = _last_pair(doc, mentions[m:m_end]) or pair
    plain = {number: sentence_events(doc, number, sentence_timexes, sentence_mentions, pair)
             for number, sentence_timexes, sentence_mentions, pair in pieces}
    candidates = [number for number, sentence_timexes, sentence_mentions, _ in pieces
                  if any(not _statement(m) for m in plain[number][0]) or
                  _tells_happening(plain[number][2], plain[number][0])]
    return pieces, plain, candidates


def _tells_happening(entries: list[Entry], kept: list[EventMention]) -> bool:
    """The sentence's words read a trigger (`entries`, as `sentence_events` found them) of a happening kept only
    with a named party (an appeal, a rejection, a strike), though they kept none of its kind (`kept`): they miss
    a party a relative clause or a passive puts out of their reach ("bids, which the board rejected", "the clerks
    were accused of theft", "bakery owners continued their shutdown"), which the parse finds. Other
    happenings stand without one, so the words' verdict on them holds."""
    roots = {mention.code[:2] for mention in kept}
    return any(entry.kind not in ("S", "D") and entry.code[:2] in NEEDS_PARTY - roots for entry in entries)


def _triggers(words: Words, timexes, mentions: list[Mention]) -> list[triggers.Trigger]:
    """The sentence's triggers of what the text says happened, given its (index, Timex) pairs and its mentions."""
    times = _name_words(words, [timex for _, timex in timexes])
    return [trigger for trigger in _absorb(words, triggers.find(words, _name_words(words, mentions), times))
            if not _warned_of(words, trigger) and not _rejoined(words, trigger)]


def _statement(mention: EventMention) -> bool:
    """A statement with its speaker; one coded by what it says (`statements.gist`) is a statement too."""
    return (mention.code[:2] == STATEMENT_ROOT or statements.reporting(mention.trigger)) and \
        any(p.role == "source" for p in mention.actors)


def _parse(texts: list[str]) -> list:
    """The parse of each sentence, or None for one the parser cannot handle: it then yields no event."""
    if not texts:
        return []
    started = time.perf_counter()
    try:
        docs = _pipe(texts)
    except syntax.SyntaxModelError:
        raise
    except Exception:  # one odd sentence must not cost its article's other events
        docs = [_parse_one(text) for text in texts]
    _PARSED[0] += sum(len(text.split()) for text in texts)
    _PARSED[1] += time.perf_counter() - started
    return [parsed if parsed is not None and parsed.has_annotation("DEP") else None for parsed in docs]


def _parse_one(text: str):
    try:
        return _pipe([text])[0]
    except syntax.SyntaxModelError:
        raise
    except Exception:
        return None


def _pipe(texts: list[str]) -> list:
    """`syntax.parse` without the lemmatizer and the morphologizer, which the frame does without (a third of
    the parser's time)."""
    # wire copy is hard-wrapped: a line break inside a sentence is a space to the parser (offsets unchanged)
    return syntax.parse([_SPACE.sub(" ", text) for text in texts], disable=UNUSED_PIPES)


def _name_words(words: Words, mentions: list) -> set[int]:
    """The indices of the words inside the spans of `mentions` (actor mentions or time expressions)."""
    return {i for mention in mentions for i in range(words.index_at(mention.start), len(words))
            if words.starts[i] < mention.end}


def _last_pair(doc: Document, mentions: list[Mention]) -> list[Mention]:
    for first, second in reversed(list(zip(mentions, mentions[1:]))):
        if doc.text[first.end:second.start].strip() == "and" and first.actor != second.actor and \
                first.type in PARTIES and second.type in PARTIES:
            return [first, second]
    return []


def sentence_events(doc: Document, number: int, timexes, mentions: list[Mention],
                    pair: list[Mention] | None = None,
                    parsed=None) -> tuple[list[EventMention], list[Mention], list[Entry]]:
    """The event mentions of sentence `number`, given its (index, Timex) pairs, its actor mentions and its
    parse, with the mentions of the unnamed groups they involve and the lexicon entries of the triggers its words
    read before anything re-coded them; `pair` holds the last two actors an earlier sentence named together, whom
    "the two countries" refers to."""
    sentence = doc.sentences[number]
    words = read(sentence.text, sentence.start)
    found = _triggers(words, timexes, mentions)
    if not found:
        return [], [], []
    read_entries = [trigger.entry for trigger in found]
    read_frames = frame.frames(words, found, parsed, mentions, timexes, doc.published) if parsed is not None else None
    owners = {f.timex: n for n, f in enumerate(read_frames) if f.timex is not None} if read_frames else None
    modifiers = frame.modifying(words, found, parsed, timexes) if parsed is not None else set()
    bindings = attach.dates(words, found, [(i, timex) for i, timex in timexes if i not in modifiers], owners,
                            doc.published)
    attach.actors(words, found, mentions, bindings)
    if read_frames is not None:
        found, bindings = _apply_frames(found, bindings, read_frames)
        _signed_documents(doc, found, bindings)
    _media_report(words, found, bindings)
    _plan_happenings(found, bindings)
    told = occasions.settle(words, found, bindings, timexes)
    for trigger, binding in zip(found, bindings):
        paired = PAIR_PHRASE.match(phrases.subject_phrase(words, trigger) or "") \
            if trigger.verbal and not trigger.passive and not binding.sources else None
        if paired is not None:
            binding.sources = list(pair) if pair else descriptions.the_two(doc, paired.group(2), words.offset)
    happenings.bombings(words, found)
    happenings.tolls(found, [binding.sources for binding in bindings])
    happenings.deed_dates(words, found, bindings)
    found, bindings = happenings.one_accident(words, found, bindings)
    _criticism(words, found)
    agreements.concluded(words, found)
    _conventional(words, found, bindings)
    _armed_strikes(doc, words, found, mentions)
    _describe_doers(doc, words, found, bindings, parsed is None)
    addressees.resolve(doc, found, bindings)
    _appointers(doc, words, found, bindings)
    statements.speakers(doc, words, found, bindings)
    _quoted(doc, words, found, bindings, mentions)
    _reported_self(words, found, bindings)
    _conjunct_doers(words, found, bindings)
    countries = {m.actor for m in doc.mentions if m.type == "country"}
    _spoken_for(found, bindings, countries)
    cut = _provisions(found, bindings)
    found, bindings = found[:cut], bindings[:cut]
    _hand_reports_on(words, found, bindings)
    _relative_passives(words, found, bindings, mentions)
    _short_named(doc, words, found, bindings)
    kept = _keep(words, found, bindings, timexes, told)
    counted = happenings.counted_tolls(words, [trigger for trigger, _, _ in kept], [b.sources for _, b, _ in kept])
    kept = [item for item, toll in zip(kept, counted) if not toll]
    # a happening a relative clause tells of a noun ("the strike, which was ruled illegal") is no report of the
    # sentence's reporting verb, which says something of its own
    reports_only = all(trigger.entry.kind == "S" or _relative(words, trigger) for trigger, _, _ in kept)
    speakers = {id(trigger): {m.actor for m in binding.sources} | {
        descriptions.speaks_for(m, countries) for m in binding.sources} - {None}
        for trigger, binding, _ in kept if trigger.entry.kind == "S"}
    for trigger, binding, _ in kept:
        if trigger.entry.kind == "S":
            trigger.entry = statements.gist(words, trigger, reports_only,
                                            frozenset(_name_words(words, [
                                                m for m in mentions if m.actor in speakers[id(trigger)]])),
                                            any(m.type == "organization" for m in binding.sources))
    for trigger, binding, obj in kept:
        if trigger.entry.kind == "S":
            binding.targets = statements.spoken_of(words, trigger, binding, mentions, speakers[id(trigger)],
                                                   doc.published) or \
                judged.makers(words, trigger, mentions, speakers[id(trigger)], doc)
        elif trigger.verbal and obj and not binding.targets:
            # "overran the Libyan garrison": the country whose adjective leads the object
            start = _place(words, obj, words.ends[-1])
            target = groups.group(doc, obj, start) or descriptions.national(doc, obj, start) \
                if start is not None else None
            if target is not None and all(target.actor != m.actor for m in binding.sources):
                binding.targets = [target]
    for _, binding, _ in kept:
        binding.sources = _unqualified(doc, binding.sources)
        binding.targets = _unqualified(doc, binding.targets)
    _announced_policies(kept)
    _date_intents(doc, words, kept, _statements_dated(found, bindings))
    result = []
    dating = [(i, timex) for i, timex in timexes if i not in modifiers]
    bound = {index for _, binding, _ in kept for index in (binding.timex, binding.earlier_timex)} - {None}
    for n, (trigger, binding, obj) in enumerate(kept):
        intent = _intent_conjunct(words, trigger, binding, kept) if not reports_only else None
        if intent is not None:
            trigger.entry, obj = intent
        elif trigger.entry.kind == "S" and not reports_only and trigger.entry.code != statements.CRITICISM and (
                binding.timex is None and not _judged(words, trigger, binding, kept) and
                not _said_of_happening(words, trigger, obj, found) or any(
                other.intended or other.decided or other_binding.modality == "planned"
                for other, other_binding, _ in kept[n + 1:]) or _elaborates(trigger, binding, kept)):
            continue
        if trigger.entry.kind == "S" and reports_only and n > 0 and binding.timex is None:
            continue  # "X said it declared a dividend": one statement, made by the first reporting verb
        if trigger.entry.kind == "S" and trigger.entry.code == statements.COMMENT and obj and \
                _said_in_relative(words, trigger, found) is None and (
                statements.tells_deed(words, trigger, obj) and not _own_deed(words, obj, found, mentions) and
                not _said_of_happening(words, trigger, obj, found) or
                statements.tells_figure(words, trigger, obj) or
                statements.tells_trend(words, trigger, obj) or
                binding.timex is None and statements.names_only(words, trigger, obj) or
                statements.says_nothing(words, trigger) or statements.tells_terms(words, trigger, obj) or
                statements.tells_plan(words, trigger, obj, _name_words(words, [
                    timex for i, timex in dating if _reaching_ahead(doc, i, binding.timex)]))):
            continue  # "X said its forces captured the town": the capture is the happening, not the saying; a
            # report on a day of its own ("published details of the pact on Thursday") is a publication
        again = instances.repeated(words, trigger, binding.timex, dating, found, bound, mentions, parsed) \
            if trigger.entry.kind in ("V", "N", "F") else None
        if again is not None:
            bound.add(again.timex)
            binding.targets = [m for m in binding.targets if m not in again.actors]
            obj = obj.partition(f" {again.cut}")[0].rstrip(" ,") if obj else obj
        doers = instances.distributed(doc.text, words, trigger, binding.sources) if again is None else None
        if doers:
            binding.sources = doers[0]
        current = _mention(doc, number, words, trigger, binding, obj, binding.timex)
        if again is not None:
            current.title = _before_conjunct(current.title, again)
        # a document noun ("the 1961 treaty") or an earlier happening ("the last meeting") is only its date
        if binding.timex is not None or not (trigger.entry.kind == "D" or trigger.earlier):
            result.append(current)
        for sources in doers[1:] if doers else ():
            result.append(_mention(doc, number, words, trigger, replace(binding, sources=sources), obj, binding.timex))
        if binding.earlier_timex is not None:
            result.append(_earlier(doc, current, binding))
        if again is not None:
            result.append(_again(doc, number, words, trigger, binding, obj, again))
    return result, _groups_of(doc, kept, result), read_entries


def _intent_conjunct(words: Words, trigger: triggers.Trigger, binding: attach.Binding,
                     kept) -> tuple[Entry, str] | None:
    """"Acme said it bought the Port Marin mill and may hire 200 workers", "said it agreed to sell the unit and
    will pay a special dividend": a reported deed of the speaker's own, followed by a conjunct with no subject
    of its own that tells, by a modal or a word of intent, what the speaker will do next, and that no trigger
    of the sentence tells. The deed is an event of its own, and so is the stated intent (030, or 014 for an
    option weighed): the statement carries it, with the conjunct as what it says."""
    if trigger.entry.kind != "S" or not binding.sources:
        return None
    speakers = {m.actor for m in binding.sources}
    deeds = [other for other, other_binding, _ in kept if other.entry.kind != "S" and other.first > trigger.last
             and not other.intended and speakers & {m.actor for m in other_binding.sources}]
    if not deeds:
        return None
    for j in range(deeds[0].last + 1, len(words) - 1):
        if words.forms[j] != "and":
            continue
        if any(other.first > j and other.entry.kind != "S" for other, _, _ in kept) or any(
                form in statements.PROMISING or form in CLAUSE_VERBS for form in words.forms[deeds[0].last + 1:j]):
            return None  # "and may buy more shares": a trigger's own; "and its founders will hold the rest and
            # will continue to manage it": a clause of another subject came between
        k = j + 1
        if words.forms[k] in statements.INTENDING and words.forms[k + 1:k + 2] == ["to"]:
            k += 1
        elif words.forms[k] not in statements.PROMISING:
            continue
        verb = k + 1
        while verb < len(words) and words.forms[verb] in statements.SKIPPED_ADVERBS - triggers.NEGATIONS:
            verb += 1
        deed = words.forms[verb].lower() if verb < len(words) else ""
        if not deed.isalpha() or deed in triggers.BE | triggers.PERFECT | triggers.NEGATIONS:
            return None  # "and will be issued", "and will not comment": no deed of the speaker's own
        end = next((e for e in range(verb, len(words)) if words.is_break(e) or words.forms[e] in (".", ";")),
                   len(words))
        said = " ".join(words.span(j + 1, end - 1).split())
        subject = _subject_pronoun(words, deeds[0]) or "it"
        code = statements.CONSIDER if deed in statements.WEIGHED else statements.INTENT
        return replace(trigger.entry, code=code), f"{subject} {said}"
    return None


def _judged(words: Words, trigger: triggers.Trigger, binding: attach.Binding, kept) -> bool:
    """"Western diplomats said the raid appeared restrained", "he said the announcement was obviously related to
    the summit": a speaker who is no party to the happenings the sentence reports (neither doer nor target of
    any) and who judges them, in words that weigh what is likely or how things look (before the reporting verb
    when what was said comes first), makes a comment of its own, which annotators list beside the happenings;
    a party telling its own deeds, or anyone telling a deed as done, only reports it."""
    speakers = {m.actor for m in binding.sources}
    party = any(other.entry.kind != "S" and speakers & {m.actor for m in other_binding.sources + other_binding.targets}
                for other, other_binding, _ in kept)
    return not party and any(words.forms[j] in JUDGING for j in _reported(words, trigger))


def _said_of_happening(words: Words, trigger: triggers.Trigger, said: str | None,
                       found: list[triggers.Trigger]) -> bool:
    """"said the fall of the town deprived the rebels of their base", "the blast, which the minister said was
    an attempt on his life": what is said is something of a happening the sentence names by its noun (what it
    was, what it caused, who did it), not the happening told; the speaker makes a comment of its own, which
    annotators list beside the happening. The noun is the subject of the reported clause, whose verb is no
    trigger and tells no course of the happening ("the talks were held", "the strike ended"), or the noun a
    relative clause the reporting verb stands in is about."""
    if trigger.entry.kind != "S":
        return False
    nouns = [other for other in found if other.nominal and other.entry.kind not in ("S", "D")]
    if _relative_antecedent(words, trigger, nouns) is not None:
        return True
    clause = statements.reported_clause(words, trigger, said) if said else None
    if clause is None:
        return False
    first, verb = clause
    lexical = verb
    while lexical + 1 < len(words) and words.forms[lexical] in statements.CHAIN:
        lexical += 1
    end = next((k for k in range(verb, len(words)) if words.is_break(k) or words.forms[k] in SUBORDINATORS),
               len(words))
    if any(verb <= other.last and other.first < end for other in found) or words.forms[lexical] in COURSE or \
            lexical > verb and words.forms[lexical - 1] in triggers.BE and triggers.participle(words.forms[lexical]):
        return False  # "said the talks were held", "the merger was approved", "had brought agreement"
    return any(first <= other.first and other.last < verb for other in nouns)


def _relative_antecedent(words: Words, trigger: triggers.Trigger, nouns: list[triggers.Trigger]) -> int | None:
    """The first word of the noun phrase a relative clause the reporting verb stands in ("the blast, which the
    minister said ...") is about, when its noun is one of `nouns`, right before the comma and the pronoun."""
    j = next((k for k in range(trigger.first - 1, max(-1, trigger.first - ANTECEDENT_REACH), -1)
              if words.forms[k] in RELATIVES_OF_THINGS), None)
    if j is None or j < 2 or words.forms[j - 1] != "," or trigger.passive or j + 1 == trigger.first or any(
            words.is_break(k) or words.forms[k] in SUBORDINATORS or words.forms[k] in CLAUSE_VERBS
            for k in range(j + 1, trigger.first)):
        return None  # "which were announced by the minister": what was said is the noun itself, no comment on it
    noun = next((other for other in nouns if other.last == j - 2), None)
    if noun is None:
        return None
    return next((k for k in range(noun.first, max(-1, noun.first - ANTECEDENT_REACH), -1)
                 if words.forms[k] in triggers.DETERMINERS), noun.first)


def _said_in_relative(words: Words, trigger: triggers.Trigger, found: list[triggers.Trigger]) -> str | None:
    """What a reporting verb in a relative clause on a happening's noun says: "the blast, which the minister said
    was an attempt on his life" says "the blast was an attempt on his life"."""
    nouns = [other for other in found if other.nominal and other.entry.kind not in ("S", "D")]
    start = _relative_antecedent(words, trigger, nouns) if trigger.entry.kind == "S" else None
    if start is None or trigger.last + 1 >= len(words):
        return None
    end = next((k for k in range(trigger.last + 1, len(words)) if words.is_break(k) or words.forms[k] in ".?!"),
               len(words))
    if end <= trigger.last + 1:
        return None
    return f"{words.span(start, words.forms.index(',', start) - 1)} {words.span(trigger.last + 1, end - 1)}"


def _reported(words: Words, trigger: triggers.Trigger) -> range:
    """The words of what was said: those after the reporting verb, or, when nothing follows it ("the raid
    appeared restrained, diplomats said"), those before the break that sets off the speaker; not an aside on
    the speaker ("Jan Novak, who seemed tired, said")."""
    after = trigger.last + 1
    if after < len(words) and not words.is_break(after) and words.forms[after] not in (".", "?", "!"):
        return range(after, len(words))
    return range(next((j for j in range(trigger.first - 1, -1, -1) if words.is_break(j)), 0))


def _own_deed(words: Words, said: str, found: list[triggers.Trigger], mentions: list[Mention]) -> bool:
    """"X said it opened a plant", "said he had received a telex", '"We have lost orders," he said', "trade sources
    said Japan bought 5,000 tonnes of rapeseed": a deed the speaker tells of itself, in its own quoted words or of
    an actor it names first, that no trigger of the sentence names is told by the statement alone, which stands
    for it. A deed told of a thing ("said the figures excluded sales") is no happening, and one of an actor that
    a trigger names, though not as done ("Ruritania's troops had overrun the town, officials said": the tense
    rules misread it), is no statement either."""
    opening = said.lower().split()[:2]
    if len(opening) > 1 and opening[1] in triggers.MODALS or any(t.entry.kind != "S" for t in found):
        return False  # "said it would need a review": what it would do is no deed done
    if opening[0] in statements.SELF or sum(words.quoted) > len(words) / 2:
        return True
    head = said.removeprefix("that ").removeprefix("the ").removeprefix("The ")
    return any(head.startswith(mention.text) for mention in mentions) and not any(
        t.entry.kind != "S" for t in triggers.matches(words, set()))


def _elaborates(trigger: triggers.Trigger, binding: attach.Binding, kept) -> bool:
    """"On Sunday, Jan Novak criticised the budget and said it would hurt farmers": a comment its speaker makes
    in the same breath as a speech act of another kind (criticism, an appeal, a rejection, a threat), dated
    alike, says what that act says; it is a mention of it, not a second statement."""
    speakers = {m.actor for m in binding.sources}
    return trigger.entry.code == statements.COMMENT and any(
        other.entry.kind != "S" and other.entry.code[:2] in SPEECH and other_binding.timex == binding.timex and
        speakers & {m.actor for m in other_binding.sources} for other, other_binding, _ in kept if other is not trigger)


def _again(doc: Document, number: int, words: Words, trigger: triggers.Trigger, binding: attach.Binding,
           obj: str | None, again: instances.Instance) -> EventMention:
    """The second instance a conjunct tells, with the conjunct's actors as doers or targets, and what the first
    instance acts on when the conjunct names nothing ("and again on Thursday")."""
    if again.doers and again.actors:
        second = replace(binding, timex=again.timex, earlier_timex=None, sources=again.actors)
        obj = None
    else:
        second = replace(binding, timex=again.timex, earlier_timex=None, targets=again.actors or binding.targets)
        obj = again.object or (obj.partition(f" {again.dated}")[0] if obj else obj)
    mention = _mention(doc, number, words, trigger, second, obj, again.timex)
    mention.title = _before_conjunct(mention.title, again).replace(f" {again.dated}", "")
    return mention


def _before_conjunct(title: str, again: instances.Instance) -> str:
    """A title without the conjunct of another instance, which a noun's title may read on into ("Blast on
    26 May and a second")."""
    head, conjunct, _ = title.partition(f"{again.dated} and ")
    return f"{head}{again.dated}" if conjunct else title.replace(f" {again.cut}", "")


def _unqualified(doc: Document, group: list[Mention]) -> list[Mention]:
    """The actors of a role without those that only qualify another of them: the country of "the U.S.
    Department of Justice" and the employer of "Acme Corp vice chairman Jan Novak" are not doers of their
    own."""
    def qualifies(mention: Mention, other: Mention) -> bool:
        between = doc.text[mention.end:other.start]
        if mention.type == "country" and other.type == "organization":
            return between.strip() in ("", "'s", "’s")
        title = between.lower().replace(",", " ").split()
        # the one with a title after an organisation is a person, whatever type the name was given
        return mention.type == "organization" and bool(title) and \
            all(word in title_words() or word in TITLE_MODIFIERS for word in title)

    return [mention for mention in group if not any(
        other is not mention and other.start >= mention.end and qualifies(mention, other) for other in group)]


def _warned_of(words: Words, trigger: triggers.Trigger) -> bool:
    """"a flood warning", "blizzard watches", "strike alert": a happening that only names what a warning is of
    has not happened."""
    return trigger.nominal and trigger.last + 1 < len(words) and words.forms[trigger.last + 1] in ALERTS


def _rejoined(words: Words, trigger: triggers.Trigger) -> bool:
    """"would neither confirm nor deny the report": a verb joined by "nor" is negated as the one before it, in a
    sentence the parser does not read as well."""
    return trigger.verbal and trigger.first > 0 and words.forms[trigger.first - 1] == "nor"


def _describe_doers(doc: Document, words: Words, found: list[triggers.Trigger],
                    bindings: list[attach.Binding], guessing: bool = False) -> None:
    """"The company said", "the government suspended payments", "Freedonian jets attacked": a subject that
    describes an actor the article has named, or is led by a country's adjective, stands for that actor; so
    does the agent of a passive ("was hit by Freedonian jets"). `guessing`: the sentence is read by its words
    alone, before its parse; a group the words make the subject gets the sentence parsed, and the parse says."""
    for trigger, binding in zip(found, bindings):
        _group_parties(doc, words, trigger, binding)
        if binding.sources or trigger.nominal:
            _owned_group(doc, words, trigger, binding)
        if binding.sources or not trigger.verbal and binding.pronoun is None and not (
                binding.settled and binding.subject_text):
            continue
        if binding.pronoun is not None and trigger.entry.kind != "S":
            antecedent = descriptions.antecedent(doc, *binding.pronoun)
            binding.sources = [antecedent] if antecedent is not None else []
            continue
        if trigger.passive:
            phrase = binding.subject_text if binding.settled else None
        else:
            phrase = binding.subject_text if binding.settled else phrases.subject_phrase(words, trigger)
        if phrase is None and guessing and not trigger.passive:
            phrase = _opening_phrase(words, trigger)
        start = _place(words, phrase, words.starts[trigger.first] if not trigger.passive else words.ends[-1])
        if start is None:
            continue
        first = words.index_at(start)
        if not binding.settled and first > 0 and words.capitalised(first - 1):
            # the word rules stop a subject at a capital: "Chadian troops" reads "troops"
            phrase, start = words.span(first - 1, words.index_at(start + len(phrase) - 1)), words.starts[first - 1]
        if trigger.entry.kind == "S":  # what "the company said" is told by the happenings it reports, if any
            # "Western diplomats said" is a speaker of its own, "government economists said" speak for a body
            found_actor = statements.served(doc, words, trigger) or groups.group(doc, phrase, start)
        elif happenings.befalls(trigger.entry):
            found_actor = None  # "rebels died": those a happening befalls did not do it
        else:
            # the parse's subject, not the words' guess, for a group: "seamen said marines occupied the ship"
            found_actor = (groups.group(doc, phrase, start) if binding.settled or guessing else None) or \
                descriptions.stand_in(doc, phrase, start) or \
                descriptions.national(doc, phrase, start) or descriptions.owned(doc, phrase, start)
        if found_actor is not None:
            binding.sources = [found_actor]


def _group_parties(doc: Document, words: Words, trigger: triggers.Trigger, binding: attach.Binding) -> None:
    """Groups of people the word rules, which know only named actors, leave out: the group a name owns
    ("Ruritania's 3,000 dockers walked out"), the one after "by" ("the strike by dockers"; not "is said by
    diplomats to be alarmed": what they say), after "with" or "against" ("a wage deal with striking dockers"),
    and the sides of negotiations "between management and workers"."""
    parties = binding.sources + binding.targets
    owned = groups.owned(doc, parties[0]) if len(parties) == 1 else None
    if owned is not None and is_mutual(trigger.entry.code) and \
            _WITH.search(doc.text, max(0, parties[0].start - _WITH_REACH), parties[0].start):
        # "discussions with Acme's lenders": Acme talks with its lenders
        binding.sources, binding.targets = parties, [owned]
    else:
        binding.sources = [groups.owned(doc, m) or m for m in binding.sources]
        binding.targets = [groups.owned(doc, m) or m for m in binding.targets]
    end = words.ends[trigger.last]
    if not binding.sources and (trigger.nominal or trigger.passive) and trigger.entry.kind != "S" and \
            not happenings.befalls(trigger.entry):
        binding.sources = [found for found in [groups.agent(doc, end)] if found is not None]
    if not binding.targets and not trigger.passive and trigger.entry.kind != "S":
        binding.targets = [found for found in [groups.partner(doc, end)]
                           if found is not None and found.actor not in {m.actor for m in binding.sources}]
    if trigger.nominal and trigger.entry.code[:2] == CONSULTING:
        sides = groups.management_sides(doc, words.starts[trigger.first], end)
        if sides and {m.actor for m in binding.sources + binding.targets} <= {sides[0].actor}:
            binding.sources, binding.targets = sides[:1], sides[1:]


def _opening_phrase(words: Words, trigger: triggers.Trigger) -> str | None:
    """"Farmers blocked roads": the words from the start of the clause to its verb, which the word rules leave
    when the clause opens with a capital."""
    start = words.clause_starts[words.clause[trigger.first]]
    last = words.before(trigger.first, phrases.ADVERBS, phrases.AUXILIARIES)
    return words.span(start, last) if 0 <= last - start < groups.MAX_WORDS else None


def _appointers(doc: Document, words: Words, found: list[triggers.Trigger], bindings: list[attach.Binding]) -> None:
    """"Jane Doe was named president of Acme", "was elected chairman of the company": a post filled by a
    passive appointment with no doer named was filled by the body whose post it is, named in its clause."""
    for trigger, binding in zip(found, bindings):
        if not (happenings.is_happening(trigger.entry.code) and trigger.entry.label in descriptions.APPOINTING and
                trigger.passive and not binding.sources):
            continue
        comma = next((j for j in range(trigger.last + 1, len(words)) if words.forms[j] in (",", ";")), len(words))
        body = descriptions.appointer(doc, words.ends[trigger.last], words.ends[comma - 1])
        if body is not None:
            binding.sources = [body]


def _owned_group(doc: Document, words: Words, trigger: triggers.Trigger, binding: attach.Binding) -> None:
    """"Chile's 9,000 dockers struck", "Acme shareholders approved", "Chilean dockers held talks": a group
    the parse gave to the name that qualifies it is that group."""
    phrase = binding.subject_text  # the parse's, for a noun: "X held talks"
    if not (binding.settled or trigger.nominal) or not phrase or happenings.is_happening(trigger.entry.code):
        return
    start = _place(words, phrase, words.starts[trigger.first] if not trigger.passive else words.ends[-1])
    if start is None or not all(start <= m.start and m.end <= start + len(phrase) for m in binding.sources):
        return
    found = groups.group(doc, phrase, start)
    if found is not None:
        binding.sources = [found]


def _groups_of(doc: Document, kept, result: list[EventMention]) -> list[Mention]:
    """The unnamed groups and the countries read from an adjective ("an attack on a Ruritanian platform") that are
    doers or targets of the sentence's events, which become actor mentions of the article, so that every actor
    an event names is in the story: a group no event involves is no actor."""
    known = {(m.start, m.end) for m in doc.mentions}
    taking_part = {p.actor for event in result for p in event.actors}
    found = []
    for _, binding, _ in kept:
        for mention in binding.sources + binding.targets:
            mention = _demonym_of(doc, mention)
            adjective = mention.type == "country" and descriptions.country_of_adjective(mention.text, doc.published)
            if mention.actor in taking_part and (mention.actor.startswith(groups.GROUP_KEY) or adjective) and \
                    (mention.start, mention.end) not in known:
                known.add((mention.start, mention.end))
                found.append(mention)
    return found


def _demonym_of(doc: Document, mention: Mention) -> Mention:
    """"The British foreign minister" standing for a country: the mention of its adjective alone, which names
    the country in the article as "British" would on its own."""
    if mention.type != "country" or descriptions.country_of_adjective(mention.text, doc.published):
        return mention
    hit = next((hit for hit in gazetteer().find(mention.text, published=doc.published)
                if hit.entry.key == mention.actor and hit.entry.role == DEMONYM), None)
    if hit is None:
        return mention
    return replace(mention, start=mention.start + hit.start, end=mention.start + hit.end,
                   text=mention.text[hit.start:hit.end])


def _place(words: Words, phrase: str | None, before: int) -> int | None:
    """The document offset of the last `phrase` in the sentence before offset `before`."""
    if not phrase:
        return None
    at = words.text.lower().rfind(phrase.lower(), 0, before - words.offset)
    return words.offset + at if at >= 0 else None


def _apply_frames(found: list[triggers.Trigger], bindings: list[attach.Binding],
                  read_frames: list[frame.Frame]) -> tuple[list[triggers.Trigger], list[attach.Binding]]:
    """What the parse says overrides the word rules: negated triggers go; the doer and what it acts on replace
    the guesses where the parse names them."""
    kept_found, kept_bindings = [], []
    for trigger, binding, read_frame in zip(found, bindings, read_frames):
        if read_frame.negated:
            continue
        # a noun's doer the parse found in a subject that names no actor ("ministers ended their talks") is that
        # subject, not an actor the words find elsewhere (the medium that reports it)
        if read_frame.sources is not None and (read_frame.sources or trigger.verbal or read_frame.pronoun or
                                               read_frame.unnamed):
            binding.sources = read_frame.sources
            binding.settled = True
        elif read_frame.pronoun is not None and trigger.entry.kind != "S" or read_frame.embedded:
            # "the Bank of Ruritania said he met ...": the parse's "he" is the doer, whoever the words put first; "the
            # court's ruling on the strike": a noun that is what another is about has no doer the words could find
            binding.sources = []
        if read_frame.targets is not None and (read_frame.targets or read_frame.passive or read_frame.has_object):
            binding.targets = read_frame.targets
        binding.targets = [m for m in binding.targets if m.actor not in {s.actor for s in binding.sources}]
        if trigger.verbal and read_frame.read:
            trigger.passive = read_frame.passive
        binding.subject_text, binding.patient_text = read_frame.subject_text, read_frame.patient_text
        binding.pronoun = read_frame.pronoun
        binding.object_end = read_frame.object_end
        binding.addressee = read_frame.addressee
        if trigger.entry.kind != "S":  # a statement was made, whatever it says
            binding.modality = "planned" if trigger.intended else read_frame.modality
            binding.attributed_to = read_frame.attributed_to
        kept_found.append(trigger)
        kept_bindings.append(binding)
    return kept_found, kept_bindings


def _signed_documents(doc: Document, found: list[triggers.Trigger], bindings: list[attach.Binding]) -> None:
    """"Would honour the 1978 treaty", "are expected to review last month's pact": a document whose date is
    past tells its signing as done, whatever is to be done with it now."""
    for trigger, binding in zip(found, bindings):
        if trigger.entry.kind == "D" and binding.modality == "planned" and binding.timex is not None and \
                not _reaching_ahead(doc, binding.timex, None):
            trigger.intended = False
            binding.modality, binding.attributed_to = "asserted", []


def _plan_happenings(found: list[triggers.Trigger], bindings: list[attach.Binding]) -> None:
    """A happening outside CAMEO has no intent code: one stated as intended ("the board will appoint a new
    chairman", "will hold elections in May") is the happening itself, planned."""
    for trigger, binding in zip(found, bindings):
        if trigger.intended and happenings.is_happening(trigger.entry.code):
            trigger.intended = trigger.weighed = False
            binding.modality = "planned"


def _short_named(doc: Document, words: Words, found: list[triggers.Trigger], bindings: list[attach.Binding]) -> None:
    """"The NGMA charged that ...", "Foods is asking ...": a body named in full before, written short as the
    subject of what is said, says it (`short_names`)."""
    for trigger, binding in zip(found, bindings):
        if trigger.verbal and not trigger.passive and not binding.sources and trigger.entry.code[:2] in SPEECH:
            body = short_names.named_before(doc, words, trigger)
            binding.sources = [body] if body is not None else []


def _keep(words: Words, found: list[triggers.Trigger], bindings: list[attach.Binding], timexes,
          told: frozenset[int] | set[int] = frozenset()):
    """The triggers worth an event, with their objects: dated when they must be, with a speaker when they
    report speech, with an actor or a clear object always, or told as having happened (`told`: the first
    words of occasions and of what follows them, `occasions.settle`)."""
    kept = []
    for n, (trigger, binding) in enumerate(zip(found, bindings)):
        kind = trigger.entry.kind
        if (kind == "D" or trigger.earlier) and binding.timex is None and binding.earlier_timex is None:
            continue
        if trigger.verbal and trigger.first >= 2 and words.forms[trigger.first - 1] == "have" and \
                words.forms[trigger.first - 2] in triggers.FUTURE:
            continue  # "may have made the offer", "would have signed": a guess or what did not happen
        inverted = kind == "S" and statements.inverted(words, trigger, binding)
        if kind == "S" and not binding.sources or trigger.intended and (
                not binding.sources or trigger.entry.code[:2] not in intents()):
            continue
        following = len(words) if kind == "S" else next(
            (other.first for other in found[n + 1:] if other.entry.kind != "D" and not _named_object(
                words, trigger, other)), len(words))
        parsed = binding.object_end is not None and trigger.verbal and kind != "S"
        if parsed:
            # the object ends where the parse ends it ("air strikes on Damascus, Syrian media said"), past a
            # happening it names ("condemned the attack")
            following = max(trigger.last + 1, words.index_at(binding.object_end - 1) + 1)
        obj = phrases.object_phrase(words, trigger, timexes, following, parsed)
        if trigger.verbal and trigger.passive and binding.patient_text and not binding.targets:
            obj = binding.patient_text  # "more than 2,000 people were killed", not the clause before them
            if obj.split()[0].lower() == "that" and len(obj.split()) > 1 and kind != "S":
                obj = obj.split(maxsplit=1)[1]  # "That incident was investigated": a title opens with the noun
        if kind == "S" and statements.addressed(words, trigger, binding):
            obj = statements.told(words, trigger, binding, timexes)
        elif kind == "S" and trigger.entry.headline in ADDRESSING and obj:
            obj = obj.partition("that ")[2] or None  # "told reporters that ...", not "told reporters"
        # what was said opens the sentence unless a happening there is an event or its subject: the happening is it
        own = kind == "S" and not kept and not statements.opens_with_happening(words, found[:n])
        if inverted:
            obj = statements.fronted(words, trigger) if own else None
        elif kind == "S" and obj is None and own:
            obj = statements.fronted(words, trigger) or statements.quoted_after(words, trigger) or \
                statements.conditioned_after(words, trigger)
        if kind == "S":
            obj = _said_in_relative(words, trigger, found) or obj
        if kind == "S" and (obj is None or len(obj.split()) < phrases.MIN_SAID_WORDS or
                            any(obj.lower() in (m.name or m.text).lower() for m in binding.sources)):
            continue  # '"...," he said', "said the company": what was said is reported by its own triggers
        if trigger.verbal and trigger.entry.headline == "meet" and obj and not any(
                mention.text in obj for mention in binding.targets):
            continue  # "met its targets", "met a strong response": meeting no one is no meeting
        root = trigger.entry.code[:2]
        speaker = binding.sources or trigger.verbal and not trigger.passive and phrases.subject_phrase(words, trigger)
        if root == APPEAL[:2] and trigger.verbal and not trigger.passive and _deal_subject(words, trigger):
            continue  # "the agreement calls for Acme to pay 20 dlrs a share": a deal's terms, not an appeal
        blamed = root in BLAME and trigger.verbal and bool(obj) and bool(speaker)
        if root in DIRECTED and not (speaker and (binding.targets or obj) or blamed):
            continue  # "the North being accused", "who accuse them": who blames whom must be said
        if root in ("01", "10") and kind == "V" and obj is None and not binding.targets:
            continue  # "X denies", "X demands", with nothing denied or demanded
        if root == APPEAL[:2] and trigger.nominal and trigger.entry.headline == "call for" and \
                not _asking(words, trigger):
            continue  # "calls to the embassy went unanswered": a call that asks for nothing is no appeal
        if root == APPEAL[:2] and trigger.verbal and not binding.targets and (
                trigger.last + 1 == len(words) or words.is_break(trigger.last + 1) or
                words.forms[trigger.last + 1] in (".", "?", "!")):
            continue  # '"Why?" X asked.', "as X has urged, ...": an appeal with nothing after its verb
        if root == "03" and not trigger.intended and obj is None:
            continue  # "treaties that the two countries agreed": a pledge needs what is pledged
        clear = obj and not obj.startswith("to ") and root not in SPEECH
        dated = trigger.nominal and kind != "D" and binding.timex is not None and root not in SPEECH
        placed = root in (happenings.ROOT, PROTEST) and (speaker or happenings.place(words, trigger, timexes) or
                                              happenings.latest(words, trigger))
        # blame or rejection its subject voices, told with what it is aimed at, keeps its event though no name
        # stands for the voice ("the indictment charged that...", "senior executives have criticised the freeze");
        # a threat does not: "threaten" is as often said of things ("high wages threaten exports")
        if binding.sources or binding.targets or clear or dated or placed or blamed or trigger.first in told:
            kept.append((trigger, binding, obj))
    return kept


def _relative_passives(words: Words, found: list[triggers.Trigger], bindings: list[attach.Binding],
                       mentions: list[Mention]) -> None:
    """"Acme made an offer, a proposal that was refused by the Zenith board", "the walkout, which was declared
    unlawful last week": a passive verb of a relative clause tells a happening of its own, which befalls the noun
    phrase the relative pronoun stands for and is done by the actor its "by" names, or by no one named; never by
    the doer of the clause the noun phrase belongs to."""
    for trigger, binding in zip(found, bindings):
        antecedent = _antecedent(words, trigger) if _relative(words, trigger) else None
        if antecedent is None or any(other.nominal and other.last == antecedent[1] and
                                     other.entry.code[:2] == trigger.entry.code[:2] for other in found):
            continue  # "the meeting, which was attended by ministers": the meeting itself, told once
        binding.patient_text, binding.targets = words.span(*antecedent), []
        agent = trigger.last + 1
        binding.sources = [m for m in mentions if agent < len(words) and words.forms[agent] == "by" and
                           words.index_at(m.start) in range(agent + 1, agent + 1 + AGENT_REACH)][:1]
        binding.settled = True


def _relative(words: Words, trigger: triggers.Trigger) -> bool:
    """A passive verb right after a relative pronoun, past its auxiliaries: "which was ruled illegal"."""
    j = words.before(trigger.first, phrases.AUXILIARIES)
    return trigger.verbal and trigger.passive and trigger.entry.kind != "S" and j >= 1 and words.forms[j] in RELATIVES


def _antecedent(words: Words, trigger: triggers.Trigger) -> tuple[int, int] | None:
    """The first and last word of the noun phrase a relative pronoun right before a passive verb (past its
    auxiliaries) stands for; none past a verb ("the company said that was rejected": "that" stands for no noun
    of it)."""
    j = words.before(trigger.first, phrases.AUXILIARIES)
    end = j - 1 if words.forms[j - 1] != "," else j - 2
    if end < 0 or not words.forms[end].isalpha() or words.capitalised(end):
        return None
    for start in range(end, max(-1, end - ANTECEDENT_REACH), -1):
        if words.is_break(start) or words.forms[start] in triggers.PREPOSITIONS or _verb(words, start):
            return None
        if words.forms[start] in triggers.DETERMINERS:
            return start, end
    return None


def _verb(words: Words, j: int) -> bool:
    """A reporting verb, an auxiliary, a modal or a past form not right after a determiner (not "the revised
    plan")."""
    form = words.forms[j]
    return any(entry.kind == "S" for entry in entries_by_first_word().get(form, ())) or aspect.auxiliary(form) or \
        aspect.past(form) and not (j > 0 and words.forms[j - 1] in triggers.DETERMINERS)


def _asking(words: Words, trigger: triggers.Trigger) -> bool:
    """"a call for talks", "calls on Acme to cut", "calls from Acme, Beta and Gamma for cuts", "a call to boycott",
    "the strike call": a call that asks for something, which "for", "to" and a verb, or "on" someone "to" and a
    verb opens right after the call (past an adverb and past who calls), or a happening's noun before it names;
    not "calls to the embassy on Monday for comment went unanswered"."""
    if trigger.first > 0 and any(entry.kind == "N" for entry in entries_by_first_word().get(
            words.forms[trigger.first - 1], ())):
        return True
    j = _past_caller(words, trigger.last + 1)
    if j >= len(words):
        return False
    if words.forms[j] == "for" or _to_verb(words, j):
        return True
    return words.forms[j] == "on" and any(_to_verb(words, k) for k in range(
        j + 1, min(len(words), trigger.last + 1 + CALL_REACH)) if not _broken(words, k))


def _past_caller(words: Words, j: int) -> int:
    """The first word from `j` past adverbs ("called again for") and past a phrase that names who calls ("a call
    by the union for", "calls from Acme, Beta and Gamma for")."""
    while j < len(words) and (words.forms[j] in phrases.ADVERBS or words.forms[j].endswith("ly")):
        j += 1
    if j < len(words) and words.forms[j] in ("by", "from"):
        end = min(len(words), j + CALL_REACH)
        j += 1
        while j < end and words.forms[j] not in ("for", "on", "to") and not _broken(words, j):
            j += 1
    return j


def _broken(words: Words, j: int) -> bool:
    """A break in the phrase at word `j`, other than the comma of a list of names ("Acme, Beta and Gamma")."""
    return words.is_break(j) and not (words.forms[j] == "," and j + 1 < len(words) and words.capitalised(j + 1))


def _to_verb(words: Words, j: int) -> bool:
    """"to" and a verb at word `j` ("to boycott"), not "to" and a name or a noun phrase ("to the embassy")."""
    return words.forms[j] == "to" and j + 1 < len(words) and words.forms[j + 1].isalpha() and \
        not words.capitalised(j + 1) and words.forms[j + 1] not in triggers.DETERMINERS


def _deal_subject(words: Words, trigger: triggers.Trigger) -> bool:
    """"The agreement calls for", "the plan also requires": a deal or a text, not a speaker, right before the
    verb."""
    j = words.before(trigger.first, phrases.ADVERBS, triggers.FUTURE)
    return j >= 0 and words.forms[j] in DEALS


def _named_object(words: Words, verb: triggers.Trigger, noun: triggers.Trigger) -> bool:
    """"condemned the attack", "attacks on the wage freeze": a happening that is the object of a verb, or of a
    criticism, right after it, past a determiner."""
    first = verb.last + 1
    if verb.entry.code == CRITICISM and first < len(words) and words.forms[first] in TOPICAL:
        first += 1
    elif not verb.verbal:
        return False
    return noun.nominal and 0 <= noun.first - first <= 1 and all(
        words.forms[j] in triggers.DETERMINERS for j in range(first, noun.first))


def _announced_policies(kept) -> None:
    """A policy a speaker announces ("said it will freeze prices", "announced a price freeze") is decided when
    announced: the decision is the happening, dated by the announcement when it has no date of its own."""
    speaking = False
    for trigger, binding, _ in kept:
        if trigger.entry.kind == "S":
            speaking = speaking or bool(binding.sources)
        elif speaking and trigger.entry.label == happenings.POLICY and binding.timex is None and (
                trigger.nominal or binding.modality == "planned"):
            trigger.decided = True


def _statements_dated(found: list[triggers.Trigger], bindings: list[attach.Binding]) -> dict[int, int | None]:
    """Each trigger's word index -> the date of the reporting verb before it, kept as an event or not ("officials
    disclosed in Washington yesterday that the navy was prepared to escort tankers")."""
    stated, result = None, {}
    for trigger, binding in zip(found, bindings):
        if trigger.entry.kind == "S":
            stated = binding.timex
        result[trigger.first] = stated
    return result


def _date_intents(doc: Document, words: Words, kept, stated_at: dict[int, int | None]) -> None:
    """A stated intent happens when it is stated: it takes the date of the reporting verb before it, or the
    publication date. When its own clause dates what it looks forward to, in a time that ends after the day it is
    stated ("next week", and also "later this month", "this year"), it is planned for that date: the happening itself when a verb carries it out ("said on Tuesday it would sign the
    pact next week", "will hold talks on Monday"), else the intent ("will make a request for talks next week").
    A decision announced ("Yesterday, Washington announced plans to slap tariffs") is dated by its
    announcement when it has no date of its own."""
    for trigger, binding, obj in kept:
        stated = stated_at.get(trigger.first)
        if trigger.entry.kind == "S":
            continue
        if trigger.verbal and obj and obj.startswith("to ") and binding.timex is not None and \
                doc.timexes[binding.timex].start > words.ends[trigger.last] and _ahead(doc, binding.timex, stated):
            binding.timex = stated  # "agreed to sign the accord next month": the date is the signing's
        elif trigger.intended and binding.timex is not None and _reaching_ahead(doc, binding.timex, stated):
            # the happening itself when the verb carries it out, else the intent ("request talks next week")
            trigger.intended = not _performed(words, trigger)
            binding.modality, binding.earlier_timex = "planned", None
        elif trigger.intended:
            binding.timex, binding.earlier_timex = stated, None
        elif trigger.decided and binding.timex is None:
            binding.timex = stated


def _criticism(words: Words, found: list[triggers.Trigger]) -> None:
    """An attack on a policy, a plan or a statement ("attacked the budget", "attacks on the wage freeze") is
    criticism (CAMEO 111), not force: the noun it attacks, before any preposition, tells."""
    for trigger in found:
        if trigger.entry.code != UNCONVENTIONAL or trigger.entry.headline != "attack" or trigger.passive:
            continue
        j = trigger.last + 1
        if trigger.nominal:
            if j >= len(words) or words.forms[j] not in ("on", "against", "upon"):
                continue
            j += 1
        for k in range(j, min(len(words), j + ATTACKED_REACH)):
            if words.is_break(k) or words.forms[k] in triggers.PREPOSITIONS:
                break
            if words.forms[k] in criticised():
                trigger.entry = replace(trigger.entry, code=CRITICISM, headline="criticize")
                break


def _armed_strikes(doc: Document, words: Words, found: list[triggers.Trigger], mentions: list[Mention]) -> None:
    """"The Ruritanian strike on a Freedonian platform": a strike that a country's name leads is an armed one (190);
    a walkout is its workers' ("the dockers' strike", "a national strike", "the Acme strike")."""
    for trigger in found:
        if trigger.entry.code != WALKOUT or not trigger.nominal:
            continue
        start = words.starts[trigger.first]
        if any(m.type == "country" and m.end <= start and doc.text[m.end:start].strip() in ("", "'s", "’s")
               for m in mentions):
            trigger.entry = replace(trigger.entry, code=CONVENTIONAL)


def _conventional(words: Words, found: list[triggers.Trigger], bindings: list[attach.Binding]) -> None:
    """A violent act by a state or its armed forces ("Freedonian troops killed", "a Ruritanian attack", "Ruritania
    attacked"), or on armed forces ("killed 18 soldiers", "soldiers were killed"), is conventional military
    force (CAMEO 190), not the unconventional violence (180) of gunmen or militants. So is a raid or a bombing
    that a state or its forces carry out ("warplanes bombed", "Freedonia raided the port"), and their seizure of
    a place ("troops seized the ridge": occupation, 192)."""
    for trigger, binding in zip(found, bindings):
        code = trigger.entry.code
        if code in FORCIBLE and (code != BOMBING or trigger.entry.headline == "bomb"):
            forcible = _forcible(words, trigger, binding)
            if forcible:
                trigger.entry = replace(trigger.entry, code=forcible)


def _forcible(words: Words, trigger: triggers.Trigger, binding: attach.Binding) -> str | None:
    """The code of conventional military force a violent act takes, if its doer is a state or its forces, or,
    doer-less, the common words of its clause tell of warfare ("the attack, backed by artillery"; not a name:
    "the Military Academy"). The arms of the doer, else of a doer-less act's clause, give the subcode ("jets
    attacked", "the attack by missiles": aerial weapons, 195)."""
    code = trigger.entry.code
    start = words.clause_starts[words.clause[trigger.first]]
    doer = set(words.forms[max(start, trigger.first - DOER_REACH):trigger.first])
    doer |= set((binding.subject_text or "").lower().split())
    own = [i for i in range(len(words)) if words.clause[i] == words.clause[trigger.first]]
    if code == SEIZURE and not territory().intersection(words.forms[i] for i in own if i > trigger.last):
        return None
    clause = [words.forms[i] for i in own if (i == 0 or not words.capitalised(i)) and
              (code != BOMBING or trigger.first - ARMS_REACH <= i <= trigger.last + ARMS_REACH)]
    doerless = not binding.sources and not binding.subject_text
    means = [arms()[form] for form in (sorted(doer) if doer & arms().keys() or not doerless else clause)
             if arms().get(form, CONVENTIONAL) != CONVENTIONAL]
    # a country bound to a bombing by word rules is as often the one that condemns it ("Freedonia condemned the
    # bomb explosions"): only the doer the parse names ("Freedonia bombed") makes a bombing warfare
    state = code != SEIZURE and (code != BOMBING or binding.settled) and not doer & POLICING and \
        any(mention.type == "country" for mention in binding.sources)
    # a bombing's clause often names the forces it hit ("the bombing of an army barracks"): only arms tell it
    told = [form for form in clause if arms().get(form, CONVENTIONAL) != CONVENTIONAL or
            code != BOMBING and form in arms()]
    warfare = bool(doer & arms().keys()) or doerless and bool(told)
    if code == UNCONVENTIONAL:
        end = trigger.last + 1
        while end < len(words) and end <= trigger.last + DOER_REACH and not words.is_break(end) and \
                words.forms[end] not in triggers.PREPOSITIONS:
            end += 1
        attacked = set(words.forms[trigger.last + 1:end]) | set((binding.patient_text or "").lower().split())
        warfare = warfare or bool((doer | attacked) & military())
    if not (state or warfare):
        return None
    return means[0] if means and code != SEIZURE else FORCIBLE[code]


def _ahead(doc: Document, own: int | None, stated: int | None) -> bool:
    """Whether the time expression `own` names a time after the day of the statement (`stated`, else the
    publication day)."""
    if own is None:
        return False
    when = _date(doc, stated)
    span, said = interval(_date(doc, own).value), interval(when.value)
    return bool(span and said) and doc.timexes[own].type in ("DATE", "TIME") and span[0] > said[1]


def _reaching_ahead(doc: Document, own: int, stated: int | None) -> bool:
    """Whether the time expression `own` names a time that ends after the day of the statement (`stated`, else
    the publication day): "next week", and also "later this week", "in the fourth quarter"."""
    span, said = interval(_date(doc, own).value), interval(_date(doc, stated).value)
    return bool(span and said) and doc.timexes[own].type in ("DATE", "TIME") and span[1] > said[1]


def _performed(words: Words, trigger: triggers.Trigger) -> bool:
    """Whether the time expression of an intended trigger's clause dates the happening itself: a verb ("would
    sign next week"), or a noun after a verb that carries it out ("will hold talks on Monday"), not after one
    that asks for it ("will request talks next week", when the request is what is dated)."""
    if trigger.verbal:
        return True
    j = trigger.first - 1
    # past determiners and adjectives of the usual endings: "hold formal talks", "hold emergency talks"
    while j >= 0 and (words.forms[j] in triggers.DETERMINERS or words.forms[j].endswith(("al", "y"))):
        j -= 1
    return j >= 0 and words.forms[j] in PERFORMING


def _provisions(found: list[triggers.Trigger], bindings: list[attach.Binding]) -> int:
    """"The pact also says Chile and Peru agreed to ...": what a document says is a provision, not a
    happening. Returns how many triggers to keep: those before a speakerless reporting verb that follows a
    document noun."""
    for n, (trigger, binding) in enumerate(zip(found, bindings)):
        if trigger.entry.kind == "S" and not binding.sources and any(o.entry.kind == "D" for o in found[:n]):
            return n
    return len(found)


def _absorb(words: Words, found: list[triggers.Trigger]) -> list[triggers.Trigger]:
    """"convened an emergency meeting" is one happening: a verb's object noun of a kin type is dropped. A noun
    that a word of sequence or reply puts before or after the verb ("attacked the town after a raid by
    rebels", "met again ahead of talks in May", "in retaliation for an attack") is a happening of its own."""
    kept = []
    for trigger in found:
        previous = kept[-1] if kept else None
        if (previous is not None and previous.verbal and trigger.nominal and trigger.entry.kind != "D"
                and _kin(previous.entry, trigger.entry) and (trigger.first - previous.last <= 4 or _means(
                    words, previous, trigger))
                and not SEQUELS.intersection(words.forms[previous.last + 1:trigger.first])):
            if previous.entry.code == UNCONVENTIONAL and trigger.entry.code[:2] == CONVENTIONAL[:2]:
                previous.entry = replace(previous.entry, code=trigger.entry.code)  # "killed in fighting", "in raids"
            continue
        kept.append(trigger)
    return kept


def _means(words: Words, verb: triggers.Trigger, noun: triggers.Trigger) -> bool:
    """"killed almost 150 people in bombing raids": violence done in a violent happening, which is its means,
    told after the verb's object in its clause."""
    between = words.forms[verb.last + 1:noun.first]
    return verb.entry.code[:2] in VIOLENT and noun.entry.code[:2] in VIOLENT and len(between) <= MEANS_REACH and \
        "in" in between[-2:] and not any(words.is_break(j) for j in range(verb.last + 1, noun.first))


def _kin(entry: Entry, other_entry: Entry) -> bool:
    """One root, or both violent ("repelled an attack" is one act of force), or a verb that ends or cuts back
    what its object names ("called off the strikes", "cancelled the talks": no strike, no talks). Happenings
    outside CAMEO are kin only when of one kind: "injured in the blast" is a blast and its casualties."""
    code, other = entry.code, other_entry.code
    if happenings.is_happening(code) and happenings.is_happening(other) and entry.label != other_entry.label:
        return False
    return code[:2] == other[:2] or code[:2] in VIOLENT and other[:2] in VIOLENT or code[:2] in ENDING


def _hand_reports_on(words: Words, found, bindings) -> None:
    """A verb in the clause of a reporting verb, or in the clause it introduces, has the reporter as its source
    when it names none ("Ruritania announced the addition of items to its list of goods banned from export")."""
    for n, (trigger, binding) in enumerate(zip(found, bindings)):
        if trigger.entry.kind != "S" or not binding.sources or all(media.is_medium(m) for m in binding.sources):
            continue
        clause = words.clause[trigger.first]
        for other, other_binding in zip(found[n + 1:], bindings[n + 1:]):
            reported = words.clause[other.first] in (clause, clause + 1)
            # a policy announced is the announcer's ("announced a wage freeze"), not one its words only name
            # ("said the government must answer for the effects of the wage freeze")
            doing = other.verbal or other.entry.label == happenings.POLICY and not any(
                words.forms[j] in triggers.PREPOSITIONS or words.is_break(j) or words.forms[j] in SUBORDINATORS
                for j in range(trigger.last + 1, other.first))
            if reported and doing and not other_binding.sources and not other_binding.settled and \
                    not is_mutual(other.entry.code):
                other_binding.sources = list(binding.sources)


def _media_report(words: Words, found: list[triggers.Trigger], bindings: list[attach.Binding]) -> None:
    """The media reporting in a sentence are the sources of what it tells, not its doers or targets."""
    said = [trigger.entry.kind == "S" for trigger in found]
    reporting = media.reporters([b.sources for b, s in zip(bindings, said) if s]) | {
        m.actor for b in bindings for m in b.sources + b.targets
        if media.is_medium(m) and media.speaks(words.forms, words.index_at(m.end - 1) + 1)}
    # "officials told Reuters they met": a medium told what others did tells no deed of its own
    told = {m.actor for b in bindings for m in b.sources + b.targets
            if media.is_medium(m) and words.forms[max(0, words.index_at(m.start) - 1)] in TOLD}
    for trigger, binding, statement in zip(found, bindings, said):
        attributed, doers = len(binding.attributed_to), len(binding.sources)
        # "CNN said it reached an agreement": a medium telling its own deed, as a company does
        own = statement or _subject_pronoun(words, trigger) is not None
        binding.sources, binding.targets, binding.attributed_to = media.as_source(
            *media.as_source(binding.sources, binding.targets, binding.attributed_to, set() if statement else told,
                             False),
            reporting, own)
        if doers and not binding.sources:
            binding.settled = False  # the doer is to be found in the reported clause
        if len(binding.attributed_to) > attributed and binding.modality == "asserted":
            binding.modality = "attributed"  # a deed a medium tells, as the frame marks one another speaker tells


def _quoted(doc: Document, words: Words, found: list[triggers.Trigger], bindings: list[attach.Binding],
            mentions: list[Mention]) -> None:
    """"the agency quoted him as saying", "Novak was quoted by the agency as saying": the speaker is the one
    quoted, not the paper or agency that quotes him, which the word rules took for the subject."""
    for trigger, binding in zip(found, bindings):
        at = triggers.quoting(words, trigger)
        if at is None:
            continue
        if at > 0 and words.forms[at - 1] in triggers.BE:
            quoted = [m for m in mentions if at > 1 and words.index_at(m.end - 1) == at - 2]
        else:
            between = range(at + 1, trigger.first - 1)
            quoted = [m for m in mentions if words.index_at(m.start) in between]
            pronoun = next((QUOTED_PRONOUNS[words.forms[j]] for j in between if words.forms[j] in QUOTED_PRONOUNS),
                           None)
            if not quoted and pronoun is not None:
                speaker = descriptions.antecedent(doc, pronoun, words.starts[trigger.first])
                quoted = [speaker] if speaker is not None else []
        binding.sources = quoted


def _spoken_for(found: list[triggers.Trigger], bindings: list[attach.Binding], countries: set[str]) -> None:
    """"Trade Minister Jan Novak said Ruritania was ready to retaliate": an intent stated by one who speaks
    for its doer (a minister for his country, an executive for his company, a ministry for its state) is his
    speech act as much as the body's, so he is its doer with the body. The speaker is that of the reporting
    verb nearest before the intent, or right after it ("Ruritania will retaliate, Jan Novak said"); `countries`
    are the article's."""
    said = [(n, b) for n, (t, b) in enumerate(zip(found, bindings)) if t.entry.kind == "S" and b.sources]
    for n, (trigger, binding) in enumerate(zip(found, bindings)):
        if trigger.entry.kind == "S" or not (trigger.intended or trigger.weighed) or not binding.sources:
            continue
        speaking = [b for m, b in said if m < n][-1:] or [b for m, b in said if m > n][:1]
        doers = {m.actor for m in binding.sources}
        binding.sources = binding.sources + [
            speaker for b in speaking for speaker in b.sources
            if speaker.actor not in doers and descriptions.speaks_for(speaker, countries) in doers]


def _reported_self(words: Words, found: list[triggers.Trigger], bindings: list[attach.Binding]) -> None:
    """"It said it may build a second plant", "he said he had resigned", "it said it had told Acme it would sue": a
    pronoun that opens a clause reported by a verb whose subject is the same pronoun is the same speaker, so the
    reported deed or intent is the speaker's own, whoever the speaker's pronoun was found to stand for, not a name
    between the two ("told Zenith it may build")."""
    for n, (trigger, binding) in enumerate(zip(found, bindings)):
        pronoun = _subject_pronoun(words, trigger)
        if pronoun is None or binding.sources and binding.pronoun is None:
            continue  # a doer the words name stays; one a pronoun was resolved to yields to the speaker
        speaker = next((m for m in range(n - 1, -1, -1) if found[m].entry.kind == "S"), None)
        if speaker is not None and bindings[speaker].sources and _subject_pronoun(words, found[speaker]) == pronoun:
            binding.sources = list(bindings[speaker].sources)


def _conjunct_doers(words: Words, found: list[triggers.Trigger], bindings: list[attach.Binding]) -> None:
    """"Acme agreed to buy Zenith and named Jan Novak president", "the rebels attacked the town and kidnapped
    two priests": a verb right after "and", with no subject of its own, shares the subject of the verb before
    it; the object of that verb ("Zenith") is not its doer. The parse's own subject is kept."""
    for n, (trigger, binding) in enumerate(zip(found, bindings)):
        joint = words.before(trigger.first, phrases.ADVERBS)
        if not trigger.verbal or trigger.passive or binding.settled or joint < 0 or words.forms[joint] != "and":
            continue
        previous = next((m for m in range(n - 1, -1, -1) if found[m].verbal), None)
        if previous is None or found[previous].passive or not bindings[previous].sources:
            continue
        doers = bindings[previous].sources
        if {m.actor for m in binding.sources} != {m.actor for m in doers}:
            binding.targets = [m for m in binding.targets if all(m.actor != d.actor for d in doers)]
            binding.sources = list(doers)


def _subject_pronoun(words: Words, trigger: triggers.Trigger) -> str | None:
    """The personal pronoun right before a verb, past its auxiliaries and adverbs ("it also told", "he had
    resigned", "we have agreed"), lower-cased; none for a noun or a passive."""
    if not trigger.verbal or trigger.passive:
        return None
    last = words.before(trigger.first, phrases.AUXILIARIES, phrases.ADVERBS)
    form = words.forms[last].lower() if last >= 0 else ""
    return form if form in statements.SELF else None


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
    agreed_on = mutual and binding.sources and obj and " to " in f" {headline} " and \
        any(name.lower() in obj.lower() for name in _names(binding.targets))
    bought = mutual and code in frame.ACQUIRING and binding.sources and obj and \
        {m.actor for m in binding.targets} - {m.actor for m in binding.sources}
    if partners and partners.startswith("with "):
        sources, complement = _names(binding.sources), f"{obj} {partners}"  # "X signs a deal with Y"
    elif agreed_on:
        sources, complement = _names(binding.sources), obj  # "A agrees to buy B": B is named by what A agrees to
    elif bought:
        # "Acme acquires 21 pct of Widget": the buyer and what it buys, not two buyers
        sources, complement = _names(binding.sources), _bought(obj, binding.targets)
    elif mutual:
        sources = _names(binding.sources + binding.targets)
        complement = titles.as_said(words, obj, doc.text, False, tuple(sources))
    elif trigger.nominal and (not obj or any(obj.startswith(name) for name in _names(binding.targets))):
        # "Ruritania's attack on Freedonia began ...": the noun's object is its target, named alone, and after
        # a verb of one word without the noun's preposition ("attacks Freedonia", "imposes sanctions on X")
        sources, complement = _names(binding.sources), _target_phrase(words, binding.targets, True)
        if complement and " " not in headline and complement.split()[0] in triggers.PREPOSITIONS:
            complement = complement.partition(" ")[2]
    else:
        said = titles.as_said(words, statements.whole(words, trigger, obj) if trigger.entry.kind == "S" and obj
                              else obj, doc.text, trigger.entry.kind == "S",
                              tuple(_names(binding.sources) + [mention.text for mention in binding.sources]))
        sources, complement = _names(binding.sources), said or _target_phrase(words, binding.targets,
                                                                              trigger.nominal)
    plural = len(binding.sources) == 1 and binding.sources[0].type == "group"  # "Communist rebels kill"
    if not sources and binding.subject_text and (trigger.nominal or trigger.passive):
        sources = [binding.subject_text]  # "soldiers" of "was shot dead by soldiers"; the minister of "for talks"
        plural = _plural(binding.subject_text)
    elif not sources and trigger.verbal and not trigger.passive and not happenings.is_toll(trigger):
        phrase = binding.subject_text if binding.settled else phrases.subject_phrase(words, trigger)
        if happenings.is_happening(code):
            phrase = happenings.subject(phrase)  # "Ferry capsizes", not "A ferry capsizes"
        sources = [phrase] if phrase else []
        plural = bool(phrase) and _plural(phrase)
    bare = phrases.bare(complement) if complement else ""
    if trigger.entry.kind == "S" and not obj or complement and any(
            bare in name.lower() or trigger.nominal and bare.startswith(name.lower()) for name in sources):
        complement = None  # "the collapse of the latter": the object is the actor itself
    if trigger.entry.kind == "N" and len(trigger.entry.slots) > 1:
        headline = f"{headline} {doc.text[start:end].lower()}"  # "carries out" + "nuclear test"
    if trigger.nominal and complement and obj and complement.startswith(obj) and \
            words.forms[trigger.last + 1] in TOPICAL:
        complement = f"{words.forms[trigger.last + 1]} {complement}"  # "holds talks on export quotas"
    if complement and obj and phrases.inner_object(trigger) and (
            not _told_passive(words, trigger) or trigger.entry.slots[-1].forms & set(obj.lower().split())):
        # the object already holds the phrase's noun: "proposes a cash merger", "plans to propose a merger", "the
        # deal was reached"; not a passive's subject that is none of its words ("the walkout was ruled unlawful")
        cue = len(headline.split()) - len(trigger.entry.headline.split())  # "plan to", "weigh plans to"
        headline = " ".join(headline.split()[:cue + 1])
        particle = words.forms[trigger.first + 1]
        if particle in triggers.PREPOSITIONS and complement.lower().startswith(f"{particle} "):
            # the verb's own preposition goes with the verb: with no doer, "A deal entered into", not "Into a
            # deal entered"
            headline, complement = f"{headline} {particle}", complement[len(particle) + 1:]
        addressees = None if mutual else _target_phrase(words, binding.targets, False)
        if addressees and addressees.split()[0] in triggers.PREPOSITIONS:
            complement = f"{obj} {addressees}"  # "expresses gratitude to Kim"
    if complement and sources and code[:2] == APPEAL[:2] and trigger.verbal and not trigger.passive:
        asked = titles.asked_deed(words, trigger.last + 1, complement, tuple(sources))
        complement = f"{complement} {asked}" if asked else complement
    if complement:
        # a mutual happening names its partners with its doers ("A and B meet", not "A and B meet B")
        named = binding.sources + binding.targets if mutual and not agreed_on and not bought and \
            not (partners or "").startswith("with ") else binding.sources
        if trigger.entry.kind == "S":
            named = named + _named_again(doc, number, named, complement)
        complement = _unnamed(complement, named, trigger.entry.kind == "S")
    if complement:
        complement = _distinct(complement, binding.targets, sources)
    where = happenings.place(words, trigger, list(enumerate(doc.timexes))) if happenings.is_happening(code) else None
    if where and trigger.verbal and not complement:
        complement = " ".join(where)  # "capsizes off Zeebrugge"
    modality = binding.modality
    doers = {m.actor for m in binding.sources}
    reporters = [m for m in binding.attributed_to if m.actor not in doers]
    if modality == "attributed" and binding.attributed_to and not reporters:
        modality = "asserted"  # what an actor reports of itself is its own statement
    reporter = _names(reporters)[0] if reporters else None
    placed_only = trigger.nominal and complement and complement.split()[0] in triggers.PREPOSITIONS
    if happenings.is_happening(code) and trigger.nominal:
        title = titles.mark(happenings.noun_title(words, trigger, where) or
                            happenings.owner_title(words, trigger, _names(binding.sources + binding.targets),
                                                   binding.sources + binding.targets) or
                            phrases.noun_title(words, trigger), modality, reporter)
    elif sources or trigger.verbal or complement and not binding.targets and not placed_only:
        title = titles.compose(sources, headline, complement, _infinitive(words, trigger), plural,
                               "asserted" if trigger.intended else modality, reporter)
    else:
        title = titles.mark(titles.done(phrases.noun_title(words, trigger), trigger.entry.headline, modality), modality,
                            reporter)
    return EventMention(
        sentence=number, trigger_start=start, trigger_end=end, trigger=doc.text[start:end], code=code,
        label=trigger.entry.label if code == trigger.entry.code and trigger.entry.label else label(code),
        title=title, date=_date(doc, timex, modality == "planned" and not trigger.intended),
        timex=timex if timex is not None and _dates(doc, timex) else None,
        actors=participants, object=obj, modality=modality,
        attributed_to=reporters[0].actor if reporters else None, occasion=trigger.occasion)


def _told_passive(words: Words, trigger: triggers.Trigger) -> bool:
    """"was ruled illegal", "were laid off": a passive the text writes with a form of "be"."""
    j = words.before(trigger.first, phrases.ADVERBS)
    return trigger.passive and j >= 0 and words.forms[j] in triggers.BE


def _plural(phrase: str) -> bool:
    """Whether a doer's noun phrase takes a plural verb: "marines", "police", not "the press"."""
    return phrase.endswith("s") and not phrase.endswith(("ss", "us")) or phrase.endswith(("men", "people", "police"))


def _unnamed(complement: str, sources: list[Mention], said: bool) -> str | None:
    """A title names each actor once: what a body says of itself reads "it" ("Ecuador says it owes ..."), what a
    person says of himself "he" when his given name tells his sex ("Jan Novak says he will resign"), and a doer's
    name inside its own object goes ("discusses the announcement"). A name inside a longer name stays: "Acme"
    of "Acme Hong Kong" is another company."""
    given = complement
    for mention in sources:
        for name in sorted({mention.name or mention.text, mention.text}, key=lambda name: (-len(name), name)):
            if said and mention.type != "person":
                if _may_occur(name, complement):
                    complement = _named(name).sub(lambda match: _alone(match, "it"), complement, count=1)
                    complement = _OWNED_IT.sub("it", complement)  # "the bid by his Acme" is "the bid by it"
            elif said:
                pronoun = _pronoun(mention.name or mention.text)
                if pronoun and name[:1].isupper() and _may_occur(name.split()[-1], complement):
                    complement = _subject(name).sub(lambda match: _alone(match, pronoun), complement, count=1)
            else:
                if _may_occur(name, complement):
                    complement = _bare(name).sub(lambda match: _alone(match, ""), complement)
                complement = complement.strip()
    if not said and complement and complement != given and all(word.lower() in title_words() or word in ("and", ",")
                                       for word in complement.replace(",", " , ").split()):
        return None  # "A and B meet President": the partners' titles without their names
    return complement or None


def _named_again(doc: Document, number: int, mentions: list[Mention], said: str) -> list[Mention]:
    """The sentence's other mentions of the actors of `mentions` that open what was `said`: a speaker's subject
    may name it as the sentence writes it, not as the speaker's mention does ("the agency said Acme Co. will
    ...", "Acme Corp said Acme will ...")."""
    sentence, actors = doc.sentences[number], {mention.actor for mention in mentions}
    known = {name for mention in mentions for name in (mention.text, mention.name)}
    opening = said.lower().removeprefix("the ")
    return list({mention.text: replace(mention, text=_without_legal_form(mention.text)) for mention in doc.mentions
                 if mention.actor in actors and _without_legal_form(mention.text) not in known and
                 sentence.start <= mention.start < sentence.end and
                 opening.startswith(mention.text.lower())}.values())  # each name once: it opens what was said


def _without_legal_form(name: str) -> str:
    """A name without the legal forms it ends on ("Acme Co." -> "Acme"), which the name's pattern reads again."""
    return " ".join(gazetteer().without_legal_forms(name.split()))


_OWNED_IT = re.compile(r"\b(?:his|her|its|their|our)\s+it\b(?!['’])", re.I)


def _alone(match: re.Match, replacement: str) -> str:
    """`replacement` for a name that stands alone, the name itself where a capital word carries it on or a
    possessive stands before it ("its Acme unit"). A company's own possessive reads "its", never "it's". A name
    that goes leaves its title too ("Ruritania President" is no other name)."""
    after = match.string[match.end():].lstrip()
    before = match.string[:match.start()].split()[-1:]
    carried = after[:1].isupper() and not (not replacement and after.split()[0].lower() in title_words())
    owned = replacement and before and before[0].lower() in titles.POSSESSIVES and after[:1].isalpha()
    if carried or owned:
        return match.group(0)
    part = after.split()[0].lower().strip(",.") if after else ""
    # "the U.S. economy": a name after "the" and before a noun, not a verb, is its owner
    modifier = match.group(0).lower().startswith("the ") and after[:1].islower() and part.isalpha() and \
        not titles.finite(part) and not (part.endswith("s") and not part.endswith("ss"))
    # "says Acme unit to sell", "Acme branches accept": a body's name before a noun of what it owns is its owner
    return "its" if replacement == "it" and (match.group(0).endswith(("'s", "’s")) or part in _OWNED_PARTS or
                                             part in staff() or modifier) else replacement


_AMOUNTS = frozenset({"share", "stake", "stakes", "pct", "percent", "interest", "control", "rest", "remainder",
                      "balance", "majority", "holding", "holdings"})  # holdings told by how much of them: "Acme
# stake" is a stake in Acme, not Acme's
_OWNED_PARTS = frame.HOLDINGS - _AMOUNTS | {
    "subsidiaries", "branch", "branches", "divisions", "affiliate", "affiliates", "shareholders", "stockholders",
    "board", "directors", "management", "executives", "officials", "plant", "plants", "earnings", "profits", "sales",
    "revenues", "offices", "bonds", "debt"}


_SEX = {"male": "he", "female": "she"}


def _pronoun(name: str) -> str | None:
    """"he" or "she" as a person's given name tells, None when it does not tell for sure ("Kim", "Symms")."""
    given = name.split()[0] if len(name.split()) > 1 else ""
    return _SEX.get(_sexes().get_gender(given)) if given[:1].isupper() and given[1:].islower() else None


@lru_cache(maxsize=1)
def _sexes():
    from gender_guesser.detector import Detector  # loaded only for a person's own statement

    return Detector(case_sensitive=False)


@lru_cache(maxsize=1024)
def _subject(name: str) -> re.Pattern:
    """A person's name, whole or its last word, opening a clause as the subject its verb follows ("Novak will
    resign"; not "Novak of Acme will resign", whose "he of Acme" would read worse than the name twice)."""
    names = "|".join(re.escape(part) for part in dict.fromkeys((name, name.split()[-1])))
    joining = "|".join(sorted(titles.DANGLING | {"who", "whose", "which"}))
    return re.compile(rf"^(?:{names})\b(?=\s+(?!(?:{joining})\b)[a-z])")


# Letters that only ASCII letters match, even ignoring case: "i", "k" and "s" also match "ı", "İ", "K", "ſ".
_MATCHED_BY_NON_ASCII = re.compile(r"[^\x00-\x7f]|[iksIKS]")


def _may_occur(name: str, text: str) -> bool:
    """False when `name` cannot occur in `text` ignoring case, as `re.I` reads it: some run of the name's letters
    that only ASCII matches is not in the text. Most names are not in the phrase, and a pattern of a name costs
    more to compile than to match."""
    folded = text.lower()
    return all(run.lower() in folded for run in _MATCHED_BY_NON_ASCII.split(name))


@lru_cache(maxsize=1024)
def _named(name: str) -> re.Pattern:
    return re.compile(rf"(?:\bthe\s+)?\b{re.escape(name)}\b{_legal_form()}(?:\s*<[^>]*>)?(?:['’]s\b)?", re.I)


@lru_cache(maxsize=1024)
def _bare(name: str) -> re.Pattern:
    return re.compile(rf"\b{re.escape(name)}\b{_legal_form()}(?:\s*<[^>]*>)?\s*", re.I)


@lru_cache(maxsize=1)
def _legal_form() -> str:
    """The legal form a company's name may carry in the text but not in its mention ("Acme Pacific Ltd"): it goes
    with the name, never left behind as a word of another name."""
    forms = "|".join(sorted({re.escape(form.rstrip(".")) for form in gazetteer().legal_forms},
                                key=lambda form: (-len(form), form)))
    return rf"(?:,?\s+(?-i:{forms})\b\.?)*"


def _distinct(complement: str, targets: list[Mention], sources: list[str]) -> str:
    """"Dudley Taft offers to acquire Taft": a target written with a word of a doer's name is given its full
    name, so that no name reads twice."""
    for mention in targets:
        name = mention.name or mention.text
        if name != mention.text and any(re.search(rf"\b{re.escape(mention.text)}\b", source) for source in sources):
            complement = re.sub(rf"\b{re.escape(mention.text)}\b", name, complement, count=1)
    return complement


def _infinitive(words: Words, trigger: triggers.Trigger) -> bool:
    """"offered to buy the company": the object is what the verb leads to."""
    return trigger.verbal and trigger.last > trigger.first and words.forms[trigger.last] == "to"


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
        timex=binding.earlier_timex, actors=list(current.actors), object=current.object, modality=current.modality,
        attributed_to=current.attributed_to)


def _dates(doc: Document, index: int) -> bool:
    value = doc.timexes[index].value
    return value is None or bool(phrases.DATE_VALUE.match(phrases.day(value)))


def _date(doc: Document, index: int | None, planned: bool = False) -> Date:
    """The date of the time expression `index`; without one, the publication date, which a planned happening
    never takes: it has not happened by then, and the text gives it no day."""
    if index is not None:
        timex = doc.timexes[index]
        if timex.value is None:
            return Date(None, "none", "none", timex.text)
        value = phrases.day(timex.value)
        if phrases.DATE_VALUE.match(value):
            return Date(value, granularity(value), "relative" if timex.relative else "explicit",
                        timex.text)
    if doc.published and not planned:
        return Date(doc.published, "day", "inferred" if doc.published_source == "inferred" else "publication")
    return Date()


def _names(mentions: list[Mention]) -> list[str]:
    """The actors' names, each once; a name inside another's is said by it ("United States Senate", not
    "United States Senate and United States")."""
    names: list[str] = []
    for mention in mentions:
        name = mention.name or mention.text
        if name not in names:
            names.append(name)
    return [name for name in names if not any(
        other != name and name in other and re.search(rf"(?<!\w){re.escape(name)}(?!\w)", other) for other in names)]


def _opening(words: Words, of: int) -> str | None:
    """The preposition that opens the phrase a name's "of" ends ("for the rest of", "at the silos of"): the
    title keeps it when it drops the words between."""
    for j in range(of - 1, max(-1, of - 1 - OPENING_REACH), -1):
        if words.forms[j] in triggers.PREPOSITIONS:
            return words.forms[j] if words.forms[j] != "of" else None
        if words.is_break(j) or words.forms[j] in triggers.SUBJECT_CUES or words.forms[j][:1].isdigit():
            return None
    return None


def _bought(obj: str, targets: list[Mention]) -> str:
    """What a buyer acquires, with the company it is of unless the object names it ("55 pct of Widget"), as
    written or across a line break of the article."""
    written = " ".join(obj.lower().split())
    if any(" ".join(name.lower().split()) in written for name in _names(targets) + [m.text for m in targets]):
        return obj
    return f"{obj} of {titles.join(_names(targets)[:titles.MAX_NAMES])}"


def _target_phrase(words: Words, targets: list[Mention], nominal: bool) -> str | None:
    if not targets:
        return None
    parts = []
    for mention in targets:
        i = words.index_at(mention.start)
        preposition = words.forms[i - 1] if i > 0 and words.forms[i - 1] in triggers.PREPOSITIONS else ""
        if preposition == "of":
            preposition = _opening(words, i - 1) or preposition  # "for the rest of X" -> "for X"
        if preposition == "to" and nominal:
            preposition = ""  # "his visit to Hanoi" -> "visits Hanoi"
        name = mention.name or mention.text
        parts.append((preposition, name))
    phrase = []
    for preposition, name in parts[:titles.MAX_NAMES]:
        phrase.append(f"{preposition} {name}" if preposition and not phrase else name)
    return titles.join(phrase)

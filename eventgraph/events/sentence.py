"""The event mentions of one sentence: its triggers, their bindings and the passes that mend them."""

from __future__ import annotations

import re
from bisect import bisect_left
from copy import copy
from dataclasses import replace

from ..model import Date, Document, EventMention, Mention, Timex
from ..actors import descriptions, groups
from ..temporal.intervals import interval
from . import (addressees, agreements, asides, attach, deed_owners, followers, frame, happenings, instances, judged,
               object_owners, occasions, parse_words, phrases, plural_nouns, reported_clause, reports, said_by,
               said_content, said_objects, short_names, statements, titles, told_dates, triggers, written)
from .lexicon import Entry, criticised
from .text import Words, read
from .doers import (announced_deeds, appointers, companies_held, conjunct_doers, describe_doers, groups_of,
                    hand_reports_on, media_report, not_own, owned_units, place, quoted, reported_self, spoken_for,
                    subject_pronoun, told_clause, unqualified)
from .kept import CRITICISM, SPEECH, keep, to_verb
from .relatives import CLAUSE_VERBS, relative, relative_passives
from .reports import elaborates, names_deed, own_deed, said_of_happening
from .violence import UNCONVENTIONAL, absorb, armed_strikes, conventional, verbal_clashes


PAIR_PHRASE = re.compile(r"^(the two|both) (countries|nations|sides|governments|states|neighbou?rs|allies)$")
PERFORMING = frozenset({"hold", "conduct", "stage", "begin", "start", "open", "resume", "launch", "carry"})  # a
# noun's happening is what these verbs carry out: "will hold talks on Monday" dates the talks
ATTACKED_REACH = 4  # words from an attack to the noun naming what it attacks ("the government's new budget")
ALERTS = frozenset({"warning", "warnings", "watch", "watches", "alert", "alerts", "advisory", "advisories"})
JOINING = frozenset({"and", "but", "while", "whereas"})  # join the clauses of two speakers
SPEAKER_REACH = 12  # words from the conjunction to the second reporting verb: its subject
SPEAKER_OPENING = 4  # words from the conjunction to the second speaker's name: "but company chief executive X said"
QUESTIONED_AFTER = frozenset({",", "when", "if", "once", "as"})  # before "asked" put to the subject: "when asked"
GUESSES = frozenset({"may", "might", "could"})  # before a verb: what may happen, not what is planned
GUESS_REACH = 3  # words from the guess to its verb: "may also be downgraded"
DONE_REACH = 4  # words from "had" to the happening it says took place: "have had a series of talks"
ENDING = frozenset({"end", "ends", "ending", "ended", "close", "closes", "conclude", "concludes", "finish",
                    "finishes", "expire", "expires", "until", "till", "through", "continue", "continues",
                    "last", "lasts", "remain", "remains"})  # between a happening and a date ahead: the date is
# when it ends or how long it runs on, "the meeting, which is due to end Tuesday", "flooding is expected to continue
# through Friday"


def _triggers(words: Words, timexes, mentions: list[Mention]) -> list[triggers.Trigger]:
    """The sentence's triggers of what the text says happened, given its (index, Timex) pairs and its mentions."""
    times = name_words(words, [timex for _, timex in timexes])
    return [trigger for trigger in absorb(words, triggers.find(words, name_words(words, mentions), times))
            if not _warned_of(words, trigger) and not _rejoined(words, trigger) and not _questioned(words, trigger)]


def _body(binding: attach.Binding) -> bool:
    """Whether an organization speaks, whose "the company" is itself and whose figures are its own."""
    return any(m.type == "organization" for m in binding.sources)


def name_words(words: Words, mentions: list) -> set[int]:
    """The indices of the words inside the spans of `mentions` (actor mentions or time expressions)."""
    return {i for mention in mentions
            for i in range(words.index_at(mention.start), bisect_left(words.starts, mention.end))}


def sentence_triggers(doc: Document, number: int, timexes, mentions: list[Mention]) -> list[triggers.Trigger]:
    """The triggers the words of sentence `number` read, before any pass mends them: read once for both readings
    of a sentence that is parsed (`sentence_events` with `read_triggers`)."""
    sentence = doc.sentences[number]
    return _triggers(read(sentence.text, sentence.start), timexes, mentions)


def sentence_events(doc: Document, number: int, timexes, mentions: list[Mention],
                    pair: list[Mention] | None = None, parsed=None,
                    read_triggers: list[triggers.Trigger] | None = None
                    ) -> tuple[list[EventMention], list[Mention], list[Entry]]:
    """The event mentions of sentence `number`, given its (index, Timex) pairs, its actor mentions and its
    parse, with the mentions of the unnamed groups they involve and the lexicon entries of the triggers its words
    read before anything re-coded them; `pair` holds the last two actors an earlier sentence named together, whom
    "the two countries" refers to. `read_triggers` are the sentence's triggers (`sentence_triggers`) when already
    read: the passes below mend copies of them."""
    sentence = doc.sentences[number]
    words = read(sentence.text, sentence.start)
    found = [copy(trigger) for trigger in read_triggers] if read_triggers is not None else \
        _triggers(words, timexes, mentions)
    if parsed is not None:
        found = plural_nouns.without_nouns(words, found, parsed)
    if not found:
        return [], [], []
    read_entries = [trigger.entry for trigger in found]
    read_frames = frame.frames(words, found, parsed, mentions, timexes, doc.published) if parsed is not None else None
    owners = {f.timex: n for n, f in enumerate(read_frames) if f.timex is not None} if read_frames else None
    # time expressions that date a noun or a verb of no happening
    elsewhere = frame.modifying(words, found, parsed, timexes) | frame.governed(words, found, parsed, timexes) \
        if parsed is not None else set()
    bindings = attach.dates(words, found, [(i, timex) for i, timex in timexes if i not in elsewhere], owners,
                            doc.published)
    attach.actors(words, found, mentions, bindings)
    if read_frames is not None:
        owned = {id(trigger): read_frame.timex for trigger, read_frame in zip(found, read_frames)}
        found, bindings = _apply_frames(words, found, bindings, read_frames)
        _signed_documents(doc, found, bindings)
        _dated_ahead(doc, words, found, bindings, owned)
    media_report(words, found, bindings)
    _plan_happenings(words, found, bindings)
    told = occasions.settle(words, found, bindings, timexes)
    named = occasions.named(words, found, bindings, parsed) if parsed is not None else set()
    told |= named
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
    conventional(words, found, bindings)
    verbal_clashes(words, found, name_words(words, [timex for _, timex in timexes]))
    armed_strikes(doc, words, found, mentions)
    describe_doers(doc, words, found, bindings, parsed is None)
    deed_owners.resolve(doc, found, bindings)
    addressees.resolve(doc, found, bindings)
    appointers(doc, words, found, bindings)
    _short_named(doc, words, found, bindings)  # a name before the verb speaks, before any pronoun after it
    said_by.speakers(doc, words, found, bindings)
    quoted(doc, words, found, bindings, mentions)
    reported_self(words, found, bindings)
    told_clause(words, found, bindings, mentions)
    announced_deeds(found, bindings)
    conjunct_doers(words, found, bindings)
    countries = {m.actor for m in doc.mentions if m.type == "country"}
    spoken_for(found, bindings, countries)
    cut = _provisions(found, bindings)
    found, bindings = found[:cut], bindings[:cut]
    hand_reports_on(words, found, bindings)
    relative_passives(words, found, bindings, mentions)
    kept = keep(words, found, bindings, timexes, told)
    counted = happenings.counted_tolls(words, [trigger for trigger, _, _ in kept], [b.sources for _, b, _ in kept])
    kept = [item for item, toll in zip(kept, counted) if not toll]
    happenings.joined_tolls(words, [trigger for trigger, _, _ in kept])
    # "the talks will resume on Monday, a spokesman said": what opens the sentence is their mention, not a comment
    kept = [(trigger, binding, obj) for trigger, binding, obj in kept
            if not binding.beside or reports.comments_beside(words, trigger, binding, kept, found)]
    # a happening a relative clause tells of a noun ("the strike, which was ruled illegal") is no report of the
    # sentence's reporting verb, which says something of its own
    # nor is a happening a clause only names ("said the strikes seemed unplanned")
    deeds = [trigger for trigger, _, _ in kept
             if trigger.entry.kind != "S" and not relative(words, trigger) and trigger.first not in named]
    reports_only = not deeds
    # a statement beside the deeds, not reporting them, says something of its own (`asides`)
    own = {id(trigger) for trigger, _, _ in kept
           if reports_only or trigger.entry.kind == "S" and asides.apart(words, trigger, deeds, parsed)}
    speakers = {id(trigger): {m.actor for m in binding.sources} | {
        descriptions.speaks_for(m, countries) for m in binding.sources} - {None}
        for trigger, binding, _ in kept if trigger.entry.kind == "S"}
    naming = {key: frozenset(name_words(words, [m for m in mentions if m.actor in actors]))
              for key, actors in speakers.items()}  # the words that name each statement's speaker
    reaches = reported_clause.reaches(words, [trigger for trigger, _, _ in kept if trigger.entry.kind == "S"])
    for trigger, binding, obj in kept:
        if trigger.entry.kind == "S":
            trigger.entry = statements.gist(words, trigger, id(trigger) in own, naming[id(trigger)], _body(binding),
                                            obj, reaches.get(id(trigger)))
    for trigger, binding, obj in kept:
        if trigger.entry.kind == "S":
            binding.targets = said_objects.spoken_of(words, trigger, binding, mentions, speakers[id(trigger)],
                                                   doc.published) or \
                judged.makers(words, trigger, mentions, speakers[id(trigger)], doc)
        elif trigger.verbal and obj and not binding.targets:
            # "overran the Libyan garrison", "overran Libya's garrison": the country whose adjective or possessive
            # leads the object
            start = place(words, obj, words.ends[-1])
            target = groups.group(doc, obj, start) or descriptions.national(doc, obj, start) or \
                object_owners.owner(doc, mentions, obj, start) if start is not None else None
            if target is not None and all(target.actor != m.actor for m in binding.sources):
                binding.targets = [target]
    owned_units(doc, [trigger for trigger, _, _ in kept], [binding for _, binding, _ in kept])
    for _, binding, _ in kept:
        binding.sources = unqualified(doc, binding.sources)
        binding.targets = not_own(unqualified(doc, companies_held(doc, binding.targets)), binding.sources)
        if binding.sources:
            # "sold its Vortex unit", "said its subsidiary, Vortex Corp, decided": the doer's own unit is what it
            # acts with or on as an owner, no other party
            binding.targets = [m for m in binding.targets if not said_objects.own_part(words, m)]
    _announced_policies(kept)
    _date_intents(doc, words, kept, _statements_dated(found, bindings))
    result, parties = [], []
    dating = [(i, timex) for i, timex in timexes if i not in elsewhere]
    bound = {index for _, binding, _ in kept for index in (binding.timex, binding.earlier_timex)} - {None}
    answered = _conjoined_speakers(words, kept, mentions)
    told_own: set[int] = set()  # the indices in `result` of comments that stand for their speaker's own deed
    for n, (trigger, binding, obj) in enumerate(kept):
        intent = _intent_conjunct(words, trigger, binding, kept) if not reports_only else None
        if intent is not None:
            trigger.entry, obj, (start, end) = intent
            # what the statement now says is the conjunct alone: the parties of the deed before it are that deed's
            binding.targets = [m for m in binding.targets if start <= m.start and m.end <= end]
        elif trigger.entry.kind == "S" and id(trigger) not in own and trigger.entry.code != statements.CRITICISM and \
                id(trigger) not in answered and (
                binding.timex is None and not binding.beside and not reports.judged(words, trigger, binding, kept) and
                not said_of_happening(words, trigger, obj, found) or any(
                other.intended or other.decided or other_binding.modality == "planned" and not other_binding.awaited
                for other, other_binding, _ in kept[n + 1:]) or elaborates(trigger, binding, kept)):
            continue
        if trigger.entry.kind == "S" and reports_only and binding.timex is None and \
                any(other.first not in named for other, _, _ in kept[:n]) and id(trigger) not in answered and not (
                id(trigger) in reaches and trigger.entry.code != reported_clause.COMMENT and
                all(other.entry.code != trigger.entry.code for other, _, _ in kept[:n] if other.entry.kind == "S")):
            continue  # "X said it declared a dividend": one statement, made by the first reporting verb; a second
            # saying past a joint that is an act of speech of a kind none before is (an appeal, an intent) is one
            # of its own, not a comment, which mostly tells more of what the first reports
        if trigger.entry.kind == "S" and trigger.entry.code == reported_clause.COMMENT and obj and \
                binding.said_in_relative is None and (
                said_content.tells_deed(words, trigger, obj) and
                not own_deed(words, obj, _naming(found, kept), mentions) and
                not binding.beside and not said_of_happening(words, trigger, obj, found) and
                (any(names_deed(other) for other in found) or said_content.of_figures(words, trigger, obj) or
                 said_content.misread(words, trigger, obj)) or
                said_content.tells_figure(words, trigger, obj) or
                said_content.tells_trend(words, trigger, obj, naming[id(trigger)], _body(binding)) or
                binding.timex is None and said_content.names_only(words, trigger, obj) or
                said_content.says_nothing(words, trigger) or said_content.tells_terms(words, trigger, obj) or
                said_content.tells_plan(words, trigger, obj, name_words(words, [
                    timex for i, timex in dating if _reaching_ahead(doc, i, binding.timex)]))):
            continue  # "X said its forces captured the town": the capture is the happening, not the saying; a
            # report on a day of its own ("published details of the pact on Thursday") is a publication; a deed
            # whose verb the lexicon does not know ("said its navy had sunk two boats") has no mention but
            # the comment, which stands for it, unless it is only what figures hold or a clause misread
        if trigger.entry.kind == "S" and trigger.entry.code == reported_clause.COMMENT and obj and \
                said_content.tells_deed(words, trigger, obj) and own_deed(words, obj, _naming(found, kept), mentions):
            told_own.add(len(result))  # "X said it sold its unit": the comment stands for the speaker's own deed
        if trigger.entry.kind == "S" and trigger.entry.code == reported_clause.COMMENT and binding.timex is None:
            binding.timex = told_dates.deed_day(words, trigger, obj, dating, bound, doc.published)  # "said Beta
            # started up the plant on March 3": the deed the comment stands for took place then
            bound |= {binding.timex} - {None}
        again = instances.repeated(words, trigger, binding.timex, dating, found, bound, mentions, parsed) \
            if trigger.entry.kind in ("V", "N", "F") else None
        if again is not None:
            bound.add(again.timex)
            binding.targets = [m for m in binding.targets if m not in again.actors]
            obj = obj.partition(f" {again.cut}")[0].rstrip(" ,") if obj else obj
        doers = instances.distributed(doc.text, words, trigger, binding.sources) if again is None else None
        if doers:
            binding.sources = doers[0]
        listed = instances.parted(words, trigger, binding.sources + binding.targets, mentions) \
            if again is None and not doers else None
        if listed:
            binding = _with_party(binding, listed, listed[0])
        share = instances.counted(words, trigger, dating, parsed) if again is None and not doers and not listed \
            else None
        shared = [m for m in mentions if words.starts[share.first] <= m.start and m.end <= words.ends[share.last]] \
            if share is not None else []
        if share is not None:
            binding.targets = [m for m in binding.targets if m not in shared]
            if obj and f" {share.cut}" in " ".join(obj.split()):
                obj = " ".join(obj.split()).partition(f" {share.cut}")[0]
        follow = followers.follower(words, trigger, mentions, dating) \
            if again is None and not doers and not listed and share is None else None
        if follow is not None:
            # "Zeta raised its rate and Acme followed": Acme did it too, apart, and is no party of Zeta's deed
            binding.sources = [m for m in binding.sources if m not in follow.actors]
            binding.targets = [m for m in binding.targets if m not in follow.actors]
        current = written.mention(doc, number, words, trigger, binding, obj, binding.timex)
        parties += (follow.actors if follow is not None else []) + binding.sources + binding.targets + \
            binding.attributed_to + [m for sources in (doers or [])[1:] for m in sources] + \
            (again.actors if again is not None else []) + (listed or []) + shared
        if again is not None:
            current.title = _before_conjunct(current.title, again)
        # a document noun ("the 1958 treaty") or an earlier happening ("the last meeting") is only its date
        if binding.timex is not None or not (trigger.entry.kind == "D" or trigger.earlier):
            result.append(current)
        if share is not None:
            current.title = current.title.partition(f" {share.cut}")[0]
            second = written.mention(doc, number, words, trigger, replace(binding, targets=shared or binding.targets),
                                     share.object, binding.timex)
            second.title = second.title.partition(f" {share.cut}")[0]
            result.append(second)
        for party in listed[1:] if listed else ():
            result.append(written.mention(doc, number, words, trigger, _with_party(binding, listed, party), obj,
                                          binding.timex))
        for sources in doers[1:] if doers else ():
            result.append(written.mention(doc, number, words, trigger, replace(binding, sources=sources), obj,
                                          binding.timex))
        if follow is not None:
            result.append(written.mention(doc, number, words, trigger, replace(
                binding, sources=follow.actors, timex=follow.timex, earlier_timex=None), obj, follow.timex))
        if binding.earlier_timex is not None:
            result.append(_earlier(doc, current, binding))
        if again is not None:
            result.append(_again(doc, number, words, trigger, binding, obj, again))
    if parsed is not None:
        for current in result:
            current.title = titles.parsed_title(current.title, parsed, current.trigger_end - words.offset)
    for n, current in enumerate(result):
        current.title = titles.in_own_words(words, current.title)
        current.own_deed = n in told_own
    return result, groups_of(doc, parties, result), read_entries


def _intent_conjunct(words: Words, trigger: triggers.Trigger, binding: attach.Binding,
                     kept) -> tuple[Entry, str, tuple[int, int]] | None:
    """"Acme said it bought the Port Marin mill and may hire 200 workers", "said it agreed to sell the unit and
    will pay a special dividend": a reported deed of the speaker's own, followed by a conjunct with no subject
    of its own that tells, by a modal or a word of intent, what the speaker will do next, and that no trigger
    of the sentence tells. The deed is an event of its own, and so is the stated intent (030, or 014 for an
    option weighed): the statement carries it, with the conjunct as what it says and the conjunct's offsets."""
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
        while verb < len(words) and words.forms[verb] in reported_clause.SKIPPED_ADVERBS - triggers.NEGATIONS:
            verb += 1
        deed = words.forms[verb].lower() if verb < len(words) else ""
        if not deed.isalpha() or deed in triggers.BE | triggers.PERFECT | triggers.NEGATIONS:
            return None  # "and will be issued", "and will not comment": no deed of the speaker's own
        end = next((e for e in range(verb, len(words)) if words.is_break(e) or words.forms[e] in (".", ";")),
                   len(words))
        said = " ".join(words.span(j + 1, end - 1).split())
        subject = subject_pronoun(words, deeds[0]) or "it"
        code = statements.CONSIDER if deed in statements.WEIGHED else statements.INTENT
        return replace(trigger.entry, code=code), f"{subject} {said}", (words.starts[j + 1], words.ends[end - 1])
    return None


def _naming(found: list[triggers.Trigger], kept) -> list[triggers.Trigger]:
    """The triggers that may name the deed a statement reports: its verbs, and the nouns kept as happenings of
    their own. A noun dropped for want of a party or a date ("said it decided not to go ahead with the merger")
    is only what the deed acts on."""
    held = {id(trigger) for trigger, _, _ in kept}
    return [trigger for trigger in found if trigger.verbal or id(trigger) in held]


def _conjoined_speakers(words: Words, kept, mentions: list[Mention]) -> set[int]:
    """"Britain said the raid was justified and France said it was self-defence", "the union said ..., while the
    employers said ...": two reporting verbs, each with a subject of its own that names a different speaker, in
    clauses joined by a conjunction. Each speaker made a statement of their own, so neither is a mere frame of
    what the other says, nor the first verb's report of the second. Returns the ids of both triggers."""
    said = [(trigger, binding) for trigger, binding, _ in kept
            if trigger.entry.kind == "S" and trigger.verbal and not trigger.passive and binding.sources]
    result = set()
    for (first, first_binding), (second, second_binding) in zip(said, said[1:]):
        if {m.actor for m in first_binding.sources} & {m.actor for m in second_binding.sources}:
            continue
        joint = next((j for j in range(second.first - 1, max(first.last, second.first - SPEAKER_REACH - 1), -1)
                      if words.forms[j] in JOINING), None)
        if joint is None or "." in words.forms[first.last + 1:second.first] or \
                any(words.is_break(j) for j in range(joint, second.first)):
            continue  # "... sold its stake in Widget Inc. Acme said": a sentence the splitter did not end
        opening = words.starts[joint]
        if any(m.start < opening < m.end for m in mentions):
            continue  # "Acme Tool and Die said": the conjunction is inside a name
        closing = words.starts[min(joint + SPEAKER_OPENING + 1, second.first)]
        if any(opening < m.start < closing and m.actor in {s.actor for s in second_binding.sources}
               for m in mentions):
            result |= {id(first), id(second)}
    return result


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
    mention = written.mention(doc, number, words, trigger, second, obj, again.timex)
    mention.title = _before_conjunct(mention.title, again).replace(f" {again.dated}", "")
    return mention


def _with_party(binding: attach.Binding, listed: list[Mention], party: Mention) -> attach.Binding:
    """The binding of the instance of one of the parties a preposition written again lists (`instances.parted`):
    that party in the role the first one has, and none of the others."""
    actors = {m.actor for m in listed}
    role = "sources" if any(m.actor == listed[0].actor for m in binding.sources) else "targets"
    sources = [m for m in binding.sources if m.actor not in actors]
    targets = [m for m in binding.targets if m.actor not in actors]
    if role == "sources":
        return replace(binding, sources=sources + [party], targets=targets)
    return replace(binding, sources=sources, targets=targets + [party])


def _before_conjunct(title: str, again: instances.Instance) -> str:
    """A title without the conjunct of another instance, which a noun's title may read on into ("Blast on
    26 May and a second")."""
    head, conjunct, _ = title.partition(f"{again.dated} and ")
    return f"{head}{again.dated}" if conjunct else title.replace(f" {again.cut}", "")


def _warned_of(words: Words, trigger: triggers.Trigger) -> bool:
    """"a flood warning", "blizzard watches", "strike alert": a happening that only names what a warning is of
    has not happened."""
    return trigger.nominal and trigger.last + 1 < len(words) and words.forms[trigger.last + 1] in ALERTS


def _questioned(words: Words, trigger: triggers.Trigger) -> bool:
    """"Jan Novak, asked whether he was worried, said he was not", "said so when asked about the talks": a speaker
    asked a question, most often by the reporter, makes no appeal; what he answers is the statement."""
    at = trigger.first
    return words.forms[at] == "asked" and trigger.first == trigger.last and at > 0 and \
        words.forms[at - 1] in QUESTIONED_AFTER and at + 1 < len(words) and \
        words.forms[at + 1] not in triggers.DETERMINERS and not words.capitalised(at + 1)


def _rejoined(words: Words, trigger: triggers.Trigger) -> bool:
    """"would neither confirm nor deny the report": a verb joined by "nor" is negated as the one before it, in a
    sentence the parser does not read as well."""
    return trigger.verbal and trigger.first > 0 and words.forms[trigger.first - 1] == "nor"


def _apply_frames(words: Words, found: list[triggers.Trigger], bindings: list[attach.Binding],
                  read_frames: list[parse_words.Frame]) -> tuple[list[triggers.Trigger], list[attach.Binding]]:
    """What the parse says overrides the word rules: negated triggers go, and verbs it reads as a noun's
    modifier; the doer and what it acts on replace the guesses where the parse names them."""
    kept_found, kept_bindings = [], []
    for trigger, binding, read_frame in zip(found, bindings, read_frames):
        if read_frame.negated or read_frame.modifier:
            continue
        # a noun's doer the parse found in a subject that names no actor ("ministers ended their talks") is that
        # subject, not an actor the words find elsewhere (the medium that reports it)
        if read_frame.sources is not None and (read_frame.sources or trigger.verbal or read_frame.pronoun or
                                               read_frame.unnamed):
            binding.sources = attach.own_clause_speakers(words, trigger, read_frame.sources)
            binding.settled = True
        elif read_frame.pronoun is not None and trigger.entry.kind != "S" or read_frame.embedded:
            # "the Bank of Ruritania said he met ...": the parse's "he" is the doer, whoever the words put first; "the
            # court's ruling on the strike": a noun that is what another is about has no doer the words could find
            binding.sources = []
        if read_frame.targets is not None and (read_frame.targets or read_frame.passive or read_frame.has_object):
            binding.targets = read_frame.targets
        binding.targets = [m for m in binding.targets if m.actor not in {s.actor for s in binding.sources}]
        _drop_topics(binding, read_frame)
        if trigger.verbal and read_frame.read:
            trigger.passive = read_frame.passive
        binding.subject_text, binding.patient_text = read_frame.subject_text, read_frame.patient_text
        binding.relative_object = read_frame.relative_object
        binding.pronoun = read_frame.pronoun
        binding.object_end = read_frame.object_end
        binding.addressees = read_frame.addressees
        binding.owner = read_frame.owner
        if trigger.entry.kind != "S":  # a statement was made, whatever it says
            binding.modality = "planned" if trigger.intended or trigger.planned else read_frame.modality
            binding.awaited = read_frame.awaited
            # a trigger the parse did not read is a plan of its own when its words tell one ("is to visit")
            binding.own_plan = read_frame.own_plan if read_frame.read else \
                trigger.intended or trigger.planned or trigger.decided
            binding.attributed_to = read_frame.attributed_to
        kept_found.append(trigger)
        kept_bindings.append(binding)
    return kept_found, kept_bindings


def _drop_topics(binding: attach.Binding, read_frame: parse_words.Frame) -> None:
    """"Talks on Kalda": an actor the parse finds as what talks or a deal are about is no party of them, though the
    words, which read every actor after the noun, took it for one."""
    spans = {(m.start, m.end) for m in read_frame.topics}
    if spans:
        binding.sources = [m for m in binding.sources if (m.start, m.end) not in spans]
        binding.targets = [m for m in binding.targets if (m.start, m.end) not in spans]


def _signed_documents(doc: Document, found: list[triggers.Trigger], bindings: list[attach.Binding]) -> None:
    """"Would respect the 1983 treaty", "are due to study last month's accord": a document whose date is
    past tells its signing as done, whatever is to be done with it now."""
    for trigger, binding in zip(found, bindings):
        if trigger.entry.kind == "D" and binding.modality == "planned" and binding.timex is not None and \
                not _reaching_ahead(doc, binding.timex, None):
            trigger.intended = False
            binding.modality, binding.attributed_to = "asserted", []


def _dated_ahead(doc: Document, words: Words, found: list[triggers.Trigger], bindings: list[attach.Binding],
                 owned: dict[int, int | None]) -> None:
    """"Kalda's president visits Vorland next week", "the April 30 elections", "ahead of her visit next
    month", "a stoppage later this year": a happening dated, in its own clause, after the day of the report (or
    in the late part of a period the report falls in before that part) has not happened yet, whatever the tense
    says: it is planned. The date is its own when the parse gives it the trigger (`owned`, by trigger), or
    gives it no other trigger and neither another trigger nor a word of ending or running on stands between them:
    not "denies the charge and will contest it at a hearing on May 11", nor "the meeting, which is due to end
    Tuesday" (under way), unless the end is the happening ("the pact expires on May 1"). Not a statement (made
    when told) nor a document (named by the date it is for: "the 1988 budget"), nor an intent, whose date
    `_date_intents` reads."""
    others = {index for index in owned.values() if index is not None}
    for trigger, binding in zip(found, bindings):
        if trigger.entry.kind in ("S", "D") or trigger.intended or binding.modality == "planned" or \
                not (_ahead(doc, binding.timex, None) or _late_in_period(doc, binding.timex)) or \
                _told_done(words, trigger):
            continue
        if owned.get(id(trigger)) != binding.timex:
            timex = doc.timexes[binding.timex]
            dated = words.index_at(timex.start)
            # the words between them, not the date's own ("at the end of the month for talks")
            low, high = (words.index_at(timex.end - 1), trigger.first) if dated < trigger.first else \
                (trigger.first, dated)
            expiry = trigger.entry.label == happenings.EXPIRY
            if binding.timex in others or any(low < other.first < high for other in found if other is not trigger) \
                    or not expiry and any(form in ENDING for form in words.forms[low + 1:high]):
                continue
        binding.modality, binding.attributed_to = "planned", []


def _told_done(words: Words, trigger: triggers.Trigger) -> bool:
    """Whether a "had" before a happening says it took place ("we have had talks with the banks in preparation for
    April"), which a date ahead the clause gives it does not make a plan."""
    return "had" in words.forms[max(0, trigger.first - DONE_REACH):trigger.first]


def _plan_happenings(words: Words, found: list[triggers.Trigger], bindings: list[attach.Binding]) -> None:
    """A happening outside CAMEO has no intent code: one stated as intended ("the board will appoint a new
    chairman", "will hold elections in May") is the happening itself, planned. One only guessed at ("said it may
    downgrade the debt", "could close the plant") is no plan: it stays an intent, which nothing keeps."""
    for trigger, binding in zip(found, bindings):
        if trigger.intended and happenings.is_happening(trigger.entry.code) and \
                not any(form in GUESSES for form in words.forms[max(0, trigger.first - GUESS_REACH):trigger.first]):
            trigger.intended = trigger.weighed = False
            binding.modality = "planned"


def _short_named(doc: Document, words: Words, found: list[triggers.Trigger], bindings: list[attach.Binding]) -> None:
    """"The NGMA charged that ...", "Foods is asking ...": a body named in full before, written short as the
    subject of what is said, says it (`short_names`)."""
    for trigger, binding in zip(found, bindings):
        if trigger.verbal and not trigger.passive and not binding.sources and trigger.entry.code[:2] in SPEECH:
            body = short_names.named_before(doc, words, trigger)
            binding.sources = [body] if body is not None else []


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
    disclosed in the capital yesterday that the army was prepared to guard the pipeline")."""
    stated, result = None, {}
    for trigger, binding in zip(found, bindings):
        if trigger.entry.kind == "S":
            stated = binding.timex
        result[trigger.first] = stated
    return result


def _date_intents(doc: Document, words: Words, kept, stated_at: dict[int, int | None]) -> None:
    """A stated intent happens when it is stated: it takes the date of the reporting verb before it, or the
    publication date. When its own clause dates what it looks forward to, in a time that ends after the day it is
    stated ("next week", and also "later this month", "this year"), it is planned for that date: the happening
    itself when a verb carries it out ("said on Tuesday it would sign the pact next week", "will hold talks on
    Monday"), else the intent ("will make a request for talks next week"). A decision announced ("Yesterday,
    Washington announced plans to slap tariffs") is dated by its announcement when it has no date of its own."""
    for trigger, binding, obj in kept:
        stated = stated_at.get(trigger.first)
        if trigger.entry.kind == "S":
            continue
        if trigger.verbal and obj and obj.startswith("to ") and binding.timex is not None and \
                _infinitive_dated(words, trigger, doc.timexes[binding.timex]) and _ahead(doc, binding.timex, stated):
            binding.timex = stated  # "agreed to sign the accord next month": the date is the signing's
        elif trigger.intended and binding.timex is not None and _reaching_ahead(doc, binding.timex, stated):
            # the happening itself when the verb carries it out, else the intent ("request talks next week")
            trigger.intended = not _performed(words, trigger)
            binding.modality, binding.earlier_timex = "planned", None
        elif trigger.intended:
            binding.timex, binding.earlier_timex = stated, None
        elif trigger.decided and binding.timex is None:
            binding.timex = stated


def _infinitive_dated(words: Words, trigger: triggers.Trigger, timex: Timex) -> bool:
    """Whether the date comes after a "to" and a verb that follow the trigger: the date of that verb's deed
    ("agreed to sign the accord next month"), not one before it, which dates the trigger itself ("will meet on
    Monday to discuss the payout", "will travel to Ruritania on Tuesday to inspect the mine")."""
    dated = words.index_at(timex.start)
    return any(to_verb(words, j) for j in range(trigger.last + 1, dated))


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


def _ahead(doc: Document, own: int | None, stated: int | None) -> bool:
    """Whether the time expression `own` names a time after the day of the statement (`stated`, else the
    publication day)."""
    if own is None:
        return False
    when = written.date(doc, stated)
    span, said = interval(written.date(doc, own).value), interval(when.value)
    return bool(span and said) and doc.timexes[own].type in ("DATE", "TIME") and span[0] > said[1]


def _late_in_period(doc: Document, own: int | None) -> bool:
    """Whether the time expression `own` names the late part of a period the report falls in before that part
    ("later this year", "at the end of the month", told in its middle): a time after the day of the report."""
    if own is None or doc.timexes[own].mod != "END" or doc.timexes[own].type != "DATE":
        return False
    span, day = interval(written.date(doc, own).value), interval(written.date(doc, None).value)
    return bool(span and day) and span[0] <= day[0] and day[1] < span[1]


def _reaching_ahead(doc: Document, own: int, stated: int | None) -> bool:
    """Whether the time expression `own` names a time that ends after the day of the statement (`stated`, else
    the publication day): "next week", and also "later this week", "in the fourth quarter"."""
    span, said = interval(written.date(doc, own).value), interval(written.date(doc, stated).value)
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


def _earlier(doc: Document, current: EventMention, binding: attach.Binding) -> EventMention:
    timex = doc.timexes[binding.earlier_timex]
    if binding.earlier_years is None:
        date = written.date(doc, binding.earlier_timex)
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

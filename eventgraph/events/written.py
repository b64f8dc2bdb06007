"""Writing one `EventMention` of a trigger and its binding: title, participants, date."""

from __future__ import annotations

import re
from dataclasses import replace

from .. import reporting
from ..model import Date, Document, EventMention, Mention, Participant, granularity
from ..actors import descriptions
from ..actors.gazetteer import gazetteer
from ..temporal.intervals import interval
from . import attach, frame, happenings, phrases, reported_clause, said_objects, statements, titles, triggers
from .lexicon import ADDRESSING, intents, is_mutual, label
from .text import Words
from .verb_roles import GAINING, HOLDINGS
from .referents import unnamed


TOPICAL = frozenset({"on", "over", "about", "against"})  # a noun's object keeps these in a title
APPEAL = "020"
AID = "07"  # CAMEO root of aid given: loans, credits, grants
PARTNER_CASES = ("with ", "from ")  # "signs a deal with Y", "accepts an offer from Y": the partner keeps its word
DEED_REACH = 4  # words from an agreement's trigger to the "to" of its deed: "agreed in principle to buy"
PARTNERING = frozenset({"with", "between", "among"})  # "agreed to merge with Beta": Beta is a party to the deal
OCCASION_KINDS = frozenset({"annual", "general", "special", "emergency", "extraordinary", "bilateral", "ministerial",
                            "plenary", "preliminary", "formal", "informal", "monthly", "weekly", "quarterly",
                            "regular", "state"})  # what kind a meeting or a visit is: "annual general meeting"
KIND_WORDS = 2  # such words before the noun a title keeps
OPENING_REACH = 4  # words from a name's "of" back to the preposition opening its phrase ("for the rest of")
WEEK_DAYS = 7  # a period this long or longer is done only once it is over
# open the clause a cut quotation's last words need: "I don't think | that ...", "a point | where ..."
COMPLEMENT_OPENERS = frozenset({"that", "which", "who", "whom", "where", "what", "how", "whether"})


def mention(doc: Document, number: int, words: Words, trigger: triggers.Trigger, binding: attach.Binding,
            obj: str | None, timex: int | None) -> EventMention:
    code, headline = trigger.entry.code, trigger.entry.headline
    # "Ruritania received a loan from the World Bank": the lender lends, to whom receives it; "will receive" is no
    # pledge of the receiver's
    received = trigger.verbal and not trigger.passive and code[:2] == AID and words.forms[trigger.first] in GAINING
    if trigger.entry.kind == "S" and headline in ADDRESSING:
        headline = "say"  # "told Kuwait News Agency that X": the title says what was said
    if trigger.intended and not received:
        intent, verb = intents()[code[:2]]
        code = code if code[:2] == "03" else intent  # "would propose a merger" is the proposal's own intent
        if not trigger.weighed and statements.threatened(words.forms, trigger.first, trigger.entry.code[:2]):
            code, verb = intents()[statements.THREAT[:2]]
        headline = f"{'weigh plans to' if trigger.weighed else verb} {headline}"
    mutual = is_mutual(code)
    lenders = _lenders(doc, words, trigger, binding.targets) if received else []
    recipients = binding.sources if received else []
    if received:
        binding = replace(binding, sources=lenders, targets=recipients + [
            m for m in binding.targets if m not in lenders and m not in recipients])
    participants: list[Participant] = []
    seen = set()
    for role, group in (("source", binding.sources), ("target", binding.targets)):
        for mention in group:
            if mention.actor not in seen:
                seen.add(mention.actor)
                participants.append(Participant(mention.actor, "participant" if mutual else role))
    start, end = words.starts[trigger.first], words.ends[trigger.last]
    partners = _target_phrase(words, binding.targets, False) if mutual and binding.sources and obj else None
    deed_told = " to " in f" {headline} "
    # "reached an agreement in principle to buy Widget": the deed a deal's noun leads to names what it acts on, no
    # party to the deal
    objects = _deed_objects(words, trigger, binding.targets, obj, deed_told) if mutual and binding.sources else []
    parties = [mention for mention in binding.targets if mention not in objects]
    agreed_on = mutual and binding.sources and obj and (deed_told and any(
        name.lower() in obj.lower() for name in _names(binding.targets)) or objects and not parties)
    # "it acquired 21 pct of Widget" told to the SEC by a group the sentence does not name: the holding bought,
    # not Widget as its buyer
    buyer_unnamed = trigger.verbal and not trigger.passive and bool(obj) and \
        not HOLDINGS.isdisjoint(obj.lower().split())
    bought = mutual and code in frame.ACQUIRING and (binding.sources or buyer_unnamed) and obj and \
        {m.actor for m in binding.targets} - {m.actor for m in binding.sources}
    partnered = bool(partners) and partners.startswith(PARTNER_CASES) and not (trigger.nominal and bought)
    # "Acme was acquired", "Acme was awarded a contract": the passive's subject was acted on, never the doer
    acted_on = mutual and trigger.verbal and trigger.passive and not binding.sources and bool(parties) and \
        all(party.start < start and _subject_itself(words, party) for party in parties)
    met_by_subject = trigger.verbal and not trigger.passive and headline in phrases.GATHERING and \
        not binding.sources and bool(parties) and binding.settled and bool(binding.subject_text) and bool(obj) and \
        all(name in obj for name in _names(parties))
    if received and lenders:
        recipient = titles.join(_names(recipients)[:titles.MAX_NAMES]) or binding.subject_text
        lent = re.sub(r"\s+from\s.*$", "", obj or "", flags=re.S) or None
        sources, complement = _doers(lenders), f"{lent} to {recipient}" if lent and recipient else lent
    elif received:
        headline, sources, complement = "receive", _doers(recipients), obj  # no lender named: told as read
    elif partnered:
        sources, complement = _doers(binding.sources), f"{obj} {partners}"
    elif agreed_on:
        # "A agrees to buy B": B is named by what A agrees to; a deed agreed to that is cut inside ("agrees to sell its
        # pulp | and paper unit") runs on to where the sentence ends it, as other objects do
        sources = _doers(binding.sources)
        complement = titles.closed(words, obj, tuple(_names(binding.sources))) if obj.startswith("to ") else obj
    elif bought:
        # "Acme acquires 21 pct of Widget": the buyer and what it buys, not two buyers; "Acme sells its stake to
        # Widget": the party after "to" buys it, and owns no share of what is sold
        buyers = _buyers(words, headline, binding.targets)
        sellers = _sellers(words, headline, binding.targets)
        held = [m for m in binding.targets if m not in buyers + sellers]
        sources, complement = _doers(binding.sources), _bought(obj, held) if held else obj
        if buyers:
            complement = f"{complement} to {titles.join(_names(buyers)[:titles.MAX_NAMES])}"
        if sellers and not any(name in complement for name in _names(sellers) + [m.text for m in sellers]):
            complement = f"{complement} from {titles.join(_names(sellers)[:titles.MAX_NAMES])}"
    elif acted_on:
        sources, complement = [], titles.join(_names(parties))
    elif met_by_subject:
        # "Businessmen, who met Smith, ...": the subject the parse settled, which names no actor, met the parties
        # its object names; they are not its doers ("Smith meets"). The subject is found below
        sources, complement = [], titles.join(_names(parties)[:titles.MAX_NAMES])
    elif mutual:
        sources = _doers(binding.sources + parties)
        complement = titles.as_said(words, obj, doc.text, False, tuple(sources))
        if not complement and trigger.nominal and binding.sources and not parties:
            # "Acme held talks with the bank's lenders": a partner named by what it is, not "Acme holds talks"
            complement = phrases.partner_phrase(words, trigger)
        elif not complement and trigger.nominal:
            # "negotiations between Acme and its lenders": "Acme negotiates with its lenders", not "Acme negotiates",
            # and over what, when the phrase goes on to say ("Acme and Widget negotiate over the new contract")
            partner = phrases.other_partner(words, trigger, (binding.sources + parties)[0]) \
                if len(binding.sources + parties) == 1 else None
            complement = " ".join(part for part in (partner, phrases.topic_between(words, trigger)) if part) or None
    elif trigger.nominal and (not obj or any(obj.startswith(name) for name in _names(binding.targets))):
        # "Ruritania's attack on Freedonia began ...": the noun's object is its target, named alone, and after
        # a verb of one word without the noun's preposition ("attacks Freedonia", "imposes sanctions on X")
        sources, complement = _doers(binding.sources), _target_phrase(words, binding.targets, True)
        if complement and " " not in headline and complement.split()[0] in triggers.PREPOSITIONS:
            complement = complement.partition(" ")[2]
    else:
        doer_names = tuple(_names(binding.sources) + [mention.text for mention in binding.sources])
        said = titles.as_said(words, reported_clause.whole(words, trigger, obj) if trigger.entry.kind == "S" and obj
                              else obj, doc.text, trigger.entry.kind == "S", doer_names,
                              frozenset(word for mention in doc.mentions for word in mention.text.split()))
        if trigger.verbal and not trigger.passive and trigger.entry.kind != "S":
            said = titles.completed(words, said, doer_names)  # "approves plans | for the navy to expand"
        elif trigger.entry.kind == "S" and obj and said:
            said = _quoted_whole(words, trigger, obj, said)
        sources, complement = _doers(binding.sources), said or _target_phrase(words, binding.targets,
                                                                              trigger.nominal)
    plural = len(binding.sources) == 1 and binding.sources[0].type == "group" and \
        not descriptions.names_one_body(binding.sources[0].name or binding.sources[0].text)  # "Communist rebels kill"
    if not sources and binding.subject_text and (trigger.nominal or trigger.passive):
        sources = [binding.subject_text]  # "soldiers" of "was shot dead by soldiers"; the minister of "for talks"
        plural = titles.plural_subject(binding.subject_text)
    elif not sources and trigger.verbal and not trigger.passive and not happenings.is_toll(trigger):
        phrase = binding.subject_text if binding.settled else phrases.subject_phrase(words, trigger)
        if happenings.is_happening(code):
            phrase = happenings.subject(phrase)  # "Ferry capsizes", not "A ferry capsizes"
        sources = [phrase] if phrase else []
        plural = bool(phrase) and titles.plural_subject(phrase)
    bare = phrases.bare(complement) if complement else ""
    if trigger.entry.kind == "S" and not obj or complement and any(
            bare in name.lower() or trigger.nominal and bare.startswith(name.lower()) for name in sources):
        complement = None  # "the collapse of the latter": the object is the actor itself
    if trigger.entry.kind == "N" and len(trigger.entry.slots) > 1:
        # "carries out" + "nuclear test", one line where the article wraps it ("nuclear\ntest")
        headline = f"{headline} {' '.join(doc.text[start:end].lower().split())}"
    elif trigger.entry.kind == "N" and _noun_headline(headline, words.forms[trigger.last]):
        verb, _, noun = headline.partition(" ")
        headline = " ".join(part for part in (verb, _kind_of(words, trigger), noun) if part)  # "holds annual meeting"
    of_actor = False  # an "of" phrase that names an actor of the happening, which the title names as its doer
    if trigger.nominal and not (sources and trigger.entry.kind == "D") and complement and obj and \
            complement.startswith(obj) and (
            words.forms[trigger.last + 1] in TOPICAL or words.forms[trigger.last + 1] == "of" and sources and
            _noun_headline(headline, words.forms[trigger.last])):
        # "holds talks on export quotas"; the noun a doer's headline ends on keeps its "of": "Acme holds summit of
        # the seven leading powers", not "holds summit the seven leading powers"; when an actor of the happening
        # is named inside the "of" phrase ("a meeting of the bloc's leaders") it goes first, lest the title name
        # it twice, and "of" leads to what is left ("Bloc holds meeting of leaders"). One named after the phrase
        # ("after a meeting of the group, Novak said") is no part of it. A document's noun heads its own object,
        # which its doers sign ("A and B sign two pacts on fishing"), not sign "on"
        of_actor = words.forms[trigger.last + 1] == "of" and not _outside(
            binding.sources + binding.targets, start, _object_end(words, trigger.last + 2, obj))
        if not of_actor:
            complement = f"{words.forms[trigger.last + 1]} {complement}"
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
        named = binding.sources + parties if mutual and not agreed_on and not bought and \
            not partnered and not acted_on and not met_by_subject else binding.sources
        if trigger.entry.kind == "S":
            named = named + _named_again(doc, number, named, complement)
        given = complement
        complement = unnamed(complement, _speaking(named), trigger.entry.kind == "S")
        if of_actor and complement and complement.split()[-1] != given.split()[-1]:
            complement = None  # "a meeting of the so-called Group of Seven": the actor was the phrase's head
        elif of_actor and complement and complement.split()[0].lower() not in triggers.PREPOSITIONS:
            complement = f"of {complement}"
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
    done = _dated_done(doc, timex)
    placed_only = trigger.nominal and complement and complement.split()[0] in triggers.PREPOSITIONS
    if happenings.is_happening(code) and trigger.nominal:
        owned = happenings.owner_title(words, trigger, _names(binding.sources + binding.targets),
                                       binding.sources + binding.targets)
        named = happenings.noun_title(words, trigger, where) or owned
        title = titles.mark(_noun_done(words, trigger, modality, done, named), modality, reporter)
    elif sources or trigger.verbal or complement and not binding.targets and not placed_only:
        deed = _asked_of_subject(words, trigger, sources, complement)
        headline = " ".join(part for part in (headline, _told_whom(words, trigger, complement), deed) if part)
        title = titles.compose(sources, headline, complement, _infinitive(words, trigger) and not deed, plural,
                               "asserted" if trigger.intended and not received else modality, reporter,
                               trigger.decision)
    else:
        title = titles.mark(_noun_done(words, trigger, modality, done), modality, reporter)
    return EventMention(
        sentence=number, trigger_start=start, trigger_end=end, trigger=doc.text[start:end], code=code,
        label=trigger.entry.label if code == trigger.entry.code and trigger.entry.label else label(code),
        title=title, date=date(doc, timex, modality == "planned" and not trigger.intended),
        timex=timex if timex is not None and _dates(doc, timex) else None,
        actors=participants, object=obj, modality=modality,
        attributed_to=reporters[0].actor if reporters else None, occasion=trigger.occasion,
        own_plan=modality == "planned" and binding.own_plan)


def _noun_done(words: Words, trigger: triggers.Trigger, modality: str, done: bool, title: str | None = None) -> str:
    """A happening named by its noun (and the place it happened in) with the verb that says it happened: "Election
    held", "Elections held in Japan", "Fire breaks out". `title` is the noun's phrase when its place or its actors
    name it ("Elections in Japan"); a title with a verb already keeps it ("Earthquake strikes Ruritania"). Only one
    the text dates on or before its publication (`done`) is told as done: "the June summit", "talks next week" are
    not yet held, and a noun with no date of its own may be one only looked for ("speculation of rate cuts")."""
    return titles.done(title or phrases.noun_title(words, trigger), trigger.entry.headline, modality,
                       words.span(trigger.first, trigger.last), trigger.entry.label in happenings.BREAKING, done)


def _dated_done(doc: Document, timex: int | None) -> bool:
    """Whether the text dates a happening on or before its article's publication: a day, a weekend or a week that
    does not begin after it ("Sunday's elections", "a fire last week"), a longer period over before it ("in the
    fourth quarter", "last month")."""
    when = interval(doc.timexes[timex].value) if timex is not None else None
    published = interval(doc.published)
    if when is None or published is None:
        return False
    # a month or a year that holds the publication may still be to come in it ("later this year")
    return when[0] <= published[0] if when[1] - when[0] < WEEK_DAYS else when[1] < published[0]


def _noun_headline(headline: str, noun: str) -> bool:
    """Whether a headline of a verb and a noun ends on the trigger's noun ("hold summit" of "summits"), not on a
    verb's particle ("take over" of "takeover")."""
    rest = headline.partition(" ")[2]
    return bool(rest) and noun.startswith(rest.split()[-1])


def _object_end(words: Words, first: int, obj: str) -> int | None:
    """The offset where the object phrase `obj`, opening at word `first`, ends in the text; None when its words
    are not found there."""
    wanted = obj.split()
    for last in range(first, len(words)):
        found = words.span(first, last).split()
        if found == wanted:
            return words.ends[last]
        if len(found) > len(wanted):
            return None
    return None


def _outside(mentions: list[Mention], start: int, end: int | None) -> bool:
    """Whether every mention lies before `start` or, when the phrase's `end` is known, after that end."""
    return all(m.start < start or end is not None and m.start >= end for m in mentions)


def _kind_of(words: Words, trigger: triggers.Trigger) -> str:
    """The words right before a meeting's noun that say which kind it is ("annual general", "emergency"): "Acme
    holds meeting" says nothing, "Acme to hold annual meeting" tells which."""
    first = trigger.first
    while first > 0 and trigger.first - first < KIND_WORDS and words.forms[first - 1] in OCCASION_KINDS:
        first -= 1
    return " ".join(words.forms[first:trigger.first])


def _told_passive(words: Words, trigger: triggers.Trigger) -> bool:
    """"was ruled illegal", "were laid off": a passive the text writes with a form of "be"."""
    j = words.before(trigger.first, phrases.ADVERBS)
    return trigger.passive and j >= 0 and words.forms[j] in triggers.BE


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


def _distinct(complement: str, targets: list[Mention], sources: list[str]) -> str:
    """"Dudley Taft offers to acquire Taft": a target written with a word of a doer's name is given its full
    name, so that no name reads twice."""
    for mention in targets:
        name = mention.name or mention.text
        if name != mention.text and any(mention.text in source and re.search(rf"\b{re.escape(mention.text)}\b", source)
                                        for source in sources):
            complement = re.sub(rf"\b{re.escape(mention.text)}\b", name, complement, count=1)
    return complement


def _deed_objects(words: Words, trigger: triggers.Trigger, targets: list[Mention], obj: str | None,
                  told: bool) -> list[Mention]:
    """The targets that lie in the deed a title tells as agreed, after its "to" and no "with" ("agreed to merge with
    Beta" names a partner): none of them does that deed ("Acme agreed to buy Widget Co", "agreed to sell the unit
    to Beta": Widget sells nothing, Beta buys no unit of its own). The "to" may follow the deal's noun ("signed a
    letter of intent to acquire Widget"), a deed the title may not reach unless it is `told`: there only the
    deed's own object is no party, not the buyer of "a contract to sell power from its dam to Beta"."""
    last = trigger.last
    if obj and trigger.verbal and not trigger.passive:
        end = _object_end(words, trigger.last + 1, obj)
        last = words.index_at(end - 1) if end is not None else last
    deed = next((k for k in range(trigger.first + 1, min(len(words) - 1, last + DEED_REACH))
                 if words.forms[k] == "to" and words.forms[k + 1].isalpha() and not words.capitalised(k + 1) and
                 words.forms[k + 1] not in triggers.DETERMINERS), None)
    if deed is None:
        return []
    objects = []
    for mention in targets:
        i = words.index_at(mention.start)
        if i > deed + 1 and not PARTNERING & set(words.forms[deed:i]) and (told or all(
                form in triggers.DETERMINERS or not form.isalnum() for form in words.forms[deed + 2:i])):
            objects.append(mention)
    return objects


def _subject_itself(words: Words, party: Mention) -> bool:
    """Whether a name before a passive verb is its subject itself, not a word inside the subject's phrase: "Acme
    was acquired", "Acme, a unit of Widget, was acquired", "Acme said it was awarded"; not "an agreement with Acme
    was signed" (a party to the deal) nor "a Freedonian defense contract was awarded" (the one that awards it)."""
    before, after = words.index_at(party.start) - 1, words.index_at(party.end)
    while before >= 0 and words.forms[before] in triggers.DETERMINERS:
        before -= 1
    opened = before < 0 or words.forms[before] not in triggers.PREPOSITIONS
    return opened and after < len(words) and (not words.forms[after][:1].isalnum() or words.forms[after] in (
        triggers.BE | triggers.PERFECT | triggers.MODALS | reporting.tensed()))


def _told_whom(words: Words, trigger: triggers.Trigger, complement: str | None) -> str:
    """"ordered its troops to withdraw", "instructed the bank to sell": a verb whose phrase holds, between it and
    the "to" of the deed it asks for, whom it tells to do it. The title names them before the deed ("orders its
    troops to withdraw"), not only the deed ("orders to withdraw"). Empty where the phrase holds no one."""
    slots = trigger.entry.slots
    if not complement or len(slots) != 2 or not slots[1].gap or "to" not in slots[1].forms or \
            " " in trigger.entry.headline or not _infinitive(words, trigger) or trigger.passive:
        return ""
    gap = range(trigger.first + 1, trigger.last)
    if not gap or any(words.is_break(j) or not words.forms[j][:1].isalnum() for j in gap):
        return ""
    return " ".join(words.span(trigger.first + 1, trigger.last - 1).split())


def _asked_of_subject(words: Words, trigger: triggers.Trigger, sources: list[str], complement: str | None) -> str:
    """"Acme was ordered to freeze its assets": a passive whose verb asks a deed of its subject, with no one named
    who asked it, is titled with the deed ("Acme ordered to freeze its assets"), not with the subject alone ("Acme
    ordered"), which says nothing of what was ordered. Empty for any other trigger."""
    after = trigger.last + 1
    if sources or not complement or not (trigger.verbal and trigger.passive and _infinitive(words, trigger)) or \
            after >= len(words) or not words.forms[after].isalpha() or words.capitalised(after):
        return ""
    return titles.closed(words, f"to {words.surface[after]}") or ""


def _infinitive(words: Words, trigger: triggers.Trigger) -> bool:
    """"offered to buy the company": the object is what the verb leads to."""
    return trigger.verbal and trigger.last > trigger.first and words.forms[trigger.last] == "to"


def _dates(doc: Document, index: int) -> bool:
    value = doc.timexes[index].value
    return value is None or bool(phrases.DATE_VALUE.match(phrases.day(value)))


def date(doc: Document, index: int | None, planned: bool = False) -> Date:
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


def _quoted_whole(words: Words, trigger: triggers.Trigger, obj: str, said: str) -> str:
    """'"I don't think that a merger would help," he said': a title that cuts a short quotation said before its
    speaker where the words it keeps need the clause that follows ("says I don't think", "says there comes a
    point"), or on a word a cut phrase ends on ("... how open the market really"), shows the quotation whole in its
    marks; one cut where a phrase that only adds to it opens ("... into account | when they decide") stays cut."""
    quotation = said_objects.whole_quotation(words, trigger)
    if quotation is None or not quotation.strip('"').lower().startswith(obj.lower()):
        return said
    kept, whole = said.lower().split(), quotation.strip('"').lower().split()
    if kept[-1] in phrases.DANGLING or whole[:len(kept)] == kept and len(whole) > len(kept) and \
            whole[len(kept)] in COMPLEMENT_OPENERS:
        return quotation
    return said


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


def _doers(mentions: list[Mention]) -> list[str]:
    """The names a title gives the doers."""
    return _names(_speaking(mentions))


def _speaking(mentions: list[Mention]) -> list[Mention]:
    """The doers a title names: a person who speaks for a body also among them is named alone, as a headline names
    him ("Jan Novak praises", not "Ruritania and Jan Novak praise" of "Ruritanian Trade Minister Jan Novak
    praised"), and the body, which stays a participant, keeps its name in what he says ("says Ruritania will")."""
    spoken_for = {mention.affiliation for mention in mentions if mention.type == "person"}
    return [mention for mention in mentions if mention.type == "person" or mention.actor not in spoken_for]


def _opening(words: Words, of: int) -> str | None:
    """The preposition that opens the phrase a name's "of" ends ("for the rest of", "at the silos of"): the
    title keeps it when it drops the words between."""
    for j in range(of - 1, max(-1, of - 1 - OPENING_REACH), -1):
        if words.forms[j] in triggers.PREPOSITIONS:
            return words.forms[j] if words.forms[j] != "of" else None
        if words.is_break(j) or words.forms[j] in triggers.SUBJECT_CUES or words.forms[j][:1].isdigit():
            return None
    return None


STAKES = frozenset({"stake", "stakes", "holding", "holdings", "interest", "interests"})  # a holding "in" a company,
# where shares and a percentage are "of" it


def _buyers(words: Words, headline: str, targets: list[Mention]) -> list[Mention]:
    """The parties a sale (`headline` "sell") names after "to": its buyers."""
    return _after(words, targets, "to") if headline.split()[0] == frame.SELLING else []


def _sellers(words: Words, headline: str, targets: list[Mention]) -> list[Mention]:
    """The parties a purchase names after "from": whom it is bought from, who own no share of what is bought."""
    return _after(words, targets, "from") if headline.split()[0] != frame.SELLING else []


def _after(words: Words, targets: list[Mention], preposition: str) -> list[Mention]:
    return [m for m in targets if _party_after(words, m, preposition)]


def _lenders(doc: Document, words: Words, trigger: triggers.Trigger, targets: list[Mention]) -> list[Mention]:
    """Whom what the trigger's verb receives comes from: a target after "from", or one that names the loan itself
    ("its first World Bank loan"); else the first actor after "from" in the verb's clause, where the parse hung
    the phrase on a word it misread ("a 50 mln dlr loan")."""
    inside = range(words.starts[trigger.first] + 1, words.starts[trigger.last])
    named = [m for m in targets if _party_after(words, m, "from") or m.start in inside]
    if named:
        return named
    clause = words.clause[trigger.last]
    after = [m for m in doc.mentions if words.starts[trigger.last] < m.start < words.ends[-1] and
             words.clause[words.index_at(m.start)] == clause]
    return [m for m in after if _party_after(words, m, "from")][:1]


PARTY_REACH = 3  # words from the preposition to the party's name: "from the Japanese Export-Import Bank"


def _party_after(words: Words, mention: Mention, preposition: str) -> bool:
    i = words.index_at(mention.start)
    for j in range(i - 1, max(i - 1 - PARTY_REACH, -1), -1):
        if words.forms[j] == preposition:
            return True
        if words.forms[j] in triggers.PREPOSITIONS or not words.forms[j].isalpha():
            return False
    return False


def _bought(obj: str, targets: list[Mention]) -> str:
    """What a buyer acquires, with the company it is of unless the object names it ("55 pct of Widget", "its
    stake in Widget"), as written or across a line break of the article."""
    written = " ".join(obj.lower().split())
    if any(" ".join(name.lower().split()) in written for name in _names(targets) + [m.text for m in targets]):
        return obj
    case = "in" if written.rpartition(" ")[2] in STAKES else "of"
    return f"{obj} {case} {titles.join(_names(targets)[:titles.MAX_NAMES])}"


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

"""Doers and groups: who a sentence's happenings are done by when no name says it outright (groups, owners,
appointers, media reports, quoted speakers, conjuncts)."""

from __future__ import annotations

import re
from dataclasses import replace

from ..model import Document, EventMention, Mention
from ..actors import descriptions, groups, media, short_forms
from ..actors.gazetteer import DEMONYM, SEAT, gazetteer
from ..actors.title_span import TITLE_MODIFIERS
from . import attach, happenings, phrases, said_by, statements, triggers
from .lexicon import is_mutual, title_words
from .text import SUBORDINATORS, Words


_WITH = re.compile(r" with\s*$", re.I)  # "with" right before a name: "discussions with Acme's lenders"
_WITH_REACH = 20  # characters before a name read for it: the word and the spaces after it, not the article
CONSULTING = "04"  # CAMEO root of meetings and talks: "negotiations between management and workers"
TOLD = frozenset({"told", "tells", "tell", "telling"})  # before a medium: the one a report was given to
QUOTED_PRONOUNS = {"him": "he", "her": "she", "them": "they"}  # "quoted him as saying": who "he" is


def unqualified(doc: Document, group: list[Mention]) -> list[Mention]:
    """The actors of a role without those that only qualify another of them: the country of "the U.S.
    Department of Justice" and the employer of "Acme Corp vice chairman Jan Novak" are not doers of their
    own."""
    def qualifies(mention: Mention, other: Mention) -> bool:
        between = doc.text[mention.end:other.start]
        if mention.type == "country" and other.type == "organization":
            # the wire brackets an unlisted firm: "Ruritania's <Acme Ltd>"
            return between.replace("<", "").strip() in ("", "'s", "’s")
        title = between.lower().replace(",", " ").split()
        # the one with a title after an organisation is a person, whatever type the name was given
        return mention.type == "organization" and bool(title) and \
            all(word in title_words() or word in TITLE_MODIFIERS for word in title)

    return [mention for mention in group if not _currency(doc, mention) and not any(
        other is not mention and other.start >= mention.end and qualifies(mention, other) for other in group)]


SHAREHOLDERS = frozenset({"shareholders", "stockholders"})  # the owners of a company, whom a bid or a plan for it
# is put to


def companies_held(doc: Document, targets: list[Mention]) -> list[Mention]:
    """The targets with the shareholders of a company the group's name names ("an offer directly to Acme's
    shareholders", "a plan unfair to Acme's stockholders") given as that company: what is put to a company's
    owners acts on the company."""
    def company(group: Mention) -> Mention | None:
        if group.type != "group" or group.text.split()[-1].lower() not in SHAREHOLDERS:
            return None
        return next((m for m in doc.mentions if m.type == "organization" and
                     group.start <= m.start and m.end < group.end), None)

    found = [company(target) or target for target in targets]
    return [m for n, m in enumerate(found) if all(m.actor != other.actor for other in found[:n])]


def not_own(targets: list[Mention], sources: list[Mention]) -> list[Mention]:
    """The targets without a body that is a doer under a shorter name ("the Ruritania Stock Exchange said ... the
    Ruritania Exchange will wait"): the actor finder may make the two names two actors, but a body does not act on
    itself."""
    g = gazetteer()
    return [target for target in targets if not (target.type == "organization" and any(
        source.type == "organization" and any(short_forms.shortened(short, full, g)
                                              for short in _names(target) for full in _names(source))
        for source in sources))]


def _names(mention: Mention) -> list[list[str]]:
    """The words of the mention's text and of its actor's name, without a leading "the"."""
    names = [name.split() for name in {mention.text, mention.name} if name]
    return [words[1:] if words[0].lower() == "the" else words for words in names if words]


# a currency's names, plural and singular ("100 mln U.S. dlrs", "a 90 mln Canadian dlr loan", "the U.S. dollar");
# not those that are verbs as well ("Ruritania marks the anniversary", "Freedonian artillery pounds the town")
CURRENCY_WORDS = (triggers.CURRENCIES | triggers.CURRENCY_SINGULARS | {"currency"}) - {"marks", "pounds", "crowns",
                                                                                       "mark", "pound", "crown"}


def _currency(doc: Document, mention: Mention) -> bool:
    """A country named only as the one whose currency a sum is in or a market trades ("100 mln U.S. dlrs", "the
    U.S. dollar fell"): no party of what is done with the money."""
    after = doc.text[mention.end:mention.end + 20].split()
    word = after[0].lower().rstrip(".,;:").removesuffix("'s").removesuffix("’s") if after else ""
    return mention.type == "country" and word in CURRENCY_WORDS


_OWNS = re.compile(r"['’]s\s+")  # "Acme Corp's Beta Airlines": the owner, then the body it owns


def owned_units(doc: Document, found: list[triggers.Trigger], bindings: list[attach.Binding]) -> None:
    """"Acme Corp's Beta Airlines unit said it will add flights", "Acme's Beta Chemicals subsidiary filed suit": a
    company named as the owner of the body named right after it acts through that body, whatever the parse made
    the subject's head; the unit is the doer of a verb, not its parent. A noun is left as it is: "the
    commission's Acme inquiry" is the commission's, whatever the name after the owner is."""
    for trigger, binding in zip(found, bindings):
        if not trigger.verbal:
            continue
        units = [_unit_of(doc, m) or m for m in binding.sources]
        binding.sources = [m for n, m in enumerate(units) if all(m.actor != other.actor for other in units[:n])]


def _unit_of(doc: Document, mention: Mention) -> Mention | None:
    owns = _OWNS.match(doc.text, mention.end) if mention.type == "organization" else None
    return None if owns is None else next(
        (m for m in doc.mentions if m.start == owns.end() and m.type == "organization"), None)


def describe_doers(doc: Document, words: Words, found: list[triggers.Trigger],
                   bindings: list[attach.Binding], guessing: bool = False) -> None:
    """"The company said", "the government suspended payments", "Freedonian jets attacked": a subject that
    describes an actor the article has named, or is led by a country's adjective, stands for that actor; so
    does the agent of a passive ("was hit by Freedonian jets"). `guessing`: the sentence is read by its words
    alone, before its parse; a group the words make the subject gets the sentence parsed, and the parse says."""
    for trigger, binding in zip(found, bindings):
        _group_parties(doc, words, trigger, binding)
        if binding.sources or trigger.nominal:
            _owned_group(doc, words, trigger, binding)
        closing = _closing_description(doc, words, trigger)
        if closing is not None:
            binding.sources = [closing]
            continue
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
        start = place(words, phrase, words.starts[trigger.first] if not trigger.passive else words.ends[-1])
        if start is None:
            continue
        first = words.index_at(start)
        if not binding.settled and first > 0 and words.capitalised(first - 1):
            # the word rules stop a subject at a capital: "Chadian troops" reads "troops"
            phrase, start = words.span(first - 1, words.index_at(start + len(phrase) - 1)), words.starts[first - 1]
        if trigger.entry.kind == "S":  # what "the company said" is told by the happenings it reports, if any
            # "Western diplomats said" is a speaker of its own, "government economists said" speak for a body,
            # "the company said" for the company whose statement the article opened with
            found_actor = said_by.served(doc, words, trigger) or groups.group(doc, phrase, start) or (
                descriptions.described_speaker(doc, phrase, start) if trigger.verbal and not trigger.passive else None)
        elif happenings.befalls(trigger.entry):
            found_actor = None  # "rebels died": those a happening befalls did not do it
        else:
            # the parse's subject, not the words' guess, for a group: "seamen said marines occupied the ship"
            found_actor = (groups.group(doc, phrase, start) if binding.settled or guessing else None) or \
                descriptions.stand_in(doc, phrase, start) or \
                descriptions.national(doc, phrase, start) or descriptions.owned(doc, phrase, start)
        if found_actor is not None:
            binding.sources = [found_actor]


def _closing_description(doc: Document, words: Words, trigger: triggers.Trigger) -> Mention | None:
    """"Beta Holdings is a firm controlled by Acme's former chief, the company said": a body described only by its
    noun after what it said is the one whose statement the article opened with (`descriptions.described_speaker`),
    not the subject of what it said, which the word rules take for a speaker named no other way."""
    start = words.clause_starts[words.clause[trigger.first]]
    last = words.before(trigger.first, phrases.ADVERBS, phrases.AUXILIARIES)
    if trigger.entry.kind != "S" or start < 1 or words.forms[start - 1] != "," or last != start + 1 or \
            words.forms[start] != "the" or not descriptions.describes_body(words.forms[last]):
        return None
    return descriptions.described_speaker(doc, words.span(start, last), words.starts[start])


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


def appointers(doc: Document, words: Words, found: list[triggers.Trigger], bindings: list[attach.Binding]) -> None:
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
    start = place(words, phrase, words.starts[trigger.first] if not trigger.passive else words.ends[-1])
    if start is None or not all(start <= m.start and m.end <= start + len(phrase) for m in binding.sources):
        return
    found = groups.group(doc, phrase, start)
    if found is not None:
        binding.sources = [found]


def groups_of(doc: Document, parties: list[Mention], result: list[EventMention]) -> list[Mention]:
    """The unnamed groups, the countries read from an adjective ("an attack on a Ruritanian platform") and those
    read from the capital a visit goes to ("her visit to Kalda") and those only the headline names ("the
    government" under "RURITANIA ADOPTS BUDGET") among `parties`, the mentions the sentence's
    events were written from, that are doers, targets or reporters of its events (`result`): they become actor
    mentions of the article, so that every actor an event names is in the story; a group no event involves is no
    actor. A name written at the same place is no reason to leave one out: it is another actor."""
    known = {(m.start, m.end, m.actor) for m in doc.mentions}
    named = {m.actor for m in doc.mentions}
    taking_part = {p.actor for event in result for p in event.actors} | {event.attributed_to for event in result}
    found = []
    for mention in parties:
        mention = _demonym_of(doc, mention)
        read_in = mention.type == "country" and (descriptions.country_of_adjective(mention.text, doc.published) or
                                                 _capital_of(mention, doc.published) or mention.actor not in named)
        if mention.actor in taking_part and (mention.actor.startswith(groups.GROUP_KEY) or read_in) and \
                (mention.start, mention.end, mention.actor) not in known:
            known.add((mention.start, mention.end, mention.actor))
            found.append(mention)
    return found


def _capital_of(mention: Mention, published: str | None) -> bool:
    """Whether the mention's words are in whole the capital of its country, which the actor stage reads as a
    place where a visit goes ("visited Kalda") and the frame as the host country."""
    entry = descriptions.whole_entry(mention.text, published)
    return entry is not None and entry.role == SEAT and entry.key == mention.actor


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


def place(words: Words, phrase: str | None, before: int) -> int | None:
    """The document offset of the last `phrase` in the sentence before offset `before`; the phrase's words may
    stand on two lines of the text ("Ohio\nnurses"), since the parse joins them with a space."""
    if not phrase:
        return None
    text = words.text[:before - words.offset].lower()
    first, *rest = phrase.lower().split() or [""]
    at = text.rfind(first)
    while at >= 0 and not _spelled_on(text, at + len(first), rest):
        at = text.rfind(first, 0, at)
    return words.offset + at if at >= 0 else None


_GAP = re.compile(r"\s+")


def _spelled_on(text: str, end: int, rest: list[str]) -> bool:
    """Whether the words `rest` follow offset `end` of `text`, each after white space of any kind; found word by
    word, as a pattern compiled for each phrase would cost more than the search."""
    for word in rest:
        gap = _GAP.match(text, end)
        if gap is None or not text.startswith(word, gap.end()):
            return False
        end = gap.end() + len(word)
    return True


def hand_reports_on(words: Words, found, bindings) -> None:
    """A verb in the clause of a reporting verb, or in the clause it introduces, has the reporter as its source
    when it names none ("Ruritania announced the addition of items to its list of goods banned from export")."""
    for n, (trigger, binding) in enumerate(zip(found, bindings)):
        if trigger.entry.kind != "S" or not binding.sources or all(media.is_medium(m) for m in binding.sources):
            continue
        clause = words.clause[trigger.first]
        for other, other_binding in zip(found[n + 1:], bindings[n + 1:]):
            reported = words.clause[other.first] in (clause, clause + 1)
            # a policy announced is the announcer's ("announced a wage freeze"), not one its words only name
            # ("said the ministry must account for the costs of the price cap")
            doing = other.verbal or other.entry.label == happenings.POLICY and not any(
                words.forms[j] in triggers.PREPOSITIONS or words.is_break(j) or words.forms[j] in SUBORDINATORS
                for j in range(trigger.last + 1, other.first))
            if reported and doing and not other_binding.sources and not other_binding.settled and \
                    not is_mutual(other.entry.code):
                other_binding.sources = list(binding.sources)


def media_report(words: Words, found: list[triggers.Trigger], bindings: list[attach.Binding]) -> None:
    """The media reporting in a sentence are the sources of what it tells, not its doers or targets."""
    said = [trigger.entry.kind == "S" for trigger in found]
    reporting = media.reporters([b.sources for b, s in zip(bindings, said) if s]) | {
        m.actor for b in bindings for m in b.sources + b.targets
        if media.is_medium(m) and media.speaks(words.forms, words.index_at(m.end - 1) + 1)}
    # "officials told Reuters they met": a medium told what others did tells no deed of its own
    told = {m.actor for b in bindings for m in b.sources + b.targets
            if media.is_medium(m) and words.forms[max(0, words.index_at(m.start) - 1)] in TOLD}
    for trigger, binding, statement in zip(found, bindings, said):
        for field in ("sources", "targets", "attributed_to"):
            mentions = getattr(binding, field)
            home = media.home_countries(words.text, words.offset, mentions)
            if home:
                setattr(binding, field, [m for n, m in enumerate(mentions) if n not in home])
        attributed, doers = len(binding.attributed_to), len(binding.sources)
        # "CNN said it reached an agreement": a medium telling its own deed, as a company does
        own = statement or subject_pronoun(words, trigger) is not None
        binding.sources, binding.targets, binding.attributed_to = media.as_source(
            *media.as_source(binding.sources, binding.targets, binding.attributed_to, set() if statement else told,
                             False),
            reporting, own)
        if doers and not binding.sources:
            binding.settled = False  # the doer is to be found in the reported clause
        if len(binding.attributed_to) > attributed and binding.modality == "asserted":
            binding.modality = "attributed"  # a deed a medium tells, as the frame marks one another speaker tells


def quoted(doc: Document, words: Words, found: list[triggers.Trigger], bindings: list[attach.Binding],
           mentions: list[Mention]) -> None:
    """"a radio station quoted her as saying", "Novak was quoted by the station as saying": the speaker is the one
    quoted, not the paper or agency that quotes him, which the word rules took for the subject."""
    for trigger, binding in zip(found, bindings):
        at = triggers.quoting(words, trigger)
        if at is None:
            continue
        if at > 0 and words.forms[at - 1] in triggers.BE:
            quoted = [m for m in mentions if at > 1 and words.index_at(m.end - 1) == at - 2]
        else:
            # the one quoted is named before an aside that describes him ("quoted Jan Novak, head of the agency,")
            between = range(at + 1, next((j for j in range(at + 1, trigger.first - 1) if words.is_break(j)),
                                         trigger.first - 1))
            quoted = [m for m in mentions if words.index_at(m.start) in between]
            pronoun = next((QUOTED_PRONOUNS[words.forms[j]] for j in between if words.forms[j] in QUOTED_PRONOUNS),
                           None)
            if not quoted and pronoun is not None:
                speaker = descriptions.antecedent(doc, pronoun, words.starts[trigger.first])
                quoted = [speaker] if speaker is not None else []
        binding.sources = quoted


def spoken_for(found: list[triggers.Trigger], bindings: list[attach.Binding], countries: set[str]) -> None:
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


def reported_self(words: Words, found: list[triggers.Trigger], bindings: list[attach.Binding]) -> None:
    """"It said it may build a second plant", "he said he had resigned", "it said it had told Acme it would sue": a
    pronoun that opens a clause reported by a verb whose subject is the same pronoun is the same speaker, so the
    reported deed or intent is the speaker's own, whoever the speaker's pronoun was found to stand for, not a name
    between the two ("told Zenith it may build"); so is the pronoun right after a reporting verb (`_opens_report`)."""
    for n, (trigger, binding) in enumerate(zip(found, bindings)):
        pronoun = subject_pronoun(words, trigger)
        if pronoun is None or binding.sources and binding.pronoun is None:
            continue  # a doer the words name stays; one a pronoun was resolved to yields to the speaker
        speaker = next((m for m in range(n - 1, -1, -1) if found[m].entry.kind == "S"), None)
        if speaker is not None and bindings[speaker].sources and (
                subject_pronoun(words, found[speaker]) == pronoun or
                _opens_report(words, found[speaker], trigger, pronoun, bindings[speaker].sources)):
            binding.sources = list(bindings[speaker].sources)


def _opens_report(words: Words, speaker: triggers.Trigger, trigger: triggers.Trigger, pronoun: str,
                  sources: list[Mention]) -> bool:
    """"Acme said it may build a second plant", "the group said that it had held talks": the pronoun that opens
    the clause right after an active reporting verb, as the subject of the reported verb, is its speaker when the
    speaker is of a kind the pronoun stands for, not the first body the sentence names ("In a filing with the
    SEC, the company said it ...")."""
    at = speaker.last + 1
    if at < len(words) and words.forms[at] == "that":
        at += 1
    return speaker.verbal and not speaker.passive and at < len(words) and words.forms[at].lower() == pronoun and \
        words.before(trigger.first, phrases.AUXILIARIES, phrases.ADVERBS) == at and \
        descriptions.speaker_pronoun(pronoun, sources)


TELLING = TOLD | {"informed", "notified", "assured"}  # verbs whose object is the one a report is given to
ADDRESSEE_REACH = 8  # words of whom a report is given to: "told the U.S. Securities and Exchange Commission"


def told_clause(words: Words, found: list[triggers.Trigger], bindings: list[attach.Binding],
                mentions: list[Mention]) -> None:
    """"An investor group told the SEC it bought a stake", "two firms informed the agency they had sold": the
    pronoun that opens a clause told to someone is the teller, never the one told, who only hears the report;
    the teller's named doers do the deed, or none the sentence names when the teller is only described."""
    for trigger, binding in zip(found, bindings):
        pronoun = subject_pronoun(words, trigger)
        at = words.before(trigger.first, phrases.AUXILIARIES, phrases.ADVERBS)
        if pronoun is None or not binding.sources:
            continue
        end = at - 1 if at > 0 and words.forms[at - 1] == "that" else at
        verb = next((j for j in range(end - 1, max(-1, end - 1 - ADDRESSEE_REACH), -1)
                     if words.forms[j] in TELLING or words.is_break(j)), None)
        if verb is None or words.is_break(verb) or words.forms[verb + 1] == "by":
            continue  # "was informed by Ruritania that it would act": the one after "by" tells
        heard = {m.actor for m in mentions if words.ends[verb] <= m.start and m.end <= words.starts[end]}
        if not heard & {m.actor for m in binding.sources}:
            continue
        teller = next((b.sources for t, b in zip(found, bindings) if t.last == verb and t.entry.kind == "S"), [])
        binding.sources = list(teller) if teller and descriptions.speaker_pronoun(pronoun, teller) else [
            m for m in binding.sources if m.actor not in heard]


BODY_DEEDS = frozenset({"Appointment", "Dismissal", "Closure", "Job cuts"})  # labels of what a body does to its
# own staff and sites, and announces in the passive without naming itself


def announced_deeds(found: list[triggers.Trigger], bindings: list[attach.Binding]) -> None:
    """"Jan Novak was named president, Acme said", "Acme said the plant will be closed", "a VW statement said
    Novak had been dismissed": a passive appointment, dismissal, closure or job cut with no doer named, told by
    a body (not a medium), is that body's own deed: who else names and dismisses its staff or closes its
    plants. The nearest reporting verb of the sentence tells it."""
    for trigger, binding in zip(found, bindings):
        if not (trigger.verbal and trigger.passive) or binding.sources or trigger.entry.label not in BODY_DEEDS:
            continue
        told = [(abs(other.first - trigger.first), other_binding.sources)
                for other, other_binding in zip(found, bindings) if other.entry.kind == "S" and other_binding.sources]
        bodies = [m for m in min(told, key=lambda pair: pair[0])[1] if m.type in ("organization", "country") and
                  not media.is_medium(m)] if told else []
        if bodies:
            binding.sources = bodies
            binding.targets = [m for m in binding.targets if m.actor not in {body.actor for body in bodies}]


def conjunct_doers(words: Words, found: list[triggers.Trigger], bindings: list[attach.Binding]) -> None:
    """"Acme agreed to buy Zenith and named Jan Novak president", "the rebels attacked the town and kidnapped
    two priests": a verb right after "and", with no subject of its own, shares the subject of the verb before
    it; the object of that verb ("Zenith") is not its doer. The parse's own subject is kept."""
    for n, (trigger, binding) in enumerate(zip(found, bindings)):
        joint = words.before(trigger.first, phrases.ADVERBS)
        if not trigger.verbal or trigger.passive or binding.settled or joint < 0 or words.forms[joint] != "and":
            continue
        aside = _aside_before(words, joint)
        previous = next((m for m in range(n - 1, -1, -1) if found[m].verbal and
                         not (found[m].entry.kind == "S" and found[m].first in aside)), None)
        if previous is None or found[previous].passive or not bindings[previous].sources:
            continue
        doers = bindings[previous].sources
        if {m.actor for m in binding.sources} != {m.actor for m in doers}:
            binding.targets = [m for m in binding.targets if all(m.actor != d.actor for d in doers)]
            binding.sources = list(doers)


def _aside_before(words: Words, joint: int) -> range:
    """The words of an aside set off by commas that ends right before the word `joint` ("would complain, as it
    said it would, and seek talks"): a reporting verb in it tells of the clause, it is not the verb the one after
    "and" shares a subject with."""
    if joint < 1 or words.forms[joint - 1] != ",":
        return range(0)
    opening = next((j for j in range(joint - 2, -1, -1) if words.forms[j] == ","), None)
    return range(0) if opening is None else range(opening + 1, joint - 1)


def subject_pronoun(words: Words, trigger: triggers.Trigger) -> str | None:
    """The personal pronoun right before a verb, past its auxiliaries and adverbs ("it also told", "he had
    resigned", "we have agreed"), lower-cased; none for a noun or a passive."""
    if not trigger.verbal or trigger.passive:
        return None
    last = words.before(trigger.first, phrases.AUXILIARIES, phrases.ADVERBS)
    form = words.forms[last].lower() if last >= 0 else ""
    return form if form in statements.SELF else None

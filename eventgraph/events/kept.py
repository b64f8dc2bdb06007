"""What a sentence keeps and drops: happenings that need a party, a target or a voice, and calls that ask
for something."""

from __future__ import annotations

from ..actors.groups import is_group_head
from . import attach, happenings, phrases, realis, said_objects, triggers, violence
from .lexicon import ADDRESSING, STATEMENT_ROOT, entries_by_first_word, intents
from .text import Words
from .relatives import said_in_relative
from .written import APPEAL, TOPICAL


DIRECTED = frozenset({"11", "12", "13"})  # CAMEO roots of disapproval, rejection and threat: someone against
# someone or something
BLAME = frozenset({"11", "12"})  # CAMEO roots of disapproval and rejection: a voice no name stands for may utter
# them
SPEECH = frozenset({"01", "02", "10", "11", "12", "13"})  # CAMEO roots of things said: they need a speaker or
# an addressee among the actors
MET_THINGS = frozenset({"target", "targets", "goal", "goals", "demand", "demands", "need", "needs", "obligation",
                        "obligations", "condition", "conditions", "commitment", "commitments", "criteria",
                        "criterion", "terms", "requirement", "requirements", "standard", "standards",
                        "specifications", "deadline", "deadlines", "expectations", "forecast", "forecasts",
                        "estimate", "estimates", "payment", "payments", "cost", "costs", "expenses", "budget",
                        "response", "resistance", "opposition", "approval", "criticism", "scepticism",
                        "skepticism", "challenge", "challenges", "competition", "test", "quota", "quotas",
                        "shortfall", "bills", "attack", "attacks", "attackers", "threat", "threats",
                        "aggression", "disapproval", "hostility", "objections", "protests"})  # what
# "meet" takes that is no one met: "met its targets", "would meet any attack with force"
DEALS = frozenset({"agreement", "agreements", "accord", "pact", "treaty", "contract", "deal", "plan", "proposal",
                   "offer", "merger", "transaction", "program", "programme", "budget", "settlement", "package",
                   "arrangement", "terms", "bill", "law", "legislation", "formula", "scheme"})  # texts whose
# "calls for" gives their terms
CRITICISM = "111"
ASIDE_REACH = 12  # words of an aside between a deal and its verb: "the pact, signed last year after talks, calls"
# CAMEO roots of meetings, deals and demands: such a noun alone only sets a scene ("after the talks", "following
# the merger"); a ceasefire, sanctions or an attack named alone are still happenings
SCENE_ROOTS = frozenset({"04", "06", "10"})
SCENE_REACH = 4  # words from a preposition to the noun that ends its phrase: "after the company's annual meeting"
CALL_REACH = 10  # words from a call to the "for" that says what it asks for ("a call by the union for")
PURPOSE_REACH = 8  # words from a gathering's verb to the "to" of its purpose ("met separately on Monday in Paris to")
FREE_RELATIVE_REACH = 4  # words from "what" to the reporting verb its subject comes between ("what the two
# ministers said")
PROTEST = "14"  # protests, like disasters, are told of crowds no name stands for: "10,000 people marched"
# roots of happenings kept only with a named party or a place (`keep`); a statement keeps its word reading
# (`_read_words`)
NEEDS_PARTY = SPEECH - {STATEMENT_ROOT} | {PROTEST}


def keep(words: Words, found: list[triggers.Trigger], bindings: list[attach.Binding], timexes,
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
        if kind == "S" and _in_free_relative(words, trigger):
            continue  # "dropped the plan for what they said were unrealistic forecasts": a hedge on a noun, not a
            # statement of its own
        inverted = kind == "S" and (said_objects.inverted(words, trigger, binding) or
                                    said_objects.spoken_by_after(words, trigger))
        if kind == "S" and not binding.sources or trigger.intended and (
                not binding.sources or trigger.entry.code[:2] not in intents()):
            continue
        if kind == "S" and trigger.verbal and trigger.passive and trigger.first > 0 and \
                words.forms[trigger.first - 1] not in triggers.BE and \
                words.forms[trigger.last + 1:trigger.last + 2] == ["by"]:
            continue  # "compared with 12 mln forecast by the federation": a figure put out before, named in passing
        following = len(words) if kind == "S" else next(
            (other.first for other in found[n + 1:] if other.entry.kind != "D" and not _named_object(
                words, trigger, other)), len(words))
        # the parse takes a vote's tally for its object ("voted 350 to 73 to override"), and whom an order tells
        # for its object ("ordered the bank to sell"): the object is read on
        parsed = binding.object_end is not None and trigger.verbal and kind != "S" and \
            not triggers.tallied(words, trigger) and not _object_is_addressee(words, trigger, binding)
        if parsed:
            # the object ends where the parse ends it ("air strikes on Damascus, Syrian media said"), past a
            # happening it names ("condemned the attack")
            following = max(trigger.last + 1, words.index_at(binding.object_end - 1) + 1)
        obj = phrases.object_phrase(words, trigger, timexes, following, parsed)
        if trigger.verbal and not trigger.passive and binding.relative_object:
            obj = binding.relative_object  # "a revaluation, which Ruritania urged for months": what it urged
        if trigger.verbal and trigger.passive and binding.patient_text and not binding.targets and \
                not (obj and phrases.whole_subject(words, trigger, obj, binding.patient_text)):
            obj = binding.patient_text  # "more than 2,000 people were killed", not the clause before them
            if obj.split()[0].lower() == "that" and len(obj.split()) > 1 and kind != "S":
                obj = obj.split(maxsplit=1)[1]  # "That incident was investigated": a title opens with the noun
        if kind == "S" and said_objects.addressed(words, trigger, binding):
            obj = said_objects.told(words, trigger, binding, timexes) or \
                said_objects.told_clause(words, trigger, timexes)
        elif kind == "S" and trigger.entry.headline in ADDRESSING:
            # "told reporters that ...", not "told reporters"
            obj = (obj or "").partition("that ")[2] or said_objects.told_clause(words, trigger, timexes)
        # what was said opens the sentence unless a happening there is an event or its subject: the happening is it
        own = kind == "S" and not kept and not said_objects.opens_with_happening(words, found[:n])
        # beside a happening kept, what opens the sentence may still be a comment on it: the sentence stage keeps
        # it only as one (`reports.comments_beside`)
        beside = kind == "S" and bool(kept) and (inverted or obj is None)
        if inverted or beside:
            obj = said_objects.fronted(words, trigger) if own or beside else None
        elif kind == "S" and obj is None and own:
            obj = said_objects.fronted(words, trigger) or said_objects.quoted_after(words, trigger) or \
                said_objects.conditioned_after(words, trigger)
        if kind == "S":
            binding.said_in_relative = said_in_relative(words, trigger, found)
            obj = binding.said_in_relative or obj
            binding.beside = beside and binding.said_in_relative is None
        if kind == "S" and (obj is None or len(obj.split()) < phrases.MIN_SAID_WORDS or
                            any(obj.lower() in (m.name or m.text).lower() for m in binding.sources)):
            continue  # '"...," he said', "said the company": what was said is reported by its own triggers
        if trigger.verbal and trigger.entry.headline == "meet" and obj and not any(
                mention.text in obj for mention in binding.targets) and _met_no_one(obj):
            continue  # "met its targets", "met a strong response": meeting no one is no meeting
        root = trigger.entry.code[:2]
        # the parse's subject reaches past what the words stop at ("members of a union local, who ..., rejected"):
        # a body no name stands for voices what it rejects as much as one next to its verb
        speaker = binding.sources or trigger.verbal and not trigger.passive and (
            binding.settled and binding.subject_text or phrases.subject_phrase(words, trigger))
        if root == APPEAL[:2] and trigger.verbal and _deal_subject(words, trigger) and (
                not trigger.passive or words.forms[trigger.first - 1] == ","):
            continue  # "the agreement calls for Acme to pay 20 dlrs a share": a deal's terms, not an appeal; the
            # parse may read a verb after an aside as a participle ("the pact, signed last year, called on")
        blamed = root in BLAME and trigger.verbal and bool(obj) and bool(speaker)
        if root in DIRECTED and not (speaker and (binding.targets or obj or _clashed(trigger, binding))) and \
                not (root in BLAME and _blamed_party(words, trigger, binding)):
            continue  # "the North being accused", "who accuse them": who blames whom must be said; of two who
            # clash, each is the other's target
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
        dated = trigger.nominal and kind != "D" and (binding.timex is not None or binding.ended) and root not in SPEECH
        placed = root in (happenings.ROOT, PROTEST) and (speaker or happenings.place(words, trigger, timexes) or
                                              happenings.latest(words, trigger))
        # blame or rejection its subject voices, told with what it is aimed at, keeps its event though no name
        # stands for the voice ("the complaint charged that...", "farmers have criticised the water tax");
        # a threat does not: "threaten" is as often said of things ("high wages threaten exports")
        if (binding.sources or binding.targets or clear or dated or placed or blamed or trigger.first in told or
                _gathered_for(words, trigger, binding)) and not _bare_noun(words, trigger, binding, obj):
            kept.append((trigger, binding, obj))
    return kept


def _object_is_addressee(words: Words, trigger: triggers.Trigger, binding: attach.Binding) -> bool:
    """Whether the object the parse found lies inside the trigger, between its verb and the "to" it ends on: whom
    "ordered the bank to" tells, not what it tells them to do. A count there is of goods bought ("ordered 20
    aircraft to replace its fleet"), which the parse rightly takes for all the verb acts on, unless what it counts
    is a party ("ordered three companies to repay")."""
    gap = words.forms[trigger.first + 1:trigger.last]
    return bool(gap) and words.forms[trigger.last] == "to" and binding.object_end <= words.starts[trigger.last] and \
        (is_group_head(gap[-1]) or not any(form[:1].isdigit() or form in triggers.SPELLED_NUMBERS for form in gap))


def _clashed(trigger: triggers.Trigger, binding: attach.Binding) -> bool:
    """"Japan and Ruritania clashed over tariffs": two sides clash with each other, so each is the other's
    target though the sentence names none."""
    return trigger.entry.headline == violence.CLASH and len({m.actor for m in binding.sources}) > 1


def _in_free_relative(words: Words, trigger: triggers.Trigger) -> bool:
    """"what they said were", "what officials described as": a reporting verb in a clause that "what" opens names
    a thing by what its speakers call it; it makes no statement of its own."""
    start = max(0, trigger.first - FREE_RELATIVE_REACH)
    opening = next((j for j in range(trigger.first - 2, start - 1, -1) if words.forms[j] == "what"), None)
    return opening is not None and not any(words.is_break(j) for j in range(opening, trigger.first))


def _gathered_for(words: Words, trigger: triggers.Trigger, binding: attach.Binding) -> bool:
    """"the directors met Wednesday to review the offer", "ministers will meet in Bahrain today to discuss prices":
    a gathering whose purpose a "to" and a verb tell, past its date and place, is told of though the parse names
    none of those who gathered ("its directors", "deputy oil ministers"); not one a relative clause tells of them
    ("ministers who meet to discuss it will argue"), where the sentence goes on about them, nor one only planned
    ("the decision to meet"), nor one whose subject the title would not find (`written.mention`) to name who met."""
    if not trigger.verbal or trigger.entry.headline not in phrases.GATHERING or not (
            binding.subject_text if binding.settled else phrases.subject_phrase(words, trigger)):
        return False
    j = words.before(trigger.first, phrases.AUXILIARIES, triggers.FUTURE)
    if j < 0 or words.forms[j] in realis.RELATIVES | {"to"}:  # "ministers who meet to ...": told of them
        return False
    for j in range(trigger.last + 1, min(len(words), trigger.last + 1 + PURPOSE_REACH)):
        if to_verb(words, j):
            return True
        if words.is_break(j):
            return False
    return False


def _bare_noun(words: Words, trigger: triggers.Trigger, binding: attach.Binding, obj: str | None) -> bool:
    """Whether a happening's noun only sets the scene in a phrase of its preposition, undated and alone, with no
    party, object, name or place, and no verb of its own after it ("he spoke after the annual meeting",
    "following day-long discussions,"): its entry would say nothing but "Meeting held". One a verb follows is
    told of ("after the talks collapsed"); one that opens the sentence is its subject ("The talks, in Paris, ...")."""
    after = trigger.last + 1
    return trigger.nominal and not trigger.intended and trigger.entry.code[:2] in SCENE_ROOTS and \
        binding.timex is None and not (binding.sources or binding.targets or obj or binding.subject_text or
                                        binding.pronoun) and \
        (after == len(words) or words.is_break(after) or words.forms[after] in triggers.PREPOSITIONS or
         words.forms[after] == ".") and \
        _in_preposition_phrase(words, trigger.first) and \
        phrases.noun_title(words, trigger).lower() == words.span(trigger.first, trigger.last).lower()


def _in_preposition_phrase(words: Words, first: int) -> bool:
    """Whether a preposition opens the phrase a noun ends, within SCENE_REACH words ("after the company's annual
    | meeting")."""
    for j in range(first - 1, max(-1, first - 1 - SCENE_REACH), -1):
        if words.is_break(j):
            return False
        if words.forms[j] in triggers.PREPOSITIONS:
            return True
    return False


def _met_no_one(obj: str) -> bool:
    """"met its targets", "met with strong opposition", "meet the deficit reduction target set by": the phrase
    "meet" takes, to its first preposition, names a thing met, not people; not "met briefly today to discuss",
    "met in Paris", "met the board on Monday", where people met."""
    said = obj.lower().split()
    if said and said[0] == "with":
        said = said[1:]
    for word in said:
        if word in triggers.PREPOSITIONS:
            return False
        if word.strip(",.") in MET_THINGS:
            return True
    return False


def _blamed_party(words: Words, trigger: triggers.Trigger, binding: attach.Binding) -> bool:
    """"Acme was accused of fraud", "the banks are criticised": a finite passive of blame or rejection whose subject
    names the party it is aimed at tells the happening, though its voice goes unnamed (not "the North being
    accused": a participle tells no deed of its own)."""
    return trigger.verbal and trigger.passive and bool(binding.targets) and trigger.first > 0 and \
        words.forms[trigger.first - 1] in triggers.BE - {"being"}


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
    if words.forms[j] == "for" or to_verb(words, j):
        return True
    return words.forms[j] == "on" and any(to_verb(words, k) for k in range(
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


def to_verb(words: Words, j: int) -> bool:
    """"to" and a verb at word `j` ("to boycott"), not "to" and a name or a noun phrase ("to the embassy")."""
    return words.forms[j] == "to" and j + 1 < len(words) and words.forms[j + 1].isalpha() and \
        not words.capitalised(j + 1) and words.forms[j + 1] not in triggers.DETERMINERS


def _deal_subject(words: Words, trigger: triggers.Trigger) -> bool:
    """"The agreement calls for", "the plan also requires", "the pact, signed last year after long talks, called
    on": a deal or a text, not a speaker, right before the verb, or before an aside set off by commas that
    comes between them."""
    j = words.before(trigger.first, phrases.ADVERBS, triggers.FUTURE)
    if j >= 0 and words.forms[j] == ",":
        opening = next((k for k in range(j - 1, max(-1, j - 1 - ASIDE_REACH), -1) if words.is_break(k)), None)
        if opening is not None and words.forms[opening] == ",":
            j = opening - 1
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

"""Whether the parse tells a trigger as fact: its negation ("has not signed", "refused to sign"), its modality
(`planned`, `attributed` or `asserted`) and who a reported happening is attributed to.
"""

from __future__ import annotations

from ..model import Mention
from ..temporal.tense import SCHEDULING
from . import own_plans
from .lexicon import military
from .parse_words import (
    ACCUSING, ADJUNCT_CASES, FAILED, PASSIVE_SUBJECTS, PERSONAL, PLANNING, REPORTING, SUBJECTS, Frame, passive_agent,
    case, charged_by, closing_subject, first_child, lemma, lower, mention_list, mentions_of, pos
)


NEGATORS = frozenset({"not", "n't", "never", "no", "neither", "nor", "without"})
FUTURE_AUX = frozenset({"will", "would", "shall", "should", "may", "might", "could", "can", "must", "'ll", "wo",
                        "ca"})
PLANNED_MODIFIERS = frozenset({"planned", "proposed", "upcoming", "expected", "future", "scheduled", "forthcoming",
                               "prospective", "next", "impending", "likely"})
OPENING_CONJUNCTIONS = frozenset({"as", "while", "when", "because", "after", "before", "since", "although",
                                  "though", "if", "until", "once", "whereas", "and", "but", "or"})
SCHEDULED = SCHEDULING | {"proposed"}
# that put the noun they follow in the future once they name its start or its date: "talks expected to begin"
STARTING = frozenset({"begin", "start", "open", "resume", "convene", "held", "take"})  # "scheduled to be held",
# "set to take place"; not "scheduled to end", which tells talks under way
DATING = frozenset({"for", "in", "at", "during", "between"})  # a date's cases that put it ahead of its participle:
# "set for late June"; not "on", which as often tells when it was set: "the agreements set on Monday"
AHEAD = frozenset({"next", "coming"})  # a time whose possessive puts the noun ahead: "next week's meeting"
# texts and lists drawn up for a happening still to come, the happening after their "for": "the proxy statement for
# the annual meeting", "the agenda for the summit", "preparations for the talks"
PREPARING = frozenset({"proxy", "agenda", "ballot", "preparation", "preparations"})
AWAITING = frozenset({"when", "whenever", "until", "till", "once"})  # openers of a clause of time that a clause
# still to come waits on: "will lift the moratorium only when an accord is reached"
SOON = frozenset({"soon", "quickly"})  # "as soon as", "as quickly as": the clause hangs on the adverb
PAST_AUX = frozenset({"was", "were", "had", "did"})
TOWARDS = frozenset({"towards", "toward"})  # lead a goal: "moving towards starting talks"
GOALS = frozenset({"at", "on", "for"})  # lead a goal under a verb of planning: "aimed at", "intent on", "pushing for"
BEGINNING = frozenset({"beginning", "starting", "opening", "resuming", "launching", "convening", "holding"})  # gerunds
# whose object, as a goal, is still to come
HEARSAY = frozenset({"reportedly", "allegedly", "purportedly", "supposedly", "apparently", "ostensibly"})


def reporter_forces(frame: Frame, subject) -> None:
    """"Chad said today troops killed 1,269 Libyan soldiers": forces a country reports on without a word of
    whose they are ("troops from X") are its own."""
    countries = {m.actor: m for m in frame.attributed_to if m.type == "country"}
    if frame.sources == [] and subject is not None and lower(subject) in military() and len(countries) == 1 \
            and all(child.dep_ == "det" and lower(child) == "the" for child in subject.children):
        frame.sources = list(countries.values())


def negated(token) -> bool:
    """A negator on the trigger, on the verb whose object or subject a nominal trigger is, or a verb of
    failing or refusing above it, or a negated intent above it."""
    if any(child.dep_ in ("advmod", "det", "neg", "cc:preconj") and lower(child) in NEGATORS
           for child in token.children):
        return True
    if pos(token) in ("NOUN", "PROPN") and token.dep_ in ("obj", "nsubj:pass", "nsubj") and \
            token.head.i != token.i and pos(token.head) in ("VERB", "AUX"):
        head = token.head
        return _negator(head) or _failed(head) or _disowned(head)
    return _failed(token) or _disowned(token)


def _negator(verb) -> bool:
    return any(child.dep_ in ("advmod", "neg") and lower(child) in NEGATORS for child in verb.children)


def _disowned(verb) -> bool:
    """"does not intend to initiate further discussions", "has not agreed to hold talks", "is not planning to
    sell the unit": what a negated intent or plan takes, through the infinitives below it, is not planned."""
    current = verb
    for _ in range(3):
        if current.dep_ != "xcomp" or current.head.i == current.i:
            return False
        current = current.head
        if lemma(current) in PLANNING and _negator(current):
            return True
    return False


def _failed(token) -> bool:
    return token.dep_ == "xcomp" and lemma(token.head) in FAILED


def governor(token):
    """The verb that carries a nominal trigger's tense and mood: the verb it is the object or oblique of
    ("will fly to Delhi for talks"), not one it only dates ("agreed to trade after a summit")."""
    if pos(token) in ("NOUN", "PROPN") and token.dep_ in ("obj", "obl", "nsubj:pass", "nsubj", "nmod") and \
            token.head.i != token.i and not any(child.dep_ == "case" and lower(child) in ADJUNCT_CASES
                                                for child in token.children):
        head = token.head
        if pos(head) in ("NOUN", "PROPN") and token.dep_ == "nmod" and head.head.i != head.i:
            head = head.head
        if pos(head) in ("VERB", "AUX", "ADJ"):
            return head
    return token


def modality(token, placed: dict[int, Mention]) -> tuple[str, list[Mention], bool]:
    """The trigger's modality, who an attributed happening is attributed to, and whether, once planned (by its
    clauses or otherwise), it is a plan its own clause tells (`own_plans`)."""
    if any(child.dep_ == "amod" and lower(child) in PLANNED_MODIFIERS for child in token.children) or \
            _to_come(token) or _scheduled_subject(token):
        return "planned", [], True
    verb = governor(token)
    if verb is token:  # "to attend a meeting and for talks": a noun joined to another takes the first one's verb
        verb = governor(_first_conjunct(token))
    if _aimed_at(verb) and (verb is token or lower(verb) in BEGINNING):
        return "planned", [], False
    planned, own = _planned(verb, not own_plans.acted_on(token, verb))
    if planned:
        return "planned", [], own
    for current in (token, verb):
        if any(child.dep_ == "advmod" and lower(child) in HEARSAY for child in current.children):
            return "attributed", [], own
    accusing = charged_by(token)
    if accusing is not None:
        return "attributed", _accuser(accusing, placed), own
    if verb.dep_ == "xcomp" and lemma(verb.head) in REPORTING and any(
            child.dep_ == "aux:pass" for child in verb.head.children):
        return "attributed", mentions_of(passive_agent(verb.head), placed), own  # "was said to have attacked"
    reporter = _reporter(verb, placed)
    if reporter is not None:
        return "attributed", reporter, own
    return "asserted", [], own


def _planned(verb, own: bool) -> tuple[bool, bool]:
    """Whether the clauses from `verb` up set the happening ahead (a future or a modal, an infinitive a verb of
    planning takes, a condition, a subjunctive, a clause awaited), and whether it is then a plan of its own clause:
    `own` unless a clause on the way is foreseen by others, the modal one of what may come or no telling says it,
    the infinitive's verb one of odds, or a condition decides it."""
    for current in _clause_chain(verb):
        own = own and not own_plans.foreseen(current)
        aux = next((lower(child) for child in current.children
                    if child.dep_ in ("aux", "aux:pass") and lower(child) in FUTURE_AUX), None)
        if aux is not None:
            return True, own and own_plans.told(current, aux)
        if current.dep_ == "xcomp" and lemma(current.head) in PLANNING:
            return True, own and lemma(current.head) not in own_plans.WEIGHED
        if any(child.dep_ == "mark" and lower(child) in ("if", "unless", "whether") for child in current.children):
            return True, False
        if _subjunctive(current) or _awaited(current):
            return True, own
        if current.dep_ not in ("xcomp", "conj") and not _purpose(current):
            break
    return False, own


def _aimed_at(verb) -> bool:
    """"Moving towards settling the row", "efforts aimed at ending the strike": a gerund that "towards" leads, or
    that a preposition leads under a verb of planning, names a goal, still to come; not "after settling the row",
    nor "sought help, asking for a ruling". What the gerund takes is still to come only when it is begun ("aimed at
    starting talks"): "aimed at ending the strike" tells a strike under way."""
    if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "acl") or verb.head.i == verb.i:
        return False
    leads = {lower(child) for child in verb.children if child.dep_ in ("mark", "case")}
    return bool(leads & TOWARDS) or bool(leads & GOALS) and lemma(verb.head) in PLANNING


def _first_conjunct(token):
    """The first of the nouns a noun is joined to: "a meeting and talks" -> "meeting"."""
    current = token
    for _ in range(4):
        if current.dep_ != "conj" or current.head.i == current.i or pos(current.head) not in ("NOUN", "PROPN"):
            break
        current = current.head
    return current


def _purpose(verb) -> bool:
    """"will fly to Kalda to discuss prices": an infinitive of purpose is still to come when the verb it serves
    is, and done only as far as that verb is ("flew to Kalda to discuss prices" is left as told)."""
    return verb.dep_ == "advcl" and verb.head.i != verb.i and verb.tag_ == "VB" and any(
        child.dep_ == "mark" and lower(child) == "to" for child in verb.children)


def _scheduled_subject(token) -> bool:
    """"A hearing is set for May 20", "the talks are scheduled to resume", "a vote is due in June": a
    happening's noun that is the subject of a participle of scheduling that dates it or names its start is still
    to come, as one the participle follows is (`_to_come`); not "the talks were scheduled to end on Friday"."""
    head = token.head
    return token.dep_ in ("nsubj", "nsubj:pass") and head.i != token.i and pos(token) in ("NOUN", "PROPN") and \
        _scheduling(head)


def _scheduling(word) -> bool:
    return lower(word) in SCHEDULED and any(
        child.dep_ == "obl" and case(child) in DATING or child.dep_ == "xcomp" and lower(child) in STARTING
        for child in word.children)


def _to_come(token) -> bool:
    """"next week's meeting", "tomorrow's talks", "talks scheduled to begin next month", "a summit set for late
    June": a happening's noun that a time ahead owns, or a participle of scheduling dates or starts, or that a text
    drawn up for it governs (`_prepared_for`), is still to come; not "this week's meeting" nor "Sunday's
    elections", which may be past, nor "the talks, scheduled to end on Friday", which are under way."""
    for child in token.children:
        if child.dep_ == "nmod:poss" and (lower(child) == "tomorrow" or any(
                grandchild.dep_ == "amod" and lower(grandchild) in AHEAD for grandchild in child.children)):
            return True
        if child.dep_ in ("acl", "amod", "acl:relcl") and _scheduling(child):  # "talks, which are set for June"
            return True
    return _prepared_for(token)


def _prepared_for(token) -> bool:
    """"The proxy statement for its annual meeting", "mailed proxy material for the meeting", "the agenda for
    the talks": a happening's noun that a text drawn up for it governs by "for" is still to come."""
    if case(token) != "for" or token.head.i == token.i:
        return False
    head = token.head
    texts = [head] if token.dep_ == "nmod" else [child for child in head.children if child.dep_ == "obj"]
    return any(lower(word) in PREPARING or any(child.dep_ == "compound" and lower(child) in PREPARING
                                                for child in word.children) for word in texts)


def awaited(token) -> bool:
    """Whether the trigger is planned only as the time of what its sentence tells ("will ask for talks when he
    visits"): a statement of what is to be done then stays an event of its own."""
    for current in _clause_chain(governor(token)):
        if _awaited(current):
            return True
        if current.dep_ not in ("xcomp", "conj"):
            return False
    return False


def _awaited(verb) -> bool:
    """"will lift the moratorium only when an accord is reached", "will complete the merger once the
    shareholders approve it", "will close as soon as regulators approve it", "to lift the ban when he visits":
    the verb of a clause of time that a clause with a modal or an infinitive waits on is still to come; not
    "could not recall when he approved the sale" nor "would not end the crisis that started when Ruritania
    suspended payments": a verb in the past tells a deed done."""
    if verb.dep_ != "advcl" or verb.head.i == verb.i or not verb.tag_.startswith("VB") or verb.tag_ == "VBD" or \
            any(child.dep_ in ("aux", "aux:pass") and lower(child) in PAST_AUX for child in verb.children):
        return False
    head = verb.head
    soon = lower(head) in SOON
    if not any(child.i < verb.i and child.dep_ in ("mark", "advmod", "case") and (  # the parser may take "until"
               lower(child) in AWAITING or soon and lower(child) == "as")  # for a preposition
               for child in verb.children):
        return False
    clause = head.head if soon and head.head.i != head.i else head
    for _ in range(4):  # a verb joined to the one with the modal: "will meet and sign the accord"
        if any(child.dep_ in ("aux", "aux:pass") and lower(child) in FUTURE_AUX or
               child.dep_ == "mark" and lower(child) == "to" for child in clause.children):
            return True  # an infinitive is still to come as well: "to lift the ban when he visits"
        if clause.dep_ not in ("xcomp", "conj") or clause.head.i == clause.i:
            return False
        clause = clause.head
    return False


def _subjunctive(verb) -> bool:
    """"Recommended the board be elected", "demanded that all troops be withdrawn": a clause whose subject takes a
    bare "be", with no modal and no "to" before it, is what someone asks for, not what has happened."""
    helpers = [child for child in verb.children if child.dep_ in ("aux", "aux:pass", "cop", "mark") and
               lower(child) in FUTURE_AUX | {"be", "to"}]
    return [lower(child) for child in helpers] == ["be"] and \
        first_child(verb, SUBJECTS + PASSIVE_SUBJECTS) is not None


def _clause_chain(token):
    """The trigger's verb, then the verbs of an xcomp or conj chain above it."""
    current = token
    for _ in range(4):
        yield current
        if current.head.i == current.i:
            return
        current = current.head


def _reporter(verb, placed: dict[int, Mention]) -> list[Mention] | None:
    """Who only reports or alleges the happening: the subject of "said" above its clause when the happening's
    own subject is someone else, "according to X", or the accuser of "X accused Y of Z"."""
    for child in verb.children:
        if child.dep_ in ("obl", "advcl", "nmod") and any(
                grandchild.dep_ == "case" and lower(grandchild) == "according" for grandchild in child.children):
            return mentions_of(child, placed)
    clause = verb
    while clause.dep_ in ("xcomp", "conj") and clause.head.i != clause.i and \
            first_child(clause, SUBJECTS + PASSIVE_SUBJECTS) is None:
        clause = clause.head
    head = clause.head
    if clause.dep_ in ("advcl", "obl", "acl") and lemma(head) in ACCUSING:
        return _accuser(head, placed)
    # "Israel struck Damascus, Syrian media said": the reporting verb hangs on what it reports
    # (not "..., a day after Washington said": a conjunction makes it a time, not a source)
    tail = next((child for child in clause.children if child.dep_ in ("parataxis", "conj", "advcl") and
                 child.i > clause.i and lemma(child) in REPORTING - ACCUSING and
                 (first_child(child, SUBJECTS) or closing_subject(child)) is not None and not any(
                     grandchild.dep_ == "mark" and lower(grandchild) in OPENING_CONJUNCTIONS
                     for grandchild in child.children)), None)
    if tail is not None:
        clause, head = tail, clause
        speaker = mention_list(first_child(tail, SUBJECTS) or closing_subject(tail), placed)
        own = first_child(head, SUBJECTS + PASSIVE_SUBJECTS)
        if own is not None and speaker and _same_actors(mention_list(own, placed), speaker):
            return None
        return speaker
    # a conjunct or adverbial clause with a subject of its own is read as reported, unless a conjunction opens
    # it ("..., as the minister was beginning a visit"): then it only happens alongside the report
    reported = clause.dep_ in ("ccomp", "parataxis") or clause.dep_ in ("conj", "advcl") and \
        first_child(clause, SUBJECTS + PASSIVE_SUBJECTS) is not None and first_child(clause, ("mark", "cc")) is None and \
        lower(min((t for t in clause.subtree if not t.is_punct), key=lambda t: t.i)) not in OPENING_CONJUNCTIONS
    if not reported or lemma(head) not in REPORTING or head.i == clause.i:
        return None
    speaker = mentions_of(first_child(head, SUBJECTS) or passive_agent(head) or closing_subject(head), placed)
    own = first_child(clause, SUBJECTS + PASSIVE_SUBJECTS)
    if own is not None and lower(own) in PERSONAL and speaker:
        return None  # "X said it would": X speaks of itself
    if own is not None and speaker and _same_actors(mention_list(own, placed), speaker):
        return None
    return speaker


def _same_actors(doers: list[Mention], speaker: list[Mention]) -> bool:
    return bool(doers) and {m.actor for m in doers} <= {m.actor for m in speaker}


def _accuser(head, placed: dict[int, Mention]) -> list[Mention]:
    agent = passive_agent(head)
    if agent is not None:
        return mention_list(agent, placed)
    subject = first_child(head, SUBJECTS)
    return mention_list(subject, placed) if subject is not None else []

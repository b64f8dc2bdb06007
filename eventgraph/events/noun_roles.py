"""An event noun's doers and targets read from the parse: its possessor or modifier, the subject of the verb it is
the object of, and the recipients, invitees, repellers and charged parties its phrase names.
"""

from __future__ import annotations

from ..actors.descriptions import describes
from ..actors.groups import is_group_head
from ..model import Mention
from .attach import INVOLVEMENT
from .lexicon import staff, verb_forms
from .parse_words import (
    ANAPHORS, DRAWING, PASSIVE_SUBJECTS, PERSONAL, RECEIVING, REPELLING, REPORTING, SUBJECTS, Frame, Placed,
    passive_agent, case, charged_by, first_child, lemma, lower, mention_list, nationals_of, passive, pos, noun_phrase,
    unique
)
from .verb_roles import aimed_nmods, object_controller, premises, purposes_aimed_at, speaker_of


DISCLOSING = frozenset({"announce", "reveal"})  # "X announced sanctions": X imposes them
# Verbs that set a happening beside another, before or after it or as its cause: their subject is a happening or a
# state of things, not the doer of the one they take as object ("the decision follows a visit by ...")
SEQUENCING = frozenset(form for verb in ("follow", "precede", "accompany", "overshadow", "spark", "trigger", "prompt",
                                          "cause", "herald", "mark", "dominate") for form in verb_forms(verb))
OWNER_PRONOUNS = {"its": "it", "his": "he", "her": "she"}  # "its talks": the subject pronoun it stands for
OWNERS_OF_DEEDS = frozenset(OWNER_PRONOUNS) | {"their"}  # "ended their talks": the subject's talks
ATTENDED_CASES = frozenset({"from", "after", "at", "during", "in", "following"})
NOUN_SOURCE_CASES = frozenset({"by", "from"})
TOPIC_CASES = frozenset({"on", "over", "about"})
OBJECT_CASES = frozenset({"of", "to"})  # "the takeover of Widget", "a visit to Kalda": what a deed is done to
BY_REACH = 8  # words from a noun to the "by" that names its doer: "a visit to the Freedonian capital by"
TITLE_REACH = 5  # words of a title between "by" and the name: "by Secretary of State Jan Novak"
TITLE_LINKS = frozenset({"the", "of", "and"})  # words inside a title: "by the Minister of Trade and Industry"


ADDRESSED_CASES = frozenset({"to", "on", "against", "with"})  # "called on the department", "appealed to the board"


def described(token, placed: Placed) -> list[tuple[str, int, bool]]:
    """"called on the harbour authority to refuse", "urged the administration to act", "rejected the
    group's overtures": the phrase, its sentence offset and whether it is a possessive, of a verb's object or
    addressee, or the owner of its object, that names no actor but describes one by a common noun after
    "the", for the article's actors to resolve; each of those "and" joins ("urged the union and the employers to
    talk": both are asked), or none."""
    for child in token.children:
        if not (child.dep_ in ("obj", "iobj") or child.dep_ == "obl" and case(child) in ADDRESSED_CASES) or \
                pos(child) != "NOUN" or any(t.i in placed or t.i in placed.nationals for t in child.subtree):
            continue
        first = _description(child, child.dep_ == "obj")
        if first is not None:
            joined = [_description(other, False) for other in child.children if other.dep_ == "conj" and
                      pos(other) == "NOUN" and any(lower(cc) == "and" for cc in other.children if cc.dep_ == "cc")]
            return [first] + [each for each in joined if each is not None]
    return []


def _description(noun, owned: bool) -> tuple[str, int, bool] | None:
    """A noun's phrase after "the" of four words at most, or its owner's where `owned` lets an object's owner
    stand for it ("rejected the group's overtures"), with its sentence offset and whether it is the owner."""
    owner = next((child for child in noun.children if child.dep_ == "nmod:poss" and owned and
                  pos(child) == "NOUN"), None)
    noun = owner if owner is not None else noun
    determiner = [child for child in noun.children if child.dep_ == "det"]
    text = noun_phrase(noun)
    if owner is not None and text:
        text = text.removesuffix(" 's").removesuffix("'s").removesuffix(" '").rstrip("'")
    if len(determiner) == 1 and lower(determiner[0]) == "the" and text and text.startswith("the ") and \
            len(text.split()) <= 4:
        return text, determiner[0].idx, owner is not None
    return None


RELATIVES = frozenset({"which", "who", "whom", "that"})


def _charged_with(token, placed: Placed) -> list[Mention]:
    """"blamed Freedonia for the bombing", "Freedonia, which Ruritania accuses of the attacks": a deed an actor is
    blamed for or accused of is told as that actor's (attributed to the accuser by the modality)."""
    accusing = charged_by(token)
    if accusing is None:
        return []
    accused = first_child(accusing, ("obj", "xcomp")) or first_child(accusing, PASSIVE_SUBJECTS)
    if accused is not None and lower(accused) in RELATIVES and accusing.dep_ == "acl:relcl":
        accused = accusing.head  # "Freedonia, which the Ruritanians blame for ..."
    if accused is None or lower(accused) in PERSONAL:
        return []
    return mention_list(accused, placed, False) or nationals_of(accused, placed)


def noun_roles(frame: Frame, token, placed: Placed, others: set[int], forceful: bool,
                protest: bool = False) -> None:
    # "elections in Ruritania", "a meeting in Ruritania": where a happening took place is no target of it
    where = frozenset() if forceful or protest or lower(token) in INVOLVEMENT else frozenset({"in"})
    if placed.mutual:
        where |= TOPIC_CASES  # "talks on Ruritania's debt", "an agreement over Kalda": what they are about
        frame.topics = _topics(token, placed)
    sources, targets = [], aimed_nmods(token, placed, forceful, where) or (
        premises(token, placed) if forceful else [])
    nationals = placed.nationals
    agents = []
    for child in token.children:
        if child.dep_ in ("nmod:poss", "compound", "amod"):
            # "the Torres-Vidal summit", "U.S.-Japan trade talks" (one token): every actor inside the modifier
            sources += [m for t in child.subtree if t.i in placed for m in [placed[t.i], *placed.joined.get(t.i, ())]
                        if m not in sources]
        elif child.dep_ == "nmod" and case(child) in NOUN_SOURCE_CASES:
            agents += _noun_agent(child, placed)
        elif child.dep_ == "nmod" and case(child) in OBJECT_CASES:
            # "the takeover of Widget by Acme": the parse hangs the doer's "by" on the noun's object
            agents += [m for agent in child.children if agent.dep_ == "nmod" and case(agent) == "by"
                       for m in _noun_agent(agent, placed)]
    sources += [m for m in agents or _named_after_by(token, placed) if m not in sources]
    if not sources and token.i in nationals:
        sources = [nationals[token.i]]  # "an Iranian attack"
    if not sources:
        sources = _charged_with(token, placed)
    if not sources and not forceful:
        of = [placed[child.i] for child in token.children if child.dep_ == "nmod" and child.i in placed and
              case(child) == "of"][:1]
        if placed.acquiring or placed.examining:
            # "the takeover of Widget", "an investigation of Widget": Widget is bought or looked into, the doer is
            # told elsewhere
            targets = targets or of
        else:
            sources = of
    owner = next((child for child in token.children if child.dep_ == "nmod:poss" and lower(child) in PERSONAL),
                 None)
    if not sources and owner is not None and lower(owner) in OWNERS_OF_DEEDS:
        # "Iran launched its offensive", "During his visit to X, Jan Novak said": the clause's subject owns it
        subject = first_child(token.head, SUBJECTS) if token.head.i != token.i else None
        if subject is not None and lower(subject) not in PERSONAL:
            sources = mention_list(subject, placed)
            if not sources and token.dep_ == "obj":
                frame.subject_text = noun_phrase(subject)  # "senior diplomats ended their talks"
                frame.unnamed = True
        if not sources and lower(owner) in OWNER_PRONOUNS and (
                lower(owner) != "its" or token.dep_ in ("obj", "nsubj", "nsubj:pass")):
            # "his talks with X": he took part; "with its launch" is left to the nearest name before it
            frame.pronoun = (OWNER_PRONOUNS[lower(owner)], owner.idx)
    # "the group's summit": an owner that describes an actor did the deed, not the subject of the verb it follows
    frame.owner = _described_owner(token, placed) if not sources and owner is None else None
    # "made concessions in the latest round of talks": the round stands in the clause for the talks, as the head
    # of a noun the parse made a modifier does ("got a restraining order freezing every ship")
    held = token.head if placed.mutual and token.dep_ == "nmod" and case(token) == "of" and \
        token.head.dep_ == "obl" and lower(token.head) in ROUNDS or \
        token.dep_ == "compound" and token.head.i > token.i and pos(token.head) == "NOUN" else token
    # "flew to Port Marin for talks": one goes for a meeting to take part in it; not so a deed of force, which "for"
    # gives as a cause ("faces a hard decision in retaliation for an attack on a U.S.-flagged freighter")
    purpose = held.dep_ == "obl" and not forceful and any(c.dep_ == "case" and lower(c) == "for"
                                                         for c in held.children)
    if placed.mutual and _at_occasion(held):
        held = held.head  # "at a news conference after talks with X, Y said": Y was at the occasion, so at the talks
    # "returned from talks with X", "after a meeting with X, Y said": one who comes from a meeting was in it
    attended = placed.mutual and held.dep_ == "obl" and any(
        c.dep_ == "case" and lower(c) in ATTENDED_CASES for c in held.children)
    if attended and _subjectless_participle(held.head):
        held = held.head  # "Speaking after talks with X, Y said": the participle's doer is the clause's subject
    # "a pact between A and B" names all its parties: the subject of "revives a pact between ..." is none
    between = any(t.dep_ == "case" and lower(t) in ("between", "among") and t.head.dep_ == "nmod"
                  for t in token.subtree)
    received = _recipients(token, placed) if not placed.mutual else []
    if received:
        targets = targets or received
    # "X held talks", not "X condemned the attack": a verb that is a happening of its own keeps its doer, unless
    # the talks open the sentence as its scene ("In talks with X, Y asked ...": Y was in them)
    elif not sources and owner is None and frame.owner is None and not between and \
            (held.dep_ == "obj" or purpose or attended) and \
            pos(held.head) in ("VERB", "AUX") and lemma(held.head) not in REPORTING - DISCLOSING and \
            lower(held.head) not in SEQUENCING and \
            (held.head.i not in others or lemma(held.head) in DISCLOSING or attended and held.i < held.head.i):
        subject = _clause_subject(held.head, placed) if placed.mutual else first_child(held.head, SUBJECTS)
        if subject is not None and lower(subject) not in PERSONAL:
            sources = mention_list(subject, placed)
            if not sources:
                frame.subject_text = noun_phrase(subject)  # "the British foreign minister ... for talks"
                # not one "in" talks it need not take part in ("the drought weakened its hand in talks")
                frame.unnamed = held.dep_ == "obj" or purpose
        elif subject is not None and lower(subject) in ANAPHORS:
            # "it is continuing talks with X"; "Acme said it had held talks": the speaker, as for a verb's subject
            sources = (speaker_of(subject, placed) or []) if placed.mutual else []
            frame.pronoun = None if sources else (lower(subject), subject.idx)
    elif not sources and owner is None and placed.mutual and _in_state(token):
        # "Acme is in talks with Widget", "said it was in negotiations with Widget": who is in them takes part
        subject = first_child(token, SUBJECTS)
        if lower(subject) in ANAPHORS:
            sources = speaker_of(subject, placed) or []
            frame.pronoun = None if sources else (lower(subject), subject.idx)
        elif lower(subject) not in PERSONAL:
            sources = mention_list(subject, placed)
    if not sources and owner is None and attended and lemma(held.head) in REPORTING:
        sources = _speakers_after(held, placed)
    if not sources and placed.mutual:
        sources = _invited(token, placed) or _involved(token, placed)
    if not sources and protest and not frame.unnamed and frame.pronoun is None:
        sources = _protesters(frame, token, placed)
    if not sources and not frame.unnamed and (members := _members(token, placed)) is not None:
        frame.subject_text, frame.unnamed = noun_phrase(members), True  # "a meeting of trade officials": they met
    if not targets and forceful:
        targets = _repelled_by(token, placed)
    if not targets and not placed.mutual and placed.purposeful:
        targets = purposes_aimed_at(token, placed)  # "an order to stop Acme from buying Widget shares"
    if sources or targets or frame.pronoun is not None or frame.unnamed:
        frame.sources = sources
        frame.targets = unique(targets, sources)


def _at_occasion(held) -> bool:
    """"at a news conference after talks", "in a statement following the meeting": a meeting named as what an
    occasion set in the clause came after or during, so that who was at the occasion came from the meeting."""
    occasion = held.head
    return held.dep_ == "nmod" and case(held) in ATTENDED_CASES and occasion.dep_ == "obl" and \
        pos(occasion) == "NOUN" and case(occasion) in ATTENDED_CASES


def _subjectless_participle(verb) -> bool:
    """"Speaking after talks ...", "Returning from a meeting ...": a present participle with no subject of its own
    that qualifies the clause's verb, whose subject is then its doer."""
    return verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.i != verb.i and \
        first_child(verb, SUBJECTS) is None


def _described_owner(token, placed: Placed) -> tuple[str, int] | None:
    """"the company's offer", "the group's summit": the possessor of a deed that describes an actor by a noun of
    a known kind after "the", and its sentence offset, for the article's actors to resolve (`deed_owners`); not a
    possessor with more words ("the new company's"), which may be another body than the one named, nor one of a
    deed whose "by" phrase names its doer ("the carrier's takeover by Acme": the carrier is taken over)."""
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if after is not None and lower(after) == "by" or \
            any(child.dep_ == "nmod" and case(child) == "by" for child in token.children):
        return None  # the parse may hang the "by" phrase on the verb before the noun
    for child in token.children:
        if child.dep_ != "nmod:poss" or pos(child) != "NOUN" or not describes(lower(child)) or \
                any(t.i in placed or t.i in placed.nationals for t in child.subtree):
            continue
        words = [t for t in child.children if t.dep_ != "case"]
        if len(words) == 1 and words[0].dep_ == "det" and lower(words[0]) == "the" and words[0].i == child.i - 1:
            return f"{words[0].text} {child.text}", words[0].idx
    return None


CLIMBED = ("conj", "xcomp", "obl")  # "voted to accept and went back to work after": up to the verb with a subject


CONTROLLED = ("xcomp", "conj")  # "agreed to open talks", "met and held talks": the verb above has the subject
CONTROL_DEPTH = 3


def _clause_subject(verb, placed: Placed):
    """Who takes part in the talks or the deal a verb holds: its subject, else that of the verb it is the
    complement or the conjunct of ("Acme said it tried to open talks with Widget": it), or the object that the
    complement says will act ("asked Acme to open talks"); for a relative pronoun the actor it stands for ("Jan
    Novak, who returned from talks"), None when that names none (an unnamed official)."""
    subject = first_child(verb, SUBJECTS)
    for _ in range(CONTROL_DEPTH):
        if subject is not None or verb.dep_ not in CONTROLLED or verb.head.i == verb.i:
            break
        controller = object_controller(verb)
        if controller is not None:
            return controller  # "urged Acme to open talks": Acme would
        verb = verb.head
        subject = first_child(verb, SUBJECTS)
    if subject is not None and lower(subject) in RELATIVES and verb.dep_ == "acl:relcl":
        return verb.head if mention_list(verb.head, placed) else None
    return subject


def _speakers_after(held, placed: Placed) -> list[Mention]:
    """"After talks with X, Jan Novak said": who speaks right after a meeting that opens the sentence was in it;
    the actors the reporting verb's subject names, or, when the parse gives it none, those named between the
    comma closing the opening phrase and the verb."""
    verb = held.head
    subject = first_child(verb, SUBJECTS)
    if subject is not None:
        return [] if lower(subject) in PERSONAL else mention_list(subject, placed)
    if verb.i < held.i:
        return []
    comma = next((t.i for t in held.doc[held.i:verb.i] if t.text == ","), None)
    named = [placed[k] for k in range(comma + 1, verb.i) if k in placed] if comma is not None else []
    return unique([m for m in named if m.type == "person"] or named, [])


def _in_state(token) -> bool:
    """"is in talks", "was in negotiations": a noun that is the predicate of its own subject by "in" and a
    copula."""
    return first_child(token, SUBJECTS) is not None and any(child.dep_ == "cop" for child in token.children) and \
        case(token) == "in"


def _protesters(frame: Frame, token, placed: Placed) -> list[Mention]:
    """"workers returned to work after a one-month strike", "farmers marched in a protest": people of the kind
    that strikes or protests (staff, a group) who act after, during or in a strike or a protest were in it,
    though the verb they act by is a deed of its own; when they name no actor, they are the title's doers."""
    verb = token.head
    if token.dep_ != "obl" or verb.i == token.i or case(token) not in ATTENDED_CASES:
        return []
    subject = first_child(verb, ("nsubj",))
    while subject is None and verb.head.i != verb.i and (
            verb.dep_ in CLIMBED or verb.dep_ == "advcl" and any(lower(c) == "to" for c in verb.children)):
        verb = verb.head  # "voted to accept the offer and went back to work after a strike": the voters went back
        subject = first_child(verb, ("nsubj",))
    if subject is None or pos(verb) not in ("VERB", "AUX") or not (lower(subject) in staff() or
                                                                    is_group_head(lower(subject))):
        return []
    found = mention_list(subject, placed, owners=False)  # "Acme's miners": Acme is whom they strike against
    if not found and (text := noun_phrase(subject)):
        frame.subject_text, frame.unnamed = text, True
    return found


def _topics(token, placed: Placed) -> list[Mention]:
    """The actors that are what the mutual noun `token` is about ("talks on Kalda", "talks on Kalda and Ruritania");
    not an owner inside it ("talks on Ruritania's debt"), who is as often a party to them."""
    heads = [child for child in token.children if child.dep_ == "nmod" and case(child) in TOPIC_CASES]
    heads += [conj for head in heads for conj in head.children if conj.dep_ == "conj"]
    return [placed[head.i] for head in heads if head.i in placed]


def _recipients(token, placed: Placed) -> list[Mention]:
    """"Freedonia received a protest from Ruritania", "Acme faces a lawsuit", "Ruritania's plan drew criticism from
    Freedonia": whom a deed is given or dealt, or whose deed draws it, is its target, the subject of the verb it
    is the object of (and that subject is not its doer)."""
    head = token.head
    if head.i == token.i or token.dep_ != "obj" or pos(head) not in ("VERB", "AUX") or \
            lemma(head) not in RECEIVING | DRAWING:
        return []
    subject = first_child(head, SUBJECTS)
    return mention_list(subject, placed) if subject is not None and lower(subject) not in PERSONAL else []


INVITED_CASES = frozenset({"to", "for"})
INVOLVING = frozenset({"involving", "including", "grouping", "bringing"})
ROUNDS = frozenset({"round", "rounds", "session", "sessions"})


def _involved(token, placed: Placed) -> list[Mention]:
    """"talks involving the minister, Acme and Widget": the parties a participle of a meeting or a deal lists."""
    return [m for clause in token.children if clause.dep_ == "acl" and lower(clause) in INVOLVING
            for child in clause.children if child.dep_ == "obj" for m in mention_list(child, placed)]


def _invited(token, placed: Placed) -> list[Mention]:
    """"The Security Council was called to a meeting", "Ruritania was invited for talks": who is sent or asked to
    a meeting takes part in it."""
    head = token.head
    if token.dep_ != "obl" or head.i == token.i or pos(head) != "VERB" or not passive(head) or \
            case(token) not in INVITED_CASES:
        return []
    subject = first_child(head, PASSIVE_SUBJECTS)
    return mention_list(subject, placed, owners=False) if subject is not None and lower(subject) not in PERSONAL \
        else []


GATHERINGS = frozenset({"meeting", "meetings", "summit", "summits", "conference", "conferences", "gathering",
                        "gatherings"})
BODIES = frozenset({"board", "council", "committee", "cabinet", "parliament", "assembly", "organisation",
                    "organization"})  # a body that meets as one: "a meeting of the board"
AUDIENCES = frozenset({"tell", "address", "brief"})  # "told a meeting of analysts": they heard, the speaker spoke


def _members(token, placed: Placed):
    """The head of the "of" phrase that says who gathered, when it names no actor: "a meeting of trade
    officials", "a meeting of the board"; not a time ("the meeting of June 4"), nor a thing ("approval at its
    meeting of a merger plan"), nor a phrase that names an actor or a country ("a meeting of EC farm ministers",
    "a meeting of Ruritanian officials"), which the gathering's parties already come from."""
    if lower(token) not in GATHERINGS or token.dep_ in ("obj", "iobj") and lemma(token.head) in AUDIENCES:
        return None
    return next((child for child in token.children if child.dep_ == "nmod" and case(child) == "of" and
                 pos(child) == "NOUN" and child.i not in placed.times and
                 not any(t.i in placed or t.i in placed.nationals for t in child.subtree) and
                 (child.tag_ == "NNS" or lower(child) in BODIES)), None)


def _noun_agent(child, placed: Placed) -> list[Mention]:
    """Who a noun's "by" or "from" phrase names: the actor, or the country whose adjective leads it, itself or
    the "of" phrase that says what it is made of ("an attack by two brigades of Ruritanian troops", "a bid by a
    group of Acme shareholders"), or the name a title stands beside ("a visit by Foreign Minister Jan Novak");
    with every actor coordinated with it ("criticism from Ruritania and Freedonia")."""
    for token in [child] + [c for c in child.children if c.dep_ == "appos" or c.dep_ == "nmod" and case(c) == "of"]:
        if token.i in placed or token.i in placed.nationals:
            return [placed.get(token.i) or placed.nationals[token.i]] + [
                placed[c.i] for c in child.children if c.dep_ == "conj" and c.i in placed]
    return []


def _named_after_by(token, placed: Placed) -> list[Mention]:
    """"a visit to Kalda by Secretary of State Jan Novak", "the takeover of Widget by Acme": the name a "by" after
    the noun and the phrase of what it is done to leads, past the words of a title, read by the words where the
    parse hangs the title and the name apart; none past a verb or a comma, which open a clause of their own
    ("the takeover of Widget, approved by Acme")."""
    doc = token.doc
    for i in range(token.i + 1, min(len(doc), token.i + 1 + BY_REACH)):
        if pos(doc[i]) in ("VERB", "AUX") or doc[i].is_punct:
            return []
        if lower(doc[i]) != "by":
            continue
        named = []
        for j in range(i + 1, min(len(doc), i + 1 + TITLE_REACH + 1)):
            if j in placed or j in placed.nationals:
                named.append(placed.get(j) or placed.nationals[j])
            elif pos(doc[j]) not in ("PROPN", "NOUN", "ADJ") and lower(doc[j]) not in TITLE_LINKS:
                break
        # "by U.S. Secretary of State Jan Novak": the person the country's title leads is the doer
        return [next((m for m in named if m.type == "person"), named[0])] if named else []
    return []


def _repelled_by(token, placed: Placed) -> list[Mention]:
    """"Chile said its troops repelled a Bolivian attack", "the assault was repulsed by Chilean forces": a deed of
    force that an actor repels or survives was aimed at that actor."""
    verb = token.head
    if token.head.i == token.i or lemma(verb) not in REPELLING:
        return []
    if token.dep_ == "nsubj:pass":
        agent = passive_agent(verb)
        return mention_list(agent, placed) if agent is not None else []
    subject = first_child(verb, SUBJECTS) if token.dep_ == "obj" else None
    if subject is None:
        return []
    if lower(subject) in ANAPHORS:
        return speaker_of(subject, placed) or []
    return mention_list(subject, placed) or nationals_of(subject, placed)

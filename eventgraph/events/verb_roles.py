"""A verb's doers and targets read from the parse: its subject or passive agent, its object and prepositional
complements, and the partners, premises, purposes and speakers its clause names.
"""

from __future__ import annotations

from ..actors.gazetteer import gazetteer
from ..model import Mention
from .agreements import CONDITIONS
from .counterparts import counterpart
from .lexicon import verb_forms
from .parse_words import (
    ACCUSING, ADJUNCT_CASES, AIMED_CASES, ANAPHORS, CLAUSES, DISCUSSING, NOUN_TARGET_CASES, OFFERS, OPPOSED_CASES,
    PASSIVE_SUBJECTS, PERSONAL, RECEIVING, REPORTING, SUBJECTS, Frame, Placed, passive_agent, case, first_child,
    leading_case, lemma, lower, mention_list, mentions_of, nationals_of, owned, passive, pos, noun_phrase, unique
)


OBJECTS = ("obj", "iobj", "obl", "obl:arg", "nmod", "ccomp:obj")
CONTROL = ("xcomp", "conj", "advcl", "acl", "ccomp")
PARTNER_CASES = frozenset({"with", "between", "among"})
VENUE_CASES = frozenset({"in", "at", "near", "inside", "outside", "across", "throughout", "as"})  # and the role
# one acts in: "resigned as White House chief of staff"
COURTS = frozenset({"court", "courts", "tribunal", "tribunals"})  # "a suit in U.S. District Court": where it is
# brought, whatever country or body names the court, is no party to it


# verbs of getting something another party gives: "won a contract from Acme", "obtained a loan from Acme" are
# aimed at that party, which the object's "from" names
GAINING = frozenset(form for verb in ("win", "receive", "get", "obtain", "secure", "land")
                    for form in verb_forms(verb)) | {"won", "got", "gotten"}


SELLING = verb_forms("sell") | {"sold"}  # a sale's buyer follows "to", wherever the parse hangs it


_PROMISING = frozenset({"promise", "threaten", "vow", "pledge"})  # "promised Acme to act": the subject will act


def object_controller(verb):
    """"urged Iran to stop": the object of the verb a complement with no subject of its own hangs on, who will do
    what the complement tells; None when there is none, or when that verb promises (its subject will act)."""
    if verb.dep_ != "xcomp" or verb.head.i == verb.i or lemma(verb.head) in _PROMISING:
        return None
    return first_child(verb.head, ("obj",))


RELATIVE_PRONOUNS = frozenset({"which"})  # a relative clause's pronoun on a thing; not "that", which the parse
# takes for one where it opens a reported clause ("told the commission that it bought")


def _follows_antecedent(pronoun, noun) -> bool:
    """Whether a relative pronoun comes right after the phrase of the noun the parse hangs its clause on, past a
    comma ("the won, which"): not one the parse hung on a noun further on ("Vorland, which charged at the
    meeting that the bank had cut")."""
    before = pronoun.i - 1 if pronoun.i > 0 and pronoun.doc[pronoun.i - 1].text == "," else pronoun.i
    return before > 0 and noun.i <= before - 1 and any(t.i == before - 1 for t in noun.subtree)


def _verbless_root(noun) -> bool:
    """Whether `noun` is the root of a sentence the parse found no verb in: it has no copula nor auxiliary."""
    return noun.dep_ == "ROOT" and pos(noun) in ("NOUN", "PROPN") and \
        not any(child.dep_ in ("cop", "aux", "aux:pass") for child in noun.children)


def _fronted_subject(verb, placed: Placed):
    """"The Exchange fined Acme Inc and two other firms a total of ...": a past form the parse read as qualifying the
    name after it, in a sentence it found no verb in, is the sentence's verb, and the noun before it that opens the
    name's phrase is its subject; None when that name after it is no actor or no such noun comes before."""
    noun = verb.head
    if verb.i > noun.i or verb.tag_ not in ("VBD", "VBN") or not _verbless_root(noun) or \
            not mention_list(noun, placed, False):
        return None
    return next((child for child in reversed(list(noun.lefts)) if child.i < verb.i and child.dep_ == "compound" and
                 pos(child) in ("NOUN", "PROPN")), None)


def _of_owner(noun):
    """"a revaluation of the yen, which Ruritania urged": the noun an "of" phrase completes, which a relative
    clause after the phrase tells of as often as of the phrase's own noun; the phrase's noun when it completes
    none."""
    if noun.dep_ == "nmod" and case(noun) == "of" and pos(noun.head) in ("NOUN", "PROPN"):
        return noun.head
    return noun


def verb_roles(frame: Frame, token, placed: Placed, asking: bool = False,
                forceful: bool = False, done: bool = False) -> None:
    """`done`: the verb tells a deed its noun does, never one it undergoes, whatever the parse reads."""
    frame.passive = passive(token)
    subjects = [child for child in token.children if child.dep_ in SUBJECTS and child.i not in placed.times]
    subject = subjects[0] if subjects else None
    patient = first_child(token, PASSIVE_SUBJECTS)
    agent = passive_agent(token)
    reduced = not done and token.dep_ in ("acl", "amod") and token.tag_ == "VBN" and patient is None and \
        first_child(token, ("obj",)) is None
    fronted = _fronted_subject(token, placed) if reduced and agent is None else None
    if fronted is not None:
        subject = fronted
    elif reduced and agent is None and _verbless_root(token.head) and mention_list(token.head, placed):
        subject = token.head  # "Board member Jan Novak called on the banks to act.": the sentence's verb, which
        # the parse read as a participle qualifying the name it left as the sentence's root
    elif reduced:
        patient = token.head  # "the man killed by soldiers", "a treaty signed after a summit"
        frame.passive = True
    elif done and token.dep_ in ("acl", "amod") and subject is None:
        subject = token.head  # "dockers struck on Monday": the noun the parse hung the deed on does it
    if token.dep_ == "acl:relcl" and subject is not None and lower(subject) in ("who", "which", "that"):
        subject = token.head  # "soldiers who shot him"
    if subject is None and patient is None and token.dep_ == "acl" and token.tag_ == "VBG" and \
            mention_list(token.head, placed):
        subject = token.head  # "Jan Novak, unveiling a new plan, said": the actor the participle tells of
    if subject is None and patient is None:
        subject = _stranded_subject(token)
    if not any(child.dep_ in SUBJECTS for child in token.children) and patient is None and subject is None and \
            token.dep_ in CONTROL and token.head.i != token.i:
        above = token.head
        if (controller := object_controller(token)) is not None:
            subject = controller  # "urged Iran to stop": Iran would stop
        elif token.dep_ in ("xcomp", "conj"):
            subject = first_child(above, SUBJECTS)
            patient = first_child(above, PASSIVE_SUBJECTS) if subject is None and token.dep_ == "conj" else None
            if subject is None and token.dep_ == "xcomp" and lemma(above) in REPORTING:
                subject = first_child(above, PASSIVE_SUBJECTS)  # "Ruritania is said to have attacked": Ruritania did
            if subject is None and patient is None and passive_agent(above) is not None and token.dep_ == "xcomp":
                subject = passive_agent(above)
        elif token.dep_ == "advcl" and token.tag_ == "VBG" and lemma(above) in ACCUSING:
            accused = first_child(above, ("obj",))  # "accused Freedonia of attacking": Freedonia did it
            subject = accused if accused is not None else first_child(above, PASSIVE_SUBJECTS)
        elif token.dep_ == "advcl" and token.tag_ == "VBG":
            subject = first_child(above, SUBJECTS)  # "interested in making a bid", "struck, killing 12": its subject's
    if subject is not None and subject not in subjects and passive(token) and patient is None and \
            agent is not None and mention_list(subject, placed, False):
        subject, patient = None, subject  # "Jan Novak joined Acme and was hired by Widget": he was hired
    if subject is not None and subject not in subjects:
        subjects = [subject]
    objects = [child for child in token.children if child.dep_ in OBJECTS and not _temporal(child) and
               child is not agent and not _according(child) and not _adjunct(child) and not _post(child)]
    if fronted is not None:
        objects.append(token.head)
    # "named Jane Doe as president": a name the parse reads as a predicate is what the verb acts on
    objects += [child for child in token.children if child.dep_ == "xcomp" and child.i in placed and
                pos(child) in ("PROPN", "NOUN")]
    # "filed suit in the High Court against Acme", "sold its plants in Ruritania to Acme": a complement the parse
    # hung on the venue, or on the country a thing sold is in
    selling = lower(token) in SELLING
    hung = AIMED_CASES | {"to"} if selling else AIMED_CASES
    places = [child for child in objects if _venue(child)] + [
        place for child in objects if selling for place in child.children if _placed_in(place, child, placed)]
    objects += [grandchild for place in places for grandchild in place.children
                if grandchild.dep_ == "nmod" and any(
                    g.dep_ == "case" and lower(g) in hung for g in grandchild.children)]
    frame.has_object = any(child.dep_ == "obj" for child in objects)
    direct = next((child for child in objects if child.dep_ == "obj"), None)
    if direct is not None and token.dep_ == "acl:relcl" and lower(direct) in RELATIVE_PRONOUNS and \
            first_child(token, ("xcomp",)) is None and _follows_antecedent(direct, token.head):
        # "a revaluation, which Ruritania has been urging": the verb acts on the noun the pronoun stands for; not
        # "firms, which he declined to name", where the pronoun is the infinitive's object
        antecedent = _of_owner(token.head)
        objects = [antecedent if child is direct else child for child in objects]
        direct = None
        frame.relative_object = noun_phrase(antecedent)
    if direct is not None and not selling and mention_list(direct, placed, False):
        # "took Ruritania to the WTO": where an actor acted on is taken is no second target; a sale's "to" names
        # its buyer ("sold its Vortex unit to Acme")
        objects = [child for child in objects if not (child.dep_.startswith("obl") and case(child) == "to")]
    if direct is not None:
        last = max(t.i for t in direct.subtree)
        frame.object_end = direct.doc[last].idx + len(direct.doc[last].text)
    if subject is not None and _suspected(subject):
        subjects, subject = [], None  # "suspected rebels bombed the academy": the text names no doer
        frame.sources = []
    if subject is not None and lower(subject) not in PERSONAL:
        frame.subject_text = noun_phrase(subject)
    elif subject is not None and lower(subject) in ANAPHORS:
        frame.pronoun = (lower(subject), subject.idx)
    if patient is not None and patient.i < token.i:
        frame.patient_text = noun_phrase(patient)
    if frame.passive or patient is not None and subject is None:
        # a participle without its agent ("a treaty signed after a summit") leaves the doer to the sentence
        frame.sources = mention_list(agent, placed) if agent is not None else (None if reduced else [])
        if agent is not None and not frame.sources:
            frame.subject_text = noun_phrase(agent)  # "was shot dead by soldiers": soldiers did it
        targets = (mention_list(patient, placed, False) or _spoken_patient(patient, placed)
                   if patient is not None else []) + [
            m for child in objects if not _venue(child) for m in mention_list(child, placed, False)]
    else:
        named = [m for each in subjects for m in mention_list(each, placed)] or \
            [m for each in subjects for m in nationals_of(each, placed)]
        if subject is not None or frame.sources != []:
            frame.sources = unique(named, []) if subject is not None and lower(subject) not in PERSONAL else None
        if frame.pronoun is not None:
            frame.sources = speaker_of(subject, placed)
            if frame.sources:
                # "Acme said it and Jan Novak had asked": the pronoun's actor and those joined to it
                frame.sources = unique(frame.sources + mention_list(subject, placed, False), [])
        # "discussed the border war with Ruritania": what is discussed or negotiated is the topic, not a party,
        # though the parse may hang the party on it
        topics = [child for child in objects if child.dep_ == "obj"] if placed.mutual and \
            lemma(token) in DISCUSSING else []
        targets = [m for child in topics for m in _addressees(child, placed, cases=PARTNER_CASES)] + [
            m for child in objects if not _venue(child) and child not in topics
            for m in _deed_doers(child, placed) or (
                (_named_object(child, placed) or _possessor(child, placed)) + included(child, placed) +
                (_addressees(child, placed, asking or lower(token) in GAINING) if child.dep_ == "obj" else []))]
    if subject is not None and lower(subject) not in PERSONAL and not frame.sources:
        frame.sources = []  # a subject that names no actor ("2,000 people died") hands the doer to no one
    if not targets and forceful:
        targets = premises(token, placed)
    if not targets and not frame.passive and forceful:
        # "killed 150 people in raids into Ruritanian territory": a deed of force done in a raid or attack
        # befalls what that was aimed at (not where it was: "in clashes in Ruritania")
        targets = [m for child in token.children if child.dep_ == "obl" and case(child) in ("in", "during")
                   for m in aimed_nmods(child, placed, False, VENUE_CASES)]
    if not targets and not frame.passive:
        targets = _charged(direct, placed) if direct is not None else []
    if not targets and not frame.passive:
        targets = _partners(token, placed)
    opposed = _opposed(token, placed) if not frame.passive else []
    if all(m in opposed for m in targets):
        targets = opposed or targets  # "against Acme, ... and against Jan Novak": every one of them
    if not targets and not frame.passive:
        # "offered to acquire Acme", "agreed to buy Acme": what the verb leads to acts on the target, as does
        # what it leads to buy of Acme ("is negotiating to buy the assets of Acme", "to acquire 50 pct of Acme")
        targets = [m for child in token.children if child.dep_ == "xcomp" and first_child(child, SUBJECTS) is None
                   for grandchild in child.children if grandchild.dep_ == "obj"
                   for m in held_company(grandchild, placed) or _named_object(grandchild, placed)]
    if not targets and not frame.passive:
        # "agreed to pursue its effort to buy Acme": the object of the verb the trigger leads to
        led = [token] + [child for child in token.children if child.dep_ == "xcomp" and
                         first_child(child, SUBJECTS) is None]
        targets = [m for verb in led for child in verb.children if child.dep_ == "obj"
                   for m in _purpose_targets(child, placed)]
    if not targets:
        targets = offer_parties(token, patient, placed)
    if not targets and not frame.passive and lemma(token) not in REPORTING | DISCUSSING:
        targets = [m for child in objects if not _venue(child) for m in owner_within(child, placed)]
    if selling and not frame.passive:
        # a buyer the parse hung on the price ("sold the unit for 5 mln dlrs to Acme"); not a passive's, which most
        # often names no seller ("the unit was sold to Acme"): a deal's parties are alike, and the buyer alone would
        # read as the seller
        targets = targets + counterpart(token, "to", placed)
    frame.targets = unique(targets, frame.sources or [])


CONDITION_VERB_REACH = 3  # words from the condition's opening actor to its verb: "if Acme does not pay"


def conditioned(token, placed: Placed) -> list[Mention]:
    """"threatened to sue if Freedonia does not pay", "warned it would strike unless Acme raised pay",
    "warned of reprisals if the levy is passed by Freedonia's parliament": a threat is aimed at whom its condition
    asks to act, the doer of the "if" or "unless" clause of the verb or of what the verb says it will do; not
    one the condition gives to ("unless Ruritania receives help": others are asked to act). The parse often
    hangs such a clause wrong, so failing it the actor that opens the first condition after the verb is taken,
    unless it only owns the subject ("if Ruritania's system is threatened"), is acted on ("if Ruritania is
    attacked") or given to."""
    verbs = [token] + [child for child in token.children if child.dep_ in ("xcomp", "ccomp")]
    for verb in verbs:
        for clause in verb.children:
            if clause.dep_ != "advcl" or not any(child.dep_ == "mark" and lower(child) in CONDITIONS
                                                 for child in clause.children):
                continue
            if lemma(clause) in RECEIVING:
                return []
            doer = passive_agent(clause) if passive(clause) else first_child(clause, SUBJECTS)
            if doer is not None and lower(doer) not in PERSONAL:
                return mention_list(doer, placed, False) or nationals_of(doer, placed)
    doc = token.doc
    mark = next((t for t in doc[token.i + 1:] if lower(t) in CONDITIONS or t.text == ";"), None)
    if mark is None or mark.text == ";":
        return []
    j = mark.i + 1
    while j < len(doc) and doc[j].dep_ == "det":
        j += 1
    mention = placed.get(j)
    if mention is None:
        return nationals_of(doc[j].head, placed) if j < len(doc) and doc[j].dep_ == "amod" else []
    end = j
    while end + 1 < len(doc) and placed.get(end + 1) is mention:
        end += 1
    following = doc[end + 1:end + 1 + CONDITION_VERB_REACH]
    if following and following[0].tag_ == "POS" or any(
            t.dep_ == "aux:pass" or lemma(t) in RECEIVING for t in following):
        return []
    return [mention]


ASKED_DEPTH = 3  # deeds within deeds an appeal is read through: "the calling of a session of the council"


def asked_of(token, placed: Placed) -> list[Mention]:
    """"called for a meeting of the G-7", "urged an investigation by the U.N.", "called for the withdrawal of
    Iraqi troops": an appeal for a deed is aimed at whom the deed's own phrase names as doing it, its "by", else
    its "of" (a meeting, a resignation, a withdrawal is done by what it is of), through deeds within deeds."""
    deeds = [child for child in token.children
             if child.dep_ == "obj" or child.dep_ == "obl" and case(child) == "for"]
    for deed in deeds:
        for _ in range(ASKED_DEPTH):
            if pos(deed) != "NOUN":
                break
            by = [child for child in deed.children if child.dep_ in ("nmod", "obl:agent") and case(child) == "by"]
            of = [child for child in deed.children if child.dep_ == "nmod" and case(child) == "of"]
            for child in by + of:
                found = mention_list(child, placed, False) or nationals_of(child, placed)
                if found:
                    return found
            if not of:
                break
            deed = of[0]
    return []


MAKER_CASES = frozenset({"from", "by"})


def offer_parties(token, patient, placed: Placed) -> list[Mention]:
    """"rejected a tender offer from Acme", "the bid by Acme was turned down": a verb that acts on an offer is
    aimed at the offer's maker, which its "from" or "by" names; else, as the maker's own act ("withdrew its bid
    for Acme", "dropped the offer for all Acme shares"), at the company the offer is for ("blocked a bid by a
    group of investors for Acme" is aimed at no company)."""
    # the parse may split the object phrase ("its takeover [obj] bid [xcomp] for Acme", "a 25 dlr [xcomp] a
    # share offer [obj of dlr]")
    heads = [child for child in token.children if child.dep_ in ("obj", "xcomp") and pos(child) == "NOUN"]
    heads += [grandchild for head in heads for grandchild in head.children if grandchild.dep_ == "obj"]
    offers = [head for head in heads + ([patient] if patient is not None else []) if lower(head) in OFFERS]
    made = [child for offer in offers for child in offer.children
            if child.dep_ in ("nmod", "obl", "obl:agent") and case(child) in MAKER_CASES]
    if made or not offers:  # an offer another made, named or not, is aimed at that maker: never at what it is for
        return [m for child in made for m in mention_list(child, placed, False)]
    return [m for holder in offers + [token] for child in holder.children
            if child.dep_ in ("nmod", "obl") and case(child) == "for" for m in held_company(child, placed)]


AGREEMENTS = frozenset({"agreement", "agreements", "deal", "deals", "contract", "contracts", "accord", "accords",
                        "pact", "arrangement", "arrangements", "talks", "negotiations", "venture", "partnership"})
UNDER_CASES = frozenset({"in", "under", "through"})  # "in separate agreements with", "under a deal with"


def _partners(token, placed: Placed) -> list[Mention]:
    """"will acquire nine planes in separate agreements with Acme and Widget", "sold the unit under a deal with
    Acme": a deed done under an agreement is aimed at whom the agreement is with (the parse may hang the
    agreement on the verb's object)."""
    holders = [token] + [child for child in token.children if child.dep_ == "obj"]
    return [m for holder in holders for noun in holder.children
            if noun.dep_ in ("obl", "nmod") and case(noun) in UNDER_CASES and lower(noun) in AGREEMENTS
            for partner in noun.children if partner.dep_ == "nmod" and leading_case(partner) == "with"
            for m in mention_list(partner, placed, False)]


def _charged(obj, placed: Placed) -> list[Mention]:
    """"filed a suit charging Acme ...", "a complaint alleging that Jan Novak ...": a document whose participle
    accuses is aimed at the actor named right after that participle (or its "that"), however the parse hangs
    the rest of the clause."""
    for clause in obj.children:
        if clause.dep_ != "acl" or clause.tag_ != "VBG" or lemma(clause) not in ACCUSING:
            continue
        following = clause.i + 1
        if following < len(clause.doc) and lower(clause.doc[following]) == "that":
            following += 1
        mention = placed.get(following)
        if mention is not None:
            return [mention]
    return []


def _opposed(token, placed: Placed) -> list[Mention]:
    """"filed suit in the High Court against Acme, against its affiliates and against Jan Novak": the actors
    that "against" leads in the verb's own clause are what it acts on, wherever the parse hangs them (on the
    venue, on a conjunct)."""
    found: list[Mention] = []
    for marker in token.subtree:
        if marker.dep_ != "case" or lower(marker) not in AIMED_CASES or \
                not _in_clause(marker.head, token, placed.deeds):
            continue
        found += [m for m in mention_list(marker.head, placed, False) if m not in found]
    return found


def _in_clause(token, verb, deeds: set[int]) -> bool:
    """Whether a token stands in the verb's own clause: no clause of its own lies between them (a noun's
    conjunct is none), nor a happening of its own or what the object is of ("rejected his veto of sanctions
    against Ruritania": the sanctions are against Ruritania, the veto is not)."""
    while token.i != verb.i:
        if token.dep_ in CLAUSES and not (token.dep_ == "conj" and pos(token) in ("NOUN", "PROPN")) or \
                token.head.i == token.i or token.head.i != verb.i and token.head.i in deeds or \
                token.dep_ == "nmod" and case(token) == "of" and token.head.dep_ == "obj":
            return False
        token = token.head
    return True


CLAUSE_PREPOSITIONS = frozenset({"after", "before", "since", "until", "as", "when", "while", "because"})


def _stranded_subject(token):
    """"after marines occupied the ship", "after Ruritania and Freedonia signed a treaty": the parse may read
    the conjunction as a preposition and hang the clause's subject on the verb above, or the verb on its
    subject. A verb in the finite past with no subject then takes the noun phrase right before it, with all
    its conjuncts: the one it hangs on, or the one after that conjunction that hangs on the same verb as it
    (a reduced relative is a participle: "the ship occupied by marines")."""
    if token.tag_ != "VBD" or token.i == 0 or first_child(token, SUBJECTS + PASSIVE_SUBJECTS) is not None or \
            passive_agent(token) is not None:
        return None
    noun = token.doc[token.i - 1]
    if pos(noun) not in ("NOUN", "PROPN"):
        return None
    hung = token.dep_ == "acl" and token.head.i == noun.i and first_child(token, ("obj",)) is not None
    while noun.dep_ == "conj" and noun.head.i < noun.i:
        noun = noun.head
    if hung or token.dep_ in ("advcl", "xcomp") and noun.dep_ == "obl" and noun.head.i == token.head.i and \
            case(noun) in CLAUSE_PREPOSITIONS:
        return noun
    return None


HOLDINGS = frozenset({"share", "shares", "stock", "stocks", "stake", "stakes", "pct", "percent", "interest",
                      "control", "rest", "remainder", "balance", "majority", "holding", "holdings", "business",
                      "businesses", "unit", "units", "division", "operations", "assets", "subsidiary"})


def held_company(token, placed: Placed) -> list[Mention]:
    """The company a phrase names ("Acme") or whose holdings it counts ("Acme shares", "Acme's stock", "50 pct
    of Acme", "a stake in Acme", "the rest of Acme"); not what it only qualifies ("a seat on the exchange")."""
    if token.i in placed:
        return mention_list(token, placed, False)
    if lower(token) not in HOLDINGS:
        return []
    # the parse may hang the "of" on a word of the name ("shares of [of] Acme Inc common stock"), or read a short
    # name before the noun as an adjective ("its Acme stake"); a country before the noun tells where the holding
    # is ("the U.S. assets of Acme")
    found = [placed[child.i] for child in token.children
             if child.dep_ in ("compound", "nmod:poss", "flat", "amod") and child.i in placed] + [
        m for child in token.children if child.dep_ == "nmod" and leading_case(child) in ("of", "in")
        for m in held_company(child, placed)]
    return [m for m in found if m.type == "organization"][:1]


def owned_by_pronoun(token) -> bool:
    """"the sale of its Acme unit": what a possessive pronoun gives the doer is its own, however the parse
    splits the phrase."""
    return any(t.dep_ == "nmod:poss" and lower(t) in PERSONAL for t in token.subtree)


SUSPECTED = frozenset({"suspected", "alleged", "unidentified", "unknown", "presumed"})
PREMISES_CASES = frozenset({"at", "outside", "inside", "near"})


def _suspected(subject) -> bool:
    """"Suspected rebels", "unidentified gunmen": a doer the text does not vouch for."""
    return any(child.dep_ == "amod" and lower(child) in SUSPECTED for child in subject.children)


def premises(token, placed: Placed) -> list[Mention]:
    """"A bomb exploded at the offices of the Acme Party", "shots were fired outside the Ruritanian
    embassy": force used at an actor's premises is aimed at that actor (the verb's own venue, or that of the
    verb that tells what a noun of force did)."""
    verbs = [token] + [child for child in token.children if child.dep_ == "acl"]
    for verb in verbs:
        for child in verb.children:
            if not child.dep_.startswith("obl") or case(child) not in PREMISES_CASES:
                continue
            found = mention_list(child, placed, False) or owned(child, placed)
            if found:
                return found
    return []


def speaker_of(pronoun, placed: dict[int, Mention]) -> list[Mention] | None:
    """"Carl Lindner told the SEC he may bid", "Acme said it would sell": a subject "he", "she" or "it" in
    a clause that a verb says, tells or thinks stands for that verb's subject, when it is one actor of the
    pronoun's kind; None when no such verb governs it."""
    clause = pronoun.head
    for _ in range(4):
        if clause.head.i == clause.i:
            return None
        if clause.dep_ == "ccomp" and lemma(clause.head) in REPORTING:
            speaker = first_child(clause.head, SUBJECTS)
            found = mention_list(speaker, placed) or _leaders(speaker, placed) if speaker is not None else []
            person = lower(pronoun) != "it"
            # "the Novak group said it bought", "the group, Acme and Widget, said it": "it" is the group the
            # names qualify or make up
            if found and not person and pos(speaker) == "NOUN" and speaker.i not in placed:
                return found
            if len(found) == 1 and (found[0].type == "person") == person:
                return found
            return None
        clause = clause.head
    return None


def _spoken_patient(patient, placed: Placed) -> list[Mention]:
    """"Acme said it was acquired by Widget", "Jan Novak said he had been fired by Acme": the "it" or "he" a
    passive verb acts on in a clause a verb says stands for that verb's speaker, as its subject would."""
    return (speaker_of(patient, placed) or []) if lower(patient) in ANAPHORS else []


def _leaders(noun, placed: Placed) -> list[Mention]:
    """"A group controlled by investor Jan Novak", "a consortium led by Acme": who a participle says controls or
    leads a body the text does not name."""
    return [m for clause in noun.children if clause.dep_ == "acl" and clause.tag_ == "VBN"
            for m in mentions_of(passive_agent(clause), placed)] if pos(noun) == "NOUN" else []


OWNED_WITHIN_CASES = frozenset({"of", "to", "on", "against", "over", "into"})
OWNED_WITHIN_DEPTH = 3  # nouns within nouns: "barred sales of parts of three cargoes of Ruritanian wheat"
WHERE_TO_CASES = frozenset({"to", "into"})  # "sent troops to Ruritania's ports": a country's is where they go


def owner_within(token, placed: Placed) -> list[Mention]:
    """"barred sales of parts of three cargoes of Ruritanian wheat", "agreed to a rescheduling of Ruritania's debts",
    "lifted curbs on imports of Freedonian chips": what a verb acts on may name no actor, but the things it is of,
    to or on may be one or belong to one, by a possessive or a country's adjective; the nearest such
    owners are what the verb acts on. Not what the doer's own possessive marks ("parts of its beef"), nor the
    country of a place something is sent to."""
    level = [token]
    for _ in range(OWNED_WITHIN_DEPTH):
        level = [child for noun in level for child in noun.children
                 if child.dep_ == "nmod" and case(child) in OWNED_WITHIN_CASES and not owned_by_pronoun(child)]
        level += [conj for noun in level for conj in noun.children if conj.dep_ == "conj"]
        found = [m for noun in level for m in ([placed[noun.i]] if noun.i in placed else _owners_of(noun, placed))
                 if not (m.type == "country" and case(noun) in WHERE_TO_CASES)]
        if found:
            return unique(found, [])
    return []


def _owners_of(noun, placed: Placed) -> list[Mention]:
    """The actor that owns a noun by a possessive, or the country whose adjective leads it; not a name before it,
    which may be part of a name the text does not mark ("Ruritania Oil") or tell only where ("U.S. goods")."""
    return [placed[child.i] for child in noun.children if child.i in placed and child.dep_ == "nmod:poss"][:1] or \
        [m for m in [placed.nationals.get(noun.i)] if m is not None]


def _named_object(token, placed: Placed) -> list[Mention]:
    """The actors an object names; for a thing a country only places, the owner its "of" phrase names."""
    if _placed_abroad(token, placed):
        return [m for child in token.children if child.dep_ == "nmod" and case(child) == "of"
                for m in mention_list(child, placed, False)]
    return mention_list(token, placed, False)


def _placed_abroad(token, placed: Placed) -> bool:
    """"froze all U.S. assets of the two men", "seized the assets of Acme in Ruritania": a country before or after
    a thing whose owner an "of" phrase names only tells where the thing is; the verb acts on the owner, if named."""
    return token.i not in placed and any(child.dep_ == "nmod" and case(child) == "of" for child in token.children) \
        and any(child.i in placed and placed[child.i].type == "country" and (
            child.dep_ == "compound" or child.dep_ == "nmod" and case(child) == "in") for child in token.children)


def _possessor(token, placed: dict[int, Mention]) -> list[Mention]:
    """"rejected Ruritania's offer", "rejected an offer by Ruritania", "struck against Ruritania's wage
    freeze": the owner or maker of the object, or of what one acts against, is what the verb acts on when that
    names no actor itself (not so "of": "convened a meeting of its council" acts
    on no council)."""
    if token.dep_ != "obj" and case(token) not in OPPOSED_CASES:
        return []
    return [placed[child.i] for child in token.children if child.i in placed and (
        child.dep_ == "nmod:poss" or child.dep_ in ("nmod", "obl:agent") and case(child) == "by")][:1]


MEMBER_CASES = frozenset({"including", "such"})  # "several countries, including Ruritania", "such as Acme"


def included(token, placed: Placed) -> list[Mention]:
    """"asked four countries, including Ruritania and Freedonia, for help", "charged that several companies,
    including Acme, conspired": a subject or object the text does not name stands for the members its phrase
    names."""
    if token.i in placed:
        return []
    return [m for child in token.children if child.dep_ in ("nmod", "appos") and case(child) in MEMBER_CASES
            for m in mention_list(child, placed, False)]


def _deed_doers(token, placed: Placed) -> list[Mention]:
    """"condemned the Freedonian attack on Ruritania", "rejected Acme's offer for Zenith": a verb that acts on
    a deed whose doer the deed's own phrase names acts on that doer, not on whom the deed befalls."""
    if token.dep_ != "obj" or token.i not in placed.deeds or lemma(token.head) in REPORTING:
        return []
    found = [placed[child.i] for child in token.children
             if child.dep_ in ("nmod:poss", "compound") and child.i in placed] or \
        [m for m in [placed.nationals.get(token.i)] if m is not None] or \
        [placed[child.i] for child in token.children
         if child.dep_ in ("nmod", "obl:agent") and case(child) == "by" and child.i in placed]
    return found[:1]


def _purpose_targets(token, placed: Placed) -> list[Mention]:
    """"won a contract to supply radars to the Chilean Air Force", "reached an agreement to buy Acme": a verb whose
    object names no actor acts on the actors its purpose clause acts on by name. Not so an object another owns
    ("blocked Acme's bid to buy Widget": aimed at Acme), what the doer sells of its own ("agreed to sell its
    Widget unit to Acme": aimed at Acme), or a clause with a doer of its own ("an agreement for Acme to buy")."""
    if not placed.purposeful or mention_list(token, placed, False) or _possessor(token, placed) or \
            lemma(token.head) in REPORTING or any(
            child.dep_ == "nmod:poss" and lower(child) not in PERSONAL for child in token.children):
        return []
    return purposes_aimed_at(token, placed)


PURPOSE_PARTY_CASES = frozenset({"to", "with", "against", "from"})  # "a contract to buy gas from Acme"


def purposes_aimed_at(token, placed: Placed) -> list[Mention]:
    """The actors named by what the to-clauses of a noun ("an order to stop Acme", "a contract to supply
    radars to Acme", "a proposal to borrow 2 mln dlrs from Acme") act on: their object or the company whose
    holding it is, or a complement of it or of them led by "to", "with", "against", "from"; not the doer's own
    ("to sell its unit"), nor a country read from an adjective ("to help Chilean exports")."""
    named = list(placed.values())
    found = []
    for clause in _purpose_clauses(token, placed.times):
        objects = [child for child in clause.children if child.dep_ == "obj"]
        own = any(owned_by_pronoun(child) for child in objects)  # "to sell its Acme unit"
        for child in objects:
            if not own and child.i not in placed.deeds:  # "efforts to end the Iran-Iraq war": a deed, no party
                # "an agreement to buy the assets of Acme": whose holding the clause buys
                found += mention_list(child, placed, False) or held_company(child, placed)
            found += [m for g in child.children if g.dep_ == "nmod" and case(g) == "to"
                      for m in mention_list(g, placed, False)]
        found += [m for child in clause.children if child.dep_.startswith("obl") and
                  case(child) in PURPOSE_PARTY_CASES for m in mention_list(child, placed, False)]
        if lower(clause) in SELLING:
            found += counterpart(clause, "to", placed)  # "to sell its unit for 545 mln dlrs to Acme"
    return [m for m in found if any(m is other for other in named)]


def _purpose_clauses(token, times: set[int] = frozenset()) -> list:
    """The to-clauses without a subject of their own that tell what a noun is for: its own ("an order to stop
    Acme"), or one the parse hung on the verb the noun is the object of ("issued an order to stop Acme")."""
    clauses = [child for child in token.children if child.dep_ == "acl"]
    # "reached an agreement in principle to buy Acme": the parse hangs the clause on the set phrase, which it hangs
    # on the noun or on the verb the noun is the object of
    holders = [token] + ([token.head] if token.dep_ == "obj" and token.head.i != token.i else [])
    clauses += [child for holder in holders for phrase in holder.children
                if phrase.dep_ in ("nmod", "obl") and lower(phrase) == "principle"
                for child in phrase.children if child.dep_ == "acl"]
    # only right after the noun's phrase or a time after it ("signed a deal on Monday to buy Acme"), and not
    # after a noun whose maker or partner the phrase names ("an offer from Acme to buy Widget" is Acme's)
    end = max(t.i for t in token.subtree) + 1
    while end in times:
        end += 1
    if token.dep_ == "obj" and token.head.i != token.i and pos(token) == "NOUN" and not any(
            child.dep_ == "nmod" and case(child) in ("from", "by", "with") for child in token.children):
        clauses += [child for child in token.head.children if child.dep_ == "advcl" and
                    min(t.i for t in child.subtree) == end]
    return [clause for clause in clauses if [lower(child) for child in clause.children if child.dep_ == "mark"]
            == ["to"] and first_child(clause, SUBJECTS + PASSIVE_SUBJECTS) is None]


def _addressees(token, placed: Placed, asking: bool = False,
                cases: frozenset[str] = NOUN_TARGET_CASES) -> list[Mention]:
    """"expressed concern to X", "signed a deal with X", "sanctions on X": the actors the object is aimed at;
    for a request or demand also whom it is asked of ("requested a reply from X"), for what is got also whom it
    is got from ("won a contract from X")."""
    cases = cases | {"from"} if asking else cases
    where = frozenset({"in"}) if _placed_abroad(token, placed) else frozenset()
    return [m for child in token.children if child.dep_ == "nmod" and not _placed_in(child, token, placed) and
            not _court(child) and any(g.dep_ == "case" and lower(g) in cases - where for g in child.children)
            for m in mention_list(child, placed, False)]


def _court(place) -> bool:
    """"filed a suit in U.S. District Court against Acme": the court a thing is brought in."""
    return case(place) == "in" and lower(place) in COURTS


def _placed_in(place, thing, placed: Placed) -> bool:
    """"its assets in Ruritania", "two plants in Freedonia": a country a holding or a site is in only says where
    it is; it is no party."""
    return place.dep_ == "nmod" and case(place) == "in" and place.i in placed and \
        placed[place.i].type == "country" and lower(thing) in HOLDINGS | gazetteer().thing_nouns


def aimed_nmods(token, placed: Placed, forceful: bool, unless: frozenset[str] = frozenset()) -> list[Mention]:
    """The actors a noun's complements aim it at ("talks with X", "raids into Ruritanian territory"); for a
    deed of force also "of" ("the bombing of a Ruritanian village", "the arrest of Jan Novak"), and the "of"
    phrase that says whose a place it strikes is ("an assault on the lines of two Ruritanian brigades")."""
    cases = (NOUN_TARGET_CASES | {"of"} if forceful else NOUN_TARGET_CASES) - unless
    aimed = [child for child in token.children if child.dep_ == "nmod" and case(child) in cases]
    if forceful:
        aimed += [grandchild for child in aimed if not _named(child, placed) for grandchild in child.children
                  if grandchild.dep_ == "nmod" and case(grandchild) == "of"]
    found = [m for child in aimed if _named(child, placed)
             for m in (mention_list(child, placed) or [placed.nationals.get(child.i) or placed.flags[child.i]])]
    # "strikes against Ruritania's wage freeze": aimed at the owner of what they oppose
    return found or [m for child in token.children if child.dep_ == "nmod" and case(child) in OPPOSED_CASES
                     for m in owned(child, placed)]


def _named(token, placed: Placed) -> bool:
    return token.i in placed or token.i in placed.nationals or token.i in placed.flags


def _venue(token) -> bool:
    """"sued Freedonia in the High Court", "met Jan Novak in Ruritania": where it happened is no target, nor
    the post one acts in ("resigned as Ruritania's envoy")."""
    return token.dep_.startswith("obl") and any(
        child.dep_ == "case" and lower(child) in VENUE_CASES for child in token.children)


def _post(token) -> bool:
    """"resigned as deputy Acme Bank head of sales", however the parse hangs the "as": the post one acts in
    is nothing the verb acts on."""
    return any(t.dep_ == "case" and lower(t) == "as" for t in token.subtree if t.i < token.i)


def _temporal(token) -> bool:
    return token.dep_ in ("obl:tmod", "nmod:tmod", "obl:npmod", "obl:unmarked", "nmod:unmarked")


def _adjunct(token) -> bool:
    """"following the minister's visit", "after the summit": a phrase that sets the scene, not what the verb acts on."""
    return any(child.dep_ in ("case", "mark") and lower(child) in ADJUNCT_CASES for child in token.children)


def _according(token) -> bool:
    return any(child.dep_ == "case" and lower(child) == "according" for child in token.children)

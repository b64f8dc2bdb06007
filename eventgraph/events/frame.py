"""The event frame read from a sentence's dependency parse (Universal Dependencies labels).

For each trigger the parse tells:

- whether it is negated ("has not signed", "no talks were held", "refused to sign"): then it is no event;
- its modality: `planned` when a future or modal auxiliary, a verb of planning or expecting, or an adjective
  such as "planned" governs it ("will fly to Delhi for talks"), or a bare "be" asks for it ("demanded that the
  troops be withdrawn"), or a time ahead owns it or a participle of scheduling dates its start ("next week's
  talks", "a summit set for June"), or it is in a clause of time that a clause with a modal waits on ("will
  lift the moratorium only when an accord is reached"), or a deal's condition is to be met at it ("subject to
  approval at the annual meeting"); `attributed` when a source only reports or
  alleges it ("X said that Y did Z", "accused of", "reportedly"), with who it is attributed to; else
  `asserted`;
- its doer: the subject, or the agent of a passive ("was shot dead by soldiers": the soldiers did it and the
  subject is the target); a verb with no subject of its own takes the subject of the verb it depends on
  ("agreed to sign", "met and signed"); a noun takes its possessor or modifier ("Ruritania's ban"), else the
  subject of the verb it is the object of ("X held talks");
- what it acts on: the object and the prepositional complements; a complement that names no actor but is led
  by a country's adjective ("attacked Pakistani villages", "tariffs on Japanese imports") acts on that country,
  as CAMEO coders code it, and an event noun so led ("an Iranian attack") is that country's deed, unless the
  noun is a group that names a party of its own ("Brazilian seamen"); a deed acted on is its doer's ("condemned
  the Iranian attack"), a deal acts on whom its purpose names ("signed an agreement to buy Acme"), a visit on
  the country of its destination, a complaint on whom its clause accuses, a repelled attack on who repels it,
  a verb on every actor "against" leads in its clause ("filed suit in the High Court against Acme and against
  Jan Novak"), a suit on whom its participle charges ("a suit charging Acme"), a deed done under an agreement on
  whom the agreement is with, and buying what a company holds on that company ("to buy the assets of Acme"); a
  verb that acts on an offer on the offer's maker ("rejected an offer from Acme") or, its own, on the company it
  is for ("withdrew its bid for Acme"), a threat on whom its condition asks to act ("unless Acme pays"), and an
  appeal for a deed on whom the deed names as doing it ("urged an inquiry by the U.N.");
- its time: the time expression whose syntactic head is the trigger's clause, not the nearest one.

Words of the sentence (`text.Words`) and tokens of the parse are matched by character offsets, so mentions
and time expressions found by the other stages map onto the parse.
"""

from __future__ import annotations

from ..actors.descriptions import country_of_adjective, describes_body, whole_entry
from ..actors.gazetteer import NAME, SEAT
from ..actors.groups import is_group_head
from ..model import Mention, Timex
from . import realis, standing
from .attach import AIMED_WHERE_HELD, FORCEFUL, INVESTIGATING, LIGHT_VERBS, RENEWING, TIMED
from .counterparts import counterpart
from .frame_modality import awaited, governor, modality, negated, reporter_forces
from .lexicon import is_mutual, staff
from .noun_roles import TOPIC_CASES, described, noun_roles
from .parse_words import (
    PERSONAL, SUBJECTS, Aligned, Frame, Placed, align, case, first_child, leading_case, lower, mention_list,
    nationals_of, passive, pos, text_of, unique
)
from .text import Words
from .triggers import Trigger, participle
from .verb_roles import (
    CLAUSES, HOLDINGS, asked_of, conditioned, held_company, included, owned_by_pronoun, verb_roles)


ASKING = frozenset({"02", "10"})  # CAMEO roots of appeals and demands: "asked X of Y" acts on Y
PROTESTING = "14"  # CAMEO root of protests: a fixed phrase of one ("marched", "struck", "went on strike") is people's
# deed, never undergone, so a noun before it is its doer even where the parse reads a reduced passive ("dockers
# struck on Monday": no dockers who were struck)


def frames(words: Words, found: list[Trigger], parsed, mentions: list[Mention],
           timexes: list[tuple[int, Timex]], published: str | None = None) -> list[Frame]:
    """`published` is the article's date, which tells what a country's adjective stood for then."""
    aligned = align(parsed, words.offset)
    heads = [_trigger_token(aligned, words, trigger) for trigger in found]
    # a document noun is dated only by a date written on it, which the word rules read ("the 1978 accord")
    at_token = {token.i: n for n, token in enumerate(heads) if token is not None}
    documents = {token.i for n, token in enumerate(heads) if token is not None and found[n].entry.kind == "D"}
    placed = _placed(aligned, mentions, published)
    placed.deeds = set(at_token)
    placed.times = {token.i for _, timex in timexes for token in aligned.at(timex.start, timex.end)}
    result = []
    for n, (trigger, token) in enumerate(zip(found, heads)):
        frame = Frame()
        frame.modifier = trigger.verbal and token is not None and _modifies_noun(token)
        if token is not None and (trigger.nominal or pos(token) in ("VERB", "AUX") or _noun(token)):
            _read(frame, trigger, token, placed, set(at_token) - {token.i})
            if frame.object_end is not None:
                frame.object_end += words.offset
            if frame.pronoun is not None:
                frame.pronoun = (frame.pronoun[0], frame.pronoun[1] + words.offset)
            frame.addressees = [(phrase, start + words.offset, owner) for phrase, start, owner in frame.addressees]
            if frame.owner is not None:
                frame.owner = (frame.owner[0], frame.owner[1] + words.offset)
        elif token is not None:  # a verb the tagger read as a noun: "Did Ruritania attack ...?"
            frame.negated = realis.unreal(token, token, False)
            frame.modality, frame.attributed_to, frame.own_plan = modality(token, placed)
        result.append(frame)
    for index, timex in timexes:
        if timex.type not in ("DATE", "TIME"):
            continue
        head = aligned.head_of(timex.start, timex.end)
        if head is None or timex.text.lower().startswith("since") or any(
                child.dep_ == "case" and lower(child) == "since" for child in head.children):
            continue  # "the first visit since 2000" dates the earlier visit: the word rules read it
        owner = _owning_trigger(head, at_token)
        if owner is not None and heads[owner].i not in documents and result[owner].timex is None:
            result[owner].timex = index
    return result


PREMODIFIERS = ("compound", "nmod:poss", "nummod", "amod")
GOVERNED_DEEDS = ("obj", "nsubj:pass")  # what a verb acts on: "sustained Reagan's veto", "Reagan's veto was upheld"


def modifying(words: Words, found: list[Trigger], parsed, timexes: list[tuple[int, Timex]]) -> set[int]:
    """The time expressions written before a noun that is no trigger ("prices at end-December levels", "last
    year's output"): they date that noun, so no happening of the clause. The noun is a common one, with only
    nouns, adjectives and a possessive between, and a subject only with the possessive: else it is a misparse
    ("On Friday Acme said", "Last week Vortex rejected", "the accord signed last June covering fishing")."""
    aligned = align(parsed, words.offset)
    triggers = {token.i for token in (_trigger_token(aligned, words, trigger) for trigger in found) if token}
    result = set()
    for index, timex in timexes:
        head = aligned.head_of(timex.start, timex.end)
        if head is None or head.dep_ not in PREMODIFIERS or head.head.i <= head.i or \
                pos(head.head) != "NOUN" or head.head.i in triggers:
            continue
        between = parsed[max(token.i for token in aligned.at(timex.start, timex.end)) + 1:head.head.i]
        owned = any(token.tag_ == "POS" for token in between)
        if (owned or not head.head.dep_.startswith("nsubj")) and all(
                pos(token) in ("NOUN", "PROPN", "ADJ") or token.tag_ == "POS" for token in between):
            result.add(index)
    return result


def governed(words: Words, found: list[Trigger], parsed, timexes: list[tuple[int, Timex]]) -> set[int]:
    """The time expressions after a deed someone's possessive names ("Reagan's veto", "its bid") that a verb of
    no happening governs ("would sustain the president's veto of the bill today", "Acme's offer was studied
    last week"): they date that verb, not the deed, which happened before it. The parse may hang the date on the
    deed's own phrase ("the veto of the bill yesterday") or on the verb. A verb that holds, ends, moves or renews
    the deed dates it ("ended their talks on Monday", "postponed its meeting to Friday", "will renew its pact in
    June")."""
    aligned = align(parsed, words.offset)
    deeds = {token.i for token in (_trigger_token(aligned, words, trigger)
                                   for trigger in found if trigger.nominal) if token}
    verbs = {token.i for token in (_trigger_token(aligned, words, trigger)
                                   for trigger in found if trigger.verbal) if token}
    result = set()
    for index, timex in timexes:
        head = aligned.head_of(timex.start, timex.end)
        if head is None:
            continue
        for deed in (token for token in aligned.tokens if token.i in deeds and token.i < head.i):
            verb = deed.head
            if deed.dep_ in GOVERNED_DEEDS and pos(verb) == "VERB" and verb.i not in verbs | deeds and \
                    lower(verb) not in LIGHT_VERBS | TIMED | RENEWING and \
                    any(child.dep_ == "nmod:poss" for child in deed.children) and \
                    (head.head.i == verb.i or _inside(head, deed)):
                result.add(index)
    return result


def _inside(token, ancestor) -> bool:
    """Whether `ancestor` is one of the heads above `token`."""
    seen = set()
    while token.head.i != token.i and token.i not in seen:
        seen.add(token.i)
        token = token.head
        if token.i == ancestor.i:
            return True
    return False


def _trigger_token(aligned: Aligned, words: Words, trigger: Trigger):
    """The verb of a verbal trigger ("carried out" -> carried), the head noun of a nominal one."""
    if trigger.verbal:
        tokens = aligned.at(words.starts[trigger.first], words.ends[trigger.first])
        return tokens[0] if tokens else None
    return aligned.head_of(words.starts[trigger.first], words.ends[trigger.last])


def _placed(aligned: Aligned, mentions: list[Mention], published: str | None = None) -> Placed:
    placed = Placed()
    placed.aligned, placed.published, placed.joined = aligned, published, {}
    for mention in mentions:
        for token in aligned.at(mention.start, mention.end):
            if placed.setdefault(token.i, mention) is not mention:
                placed.joined.setdefault(token.i, []).append(mention)
    placed.nationals = {}
    for n, token in enumerate(aligned.tokens):
        head = token.head
        if token.dep_ not in ("amod", "compound") or not token.text[:1].isupper() or token.i in placed or \
                head.i in placed or head.i in placed.nationals or not head.text.islower() or \
                pos(head) != "NOUN" or is_group_head(lower(head)) or \
                describes_body(lower(head), lower(head.doc[head.i - 1]) if head.i > 0 else ""):
            # a capitalised head is a place of its own ("the Indian Ocean")
            continue
        first = min(t.i for t in token.subtree)  # "South African"
        start = aligned.starts[first - aligned.tokens[0].i]
        entry = country_of_adjective(text_of(token.doc)[token.doc[first].idx:token.idx + len(token.text)], published)
        if entry is not None:
            placed.nationals[head.i] = Mention(start, aligned.ends[n], text_of(token.doc)[
                token.doc[first].idx:token.idx + len(token.text)], entry.key, "country", name=entry.name,
                code=entry.code)
    placed.flags = {}
    for token in aligned.tokens:
        owner = _flag(token, placed, published)
        if owner is not None and pos(token.head) in ("NOUN", "PROPN"):
            placed.flags.setdefault(token.head.i, owner)
    return placed


OWNING = ("flagged", "registered", "owned")  # "a Freedonian-owned tanker", "a U.S.-flagged ship": whose it is


def _flag(token, placed: Placed, published: str | None) -> Mention | None:
    """The country that a participle of owning, glued to its name ("U.S.-owned") or after a hyphen
    ("Freedonian - owned"), says owns the noun it modifies; None else. Only what is acted on is read so: a
    "Ruritanian-owned bank" that acts is its own doer."""
    text = token.text
    if token.dep_ not in ("amod", "compound") or not lower(token).endswith(OWNING):
        return None
    doc = token.doc
    if text.lower() in OWNING:
        if token.i < 2 or doc[token.i - 1].text != "-":
            return None
        country = doc[token.i - 2]
        start, end = country.idx, country.idx + len(country.text)
    else:
        name, hyphen, rest = text.rpartition("-")
        if not hyphen or rest.lower() not in OWNING:
            return None
        country = token
        start, end = token.idx, token.idx + len(name)
    if country.i in placed:
        return placed[country.i] if placed[country.i].type == "country" else None
    offset = placed.aligned.starts[0] - placed.aligned.tokens[0].idx
    entry = country_of_adjective(doc.text[start:end], published)
    return Mention(start + offset, end + offset, doc.text[start:end], entry.key, "country", name=entry.name,
                   code=entry.code) if entry is not None else None


def _owning_trigger(token, at_token: dict[int, int]) -> int | None:
    """The trigger of the clause a time expression stands in: up its heads to the first trigger, never out of
    a clause whose verb is no trigger ("..., which tested a weapon in the 21st century" dates no trigger)."""
    seen = set()
    while token.i not in seen:
        seen.add(token.i)
        if token.i in at_token:
            return at_token[token.i]
        if token.head.i == token.i or token.dep_ in CLAUSES:
            return None
        token = token.head
    return None


def _read(frame: Frame, trigger: Trigger, token, placed: Placed, others: set[int]) -> None:
    """`others` are the tokens of the sentence's other triggers."""
    frame.read = True
    frame.negated = negated(token) or realis.unreal(token, governor(token), trigger.nominal) or \
        trigger.verbal and standing.background(token, trigger.entry.label)
    frame.modality, frame.attributed_to, frame.own_plan = modality(token, placed)
    if realis.met_at(token):
        frame.modality, frame.attributed_to = "planned", []
    frame.awaited = frame.modality == "planned" and awaited(token)
    placed.purposeful = not trigger.entry.code.startswith(JUDGING)
    placed.mutual = is_mutual(trigger.entry.code)
    placed.acquiring = trigger.entry.code in ACQUIRING
    placed.examining = trigger.entry.code.startswith(INVESTIGATING)
    if trigger.verbal and not _noun(token):
        verb_roles(frame, token, placed, trigger.entry.code[:2] in ASKING,
                    trigger.entry.code[:2] in FORCEFUL,
                    trigger.entry.kind == "F" and trigger.entry.code.startswith(PROTESTING))
        reporter_forces(frame, first_child(token, SUBJECTS))
    else:
        noun_roles(frame, token, placed, others, trigger.entry.code[:2] in FORCEFUL,
                    trigger.entry.code[:2] in AIMED_WHERE_HELD)
        frame.embedded = token.dep_ == "nmod" and case(token) in TOPIC_CASES and token.head.i != token.i and \
            pos(token.head) == "NOUN" and token.head.i not in placed.deeds
    # a purchase is aimed at the company bought only where the text names its buyer, by name or by a pronoun
    # ("said it acquired 5 pct of Acme"): else the seller or the company would stand as the only party of the deal;
    # a sale's buyer ("sold its stake in Acme to Widget") leaves it aimed at the company too
    sold = trigger.entry.code in ACQUIRING and trigger.entry.headline.split()[0] == SELLING
    if (not frame.targets or sold) and (trigger.entry.code in DEALING or trigger.entry.code in ACQUIRING and (
            frame.sources or frame.pronoun is not None)):
        _dealt_in(frame, token, placed, trigger.entry.code in ACQUIRING)
    if trigger.entry.code in ACQUIRING and not sold and trigger.verbal and not _noun(token) and (
            frame.sources or frame.pronoun is not None):
        frame.targets = unique((frame.targets or []) + _sellers(token, placed), frame.sources or [])
    # "demanded that Ruritania withdraw": a demand no one is named to is aimed at whom it asks to act
    if trigger.verbal and not _noun(token) and (trigger.entry.code[:2] == DISAPPROVING or
                                                 trigger.entry.code[:2] in ASKING and not frame.targets):
        accused = _accused(token, placed, trigger.entry.code[:2] in ASKING)
        if accused:
            frame.targets = unique(accused, frame.sources or [])
    if not frame.targets and trigger.verbal and not _noun(token) and trigger.entry.code[:2] in ASKING:
        frame.targets = unique(asked_of(token, placed), frame.sources or [])
    if not frame.targets and trigger.verbal and not _noun(token) and trigger.entry.code[:2] == THREATENING:
        frame.targets = unique(conditioned(token, placed), frame.sources or [])
    if not frame.targets and trigger.entry.code in STRIKING:
        _struck_employer(frame, token, placed)
    if trigger.entry.code[:3] in VISITS and (trigger.nominal or _noun(token)):
        _visited_place(frame, token, placed)
    if not frame.targets and trigger.entry.code[:3] in VISITS:
        frame.targets = unique(_destination(token, trigger.nominal, placed), frame.sources or [])
    if not frame.targets and trigger.verbal and not _noun(token):
        frame.addressees = described(token, placed)


def _modifies_noun(token) -> bool:
    """A word the lexicon took for a verb that the parse reads as a singular noun or an adjective modifying a
    noun after it ("a parliamentary censure vote", "Treasury note futures", "a fine paper machine"). Not a plural
    ("the minister backs proposals"), a gerund ("alleging violations"), a past form ("its forces overran the
    peninsula"), a word after "to" ("plans to privatise state companies") nor one the noun's determiner follows
    ("buy a 15 pct stake"): English writes those as verbs far more often, and the parse misread them; nor a word
    a hyphen joins to the noun ("counter-attacks"), which is one noun with it."""
    form = lower(token)
    if token.tag_ not in ("NN", "JJ") or token.dep_ not in ("compound", "amod") or token.head.i < token.i or \
            pos(token.head) != "NOUN" or form.endswith("ing") or participle(form) or realis.hyphened(token):
        return False
    doc = token.doc
    return not (token.i > 0 and lower(doc[token.i - 1]) == "to") and \
        not any(child.dep_ == "det" and child.i > token.i for child in token.head.children)


def _noun(token) -> bool:
    """A word the lexicon took for a verb that the parse reads as a noun with a determiner ("an Iranian
    attack", "the raid")."""
    return pos(token) == "NOUN" and token.dep_ != "compound" and any(
        child.dep_ == "det" and child.i < token.i for child in token.children)


DEALING = frozenset({"031", "033"})  # offers and bids for a company or its shares, offers of what it is paid for


SELLING = "sell"  # the headline of the lexicon's sales of a company's shares or units
ACQUIRING = frozenset({"061"})  # buying a company or its shares ("acquired 21 pct of Acme's shares")
DISAPPROVING = "11"  # CAMEO root of criticism, accusations and complaints
THREATENING = "13"


def _accused(token, placed: Placed, asking: bool = False) -> list[Mention]:
    """"complained to the U.N. that Freedonian planes had bombed its villages", "alleged that Jan Novak took
    bribes", "demanded that Jan Novak resign": a complaint, an accusation or a demand with no object of its own
    is aimed at whom its clause accuses or asks to act, the clause's subject, not at whom it is made to. What a
    demand asks is its own clause opened by "that" ("asked whether the U.S. would act" is a question, "asked
    for a reaction to a report that ..." asks nothing of whom the report names)."""
    if first_child(token, ("obj",)) is not None:
        return []
    # the parse may hang the that-clause after a complement as an adverbial clause or as a relative clause of
    # the complement ("complained to the U.N. that ..."); a "that" that is no pronoun of the clause opens it
    clauses = [child for child in token.children if child.dep_ in ("ccomp", "advcl")] + [
        grandchild for child in token.children if child.dep_.startswith("obl") and not asking
        for grandchild in child.children if grandchild.dep_ in ("acl", "acl:relcl")]
    for clause in clauses:
        opening = min(clause.subtree, key=lambda t: t.i)
        # "alleged in court last week that Jan Novak transferred": a "that" the parse read as a relative
        # pronoun of the date opens the clause when a subject of its own follows it
        subjects = [child for child in clause.children if child.dep_ in SUBJECTS and child.i != opening.i]
        relative = lower(opening) == "that" and opening.dep_ not in ("mark", "det") and bool(subjects)
        that = clause.dep_ == "ccomp" and not asking or lower(opening) == "that" and \
            opening.dep_ in ("mark", "det") or relative
        subject = subjects[0] if that and subjects else None
        if subject is not None and lower(subject) not in PERSONAL:
            return mention_list(subject, placed) or nationals_of(subject, placed) or _members(subjects, placed)
        if that and not subjects and lower(opening) == "that" and not passive(clause):
            # "charged that Jan Novak lied": the parse may misread the name that opens the clause (as an
            # auxiliary, say) and leave it no subject
            return [placed[opening.i + 1]] if opening.i + 1 in placed else []
    return []


def _members(subjects: list, placed: Placed) -> list[Mention]:
    """"charged that several companies, including Acme, and Widget conspired": a subject the text does not name
    stands for the members its phrase names, with the subjects the parse split from it."""
    found = [m for subject in subjects for m in included(subject, placed)]
    return unique(found + [m for subject in subjects[1:] for m in mention_list(subject, placed)], []) if found else []


def _dealt_in(frame: Frame, token, placed: Placed, acquiring: bool = False) -> None:
    """"a bid for Acme", "offered 40 dlrs for each Acme share", "a tender offer for 50 pct of Acme": what an
    offer is for is aimed at the company it names or whose shares or stake it is; so is a purchase at what it
    is of ("completed its acquisition of Acme")."""
    objects = [child for child in token.children if child.dep_ == "obj"]
    # the offer's "for" hangs on the noun, on the verb it is the object of ("made an offer Monday for Acme") or
    # on the verb it leads to ("offered to pay 40 dlrs a share for Acme")
    holders = objects + [token] + ([token.head] if token.dep_ == "obj" and token.head.i != token.i else []) + [
        child for child in token.children if child.dep_ == "xcomp"]
    complements = [child for holder in holders for child in holder.children
                   if child.dep_ in ("obl", "nmod") and case(child) == "for"] + objects + (
        _bought_of(token, objects) if acquiring else []) + _hung_holding(token, objects, placed)
    found = [m for child in complements for m in held_company(child, placed)]
    if found:
        frame.targets = unique((frame.targets or []) + found, frame.sources or [])


def _sellers(token, placed: Placed) -> list[Mention]:
    """"acquired the tanker from Acme", "bought 5 pct of Widget from Acme": whom a purchase is bought from is a
    party to it, as a sale's buyer is; the parse hangs the "from" on the verb, on what is bought or on the company
    a holding bought is "of"; failing those, it may hang it on any other word ("acquired the rights for Widget's
    products from the Acme Group"), and the first actor after "from" in the verb's own words is taken."""
    holders = [token] + [child for child in token.children if child.dep_ == "obj"]
    holders += [child for holder in holders if lower(holder) in HOLDINGS for child in holder.children
                if child.dep_ == "nmod" and leading_case(child) == "of"]
    return [m for holder in holders for child in holder.children
            if child.dep_ in ("obl", "nmod") and leading_case(child) == "from"
            for m in mention_list(child, placed, False)] or counterpart(token, "from", placed)


def _hung_holding(token, objects: list, placed: Placed) -> list:
    """"acquired a 60 pct stake in <Acme Ltd>, of London": the parse may hang the "in" or "of" of a holding the
    verb acts on on the verb itself; what it leads is whose the holding is. So it may hang the share of the company
    that wire copy puts after the number of shares ("sold 90,000 shares or five pct of Acme common stock"),
    joined to the verb, with its "of" phrase set beside it."""
    if not any(lower(obj) in HOLDINGS for obj in objects):
        return []
    shares = [child for child in token.children if child.dep_ == "conj" and lower(child) in HOLDINGS]
    return [child for child in token.children if child.dep_ == "obl" and leading_case(child) in ("in", "of") and
            not (child.i in placed and placed[child.i].type == "country")] + [
        child for share in shares for child in share.children
        if child.dep_ in ("nmod", "appos") and leading_case(child) in ("in", "of")]


def _bought_of(token, objects: list) -> list:
    """"completed its acquisition of Acme", "the purchase of Acme": what a noun of buying is "of" (the noun is
    the trigger itself or the object of its verb); a holding so bought is read by `held_company` ("of Acme
    shares")."""
    nouns = [noun for noun in objects + [token] if pos(noun) == "NOUN" and lower(noun) not in HOLDINGS]
    return [child for noun in nouns for child in noun.children if child.dep_ == "nmod" and
            leading_case(child) == "of" and not owned_by_pronoun(child)]


STRIKING = frozenset({"143"})  # strikes and walkouts


def _struck_employer(frame: Frame, token, placed: Placed) -> None:
    """"Workers at Acme walked out", "Acme's miners went on strike", "began a strike at Acme's Leeds plant": a
    strike is aimed at the company whose workers strike or where they strike; that company is not its doer.
    A union or a country is no employer here ("Ruritania's seamen": whom they strike against is not said)."""
    verb = token.head if token.dep_ in ("obj", "obl") and token.head.i != token.i else token
    strikers = first_child(verb, SUBJECTS)
    places = [child for holder in (token, verb) for child in holder.children
              if child.dep_ in ("obl", "nmod") and leading_case(child) == "at"]
    if strikers is not None and strikers.i not in placed and lower(strikers) in staff():
        places = [strikers] + places
    employers = [m for place in places for m in _employers(place, placed, place is strikers)]
    if employers:
        frame.targets = employers[:1]
        if frame.sources and all(m.actor == employers[0].actor for m in frame.sources):
            frame.sources = []


VISITS = frozenset({"042", "043"})  # visits made and hosted
DESTINATION_CASES = frozenset({"to", "in"})  # "a visit to Kalda", "arrived in Kalda"


def _visited_place(frame: Frame, token, placed: Placed) -> None:
    """"a Kalda visit by Jan Novak", "her Kalda visit": a country or its capital that modifies a visit's noun is
    where the visit goes, unless a "to" phrase names that ("the Kalda visit to Ruritania": Kalda's visit)."""
    if any(child.dep_ == "nmod" and case(child) == "to" for child in token.children) or not frame.sources:
        return
    places = [placed[child.i] for child in token.children if child.dep_ == "compound" and child.i in placed and
              placed[child.i].type == "country"]
    if places:
        frame.sources = [m for m in frame.sources if m not in places]
        frame.targets = unique(places + (frame.targets or []), frame.sources)


def _destination(token, nominal: bool, placed: Placed) -> list[Mention]:
    """"visited Kalda", "arrived in Kalda", "her visit to Kalda": a visit is aimed at its host, the country its
    destination is or whose capital it is, which the actor stage reads as a place, not an actor."""
    places = [child for child in token.children if (child.dep_ == "obj" and not nominal) or
              child.dep_ in ("obl", "nmod") and case(child) in DESTINATION_CASES]
    if nominal and not places:
        places = _next_to(token)
    found = []
    for place in places:
        if place.i in placed:
            found += [placed[place.i]] if placed[place.i].type == "country" else []
            continue
        if pos(place) != "PROPN" or placed.aligned is None:
            continue
        # "New Delhi": the parse may read a name's first word as an adjective of the rest
        words = sorted([place] + [child for child in place.children if child.dep_ in ("compound", "flat") or
                                  child.dep_ == "amod" and pos(child) == "PROPN"], key=lambda t: t.i)
        if words[-1].i - words[0].i != len(words) - 1:
            continue
        text = text_of(place.doc)[words[0].idx:place.idx + len(place.text)]
        entry = whole_entry(text, placed.published)
        if entry is None or entry.type != "country" or entry.role not in (NAME, SEAT):
            continue
        first = placed.aligned.tokens[0].i
        found.append(Mention(placed.aligned.starts[words[0].i - first], placed.aligned.ends[place.i - first], text,
                             entry.key, "country", name=entry.name, code=entry.code))
    return found


def _next_to(token) -> list:
    """"her visit to Kalda next week": the name right after a visit's "to", which the parse may hang on the verb
    before the noun ("left Port Marin ahead of her visit to Kalda"); the word of the name the others hang on."""
    doc = token.doc
    end = token.i + 2
    if end >= len(doc) or lower(doc[token.i + 1]) != "to":
        return []
    while end < len(doc) and pos(doc[end]) == "PROPN":
        end += 1
    name = doc[token.i + 2:end]
    return [name.root] if len(name) else []


def _employers(token, placed: Placed, staff: bool) -> list[Mention]:
    """The company a place or a body of staff belongs to: "Acme", "Acme's Leeds plant", "the plant of Acme"; for
    staff also "Acme workers", "workers at Acme"."""
    found, frontier = [], [token]
    while frontier:
        current = frontier.pop()
        if current.i in placed and (current is not token or not staff):
            found.append(placed[current.i])
            continue
        frontier += [child for child in current.children if child.dep_ in ("compound", "nmod:poss", "flat") or
                     child.dep_ == "nmod" and leading_case(child) in (("at", "of", "from") if staff and
                                                                       current is token else ("of",))]
    return [m for m in found if m.type == "organization"]


# CAMEO codes of statements, appeals, praise, demands, criticism and rejections: they act on whom they judge or
# ask ("hailed the minister's call to tax imports"), never on whom a judged plan would act
JUDGING = ("01", "02", "051", "10", "11", "12")

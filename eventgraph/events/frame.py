"""The event frame read from a sentence's dependency parse (Universal Dependencies labels).

For each trigger the parse tells:

- whether it is negated ("has not signed", "no talks were held", "refused to sign"): then it is no event;
- its modality: `planned` when a future or modal auxiliary, a verb of planning or expecting, or an adjective
  such as "planned" governs it ("will fly to Delhi for talks"); `attributed` when a source only reports or
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
  whom the agreement is with, and buying what a company holds on that company ("to buy the assets of Acme");
- its time: the time expression whose syntactic head is the trigger's clause, not the nearest one.

Words of the sentence (`text.Words`) and tokens of the parse are matched by character offsets, so mentions
and time expressions found by the other stages map onto the parse.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from ..actors.descriptions import country_of_adjective
from ..actors.gazetteer import NAME, SEAT, gazetteer
from ..actors.groups import is_group_head
from ..model import Mention, Timex
from . import realis
from .attach import AIMED_WHERE_HELD, FORCEFUL, INVOLVEMENT
from .lexicon import is_mutual, military, staff, verb_forms
from .text import Words
from .triggers import ACCUSATIONS, Trigger

NEGATORS = frozenset({"not", "n't", "never", "no", "neither", "nor", "without"})
FAILED = frozenset({"fail", "refuse", "decline", "deny", "reject", "avoid", "halt", "stop", "abandon", "cancel",
                    "postpone", "forgo", "prevent", "block"})  # "refused to sign": no signing took place
FUTURE_AUX = frozenset({"will", "would", "shall", "should", "may", "might", "could", "can", "must", "'ll", "wo",
                        "ca"})
PLANNING = frozenset({"plan", "expect", "intend", "hope", "want", "aim", "seek", "prepare", "schedule", "set",
                      "due", "going", "likely", "agree", "propose", "consider", "weigh", "promise", "pledge",
                      "vow", "threaten", "offer", "ready", "prepared", "poise", "mull", "try", "attempt", "wish",
                      "push", "urge", "call", "ask", "need", "able", "willing", "about", "unlikely", "possible"})
PLANNED_MODIFIERS = frozenset({"planned", "proposed", "upcoming", "expected", "possible", "potential", "future",
                               "scheduled", "forthcoming", "prospective", "next", "impending", "likely"})
REPORTING = frozenset({"say", "tell", "report", "claim", "allege", "state", "add", "insist", "assert", "estimate",
                       "believe", "suggest", "accuse", "charge", "blame", "suspect", "contend", "maintain",
                       "argue", "testify", "confirm", "quote", "write", "note", "warn", "think", "fear",
                       "indicate", "show", "reveal", "announce", "acknowledge", "admit", "deny"})
DISCLOSING = frozenset({"announce", "reveal"})  # "X announced sanctions": X imposes them
ACCUSING = frozenset(verb for verb, _, _ in ACCUSATIONS)  # the clause one governs is the accuser's word
ASKING = frozenset({"02", "10"})  # CAMEO roots of appeals and demands: "asked X of Y" acts on Y
CHARGING_CASES = frozenset(case for _, case, _ in ACCUSATIONS if case != "-")  # "accused of", "charged with"
OPENING_CONJUNCTIONS = frozenset({"as", "while", "when", "because", "after", "before", "since", "although",
                                  "though", "if", "until", "once", "whereas", "and", "but", "or"})
HEARSAY = frozenset({"reportedly", "allegedly", "purportedly", "supposedly", "apparently", "ostensibly"})
PERSONAL = frozenset({"it", "he", "she", "they", "we", "i", "its", "his", "her", "their", "our", "who", "which",
                      "that"})
ANAPHORS = frozenset({"it", "he", "she"})  # subjects that stand for one actor named before
OWNER_PRONOUNS = {"its": "it", "his": "he", "her": "she"}  # "its talks": the subject pronoun it stands for
OWNERS_OF_DEEDS = frozenset(OWNER_PRONOUNS) | {"their"}  # "ended their talks": the subject's talks
AIMED_CASES = frozenset({"against"})  # a complement no venue takes
OPPOSED_CASES = frozenset({"against", "over"})  # "protested over Ruritania's tariffs": aimed at their owner
ATTENDED_CASES = frozenset({"from", "after", "at", "during", "in", "following"})
SUBJECTS = ("nsubj", "csubj")
PASSIVE_SUBJECTS = ("nsubj:pass", "csubj:pass")
OBJECTS = ("obj", "iobj", "obl", "obl:arg", "nmod", "ccomp:obj")
OWNERS = ("nmod:poss", "compound", "amod", "flat", "nmod:npmod")
CONTROL = ("xcomp", "conj", "advcl", "acl", "ccomp")
NOUN_TARGET_CASES = frozenset({"to", "with", "between", "against", "on", "over", "in", "into", "toward",
                               "towards", "at", "among"})
NOUN_SOURCE_CASES = frozenset({"by", "from"})
TOPIC_CASES = frozenset({"on", "over", "about"})
PARTNER_CASES = frozenset({"with", "between", "among"})
DISCUSSING = frozenset({"discuss", "negotiate", "debate"})  # mutual verbs whose object is what they are about
VENUE_CASES = frozenset({"in", "at", "near", "inside", "outside", "across", "throughout", "as"})  # and the role
# one acts in: "resigned as White House chief of staff"
ADJUNCT_CASES = frozenset({"after", "before", "since", "following", "during", "despite", "amid", "until", "like",
                           "unlike", "than", "regarding", "concerning", "amidst", "throughout", "because"})


@dataclass
class Frame:
    """What the parse says about one trigger; `None` where it says nothing and the word rules stand."""

    negated: bool = False
    modality: str = "asserted"  # asserted | planned | attributed
    attributed_to: list[Mention] = field(default_factory=list)
    sources: list[Mention] | None = None
    targets: list[Mention] | None = None
    timex: int | None = None  # index into Document.timexes of the expression attached to the trigger's clause
    passive: bool = False
    read: bool = False  # the parse found the trigger's word and read it as a verb or a noun
    has_object: bool = False  # the verb has a direct object, actor or not: what it acts on is settled
    object_end: int | None = None  # document offset where the verb's object phrase ends in the parse
    subject_text: str | None = None  # the subject's noun phrase when it names no actor ("Western air strikes")
    patient_text: str | None = None  # a passive verb's subject: what was acted on ("more than 2,000 people")
    pronoun: tuple[str, int] | None = None  # a subject "it", "he" or "she" and its document offset
    addressee: tuple[str, int, bool] | None = None  # an object or its owner that describes an actor ("the
    # ministry", "the group's offer"), its offset and whether it is the owner
    embedded: bool = False  # a noun that is only what another noun is about ("a ruling on the strike")
    unnamed: bool = False  # a noun's doer is a subject that names no actor ("senior diplomats ended their talks")


IRREGULAR = {"said": "say", "told": "tell", "thought": "think", "wrote": "write", "written": "write",
             "shown": "show", "sought": "seek", "forgone": "forgo", "forwent": "forgo", "repelled": "repel",
             "repelling": "repel", "withstood": "withstand"}
AUXILIARY_FORMS = frozenset({"be", "is", "are", "was", "were", "been", "being", "am", "'s", "'re", "'m", "have",
                             "has", "had", "having", "do", "does", "did"})
_TAG_POS = {"VB": "VERB", "VBD": "VERB", "VBG": "VERB", "VBN": "VERB", "VBP": "VERB", "VBZ": "VERB", "MD": "AUX",
            "NN": "NOUN", "NNS": "NOUN", "NNP": "PROPN", "NNPS": "PROPN", "CD": "NUM", "JJ": "ADJ", "JJR": "ADJ",
            "JJS": "ADJ"}


@lru_cache(maxsize=1)
def _lemmas() -> dict[str, str]:
    """The forms of the verbs and adjectives the frame looks for, to their base form: the parse is run
    without its lemmatizer, which would cost a third of its time."""
    table = {}
    for lemma in FAILED | PLANNING | REPORTING | ACCUSING | REPELLING | DISCUSSING | RECEIVING:
        for form in verb_forms(lemma):
            table.setdefault(form, lemma)
    table.update(IRREGULAR)
    return table


def _lemma(token) -> str:
    form = _lower(token)
    return _lemmas().get(form, form)


def _pos(token) -> str:
    """The part of speech from the PTB tag (the parse is run without its morphologizer)."""
    pos = _TAG_POS.get(token.tag_, "X")
    return "AUX" if pos == "VERB" and _lower(token) in AUXILIARY_FORMS else pos


class Aligned:
    """A parsed sentence with the character offsets of its tokens in the document."""

    def __init__(self, parsed, offset: int) -> None:
        self.tokens = list(parsed)
        self.offset = offset
        self.starts = [token.idx + offset for token in self.tokens]
        self.ends = [token.idx + len(token.text) + offset for token in self.tokens]

    def at(self, start: int, end: int) -> list:
        """The tokens overlapping the document span [start, end)."""
        return [token for token, s, e in zip(self.tokens, self.starts, self.ends) if s < end and start < e]

    def head_of(self, start: int, end: int):
        """The token of the span whose head lies outside it: the span's syntactic head."""
        tokens = self.at(start, end)
        inside = {token.i for token in tokens}
        for token in tokens:
            if token.head.i not in inside or token.head.i == token.i:
                return token
        return tokens[0] if tokens else None


def frames(words: Words, found: list[Trigger], parsed, mentions: list[Mention],
           timexes: list[tuple[int, Timex]], published: str | None = None) -> list[Frame]:
    """`published` is the article's date, which tells what a country's adjective stood for then."""
    aligned = Aligned(parsed, words.offset)
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
        if token is not None and (trigger.nominal or _pos(token) in ("VERB", "AUX") or _noun(token)):
            _read(frame, trigger, token, placed, set(at_token) - {token.i})
            if frame.object_end is not None:
                frame.object_end += words.offset
            if frame.pronoun is not None:
                frame.pronoun = (frame.pronoun[0], frame.pronoun[1] + words.offset)
            if frame.addressee is not None:
                frame.addressee = (frame.addressee[0], frame.addressee[1] + words.offset, frame.addressee[2])
        elif token is not None:  # a verb the tagger read as a noun: "Did Ruritania attack ...?"
            frame.negated = realis.unreal(token, token, False)
            frame.modality, frame.attributed_to = _modality(token, placed)
        result.append(frame)
    for index, timex in timexes:
        if timex.type not in ("DATE", "TIME"):
            continue
        head = aligned.head_of(timex.start, timex.end)
        if head is None or timex.text.lower().startswith("since") or any(
                child.dep_ == "case" and _lower(child) == "since" for child in head.children):
            continue  # "the first visit since 2000" dates the earlier visit: the word rules read it
        owner = _owning_trigger(head, at_token)
        if owner is not None and heads[owner].i not in documents and result[owner].timex is None:
            result[owner].timex = index
    return result


PREMODIFIERS = ("compound", "nmod:poss", "nummod", "amod")


def modifying(words: Words, found: list[Trigger], parsed, timexes: list[tuple[int, Timex]]) -> set[int]:
    """The time expressions written before a noun that is no trigger ("prices at end-December levels", "last
    year's output"): they date that noun, so no happening of the clause. The noun is a common one, with only
    nouns, adjectives and a possessive between, and a subject only with the possessive: else it is a misparse
    ("On Friday TWA said", "Last week Taft rejected", "the agreement reached last July governing trade")."""
    aligned = Aligned(parsed, words.offset)
    triggers = {token.i for token in (_trigger_token(aligned, words, trigger) for trigger in found) if token}
    result = set()
    for index, timex in timexes:
        head = aligned.head_of(timex.start, timex.end)
        if head is None or head.dep_ not in PREMODIFIERS or head.head.i <= head.i or \
                _pos(head.head) != "NOUN" or head.head.i in triggers:
            continue
        between = parsed[max(token.i for token in aligned.at(timex.start, timex.end)) + 1:head.head.i]
        owned = any(token.tag_ == "POS" for token in between)
        if (owned or not head.head.dep_.startswith("nsubj")) and all(
                _pos(token) in ("NOUN", "PROPN", "ADJ") or token.tag_ == "POS" for token in between):
            result.add(index)
    return result


def _trigger_token(aligned: Aligned, words: Words, trigger: Trigger):
    """The verb of a verbal trigger ("carried out" -> carried), the head noun of a nominal one."""
    if trigger.verbal:
        tokens = aligned.at(words.starts[trigger.first], words.ends[trigger.first])
        return tokens[0] if tokens else None
    return aligned.head_of(words.starts[trigger.first], words.ends[trigger.last])


class Placed(dict):
    """Each token inside a mention -> that mention; `nationals`: each noun that names no actor but is led by a
    country's adjective ("Pakistani territory") -> that country, as a mention at the adjective's place."""

    nationals: dict[int, Mention]
    deeds: set[int] = frozenset()  # the tokens of the sentence's triggers
    times: set[int] = frozenset()  # the tokens of the sentence's time expressions
    aligned: Aligned | None = None
    published: str | None = None
    flags: dict[int, Mention]  # each noun a country owns by a participle ("a U.S.-flagged tanker") -> that country
    purposeful: bool = True  # whether what a purpose clause acts on is the trigger's target (not so a judgement)
    mutual: bool = False  # whether the trigger is a happening all its parties take part in alike (talks, deals)


def _placed(aligned: Aligned, mentions: list[Mention], published: str | None = None) -> Placed:
    placed = Placed()
    placed.aligned, placed.published = aligned, published
    for mention in mentions:
        for token in aligned.at(mention.start, mention.end):
            placed.setdefault(token.i, mention)
    placed.nationals = {}
    for n, token in enumerate(aligned.tokens):
        head = token.head
        if token.dep_ not in ("amod", "compound") or not token.text[:1].isupper() or token.i in placed or \
                head.i in placed or head.i in placed.nationals or not head.text.islower() or \
                _pos(head) != "NOUN" or is_group_head(_lower(head)):
            # a capitalised head is a place of its own ("the Indian Ocean")
            continue
        first = min(t.i for t in token.subtree)  # "South African"
        start = aligned.starts[first - aligned.tokens[0].i]
        entry = country_of_adjective(token.doc.text[token.doc[first].idx:token.idx + len(token.text)], published)
        if entry is not None:
            placed.nationals[head.i] = Mention(start, aligned.ends[n], token.doc.text[
                token.doc[first].idx:token.idx + len(token.text)], entry.key, "country", name=entry.name,
                code=entry.code)
    placed.flags = {}
    for token in aligned.tokens:
        owner = _flag(token, placed, published)
        if owner is not None and _pos(token.head) in ("NOUN", "PROPN"):
            placed.flags.setdefault(token.head.i, owner)
    return placed


OWNING = ("flagged", "registered", "owned")  # "a Freedonian-owned tanker", "a U.S.-flagged ship": whose it is


def _flag(token, placed: Placed, published: str | None) -> Mention | None:
    """The country that a participle of owning, glued to its name ("U.S.-owned") or after a hyphen
    ("Freedonian - owned"), says owns the noun it modifies; None else. Only what is acted on is read so: a
    "Ruritanian-owned bank" that acts is its own doer."""
    text = token.text
    if token.dep_ not in ("amod", "compound") or not _lower(token).endswith(OWNING):
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


CLAUSES = frozenset({"acl", "acl:relcl", "advcl", "ccomp", "xcomp", "csubj", "csubj:pass", "parataxis", "conj",
                     "list", "advcl:relcl"})


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
    frame.negated = _negated(token) or realis.unreal(token, _governor(token), trigger.nominal)
    frame.modality, frame.attributed_to = _modality(token, placed)
    placed.purposeful = not trigger.entry.code.startswith(JUDGING)
    placed.mutual = is_mutual(trigger.entry.code)
    if trigger.verbal and not _noun(token):
        _verb_roles(frame, token, placed, trigger.entry.code[:2] in ASKING,
                    trigger.entry.code[:2] in FORCEFUL)
        _reporter_forces(frame, _child(token, SUBJECTS))
    else:
        _noun_roles(frame, token, placed, others, trigger.entry.code[:2] in FORCEFUL,
                    trigger.entry.code[:2] in AIMED_WHERE_HELD)
        frame.embedded = token.dep_ == "nmod" and _case(token) in TOPIC_CASES and token.head.i != token.i and \
            _pos(token.head) == "NOUN" and token.head.i not in placed.deeds
    # a purchase is aimed at the company bought only where the text names its buyer, by name or by a pronoun
    # ("said it acquired 5 pct of Acme"): else the seller or the company would stand as the only party of the deal
    if not frame.targets and (trigger.entry.code in DEALING or trigger.entry.code in ACQUIRING and (
            frame.sources or frame.pronoun is not None)):
        _dealt_in(frame, token, placed, trigger.entry.code in ACQUIRING)
    # "demanded that Ruritania withdraw": a demand no one is named to is aimed at whom it asks to act
    if trigger.verbal and not _noun(token) and (trigger.entry.code[:2] == DISAPPROVING or
                                                 trigger.entry.code[:2] in ASKING and not frame.targets):
        accused = _accused(token, placed, trigger.entry.code[:2] in ASKING)
        if accused:
            frame.targets = unique(accused, frame.sources or [])
    if not frame.targets and trigger.entry.code in STRIKING:
        _struck_employer(frame, token, placed)
    if not frame.targets and trigger.entry.code[:3] in VISITS:
        frame.targets = unique(_destination(token, trigger.nominal, placed), frame.sources or [])
    if not frame.targets and trigger.verbal and not _noun(token):
        frame.addressee = _described(token, placed)


ADDRESSED_CASES = frozenset({"to", "on", "against", "with"})  # "called on the department", "appealed to the board"


def _described(token, placed: Placed) -> tuple[str, int, bool] | None:
    """"called on the harbour authority to refuse", "urged the administration to act", "rejected the
    group's overtures": the phrase, its sentence offset and whether it is a possessive, of a verb's object or
    addressee, or the owner of its object, that names no actor but describes one by a common noun after
    "the", for the article's actors to resolve; None when there is none."""
    for child in token.children:
        if not (child.dep_ in ("obj", "iobj") or child.dep_ == "obl" and _case(child) in ADDRESSED_CASES) or \
                _pos(child) != "NOUN" or any(t.i in placed or t.i in placed.nationals for t in child.subtree):
            continue
        owner = next((grandchild for grandchild in child.children if grandchild.dep_ == "nmod:poss" and
                      child.dep_ == "obj" and _pos(grandchild) == "NOUN"), None)
        noun = owner if owner is not None else child
        determiner = [grandchild for grandchild in noun.children if grandchild.dep_ == "det"]
        text = noun_phrase(noun)
        if owner is not None and text:
            text = text.removesuffix(" 's").removesuffix("'s").removesuffix(" '").rstrip("'")
        if len(determiner) == 1 and _lower(determiner[0]) == "the" and text and text.startswith("the ") and \
                len(text.split()) <= 4:
            return text, determiner[0].idx, owner is not None
    return None


def _reporter_forces(frame: Frame, subject) -> None:
    """"Chad said today troops killed 1,269 Libyan soldiers": forces a country reports on without a word of
    whose they are ("troops from X") are its own."""
    countries = {m.actor: m for m in frame.attributed_to if m.type == "country"}
    if frame.sources == [] and subject is not None and _lower(subject) in military() and len(countries) == 1 \
            and all(child.dep_ == "det" and _lower(child) == "the" for child in subject.children):
        frame.sources = list(countries.values())


def _noun(token) -> bool:
    """A word the lexicon took for a verb that the parse reads as a noun with a determiner ("an Iranian
    attack", "the raid")."""
    return _pos(token) == "NOUN" and token.dep_ != "compound" and any(
        child.dep_ == "det" and child.i < token.i for child in token.children)


def _lower(token) -> str:
    return token.lower_.replace("’", "'")


def _negated(token) -> bool:
    """A negator on the trigger, on the verb whose object or subject a nominal trigger is, or a verb of
    failing or refusing above it."""
    if any(child.dep_ in ("advmod", "det", "neg", "cc:preconj") and _lower(child) in NEGATORS
           for child in token.children):
        return True
    if _pos(token) in ("NOUN", "PROPN") and token.dep_ in ("obj", "nsubj:pass", "nsubj") and \
            token.head.i != token.i and _pos(token.head) in ("VERB", "AUX"):
        head = token.head
        return any(child.dep_ in ("advmod", "neg") and _lower(child) in NEGATORS for child in head.children) or \
            _failed(head)
    return _failed(token)


def _failed(token) -> bool:
    return token.dep_ == "xcomp" and _lemma(token.head) in FAILED


def _governor(token):
    """The verb that carries a nominal trigger's tense and mood: the verb it is the object or oblique of
    ("will fly to Delhi for talks"), not one it only dates ("agreed to trade after a summit")."""
    if _pos(token) in ("NOUN", "PROPN") and token.dep_ in ("obj", "obl", "nsubj:pass", "nsubj", "nmod") and \
            token.head.i != token.i and not any(child.dep_ == "case" and _lower(child) in ADJUNCT_CASES
                                                for child in token.children):
        head = token.head
        if _pos(head) in ("NOUN", "PROPN") and token.dep_ == "nmod" and head.head.i != head.i:
            head = head.head
        if _pos(head) in ("VERB", "AUX", "ADJ"):
            return head
    return token


def _modality(token, placed: dict[int, Mention]) -> tuple[str, list[Mention]]:
    if any(child.dep_ == "amod" and _lower(child) in PLANNED_MODIFIERS for child in token.children):
        return "planned", []
    verb = _governor(token)
    for current in _clause_chain(verb):
        if any(child.dep_ in ("aux", "aux:pass") and _lower(child) in FUTURE_AUX for child in current.children):
            return "planned", []
        if current.dep_ == "xcomp" and _lemma(current.head) in PLANNING:
            return "planned", []
        if any(child.dep_ == "mark" and _lower(child) in ("if", "unless", "whether") for child in current.children):
            return "planned", []
        if current.dep_ not in ("xcomp", "conj"):
            break
    for current in (token, verb):
        if any(child.dep_ == "advmod" and _lower(child) in HEARSAY for child in current.children):
            return "attributed", []
    accusing = _charged_by(token)
    if accusing is not None:
        return "attributed", _accuser(accusing, placed)
    if verb.dep_ == "xcomp" and _lemma(verb.head) in REPORTING and any(
            child.dep_ == "aux:pass" for child in verb.head.children):
        return "attributed", _mentions_of(_agent(verb.head), placed)  # "was said to have attacked"
    reporter = _reporter(verb, placed)
    if reporter is not None:
        return "attributed", reporter
    return "asserted", []


def _charged_by(token):
    """The verb of accusing whose charge the trigger is ("was accused of bombing", "accused the army of Freedonia
    of shelling", however the parse hangs the "of"), else None."""
    if token.dep_ not in ("obl", "advcl", "acl", "nmod") or not any(
            child.dep_ in ("case", "mark") and _lower(child) in CHARGING_CASES for child in token.children):
        return None
    head = token.head
    for _ in range(2):
        if _lemma(head) in ACCUSING:
            return head
        if head.head.i == head.i or head.dep_ not in ("obj", "obl:agent", "nsubj:pass"):
            return None
        head = head.head
    return None


RELATIVES = frozenset({"which", "who", "whom", "that"})


def _charged_with(token, placed: Placed) -> list[Mention]:
    """"blamed Freedonia for the bombing", "Freedonia, which Ruritania accuses of the attacks": a deed an actor is
    blamed for or accused of is told as that actor's (attributed to the accuser by the modality)."""
    accusing = _charged_by(token)
    if accusing is None:
        return []
    accused = _child(accusing, ("obj", "xcomp")) or _child(accusing, PASSIVE_SUBJECTS)
    if accused is not None and _lower(accused) in RELATIVES and accusing.dep_ == "acl:relcl":
        accused = accusing.head  # "Freedonia, which the Ruritanians blame for ..."
    if accused is None or _lower(accused) in PERSONAL:
        return []
    return _mention_list(accused, placed, False) or _nationals_of(accused, placed)


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
                grandchild.dep_ == "case" and _lower(grandchild) == "according" for grandchild in child.children):
            return _mentions_of(child, placed)
    clause = verb
    while clause.dep_ in ("xcomp", "conj") and clause.head.i != clause.i and \
            _child(clause, SUBJECTS + PASSIVE_SUBJECTS) is None:
        clause = clause.head
    head = clause.head
    if clause.dep_ in ("advcl", "obl", "acl") and _lemma(head) in ACCUSING:
        return _accuser(head, placed)
    # "Israel struck Damascus, Syrian media said": the reporting verb hangs on what it reports
    # (not "..., a day after Washington said": a conjunction makes it a time, not a source)
    tail = next((child for child in clause.children if child.dep_ in ("parataxis", "conj", "advcl") and
                 child.i > clause.i and _lemma(child) in REPORTING - ACCUSING and
                 _child(child, SUBJECTS) is not None and not any(
                     grandchild.dep_ == "mark" and _lower(grandchild) in OPENING_CONJUNCTIONS
                     for grandchild in child.children)), None)
    if tail is not None:
        clause, head = tail, clause
        speaker = _mention_list(_child(tail, SUBJECTS), placed)
        own = _child(head, SUBJECTS + PASSIVE_SUBJECTS)
        if own is not None and speaker and _same_actors(_mention_list(own, placed), speaker):
            return None
        return speaker
    # a conjunct or adverbial clause with a subject of its own is read as reported, unless a conjunction opens
    # it ("..., as the minister was beginning a visit"): then it only happens alongside the report
    reported = clause.dep_ in ("ccomp", "parataxis") or clause.dep_ in ("conj", "advcl") and \
        _child(clause, SUBJECTS + PASSIVE_SUBJECTS) is not None and _child(clause, ("mark", "cc")) is None and \
        _lower(min((t for t in clause.subtree if not t.is_punct), key=lambda t: t.i)) not in OPENING_CONJUNCTIONS
    if not reported or _lemma(head) not in REPORTING or head.i == clause.i:
        return None
    speaker = _mentions_of(_child(head, SUBJECTS) or _agent(head), placed)
    own = _child(clause, SUBJECTS + PASSIVE_SUBJECTS)
    if own is not None and _lower(own) in PERSONAL and speaker:
        return None  # "X said it would": X speaks of itself
    if own is not None and speaker and _same_actors(_mention_list(own, placed), speaker):
        return None
    return speaker


def _same_actors(doers: list[Mention], speaker: list[Mention]) -> bool:
    return bool(doers) and {m.actor for m in doers} <= {m.actor for m in speaker}


def _accuser(head, placed: dict[int, Mention]) -> list[Mention]:
    agent = _agent(head)
    if agent is not None:
        return _mention_list(agent, placed)
    subject = _child(head, SUBJECTS)
    return _mention_list(subject, placed) if subject is not None else []


def _mentions_of(token, placed: dict[int, Mention]) -> list[Mention]:
    return _mention_list(token, placed) if token is not None else []


def _child(token, deps: tuple[str, ...]):
    return next((child for child in token.children if child.dep_ in deps), None)


def _agent(token):
    """The agent of a passive: "obl:agent", or an "obl" introduced by "by", on the verb or on a word that
    completes it ("was shot dead by soldiers")."""
    holders = [token] + [child for child in token.children if child.dep_ in ("advmod", "xcomp", "compound:prt")]
    holders += [child for child in token.children if child.dep_ in ("obl", "obl:unmarked") and child.i > token.i]
    for holder in holders:
        for child in holder.children:
            if child.dep_ == "obl:agent" or child.dep_ in ("obl", "nmod") and any(
                    grandchild.dep_ == "case" and _lower(grandchild) == "by" for grandchild in child.children):
                return child
    return None


OUTSIDE_PHRASE = frozenset({"nmod", "nmod:poss", "acl", "acl:relcl", "advcl:relcl", "appos", "advcl", "parataxis",
                            "ccomp", "amod", "nmod:desc", "punct"})
PHRASE_DEPS = frozenset({"det", "amod", "compound", "nummod", "flat", "nmod:poss", "case", "advmod", "fixed",
                         "det:poss", "flat:name", "nmod:npmod"})
MAX_PHRASE_WORDS = 8


def noun_phrase(token) -> str | None:
    """The noun phrase a head noun stands for, without the clauses and prepositional phrases after it:
    "more than 2,000 people", "Western air strikes"."""
    inside = {token.i}
    frontier = [token]
    while frontier:
        current = frontier.pop()
        for child in current.children:
            of = child.dep_ == "nmod" and any(g.dep_ == "case" and _lower(g) == "of" for g in child.children)
            if (child.dep_ in PHRASE_DEPS or of) and child.i not in inside and (child.dep_ != "case" or
                                                                                  current is not token):
                inside.add(child.i)
                frontier.append(child)
    first, last = min(inside), max(inside)
    doc = token.doc
    while first < last and doc[first].is_punct:
        first += 1
    if last - first + 1 > MAX_PHRASE_WORDS or any(doc[i].is_punct and doc[i].text not in "'’-" for i in
                                                  range(first, last + 1)):
        return None
    text = " ".join(doc[first:last + 1].text.split())
    if doc[first].dep_ == "det":
        text = doc[first].lower_ + text[len(doc[first].text):]  # "the Treaty of Commerce", inside a title
    return text if _pos(token) in ("NOUN", "PROPN", "NUM") else None


def _passive(token) -> bool:
    return any(child.dep_ in PASSIVE_SUBJECTS + ("aux:pass",) for child in token.children)


def _mention_list(token, placed: Placed, owners: bool = True) -> list[Mention]:
    """The actors a noun phrase names: the mention at its head and at the heads it is coordinated with; failing
    that, for a doer, the mention that owns or modifies it ("Peru's foreign minister", "U.S. officials", "a
    spokesman for Toshiba")."""
    if owners:
        inner = _phrase_mentions(token, placed)
        if inner:
            return _owning_company(token, placed, inner) or inner
    heads = [token] + [child for child in token.subtree if child.dep_ == "conj" and _conjoined_to(child, token)]
    found: list[Mention] = []
    for head in heads:
        mention = placed.get(head.i)
        if mention is None:
            mention = next((placed[child.i] for child in head.children
                            if child.dep_ in ("flat", "compound", "flat:name") and child.i in placed), None)
        if mention is None and owners:
            mention = _owner(head, placed)
            mention = next(iter(_owning_company(head, placed, [mention])), mention) if mention else None
        if mention is None and not owners and _aimed_at(head):
            mention = placed.nationals.get(head.i) or placed.flags.get(head.i) or _possessive_owner(head, placed)
        if mention is not None and mention not in found:
            found.append(mention)
    return found


UNITS = frozenset({"unit", "units", "subsidiary", "subsidiaries", "arm", "arms", "division", "divisions", "branch",
                   "branches"})


def _owning_company(token, placed: Placed, inner: list[Mention]) -> list[Mention]:
    """"Acme's U.S. subsidiary agreed", "the British unit of Acme said": a country that only qualifies a part
    of an organisation (a unit, subsidiary, arm, division or branch) named as its owner tells where that part
    is; the organisation acts. "The British rival of Acme" is no part of Acme."""
    if _lower(token) not in UNITS or any(m.type != "country" for m in inner):
        return []
    return [placed[child.i] for child in token.children if child.i in placed and
            placed[child.i].type == "organization" and (child.dep_ == "nmod:poss" or child.dep_ == "nmod" and
                                                        _case(child) == "of")][:1]


OWNED_CASES = frozenset({"to", "with", "against", "on"})


def _possessive_owner(token, placed: Placed) -> Mention | None:
    """"a proposal to Acme's board", "talks with Acme's managers", "a freeze on Jan Novak's assets": a
    complement so led that names no actor is aimed at the person or body its possessive names (not so an object
    or a patient: "Acme's candidates were nominated"; nor a country, whose possessive tells where or whose
    nationals: "talks with Ruritania's creditor banks")."""
    if _case(token) not in OWNED_CASES or placed.mutual and _case(token) == "on":
        return None  # "talks on Acme's debt": what talks are on is their topic
    return next((placed[child.i] for child in token.children if child.dep_ == "nmod:poss" and child.i in placed
                 and placed[child.i].type != "country"), None)


def _nationals_of(token, placed: Placed) -> list[Mention]:
    """"Iraqi troops", "a Bolivian attack": the country whose adjective leads a subject that names no actor."""
    mention = placed.nationals.get(token.i)
    return [mention] if mention is not None else []


def _aimed_at(token) -> bool:
    """Whether a noun is what its verb acts on: its object, a passive subject, or a complement aimed at it
    ("attacks on Iraqi positions"), not a purpose ("for Iranian attacks")."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token.dep_ in ("obj", "iobj", "nsubj:pass") or any(
        child.dep_ == "case" and _lower(child) in NOUN_TARGET_CASES for child in token.children)


def _phrase_mentions(token, placed: dict[int, Mention]) -> list[Mention]:
    """The actors named in a doer's phrase itself, coordinated ones included ("by Peruvian President Ana
    Torres and Chilean leader Luis Vidal"), not those of its modifiers ("Maria Ortiz, from the University of
    Lima", "a spokesman for Toshiba")."""
    found: list[Mention] = []
    frontier = [token]
    while frontier:
        current = frontier.pop()
        mention = placed.get(current.i)
        if mention is not None and mention not in found:
            found.append(mention)
        # a conjunct with a preposition of its own ("Ortiz, from X University") is a modifier misread
        frontier += [child for child in current.children if child.dep_ not in OUTSIDE_PHRASE and not (
            child.dep_ == "conj" and any(g.dep_ == "case" for g in child.children))]
    return sorted(found, key=lambda m: m.start)


def _conjoined_to(child, token) -> bool:
    current = child
    while current.dep_ == "conj" and current.head.i != current.i:
        current = current.head
    return current.i == token.i


def _owner(head, placed: dict[int, Mention]) -> Mention | None:
    for child in head.children:
        if child.dep_ == "appos" and child.i in placed:
            return placed[child.i]  # "Ruritania's finance minister, Jan Novak": the one named
    for child in head.children:
        if child.dep_ in OWNERS and child.i in placed:
            return placed[child.i]
    # "a spokesman at Acme", but "a blast at the Acme Academy" is where it happened
    cases = ("of", "for", "from", "by") if head.i in getattr(placed, "deeds", ()) else ("of", "for", "at", "from", "by")
    for child in head.children:
        if child.dep_ == "nmod" and child.i in placed and any(
                grandchild.dep_ == "case" and _lower(grandchild) in cases for grandchild in child.children):
            # "The speaker of the Parliament, Jan Novak,": a person in apposition names the head, wherever
            # the parse hangs him
            return next((placed[grandchild.i] for grandchild in child.children if grandchild.dep_ == "appos"
                         and grandchild.i in placed and placed[grandchild.i].type == "person"), placed[child.i])
    return None


def _verb_roles(frame: Frame, token, placed: Placed, asking: bool = False,
                forceful: bool = False) -> None:
    frame.passive = _passive(token)
    subjects = [child for child in token.children if child.dep_ in SUBJECTS and child.i not in placed.times]
    subject = subjects[0] if subjects else None
    patient = _child(token, PASSIVE_SUBJECTS)
    agent = _agent(token)
    reduced = token.dep_ in ("acl", "amod") and token.tag_ == "VBN" and patient is None and \
        _child(token, ("obj",)) is None
    if reduced:
        patient = token.head  # "the man killed by soldiers", "a treaty signed after a summit"
        frame.passive = True
    if token.dep_ == "acl:relcl" and subject is not None and _lower(subject) in ("who", "which", "that"):
        subject = token.head  # "soldiers who shot him"
    if subject is None and patient is None and token.dep_ == "acl" and token.tag_ == "VBG" and \
            _mention_list(token.head, placed):
        subject = token.head  # "Jan Novak, unveiling a new plan, said": the actor the participle tells of
    if subject is None and patient is None:
        subject = _stranded_subject(token)
    if not any(child.dep_ in SUBJECTS for child in token.children) and patient is None and subject is None and \
            token.dep_ in CONTROL and token.head.i != token.i:
        above = token.head
        if token.dep_ == "xcomp" and _child(above, ("obj",)) is not None and _lemma(above) not in \
                ("promise", "threaten", "vow", "pledge"):
            subject = _child(above, ("obj",))  # "urged Iran to stop": Iran would stop
        elif token.dep_ in ("xcomp", "conj"):
            subject = _child(above, SUBJECTS)
            patient = _child(above, PASSIVE_SUBJECTS) if subject is None and token.dep_ == "conj" else None
            if subject is None and token.dep_ == "xcomp" and _lemma(above) in REPORTING:
                subject = _child(above, PASSIVE_SUBJECTS)  # "Ruritania is said to have attacked": Ruritania did
            if subject is None and patient is None and _agent(above) is not None and token.dep_ == "xcomp":
                subject = _agent(above)
        elif token.dep_ == "advcl" and token.tag_ == "VBG" and _lemma(above) in ACCUSING:
            accused = _child(above, ("obj",))  # "accused Freedonia of attacking": Freedonia did it
            subject = accused if accused is not None else _child(above, PASSIVE_SUBJECTS)
        elif token.dep_ == "advcl" and token.tag_ == "VBG":
            subject = _child(above, SUBJECTS)  # "interested in making a bid", "struck, killing 12": its subject's
    if subject is not None and subject not in subjects and _passive(token) and patient is None and \
            agent is not None and _mention_list(subject, placed, False):
        subject, patient = None, subject  # "Jan Novak joined Acme and was hired by Widget": he was hired
    if subject is not None and subject not in subjects:
        subjects = [subject]
    objects = [child for child in token.children if child.dep_ in OBJECTS and not _temporal(child) and
               child is not agent and not _according(child) and not _adjunct(child) and not _post(child)]
    # "named Jane Doe as president": a name the parse reads as a predicate is what the verb acts on
    objects += [child for child in token.children if child.dep_ == "xcomp" and child.i in placed and
                _pos(child) in ("PROPN", "NOUN")]
    # "filed suit in the High Court against Acme": a complement the parse hung on the venue
    objects += [grandchild for child in objects if _venue(child) for grandchild in child.children
                if grandchild.dep_ == "nmod" and any(
                    g.dep_ == "case" and _lower(g) in AIMED_CASES for g in grandchild.children)]
    frame.has_object = any(child.dep_ == "obj" for child in objects)
    direct = next((child for child in objects if child.dep_ == "obj"), None)
    if direct is not None and _mention_list(direct, placed, False):
        # "took Ruritania to the WTO": where an actor acted on is taken is no second target
        objects = [child for child in objects if not (child.dep_.startswith("obl") and _case(child) == "to")]
    if direct is not None:
        last = max(t.i for t in direct.subtree)
        frame.object_end = direct.doc[last].idx + len(direct.doc[last].text)
    if subject is not None and _suspected(subject):
        subjects, subject = [], None  # "suspected rebels bombed the academy": the text names no doer
        frame.sources = []
    if subject is not None and _lower(subject) not in PERSONAL:
        frame.subject_text = noun_phrase(subject)
    elif subject is not None and _lower(subject) in ANAPHORS:
        frame.pronoun = (_lower(subject), subject.idx)
    if patient is not None and patient.i < token.i:
        frame.patient_text = noun_phrase(patient)
    if frame.passive or patient is not None and subject is None:
        # a participle without its agent ("a treaty signed after a summit") leaves the doer to the sentence
        frame.sources = _mention_list(agent, placed) if agent is not None else (None if reduced else [])
        if agent is not None and not frame.sources:
            frame.subject_text = noun_phrase(agent)  # "was shot dead by soldiers": soldiers did it
        targets = (_mention_list(patient, placed, False) if patient is not None else []) + [
            m for child in objects if not _venue(child) for m in _mention_list(child, placed, False)]
    else:
        named = [m for each in subjects for m in _mention_list(each, placed)] or \
            [m for each in subjects for m in _nationals_of(each, placed)]
        if subject is not None or frame.sources != []:
            frame.sources = unique(named, []) if subject is not None and _lower(subject) not in PERSONAL else None
        if frame.pronoun is not None:
            frame.sources = _speaker_of(subject, placed)
            if frame.sources:
                # "Acme said it and Jan Novak had asked": the pronoun's actor and those joined to it
                frame.sources = unique(frame.sources + _mention_list(subject, placed, False), [])
        # "discussed the border war with Ruritania": what is discussed or negotiated is the topic, not a party,
        # though the parse may hang the party on it
        topics = [child for child in objects if child.dep_ == "obj"] if placed.mutual and \
            _lemma(token) in DISCUSSING else []
        targets = [m for child in topics for m in _addressees(child, placed, cases=PARTNER_CASES)] + [
            m for child in objects if not _venue(child) and child not in topics
            for m in _deed_doers(child, placed) or (
                (_mention_list(child, placed, False) or _possessor(child, placed)) +
                (_addressees(child, placed, asking) if child.dep_ == "obj" else []))]
    if subject is not None and _lower(subject) not in PERSONAL and not frame.sources:
        frame.sources = []  # a subject that names no actor ("2,000 people died") hands the doer to no one
    if not targets and forceful:
        targets = _premises(token, placed)
    if not targets and not frame.passive and forceful:
        # "killed 150 people in raids into Ruritanian territory": a deed of force done in a raid or attack
        # befalls what that was aimed at (not where it was: "in clashes in Ruritania")
        targets = [m for child in token.children if child.dep_ == "obl" and _case(child) in ("in", "during")
                   for m in _aimed_nmods(child, placed, False, VENUE_CASES)]
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
        targets = [m for child in token.children if child.dep_ == "xcomp" and _child(child, SUBJECTS) is None
                   for grandchild in child.children if grandchild.dep_ == "obj"
                   for m in _holder(grandchild, placed) or _mention_list(grandchild, placed, False)]
    if not targets and not frame.passive:
        # "agreed to pursue its effort to buy Acme": the object of the verb the trigger leads to
        led = [token] + [child for child in token.children if child.dep_ == "xcomp" and
                         _child(child, SUBJECTS) is None]
        targets = [m for verb in led for child in verb.children if child.dep_ == "obj"
                   for m in _purpose_targets(child, placed)]
    frame.targets = unique(targets, frame.sources or [])


AGREEMENTS = frozenset({"agreement", "agreements", "deal", "deals", "contract", "contracts", "accord", "accords",
                        "pact", "arrangement", "arrangements", "talks", "negotiations", "venture", "partnership"})
UNDER_CASES = frozenset({"in", "under", "through"})  # "in separate agreements with", "under a deal with"


def _partners(token, placed: Placed) -> list[Mention]:
    """"will acquire nine planes in separate agreements with Acme and Widget", "sold the unit under a deal with
    Acme": a deed done under an agreement is aimed at whom the agreement is with (the parse may hang the
    agreement on the verb's object)."""
    holders = [token] + [child for child in token.children if child.dep_ == "obj"]
    return [m for holder in holders for noun in holder.children
            if noun.dep_ in ("obl", "nmod") and _case(noun) in UNDER_CASES and _lower(noun) in AGREEMENTS
            for partner in noun.children if partner.dep_ == "nmod" and _leading_case(partner) == "with"
            for m in _mention_list(partner, placed, False)]


def _charged(obj, placed: Placed) -> list[Mention]:
    """"filed a suit charging Acme ...", "a complaint alleging that Jan Novak ...": a document whose participle
    accuses is aimed at the actor named right after that participle (or its "that"), however the parse hangs
    the rest of the clause."""
    for clause in obj.children:
        if clause.dep_ != "acl" or clause.tag_ != "VBG" or _lemma(clause) not in ACCUSING:
            continue
        following = clause.i + 1
        if following < len(clause.doc) and _lower(clause.doc[following]) == "that":
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
    for case in token.subtree:
        if case.dep_ != "case" or _lower(case) not in AIMED_CASES or not _in_clause(case.head, token, placed.deeds):
            continue
        found += [m for m in _mention_list(case.head, placed, False) if m not in found]
    return found


def _in_clause(token, verb, deeds: set[int]) -> bool:
    """Whether a token stands in the verb's own clause: no clause of its own lies between them (a noun's
    conjunct is none), nor a happening of its own or what the object is of ("rejected his veto of sanctions
    against Ruritania": the sanctions are against Ruritania, the veto is not)."""
    while token.i != verb.i:
        if token.dep_ in CLAUSES and not (token.dep_ == "conj" and _pos(token) in ("NOUN", "PROPN")) or \
                token.head.i == token.i or token.head.i != verb.i and token.head.i in deeds or \
                token.dep_ == "nmod" and _case(token) == "of" and token.head.dep_ == "obj":
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
    if token.tag_ != "VBD" or token.i == 0 or _child(token, SUBJECTS + PASSIVE_SUBJECTS) is not None or \
            _agent(token) is not None:
        return None
    noun = token.doc[token.i - 1]
    if _pos(noun) not in ("NOUN", "PROPN"):
        return None
    hung = token.dep_ == "acl" and token.head.i == noun.i and _child(token, ("obj",)) is not None
    while noun.dep_ == "conj" and noun.head.i < noun.i:
        noun = noun.head
    if hung or token.dep_ in ("advcl", "xcomp") and noun.dep_ == "obl" and noun.head.i == token.head.i and \
            _case(noun) in CLAUSE_PREPOSITIONS:
        return noun
    return None


DEALING = frozenset({"031", "033"})  # offers and bids for a company or its shares, offers of what it is paid for
HOLDINGS = frozenset({"share", "shares", "stock", "stocks", "stake", "stakes", "pct", "percent", "interest",
                      "control", "rest", "remainder", "balance", "majority", "holding", "holdings", "business",
                      "businesses", "unit", "units", "division", "operations", "assets", "subsidiary"})


ACQUIRING = frozenset({"061"})  # buying a company or its shares ("acquired 21 pct of Acme's shares")
DISAPPROVING = "11"  # CAMEO root of criticism, accusations and complaints


def _accused(token, placed: Placed, asking: bool = False) -> list[Mention]:
    """"complained to the U.N. that Freedonian planes had bombed its villages", "alleged that Jan Novak took
    bribes", "demanded that Jan Novak resign": a complaint, an accusation or a demand with no object of its own
    is aimed at whom its clause accuses or asks to act, the clause's subject, not at whom it is made to. What a
    demand asks is its own clause opened by "that" ("asked whether the U.S. would act" is a question, "asked
    for a reaction to a report that ..." asks nothing of whom the report names)."""
    if _child(token, ("obj",)) is not None:
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
        relative = _lower(opening) == "that" and opening.dep_ not in ("mark", "det") and bool(subjects)
        that = clause.dep_ == "ccomp" and not asking or _lower(opening) == "that" and \
            opening.dep_ in ("mark", "det") or relative
        subject = subjects[0] if that and subjects else None
        if subject is not None and _lower(subject) not in PERSONAL:
            return _mention_list(subject, placed) or _nationals_of(subject, placed)
    return []


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
                   if child.dep_ in ("obl", "nmod") and _case(child) == "for"] + objects + (
        _bought_of(token, objects) if acquiring else [])
    found = [m for child in complements for m in _holder(child, placed)]
    if found:
        frame.targets = unique(found, frame.sources or [])


def _holder(token, placed: Placed) -> list[Mention]:
    """The company a phrase names ("Acme") or whose holdings it counts ("Acme shares", "Acme's stock", "50 pct
    of Acme", "a stake in Acme", "the rest of Acme"); not what it only qualifies ("a seat on the exchange")."""
    if token.i in placed:
        return _mention_list(token, placed, False)
    if _lower(token) not in HOLDINGS:
        return []
    # the parse may hang the "of" on a word of the name ("shares of [of] Acme Inc common stock"); a country
    # before the noun tells where the holding is ("the U.S. assets of Acme")
    found = [placed[child.i] for child in token.children
             if child.dep_ in ("compound", "nmod:poss", "flat") and child.i in placed] + [
        m for child in token.children if child.dep_ == "nmod" and _leading_case(child) in ("of", "in")
        for m in _holder(child, placed)]
    return [m for m in found if m.type == "organization"][:1]


def _bought_of(token, objects: list) -> list:
    """"completed its acquisition of Acme", "the purchase of Acme": what a noun of buying is "of" (the noun is
    the trigger itself or the object of its verb); a holding so bought is read by `_holder` ("of Acme
    shares")."""
    nouns = [noun for noun in objects + [token] if _pos(noun) == "NOUN" and _lower(noun) not in HOLDINGS]
    return [child for noun in nouns for child in noun.children if child.dep_ == "nmod" and
            _leading_case(child) == "of" and not _own(child)]


def _own(token) -> bool:
    """"the sale of its Acme unit": what a possessive pronoun gives the doer is its own, however the parse
    splits the phrase."""
    return any(t.dep_ == "nmod:poss" and _lower(t) in PERSONAL for t in token.subtree)


STRIKING = frozenset({"143"})  # strikes and walkouts


def _struck_employer(frame: Frame, token, placed: Placed) -> None:
    """"Workers at Acme walked out", "Acme's miners went on strike", "began a strike at Acme's Leeds plant": a
    strike is aimed at the company whose workers strike or where they strike; that company is not its doer.
    A union or a country is no employer here ("Ruritania's seamen": whom they strike against is not said)."""
    verb = token.head if token.dep_ in ("obj", "obl") and token.head.i != token.i else token
    strikers = _child(verb, SUBJECTS)
    places = [child for holder in (token, verb) for child in holder.children
              if child.dep_ in ("obl", "nmod") and _leading_case(child) == "at"]
    if strikers is not None and strikers.i not in placed and _lower(strikers) in staff():
        places = [strikers] + places
    employers = [m for place in places for m in _employers(place, placed, place is strikers)]
    if employers:
        frame.targets = employers[:1]
        if frame.sources and all(m.actor == employers[0].actor for m in frame.sources):
            frame.sources = []


VISITS = frozenset({"042", "043"})  # visits made and hosted
DESTINATION_CASES = frozenset({"to", "in"})  # "a visit to Kalda", "arrived in Kalda"


def _destination(token, nominal: bool, placed: Placed) -> list[Mention]:
    """"visited Kalda", "arrived in Kalda", "her visit to Kalda": a visit is aimed at its host, the country its
    destination is or whose capital it is, which the actor stage reads as a place, not an actor."""
    places = [child for child in token.children if (child.dep_ == "obj" and not nominal) or
              child.dep_ in ("obl", "nmod") and _case(child) in DESTINATION_CASES]
    found = []
    for place in places:
        if place.i in placed:
            found += [placed[place.i]] if placed[place.i].type == "country" else []
            continue
        if _pos(place) != "PROPN" or placed.aligned is None:
            continue
        words = sorted([place] + [child for child in place.children if child.dep_ in ("compound", "flat")],
                       key=lambda t: t.i)
        if words[-1].i - words[0].i != len(words) - 1:
            continue
        text = place.doc.text[words[0].idx:place.idx + len(place.text)]
        hits = gazetteer().find(text, published=placed.published)
        if len(hits) != 1 or hits[0].start != 0 or hits[0].end != len(text) or hits[0].entry.type != "country" or \
                hits[0].entry.role not in (NAME, SEAT):
            continue
        first = placed.aligned.tokens[0].i
        entry = hits[0].entry
        found.append(Mention(placed.aligned.starts[words[0].i - first], placed.aligned.ends[place.i - first], text,
                             entry.key, "country", name=entry.name, code=entry.code))
    return found


def _leading_case(token) -> str:
    """The preposition that opens a phrase, wherever the parse hangs it ("at Acme's Leeds plant")."""
    first = min(token.subtree, key=lambda t: t.i)
    return _lower(first) if first.dep_ == "case" else ""


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
                     child.dep_ == "nmod" and _leading_case(child) in (("at", "of", "from") if staff and
                                                                       current is token else ("of",))]
    return [m for m in found if m.type == "organization"]


SUSPECTED = frozenset({"suspected", "alleged", "unidentified", "unknown", "presumed"})
PREMISES_CASES = frozenset({"at", "outside", "inside", "near"})


def _suspected(subject) -> bool:
    """"Suspected rebels", "unidentified gunmen": a doer the text does not vouch for."""
    return any(child.dep_ == "amod" and _lower(child) in SUSPECTED for child in subject.children)


def _premises(token, placed: Placed) -> list[Mention]:
    """"A bomb exploded at the headquarters of the Acme Army", "shots were fired outside the Ruritanian
    embassy": force used at an actor's premises is aimed at that actor (the verb's own venue, or that of the
    verb that tells what a noun of force did)."""
    verbs = [token] + [child for child in token.children if child.dep_ == "acl"]
    for verb in verbs:
        for child in verb.children:
            if not child.dep_.startswith("obl") or _case(child) not in PREMISES_CASES:
                continue
            found = _mention_list(child, placed, False) or _owned(child, placed)
            if found:
                return found
    return []


def _owned(token, placed: Placed) -> list[Mention]:
    """The actor a noun names as its owner: "the Ruritanian embassy", "Acme's offices", "the headquarters of
    Acme"."""
    if token.i in placed.nationals:
        return [placed.nationals[token.i]]
    owner = _owner(token, placed)
    return [owner] if owner is not None else []


def _speaker_of(pronoun, placed: dict[int, Mention]) -> list[Mention] | None:
    """"Carl Lindner told the SEC he may bid", "Acme said it would sell": a subject "he", "she" or "it" in
    a clause that a verb says, tells or thinks stands for that verb's subject, when it is one actor of the
    pronoun's kind; None when no such verb governs it."""
    clause = pronoun.head
    for _ in range(4):
        if clause.head.i == clause.i:
            return None
        if clause.dep_ == "ccomp" and _lemma(clause.head) in REPORTING:
            speaker = _child(clause.head, SUBJECTS)
            found = _mention_list(speaker, placed) or _leaders(speaker, placed) if speaker is not None else []
            person = _lower(pronoun) != "it"
            # "the Novak group said it bought", "the group, Acme and Widget, said it": "it" is the group the
            # names qualify or make up
            if found and not person and _pos(speaker) == "NOUN" and speaker.i not in placed:
                return found
            if len(found) == 1 and (found[0].type == "person") == person:
                return found
            return None
        clause = clause.head
    return None


def _leaders(noun, placed: Placed) -> list[Mention]:
    """"A group controlled by investor Jan Novak", "a consortium led by Acme": who a participle says controls or
    leads a body the text does not name."""
    return [m for clause in noun.children if clause.dep_ == "acl" and clause.tag_ == "VBN"
            for m in _mentions_of(_agent(clause), placed)] if _pos(noun) == "NOUN" else []


def _possessor(token, placed: dict[int, Mention]) -> list[Mention]:
    """"rejected Ruritania's offer", "rejected an offer by Ruritania", "struck against Ruritania's wage
    freeze": the owner or maker of the object, or of what one acts against, is what the verb acts on when that
    names no actor itself (not so "of": "convened a meeting of its council" acts
    on no council)."""
    if token.dep_ != "obj" and _case(token) not in OPPOSED_CASES:
        return []
    return [placed[child.i] for child in token.children if child.i in placed and (
        child.dep_ == "nmod:poss" or child.dep_ in ("nmod", "obl:agent") and _case(child) == "by")][:1]


def _deed_doers(token, placed: Placed) -> list[Mention]:
    """"condemned the Freedonian attack on Ruritania", "rejected Acme's offer for Zenith": a verb that acts on
    a deed whose doer the deed's own phrase names acts on that doer, not on whom the deed befalls."""
    if token.dep_ != "obj" or token.i not in placed.deeds or _lemma(token.head) in REPORTING:
        return []
    found = [placed[child.i] for child in token.children
             if child.dep_ in ("nmod:poss", "compound") and child.i in placed] or \
        [m for m in [placed.nationals.get(token.i)] if m is not None] or \
        [placed[child.i] for child in token.children
         if child.dep_ in ("nmod", "obl:agent") and _case(child) == "by" and child.i in placed]
    return found[:1]


# CAMEO codes of statements, appeals, praise, demands, criticism and rejections: they act on whom they judge or
# ask ("hailed the minister's call to tax imports"), never on whom a judged plan would act
JUDGING = ("01", "02", "051", "10", "11", "12")


def _purpose_targets(token, placed: Placed) -> list[Mention]:
    """"won a contract to supply radars to the Chilean Air Force", "reached an agreement to buy Acme": a verb whose
    object names no actor acts on the actors its purpose clause acts on by name. Not so an object another owns
    ("blocked Acme's bid to buy Widget": aimed at Acme), what the doer sells of its own ("agreed to sell its
    Widget unit to Acme": aimed at Acme), or a clause with a doer of its own ("an agreement for Acme to buy")."""
    if not placed.purposeful or _mention_list(token, placed, False) or _possessor(token, placed) or \
            _lemma(token.head) in REPORTING or any(
            child.dep_ == "nmod:poss" and _lower(child) not in PERSONAL for child in token.children):
        return []
    return _purposes_aimed_at(token, placed)


def _purposes_aimed_at(token, placed: Placed) -> list[Mention]:
    """The actors named by what the to-clauses of a noun ("an order to stop Acme", "a contract to supply
    radars to Acme") act on: their object, or a complement of it or of them led by "to", "with", "against";
    not the doer's own ("to sell its unit"), nor a country read from an adjective ("to help Chilean exports")."""
    named = list(placed.values())
    found = []
    for clause in _purpose_clauses(token, placed.times):
        objects = [child for child in clause.children if child.dep_ == "obj"]
        own = any(_own(child) for child in objects)  # "to sell its Acme unit"
        for child in objects:
            if not own and child.i not in placed.deeds:  # "efforts to end the Iran-Iraq war": a deed, no party
                found += _mention_list(child, placed, False)
            found += [m for g in child.children if g.dep_ == "nmod" and _case(g) == "to"
                      for m in _mention_list(g, placed, False)]
        found += [m for child in clause.children if child.dep_.startswith("obl") and
                  _case(child) in ("to", "with", "against") for m in _mention_list(child, placed, False)]
    return [m for m in found if any(m is other for other in named)]


def _purpose_clauses(token, times: set[int] = frozenset()) -> list:
    """The to-clauses without a subject of their own that tell what a noun is for: its own ("an order to stop
    Acme"), or one the parse hung on the verb the noun is the object of ("issued an order to stop Acme")."""
    clauses = [child for child in token.children if child.dep_ == "acl"]
    # only right after the noun's phrase or a time after it ("signed a deal on Monday to buy Acme"), and not
    # after a noun whose maker or partner the phrase names ("an offer from Acme to buy Widget" is Acme's)
    end = max(t.i for t in token.subtree) + 1
    while end in times:
        end += 1
    if token.dep_ == "obj" and token.head.i != token.i and _pos(token) == "NOUN" and not any(
            child.dep_ == "nmod" and _case(child) in ("from", "by", "with") for child in token.children):
        clauses += [child for child in token.head.children if child.dep_ == "advcl" and
                    min(t.i for t in child.subtree) == end]
    return [clause for clause in clauses if [_lower(child) for child in clause.children if child.dep_ == "mark"]
            == ["to"] and _child(clause, SUBJECTS + PASSIVE_SUBJECTS) is None]


def _addressees(token, placed: dict[int, Mention], asking: bool = False,
                cases: frozenset[str] = NOUN_TARGET_CASES) -> list[Mention]:
    """"expressed concern to X", "signed a deal with X", "sanctions on X": the actors the object is aimed at;
    for a request or demand also whom it is asked of ("requested a reply from X")."""
    cases = cases | {"from"} if asking else cases
    return [m for child in token.children if child.dep_ == "nmod" and any(
        g.dep_ == "case" and _lower(g) in cases for g in child.children)
        for m in _mention_list(child, placed, False)]


def _aimed_nmods(token, placed: Placed, forceful: bool, unless: frozenset[str] = frozenset()) -> list[Mention]:
    """The actors a noun's complements aim it at ("talks with X", "raids into Ruritanian territory"); for a
    deed of force also "of" ("the bombing of a Ruritanian village", "the arrest of Jan Novak")."""
    cases = (NOUN_TARGET_CASES | {"of"} if forceful else NOUN_TARGET_CASES) - unless
    found = [m for child in token.children if child.dep_ == "nmod" and _case(child) in cases and
             (child.i in placed or child.i in placed.nationals or child.i in placed.flags)
             for m in (_mention_list(child, placed) or [placed.nationals.get(child.i) or placed.flags[child.i]])]
    # "strikes against Ruritania's wage freeze": aimed at the owner of what they oppose
    return found or [m for child in token.children if child.dep_ == "nmod" and _case(child) in OPPOSED_CASES
                     for m in _owned(child, placed)]


def _case(token) -> str:
    return next((_lower(child) for child in token.children if child.dep_ == "case"), "")


def _noun_roles(frame: Frame, token, placed: Placed, others: set[int], forceful: bool,
                protest: bool = False) -> None:
    # "elections in Ruritania", "a meeting in Ruritania": where a happening took place is no target of it
    where = frozenset() if forceful or protest or _lower(token) in INVOLVEMENT else frozenset({"in"})
    if placed.mutual:
        where |= TOPIC_CASES  # "talks on Ruritania's debt", "an agreement over Kalda": what they are about
    sources, targets = [], _aimed_nmods(token, placed, forceful, where) or (
        _premises(token, placed) if forceful else [])
    nationals = placed.nationals
    for child in token.children:
        if child.dep_ in ("nmod:poss", "compound", "amod"):
            # "the Torres-Vidal summit": every actor inside the modifier
            sources += [placed[t.i] for t in child.subtree if t.i in placed and placed[t.i] not in sources]
        elif child.dep_ == "nmod" and _case(child) in NOUN_SOURCE_CASES:
            sources += [m for m in _noun_agent(child, placed) if m not in sources]
    if not sources and token.i in nationals:
        sources = [nationals[token.i]]  # "an Iranian attack"
    if not sources:
        sources = _charged_with(token, placed)
    if not sources and not forceful:
        sources = [placed[child.i] for child in token.children if child.dep_ == "nmod" and child.i in placed and
                   _case(child) == "of"][:1]
    owner = next((child for child in token.children if child.dep_ == "nmod:poss" and _lower(child) in PERSONAL),
                 None)
    if not sources and owner is not None and _lower(owner) in OWNERS_OF_DEEDS:
        # "Iran launched its offensive", "During his visit to X, Jan Novak said": the clause's subject owns it
        subject = _child(token.head, SUBJECTS) if token.head.i != token.i else None
        if subject is not None and _lower(subject) not in PERSONAL:
            sources = _mention_list(subject, placed)
            if not sources and token.dep_ == "obj":
                frame.subject_text = noun_phrase(subject)  # "senior diplomats ended their talks"
                frame.unnamed = True
        if not sources and _lower(owner) in OWNER_PRONOUNS and (
                _lower(owner) != "its" or token.dep_ in ("obj", "nsubj", "nsubj:pass")):
            # "his talks with X": he took part; "with its launch" is left to the nearest name before it
            frame.pronoun = (OWNER_PRONOUNS[_lower(owner)], owner.idx)
    # "made concessions in the latest round of talks": the round stands in the clause for the talks, as the head
    # of a noun the parse made a modifier does ("got a restraining order freezing every ship")
    held = token.head if placed.mutual and token.dep_ == "nmod" and _case(token) == "of" and \
        token.head.dep_ == "obl" and _lower(token.head) in ROUNDS or \
        token.dep_ == "compound" and token.head.i > token.i and _pos(token.head) == "NOUN" else token
    # "flew to Port Marin for talks": one goes for a meeting to take part in it; not so a deed of force, which "for"
    # gives as a cause ("faces a hard decision in retaliation for an attack on a U.S.-flagged freighter")
    purpose = held.dep_ == "obl" and not forceful and any(c.dep_ == "case" and _lower(c) == "for"
                                                         for c in held.children)
    # "returned from talks with X", "after a meeting with X, Y said": one who comes from a meeting was in it
    attended = placed.mutual and held.dep_ == "obl" and any(
        c.dep_ == "case" and _lower(c) in ATTENDED_CASES for c in held.children)
    # "a pact between A and B" names all its parties: the subject of "revives a pact between ..." is none
    between = any(t.dep_ == "case" and _lower(t) in ("between", "among") and t.head.dep_ == "nmod"
                  for t in token.subtree)
    received = _recipients(token, placed) if not placed.mutual else []
    if received:
        targets = targets or received
    # "X held talks", not "X condemned the attack": a verb that is a happening of its own keeps its doer
    elif not sources and owner is None and not between and (held.dep_ == "obj" or purpose or attended) and \
            _pos(held.head) in ("VERB", "AUX") and _lemma(held.head) not in REPORTING - DISCLOSING and \
            (held.head.i not in others or _lemma(held.head) in DISCLOSING):
        subject = _child(held.head, SUBJECTS)
        if subject is not None and _lower(subject) not in PERSONAL:
            sources = _mention_list(subject, placed)
            if not sources:
                frame.subject_text = noun_phrase(subject)  # "the British foreign minister ... for talks"
                # not one "in" talks it need not take part in ("the drought weakened its hand in talks")
                frame.unnamed = held.dep_ == "obj" or purpose
        elif subject is not None and _lower(subject) in ANAPHORS:
            frame.pronoun = (_lower(subject), subject.idx)  # "it is continuing talks with X"
    if not sources and placed.mutual:
        sources = _invited(token, placed) or _involved(token, placed)
    if not targets and forceful:
        targets = _repelled_by(token, placed)
    if not targets and not placed.mutual and placed.purposeful:
        targets = _purposes_aimed_at(token, placed)  # "an order to stop Acme from buying Widget shares"
    if sources or targets or frame.pronoun is not None or frame.unnamed:
        frame.sources = sources
        frame.targets = unique(targets, sources)


RECEIVING = frozenset({"receive", "face", "get"})  # "Acme received a bid from Widget": Acme is bid for


def _recipients(token, placed: Placed) -> list[Mention]:
    """"Freedonia received a protest from Ruritania", "Acme faces a lawsuit": whom a deed is given or dealt is its
    target, the subject of the verb it is the object of (and that subject is not its doer)."""
    head = token.head
    if head.i == token.i or token.dep_ != "obj" or _pos(head) not in ("VERB", "AUX") or \
            _lemma(head) not in RECEIVING:
        return []
    subject = _child(head, SUBJECTS)
    return _mention_list(subject, placed) if subject is not None and _lower(subject) not in PERSONAL else []


INVITED_CASES = frozenset({"to", "for"})
INVOLVING = frozenset({"involving", "including", "grouping", "bringing"})
ROUNDS = frozenset({"round", "rounds", "session", "sessions"})


def _involved(token, placed: Placed) -> list[Mention]:
    """"talks involving the minister, Acme and Widget": the parties a participle of a meeting or a deal lists."""
    return [m for clause in token.children if clause.dep_ == "acl" and _lower(clause) in INVOLVING
            for child in clause.children if child.dep_ == "obj" for m in _mention_list(child, placed)]


def _invited(token, placed: Placed) -> list[Mention]:
    """"The Security Council was called to a meeting", "Ruritania was invited for talks": who is sent or asked to
    a meeting takes part in it."""
    head = token.head
    if token.dep_ != "obl" or head.i == token.i or _pos(head) != "VERB" or not _passive(head) or \
            _case(token) not in INVITED_CASES:
        return []
    subject = _child(head, PASSIVE_SUBJECTS)
    return _mention_list(subject, placed, owners=False) if subject is not None and _lower(subject) not in PERSONAL \
        else []


def _noun_agent(child, placed: Placed) -> list[Mention]:
    """Who a noun's "by" or "from" phrase names: the actor, or the country whose adjective leads it, itself or
    the "of" phrase that says what it is made of ("an attack by three divisions of Iranian troops", "a bid by a
    group of Acme shareholders")."""
    for token in [child] + [c for c in child.children if c.dep_ == "nmod" and _case(c) == "of"]:
        if token.i in placed or token.i in placed.nationals:
            return [placed.get(token.i) or placed.nationals[token.i]]
    return []


REPELLING = frozenset({"repel", "repulse", "foil", "thwart", "withstand", "survive"})


def _repelled_by(token, placed: Placed) -> list[Mention]:
    """"Chile said its troops repelled a Bolivian attack", "the assault was repulsed by Chilean forces": a deed of
    force that an actor repels or survives was aimed at that actor."""
    verb = token.head
    if token.head.i == token.i or _lemma(verb) not in REPELLING:
        return []
    if token.dep_ == "nsubj:pass":
        agent = _agent(verb)
        return _mention_list(agent, placed) if agent is not None else []
    subject = _child(verb, SUBJECTS) if token.dep_ == "obj" else None
    if subject is None:
        return []
    if _lower(subject) in ANAPHORS:
        return _speaker_of(subject, placed) or []
    return _mention_list(subject, placed) or _nationals_of(subject, placed)


def unique(mentions: list[Mention], exclude: list[Mention]) -> list[Mention]:
    seen = {m.actor for m in exclude}
    result = []
    for mention in mentions:
        if mention.actor not in seen:
            seen.add(mention.actor)
            result.append(mention)
    return result


def _venue(token) -> bool:
    """"sued Freedonia in the High Court", "met Jan Novak in Ruritania": where it happened is no target, nor
    the post one acts in ("resigned as Ruritania's envoy")."""
    return token.dep_.startswith("obl") and any(
        child.dep_ == "case" and _lower(child) in VENUE_CASES for child in token.children)


def _post(token) -> bool:
    """"resigned as deputy White House chief of staff", however the parse hangs the "as": the post one acts in
    is nothing the verb acts on."""
    return any(t.dep_ == "case" and _lower(t) == "as" for t in token.subtree if t.i < token.i)


def _temporal(token) -> bool:
    return token.dep_ in ("obl:tmod", "nmod:tmod", "obl:npmod", "obl:unmarked", "nmod:unmarked")


def _adjunct(token) -> bool:
    """"following the minister's visit", "after the summit": a phrase that sets the scene, not what the verb acts on."""
    return any(child.dep_ in ("case", "mark") and _lower(child) in ADJUNCT_CASES for child in token.children)


def _according(token) -> bool:
    return any(child.dep_ == "case" and _lower(child) == "according" for child in token.children)

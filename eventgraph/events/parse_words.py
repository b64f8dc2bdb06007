"""What the event frame reads off one parse token: its lemma, part of speech, case and children, the frame it fills,
the article's mentions placed on the parse, the actors a phrase names, a noun's own phrase, the cases that open an
adjunct and the verb of accusing whose charge a token is.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache

from ..actors.descriptions import UNITS, describes_body
from ..model import Mention
from .lexicon import verb_forms
from .text import CALENDAR, DEICTIC_DAYS
from .triggers import ACCUSATIONS, AMOUNT_WORDS


FAILED = frozenset({"fail", "refuse", "decline", "deny", "reject", "avoid", "halt", "stop", "abandon", "cancel",
                    "postpone", "forgo", "prevent", "block"})  # "refused to sign": no signing took place
PLANNING = frozenset({"plan", "expect", "intend", "hope", "want", "aim", "seek", "prepare", "schedule", "set",
                      "due", "going", "likely", "agree", "propose", "consider", "weigh", "promise", "pledge",
                      "vow", "threaten", "offer", "ready", "prepared", "poise", "mull", "try", "attempt", "wish",
                      "push", "urge", "call", "ask", "need", "able", "willing", "about", "unlikely", "possible"})
REPORTING = frozenset({"say", "tell", "report", "claim", "allege", "state", "add", "insist", "assert", "estimate",
                       "believe", "suggest", "accuse", "charge", "blame", "suspect", "contend", "maintain",
                       "argue", "testify", "confirm", "quote", "write", "note", "warn", "think", "fear",
                       "indicate", "show", "reveal", "announce", "acknowledge", "admit", "deny"})
OFFERS = frozenset({"offer", "offers", "bid", "bids", "proposal", "proposals", "tender", "tenders"})  # what one
# party puts to another; "a tender for Acme's shares" is a tender offer named by its first word
ACCUSING = frozenset(verb for verb, _, _ in ACCUSATIONS)  # the clause one governs is the accuser's word
CHARGING_CASES = frozenset(case for _, case, _ in ACCUSATIONS if case != "-")  # "accused of", "charged with"
ADJUNCT_CASES = frozenset({"after", "before", "since", "following", "during", "despite", "amid", "until", "like",
                           "unlike", "than", "regarding", "concerning", "amidst", "throughout", "because"})
PERSONAL = frozenset({"it", "he", "she", "they", "we", "i", "its", "his", "her", "their", "our", "who", "which",
                      "that"})
ANAPHORS = frozenset({"it", "he", "she"})  # subjects that stand for one actor named before
AIMED_CASES = frozenset({"against"})  # a complement no venue takes
OPPOSED_CASES = frozenset({"against", "over"})  # "protested over Ruritania's tariffs": aimed at their owner
SUBJECTS = ("nsubj", "csubj")
PASSIVE_SUBJECTS = ("nsubj:pass", "csubj:pass")
OWNERS = ("nmod:poss", "compound", "amod", "flat", "nmod:npmod")
NOUN_TARGET_CASES = frozenset({"to", "with", "between", "against", "on", "over", "in", "into", "toward",
                               "towards", "at", "among"})
DISCUSSING = frozenset({"discuss", "negotiate", "debate"})  # mutual verbs whose object is what they are about


@dataclass
class Frame:
    """What the parse says about one trigger; `None` where it says nothing and the word rules stand."""

    negated: bool = False
    modifier: bool = False  # a verb's form the parse reads as a noun or adjective before a noun it modifies ("a
    # censure vote", "Treasury note futures", "a fine paper machine"): it names no happening
    modality: str = "asserted"  # asserted | planned | attributed
    attributed_to: list[Mention] = field(default_factory=list)
    awaited: bool = False  # planned as the time another clause waits on: "will ask for talks when he visits"
    own_plan: bool = False  # planned, a plan its own clause tells (`own_plans`)
    sources: list[Mention] | None = None
    targets: list[Mention] | None = None
    timex: int | None = None  # index into Document.timexes of the expression attached to the trigger's clause
    passive: bool = False
    read: bool = False  # the parse found the trigger's word and read it as a verb or a noun
    has_object: bool = False  # the verb has a direct object, actor or not: what it acts on is settled
    object_end: int | None = None  # document offset where the verb's object phrase ends in the parse
    subject_text: str | None = None  # the subject's noun phrase when it names no actor ("Western air strikes")
    patient_text: str | None = None  # a passive verb's subject: what was acted on ("more than 2,000 people")
    relative_object: str | None = None  # the noun a relative pronoun object stands for: "a revaluation" of "a
    # revaluation, which Ruritania has been urging"
    pronoun: tuple[str, int] | None = None  # a subject "it", "he" or "she" and its document offset
    addressees: list[tuple[str, int, bool]] = field(default_factory=list)  # an object or its owner that describes an
    # actor ("the ministry", "the group's offer"), its offset and whether it is the owner; each of several joined
    # by "and" ("urged the union and the company")
    owner: tuple[str, int] | None = None  # a deed's owner that describes an actor ("the group's summit"), and
    # its document offset
    embedded: bool = False  # a noun that is only what another noun is about ("a ruling on the strike")
    unnamed: bool = False  # a noun's doer is a subject that names no actor ("senior diplomats ended their talks")
    topics: list[Mention] = field(default_factory=list)  # actors that are what talks or a deal are about ("talks
    # on Kalda"): no party of them, wherever the words put them


IRREGULAR = {"said": "say", "told": "tell", "thought": "think", "wrote": "write", "written": "write",
             "shown": "show", "sought": "seek", "forgone": "forgo", "forwent": "forgo", "repelled": "repel",
             "repelling": "repel", "withstood": "withstand", "drew": "draw", "drawn": "draw",
             "won": "win"}
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
    # in a fixed order: a form two lemmas share ("prepared", of "prepare" and "prepared") keeps the first
    for lemma in sorted(FAILED | PLANNING | REPORTING | ACCUSING | REPELLING | DISCUSSING | RECEIVING | DRAWING):
        for form in verb_forms(lemma):
            table.setdefault(form, lemma)
    table.update(IRREGULAR)
    return table


def lemma(token) -> str:
    form = lower(token)
    return _lemmas().get(form, form)


CLAUSES = frozenset({"acl", "acl:relcl", "advcl", "ccomp", "xcomp", "csubj", "csubj:pass", "parataxis", "conj",
                     "list", "advcl:relcl"})


def pos(token) -> str:
    """The part of speech from the PTB tag (the parse is run without its morphologizer)."""
    pos = _TAG_POS.get(token.tag_, "X")
    return "AUX" if pos == "VERB" and lower(token) in AUXILIARY_FORMS else pos


class Aligned:
    """A parsed sentence with the character offsets of its tokens in the document; `align` makes it."""

    def __init__(self, parsed, offset: int) -> None:
        self.tokens = tokens_of(parsed)
        self.offset = offset
        self.starts = [token.idx + offset for token in self.tokens]
        self.ends = [token.idx + len(token) + offset for token in self.tokens]  # len: no string made

    def at(self, start: int, end: int) -> list:
        """The tokens overlapping the document span [start, end): tokens follow each other, so their starts and ends
        both rise."""
        return self.tokens[bisect_right(self.ends, start):bisect_left(self.starts, end)]

    def head_of(self, start: int, end: int):
        """The token of the span whose head lies outside it: the span's syntactic head."""
        tokens = self.at(start, end)
        inside = {token.i for token in tokens}
        for token in tokens:
            if token.head.i not in inside or token.head.i == token.i:
                return token
        return tokens[0] if tokens else None


def align(parsed, offset: int) -> Aligned:
    """The parse's `Aligned`, made once for all the passes that read the sentence: spaCy makes a new object for
    each token at each walk over a parse."""
    return _once(parsed, ("eventgraph.aligned", offset), lambda: Aligned(parsed, offset))


def text_of(parsed) -> str:
    """The parsed sentence's text, made once: spaCy joins its tokens anew at each `doc.text`."""
    return _once(parsed, "eventgraph.text", lambda: parsed.text)


def tokens_of(parsed) -> list:
    """The parsed sentence's tokens, made once; no caller changes the list."""
    return _once(parsed, "eventgraph.tokens", lambda: list(parsed))


def _once(parsed, key, make):
    """What `make` gives for this parse, kept with it: a parse is read by many passes and dropped with its
    article."""
    if key not in parsed.user_data:
        parsed.user_data[key] = make()
    return parsed.user_data[key]


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
    acquiring: bool = False  # whether the trigger is a purchase of a company, whose "of" names what is bought
    examining: bool = False  # whether the trigger is an inquiry, whose "of" names what is looked into
    joined: dict[int, list[Mention]]  # each token that holds more names than its first ("U.S.-Japan") -> the others


def lower(token) -> str:
    return token.lower_.replace("’", "'")


def first_child(token, deps: tuple[str, ...]):
    return next((child for child in token.children if child.dep_ in deps), None)


def passive_agent(token):
    """The agent of a passive: "obl:agent", or an "obl" introduced by "by", on the verb or on a word that
    completes it ("was shot dead by soldiers")."""
    holders = [token] + [child for child in token.children if child.dep_ in ("advmod", "xcomp", "compound:prt")]
    holders += [child for child in token.children if child.dep_ in ("obl", "obl:unmarked") and child.i > token.i]
    for holder in holders:
        for child in holder.children:
            if (child.dep_ == "obl:agent" or child.dep_ in ("obl", "nmod") and any(
                    grandchild.dep_ == "case" and lower(grandchild) == "by" for grandchild in child.children)) and \
                    not _measure(child):
                return child
    return None


def closing_subject(verb):
    """"..., lead manager Acme Bank said.": the word right before a reporting verb that closes its sentence with no
    subject of its own, when a comma opens the phrase it ends and no verb stands in it; the parse often hangs such
    a speaker on the last noun of what was said, yet the phrase can only be who said it."""
    doc = verb.doc
    if any(not token.is_punct for token in doc[verb.i + 1:verb.sent.end]) or verb.i < 2 or \
            first_child(verb, SUBJECTS + PASSIVE_SUBJECTS) is not None or passive_agent(verb) is not None:
        return None
    comma = next((token.i for token in reversed(doc[verb.sent.start:verb.i]) if token.is_punct), None)
    if comma is None or doc[comma].text != "," or comma >= verb.i - 1 or \
            any(pos(token) in ("VERB", "AUX") for token in doc[comma + 1:verb.i]):
        return None
    return doc[verb.i - 1]


def _measure(token) -> bool:
    """Whether a "by" phrase says by how much or by when, not by whom: "were cut by 7,000", "rose by 2.5 pct",
    "to be applied by October"."""
    return pos(token) == "NUM" or lower(token) in AMOUNT_WORDS or lower(token) in CALENDAR or lower(token) in _TIMES


_TIMES = frozenset({"year", "years", "month", "months", "week", "weeks", "day", "days", "end", "time", "deadline",
                    "midnight", "noon", "spring", "summer", "autumn", "fall", "winter"})  # "by the end of June"


OUTSIDE_PHRASE = frozenset({"nmod", "nmod:poss", "acl", "acl:relcl", "advcl:relcl", "appos", "advcl", "parataxis",
                            "ccomp", "amod", "nmod:desc", "punct"})
PHRASE_DEPS = frozenset({"det", "amod", "compound", "nummod", "flat", "nmod:poss", "case", "advmod", "fixed",
                         "det:poss", "flat:name", "nmod:npmod"})
MAX_PHRASE_WORDS = 8
TITLE_CASE_DATELINE = 3  # words of a place a wire digest's item opens with in title case ("Port Marin - ")


def _past_dateline(doc, first: int, last: int) -> int:
    """The first token after the dateline that opens a wire digest's item ("NEW YORK - Acme Corp said"), which
    the parse may take into the subject's phrase; `first` when no dateline, words in capitals and a dash, opens
    the phrase. A digest writes its item's dateline in title case ("Port Marin - A unit of Acme is issuing"): up to
    `TITLE_CASE_DATELINE` such words before a dash that opens the sentence are one too."""
    k = first
    while k <= last and doc[k].text.isalpha() and doc[k].text.isupper() and len(doc[k].text) > 1:
        k += 1
    if k == first and doc[first].is_sent_start:
        while k <= last and k - first < TITLE_CASE_DATELINE and doc[k].text.isalpha() and doc[k].text.istitle():
            k += 1
    return k + 1 if first < k <= last + 1 and k < len(doc) and doc[k].text == "-" and k + 1 < len(doc) and \
        doc[k + 1].text[:1].isupper() else first


def _short_of_aside(doc, first: int, head: int, last: int) -> int:
    """Where a phrase stops when a bracket or comma after its head opens an aside ("members of the union (UFCW),
    representing ...") and when "of" phrases carry it past MAX_PHRASE_WORDS ("members of Local 12 of the
    United Food and Commercial Workers"): what comes before is still the body that acts, and no name stands for it."""
    aside = next((i for i in range(head + 1, last + 1) if doc[i].text in "(,["), None)
    if aside is not None:
        last = aside - 1
    while last - first + 1 > MAX_PHRASE_WORDS:
        of = next((i for i in range(last, head, -1) if lower(doc[i]) == "of"), None)
        if of is None:
            break
        last = of - 1
    return last


def noun_phrase(token) -> str | None:
    """The noun phrase a head noun stands for, without the clauses and prepositional phrases after it:
    "more than 2,000 people", "Western air strikes"."""
    inside = {token.i}
    frontier = [token]
    while frontier:
        current = frontier.pop()
        for child in current.children:
            of = child.dep_ == "nmod" and any(g.dep_ == "case" and lower(g) == "of" for g in child.children)
            if (child.dep_ in PHRASE_DEPS or of) and child.i not in inside and (child.dep_ != "case" or
                                                                                  current is not token) and \
                    lower(child) not in DEICTIC_DAYS:  # "prices fell today currency traders said": a misparse
                inside.add(child.i)
                frontier.append(child)
    # "discussed only briefly by foreign ministers": what the parse hangs on the noun before its own "by" is no
    # part of the phrase
    cut = max((child.i for child in token.children if child.dep_ == "case" and child.i < token.i), default=-1)
    inside = {i for i in inside if i > cut}
    first, last = min(inside), max(inside)
    doc = token.doc
    while first < last and doc[first].is_punct:
        first += 1
    first = _past_dateline(doc, first, last)
    if first > last:
        return None  # the dateline alone: "LONDON - Acme is issuing ..." parsed with the place as the subject
    last = _short_of_aside(doc, first, token.i, last)
    if last - first + 1 > MAX_PHRASE_WORDS or any(doc[i].is_punct and doc[i].text not in "'’-" for i in
                                                  range(first, last + 1)):
        return None
    text = " ".join(doc[first:last + 1].text.split())
    if doc[first].dep_ == "det":
        text = doc[first].lower_ + text[len(doc[first].text):]  # "the Treaty of Commerce", inside a title
    return text if pos(token) in ("NOUN", "PROPN", "NUM") else None


def passive(token) -> bool:
    return any(child.dep_ in PASSIVE_SUBJECTS + ("aux:pass",) for child in token.children)


def mention_list(token, placed: Placed, owners: bool = True) -> list[Mention]:
    """The actors a noun phrase names: the mention at its head and at the heads it is coordinated with; failing
    that, for a doer, the mention that owns or modifies it ("Peru's foreign minister", "U.S. officials", "a
    spokesman for Toshiba")."""
    if owners:
        inner = _phrase_mentions(token, placed)
        if inner and _based_at(token, placed, inner):
            return []  # "the U.S. automaker said": the company, which the description stands for
        if inner:
            return _owning_company(token, placed, inner) or inner
    heads = [token] + [child for child in token.subtree if child.dep_ == "conj" and _conjoined_to(child, token)]
    start = phrase_start(token)
    found: list[Mention] = []
    for head in heads:
        mention = placed.get(head.i)
        if mention is None:
            mention = next((placed[child.i] for child in head.children if child.i >= start and
                            child.dep_ in ("flat", "compound", "flat:name") and child.i in placed), None)
        if mention is None and owners:
            mention = _owner(head, placed, start)
            mention = next(iter(_owning_company(head, placed, [mention])), mention) if mention else None
        if mention is None and not owners and _aimed_at(head):
            mention = placed.nationals.get(head.i) or placed.flags.get(head.i) or _possessive_owner(head, placed)
        if mention is not None and mention not in found:
            found.append(mention)
    return found


def _based_at(token, placed: Placed, inner: list[Mention]) -> bool:
    """Whether the countries named in a phrase only say where the body its head describes is ("the U.S.
    automaker", "the Japanese company"): a country is never a company, so the phrase stands for the company the
    article named, not for the country."""
    before = lower(token.doc[token.i - 1]) if token.i > 0 else ""
    return describes_body(lower(token), before) and all(m.type == "country" for m in inner) and \
        token.i not in placed and not any(child.i in placed for child in token.children if child.dep_ == "appos")


def _owning_company(token, placed: Placed, inner: list[Mention]) -> list[Mention]:
    """"Acme's U.S. subsidiary agreed", "the British unit of Acme said": a country that only qualifies a part
    of an organisation (a unit, subsidiary, arm, division or branch) named as its owner tells where that part
    is; the organisation acts. "The British rival of Acme" is no part of Acme."""
    if lower(token) not in UNITS or any(m.type != "country" for m in inner):
        return []
    return [placed[child.i] for child in token.children if child.i in placed and
            placed[child.i].type == "organization" and (child.dep_ == "nmod:poss" or child.dep_ == "nmod" and
                                                        case(child) == "of")][:1]


OWNED_CASES = frozenset({"to", "with", "against", "on"})


def _possessive_owner(token, placed: Placed) -> Mention | None:
    """"a proposal to Acme's board", "talks with Acme's managers", "a freeze on Jan Novak's assets": a
    complement so led that names no actor is aimed at the person or body its possessive names (not so an object
    or a patient: "Acme's candidates were nominated"; nor a country, whose possessive tells where or whose
    nationals: "talks with Ruritania's creditor banks")."""
    if case(token) not in OWNED_CASES or placed.mutual and case(token) == "on":
        return None  # "talks on Acme's debt": what talks are on is their topic
    return next((placed[child.i] for child in token.children if child.dep_ == "nmod:poss" and child.i in placed
                 and placed[child.i].type != "country"), None)


def nationals_of(token, placed: Placed) -> list[Mention]:
    """"Iraqi troops", "a Bolivian attack": the country whose adjective leads a subject that names no actor."""
    mention = placed.nationals.get(token.i)
    return [mention] if mention is not None else []


def _aimed_at(token) -> bool:
    """Whether a noun is what its verb acts on: its object, a passive subject, or a complement aimed at it
    ("attacks on Iraqi positions"), not a purpose ("for Iranian attacks")."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token.dep_ in ("obj", "iobj", "nsubj:pass") or any(
        child.dep_ == "case" and lower(child) in NOUN_TARGET_CASES for child in token.children)


def _phrase_mentions(token, placed: dict[int, Mention]) -> list[Mention]:
    """The actors named in a doer's phrase itself, coordinated ones included ("by Peruvian President Ana
    Torres and Chilean leader Luis Vidal"), not those of its modifiers ("Maria Ortiz, from the University of
    Lima", "a spokesman for Toshiba")."""
    found: list[Mention] = []
    frontier = [token]
    start = phrase_start(token)
    while frontier:
        current = frontier.pop()
        mention = placed.get(current.i)
        if mention is not None and mention not in found:
            found.append(mention)
        # a conjunct with a preposition of its own ("Ortiz, from X University") is a modifier misread
        frontier += [child for child in current.children if child.dep_ not in OUTSIDE_PHRASE and child.i >= start
                     and not (child.dep_ == "conj" and any(g.dep_ == "case" for g in child.children))]
    return sorted(found, key=lambda m: m.start)


PHRASE_TAGS = frozenset({"NN", "NNS", "JJ", "JJR", "JJS", "DT", "CD"})  # words that may stand between a noun and
# its phrase's start: no verb, pronoun or conjunction, which would close a clause or a list before it


def phrase_start(token) -> int:
    """The first token a common noun's phrase may hold: the one after a comma that only lower-case nouns,
    adjectives and determiners part from the noun ("..., including Acme and Widget, fund managers said"). A
    noun's modifiers are never cut off from it by a comma, so names before one are what the clause listed, which
    the parse may misread as modifiers of the speakers' noun; a capitalised word leaves the phrase whole ("U.S.,
    Japanese and European officials"), and so does a second comma closing the phrase, which makes it an apposition
    of the name before it ("Acme, maker of Widgets, said")."""
    closed = any(token.doc[j].text == "," for j in (token.right_edge.i, token.right_edge.i + 1) if j < len(token.doc))
    if not token.text.islower() or pos(token) != "NOUN" or closed:
        return 0
    j = token.i - 1
    while j >= 0 and token.doc[j].text.isalpha() and token.doc[j].text.islower() and \
            token.doc[j].tag_ in PHRASE_TAGS:
        j -= 1
    return j + 1 if j >= 0 and token.doc[j].text == "," else 0


def _conjoined_to(child, token) -> bool:
    current = child
    while current.dep_ == "conj" and current.head.i != current.i:
        current = current.head
    return current.i == token.i


SPEAKING_FOR = frozenset({"spokesman", "spokeswoman", "spokesperson", "spokesmen", "spokeswomen", "official",
                          "officials", "source", "sources", "representative", "representatives"})  # who speak
# for a body, and so for the one that owns it when the body is no actor the article names


def _owner(head, placed: dict[int, Mention], start: int = 0) -> Mention | None:
    """`start` is the first token of the head's phrase (`phrase_start`)."""
    for child in head.children:
        if child.dep_ == "appos" and child.i in placed:
            return placed[child.i]  # "Ruritania's finance minister, Jan Novak": the one named
    for child in head.children:
        if child.dep_ in OWNERS and child.i in placed and child.i >= start:
            return placed[child.i]
    # "a spokesman at Acme", but "a blast at the Acme Academy" is where it happened
    cases = ("of", "for", "from", "by") if head.i in getattr(placed, "deeds", ()) else ("of", "for", "at", "from", "by")
    for child in head.children:
        if child.dep_ == "nmod" and child.i in placed and any(
                grandchild.dep_ == "case" and lower(grandchild) in cases for grandchild in child.children):
            # "The speaker of the Parliament, Jan Novak,": a person in apposition names the head, wherever
            # the parse hangs him
            return next((placed[grandchild.i] for grandchild in child.children if grandchild.dep_ == "appos"
                         and grandchild.i in placed and placed[grandchild.i].type == "person"), placed[child.i])
    if head.i in getattr(placed, "deeds", ()) or lower(head) not in SPEAKING_FOR:
        return None
    # "a spokesman for Ruritania's war council": a body that names no actor is its owner's, for whoever speaks
    # for it; "pilots of Acme's airline unit" are the unit's own people, not its owner's
    return next((placed[grandchild.i] for child in head.children if child.dep_ == "nmod" and any(
        grandchild.dep_ == "case" and lower(grandchild) in cases for grandchild in child.children)
        for grandchild in child.children if grandchild.dep_ == "nmod:poss" and grandchild.i in placed), None)


def leading_case(token) -> str:
    """The preposition that opens a phrase, wherever the parse hangs it ("at Acme's Leeds plant")."""
    first = min(token.subtree, key=lambda t: t.i)
    return lower(first) if first.dep_ == "case" else ""


def owned(token, placed: Placed) -> list[Mention]:
    """The actor a noun names as its owner: "the Ruritanian embassy", "Acme's offices", "the headquarters of
    Acme"."""
    if token.i in placed.nationals:
        return [placed.nationals[token.i]]
    owner = _owner(token, placed)
    return [owner] if owner is not None else []


def case(token) -> str:
    return next((lower(child) for child in token.children if child.dep_ == "case"), "")


RECEIVING = frozenset({"receive", "face", "get"})  # "Acme received a bid from Widget": Acme is bid for
DRAWING = frozenset({"draw", "attract", "earn", "win"})  # "Acme's plan drew criticism from Widget": the deed
# a subject draws is aimed at it


REPELLING = frozenset({"repel", "repulse", "foil", "thwart", "withstand", "survive"})


def unique(mentions: list[Mention], exclude: list[Mention]) -> list[Mention]:
    seen = {m.actor for m in exclude}
    result = []
    for mention in mentions:
        if mention.actor not in seen:
            seen.add(mention.actor)
            result.append(mention)
    return result


def charged_by(token):
    """The verb of accusing whose charge the trigger is ("was accused of bombing", "accused the army of Freedonia
    of shelling", however the parse hangs the "of"), else None."""
    if token.dep_ not in ("obl", "advcl", "acl", "nmod") or not any(
            child.dep_ in ("case", "mark") and lower(child) in CHARGING_CASES for child in token.children):
        return None
    head = token.head
    for _ in range(2):
        if lemma(head) in ACCUSING:
            return head
        if head.head.i == head.i or head.dep_ not in ("obj", "obl:agent", "nsubj:pass"):
            return None
        head = head.head
    return None


def mentions_of(token, placed: dict[int, Mention]) -> list[Mention]:
    return mention_list(token, placed) if token is not None else []

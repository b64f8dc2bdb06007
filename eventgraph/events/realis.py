"""Happenings the parse shows the text does not tell as fact, beyond the negations and modals frame.py reads.

- What an actor denies ("denied that its forces had attacked the tanker", "rejected charges that it had bombed
  the port", "dismissed claims that its troops shelled the town") is no event: the denial is the event, and
  what it denies is its content, not a second happening. A gerund ("denied attacking") frame.py already reads as
  what was not done.
- A happening's noun that a verb of averting takes ("aimed at averting a revaluation", "to avoid a strike")
  is kept from happening; so is one something is shielded from ("to protect its exports from air attacks").
- A happening's noun that a verb of revenge takes ("vowed to avenge the attack") was done before, by another than
  the avenger: a deed the sentence only recalls, no happening of its own with the avenger for doer.
- A happening's noun that a noun of what may come takes ("the risk of an attack on the tankers", "fears of a
  strike", "the possibility of talks") is not told as having happened; nor is what a rumour says ("rumours of
  riots", "rumours that troops had fired on the crowd").
- What a yes-no question asks about ("Did the army fire on the crowd?") is not told as fact; a question that
  opens with a question word ("Why did the army fire?") takes the happening as given and is left alone.
- A happening's noun that only qualifies the noun after it ("a merger proposal", "the takeover fight", "merger
  talks") tells no happening of its own: the noun it qualifies is what is told; nor does one that a deal hangs
  on ("subject to talks on a final agreement", "pending approval by regulators").
- What a plan's noun that "no" determines takes as its infinitive, its "of" or its "for" ("has no immediate plans
  to close the plant", "no present intention of selling", "no plans for an emergency meeting"), or what "no
  question of" takes, is not told as done or planned.
- A happening's noun that a ruling-out or a denial takes as its object ("ruled out a devaluation", "regulators
  denied the rate increase") is refused or said not to be: the ruling-out or the denial is the event.
- A gathering a speaker speaks to ("told a meeting of bankers", "addressing a conference of farmers", "in a
  speech to a meeting of ministers") is the audience of what is said, not a meeting told: the statement is the
  happening.
- An inquiry answered ("said in response to an enquiry from Reuters", "was replying to inquiries") is a question
  put to the speaker, not an investigation.
- A happening's noun that an appeal or a demand asks for ("called for talks", "a call for a ceasefire", "to
  seek a probe", "demanded talks") is what is asked, not told as having happened: the appeal is the happening.
- A happening's noun that a judgement of its odds has for subject ("a blockade of the strait was unlikely", "a
  strike is improbable", "retaliation is an unlikely step") is not told as having happened, nor as planned.
- A happening whose subject, or whose noun's "of", is a market ("share prices collapsed", "the collapse of stock
  prices", "a rout of the bond market") is a market move, which no one does to anyone: the conventions leave
  market moves unannotated. The word pairs of `events_not_happenings.txt` catch only a market word right before.
"""

from __future__ import annotations

from functools import lru_cache

from . import happenings
from .lexicon import entries_by_first_word, forms_of, irregular_forms, saying, third_person

AVERTING = frozenset({"avert", "avoid", "prevent", "forestall", "preclude", "thwart", "foil"})  # what they take
# does not happen: "to avoid a strike"
SHIELDING = frozenset({"protect", "shield", "insulate", "safeguard"})  # what they shield from does not happen
# to what they shield: "to protect its exports from air attacks"
RUMOURS = frozenset({"rumour", "rumor", "speculation"})  # nouns of what is said but not known: "rumours of riots",
# "rumours that troops had fired on the crowd"
PROSPECTS = frozenset({"risk", "danger", "threat", "possibility", "prospect", "fear", "likelihood", "chance",
                       "spectre", "specter", "probability"}) | RUMOURS  # nouns of what may come: "the risk of an
# attack", or may not have come: "rumours of a strike"
AVENGING = frozenset({"avenge", "revenge"})  # what they take was done: "to avenge the attack"
POSSIBLE = frozenset({"possible", "potential", "hypothetical"})  # a happening's noun they qualify is
# weighed, not told: "a possible collapse"
SHIELD_REACH = 3  # heads walked up from a noun shielded against to the verb of shielding
OFF_AVERTING = frozenset({"head", "ward", "stave"})  # the same with "off": "to head off a strike"
DENYING = frozenset({"deny", "reject", "dismiss", "refute", "rebut", "repudiate", "disavow", "dispute"})
RULING = frozenset({"rule"})  # with "out": what it takes is excluded
REFUSING = frozenset({"deny"})  # the one verb of `DENYING` whose object happening is kept from being: "denied the
# merger"; not "rejected the offer" nor "dismissed the suit", whose offer was made and suit filed
CLAIMS = frozenset({"report", "claim", "charge", "allegation", "accusation", "suggestion", "rumour", "rumor",
                    "assertion", "speculation", "insinuation"})  # nouns whose clause says what is claimed
CONTENT = ("acl", "acl:relcl", "ccomp")  # the parser reads "charges that it bombed" either way
HOLDERS = ("obj", "nsubj:pass", "obl", "nmod")
LIGHT = frozenset({"make", "hold", "offer", "give", "submit", "launch", "stage", "conduct", "carry", "call", "take",
                   "tender", "seek", "sign", "open", "start", "begin"})  # verbs whose object noun is the deed
NEGATORS = frozenset({"not", "n't", "never"})
RELATIVES = frozenset({"which", "who", "that"})
SPEECH = frozenset({"say", "tell", "warn", "add", "insist", "stress", "urge", "note", "offer"})  # a verb
# coordinated after a denial is most often the denier's own next act: "denied it, and warned ..."
QUESTION_WORDS = frozenset({"what", "why", "how", "who", "whom", "whose", "which", "when", "where"})
ASKED_WITH = ("xcomp", "ccomp", "conj")  # a clause the question asks about with its verb
REACH = 6  # heads walked up from a trigger's verb
COURSES = frozenset({"action", "actions", "campaign", "campaigns", "wave", "waves", "movement", "activity",
                     "activities", "operation", "operations", "spree", "series", "round", "rounds", "outbreak",
                     "process", "effort", "efforts", "drive", "attempt", "attempts", "call", "line", "lines"})  # nouns
# for a happening's own course, its call ("the strike call", a mention of the strike) or its line ("picket lines")
CLAUSAL = ("ROOT", "ccomp", "parataxis", "advcl", "xcomp", "conj", "csubj")  # a verb the tagger took for a
# noun: "these talks form part of"
CONDITIONING = frozenset({"subject", "conditioned", "conditional", "contingent", "dependent", "depending"})
PENDING = frozenset({"pending", "awaiting"})
PLANS = frozenset({"plan", "intention", "intent", "timetable", "schedule", "proposal", "desire", "wish"})  # nouns
# of what is meant to be done: "no immediate plans to close the plant"
EXCLUDING = PLANS | {"question"}  # nouns whose "no" says what they take is not to be: "no question of a strike"
SPEAKING_TO = frozenset({"tell", "address", "speak", "brief", "lecture"})  # verbs whose object or "to" names an
# audience: "told a meeting of bankers", "speaking to a conference"
SPEECHES = frozenset({"speech", "address", "remarks", "testimony", "presentation", "lecture", "briefing",
                      "message"})  # nouns of what is said to an audience: "in a speech to the congress"
AUDIENCE_CASES = frozenset({"to", "before"})
GATHERING = "04"  # the CAMEO root of meetings and talks: the nouns an audience is named by ("meeting", "summit")
ANSWERING = frozenset({"respond", "reply", "answer", "response"})  # words whose "to" names what is answered:
# "in response to an enquiry", "replying to inquiries"
QUESTIONS = frozenset({"inquiry", "inquiries", "enquiry", "enquiries"})  # nouns of an investigation that also
# name a question put to someone; "an investigation", "a probe" answered to stay investigations
MARKETS = frozenset({"market", "price", "stock", "share", "equity", "equities", "bond", "currency", "currencies",
                     "dollar", "index", "indices", "yield", "futures", "gilts"})  # what moves by itself
# when its subject or "of" names it: "prices collapsed", "the collapse of the dollar"
MARKET_REACH = 4  # words from "of" to the market's noun: "the collapse of U.K. share prices"
ASKING = frozenset({"call", "appeal", "press", "push", "plead", "ask", "demand", "request", "petition", "lobby",
                    "clamour", "clamor", "agitate"})  # verbs and nouns whose "for" names what is asked
ASKING_NOUNS = frozenset({"calls", "appeals", "demands", "requests", "petitions"})
ORDERS = frozenset({"order", "orders", "request", "requests", "plea", "pleas"})  # nouns of asking the lexicon
# reads as no happening: what their "for" names is asked, unless the asking is yet to come
LOOKING_AHEAD = frozenset({"will", "would", "shall", "'ll"})
SEEKING = frozenset({"seek", "demand", "request", "urge"})  # verbs whose object is what is asked: "demanded talks"
IMPROBABLE = frozenset({"unlikely", "improbable", "impossible", "inconceivable", "unthinkable"})  # a
# happening's noun they are said of does not happen: "a strike is unlikely"
MISREAD = frozenset({"calls", "provides", "bars", "stems", "includes", "requires", "covers", "allows", "means",
                     "gives", "sets", "forms", "makes", "shows", "says"})  # verbs after a subject that the
# tagger may take for the noun it qualifies: "the agreement calls for", "the accord bars employees"


@lru_cache(maxsize=1)
def _speech_forms() -> frozenset[str]:
    return forms_of(SPEECH) | irregular_forms(SPEECH)


@lru_cache(maxsize=1)
def _light_forms() -> frozenset[str]:
    return forms_of(LIGHT) | irregular_forms(LIGHT)


def _lower(token) -> str:
    return token.lower_.replace("’", "'")


def unreal(token, verb, nominal: bool) -> bool:
    """`token` is the trigger's word, `verb` the word that carries its tense: the trigger, or the verb a nominal
    trigger hangs on."""
    noun = nominal or token.tag_.startswith("NN") and _noun_form(token)  # a verb's word the parse reads as a
    # noun: "the risk of an attack", "farm output growth"; one that qualifies a happening's noun ("bomb
    # explosions") tells that happening, which the lexicon does not read apart
    return denied(token, verb, nominal) or dismissed(token, verb) or asked(verb) or rumoured(verb) or \
        ruled_out(token, verb) or market_move(token) or \
        noun and (conditional(token) or averted(token) or supposed(token) or audience(token) or answered(token) or
                  improbable(token) or sought(token, verb) or avenged(token) or hypothetical(token)) or \
        qualifying(token) and (nominal or noun and _lower(token.head) not in entries_by_first_word())


def _noun_form(token) -> bool:
    """Whether a trigger's word is a form a noun shares with its verb ("attack", "attacks", "demand"), not one
    only a verb has ("overran", "attacked"), which a noun's tag only misreads."""
    form = _lower(token)
    return any(form in (lemma, third_person(lemma)) for lemma in
               {entry.headline.split()[0] for entry in entries_by_first_word().get(form, ())})


def market_move(token) -> bool:
    """"share prices collapsed", "the collapse of U.S. stock prices", "the rout of the bond market": a verb whose
    subject is a market, or a noun whose "of" names one, tells a market move; not "prices were cut" or "the price
    agreed to by the cartel" (a passive: someone set them), "the collapse of the talks" nor "a cut in prices" (a
    deed done to prices)."""
    if saying(_lower(token)):
        return False  # a statement's subject is its speaker, however the parse reads the clause
    if token.tag_.startswith("NN"):
        return any(child.dep_ == "nmod" and _market(child) and any(
            case.dep_ == "case" and _lower(case) == "of" for case in child.children) for child in token.children) or \
            _market_after_of(token)
    return any(child.dep_ == "nsubj" and _market(child) for child in token.children) and not any(
        child.dep_ in ("obl:agent", "aux:pass") for child in token.children)  # "the price agreed to by the cartel",
    # which the parse may give a subject: a deed done to the market by its agent


def _market_after_of(token) -> bool:
    """"said the collapse of stock prices would hurt": the noun "of" takes, read from the words, as the parse may
    make the market the subject of the verb after it."""
    doc, k = token.doc, token.i + 1
    if k >= len(doc) or _lower(doc[k]) != "of":
        return False
    for word in doc[k + 1:k + 1 + MARKET_REACH]:
        if word.tag_.startswith("NN") and (word.i + 1 >= len(doc) or not doc[word.i + 1].tag_.startswith("NN")):
            return _market(word)
    return False


def _market(token) -> bool:
    """A market's noun, not a body named so ("the Common Market") nor shares counted or owned ("the sale of
    500,000 shares", "the purchase of its shares"): what is dealt in is no mover."""
    return _noun_in(token, MARKETS) and not token.tag_.startswith("NNP") and not any(
        child.dep_ in ("nummod", "nmod:poss") for child in token.children)


def ruled_out(token, verb) -> bool:
    """"has no immediate plans to sell the unit", "no present intention of being acquired", "no plans for an
    emergency meeting", "there is no question of Brazil adopting an austerity plan": what a noun of a plan, or
    of the question of it happening, determined by "no" takes (its infinitive, its "of" or "for") is not told as
    done or planned; the words' own reading catches "no plans to" only when nothing stands between "no" and the
    noun. Not "no need to continue the strike", which often tells a decision to end it, nor "no question that
    the talks failed"."""
    return any(_excluded(word) for word in {token, verb})


def _excluded(word) -> bool:
    head = word.head
    if head.i == word.i or not _noun_in(head, EXCLUDING) or not any(
            child.dep_ == "det" and _lower(child) == "no" for child in head.children):
        return False
    if word.dep_ == "acl":
        marks = {_lower(child) for child in word.children if child.dep_ == "mark"}
        return bool(marks) and marks <= {"to", "of"} or not marks and head.i + 1 < word.i and \
            _lower(head.doc[head.i + 1]) == "of"  # "no question of Brazil adopting"
    return word.dep_ in ("nmod", "obl") and any(
        child.dep_ == "case" and _lower(child) in ("of", "for") for child in word.children)


@lru_cache(maxsize=1)
def _speaking_forms() -> frozenset[str]:
    return forms_of(SPEAKING_TO) | {"told", "spoke", "spoken"}


def audience(token) -> bool:
    """"told a meeting of bankers", "addressing a conference of farmers", "speaking to a meeting", "in a speech
    to a meeting of ministers": a meeting's noun that a verb of speaking takes as whom it speaks to, or a speech
    is made to, names the audience of a statement; not "said at a meeting" nor "agreed at the talks", where the
    meeting is where a deed was done, nor a rally spoken to, which is a protest of its own, nor a meeting the
    article names with "the" ("told the meeting", "addressed the annual session of the congress"): that one
    may be the story's own."""
    head = token.head
    entries = entries_by_first_word().get(_lower(token), ())
    if head.i == token.i or not entries or not all(entry.code.startswith(GATHERING) for entry in entries):
        return False
    if not any(child.dep_ == "det" and _lower(child) in ("a", "an") for child in token.children):
        return False  # "told the meeting", "the annual meeting of the congress": a meeting the story tells
    cases = {_lower(child) for child in token.children if child.dep_ == "case"}
    form = _lower(head)
    if form in _speaking_forms() and not head.tag_.startswith("NN"):
        return token.dep_ in ("obj", "iobj") and not cases or token.dep_ == "obl" and bool(cases & AUDIENCE_CASES)
    return _noun_in(head, SPEECHES) and token.dep_ == "nmod" and bool(cases & AUDIENCE_CASES)


@lru_cache(maxsize=1)
def _answering_forms() -> frozenset[str]:
    return forms_of(ANSWERING) | {"answers", "replies", "responses"}


def answered(token) -> bool:
    """"said in response to an enquiry from Reuters", "was replying to Reuters inquiries", "in answer to
    enquiries": an investigation's noun that is answered is a question put to the speaker, not an inquiry
    opened; not "in response to an SEC investigation", which is one."""
    head = token.head
    return head.i != token.i and _lower(token) in QUESTIONS and \
        _lower(head) in _answering_forms() and any(
            child.dep_ == "case" and _lower(child) == "to" for child in token.children)


def averted(token) -> bool:
    """"aimed at averting a rapid revaluation", "to avoid a strike", "talks to head off a walkout", "a strike
    was averted": a happening's noun that a verb of averting takes is what is kept from happening."""
    head = token.head
    if head.i == token.i or token.dep_ not in ("obj", "nsubj:pass", "obl"):
        return False
    form = _lower(head)
    if form in forms_of(AVERTING):  # not "to prevent a deal from turning sour": what the deal would do is kept
        return token.dep_ != "obl" and not any(child.dep_ in ("advcl", "xcomp") and any(
            mark.dep_ == "mark" and _lower(mark) == "from" for mark in child.children) for child in head.children)
    if form not in forms_of(OFF_AVERTING):
        return False
    if token.dep_ == "obl":  # the parser may take "off" for the noun's preposition: "to head off a strike"
        return any(child.dep_ == "case" and _lower(child) == "off" for child in token.children)
    return any(child.dep_ == "compound:prt" and _lower(child) == "off" for child in head.children)


def avenged(token) -> bool:
    """"vowed to avenge the attack": a deed avenged is the one already done that the vow answers, not a deed to
    come; the article tells it where it tells it happened."""
    return token.dep_ == "obj" and token.head.i != token.i and _lower(token.head) in forms_of(AVENGING)


def hypothetical(token) -> bool:
    """"a possible collapse of the accord", "a potential conflict": a happening's noun that an adjective of mere
    possibility qualifies is weighed, neither told nor planned."""
    return any(child.dep_ == "amod" and _lower(child) in POSSIBLE for child in token.children)


def supposed(token) -> bool:
    """"the risk of a Ruritanian attack", "fears of a strike", "to protect its exports from air attacks": a
    happening's noun that a noun of what may come takes with "of", or that a verb of shielding keeps away, is
    not told as having happened."""
    head = token.head
    if head.i == token.i:
        return False
    cases = {_lower(child) for child in token.children if child.dep_ == "case"}
    form = _lower(head)
    prospect = form in PROSPECTS or form.endswith("s") and form[:-1] in PROSPECTS
    return prospect and "of" in cases and token.dep_ in ("nmod", "obl") or \
        bool(cases & {"from", "against"}) and _shielded(token)


def _shielded(token) -> bool:
    """"to protect its exports from attacks", "to protect part of its oil exports from air attacks": a verb of
    shielding the noun hangs on, directly or through the nouns of what is shielded (the parse may hang "from"
    on them)."""
    current = token
    for _ in range(SHIELD_REACH):
        head = current.head
        if head.i == current.i or current.dep_ not in ("obl", "nmod", "obj"):
            return False
        if _lower(head) in forms_of(SHIELDING) and not head.tag_.startswith("NN"):
            return current is not token or token.dep_ == "obl"
        current = head
    return False


@lru_cache(maxsize=1)
def _asking_forms() -> frozenset[str]:
    return forms_of(ASKING) | ASKING_NOUNS


@lru_cache(maxsize=1)
def _seeking_forms() -> frozenset[str]:
    return forms_of(SEEKING) | {"sought"}


def sought(token, verb) -> bool:
    """"called for talks", "a call for a ceasefire", "pressing for a strike", "to seek a probe", "demanded
    talks", "asked Freedonia for talks", "an order for a ceasefire": a happening's noun that an appeal takes with
    "for" (its head, or the word right before "for": the parse may hang "for" on another verb, "issued an order
    for a ceasefire"), or that a verb of seeking takes as its object, is what is asked, not a happening told;
    `verb` is the verb that carries the noun's tense."""
    head = token.head
    if head.i == token.i:
        return False
    if token.dep_ == "obj" and _lower(head) in _seeking_forms():
        return True
    case = next((child for child in token.children if child.dep_ == "case" and _lower(child) == "for"), None)
    if case is None or case.i == 0:
        return False
    before = token.doc[case.i - 1]
    return _appeal(before) or _appeal(head) or _lower(before) in ORDERS and not any(
        child.dep_ == "aux" and _lower(child) in LOOKING_AHEAD for child in verb.children)


def _appeal(word) -> bool:
    """A word of asking that tells an appeal of its own: a verb ("called for", "pressing for"), or a noun the
    lexicon reads as a happening ("a call for", "demands for"). A noun of asking it reads as none ("an order
    for a ceasefire") leaves what it asks for told only when the asking is yet to come: "would make a formal
    request for talks" is an intent to talk, which the talks' noun carries."""
    form = _lower(word)
    return form in _asking_forms() and (word.tag_.startswith("VB") or any(
        entry.kind == "N" for entry in entries_by_first_word().get(form, ())))


def improbable(token) -> bool:
    """"a blockade of the strait was unlikely", "retaliation is an unlikely step": a happening's noun whose
    predicate judges it unlikely, as an adjective or as one that qualifies the predicate's noun, with a copula."""
    head = token.head
    if token.dep_ != "nsubj" or head.i == token.i or not any(child.dep_ == "cop" for child in head.children):
        return False
    return _lower(head) in IMPROBABLE or head.tag_.startswith("NN") and any(
        child.dep_ == "amod" and _lower(child) in IMPROBABLE for child in head.children)


def rumoured(verb) -> bool:
    """"rumours that riots had broken out hit the market", "speculation that the bank had cut its rate": what a
    rumour says is not told as fact; not "the report that the rumour started" (a relative clause of the noun)."""
    head = verb.head
    return verb.dep_ in CONTENT and head.i != verb.i and _noun_in(head, RUMOURS) and _stated(verb)


def _noun_in(token, nouns: frozenset[str]) -> bool:
    """Whether `token` is one of the singular `nouns` or its plural in -s."""
    form = _lower(token)
    return form in nouns or form.endswith("s") and form[:-1] in nouns


def conditional(token) -> bool:
    """"the bid is subject to talks on a final agreement", "conditioned on approval by the board",
    "pending a review": a happening's noun that a deal hangs on is a condition, not a happening told."""
    head = token.head
    return any(child.dep_ in ("case", "mark") and _lower(child) in PENDING for child in token.children) or \
        head.i < token.i and _lower(head) in CONDITIONING and not head.tag_.startswith("NN") and any(
            child.dep_ == "case" and _lower(child) in ("to", "on", "upon") for child in token.children)  # not
    # "the subject of an investigation", nor the meeting a condition is met at ("at the annual meeting")


def met_at(token) -> bool:
    """"subject to shareholder approval at the May 4 annual meeting", "pending approval by shareholders at a
    special meeting": a happening's noun a condition is to be met at is still to come, though the deal's clause
    does not say so."""
    head = token.head
    return head.i < token.i and any(child.dep_ == "case" and _lower(child) == "at" for child in token.children) and (
        _lower(head) in CONDITIONING and not head.tag_.startswith("NN") or conditional(head))


def qualifying(token) -> bool:
    """"a cash merger proposal", "its takeover fight with TWA", "strike pay": a happening's noun that only
    qualifies the noun after it names no happening; that noun tells what is told ("the merger proposal" is a
    proposal). A noun for the happening's own course ("strike action", "a takeover attempt") is that happening;
    so are a disaster's ("drought conditions", "earthquake damage"), which the happening's own noun tells."""
    head = token.head
    return token.dep_ == "compound" and head.i > token.i and head.tag_.startswith("NN") and not hyphened(token) and \
        head.dep_ not in CLAUSAL and _lower(head) not in COURSES | MISREAD and not head.text[:1].isupper() and \
        not _lower(head).endswith("ing") and not any(  # "a restraining order freezing": a participle misread
            happenings.is_happening(entry.code) for entry in entries_by_first_word().get(_lower(token), ()))


def hyphened(token) -> bool:
    """"counter-attacks": a word joined by a hyphen to the next is one word with it."""
    return token.i + 1 < len(token.doc) and token.doc[token.i + 1].tag_ == "HYPH"


def denied(token, verb, nominal: bool = False) -> bool:
    """A happening the clause of a denial states. A noun the clause only takes as given is not denied: "denied
    he was responding to the protests", "denied the takeover would break the law", "denied it would end the
    agreement"; a noun the clause says was done is ("denied any supplies had been sent", "denied he had offered
    his resignation")."""
    if nominal and token.i == verb.i:
        return False  # a noun the parse misread as a verb: "rejected that bid"
    if token.i != verb.i and not (token.dep_ == "nsubj:pass" or token.dep_ == "obj" and _lower(verb) in _light_forms()):
        return False
    clause = verb
    for _ in range(REACH):
        if clause.dep_ not in ("xcomp", "conj") or clause.head.i == clause.i or clause.dep_ == "conj" and (
                _lower(clause) in _speech_forms() or any(_lower(child) == "but" for child in clause.children)):
            break
        clause = clause.head  # "denied it had bombed the port and killed civilians"
    head = clause.head
    if head.i == clause.i or not clause.tag_.startswith(("VB", "MD")):
        return False
    if clause.dep_ == "ccomp":
        return _denial(head) or _noun_in(head, CLAIMS) and _misread_denial(head)
    return clause.dep_ in CONTENT and _noun_in(head, CLAIMS) and _stated(clause) and (
        head.dep_ in HOLDERS and head.head.i != head.i and _denial(head.head) or _misread_denial(head))


def dismissed(token, verb) -> bool:
    """"ruled out a devaluation of the currency", "a May election was ruled out", "regulators denied the rate
    increase": a happening's noun that a ruling-out or a denial takes as its object is refused or said not to be;
    the ruling-out or the denial is the event. Not "did not rule out a cut", which leaves it open, nor "rejected
    the offer", which was made."""
    return token.i != verb.i and token.head.i == verb.i and token.dep_ in ("obj", "nsubj:pass") and \
        _asserted(verb) and (_lower(verb) in forms_of(REFUSING) or _lower(verb) in forms_of(RULING) and any(
            child.dep_ == "compound:prt" and _lower(child) == "out" for child in verb.children))


def _asserted(verb) -> bool:
    return not any(child.dep_ in ("advmod", "neg") and _lower(child) in NEGATORS for child in verb.children)


def _misread_denial(claim) -> bool:
    """"Iran denies reports that ...": the parser may read a denial in the present tense as a plural noun, the
    subject or a modifier of the claim it denies."""
    return any(child.dep_ in ("nsubj", "compound") and child.i == claim.i - 1 and _lower(child) in forms_of(DENYING)
               for child in claim.children)


def _denial(token) -> bool:
    """"denied", not "did not deny"."""
    return _lower(token) in forms_of(DENYING) and _asserted(token)


def _stated(clause) -> bool:
    """"reports that it had raised its bid", "rumours he had resigned": a clause with a subject of its own, not a
    relative pronoun ("reports which said"), or one opened by "that"; not a participle ("charges filed by")."""
    return any(child.dep_ == "mark" and _lower(child) == "that" for child in clause.children) or any(
        child.dep_ in ("nsubj", "nsubj:pass") and _lower(child) not in RELATIVES for child in clause.children)


def asked(verb) -> bool:
    # the sentence's last word is read first: most end in a full stop, and the rest of it need not be walked
    last = next((token for token in reversed(verb.doc) if _spoken(token)), None)
    if last is None or last.text != "?" or _lower(next(token for token in verb.doc if _spoken(token))) in \
            QUESTION_WORDS:
        return False
    current = verb
    for _ in range(REACH):
        if _inverted(current):
            return True
        if current.head.i == current.i or current.dep_ not in ASKED_WITH:
            return False
        current = current.head
    return False


def _spoken(token) -> bool:
    return not token.is_space and not token.is_quote


def _inverted(token) -> bool:
    """"Did the army fire", "Has the pact been signed": an auxiliary before the clause's subject."""
    subject = next((child for child in token.children if child.dep_ in ("nsubj", "nsubj:pass")), None)
    return subject is not None and any(child.dep_ in ("aux", "aux:pass") and child.i < subject.i
                                       for child in token.children)

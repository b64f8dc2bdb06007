"""What a reporting verb reports: after the addressee of "told", or the clause that opens the sentence when the
verb closes it ("The Soviet Union supports ..., its ambassador told KUNA"), with the speaker named after the
verb in "..., said Maria Ramirez of Drexel". A statement's targets are the actors it speaks of, not the one it
is told to ("told Reuters that Ruritania and Freedonia would settle": Ruritania and Freedonia); a comment whose
reported clause has no actor for its subject is aimed at no one ("said the takeover would let Acme grow"): the
actors it names further on are what it is about, not whom the speaker acts on, unless it tells the speaker's
own deed ("said it sold its stake in Acme").

A statement that reports no other happening is coded by what it says, as the CAMEO codebook codes the
statements it gives as examples: the speaker's own future made to hang on a condition, or a refusal to let
another act, is a threat (130, "he would withdraw the subsidy unless the dispute is settled", "will not allow
them to land"), words that judge as wrong are criticism (111, "called the ruling unjustified"), what must or
should be done is an appeal (020, "said creditors should show more understanding"), an offer or proposal found
wanting is turned down (120, "said the bid was inadequate"), another's act the speaker says
will be met by a response, or resolve to do whatever it takes, is a warning (130, "said any attack would be met by
force", "would do whatever it took"), and what the speaker itself will do is an intent (030, "said it would
refile the application", "Acme will provide the financing, Acme said"), unless it is a result foretold ("the company
will report record results") or a deed of cooperation offered on a condition, which is the terms of an offer, not a
threat ("if the harvest is poor, it would buy grain"); anything else is a comment (010), and so is whatever
analysts, economists, dealers or diplomats say, as annotators code commentators. A judgement is the
speaker's own act even beside the happenings a sentence reports ("said the attack was unjustified").
A comment that only reports a deed done ("said its forces captured the town"), gives a figure ("said six ships
were idle"), names what a report makes known ("reported a net loss"), tells a happening set for a day to come
("said the offer will expire on April 15"), gives the terms of a deal ("said the sale is subject to approval")
or says that nothing is known ("had no comment") is no statement of the speaker's own: annotators of news events
count the deed, not its telling.
A speaker the word rules miss may be a pronoun ("..., he said") or a country or body named, or named by its
adjective, before the plain noun of who spoke ("U.S. officials said").
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from ..actors import descriptions, groups
from ..actors.names import fold
from ..model import Document, Mention
from ..temporal import aspect
from . import attach, frame, happenings, phrases, titles, triggers
from .lexicon import ADDRESSING, Entry, disapproval, entries_by_first_word, forms_of, plural, wrongs
from .text import COORDINATORS, QUOTES, RELATIVES, SUBORDINATORS, Words, read

CONTENT_OPENERS = frozenset({"that", "on", "television", "in", "a", "statement", "yesterday", "today", "late",
                             "earlier"})  # words between a reporting verb and what was said
# present forms of thinking (past forms are in NOT_DEEDS)
MINDING = frozenset({"think", "thinks", "believe", "believes", "expect", "expects", "hope", "hopes", "fear",
                     "fears", "doubt", "doubts", "doubted", "see", "sees", "saw", "feel", "feels", "know", "knows"})
STRESSING = frozenset({"do", "does", "did", "can", "cannot"})  # auxiliaries of a negated or stressed clause
SUBJECT_REACH = 3  # words of a title or an adjective before the reported clause's subject names it
PERFECT = frozenset({"has", "have", "had"})
PRESENT = frozenset({"is", "are", "am", "be", "do", "does", "remains", "remain", "need", "needs"})
PAST_IRREGULAR = frozenset({"made", "took", "taken", "sent", "gave", "given", "began", "begun", "met", "held", "won",
                            "lost", "struck", "fell", "fallen", "rose", "risen", "went", "gone", "came", "left",
                            "got", "brought", "fought", "led", "paid", "sold", "bought", "broke", "broken", "shot",
                            "threw", "thrown", "stole", "stolen", "spent", "withdrew", "withdrawn", "hit", "cut",
                            "quit", "set", "put", "shut", "told", "said", "sought", "caught", "drove", "driven",
                            "flew", "flown", "ran", "bound", "built", "chose", "chosen", "wrote", "written",
                            "overran", "overrun", "undertook", "undertaken", "thought", "felt", "knew",
                            "forecast"})  # past forms not in -ed
PAST_BE = frozenset({"was", "were"})
NOT_DEEDS = frozenset({"said", "told", "thought", "felt", "knew", "forecast", "believed", "expected", "hoped",
                       "feared", "wanted", "wished", "seemed", "appeared", "remained", "needed", "planned",
                       "intended", "went", "gone", "proved", "looked", "sounded", "informed", "warned",
                       "stated", "reported", "announced", "estimated", "assumed", "concluded", "noted",
                       "worried", "liked", "preferred", "owned", "belonged", "meant", "continued", "indicated",
                       "opposed", "supported", "favored", "favoured", "welcomed", "suggested", "failed"})  # past
# forms of thinking, saying, judging, being and going on: "had been told", "went well", "opposed the plan", "the
# policy had failed" (a verdict on an outcome, not a deed)
STATES = frozenset({"involved", "concerned", "pleased", "disappointed", "surprised", "encouraged", "confined",
                    "required", "interested", "prepared", "determined", "committed", "based", "designed",
                    "scheduled", "convinced", "satisfied", "opposed", "related", "unrelated", "limited",
                    "located", "considered", "valued", "listed", "supposed", "used", "allowed", "entitled",
                    "alarmed", "set", "divided", "united", "linked", "tied",
                    "bound", "subjected", "exposed", "focused", "aimed", "dedicated", "owed",
                    "controlled", "backed", "ranked", "rated", "priced", "unchanged", "undecided",
                    "unconvinced", "engaged", "shocked", "dismayed", "angered", "delighted", "impressed",
                    "troubled", "puzzled", "saddened", "outraged", "relieved", "amazed", "astonished", "stunned",
                    "frustrated", "annoyed", "embarrassed", "offended", "excited", "discouraged"})  # participles
# that after "was" tell a state, not a deed done to someone: "were involved", "was confined to one plant"
SKIPPED_ADVERBS = frozenset({"not", "also", "still", "already", "just", "now", "then", "since", "recently",
                             "previously", "earlier", "finally", "successfully", "reportedly", "allegedly"})
MAKING_KNOWN = frozenset({"report", "publish", "disclose", "confirm"})  # verbs whose
# object may be the happening made known ("reported heavy fighting") as well as a clause
NONCOMMITTAL = tuple(tuple(phrase.split()) for phrase in (
    "no comment", "no immediate comment", "not immediately known", "not immediately available",
    "not immediately clear", "not known", "could not confirm", "can not confirm", "could not be confirmed",
    "unable to confirm", "declined to comment", "declined to say", "declined to elaborate", "would not comment",
    "would not say", "would not elaborate", "would not disclose", "would not confirm", "did not know",
    "no details", "no further details", "no immediate plans", "not available for comment", "could not be reached",
    "declined to give", "declined to disclose", "declined to identify", "declined to name",
    "did not elaborate"))  # a reported clause that tells nothing
COUNTED = happenings.COUNTS - {"some", "several", "many", "all"}  # a count, not a guess: "six ships"
FIGURE_REACH = 4  # words after "was" or "had" that may give the figure: "were nearer 17 to 20 mln"
CONTENT_REACH = 10  # words from a reporting verb to the first word of what was said
MAX_SAID_WORDS = 14  # words from the reported clause's first word to its verb
MAX_TITLED_WORDS = 24  # the same for a title, to an auxiliary: it shows a long subject by its head ("the rate ... was")
MAX_SUBJECT_WORDS = 6  # words of the reported clause's subject a title shows whole
VERB_TAIL = 4  # words a title shows after the reported clause's verb
OPENING_PREPOSITIONS = frozenset({"as", "along", "apart", "due", "because", "excluding", "including", "according",
                                  "given"})  # words that open a prepositional phrase besides the prepositions
OPENER_REACH = 8  # words of a phrase opening a reported clause before its comma ("Over the next two to three years,")
CHAIN = triggers.FUTURE | triggers.BE | PERFECT | triggers.NEGATIONS | {
    "to", "do", "did", "does", "also", "still", "already", "now", "again", "then", "yet"}  # "would probably not"


CONDITIONS = frozenset({"if", "unless"})
PROMISING = frozenset({"will", "would", "'ll", "shall", "could", "may", "might"})  # the speaker's own future that
# may hang on a condition: a threat is what the speaker will do, not what may befall others
OWN_FUTURE = frozenset({"will", "would", "'ll", "shall"})
UNCONDITIONAL = frozenset({"even", "ascertain", "determine", "see", "know", "decide", "ask", "asked", "examine",
                           "check", "wonder", "study", "review", "assess", "investigate", "unclear",
                           "clear"})  # before "if": a concession or a question, no condition
HEDGES = frozenset({"necessary", "needed", "possible", "required", "appropriate", "any", "so"})  # after "if"
OBLIGING = frozenset({"should", "must", "ought"})
NEEDING = frozenset({"need", "needs", "needed"})  # an obligation after its subject or "be" ("Ruritania needs new
# credits", "changes were needed") or before "to" ("need to cut"), not "the need for", "the information needed"
INTENDING = frozenset({"intend", "intends", "intended", "intending", "plan", "plans", "planned", "planning",
                       "prepared", "ready", "willing", "determined"})  # before "to": "said it was prepared to lift them"
SELF = frozenset({"it", "he", "she", "they", "we", "i"})  # the speaker, as its own statement names it
ITSELF = frozenset({"it", "i"})  # the speaker alone: "we" and "they" may take in those it appeals to
FIRMS = frozenset({"company", "firm"})  # "the company should bring its costs down": a firm's word on itself
OWN_BODIES = frozenset({"company", "firm", "group", "government", "union", "bank"})  # "his firm would"
SKIPPED = frozenset({"also", "still", "now", "not", "then", "soon", "probably", "likely", "is", "was", "are",
                     "were"})  # between a subject and its future: "it would also", "it was prepared to"
FORBIDDEN = frozenset({"allow", "let", "tolerate", "permit"})  # after "will not": a warning
THREAT, CRITICISM, APPEAL, INTENT, COMMENT, CONSIDER, REJECTION = "130", "111", "020", "030", "010", "014", "120"
PROPOSALS = frozenset({"offer", "offers", "bid", "bids", "proposal", "proposals", "terms"})  # what a party puts
# to another, which a judgement of it turns down: "said the offer was inadequate" (CAMEO 12, reject)
WANTING = frozenset({"inadequate", "insufficient", "unacceptable", "unwelcome", "undervalues", "undervalue",
                     "too low", "highly conditional", "not in the best interests"})  # words that find an offer
# wanting: a
# rejection, not criticism; words that judge it wrong ("unjustified", "protectionist") criticise it
WANTING_REACH = 8  # words from an offer to the word that finds it wanting: "the offer, ..., was inadequate"
RESPONSES = frozenset({"response", "retaliation", "reprisal", "reprisals", "force", "consequences",
                       "countermeasures", "punishment"})  # what a party's act "would be met by" or "will face"
MEETING = frozenset({"meet", "face"})  # "any attack would meet a strong response", "they will face consequences"
RESPONSE_REACH = 4  # words from "met by" or "face" to the response: "would be met by a strong military response"
COMING = frozenset({"begin", "start", "commence", "end", "expire", "close", "open", "resume", "mature"})  # what
# starts or ends by itself after "should" and a time ("should open in May")
WHEN_WORDS = frozenset({"in", "on", "at", "next", "later", "soon", "shortly", "within", "before", "after",
                        "early", "late", "this", "around", "about", "during"})  # after "should open": when a thing
# is expected to come about ("the mine should open in the first half"), not what a party ought to open; "by" only
# before a time ("should close by June"), not before the way ("should begin by withdrawing its troops")
AVOWALS = frozenset({"intention", "intentions", "intent", "readiness", "willingness"})  # nouns of an intent, before
# "to"; not "plans", as often another's that a speaker speaks of ("their plan to restructure")
POSSESSIVES = frozenset({"its", "our", "my"})  # the speaker's own, not "their", as often another's
AVOWAL_REACH = 4  # words from a possessive to its noun of intent: "its present 'good faith intention'"
RETALIATING = frozenset({"retaliate"})  # the speaker's answer to another's act: a warning whatever its manner
ANSWERING = frozenset({"respond", "react", "reply", "answer"})  # a warning by its manner: "respond decisively"
STRIKING_BACK = frozenset({"hit", "strike"})  # a warning with "back": "would hit back"
FORCEFUL = frozenset({"decisively", "firmly", "strongly", "forcefully", "militarily", "force",
                      "harshly", "severely", "vigorously", "swiftly", "resolutely"})
IN_KIND = ["in", "kind"]  # "would respond in kind"; not "respond to any kind of question"
QUESTIONS = frozenset({"why", "how", "whether", "if", "when", "what"})  # "no reason why we should accept": no obligation laid
QUESTION_REACH = 3  # words before "should" that may open the question it is in
OUTCOMES = frozenset({"help", "result", "come", "rise", "fall", "increase", "decrease", "improve", "boost",
                      "benefit", "mean", "lead", "reach", "total", "exceed", "grow", "remain", "continue",
                      "return", "contribute", "allow", "enable", "produce", "generate", "cost",
                      "last", "pick", "recover", "ease", "strengthen", "weaken", "top", "average",
                      "stabilize", "stabilise", "decline", "drop", "climb", "gain", "slow"})  # after "should":
# what is expected to come about ("should help results", "should rise 5 pct")
UNPLEDGED = frozenset({"like", "prefer", "love", "rather", "welcome", "need", "hope", "wish", "want", "expect",
                       "think", "believe", "imagine", "guess", "anticipate", "doubt", "suspect"})  # after
# "we would": a wish or a thought, not a deed pledged
IMPERSONAL = frozenset({"impair", "constrain", "help", "hurt", "cost", "take", "mean", "affect", "benefit",
                        "boost", "lead", "result", "depend", "matter", "happen", "last", "require", "involve",
                        "allow", "enable", "cause", "indicate", "suggest", "seem", "appear", "show", "come", "expire",
                        "mature"})  # after "it will": what a thing will
# do or undergo ("it will take years", "it would hurt exports", "it will come into force"), not what a speaker pledges
COMMENTATORS = frozenset({"analyst", "analysts", "economist", "economists", "dealer", "dealers", "trader",
                          "traders", "broker", "brokers", "strategist", "strategists", "arbitrager", "arbitragers",
                          "arbitrageur", "arbitrageurs", "diplomat", "diplomats", "observer", "observers",
                          "underwriter", "underwriters"})  # who comment on others' deeds: "analysts' and
# arbitragers' comments are one 010 event per speaker and day", as the annotation conventions say
UNLIKE = frozenset({"like", "unlike", "as"})  # "Ruritania, like most analysts, said": a comparison, not who speaks
APPOSITION_REACH = 8  # words of "Jan Novak, an analyst with Acme Securities," before or after the verb
RESOLVE_REACH = 5  # words from "would" to "whatever" or "resort to": "would do whatever it took"
FEARED = frozenset({"danger", "risk", "fear", "fears", "possibility", "chance", "chances", "likely", "unlikely",
                    "possible", "probable", "doubt", "doubts", "hope", "hopes", "worry", "worries",
                    "prospect"})  # "a risk that prices will slip": what may come about, not what is pledged
PREDICATE_REACH = 4  # words from "be" to the word naming a wrong: "is in open violation", "were wanton and barbarous"
PREDICATE_FILLERS = frozenset({"a", "an", "the", "in", "of", "act", "acts", "and", "armed", "clear", "direct",
                               "flagrant", "blatant", "open", "serious", "grave", "gross", "major", "main", "real"})
# what may stand between "be" and the wrong it names
UNCLAIMED = frozenset({"would", "could", "might", "may", "can", "to", "which", "there", "whether", "if"})  # before
# "be": advice ("it would be a mistake to"), a clause that tells the background ("the diversion, which was illegal"),
# a wrong only said to exist ("there was an illegal diversion") or asked about
UNFAULTED = frozenset({"it", "this", "that", "what", "which", "there"})  # "it was wrong to believe": a view
COOPERATIVE = ("03", "08")  # CAMEO roots of cooperation, from intent to cooperate to yielding
REFUSING = ("fail", "refus", "reject")  # a condition that another refuses: "if the union rejects the offer"
FORECASTS = frozenset({"report", "record", "post", "show", "earn", "see", "run", "fall", "rise", "come"})  # after
# "it will": results foretold ("the company will report record results"), not a deed pledged
WEIGHED = frozenset({"consider", "study", "examine", "review", "weigh", "explore", "evaluate", "assess",
                     "reconsider", "look"})  # after "it would": an option weighed, not a deed pledged


def gist(words: Words, trigger: triggers.Trigger, only: bool, own: frozenset[int] = frozenset(),
         firm: bool = False) -> Entry:
    """The reporting verb's entry coded by what its sentence says (see the module's docstring). When the
    sentence reports no other happening (`only`), its words are what was said and who said it; else they tell
    those happenings, and only a judgement of them is the statement's own: criticism ("said the attack was
    unjustified"). `own`: the words that name the speaker in the sentence, whose future is its own ("Acme will
    provide the financing, Acme said"); `firm`: whether the speaker is an organization, whose "the company" is
    itself. Commentators' words are comments whatever they say."""
    if _commentator(words, trigger):
        return trigger.entry
    forms = [form for j, form in enumerate(words.forms) if not trigger.first <= j <= trigger.last]
    width = trigger.last - trigger.first + 1
    own = frozenset(j - width if j > trigger.last else j for j in own if not trigger.first <= j <= trigger.last)
    named = frozenset(j - width if j > trigger.last else j for j in range(1, len(words))
                      if words.capitalised(j) and not trigger.first <= j <= trigger.last)
    if only and _found_wanting(forms):
        return replace(trigger.entry, code=REJECTION)
    if _disapproving(forms) or _faulted(forms) or _condemned(forms):
        return replace(trigger.entry, code=CRITICISM)
    if not only:
        return trigger.entry
    promised = _own_deed(forms, PROMISING, own, acting=True)
    if promised is not None and _conditioned(forms) and not _bargained(forms, promised) or \
            _forbidding(forms, own | named) or _answered(forms) or _resolved(forms, own | named) or \
            promised is not None and _retaliating(forms, promised):
        code = THREAT
    elif _obliged(words, trigger, firm) or _needed(words, trigger, firm):
        code = APPEAL
    elif _own_future(forms, OWN_FUTURE, own, affirmed=True) or _avowed(forms, own, named, trigger.first):
        code = CONSIDER if _own_future(forms, OWN_FUTURE, own, affirmed=True, weighed=True) else INTENT
    else:
        return trigger.entry
    return replace(trigger.entry, code=code)


def _commentator(words: Words, trigger: triggers.Trigger) -> bool:
    """"analysts said", "said one dealer", "Jan Novak, an analyst with Acme Securities, said": who comment on
    what others do; news event coders count their words as comments (010), whatever they say should or will
    happen."""
    before = words.before(trigger.first, phrases.ADVERBS)
    if before >= 0 and words.forms[before] in COMMENTATORS:
        return True
    start = words.clause_starts[words.clause[before]] if before >= 0 else trigger.first
    if _commentator_phrase(words, max(start, trigger.first - APPOSITION_REACH), trigger.first) \
            and words.forms[max(0, start - 1)] == ",":
        return True  # "Jan Novak, an analyst with Acme, said", "..., analysts and officials said"
    if not (words.capitalised(trigger.last + 1) or words.forms[trigger.last + 1:trigger.last + 2] and
            words.forms[trigger.last + 1] in ONE_OF):
        return False  # "said the analysts were wrong": what was said, not who said it
    after = next((j for j in range(trigger.last + 1, len(words)) if words.forms[j] in QUOTES or
                  words.forms[j] in ("that", ".") or words.forms[j] in SUBORDINATORS), len(words))
    return after - trigger.last <= APPOSITION_REACH + 2 and any(
        form in COMMENTATORS for form in words.forms[trigger.last + 1:after])  # "said Jan Novak, an analyst"


def _commentator_phrase(words: Words, first: int, end: int) -> bool:
    """Whether the speaker's phrase or apposition in words `first`..`end` holds a commentator noun of its own ("an
    analyst with Acme", "Bank of Acme economist Jan Novak", "banking analysts"), not one a verb form, a
    preposition or a comparison before it governs ("ignoring the analysts", "in remarks to a society of
    analysts", "like most analysts": the speaker is someone else)."""
    for j in range(first, end):
        form = words.forms[j]
        if form in COMMENTATORS:
            return True
        inside_name = words.capitalised(j - 1) and words.capitalised(j + 1)  # "Bank of Acme"
        adjective = j + 1 < end and words.forms[j + 1] in COMMENTATORS  # "banking analysts"
        if form in UNLIKE or form in triggers.PREPOSITIONS and not inside_name or \
                form.endswith(("ing", "ed")) and not adjective:
            return False
    return False


def _disapproving(forms: list[str]) -> bool:
    """A word or phrase that judges what is spoken of as wrong ("unjustified", "not in keeping with")."""
    return _listed_at(forms, disapproval(), range(len(forms)))


def _faulted(forms: list[str]) -> bool:
    """"Novak was wrong to accuse the dockers", "the tribunal was wrong in granting the permit", "the
    market was mistaken": a party found at fault, not a view rebutted ("it is wrong to say", "that is wrong")."""
    return any(form in triggers.BE and j > 0 and forms[j - 1] not in UNFAULTED and forms[j + 1:j + 2] and (
        forms[j + 1] == "mistaken" or forms[j + 1] == "wrong" and forms[j + 2:j + 3] in (["to"], ["in"]))
        for j, form in enumerate(forms))


def _condemned(forms: list[str]) -> bool:
    """"the raid was an act of aggression", "what the council has done is in open violation of the charter", "the
    tax is discriminatory and illegal", "the central bank was the main culprit": a said clause whose predicate names
    a wrong done, criticism (CAMEO 111). Not a wrong denied ("was not a violation", "had never been a mistake"),
    weighed ("would be a mistake to"), or asked about ("whether it was illegal")."""
    listed = wrongs()
    for j, form in enumerate(forms):
        if form not in triggers.BE and form not in ("act", "acts") or j > 0 and forms[j - 1] in UNCLAIMED or \
                any(word in triggers.NEGATIONS for word in forms[max(0, j - 2):j]):
            continue
        k = j + 1
        while k < len(forms) and k - j <= PREDICATE_REACH and \
                (forms[k] in PREDICATE_FILLERS or forms[k].endswith("ly")):
            k += 1
        if k < len(forms) and k - j <= PREDICATE_REACH and _listed_at(forms, listed, range(k, k + 1)):
            return True
    return False


def _listed_at(forms: list[str], listed: frozenset[str], positions: range) -> bool:
    """Whether an entry of `listed`, one word or a phrase of several ("too low"), starts at one of `positions`."""
    phrases = _phrases(listed)
    return any(forms[j] in listed or any(tuple(forms[j:j + len(phrase)]) == phrase for phrase in phrases)
               for j in positions)


@lru_cache(maxsize=None)
def _phrases(listed: frozenset[str]) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(entry.split()) for entry in listed if " " in entry)


def _resolved(forms: list[str], named: frozenset[int]) -> bool:
    """"would do whatever it took to keep the bridge open", "would resort to any means to protect the coast":
    a party's resolve to do anything it takes against what is feared, a warning (CAMEO 13); not a guess at
    another's ("it is unlikely the administration would resort to such measures")."""
    for j, form in enumerate(forms):
        if not (form in OWN_FUTURE or form in INTENDING and forms[j + 1:j + 2] == ["to"]) or \
                forms[j + 1:j + 2] and forms[j + 1] in triggers.NEGATIONS:
            continue
        reach = forms[j + 1:j + 1 + RESOLVE_REACH]
        if not ("whatever" in reach or "necessary" in reach and "all" in reach or
                any(reach[k:k + 2] == ["resort", "to"] for k in range(len(reach)))):
            continue
        k = _subject(forms, j)
        if k >= 0 and (_speaking_subject(forms, k, named) or forms[k] in COORDINATORS) and \
                not any(word in FEARED for word in forms[max(0, k - QUESTION_REACH):k]):
            return True
    return False


def _subject(forms: list[str], j: int) -> int:
    """The last word of the subject of the modal at `j`, past the adverbs between ("it would also", "Ruritania
    will probably")."""
    k = j - 1
    while k >= 0 and (forms[k] in SKIPPED or forms[k].endswith("ly")):
        k -= 1
    return k


def reporting(trigger: str) -> bool:
    """Whether a trigger's words are a reporting verb's ("said", "told")."""
    first = trigger.lower().split()[0] if trigger.split() else ""
    return any(entry.kind == "S" for entry in entries_by_first_word().get(first, ()))


def _conditioned(forms: list[str]) -> bool:
    """"unless the dispute is settled", "if they attack": a condition, not a concession ("even if"), a hedge
    ("if necessary") or an indirect question ("to ascertain if they play a role")."""
    return any(form in CONDITIONS and not (j > 0 and forms[j - 1] in UNCONDITIONAL) and
               forms[j + 1:j + 2] != [] and forms[j + 1] not in HEDGES for j, form in enumerate(forms))


def _forbidding(forms: list[str], named: frozenset[int]) -> bool:
    """"would not let Freedonia use the canal", "will not tolerate": a future refusal to permit is a warning, when
    the speaker or a party named refuses (`named`), not a thing ("the commitment would not allow it")."""
    for j, form in enumerate(forms):
        if form in OWN_FUTURE and forms[j + 1:j + 2] in (["not"], ["n't"]) and forms[j + 2:j + 3] and \
                forms[j + 2] in FORBIDDEN:
            k = _subject(forms, j)
            if k >= 0 and (_speaking_subject(forms, k, named) or forms[k] in COORDINATORS):
                return True  # "wanted no quarrel but would not let Freedonia use it": the subject before
    return False


def _found_wanting(forms: list[str]) -> bool:
    """"said the offer was grossly inadequate", "the bid, which it considers inadequate", "considered the offer
    to be too low": an offer judged too little to take."""
    return any(form in PROPOSALS and _listed_at(forms, WANTING, range(j + 1, min(len(forms), j + 1 + WANTING_REACH)))
               for j, form in enumerate(forms))


def _answered(forms: list[str]) -> bool:
    """"any interference would be met by a strong response", "they will face the consequences": an act of
    another's the speaker says will be answered is a warning (CAMEO 13), not "demand will be met by imports"."""
    for j, form in enumerate(forms):
        if form not in OWN_FUTURE:
            continue
        k = j + 1
        if forms[k:k + 2] == ["be", "met"] and forms[k + 2:k + 3] in (["by"], ["with"]):
            k += 3
        elif forms[k:k + 1] and forms[k] in MEETING:
            k += 1
        else:
            continue
        if set(forms[k:k + RESPONSE_REACH]) & RESPONSES:
            return True
    return False


def _avowed(forms: list[str], own: frozenset[int], named: frozenset[int], said: int) -> bool:
    """"informed the board of its intention to buy more stock", "confirmed our readiness to talk": an intent the
    speaker's possessive owns, not "has no intention to sell" nor another's ("the minister's intention to cut",
    "Jan Novak said Acme informed the board of its intention to sell": Acme's). `said`: where the reporting verb
    stood in `forms`."""
    for j, form in enumerate(forms):
        if form not in AVOWALS:
            continue
        k = j + 1 + (forms[j + 1:j + 2] != [] and forms[j + 1] in QUOTES)
        before = forms[max(0, j - AVOWAL_REACH):j]
        owner = next((i for i in range(j - 1, -1, -1) if forms[i] in POSSESSIVES), -1)
        if forms[k:k + 1] == ["to"] and owner >= max(0, j - AVOWAL_REACH) and _speakers_own(
                forms, owner, own, named, said) and not any(word in triggers.NEGATIONS for word in before):
            return True
    return False


def _speakers_own(forms: list[str], possessive: int, own: frozenset[int], named: frozenset[int], said: int) -> bool:
    """Whether the possessive at `possessive` is the speaker's: the subject of its clause, the first pronoun or
    name after the reporting verb (or from the start when the verb comes later), is the speaker, or there is
    none ("our readiness to talk remains")."""
    start = said if said < possessive else 0
    subject = next((i for i in range(start, possessive) if forms[i] in SELF or i in own or i in named), None)
    return subject is None or _speaking_subject(forms, subject, own)


def _retaliating(forms: list[str], deed: int) -> bool:
    """"would respond decisively to any aggressive measure", "will retaliate", "would hit back": the speaker's
    own answer to what another may do is a warning (CAMEO 13), not an intent; not "will respond to the offer next
    week", an answer owed."""
    form = forms[deed]
    if form in forms_of(RETALIATING):
        return True
    after = forms[deed + 1:deed + 1 + RESPONSE_REACH]
    if form in forms_of(STRIKING_BACK):
        return after[:1] == ["back"]
    return form in forms_of(ANSWERING) and (bool(set(after) & FORCEFUL) or
                                          any(after[i:i + 2] == IN_KIND for i in range(len(after))))


def _obliged(words: Words, trigger: triggers.Trigger, firm: bool) -> bool:
    """"said creditors should show more understanding": an obligation the speaker lays down, not one a
    question or a condition weighs ("to determine whether the duty should be cut", "if it must"), nor one it
    lays on itself (a company's "the company should bring its costs down", "it must cut costs"): an appeal is
    to others."""
    return any(form in OBLIGING and not _asked(words, j) and not _expected(words, j) and
               not _itself(words, j, firm)
               for j, form in enumerate(words.forms) if not trigger.first <= j <= trigger.last)


def _itself(words: Words, j: int, firm: bool) -> bool:
    """Whether the subject of the modal or need at `j` is the speaker itself: "it", "I", or "the company" when
    the speaker is an organization (`firm`; a country's or a person's "the company should" is an appeal to it).
    Its name is not enough: "the minister said Freedonia needed more loans" appeals to others for the country,
    and "the government should" is more often a critic's appeal than a government's word on itself."""
    k = _subject(words.forms, j)
    return k >= 0 and (words.forms[k] in ITSELF or firm and
                       words.forms[k] in FIRMS and k > 0 and words.forms[k - 1] in triggers.DETERMINERS)


def _expected(words: Words, j: int) -> bool:
    """"the changes should help results", "the products should be available in May", "the plant should open
    early next year": "should" of what is expected to come about, not of what someone ought to do ("should be
    abolished", "should show more understanding")."""
    if words.forms[j] != "should":
        return False
    k = _past_adverbs(words.forms, j + 1)
    if k >= len(words):
        return False
    if words.forms[k] in ("be", "have"):
        after = _past_adverbs(words.forms, k + 1)
        form = words.forms[after] if after < len(words) else ""
        return words.forms[k] == "have" or not (form in PAST_IRREGULAR or len(form) > 4 and form.endswith("ed"))
    return words.forms[k] in OUTCOMES or words.forms[k] in COMING and (
        k + 1 >= len(words) or words.forms[k + 1] in WHEN_WORDS or words.is_break(k + 1) or
        words.forms[k + 1] == "by" and k + 2 < len(words) and not words.forms[k + 2].endswith("ing"))


def _asked(words: Words, j: int) -> bool:
    opener = words.forms[words.clause_starts[words.clause[j]]]
    return opener in CONDITIONS or opener == "whether" or any(
        form in QUESTIONS for form in words.forms[max(0, j - QUESTION_REACH):j])


def _needed(words: Words, trigger: triggers.Trigger, firm: bool) -> bool:
    forms = words.forms
    return any(form in NEEDING and j > trigger.last and not _asked(words, j) and not _itself(words, j, firm) and (
        forms[j + 1:j + 2] == ["to"] and (form != "needed" or forms[j - 1] in SELF or words.capitalised(j - 1)) or
        forms[j - 1] in triggers.BE or forms[j - 1] in SELF or words.capitalised(j - 1))
        for j, form in enumerate(forms))


def _bargained(forms: list[str], deed: int) -> bool:
    """"if the harvest is poor, it would buy grain from its neighbours": a deed of cooperation promised on a condition
    that asks nothing be refused is the terms of an offer, not a threat ("unless the union accepts", "if the price
    is not agreed, it may bid for the stock directly" are)."""
    entries = [entry for entry in entries_by_first_word().get(forms[deed], ()) if entry.kind == "V"]
    if not entries or any(not COOPERATIVE[0] <= entry.code[:2] <= COOPERATIVE[1] for entry in entries):
        return False
    for j, form in enumerate(forms):
        if form in CONDITIONS:
            clause = forms[j + 1:next((k for k in range(j + 1, len(forms)) if forms[k] in (",", ".") or k == deed),
                                      len(forms))]
            if form == "unless" or any(word in triggers.NEGATIONS or word.startswith(REFUSING) for word in clause):
                return False
    return True


def _own_future(forms: list[str], modals: frozenset[str], own: frozenset[int], affirmed: bool = False,
                weighed: bool = False, acting: bool = False) -> bool:
    return _own_deed(forms, modals, own, affirmed, weighed, acting) is not None


def _own_deed(forms: list[str], modals: frozenset[str], own: frozenset[int], affirmed: bool = False,
              weighed: bool = False, acting: bool = False) -> int | None:
    """"it would refile", "her company would do exactly that", "they intend to pursue", "Acme will provide the
    financing" said by Acme: the speaker's own future, told by one of `modals` or a word of intent; `affirmed`:
    a deed it will do, not a forecast ("it will be ten days", "it will likely report record results") nor a
    refusal ("it would not wait"); `weighed`: one it will only weigh ("it would consider alternatives", "intends
    to review all options", CAMEO's 014, consider a policy option); `acting`: a deed, done or refused, not a
    state, a need or a thought ("it could be kept below five pct", "we would have to raise", "I would not be
    surprised"). The speaker's deed, as the index of its verb, or None."""
    for j, form in enumerate(forms):
        if not _speaking_subject(forms, j, own) or any(
                word in QUESTIONS - CONDITIONS or word in RELATIVES or word in FEARED
                for word in forms[max(0, j - QUESTION_REACH):j]):
            continue  # "not certain whether the company would pay", "the price it will receive", "a risk we will"
        k = j + 1
        while k < len(forms) and (forms[k] in SKIPPED or forms[k].endswith("ly")):
            k += 1
        if k >= len(forms) or not (forms[k] in modals or forms[k] in INTENDING and forms[k + 1:k + 2] == ["to"]):
            continue
        verb = _past_adverbs(forms, k + 2 if forms[k] in INTENDING else k + 1)
        deed = forms[verb] if verb < len(forms) else ""
        negated = any(word in triggers.NEGATIONS for word in forms[k + 1:verb + 1])  # "would not", "will never"
        if affirmed and (negated or deed in triggers.BE | PERFECT | UNPLEDGED | FORECASTS or
                         form == "it" and deed in IMPERSONAL):
            continue
        if weighed and deed not in WEIGHED:
            continue
        if acting and deed in triggers.BE | PERFECT | WEIGHED | UNPLEDGED:
            continue
        return verb
    return None


def _speaking_subject(forms: list[str], j: int, own: frozenset[int]) -> bool:
    """Whether the word at `j` ends a subject that is the speaker: a pronoun, the speaker's name, or "the
    company", "his firm", "the Acme group"."""
    if forms[j] in SELF or j in own:
        return True
    return forms[j] in OWN_BODIES and j > 0 and (forms[j - 1] in triggers.DETERMINERS or j - 1 in own)


SPEAKING = frozenset({"he", "she", "it"})  # pronouns that name one speaker; "they" may be any of several
SPEAKER_NOUNS = 2  # plain words between a speaker's name and the verb: "U.S. trade officials said"


def speakers(doc: Document, words: Words, found: list[triggers.Trigger], bindings: list[attach.Binding]) -> None:
    """The speaker of a reporting verb the word rules gave none: the actor a pronoun right before or after it
    stands for ("..., he said", "It said ...", "said she", "he also said"), unless what was said names that
    actor ("Novak is abroad, he said": he is someone else); or the country or body whose name or adjective leads the plain
    noun before it ("U.S. officials said", "French officers said"), as CAMEO coders code such speakers."""
    named = {m.actor for m in doc.mentions if words.offset <= m.start < words.offset + len(words.text)}
    for trigger, binding in zip(found, bindings):
        if trigger.entry.kind != "S" or binding.sources:
            continue
        before = words.before(trigger.first, phrases.ADVERBS)
        at = next((j for j in (before, trigger.last + 1) if 0 <= j < len(words) and
                   words.forms[j] in SPEAKING and not (j > trigger.last and words.forms[j] in PERSONS and
                                                       attach.plural_subject(words, trigger))), None)
        if at is None and _plural_pronoun(words, trigger):
            binding.sources = _their_speakers(doc, words, trigger)
            continue
        if at is None:
            speaker = _named_speaker(doc, words, trigger.first) or unnamed_group(doc, words, trigger)
        else:  # the speaker was named before the sentence: what was said may name others
            speaker = descriptions.antecedent(doc, words.forms[at], words.offset)
            if speaker is not None and speaker.actor in named:
                speaker = None
            elif speaker is not None:
                speaker = replace(speaker, start=words.starts[at], end=words.ends[at], text=words.surface[at])
        if speaker is not None:
            binding.sources = [speaker]


PERSONS = frozenset({"he", "she"})  # who speakers named by a plural never call themselves

UNNAMED_NOUNS = ("source", "analyst", "economist", "dealer", "trader", "diplomat", "banker", "broker", "observer",
                 "expert", "strategist", "participant", "specialist")  # nouns that say who spoke without naming
# them ("industry sources said", "one diplomat said")
UNNAMED_SPEAKERS = {form: plural(noun) for noun in UNNAMED_NOUNS for form in (noun, plural(noun))}  # either
# number -> the plural that names the speakers as a group
SERVING = frozenset({"officials", "official", "ministers", "minister", "executives", "executive", "spokesmen",
                     "representatives", "staff"})  # who speak for the body they serve, which a description
# may name ("Government ministers told reporters", "company executives said"); so may unnamed speakers
# ("government economists")
SERVED = frozenset({"government", "administration", "cabinet", "company", "firm", "agency", "bank", "board",
                    "management"})  # descriptions of one kind of body: "government economists" speak for the
# country, "company sources" for the company; "ministry officials" may serve any of several bodies
UNOFFICIAL = frozenset({"official", "informed", "reliable", "authoritative"})  # words that say whose sources are
# no group but a body left unnamed ("official sources", "informed sources")
ONE_OF = frozenset({"one", "another", "a", "an"})  # "one diplomat said": one of the group
NAMED_BEFORE = frozenset({"the", "these", "those"})  # "the sources said": a group the article named before
GROUP_MODIFIERS = 3  # words that say whose the speakers are: "foreign exchange dealers", "oil industry sources"
THEIR_REACH = 2  # sentences before "they said" that may name who they are


def unnamed_group(doc: Document, words: Words, trigger: triggers.Trigger) -> Mention | None:
    """"industry sources said", "..., Western diplomats said", "said one diplomat", "the sources said": speakers
    the text names by what they are, as a group ("industry sources"; "one diplomat" or "the sources" is the
    group of diplomats or sources named before, as annotators code such speakers)."""
    head = words.before(trigger.first, phrases.ADVERBS)
    if head >= 0 and words.forms[head] in SERVING - UNNAMED_SPEAKERS.keys():
        return _body_served(doc, words, head)
    if head < 0 or words.forms[head] not in UNNAMED_SPEAKERS:
        head = _inverted_head(words, trigger)
    return None if head is None else _group_at(doc, words, head)


def served(doc: Document, words: Words, trigger: triggers.Trigger) -> Mention | None:
    """The body the speakers right before a reporting verb serve, when a description names it."""
    head = words.before(trigger.first, phrases.ADVERBS)
    return _body_served(doc, words, head) if head >= 0 and words.forms[head] in SERVING | UNNAMED_SPEAKERS.keys() \
        else None


def _body_served(doc: Document, words: Words, head: int) -> Mention | None:
    """"government economists said", "Government ministers told reporters", "company sources said": speakers
    described by the body they serve speak for the actor that description stands for."""
    k = head - 1
    while k >= 0 and head - k <= GROUP_MODIFIERS and words.forms[k].isalpha():
        if words.forms[k] in SERVED:
            return descriptions.stand_in(doc, words.surface[k], words.starts[k])
        k -= 1
    return None


def _inverted_head(words: Words, trigger: triggers.Trigger) -> int | None:
    """"..., said one diplomat.", "Commented another diplomat:": the speaker noun right after a reporting verb
    that ends its clause."""
    j = trigger.last + 1
    while j < len(words) and not words.is_break(j) and j - trigger.last <= GROUP_MODIFIERS + 1:
        if words.forms[j] in UNNAMED_SPEAKERS:
            return j if j + 1 >= len(words) or words.is_break(j + 1) or words.forms[j + 1] == "." else None
        j += 1
    return None


def _group_at(doc: Document, words: Words, head: int) -> Mention | None:
    """The group the speaker phrase whose noun is at `head` names, as a mention of the phrase."""
    served = _body_served(doc, words, head)
    if served is not None or any(form in UNOFFICIAL for form in words.forms[max(0, head - GROUP_MODIFIERS):head]):
        return served  # "official sources": a body the text leaves unnamed
    reading = _group_reading(doc, words, head)
    if reading is None:
        return None
    first, name = reading
    name = name or _group_named_before(doc, words, UNNAMED_SPEAKERS[words.forms[head]])
    if name is None:
        return None
    return Mention(words.starts[first], words.ends[head], words.span(first, head), groups.GROUP_KEY + fold(name),
                   "group", name=name)


def _group_reading(doc: Document, words: Words, head: int) -> tuple[int, str | None] | None:
    """The first word of the speaker phrase whose noun is at `head`, and the group it names: its modifiers and
    the plural of its noun. The name is None when the phrase names its group only by pointing back ("the
    sources", "one diplomat"); the reading None when a country leads the phrase (it speaks through it:
    "Japanese officials") or no word says whose the speakers are ("analysts said": anyone)."""
    modifiers = []
    j = head - 1
    while j >= 0 and len(modifiers) < GROUP_MODIFIERS and words.forms[j].replace("-", "").isalpha() and \
            words.forms[j] not in phrases.DANGLING and words.forms[j] not in COORDINATORS and \
            words.forms[j] not in SELF and words.forms[j] not in ONE_OF and words.forms[j] not in groups.PASSING and \
            not reporting(words.forms[j]):
        modifiers.insert(0, j)
        j -= 1
    opener = words.forms[j] if j >= 0 else None
    pointing = opener in ONE_OF | NAMED_BEFORE
    first = j if pointing else modifiers[0] if modifiers else head
    if not modifiers:
        return (first, None) if pointing else None
    if any(m.start < words.ends[modifiers[-1]] and words.starts[modifiers[0]] < m.end for m in doc.mentions):
        return None  # "Acme Securities analysts": the body named speaks
    if any(descriptions.country_of_adjective(words.surface[k], doc.published) for k in modifiers):
        return None
    surface = [words.surface[k] for k in modifiers]
    if modifiers[0] == 0 and re.search(rf"\b{re.escape(surface[0].lower())}\b", doc.text):
        surface[0] = surface[0].lower()  # "Industry sources said" opening a sentence, "industry" written elsewhere
    return first, " ".join(surface + [UNNAMED_SPEAKERS[words.forms[head]]])


def _group_named_before(doc: Document, words: Words, plural: str) -> str | None:
    """The group of speakers of this noun that the article named last before the sentence ("oil industry
    sources said ... . The sources said")."""
    number = doc.sentence_at(words.offset)
    for sentence in reversed(doc.sentences[:number] if number is not None else []):
        earlier = read(sentence.text, sentence.start)
        for k in reversed(range(len(earlier))):
            if UNNAMED_SPEAKERS.get(earlier.forms[k]) == plural:
                reading = _group_reading(doc, earlier, k)
                if reading is not None and reading[1] is not None:
                    return reading[1]
    return None


def _plural_pronoun(words: Words, trigger: triggers.Trigger) -> bool:
    """Whether "they" right before the reporting verb speaks ("They said ..."): a pronoun names no speaker
    itself, so its speakers are looked for in the sentences before (`_their_speakers`) rather than next to the
    verb, where "he" or "she" are resolved as one person."""
    j = words.before(trigger.first, phrases.ADVERBS)
    return j >= 0 and words.forms[j] == "they"


def _their_speakers(doc: Document, words: Words, trigger: triggers.Trigger) -> list[Mention]:
    """"They said ...": the speakers of the last statement before it, a group ("Western diplomats said ... .
    They said") or the actors named together right before its reporting verb ("Acme and Novak Corp said").
    Placed at the pronoun."""
    at = words.before(trigger.first, phrases.ADVERBS)
    number = doc.sentence_at(words.offset)
    if number is None:
        return []
    for sentence in reversed(doc.sentences[max(0, number - THEIR_REACH):number]):
        earlier = read(sentence.text, sentence.start)
        for k in reversed(range(len(earlier))):
            if not reporting(earlier.forms[k]):
                continue
            found = _speakers_before(doc, earlier, k)  # the last speaker, or no one the text names
            if len(found) == 1 and found[0].type == "person":
                return []  # "they" is no one person
            return [Mention(words.starts[at], words.ends[at], words.surface[at], m.actor, m.type, name=m.name,
                            code=m.code, affiliation=m.affiliation) for m in found]
    return []


def _speakers_before(doc: Document, words: Words, verb: int) -> list[Mention]:
    """Who speaks by the reporting verb at `verb`: a group of speakers right before it, or the actors named
    there ("Acme and Novak Corp, in a joint statement, said", "Acme Corp <ACME> said"), past an aside between
    commas and a ticker."""
    head = words.before(verb, phrases.ADVERBS)
    if head > 0 and words.forms[head] == ",":
        opening = next((j for j in range(head - 1, -1, -1) if words.is_break(j)), -1)
        head = words.before(opening, phrases.ADVERBS) if opening > 0 and words.forms[opening] == "," else head
    if head > 0 and words.forms[head] == ">":
        head = next((j - 1 for j in range(head - 1, -1, -1) if words.forms[j] == "<"), head)
    if head < 0:
        return []
    if words.forms[head] in UNNAMED_SPEAKERS:
        found = _named_speaker(doc, words, verb) or _group_at(doc, words, head)
        return [found] if found is not None else []
    named = [m for m in doc.mentions if words.offset <= m.start and m.end <= words.ends[head]]
    last = next((m for m in named if m.end == words.ends[head]), None)
    if last is None:
        return []
    joined = [m for m in named if m is not last and doc.text[m.end:last.start].strip() in ("and", ",", ", and")]
    return joined[-1:] + [last] if joined else [last]


def _named_speaker(doc: Document, words: Words, verb: int) -> Mention | None:
    """"U.S. officials said", "French officers said": the actor named, or its adjective, right before the plain
    noun that says who spoke; "the company also said": the body such a description stands for, unless what was
    said names it (a country is not told by "the spokesman" or "officials" alone: many bodies speak through
    them). `verb` is the reporting verb's first word."""
    last = verb
    while last > 0 and (words.forms[last - 1] in phrases.ADVERBS or words.forms[last - 1].endswith("ly")):
        last -= 1
    first = last
    while first > 0 and last - first < SPEAKER_NOUNS and words.forms[first - 1].isalpha() and \
            not words.capitalised(first - 1) and words.forms[first - 1] not in phrases.DANGLING:
        first -= 1
    if first == last:
        return None
    if first > 0 and words.forms[first - 1] in triggers.DETERMINERS:
        # "a company spokesman" speaks for the company
        found = descriptions.stand_in(doc, words.span(first - 1, first), words.starts[first - 1]) or \
            descriptions.stand_in(doc, words.span(first - 1, last - 1), words.starts[first - 1])
        named = {m.actor for m in doc.mentions if words.offset <= m.start < words.starts[first - 1]}
        # a body that what was said names is no speaker by description: its name tells the title
        return found if found is not None and found.type != "country" and found.actor not in named else None
    if first == 0:
        return None
    name = next((m for m in doc.mentions if m.end <= words.starts[first] and
                 not doc.text[m.end:words.starts[first]].strip()), None)
    if name is not None:
        return name
    return descriptions.national(doc, words.span(first - 1, last - 1), words.starts[first - 1])


def addressed(words: Words, trigger: triggers.Trigger, binding: attach.Binding) -> bool:
    """"told Reuters", "told the American think tank X": an actor right after a reporting verb is spoken to."""
    after = trigger.last + 1
    if trigger.entry.headline not in ADDRESSING or not binding.targets or after >= len(words):
        return False
    return words.forms[after] in triggers.DETERMINERS - {"that", "this", "its", "his", "her", "their"} or any(
        words.index_at(mention.start) == after for mention in binding.targets)


def inverted(words: Words, trigger: triggers.Trigger, binding: attach.Binding) -> bool:
    """"..., said Maria Ramirez of Drexel": the actor right after a reporting verb that closes the sentence is
    its speaker, not what was said. Moves it from the targets to the sources."""
    if trigger.entry.headline in ADDRESSING or words.clause[trigger.first] == 0:
        return False
    speaker = next((mention for mention in binding.targets + binding.sources
                    if words.index_at(mention.start) == trigger.last + 1), None)
    if speaker is None:
        return False
    speaker = _titled_person(words, speaker, binding.targets)
    binding.sources = [speaker]
    binding.targets = [mention for mention in binding.targets if mention is not speaker]
    return True


TITLE_REACH = 4  # words of a title between an organisation and its holder: "Acme senior vice president"


def _titled_person(words: Words, speaker: Mention, after: list[Mention]) -> Mention:
    """"..., said Acme chief economist Jan Novak": the holder of the title the organisation qualifies speaks,
    for it (the organisation joins the event as his affiliation)."""
    end = words.index_at(speaker.end - 1) + 1
    for mention in after:
        at = words.index_at(mention.start)
        if mention.type == "person" and mention.affiliation == speaker.actor and end < at <= end + TITLE_REACH \
                and all(words.forms[j].replace("-", "").isalpha() and words.forms[j] not in COORDINATORS
                        for j in range(end, at)):
            return mention
    return speaker


LOWERED = phrases.PERSONAL - {"i"} | {"there", "this", "these", "those", "it"}  # a title goes on after "says"


def fronted(words: Words, trigger: triggers.Trigger) -> str | None:
    """"The Soviet Union supports freedom of navigation in the Gulf, its ambassador told KUNA", '"We made our
    case," he said': what was said opens the sentence before the speaker's clause, quoted or not (the caller
    asks only when no trigger before the verb is an event: a quotation that reports a happening is that
    happening)."""
    clause = words.clause[trigger.first]
    if clause == 0:
        return None
    last = 0
    while last + 1 < len(words) and words.clause[last + 1] == 0 and not words.is_break(last + 1):
        last += 1
    first = next((j for j in range(len(words)) if words.forms[j] not in QUOTES), 0)
    if words.forms[first] in COORDINATORS:
        first += 1  # '"But we must not forget ...," he said'
    said = phrases.phrase(words, first, min(last, first + phrases.MAX_OBJECT_WORDS * 2))
    if said and words.forms[first] in LOWERED:
        said = said[:1].lower() + said[1:]
    return said


def opens_with_happening(words: Words, earlier: list[triggers.Trigger]) -> bool:
    """'"The talks were useful," he said': a happening (no document) that is the subject of the clause opening
    the sentence is what the sentence tells, though it makes no event of its own."""
    first = next((j for j in range(len(words)) if words.forms[j] not in QUOTES), 0)
    return any(trigger.entry.kind != "D" and trigger.first <= first + SUBJECT_REACH for trigger in earlier)


QUOTE_LEAD = 4  # words between a reporting verb and the quotation it introduces ("said in a statement, ")


def quoted_after(words: Words, trigger: triggers.Trigger) -> str | None:
    """'Acme said in a statement, "The offer is too low."', 'he said: "We will fight"': what was said is the
    quotation that follows the verb, past a short phrase and the comma or colon that introduce it, to the
    first break after it."""
    mark = next((j for j in range(trigger.last + 1, min(len(words), trigger.last + 2 + QUOTE_LEAD))
                 if words.forms[j] in QUOTES or words.is_break(j) and words.forms[j] not in (",", ":")), None)
    if mark is None or words.forms[mark] not in QUOTES or mark > trigger.last + 1 and \
            words.forms[mark - 1] not in (",", ":"):
        return None
    first = mark + 1
    if first >= len(words) or words.is_break(first):
        return None
    last = first  # a quotation of a few words goes on in the reporter's words: '"radical changes" were needed'
    while last + 1 < len(words) and (words.forms[last + 1] in QUOTES or not words.is_break(last + 1)):
        last += 1
    if words.forms[first] in COORDINATORS and first < last:
        first += 1
    said = phrases.phrase(words, first, min(last, first + phrases.MAX_OBJECT_WORDS * 2))
    if said and words.forms[first] in LOWERED:
        said = said[:1].lower() + said[1:]
    return said


def conditioned_after(words: Words, trigger: triggers.Trigger) -> str | None:
    """"said if other countries follow, it could result in ...", "added that if outflows go on, many will be
    unable to pay": what was said opens with its condition, which the words of an object stop at; one that
    counts something tells terms, not a view."""
    first = trigger.last + 1
    if first < len(words) and words.forms[first] == "that":
        first += 1
    if first >= len(words) - 1 or words.forms[first] not in CONDITIONS:
        return None
    if any(_number(words, j) for j in range(first, len(words))):
        return None  # "said if all options are exercised, the contract will be worth 78 mln dlrs": a deal's terms
    last = min(len(words) - 1, first + phrases.MAX_OBJECT_WORDS * 2)
    while last > first and words.is_break(last):
        last -= 1
    condition = phrases.phrase(words, first + 1, last)  # a phrase never opens with "if": the condition's words
    return f"{words.forms[first]} {condition}" if condition else None


def told(words: Words, trigger: triggers.Trigger, binding: attach.Binding, timexes) -> str | None:
    """"told Kuwait News Agency that the Soviet Union supports ...": what was said follows the addressee."""
    after = [words.index_at(mention.end - 1) for mention in binding.targets
             if words.index_at(mention.start) > trigger.last]
    if not after:
        return None
    return phrases.object_phrase(words, triggers.Trigger(trigger.first, min(after), trigger.entry), timexes, len(words))


def spoken_of(words: Words, trigger: triggers.Trigger, binding: attach.Binding,
              mentions: list[Mention], speaking: set[str], published: str | None = None) -> list[Mention]:
    """The actors what was said is about: the subject of the reported clause when an actor names it ("said
    the U.S. and Japan would settle", "told Reuters that Ruritania would pay"), with those joined to it by
    "and"; likewise in the clause that opens the sentence before a closing reporting verb; else the actors
    the words put after the verb, but the one spoken to. `speaking` holds the speakers and the actors they
    speak for, who are no target ("said it would")."""
    placed = [(words.index_at(m.start), m) for m in mentions]
    after = [(i, m) for i, m in placed if i > trigger.last]
    start = trigger.last + 1
    if addressed(words, trigger, binding) and after:
        start = words.index_at(after[0][1].end - 1) + 1
    if not any(i >= start for i, _ in after) and words.clause[trigger.first] > 0:
        start = 0
    while start < len(words) and (words.forms[start] in CONTENT_OPENERS or words.forms[start] in
                                  triggers.DETERMINERS or words.is_break(start)):
        start += 1
    # the subject stands before the reported clause's verb: "said the takeover would allow Acme to ..." names Acme
    # after it
    subject = next((m for i, m in placed if start <= i <= start + SUBJECT_REACH and
                    not attach.after_preposition(words, i) and not CHAIN & set(words.forms[start:i])), None)
    if subject is None and trigger.entry.code.startswith(COMMENT) and not _opens_with_own_doing(words, start):
        # a comment names further on only what it is about ("did not expect Acme to cut prices", "had little
        # interest in a merger with Acme"): the speaker does nothing to Acme
        return []
    if subject is None:  # what was said acts on the actors after the verb, the addressee aside
        spoken_to = binding.targets[:1] if addressed(words, trigger, binding) else []
        verb = phrases.verb_of(words, start, trigger.first if start < trigger.first else len(words))
        return [m for m in binding.targets if m not in spoken_to and m.actor not in speaking] or [
            m for m in _nationals(words, start, verb, published)
            if m.actor not in speaking and not _opens_with_self(words, start)]  # "said the Ruritanian ruling
        # was unfair": the said clause's subject is Ruritania's deed
    found = [subject] + [m for _, m in placed if m is not subject and attach.coordinated(words, subject, m)]
    found = [m for m in found if m.actor not in speaking]
    if not found and _verb_follows(words, subject) and not trigger.entry.code.startswith(COMMENT[:2]):
        # "said Ruritania would act against Freedonia": the speaker's own side acts on another (not "said
        # Ruritania's exports to Freedonia rose", "the Ruritanian economy": a thing of its own does); a comment
        # names further on only what it is about, as above
        return _acted_on_by_own(words, trigger, placed, subject, speaking, published)
    return found


def _acted_on_by_own(words: Words, trigger: triggers.Trigger, placed: list[tuple[int, Mention]],
                     subject: Mention, speaking: set[str], published: str | None) -> list[Mention]:
    """"Jan Novak said Ruritania would answer in kind if Freedonia kept up its pressure", "Ruritania will not
    let Freedonia close the strait, its minister said": what was said has the speaker's own side as its
    subject, so it is about the other actors its clause names, which stand after that subject and before the
    speaker when the reporting verb closes the sentence."""
    first = words.index_at(subject.end - 1)
    end = len(words)
    if first < trigger.first:  # what was said ends at the break before its closing speaker ("..., Jan Novak said")
        end = next((j for j in range(trigger.first - 1, first, -1) if words.is_break(j)), trigger.first)
    forms = words.forms[first:end]
    if any(tuple(forms[j:j + len(phrase)]) == phrase for phrase in NONCOMMITTAL for j in range(len(forms))):
        return []  # "Acme has no comment on the charge against Widget": it says nothing of Widget
    named = [m for i, m in placed if first < i < end and not attach.coordinated(words, subject, m)]
    found = sorted(named + _nationals(words, first + 1, end, published), key=lambda m: m.start)
    return frame.unique([m for m in found if m.actor not in speaking and _acted_on(words, m)], [])


SCENES = frozenset({"in", "at", "near", "inside", "outside", "before", "after", "since", "during", "following",
                    "despite", "amid"})  # words that lead where or when a clause happens, not what it acts on


def _acted_on(words: Words, mention: Mention) -> bool:
    """Whether an actor named in what was said may be what it acts on: not where or when it happens ("closing
    its plant in Port Marin, Ruritania", "before the Acme meeting"), nor a thing of the speaker's ("rebates
    on its Acme cars")."""
    i = words.index_at(mention.start)
    j = i - 1
    while j >= 0 and words.forms[j] not in titles.POSSESSIVES and (
            words.forms[j] in triggers.DETERMINERS or words.capitalised(j) or words.forms[j] == "," or
            words.forms[j][:1].isdigit()):
        j -= 1
    return j < 0 or words.forms[j] not in SCENES and words.forms[j] not in titles.POSSESSIVES


def _opens_with_self(words: Words, start: int) -> bool:
    """"We can't use Ruritanian trucks, he said": what was said opens with the speaker as its subject."""
    while start < len(words) and words.forms[start] in QUOTES:
        start += 1
    return start < len(words) and words.forms[start] in SELF


def _nationals(words: Words, first: int, end: int, published: str | None) -> list[Mention]:
    """"the Ruritanian decision", "new Ruritanian missiles", "West Freedonian interest rates": the countries whose
    adjective qualifies a common noun between words `first` and `end` (not a name: "the Ruritanian Import
    Tribunal" is the body's), as mentions at the adjective's place."""
    found, j = [], first
    while j < end:
        for width in (2, 1):
            noun = j + width
            text = " ".join(words.surface[j:noun])
            entry = descriptions.country_of_adjective(text, published) if noun < end and \
                words.surface[noun][:1].islower() and words.surface[noun][:1].isalpha() else None
            if entry is not None:
                found.append(Mention(words.starts[j], words.ends[noun - 1], text, entry.key, "country",
                                     name=entry.name, code=entry.code))
                j = noun - 1
                break
        j += 1
    return found


def _verb_follows(words: Words, mention: Mention) -> bool:
    """Whether a verb that carries tense follows the mention, adverbs aside: the mention is the clause's subject
    ("Ruritania would act", "Ruritania also said"), not the owner or a qualifier of it ("Ruritania's exports rose",
    "the Ruritania economy would grow")."""
    j = words.index_at(mention.end - 1) + 1
    while j < len(words) and (words.forms[j] in SKIPPED_ADVERBS or words.forms[j].endswith("ly")):
        j += 1
    return j < len(words) and aspect.tensed(words.forms[j])


def _opens_with_own_doing(words: Words, start: int) -> bool:
    """Whether what was said opens with the speaker's own doing or holding ("said it sold 5 pct of Acme",
    "said it owns 15 pct of Acme", "said it had filed suit against Acme", "said it is pursuing its claims
    against Acme"), which acts on whom it names, not with a thought or a state ("he did not expect", "they had
    little interest", "it was confident")."""
    forms = words.forms
    if start >= len(forms) or forms[start] not in SELF:
        return False
    k = next((k for k in range(start + 1, len(forms)) if forms[k] not in SKIPPED_ADVERBS), len(forms))
    if k < len(forms) and forms[k] in PERFECT:
        k = _past_adverbs(forms, k + 1)
        return k < len(forms) and _past(forms[k]) and forms[k] not in NOT_DEEDS
    if k < len(forms) and forms[k] in triggers.BE:  # "said it is pursuing its claims against Acme"
        k = _past_adverbs(forms, k + 1)
        return k < len(forms) and forms[k].endswith("ing") and not reporting(forms[k])
    return k < len(forms) and forms[k] not in MINDING | STRESSING and forms[k] not in NOT_DEEDS and \
        not reporting(forms[k])


def _past(form: str) -> bool:
    """Whether a verb form is a past tense or participle ("sold", "filed"; not "red" or "need")."""
    return form in PAST_IRREGULAR or len(form) > 4 and form.endswith("ed")


def tells_deed(words: Words, trigger: triggers.Trigger, said: str) -> bool:
    """Whether what was said is a deed done, told in the past tense by the reported clause's verb ("said its
    forces had captured the town", "said it sold its stake", "said the order was issued"): the deed is the
    happening and the saying only reports it, as annotators of news events count them. A clause that is
    negated, looks ahead, tells a state ("was routine", "had 15,000 casualties") or a thought or a saying
    ("had been told", "feared more strikes") is what the speaker says, not a deed done."""
    clause = said_clause(words, trigger, said) or _fronted_clause(words, trigger)
    if clause is None:
        return False
    forms, k = words.forms, clause[1]
    passive = False
    if forms[k] in PERFECT or forms[k] in PAST_BE:
        passive = forms[k] in PAST_BE
        k = _past_adverbs(forms, k + 1)
        if k < len(forms) and forms[k] == "been":
            passive, k = True, _past_adverbs(forms, k + 1)
    if k >= len(forms) or any(form in triggers.NEGATIONS or form.endswith("n't") for form in forms[clause[0]:k]):
        return False  # "had not signed", "hasn't bought": a deed not done
    form = forms[k]
    past = _past(form)
    modifier = forms[k - 1] in triggers.DETERMINERS or forms[k - 1] in triggers.PREPOSITIONS or \
        forms[k - 1] in SELF and k - 1 > clause[0] or not passive and forms[k + 1:k + 2] == ["by"]  # "the
    # sophisticated technology", "from increased exports", "the price he calculated", "the statement quoted
    # by the agency": an adjective or a relative clause, not the reported clause's verb
    return past and not modifier and form not in NOT_DEEDS and not reporting(form) and \
        not (passive and form in STATES)


def tells_figure(words: Words, trigger: triggers.Trigger, said: str) -> bool:
    """Whether what was said is a figure, a count that a state is measured by ("said six ships were idle",
    "said the Iranians had 15,000 casualties", "said losses were nearer 20 mln"): a toll or a figure is told
    of a happening, or is no happening; it is not the speaker's statement."""
    clause = said_clause(words, trigger, said) or _fronted_clause(words, trigger)
    if clause is None or words.forms[clause[1]] not in triggers.BE | PERFECT or \
            words.forms[clause[1] + 1:clause[1] + 2] and words.forms[clause[1] + 1].endswith("ing"):
        return False  # "is withdrawing the 10 mln dlr subsidy": a deed going on
    first, verb = clause
    return any(_number(words, j) for j in [*range(first, verb), *range(verb + 1, verb + 1 + FIGURE_REACH)])


MEASURES = frozenset({"profit", "profits", "earnings", "revenue", "revenues", "sales", "income", "loss", "losses",
                      "surplus", "deficit", "output", "production", "exports", "imports", "orders", "prices",
                      "inflation", "growth", "reserves", "shipments", "turnover", "unemployment", "spending",
                      "consumption", "demand", "volume", "stocks", "inventories", "yields", "margins", "costs"})
# what a company's results and a country's statistics measure
CHANGES = frozenset({"increases", "decreases", "declines", "rises", "falls"})  # "price increases will slow"
MOVES = frozenset({"rise", "rises", "rose", "risen", "fall", "falls", "fell", "fallen", "increase", "increases",
                   "increased", "decrease", "decreases", "decreased", "decline", "declines", "declined", "drop",
                   "drops", "dropped", "climb", "climbed", "gain", "gained", "grow", "grows", "grew", "grown",
                   "jump", "jumped", "slip", "slipped", "ease", "eased", "near", "reach", "reached", "total",
                   "totalled", "totaled", "exceed", "exceeded", "top", "topped", "surge", "surged", "plunge",
                   "plunged", "soar", "soared", "narrow", "narrowed", "widen", "widened", "double", "doubled",
                   "average", "averaged", "amount", "amounted", "slow", "slowed"})  # how a measure moves
LEVELS = frozenset({"up", "down", "higher", "lower", "flat", "unchanged", "steady", "stable"})  # after "be"
OWN_PRICES = frozenset({"its", "their", "our"})  # before "prices": the prices the speaker sets
TREND_REACH = 4  # auxiliaries and adverbs between a measure's clause verb and the word of its movement


def tells_trend(words: Words, trigger: triggers.Trigger, said: str) -> bool:
    """Whether what was said is how a measure of results or of an economy moved or will move ("said third quarter
    profit was up", "said the surplus will near 10 billion dlrs", "said sales rose"): a result or a statistic,
    reported or foreseen, is no happening and no statement a timeline of the story lists. A measure moved by
    someone ("margins will be increased") or the speaker's own prices ("said its prices would rise") is a deed
    or a decision, not a trend."""
    clause = said_clause(words, trigger, said) or _fronted_clause(words, trigger)
    if clause is None:
        return False
    first, verb = clause
    forms = words.forms
    subject = range(first, verb)
    if not any(forms[j] in MEASURES or forms[j] in CHANGES for j in subject) or \
            any(forms[j] in OWN_PRICES and "prices" in forms[j + 1:verb] for j in subject):
        return False
    k = verb
    while k < min(len(forms), verb + TREND_REACH) and (forms[k] in CHAIN or forms[k] in PRESENT or
                                                       forms[k] in SKIPPED_ADVERBS):
        k += 1
    if k >= len(forms):
        return False
    if forms[k - 1] in triggers.BE:
        return forms[k] in LEVELS
    return forms[k] in MOVES


SAYING = frozenset({"01", "02", "10", "11", "12", "13"})  # CAMEO roots of things said, not done
LOOKING_AHEAD = frozenset({"will", "would", "'ll", "shall", "should"})  # not "could", "may": what might be
ARRANGED = frozenset({"scheduled", "due", "set"})  # after "is": "is scheduled for delivery", "is due to start"
EXPECTED = frozenset({"expected", "planned", "slated"})  # after "is", before "to": what comes then tells
SCHEDULED = frozenset({"begin", "start", "commence", "end", "expire", "close", "open", "resume", "take", "go",
                       "run", "mature", "trade"})  # what is set for a day: "the offer will expire on
# April 15", "trading will begin March 23"; not before "to" ("will begin to expand": an outcome foreseen)


def tells_plan(words: Words, trigger: triggers.Trigger, said: str, ahead: set[int]) -> bool:
    """Whether what was said is a happening to come, on a day of its own (`ahead`: the indices of the words of
    time expressions after the day of the statement): "said the simulator is scheduled for delivery in late
    1989", "said the sale is expected to be completed in May", "said the offer will expire on April 15". The
    planned happening is what the text tells, and the saying is a mention of it, as "the government said it
    would sign on Tuesday" is. A forecast ("said growth will be flat next year", "said costs will depress
    earnings in the first half", "said prices could rise in May", "the level will be reached this year only if
    output is cut") is the speaker's own statement."""
    clause = said_clause(words, trigger, said, _opening(said)) or _fronted_clause(words, trigger)
    if clause is None:
        return False
    first, verb = clause
    forms = words.forms
    if forms[verb] in PRESENT and forms[verb + 1:verb + 2] and forms[verb + 1] in ARRANGED:
        arranged = True
    elif forms[verb] in PRESENT and forms[verb + 1:verb + 2] and forms[verb + 1] in EXPECTED and \
            forms[verb + 2:verb + 3] == ["to"]:
        arranged = _planned_deed(forms, verb + 3)
    else:
        arranged = forms[verb] in LOOKING_AHEAD and _planned_deed(forms, verb + 1)
    if not arranged:
        return False
    last = trigger.first if first < trigger.first else len(words)
    end = min(last, next((j for j in range(verb + 1, last) if words.is_break(j) or forms[j] in SUBORDINATORS),
                         last))
    reach = range(first, end)
    return any(j in ahead for j in reach) and not any(_number(words, j) for j in reach if j not in ahead) and \
        not any(form in CONDITIONS for form in forms[first:last])


def _planned_deed(forms: list[str], k: int) -> bool:
    """"be completed", "begin trading", "sign a letter of intent": what follows a word of the future is a deed
    done, not an outcome or a state foreseen ("have no impact", "be flat", "begin to expand")."""
    k = _past_adverbs(forms, k)
    if k >= len(forms):
        return False
    if forms[k] == "be":
        after = _past_adverbs(forms, k + 1)
        form = forms[after] if after < len(forms) else ""
        return (form in PAST_IRREGULAR or len(form) > 4 and form.endswith("ed") and "-" not in form) and \
            form not in STATES  # "would be unchanged": a state foreseen
    if forms[k + 1:k + 2] == ["to"]:
        return False
    return forms[k] in SCHEDULED or any(entry.kind == "V" and len(entry.slots) == 1 and entry.code[:2] not in SAYING
                                        for entry in entries_by_first_word().get(forms[k], ()))


TERMS = tuple(tuple(phrase.split()) for phrase in (
    "include", "includes", "included", "does not include", "do not include", "did not include", "excludes",
    "subject to", "conditioned on", "conditioned upon", "conditional on", "conditional upon", "contingent on",
    "contingent upon", "provides for", "provide for", "provided for", "provides that", "consists of",
    "consist of", "act as", "acts as", "used to", "used for", "calls for", "call for"))  # what a deal, a plan or a body is made of, who
# serves in it and what it serves: "Drexel will act as underwriter", "proceeds will be used to repay debt"


def tells_terms(words: Words, trigger: triggers.Trigger, said: str) -> bool:
    """Whether what was said is what something is made of, hangs on, or serves ("said the sale does not include
    the wine unit", "said conditions to the offer include financing", "said the tender offer is subject to
    several conditions", "said Drexel will act as underwriter"): the terms of a happening are its mention, the
    makeup of a thing no happening; neither is a statement of the speaker's own."""
    opening = _opening(said)
    first = next((j for j in range(trigger.last + 1, min(len(words), trigger.last + 1 + CONTENT_REACH))
                  if words.forms[j:j + len(opening)] == opening), None)
    if first is None:
        fronted = _fronted_clause(words, trigger)
        first = fronted[0] if fronted is not None else None
    if first is None or words.forms[first] in SELF:
        return False
    for j in range(first + 1, min(len(words), first + MAX_SAID_WORDS)):
        if words.is_break(j) or words.forms[j] in SUBORDINATORS:
            return False
        k = j
        while k < len(words) and (words.forms[k] in triggers.BE or words.forms[k] in LOOKING_AHEAD):
            k += 1  # "is subject to", "will act as", "will be used to"
        start = k
        while start > first and (words.forms[start - 1] in triggers.BE or words.forms[start - 1] in LOOKING_AHEAD):
            start -= 1
        skipped = set(words.forms[start:k])  # the auxiliaries before the phrase, wherever the search began
        for phrase in TERMS:
            if tuple(words.forms[k:k + len(phrase)]) != phrase:
                continue
            if phrase[0] == "used" and not (skipped & LOOKING_AHEAD and "be" in skipped):
                continue  # "got used to", "were being used to launch attacks": no use a deal's money is put to
            if phrase[0].startswith("includ") and skipped & triggers.BE:
                continue  # "will be included in the index": a deed done to it
            return True
        if _verb(words, j) and words.forms[j] not in triggers.BE and words.forms[j] not in LOOKING_AHEAD:
            return False  # the clause's own verb came first: "said the board approved a plan that includes"
    return False


def _number(words: Words, j: int) -> bool:
    """A count, not a number that names ("the two sides", "the 1958 treaty", "a satisfactory 1986")."""
    form = words.forms[j] if j < len(words) else ""
    year = form.isdigit() and len(form) == 4 and form[:2] in ("19", "20")
    return (form[:1].isdigit() and not year or form in COUNTED) and not (
        j > 0 and words.forms[j - 1] in triggers.DETERMINERS - {"that"})  # "said that seven people were"


def names_only(words: Words, trigger: triggers.Trigger, said: str) -> bool:
    """Whether a verb of making known has a noun phrase for its object, no clause ("reported heavy fighting",
    "announced a net loss of 3 mln dlrs"): what is made known is the happening or the figure it names."""
    return trigger.entry.headline in MAKING_KNOWN and said.split()[0].lower() not in ("that", "on", "in") and \
        said_clause(words, trigger, said) is None


def says_nothing(words: Words, trigger: triggers.Trigger) -> bool:
    """Whether the reported clause only says that nothing is said or known ("said it had no comment", "said it
    could not confirm the report", "said it was not immediately known how many died"): no statement."""
    end = next((j for j in range(trigger.last + 1, len(words)) if words.is_break(j) or words.forms[j] == "but"),
               len(words))
    forms = words.forms[trigger.last + 1:end]
    return any(tuple(forms[j:j + len(phrase)]) == phrase for phrase in NONCOMMITTAL for j in range(len(forms)))


def _past_adverbs(forms: list[str], k: int) -> int:
    while k < len(forms) and (forms[k] in phrases.ADVERBS or forms[k] in SKIPPED_ADVERBS or
                              forms[k].endswith("ly")):
        k += 1
    return k


def _opening(said: str) -> list[str]:
    """The first two words of what was said, cut as the sentence's words are ("the U.S. Food and Drug
    Administration" opens with "the", "u")."""
    return read(said, 0).forms[:2]


def said_clause(words: Words, trigger: triggers.Trigger, said: str, opening: list[str] | None = None,
                 opened: bool = False) -> tuple[int, int] | None:
    """The first word and the finite verb of the reported clause `said` opens after the reporting verb, or that
    `opening`, its first words as the sentence's words are cut, opens; when `opened` (for a title), past a phrase
    that opens it before a comma (`_past_opener`), then also before the verb, and reaching further for the verb."""
    opening = opening or said.lower().split()[:2]
    first = next((j for j in range(trigger.last + 1, min(len(words), trigger.last + 1 + CONTENT_REACH))
                  if words.forms[j:j + len(opening)] == opening), None)
    if first is None and opened:
        first = next((j for j in range(trigger.first) if words.forms[j:j + len(opening)] == opening and
                      words.clause[_past_opener(words, j)] not in (words.clause[j], words.clause[trigger.first])),
                     None)  # '"As a result, prices will rise," he said'
    if first is None:
        return None
    if opened:
        first = _past_opener(words, first)
    aside = range(0) if opened else _relative_aside(words, first)
    reach = MAX_SAID_WORDS + len(aside)
    verb = next((j for j in range(first + 1, min(len(words), first + reach))
                 if j not in aside and _verb(words, j)), None)
    if verb is None and opened:  # further on, only an auxiliary is surely the clause's verb
        verb = next((j for j in range(first + MAX_SAID_WORDS, min(len(words), first + MAX_TITLED_WORDS))
                     if _auxiliary(words, j)), None)
    if verb is None or any(j not in aside and (words.is_break(j) or words.forms[j] in SUBORDINATORS)
                           for j in range(first, verb)):
        return None
    return first, verb


def _relative_aside(words: Words, first: int) -> range:
    """The relative clause set off by commas inside the subject of the reported clause opening at `first`
    ("said Acme and its affiliates, who reportedly hold 7.4 pct, tried to ..."), commas included; the clause's
    verb comes after it."""
    comma = next((j for j in range(first + 1, min(len(words), first + MAX_SUBJECT_WORDS + 1))
                  if words.is_break(j) or words.forms[j] in SUBORDINATORS), None)
    if comma is None or words.forms[comma] != "," or words.forms[comma + 1:comma + 2] not in (["who"], ["which"]):
        return range(0)
    close = next((j for j in range(comma + 2, min(len(words), comma + 2 + MAX_SAID_WORDS))
                  if words.is_break(j)), None)
    return range(comma, close + 1) if close is not None and words.forms[close] == "," else range(0)


def _fronted_clause(words: Words, trigger: triggers.Trigger) -> tuple[int, int] | None:
    """The first word and the finite verb of the clause that opens the sentence before a closing reporting
    verb ("Hundreds were killed, the agency said")."""
    if words.clause[trigger.first] == 0:
        return None
    first = next((j for j in range(len(words)) if words.forms[j] not in QUOTES), 0)
    if words.forms[first] in COORDINATORS:
        first += 1
    verb = next((j for j in range(first + 1, min(trigger.first, first + MAX_SAID_WORDS)) if _verb(words, j)), None)
    if verb is None or any(words.is_break(j) or words.forms[j] in SUBORDINATORS for j in range(first, verb)):
        return None
    return first, verb


def whole(words: Words, trigger: triggers.Trigger, said: str) -> str:
    """What was said, as a title shows it: the reported clause `said` opens, kept on to its verb and a few
    words after ("says the most likely move would involve duties", not "says the most likely move"); a long
    subject keeps its head ("eight hours of talks in Rio with the minister ended" reads "eight hours of talks
    ended")."""
    clause = said_clause(words, trigger, said, opened=True)
    if clause is None:
        return _unrepeated(words, trigger, said)
    first, verb = clause
    last = verb
    while last + 1 < len(words) and (words.forms[last + 1] in CHAIN or words.forms[last + 1].endswith("ly")):
        last += 1  # "would probably not", "was still", "had already"
    main = last
    while last + 1 < len(words) and last + 1 - main <= VERB_TAIL and not words.is_break(last + 1) and \
            words.forms[last + 1] not in SUBORDINATORS and words.forms[last + 1] not in ("but", "while", "as") and \
            not (last > main and words.forms[last + 1] in triggers.PREPOSITIONS - {"to"} | {"and", "or"}):
        last += 1
    head = next((j for j in range(first + 1, verb) if words.forms[j] in triggers.PREPOSITIONS - {"of"}), verb)
    repeated = _repeats_name(words, first, last)
    if head == verb or verb - first <= MAX_SUBJECT_WORDS and not repeated:
        text = phrases.phrase(words, first, last)
    else:
        modal = verb - 1 if words.forms[verb - 1] in triggers.MODALS - {"to"} else verb  # "should be revised"
        subject, rest = phrases.phrase(words, first, head - 1), phrases.phrase(words, modal, last)
        text = f"{subject} {rest}" if subject and rest else None
    opened = said.lower().split()[:1] != [words.forms[first]]
    # `said` stops before the verb, which the text reaches with a word after it
    verbless = _auxiliary(words, verb) and verb - first >= len(said.split()) and last > main
    return text if text and (repeated or opened or verbless or len(text.split()) > len(said.split())) else said


def _past_opener(words: Words, first: int) -> int:
    """"As a result, those amounts will be taxed", "said along with 40 other companies, it was named": a
    prepositional phrase that opens the reported clause, up to its comma, is no part of what a title says was
    said."""
    if words.forms[first] not in triggers.PREPOSITIONS and words.forms[first] not in OPENING_PREPOSITIONS:
        return first
    comma = next((j for j in range(first + 1, min(len(words), first + OPENER_REACH + 1)) if words.is_break(j)), None)
    if comma is None or words.forms[comma] != "," or any(_verb(words, j) for j in range(first + 1, comma)):
        return first
    after = next((j for j in range(comma + 1, len(words)) if words.forms[j] not in QUOTES), None)
    return first if after is None else after


def _unrepeated(words: Words, trigger: triggers.Trigger, said: str) -> str:
    """What was said without the phrase of its subject that names what the rest names again ("conditions to
    the Acme offer include Acme obtaining financing" reads "conditions include Acme obtaining financing")."""
    opening = said.lower().split()[:2]
    first = next((j for j in range(trigger.last + 1, len(words)) if words.forms[j:j + len(opening)] == opening),
                 None)
    if first is None:
        return said
    size, last = len("".join(said.split())), first
    while last + 1 < len(words) and len("".join(words.surface[first:last + 1])) < size:
        last += 1
    names = [j for j in range(first, last + 1) if words.capitalised(j) and words.forms[j].isalpha()]
    again = next((j for j in names if any(words.forms[i] == words.forms[j] for i in names if i < j)), None)
    if again is None:
        return said
    named = next(i for i in names if words.forms[i] == words.forms[again])
    opening = next((j for j in range(first + 1, named) if words.forms[j] in triggers.PREPOSITIONS - {"of"}), None)
    end = named
    while end + 1 < again and not words.is_break(end + 1) and not _verb(words, end + 1) and \
            words.forms[end + 1] not in triggers.PREPOSITIONS and (words.capitalised(end + 1) or end == named):
        end += 1
    if opening is None or end + 1 >= again:
        return said
    subject, rest = phrases.phrase(words, first, opening - 1), phrases.phrase(words, end + 1, last)
    return f"{subject} {rest}" if subject and rest and not _repeats_name(words, end + 1, last) else said


def _repeats_name(words: Words, first: int, last: int) -> bool:
    """"conditions to the TWA offer include TWA obtaining": a name said twice, as a title should not."""
    names = [words.forms[j] for j in range(first, last + 1) if words.capitalised(j) and words.forms[j].isalpha()]
    return len(names) != len(set(names))


def _auxiliary(words: Words, j: int) -> bool:
    return words.forms[j] in triggers.MODALS - {"to"} or words.forms[j] in triggers.BE or words.forms[j] in PERFECT


def _verb(words: Words, j: int) -> bool:
    """A finite verb, as far as the words tell: an auxiliary, a modal or a past form, not a compound adjective
    ("pre-owned", "state-owned")."""
    form = words.forms[j]
    return form in triggers.FUTURE or form in triggers.BE or form in PERFECT or form in PRESENT or \
        form in ("did", "does") or form in PAST_IRREGULAR or len(form) > 4 and form.endswith("ed") and "-" not in form

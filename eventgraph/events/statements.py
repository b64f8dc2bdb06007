"""The CAMEO code of a statement (`gist`) and the readers of its stance.

A statement that reports no other happening is coded by what it says, as the CAMEO codebook codes the
statements it gives as examples: the speaker's own future made to hang on a condition, or a refusal to let
another act, is a threat (130, "he would cut the grant unless the strike ends", "will not allow
them to land"), words that judge as wrong are criticism (111, "called the ruling unjustified"), what must or
should be done is an appeal (020, "said creditors should show more understanding"), the speaker's own backing of
a plan or a move is an endorsement (051, "said it supports the proposal"), an offer or proposal found
wanting is turned down (120, "said the bid was inadequate"), another's act the speaker says
will be met by a response, or resolve to do whatever it takes, is a warning (130, "said any attack would be met by
force", "would do whatever it took"), and what the speaker itself will do is an intent (030, "said it would
refile the application", "Acme will provide the financing, Acme said"), or a threat when it warns of it ("warned
that it would retaliate"), unless it is a result foretold ("the company will report record results") or a deed of
cooperation offered on a condition, which is the terms of an offer, not a threat ("if the harvest is poor, it would
buy grain"); anything else is a comment (010, or a pessimistic one, 012, when warned of: "warned that prices could
fall"), and so is whatever analysts, economists, dealers or diplomats say, as annotators code commentators. A
judgement is the speaker's own act even beside the happenings a sentence reports ("said the attack was
unjustified").
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from . import triggers
from .lexicon import PAST_IRREGULAR, Entry, disapproval, entries_by_first_word, forms_of, wrongdoing, wrongs
from .parse_words import OFFERS
from .reported_clause import (
    APPEAL, CHAIN, CONDITIONS, CONSIDER, CRITICISM, ENDORSEMENT, INTENT, PERFECT, REJECTION, SELF, THREAT,
    fronted_clause, past_adverbs, said_clause
)
from .said_by import commentator
from .text import COORDINATORS, QUOTES, RELATIVES, Words, by_first_word


PROMISING = frozenset({"will", "would", "'ll", "shall", "could", "may", "might"})  # the speaker's own future that
# may hang on a condition: a threat is what the speaker will do, not what may befall others
OWN_FUTURE = frozenset({"will", "would", "'ll", "shall"})
ABLE = frozenset({"could"})  # a deed the speaker is able to do, not one it means to do
MODAL_REACH = 4  # words from a modal to the deed it rules: "may make an offer", "would then seek to acquire"
UNCONDITIONAL = frozenset({"even", "ascertain", "determine", "see", "know", "decide", "ask", "asked", "examine",
                           "check", "wonder", "study", "review", "assess", "investigate", "unclear",
                           "clear"})  # before "if": a concession or a question, no condition
HEDGES = frozenset({"necessary", "needed", "possible", "required", "appropriate", "any", "so"})  # after "if"
OBLIGING = frozenset({"should", "must", "ought"})
NEEDING = frozenset({"need", "needs", "needed"})  # an obligation after its subject or "be" ("Ruritania needs new
# credits", "changes were needed") or before "to" ("need to cut"), not "the need for", "the information needed"
INTENDING = frozenset({"intend", "intends", "intended", "intending", "plan", "plans", "planned", "planning",
                       "prepared", "ready", "willing", "determined"})  # before "to": "said it was prepared to lift them"
ITSELF = frozenset({"it", "i"})  # the speaker alone: "we" and "they" may take in those it appeals to
FIRMS = frozenset({"company", "firm"})  # "the company should bring its costs down": a firm's word on itself
STANDING_FOR = frozenset({"this", "that", "which"})  # alone before "should": a state of affairs, which no one can
# ask to act ("this should keep pressure on exporters", "which should attract foreign interest")
OWN_BODIES = frozenset({"company", "firm", "group", "government", "union", "bank"})  # "his firm would"
OWN_LANDS = frozenset({"country", "nation"})  # the speaker's side only when its possessive says so ("said his country
# was ready to"): "the country" may be any the speaker speaks of
SKIPPED = frozenset({"also", "still", "now", "not", "then", "soon", "probably", "likely", "is", "was", "are",
                     "were"})  # between a subject and its future: "it would also", "it was prepared to"
FORBIDDEN = frozenset({"allow", "let", "tolerate", "permit"})  # after "will not": a warning
PROPOSALS = OFFERS | {"terms"}  # what a party puts
# to another, which a judgement of it turns down: "said the offer was inadequate" (CAMEO 12, reject)
WANTING = frozenset({"inadequate", "insufficient", "unacceptable", "unwelcome", "undervalues", "undervalue",
                     "too low", "highly conditional", "not in the best interests"})  # words that find an offer
# wanting: a
# rejection, not criticism; words that judge it wrong ("unjustified", "unfair") criticise it
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
OWNERS = POSSESSIVES | {"his", "her"}  # before "country" or "nation", the speaker's own side
AVOWAL_REACH = 4  # words from a possessive to its noun of intent: "its present 'good faith intention'"
RETALIATING = frozenset({"retaliate"})  # the speaker's answer to another's act: a warning whatever its manner
ANSWERING = frozenset({"respond", "react", "reply", "answer"})  # a warning by its manner: "respond decisively"
STRIKING_BACK = frozenset({"hit", "strike"})  # a warning with "back": "would hit back"
FORCEFUL = frozenset({"decisively", "firmly", "strongly", "forcefully", "militarily", "force",
                      "harshly", "severely", "vigorously", "swiftly", "resolutely"})
IN_KIND = ["in", "kind"]  # "would respond in kind"; not "respond to any kind of question"
QUESTIONS = frozenset({"why", "how", "whether", "if", "when", "what"})  # "no reason why we should agree": no obligation laid
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
SPANS = frozenset({"time", "long", "longer", "while", "hours", "days", "weeks", "months", "years", "day", "week",
                   "month", "year"})  # what "it will take" lasts: a span of time, not a deed ("take legal steps")
SPAN_REACH = 4  # words from "take" to its span: "it would take four or five months"
RESOLVE_REACH = 5  # words from "would" to "whatever" or "resort to": "would do whatever it took"
FEARED = frozenset({"danger", "risk", "fear", "fears", "possibility", "chance", "chances", "likely", "unlikely",
                    "possible", "probable", "doubt", "doubts", "hope", "hopes", "worry", "worries",
                    "prospect"})  # "a risk that prices will slip": what may come about, not what is pledged
RESPONSIBLE = frozenset({"responsible", "responsibility", "accountable"})
HARMS = frozenset({"effects", "consequences", "damage", "losses", "deaths", "casualties", "failure", "crisis",
                   "deterioration", "collapse", "bloodshed", "violence", "escalation", "breakdown", "harm",
                   "chaos"})  # what a party is blamed for: not "responsible for trade", a post
HARM_REACH = 4  # words from "for" to the harm: "for the economic effects", "for any further bloodshed"
ANSWERABLE = frozenset({"be", "is", "are", "was", "were", "been", "being", "held", "hold", "holds", "take", "takes",
                        "bear", "bears", "carry", "carries", "must", "should", "would", "will", "shall", "full",
                        "the", "entire", "sole", "all", "not", "never"})  # between a party and its blame:
# "must bear full responsibility for", "would be held responsible for"
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
EFFECTS = frozenset({"cause", "mean", "indicate", "suggest", "imply", "reflect", "signal", "hurt", "affect",
                     "worry", "concern", "depress", "weigh"})  # after "must": what a thing must bring about, an
# inference ("the rise must cause concern"), not a deed owed
FORECASTS = frozenset({"report", "record", "post", "show", "earn", "see", "run", "fall", "rise", "come"})  # after
# "it will": results foretold ("the company will report record results"), not a deed pledged
BACKING = frozenset({"support", "supports", "supported", "backs", "backed", "favor", "favors", "favored", "favour",
                     "favours", "favoured"})  # the speaker's stance on a plan or a move: "said it supports the bill"
BARE_BACKING = frozenset({"support", "favor", "favour"})  # a stance only "I", "we" or "they" take in the present
# ("we support"), not a noun after a stray pronoun ("int he early support program")
PLURAL_SELF = frozenset({"i", "we", "they"})
STILL = frozenset({"also", "still", "now", "always"})  # between the speaker and its stance: "said it still backs"
BACKED_OFF = frozenset({"out", "off", "down", "away", "up", "by"})  # after "backed": a retreat ("backed out of the
# deal"), a passive ("was backed by the banks"), not a stance
PUT_FORWARD = frozenset({"plan", "proposal", "bill", "move", "decision", "resolution", "measure", "recommendation",
                         "legislation", "idea", "effort", "call", "program", "programme", "initiative", "agreement",
                         "accord", "dismissal", "candidacy", "nomination", "reform", "policy",
                         "policies"})  # what a party puts forward, which backing endorses; not a principle
# ("supports freedom of navigation", a comment)
PUT_FORWARD_REACH = 6  # words from the verb of backing to what it backs: "supports Acme Corp's new tariff plan"
WEIGHED = frozenset({"consider", "study", "examine", "review", "weigh", "explore", "evaluate", "assess",
                     "reconsider", "look"})  # after "it would": an option weighed, not a deed pledged
WARNING = "warn"  # the headline of a warning told to no one: the speaker's own deed it tells of is a threat ("warned
# that it would retaliate", "warned that Ruritania would resist any blockade"), not an intent


def gist(words: Words, trigger: triggers.Trigger, only: bool, own: frozenset[int] = frozenset(),
         firm: bool = False, said: str | None = None, reach: range | None = None) -> Entry:
    """The reporting verb's entry coded by what its sentence says (see the module's docstring). When the
    sentence reports no other happening (`only`), its words are what was said and who said it; else they tell
    those happenings, and only a judgement of them is the statement's own: criticism ("said the attack was
    unjustified"). `own`: the words that name the speaker in the sentence, whose future is its own ("Acme will
    provide the financing, Acme said"); `firm`: whether the speaker is an organization, whose "the company" is
    itself; `said`: the reported clause after the reporting verb, as the binder read it; `reach`: the words it
    reports when the sentence holds another saying past a joint ("said A, but said B"), else the whole sentence.
    Commentators' words are comments whatever they say."""
    if commentator(words, trigger):
        return trigger.entry
    reach = reach or range(len(words))
    read = [j for j in reach if not trigger.first <= j <= trigger.last]
    at = {j: n for n, j in enumerate(read)}
    forms = [words.forms[j] for j in read]
    own = frozenset(at[j] for j in own if j in at)
    named = frozenset(at[j] for j in read if j > 0 and words.capitalised(j))
    if only and _found_wanting(forms):
        return replace(trigger.entry, code=REJECTION)
    if _disapproving(forms) or _faulted(forms) or _condemned(forms) or _blamed(words, trigger, said) or \
            _held_responsible(forms, own):
        return replace(trigger.entry, code=CRITICISM)
    if not only:
        return trigger.entry
    promised = _own_deed(forms, PROMISING, own, acting=True)
    if promised is not None and _conditioned(forms) and not _bargained(forms, promised) or \
            _forbidding(forms, own | named) or _answered(forms) or _resolved(forms, own | named) or \
            promised is not None and _retaliating(forms, promised):
        code = THREAT
    elif _obliged(words, trigger, firm, reach) or _needed(words, trigger, firm, reach):
        code = APPEAL
    elif _backing(forms, own):
        code = ENDORSEMENT
    elif _own_future(forms, OWN_FUTURE, own, affirmed=True) or _avowed(forms, own, named, trigger.first):
        code = CONSIDER if _own_future(forms, OWN_FUTURE, own, affirmed=True, weighed=True) else \
            THREAT if trigger.entry.headline == WARNING else INTENT
    else:
        return trigger.entry
    return replace(trigger.entry, code=code)


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


def _blamed(words: Words, trigger: triggers.Trigger, said: str | None) -> bool:
    """"said the union had violated the contract", "said the bill would contravene the treaty", "said the report
    was misleading": the main verb of the reported clause (`said`, or the clause fronted before the reporting verb)
    is a verb of wrongdoing, which charges its subject: criticism (CAMEO 111). Not a wrong denied ("had not
    violated"), a thing judged overstated with no one charged ("the fears were exaggerated", "the pact was
    violated": a passive), nor one a word elsewhere in the sentence names ("said it would sell the unit, whose
    exports contravene the law")."""
    listed = wrongdoing()
    if listed.isdisjoint(words.forms):
        return False  # a cheap test first: few statements hold such a verb, and finding the clause costs more
    clause = (said_clause(words, trigger, said) if said else None) or fronted_clause(words, trigger)
    if clause is None:
        return False
    forms, k = words.forms, clause[1]
    while k < len(forms) and (forms[k] in CHAIN or forms[k] == "been") and forms[k] != "to":
        k = past_adverbs(forms, k + 1)
    if k >= len(forms) or forms[k] not in listed:
        return False
    passive = k > 0 and (forms[k - 1] in triggers.BE or forms[k - 1] == "been") and forms[k].endswith("ed")
    return not passive and not any(form in triggers.NEGATIONS or form.endswith("n't") for form in forms[clause[0]:k])


def _held_responsible(forms: list[str], own: frozenset[int]) -> bool:
    """"said the cabinet must take responsibility for any effects of its tax", "said Freedonia would be held
    responsible for the losses": another party charged with a harm is blamed, criticism (CAMEO 111); not the
    speaker owning up ("we take full responsibility for the losses"), a charge denied ("was not responsible for
    the damage") nor a post ("the minister responsible for trade")."""
    for j, form in enumerate(forms):
        if form not in RESPONSIBLE or forms[j + 1:j + 2] != ["for"] or \
                not set(forms[j + 2:j + 2 + HARM_REACH]) & HARMS:
            continue
        k = j - 1
        while k >= 0 and (forms[k] in ANSWERABLE or forms[k].endswith("ly")):
            k -= 1
        if k >= 0 and forms[k] not in SELF and k not in own and forms[k] not in RELATIVES and not any(
                word in triggers.NEGATIONS or word.endswith("n't") for word in forms[k:j]):
            return True
    return False


def _listed_at(forms: list[str], listed: frozenset[str], positions: range) -> bool:
    """Whether an entry of `listed`, one word or a phrase of several ("too low"), starts at one of `positions`."""
    phrases = _phrases(listed)
    return any(forms[j] in listed or
               any(tuple(forms[j:j + len(phrase)]) == phrase for phrase in phrases.get(forms[j], ()))
               for j in positions)


@lru_cache(maxsize=None)
def _phrases(listed: frozenset[str]) -> dict[str, tuple[tuple[str, ...], ...]]:
    return by_first_word(tuple(entry.split()) for entry in listed if " " in entry)


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


def _backing(forms: list[str], own: frozenset[int]) -> bool:
    """"said it supports the proposal", "said they strongly backed the move", "Acme favours the plan, Acme said":
    the speaker's own stance on a plan or a move put forward endorses it (CAMEO 051), not a stance denied
    ("said it does not support"), asked about ("whether it backs"), another's ("said the banks support it"), a
    passive ("it was supported by") nor a retreat ("backed out of the deal")."""
    for j, form in enumerate(forms):
        if not _speaking_subject(forms, j, own) or any(
                word in QUESTIONS or word in RELATIVES for word in forms[max(0, j - QUESTION_REACH):j]):
            continue
        k = j + 1
        while k < len(forms) and (forms[k] in STILL or forms[k].endswith("ly")):
            k += 1
        if k < len(forms) and forms[k] in BACKING and forms[k + 1:k + 2] and forms[k + 1] not in BACKED_OFF and \
                (forms[k] not in BARE_BACKING or form in PLURAL_SELF) and \
                _put_forward(forms[k + 1:k + 1 + PUT_FORWARD_REACH]):
            return True
    return False


def _put_forward(forms: list[str]) -> bool:
    """Whether `forms`, up to the end of their phrase, name a plan or a move put forward ("the proposals")."""
    for form in forms:
        if form in (",", ".", ";"):
            return False
        if form in PUT_FORWARD or form.endswith("s") and form[:-1] in PUT_FORWARD:
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


def _obliged(words: Words, trigger: triggers.Trigger, firm: bool, reach: range) -> bool:
    """"said creditors should show more understanding": an obligation the speaker lays down, not one a
    question or a condition weighs ("to determine whether the duty should be cut", "if it must"), nor one it
    lays on itself (a company's "the company should bring its costs down", "it must cut costs"): an appeal is
    to others."""
    return any(form in OBLIGING and not _asked(words, j) and not _expected(words, j) and
               not _inferred(words, j) and not _itself(words, j, firm)
               for j, form in enumerate(words.forms) if j in reach and not trigger.first <= j <= trigger.last)


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
    early next year", "this should keep prices down": "should" of what is expected to come about, not of what
    someone ought to do ("should be abolished", "should show more understanding")."""
    if words.forms[j] != "should":
        return False
    k = past_adverbs(words.forms, j + 1)
    if k >= len(words):
        return False
    if words.forms[k] in ("be", "have"):
        after = past_adverbs(words.forms, k + 1)
        form = words.forms[after] if after < len(words) else ""
        return words.forms[k] == "have" or not (form in PAST_IRREGULAR or len(form) > 4 and form.endswith("ed"))
    subject = _subject(words.forms, j)
    return words.forms[k] in OUTCOMES or subject >= 0 and words.forms[subject] in STANDING_FOR or \
        words.forms[k] in COMING and (
        k + 1 >= len(words) or words.forms[k + 1] in WHEN_WORDS or words.is_break(k + 1) or
        words.forms[k + 1] == "by" and k + 2 < len(words) and not words.forms[k + 2].endswith("ing"))


def _inferred(words: Words, j: int) -> bool:
    """"the jump must cause some alarm at the ministry", "the figures must mean higher rates", "they must have
    known": "must" of what the speaker infers follows or has been, not of what someone ought to do ("must cut
    costs", "must be stopped", "must continue to reform", "must come up with a plan"): an effect only a thing
    has (`EFFECTS`) or a perfect."""
    if words.forms[j] != "must":
        return False
    k = past_adverbs(words.forms, j + 1)
    if k >= len(words):
        return False
    if words.forms[k] == "have":
        after = past_adverbs(words.forms, k + 1)
        form = words.forms[after] if after < len(words) else ""
        return form in PAST_IRREGULAR or len(form) > 3 and form.endswith(("ed", "wn", "en", "one"))  # "must have
        # known", "been", "done"; not "must have a strong army"
    return words.forms[k] in EFFECTS


def _asked(words: Words, j: int) -> bool:
    opener = words.forms[words.clause_starts[words.clause[j]]]
    return opener in CONDITIONS or opener == "whether" or any(
        form in QUESTIONS for form in words.forms[max(0, j - QUESTION_REACH):j])


def _needed(words: Words, trigger: triggers.Trigger, firm: bool, reach: range) -> bool:
    """"said Freedonia needed new credits", "said radical changes were needed", "said they need to cut costs": a
    need laid on others, an appeal; not one denied ("saw no need to change policy", "will not need to raise
    rates"), which asks nothing of anyone."""
    forms = words.forms
    return any(form in NEEDING and j > trigger.last and not _asked(words, j) and not _itself(words, j, firm) and
               not (forms[j - 1] in triggers.NEGATIONS or forms[j - 1].endswith("n't")) and (
        forms[j + 1:j + 2] == ["to"] and (form != "needed" or forms[j - 1] in SELF or words.capitalised(j - 1)) or
        forms[j - 1] in triggers.BE or forms[j - 1] in SELF or words.capitalised(j - 1))
        for j, form in enumerate(forms) if j in reach)


def _bargained(forms: list[str], deed: int) -> bool:
    """"if the harvest is poor, it would buy grain from its neighbours": a deed of cooperation promised on a condition
    that asks nothing be refused is the terms of an offer, not a threat ("unless the union accepts", "if the price
    is not agreed, it may bid for the stock directly" are)."""
    entries = [entry for entry in entries_by_first_word().get(forms[deed], ()) if entry.kind == "V"]
    if not entries or any(not COOPERATIVE[0] <= entry.code[:2] <= COOPERATIVE[1] for entry in entries):
        return False
    return not _refusal_feared(forms, deed)


def threatened(forms: list[str], deed: int, root: str) -> bool:
    """"said it may take its offer directly to the shareholders if the board rejects it", "would make a tender
    offer unless the talks succeed": an intended deed of cooperation (of CAMEO `root`, at `deed`) made to hang on
    another's refusal is a threat (CAMEO 13), as `_bargained` codes one the reporting verb carries; not one the
    speaker only could do ("if it did not match the bid, Acme could accept the other one": a right it has), nor
    one on a condition that refuses nothing ("would buy the stake if the price is right": the offer it is)."""
    modal = next((forms[k] for k in range(deed - 1, max(-1, deed - MODAL_REACH - 1), -1)
                  if forms[k] in PROMISING or forms[k] in INTENDING), None)
    return COOPERATIVE[0] <= root <= COOPERATIVE[1] and modal not in ABLE and _conditioned(forms) and \
        _refusal_feared(forms, deed)


def _refusal_feared(forms: list[str], deed: int) -> bool:
    """Whether a condition in `forms` is "unless" or, up to a comma or the deed at `deed`, names a refusal or a
    negation ("if the union rejects the offer", "if the deal is not acceptable"); not a proviso, a condition
    with no party of its own ("unless granted approval to do otherwise", "unless otherwise agreed")."""
    for j, form in enumerate(forms):
        if form in CONDITIONS and not _proviso(forms[j + 1:j + 2]):
            clause = forms[j + 1:next((k for k in range(j + 1, len(forms)) if forms[k] in (",", ".") or k == deed),
                                      len(forms))]
            if form == "unless" or any(word in triggers.NEGATIONS or word.startswith(REFUSING) for word in clause):
                return True
    return False


def _proviso(after: list[str]) -> bool:
    """Whether the word after a condition, `after`, opens a proviso: "otherwise", or a participle that refuses
    nothing ("unless extended", "if approved"; not "if rejected")."""
    word = after[0] if after else ""
    return word == "otherwise" or not word.startswith(REFUSING) and (
        word in PAST_IRREGULAR or len(word) > 4 and word.endswith("ed"))


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
                word in QUESTIONS and word not in CONDITIONS or word in RELATIVES or word in FEARED
                for word in forms[max(0, j - QUESTION_REACH):j]):
            continue  # "not certain whether the company would pay", "the price it will receive", "a risk we will"
        k = j + 1
        while k < len(forms) and (forms[k] in SKIPPED or forms[k].endswith("ly")):
            k += 1
        if k >= len(forms) or not (forms[k] in modals or forms[k] in INTENDING and forms[k + 1:k + 2] == ["to"]):
            continue
        verb = past_adverbs(forms, k + 2 if forms[k] in INTENDING else k + 1)
        deed = forms[verb] if verb < len(forms) else ""
        negated = any(word in triggers.NEGATIONS for word in forms[k + 1:verb + 1])  # "would not", "will never"
        if affirmed and (negated or deed in triggers.BE | PERFECT | UNPLEDGED | FORECASTS or
                         form == "it" and deed in IMPERSONAL):
            continue
        if weighed and deed not in WEIGHED:
            continue
        if acting and (deed in triggers.BE | PERFECT | WEIGHED | UNPLEDGED or form == "it" and _undergone(forms, verb)):
            continue
        return verb
    return None


def _undergone(forms: list[str], verb: int) -> bool:
    """"it could result in a rash of tariffs", "it would hurt them more", "it would take four months": what a
    thing will do or undergo, no deed of the speaker's, which a condition would make a threat; "take" only with a
    span of time, as "it will take legal steps unless" is a deed."""
    if forms[verb] != "take":
        return forms[verb] in IMPERSONAL
    return any(form in SPANS for form in forms[verb + 1:verb + 1 + SPAN_REACH])


def _speaking_subject(forms: list[str], j: int, own: frozenset[int]) -> bool:
    """Whether the word at `j` ends a subject that is the speaker: a pronoun, the speaker's name, or "the
    company", "his firm", "the Acme group", "his country"."""
    if forms[j] in SELF or j in own:
        return True
    return j > 0 and (forms[j] in OWN_BODIES and (forms[j - 1] in triggers.DETERMINERS or j - 1 in own) or
                      forms[j] in OWN_LANDS and forms[j - 1] in OWNERS)

"""Short headline-like titles made from actors, the trigger's headline verb and its object.

"Chile and Peru sign Treaty on Maritime Boundaries", "Japan expresses concern", "Yugoslavia
collapses"; with no actor, the object and the verb's participle: "1979 treaty signed".
"""

from __future__ import annotations

import calendar
import re
from functools import lru_cache

from .. import reporting
from ..actors.gazetteer import gazetteer
from . import coordinations, phrases, triggers
from .lexicon import PARTICIPLE_FORMS, PARTICIPLES, PAST_IRREGULAR, entries_by_first_word, governed, \
    irregular_forms, listed_past, saying, third_person, verb_forms
from .parse_words import TITLE_CASE_DATELINE, text_of, tokens_of
from .text import BREAKS, CALENDAR, COORDINATORS, DEICTIC_DAYS, QUOTES, RELATIVES, SUBORDINATORS, Words, \
    by_first_word, read, whole_words

MAX_NAMES = 3
# Words that open what a speaker said in his own words: "we will act", "I hope", "our board meets", "you can expect".
SPEAKER_WORDS = frozenset({"i", "we", "you", "my", "our", "your", "me", "us"})
SUBJECT_PRONOUNS = frozenset({"i", "we", "you", "he", "she", "it", "they"})
_OBJECT_PRONOUNS = frozenset({"me", "us", "you", "him", "her", "it", "them"})
_UNOWNING = frozenset({"now", "there", "here", "that", "this", "what", "who", "where", "how"})  # before "'s": "is"
_VERB_ADVERBS = frozenset({"already", "also", "still", "often", "usually", "never", "always", "rarely", "seldom"})
_SPEAKER_CLAUSE_WORDS = 6  # words from a quotation's closing mark to its verb of saying: '...," said Acme's chairman'
_QUOTE_MARKS = "\"“”‘’' "
_OPENING_MARKS = frozenset('.!?:"“‘\'')  # the last marks before a word that opens a sentence or a quotation
DEMONSTRATIVES = frozenset({"that", "this", "these", "those"})
POSSESSIVES = frozenset({"his", "her", "its", "their", "our", "my", "your"})
RANKS = frozenset({"senior", "executive", "deputy", "assistant", "first"})  # "senior vice president": a post's grade
MAX_RANKS = 2  # grades before a post: "first executive vice president"
# Words a phrase cut short ends on: "acquire Farmers and", "more significant than". Not the words that can
# stand for a whole object ("denies that", "arrests her").
DANGLING = (triggers.PREPOSITIONS | triggers.DETERMINERS | COORDINATORS | SUBORDINATORS | {"than", "as", "to"}) - \
    DEMONSTRATIVES - {"her"}
# Auxiliaries end a phrase cut short too ("investigate will"), when written in lower case: "May", "Will" are names.
_AUXILIARIES = triggers.MODALS | triggers.BE | triggers.PERFECT
_DO = frozenset({"do", "does", "did"})
# Words that open a clause before its subject ("As liquidity dried up"), never a doer's noun phrase.
_OPENING_CLAUSE = (SUBORDINATORS - {"that", "which", "who", "whom", "whose"}) | COORDINATORS | {"as", "since", "after",
                                                                                                "before", "until"}
# Words that open a sentence but never a name, written with a capital where a quoted clause began
# ("Iran says Such talks ...").
_SENTENCE_OPENERS = frozenset({"such", "it", "he", "she", "they", "we", "there", "this", "these", "those", "the",
                               "a", "an", "you", "various", "many", "some", "most", "all", "more", "other",
                               "others", "several", "few", "each", "every", "both", "any", "no", "none", "much",
                               "another", "what", "here"}) | POSSESSIVES
# Wire copy's brackets around stock codes and company names, cut open by a phrase's end: a code goes whole
# ("surrounding it <VOWG"), a name keeps its words ("will join <Real Estate").
_CODE = re.compile(r"\s*<[A-Z0-9.]{0,8}(?:>|$)")
_MARKUP = re.compile(r"[<>]")
_BRACKETED = re.compile(r"<([^<>]*)>")
_STOCK_CODE = re.compile(r"[A-Z0-9.]{0,8}")
# The dateline a wire digest opens each item with, which a clause said from the item's start keeps: "says
# FREEDONIA CITY - Acme is to ...".
# a wire's dateline in capitals, or in a digest's title case of at most three words ("Port Marin - ")
_DATELINE = re.compile(r"^(?:[A-Z][A-Z'-]+(?: [A-Z][A-Z.'-]+)*|"
                       rf"[A-Z][a-z'-]+(?: [A-Z][a-z.'-]+){{0,{TITLE_CASE_DATELINE - 1}}}) - (?=[A-Z])")
# A verb's preposition that asks for an object ("calls for"), unlike a particle that completes it ("takes over").
_ASKS_OBJECT = frozenset({"for", "on", "with", "to", "against", "at", "of", "about", "into", "from", "upon"})
CLOSING_REACH = 12  # words a phrase cut inside may run on to reach its end ("approved the sale | of up to eleven
# million units of its preferred stock"); a longer run leaves it as it was
# Words before which a phrase ends: "of" and "to" go on inside it ("part of the loans", "a bid to merge").
_CLOSERS = (triggers.PREPOSITIONS - {"of", "to"}) | COORDINATORS | SUBORDINATORS | {"than"}
# present forms of thinking (past forms are in said_objects.NOT_DEEDS)
MINDING = frozenset({"think", "thinks", "believe", "believes", "expect", "expects", "hope", "hopes", "fear",
                     "fears", "doubt", "doubts", "doubted", "see", "sees", "saw", "feel", "feels", "know", "knows"})
# Words an "and" four words on or fewer completes rather than closes: "both consumers and dealers".
_PAIRED = frozenset({"both", "between"})
# Words no run ends on: "should be" of 'should be "at record levels"', "such" of "such as". "as" ends a phrase
# ("a chance for success | as most producers joined"), but not after "be" nor in a comparison ("are as strong as
# ever").
_OPEN_ENDS = DANGLING | _AUXILIARIES | {
    "such", "both", "either", "neither", "more", "less", "fewer", "other", "rather", "still", "also", "not",
    "never", "already", "all", "some", "most", "each", "any"}
# Words that say how much of a whole, which the object needs: "endorses all" is cut from "all of the proposals".
PARTITIVES = frozenset({"all", "some", "most", "part", "much", "many", "each", "half", "none", "rest", "both",
                        "several", "few", "any", "majority", "remainder", "bulk"})
# Numbers written in words, which an object cut after them leaves without what they count: "acquires two"; not
# "one", which also stands for a thing named before ("bought one of them").
_CARDINALS = triggers.SPELLED_NUMBERS - {"one"}
_MANY = frozenset({"both", "several", "many", "few", "numerous"})  # counts of more than one without a figure
# Adverbs that tell when, where, how often, how or how much a thing was said: "said later that", "said only that";
# not "now" nor "once", which open a clause ("said now that prices fell, ..."), nor any word in "-ly" ("supply").
_SAYING_ADVERBS = frozenset({"later", "earlier", "also", "again", "today", "yesterday", "then", "previously",
                             "recently", "repeatedly", "too", "here", "there", "instead", "publicly", "privately",
                             "separately", "jointly", "formally", "officially", "initially", "subsequently",
                             "explicitly", "flatly", "firmly", "openly", "only"})
ADVERBS = _SAYING_ADVERBS | _VERB_ADVERBS
# Words that open what was said with no subject ("also before the merger would ..."): no verb it reaches is its own
_ADVERBIAL_OPENERS = ADVERBS | triggers.PREPOSITIONS
# Words that open a phrase set before a sentence's clause ("According to its filing, ...", "As part of the
# deal, ...", "In addition, ..."): the prepositions and the participles used as prepositions.
# participles used as prepositions, after which the noun before stays a noun: "mills | including scrap"
_PARTICIPLE_PREPOSITIONS = frozenset({"including", "excluding", "concerning", "regarding"})
_FRONTING = triggers.PREPOSITIONS | _PARTICIPLE_PREPOSITIONS | {"according", "as", "besides", "given", "apart"}
HEADLINE_WORDS = 10  # words of what was said a title shows whole
# Adverbs that say how near or how far a phrase or a clause set before the main one is: "shortly after the vote",
# "immediately following the sale", "even if the loan is approved".
_DEGREE_ADVERBS = frozenset({"immediately", "shortly", "soon", "just", "long", "well", "right", "even", "only"})
_ABSOLUTE = frozenset({"with", "without"})  # open a noun and what is said of it, never a clause of its own
_SET_BEFORE = frozenset({"as", "because", "while", "although", "though", "if", "unless", "when", "since", "once",
                         "whereas", "after", "before", "until"})  # what opens a clause set before the main one
_OPENED_WORDS = 16  # words of such a clause and its main clause's core a title shows together
_COMPLEMENT_WORDS = 3  # words past those a title may show for the phrase that completes the verb's object
_PREDICATE_WORDS = 8  # words of the clause a verb opens, after a subject reached past what qualifies it
# Words that open a phrase or a clause after a verb's object, where a predicate too long to show whole is cut
# ("is issuing a bond | due 1992", "will list contracts | once approved"); not "of", which the object goes on with
_OBJECT_CLOSERS = (triggers.PREPOSITIONS - {"of"}) | SUBORDINATORS | {"due", "once", "but"}
_KEY_WORDS = 3  # a phrase's last words that find where it ends in its sentence
_FRONT_KEY_WORDS = 3  # a fronted phrase's first words that find where it opens in its sentence
_ASIDE_WORDS = 3  # the most words of an aside that tells who spoke: ", the minister said,"
INSERTION_REACH = 10  # words between the commas after what was said's subject and before its verb
_APPOSED_NAME = 4  # words of a name set beside a subject's name, up to its verb: ", Nassau Branch is"
_NAME_JOINERS = frozenset({"and", "of", "de", "for"})
# Words that open a preposition's phrase that qualifies a subject's noun ("refunds under the program").
_QUALIFIERS = triggers.PREPOSITIONS - {"of", "to"}
_QUALIFIER_WORDS = 5  # a longer phrase holds what the subject's noun means ("difficulties | in ... caused by ...")
PHRASES_REACH = 20  # words from the comma after what was said's subject, past the phrases a preposition opens,
# to its verb
# The parse's relations that tie a word to a noun after it in one noun phrase: "a new, | advanced test"
_NOUN_PHRASE_RELATIONS = frozenset({"amod", "compound", "nummod", "det", "nmod:poss", "flat"})
# A word's dependents its phrase is not whole without: a verb's object or the clause it leads to
_ARGUMENT_RELATIONS = frozenset({"obj", "iobj", "xcomp", "ccomp"})
_CLAUSE_MARKS = frozenset({"that", "to"})  # "no doubt | that ...", "a plan | to ..."
# The words right after a noun that open a clause's predicate: a modal, or a tense of "be" or "have" ("the plan |
# would ...", "their livelihood | was at stake"); not "to", which opens what the noun is for ("a plan | to ...")
_PREDICATE_OPENERS = triggers.MODALS - {"to", "'ll"} | triggers.BE - {"be", "been", "being", "'s"} | \
    triggers.PERFECT - {"having"}
_AUXILIARY_RELATIONS = frozenset({"aux", "aux:pass", "cop"})
_APPOINTING = frozenset({"Appointment", "Election"})  # the lexicon's labels of verbs that fill a post
_POST_CASES = frozenset({"as", "to"})  # "elects Jan Novak | as chairman", "| to the board"
_POST_OWNERS = frozenset({"of", "as"})  # "chairman | of the board", "a two-year term | as chairman"
# A verb's dependents that make clauses or asides of their own, which a title runs on without: "will develop | if
# the EC proceeds ..."
_OWN_CLAUSES = frozenset({"advcl", "conj", "cc", "parataxis", "punct", "acl:relcl"})
# The prepositions before what a happening's noun acts on, which its verb takes as its object: "an attack | on a
# tanker", "a strike | against a base" ("attacks a tanker"); not "of", which may name the noun's subject ("the
# collapse | of the price freeze")
_ACTED_ON = frozenset({"on", "against"})
_COMMON_NOUNS = ("NN", "NNS")  # a name is whole without a complement: "buys Acme Corp | for 20 mln dlrs"
_NOUN_HOMOGRAPHS = frozenset({"mine"})  # a pronoun that is also a noun of news: "the Bolton mine"
# The prepositions that open what a noun is of, on or about, its complement, which the noun alone leaves out: "proposes
# a restriction | on highway funds", "backs a link | between the two", "pays 80 mln dlrs | for the assets"; not those
# that say when, where from or despite what ("a loss | after charges").
NOUN_COMPLEMENT_CASES = frozenset({"of", "on", "to", "for", "between", "against", "over", "with", "in", "into",
                                    "from", "about", "toward", "towards", "among", "under", "upon"})
# Nouns of change, nouns and adjectives of likelihood, knowledge and belief, adjectives and participles that
# "be" says only with their phrase, and the word that opens what they are of: "a rise | in imports", "the
# likelihood | that ...", "there is now recognition | that ...", "it is possible | that ...", "makes clear | that
# ...", "the bank is involved | in talks", "the price is based | on costs"
_COMPLEMENTED = {**dict.fromkeys(("increase", "increases", "rise", "rises", "drop", "drops", "decline", "declines",
                                  "fall", "falls", "decrease", "decreases", "reduction", "reductions", "cut", "cuts",
                                  "jump", "surge", "slump", "growth", "change", "changes"), "in"),
                 **dict.fromkeys(("likelihood", "possibility", "probability", "fact", "chance", "risk", "danger",
                                  "recognition", "realisation", "realization", "awareness", "belief", "conviction",
                                  "hope", "hopes", "fear", "fears", "expectation", "expectations", "assurance",
                                  "assurances", "evidence", "indication", "indications", "sign", "signs", "doubt",
                                  "doubts", "speculation", "suggestion", "suggestions", "notion", "idea",
                                  "impression", "assumption", "consensus", "insistence", "confidence", "certainty",
                                  "possible", "likely", "unlikely", "probable", "clear", "certain", "sure",
                                  "evident", "obvious", "apparent", "true", "doubtful", "inevitable", "aware",
                                  "confident", "convinced", "hopeful", "concerned", "worried", "afraid", "pleased",
                                  "disappointed", "satisfied", "surprised", "optimistic", "pessimistic"), "that"),
                 **dict.fromkeys(("involved", "included", "engaged", "interested"), "in"),
                 **dict.fromkeys(("based", "dependent", "contingent"), "on")}
# Verbs whose object a phrase of its own completes, and the word that opens it: "asked the grain traders | to help
# steady prices", "will prevent the port authority | from raising its fees", "would provide farmers | with income",
# "charged the broker | with fraud", "sees the region | as its main market". Not a verb whose object says what it
# does alone ("bought the plant | from Acme"), nor one an infinitive of purpose follows ("resigned his post | to
# devote more time to ...").
_OBJECT_CASES = {**dict.fromkeys(("ask", "urge", "persuade", "force", "allow", "enable", "require", "encourage",
                                  "invite", "order", "permit", "authorize", "authorise", "instruct", "advise",
                                  "oblige", "compel", "empower", "press", "pressure", "prompt", "cause", "help"), "to"),
                 **dict.fromkeys(("prevent", "bar", "stop", "prohibit", "ban", "block", "deter", "discourage",
                                  "restrain", "preclude", "dissuade"), "from"),
                 **dict.fromkeys(("provide", "supply", "furnish", "equip", "charge", "entrust", "saddle", "replace",
                                  "present"), "with"),
                 **dict.fromkeys(("see", "view", "regard", "treat", "describe", "portray", "depict", "characterise",
                                  "characterize", "brand"), "as")}
# Nouns that "in" before them and the word after them make one preposition of: "was made in connection | with the
# offer" ends nowhere
_IN_PREPOSITIONS = {**dict.fromkeys(("connection", "line", "accordance", "compliance"), "with"),
                    **dict.fromkeys(("exchange", "return"), "for")}
# The verb's forms that "to" and "from" lead to: "to help", "to be imported", "from raising"
_CASE_VERBS = {"to": ("VB", "VBN"), "from": ("VBG",)}
_ROLE_OPENERS = triggers.DETERMINERS | POSSESSIVES | {"one"}  # open the role "as" gives an object: "as a threat"
# Adverbs that complete a verb whose phrase they end ("the tax will be phased in | over two years", "the talks were
# called off | after ..."): a clause cut before one says another thing or nothing whole
_PARTICLES = triggers.PARTICLES | {"in", "over"}
_OBJECT_REACH = 6  # words of a verb's object between the verb and the preposition its object needs
_SPANS = frozenset({"time", "times", "years", "months", "weeks", "days", "hours", "decades", "year", "month", "week",
                    "day", "hour", "decade", "while"})  # the noun of a "for" phrase of how long: "for two years"
_SPAN_WORDS = 4  # words of a "for" phrase that may hold that noun: "for one or two years"
_PAID_CASES = frozenset({"for", "in", "from"})  # what a sum of money pays for, is made of or comes from
_WHOLE_ENDS = ("NN", "CD")  # tags of the words a phrase run on to its end may end on: a noun, a number
_STOPS = BREAKS - {","} | QUOTES | {"--"}
_COUNT_REACH = 3  # words before a noun its figure may stand: "2.3 | mln shares", "11.7 mln dlr | contracts"
_BARE_OBJECT_WORDS = 3  # words of a verb's object that is a noun with at most an article and an adjective
_TIME_DEICTICS = frozenset({"the", "last", "next", "this"})  # before a word of time: "last month", "the year"
_WEEKDAYS = frozenset(name.lower() for name in calendar.day_name)
_DAY_PARTS = frozenset({"night", "morning", "afternoon", "evening", "weekend"})  # "last night", "this morning"
_DAYS_BY_NAME = DEICTIC_DAYS | _WEEKDAYS  # a day one word names: "yesterday", "Monday"
_POINTING_DEICTICS = _TIME_DEICTICS - {"the"}  # before a time of the report's days: "last week", "this morning"
_POINTED_TIMES = _SPANS | _WEEKDAYS | _DAY_PARTS  # what they point at
_OWN_TIME_WORDS = DEICTIC_DAYS | _SPANS  # words of time after a noun, which the noun's phrase holds: "offers today"
# what ends the phrase of a noun a list of its qualifiers leads to: "... convertible debentures | due 2005",
# "... eurobonds | and notes", "... debentures | will be redeemed"
_LISTED_NOUN_CLOSERS = _OBJECT_CLOSERS | COORDINATORS | _AUXILIARIES
# Days and months, written in full or short ("May 15", "Sept 3"): a day's number after them is no figure
_MONTHS = CALENDAR | {name.lower() for name in calendar.month_abbr if name} | {"sept"}
_FIGURE = re.compile(r"\d[\d,]*(?:\.\d+)?(?:-\d+/\d+)?|\d+/\d+")  # "1,900", "75.7", "7-3/4", "3/8"
_PASSIVE_GAP = 3  # words before a participle that "be" may stand: "to be 75 pct owned", "was not yet sold"
_STEM_LETTERS = 4  # letters a verb's forms share: "sign", "signs", "signed"; "meet", "meeting"
COMMENTED = ("comment", "on")  # the verb of a statement whose words name only what it was about
TITLE_TAIL = re.compile(r"(?:, [^,]+ says| \((?:planned|reported)\))$")


def join(names: list[str]) -> str:
    names = names[:MAX_NAMES]
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def compose(sources: list[str], headline: str, complement: str | None, infinitive: bool = False,
            plural: bool = False, modality: str = "asserted", reporter: str | None = None,
            decision: str | None = None) -> str:
    """`complement` is the object phrase, or the target actors' names; `infinitive` when it is what the verb
    leads to ("offer to" + "buy the company"); `plural` when the one source is a plural noun ("marines").
    A planned happening reads "X to sign ...", as headlines write the future; a decided one names the decision
    (`decision`, "X decides to sell ...": the sale is still to come); an attributed one says who reports it ("...,
    Y says") or that it is reported ("X reportedly signs")."""
    verb, _, rest = headline.partition(" ")
    sources = [_doer(source) for source in sources]
    plural = plural or len(sources) == 1 and _plural_phrase(sources[0])
    complement = _whole(complement) if complement else None
    if complement and rest.split()[-1:] == complement.split()[:1] and len(complement.split()) > 1:
        complement = complement.split(" ", 1)[1]  # the object phrase opens with the headline's own preposition
    if verb == "say" and complement:
        complement = _quoted(_unaddressed(_undated(complement)))
        if not has_verb(complement):
            verb, rest = COMMENTED  # "says the new subsidiary" says nothing: "comments on the new subsidiary"
    infinitive = infinitive and bool(complement) and not complement[:1].isupper() and rest.split()[-1:] != ["to"]
    # "to" leads to a verb, not to the name the verb acts on ("orders Acme", not "orders to Acme"); a headline's
    # own "to" is a preposition the trigger ends on, written once: "objects to the new quotas"
    if sources and not complement and rest.split()[-1:] and rest.split()[-1] in _ASKS_OBJECT and \
            " ".join([verb, *rest.split()[:-1]]) in headlines():
        rest = " ".join(rest.split()[:-1])  # "Ruritania appeals", not "Ruritania appeals for"; never "calls"
    if reporter and _names(reporter, " ".join([*sources, complement or ""])):
        reporter = None  # "A investigates B, B says" names B twice: the happening is only reported
    tail = " ".join(part for part in (rest, "to" if infinitive and complement else "", complement or "") if part)
    if sources:
        single = len(sources) == 1 and not plural
        conjugated = third_person(verb) if single else verb
        if modality == "planned":
            conjugated = f"to {verb}"
        elif decision:
            conjugated = f"{third_person(decision) if single else decision} to {verb}"
        if modality == "attributed" and not reporter:
            conjugated = f"reportedly {conjugated}"
        title = " ".join(part for part in (join(sources), conjugated, tail) if part)
        title = _MARKUP.sub("", _CODE.sub("", title[:1].upper() + title[1:]))
        return f"{title}, {reporter} says" if modality == "attributed" and reporter else title
    elif complement and infinitive:
        title = f"{'an' if verb[:1] in 'aeiou' else 'a'} {verb} {tail}"  # "An offer to buy the company"
    elif complement:
        complement = _unopened(_undated(complement))
        first, _, others = complement.partition(" ")
        if first.lower() in DEMONSTRATIVES and others:
            complement = f"the {others}"  # "That incident investigated" opens with a pronoun's word
        named, post = _named_post(complement) if headline in _posting() else (complement, "")
        title = " ".join(part for part in (named, _participle(verb), rest, post) if part)
    else:
        title = headline
    return mark(_MARKUP.sub("", _CODE.sub("", title[:1].upper() + title[1:])), modality, reporter)


@lru_cache(maxsize=1)
def _posting() -> frozenset[str]:
    """The headlines of the lexicon's appointments and elections, whose passive a post may complete ("was named
    president")."""
    return frozenset(entry.headline for entries in entries_by_first_word().values() for entry in entries
                     if entry.label in ("Appointment", "Election"))


def _named_post(complement: str) -> tuple[str, str]:
    """"Jane Roe president of its tile unit", a passive's subject a name and the post it was given: the name, which
    the participle follows, and the post ("Jane Roe named president of its tile unit"); else the whole and "". A
    post before a name is the name's title ("Acme chairman John Doe"), not one given."""
    forms = complement.split()
    titling = 0  # where the post before a name ends ("Acme vice president | Jan Novak")
    for k in range(1, len(forms)):
        if not forms[k - 1][:1].isupper() and k - 1 >= titling:
            break
        for post in _posts_by_first_word().get(forms[k].lower(), ()):
            after = k + len(post)
            if tuple(form.lower() for form in forms[k:after]) != post:
                continue
            if after < len(forms) and forms[after][:1].isupper():
                titling = max(titling, after)
            elif k >= titling:
                return " ".join(forms[:k]), " ".join(forms[k:])
    return complement, ""


def _quoted(said: str) -> str:
    """What a speaker said of himself or his listeners in the first or second person, in quotation marks: as
    reported speech "says we will act" reads wrong, 'says "we will act"' is his own words."""
    first = said.split()[0].lower().strip(_QUOTE_MARKS).replace("’", "'").partition("'")[0] if said.split() else ""
    return f'"{said.strip(_QUOTE_MARKS)}"' if first in SPEAKER_WORDS else said  # "we", "we're", "I'm"


def _undated(said: str) -> str:
    """What was said without the dateline it opens with, and the capital its first word then has only for opening
    the item: "says A unit of Acme is issuing", of "A unit" after "FREEDONIA CITY - ", reads "says a unit"."""
    undated = _DATELINE.sub("", said)
    first = undated.split(" ", 1)[0]
    return undated[:1].lower() + undated[1:] if undated != said and first.lower() in _SENTENCE_OPENERS else undated


def _unaddressed(said: str) -> str:
    """What was said without the name of the one it was told to: "told Acme Chairman Jan Novak that he was
    interested" says "he was interested"; "says Jan Novak that" is no headline."""
    addressee, that, clause = said.partition(" that ")
    if that and clause and all(word[:1].isupper() for word in addressee.split()):
        return clause
    return said


def left_asking(title: str) -> bool:
    """Whether a title ends on the preposition its verb asks an object of: "Acme applies for"."""
    return title.rpartition(" ")[2] in _ASKS_OBJECT


def mark(title: str, modality: str, reporter: str | None) -> str:
    """A title without a doer says that its happening is planned or only reported."""
    first, _, others = title.partition(" ")
    if first.lower() in POSSESSIVES and others:
        title = f"The {others}"  # "Its crankshaft breaks": the owner the pronoun stood for is not in the title
    title = _uncut(title)
    if reporter and _names(reporter, title):
        reporter = None
    if modality == "planned":
        return f"{title} (planned)"
    if modality == "attributed":
        return f"{title}, {reporter} says" if reporter else f"{title} (reported)"
    return title


def _uncut(title: str) -> str:
    """A title without the article or possessive a phrase cut short ends on: "Talks formally recessed their"
    reads "Talks formally recessed"; a verb's own preposition stays ("A deal entered into")."""
    words = title.split()
    while len(words) > 2 and words[-1] in (triggers.DETERMINERS | POSSESSIVES) - DEMONSTRATIVES:
        words.pop()
    return " ".join(words)


def _unopened(phrase: str) -> str:
    """An object phrase that opens a title, without the preposition or subordinating word before it: "After
    Jan Novak named" reads "Jan Novak named"."""
    first, _, rest = phrase.partition(" ")
    if (first.lower() in triggers.PREPOSITIONS or first.lower() in _OPENING_CLAUSE) and first[1:].islower() and \
            rest[:1].isupper():
        return rest
    return phrase


def done(title: str, headline: str, modality: str, noun: str = "", befalls: bool = False, dated: bool = True) -> str:
    """A happening's noun alone, `noun` (the trigger's words) ending the title, says what happened by its headline
    verb: done to it, by the verb's participle ("Talks held", "Economic summit held", "Election held", before the
    place it names: "Summit held in Oslo"); one that befalls, as the verb's subject ("Fire breaks out", "Earthquake
    strikes"). A verb of the noun's own stem says
    nothing more ("Merger merged", "Crash crashes") and the noun stays, as does the noun of a headline that names
    another ("stop work" of "Stoppage"); one that is planned stays the noun, which "(planned)" follows. One the
    text does not date as done (not `dated`) takes a verb only as the headline's own noun alone ("Talks held")."""
    verb, _, rest = headline.partition(" ")
    if not dated and modality != "planned" and rest and title.lower() == rest:
        return f"{title} {_participle(verb)}"
    if not dated:
        return title
    title, place = _placed(title)
    words = title.lower().split()
    noun = noun.lower() or rest
    if modality == "planned" or not words or not noun or words[-len(noun.split()):] != noun.split():
        return title + place
    own = words[-1]
    if rest and not befalls:
        return f"{title} {_participle(verb)}{place}" if own in (rest, f"{rest}s", f"{rest}es") else title + place
    if _same_stem(own, verb):
        return title + place
    if befalls:
        conjugated = verb if _plural_phrase(title.lower()) else third_person(verb)
        return " ".join(part for part in (title, conjugated, rest) if part) + place
    return f"{title} {_participle(verb)}{place}" if verb in _noun_verbs() else title + place


@lru_cache(maxsize=1)
def _noun_verbs() -> frozenset[str]:
    """The verbs a headline of the lexicon gives a happening's noun as object ("hold" of "hold talks"): those whose
    participle says of another such noun that it took place ("Election held"), unlike "visit" ("Trip visited")."""
    return frozenset(entry.headline.split()[0] for entries in entries_by_first_word().values() for entry in entries
                     if entry.kind == "N" and len(entry.headline.split()) == 2 and
                     entry.headline.split()[1] in entry.slots[-1].forms)


def _placed(title: str) -> tuple[str, str]:
    """A happening's noun and the place it names after "in" ("Talks", " in Japan"), which the verb goes between:
    "Talks held in Japan"."""
    noun, found, place = title.partition(" in ")
    if found and place[:1].isupper() and all(word[:1].isupper() or word in _NAME_JOINERS for word in place.split()):
        return noun, f" in {place}"
    return title, ""


def _same_stem(word: str, verb: str) -> bool:
    """"merger" and "merge", "cuts" and "cut": a verb a title of its own noun cannot use."""
    stem = min(_STEM_LETTERS, len(verb), len(word))
    return word[:stem] == verb[:stem]


@lru_cache(maxsize=1)
def headlines() -> frozenset[str]:
    """The headline verbs of the trigger lexicon: a verb stands without its preposition only if it is one."""
    return frozenset(entry.headline for entries in entries_by_first_word().values() for entry in entries
                     if entry.verbal)


def as_said(words: Words, phrase: str | None, text: str, statement: bool = True,
            doers: tuple[str, ...] = (), named: frozenset[str] = frozenset()) -> str | None:
    """What a statement says, the clause another verb reports ("complains that ...") or the verb it leads to
    ("agrees to acquire"), as its title shows it: whole (`closed`), and without the capital its first word has
    only for opening the sentence or a quotation ("says productivity is rising", not "says Productivity is
    rising"); `text` is the article's, `doers` the names the title opens with, `named` the words of the names of
    the article's actors."""
    words_said = (phrase or "").split()
    if not statement and "that" not in words_said and words_said[:1] != ["to"] and words_said and \
            _cardinal(words_said[-1]) and words_said[-1] not in PARTITIVES:
        return _counted(words, phrase, doers)
    if not statement and "that" not in words_said and words_said[:1] != ["to"] and \
            not (words_said and words_said[-1] in PARTITIVES):
        return governed_run(words, phrase, doers) if phrase else phrase  # a clause ("complains that ..."), what a
        # verb leads to ("agrees to acquire ...") or the whole a part is of ("endorses all of the proposals") runs on
    phrase = _past_adverbs(past_insertion(words, closed(words, phrase, doers), doers))
    if statement and phrase:
        phrase = past_set_before(words, past_fronted(words, phrase, doers), doers)
    if statement and phrase and not has_verb(phrase):
        phrase = _on_to_verb(words, phrase, doers)
    elif statement and phrase and _qualified_subject(phrase):
        phrase = _on_to_verb(words, phrase, doers, False)
    elif statement and phrase and _subject_of_that(phrase):
        phrase = _on_to_tensed_verb(words, phrase, doers)
    if statement and phrase:
        phrase = governed_run(words, shortened(_on_to_predicate(words, phrase, doers)), doers)
    found = read(phrase or "", 0).forms
    first = _found(words, found[:1])
    if first is None or not words.capitalised(first) or words.capitalised(first + 1) or not phrase[1:2].islower() or \
            first > 0 and words.forms[first - 1] not in QUOTES and words.forms[first - 1] != ":":
        return phrase  # a capital inside a sentence is a name's
    word = found[0].partition("'")[0] if _contracted_verb(found[0]) else found[0]  # "now" of "Now's"
    common = word in _not_names() or re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text) or \
        not re.match(r"\w+['’]", phrase) and _capital_only_opening(re.match(r"\w*", phrase).group(), text, named)
    return phrase[:1].lower() + phrase[1:] if common else phrase


def _capital_only_opening(word: str, text: str, named: frozenset[str]) -> bool:
    """Whether the article writes `word` with its capital only where a sentence or a quotation opens, and it is
    no word of the name of an actor of the article (`named`) nor of a country, people or body the reference data
    knows, nor a month's or a day's name: "Deliveries will start", "Steps must be taken" open a sentence with a
    common word; a firm's or a person's name ("Daiwa now intends") is mostly written with its capital inside a
    sentence somewhere else. An owner's word ("Acme's sales") is left to the caller: a name's far more often."""
    known = gazetteer()
    if not word[:1].isupper() or word.lower() in _MONTHS or word in named or word in known.forms or \
            word in known.given_names:
        return False
    for found in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text):
        before = found.start() - 1
        while before >= 0 and text[before].isspace():
            before -= 1
        if before >= 0 and text[before] not in _OPENING_MARKS:
            return False
    return True


def in_own_words(words: Words, title: str) -> str:
    """A title whose words from the sentence keep a quotation's first- or second-person word, with quotation
    marks around the quotation's words it holds: 'said the plan "will help our members"' reads 'says the plan
    "will help our members"'; a preposition inside the quotation that opens them stays out ('pledged to "strict
    respect for our quotas"' reads 'pledges to "strict respect for our quotas"'). A title that
    writes "we" or "our" unquoted speaks for its writer. A title already quoted stays as it is; so does a word
    of the speaker's that the sentence does not quote."""
    tail = TITLE_TAIL.search(title)
    core, rest = (title[:tail.start()], tail.group()) if tail else (title, "")
    said = read(core, 0)
    if has_quote(core) or not any(_own_word(said, k) for k in range(len(said))):
        return title
    first = next((k for k in range(1, len(said) - 1) if _found(words, said.forms[k:]) is not None), None)
    if first is None:
        return title
    last = _found(words, said.forms[first:])
    plain = [j for j in range(last + 1) if words.forms[j] not in QUOTES][first - len(said):]
    inside = _quoted_words(words)
    quoted = [k for k, j in enumerate(plain, first) if inside[j]]
    if not any(_own_word(said, k) for k in quoted) or quoted[-1] - quoted[0] >= len(quoted):
        return title  # a quotation that closes and opens again inside the title has no one place for its marks
    while said.forms[quoted[0]] in triggers.PREPOSITIONS and words.forms[plain[quoted[0] - first] - 1] not in QUOTES:
        quoted.pop(0)  # "committed to | full enforcement" inside the quotation: the title's verb keeps its "to"
    opening, closing = said.starts[quoted[0]], said.ends[quoted[-1]]
    return f'{core[:opening]}"{core[opening:closing]}"{core[closing:]}{rest}'


def _quoted_words(words: Words) -> list[bool]:
    """Which words of the sentence are quoted. A sentence that goes on with a quotation the one before it opened
    holds only its closing mark, after the comma or stop that ends it and before the speaker's clause ('It cuts
    both ways," he said'): the words before that mark are quoted. A lone mark after a verb of saying and its
    comma opens a quotation ('he added, "We feel good'), as `Words.quoted` reads it."""
    marks = [j for j, form in enumerate(words.forms) if form in QUOTES]
    closing = marks[0] if len(marks) == 1 and words.forms[marks[0]] in ('"', "”") else 0
    if closing > 1 and words.forms[closing - 1] in (".", ",", "?", "!") and \
            words.forms[closing - 2] not in reporting.forms() and \
            not reporting.forms().isdisjoint(words.forms[closing + 1:closing + 1 + _SPEAKER_CLAUSE_WORDS]):
        return [j <= closing for j in range(len(words))]
    return words.quoted


def _own_word(said: Words, k: int) -> bool:
    """Whether the `k`th word is a speaker's word for himself or his listeners ("we", "we're", "our"), not the
    "US" that names the United States."""
    return said.forms[k].partition("'")[0] in SPEAKER_WORDS and said.surface[k] != "US"


def past_fronted(words: Words, phrase: str, doers: tuple[str, ...] = ()) -> str:
    """What was said that opens its sentence with a phrase set before the clause and closed by a comma, as the
    clause alone: "According to its filing, Acme owns 5 pct of Widget" says "Acme owns 5 pct of Widget", "As
    part of the deal, Acme granted Widget an option" says "Acme granted Widget an option", and so does "Citing
    the deal, Acme granted ...". The fronted phrase is no subject, and a title that shows it alone ("says
    According to its filing") says nothing. The phrase as it was when the clause is not found, has no verb or no
    subject before it, or names a word of the `doers`' names."""
    forms = [form for form in read(phrase, 0).forms if form not in QUOTES]
    if not forms or forms[0] not in _FRONTING and not _present_participle(forms[0]):
        return phrase  # a participle's phrase is fronted as well: "Citing weak demand, dealers cut prices"
    key = forms[:_FRONT_KEY_WORDS]
    last = _found(words, key)
    first = None if last is None else last - len(key) + 1
    if first is None or not words.capitalised(first) or first > 0 and words.forms[first - 1] not in QUOTES:
        return phrase
    comma = next((j for j in range(first + 1, min(len(words), first + 1 + PHRASES_REACH))
                  if words.forms[j] in BREAKS or words.forms[j] in QUOTES or words.forms[j] == "."), None)
    if comma is None or words.forms[comma] != "," or comma + 1 >= len(words) or \
            _tensed(words, first, comma - 1) and not _clauseless(words, first):
        return phrase  # a verb before the comma makes it a clause of its own: "In some cases prices fell, ..."
    start = comma + 1
    if words.forms[start] in RELATIVES:
        return phrase  # the comma opens what qualifies the phrase's noun: "Swirling clouds of sand, which ..."
    return _main_clause(words, start, doers) or phrase


def _clauseless(words: Words, first: int) -> bool:
    """Whether the phrase fronted at word `first` holds no clause whatever verb it seems to hold: "with" and
    "without" open a noun and what is said of it ("With the harvest stored, ...", "Without prices raised, ..."),
    "to" before a verb an aim ("To cover imported costs, ...")."""
    return words.forms[first] in _ABSOLUTE or _bare_infinitive(words, first + 1)


def past_set_before(words: Words, phrase: str, doers: tuple[str, ...] = ()) -> str:
    """What was said that is only the clause or the phrase set before its main clause, up to its comma ("said
    once the deal is approved, it will close two plants", "said in deciding what to do, the board will weigh
    ..."), as a title shows it: run on to the main clause's subject and verb, which say what was said. A clause
    set before stays with it when the two make a headline's words ("once the deal is approved, it will close two
    plants"), a phrase never does (as `past_fronted`). The phrase as it was when no main clause a title can show
    follows its comma."""
    forms = [form for form in read(phrase, 0).forms if form not in QUOTES]
    opener = forms[1] if forms[:1] and forms[0] in _DEGREE_ADVERBS and len(forms) > 2 else forms[0] if forms else ""
    if len(forms) < 2 or opener not in _SET_BEFORE and opener not in _FRONTING and not _present_participle(opener):
        return phrase
    last = _found(words, forms)
    if last is None or _found(words, forms, last + 1) is not None or last + 2 >= len(words) or \
            words.forms[last + 1] != ",":
        return phrase
    first = last - len(forms) + 1
    verbs = _tensed(words, first, last)  # "after the vote" is a phrase
    clause = opener in _SET_BEFORE and (opener not in _FRONTING or verbs)
    if any(words.is_break(j) for j in range(first, last + 1)) or not clause and (verbs or words.capitalised(first)):
        return phrase  # the main clause is in it already: "if the loan is approved, the mill will reopen", "in
        # March sales rose, ...", "closing is expected, ..."; a capital opens a name ("Corning Glass is ...")
    main = _main_clause(words, last + 2, doers, True)
    if main is None:
        return phrase
    opened = f"{_MARKUP.sub('', phrase).rstrip(',')}, {main}"
    return opened if clause and len(opened.split()) <= _OPENED_WORDS and words.forms[last + 2] not in _SET_BEFORE \
        else main


def _main_clause(words: Words, start: int, doers: tuple[str, ...], tensed: bool = False) -> str | None:
    """The clause that opens at word `start`, after a phrase or a clause set before it, as a title shows it:
    past the insertion that tells who spoke ("Within a year, he said, the plant will close") and past a clause
    of its own set before it ("With the vote over, if the bid fails, the firm will sell"), cut to a headline's
    length when it runs on past the words a title may end on; None when it has no verb (no finite one, or opens
    with a preposition, when `tensed`: "operating income of 5 dlrs, up from 4 dlrs" is no clause), names a doer,
    is the speaker's own or ends open, on "that" too ("it is wrong to say that (...)")."""
    end, verb = _clause_at(words, start)
    if verb is not None and words.forms[verb] in reporting.forms() and \
            (end - start < _ASIDE_WORDS or verb == start and _speaker_named(words, start + 1, end)) and \
            end + 2 < len(words) and words.forms[end + 1] == ",":
        start = end + 2  # past the insertion that tells who spoke: "Within a year, he said, the plant will close",
        # "About then, says analyst Jan Novak, Acme cut its rating"
        end, verb = _clause_at(words, start)
    fronted = not _tensed(words, start, end) and (words.forms[start] in _FRONTING or
                                                  words.forms[start] in phrases.LINKING or
                                                  _present_participle(words.forms[start]))
    if (fronted or words.forms[start] in _SET_BEFORE) and end + 2 < len(words) and words.forms[end + 1] == ",":
        start = end + 2  # a phrase or a clause set before the main one, which tells what was said: "he said that,
        # barring a collapse, rates would stay", "said that if the bid fails, the firm will sell"
        end, verb = _clause_at(words, start)
    while start < end and (words.forms[start] in QUOTES or words.forms[start] == "then"):
        start += 1  # 'if the bid fails, "Then the firm will sell"': the main clause without the word answering it
    if not _opens_subject(words, start):
        return None  # what qualifies the clause before it: ", hoping for ..."
    clause = _text(words, start, end)
    if clause and clause.split()[-1].lower() in _OPEN_ENDS:
        clause = shortened(clause)  # "the board must now ask every miller to record ... in"
    if not clause or not has_verb(clause) or verb == start or _names_doer(words, start, end, doers, True) or \
            clause.split()[-1].lower() == "that" or tensed and (
                words.forms[start] in triggers.PREPOSITIONS or not _tensed(words, start - 1, end)) or \
            clause.split()[-1].lower() in _OPEN_ENDS or verb is not None and words.forms[verb] in reporting.forms() or \
            words.forms[start] in _SET_BEFORE:
        return None
    return clause


def _speaker_named(words: Words, first: int, last: int) -> bool:
    """Whether the words from `first` to `last` name a speaker after the verb that reports him: his post, an
    article and his name ("says analyst Jan Novak", "said the Acme chairman")."""
    return first <= last and all(words.capitalised(j) or words.forms[j] in triggers.DETERMINERS or
                                 words.forms[j] in _post_words() for j in range(first, last + 1))


def _tensed(words: Words, first: int, last: int) -> bool:
    """Whether words after `first` up to `last` hold a verb that makes them a clause, not a phrase: no
    participle in "-ing", no noun after a determiner ("the offer"), no infinitive ("to make")."""
    return any(not words.capitalised(j) and finite(words.forms[j]) and not words.forms[j].endswith("ing") and
               words.forms[j - 1] not in triggers.DETERMINERS and words.forms[j - 1] != "to"
               for j in range(first + 1, last + 1))


def _opens_subject(words: Words, j: int) -> bool:
    """Whether word `j` can open a clause's subject: not a word that joins or qualifies what came before ("and",
    "which"), nor an adverb or a participle ("hoping for ...")."""
    form, following = words.forms[j], words.forms[j + 1] if j + 1 < len(words) else ""
    return not (form in COORDINATORS or form in SUBORDINATORS or _present_participle(form) or
                form.endswith("ly") and _present_participle(following))


def _present_participle(form: str) -> bool:
    """Whether a word is a present participle that opens a phrase: "barring a collapse", "citing weak demand"."""
    return form.isalpha() and form.endswith("ing") and len(form) > len("doing")


def _clause_at(words: Words, start: int) -> tuple[int, int | None]:
    """The last word of the clause word `start` opens, where a break, a quotation mark or the sentence's end
    closes it, and its first finite verb written in lower case (None if it has none)."""
    end = start
    while end + 1 < len(words) and not (words.forms[end + 1] in BREAKS or words.forms[end + 1] in QUOTES or
                                        words.forms[end + 1] == "." and _closes(words, end + 1)):
        end += 1
    verb = next((j for j in range(start, end + 1) if not words.capitalised(j) and finite(words.forms[j])), None)
    return end, verb


def has_verb(said: str) -> bool:
    """Whether what was said holds a verb of its own, or is a quotation: "says the plan", "says the recent
    revision" say nothing. Only what opens as a noun phrase can say nothing (a determiner, a name, a number:
    "usually prices fall" has a verb the lexicon does not know). A word after a determiner is a noun ("an
    increased allowance"), a participle its agent follows qualifies a noun ("difficulties caused by the
    tariffs"), a capitalised word is a name's; "to" before a word in lower case leads to a verb ("its unit to
    pursue other business"), a word in "-s" before one may be a verb ("the company expects growth", "Ruritania
    supports the plan")."""
    said_words = read(_MARKUP.sub("", said), 0)  # a name in wire copy's brackets opens as a name: "<Acme Corp>"
    forms = said_words.forms
    if not forms or not (forms[0] in triggers.DETERMINERS or said_words.capitalised(0) or forms[0][:1].isdigit()):
        return True
    return _holds_verb(said)


def _holds_verb(said: str) -> bool:
    """Whether what was said holds a word that can be its verb, whatever word opens it: "merger talks with
    an unnamed company", "oil use in the member countries" hold none (see `has_verb`)."""
    said_words = read(said, 0)
    forms = said_words.forms
    if not forms or any(form in QUOTES for form in forms) or said.lstrip()[:1] in _QUOTE_MARKS.strip() or \
            forms[0].partition("'")[0] in SUBJECT_PRONOUNS or any(map(_contracted_verb, forms)):
        return True  # "It's a sad affair": a pronoun opens a clause; "now's the time": "'s" is its verb
    lower = [not (k and said_words.capitalised(k)) and form.isalpha() for k, form in enumerate(forms)]
    for k, form in enumerate(forms):
        if not lower[k]:
            continue
        follows = k + 1 < len(forms) and lower[k + 1] and forms[k + 1] not in \
            triggers.PREPOSITIONS | COORDINATORS | _PARTICIPLE_PREPOSITIONS
        if "n't" in form or form == "to" and follows and forms[k + 1] not in triggers.DETERMINERS or \
                k and _third_person(form) and follows and forms[k - 1] not in triggers.DETERMINERS and \
                not _agented(forms, k + 1) or k > 1 and _third_person(form) and forms[k - 1] in _VERB_ADVERBS and \
                forms[k - 2] not in triggers.DETERMINERS:
            return True  # not a noun a participle qualifies ("loans disbursed by the agency"); after an adverb
            # that qualifies verbs, a verb ("a plan already exists")
        if finite(form) and not (k and forms[k - 1] in triggers.DETERMINERS - DEMONSTRATIVES) and \
                not _qualifying(forms, k):
            return True
    return False


def _third_person(form: str) -> bool:
    """Whether a word can be a verb's third person in "-s": not one in "-ss" or "-us", which no verb's third
    person ends in ("gross", "bonus"; "discusses", "focuses"), nor an owner's or a pointing word ("his", "this")."""
    return form.endswith("s") and not form.endswith(("ss", "us")) and form not in POSSESSIVES and \
        form not in DEMONSTRATIVES


def _contracted_verb(form: str) -> bool:
    """Whether a word holds a verb written short: after a pronoun ("it'll", "we've"), "'s" and "'re" after a
    word that owns nothing ("now's", "there's", "that's", "what're"), unlike a name's "'s" ("Acme's"), or a
    negation ("isn't", "won't")."""
    head, mark, tail = form.partition("'")
    return bool(mark and tail) and (head in SUBJECT_PRONOUNS or head in _UNOWNING and tail in ("s", "re") or
                                    form.endswith("n't"))


def _agented(forms: list[str], k: int) -> bool:
    """Whether the `k`th word is a participle its agent follows, which qualifies a noun: "caused | by", "held |
    by"; not a verb of change whose "by" gives the amount: "increased | by around one pct", "cut | by 1.2 mln"."""
    if not (forms[k].endswith("ed") or forms[k] in PARTICIPLE_FORMS) or forms[k + 1:k + 2] != ["by"]:
        return False
    amount = forms[k + 2:k + 4]
    return not (amount and (_number(amount[0].lower()) or
                            len(amount) > 1 and _hedge(amount[0].lower(), amount[1])))


def _qualifying(forms: list[str], k: int) -> bool:
    """Whether the `k`th word is a participle that qualifies a noun, not a clause's verb: one its agent follows
    (`_agented`: "stocks held | by the mills"), a past form after a preposition ("by | integrated mills") or the
    close of an accounting period ("earnings for the quarter | ended March 31")."""
    return _agented(forms, k) or k > 0 and forms[k - 1] in _QUALIFIERS and _past(forms[k]) or \
        phrases.closes_period(forms, k)


def _qualified_subject(said: str) -> bool:
    """Whether what was said is a noun phrase and the phrase a preposition opens after it, with no word that can
    be a verb, whatever word opens it: "merger talks with an unnamed company", "oil use in the member countries";
    not one that opens with an adverb or a preposition ("also before the merger")."""
    forms = said.lower().split()
    return len(forms) > 2 and forms[0] not in _ADVERBIAL_OPENERS and \
        any(form in triggers.PREPOSITIONS and form != "to" for form in forms[1:]) and not _holds_verb(said)


def _subject_of_that(said: str) -> bool:
    """Whether what was said ends on the clause a verb's "that" opens, cut after that clause's subject: "he had
    concluded that the statutory limit" (of "... should not be changed"), "she would prefer that legislation"."""
    head, that, clause = said.rpartition(" that ")
    before = head.split()[-1:]
    return bool(that and clause and before) and before[0].isalpha() and before[0].islower() and \
        before[0] not in DANGLING and not _holds_verb(clause)


def _on_to_predicate(words: Words, phrase: str, doers: tuple[str, ...]) -> str:
    """What was said cut after the subject of the clause its own verb reports, run on to that clause's predicate
    as a headline shows it (`_clause`): "the traders felt their livelihood | was at stake", "negotiators must insure
    banks | have access to the market". A modal or a tense of "be" or "have" right after the cut opens it
    (English leaves out the "that"); not after a relative word, whose clause ends there ("the firm that bought
    the plant | was fined"), nor when the predicate names a doer or ends open."""
    forms = [form for form in read(phrase, 0).forms if form not in QUOTES and form not in ("<", ">")]
    key = forms[-_KEY_WORDS:]
    last = _found(words, key)
    if last is None or _found(words, key, last + 1) is not None or last + 1 >= len(words) or \
            words.forms[last + 1] not in _PREDICATE_OPENERS or not forms[-1].isalpha() or \
            forms[-1] in _OPEN_ENDS or words.capitalised(last + 1) or (RELATIVES | {"that"}) & set(forms[1:]):
        return phrase
    clause = _clause(words, last + 1, doers)
    clause = clause.partition(" --")[0] if clause else clause  # wire copy's dash opens an aside
    return f"{_MARKUP.sub('', phrase)} {clause}" if clause else phrase


def _on_to_tensed_verb(words: Words, phrase: str, doers: tuple[str, ...]) -> str:
    """`_on_to_verb` past no comma, for a clause's subject after "that", to a verb that shows its tense: an
    auxiliary, a past or a third person ("that the slump | in farm exports has ended"); a verb's base form there
    is more often a noun ("that problems arising from the new | rule ..."). Never past an "and" that joins
    another subject to it ("that Acme | and Widget are willing")."""
    last = _found(words, [form for form in read(phrase, 0).forms if form not in QUOTES][-_KEY_WORDS:])
    if last is None or words.forms[last + 1:last + 2] and words.forms[last + 1] in COORDINATORS:
        return phrase
    verb = _past_relative(words, last)
    if verb is not None:
        return _with_verb(words, phrase, verb, doers)
    reached = _on_to_verb(words, phrase, doers, False, True)
    verb = reached[len(_MARKUP.sub("", phrase)):].split()[:1]
    return reached if verb and (verb[0] in _AUXILIARIES or _past(verb[0]) or _third_person(verb[0])) else phrase


def _past_relative(words: Words, last: int) -> int | None:
    """The verb after the relative clause set between commas after a subject's last word (`last`), or None:
    "that debt | , which has risen this year, | would remain high"."""
    if last + 2 >= len(words) or words.forms[last + 1] != "," or words.forms[last + 2] not in RELATIVES - {"where"}:
        return None
    for j in range(last + 3, min(len(words) - 1, last + 3 + INSERTION_REACH)):
        if words.forms[j] in QUOTES or words.forms[j] in (";", ":", "."):
            return None
        if words.forms[j] == ",":
            return j + 1 if _verb_at(words, j + 1) else None
    return None


def _on_to_verb(words: Words, phrase: str, doers: tuple[str, ...], commas: bool = True,
                initials: bool = False) -> str:
    """What was said that is a subject alone reaches on to its verb, past what qualifies the subject: "says the
    recent revision" of "the recent revision of the asset ratio to 18 pct allows banks to lend more" reads
    "says the recent revision allows banks to lend more". Not past a clause of its own ("which", "because" ...),
    a quotation, a sentence's end, nor to the verb that tells who spoke; past no comma unless `commas`, and past
    an abbreviation's full stop ("U.S.") only when `initials`."""
    forms = [form for form in read(phrase, 0).forms if form not in QUOTES and form not in ("<", ">")]
    key = forms[-_KEY_WORDS:]
    last = _found(words, key)
    if last is None or _found(words, key, last + 1) is not None:
        return phrase
    for j in range(last + 1, min(len(words), last + 1 + PHRASES_REACH)):
        form = words.forms[j]
        if form in QUOTES or form in (";", ":") or form == "." and (not initials or _closes(words, j)) or \
                form in SUBORDINATORS or form in _OPENING_CLAUSE - COORDINATORS or \
                form.partition("'")[0] in SUBJECT_PRONOUNS or \
                form in COORDINATORS and words.forms[j - 1] == "," or form == "," and not commas:
            return phrase  # a clause of its own: ", but we've had"
        if form.endswith("ed") and words.forms[j - 1] == "," or _agented(words.forms, j):
            continue  # a participle qualifies the subject: ", judged by recent statements,"
        if not words.capitalised(j) and form.isalpha() and finite(form) and words.forms[j - 1] not in DANGLING:
            if saying(form):
                return phrase
            # a phrase set before the clause is no subject ("In a related action, Acme has granted ..."): a title that
            # leaves the subject out shows the predicate only where it is short
            clause = _clause(words, j, doers, forms[0] not in _FRONTING | {"like"})
            return f"{_MARKUP.sub('', phrase)} {clause}" if clause else phrase
    return phrase


def _clause(words: Words, first: int, doers: tuple[str, ...], long: bool = True) -> str | None:
    """The clause a verb (word `first`) opens, to the sentence's next break, as short as a headline shows it
    (see `shortened`), or None when it names a word of the `doers`' names or ends open; when `long`, a clause with
    no phrase end near its verb is cut after the verb's object (`_to_object_end`)."""
    end = first
    while end + 1 < len(words) and not (words.forms[end + 1] in BREAKS or words.forms[end + 1] in QUOTES or
                                        words.forms[end + 1] == "." and _closes(words, end + 1) or
                                        words.forms[end + 1] == ";" or words.forms[end + 1] in SUBORDINATORS):
        end += 1  # an abbreviation's full stop ends no clause: "talks with U.S. officials"
    if _names_doer(words, first, end, doers):
        return None
    tokens = _text(words, first, end).split()
    clause = _cut(tokens, 0, _PREDICATE_WORDS) or (_to_object_end(tokens) if long else None)
    return clause if clause and clause.split()[-1].lower() not in _OPEN_ENDS else None


def _to_object_end(tokens: list[str]) -> str | None:
    """A predicate `_cut` finds no phrase end in, up to the first word past its verb and one word of its object
    that opens a phrase or a clause of its own, within `_PREDICATE_WORDS`: "has authorized 20 mln dlrs | in
    credit guarantees ...", "is issuing a 50 mln dlr bond | due 1992 ...", "will list the contracts | once ...";
    not after a participle or an adverb that the phrase completes ("earmarked | for", "running | at", "clearly | to"),
    nor after "of" or "due", nor inside an amount ("has produced up | to 900 barrels", "five | to seven pct"). None when there
    is none, or when the predicate opens with no auxiliary nor past tense ("offering of up"), or with a participle
    that leads to an infinitive, which qualifies a noun as often ("a bill | expected to be offered ...")."""
    first = tokens[0].lower() if tokens else ""
    if not (first in _AUXILIARIES or _past(first)) or first.endswith("ed") and tokens[1:2] == ["to"] and \
            tokens[2:3] and tokens[2].lower() not in triggers.DETERMINERS and not tokens[2][:1].isdigit():
        return None
    verb = 0
    while verb + 1 < len(tokens) and (tokens[verb].lower() in _AUXILIARIES | triggers.NEGATIONS | _VERB_ADVERBS):
        verb += 1
    for k in range(verb + 2, min(len(tokens), _PREDICATE_WORDS + 1)):
        before = tokens[k - 1].lower()
        if tokens[k].lower() in _OBJECT_CLOSERS and before.isalnum() and before not in _OPEN_ENDS | _OBJECT_CLOSERS \
                and not before.endswith(("ed", "ing", "ly")) and not _in_amount(tokens, k):
            return " ".join(tokens[:k])
    return None


def _in_amount(tokens: list[str], k: int) -> bool:
    """Whether the "to" at `k` is inside an amount: "up to 900 barrels", "five to seven pct"."""
    if tokens[k].lower() != "to":
        return False
    before = tokens[k - 1].lower()
    return before == "up" or _number(before) and k + 1 < len(tokens) and _number(tokens[k + 1].lower())


def _number(word: str) -> bool:
    """Whether a word in lower case is a number, in digits or in words: "230", "2.7", "five"."""
    return word[:1].isdigit() or word in triggers.SPELLED_NUMBERS


def _names_doer(words: Words, first: int, end: int, doers: tuple[str, ...], apart: bool = False) -> bool:
    """Whether words `first` to `end` hold a capitalised word of one of the `doers`' names, legal forms aside; with
    `apart`, not one a capitalised word foreign to those names follows, another name's: "Acme Leasing" is another
    firm than "Acme Foods"."""
    named = {word.lower() for name in doers for word in name.split() if word[:1].isupper()} - _legal_forms()
    return any(words.capitalised(j) and words.forms[j] in named and not (apart and _other_name(words, j + 1, named))
               for j in range(first, end + 1))


def _other_name(words: Words, j: int, named: set[str]) -> bool:
    return j < len(words) and words.capitalised(j) and words.forms[j] not in named and \
        words.forms[j].rstrip(".") not in _legal_forms()


def shortened(said: str, most: int = HEADLINE_WORDS, verb: int | None = None) -> str:
    """What was said as a headline says it: a clause of more than `most` words loses what qualifies its
    subject, between the subject's noun and its verb ("refunds under the checkoff program are running low" reads
    "refunds are running low"), then the phrases that close it after its verb's object ("the exchange will open
    offices in Madrid and Lisbon to help boost trading" reads "the exchange will open offices"). A clause that
    cannot be cut so, or that opens with its condition, stays whole: never a dangling word. `verb`: the index of the
    clause's verb among its words when a parse found it, else the first word that reads as one."""
    tokens = said.split()
    if len(tokens) <= most or has_quote(said) or tokens[0].lower() in SUBORDINATORS | _OPENING_CLAUSE:
        return said  # "if prices keep falling, many will fail": the condition's verb is not the clause's
    if verb is None:
        verb = next((k for k, token in enumerate(tokens) if k and _verb_token(tokens, k)), None)
    if verb is None:
        return said
    opens = next((k for k in range(1, verb) if tokens[k] in _QUALIFIERS and tokens[k - 1].lower() not in DANGLING
                  and not tokens[k - 1].endswith(",")), None) if tokens[0].lower() not in SUBJECT_PRONOUNS else None
    # a pronoun takes no qualifier before its verb: in "we face the future with ...", "face" is the verb
    if opens is not None and verb - opens <= _QUALIFIER_WORDS and "," not in " ".join(tokens[opens:verb]):
        tokens, verb = tokens[:opens] + tokens[verb:], opens
    return _cut(tokens, verb, most) or said


def _cut(tokens: list[str], verb: int, most: int) -> str | None:
    """A clause of `tokens` whose verb is the `verb`th, whole if it has at most `most` words, else cut at the
    last phrase's end within them past the verb and one word of its object, or, when that end is an active
    verb's object's own or there is none but a clause of its own a few words on, there; None when there is none."""
    if len(tokens) <= most:
        return " ".join(tokens)
    cut = core_end(tokens, verb, most)
    if cut is not None:
        cut = _past_figure(tokens, verb, _past_agent(tokens, _past_object_case(tokens, cut, most), most), most)
        cut = _past_list(tokens, cut, most)
    return " ".join(tokens[:cut]).rstrip(",") if cut is not None else None


def _past_figure(tokens: list[str], verb: int, cut: int, most: int) -> int:
    """A cut that leaves its clause's figure out runs on to the end of the phrase that holds it, when that end
    is near: the figure is the news ("supplied the mills | with a further 12 mln crowns of credit", "cut its
    fees for this year | to 3.5 pct"); `cut` when the clause keeps a figure or none is near."""
    if any(_figure(tokens, k) for k in range(verb, cut)):
        return cut
    reach = min(len(tokens), most + _COMPLEMENT_WORDS)
    figure = next((k for k in range(cut, reach) if _figure(tokens, k)), None)
    if figure is None:
        return cut
    end = next((k for k in range(figure + 1, len(tokens)) if _cut_before(tokens, k) or tokens[k - 1].endswith(",")),
               len(tokens))
    return end if end <= reach else cut


def _past_list(tokens: list[str], cut: int, most: int) -> int:
    """Where a clause cut inside a list of nouns (`coordinations.list_end`) ends instead: at the list's end,
    when a word its last noun shares was cut from it ("gains in the cash | and futures markets") or that end
    is within `most` and `_COMPLEMENT_WORDS` words ("stopped making copper pipes | , rods and wires"); `cut`
    otherwise."""
    if not 0 < cut < len(tokens):
        return cut
    surface, owners = [], []
    for k, token in enumerate(tokens):
        surface.append(token.rstrip(","))
        owners.append(k)
        if token.endswith(","):
            surface.append(",")
            owners.append(k)
    separator = owners.index(cut) - tokens[cut - 1].endswith(",")
    listed = coordinations.list_end(surface, separator, _clause_verb)
    if listed is None:
        return cut
    shared = coordinations.shares_noun(surface, separator)
    return owners[listed] + 1 if shared or owners[listed] < most + _COMPLEMENT_WORDS else cut


def _past_object_case(tokens: list[str], cut: int, most: int) -> int:
    """Where a clause cut before the phrase its verb's object needs (`object_case`) ends instead: at the next
    phrase's end, or the clause's own, within `most` and `_COMPLEMENT_WORDS` words ("will prevent the bank | from
    raising its rate"), or before an infinitive that phrase's noun leads to ("presented the board with a plan | to
    sell ..."); `cut` when the cut is elsewhere or no end is within reach."""
    if not 0 < cut < len(tokens) or not object_case(tokens, cut):
        return cut
    reach = most + _COMPLEMENT_WORDS
    return next((k for k in range(cut + 1, min(len(tokens), reach + 1)) if _cut_before(tokens, k) or
                 _infinitive_at(tokens, k)), len(tokens) if len(tokens) <= reach else cut)


def _infinitive_at(tokens: list[str], k: int) -> bool:
    """Whether the `k`th of a clause's tokens is the "to" of an infinitive (`coordinations.infinitive`) after a
    noun: "a plan | to sell"."""
    verb = tokens[k + 1] if k + 1 < len(tokens) else ""
    return tokens[k - 1].isalpha() and tokens[k - 1].islower() and coordinations.infinitive(tokens, k) and \
        verb not in triggers.PREPOSITIONS | POSSESSIVES | _AUXILIARIES and not _past(verb)


def _past_agent(tokens: list[str], cut: int, most: int) -> int:
    """Where a passive clause cut right before its agent's "by" ends instead: at the next phrase's end, or the
    clause's own when it is near; the agent is what the clause tells ("is owned | by its president", "has been
    selected | by Acme to build ..."). `cut` when the cut is elsewhere, neither end is within reach, or the agent
    is named in the clause already ("the Acme ruling gives it relief | by Acme"): a title names each actor once."""
    if not 1 < cut < len(tokens) or tokens[cut].lower() != "by" or tokens[cut - 2].lower() not in triggers.BE or \
            not tokens[cut - 1].endswith("ed"):
        return cut
    reach = most + _COMPLEMENT_WORDS
    later = next((k for k in range(cut + 2, min(len(tokens), reach + 1)) if _cut_before(tokens, k)),
                 len(tokens) if len(tokens) <= reach else None)
    named = {token.strip(",.") for token in tokens[:cut] if token[:1].isupper()}
    if later is None or any(token.strip(",.") in named for token in tokens[cut + 1:later] if token[:1].isupper()):
        return cut
    return later


def _dated(month: str, day: str, year: str) -> bool:
    """Whether three words are a month, its day and, after the comma between them, a year: "April 30 | , 1992"."""
    return month.lower().rstrip(".") in _MONTHS and day.isdigit() and len(day) <= 2 and _year(year)


def _dating(tokens: list[str], k: int) -> bool:
    """Whether the `k`th of a clause's tokens opens a date: a year ("in 1986"), or a month that a day, a year,
    a break or the clause's end follows ("in March, ..."), unlike a month that qualifies a noun ("in March
    housing starts")."""
    word = tokens[k].rstrip(",.") if k < len(tokens) else ""
    if _year(word):
        return True
    after = tokens[k + 1] if k + 1 < len(tokens) else ""
    return word.lower() in _MONTHS and (tokens[k].endswith((",", ".")) or not after or after[:1].isdigit() or
                                        after.lower() in _CLOSERS)


def _year(word: str) -> bool:
    """Whether a word is a year of the last century or this one: "1992", "2002"."""
    return len(word) == 4 and word.isdigit() and word[:2] in ("19", "20")


def _figure(tokens: list[str], k: int) -> bool:
    """Whether the `k`th of a clause's tokens is a figure written in digits ("284", "2.7", "235,000"), not a year
    ("1986") nor a day of a month ("May 15")."""
    token = tokens[k].rstrip(",")
    if not token[:1].isdigit():
        return False
    return not _year(token) and not (k and tokens[k - 1].rstrip(",.").lower() in _MONTHS)


def core_end(tokens: list[str], verb: int, most: int) -> int | None:
    """How many of a said clause's `tokens` its core keeps: up to the last phrase's end within `most` words
    past its verb (the `verb`th, past its auxiliaries) and one word of its object, or, when that end is an active
    verb's object's own or there is none but a clause of its own a few words on, there; None when none ends
    there."""
    while verb + 1 < len(tokens) and (tokens[verb].lower() in _AUXILIARIES or tokens[verb] == "not"):
        verb += 1  # the verb the auxiliaries lead to: "will retender" is no whole clause
    passive = verb > 0 and tokens[verb - 1].lower() in triggers.BE and tokens[verb].endswith("ed")
    cuts = [k for k in range(verb + (1 if passive else 2), most + 1 + _COMPLEMENT_WORDS)
            if k < len(tokens) and _cut_before(tokens, k) and not _in_reported_subject(tokens, verb, k)]
    within = [k for k in cuts if k <= most]
    if len(within) == 1 and len(cuts) > 1 and not passive:
        cut = cuts[1]  # the object keeps its first phrase: "seeks a link | with Acme", "may want a sharp cut | in
        # the ferry fare"
    else:  # a clause of its own goes: "may not be built at a quick rate | if ..."; not "new plants | and related
        # assets"
        cut = within[-1] if within else cuts[0] if cuts and tokens[cuts[0]].lower() in SUBORDINATORS else None
    if cut is not None and _COMPLEMENTED.get(tokens[cut - 1].lower()) == tokens[cut].lower() and \
            not _dating(tokens, cut + 1):
        return next((k for k in cuts if k > cut), None)  # the noun says of what only with its phrase: "a sharp
        # rise | in imports", "the likelihood | that it will fail"; not when a date follows: "a decline | in 1986"
    return cut


def _in_reported_subject(tokens: list[str], verb: int, k: int) -> bool:
    """Whether a cut before the `k`th of a clause's tokens falls between a "that" its verb or adjective opens a
    clause with and that clause's own verb: "is concerned that its plant | in Ohio might close" ends nowhere."""
    that = next((j for j in range(k - 1, verb, -1) if tokens[j].lower() == "that"), None)
    if that is None or not _opens_that_clause(tokens[that - 1].lower()):
        return False
    return not any(_verb_token(tokens, j) and tokens[j - 1].lower() not in POSSESSIVES for j in range(that + 2, k))


def object_case(forms: list[str], k: int) -> bool:
    """Whether the preposition of the `k`th of a clause's words opens the phrase that the object of a verb before
    it needs (`_OBJECT_CASES`): "will prevent the port authority | from raising its fees", "views the loss | as a
    sign"; or the "with" a verb's "ahead" needs: "planned to go ahead | with the sale". Not when a break, a
    preposition other than "of" or a subordinating word stands between the verb and the preposition, nor for a
    noun after a determiner ("a ban | on imports from ...")."""
    case = forms[k].lower()
    if case == "with" and k and forms[k - 1].lower() == "ahead":
        return True
    if case == "as" and (k + 1 >= len(forms) or forms[k + 1].lower() not in _ROLE_OPENERS):
        return False  # "sees demand rising | as prices fall": the "as" of a clause of its own
    for j in range(k - 1, max(-1, k - 2 - _OBJECT_REACH), -1):
        form = forms[j].lower()
        if j < k - 1 and _object_verbs().get(form) == case:
            return not (j and forms[j - 1].lower() in triggers.DETERMINERS) and \
                (case != "from" or _gerund(forms, k + 1))
        if not form.replace(".", "").replace("-", "").replace("'", "").isalnum() or form in SUBORDINATORS or \
                form in triggers.PREPOSITIONS - {"of"}:
            return False
    return False


def _gerund(forms: list[str], k: int) -> bool:
    """Whether the `k`th word is a verb's form in "-ing" written in lower case, what "prevent X from" leads to
    ("from raising"); a noun there tells where from ("blocking the shipment | from the port")."""
    return k < len(forms) and forms[k].islower() and _present_participle(forms[k])


@lru_cache(maxsize=1)
def _object_verbs() -> dict[str, str]:
    """Each written form of the verbs of `_OBJECT_CASES`, and the preposition their object needs."""
    return {form: case for verb, case in _OBJECT_CASES.items()
            for form in verb_forms(verb, tuple(irregular_forms(frozenset({verb}))))}


def core_end_in(words: Words, first: int, verb: int, last: int) -> int | None:
    """`core_end` of the clause at words `first` to `last` of a sentence, its verb at word `verb`: the last word
    its core keeps (the comma that closes it, when one does), or None. The clause is read as a title
    reads it, in the tokens its spaces part: the words that touch make one ("said," "U.S."; the word after `last`
    tells whether a phrase ends there)."""
    stop = min(len(words) - 1, last + 1)
    ends = [j for j in range(first, stop + 1) if j == stop or words.starts[j + 1] > words.ends[j]]  # each token's
    # last word
    tokens = [words.span(start, end) for start, end in zip([first] + [end + 1 for end in ends[:-1]], ends)]
    verb_token = next((n for n, end in enumerate(ends) if first <= verb <= end), 0)
    cut = core_end(tokens, verb_token, len(tokens) - 1)
    return None if cut is None else ends[cut - 1]


def has_quote(said: str) -> bool:
    """Whether what was said holds a quotation mark: a quote is shown whole, never cut."""
    return any(mark in said for mark in '"“”')


def _verb_token(tokens: list[str], k: int) -> bool:
    """Whether the `k`th word of a clause is its verb: written in lower case, finite, not a noun after a
    determiner nor a participle that qualifies a noun (`_qualifying`)."""
    token = tokens[k].strip(",")
    return token.islower() and token.isalpha() and finite(token) and tokens[k - 1].lower() not in \
        triggers.DETERMINERS and not _qualifying([word.lower() for word in tokens], k)


def _cut_before(tokens: list[str], k: int) -> bool:
    """Whether a clause can end before its `k`th word: a break after the word before it, or a closing
    preposition, conjunction or subordinating word, not one inside a name ("Hong Kong and Tokyo") nor after a
    word that leaves the clause open."""
    before = tokens[k - 1]
    if _particle(tokens, k) or in_preposition(tokens, k):
        return False  # "would be phased | in over two years", "in exchange | for"
    if before.endswith(","):
        open_end = (before.rstrip(",").lower() in _OPEN_ENDS or _qualifier_alone(tokens, k - 1)) and \
            not _particle(tokens, k - 1)
        return not open_end and not (k > 1 and _dated(tokens[k - 2], before[:-1], tokens[k]))
    word = tokens[k].lower()
    if before.endswith("ly") or before.endswith(("ed", "ing")) and tokens[k - 2].lower() not in triggers.BE or \
            tokens[k - 2].lower() == "to" or before.islower() and not before.endswith("ed") and \
            _said_of_subject(tokens, k - 1):
        return False  # the phrase completes a participle, an adverb, an infinitive or what "be" says: "compared |
        # with", "used mainly | for", "to deal | with", "may not be built | at a quick rate" ("would be closed |
        # for repairs" is whole)
    if word not in _CLOSERS or word == "than" or (before.lower() in _OPEN_ENDS or before.lower() in DANGLING) and \
            not _particle(tokens, k - 1):
        return False
    if word == "that" and before.isalpha() and before.islower() and _clause_verb(before):
        return False  # "believes | that rates will rise": the clause a verb reports is what it says
    if tokens[k + 1:k + 2] and _hedge(word, tokens[k + 1]):
        return False  # "owed Acme | about 52 mln dlrs": a figure's hedge (see `_closes`)
    if word == "between" or word in _PAID_CASES and k > 1 and _sum_of_money(tokens[k - 2], before):
        return False  # the phrase completes the noun (see `closed`): "the link | between the two", "80 mln dlrs |
        # for the assets"
    if word == "and" and _PAIRED & {token.lower() for token in tokens[max(0, k - 4):k]}:
        return False  # "a quarrel between Ruritania | and Port Marin": one phrase
    return not (word == "and" and before[:1].isupper() and tokens[k + 1:k + 2] and tokens[k + 1][:1].isupper())


def in_preposition(tokens: list[str], k: int) -> bool:
    """Whether the `k`th of a clause's tokens ends a preposition of three words that opens with "in"
    (`_IN_PREPOSITIONS`): "in exchange | for"."""
    return k >= 2 and k < len(tokens) and tokens[k - 2].lower() == "in" and \
        _IN_PREPOSITIONS.get(tokens[k - 1].lower()) == tokens[k].lower()


def _past_adverbs(said: str | None) -> str | None:
    """What was said without the adverbs of the saying before its "that": "says later that prices fell" reads
    "says prices fell"."""
    adverbs, that, clause = (said or "").partition(" that ")
    if that and clause and all(word in _SAYING_ADVERBS for word in adverbs.split()) and len(adverbs.split()) <= 2:
        return clause
    return said


def _counted(words: Words, phrase: str, doers: tuple[str, ...]) -> str:
    """An object cut at a number, run on to what the number counts ("acquires two | shopping centers"), but not
    into a verb of its own ("only 86 | were closed") nor past a dash."""
    ran = closed(words, phrase, doers) or phrase
    added = ran[len(phrase):].split()
    return phrase if any(finite(word) or word.strip("-") == "" for word in added) else ran


def _cardinal(word: str) -> bool:
    """A number written in figures or words: "21", "1,500", "two", "dozen"."""
    return word.replace(",", "").replace(".", "").isdigit() or word.lower() in _CARDINALS


def _found(words: Words, key: list[str], start: int = 0) -> int | None:
    """The index in `words` of the last of the words `key` where they first follow each other from `start`,
    quotation marks aside."""
    plain = [j for j in range(start, len(words)) if words.forms[j] not in QUOTES]
    forms = [words.forms[j] for j in plain]
    return next((plain[k + len(key) - 1] for k in range(len(plain) - len(key) + 1)
                 if forms[k:k + len(key)] == key), None) if key else None


def closed(words: Words, phrase: str | None, doers: tuple[str, ...] = ()) -> str | None:
    """A phrase that stops inside a noun phrase or a clause (at the next trigger, or a count of words) runs on
    to where the sentence ends it: punctuation, a conjunction, a subordinating word or a preposition other than
    "of" and "to". "says it would file a petition challenging" reads "... challenging Ruritania's ban of meat
    imports", "says the package may write off part" "... part of the loans". The run never names a word of
    the `doers`' names again: a title names each actor once."""
    phrase = _CODE.sub("", phrase) if phrase else phrase  # a stock code cut open goes: the run gives it whole
    forms = [form for form in read(phrase or "", 0).forms if form not in QUOTES]
    key = forms[-_KEY_WORDS:]
    if _found(words, key) is None:
        key = forms[-_KEY_WORDS + 1:]  # a subject's head joined to its verb: "earnings | will fall"
    last = _found(words, key)
    if last is None or _found(words, key, last + 1) is not None:
        return phrase  # not in the sentence, or in it twice: where it ends is not known
    end = _run_end(words, last + 1, doers)
    reached = last if end is None else end
    reached += _particle(words.surface, reached + 1)
    following = words.forms[reached + 1] if reached + 1 < len(words) else ""
    if following in _CLOSERS & triggers.PREPOSITIONS or following == "as" and (
            _predicative(words, reached) or _role(words, reached) or object_case(words.forms, reached + 1)):
        far = _run_end(words, reached + 2, doers)
        if far is None and _auxiliary_led(words, reached):
            far = _purpose_end(words, reached + 2, doers)  # "plans to file | with the board", past "to sell ..."
        if (_verbal(words, reached) or _predicative(words, reached) or following in NOUN_COMPLEMENT_CASES and (
                _bare_object(words, reached) or following == "between" or following in _PAID_CASES and
                _money(words, reached)) or object_case(words.forms, reached + 1) or
                in_preposition(words.forms, reached + 1) or following == "as" and _role(words, reached)) and \
                far is not None:
            reached = far  # "is dealing | with the new capacity", "expects to report | on Monday a loss",
            # "affirmed ratings | on its debt", "backs a link | between the two", "would pay 80 mln dlrs | for
            # the assets", "will prevent the port authority | from raising its fees", "in connection | with"
        elif _hung(forms + [form for form in words.forms[last + 1:reached + 1] if form not in QUOTES]):
            if reached == last:  # "a facility aimed | at ...": the participle's phrase is not shown
                return phrase.rsplit(" ", 1)[0]
            reached -= 1
    elif following == "that" and (_takes_clause(words, reached) or _completed_by_that(words, reached)):
        # "must act now to avoid | that the dispute turns into a strike": the verb's object is the clause "that"
        # opens, and so is a noun's or an adjective's that is empty without it ("the likelihood | that ...", "it
        # is possible | that ..."), shown only with its verb ("a clear sign that the deterioration | in the trade
        # balance has been reversed")
        far = _run_end(words, reached + 2, doers)
        if far is not None and not _holds_verb(_text(words, reached + 2, far)):
            ran = f"{phrase} {_text(words, last + 1, far)}"
            reaching = _on_to_tensed_verb(words, ran, doers)
            if reaching != ran:
                return reaching
            far = far if _takes_clause(words, reached) else None
        reached = reached if far is None else far
    shared = _shared_object_end(words, reached, doers) if _bare_infinitive(words, reached) else None
    reached = reached if shared is None else shared
    reached = _shared_noun_end(words, reached)
    reached = _list_end(words, phrase, last, reached, doers)
    # "to halt fighting over the camps | besieged | by": the participle of a verb's object, which a phrase with a
    # verb of its own holds; never a clause's own verb ("said sales | increased | by")
    reached -= reached > last and cut_participle(words, reached) and any(finite(f) or f == "to" for f in forms)
    if 0 < reached < len(words) - 2 and words.forms[reached + 1] == "," and \
            _dated(words.forms[reached - 1], words.forms[reached], words.forms[reached + 2]):
        reached += 2  # a date keeps its year: "a bond due April 30 | , 1992"
    reached = _listed_qualifiers_end(words, reached) or reached
    reached -= reached > last and words.forms[reached] in phrases.FALLING_DUE  # "debt due | in 1988": the date is
    # not shown, and the word that leads to it goes with it
    if reached == last:
        return phrase
    added = _text(words, last + 1, reached)
    return f"{phrase}{'' if added.startswith(('.', ',')) else ' '}{added}"


def _listed_qualifiers_end(words: Words, k: int) -> int | None:
    """The last word of the noun that a sum written with a currency's singular, word `k`, is the worth of, past the
    comma that lists more of what qualifies that noun: "its 30 mln dlr | , 7-1/2 pct convertible debentures", "the
    50 mln dlr | , 10-year, convertible eurobond". A currency's singular names no sum of its own ("a 90 mln dlr
    loan"): a phrase cut there has lost its noun. None when the list holds anything but figures, measures and
    words in lower case, or does not end on such a word before a break, a preposition, a conjunction or an
    auxiliary within CLOSING_REACH words."""
    if not 0 < k < len(words) - 2 or words.forms[k + 1] != "," or \
            not triggers.worth(words.forms[k - 1], words.forms[k]):
        return None
    end = None
    for j in range(k + 2, min(len(words), k + 2 + CLOSING_REACH)):
        form = words.forms[j]
        if form in (",", "/", "-") or phrases.counts(form) or form in triggers.AMOUNT_WORDS:
            end = None  # a figure ("7-1/2") or a measure qualifies the noun still to come
        elif words.is_break(j) or form in _LISTED_NOUN_CLOSERS:
            return end
        elif form.isalpha() and words.surface[j].islower() and not finite(form):
            end = j
        elif not (form.isalpha() and words.surface[j].islower() and _past(form)):
            # a participle qualifies the noun still to come ("convertible subordinated debentures"), never ends it
            return None
    return None


def _qualifier_alone(tokens: list[str], j: int) -> bool:
    """Whether the `j`th of a clause's tokens, before a comma, qualifies a noun still to come: a sum's worth
    (`triggers.worth`) or a measure written with a hyphen ("15-year,", "two-year,"), which lists more such words
    before its noun ("a 30 mln dlr, 15-year, convertible eurobond")."""
    word = tokens[j].rstrip(",").lower()
    return j > 0 and triggers.worth(tokens[j - 1].lower(), word) or \
        "-" in word and phrases.counts(word) and word.rpartition("-")[2].isalpha()


def halved(word: str, joiner: str, again: str) -> bool:
    """Whether a phrase ending on `word` is cut inside a phrase that says a noun twice, "to" between them: "from
    time | to time", "from door | to door"."""
    return joiner == "to" and word == again and word.isalpha()


def completed(words: Words, phrase: str | None, doers: tuple[str, ...] = ()) -> str | None:
    """A verb's object that is a noun alone, or with an article, a possessive or an adjective before it ("approved
    plans", "unveiled its budget", "will cut import taxes"), run on through the phrase the preposition after it
    opens, which says what the noun is of or about: "plans | for the navy to expand", "its budget | for fiscal
    1988", "import taxes | on 50 items"; or through the "by" phrase of its doer and the deed that follows it ("a
    decision | by the union to lift its ban"). Not a hedge ("backed the move | in principle"), a phrase of time
    ("promised | in 1984"), nor one that ends far or open or names a word of the `doers`' names."""
    said = (phrase or "").split()
    if not 0 < len(said) <= _BARE_OBJECT_WORDS or not all(word.isalpha() and word.islower() for word in said) or \
            said[-1] in triggers.PARTICLES | ADVERBS:
        return phrase
    last = _found(words, said)
    if last is None or _found(words, said, last + 1) is not None or last + 2 >= len(words) or \
            tuple(words.forms[last + 1:last + 3]) == triggers.IN_PRINCIPLE:
        return phrase
    opened = last + 2  # the first word of the phrase whose end the sentence sets
    if words.forms[last + 1] == "by":
        # "welcomed a decision | by the union | to lift its ban": the doer of what the noun names, then the deed
        to = _purpose_end(words, last + 2, doers)
        opened = len(words) if to is None else to + 3
    elif _compound_preposition(words, last + 1):
        opened = last + 4  # "held talks | in accordance with | the treaty": the phrase goes whole
    elif words.forms[last + 1] not in NOUN_COMPLEMENT_CASES - {"of"} or _timely(words, last + 2):
        return phrase
    end = _run_end(words, opened, doers) if opened < len(words) else None
    if end is None:
        return phrase
    timed = next((j for j in range(last + 2, end + 1) if _timely(words, j)), None)
    end = end if timed is None else timed - 1  # "for fiscal 1988 | last month": the run's date is no part of it
    # "duties on goods | taken from a list that ...": a participle after a noun opens a clause of it, left out;
    # after "be" it is the passive's own ("a venture to be 75 pct owned by Acme")
    clause = next((j for j in range(opened + 1, end + 1) if _past(words.forms[j]) and _after_noun(words, j) and
                   not triggers.BE & set(words.forms[opened:j])), None)
    end = end if clause is None else clause - 1
    listed = coordinations.list_end(words.surface, end + 1, _clause_verb) if end >= opened else None
    if listed is not None and words.forms[listed + 1:listed + 2] != ["of"]:  # "shares and options | of Acme"
        listed = _list_end(words, phrase, last, end, doers)
        end = opened - 1 if listed == end else listed  # a list goes whole, or the run stops before it
    return phrase if end < opened else f"{phrase} {_text(words, last + 1, end)}"


def _compound_preposition(words: Words, i: int) -> bool:
    """Whether word `i` opens a preposition of three words, a preposition, a noun in the singular with no article
    and a preposition that closes a phrase ("in accordance with", "in line with", "in exchange for"): cut after
    its noun, it leaves the phrase asking for its own object."""
    return i + 3 < len(words) and words.forms[i] in NOUN_COMPLEMENT_CASES and words.forms[i + 2] in _CLOSERS & \
        triggers.PREPOSITIONS and _bare_verb(words, i + 1)


def _after_noun(words: Words, i: int) -> bool:
    """Whether word `i` follows a word that can end a noun: no article, possessive, preposition or adverb in -ly
    ("goods | taken", not "the | proposed", "on | imported")."""
    before = words.forms[i - 1]
    return before.isalnum() and before not in triggers.DETERMINERS | POSSESSIVES | triggers.PREPOSITIONS and \
        not before.endswith("ly")


def _timely(words: Words, i: int) -> bool:
    """Whether word `i` opens a phrase of time: a month, a day's name, "the", "last", "next" or "this" and a word
    of time ("May", "on Monday", "for the year", "last month"), or, after a preposition, a year ("in 1984")."""
    form = words.forms[i + 1] if words.forms[i] in _TIME_DEICTICS and i + 1 < len(words) else words.forms[i]
    return form in _MONTHS or form in DEICTIC_DAYS or form in _SPANS or \
        _year(form) and words.forms[i - 1] in triggers.PREPOSITIONS


def _particle(forms: list[str], k: int) -> bool:
    """Whether the `k`th of a clause's words is an adverb (`_PARTICLES`) that completes the passive's participle
    before it, the phrase's last word before a preposition, a subordinating word or a break: "would be phased | in
    over several years", "was called | off after", not "was sold | in March" nor "were held | in trust"."""
    if not 1 < k < len(forms) or forms[k].lower().rstrip(",") not in _PARTICLES or forms[k - 2].lower() not in \
            triggers.BE:
        return False
    verb, after = forms[k - 1], forms[k + 1].lower() if k + 1 < len(forms) else ""
    return verb.isalpha() and verb.islower() and _past(verb) and (
        forms[k].endswith(",") or not after[:1].isalnum() or after in triggers.PREPOSITIONS or after in SUBORDINATORS)


def _list_end(words: Words, phrase: str, last: int, reached: int, doers: tuple[str, ...]) -> int:
    """The last word of the list of nouns a phrase that ends on word `reached` is cut inside
    (`coordinations.list_end`), when the list names none of the `doers`, and either a word the list's last noun
    shares was cut from it ("gains in the cash | and futures markets") or the phrase stays within
    `HEADLINE_WORDS` and `_COMPLEMENT_WORDS` words ("to build two schools | and three sports halls");
    `reached` otherwise: a list after a whole noun is news a long title can do without."""
    listed = coordinations.list_end(words.surface, reached + 1, _clause_verb)
    if listed is None or _names_doer(words, reached + 1, listed, doers):
        return reached
    length = len(phrase.split()) + sum(form[:1].isalnum() for form in words.forms[last + 1:listed + 1])
    shared = coordinations.shares_noun(words.surface, reached + 1)
    return listed if shared or length <= HEADLINE_WORDS + _COMPLEMENT_WORDS else reached


def _role(words: Words, i: int) -> bool:
    """Whether word `i` is an infinitive that "as" and an article after it complete with the role it names:
    "plans to qualify | as a real estate trust", "agreed to serve | as an adviser"; or a verb that "as" and a post
    complete ("will remain | as chairman", "continues | as president"): a post is named without an article."""
    if i + 2 >= len(words):
        return False
    return _bare_infinitive(words, i) and words.forms[i + 2] in ("a", "an") or \
        (_bare_infinitive(words, i) or _verbal(words, i) or
         _third_person(words.forms[i]) and not words.capitalised(i)) and post_at(words, i + 2)


def post_at(words: Words, j: int) -> bool:
    """Whether a post a person holds opens at word `j`, past a possessive and its grades: "chairman", "chief executive
    officer", "its president", "senior vice president", "vice president-finance"."""
    j += words.forms[j] in POSSESSIVES
    for ranked in range(j, min(j + MAX_RANKS + 1, len(words))):
        first = words.forms[ranked]
        for post in {post for key in {first, first.partition("-")[0]} for post in _posts_by_first_word().get(key, ())}:
            written = tuple(words.forms[ranked:ranked + len(post)])
            if post in (written, _hyphened(written)):
                return True
        if first not in RANKS:
            return False
    return False


def _hyphened(forms: tuple[str, ...]) -> tuple[str, ...]:
    """The words of a post whose last one a hyphen joins to the unit it serves, which it leaves out: "executive vice
    president-finance" is a vice president's post."""
    return forms[:-1] + (forms[-1].partition("-")[0],) if forms else forms


def post_ends_at(words: Words, j: int) -> bool:
    """Whether a post a person holds ends at word `j`: "vice president", "chairman"."""
    return any(j + 1 >= len(post) and tuple(words.forms[j + 1 - len(post):j + 1]) == post
               for post in _posts_by_last_word().get(words.forms[j] if 0 <= j < len(words) else "", ()))


@lru_cache(maxsize=1)
def _posts_by_last_word() -> dict[str, list[tuple[str, ...]]]:
    """The posts of `_posts_by_first_word`, filed by their last word."""
    posts: dict[str, list[tuple[str, ...]]] = {}
    for group in _posts_by_first_word().values():
        for post in group:
            posts.setdefault(post[-1], []).append(post)
    return posts


@lru_cache(maxsize=1)
def _post_words() -> frozenset[str]:
    return frozenset(word for post in gazetteer().titles for word in post.split())


@lru_cache(maxsize=1)
def _posts_by_first_word() -> dict[str, tuple[tuple[str, ...], ...]]:
    return by_first_word(tuple(post.split()) for post in gazetteer().titles)


def _auxiliary_led(words: Words, i: int) -> bool:
    """Whether word `i` is a verb that "to", a modal or a perfect's auxiliary leads to ("plans to file", "will
    register", "has filed"), not a noun or a participle that qualifies one ("an agreement reached")."""
    return _bare_infinitive(words, i) or i > 0 and words.forms[i - 1] in triggers.MODALS | triggers.PERFECT and \
        words.forms[i].isalpha() and not words.capitalised(i)


def _bare_infinitive(words: Words, i: int) -> bool:
    """Whether word `i` is a verb's bare form after "to" ("plans to file"), not a noun or a figure the "to"
    leads to ("rose to 40,454", "sold to shareholders")."""
    return 0 < i < len(words) and words.forms[i - 1] == "to" and _bare_verb(words, i)


def _bare_verb(words: Words, i: int) -> bool:
    """Whether word `i` can be a verb's bare form: a word in lower case that is no article, preposition,
    pronoun, auxiliary, plural noun nor participle ("to shareholders", "to date" before a break)."""
    if i >= len(words):
        return False
    form = words.forms[i]
    return form.isalpha() and not words.capitalised(i) and form not in triggers.DETERMINERS and \
        form not in triggers.PREPOSITIONS and form not in SUBJECT_PRONOUNS | POSSESSIVES | _AUXILIARIES and \
        not (form.endswith("s") and not form.endswith("ss")) and not form.endswith(("ed", "ing")) and \
        i + 1 < len(words) and not words.is_break(i + 1)


def _purpose_end(words: Words, first: int, doers: tuple[str, ...]) -> int | None:
    """The last word of the phrase `first` opens, where an infinitive of purpose ends it before the sentence
    does: "plans to file with | the Ruritanian Trade Board | to sell bonds ..."; None when a break or a closing
    word comes first, when it ends far or open, or names a word of the `doers`' names."""
    run = 0
    for j in range(first, len(words) - 1):
        if _closes(words, j) or run > CLOSING_REACH or _participle_at(words, j) or \
                words.forms[j] in _UNOWNING | _OBJECT_PRONOUNS | SUBJECT_PRONOUNS:
            return None  # "a filing with the board | seeking authority | to issue ...", "comment on | how it
            # would be possible to ...": a clause of its own
        if j > first and words.forms[j] == "to" and _bare_verb(words, j + 1):
            end = j - 1
            return None if words.forms[end] in _OPEN_ENDS or _names_doer(words, first, end, doers) else end
        run += len(words.forms[j]) > 1 and words.forms[j][:1].isalnum()
    return None


def _shared_object_end(words: Words, verb: int, doers: tuple[str, ...]) -> int | None:
    """Where a phrase that ends on an infinitive (word `verb`) whose object follows the verb "and" joins to it
    ends whole ("to acquire | and develop 40 acres"): at the end of the shared object ("is ready to build and
    operate the plant"); None when that end is far or open."""
    if verb + 1 >= len(words) or words.forms[verb + 1] not in COORDINATORS:
        return None
    second = verb + 2
    while second < len(words) and (words.forms[second].endswith("ly") or words.forms[second] == "perhaps"):
        second += 1  # "to continue and perhaps step up the war"
    if not _bare_verb(words, second) or finite(words.forms[second + 1]) or words.forms[second + 1] in _OBJECT_PRONOUNS:
        return None  # "owing to waste | and theft amounted": a noun, which a verb of its own follows; "access to
        # capital | and help it meet": "to" joins a noun, and the verb's object is a pronoun
    end = _run_end(words, second, doers)
    if end is not None and _participle_at(words, end):
        end -= 1  # "to repay or redeem financing | incurred in ...": the participle's phrase is not shown
    if end is not None and end + 1 < len(words) and words.forms[end + 1] in COORDINATORS and \
            not words.forms[end].endswith("s"):
        return None  # "to buy and run radio | and television stations": the noun only qualifies the next one
    return end if end is not None and end > second else None


def _shared_noun_end(words: Words, reached: int) -> int:
    """The last word of the noun that a phrase ending on a word in the singular shares with the two words "and"
    joins it to, the second of which ends their phrase: "will hire clerical | and technical employees", "sells its
    pulp | and paper unit"; not after a plural, a noun of its own ("cut prices | and output targets"), nor when a
    verb, an article or a pronoun follows "and"; `reached` when the words after it are no such pair."""
    j = reached + 1
    if j + 2 >= len(words) or words.forms[j] != "and" or not _modifier(words, reached):
        return reached
    following = words.forms[j + 3] if j + 3 < len(words) else "."
    ends = not following[:1].isalpha() or following in _CLOSERS | {"to"} or finite(following) or \
        following in PARTICIPLE_FORMS
    return j + 2 if ends and _modifier(words, j + 1) and _plain_word(words, j + 2) else reached


def _modifier(words: Words, i: int) -> bool:
    """Whether word `i` may qualify a noun after it: a word in lower case, not in the plural ("serious", "gross"
    are none), not a verb, nor a word that leaves a phrase open."""
    form = words.forms[i]
    return _plain_word(words, i) and (not form.endswith("s") or form.endswith(coordinations.SINGULAR_S))


def _plain_word(words: Words, i: int) -> bool:
    """Whether word `i` is a word in lower case of letters alone that is no verb nor a word that leaves a phrase
    open: "technical", "employees"."""
    form = words.forms[i]
    return form.isalpha() and words.surface[i].islower() and form not in _OPEN_ENDS and \
        form not in triggers.DETERMINERS and form not in _OBJECT_PRONOUNS | SUBJECT_PRONOUNS and not finite(form)


def cut_participle(words: Words, j: int) -> bool:
    """Whether word `j` is a past participle in lower case that qualifies the noun before it and whose own phrase
    the sentence goes on with past it, a phrase that ends on it cut there: "camps besieged | by the militia", "the
    tax increase called | for in the budget"; not one that "and" or "or" follows, which opens no phrase of its own
    ("series C preferred | and"). Never one after "be", "have", a pronoun or an adverb, which is a
    clause's own verb ("the shares were listed", "it called", "was already sold"), nor an irregular one written as
    its verb's bare form, which is as often a noun ("a bid | for", "a stock split")."""
    form = words.forms[j]
    if not (0 < j < len(words) - 1 and form.isalpha() and words.surface[j].islower() and
            (len(form) > 4 and form.endswith("ed") or form in PARTICIPLE_FORMS and form not in PARTICIPLES)) or \
            words.is_break(j + 1):
        return False
    if triggers.BE & set(words.forms[max(0, j - _PASSIVE_GAP):j]):
        return False  # "to be 75 pct owned | by": the passive's own
    before = words.forms[j - 1]
    return before.isalpha() and before not in DANGLING | _AUXILIARIES | _DO | triggers.NEGATIONS and \
        before not in SUBJECT_PRONOUNS | _OBJECT_PRONOUNS | ADVERBS | {"get", "got"} and \
        not before.endswith("ly") and words.forms[j + 1] not in QUOTES | COORDINATORS


def _participle_at(words: Words, j: int) -> bool:
    """Whether word `j` is a participle in "-ing" or "-ed" that opens a phrase of its own after a noun ("financing
    needed to ...", "the board seeking authority"), written in lower case."""
    form = words.forms[j]
    return j > 0 and form.isalpha() and len(form) > 4 and form.endswith(("ing", "ed")) and \
        not words.capitalised(j) and words.forms[j - 1].isalpha() and not finite(words.forms[j - 1]) and \
        words.forms[j - 1] not in DANGLING


def _predicative(words: Words, i: int) -> bool:
    """Whether word `i` is what a form of "be" says of its subject, which the phrase after it completes: "was not
    up | for sale", "would be ready | for the spring harvest", "is organised | as a cooperative farm", "may not
    be built | at a quick rate"; a clause cut there says only half of it."""
    return not words.capitalised(i) and _said_of_subject(words.forms, i)


def _said_of_subject(forms: list[str], i: int) -> bool:
    """Whether the `i`th of `forms` is a word a form of "be" before it (past a negation or an adverb) says of
    its subject: "was not up", "would be ready"; not a word that leaves the phrase open."""
    form = forms[i].lower()
    if not form.isalpha() or form in _OPEN_ENDS or form in triggers.BE:
        return False
    j = i - 1
    while j >= 0 and (forms[j].lower() in triggers.NEGATIONS or forms[j].lower().endswith("ly") or
                      forms[j].lower() in ("still", "also", "now")):
        j -= 1
    return j >= 0 and forms[j].lower() in triggers.BE and forms[j].lower() != "'s"


def _bare_object(words: Words, i: int) -> bool:
    """Whether word `i` is the noun of a verb's object that is the noun alone, or with an article or an adjective
    before it, right after its verb ("affirmed ratings", "proposed a restriction", "seeks major changes"): such a
    noun says what it is only with the phrase after it ("ratings | on its debt")."""
    if not words.forms[i].isalpha() or words.capitalised(i) or finite(words.forms[i]):
        return False
    j = i - 1
    while j >= 0 and i - j <= _BARE_OBJECT_WORDS and words.forms[j].isalpha() and not words.capitalised(j) and \
            not finite(words.forms[j]) and words.forms[j] not in DANGLING - triggers.DETERMINERS:
        j -= 1
    return j >= 0 and i - j <= _BARE_OBJECT_WORDS and _verbal(words, j)


def _money(words: Words, i: int) -> bool:
    """Whether word `i` ends a sum of money, a currency's plural after a number or its scale ("80 mln dlrs",
    "500,000 francs"): what the sum pays for, is in or comes from says what it is ("raised 4 mln dlrs | from
    warrants"), as a statement's title shows it without the parse that completes an act's."""
    return i > 0 and _sum_of_money(words.forms[i - 1], words.forms[i])


def _sum_of_money(amount: str, currency: str) -> bool:
    """Whether two words end a sum of money: a currency's plural after a number or its scale ("80 mln dlrs")."""
    return currency in triggers.CURRENCIES and (amount[:1].isdigit() or amount in triggers.AMOUNT_WORDS)


def _verbal(words: Words, i: int) -> bool:
    """Whether word `i` can be a verb its preposition completes: "has filed | with", "is dealing | with",
    "would vote | in favour", "expects to report | on Monday a loss"."""
    form = words.forms[i]
    if not form.isalpha() or words.capitalised(i) or form in _AUXILIARIES:
        return False
    return finite(form) or len(form) > 4 and form.endswith("ing") or i > 0 and words.forms[i - 1] in triggers.MODALS


def _takes_clause(words: Words, i: int) -> bool:
    """Whether word `i` is a verb a "that" after it opens the object of: a verb in lower case, finite (or a present
    form of thinking, `_clause_verb`) or an infinitive ("said | that", "believes | that", "to avoid | that"), not a
    noun a relative clause qualifies ("the plan | that")."""
    form = words.forms[i]
    if not form.isalpha() or words.capitalised(i) or form in _AUXILIARIES:
        return False
    return _clause_verb(form) and not (i > 0 and words.forms[i - 1] in triggers.DETERMINERS) or \
        i > 0 and words.forms[i - 1] == "to"


def _completed_by_that(words: Words, i: int) -> bool:
    """Whether word `i` is a noun or an adjective that the clause "that" opens after it completes ("the
    likelihood | that ...", "it is possible | that ..."), a clause with its subject first: not one that opens
    with a condition or a phrase ("afraid | that once ...", "likely | that in May ..."), which a title cannot show
    whole."""
    return _COMPLEMENTED.get(words.forms[i]) == "that" and i + 2 < len(words) and \
        words.forms[i + 2] not in _OPENING_CLAUSE | _OBJECT_CLOSERS


def _past(form: str) -> bool:
    return form.endswith("ed") and len(form) > 3 or form in PARTICIPLE_FORMS or form in PAST_IRREGULAR


def _hung(forms: list[str]) -> bool:
    """Whether a clause ends on a participle that qualifies its last noun ("was preparing a facility aimed"),
    not on its own verb ("sales increased", "the plan was approved")."""
    if len(forms) < 3 or not forms[-1].endswith("ed") or not forms[-1].isalpha():
        return False
    before = forms[-2]
    return not (finite(before) or before.endswith(("ly", "ing")) or before in triggers.NEGATIONS or
                before in triggers.PREPOSITIONS or before in DANGLING) and any(finite(form) for form in forms[:-2])


def asked_deed(words: Words, after: int, addressee: str, doers: tuple[str, ...]) -> str | None:
    """What an appeal asks its addressee to do or to give, from the words after the appeal's verb (`after`):
    "urged the government | to cut spending", "called on Acme | to withdraw its bid", "asked the bank | for a
    loan of 30 mln dlrs"; None when the addressee is not followed by "to" and a verb or by "for" and what it
    asks, or the deed's phrase runs on too far to show. An abbreviation in brackets after the addressee's name
    stands between them: "asked the Ruritanian Trade Authority (RTA) | to reverse"."""
    key = addressee.split()[-1].lower()
    aside = "including" in words.forms[after:after + CLOSING_REACH]  # "asked four countries, including ..."
    reach = CLOSING_REACH + coordinations.LIST_WORDS * aside
    end = next((j for j in range(after, min(len(words), after + reach)) if words.forms[j] == key), None)
    if end is not None:
        end = _past_date(words, _past_listed_names(words, _past_abbreviation(words, end + 1), aside)) - 1
    if end is None or end + 2 >= len(words):
        return None
    if words.forms[end + 1] == "for":
        return None if _holds_verb(addressee) else _asked_thing(words, end + 2, doers)  # a clause said is asked
        # nothing: "said the government should delay the tax | for one or two years"
    if words.forms[end + 1] != "to" or words.capitalised(end + 2) or not words.forms[end + 2].isalpha():
        return None
    return closed(words, f"to {words.surface[end + 2]}", doers)


def _past_listed_names(words: Words, after: int, aside: bool) -> int:
    """The word after the rest of a list of names that an `aside` ("including") holds and a comma closes, which
    the addressee ends inside ("asked four countries, including Freedonia | , Vorland and Ruritania, | for help")
    or opens ("asked four countries | , including Freedonia and Vorland, | to help"); `after` when none follows."""
    if not aside:
        return after
    j = _past_name(words, after + 2) if words.forms[after:after + 2] == [",", "including"] else after
    while j < len(words) and words.forms[j] in (",", "and") and j - after < CLOSING_REACH and \
            _past_name(words, j + 1) > j + 1:
        j = _past_name(words, j + 1)
    return j + 1 if j < len(words) and words.forms[j] == "," else after


def _past_name(words: Words, j: int) -> int:
    """The word after the name, "the" before it or not, that opens at word `j`; `j` when no name opens there."""
    k = j + (words.forms[j:j + 1] == ["the"])
    end = k
    while end < len(words) and words.capitalised(end):
        end += 1
    return end if end > k else j


def _past_date(words: Words, after: int) -> int:
    """The word after a date that follows a verb's object ("asked the board | on May 5 | to vote", "urged
    banks | today | to buy"), or `after` when none follows it."""
    if after < len(words) and words.forms[after] in DEICTIC_DAYS:
        return after + 1
    if after + 1 < len(words) and words.forms[after] in ("on", "last") and \
            words.forms[after + 1].rstrip(".") in _MONTHS | _SPANS:
        day = after + 2 + (after + 2 < len(words) and words.forms[after + 2] == ".")
        return day + 1 if day < len(words) and words.forms[day].isdigit() else day
    return after


def _asked_thing(words: Words, first: int, doers: tuple[str, ...]) -> str | None:
    """What an appeal asks its addressee for, the phrase "for" opens at word `first` run on to where the
    sentence ends it ("for help", "for a loan of 30 mln dlrs"), but not to what a thing of more words than a bare
    noun is asked for ("for a 30 mln dlr loan | to build a dam"; "for permission to sell" is one); None when
    that end is far or open, or the phrase tells how long, not what ("for years", "for the second time")."""
    end = _run_end(words, first, doers)
    if end is None or _SPANS & set(words.forms[first:first + _SPAN_WORDS + 1]):
        return None
    purpose = next((j for j in range(first + _BARE_OBJECT_WORDS, end) if words.forms[j] == "to" and
                    words.forms[j + 1].isalpha() and not words.capitalised(j + 1)), None)
    return f"for {_text(words, first, end if purpose is None else purpose - 1)}"


def governed_run(words: Words, phrase: str, doers: tuple[str, ...] = ()) -> str:
    """A phrase that ends on a word that needs its preposition to say anything (`lexicon.governed`: "the measures
    lead", "this will result"), run on through the phrase that preposition opens where the sentence goes on with
    it: "the measures lead | to political instability"; as it was where that phrase ends far or open."""
    forms = [form for form in read(phrase, 0).forms if form not in QUOTES]
    preposition = governed().get(forms[-1]) if forms else None
    last = _found(words, forms[-_KEY_WORDS:]) if preposition else None
    if last is None or last + 2 >= len(words) or words.forms[last + 1] != preposition:
        return phrase
    end = _run_end(words, last + 2, doers)
    return phrase if end is None else f"{phrase} {_text(words, last + 1, end)}"


def _run_on(words: Words, first: int, doers: tuple[str, ...]) -> str | None:
    """The words from `first` to where the sentence ends their phrase, or None (see `_run_end`)."""
    end = _run_end(words, first, doers)
    return None if end is None else _text(words, first, end) or None


def _run_end(words: Words, first: int, doers: tuple[str, ...]) -> int | None:
    """The last word of the phrase `first` opens, where the sentence ends it, or None when that end is far,
    open ("should be"), or names a word of the `doers`' names."""
    end, run = first - 1, 0
    closing = next((j for j in range(first + 1, len(words)) if words.forms[j] in QUOTES), None) \
        if first < len(words) and words.forms[first] in QUOTES else None
    quotation = closing is not None and sum(form[:1].isalnum() for form in words.forms[first:closing]) <= CLOSING_REACH
    if quotation:  # a quotation goes whole, and its closing mark ends it: 'was "in bad shape"'
        end = closing
    while not quotation and end + 1 < len(words) and not _closes(words, end + 1):
        end += 1
        run += len(words.forms[end]) > 1 and words.forms[end][:1].isalnum()  # "U.S." is one word
        if run > CLOSING_REACH:
            return None
    while end >= first and words.forms[end] in QUOTES:
        end -= 1
        if end >= first and words.forms[end] in (".", ","):
            end -= 1  # a quotation's own full stop: 'will not "be supported."'
    if end < first or words.forms[end] in _OPEN_ENDS and not words.capitalised(end) or \
            words.forms[end].endswith("-") or _names_doer(words, first, end, doers):
        return None  # "-" ends a word its compound shares with the next: "three- | and seven-day loans"
    return end


def _text(words: Words, first: int, last: int) -> str:
    """The sentence's words from `first` to `last` without quotation marks or wire copy's brackets; an
    abbreviation keeps its last full stop ("Acme B.V.")."""
    if last + 1 < len(words) and words.forms[last + 1] == "." and (
            "." in words.forms[last] or len(words.forms[last]) == 1 and words.forms[last - 1] == "."):
        last += 1
    return _plain(words.span(first, last))


def _plain(text: str) -> str:
    """Words of a sentence as a title shows them: no quotation marks, no stock code ("<ACME.L>"), and a name wire
    copy puts in brackets without them ("<Vorland Mills Ltd>" reads "Vorland Mills Ltd")."""
    return " ".join(_BRACKETED.sub(lambda found: "" if _STOCK_CODE.fullmatch(found.group(1)) else found.group(1),
                                   re.sub(r"[\"“”]", "", text)).split())


def past_insertion(words: Words, phrase: str | None, doers: tuple[str, ...] = ()) -> str | None:
    """What was said that stops at the comma after its subject, with no verb of its own, reaches past the
    insertion between commas to its verb: "says Vorland Steel Corp, Montrose, Colo., will conduct a study",
    "says his adviser, Jan Novak, was rebuilding the staff". A name alone says nothing."""
    surface = [word for word in read(phrase or "", 0).surface if word not in QUOTES and word not in ("<", ">")]
    forms = [word.lower().replace("’", "'") for word in surface]
    if not forms or forms[0] in triggers.PREPOSITIONS or any(
            finite(word) and not (k and forms[k - 1] in triggers.DETERMINERS)
            for k, word in enumerate(surface) if not word[:1].isupper()):
        return phrase  # "on May 1" is no subject; "Alfred" is a name, no past tense; "an increased allowance"
        # no verb
    key = forms[-_KEY_WORDS:]
    last = _found(words, key)
    if last is None or _found(words, key, last + 1) is not None:
        return phrase
    after = last + 1 + (last + 1 < len(words) and words.forms[last + 1] == ">")
    after = _past_abbreviation(words, after)
    if "," in forms and after + 1 < len(words) and words.forms[after] == ",":
        after += 1  # the insertion is inside the phrase: "says Acme Inc, Acme, filed"
    name = all(word[:1].isupper() or not word[:1].isalnum() or word in _NAME_JOINERS for word in surface)
    if name and after < len(words) and _verb_at(words, after):
        return _with_verb(words, phrase, after, doers)  # a name and its verb: "says Acme Ltd (ACM) has launched"
    if after >= len(words) or words.forms[after] != ",":
        return phrase
    inserted = 0
    for j in range(after + 1, len(words) - 1):
        if words.forms[j] == "," and not words.capitalised(j + 1) and finite(words.forms[j + 1]):
            return _with_verb(words, phrase, j + 1, doers)
        if name and j - after <= _APPOSED_NAME and _verb_at(words, j) and all(
                words.capitalised(k) for k in range(after + 1, j)) and j > after + 1:
            return _with_verb(words, phrase, j, doers)  # a name set beside the subject's: "says Acme Bank,
            # Nassau Branch is issuing bonds"
        inserted += len(words.forms[j]) > 1 and words.forms[j][:1].isalnum()
        if inserted > INSERTION_REACH or words.forms[j] in QUOTES or words.forms[j] in COORDINATORS or \
                words.forms[j] in (";", ":") or words.forms[j] == "." and words.forms[j + 1] != ",":
            return _past_phrases(words, phrase, after, doers)  # the comma joins a list, or what follows is no
            # insertion ("Ill.," is one)
    return phrase


def _with_verb(words: Words, phrase: str, verb: int, doers: tuple[str, ...]) -> str:
    """A subject's `phrase` with the clause its verb (word `verb`) opens, run on to where the sentence ends it
    and past the preposition that completes the verb ("filed | with the commission"); the phrase alone when that
    end is too far."""
    added = _run_on(words, verb, doers)
    return f"{_MARKUP.sub('', phrase)} {closed(words, added, doers)}" if added else phrase


def _past_abbreviation(words: Words, after: int) -> int:
    """The word after a short abbreviation in brackets that follows a name ("Acme Ltd (ACM) has"), or `after`."""
    if after < len(words) and words.forms[after] == "(":
        close = next((j for j in range(after + 1, min(len(words), after + 4)) if words.forms[j] == ")"), None)
        if close is not None and all(words.capitalised(j) for j in range(after + 1, close)):
            return close + 1
    return after


def _verb_at(words: Words, j: int) -> bool:
    """Whether word `j` is a verb that can carry a clause, written in lower case, and not one that tells who
    spoke ("Acme Corp, Jan Novak said")."""
    form = words.forms[j]
    return not words.capitalised(j) and form.isalpha() and finite(form) and \
        not saying(form)


def _past_phrases(words: Words, phrase: str, after: int, doers: tuple[str, ...]) -> str:
    """What was said that stops at the comma after its subject, before a long run of phrases that a preposition
    opens, reaches on to its verb: "says a lower levy would be a fair way" past ", to 12 pct, on
    imports of grain and feed". Not past a list ("his adviser, Jan Novak, and the staff met": the
    adviser alone did not meet), nor to a verb of a clause of its own ("which", "that", "because" ... before it)
    or one past a quotation, a semicolon or a sentence's end."""
    if after + 1 >= len(words) or words.forms[after + 1] not in triggers.PREPOSITIONS:
        return phrase
    for j in range(after + 1, min(len(words), after + 1 + PHRASES_REACH)):
        form = words.forms[j]
        if form in QUOTES or form in (";", ":", ".") or form in SUBORDINATORS or form in _OPENING_CLAUSE - \
                COORDINATORS:
            return phrase
        if words.forms[j - 1] == "," and form.endswith("ed"):
            continue  # a participle opens an insertion: "the pact, revealed on Thursday by Acme, underscores"
        if not words.capitalised(j) and form.isalpha() and finite(form) and words.forms[j - 1] not in DANGLING:
            return _with_verb(words, phrase, j, doers)
    return phrase


def finite(form: str) -> bool:
    """A word that can carry a clause: an auxiliary, a past tense or a verb of the trigger lexicon."""
    if form in _AUXILIARIES and form != "to" or form in _DO or _past(form):
        return True
    entries = entries_by_first_word().get(form, ())
    return bool(entries) and all(entry.verbal for entry in entries)


def _opens_that_clause(form: str) -> bool:
    """Whether a word's "that" after it opens the clause it reports or is of ("estimates that", "concerned
    that"), not a pronoun its object ("is monitoring that")."""
    return form.isalpha() and (_clause_verb(form) or _COMPLEMENTED.get(form) == "that")


def _clause_verb(form: str) -> bool:
    """A word that carries a clause, `finite`, or a present form of thinking ("believes"), which the lexicon of
    happenings does not hold."""
    return finite(form) or form in MINDING


def _closes(words: Words, j: int) -> bool:
    form = words.forms[j]
    if form == "as":
        return words.forms[j - 1] not in triggers.BE and "as" not in words.forms[max(0, j - 3):j]
    if form == ".":  # a sentence's end, and a full stop after a word ("Co Inc. The notes"), not an initial's nor
        # a stock code's ("<ACME.L>")
        ends = all(later in QUOTES for later in words.forms[j + 1:])
        return ends or len(words.forms[j - 1]) > 1 and "<" not in words.forms[max(0, j - 2):j] and \
            not words.surface[j + 1][:1].islower()  # "Jan Novak Jr. will": no sentence opens in lower case
    if form == "and" and (_PAIRED & set(words.forms[max(0, j - 4):j]) or
                          words.capitalised(j - 1) and words.capitalised(j + 1) and words.capitalised(j + 2)):
        return False  # "from both consumers and dealers", "the Securities and Exchange Commission": one phrase
    if j + 1 < len(words) and _hedge(form, words.forms[j + 1]):
        return False  # "fall to about 230 mln dlrs": a figure's hedge, no preposition
    if form == "-" and (words.forms[j + 1:j + 2] == ["-"] or j > 0 and words.starts[j] > words.ends[j - 1]):
        return True  # wire copy's dash, typed "--" or " - ", opens an aside as a comma does
    return form in BREAKS or form in _CLOSERS


def _hedge(word: str, following: str) -> bool:
    """Whether `word` before a number makes it a guess, no preposition: "about 230 mln dlrs", "about five mln
    dlrs", "over one billion yen"."""
    return word in triggers.APPROXIMATORS and _number(following.lower())


def _doer(phrase: str) -> str:
    """A doer's phrase as a title opens with it: no preposition or subordinating word before it ("of the
    committee", "as liquidity"), and no possessive pronoun whose owner the title does not name ("their heads")."""
    first, _, rest = phrase.partition(" ")
    if (first.lower() in triggers.PREPOSITIONS or first.lower() in _OPENING_CLAUSE) and first[1:].islower() and rest:
        return _doer(rest)
    if first in POSSESSIVES and rest:
        return f"the {rest}"
    return phrase


def _plural_phrase(phrase: str) -> bool:
    """A doer written as a plain noun phrase whose head is plural: "meetings of the ministers", "the unions",
    "three"; a name's plural-looking word is no plural ("United States", "Acme Industries", "Sears")."""
    return plural_subject(phrase) and (phrase[:1].islower() or _more_than_one(phrase.split()[0]))


def plural_subject(phrase: str) -> bool:
    """Whether a subject's noun phrase takes a plural verb: one that opens with a count ("Three", "Two workers"),
    whose head is a plural ("Members of the union", "police") or that joins two nouns ("the union and the
    company"). A capital past its first word makes it a name, however plural it looks ("United Nations",
    "Securities and Exchange Commission")."""
    head = []
    for word in phrase.split():
        if word.lower() in triggers.PREPOSITIONS:
            break
        head.append(word)
    if not head:
        return False
    if _more_than_one(head[0]):
        return True
    if any(word[:1].isupper() for word in head[1:]):
        return False
    last = head[-1].lower()
    return coordinations.plural(last) or last.endswith("men") or last in ("people", "police") or "and" in head[1:-1]


def _more_than_one(word: str) -> bool:
    """A word that counts more than one: "three", "12", "several"; not "one", nor a figure with a fraction."""
    return word.lower() in _MANY or _cardinal(word) and "." not in word and word != "1"


def _whole(phrase: str) -> str | None:
    """An object phrase that neither ends cut short nor opens with a quoted sentence's capital, without the
    possessive ending its owner's name left when the name was taken out ("rejects 's offer"). A capital "A"
    ends a name ("class A shares"), never an article."""
    words = [word for word in _MARKUP.sub("", _CODE.sub("", phrase)).split() if word not in ("'s", "’s", "'", "’")]
    while words and (words[-1].lower() in DANGLING and words[-1] != "A" and not _particle(words, len(words) - 1) or
                     words[-1] in _AUXILIARIES or words[-1].endswith(("'s", "’s"))):
        if words.pop().endswith(("'s", "’s")):
            while len(words) > 1 and words[-1][:1].isupper():
                words.pop()  # the owner's whole name goes with its lost noun: not "view Eastman Kodak"
    if words and words[-1].endswith(("s'", "s’")):
        words[-1] = words[-1][:-1]  # a plural owner whose noun was lost reads as the plural: "issues warrants"
    if len(words) > 1 and words[0].lower() in _SENTENCE_OPENERS and words[0][1:].islower() and \
            (words[0].lower() not in ("the", "a", "an") or words[1].islower()):
        words[0] = words[0].lower()
    return " ".join(words) or None


@lru_cache(maxsize=1)
def _not_names() -> frozenset[str]:
    """Words that open a sentence but no name ("All", "Both", "There"): written with a capital only there; not
    the days, the months and "I", which keep theirs anywhere."""
    return frozenset(word.lower() for word in gazetteer().not_names) - _MONTHS - {"i"}


@lru_cache(maxsize=1)
def _legal_forms() -> frozenset[str]:
    """"Inc", "Corp": words of many companies' names, which name no one company again."""
    return frozenset(form.lower().rstrip(".") for form in gazetteer().legal_forms)


def _names(name: str, text: str) -> bool:
    return bool(re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text))


def _participle(verb: str) -> str:
    return listed_past(verb)


def parsed_title(title: str, parsed, trigger_end: int | None = None) -> str:
    """A title read against the parse of its sentence (one the sentence stage parses: a sentence that only makes
    a statement keeps its word reading), run on past a cut its last word leaves open (`_completed`). What follows
    its happening (", X says", "(planned)") stays as it is. `trigger_end` is where the trigger ends in the
    sentence: a title that ends on its verb, conjugated as the sentence does not ("Acme signs" of "Acme signed
    contracts"), ends there."""
    tail = TITLE_TAIL.search(title)
    core, rest = (title[:tail.start()], tail.group()) if tail else (title, "")
    completed = _with_complement(_completed(core, parsed, trigger_end), parsed)
    return _without_cut_participle(completed, parsed, trigger_end) + rest


def _without_cut_participle(title: str, parsed, trigger_end: int | None) -> str:
    """A title that ends on a participle the parse makes a clause of the noun before it, whose own phrase the title
    cuts, without it: "rejects the tax increase", not "the tax increase called" of "called | for in the budget";
    not the happening's own verb ("The main topics discussed") nor a passive's ("a venture to be 75 pct owned"), nor
    one that only a coordinated phrase follows ("series C preferred | and the other")."""
    token, _ = _last_token(title, parsed)
    if token is None or token.tag_ != "VBN" or token.dep_ != "acl" or title.split()[-1].lower() != token.lower_ or \
            token.idx + len(token) == trigger_end or \
            any(t.lower_ in triggers.BE for t in parsed[max(0, token.i - _PASSIVE_GAP):token.i]) or \
            not any(child.i > token.i and not child.is_punct and child.dep_ not in ("cc", "conj")
                    for child in token.rights):
        return title
    return title.rsplit(" ", 1)[0]


def _with_complement(title: str, parsed) -> str:
    """A title run on to the phrase that completes the object its last word ends (`_complement_ends`), within the
    checks and the reach of `_run_to_end`."""
    if has_quote(title):
        return title
    token, end = _last_token(title, parsed)
    ends = _complement_ends(token) if token is not None else []
    return _run_to_end(title, parsed, token.i + 1, end, ends, True) if ends else title


def _completed(title: str, parsed, trigger_end: int | None = None) -> str:
    """A title whose last word the parse finds once in its sentence and leaves open, run on to where its phrase
    ends: within a noun phrase, to the noun the word qualifies ("on the Ruritanian | tanker", "a new, | advanced
    test"); past a word, to the end of the object or the clause it needs ("fined | Acme Futures", "acquire
    control | of the company", "no doubt | that ...", a verb's own phrase: "were drilling | for oil"), or, when
    that runs too far, to the object's noun ("calls for a major review | of the ..."). Never past a break other
    than a comma between a noun's modifiers, by more than CLOSING_REACH words, to end on a word other than a
    noun or a number, past a pronoun whose referent the title does not name ("extension of inspectors | enforcing
    them"), nor to a noun the title already holds ("Payment suspended | payment"; each actor is named once)."""
    if has_quote(title):
        return title
    token, end = _last_token(title, parsed)
    if token is None and trigger_end is not None:
        token, end = _trigger_token(title, parsed, trigger_end)
    if token is None and trigger_end is not None:
        token, end = _next_token(title, parsed, trigger_end)
    if token is None and trigger_end is not None:
        return _noun_object(title, parsed, trigger_end)
    if token is None:
        return title
    ends = _phrase_ends(token)
    if ends:
        # a verb the title writes in the present ("resigns" of "resigned") reads wrong before a past day; a
        # participle as the sentence writes it does not ("fined on Monday")
        retold = token.idx + len(token) == trigger_end and title.split()[-1].lower() != token.lower_
        first = _past_when(parsed, token.i + 1) if retold else token.i + 1
        return _run_to_end(title, parsed, first, end if first == token.i + 1 else
                           parsed[first - 1].idx + len(parsed[first - 1]), ends)
    post = _post(token, parsed, trigger_end)
    if post is not None:
        return f"{title} {_plain(post)}"
    return _run_to_end(title, parsed, token.i + 1, end, _predicate_ends(token, parsed, trigger_end), True)


def _past_when(parsed, first: int) -> int:
    """The index of the token past a time expression of the report's days that opens at the `first`th, right after
    a title's verb in the present: the title runs on to the verb's phrase without it, as the event's date already
    says when and the present tense reads it wrong ("resigns | yesterday | as chairman", "merges | last week | with
    Beta", "clash | on Monday | over quotas"); `first` when none opens there."""
    k = first + 1 if first + 1 < len(parsed) and parsed[first].lower_ == "on" and \
        parsed[first + 1].lower_ in _WEEKDAYS else first
    if k < len(parsed) and parsed[k].lower_ in _DAYS_BY_NAME:
        return k + 1
    if k + 1 < len(parsed) and parsed[k].lower_ in _POINTING_DEICTICS and parsed[k + 1].lower_ in _POINTED_TIMES:
        return k + 2
    return first


def _noun_object(title: str, parsed, trigger_end: int) -> str:
    """A title that ends on its happening's noun made a verb ("Iran attacks" of "an Iranian attack on a tanker"),
    run on to what the noun acts on, without the preposition the verb does not take: "Iran attacks a tanker"."""
    token = _token_ending(parsed, trigger_end)
    last = title.split()[-1] if title.split() else ""
    if token is None or token.tag_ not in ("NN", "NNP") or last.lower() == token.lower_ or \
            last != third_person(token.lower_):
        return title  # "attacks" of "attack", not "agrees" of "agreement", whose "with" the verb keeps
    for child in token.rights:
        cases = [grand for grand in child.children if grand.dep_ == "case" and grand.i < child.i]
        if child.dep_ == "nmod" and cases and cases[0].lower_ in _ACTED_ON and not names_date(child):
            first = cases[-1].i + 1
            ends = [(max(t.i for t in child.subtree), False)]
            if child.tag_.startswith("NN"):
                ends.append((child.i, False))
            return _run_to_end(title, parsed, first, parsed[first].idx - 1, ends)
    return title


def _run_to_end(title: str, parsed, first: int, end: int, ends: list[tuple[int, bool]],
                predicate: bool = False) -> str:
    """The title run on with the sentence's words from the `first`th token to the nearest of the phrase `ends`
    that the checks of `_completed` allow; `end` is the offset where the title's words end in the sentence. A
    `predicate` may end on its verb as well: "a trade row | will develop"."""
    named = {word for word in title.split() if word[:1].isupper()}
    shown = {word.lower() for word in title.split()}
    for last, within in ends:
        last = _counted_end(parsed, last)
        whole = _hyphened_end(parsed, last)
        if whole != last:
            last, whole = _qualified_noun(parsed, last, whole)
            if whole + 1 < len(parsed) and parsed[whole + 1].lower_ in COORDINATORS:
                continue  # "for all Acme-Vole Corp television | and film rights": the noun shares its qualifiers
        if whole + 1 < len(parsed) and _misread_noun(parsed[whole + 1]):
            whole += 1  # "at the Bolton | mine": the parse ended the phrase on the name
        if whole + 1 < len(parsed) and parsed[whole + 1].text == ">" and "<" in {t.text for t in parsed[first:whole]}:
            whole += 1  # "to buy <Acme Inc | >": a name in wire copy's brackets closes them
        added = parsed[first:whole + 1]
        if whole + 2 < len(parsed) and halved(*(token.lower_ for token in parsed[whole:whole + 3])):
            continue
        if any(t.text in _STOPS or t.text == "," and not within and not _listing(t, added) or
               t.text[:1].isupper() and t.text in named or
               t.tag_ == "PRP" and not _misread_noun(t) or t.tag_.startswith("NN") and t.lower_ in shown
               for t in added) or \
                not (parsed[last].tag_.startswith(_WHOLE_ENDS + (("VB",) if predicate else ())) or
                     _compound_gerund(parsed[last])) or \
                _noun_follows(parsed, whole):
            continue
        if sum(t.text[:1].isalnum() for t in parsed[first:last + 1]) <= CLOSING_REACH:
            ran = text_of(parsed)[end:parsed[whole].idx + len(parsed[whole])]
            text = _plain(ran)
            return f"{title}{' ' if text_of(parsed)[end:end + 1].isspace() else ''}{text}" if text else title
    return title


def _noun_follows(parsed, whole: int) -> bool:
    """Whether a common noun in lower case follows the `whole`th token, a noun: the parse ended the noun phrase
    a word early ("in long-term government | bonds"); not a word of time, the phrase's own ("offers of paper |
    today")."""
    following = parsed[whole + 1] if whole + 1 < len(parsed) else None
    return parsed[whole].tag_ in _COMMON_NOUNS and following is not None and _lower_noun(following) and \
        following.text not in _OWN_TIME_WORDS


def _misread_noun(token) -> bool:
    """Whether the parse took a noun for the pronoun it is spelt as: "mine" right after a name or a noun's
    qualifier ("the Bolton mine", "a new mine") is the pit, as a pronoun never follows either."""
    return token.lower_ in _NOUN_HOMOGRAPHS and token.i > token.sent.start and \
        token.nbor(-1).tag_.startswith(("NN", "JJ", "CD"))


def _lower_noun(token) -> bool:
    """Whether a token is a common noun in lower case of letters alone: "bonds", "mln", "pct"."""
    return token.tag_ in _COMMON_NOUNS and token.text.isalpha() and token.text.islower()


def _hyphened_end(parsed, last: int) -> int:
    """The last token of the word that hyphens join the `last`th token into: a phrase the parse ends on "BB" of
    "BB-plus" ends on "plus", never inside the rating."""
    while last + 2 < len(parsed) and not parsed[last].whitespace_ and parsed[last + 1].text == "-" and \
            not parsed[last + 1].whitespace_ and parsed[last + 2].text[:1].isalnum():
        last += 2
    return last


def _counted_end(parsed, last: int) -> int:
    """The last token of the nouns right after a figure the phrase ends on, which say what it counts and that the
    parse may leave out of the figure's phrase: "loans amounting to 75.7 | mln dlrs", "raises its stake to 5.2 |
    pct", past the adjectives in lower case between them ("an offering of 4.5 mln | common shares"), not to a word
    of time ("75.7 mln dlrs | last year"); `last` when it is no figure, or a year or a day of a month."""
    if not _counted_figure(parsed, last):
        return last
    while True:
        k = last + 1
        while k < len(parsed) and k - last <= _COUNT_REACH and parsed[k].tag_ == "JJ" and \
                parsed[k].text.isalpha() and parsed[k].text.islower() and parsed[k].lower_ not in _TIME_DEICTICS:
            k += 1
        if k >= len(parsed) or not _lower_noun(parsed[k]) or k > last + 1 and parsed[k].lower_ in _POINTED_TIMES:
            return last
        last = k


def _counted_figure(parsed, k: int) -> bool:
    """Whether the `k`th token is a figure in digits that a noun in lower case follows, not a year, a day of a
    month, nor a number a hyphen joins to the one before unless it is a fraction: "75.7 | mln dlrs", "7-3/4 |
    pct", not "in 1986 | sales", "on March 31 | shareholders" nor "made model 1-2-3 | look"."""
    token = parsed[k]
    hyphened = k > 0 and parsed[k - 1].text == "-" and not parsed[k - 1].whitespace_ and "/" not in token.text
    return token.tag_ == "CD" and _FIGURE.fullmatch(token.text) is not None and not names_date(token) and \
        not hyphened and not (k and parsed[k - 1].lower_.rstrip(".") in _MONTHS) and k + 1 < len(parsed) and \
        _lower_noun(parsed[k + 1])


def _qualified_noun(parsed, last: int, whole: int) -> tuple[int, int]:
    """The first and last token of the noun that the word from the `last`th to the `whole`th token qualifies, or of
    that word itself: "a broad-based, multi-staged | sales tax" ends on "tax"."""
    while parsed[whole].head.i > whole and parsed[whole].dep_ in _NOUN_PHRASE_RELATIONS:
        last = parsed[whole].head.i
        whole = _hyphened_end(parsed, last)
    return last, whole


def names_date(token) -> bool:
    """Whether a noun names a day, a month or a year, which says when, never what another noun is of: "meetings |
    in February"."""
    return token.lower_ in CALENDAR or token.text.isdigit() and len(token.text) == 4


def _listing(comma, added) -> bool:
    """Whether a comma parts the items of a list inside the words `added`: "for terminals, buses and garages"."""
    return comma.head.dep_ == "conj" and comma.head.head in added and comma.head in added


def _last_token(title: str, parsed):
    """The parse's token the title's last two words end in (the title may end inside it, "a U" of
    "U.S.-flagged"), and the offset in the sentence where they end; None when they are not found once."""
    last_words = title.split()[-2:]
    if len(last_words) < 2:
        return None, None
    found = whole_words(text_of(parsed), last_words, "")
    if len(found) != 1:
        return None, None
    end = found[0][1]
    return _token_ending(parsed, end), end


def _trigger_token(title: str, parsed, trigger_end: int):
    """The parse's token of a trigger's verb that the title ends on, written in another tense or person ("signs"
    of "signed", "meets" of "had been meeting", "asks" of "asked"), and the offset where it ends; None when the
    title ends on another word."""
    token = _token_ending(parsed, trigger_end)
    last = title.split()[-1].lower() if title.split() else ""
    if token is None or not token.tag_.startswith("VB") or len(last) < 3 or \
            last[:_STEM_LETTERS] != token.lower_[:_STEM_LETTERS] and \
            not any(token.lower_ in verb_forms(lemma) for lemma in _title_lemmas(last)):
        return None, None  # "signs" of "signed" shares its first letters, "adds" and "added" are forms of "add"
    return token, token.idx + len(token)


def _next_token(title: str, parsed, trigger_end: int):
    """The parse's token of the word right after the trigger that the title ends on, its verb's one-word object
    after it written in another tense or person ("signs letters" of "had signed letters of intent"), and the
    offset where it ends; None when the title ends on another word."""
    token = next((t for t in tokens_of(parsed) if t.idx >= trigger_end), None)
    words = title.split()
    if token is None or len(words) < 2 or token.text != words[-1] or not token.text.isalpha() or \
            not token.text.islower() or text_of(parsed)[trigger_end:token.idx].strip():
        return None, None
    return token, token.idx + len(token)


def _title_lemmas(form: str) -> list[str]:
    """The verbs whose base or third person `form` is, as the title writes its verb ("ask" after a plural doer,
    "adds" of "add", "taxes" of "tax", "tries" of "try"): the parse has no lemmatizer to give the trigger's."""
    return [form] + [lemma for lemma in {form[:-1], form[:-2], form[:-3] + "y"}
                     if len(lemma) > 1 and third_person(lemma) == form]


def _phrase_ends(token) -> list[tuple[int, bool]]:
    """Where the phrase `token` leaves open may end, the nearer last: the index of its last token, and whether
    it is the noun phrase `token` qualifies; none when `token` leaves nothing open."""
    doc = token.doc
    if _counted_figure(doc, token.i):
        return [(token.i, False)]  # run on by `_counted_end` to what the figure counts
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if token.tag_ in _COMMON_NOUNS and following is not None and following.tag_ == "VBG" and \
            following.dep_ == "compound" and following.head.i == following.i + 1 and \
            following.head.tag_ in _COMMON_NOUNS:
        return [(following.head.i, True)]  # "of the life insurance | holding company": the parse ended the phrase
        # before the noun a word in "-ing" compounds with
    if token.head.i > token.i and token.dep_ in _NOUN_PHRASE_RELATIONS and (
            token.head.tag_.startswith(("NN", "CD")) or _compound_gerund(token.head)):
        last = token.head.i
        while doc[last].dep_ in _NOUN_PHRASE_RELATIONS and doc[last].head.i > last:
            last = doc[last].head.i  # "the Ruritanian | tanker Sea Star"
        return [(last, True)]
    for child in token.rights:
        marks = {grand.lower_ for grand in child.children if grand.dep_ in ("case", "mark")}
        if child.dep_ in _ARGUMENT_RELATIONS or child.dep_ == "nmod" and (
                "of" in marks or token.tag_ in _COMMON_NOUNS and marks & NOUN_COMPLEMENT_CASES and
                not names_date(child)) or \
                child.dep_ == "acl" and marks & _CLAUSE_MARKS or child.dep_ == "obl" and token.tag_.startswith("VB"):
            ends = [(max(t.i for t in child.subtree), False)]
            if child.tag_.startswith("NN") and not any(grand.dep_ == "conj" or grand.dep_ == "nmod" and any(
                    case.lower_ == "of" for case in grand.children) for grand in child.rights):
                ends = sorted(set(ends + _qualified_deed(token, child)), reverse=True)
                ends.append((child.i, False))  # the noun alone, when it needs no "of" ("a cost | of") and no "and"
                # joins it to another
            elif child.tag_.startswith("VB") and "to" in marks:
                ends += _infinitive_object(child)
            return ends
    return _of_phrase(token)


def _compound_gerund(token) -> bool:
    """Whether a word in "-ing" is the noun a noun before it compounds with, as a noun of trade is: "a Boston office
    | building", "the insurance | holding company"; the parse tags it a verb."""
    return token.tag_ == "VBG" and any(child.dep_ == "compound" and child.i < token.i and
                                       child.tag_ in _COMMON_NOUNS for child in token.children)


def _post(token, parsed, trigger_end: int | None) -> str | None:
    """The post a verb of appointing or electing fills, when the title ends on the person it names: "elects Jan
    Novak | as chairman" of "elected Jan Novak, a former banker, as chairman", "names Jan Novak | to a two-year
    term as president"; past what is set beside the name, which the title leaves out, and without what says when
    or where ("as president of the republic | in a vote on Sunday"). None when the title ends elsewhere or the
    post's phrase runs on past CLOSING_REACH words or to a break."""
    trigger = _token_ending(parsed, trigger_end)
    if trigger is None or not any(entry.label in _APPOINTING for entry in entries_by_first_word().get(
            trigger.lower_, ())):
        return None
    named = next((child for child in trigger.rights if child.dep_ == "obj"), None)
    post = next((child for child in [*trigger.rights, *named.rights] if child.i > token.i and
                 child.tag_ in _COMMON_NOUNS and (child.dep_ == "xcomp" or child.dep_ in ("obl", "nmod") and
                                                  _cases(child) & _POST_CASES)), None) if named else None
    if post is None or token.i != _before_comma(named, post):
        return None
    first = min(t.i for t in post.subtree if t.dep_ != "punct")
    for last in (_post_end(post), _post_end(post, False)):  # "chairman and president", else "chairman" alone
        phrase = parsed[first:last + 1]
        if sum(t.text[:1].isalnum() for t in phrase) <= CLOSING_REACH and not any(
                t.text in _STOPS or t.text == "," for t in phrase):
            return text_of(parsed)[phrase[0].idx:phrase[-1].idx + len(phrase[-1])]
    return None


def _token_ending(parsed, offset: int | None):
    """The parse's token that holds the character before `offset` (where a trigger ends), or None."""
    return None if offset is None else next((t for t in tokens_of(parsed) if t.idx < offset <= t.idx + len(t)), None)


def _cases(noun) -> set[str]:
    """The prepositions that open a noun's phrase: "as" of "as chairman"."""
    return {child.lower_ for child in noun.children if child.dep_ == "case"}


def _post_end(noun, joined: bool = True) -> int:
    """The index of the last token of a post's noun, the posts "and" joins to it and the phrases that say whose
    post it is or which: "chairman of the board | in ...", "a two-year term as chairman | ...", "president and
    chief executive | , effective ..."; without the joined posts unless `joined`."""
    owners = [child for child in noun.rights if child.dep_ == "nmod" and _cases(child) & _POST_OWNERS or
              joined and child.dep_ == "conj" and child.tag_ in _COMMON_NOUNS]
    return max([noun.i] + [_post_end(owner, joined) for owner in owners])


def _before_comma(noun, post) -> int:
    """The index of the last token of a noun's phrase before the comma that opens what is set beside it, or
    before the `post` its phrase holds: "Jan Novak | , a former banker,", "Jan Novak | as chairman"."""
    doc = noun.doc
    tokens = sorted(t.i for t in noun.subtree if t.i < post.i and t not in post.subtree)
    return next((tokens[k - 1] for k in range(1, len(tokens)) if doc[tokens[k]].text == ","), tokens[-1])


def _predicate_ends(token, parsed, trigger_end: int | None) -> list[tuple[int, bool]]:
    """Where the clause ends whose subject the title ends on, as the object of its verb: "concedes the new review
    | would not end all failures", "warns the rescue plan | should not favour the state lenders", "felt their
    livelihood | was at stake". An auxiliary or a verb of "be" or "have" right after a noun opens its predicate
    (English leaves out the "that" before a reported clause), and the predicate's verb hangs under the trigger's,
    a verb in the parse, never above it: "the firm that bought the plant | was fined" tells of the firm, not the plant.
    The ends, the nearer last: the clause's end short of a clause of its own (but for an infinitive: "might force
    the Fed | to raise rates"), its object's end and its object's noun; none when no predicate follows, or an
    "and" or a break in the title may part two clauses."""
    following = parsed[token.i + 1] if token.i + 1 < len(parsed) else None
    trigger = _token_ending(parsed, trigger_end)
    if following is None or trigger is None or not trigger.tag_.startswith("VB") or \
            not token.tag_.startswith(("NN", "CD")) or following.lower_ not in _PREDICATE_OPENERS:
        return []
    verb = following.head if following.dep_ in _AUXILIARY_RELATIONS else following
    if verb.i <= token.i or trigger not in verb.ancestors or \
            any(t.lower_ in COORDINATORS or t.is_punct and not t.is_quote for t in parsed[trigger.i + 1:token.i]):
        return []  # "refuse to fund more debt and debtor countries | were ...": the "and" joins two clauses; "resigned
        # from their posts - Jan Novak | had been chairman": a break parts them
    ends = [(clause_end(verb), False)]
    for child in verb.rights:
        if child.dep_ in ("obj", "obl", "xcomp") and child.tag_.startswith(("NN", "CD")):
            ends += [(max(t.i for t in child.subtree), False), (child.i, False)]
            break
    return ends


def clause_end(verb) -> int:
    """The index of the last token of the clause a verb opens, short of the clauses and asides of its own; an
    infinitive ("| to favour the lenders") or what "from" leads to ("| from selling dollars") goes on with it."""
    kept = [child for child in verb.rights if child.dep_ not in _OWN_CLAUSES or child.dep_ == "advcl" and
            {grand.lower_ for grand in child.children if grand.dep_ == "mark"} & {"to", "from"}]
    return max([verb.i] + [t.i for child in kept for t in child.subtree])


def _complement_ends(token) -> list[tuple[int, bool]]:
    """Where the phrase ends that completes the verb's object or the "between" phrase the title ends on with the
    `token`, the nearer last: the infinitive the verb leads its object to ("asks the grain traders | to help
    steady prices"), what its "from" leads to ("will prevent the port authority | from raising its fees"), to its
    end or its object's; the noun "and" joins to a noun of "between" ("a comparison between the new levy | and the
    salt tax of 1890"). No ends when the title ends elsewhere or its phrase is whole."""
    doc = token.doc
    held = token
    while held.dep_ not in ("obj", "iobj", "nmod") and held.head.i != held.i and \
            max(t.i for t in held.head.subtree) == token.i:
        held = held.head  # the object's noun of the last word: "life insurance and securities | firms"
    if max(t.i for t in held.subtree) != token.i:
        return []
    if held.dep_ == "nmod" and "between" in _cases(held):
        joined = doc[token.i + 1].head if token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "and" else None
        if joined is None or joined.i <= token.i or not joined.tag_.startswith("NN") or \
                any(child.dep_ == "conj" for child in held.children):
            return []
        return [(max(t.i for t in joined.subtree if t.i > token.i), False), (joined.i, False)]
    if token.lower_ == "ahead":
        verb, case = token.head, "with"  # "planned to go ahead | with the sale"
    elif held.dep_ in ("obj", "iobj") and held.head.tag_.startswith("VB"):
        verb, case = held.head, _object_verbs().get(held.head.lower_)
    else:
        return []
    for child in verb.rights:
        if child.i > token.i and child.dep_ in ("xcomp", "advcl", "obl") and case in {
                grand.lower_ for grand in child.children if grand.dep_ in ("mark", "case")} and \
                child.tag_ in _CASE_VERBS.get(case, (child.tag_,)):  # "to time" of "from time to time" is no verb
            joined = [grand for grand in child.rights if grand.dep_ == "conj" and grand.tag_.startswith("VB")]
            if joined:
                return [(max(map(clause_end, [child] + joined)), False)]  # "from taking | or selling the shares"
            return [(clause_end(child), False)] + (_infinitive_object(child) if child.tag_.startswith("VB") else
                                                    [(child.i, False)])
    return []


def _qualified_deed(noun, qualifier) -> list[tuple[int, bool]]:
    """Where the deed that a noun and the phrase qualifying it lead to may end, when the phrase alone ends the
    title: "signed a letter | of intent to acquire cable systems", "reached an agreement | in principle to buy Acme
    Inc"; none when no infinitive follows the phrase."""
    deed = next((child for child in [*qualifier.rights, *noun.rights] if child.i > qualifier.i and
                 child.dep_ == "acl" and child.tag_.startswith("VB") and
                 "to" in {grand.lower_ for grand in child.children if grand.dep_ == "mark"}), None)
    return [(clause_end(deed), False)] + _infinitive_object(deed) if deed is not None else []


def _infinitive_object(verb) -> list[tuple[int, bool]]:
    """Where the infinitive a noun or a verb leads to may end when its whole phrase runs too far: at the end of
    its object's phrase ("signed an agreement | to sell the stock of its theme park unit", past "to a buyer"), or
    at the object's noun ("reached an agreement | to install new software", past "in the offices ..."), when no
    "and" joins it to another and it needs no "of" ("a plan to end four centuries | of ...") or a figure counts
    it ("a plan to buy 2.3 mln shares"); at the end of a name that is its first object ("an agreement to buy Acme
    Inc", past ", a paint maker"); none when the infinitive has no noun as its object."""
    objects = [child for child in verb.rights if child.dep_ == "obj" and child.tag_.startswith("NN")]
    if not objects:
        return []
    if objects[0].tag_.startswith("NNP") and not any(
            child.tag_ in _COMMON_NOUNS and not any(t.text in ",;:" for t in verb.doc[objects[0].i + 1:child.i])
            for child in objects[1:]):
        return [(_name_end(objects[0]), False)]  # not a model's name the parse split from its noun: "10 A320 | jets"
    objects = [child for child in objects if child.tag_ in _COMMON_NOUNS]
    if not objects:
        return []
    noun = objects[0]
    ends = [(max(t.i for t in noun.subtree), False)]
    counted = any(t.text[:1].isdigit() for t in noun.doc[max(0, noun.i - _COUNT_REACH):noun.i])
    if not any(grand.dep_ == "conj" or not counted and grand.dep_ == "nmod" and
               any(case.lower_ == "of" for case in grand.children) for grand in noun.rights):
        ends.append((noun.i, False))
    return ends


def _name_end(name) -> int:
    """The index of the last word of a name the parse heads with the `name` token, short of what its phrase holds
    past it: "Acme Inc | , a paint maker", "Bank of Ruritania | for 5 mln dlrs"."""
    doc, last = name.doc, name.i
    words = {t.i for t in name.subtree}
    while last + 2 in words and doc[last + 1].lower_ in _NAME_JOINERS | {"&"} and doc[last + 2].tag_.startswith("NNP"):
        last += 2
    return last


def _of_phrase(token) -> list[tuple[int, bool]]:
    """Where the "of" right after a common noun ends its phrase, read by the words when the parse ties the "of" to
    no noun ("completed the acquisition | of privately held Acme Inc" parsed as a clause of its own): at the word
    before the next break or closing word; none when the noun has no "of" after it."""
    doc = token.doc
    if token.tag_ not in _COMMON_NOUNS or token.i + 2 >= len(doc) or doc[token.i + 1].lower_ != "of":
        return []
    last = token.i + 1
    while last + 1 < len(doc) and not (
            doc[last + 1].text in BREAKS or doc[last + 1].text in _STOPS or doc[last + 1].text == "." or
            doc[last + 1].lower_ in _CLOSERS and not (last + 2 < len(doc) and
                                                      _hedge(doc[last + 1].lower_, doc[last + 2].text))):
        last += 1
    return [(last, False)] if last > token.i + 1 else []

"""Whether a clause tells of a happening already over at the time of the report, without dating it.

Four things say so, each read in the words right before the happening's word:
- the perfect: "has cut", "have been killed", "had denied";
- an adverb of anterior time (`resources/en/time/past_cues.txt`), with only auxiliaries, negations and other
  adverbs between ("had earlier accused", "recently closed"), right after a reporting verb ("said earlier it
  would sell"), or opening the sentence ("Earlier, the minister said ..."); so does the earlier occasion a story
  told of, named right after a reporting verb ("said at the time it would appeal", "said then") or opening the
  sentence ("At the time, the minister said ...");
- a past tense under a reporting verb: "TWA said it filed suit", "the ministry said troops shelled the town"
  tell of a deed done before the report, where "TWA filed suit" alone may be the day's news;
- a decision taken: "the council decided to recommend sanctions" is a deed, not a statement made that day;
- a reporting verb whose reported clause is a past deed of the speaker's own ("the company said it sold its
  stake"), or a deed in the perfect told before the speaker ("employers have decided to restart the procedure,
  their manager said"), tells of that deed, done before the report (a verb of state or thought, `resources/en/time/stative_verbs.txt`, tells what
  was stated: "said it expected a loss");
- an intent stated by a reporting verb in the perfect: "has said he will veto the bill";
- a participle after a comma, after a clause in the perfect: "has opposed the bill, saying it would hurt trade";
- a past verb joined by "and" to one in the perfect: "has resigned and asked the president to name a successor";
- a past verb that opens a restrictive relative clause or a "when" clause: "the meetings which reaffirmed the
  pact", "when the banker criticized the plan" recall a deed as background.
The present progressive ("are undergoing trial", "is being held", "is holding talks", "is in talks") says that it
goes on at the report (`ongoing`), as does the past progressive under a reporting verb ("said it was negotiating"),
the speaker's present moved back a tense, and so does a gathering told as one someone is taking part in
("bankers attending the annual meeting here", "on the first day of a visit to Japan").
A time expression that dates the happening outranks them all; these cues only tell a deed from a statement
made on the day of the report.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .. import datafiles, reporting
from ..actors.descriptions import UNITS
from .grammar import read_tables

_ADVERBS = r"(?:\w+ly|not|never|already|also|always|often|long|since|still|just|ever)\s+"
# a quantifier floated onto the auxiliary from a subject of several: "the ministers have both stressed"
_FLOATING = r"(?:both|all|each)\s+"
# the perfect, also of a state named by a preposition and a noun: "have been on strike", "has been in talks"
_PERFECT = re.compile(r"\b(?:has|have|had|'s|'ve|’s|’ve)\s+(?:" + _ADVERBS + "|" + _FLOATING +
                      r")*(?:been\s+(?:(?:on|in|at|under)\s+)?)?$", re.I)
# a noun's happening as what its subject is carrying out or is in: "holding preliminary talks", "continuing
# negotiations", "in talks"
_CARRYING = r"(?:holding|conducting|continuing|having|pursuing)\s+(?:[\w-]+\s+){0,2}|in\s+(?:[\w-]+\s+)?"
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "other"})
_ADVERB_AUXILIARIES = frozenset({"also", "not", "never", "then", "only", "just", "twice", "repeatedly"})
_AUXILIARIES = frozenset({"was", "were", "is", "are", "be", "been", "has", "have", "had", "did"}) | _ADVERB_AUXILIARIES
_MODALS = frozenset({"will", "would", "shall", "should", "can", "could", "may", "might", "must", "does", "do"})
_WORD = re.compile(r"[\w’']+|[^\w\s]")
# verbs of telling, whose addressee stands between them and what they report: "told the SEC it sold"
_TELLING = frozenset({"told", "tells", "tell", "telling", "informed", "informs", "notified", "notifies", "assured",
                      "assures"})
# whom they tell: a name ("the Securities and Exchange Commission") or a word for an audience
_ADDRESSEE = re.compile(r"\s+(?:(?:the|a|its|their|his|her)\s+)?"
                        r"(?:(?:[A-Z][\w.&'’-]*(?:\s+(?:of|and|&|for)(?=\s+[A-Z]))?\s+)*[A-Z][\w.&'’-]*|"
                        r"reporters|journalists|newsmen|shareholders|analysts|investors|him|her|them|us|me)(?=\s)")
_LAST_WORD = re.compile(r"[\w’']+(?=\W*$)")
_AGENT = re.compile(r"\s+by\s")  # the agent of a passive participle: "asked by Washington"
_PAST_ADVERBS = frozenset({"ago", "since", "earlier"})  # past cues of `tense.tsv` that are no verbs
# past cues that, right after a reporting verb, open what was said: "said once the merger is completed it would"
_CLAUSE_CUES = frozenset({"once", "last"})
_SINGULAR = frozenset({"it", "he", "she"})  # subjects whose present verb ends in -s
# verbs whose past is their base that tell as the speaker tells: "said it forecast a shortage today" is the telling
_TOLD_AS_SAID = frozenset({"forecast", "broadcast"})
_REACH = 3  # words before the happening's word in which a cue may stand
_WINDOW = 100  # characters before the happening's word read for its cues; the whole sentence only when needed
_OPENER = re.compile(r"\s*(\w+)\s*,")
_SUBJECT_REACH = 5  # words of the reported clause's subject: "said the Iranian news agency's reporters"
_BETWEEN_MODAL = frozenset({"not", "n't", "never", "also", "still", "then", "now", "soon", "be"})  # "will never close"
_PERFECT_AUXILIARIES = frozenset({"has", "have", "had"})  # before the participle of a deed done: "has sold"
_BACKGROUND_OPENERS = frozenset({"which", "who", "when"})
_SUBORDINATE = frozenset({"which", "who", "whose", "whom", "that", "as", "because", "if", "when", "while",
                          "although", "though", "since", "unless", "whether"})
# texts made by a deed before the report (filed, handed up, voted, signed), whose words were said when they were
# made; not the day's own texts ("the statement said", "the report said", "a letter said")
_STANDING_TEXTS = frozenset({"indictment", "complaint", "suit", "lawsuit", "measure", "resolution", "bill",
                             "petition", "ruling", "decree", "agreement", "accord", "pact", "contract", "treaty",
                             "legislation", "amendment", "law", "motion", "verdict", "judgment", "judgement"})
_CLAIMS = frozenset({"charged", "charges", "alleged", "alleges", "asked", "asks", "called", "calls", "urged",
                     "urges", "sought", "seeks", "demanded", "demands", "accused", "accuses", "said", "says",
                     "stated", "states", "claimed", "claims", "proposed", "proposes"})
_DECISIONS = frozenset({"decided", "voted", "resolved", "opted", "chose"})
_CLAUSE_BREAKS = frozenset({",", ";", ":", "(", ")", "and", "but", "or", "because", "if", "when", "while",
                            "after", "before", "would", "will", "could", "may", "might", "should", "can", "to"})
# a company's board and its shareholders decide for it and its affiliate acts as a unit does: "said its board
# adopted a rights plan", "said its shareholders approved the name change", "said its affiliate bought a building"
ORGANS = frozenset({"board", "directors", "shareholders", "stockholders", "affiliate", "affiliates"})
# the speaker's own part as the subject of what it reports: its deed, told as its own is ("said it adopted"),
# also when named ("said its European Optics division opened", "said its 51 pct owned unit sold"), but not a
# part of another's ("its partner's unit") or of a thing ("its sales in the unit")
_PART_NAME = r"(?:(?!(?:of|in|at|for|to|from|on|with|by|the|a|an|and|or)\s)(?![\w.&-]*['’]s\s)[\w.&'’-]+\s+){0,4}?"
_OWN_PART = r"(?:its|their)\s+" + _PART_NAME + r"(?:board\s+of\s+directors|" + "|".join(sorted(ORGANS | UNITS)) + ")"
# the speaker together with a partner: "said it and Acme Corp <ACME> filed a proposal", "said it and its partner"
_WITH_PARTNER = r"(?:it|we|they)\s+and\s+(?:(?:its|their)\s+[\w-]+|(?:[A-Z][\w.&'’-]*\s+){0,5}[A-Z][\w.&'’-]*" \
                r"(?:\s+<[^>]*>)?)"
_REPORTED_DEED = re.compile(r"\s+(?:that\s+)?(?:" + _WITH_PARTNER + r"|it|they|he|she|we|" + _OWN_PART + r")\s+"
                            r"(?:(?:has|have|had)\s+)?(?:" + _ADVERBS + r")*([a-z]+)\b")
# where the clause of a reported deed ends: a comma (not one inside a number, "sold 1,930,500 shares"), a
# relative or a conjunction opening another clause; not "and" or "or" between two figures of one object ("9-day
# and 20-day bills", "three and six-month bills")
_FIGURE_AFTER = r"(?!\s+(?:\d|(?:two|three|four|five|six|seven|eight|nine|ten|twelve)\b))"
_DEED_CLAUSE_END = re.compile(r"[;:(]|,(?!\d)|\b(?:which|who|whom|whose|when|while|after|before|because|but|"
                              r"if|that|since|until|as)\b|\b(?:and|or)\b" + _FIGURE_AFTER, re.I)
# a comma between a place and the state or province it lies in ("a plant in Laval, Quebec", "in Dallas, Texas, next
# week"): one capitalised word after it, then a comma or a word in lower case; not a closing report ("to Acme, Ostmark
# officials said")
_PLACE_BEFORE = re.compile(r"[A-Z][\w.'’-]*$")
_STATE_AFTER = re.compile(r",\s+[A-Z][\w.'’-]*(?:,|\s+[a-z])")
_PLACE_REACH = 30  # characters before the comma that the place's name lies in
_STATE_REACH = 50  # characters after the comma in which a reporting verb makes it a closing report
# a deed the speaker says it will do: "said it will close the plant", "said he plans to retire"
# a day the reported clause opens with, before its subject: "said that on June 2 it will redeem", "said that next
# week they would"
_FRONTED_DAY = r"(?P<when>(?:(?:on|from)\s+[A-Z][a-z]+\.?(?:\s+\d{1,2})?|tomorrow|next\s+[a-z]+),?\s+)?"
_REPORTED_PLAN = re.compile(r"\s+(?:that\s+)?" + _FRONTED_DAY + r"(?:it|they|he|she|we)\s+(?:will|would|shall|"
                            r"(?:plans?|planned|intends?|intended|expects?|expected|is|are|was|were)\s+to)\s+(?:" +
                            _ADVERBS + r")*(?P<verb>[a-z]+)\b")
# the plan a closing report tells ("Acme will open the plant on May 4, a spokesman said"): the future of the
# sentence's main clause, its subject of a few words before it; a wire item may capitalise the modal ("Acme Will
# open the plant")
_FRONTED_PLAN = re.compile(r"\b(?:[Ww]ill|[Ss]hall)\s+(?:" + _ADVERBS + r")*([a-z]+)\b")
_NEGATION = re.compile(r"\b(?:not|never|n't)\b", re.I)
# what a speaker reports before its verb ("Employers have decided to restart the procedure, a manager said")
_FRONTED_DEED = re.compile(r"\b(?:has|have|had)\s+(?:" + _ADVERBS + r")*([a-z]+)\b")
_ANY_WORD = re.compile(r"\w")
_COMMA_BEFORE = re.compile(r",\s*$")
_PERFECT_CLAUSE = re.compile(_FRONTED_DEED.pattern, re.I)
_AND_BEFORE = re.compile(r"\band\s+$", re.I)
_MODAL_BEFORE = re.compile(r"\b(?:will|would|shall|should|can|could|may|might|must)\s+(?:not\s+)?$", re.I)
# verbs of speech besides the reporting list's tensed forms: its participle, and those that claim or quote
_SPEAKING_TOO = ("saying", "claimed", "noted", "quoted")
_REPORTING = re.compile(rf"\b(?:{reporting.alternation(reporting.tensed())}|"
                        rf"{'|'.join(_SPEAKING_TOO)})\b", re.I)
# an adverb of anterior time right after a reporting verb, and the word after it ("said recently increased
# prices", whose adverb is the participle's)
_CUE_AFTER = re.compile(r"\s+(\w+)\s+([\w’']+)")
# the earlier occasion a story has told of, named right after a reporting verb ("said at the time that it would
# appeal", "said then the yen's rise had hurt it") or opening the sentence ("At the time, the company said"); not
# a time still to come that a clause after it names ("said at the time the shares are issued, the proceeds will")
_BACK_THEN = re.compile(r"\s+(?:then(?![\w-])|at\s+(?:the|that)\s+(?:time|stage|point)\b)"
                        r"(?!(?:\s+[\w'’-]+){0,6}?\s+(?:is|are|will|has|have)\b)", re.I)
_BACK_THEN_OPENER = re.compile(r"\s*at\s+(?:the|that)\s+time\s*,", re.I)
# verbs that put out a text, whose participle object is the statement made: "issued a statement denying it"
_UTTERING = frozenset({"issued", "released", "made", "sent", "delivered", "published", "read", "wrote", "gave",
                       "quoted", "put", "circulated", "broadcast", "aired", "cabled", "telexed"})
# words right before a participle that make it no modifier of the object: "quoted him as saying", "by asking"
_NOT_OBJECT = frozenset({"as", "by", "in", "of", "for", "from", "with", "without", "after", "before", "on", "at",
                         "about", "while", "when", "is", "are", "was", "were", "be", "been", "being"})
# a reporting verb that closes its sentence after a comma, with its subject of a few words and no "that" between:
# ", defense experts said.", ", Jan Novak told the council on his return."
_CLOSING_REPORT = re.compile(rf",\s+((?:(?!that\b)[\w.'’-]+\s+){{1,{_SUBJECT_REACH + 3}}}?)"
                             rf"(?:{reporting.alternation(reporting.tensed())})\b([^,;:\"“”]*)$", re.I)
# words that open another clause, or a speaker who may be the statement's own ("Balladur also proposed ..., he
# added"), in place of a subject of the closing report
_NOT_CLOSING = frozenset({"but", "and", "while", "as", "although", "though", "when", "because", "he", "she", "it",
                          "they", "we", "i"})
_PROGRESSIVE = re.compile(r"\b(?:is|are|am|'re|’re)\s+(?:(?:still|now|currently|\w+ly)\s+)*(being\s+|" +
                          _CARRYING + r")?$", re.I)
# the same in the past tense: under a reporting verb, the speaker's present moved back a tense ("said it was
# negotiating", "said they were holding talks")
_PAST_PROGRESSIVE = re.compile(r"\b(?:was|were)\s+(?:(?:still|now|currently|\w+ly)\s+)*(being\s+|" + _CARRYING +
                               r")?$", re.I)
# a reporting verb right before a time expression, which then dates the report: "announced on March 19 that it
# was placing an order", "said earlier today they were merging", "said yesterday"
_REPORT_BEFORE = re.compile(rf"\b(?:{reporting.alternation(reporting.tensed())})\s+(?:on\s+)?$", re.I)
_REPORT_BEFORE_REACH = 30  # characters before the time expression read for the verb
# a gathering someone is taking part in, or a stay on whose first day they are: "officials attending the annual
# meeting here", "the minister, who is chairing the talks", "Novak, speaking at a conference of bankers, said", "on
# the second day of a visit to Japan"; not one already over ("after attending the meeting")
_TAKING_PART = re.compile(r"(?<!\bafter )(?<!\bbefore )(?<!\bsince )(?<!\bupon )\b(?:attending|chairing|hosting|"
                          r"addressing|speaking\s+(?:at|to)|"
                          r"on\s+the\s+(?:first|second|third|fourth|fifth|last|final)\s+(?:day|leg)\s+of)\s+"
                          r"(?:[\w'’.-]+\s+){0,6}$", re.I)
_TAKING_PART_REACH = 80  # characters before the happening's word read for it: a gathering's name may be long
# a happening named by a noun and told as going on: "talks are under way", "the strike is still in progress",
# "the talks, in Geneva, are being held", "the strike now being staged"; not what is done to a happening already
# over ("the takeover is being challenged")
_UNDER_WAY = re.compile(r"(?:\s*,[^,]{1,60},)?\s+(?:(?:is|are)\s+)?(?:(?:still|now|currently|already)\s+)*"
                        r"(?:under\s*way|in\s+progress|being\s+(?:held|conducted|negotiated|"
                        r"staged|waged|fought|carried\s+out))\b", re.I)


@lru_cache(maxsize=1)
def cues() -> frozenset[str]:
    return frozenset(line.strip().lower() for line in datafiles.lines("en/time/past_cues.txt"))


@lru_cache(maxsize=1)
def _stative() -> frozenset[str]:
    return frozenset(line.strip().lower() for line in datafiles.lines("en/time/stative_verbs.txt"))


@lru_cache(maxsize=1)
def _same_past() -> frozenset[str]:
    """The irregular verbs whose past is their base form ("set", "put", "shut"; `irregular_verbs.tsv`)."""
    return frozenset(base for base, pasts, _ in datafiles.rows("en/irregular_verbs.tsv") if base in pasts.split("/"))


def _unmarked_past(deed: re.Match) -> bool:
    """"said it set up an office", "said he put the unit up for sale": after "it", "he" or "she" such a verb
    without its -s is past, which the tense words cannot tell as the verb alone is either."""
    words = deed.group(0).split()
    return words[words[0] == "that"] in _SINGULAR and deed.group(1) in _same_past() - _TOLD_AS_SAID


@lru_cache(maxsize=1)
def _tense_words() -> dict[str, str]:
    return read_tables()[0]["tense"]


def perfect(text: str, trigger_start: int) -> bool:
    """"has repeatedly denied", "have been killed", "have been on strike": the perfect right before the
    happening's word."""
    return bool(_PERFECT.search(text[max(0, trigger_start - 40):trigger_start]))


def anterior(text: str, sentence_start: int, trigger_start: int, trigger_end: int,
             told_perfect: bool | None = None) -> bool:
    """Whether the happening at text[trigger_start:trigger_end] is told as over by the time of the report;
    `told_perfect`: whether it is told in the perfect, when the caller knows."""
    if perfect(text, trigger_start) if told_perfect is None else told_perfect:
        return True
    before = _words_before(text, max(sentence_start, trigger_start - _WINDOW), trigger_start, sentence_start)
    if len(before) < _REACH:  # a few long words fill the window
        before = _words_before(text, sentence_start, trigger_start, sentence_start)
    for word in reversed(before[-_REACH:]):
        if word in cues():
            return True
        if word not in _AUXILIARIES and not word.endswith("ly"):
            break
    opener = _OPENER.match(text, sentence_start, trigger_start)
    if opener and opener.group(1).lower() in cues() or _BACK_THEN_OPENER.match(text, sentence_start, trigger_start):
        return True
    if len(before) >= 2 and before[-1] == "to" and before[-2] in _DECISIONS:
        return True
    if _intent_told_in_perfect(before) or _participle_of_perfect(text, sentence_start, trigger_start, trigger_end) \
            or _joined_to_perfect(text, sentence_start, trigger_start, trigger_end):
        return True
    word = text[trigger_start:trigger_end].split()[:1]
    if word and _participle_of_object(word[0].lower(), before):
        return True
    if word and _participle_of_noun(word[0], before, text, trigger_end):
        return True
    if word and word[0].lower() in _CLAIMS and _standing_text_speaks(before):
        return True  # "the indictment charged that ...", "the measure asked for a probe": said when it was made
    if word and _tense_words().get(word[0].lower()) == "report":
        cue = _CUE_AFTER.match(text, trigger_end)
        if cue and cue.group(1).lower() in cues() - _CLAUSE_CUES and not _past(cue.group(2).lower()) or \
                back_then(text, sentence_start, trigger_start, trigger_end):
            return True  # "said earlier it would sell the unit", "announced previously it was seeking approval"
        deed = _REPORTED_DEED.match(text, _after_addressee(text, trigger_end))
        # the speaker after the last comma before the verb: "..., employers' manager Gerard Zeebregts said"
        comma = text.rfind(",", sentence_start, trigger_start)
        if not deed and comma >= 0 and _ANY_WORD.search(text, comma + 1, trigger_start):
            deed = _fronted_deed(text, sentence_start, comma)
        return bool(deed) and (_past(deed.group(1)) or _unmarked_past(deed)) and deed.group(1) not in _stative()
    if not word or not _past(word[0]) or before and before[-1] in _DETERMINERS:
        return False  # "its unsecured creditors": a participle that describes a noun
    if _background(before) and not _REPORTING.fullmatch(word[0]):
        return True  # "the talks which reaffirmed the pact": a deed a restrictive relative clause recalls
    reported = _reported(before)
    if reported is None:  # the window ran out before the reporting verb's clause did
        reported = _reported(_words_before(text, sentence_start, trigger_start, sentence_start))
    return bool(reported)


def back_then(text: str, sentence_start: int, trigger_start: int, trigger_end: int) -> bool:
    """"Said at the time that it would appeal", "said then", "At the time, the company said": the reporting verb
    at text[trigger_start:trigger_end] retells an earlier occasion the story has told of."""
    return bool(_BACK_THEN.match(text, trigger_end) or _BACK_THEN_OPENER.match(text, sentence_start, trigger_start))


def relayed(text: str, sentence_start: int, trigger_start: int, trigger_end: int, sentence_end: int) -> bool:
    """Whether a statement is told as a deed done before the report rather than as one made on its day: in the
    past tense, before a reporting verb that closes the sentence ("Planners ruled out the missiles as a target,
    defence experts said", "The council agreed the differentials, delegates said"). Only for a report the parse
    gives to a speaker other than the statement's own: "Acme rejected the offer, Acme said" tells the day's
    statement. A participle opening the sentence ("Asked why ..., he said") is no deed told."""
    word = text[trigger_start:trigger_end].split()[:1]
    if not word or not past(word[0]) or _REPORTING.fullmatch(word[0]) or auxiliary(word[0]) or \
            not _ANY_WORD.search(text, sentence_start, trigger_start):
        return False
    closing = _CLOSING_REPORT.search(text, trigger_end, sentence_end)
    # what follows the reporting verb is whom it tells and when, not a clause of what was said
    return closing is not None and closing.group(1).split()[0].lower() not in _NOT_CLOSING and \
        not any(tensed(word) for word in _WORD.findall(closing.group(2)))


def quoted_past(text: str, sentence_start: int, trigger_start: int, trigger_end: int, sentence_end: int) -> bool:
    """Whether a statement is told in the past tense inside a quotation of its sentence ('"We warned them
    twice," he said', '"Their experts testified that prices would fall," he added'): a speaker quoted tells of
    a saying before his own words, never of the words he is saying."""
    word = text[trigger_start:trigger_end].split()[:1]
    if not word or not past(word[0]) or auxiliary(word[0]):
        return False
    opened = sum(text.count(mark, sentence_start, trigger_start) for mark in '"“') % 2 == 1 or \
        "“" in text[sentence_start:trigger_start] and "”" not in text[sentence_start:trigger_start]
    return opened and any(mark in text[trigger_end:sentence_end] for mark in '"”')


def _fronted_deed(text: str, sentence_start: int, comma: int) -> re.Match | None:
    """The perfect that is the main verb of what a reporting verb after `comma` reports ("Acme has sold its stake,
    the company said"); none when a verb carrying tense comes before it, so that the perfect stands in a clause
    of its own ("Profits are unlikely to rise as the yen has reduced their value, a spokesman said", "It was
    this problem that had prevented the accord, he said") or under a modal ("could well have encouraged"), nor
    when a relative or a conjunction opens a clause before it ("countries whose currencies have declined")."""
    deed = _FRONTED_DEED.search(text, sentence_start, comma)
    if deed is None:
        return None
    words = _WORD.findall(text, sentence_start, deed.start())
    return None if any(word.islower() and (plainly_tensed(word) or word in _SUBORDINATE)  # "May 2" is no modal
                       for word in words) else deed


def reported_deed(text: str, trigger_end: int, sentence_end: int) -> tuple[int, int] | None:
    """"said it received clearance on September 11, which ...": the clause of the speaker's own past deed that
    the reporting verb ending at `trigger_end` tells of, from the deed's verb to the next break of clause; None
    when the verb tells of no such deed (a verb of state or thought tells what was stated: "said it expected")."""
    deed = _REPORTED_DEED.match(text, _after_addressee(text, trigger_end, sentence_end), sentence_end)
    if deed is None or not _past(deed.group(1)) or deed.group(1) in _stative():
        return None
    return deed.start(1), _clause_end(text, deed.end(), sentence_end)


def _clause_end(text: str, start: int, sentence_end: int) -> int:
    """Where the clause of a reported deed that goes on at `start` ends: at the next break of clause, not at the
    comma of a place's name ("will open a plant in Laval, Quebec on May 4")."""
    for end in _DEED_CLAUSE_END.finditer(text, start, sentence_end):
        if not (end.group() == "," and _parts_place_and_state(text, start, end.start(), sentence_end)):
            return end.start()
    return sentence_end


def _parts_place_and_state(text: str, start: int, comma: int, sentence_end: int) -> bool:
    """Whether the comma at `comma` stands between a place and the state or province it lies in ("a plant in
    Laval, Quebec"), not before a closing report ("to Acme, Ostmark officials said")."""
    return bool(_PLACE_BEFORE.search(text, max(start, comma - _PLACE_REACH), comma) and
                _STATE_AFTER.match(text, comma, sentence_end)) and \
        not _REPORTING.search(text, comma + 1, min(sentence_end, comma + 1 + _STATE_REACH))


def _after_addressee(text: str, trigger_end: int, sentence_end: int | None = None) -> int:
    """Where what a verb of telling reports begins, past whom it tells: "told the Securities and Exchange
    Commission it sold the stake", "told reporters he will resign"; `trigger_end` for any other verb."""
    verb = _LAST_WORD.search(text, max(0, trigger_end - 20), trigger_end)
    if verb is None or verb.group().lower() not in _TELLING:
        return trigger_end
    addressee = _ADDRESSEE.match(text, trigger_end, len(text) if sentence_end is None else sentence_end)
    return addressee.end() if addressee else trigger_end


def reported_plan(text: str, trigger_end: int, sentence_end: int) -> tuple[int, int] | None:
    """"said it will close the plant in March": the clause of a deed the speaker says it will do, as
    `reported_deed` finds a done one; none for a state ("will remain") or a deed denied ("will not offer"). A verb
    of thought is a deed on a day the clause opens with: "said that on May 5 it will consider the bid" tells of a
    meeting set for that day."""
    plan = _REPORTED_PLAN.match(text, _after_addressee(text, trigger_end, sentence_end), sentence_end)
    if plan is None or _NEGATION.search(plan.group()) or plan.group("verb") in ("be", "have") or \
            not plan.group("when") and {plan.group("verb") + "ed", plan.group("verb") + "d"} & _stative():
        return None  # "will not offer", "will remain profitable": no deed to date
    return plan.start("when" if plan.group("when") else "verb"), _clause_end(text, plan.end(), sentence_end)


def closing_plan(text: str, sentence_start: int, trigger_start: int) -> tuple[int, int] | None:
    """"On Friday some 900 inspectors will check the shops, the agency said", "Acme will open the plant on May 4,
    said a spokeswoman": the clause before a reporting verb that closes its sentence after a comma, when its main
    verb is one still to come (`_fronted_deed` reads a done one so); none for a denied deed ("will not open"), a
    state ("will be", "will remain") or a future inside another clause ("Prices rose because stocks will fall")."""
    comma = text.rfind(",", sentence_start, trigger_start)
    subject = text[comma + 1:trigger_start].split() if comma >= 0 else []
    if comma < 0 or len(subject) > _SUBJECT_REACH + 3 or subject and subject[0].lower() in _NOT_CLOSING | {"that"}:
        return None
    plan = _FRONTED_PLAN.search(text, sentence_start, comma)
    if plan is None or plan.group(1) in ("be", "have", "not") or _NEGATION.search(plan.group()) or \
            {plan.group(1) + "ed", plan.group(1) + "d"} & _stative():
        return None
    words = _WORD.findall(text, sentence_start, plan.start())
    if any(word.islower() and (plainly_tensed(word) or word in _SUBORDINATE) for word in words):
        return None
    return sentence_start, comma


def closing_deed(text: str, sentence_start: int, trigger_start: int) -> tuple[int, int] | None:
    """"Acme sold the unit last week, the ministry said", "Acme has bought the stake on May 2, it said": the clause
    of a done deed before a reporting verb that closes its sentence after a comma, from its main verb (a past, or
    the participle of a perfect) to the comma, as `closing_plan` finds one still to come; none for a state ("wanted
    a stake", "had losses"), a verb under a modal or a passive ("would sell", "was sold"), or one inside another
    clause ("because Acme sold its stake, prices rose")."""
    comma = text.rfind(",", sentence_start, trigger_start)
    subject = text[comma + 1:trigger_start].split() if comma >= 0 else []
    if comma < 0 or len(subject) > _SUBJECT_REACH + 3 or subject and subject[0].lower() in _NOT_CLOSING | {"that"}:
        return None
    perfect_before = False
    for word in _WORD.finditer(text, sentence_start, comma):
        form = word.group()
        if form.lower() in _SUBORDINATE - {"that"}:
            return None  # "Because Acme sold its stake, prices rose": the deed is another clause's
        if not form.islower() or form in _PERFECT_AUXILIARIES or perfect_before and form.endswith("ly"):
            perfect_before = perfect_before or form in _PERFECT_AUXILIARIES
            continue
        if form == "that" or auxiliary(form) or perfect_before and not past(form):
            return None  # "Acme had losses of ...": "had" is the verb, of a state
        if past(form):
            return None if form in _stative() else (word.start(), comma)
        if plainly_tensed(form):
            return None
    return None


def _words_before(text: str, start: int, end: int, sentence_start: int) -> list[str]:
    """The words of text[start:end], lowercased. A `start` after the sentence's start may cut a word: the first
    word is then left out, and the words after it are those the whole sentence has."""
    words = [word.lower() for word in _WORD.findall(text, start, end)]
    return words if start <= sentence_start else words[1:]


def finite(word: str) -> bool:
    """Whether `word` is a verb form that carries tense: a past form ("fell", "rose", "closed"), a modal or an
    auxiliary ("would", "will", "has")."""
    word = word.lower()
    return _past(word) or _tense_words().get(word) == "future" or word in _AUXILIARIES or word in _MODALS


def ahead(word: str) -> bool:
    """Whether `word` tells of a time to come: a modal or a future cue of the tense table ("will", "plans",
    "expected")."""
    word = word.lower()
    return _tense_words().get(word) == "future" or word in _MODALS - {"does", "do"}


def tensed(word: str) -> bool:
    """Whether `word` is a past form, an auxiliary or a modal: a verb that carries tense, unlike the adverbs
    among the auxiliaries ("just", "also") and the future cues that are no verbs ("due", "payable")."""
    return past(word) or _verb_auxiliary(word.lower())


def plainly_tensed(word: str) -> bool:
    """Whether `word` can only be a verb that carries tense: an auxiliary, a modal or a past form `tense.tsv`
    lists ("was", "may", "fell", "said"); a form in -ed it does not list may be a participle after a noun
    ("contracts valued at 2.9 mln dlrs")."""
    word = word.lower()
    return _verb_auxiliary(word) or _listed_past(word) and word not in _PAST_ADVERBS


def _verb_auxiliary(word: str) -> bool:
    """A modal or an auxiliary that is a verb, not one of the adverbs among them ("just", "also")."""
    return word in _MODALS or word in _AUXILIARIES and word not in _ADVERB_AUXILIARIES


def auxiliary(word: str) -> bool:
    """Whether `word` is an auxiliary or a modal ("has", "was", "will"), which only leads to a verb."""
    return word.lower() in _AUXILIARIES or word.lower() in _MODALS


def past(word: str) -> bool:
    """Whether `word` is a verb's past form ("fell", "closed"), not an adverb of the past ("ago", "earlier")."""
    return _past(word) and word.lower() not in _PAST_ADVERBS


def _past(word: str) -> bool:
    word = word.lower()
    return _listed_past(word) or word.endswith("ed") and len(word) > 4


def _listed_past(word: str) -> bool:
    """Whether `tense.tsv` lists `word` as a past form or a reporting verb's ("fell", "said")."""
    return _tense_words().get(word) in ("past", "report")


def _standing_text_speaks(before: list[str]) -> bool:
    """The words before a verb of saying end in the noun of a text made by a deed before the report, which is the
    verb's subject ("the new lawsuit", "the non binding measure"), not the object of a preposition ("supporters
    of the amendment said", whose speakers are people)."""
    if not before or before[-1] not in _STANDING_TEXTS:
        return False
    j = len(before) - 2
    while j >= 0 and j >= len(before) - 5 and (before[j] in _DETERMINERS or before[j].isalpha() and
                                                 before[j] not in _NOT_OBJECT and not tensed(before[j])):
        j -= 1
    return j < 0 or before[j] not in _NOT_OBJECT | {"of", "to", "against", "under"}


def _intent_told_in_perfect(before: list[str]) -> bool:
    """"has said he will veto the bill", "had told reporters they would strike": an intent stated by a reporting
    verb in the perfect was stated before the report, not on its day."""
    j = len(before) - 1
    while j >= 0 and (before[j] in _BETWEEN_MODAL or before[j].endswith("ly")):
        j -= 1
    if j < 0 or before[j] not in _MODALS or before[j] in ("does", "do"):
        return False
    for k in range(j - 1, max(-1, j - 2 - _SUBJECT_REACH), -1):
        if before[k] in _CLAUSE_BREAKS:
            return False
        if _tense_words().get(before[k]) == "report":
            return k > 0 and bool(_PERFECT.search(" ".join(before[max(0, k - 4):k]) + " "))
    return False


def _participle_of_perfect(text: str, sentence_start: int, trigger_start: int, trigger_end: int) -> bool:
    """"The ministry has rejected the offer, calling it an insult": a participle after a comma tells of the
    time of the clause before it, here one told in the perfect."""
    comma = _COMMA_BEFORE.search(text, max(sentence_start, trigger_start - 3), trigger_start)
    if comma is None or not text[trigger_start:trigger_end].split()[0].lower().endswith("ing"):
        return False
    start = max(text.rfind(mark, sentence_start, comma.start()) for mark in ",;:(")
    return any(_past(match.group(1)) or match.group(1).lower().endswith("en")
               for match in _PERFECT_CLAUSE.finditer(text, max(start + 1, sentence_start), comma.start()))


def _joined_to_perfect(text: str, sentence_start: int, trigger_start: int, trigger_end: int) -> bool:
    """"has submitted his resignation and asked to be transferred": a past verb joined by "and" to a verb in
    the perfect of its clause shares the perfect. Not when the perfect stands in what an earlier verb reports:
    "and" may join that verb ("said its directors have adopted a plan and said they had offers")."""
    word = text[trigger_start:trigger_end].split()[:1]
    joined = _AND_BEFORE.search(text, max(sentence_start, trigger_start - 6), trigger_start)
    if joined is None or not word or not past(word[0]) or auxiliary(word[0]):
        return False
    start = max(sentence_start, max(text.rfind(mark, sentence_start, joined.start()) for mark in ",;:(") + 1)
    perfects = [match.start() for match in _PERFECT_CLAUSE.finditer(text, start, joined.start())
                if (_past(match.group(1)) or match.group(1).lower().endswith("en"))
                and not _MODAL_BEFORE.search(text, start, match.start())]  # "would have been charged": unreal
    return bool(perfects) and not _REPORTING.search(text, sentence_start, perfects[0])


def _participle_of_object(word: str, before: list[str]) -> bool:
    """"Approved nonbinding resolutions urging", "filed a suit charging": `word` is a participle right after a
    noun phrase that is the object of a past verb, in one clause, with no comma between. Not a participle of
    saying ("defended the plan saying"), which tells what the subject said, nor one after a verb that utters
    the text ("issued a statement denying")."""
    if not word.endswith("ing") or not before or before[-1] in _NOT_OBJECT or before[-1] in _DETERMINERS or \
            _REPORTING.fullmatch(word) or any(form in reporting.forms() for form in (word[:-3], word[:-3] + "e")):
        return False
    for distance, previous in enumerate(reversed(before)):
        if previous in _CLAUSE_BREAKS or previous in _BACKGROUND_OPENERS or previous == "that" or \
                distance > _SUBJECT_REACH:
            return False
        if tensed(previous) or _REPORTING.fullmatch(previous):
            return distance > 0 and past(previous) and previous not in _AUXILIARIES and \
                previous not in _UTTERING and _tense_words().get(previous) != "report" and \
                not _REPORTING.fullmatch(previous)
    return False


def _participle_of_noun(word: str, before: list[str], text: str, trigger_end: int) -> bool:
    """"The 60 items asked by Washington", "the plan proposed by the union": a past participle with its agent
    after a noun tells of what the noun went through before the report, not of a passive verb of the clause
    ("cuts were demanded by the union")."""
    return past(word) and bool(before) and before[-1] not in _AUXILIARIES | _MODALS | {"being", "to", ","} and \
        bool(_AGENT.match(text, trigger_end))


def _background(before: list[str]) -> bool:
    """The past verb after `before` opens a restrictive relative clause led by "which" or "who" (not "that",
    which after a reporting verb opens what was said) or a "when" clause ("the meetings which reaffirmed the
    pact", "when the banker criticized the tax plans"): a deed the report recalls as background, not a statement
    made on its day."""
    for distance, word in enumerate(reversed(before)):
        if word in _BACKGROUND_OPENERS:
            # set off by a comma, a relative clause tells what its noun did on the day: "the ministry, which
            # denied the report, said nothing else"
            return word == "when" or len(before) <= distance + 1 or before[-distance - 2] != ","
        if word in _CLAUSE_BREAKS or distance >= _SUBJECT_REACH or tensed(word):
            return False
    return False


def _reported(before: list[str]) -> bool | None:
    """The words before the happening end in a reporting verb, "that" and a short subject: "said it", "said
    that the company", "told reporters troops", "said it and its partner"; None when the words run out before
    that is settled."""
    joined = False
    for distance, word in enumerate(reversed(before)):
        if word == "that":
            continue
        if word == "and" and not joined and distance > 0:
            joined = True  # the subject is two names, unless a verb before "and" makes it a second clause
            continue
        if word in _CLAUSE_BREAKS or distance > _SUBJECT_REACH or joined and tensed(word) and (
                before[-distance] == "and" or _tense_words().get(word) != "report"):
            return False
        if _tense_words().get(word) == "report" and distance > 0:
            return True
    return None


def _reported_now(before: list[str]) -> bool:
    """The words before a clause end in a reporting verb and its short subject, the verb neither in the perfect
    nor told as earlier: "said it", not "had said they" or "earlier announced it" (whose clause went on when it
    was said, before the report)."""
    if not _reported(before):
        return False
    verb = max(i for i, word in enumerate(before) if _tense_words().get(word) == "report")
    return verb == 0 or before[verb - 1] not in cues() | {"has", "have", "had"}


def report_day(text: str, sentence_start: int, timex_start: int) -> bool:
    """Whether the time expression at `timex_start` follows a reporting verb right before it, and so dates the
    report, not what it reports: "announced on March 19 that it was placing an order", "said earlier today"."""
    return bool(_REPORT_BEFORE.search(text, max(sentence_start, timex_start - _REPORT_BEFORE_REACH), timex_start))


def ongoing(text: str, trigger_start: int, trigger_end: int, sentence_start: int | None = None) -> bool:
    """"are undergoing trial", "is still holding talks", "is in talks", "is being held", "talks are under way",
    "delegates attending the conference": going on at the time of the report. With `sentence_start`, also the
    past progressive under a reporting verb of the sentence: "said it was negotiating", "said they were holding
    talks", "said it was in talks"."""
    if _UNDER_WAY.match(text, trigger_end) or _TAKING_PART.search(text, max(0, trigger_start - _TAKING_PART_REACH),
                                                                   trigger_start):
        return True
    word = text[trigger_start:trigger_end].split()[:1]
    window = max(0, trigger_start - 40)
    match = _PROGRESSIVE.search(text, window, trigger_start)
    if match is None and sentence_start is not None:
        match = _PAST_PROGRESSIVE.search(text, max(window, sentence_start), trigger_start)
        if match is not None and not _reported_now(_words_before(text, sentence_start, match.start(), sentence_start)):
            match = None
    return match is not None and bool(word) and (match.group(1) is not None or word[0].lower().endswith("ing"))

"""How a reported happening relates to the date it is given (`Date.relation`), from the evidence of one report.

A time expression that governs the happening dates it `on` that day, or `since` that day when the text says
"have been killed since March" or "has refused since May" (an ongoing state or a running tally, until the day
of the report); "the first visit since 2000" is not dated by 2000. A report whose text gives no
date is dated by the article: a statement ("X said") is `reported` that day, unless the text tells it as
already over ("has denied", "earlier accused", "said it asked", `temporal.aspect`); anything else happened
`before` it, never on a day the text does not give; "are undergoing trial" goes on `on` the day of the report, as
does "said it was negotiating" when no time expression before it dates the report to another day. A change the
text says takes effect at once ("raised its rate, effective immediately") takes it `on` the day of the report,
and a statement of the speaker's change is dated by the day the change takes effect ("said it raised its
posting, effective today").
A happening dated by the first of "between August 12 and October 16" took that stretch: `since` the first
day `until` the second. A date after "until" or "through" is where a happening ends, not when it happens: told as
lasting up to it ("the strike is expected to continue until May 12") the happening goes on `on` the day of the
report; told as to come ("will be laid off until May 11") it has no day; else it is dated as if the text gave
none. A delay ("postponed until Friday"), an absence ("will not reopen until June") or a "when" clause after the
date keep the date. A happening told in the past perfect is `before` a date after it that a later tensed verb
takes ("rumours that the herds had perished lifted prices today").
A date after "by" or "before" is a deadline: the happening is done `before` it ("will conclude the talks by May 1").
A happening that "began" or "started" on a date runs `since` it, up to the report when told as still going on ("the
strike began March 3 and continued"). A past date after "after" ("sold the unit after March 31") is one the
happening followed on a day the text does not give: it is dated as if the text gave none.
"""

from __future__ import annotations

import re

from ..events.lexicon import entries_by_first_word
from ..events.occasions import material_conflict
from ..events.triggers import DETERMINERS, PREPOSITIONS
from ..kinds import kind
from ..lasting import lasting
from ..model import Date, Document, EventMention, Telling, Timex, granularity
from ..temporal import aspect
from .dates import interval

_SINCE = re.compile(r"\bsince\s+$", re.I)
_ON_BEFORE = re.compile(r"\bon\s+$", re.I)
# the past perfect right before a happening's word: "had died", "had already been killed"
_PAST_PERFECT = re.compile(r"\bhad\s+(?:(?:\w+ly|not|never|already|also|just|since)\s+)*(?:been\s+)?$", re.I)
# a stretch of days: "between August 12 and October 16", "from March 9 to 11"
_STRETCH_OPENS = re.compile(r"\b(?:between|from)\s+$", re.I)
_STRETCH_JOINS = re.compile(r"\s+(?:and|to|through|until)\s+", re.I)
_WHEN = re.compile(r",?\s+when\b", re.I)
# a deadline: "will hold the meetings by May 15", "agreed to conclude the talks by May 1", "completed before March
# 31"; not the day of what a possessive date names ("before Friday's meeting") nor of a "when" clause after it
_DEADLINE = re.compile(r"\b(?:by|before)\s+$", re.I)
_POSSESSIVE = re.compile(r"['’]s?\b")
# a day the happening came after, on a day the text does not give: "sold the unit after March 31", "awarded
# shortly after the close of the first quarter"
_AFTER = re.compile(r"\b(?:after|following)\s+(?:the\s+(?:end|close)\s+of\s+)?$", re.I)
# the day a happening its words tell of before began: "the strike began March 3 and continued", "the talks, which
# started on Monday", "the evacuation, which started yesterday morning"
_BEGAN = re.compile(r"\b(?:began|begun|started)\s+(?:on\s+|in\s+)?$", re.I)
# the day a happening, or the state it leaves, ends: "an injunction until May 7", "will go on through Wednesday"
_UNTIL = re.compile(r"\b(?:until|till|through|thru)\s+(?:at\s+least\s+)?$", re.I)
# unless what ends is a delay ("postponed until Friday") or an absence ("will not reopen until March"): then the
# happening comes on that day
_UNTIL_COMES = re.compile(r"\b(?:postponed|delayed|deferred|adjourned|put\s+off|rescheduled|moved|pushed\s+back|"
                          r"not|n't|never|no)\b", re.I)
# the day a happening is told to end on, its own verb after it: "the talks, which are due to end on Wednesday";
# not the end of an accounting period ("the year end June 30")
_ENDS = re.compile(r"(?<!year )(?<!quarter )(?<!period )(?<!month )(?<!week )\b(?:end|ends|close|closes|"
                   r"conclude|concludes|finish|finishes)\s+(?:on\s+)?$", re.I)
# what may stand between the happening and that verb when the happening is what ends: "the meeting here is due
# to", "the talks in Vienna, which are scheduled to", "the session looks set to"; not another subject ("under the
# accord, Ruritania's rule of the port would end")
_ENDING_SUBJECT = re.compile(r"(?:\s+(?:here|there|(?:in|at|to)\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s*){1,3}))?\s*,?"
                             r"\s*(?:(?:which|that)\s+)?(?:(?:is|are|will|looks?|seems?)\s+)?"
                             r"(?:(?:due|scheduled|set|expected|likely|planned)\s+)?(?:to\s+)?", re.I)
# a transfer of ownership (a sale, a merger, a takeover: CAMEO 061) closes when it is completed, on that day
TRANSFER = "061"
_CLOSES = re.compile(r"\bclose", re.I)
_UNREAL = re.compile(r"\b(?:will|would|shall|could|may|might|if|unless)\b", re.I)
# told as lasting up to that day: "is expected to continue through Wednesday", "are due to last until March 20"
_LASTING = re.compile(r"\b(?:continu(?:e|es|ing)|remain(?:s|ing)?|persist(?:s|ing)?|go(?:es|ing)?\s+on|"
                      r"(?:to|will|would|could|may|might|should)\s+(?:last|continue|remain|persist|go\s+on))\b",
                      re.I)
# a happening going on at its date, begun before it: "still on strike", "remained on indefinite strike", "the
# 13-day-old strike", "the three month old strike", "the prolonged strike", "talks to end the strike", "the siege
# continued", "the strike entered its tenth day", "the offensive had ended"
_GOING_ON_BEFORE = re.compile(r"(?:\b(?:still|remain(?:s|ed|ing)?|continu(?:e|es|ed|ing)|ongoing)\b(?:\s+[\w,]+){0,3}|"
                              r"\b(?:\w+[- ])?(?:day|week|month|year)[- ]old(?:\s+\w+)?|"
                              r"\b(?:prolonged|protracted|long-running|lengthy)(?:\s+\w+)?|"
                              r"\b(?:end|ends|ended|ending)\s+(?:the|their|its|this|a)(?:\s+[\w-]+){0,2})\s+$", re.I)
_GOING_ON_AFTER = re.compile(r"^(?:\s+[\w,]+){0,6}?\s+(?:(?:entered|enters|entering|in)\s+(?:its|their|the)\s+\w+\s+"
                             r"(?:day|week|month|year)|(?:continued|continues|went on|goes on|dragged on|drags on)\b)",
                             re.I)
_ENDED = re.compile(r"^(?:\s+[\w,]+){0,6}?\s+(?:had |has |was |were )?(?:ended|over|called off)\b", re.I)
# a new instance of a kind of happening: "a new offensive", "fresh talks", "another strike"
_NEW = re.compile(r"\b(?:new|fresh|another|renewed)\s+(?:[\w-]+\s+){0,2}$", re.I)
# one that follows an earlier one: "another strike", "a second raid in as many weeks", "fresh talks"
_ANOTHER = re.compile(r"\b(?:another|second|third|fourth|fifth|fresh|further)\s+(?:[\w-]+\s+){0,2}$", re.I)
# what counts or points at the instances of a kind of happening told in the plural: "the attacks", "two raids",
# "Iran's attacks"; without it, "reacts to Iranian attacks", "infantry attacks" tell of that kind in general
_POINTED = re.compile(r"(?:\b(?:the|this|that|these|those|its|their|his|her|our|both|several|two|three|four|five|six|"
                      r"seven|eight|nine|ten|dozens?|scores?|hundreds?|\d[\d,.]*)|'s?)\s+(?:[\w.-]+\s+){0,3}$", re.I)
# how often instances of a kind of happening recur, before the plural that names them ("weekly auctions", "daily
# raids") or after it in its clause ("raids on the border, averaging two a month", "talks every week")
_EVERY_BEFORE = re.compile(r"\b(?:daily|weekly|fortnightly|monthly|quarterly)\s+(?:[\w-]+\s+){0,2}$", re.I)
# how often its doer does it, before a happening of any number ("often the ministry announces", "has repeatedly
# promised")
_HABIT_BEFORE = re.compile(r"\b(?:often|usually|repeatedly|frequently|regularly|routinely|habitually)\s+"
                           r"(?:[\w-]+\s+){0,2}$", re.I)
_EVERY_AFTER = re.compile(r"[^.;:()]{0,50}?\b(?:a|an|per|each|every)\s+(?:day|week|fortnight|month|quarter|year)\b",
                          re.I)
# a happening told before: "the strike", "this walkout", "the dockers' strike"; not a clause whose subject the
# determiner opens ("the members have signed")
_DEFINITE = re.compile(r"\b(?:the|this|that)\s+(?:(?!(?:has|have|had|is|are|was|were|will|would|to|not)\s)"
                       r"[\w.-]+\s+){0,2}$", re.I)
_VERB_BEFORE = re.compile(r"\b(?:to|will|would|shall|could|may|might|must|should|can|did|does|do|not)\s+$", re.I)
_AGO = re.compile(r"\s+(?:ago|earlier|before|later|after|on)\b", re.I)
_WORDS = re.compile(r"[\w'’]+")
# words after "to" that make it a preposition, not the mark of a verb of what was said ("repeated to them")
_NOT_VERBS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "this", "these", "those", "them",
                        "him", "us", "me", "it"})
# words that open a phrase of the verb itself, not its object: "agreed in Paris last February", "promised by
# the administration last year", "agreed only last year"
_ADJUNCT_OPENERS = frozenset({"in", "on", "at", "by", "with", "during", "from", "through", "throughout", "to",
                              "last", "this", "earlier", "also", "again", "first", "late", "early"})
# the prepositions before a date of the clause's verb ("received it on March 19"), and the words that open a
# date of their own ("yesterday", "last December")
_CLAUSE_DATES = frozenset({"on", "in", "at", "during"})
# a participle right after one of these modifies the noun after it ("its planned program", "the financing arm"):
# it is no verb of another clause ("two stores closed in April", "the plant that closed in April")
_MODIFIER_DETERMINERS = DETERMINERS - {"that", "whose"}
_DEICTIC = frozenset({"yesterday", "last", "earlier", "late", "early", "tomorrow", "next", "later", "this"})
# a deed of the report's own day: "said it sold the shares today", not "with effect from today"
_TODAY = frozenset({"today", "tonight"})
# words that may follow a date that ends its phrase ("warned last month the economy would slow"); any other word
# in lower case continues a noun phrase the date modifies ("the third quarter profit")
_PHRASE_ENDS = _NOT_VERBS | {"that", "he", "she", "they", "we", "and", "but", "or", "to", "in", "on", "at", "for",
                             "of", "with", "by", "from", "after", "before", "when", "while", "as", "if", "because"}
# words right before a day written without a preposition that make it no date of the verb: "holders of record
# March 3", "effective April 1", "due May 26"
_NOT_BARE = frozenset({"record", "effective", "due", "payable", "until", "through", "since", "dated", "about",
                       "than", "ended", "ending"})
_AT_ONCE_WORDS = r"effective\s+immediately|with\s+immediate\s+effect"
_AT_ONCE = re.compile(rf"\b(?:{_AT_ONCE_WORDS})\b", re.I)
# the day a deed told takes effect, set off from its clause by a comma: ", effective today", ", with effect from"
_EFFECT_AFTER = re.compile(
    rf",\s*(?:(?P<now>{_AT_ONCE_WORDS})\b|(?:effective|with\s+effect)(?:\s+(?:from|on|as\s+of))?\s+)", re.I)
TEXT_GAVE_NONE = ("publication", "inferred")
STATEMENT_DAYS = 7  # a statement's date after its verb, when it spans more days than this, dates what was said


def relate(doc: Document, mention: EventMention, told: Telling, date: Date | None = None) -> Date:
    """The mention's date (or `date`, one found for it elsewhere) with its relation to the happening set, as
    `told` (`telling.of` the mention) reads it."""
    date = date or mention.date
    if date.value is None:
        return Date(None, "none", "none", date.text)
    perfect = told.perfect
    if date.source in TEXT_GAVE_NONE:
        start = _since(doc, mention) if perfect else None
        if start is not None and _before(start.value, doc.published):
            return Date(start.value, granularity(start.value), "relative" if start.relative else "explicit",
                        start.text, "since", doc.published)
        said, statement = kind(mention.code)[0] == "statement", told.stated
        if told.ongoing or not said and _in_effect_now(doc, mention):  # "are undergoing trial", "effective immediately"
            report = _report_day(doc, mention) if told.ongoing else None  # "said on Monday it was negotiating"
            if report is not None:
                return Date(report.value, granularity(report.value), "relative" if report.relative else "explicit",
                            report.text, "on")
            return Date(date.value, date.granularity, date.source, date.text, "on")
        deed = (_plan_date(doc, mention, told) if statement else _deed_date(doc, mention, told)) if said else None
        if deed is not None:
            return Date(deed.value, granularity(deed.value), "relative" if deed.relative else "explicit", deed.text)
        effect = _effective_date(doc, told.clause) if said else None
        if effect is not None:
            return effect
        # an intent with no day of its own ("said he may obtain a loan") is only stated by the report's day
        planned = mention.modality == "planned"
        return Date(date.value, date.granularity, date.source, date.text,
                    "reported" if statement or planned else "before")
    if mention.timex is not None and mention.timex < len(doc.timexes):
        timex = doc.timexes[mention.timex]
        # "since January 2, when troops overran the town": the "when" clause happened on that day
        if _SINCE.search(doc.text[max(0, timex.start - 12):timex.start]) and \
                not _WHEN.match(doc.text, timex.end, mention.trigger_start):
            if perfect and _before(date.value, doc.published):
                return Date(date.value, date.granularity, date.source, date.text, "since", doc.published)
            # "his first visit since 2000" happens now, not in 2000: the text gives it no date
            return relate(doc, mention, told, _published(doc))
        end = _stretch_end(doc, mention.timex)
        if end is not None:  # "bought the shares between August 12 and October 16": over that stretch
            return Date(date.value, date.granularity, date.source, date.text, "since", end.value)
        if _said_of(doc, mention, timex) or timex.type == "DURATION" and not _AGO.match(doc.text[timex.end:]):
            # a length of time dates nothing unless counted back or on from now: "the first strike in 25 years"
            return relate(doc, mention, told, _published(doc))
        if _DEADLINE.search(doc.text[max(0, timex.start - 8):timex.start]) and \
                not _POSSESSIVE.match(doc.text, timex.end) and not _WHEN.match(doc.text, timex.end) and \
                timex.type == "DATE":  # "before April 19, when the minister visits": the "when" clause's day
            return Date(date.value, date.granularity, date.source, date.text, "before")  # done by then, no day
        if _AFTER.search(doc.text[max(0, timex.start - 30):timex.start]) and \
                not _names_a_noun(doc, mention, timex) and timex.type == "DATE" and \
                _before(date.value, doc.published):  # not "after the weekend snowstorm": the snowstorm's date
            return relate(doc, mention, told, _published(doc))
        began = _BEGAN.search(doc.text, mention.trigger_end, timex.start)
        if began and _before(date.value, doc.published):  # running since, up to the report if told still going on
            return Date(date.value, date.granularity, date.source, date.text, "since",
                        doc.published if told.going_on and not ended(doc, mention) else None)
        until = _until(doc, mention, timex)
        if until == "lasting" and _before(doc.published, date.value) and not perfect:
            return Date(doc.published, "day", "publication", None, "on")  # going on at the report
        if until == "unreal":
            return Date(None, "none", "none", date.text)  # "will be laid off until May 11": no day of its own
        if until is not None:
            return relate(doc, mention, told, _published(doc))
        if _before_a_later_verb(doc, mention, timex):
            return Date(date.value, date.granularity, date.source, date.text, "before")
    return Date(date.value, date.granularity, date.source, date.text, date.relation, date.until)


def _report_day(doc: Document, mention: EventMention) -> Timex | None:
    """The date of a reporting verb before the happening, which a happening it tells as going on shares
    ("announced on March 19 that it was placing an order"); none ahead of the report."""
    sentence = doc.sentences[mention.sentence]
    published = interval(doc.published)
    for timex in reversed(doc.timexes):
        span = interval(timex.value)
        if sentence.start <= timex.start < mention.trigger_start and timex.type == "DATE" and span and published \
                and span[0] <= published[0] and aspect.report_day(doc.text, sentence.start, timex.start):
            return timex
    return None


def going_on(doc: Document, mention: EventMention) -> bool:
    """True when the sentence tells of a happening of a kind that lasts (`events_lasting.tsv`) as going on at
    its date, begun before it: a later report of a happening already under way, not a new one."""
    if not lasting(mention):
        return False
    sentence = doc.sentences[mention.sentence]
    before = doc.text[max(sentence.start, mention.trigger_start - 60):mention.trigger_start]
    after = doc.text[mention.trigger_end:min(sentence.end, mention.trigger_end + 80)]
    return bool(_GOING_ON_BEFORE.search(before) or _GOING_ON_AFTER.search(after) or _ENDED.search(after))


def ended(doc: Document, mention: EventMention) -> bool:
    """"The offensive had ended", "the strike was called off": told of as over at its date."""
    return bool(_ENDED.search(doc.text[mention.trigger_end:doc.sentences[mention.sentence].end]))


def _before_a_later_verb(doc: Document, mention: EventMention, timex: Timex) -> bool:
    """"Rumours that the herds had perished in the storm lifted prices today": a happening told in the past
    perfect is over before the time of the tensed verb that stands between it and the date after it, whose date
    that is."""
    if timex.start < mention.trigger_end or \
            not _PAST_PERFECT.search(doc.text[max(0, mention.trigger_start - 40):mention.trigger_start]):
        return False
    return any(word.islower() and aspect.tensed(word)
               for word in _WORDS.findall(doc.text, mention.trigger_end, timex.start))


def _in_effect_now(doc: Document, mention: EventMention) -> bool:
    """"raised its prime rate to 7-3/4 pct, effective immediately", "resigned with immediate effect": a change
    the text says takes effect at once takes it on the day of the report, not before it. The phrase qualifies
    the nearest happening told before it in its sentence."""
    sentence = doc.sentences[mention.sentence]
    match = _AT_ONCE.search(doc.text, mention.trigger_end, sentence.end)
    return match is not None and not any(
        other.sentence == mention.sentence and mention.trigger_end <= other.trigger_start < match.start()
        for other in doc.event_mentions)


def _effective_date(doc: Document, clause: tuple[int, int] | None) -> Date | None:
    """"Acme said it raised its posting 32 cts, effective today": a statement that stands for the speaker's deed
    or plan, whose clause a comma closes before the day the change takes effect, is dated by that day (`on` the
    report's day for "effective immediately"), which the clause's own dates leave out."""
    match = _EFFECT_AFTER.match(doc.text, clause[1]) if clause is not None else None
    if match is None:
        return None
    if match.group("now"):
        return Date(doc.published, "day", "publication", None, "on") if doc.published else None
    timex = next((timex for timex in doc.timexes if timex.start == match.end() and timex.type in ("DATE", "TIME")),
                 None)
    if timex is None or timex.value is None or interval(timex.value) is None:
        return None
    return Date(timex.value, granularity(timex.value), "relative" if timex.relative else "explicit", timex.text)


def _published(doc: Document) -> Date:
    return Date(doc.published, "day", "publication") if doc.published else Date()


def _until(doc: Document, mention: EventMention, timex: Timex) -> str | None:
    """Whether the date is where the happening ends, not when it happens ("an injunction until May 7"): None
    when it is not; "lasting" when the sentence tells the happening as going on up to it or as ending on a day
    to come, "unreal" when as to come or as a supposition ("will be laid off until May 11"), else "ended"."""
    start = doc.sentences[mention.sentence].start
    before = doc.text[start:timex.start]
    ends = _ENDS.search(before)
    if ends and mention.code.startswith(TRANSFER) and _CLOSES.match(ends.group()):
        ends = None  # "the merger is expected to close on April 22": a sale closes when it is done
    if ends and _ENDING_SUBJECT.fullmatch(doc.text, mention.trigger_end, start + ends.start()) and \
            _before(doc.published, timex.value):
        return "lasting"  # "the meeting, which is scheduled to end on Thursday": under way at the report
    until = _UNTIL.search(before)
    if until is None or _UNTIL_COMES.search(before, 0, until.start()) or _WHEN.match(doc.text, timex.end):
        return None  # "until May 1986, when he resigned": the "when" clause happened that day
    if _LASTING.search(before, 0, until.start()):
        return "lasting"
    # a modal of the clause the happening is told in, not of another ("worried the market would go wild,
    # officials suspended trading until Monday")
    clause = max(before.rfind(mark, 0, min(until.start(), mention.trigger_start - start)) for mark in ",;")
    return "unreal" if _UNREAL.search(before, clause + 1, until.start()) else "ended"


def _deed_date(doc: Document, mention: EventMention, told: Telling) -> Timex | None:
    """"The company said it received clearance on September 11": a statement that tells of the speaker's own
    past deed stands for that deed, which a date of the deed's clause dates: one the clause's verb takes ("on
    March 18", "in 1986", "yesterday", "last December", or a day written bare after its object, "filed for
    bankruptcy Nov 22"), over by the report or of its own day ("sold the shares today", "operated in the market
    this morning"), and held by no other happening of the sentence. A date after
    another preposition ("for the quarter ending March 31", "extended it to June 11"), after a participle
    ("two stores closed in April") or before a noun ("its 1986 operations", "last November's sale") names
    something else."""
    return _clause_date(doc, mention, told.clause, True)


def _plan_date(doc: Document, mention: EventMention, told: Telling) -> Timex | None:
    """"The company said it will close the plant in March": a statement of a deed the speaker will do stands
    for that planned deed when the deed's clause dates it, as `_deed_date` reads it, in a time not over by the
    report."""
    return _clause_date(doc, mention, told.clause, False)


def _clause_date(doc: Document, mention: EventMention, clause: tuple[int, int] | None, over: bool) -> Timex | None:
    """The date the verb of `clause` takes, over by the report (`over`) or not."""
    if clause is None:
        return None
    held = {other.timex for other in doc.event_mentions if other.sentence == mention.sentence}
    published = interval(doc.published)
    for index, timex in enumerate(doc.timexes):
        span = interval(timex.value)
        # a time of the report's own day: of a deed done that day, or of a plan still ahead ("at 1315 today")
        same_day = bool(span and published) and published[0] <= span[0] <= span[1] <= published[1]
        today = over and same_day
        if not (clause[0] <= timex.start < clause[1] and (timex.type == "DATE" or same_day) and index not in held and
                span and published and ((span[1] < published[0]) == over or today)):
            continue
        words = _WORDS.findall(doc.text, clause[0], timex.start)
        between = [word.lower() for word in words]
        if not over and any(word == "to" and following.islower() and following not in _NOT_VERBS
                            for word, following in zip(words[1:], words[2:])):
            continue  # "will build a plant to start work in May": the date is the infinitive's; a deed's date is
            # the deed's ("received clearance to buy the stake on May 3")
        # "On Friday some 900 clerks will": a date that opens the clause with its preposition names no noun
        if _names_a_noun(doc, mention, timex) and not (len(between) == 1 and between[0] in _CLAUSE_DATES):
            continue
        opener = timex.text.split()[0].lower()
        if (opener in _DEICTIC or today and opener in _TODAY and between and between[-1] not in PREPOSITIONS or
                between and (between[-1] in _CLAUSE_DATES or _bare_day(timex, between[-1]))) \
                and not any((aspect.past(word) or word.endswith("ing")) and previous not in _MODIFIER_DETERMINERS
                            for previous, word in zip(between, between[1:])):
            return timex
    return None


def _bare_day(timex: Timex, before: str) -> bool:
    """"Filed for reorganization Nov 22, 1985", "bought the stake March 3": a day written with no preposition
    after the verb's object is the verb's; after any preposition ("beyond March 16") or "record" ("holders of
    record March 3") it is not."""
    return granularity(timex.value) == "day" and before not in _PHRASE_ENDS | _NOT_BARE | PREPOSITIONS


def _names_a_noun(doc: Document, mention: EventMention, timex: Timex) -> bool:
    """"The third quarter profit", "last year's losses": a date before a noun names that noun. A day after "on"
    names none: it places a verb, whose object may follow it ("will sell on May 20 the rest of its fleet")."""
    if granularity(timex.value) == "day" and _ON_BEFORE.search(doc.text, max(0, timex.start - 12), timex.start):
        return False
    after = _WORDS.search(doc.text, timex.end, doc.sentences[mention.sentence].end)
    return bool(after) and (after.group() in ("'s", "’s") or doc.text[timex.end:after.start()].isspace() and
                            after.group().islower() and after.group() not in _PHRASE_ENDS)


def _said_of(doc: Document, mention: EventMention, timex: Timex) -> bool:
    """A month, a year or a longer period named after "said" is the time of what was said, not of the saying
    (a statement is made on a day), when the verb's object or a verb of what was said (a tensed one, "that", or
    "to" before a verb) stands between ("reported a profit of 14 mln dlrs in 1986", "said the loss could reach
    1.5 billion for 1987", "offered to lower the rate from January"), when the period starts after the report
    ("forecast a rise from next month") and when it modifies a noun ("reported the third quarter profit was
    up") or follows "for" ("proposed by the minister for the 1987 season"). A period begun before the report, right after
    the verb or after a phrase of the verb's own, dates the statement itself, whether over by then or not
    ("warned last month the economy would slow", "were reaffirmed by the ministers last month", "said in a
    report earlier this month")."""
    span = interval(timex.value)
    if kind(mention.code)[0] != "statement" or timex.start < mention.trigger_end or span is None or \
            span[1] - span[0] <= STATEMENT_DAYS:
        return False
    published = interval(doc.published)
    if published is None or span[0] >= published[0]:
        return True
    if _names_a_noun(doc, mention, timex):
        return True
    between = [word.lower() for word in _WORDS.findall(doc.text, mention.trigger_end, timex.start)]
    if between and (between[0] not in _ADJUNCT_OPENERS and not between[0].endswith("ly") or
                    [word for word in between if word not in DETERMINERS][-1:] == ["for"]):
        return True  # the verb's object, or what was said, comes first; "for" names the period it is for
    return any(aspect.tensed(word) or word == "to" and following.isalpha() and following not in _NOT_VERBS
               for word, following in zip(between, between[1:] + [""]))


def new_instance(doc: Document, mention: EventMention) -> bool:
    """"A new offensive", "fresh talks": not the one the story told of before."""
    return bool(_NEW.search(_before_trigger(doc, mention)))


def another_instance(doc: Document, mention: EventMention) -> bool:
    """"Another strike", "a second bombing": one that follows an earlier one of its kind."""
    return bool(_ANOTHER.search(_before_trigger(doc, mention)))


_VIOLENCE = frozenset({"18", "19", "20"})  # a war has deeds of these kinds most days: one verb tells of many


def definite(doc: Document, mention: EventMention) -> bool:
    """"The strike", "this walkout": a happening its article has told of, named by a noun ("the strike was called
    off"; not "the union has struck")."""
    return not _verb(mention.trigger.lower().split()[0]) and bool(_DEFINITE.search(_before_trigger(doc, mention)))


def violence_told_done(mention: EventMention) -> bool:
    """"Forces attacked a ship", "troops repelled it": an assault or a fight (CAMEO roots 18-20) whose trigger
    opens with a word in "-ed", a regular verb's past, not named by a noun ("an attack", "the raid"); an irregular
    past ("fought", "struck", "shot") is not read as one."""
    return mention.code[:2] in _VIOLENCE and mention.trigger.lower().split()[0].endswith("ed")


def _verb(word: str) -> bool:
    """A word in "-ed" or one the trigger lexicon knows only as a verb's ("struck", "met"; not "strike")."""
    entries = entries_by_first_word().get(word, ())
    return word.endswith("ed") or bool(entries) and all(entry.verbal for entry in entries)


def series(doc: Document, mention: EventMention) -> bool:
    """"Iranian attacks on shipping", "infantry attacks": a deed of conflict told in the plural with nothing that
    counts or points at its instances, and with no date, tells of deeds of that kind in general, not of one. So
    does a happening of any kind told in the plural with how often it recurs, whatever points at it ("Ruritania's
    raids, averaging two a month", "its weekly auctions"): one instance is not told by its frequency. So does one
    of any number that nothing dates, told with how often its doer does it ("often the ministry announces curbs",
    "has repeatedly promised"): it tells a habit, not the instance an article dates."""
    words, before = mention.trigger.lower().split() or [""], _before_trigger(doc, mention)
    word = words[-1]  # "retaliatory strikes": the noun ends the phrase
    if mention.date.source not in TEXT_GAVE_NONE:
        return False
    if _HABIT_BEFORE.search(before):
        return True
    if not word.isalpha() or not word.endswith("s") or word.endswith(("ss", "us", "is")) or \
            len(words) > 1 and (words[0].endswith(("ed", "ing", "s")) or _VERB_BEFORE.search(before)):
        return False  # "imposed sanctions", "to impose tariffs": a verb and its object
    if _EVERY_BEFORE.search(before) or \
            _EVERY_AFTER.match(doc.text, mention.trigger_end, doc.sentences[mention.sentence].end):
        return True
    return material_conflict(mention.code) and not _POINTED.search(before)


def _before_trigger(doc: Document, mention: EventMention) -> str:
    return doc.text[max(doc.sentences[mention.sentence].start, mention.trigger_start - 40):mention.trigger_start]


def _before(value: str | None, published: str | None) -> bool:
    days, day = interval(value), interval(published)
    return bool(days and day) and days[0] < day[0]


def _since(doc: Document, mention: EventMention) -> Timex | None:
    """The date a "since" phrase of the mention's sentence starts from, the one nearest the mention."""
    sentence = doc.sentences[mention.sentence]
    found = [timex for timex in doc.timexes if sentence.start <= timex.start < sentence.end and timex.value and
             timex.type == "DATE" and interval(timex.value) and _SINCE.search(doc.text[max(0, timex.start - 12):
                                                                                          timex.start])]
    return min(found, key=lambda timex: abs(timex.start - mention.trigger_start), default=None)


def _stretch_end(doc: Document, index: int) -> Timex | None:
    """The second date of "between August 12 and October 16" or "from March 9 to 11" when the time expression
    at `index` is the first: where the stretch of days the happening took ends."""
    timex = doc.timexes[index]
    if index + 1 >= len(doc.timexes) or not _STRETCH_OPENS.search(doc.text, max(0, timex.start - 9), timex.start):
        return None
    end = doc.timexes[index + 1]
    first, last = interval(timex.value), interval(end.value)
    if not (first and last and first[1] < last[0]) or timex.type != "DATE" or end.type != "DATE" or \
            not _STRETCH_JOINS.fullmatch(doc.text, timex.end, end.start):
        return None
    return end

"""Whether a sentence speaks of the past or the future, from the tense cues in `tense.tsv`.

A part-of-speech tagger would be slow and heavy; news sentences mark tense with a few auxiliaries ("was",
"will", "had"), irregular past forms, regular past forms (-ed) and reporting verbs, and the cue closest to the
time expression usually belongs to the clause it sits in. An expression that opens its sentence belongs to the
verb after it; a clause that follows the expression after "that" (or after "and" when a verb before the
expression dates it, or when only whom it was told and where stand between a reporting verb and the
expression) belongs to another verb.
"""

from __future__ import annotations

import re

PAST, FUTURE, UNKNOWN = -1, 1, 0

# A full stop ends a sentence unless it ends a common abbreviation ("Aug. 21", "Corp.'s", "Mr. Smith").
_ABBREVIATIONS = ("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Mr", "Mrs",
                  "Ms", "Dr", "St", "Gen", "Gov", "Sen", "Rep", "Inc", "Corp", "Co", "Ltd", "No", "U.S", "Jr", "Sr",
                  "vs")
# The lookahead first spares testing every abbreviation at every character.
_SENTENCE_END = re.compile("(?=[.!?])" + "".join(rf"(?<!\b{re.escape(word)})" for word in _ABBREVIATIONS)
                           + r"[.!?][\"'”’)]*\s+(?=[\"'“‘(]*[A-Z])|\n\s*\n")
_WORD = re.compile(r"[A-Za-z]+(?:['’][a-z]+)?")
_WINDOW = 400  # the longest stretch of text read on either side when no sentence end is found
# A past form after these is a participle, not a past tense: "will be paid", "the reduced dividend".
_NOT_FINITE = frozenset({"be", "been", "being", "to", "the", "a", "an", "its", "their", "his", "her", "our", "is",
                         "are", "than"})
_QUOTES = ('"', "“", "”")  # the marks that open and close a quotation
# Words after "to" that show it is no mark of an infinitive: "agreed to in February", "agreed to the terms".
_NOT_VERBS = frozenset({"in", "on", "at", "by", "for", "from", "with", "last", "next", "this", "the", "a", "an",
                        "its", "their", "his", "her", "our", "it", "them", "him", "that", "these", "those", "such",
                        "all", "any", "some", "what", "which", "earlier", "later", "during", "under", "between"})
# "due to" before a noun phrase means "because of", not "expected to": "due to its August 15 issue"; so it does
# before a word no verb's base form ends like: a noun ("due to insolvency", "due to snowstorms"), a participle
# or an adjective in -ed or -ing ("due to increased shipments", "due to falling prices").
_BECAUSE = re.compile(r"\s+to\s+(?:(?:the|a|an|its|their|his|her|our|this|that|these|those|higher|lower)\b|"
                      r"[a-z]+(?:ing|ity|ncy|ness|ment|tion|sion|[^e]ed|[^su]s)\b)")
# Words ending in -ed that start so are adjectives, not past forms: "unspecified", "unnamed".
_ADJECTIVE_PREFIX = "un"
# A reporting verb this close to the expression governs it: "said Tuesday", "said on Tuesday"; so does a
# word marked next ("effective Monday").
_NEXT_TO = 4
# A past form this close before the expression is taken for its verb: "issued a statement Friday".
_SAME_CLAUSE = 30
# Occasions on a calendar, which a clause may prepare or act for (`awaited_occasion`).
_OCCASIONS = ("meeting", "meetings", "vote", "talks", "conference", "session", "summit", "election", "elections",
              "hearing", "auction", "tender", "convention", "referendum", "congress", "assembly")
_AWAITED_OCCASION = re.compile(r"\b(?:for|before|ahead\s+of)\s+(?:(?:the|a|an|its|their|his|her|this|next)\s+)?"
                               r"(?:[\w'’-]+\s+){0,3}?(?:" + "|".join(_OCCASIONS) +
                               r")(?:\s+of\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+)?\s+(?:in|on|at)\s+$", re.I)
# a yearly occasion the expression dates ("the annual meeting June 24", "moved its annual meeting to May 12"): the
# nearest of its dates, before or after the report, whatever tense tells of it
_ANNUAL_OCCASION = re.compile(r"\b(?:annual|yearly)\s+(?:[\w'’-]+\s+){0,2}?(?:" + "|".join(_OCCASIONS) +
                              r")(?:\s+of\s+[\w'’-]+)?\s+(?:(?:in|on|at|to|for)\s+)?$", re.I)
_OCCASION_REACH = 80  # characters before the expression read for such an occasion
# At most this many words before an expression that opens its sentence ("Also on Tuesday, ...").
_FRONTED = 2
_OCCASION_OPENERS = frozenset({"in", "at", "during"})  # "In a radio talk on Sunday, ..."
# Participles that schedule a happening: the date after them is when it is to come, which the verb after the
# clause tells ("which had been scheduled for the third quarter, will now be available"); "is expected to sign",
# "a vote set for May" tell a happening still to come. The events stage reads them too.
SCHEDULING = frozenset({"scheduled", "slated", "set", "due", "planned", "expected"})
# A weak cue beats a listed one that is this many times farther away.
_WEAK_ODDS = 3
# What may stand between a reporting verb and the day of the telling: the person told ("told reporters on
# Monday"), where it was told ("said in a statement on Monday", "told reporters here Friday") and a word that
# leads to the day. A determiner past the first word opens the reported clause instead ("said the talks on
# Monday would"), as does any other word.
_TOLD_TO = "told"
_OBJECT_WORDS = 5
_PLACE_WORDS = 4
_TELLING_PLACE = frozenset({"in", "at", "during"})
_TO_THE_DAY = frozenset({"on", "late", "early", "here"})
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those"})
# Words that open what was told wherever they stand: "told shareholders to vote on Monday".
_CLAUSE_OPENERS = frozenset({"to", "that", "if", "whether", "he", "she", "it", "they", "we", "i"})
# Only words stand between the verb and the day of its telling: a comma, a figure or a stop there (or a comma
# after the expression: "said at the next meeting in June, members will") may open the reported clause.
_PLAIN_WORDS = re.compile(r"[A-Za-z'’\s-]+")


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around text[start:end], as (start, end) offsets."""
    low = max(0, start - _WINDOW)
    left = low
    for match in _SENTENCE_END.finditer(text, low, start):
        left = match.end()
    right = _SENTENCE_END.search(text, end, min(len(text), end + _WINDOW))
    return left, right.start() if right else min(len(text), end + _WINDOW)


def direction(text: str, start: int, end: int, cues: dict[str, str]) -> int:
    """PAST, FUTURE or UNKNOWN for the time expression at text[start:end]."""
    left, right = _outside_quotes(text, start, end, *sentence_bounds(text, start, end))
    best: tuple[int, int] | None = None  # (distance, direction) of the nearest listed cue
    planned = False  # that cue schedules what the expression dates: "had been scheduled for the third quarter"
    weak: tuple[int, int] | None = None  # the same for other words ending in -ed
    reported = False
    telling = False  # a reporting verb before the expression dates it: the clause after is what was told
    # An expression that opens its sentence ("On Tuesday, the company said ...") belongs to the verb after it.
    opening = [word.lower() for word in _WORD.findall(text, left, start)]
    fronted = len(opening) <= _FRONTED and not any(cues.get(word) in ("past", "report") for word in opening) or \
        _occasion_opening(opening, text, end, cues)
    for low, high in ((start, start) if fronted else (left, start), (end, right)):
        main_verb = fronted and low == end
        previous = before = ""
        for match in _WORD.finditer(text, low, high):
            word = match.group().lower().replace("’", "'")
            if low == end and (telling or word == "that" or (word in ("and", "but") and best is not None)
                               or best is not None and not planned and "," in text[end:match.start()]):
                # the verbs of a clause after the expression do not date it when a verb before it does:
                # "said Sunday that it will", "arrived on Saturday and will hold talks", "the plan, announced
                # on Thursday, would cut costs"
                break
            before, earlier, previous = previous, before, word
            paired = cues.get(f"{before} {word}")
            if paired == "future" and word == "to" and not _infinitive_after(text, match.end(), high):
                paired = None  # "the terms agreed to in February": "to" ends the verb, it opens none
            cue = paired or cues.get(word)
            if word == "due" and _BECAUSE.match(text, match.end()):
                continue
            distance = start - match.end() if match.end() <= start else match.start() - end
            if cue is None or cue == "participle":
                if word.endswith("'ll"):
                    cue = "future"
                elif ((len(word) > 4 and word.endswith("ed") or cue == "participle") and before not in _NOT_FINITE
                      and not word.startswith(_ADJECTIVE_PREFIX)):
                    if not main_verb and (distance > _SAME_CLAUSE or low == end):
                        if weak is None or distance < weak[0]:
                            weak = (distance, PAST)
                        continue
                    cue = "past"
            if cue in ("past", "report") and before in _NOT_FINITE:
                continue  # "will be paid", "results will be announced on Tuesday": a participle
            if cue == "future" and (before == "had" or (before == "been" and earlier == "had")
                                    or (paired == "future" and earlier == "had")
                                    or (word == "due" and before in ("was", "were"))):
                cue = "past"  # a plan seen from the past: "it had been due to expire Friday", "was due in January"
            if cue in ("next", "near"):
                if distance > _NEXT_TO:
                    continue
                cue = "future"
            if cue == "report":
                if low != end and distance > _NEXT_TO and _day_of_telling(text, match.end(), start, end, word, cues):
                    telling = True
                elif distance > _NEXT_TO and not main_verb:
                    reported = True
                    continue
                cue = "past"
            if cue in ("past", "future") and (best is None or distance < best[0]):
                best = (distance, PAST if cue == "past" else FUTURE)
                planned = word in SCHEDULING
    if weak is not None and (best is None or weak[0] * _WEAK_ODDS < best[0]):
        best = weak
    if best is not None:
        return best[1]
    return PAST if reported else UNKNOWN


def _occasion_opening(opening: list[str], text: str, end: int, cues: dict[str, str]) -> bool:
    """Whether the expression closes an opening phrase of the occasion the main clause happened at, a comma
    right after it ("In his weekly radio talk on Sunday, Novak said"): it belongs to the verb after it, as a
    bare opening date does. A phrase with a verb of its own ("In a speech planned for Friday,") is no such
    occasion."""
    return bool(opening) and opening[0] in _OCCASION_OPENERS and text[end:end + 1] == "," and not any(
        cues.get(word) or word.endswith("ed") for word in opening)


def _day_of_telling(text: str, verb_end: int, start: int, end: int, verb: str, cues: dict[str, str]) -> bool:
    """Whether the words between a reporting verb and the expression only name whom it was told to and where,
    so that the expression dates the telling ("told reporters on Monday the talks would resume"), not what was
    told. An expression with a determiner is a noun phrase of the reported clause ("the June quarter")."""
    words = [word.lower() for word in _WORD.findall(text, verb_end, start)]
    first = _WORD.match(text, start)
    if not _PLAIN_WORDS.fullmatch(text, verb_end, start) or text[end:end + 1] == "," or \
            first is not None and first.group().lower() in _DETERMINERS:
        return False
    if any(cues.get(word, "none") not in ("none", "participle") or word in _CLAUSE_OPENERS for word in words):
        return False
    at = 0
    if verb == _TOLD_TO:
        while at < min(len(words), _OBJECT_WORDS) and words[at] not in _TELLING_PLACE | _TO_THE_DAY:
            if at and words[at] in _DETERMINERS:
                return False
            at += 1
    while at < len(words) and words[at] in _TELLING_PLACE:
        at += 1
        opening = at
        while at < min(len(words), opening + _PLACE_WORDS) and words[at] not in _TELLING_PLACE | _TO_THE_DAY:
            if at > opening and words[at] in _DETERMINERS:
                return False
            at += 1
    while at < len(words) and words[at] in _TO_THE_DAY:
        at += 1
    return at == len(words)


def _outside_quotes(text: str, start: int, end: int, left: int, right: int) -> tuple[int, int]:
    """The stretch of the sentence on the same side of every quotation as text[start:end]: the verbs of a
    quotation do not date what the reporter writes about it ('"Prices should fall," he said in an interview
    Saturday'), nor the reporter's verbs a date inside it. Quoted words that are a phrase of the sentence
    ('trading "basis only" before this weekend') are no quotation."""
    marks = [i for i in range(left, right) if text[i] in _QUOTES]
    before = [i for i in marks if i < start]
    after = [i for i in marks if i >= end]
    if len(before) % 2:  # inside a quotation
        return before[-1] + 1, after[0] if after else right
    if before and _quotation(text, before[-2], before[-1]):
        left = before[-1] + 1
    if len(after) % 2:  # a quotation opened in an earlier sentence closes after it
        right = after[0]
    elif after and _quotation(text, after[0], after[1]):
        right = after[0]
    return left, right


def _quotation(text: str, opening: int, closing: int) -> bool:
    """Quoted speech ends in a stop or a comma inside its marks ('"Prices should fall,"'); a quoted phrase does
    not ('"basis only"')."""
    return text[opening + 1:closing].rstrip().endswith((",", ".", "!", "?", ":", ";"))


def _infinitive_after(text: str, end: int, limit: int) -> bool:
    """Whether the "to" ending at `end` opens an infinitive: a verb follows, not a preposition, a determiner or
    a date ("agreed to in February", "agreed to the terms", "agreed to last July")."""
    following = _WORD.search(text, end, limit)
    return following is not None and following.group().lower() not in _NOT_VERBS and \
        not following.group()[0].isupper()


def near_in_past(text: str, start: int, end: int, cues: dict[str, str]) -> bool:
    """"It raised prices effective October 1", "was elected effective July 1": a date right after a word (or
    two: "with effect from") of the `near` kind, in a sentence its other cues set in the past, takes effect near
    the report, on whichever side of it (the same words ahead of a future or present verb look forward: "will
    take effective control")."""
    before = [word.lower() for word in _WORD.findall(text, max(0, start - 30), start)]
    if not before or "near" not in (cues.get(before[-1]), cues.get(" ".join(before[-2:]))):
        return False
    return direction(text, start, end, {word: cue for word, cue in cues.items() if cue != "near"}) == PAST


def awaited_occasion(text: str, start: int) -> bool:
    """Whether the time expression at `start` dates an occasion on a calendar that its clause prepares or acts for,
    or places something before ("proxy material for the annual meeting in May", "a ballot for the shareholders'
    meeting on June 24", "might resign before the summit of the seven nations on June 8"): it
    comes after the preparing, whatever that verb's tense, though it may be over by the report ("turnout for the
    election in January was low"), so the verb's tense does not tell which side of the report it falls on. So
    does a yearly occasion it dates ("a favourable vote at the annual meeting June 24 was needed", "changed the
    date of its annual meeting to June 24"): this year's, held or to come, is the one news tells of."""
    return bool(_AWAITED_OCCASION.search(text, max(0, start - _OCCASION_REACH), start) or
                _ANNUAL_OCCASION.search(text, max(0, start - _OCCASION_REACH), start))

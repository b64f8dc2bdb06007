"""Whom a statement that names no one it is about is aimed at: the maker of the deed it judges ("said he is very
disappointed by a Freedonia government finding", "Freedonia's ruling ... was a bitter blow, said ...", "said
Acme's offer was inadequate", "would respond to any measure by Freedonia").

The deed is a noun of deciding or doing (`JUDGED`; a standing policy is none), and its maker the actor whose
name or possessive stands right before it, with at most a few plain modifiers between ("a Freedonia government
finding"), or who follows it after "by", or the country whose adjective leads it ("said the Danish ruling was
unfair", "rejected the latest Swiss proposal"), as CAMEO codes a deed a country's adjective qualifies. The
speaker and those it speaks for are never the target of their own words ("said its decision"): a deed of theirs
passes to the next one named ("said its response to Acme's attack"). A deed the statement names only as "the
offer" was made by whoever the article last named as making one before (`earlier_maker`; only deeds with a verb
of their own in `DOING`, not "the plan", so often the speaker's own).
Read from the words: statements are not parsed.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace

from ..actors.descriptions import adjective_mention
from ..model import Document, Mention
from . import triggers
from .lexicon import verb_forms
from .text import Words, read

JUDGED = frozenset({"decision", "decisions", "ruling", "rulings", "finding", "findings", "verdict", "judgment",
                    "judgement", "determination", "move", "moves", "action", "actions", "response", "attack",
                    "attacks", "proposal", "proposals", "offer", "offers", "bid", "bids", "plan", "plans",
                    "measures", "sanctions", "announcement", "request", "demand",
                    "demands", "refusal", "rejection", "retaliation", "threat", "threats", "veto", "ban",
                    "measure", "criticism", "criticisms", "remarks", "comments", "allegations", "accusations"})
REACH = 10  # words from where what was said opens: a deed named further on is not what it is about ("said the
# report would praise the steps taken to reopen the rail lines but stop short of endorsing Acme's proposals")
MAX_MODIFIERS = 2  # plain words between the maker and the deed: "the Freedonia government's final ruling"
STOPS = triggers.DETERMINERS | triggers.PREPOSITIONS | triggers.BE | triggers.MODALS | triggers.PERFECT


def makers(words: Words, trigger: triggers.Trigger, mentions: list[Mention], speaking: set[str],
           doc: Document) -> list[Mention]:
    """The maker of the first judged deed with a maker not among the speakers that the statement's words tell
    within `REACH` words of where what was said may open: after its verb, else at the sentence's start
    ("Freedonia's ruling was a blow, Jan Novak said"); none when no deed so made is named there. The search
    stops, with none, at the first bare deed ("the offer") whose maker the article did not tell before, or may
    have been the speaker itself (`earlier_maker`): the statement is about that deed, not one named further on."""
    ends = {words.index_at(m.end - 1): m for m in mentions}
    starts = {words.index_at(m.start): m for m in mentions}
    for j in _within(words, trigger.last + 1, len(words)) + _within(words, 0, trigger.first):
        if words.forms[j] not in JUDGED:
            continue
        maker = _maker(words, j, ends) or _agent_after(words, j, starts) or _national_maker(words, j, doc)
        if maker is None and _bare(words, j):
            maker = earlier_maker(doc, words.forms[j], words.starts[j], words.ends[j], speaking)
            if maker is None:
                return []  # "the offer" the article told of no maker, or one the speaker may have made itself
        if maker is not None and maker.actor not in speaking:
            return [maker]
    return []


def _within(words: Words, first: int, end: int) -> list[int]:
    """The word indices from `first` up to `end` that lie within `REACH` words of `first`, punctuation and the
    pieces of initials ("U.S.") not counted."""
    found, counted = [], 0
    for j in range(first, end):
        counted += words.forms[j][:1].isalnum() and not (j + 1 < len(words) and words.forms[j + 1] == "." and
                                                        len(words.forms[j]) == 1)
        if counted > REACH:
            break
        found.append(j)
    return found


def _maker(words: Words, j: int, ends: dict[int, Mention]) -> Mention | None:
    """The actor named right before the deed noun at word `j`, across at most `MAX_MODIFIERS` plain words."""
    for k in range(j - 1, max(-1, j - 2 - MAX_MODIFIERS), -1):
        if k in ends:
            return ends[k]
        form = words.forms[k]
        if not form.isalpha() or form in STOPS or words.is_break(k) or form.endswith("'s"):
            return None
    return None


def _national_maker(words: Words, j: int, doc: Document) -> Mention | None:
    """The country whose adjective stands among the plain words right before the deed noun at word `j` ("the
    Canadian decision", "a new Soviet proposal", "the West German move"), as a mention at the adjective's place."""
    for k in range(j - 1, max(-1, j - 2 - MAX_MODIFIERS), -1):
        form = words.forms[k]
        if not form.isalpha() or form in STOPS or words.is_break(k):
            return None
        if not words.capitalised(k):
            continue
        for first in (k - 1, k):  # "West German", "South African" before "German", "African"
            if first < 0 or not words.capitalised(first) or not words.forms[first].isalpha():
                continue
            mention = adjective_mention(words, first, k + 1, doc.published)
            if mention is not None:
                return mention
        return None  # a capitalised word of no country ("the Acme Holdings proposal") ends the search
    return None


def _agent_after(words: Words, j: int, starts: dict[int, Mention]) -> Mention | None:
    """"any measure by Freedonia", "the decision by the Acme board": the actor named right after "by" that
    follows the deed noun at word `j`."""
    if j + 1 >= len(words) or words.forms[j + 1] != "by":
        return None
    k = j + 2 + (j + 2 < len(words) and words.forms[j + 2] == "the")
    return starts.get(k)


def _bare(words: Words, j: int) -> bool:
    """Whether the deed noun at word `j` is led by "the" with at most one plain word between ("the offer",
    "the new proposal") and followed by no complement that tells whose it is ("the offer of Acme")."""
    following = words.forms[j + 1] if j + 1 < len(words) else ""
    if following in ("of", "by", "from", "'s"):
        return False
    for k in (j - 1, j - 2):
        if k >= 0 and words.forms[k] == "the":
            return True
        if k < 0 or not words.forms[k].isalpha() or words.forms[k] in STOPS or words.capitalised(k):
            return False
    return False


# the verbs a deed noun's maker does it with: "Acme offered ... Widget rejected the offer"
DOING = {"offer": ("offer",), "bid": ("bid",), "proposal": ("propose",), "decision": ("decide",),
         "ruling": ("rule",), "request": ("request", "ask"), "demand": ("demand",), "threat": ("threaten",),
         "attack": ("attack",), "ban": ("ban",), "rejection": ("reject",), "refusal": ("refuse",),
         "veto": ("veto",), "criticism": ("criticise", "criticize"), "allegation": ("allege",),
         "accusation": ("accuse",)}
TAKEOVER = frozenset({"offer", "bid", "proposal"})  # one deed by three nouns: "Acme's bid ... the offer"
_BEFORE_VERB = frozenset({"has", "have", "had", "will", "would", "also", "today", "yesterday"})
_SAID_IT = (("said", "it"), ("said", "they"))  # "Acme said it will offer"
_MADE_BY = 3  # lower-case words between a deed noun and the "by" that names its maker: "a bid made today by"


def earlier_makers(doc: Document, noun: str, start: int, end: int) -> list[Mention]:
    """The makers of the deeds the article told before `start` with the same noun ("Acme's offer", "an offer by
    Acme", "the Acme cash offer") or its verb ("Acme offered", "said it will offer"), the last told first, as
    mentions at `start`..`end`: whom "the offer" in a later sentence may stand for. Read from each earlier
    sentence's words as `makers` reads the statement's."""
    singular = noun[:-1] if noun.endswith("s") and noun[:-1] in DOING else noun
    if singular not in DOING:
        return []  # "the plan", "the move": often the speaker's own, which the article need not have told
    kinds = TAKEOVER if singular in TAKEOVER else {singular}
    nouns = kinds | {kind + "s" for kind in kinds}
    # "proposed the conversion" makes no offer
    verbs = {form for lemma in DOING[singular] for form in verb_forms(lemma)}
    found: dict[int, Mention] = {}
    told = _mentions_by_sentence(doc, start)
    for index, sentence in enumerate(doc.sentences):
        if sentence.start >= start:
            break
        mentions = told.get(index)
        if not mentions:
            continue
        words = read(sentence.text, sentence.start)
        ends = {words.index_at(m.end - 1): m for m in mentions}
        starts = {words.index_at(m.start): m for m in mentions}
        for j, form in enumerate(words.forms):
            if words.starts[j] >= start:
                break
            maker = None
            if form in nouns:
                maker = _maker(words, j, ends) or _agent_after(words, _before_by(words, j), starts)
            if maker is None and form in verbs:  # "offer" is both
                maker = _doer_of(words, j, ends)
            if maker is not None:
                found[maker.start] = maker
    return [replace(found[key], start=start, end=end, text=doc.text[start:end], name=found[key].name or
                    found[key].text) for key in sorted(found, reverse=True)]


def _mentions_by_sentence(doc: Document, start: int) -> dict[int, list[Mention]]:
    """The mentions that end before `start`, by the sentence that holds each whole, in one pass over them: each
    call of `earlier_makers` reads every earlier sentence, so a scan of all mentions per sentence would grow
    with the square of the article's length."""
    opens = [sentence.start for sentence in doc.sentences]
    found: dict[int, list[Mention]] = {}
    for mention in doc.mentions:
        index = bisect_right(opens, mention.start) - 1
        if index >= 0 and mention.end <= min(start, doc.sentences[index].end):
            found.setdefault(index, []).append(mention)
    return found


def _before_by(words: Words, j: int) -> int:
    """The word right before the "by" that names the maker of the deed noun at word `j`, across at most
    `_MADE_BY` lower-case words ("the bid made on Monday by"); `j` when none comes."""
    for k in range(j + 1, min(len(words), j + 2 + _MADE_BY)):
        if words.forms[k] == "by":
            return k - 1
        if not words.forms[k].isalpha() or words.capitalised(k):
            return j
    return j


def _doer_of(words: Words, j: int, ends: dict[int, Mention]) -> Mention | None:
    """The actor named right before the verb at word `j`, across auxiliaries and adverbs ("Acme has also
    offered", "Acme formally offered") and a "said it" ("Acme said it will offer")."""
    k = words.before(j, _BEFORE_VERB)
    if k >= 1 and (words.forms[k - 1], words.forms[k]) in _SAID_IT:
        k = words.before(k - 1, _BEFORE_VERB)
    # a name may end in -ly as the adverbs skipped do ("Italy has offered")
    return next((ends[i] for i in range(j - 1, k - 1, -1) if i in ends), None)


def earlier_maker(doc: Document, noun: str, start: int, end: int, doers: set[str]) -> Mention | None:
    """Whom "the offer" written at `start`..`end` stands for: the maker of the last such deed the article told
    before; none when one of `doers` (who speaks of it or acts on it) made one too, as "the offer" is then as
    likely their own ("the Acme offer ... against the Widget bid. Acme said the offer ...")."""
    makers = earlier_makers(doc, noun, start, end)
    if any(m.actor in doers for m in makers):
        return None
    return makers[0] if makers else None

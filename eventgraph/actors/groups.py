"""Groups without a name as doers and targets: "Striking Chilean dockers held talks", "police dispersed
Peruvian potato growers", "separatist rebels killed 12 soldiers".

A noun phrase whose head is a group noun (`resources/en/actors/group_heads.tsv`) stands for a group actor
named as a news reader would name it: the words that say whose the group is (a country's adjective, a
place, a kind: "Chilean", "Lima", "potato") and the head, without determiners, numbers, quantities or
how the group acts ("the 9,000 striking dockers" -> "dockers"). A bare head that the article has written
with such words before ("Chilean dockers ... the dockers") is that group. A head marked `modified` names no
party alone ("analysts said"), but for the speakers of a lead (`events/said_by.py`). One name is one actor: the
key is the folded name.

Only doers and targets of events become groups (the caller adds them to the article's actor mentions), so a
group named once in passing never fills the graph.
"""

from __future__ import annotations

import functools
import re

from .. import reporting
from ..model import Document, Mention
from .descriptions import BODY_OWNERS, GROUP_KEY, antecedent
from .gazetteer import Entry, rows, gazetteer
from .names import fold

MAX_WORDS = 4  # "Lima port cargo workers"; longer is telling something new
PASSING = frozenset({"the", "a", "an", "some", "many", "several", "most", "all", "other", "few", "more", "about",
                     "around", "nearly", "almost", "over", "up", "to", "of", "thousands", "hundreds", "dozens",
                     "tens", "scores", "these", "those", "their", "its", "both", "any", "no", "such", "angry",
                     "local", "than", "least", "at", "only", "two", "three", "four", "five", "six",
                     "seven", "eight", "nine", "ten", "mln", "million", "and", "or", "former", "unidentified",
                     "unnamed", "suspected", "armed", "disgruntled", "remaining", "certain", "individual",
                     "small", "smaller", "big", "bigger", "biggest", "large", "larger", "largest", "major", "leading",
                     "top"})
TRADES = frozenset({"shipping", "mining", "banking", "trading", "farming", "fishing", "publishing", "broadcasting",
                    "engineering", "manufacturing", "processing", "brewing", "refining", "printing",
                    "advertising", "housing", "clothing", "marketing"})  # "-ing" nouns of a trade: "shipping companies"
# are named by theirs, where "striking dockers" are not named by what they are doing
TRADE_ENDINGS = ("making", "building")  # trades named by what they make: "steelmaking", "shipbuilding", "building"


@functools.cache
def _heads() -> dict[str, bool]:
    """Group noun -> whether it names a party alone."""
    return {row[0].strip(): row[1].strip() == "alone" for row in rows("group_heads.tsv")}


@functools.cache
def _closing() -> tuple[str, ...]:
    """Group nouns that also close a one-word compound with the trade the group works in ("steelworkers")."""
    return tuple(row[0].strip() for row in rows("group_heads.tsv") if row[2:] and row[2].strip() == "closes")


def _listed(word: str) -> str | None:
    """The group noun of the list that the lower-case noun `word` is, or closes as a compound ("bankworkers":
    "workers"); None when it is none."""
    if word in _heads():
        return word
    return next((head for head in _closing() if word.endswith(head) and len(word) - len(head) >= 3 and
                 word[:-len(head)].isalpha()), None)


def is_group_head(word: str) -> bool:
    """Whether the lower-case noun `word` is the head of a group ("seamen", "growers", "steelworkers")."""
    return _listed(word) is not None


def group(doc: Document, phrase: str | None, start: int, recall: bool = True) -> Mention | None:
    """The group the noun phrase `phrase` (written at document offset `start`) names, as a mention at its
    place; None when its head is no group noun, or it names no party. `recall`: a bare head may be a group the
    article wrote with more words before, though no event made it an actor."""
    if not phrase:
        return None
    words = phrase.split()
    head = words[-1].lower() if words else ""
    if not is_group_head(head):
        return None
    end = start + len(phrase.rstrip())
    if _named(doc, end - len(words[-1]), end):
        return None  # "its lenders Acme Growers Corp", "Growers demanded repayment": the noun is a body's name
    phrase, start = _whole_name_before(doc, phrase, start)
    part = _PART_OF.search(phrase)
    if part is not None:  # "a committee of shareholders", "most of Ruritania's dockers": the group is after "of"
        # or after the word that says whom a happening is with
        phrase, start = phrase[part.end():], start + part.end()
    clause = _CLAUSE_BEFORE.search(phrase)
    if clause is not None:  # "the issue traded at its fees although dealers said": the words before the clause's
        # opening word are another clause's, no part of the group's name
        phrase, start = phrase[clause.end():], start + clause.end()
    words = phrase.split()
    owner = _owner(doc, words, start)
    if owner is None:
        return None
    qualifiers = [word for word in _after_owner(words)[:-1] if not _passing(word)]
    while qualifiers and qualifiers[0] in gazetteer().not_names:
        qualifiers.pop(0)  # "On Monday Chilean dockers": the words before the group are no part of its name
    kept = owner + qualifiers + [head]
    if len(kept) > MAX_WORDS:
        return None
    if len(kept) == 1:
        earlier = _earlier(doc, head, start) or (_written_before(doc, head, start) if recall else None)
        if earlier is not None:
            return Mention(start, start + len(phrase), phrase, earlier.actor, "group", name=earlier.name)
        if not _heads()[_listed(head)]:
            return None
    number = doc.sentence_at(start)
    if number is not None and doc.sentences[number].start == start and kept[0] == words[0] and \
            not _proper(kept[0]) and re.search(rf"\b{re.escape(kept[0].lower())}\b", doc.text):
        kept[0] = kept[0].lower()  # "Petrol station owners" opening a sentence, "petrol" written elsewhere
    name = " ".join(kept)
    return Mention(start, start + len(phrase), phrase, GROUP_KEY + fold(name), "group", name=name)


NAMES = frozenset({"organization", "person"})  # mentions whose words are a name, not a group's noun


def _named(doc: Document, start: int, end: int) -> bool:
    """Whether the name of a body or a person the article names covers the text at `start`..`end`."""
    return any(m.start < end and start < m.end and m.type in NAMES for m in doc.mentions)


_WORD_AFTER = re.compile(r"[ \t\n]+([\w-]+(?:[.,]\d+)*)")
OWNED_REACH = 3  # words between an owner and its group's noun: "Ruritania's 3,000 striking dockers"
BETWEEN = frozenset({"and", "or", "as", "to", "of", "in", "on", "for", "with", "by", "at", "from", "that", "which",
                     "who", "whose", "is", "are", "was", "were", "has", "have", "had", "will", "would"})


def owned(doc: Document, mention: Mention) -> Mention | None:
    """"Ruritania's 3,000 dockers walked out", "police dispersed Acme's workers": a name that owns the group right
    after it is no party of its own, the group is; None when no group noun follows the possessive."""
    tail = doc.text[mention.end:mention.end + 2]
    if tail in POSSESSIVE[:2]:
        at = mention.end + 2
    elif tail[:1] in ("'", "’") and mention.text.endswith("s"):
        at = mention.end + 1
    else:
        return None
    for _ in range(OWNED_REACH + 1):
        word = _WORD_AFTER.match(doc.text, at)
        if word is None or word.group(1)[:1].isupper() or word.group(1) in BETWEEN:
            return None
        at = word.end()
        if is_group_head(word.group(1)):
            return group(doc, doc.text[mention.start:at], mention.start)
    return None


_NAME_WORDS_BEFORE = re.compile(r"(?:[A-Z][\w.&'’-]*[ \t\n]+)+$")


def _whole_name_before(doc: Document, phrase: str, start: int) -> tuple[str, int]:
    """"Wall Street analysts" where the words gave "Street analysts": a phrase opening with a name takes the
    capitalised words of its sentence right before it, which the word rules cut at the sentence's first word."""
    number = doc.sentence_at(start)
    if not phrase[:1].isupper() or number is None:
        return phrase, start
    before = _NAME_WORDS_BEFORE.search(doc.text, doc.sentences[number].start, start)
    if before is None or any(word in gazetteer().not_names for word in before.group().split()):
        return phrase, start
    return doc.text[before.start():start] + phrase, before.start()


POSSESSIVE = ("'s", "’s", "s'", "s’")


def _after_owner(words: list[str]) -> list[str]:
    """The words after a possessive ("Chile's 9,000 dockers" -> "9,000 dockers")."""
    owned = [n for n, word in enumerate(words[:-1]) if word.endswith(POSSESSIVE) or word.lower() in BODY_OWNERS]
    return words[owned[-1] + 1:] if owned else words


def _unowned(word: str) -> str:
    return word[:-2] if word.endswith(POSSESSIVE[:2]) else word[:-1] if word.endswith(POSSESSIVE[2:]) else word


def _owner(doc: Document, words: list[str], start: int) -> list[str] | None:
    """The words naming whose the group is when a possessive says it: a country by its adjective ("Chile's
    dockers", "its farmers" after Chile: "Chilean"), another name as written ("Acme's workers": "Acme");
    [] without a possessive; None when the owner is no name ("the company's workers")."""
    before = words[:len(words) - len(_after_owner(words))]
    if not before:
        return []
    if before[-1].lower() in BODY_OWNERS:
        found = antecedent(doc, "it", start)
        if found is None or found.type != "country":
            return None
        return [gazetteer().demonyms.get(found.actor, found.name or found.text)]
    owner = " ".join(_unowned(word) for word in before if word.lower() not in PASSING)
    if not owner or not owner[0].isupper():
        return None
    entry = _whole_name(owner, doc.published)
    if entry is not None and entry.type == "country":
        return [gazetteer().demonyms.get(entry.key, owner)]
    named = _named_owner(doc, start, start + len(" ".join(before)))
    return (named.name or named.text).split() if named is not None else owner.split()


def _named_owner(doc: Document, start: int, end: int) -> Mention | None:
    """The one body the article names within the owner's words, whose actor's name names the group ("Acme
    U.K. Ltd's workers": "Acme U.K. workers")."""
    inside = [m for m in doc.mentions if start <= m.start and m.end <= end and m.type == "organization"]
    return inside[0] if len(inside) == 1 else None


def _passing(word: str) -> bool:
    lowered = word.lower()
    return lowered in PASSING or not any(char.isalpha() for char in word) or \
        lowered.endswith("ing") and not lowered.endswith(TRADE_ENDINGS) and lowered not in TRADES and \
        not _proper(word)


def _proper(word: str) -> bool:
    return _whole_name(word) is not None


def _whole_name(text: str, published: str | None = None) -> Entry | None:
    """The gazetteer entry `text` is the whole name of, or None."""
    hits = gazetteer().find(text, published=published)
    return hits[0].entry if hits and hits[0].start == 0 and hits[0].end == len(text) else None


_PART_OF = re.compile(r"^(?:.*[ \t\n])?(?:[a-z]+[ \t\n]+of|with|against|between|among)[ \t\n]+"
                      r"(?!.*[ \t\n](?:of|with|against|between|among)[ \t\n])")  # "a wage deal with striking dockers"
_CLAUSE_OPENERS = ("although", "though", "while", "whereas", "because", "but", "if", "unless", "whether", "when",
                   "where", "which", "who", "that")
_CLAUSE_BEFORE = re.compile(rf"^(?:.*[ \t\n])?(?:{'|'.join(_CLAUSE_OPENERS)})[ \t\n]+", re.IGNORECASE | re.DOTALL)
_PHRASE_WORD = re.compile(r"[\w.&'’-]+")
_BREAK = re.compile(r"[,;:()\"]")
MODALS = frozenset({"will", "would", "can", "could", "may", "might", "shall", "should", "must"})
# words that end what is said before a group: a reporting verb, or a word that opens a clause of its own
STOPS = reporting.forms() | {"according", "than", "but", "if", "while", "when", "after", "before", "because", "not",
                             "also"}


def _written_before(doc: Document, head: str, start: int) -> Mention | None:
    """"Port Marin shipping analysts and brokers said ... The analysts blamed": the last phrase before `start`
    that names a group with this head in more words."""
    for match in reversed(list(re.finditer(rf"\b{re.escape(head)}\b", doc.text[:start], re.I))):
        number = doc.sentence_at(match.start())
        if number is None:
            continue
        opening = max([doc.sentences[number].start] + [m.end() for m in _BREAK.finditer(
            doc.text, doc.sentences[number].start, match.start())])
        before = list(_PHRASE_WORD.finditer(doc.text, opening, match.start()))[-(MAX_WORDS - 1):]
        stops = [n for n, word in enumerate(before) if word.group().lower() in PASSING or
                 word.group().lower() in BETWEEN or word.group().lower() in STOPS]
        stops += [n + 1 for n, word in enumerate(before) if word.group().lower() in MODALS]  # "the reform will
        # give farmers credit": the word after a modal is a verb, no part of the group's name
        before = before[max(stops) + 1:] if stops else before
        if not before:
            continue
        found = group(doc, doc.text[before[0].start():match.end()], before[0].start(), recall=False)
        if found is not None and " " in (found.name or ""):
            return found
    return None


def _earlier(doc: Document, head: str, start: int) -> Mention | None:
    """The last group with this head the article named before `start`."""
    before = [m for m in doc.mentions if m.type == "group" and m.end <= start and m.actor.startswith(GROUP_KEY)
              and (m.name or "").split()[-1:] == [head]]
    return max(before, key=lambda m: m.start) if before else None


_MANAGEMENT = re.compile(r"\bbetween[ \t\n]+(?:the[ \t\n]+)?(?:(?P<owner>[A-Z][^,;]*?)(?:'s|’s)[ \t\n]+)?"
                         r"management[ \t\n]+and[ \t\n]+(?:the[ \t\n]+|its[ \t\n]+)?(?P<side>unions|workers|employees|"
                         r"staff|union)\b")
SIDES_REACH = 40  # characters from a happening's noun to its "between": "negotiations planned for Tuesday between"
SIDES_SPAN = 60  # characters from "between" to the end of its two sides: "between Acme Steel Corp's management and
# its employees"; the match may end that far past the last place it may start


def management_sides(doc: Document, start: int, end: int) -> list[Mention]:
    """"negotiations between management and workers at Acme's mill", "talks between Acme's management and unions":
    the two sides of a labour dispute the happening at `start`..`end` is between, the company and its workforce,
    when the sentence names one company; [] otherwise."""
    number = doc.sentence_at(start)
    if number is None:
        return []
    sentence = doc.sentences[number]
    match = _MANAGEMENT.search(doc.text, end, min(sentence.end, end + SIDES_REACH + SIDES_SPAN))
    if match is None or match.start() - end > SIDES_REACH:
        return []
    bodies = [m for m in doc.mentions if sentence.start <= m.start and m.end <= sentence.end
              and m.type == "organization"]
    if match.group("owner"):
        bodies = [m for m in bodies if match.start("owner") <= m.start and m.end <= match.end("owner")]
    if len({m.actor for m in bodies}) != 1:
        return []
    company = bodies[0]
    side = "unions" if match.group("side") == "union" else match.group("side")
    name = f"{company.name or company.text} {side}"
    workforce = Mention(match.start("side"), match.end("side"), match.group("side"), GROUP_KEY + fold(name), "group",
                        name=name)
    return [company, workforce]


_PARTNER = re.compile(r"(?:[ \t\n]+[\w-]+){0,3}?[ \t\n]+(?:with|against)[ \t\n]+")
_AGENT = re.compile(r"[ \t\n]+by[ \t\n]+")
PARTNER_WORDS = 4  # words of the group's phrase after "with": "the 40,000 striking seamen"


def partner(doc: Document, end: int) -> Mention | None:
    """"signed a wage deal with striking dockers", "a strike against shipowners": the group named after "with"
    or "against" within a few words after a happening that ends at `end`, or None."""
    opening = _PARTNER.match(doc.text, end)
    if opening is None or any(word in BETWEEN for word in doc.text[end:opening.end()].split()[:-1]):
        return None  # "talks in the capital with ...": past another preposition "with" may hang on its noun
    return _group_after(doc, opening.end())


def agent(doc: Document, end: int) -> Mention | None:
    """"the longest strike by dockers", "were dispersed by striking workers": the group named after "by"
    right after a happening that ends at `end`, or None."""
    opening = _AGENT.match(doc.text, end)
    return _group_after(doc, opening.end()) if opening is not None else None


def _group_after(doc: Document, start: int) -> Mention | None:
    """The group whose phrase opens at `start` and ends at the first group noun within a few words ("thousands
    of striking dockers")."""
    at = start - 1  # the space before the phrase, where `_WORD_AFTER` starts
    for _ in range(PARTNER_WORDS):
        word = _WORD_AFTER.match(doc.text, at)
        if word is None or word.group(1) in BETWEEN and word.group(1) != "of":
            return None
        at = word.end()
        if is_group_head(word.group(1).lower()) and doc.text[at:at + 1] not in ("'", "’"):
            return group(doc, doc.text[start:at], start)
    return None

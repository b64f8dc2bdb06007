"""Who a doer stands for: a description ("the company", "the government", "officials") stands for an actor
the article has named; a phrase led by a country's adjective ("Iraqi warplanes", "the Libyan garrison") for
that country; a state official or a state organ acts with the country it speaks for.

A subject that is a description of a known kind (`resources/en/actors/descriptions.tsv`), with at most a
determiner and adjectives before it ("the company", "the new government"), stands for the actor of a fitting
type that the article has named most before it, the first named on a tie (a story names its subject first);
"the group" after "a group led by Jan Novak" stands for the one who leads it.
A subject that is a title in lower case ("the minister", "the trade minister", "the envoy") stands for the person
the article last named with that title, before the name ("Trade Minister Jan Novak") or in an apposition after
it ("Jan Novak, the Ruritanian envoy,"). Only doers are resolved so: the actor mentions of the article stay the
names it writes.

A subject "it" stands for the first organisation, country or group named in its sentence before it, else in
the nearest sentence before that names one (a sentence names its subject first); "he" and "she" likewise for
a person; a subject owned by one of them ("its warplanes") for the same actor. A speaker named by a title alone
("the official said", "said a senior analyst at Acme") before that person is who "he" or "she" stands for: the
person the article named with that title, else the body the description names ("a Toshiba spokesman") or calls
by a word of its name ("the Bank official" after "the Bank of Japan"), else no one the article names.

A person, or an organ of state (`resources/en/actors/state_organs.txt`: ministries, councils, armed forces),
whose mention is affiliated with a country the article names speaks for that country: "Defence Secretary Jane
Doe said" has Jane Doe and her country as doers.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left
from collections import Counter
from operator import attrgetter
from typing import TYPE_CHECKING

from .. import reporting
from ..model import Actor, Document, Event, Mention, Participant
from . import sexes
from .furniture import WIRE_CODE
from .gazetteer import DEMONYM, rows, words, gazetteer
from .story_country import story_country
from .media import is_medium_name, reported_to
from .mention_words import SPEAKING_TOO
from .names import fold

if TYPE_CHECKING:
    from ..events.text import Words  # events reads actors: a run-time import would be a cycle

DETERMINERS = frozenset({"the", "a", "an", "its", "their", "this", "that", "these", "those", "his", "her"})
INDEFINITE = frozenset({"a", "an"})
BODY_OWNERS = frozenset({"its", "their"})  # the pronouns that own a body ("its board") rather than a person's
MAX_WORDS = 3  # "the state-owned company": a description longer than this is telling something new


@functools.cache
def _kinds() -> dict[str, frozenset[str]]:
    return {row[0].strip(): frozenset(kind.strip() for kind in row[1].split("|")) for row in rows("descriptions.tsv")}


@functools.cache
def _name_words() -> dict[str, frozenset[str]]:
    """Description noun -> the words that name bodies of its kind ("union": "Workers", "Teamsters")."""
    return {row[0].strip(): frozenset(word.strip() for word in row[2].split("|"))
            for row in rows("descriptions.tsv") if len(row) > 2 and row[2].strip()}


@functools.cache
def _only() -> frozenset[str]:
    """Description nouns that never stand for a body of another kind ("the union" is no company)."""
    return frozenset(row[0].strip() for row in rows("descriptions.tsv") if len(row) > 3 and row[3].strip() == "only")


def names_one_body(name: str) -> bool:
    """Whether an unnamed group's name ("union", "dockers' union") is one body, which takes a verb in the
    singular, where a group's plural ("dock workers") takes one in the plural."""
    words = name.lower().split()
    return bool(words) and words[-1] in _only()


def _of_kind(doc: Document, noun: str, named: list[Mention]) -> list[Mention]:
    """The mentions among `named` whose name says they are bodies of the kind `noun` describes ("the union":
    "Canadian Auto Workers", not "General Motors"); all of them when none is, or the noun says no kind. A noun
    that stands for its own kind only takes a body the article calls by it as well ("the dockers' union, DWU",
    "the Lakeside Dockers Union"), else a group it named ("the strikers") but not one its own noun names."""
    kind = _name_words().get(noun)
    fitting = [m for m in named if kind & set((m.name or m.text).split())] if kind else []
    if noun not in _only():
        return fitting or named
    called = {m.actor for m in doc.mentions if m.type == "organization" and _called(doc, m, noun)}
    return [m for m in named if m in fitting or m.actor in called] or \
        [m for m in named if m.type == "group" and noun not in (m.name or m.text).lower().split()]


def _called(doc: Document, mention: Mention, noun: str) -> bool:
    """Whether the article calls the body of `mention` by the description `noun`: its name holds the noun after its
    first word ("Lakeside Dockers Union", "National Union of Seamen", not "Union Bank"), or the noun stands right
    before it, set off by a comma or not ("the port union, FNV,"), or right after it ("the FNV union")."""
    before = doc.text[max(0, mention.start - 30):mention.start]
    after = doc.text[mention.end:mention.end + 30]
    return noun.title() in (mention.name or mention.text).split()[1:] or \
        re.search(rf"\b{re.escape(noun)},?[ \t\n]+$", before) is not None or \
        re.match(rf"[ \t\n]+{re.escape(noun)}\b", after) is not None


STAFF = frozenset({"officials"})  # the people of a body, whom the text names by the body first ("EC officials")
# the noun right after a body's name, or after one lower-case word that qualifies it ("EC trade officials"); not
# after a verb or a joining word ("Acme said officials ...", "Acme and officials")
_QUALIFIED = {noun: re.compile(rf"[ \t\n]+(?:([a-z]+)[ \t\n]+)?{noun}\b") for noun in STAFF}
_NOT_QUALIFYING = frozenset({"and", "or", "but", "said", "says", "told", "tells", "with", "by", "to", "for", "of"})


def qualified_staff(doc: Document, noun: str, start: int, phrase: str,
                    before: list[Mention] | None = None) -> Mention | None:
    """The body whose name the article last wrote the staff noun after, before `start` ("EC officials said ...
    some officials said": the EC), as a mention of `phrase` there; None for another noun or when it wrote none."""
    if noun not in STAFF:
        return None
    named = _bodies_before(doc, start, noun) if before is None else before
    return next((_standing_for(m, start, phrase) for m in reversed(named) if _qualifies(doc, m, noun)), None)


def _qualifies(doc: Document, mention: Mention, noun: str) -> bool:
    """Whether the article wrote the staff noun right after `mention` ("EC officials said ... some officials
    said": the bare noun later stands for the body it was qualified by, the last such before it, not the actor
    the article names most)."""
    match = _QUALIFIED[noun].match(doc.text, mention.end)
    return match is not None and match.group(1) not in _NOT_QUALIFYING


def _unnamed(phrase: str, start: int) -> Mention | None:
    """"The union said" where the article names no union nor group it may stand for: an unnamed group named by
    the description's words without the determiner ("union", "dockers' union"), for a noun of its own kind only."""
    words = phrase.split()
    if words and words[0].lower() in DETERMINERS:
        words = words[1:]
    if not words or words[-1].lower() not in _only():
        return None
    name = " ".join(words).lower()
    return Mention(start, start + len(phrase), phrase, GROUP_KEY + fold(name), "group", name=name)


def describes(noun: str) -> bool:
    """Whether `noun` is a description that stands for an actor the article named ("the company", "officials")."""
    return noun in _kinds()


def describes_body(noun: str, before: str = "") -> bool:
    """Whether `noun` is a description of a body that is never a country ("the company", "the automaker"), which
    a country's name before it only says where the body is ("the U.S. automaker"); not with the word `before` it
    a body every state has ("the Dutch central bank"), which is the country's own."""
    return "organization" in _kinds().get(noun, ()) and "country" not in _kinds()[noun] and \
        noun not in STATES_OWN and f"{before} {noun}" not in gazetteer().lower_state_bodies


STATES_OWN = frozenset({"agency"})  # "the Soviet news agency", "the U.S. agency": mostly an organ of the state


def stand_in(doc: Document, phrase: str | None, start: int, besides: frozenset[str] = frozenset()) -> Mention | None:
    """The actor the description `phrase` (written at document offset `start`) stands for, as a mention at
    the phrase's place; None when it is no known description or the article has named no fitting actor. The
    actors `besides` are not among those it may stand for ("Zeta bought the company": not Zeta)."""
    if not phrase:
        return None
    words = phrase.lower().split()
    if len(words) > 1 and words[0] in BODY_OWNERS:
        return None  # "Acme said its board approved": the owner the pronoun stands for (`owned`), not the most named
    if words and words[0] in DETERMINERS:
        words = words[1:]
    if words and len(words) <= MAX_WORDS and words[-1] not in _kinds() and words[-1] in gazetteer().titles:
        # a description in lower case ("the trade minister"), not a name ("Mr. King")
        return titled(doc, words, start, phrase) if phrase.split()[-1].islower() else None
    if words and len(words) == 1 and words[0] not in _kinds() and phrase.lower().startswith("the "):
        return _named_head(doc, words[0], start, phrase)
    if not words or len(words) > MAX_WORDS or words[-1] not in _kinds():
        return None
    leader = _leader(doc, start) if words[-1] in LED else None
    if leader is not None:
        return _standing_for(leader, start, phrase)
    if phrase.lower().split()[0] in INDEFINITE and words[-1] in COMPANY_NOUNS:
        return None  # "a firm formed by Acme's managers bid ...": a company told of with "a" is a new party, where
        # "a company spokesman" speaks for the one named
    before = [m for m in _of_kind(doc, words[-1], _bodies_before(doc, start, words[-1])) if m.actor not in besides]
    if not before:
        return _story_government(doc, start, phrase) or _unnamed(phrase, start)
    qualified = qualified_staff(doc, words[-1], start, phrase, before)
    if qualified is not None:
        return qualified
    # most_common keeps the order of first mention on a tie: the first named wins
    chosen = _opening_speaker(doc, before) if words[-1] in COMPANY_NOUNS else None
    chosen = chosen or Counter(m.actor for m in before).most_common(1)[0][0]
    return _standing_for(next(m for m in reversed(before) if m.actor == chosen), start, phrase)


def _story_government(doc: Document, start: int, phrase: str) -> Mention | None:
    """"The government approved a salt levy" under "RURITANIA APPROVES SALT LEVY", with no country named
    before it: "the government" (or "the cabinet", "the authorities") the text has not yet named is the one of
    the country the story is about, by its headline or the capital it is filed from (the rule that gives an unnamed
    minister his country, `story_country`). Not a government a word qualifies ("the Quebec government", "government
    economists"), which may be another's or speak for someone else, nor one after the text has written the noun
    before ("Kalda province government officials ... the government"): the text's own government, then."""
    words = phrase.lower().split()
    if len(words) != 2 or words[0] != "the" or _kinds()[words[1]] != {"country"} or \
            re.search(rf"\b{re.escape(words[1])}\b", doc.text[:start], re.I):
        return None
    return _story_government_at(doc, start, start + len(phrase))


def story_government(doc: Document, word: str, start: int) -> Mention | None:
    """"government sources said", "cabinet officials said" where the article has named no country before: the
    government of the country the story is about (`story_country`), as a mention of `word` at `start`."""
    if _kinds().get(word.lower()) != {"country"} or _named_before(doc, start, frozenset({"country"})):
        return None
    return _story_government_at(doc, start, start + len(word))


def _story_government_at(doc: Document, start: int, end: int) -> Mention | None:
    """The government of the country the story is about (`story_country`), as a mention of the text from `start`
    to `end`; None when the story is about no one country."""
    entry = story_country(doc, Counter(m.actor for m in doc.mentions if m.type == "country"))
    return None if entry is None else Mention(start, end, doc.text[start:end], entry.key, "country",
                                              name=entry.name, code=entry.code)


def _named_head(doc: Document, noun: str, start: int, phrase: str) -> Mention | None:
    """"The court denied the appeal" after "the Supreme Court": "the" and the noun that ends the name of one
    organisation the article has named before stands for it, when it ends no other's name."""
    if not noun.isalpha() or noun in gazetteer().titles:
        return None
    named = [m for m in _named_before(doc, start, frozenset({"organization"}))
             if (m.name or m.text).split()[-1].lower() == noun]
    if len({m.actor for m in named}) != 1:
        return None
    return _standing_for(named[-1], start, phrase)


COMPANY_NOUNS = frozenset({"company", "firm", "corporation"})


def _opening_speaker(doc: Document, before: list[Mention]) -> str | None:
    """"Acme Corp said it agreed to buy Beta Inc ... the company said": in a report of what a company said,
    opened by its statement, "the company" is that company, however often the article names the other."""
    opener = opening_speaker(doc)
    return opener if any(m.actor == opener and m.type == "organization" for m in before) else None


LED = frozenset({"group", "consortium"})  # what the article may have named by who leads it
_LED_BY = re.compile(r"\b(?:group|consortium)\b[^.;]{0,60}?\b(?:led|headed)\s+by\s+(?:[a-z]+\s+){0,3}")


def _leader(doc: Document, start: int) -> Mention | None:
    """"An investor group led by Jan Novak ... The group offered": the actor named as leading the last group
    the article spoke of before `start`, which a group's description stands for."""
    led = None
    for led in _LED_BY.finditer(doc.text, 0, start):
        pass
    if led is None:
        return None
    return next((m for m in doc.mentions if m.start == led.end() and m.end <= start), None)


# "Acme Corp <ACME>, a maker of widgets, said": a ticker and an apposition may stand between the name and the verb
_SAID = re.compile(rf"(?:[>)]|\s*{WIRE_CODE.pattern})*(?:\s*,[^.;]*?,)?\s+(?:{reporting.pattern()})\b")


# a company's parts: "its Acme Capital unit", "Acme Corp's Beta Airlines unit said"
UNITS = frozenset({"unit", "units", "subsidiary", "subsidiaries", "arm", "arms", "division", "divisions", "branch",
                   "branches"})
_OWNED = re.compile(r"['’]s\s+")
_UNIT_WORD = re.compile(rf"\s+(?:{'|'.join(sorted(UNITS))})\b")


def _speaking(doc: Document, opening: Mention) -> Mention | None:
    """The mention at a sentence's opening that a reporting verb follows: the name itself, or the unit its
    possessive owns ("Acme Corp's Beta Airlines unit said": the unit speaks, and "It said" after it is the
    unit's)."""
    if _SAID.match(doc.text, opening.end):
        return opening
    unit = _owned_unit(doc, opening)
    if unit is None:
        return None
    word = _UNIT_WORD.match(doc.text, unit.end)
    return unit if _SAID.match(doc.text, unit.end if word is None else word.end()) else None


def _owned_unit(doc: Document, owner: Mention) -> Mention | None:
    """The organisation named right after `owner`'s possessive ("Acme Corp's Beta Airlines"), or None."""
    owned = _OWNED.match(doc.text, owner.end)
    return None if owned is None else next(
        (m for m in doc.mentions if m.start == owned.end() and m.type == "organization"), None)


def opening_speaker(doc: Document) -> str | None:
    """The organisation or country whose statement opens the article ("Acme Corp, a maker of widgets, said it
    ..."): the name the first sentence opens with, followed by a reporting verb."""
    if not doc.sentences:
        return None
    first = doc.sentences[0]
    opening = min((m for m in doc.mentions if first.start <= m.start < first.end), key=lambda m: m.start,
                  default=None)
    if opening is None or opening.type not in ("organization", "country") or \
            doc.text[first.start:opening.start].strip(" \t\n<("):
        return None
    speaker = _speaking(doc, opening)
    return None if speaker is None else speaker.actor


def last_speaker(doc: Document, start: int) -> Mention | None:
    """"Acme Corp said it ... . The company said ... . It said ...": the body a subject "it" of a reporting verb
    stands for, the organisation or country (not a medium) named as the speaker of the nearest sentence before
    `start` that opens with its name, after "The" or a phrase set off by a comma ("Separately, Beta Inc said"),
    or that it closes as the speaker ("..., Beta Inc said."), as a mention at the pronoun's place. The first
    actor named in the sentence before, which `antecedent` takes, is more often what the speaker spoke of ("... a
    loan agreement with Norvex Bank. It said it will appeal")."""
    number = doc.sentence_at(start)
    if number is None:
        return None
    ordered = sorted(doc.mentions, key=attrgetter("start"))  # stable: the first written of those at one place
    starts = [m.start for m in ordered]
    for sentence in reversed(doc.sentences[:number]):
        first = bisect_left(starts, sentence.start)
        inside = ordered[first:bisect_left(starts, sentence.end)]
        opening = inside[0] if inside else None
        lead = doc.text[sentence.start:opening.start].strip(" \t\n<(") if opening is not None else ""
        speaker = _speaking(doc, opening) if opening is not None else None
        if speaker is not None and (lead in ("", "The") or lead.endswith(",")) and _may_speak_as_it(opening):
            return _standing_for(speaker, start, doc.text[start:start + 2])
        closing = inside[-1] if inside else None
        if closing is not None and _CLOSING_SAID.match(doc.text[closing.end:sentence.end]) and \
                _may_speak_as_it(closing):
            return _standing_for(closing, start, doc.text[start:start + 2])
    return None


# a speaker that closes its sentence: "..., Acme Corp said.", "... the Acme Council (AC) said in a statement."
_CLOSING_SAID = re.compile(rf"[)>]?\s+(?:{reporting.pattern()})(?:\s+in\s+a\s+(?:statement|report))?\s*\.?[\"'”]?\s*$")


def _may_speak_as_it(mention: Mention) -> bool:
    """Whether a speaker may be an "it": a body or a country, no medium reporting what others said."""
    return mention.type in ("organization", "country") and not is_medium_name(mention.name or mention.text)


def described_speaker(doc: Document, phrase: str | None, start: int) -> Mention | None:
    """"The company said", "the group told the SEC": the body a speaker described as one body of one kind
    stands for, when the article makes it sure: the leader of the group it spoke of ("a group led by Acme"), or
    the organisation or country whose statement opens it, unless another organisation's name ends with the noun
    ("the board" after "the Central Electricity Generating Board"), as a legal form does not ("the company" after
    "Beta Tools Company" may still be the opener: any firm's name may end so). The most named body, which `stand_in`
    falls back on for a doer, would make a statement someone else's. Staff ("officials", "a spokesman") and
    bodies that may be a country's or an organisation's ("the ministry") are left to `said_by`."""
    if not phrase:
        return None
    noun = phrase.lower().split()[-1]
    kinds = _kinds().get(noun, frozenset())
    if not kinds or {"country", "organization"} <= kinds or noun.endswith("s") and not noun.endswith("ss"):
        return None
    leader = _leader(doc, start) if noun in LED else None
    if leader is not None:
        return _standing_for(leader, start, phrase)
    if noun in _only():
        return stand_in(doc, phrase, start)
    opener = opening_speaker(doc)
    named = [m for m in _bodies_before(doc, start, noun) if m.actor == opener]
    if not named or any((m.name or m.text).split()[-1].lower() == noun and m.actor != opener
                        and (m.name or m.text).split()[-1] not in gazetteer().legal_forms
                        for m in doc.mentions if m.start < start and m.type == "organization"):
        return None
    return _standing_for(named[-1], start, phrase)


_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
TITLE_REACH = 40  # characters before a name in which its title stands ("Soviet Deputy Foreign Minister X")


def titled(doc: Document, title: list[str], start: int, phrase: str) -> Mention | None:
    """"the envoy", "the trade minister": the person the article last named with that title (its words, in
    lower case, without the determiner), before the name ("Soviet envoy Jan Novak", "Trade Minister Jan Novak")
    or in an apposition after it ("Jan Novak, the Soviet envoy,"), as a mention at the phrase's place; None
    when no person named before has it."""
    for mention in reversed(_named_before(doc, start, frozenset({"person"}))):
        sentence = doc.sentence_at(mention.start)
        opening = doc.sentences[sentence].start if sentence is not None else 0
        before = _WORD.findall(doc.text[max(opening, mention.start - TITLE_REACH):mention.start].lower())
        after = doc.text[mention.end:mention.end + TITLE_REACH]
        apposed = _WORD.findall(after.split(",")[1].lower()) if after.startswith(",") and after.count(",") > 1 \
            else []
        if before[-len(title):] == title or all(word in apposed for word in title):
            return _standing_for(mention, start, phrase)
    return None


APPOINTING = frozenset({"Appointment", "Election"})  # labels of happenings that fill a body's post
_POST_OF = re.compile(r"\b(?:of|to|at)\s+(?:the\s+)?$")
_POST_DESCRIBED = re.compile(r"\b(?:of|to|at)\s+(?:the|its)\s+([a-z]+)\b")


def appointer(doc: Document, start: int, end: int) -> Mention | None:
    """"Jane Doe was named president of Acme", "were elected to Acme's board", "was elected chairman of the
    company": the body whose post a passive appointment written at document offsets [start, end) fills, the
    first organisation named there right after "of", "to" or "at", or the one such a description stands
    for."""
    for mention in sorted(doc.mentions, key=lambda m: m.start):
        if start <= mention.start < end and mention.type == "organization" and \
                _POST_OF.search(doc.text, max(start, mention.start - 12), mention.start):
            return mention
    described = _POST_DESCRIBED.search(doc.text, start, end)
    if described is None or "organization" not in _kinds().get(described.group(1), frozenset()):
        return None
    return stand_in(doc, "the " + described.group(1), described.start(1))


PAIRED = {"countries": "country", "nations": "country", "governments": "country", "states": "country"}


def the_two(doc: Document, noun: str, start: int) -> list[Mention]:
    """"The two countries signed an agreement": the two countries the article has named before `start`, when it
    has named exactly two (which two of three is a guess); else none."""
    kind = PAIRED.get(noun)
    if kind is None:
        return []
    last = {mention.actor: mention for mention in _named_before(doc, start, frozenset({kind}))}
    return list(last.values()) if len(last) == 2 else []


def _named_before(doc: Document, start: int, kinds: frozenset[str]) -> list[Mention]:
    """The article's actor mentions of these types that end before `start`, in the order written."""
    return sorted((m for m in doc.mentions if m.end <= start and m.type in kinds), key=lambda m: m.start)


def _bodies_before(doc: Document, start: int, noun: str) -> list[Mention]:
    """The mentions named before `start` that the description `noun` may stand for: not the news medium the
    article was told or answered ("told the Freedonia News Agency ... the company said"), which reports what
    bodies do and say."""
    return [m for m in _named_before(doc, start, _kinds()[noun]) if not reported_to(doc.text, m)]


def _standing_for(model: Mention, start: int, text: str) -> Mention:
    """A mention of `model`'s actor at the place of `text`, which stands for it."""
    return Mention(start, start + len(text), text, model.actor, model.type, name=model.name or model.text,
                   code=model.code, affiliation=model.affiliation)


ANAPHOR_KINDS = {"it": frozenset({"organization", "country", "group"}), "he": frozenset({"person"}),
                 "she": frozenset({"person"})}
# the kinds of speaker a third-person pronoun after a reporting verb may be, in the reporter's words
SPEAKER_PRONOUNS = {"it": frozenset({"organization", "country"}), "he": frozenset({"person"}),
                    "she": frozenset({"person"}), "they": frozenset({"organization", "country", "group"})}


def speaker_pronoun(pronoun: str, speakers: list[Mention]) -> bool:
    """Whether the third-person pronoun that opens what was said can be its speakers: "Acme said it sold", not
    "It opened at 34.38, dealers said" (the currency) nor a quoted "we"."""
    kinds = SPEAKER_PRONOUNS.get(pronoun)
    return bool(kinds) and bool(speakers) and all(m.type in kinds for m in speakers)


GROUP_KEY = "group:"  # the actor key of a group without a name (`groups.py`) is this and its folded name: a
# plural ("the strikers"), which "it" never stands for


# "In a filing with the SEC, the group said it ...", "In a letter to Acme, ...": a phrase that opens a sentence
# with the writing or meeting it was told in names whom it was told to, never the subject a pronoun stands for
_OPENING_DOCUMENT = re.compile(r"\s*In\s+(?:a|an|its|their|the|his|her)\s+[^,.;]{0,80},")


def antecedent(doc: Document, pronoun: str, start: int) -> Mention | None:
    """The actor the subject pronoun `pronoun` at document offset `start` stands for, as a mention at its place;
    not one named in a phrase that opens a sentence with the writing it was told in (`_OPENING_DOCUMENT`)."""
    kinds = ANAPHOR_KINDS.get(pronoun)
    number = doc.sentence_at(start)
    if kinds is None or number is None:
        return None
    # "Jane Doe met Jan Novak. She said": a person the article tells is of the other sex is never the pronoun
    before = [m for m in _named_before(doc, start, kinds) if not m.actor.startswith(GROUP_KEY) and
              not sexes.other_sex(doc, m, pronoun)]
    for sentence in reversed(doc.sentences[:number + 1]):
        if sentence.end <= start and _opened_by(doc, sentence.start, pronoun):
            continue  # "It added that rates in Ruritania were low": the same pronoun again, whose names are not it
        described = _described_subject(doc, sentence.start) if sentence.end <= start else None
        if described is not None and described.type in kinds:
            return _standing_for(described, start, doc.text[start:start + len(pronoun)])
        opening = _OPENING_DOCUMENT.match(doc.text, sentence.start, sentence.end)
        inside = [m for m in before if sentence.start <= m.start < sentence.end and
                  (opening is None or m.start >= opening.end())]
        unnamed = _unnamed_person(doc, sentence.start, min(sentence.end, start)) if "person" in kinds else None
        if unnamed is not None and (not inside or unnamed[0] < inside[0].start):
            # "the SEC official said ... . He added": he is that official, who speaks for the body named
            return None if unnamed[1] is None else _standing_for(unnamed[1], start, doc.text[start:start + len(pronoun)])
        if inside:
            # "Acme Corp's Beta Airlines said it ... . It asked": the unit its owner's possessive leads is the subject
            unit = _owned_unit(doc, inside[0]) if inside[0].type == "organization" else None
            return _standing_for(unit or inside[0], start, doc.text[start:start + len(pronoun)])
    return None


_SENTENCE_OPENER = r"[\s\"']*(?:(?:But|And|However|Also),?\s+)?"  # what may come before a sentence's subject
_OPENING_PRONOUN = re.compile(_SENTENCE_OPENER + r"(\w+)\s")


def _opened_by(doc: Document, start: int, pronoun: str) -> bool:
    """Whether the sentence at offset `start` opens with `pronoun` as its subject ("It added that ...", "But he
    said ..."): one earlier link of the chain a later same pronoun continues, which goes back to the antecedent
    of the first."""
    opening = _OPENING_PRONOUN.match(doc.text, start)
    return opening is not None and opening.group(1).lower() == pronoun


_OPENING_DESCRIPTION = re.compile(_SENTENCE_OPENER + r"(The\s+([A-Za-z]+))\s+(?!of\b|and\b)")


def _described_subject(doc: Document, start: int) -> Mention | None:
    """The actor a description that opens the sentence at offset `start` as its subject stands for ("The company
    said Zenith's sales rose", "The Bank will quote rates in Kalda"): the sentence is about it, not about the
    names after it, and a pronoun in a later sentence stands for it."""
    opening = _OPENING_DESCRIPTION.match(doc.text, start)
    if opening is None or not describes(opening.group(2).lower()):
        return None
    # "The board" after "the Board of Trade": the body whose name has the noun, before the one named most
    return _body_called(doc, start, [opening.group(2).capitalize()]) or \
        stand_in(doc, opening.group(1), opening.start(1))


def _body_called(doc: Document, start: int, words: list[str]) -> Mention | None:
    """"the Bank official" after "the Bank of Japan": the organisation last named before `start` whose name has
    all these capitalised words of a description."""
    if not words:
        return None
    return next((m for m in reversed(_named_before(doc, start, frozenset({"organization"})))
                 if all(word in (m.name or m.text).split() for word in words)), None)


_DESCRIBING = re.compile(r"\b(?:[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother)\s+")
# "one analyst cautioned": a verb of arguing or warning says that a title alone names who spoke as well as "said"
_SAID_AFTER = re.compile(rf",?\s+(?:\w+ly\s+)?(?:{reporting.pattern()}|{'|'.join(SPEAKING_TOO)})\b")
_SAID_BEFORE = re.compile(rf"\b(?:{reporting.pattern()})\s+$")
_TAIL = frozenset({"at", "of", "for", "with", "from", "in", "who"})  # "said a senior analyst at Acme"
DESCRIPTION_WORDS = 4
_ANONYMOUS = re.compile(r"[^.;\"]{0,40}?\bwho\s+(?:asked|requested|declined|wished|preferred)\s+(?:not\s+to\s+be\s+"
                        r"(?:named|identified)|to\s+be\s+(?:named|identified)|anonymity|to\s+remain\s+anonymous)")


def _unnamed_person(doc: Document, start: int, end: int) -> tuple[int, Mention | None] | None:
    """The first speaker between `start` and `end` that the text names by a title alone ("the official said",
    "said a senior analyst at Acme", "one diplomat said"): its offset and the actor it stands for, the person
    the article last named with that title or else the body named inside the description ("a Toshiba
    spokesman") or right after it ("a spokesman for Toshiba"); "the spokesman" alone, the body the last
    spokesman described served; or None."""
    for determiner in _DESCRIBING.finditer(doc.text, start, end):
        inverted = bool(_SAID_BEFORE.search(doc.text, max(start, determiner.start() - 8), determiner.start()))
        words = list(_WORD.finditer(doc.text, determiner.end(), end))[:DESCRIPTION_WORDS + 1]
        for n, word in enumerate(words[:DESCRIPTION_WORDS]):
            form = word.group()
            if not form.islower() or form not in gazetteer().titles:
                continue
            if "," in doc.text[determiner.end():word.start()]:
                break  # "the market, Jan Novak, manager of Acme": the title is a named person's
            following = words[n + 1].group() if n + 1 < len(words) else ""
            gap = doc.text[word.end():words[n + 1].start()] if n + 1 < len(words) else ""
            after = _served_after(doc, word.end())
            anonymous = _ANONYMOUS.match(doc.text, word.end())
            if _SAID_AFTER.match(doc.text, word.end()) or after is not None and _said_soon(doc, after.end) \
                    or anonymous is not None and _said_soon(doc, anonymous.end()) \
                    or inverted and (not following.islower() or following in _TAIL or gap.strip()):
                title = doc.text[determiner.end():word.end()].lower().split()
                phrase = doc.text[determiner.start():word.end()]
                # "another analyst", "an analyst who asked not to be named": no one the article named
                another = determiner.group().strip().lower() == "another"
                named = not another and anonymous is None
                person = titled(doc, title, determiner.start(), phrase) if named else None
                # a name the title follows ("a U.S. embassy spokesman"), not one cut short inside a longer name
                # ("a Tokyo Sogo spokesman")
                body = next((m for m in doc.mentions if determiner.end() <= m.start and m.end <= word.start()
                             and m.type in ("organization", "country")
                             and not any(other[:1].isupper() for other in doc.text[m.end:word.start()].split())), None)
                called = _body_called(doc, determiner.start(), [
                    other.group() for other in words[:n] if other.group()[:1].isupper()])
                # "the presidential spokesman" after "White House spokesman Jan Novak"
                loosely = titled(doc, [form], determiner.start(), phrase) if n and named else None
                alone = _last_served(doc, form, determiner.start()) if n == 0 and not another else None
                return determiner.start(), person or body or after or called or loosely or alone
    return None


_SERVED_AFTER = re.compile(r"\s+(?:for|of|at|with)\s+(?:the\s+)?")  # "a spokesman for Acme"
_OWNING = re.compile(r"['’]s?\b")  # "an official of Ruritania's coffee board": the board, not the country
_SAID_SOON = re.compile(rf"[^.;\"]{{0,40}}?\b(?:{reporting.pattern()})\b")  # "... for Acme in Bonn said"


def _said_soon(doc: Document, end: int) -> bool:
    """Whether a reporting verb follows soon after `end`, with no person named on the way: in "the chairman of
    Acme, Jan Novak, said" the title is that person's."""
    said = _SAID_SOON.match(doc.text, end)
    return said is not None and not any(end <= m.start < said.end() and m.type == "person" for m in doc.mentions)


def _served_after(doc: Document, end: int) -> Mention | None:
    """"a spokesman for Acme", "an analyst at Acme": the organisation or country named right after a title
    that ends at `end`."""
    return next((m for m in doc.mentions if m.start >= end and m.type in ("organization", "country") and
                 _SERVED_AFTER.fullmatch(doc.text, end, m.start) and not _OWNING.match(doc.text, m.end)), None)


def _last_served(doc: Document, title: str, end: int) -> Mention | None:
    """"An Acme spokesman said ... . The spokesman said": the body named by the last description with this title
    before `end` that names one, right before the title or right after it ("a spokesman for Acme"); not the
    title of a named person ("Jan Novak, analyst at Acme")."""
    served = None
    for match in re.finditer(rf"\b{re.escape(title)}\b", doc.text[:end]):
        if any(m.type == "person" and doc.text[m.end:match.start()].strip() == "," for m in doc.mentions):
            continue
        served = next((m for m in doc.mentions if m.type in ("organization", "country") and
                       m.end <= match.start() and not doc.text[m.end:match.start()].strip()), None) or \
            _served_after(doc, match.end()) or served
    return served


OWNERS = {"its": "it", "their": "it", "his": "he", "her": "she"}


def owned(doc: Document, phrase: str | None, start: int) -> Mention | None:
    """"its warplanes", "his aides": a doer owned by a pronoun stands for the actor the pronoun does, as a
    mention at the phrase's place ("Ruritania said its warplanes struck": Ruritania struck)."""
    first = phrase.split()[0].lower() if phrase and len(phrase.split()) > 1 else None
    if first not in OWNERS:
        return None
    found = antecedent(doc, OWNERS[first], start)
    return None if found is None else _standing_for(found, start, phrase)


def national(doc: Document, phrase: str | None, start: int) -> Mention | None:
    """"Iraqi warplanes", "the Libyan garrison", "a Greek tanker": a phrase whose first word after its
    determiner is a country's adjective stands for that country (as CAMEO coders code it), as a mention at
    the phrase's place named with the country's name; not a news medium, which reports."""
    if not phrase:
        return None
    words = phrase.split()
    skip = len(words[0]) + 1 if len(words) > 1 and words[0].lower() in DETERMINERS else 0
    if len(words) - (skip > 0) < 2:
        return None  # "Iraqis" alone is a name the actor stage reads
    hits = [hit for hit in gazetteer().find(phrase, published=doc.published) if hit.start == skip]
    if not hits or hits[0].entry.role != DEMONYM:
        return None
    if is_medium_name(phrase[hits[0].end:]):
        return None  # "Japanese newspapers", "the Iraqi news agency": they report, they do not act for the country
    entry = hits[0].entry
    return Mention(start, start + len(phrase), phrase, entry.key, "country", name=entry.name, code=entry.code)


@functools.lru_cache(maxsize=4096)
def whole_entry(text: str, published: str | None = None):
    """The gazetteer entry that `text` is in whole ("Pakistani", "Kalda", "Ruritania"), or None."""
    hits = gazetteer().find(text, published=published)
    return hits[0].entry if len(hits) == 1 and hits[0].start == 0 and hits[0].end == len(text) else None


def country_of_adjective(text: str, published: str | None = None):
    """The gazetteer entry of the country whose adjective `text` is in whole ("Pakistani", "South African"),
    or None."""
    entry = whole_entry(text, published)
    return entry if entry is not None and entry.role == DEMONYM else None


def adjective_mention(words: Words, first: int, end: int, published: str | None = None) -> Mention | None:
    """The country whose adjective the words from `first` up to `end` are in whole ("Ruritanian", "West
    Freedonian"), as a mention at their place, or None."""
    text = " ".join(words.surface[first:end])
    entry = country_of_adjective(text, published)
    if entry is None:
        return None
    return Mention(words.starts[first], words.ends[end - 1], text, entry.key, "country", name=entry.name,
                   code=entry.code)


@functools.cache
def _organs() -> frozenset[str]:
    return frozenset(words("state_organs.txt"))


def speaks_for(mention: Mention | Actor, countries: set[str]) -> str | None:
    """The country (an actor key among `countries`) that the state organ of `mention` acts for, or the body
    (a country or an organisation) that the person of `mention` belongs to."""
    if not mention.affiliation or mention.affiliation == _key(mention):
        return None
    if mention.type == "person":
        return mention.affiliation
    if mention.affiliation not in countries:
        return None
    words = fold(mention.name or getattr(mention, "text", "")).split()
    organ = bool(words) and (words[-1] in _organs() or words[0] in _organs())  # "Ministry of Trade"
    return mention.affiliation if mention.type == "organization" and organ else None


def _key(actor: Mention | Actor) -> str:
    return actor.actor if isinstance(actor, Mention) else actor.id


RESIGNING = "083"  # the CAMEO code eventgraph gives a resignation
STATEMENT = "01"  # the CAMEO root of public statements
OWN_ACCOUNT = APPOINTING | {"Dismissal", "Death"}  # labels of happenings that befall or
# are done by a person on his own account: "Jan Novak, Acme's chairman, resigned" is his deed alone ("Death" is
# `events.happenings.DEATH`, which cannot be imported here: the events package imports this module)


def add_countries(events: list[Event], actors: list[Actor]) -> None:
    """A person acts with the body he belongs to, as doer or target ("Defence Secretary Jane Doe" with her
    country, "Jane Doe of the Acme Association" with it), unless he resigns, is appointed, elected, dismissed
    or dies, and an organ of state acts with its country: the
    body joins the merged event in the person's role, marked as `joined` (no party the reports name). Done on
    merged events, so that two officials of one country stay two speakers when reports are matched."""
    by_id = {actor.id: actor for actor in actors}
    countries = {actor.id for actor in actors if actor.type == "country"}
    for event in events:
        present = {p.actor for p in event.actors}
        personal = event.code.startswith(RESIGNING) or event.label in OWN_ACCOUNT
        for participant in list(event.actors):
            actor = by_id.get(participant.actor)
            if actor is None:
                body = None
            elif actor.type == "person":
                body = actor.affiliation if actor.affiliation in by_id and not personal else None
            else:
                body = speaks_for(actor, countries) if participant.role != "target" else None
            if body is not None and participant.role == "source" and event.code.startswith(STATEMENT) and \
                    Participant(body, "target") in event.actors:
                # "The Bundesbank sees no reason to move, vice-president Jane Doe said": a body its own officer
                # speaks of is the speaker with him, not what he speaks to
                event.actors.remove(Participant(body, "target"))
                present.discard(body)
            if body is not None and body not in present:
                present.add(body)
                event.actors.append(Participant(body, participant.role, joined=True))

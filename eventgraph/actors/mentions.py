"""Actor mentions in one article, found the way news text names actors.

Capitalised words are grouped into chunks (`chunks.py`: "NATO Secretary General Jane Doe", "Texas Commerce
Bank Inc"); each chunk is cut into known names (countries, capitals, organisations, demonyms: `gazetteer.py`),
titles, and unknown name runs, and each unknown run is judged by its context: a title or "Mr." before it, an
apposition after it ("X, the spokeswoman for ..."), a reporting verb ("said X", "X said", "according to X"),
a first name from the given-names list, an organisation word ("Co", "Bank", "Ministry of ...") or a ticker
after it, a noun saying what it is before it ("the lobby group X"). Runs that none of these explain (places,
sentence openers) are not actors. State bodies written in lower case count where their country is stated
("China's foreign ministry", "South Korea convened its national security council").

Then the article as a whole settles what one chunk cannot: short names of actors it names in full elsewhere
("Doe" after "Jane Doe", "Standard Oil" after "Standard Oil Co", "AMC" after "American Motors Corp (AMC)"),
the country of a state body ("the Foreign Ministry" -> "Peruvian Foreign Ministry"), and the affiliations
that "of"/"from" clauses, appositions ("Jane Doe, an analyst with X"), possessives ("X's Jane Doe") and the
sentence's country give. Page furniture (`furniture.py`) is skipped.
"""

from __future__ import annotations

import calendar
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import NamedTuple

from .. import reporting
from ..model import Document, Mention
from . import short_forms
from .chunks import PARTICLES, POSSESSIVE, Token, chunks, ends_sentence
from .furniture import WIRE_CODE, dateline, furniture, monitored
from .gazetteer import DEMONYM, NAME, SEAT, Entry, Hit, gazetteer
from .names import fold, slug

_CONTRACTION = re.compile(r"['’](?:ve|ll|re|d|m|t)$")
_FLAT = str.maketrans("\n\t\r’", "   '")
_ACRONYM = re.compile(r"[ \t\n]*[(<]([A-Z][A-Za-z&]{1,7})(?:\.[A-Z]{1,3})?[)>]")
_CALENDAR = set(calendar.day_name) | set(calendar.month_name[1:]) | set(calendar.month_abbr[1:])
_OF = ("of", "of the", "for", "for the")
_HALF = re.compile(r"\b[Tt]he[ \t\n]+(North|South)\b(?![ \t\n]*[A-Z0-9'’-])")
# Words that make a country's name part of another place's name: "New Mexico", "New Jersey".
_PLACE_PREFIXES = {"New"}
_STATE_BODY_HEADS = {"ministry", "department", "office", "council", "government", "cabinet", "embassy", "agency",
                     "bank", "commission", "committee", "parliament", "congress", "senate"}
_GOVERNMENT_HEADS = {"ministry", "department", "government", "cabinet", "embassy", "parliament", "congress", "senate"}
_HONORIFICS = {"mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr", "sir", "dame", "lord"}
_TENSED_REPORTING = reporting.alternation(reporting.tensed())  # "said", "says"; not "say"
# verbs of speech that argue, ask or urge, which the reporting list leaves to the event lexicon: they speak too
_SPEAKING_TOO = ("noted", "asked", "declared", "wrote", "warned", "insisted", "argued", "explained", "stressed",
                 "urged")
_REPORTING = re.compile(rf"[ \t\n]+(?:{_TENSED_REPORTING}|{'|'.join(_SPEAKING_TOO)})\b")
_REPORTED_BY = re.compile(rf"\b(?:{_TENSED_REPORTING}|according to|wrote)[ \t\n]+$")
_APPOSITION = re.compile(r",[ \t\n]+(?:the |a |an |who is |who was )?((?:[^,.;:()\n]|(?<=\b[A-Z])\.){2,80})")
_MEMBER_OF = re.compile(r"(?:,?[ \t\n]+)(?:of|from|at|with)[ \t\n]+(?:the[ \t\n]+)?(?=[A-Z])")
_GAP = re.compile(r"[ \t]+|[ \t]*\n[ \t]*")
_AT = re.compile(r"\b(?:at|in|near)[ \t\n]+$")
_CLOSES = re.compile(r"[ \t]*(?:[,.;:!?)\"”]|$)")  # "said Jane Doe." and not "said Latin American members"
_CLAUSE_END = re.compile(r"[,;:()\n]|\.\s|\s(?:and|or|but)\s")
_LOCATIVE = re.compile(r"(?:\b(?:in|at|to|near|outside|into|via|across|around|visited|visit|visiting|toward|towards|"
                       r"(?:leave|leaves|left|leaving|bound|headed|flew|fly|flies|return|returned) for|"
                       r"(?:arrived|arriving|returned|returning|came|flew|travelled|traveled) from)\b)"
                       r"[ \t\n]+(?:the[ \t\n]+)?$", re.I)
# "the northern city of Zagreb", "the port city of Basra": the place, not the government seated there
_PLACE_OF = re.compile(r"\b(?:city|town|capital|port|village)[ \t\n]+of[ \t\n]+$", re.I)
# "Acme's London office", "Salomon Brothers' Tokyo operations": the place where the owner works
_OWNED_BEFORE = re.compile(r"\w['’]s?[ \t\n]+$")
_QUALIFIER_REACH = 60  # characters from a country's name to the person or body whose title it qualifies
# "ambassador to Moscow": accredited to the government, not sent to the place
_ENVOY_TO = re.compile(r"\b(ambassador|envoy|emissary|representative)s?[ \t\n]+to[ \t\n]+(?:the[ \t\n]+)?$", re.I)
_POSSESSIVE = re.compile(r"['’]s?\b")
_NEXT_WORD = re.compile(r"[ \t\n]+([A-Za-z]+)")
_BRACKETED = re.compile(r" \([^()]*\)")
_PARTNER = re.compile(r"[ \t\n]+(?:and|&)[ \t\n]+")
_BASED = re.compile(r"[-‐–](?:based|headquartered)\b")
NAME_REACH = 3  # capitalised words after a country's adjective in which a title shows it is no body's name
# Sentence openers that also open the names of companies: "New World Pictures Ltd", "First Boston Corp".
_NAME_OPENERS = {"New", "First"}
_TITLE_OF = re.compile(r"\b([A-Za-z]+(?:[ \t\n]+[A-Za-z]+)?)[ \t\n]+(?:of|for|at)[ \t\n]+(?:the[ \t\n]+)?"
                       r"(?:[A-Z][\w.'’-]*[ \t\n]+){0,2}$")  # "the head of the Chilean central bank"
# "The chairman of the port employers' organization, SVZ, Jane Doe": the body named in apposition to its noun
_TITLE_OF_NOUN = re.compile(r"\b([A-Za-z]+(?:[ \t\n]+[A-Za-z]+)?)[ \t\n]+(?:of|for|at)[ \t\n]+the[ \t\n]+"
                            r"(?:[a-z'’]+[ \t\n]+){0,3}([a-z]+),[ \t\n]+$")
_UNIT_AFTER = re.compile(r"(?:['’]s?)?(?:[ ]+[A-Za-z][a-z-]*){1,4}[ ]*")  # "'s Money and Credit section"
_MINISTER = re.compile(r"\b(?:minister|premier)\b")
# Heads of state or government, whose country the text may leave unsaid ("President Jane Doe said")
_HEAD_TITLES = {"president", "president-elect", "prime minister", "premier", "chancellor",
                "chancellor of the exchequer", "king", "queen", "emperor", "sultan", "emir", "crown prince",
                "supreme leader"}
_GOVERNMENT_AFTER = re.compile(r"['’]s?[ ]+(?:government|administration|cabinet|regime)\b")
_FORMER_BEFORE = re.compile(r"\b(?:[Ff]ormer[ ]+|[Ee]x-(?=[a-z]))(?:[A-Za-z.'’-]+[ ]+){0,5}$")
_FORMER_AFTER = re.compile(r",[ ]+(?:a[ ]+|the[ ]+)?former\b")
_WORD = re.compile(r"\S+")
_PREPOSITIONS = {"in", "on", "at", "for", "from", "by", "with", "of", "to", "after", "before", "since", "during",
                 "under", "over", "about", "despite", "following"}
_SET_OFF_SHORT = re.compile(r"\([A-Z][A-Za-z&]{1,7}\)")  # "(INRO)" between a body and its title
_APPOSED_BODY = re.compile(r",[ ]+(?:a|an|the)[ ]+")  # "Jane Doe, an Acme spokeswoman"
_TITLE_WORDS = re.compile(r"((?:[ ]+[a-z][a-z-]*){1,4})[ ]*(?=[,.;:)]|$)")
QUALIFIERS = 3  # lower-case words between a body and its title: "Acme buffer stock manager"
_NOT_QUALIFIERS = {"the", "a", "an", "and", "or", "but", "that", "which", "who", "as", "of", "for", "by", "with", "at",
                   "in", "on", "to", "from", "under", "also"} | reporting.forms()  # "told Reuters
# that Commerce Secretary Jane Doe", "the Times quoted Senator Jane Doe": a clause or a verb lies between (and a
# past form or an adverb is no qualifier of a title)
_QUALIFIER = re.compile(r"[-‑][a-z]+ed$")  # "Icahn-controlled", "Texas-based": a word that says whose or where
_CODE_AFTER = re.compile(r"[ \t\n]*[<(][A-Z][A-Z0-9&]{0,6}(?:\.[A-Z]{1,3})*\.?[>)]")
_FAMILY = re.compile(r"[ \t\n]+family\b")
_AGENCY_AFTER = re.compile(r"[ \t\n]+news[ \t\n]+agency\b", re.I)
_AGENCY_BEFORE = re.compile(r"\bnews[ \t\n]+agency[ \t\n]+$", re.I)
_WORD_BEFORE = re.compile(r"\b([a-z]+)[ \t\n]+$")
# "the Dutch port union, FNV, said": an acronym set off by commas after a noun saying what it is
_NOUN_COMMA_BEFORE = re.compile(r"\b([a-z]+),[ \t\n]+$")
_SET_OFF_ACRONYM = re.compile(r"[A-Z]{2,6}")
_EMPLOYER_NOUN = re.compile(r"[ \t\n]+(?:at|with|of|for)[ \t\n]+the[ \t\n]+([a-z]+)[ \t\n]*$")
_EMPLOYER = re.compile(r"\b(?:at|with|of|for)[ \t\n]+(?:the[ \t\n]+(?:[a-z]+[ \t\n]+)?)?(?=[A-Z])")  # "with the private X"
_DETERMINER_BEFORE = re.compile(r"\b(?:its|their|the)[ \t\n]+$")
_PLURAL_DEMONYM = re.compile(r"(?:ese|ish|ch|sh|ss)$")
_THE_BEFORE = re.compile(r"\b[Tt]he[ \t\n]+$")
_AS_NOUN = re.compile(rf"[ \t]*[,;:]|[ \t]*\.(?:\s|$)|[ \t\n]+(?:are|were|have|had|will|would|{reporting.pattern()}|"
                      r"should|could|may|might|want|wanted|do|did|agreed|insist|insisted)\b")
# Country names that take "the": "the United States", "the Philippines", "the Czech Republic"
_PLURAL_OR_UNION = re.compile(r"\b(?:United|Republic|Kingdom|Federation|Union|Islands|Emirates|Netherlands|"
                              r"Philippines|Bahamas|Maldives|Gambia)\b")
_GROUP_WORDS = {"Group", "Holdings", "Holding", "Companies"}
_GOVERNMENT_NOUN = re.compile(r"[ \t]+(government|authorities|administration|regime|leadership)\b")


class Segment(NamedTuple):
    """Tokens first..last of a chunk: a known name, a title, a word to skip, an unknown name run, or an
    organisation made of the whole tail of the chunk."""

    kind: str  # known | title | skip | run | organization
    first: int
    last: int
    entry: Entry | None = None  # the known name, the name inside a title, or an organisation's country
    end: int | None = None  # where a known name ends, when not at its last token's end


@dataclass
class Candidate:
    """An unknown name run kept aside until the article's full names are known."""

    start: int
    end: int
    text: str
    words: list[str] = field(default_factory=list)
    speaks: bool = False  # a reporting verb follows it: "X said"


def annotate(doc: Document) -> Document:
    doc.mentions = _Reader(doc).read()
    return doc


class _Reader:
    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.text = doc.text
        self.gazetteer = gazetteer()
        self.mentions: list[Mention] = []
        self.countries: list[tuple[int, str]] = []  # where the article names a country, in any form
        self.state_bodies: list[Mention] = []  # "the Foreign Ministry": whose is known at the end
        self.candidates: list[Candidate] = []
        self.members: list[tuple[Mention, int]] = []  # a person, and where "of <organisation>" names its body
        self.described: list[Mention] = []  # organisations named after a noun saying what they are
        self.employers: set[int] = set()  # where an apposition names a person's employer: "an analyst with X"
        self.officials: list[tuple[Mention, bool]] = []  # holders of a public office whose country is not yet
        # known, and whether they sit in its government (a minister, or one whose government the text names)
        self.staff: list[tuple[Mention, str]] = []  # a person, and the noun "the association" his body goes by
        self.hit_ends: dict[int, Hit] = {}  # known names by where they end
        self.guessed: list[Mention] = []  # people known only by a first name or a reporting verb
        self.mention_ends: dict[int, Mention] = {}  # mentions by where they end
        self.titles: dict[int, int] = {}  # where the titles of the body being read start and end

    def read(self) -> list[Mention]:
        text = self.text
        flat = self.flat = text.translate(_FLAT)
        lowered = flat.lower()
        skipped: list[tuple[int, int]] = []
        for start, end in self.doc.body or [(0, len(text))]:
            hits = {hit.start + (4 if text.startswith(("the ", "The "), hit.start) else 0): hit
                    for hit in self.gazetteer.find(flat, start, end, self.doc.published)}
            titles = self.titles = dict(self.gazetteer.find_titles(lowered, start, end))
            title_ends = {e: s for s, e in titles.items()}
            hit_ends = {hit.end: hit for hit in hits.values()}
            self.hit_ends.update(hit_ends)
            listening = list(monitored(text, start, end))
            self.countries += [(at, hit.entry.key) for at, hit in hits.items()
                               if hit.entry.type == "country" and not _BASED.match(text, hit.end) and
                               not any(s <= at < e for s, e in listening)]
            skipped += furniture(text, start, end)
            self._lower_state_bodies(start, end, hit_ends)
            for code in WIRE_CODE.finditer(text, start, end):
                if code.group(1)[0].isupper() and any(char.islower() for char in code.group(1)):
                    self._organization(code.start(1), code.end(1), " ".join(code.group(1).split()))
            for hit in hits.values():
                if "'" in flat[hit.start:hit.end]:
                    self._known_span(hit.start, hit.end, hit.entry)
                    skipped.append((hit.start, hit.end))
            for whole in chunks(text, start, end, self.gazetteer.not_names):
                for chunk in _outside(whole, skipped):
                    line_opener = dateline(text, chunk[0].start, chunk[-1].end)
                    if line_opener is not None:
                        skipped.append(line_opener)
                        continue
                    self._read_chunk(chunk, hits, titles, title_ends, hit_ends)
        self._halves(skipped)
        self._resolve_candidates()
        self.mentions.sort(key=lambda mention: (mention.start, mention.end))
        return self.mentions

    def _lower_state_bodies(self, start: int, end: int, hit_ends: dict[int, Hit]) -> None:
        """State bodies written in lower case, where a possessive or adjective names their country ("China's
        foreign ministry", "the Chilean central bank") or the sentence names it before them ("South Korea
        convened its national security council")."""
        flat = self.flat
        for match in self.gazetteer.lower_state_body.finditer(flat, start, end):
            at = match.start()
            before = len(flat[:at].rstrip())
            owner_end = before - 2 if flat.endswith("'s", 0, before) else \
                before - 1 if flat.endswith("'", 0, before) else before
            owner = hit_ends.get(owner_end)
            country = owner.entry.key if owner is not None and owner.entry.type == "country" else None
            if country is None and _DETERMINER_BEFORE.search(flat, max(0, at - 8), at):
                index = self.doc.sentence_at(at)
                sentence_start = self.doc.sentences[index].start if index is not None else at
                country = next((key for position, key in sorted(self.countries, reverse=True)
                                if sentence_start <= position < at), None)
            if country is None:
                continue
            name = self.gazetteer.lower_state_bodies[" ".join(match.group().split())]
            self._add(at, match.end(), slug(name), "organization", name)
            self._owned_by(self.mentions[-1], country)

    def _halves(self, skipped: list[tuple[int, int]]) -> None:
        """"the North" and "the South" for the one country of the article named "North ..." or "South ..."
        ("North Macedonia" makes "the North" North Macedonia)."""
        named = {self.gazetteer.by_key[key] for _, key in self.countries if key in self.gazetteer.by_key}
        for match in _HALF.finditer(self.text):
            if any(s <= match.start(1) < e for s, e in skipped) or not any(
                    s <= match.start(1) < e for s, e in self.doc.body or [(0, len(self.text))]):
                continue
            countries = [entry for entry in named if entry.name.startswith(match.group(1) + " ")]
            if len(countries) == 1:
                entry = countries[0]
                self._add(match.start(1), match.end(1), entry.key, entry.type, entry.name, code=entry.code)
                self.candidates = [c for c in self.candidates if c.start != match.start(1)]

    def _opens_sentence(self, offset: int) -> bool:
        """Whether a word opens a sentence, a paragraph or a quotation (a line break alone does not, as wire
        copy is hard-wrapped)."""
        window = self.text[max(0, offset - 40):offset]
        before = window.rstrip()
        return not before or before[-1] in ".!?\"“:" or "\n\n" in window[len(before):]

    def _read_chunk(self, chunk, hits, titles, title_ends, hit_ends) -> None:
        g = self.gazetteer
        ends = {token.end: index for index, token in enumerate(chunk)}
        # A name may end at a hyphen inside a token: "South Korea-based".
        ends.update({token.start + at: index for index, token in enumerate(chunk)
                     for at, char in enumerate(token.text) if char == "-" and token.start + at not in ends})
        segments: list[Segment] = []
        index = 0
        while index < len(chunk):
            token = chunk[index]
            hit = hits.get(token.start)
            title_end = titles.get(token.start)
            if title_end is not None and hit is not None and title_end > hit.end:
                hit = None
            if hit is not None:
                inner = next((t for t in chunk[index + 1:] if t.start < hit.end and titles.get(t.start, 0) > hit.end),
                             None)
                if inner is not None:
                    hit = next(iter(self.gazetteer.find(self.flat, token.start, inner.start - 1)), None)
            if hit is not None and hit.end in ends and not (
                    hit.entry.role != NAME and segments and segments[-1].kind == "run" and not token.connector):
                last = ends[hit.end]
                if _inside_longer_name(chunk, index, last, hit.entry, segments, g) or \
                        hit.entry.type == "country" and not token.connector and segments and (
                            segments[-1].kind == "run" and not self._opens_sentence(chunk[segments[-1].first].start)
                            or chunk[index - 1].text in _PLACE_PREFIXES):
                    if segments and segments[-1].kind == "run" and (token.connector or _surname(chunk, index, g)):
                        segments[-1] = segments[-1]._replace(last=last)
                    else:
                        segments.append(Segment("run", index, last))
                else:
                    segments.append(Segment("known", index, last, hit.entry, hit.end))
                index = last + 1
                continue
            if title_end is not None and title_end in ends:
                last = ends[title_end]
                inner = next((hits[t.start].entry for t in chunk[index:last + 1] if t.start in hits), None)
                segments.append(Segment("title", index, last, inner))
                index = last + 1
                continue
            if token.text in g.not_names and (not segments or segments[-1].kind != "run" or token.connector or
                                              token.text in _CALENDAR) and not _opens_titled_name(
                    segments, chunk, index, g) or _CONTRACTION.search(token.text):
                segments.append(Segment("skip", index, index))
            elif segments and segments[-1].kind == "run" and _continues_run(segments[-1], chunk, index, g):
                segments[-1] = segments[-1]._replace(last=index)
            else:
                segments.append(Segment("run", index, index))
            index += 1
        segments = self._organization_chunk(chunk, segments)
        for position, segment in enumerate(segments):
            first, last = segment.first, segment.last
            if segment.kind == "known":
                self._known_span(chunk[first].start, segment.end or chunk[last].end, segment.entry,
                                 last == len(chunk) - 1)
            elif segment.kind == "organization":
                self._organization(chunk[first].start, chunk[last].end, self._span(chunk, first, last),
                                   _country_of(segment.entry))
            elif segment.kind == "run":
                before = segments[position - 1] if position else None
                self._run(chunk, first, last, before, segments[position - 2] if position > 1 else None,
                          title_ends, hit_ends)

    def _organization_chunk(self, chunk, segments):
        """A chunk ending in an organisation word is one organisation ("British Petroleum Co Plc",
        "General Motors Corp", "Bank of Boston"), from where the last other name in it ends."""
        if not segments:
            return segments
        g = self.gazetteer
        last_token = segments[-1].last
        if segments[-1].kind != "run":
            return segments
        run = [t.text for t in chunk[segments[-1].first:last_token + 1]]
        if run[-1] in g.not_actor_heads or not (_is_organization(run, g) or run[-1] in g.organization_words or
                                                _CODE_AFTER.match(self.text, chunk[-1].end)):
            if len(segments) > 1 and chunk[segments[-1].first].connector == POSSESSIVE:
                # "Acme U.K. Ltd's Northfield plant": the owner before the possessive is the chunk's organisation
                return self._organization_chunk(chunk, segments[:-1]) + segments[-1:]
            return segments
        first = 0
        while first < len(segments) - 1 and segments[first].kind == "skip" and \
                chunk[segments[first].first].text not in _NAME_OPENERS:
            first += 1
        for position in range(first + 1, len(segments)):
            if _starts_another_name(chunk, segments[position - 1], segments[position].first, g):
                first = position
        if segments[first].first == last_token:
            return segments
        country = next((segment.entry for segment in segments[first:] if segment.kind == "known"), None)
        opening = segments[first].first
        for index in range(opening, last_token):
            if _QUALIFIER.search(chunk[index].text):
                opening = index + 1  # "Jane Doe-controlled Acme Airlines Inc": the owner is no part of the name
        return self._organization_chunk(chunk, segments[:first]) + [
            Segment("organization", opening, last_token, country)]

    def _known_span(self, start: int, end: int, entry: Entry, ends_chunk: bool = True) -> None:
        if entry.role == DEMONYM:
            noun = _GOVERNMENT_NOUN.match(self.text, end)
            if not ends_chunk:
                return
            if noun is not None:
                end = noun.end()
            elif not (_PLURAL_DEMONYM.search(self.text, start, end) and _AS_NOUN.match(self.text, end) and
                      _THE_BEFORE.search(self.text, max(0, start - 5), start)):
                # Only "the Japanese are ...", "the French said": a demonym that is its own plural, standing
                # as a noun for the people or government.
                return
        elif entry.role == SEAT and _LOCATIVE.search(self.text, max(0, start - 30), start) and \
                not _POSSESSIVE.match(self.text, end) and not _ENVOY_TO.search(self.text, max(0, start - 30), start):
            return
        elif entry.role == SEAT and (_PLACE_OF.search(self.text, max(0, start - 30), start) or
                                     _OWNED_BEFORE.search(self.text, max(0, start - 5), start)):
            return
        if _BASED.match(self.text, end):
            return  # "Hong Kong-based Acme": where a body is based, not an actor
        following = _NEXT_WORD.match(self.text, end)
        if following and (entry.role == SEAT and following.group(1).capitalize() in self.gazetteer.not_actor_heads or
                          entry.type == "country" and (following.group(1) in self.gazetteer.not_actor_heads or
                                                       following.group(1) in self.gazetteer.place_named)):
            return
        self._add(start, end, entry.key, entry.type, entry.name, code=entry.code, affiliation=entry.affiliation)

    def _run(self, chunk, first, last, before, before_that, title_ends, hit_ends) -> None:
        g = self.gazetteer
        text = self.text
        if before is not None and before.kind == "title" and chunk[first].connector in _OF:
            # "Minister of Finance Jane Doe": the title runs on to the person's first name.
            first = next((index for index in range(first, last + 1) if chunk[index].text in g.given_names), None)
            if first is None:
                return
        start, end = chunk[first].start, chunk[last].end
        name = self._span(chunk, first, last)
        words = name.split()
        if words[-1] in g.not_actor_heads:
            return
        person, title, affiliation = self._titled(chunk, first, last, before, before_that, title_ends, hit_ends)
        reported = last == len(chunk) - 1 and _REPORTING.match(text, end) or \
            first == 0 and _REPORTED_BY.search(text, max(0, start - 20), start) and _CLOSES.match(text, end)
        described = _WORD_BEFORE.search(text, max(0, start - 20), start) or (
            _NOUN_COMMA_BEFORE.search(self.flat, max(0, start - 20), start) if _SET_OFF_ACRONYM.fullmatch(
                text, start, end) and text.startswith(",", end) else None)
        if not person and first == 0 and described and described.group(1) in g.organization_nouns:
            organization = self._organization(start, end, name)
            if organization is not None:
                self.described.append(organization)
            return
        family = _FAMILY.match(text, end)
        if family is not None and last == len(chunk) - 1:
            self._add(start, family.end(), slug(name + " family"), "group", name + " family")
            return
        if not person and (_is_organization(words, g) or _AGENCY_AFTER.match(text, end) or
                           _CODE_AFTER.match(text, end) or _AGENCY_BEFORE.search(text, max(0, start - 20), start)):
            self._organization(start, end, name)
            return
        guessed = not person and 2 <= len(words) <= 4 and (words[0] in g.given_names or reported) and \
            all(word[:1].isupper() or word in PARTICLES for word in words) and not name.isupper()
        # "at Dean Carter" is a firm ("an analyst at ..."), "in San Juan" a place, neither a person: it stays
        # a candidate that the article may name in full ("Dean Carter and Co Inc").
        guessed = guessed and not _AT.search(text, max(0, start - 5), start)
        gap = _GAP.match(text, end)
        if guessed and gap and gap.end() in self.titles:
            # "Dean Carter analyst Jane Doe said": a name qualifying a title is the employer.
            self._organization(start, end, name)
            return
        if (person or guessed) and len(words) <= 5:
            owner = self._possessor(start)
            if affiliation is None and owner is not None:
                affiliation = _country_of_state_body(owner)
            former = _FORMER_BEFORE.search(self.flat, max(0, start - 60), start) or _FORMER_AFTER.match(self.flat, end)
            self._add(start, end, slug(name), "person", name, affiliation=None if former else affiliation)
            if guessed:
                self.guessed.append(self.mentions[-1])
            if former:
                return  # "Former White House aide Jane Doe" no longer acts for the body she served
            member = _MEMBER_OF.match(text, end) if affiliation is None else None
            employer = self._employer_in_apposition(end) if affiliation is None and member is None else None
            if employer is not None:
                self.employers.add(employer)
            body_noun = self._employer_noun(end) if affiliation is None and member is None and employer is None \
                else None
            if member is not None or employer is not None:
                self.members.append((self.mentions[-1], member.end() if member else employer))
            elif body_noun is not None:
                self.staff.append((self.mentions[-1], body_noun))
            elif affiliation is None and title in g.state_titles:
                self.officials.append((self.mentions[-1], bool(_MINISTER.search(title)) or bool(
                    _GOVERNMENT_AFTER.match(self.flat, end)) or self._heads_state(start, title)))
            return
        speaks = last == len(chunk) - 1 and _REPORTING.match(text, end) is not None
        self.candidates.append(Candidate(start, end, name, words, speaks))

    def _titled(self, chunk, first, last, before, before_that, title_ends, hit_ends):
        """Whether a title makes the run a person ("President X", "spokeswoman X", "X, the ambassador"), the
        title, and the affiliation it gives."""
        g = self.gazetteer
        text = self.text
        start, end = chunk[first].start, chunk[last].end
        affiliation = None
        person = False
        title = ""
        if before is not None and before.kind == "title":
            person = True
            title = self._span(chunk, before.first, before.last).lower()
            if before_that is not None and before_that.kind == "known":
                affiliation = _affiliation(before_that.entry)
            elif before.entry is not None:
                affiliation = _affiliation(before.entry)
            if title in _HONORIFICS and first == last:
                affiliation = None
            elif affiliation is None and before.first == 0:
                # "Iran's parliament speaker, Hojatoleslam Akbar Hashemi Rafsanjani": an office before the
                # honorific.
                affiliation = self._title_before(chunk[0].start, title_ends, hit_ends)[1] or \
                    self._acronym_before(chunk[0].start)
        elif first == 0 and (title_before := self._title_before(start, title_ends, hit_ends))[0]:
            person = True
            title, affiliation = title_before
        if affiliation is None and (first == 0 or person and before is not None and before.first == 0):
            body = self._body_before(chunk[0].start)
            if body is not None:
                person = person or 2 <= last - first + 1 <= 4
                affiliation = body
        apposition = _APPOSITION.match(text, end)
        if apposition is not None and last == len(chunk) - 1:
            clause_start = apposition.start(1)
            clause = text[clause_start:apposition.end(1)]
            clause_titles = g.find_titles(clause.lower(), apposition=True)
            if clause_titles:
                person = person or len(self._span(chunk, first, last).split()) >= 2
                title = title or clause.lower()[clause_titles[0][0]:clause_titles[0][1]]
                if person and affiliation is None:
                    known = next((hit for hit in g.find(text, clause_start, apposition.end(1))
                                  if hit.entry.type != "person"), None)
                    known = None if known is not None and self._opens_name(known) else known
                    affiliation = _affiliation(known.entry) if known else None
        return person, title, affiliation

    def _opens_name(self, hit: Hit) -> bool:
        """"chairman of American Financial Corp": a country's adjective before capitalised words that hold no
        title ("adviser to West German Chancellor X", "Swiss Economics Minister X") opens the name of a body,
        which says nothing of the country the person works for; the body is read whole from the article's
        mentions."""
        if hit.entry.role != DEMONYM:
            return False
        capitalised, at = [], hit.end
        while len(capitalised) < NAME_REACH and (word := _NEXT_WORD.match(self.text, at)) is not None and \
                word.group(1)[:1].isupper():
            capitalised.append(word.group(1).lower())
            at = word.end()
        return bool(capitalised) and not any(word in self.gazetteer.titles for word in capitalised)

    def _body_before(self, start: int) -> str | None:
        """"The speaker of the Iranian Parliament, Akbar Rafsanjani", "the chairman of the port employers'
        organisation, SVZ, Jane Doe": the affiliation a title of a body gives the name in apposition after it."""
        before = self.flat[:start].rstrip()
        if not before.endswith(","):
            return None
        body = self.mention_ends.get(len(before[:-1].rstrip())) or self._body_of_unit(len(before) - 1)
        if body is None:
            return None
        title = _TITLE_OF.search(self.flat, max(0, body.start - 60), body.start) or \
            _TITLE_OF_NOUN.search(self.flat, max(0, body.start - 80), body.start)
        if title is None or title.re is _TITLE_OF_NOUN and title.group(2) not in self.gazetteer.organization_nouns:
            return None
        if not any(" ".join(title.group(1).lower().split()[-n:]) in self.gazetteer.titles for n in (1, 2)):
            return None
        return _country_of_state_body(body)

    def _body_of_unit(self, comma: int) -> Mention | None:
        """"Chairman of the Acme Corp board, Jan Novak", "the head of the Bureau's price index unit, Jan Novak":
        the body whose part a title before a name names, when only a few words of that part follow the body's
        name; not where that part is a body of its own, which the name after the comma names ("Ruritania's state
        oil company, Acme")."""
        words = self.flat[:comma].split()
        if not words or words[-1].lower() in self.gazetteer.organization_nouns:
            return None
        return next((m for m in reversed(self.mentions) if m.type in ("organization", "country") and
                     m.end < comma and _UNIT_AFTER.fullmatch(self.flat, m.end, comma)), None)

    def _possessor(self, start: int) -> Mention | None:
        """The actor a name is given as belonging to: "the IMF's Jane Doe", "Brookings' Jane Doe"."""
        before = len(self.flat[:start].rstrip())
        if before == start or not self.flat.endswith("'", 0, before) and not self.flat.endswith("'s", 0, before):
            return None
        return self.mention_ends.get(before - 2 if self.flat.endswith("'s", 0, before) else before - 1)

    def _employer_in_apposition(self, end: int) -> int | None:
        """Where the employer is named in an apposition after a title: "Jane Doe, an analyst with Acme
        Securities", "Jane Doe, a senior fellow for Asian studies at the Acme Institute"."""
        found = self._after_apposed_title(end, self.flat)
        employer = _EMPLOYER.search(self.flat, *found) if found else None
        return employer.end() if employer else None

    def _employer_noun(self, end: int) -> str | None:
        """"Jane Doe, lobbyist for the association": the noun an apposition after a title calls the employer
        by (wire copy is hard-wrapped: read past line breaks)."""
        found = self._after_apposed_title(end, self.flat)
        noun = _EMPLOYER_NOUN.match(self.flat, *found) if found else None
        return noun.group(1) if noun else None

    def _after_apposed_title(self, end: int, text: str) -> tuple[int, int] | None:
        """The span of an apposition after a name that follows the title it opens with."""
        apposition = _APPOSITION.match(text, end)
        if apposition is None:
            return None
        clause_titles = self.gazetteer.find_titles(apposition.group(1).lower(), apposition=True)
        if not clause_titles:
            return None
        return apposition.start(1) + clause_titles[0][1], apposition.end(1)

    def _title_before(self, start: int, title_ends, hit_ends) -> tuple[str, str | None]:
        """The title just before a name, alone or with a comma ("President X", "the speaker, X"), and the
        affiliation its qualifier gives; ("", None) without one."""
        for title_end in (start - 1, start - 2):
            if title_end in title_ends and (title_end == start - 1 or self.text[title_end] == ","):
                title_start = title_ends[title_end]
                return self.text[title_start:title_end].lower(), self._before_title(title_start, hit_ends)
        before = self.flat[:start].rstrip()
        host_end = len(before[:-1].rstrip()) if before.endswith(",") else None
        host = hit_ends.get(host_end) or self.mention_ends.get(host_end) if host_end is not None else None
        envoy = _ENVOY_TO.search(self.text, max(0, host.start - 40), host.start) if host is not None else None
        if envoy is not None:
            # "its ambassador to Kuwait, X": the envoy of the country before, not of the one he is sent to
            return envoy.group(1).lower(), self._before_title(envoy.start(), hit_ends)
        return "", None

    def _acronym_before(self, title_start: int) -> str | None:
        """"Acme Association of Ruritania (AAR) Chairman Jan Novak": the body a title follows, with its
        acronym."""
        before = self.text[:title_start].rstrip()
        if not before.endswith(")"):
            return None
        body = self.mention_ends.get(len(before[:before.rfind("(")].rstrip()))
        return _country_of_state_body(body) if body is not None else None

    def _before_title(self, title_start: int, hit_ends) -> str | None:
        """The affiliation a title's qualifier gives, past up to three lower-case words and a possessive
        ("Ukrainian presidential aide", "NATO deputy secretary general", "the Union's foreign policy chief",
        "Chinese Foreign Ministry spokesperson")."""
        text = self.text
        at = title_start - 1
        for _ in range(4):
            for end in (at, at - 2) if text[at - 2:at] in ("'s", "’s") else (at,):
                if end in hit_ends:
                    return _affiliation(hit_ends[end].entry)
                if end in self.mention_ends:
                    return _country_of_state_body(self.mention_ends[end])
            word_start = text.rfind(" ", 0, at) + 1
            if not text[word_start:at].islower():
                return None
            at = word_start - 1
        return None

    def _resolve_officials(self) -> None:
        """A public office holder whose country is not stated belongs to the first country named before them
        in the sentence ("Seoul is reviewing its policy, according to national security adviser Jane Doe"); in
        a sentence that names none before, a minister, a head of state written as one ("President Jane Doe") or one
        whose government the text names ("President Jane Doe's government") belongs to the country the article is
        about, the one it names most (not any secretary, nor a president the text writes as a company's, who may
        head a company or serve a country the story only deals with)."""
        self.countries.sort()
        counts = Counter(key for _, key in self.countries).most_common(2)
        main = counts[0][0] if counts and counts[0][1] >= 2 and (len(counts) == 1 or counts[0][1] > counts[1][1]) \
            else None
        for mention, governs in self.officials:
            index = self.doc.sentence_at(mention.start)
            if index is None:
                continue
            sentence = self.doc.sentences[index]
            mention.affiliation = next(
                (key for at, key in self.countries if sentence.start <= at < mention.start and
                 not _ENVOY_TO.search(self.text, max(0, at - 40), at) and  # not where an envoy is sent
                 not self._qualifies_another(at, key, mention)),
                main if governs else None)

    def _qualifies_another(self, at: int, key: str, official: Mention) -> bool:
        """Whether the country named at `at` is another's, named before the official: the country of a person
        or body it qualifies ("West German Chancellor Jane Doe told President Bill Roe"), or a word of a
        body's name ("the U.S. Embassy report says President Bill Roe"); not of a body whose title the official
        holds ("Ruritania's Armed Forces Commander General Jane Doe", with no lower-case word between)."""
        return any(other is not official and other.type in ("person", "organization") and other.end <= official.start
                   and (other.start <= at < other.end or
                        other.affiliation == key and 0 <= other.start - at <= _QUALIFIER_REACH)
                   and any(word.islower() for word in self.flat[other.end:official.start].split())
                   for other in self.mentions)

    def _resolve_members(self) -> None:
        """"Jane Doe of Acme Institute", "Jane Doe, from Ruritania's Acme University": the actor named first
        in the clause after the name, or the one a country there owns. An unknown name an apposition gives as
        the employer is an organisation ("Jane Doe, an analyst with Dean Carter")."""
        for person, start in self.members:
            clause_end = _CLAUSE_END.search(self.flat, start)
            end = clause_end.start() if clause_end else len(self.text)
            named = [m for m in self.mentions if start <= m.start < end and m.type != "person"]
            if not named and start in self.employers:
                named = self._employer(start)
            if not named:
                continue
            chosen = named[0]
            if len(named) > 1 and chosen.type == "country" and \
                    self.text[chosen.end:named[1].start].strip() in ("'s", "’s"):
                chosen = named[1]
            person.affiliation = _country_of_state_body(chosen)

    def _resolve_staff(self) -> None:
        """"Jane Doe, lobbyist for the association": the one organisation named before whose name ends in that
        noun ("the Acme Growers Association")."""
        for person, noun in self.staff:
            bodies = {m.actor: m for m in self.mentions if m.type == "organization" and m.start < person.start
                      and (m.name or m.text).split()[-1].lower() == noun}
            if len(bodies) == 1:
                person.affiliation = _country_of_state_body(next(iter(bodies.values())))

    def _employer(self, start: int) -> list[Mention]:
        """The unknown name an apposition gives as a person's employer, as an organisation, when it ends the
        apposition: "Jane Doe, an analyst with Dean Carter, said" (a name that only looked like a person's),
        and not "a fellow for Asia studies"."""
        guessed = next((m for m in self.guessed if m.start == start), None)
        if guessed is not None and _CLOSES.match(self.text, guessed.end):
            guessed.type = "organization"
            return [guessed]
        candidate = next((c for c in self.candidates if c.start == start), None)
        if candidate is None:
            return []
        end = candidate.end
        partner = _PARTNER.match(self.text, end)
        if partner is not None and not _CLOSES.match(self.text, end):
            # "an analyst with Hambrecht and Quist": a firm named for its founders
            second = next((c for c in self.candidates if c.start == partner.end()), None)
            end = second.end if second is not None else end
        if not _CLOSES.match(self.text, end):
            return []
        organization = self._organization(candidate.start, end, " ".join(self.text[candidate.start:end].split()))
        return [organization] if organization is not None else []

    def _resolve_candidates(self) -> None:
        """Short names for actors named in full elsewhere in the article; a one-word speaker otherwise is an
        organisation ("Acme said"), unless it opens the sentence as a plural ("Prosecutors said")."""
        self._repeat_names()
        organizations: dict[str, Mention] = {}
        groups: dict[str, Mention] = {}  # "Acme/Beta" after "Acme/Beta Group"
        for mention in self.mentions:
            if mention.type == "organization" and " " in mention.text:
                organizations.setdefault(mention.name, mention)
                core = mention.name.split()
                while len(core) > 1 and core[-1] in self.gazetteer.legal_forms:
                    core.pop()
                organizations.setdefault(" ".join(core), mention)
                unbracketed = _BRACKETED.sub("", " ".join(core))
                if unbracketed != " ".join(core):
                    organizations.setdefault(unbracketed, mention)  # "Industrial Equity" after "... (Pacific) Ltd"
                if len(core) > 1 and core[-1] in _GROUP_WORDS:
                    groups.setdefault(" ".join(core[:-1]), mention)
        for name, mention in groups.items():
            organizations.setdefault(name, mention)
        for first, mention in self._first_words().items():
            organizations.setdefault(first, mention)
        shorts = self._last_words()
        for mention in self.described:
            organizations.setdefault(mention.text, mention)
        grouped = [m for m in self.mentions if m.type == "organization" and m.name in groups]
        for mention in self.guessed + grouped:
            if mention.name in organizations:
                full = organizations[mention.name]
                mention.actor, mention.type, mention.name = full.actor, "organization", full.name
                mention.affiliation = full.affiliation
        named_once: dict[str, Mention] = {}
        named_in_full: dict[str, Mention] = {}
        for mention in self.mentions:
            words = mention.text.split()
            if mention.type == "person" and len(words) == 1:
                named_once.setdefault(words[0], mention)
            elif mention.type == "person":
                named_in_full.setdefault(words[0], mention)
                named_in_full.setdefault(words[-1], mention)
        people = named_once | named_in_full
        self._surnames_of_people(named_in_full)
        for mention in self.mentions:
            if mention.type == "organization":
                acronym = _ACRONYM.match(self.text, mention.end)
                initials = short_forms.initials(mention.text, self.gazetteer)
                for short in ([acronym.group(1)] if acronym else []) + initials:
                    organizations.setdefault(short, mention)
        heads: dict[str, set[str]] = {}
        for mention in self.mentions:
            if mention.type == "organization" and mention.name:
                heads.setdefault(mention.name.split()[-1], set()).add(mention.actor)
        for candidate in self._split_hyphenated(people, organizations):
            words = candidate.words
            if len(words) == 1 and words[0] in self.gazetteer.organization_words and \
                    len(heads.get(words[0], ())) == 1 and candidate.text not in organizations:
                # "the Commission" after "the European Commission", when no other body of the article is one
                organizations[candidate.text] = next(m for m in self.mentions if m.type == "organization" and
                                                     m.name and m.name.split()[-1] == words[0])
            firm = organizations.get(candidate.text) or (
                shorts.get(candidate.text) if self._names_alone(candidate) else None)
            # "Taft" after "Taft Broadcasting Co" and "Dudley Taft": the family firm, which news names by its
            # first word, while it names the person by his whole name wherever the two could be confused
            family_firm = firm is not None and words[0] not in named_once and \
                (firm.name or firm.text).startswith(candidate.text + " ")
            if len(words) == 1 and words[0] in people and not family_firm:
                full = people[words[0]]
                self._add(candidate.start, candidate.end, full.actor, "person", full.name,
                          affiliation=full.affiliation)
            elif firm is not None:
                self._add(candidate.start, candidate.end, firm.actor, "organization", firm.name,
                          affiliation=firm.affiliation)
            elif candidate.speaks and len(words) == 1 and words[0] not in self.gazetteer.not_names and not (
                    self._opens_sentence(candidate.start) and words[0].endswith("s") and not words[0].isupper()):
                self._organization(candidate.start, candidate.end, candidate.text)
        self._resolve_state_bodies()
        self._resolve_members()
        self._resolve_staff()
        self._resolve_officials()
        self._resolve_qualified_titles()
        self._resolve_officers()
        for mention in self.mentions:
            if mention.type == "person" and len(mention.text.split()) == 1 and mention.text in people:
                full = people[mention.text]
                mention.actor, mention.name = full.actor, full.name
                mention.affiliation = mention.affiliation or full.affiliation

    def _resolve_officers(self) -> None:
        """"said Jane Doe, chairman and chief executive officer", "managing board chairman Jane Doe said": an
        officer whose apposition names only his offices, or whose title before the name is one only a company
        gives, and no body, holds them in the company the article has named most before him."""
        for person in self.mentions:
            if person.type != "person" or person.affiliation is not None or \
                    _FORMER_BEFORE.search(self.flat, max(0, person.start - 60), person.start):
                continue
            apposition = _APPOSITION.match(self.flat, person.end)
            if not (apposition is not None and _only_offices(apposition.group(1)) or
                    self._unqualified_company_title(person.start)):
                continue
            before = Counter(m.actor for m in self.mentions if m.type == "organization" and m.end <= person.start)
            if before:
                person.affiliation = before.most_common(1)[0][0]

    def _heads_state(self, start: int, title: str) -> bool:
        """"President Jane Doe", "Emperor X", "Chancellor of the Exchequer X": the title of a head of state or
        government, capitalised before the name and qualified by nothing (a company writes "Acme president" or
        "Acme President"), names the one of the country the article is about."""
        if title not in _HEAD_TITLES:
            return False
        words = _WORD.findall(self.flat[max(0, start - 100):start])
        size = len(title.split())
        if len(words) < size or " ".join(words[-size:]).lower() != title or not words[-size][:1].isupper():
            return False
        word = words[-size - 1] if len(words) > size else ""
        return not word[:1].isupper() or word.lower() == "the" or _ends_clause(word)

    def _unqualified_company_title(self, start: int) -> bool:
        """Whether a title only a company gives stands right before `start` with no name qualifying it
        ("Acme chief executive Jane Doe" is qualified: Acme may be a body the article names only so)."""
        title = _COMPANY_TITLE_BEFORE.search(self.flat, max(0, start - 60), start)
        if title is None:
            return False
        before = self.flat[:title.start()].rstrip()
        word = before.split()[-1] if before.split() else ""
        return not word[:1].isupper() or word.lower() in ("a", "an", "the") or _ends_clause(word)

    def _resolve_qualified_titles(self) -> None:
        """"Acme chairman Jane Doe", "the Acme Council (AC) buffer stock manager Jane Doe", "Jane Doe, an Acme
        spokeswoman": a title qualified by an organisation gives the person that affiliation, also where the
        article writes the organisation short ("Acme" after "Acme Corp"), which is known only now. A country
        before a title that is no public office is where the person is from ("a British economist")."""
        bodies = {m.end: m for m in self.mentions if m.type == "organization"}
        starts = {m.start: m for m in self.mentions if m.type == "organization"}
        for person in self.mentions:
            if person.type != "person" or person.affiliation is not None or \
                    _FORMER_BEFORE.search(self.flat, max(0, person.start - 60), person.start) or \
                    _FORMER_AFTER.match(self.flat, person.end):
                continue
            body = self._body_of_title_before(person.start, bodies) or self._body_of_apposed_title(person.end, starts)
            if body is not None:
                person.affiliation = _country_of_state_body(body)
            else:
                person.affiliation = self._body_before(person.start)  # its body may be known only now ("FCA")

    def _body_of_title_before(self, start: int, bodies: dict[int, Mention]) -> Mention | None:
        words = list(_WORD.finditer(self.flat, max(0, start - 100), start))
        if not words or words[-1].end() != len(self.flat[:start].rstrip()):
            return None
        titles = self.gazetteer.titles
        for size in (3, 2, 1):
            if len(words) <= size or " ".join(w.group() for w in words[-size:]).lower() not in titles:
                continue
            at = len(words) - size - 1
            for _ in range(QUALIFIERS + 1):
                if at < 0:
                    return None
                word = words[at]
                if _SET_OFF_SHORT.fullmatch(word.group()) and at > 0:
                    word = words[at - 1]
                end = word.end() - 2 if word.group().endswith(("'s", "’s")) else word.end()
                if end in bodies:
                    return bodies[end]
                if not word.group().islower() or not word.group().isalpha() or word.group() in _NOT_QUALIFIERS or \
                        word.group().endswith(("ed", "ly")):
                    return None
                at -= 1
            return None
        return None

    def _body_of_apposed_title(self, end: int, starts: dict[int, Mention]) -> Mention | None:
        apposition = _APPOSED_BODY.match(self.flat, end)
        body = starts.get(apposition.end()) if apposition else None
        if body is None:
            return None
        title = _TITLE_WORDS.match(self.flat, body.end)
        words = title.group(1).split() if title else []
        if any(" ".join(words[-size:]) in self.gazetteer.titles for size in range(1, len(words) + 1)):
            return body
        return None

    def _first_words(self) -> dict[str, Mention]:
        """"Merrill" after "Merrill Lynch and Co", "Russo" after "Russo Securities": the first word of an
        organisation's name is its short name, when it is the first word of no other actor's name and no word
        that names things generally; the gazetteer's organisations have their short names listed."""
        g = self.gazetteer
        owners: dict[str, set[str]] = {}
        first_mention: dict[str, Mention] = {}
        for mention in self.mentions:
            words = (mention.name or mention.text).split()
            if len(words) > 1:
                owners.setdefault(words[0], set()).add(mention.actor)
                if mention.type == "organization" and " ".join(words) not in g.forms:
                    first_mention.setdefault(words[0], mention)
        return {word: mention for word, mention in first_mention.items() if self._names_one(word, owners)}

    def _names_one(self, word: str, owners: dict[str, set[str]]) -> bool:
        """Whether a name word may stand for the one actor whose name holds it: capitalised as a name, held by
        no other actor's name, and no word that names bodies or things generally."""
        g = self.gazetteer
        return len(owners[word]) == 1 and word[:1].isupper() and word[1:].islower() and \
            word not in g.organization_words and word not in g.not_names and word.lower() not in g.organization_nouns

    def _last_words(self) -> dict[str, Mention]:
        """"Multifoods" after "International Multifoods Corp": the second of a company's two name words (its
        legal form aside) is its short name when the first is no given name ("Jane Doe Inc" is named after a
        person, whom "Doe" names), the second is no word naming bodies generally ("Acme Group"), and no other
        actor's name holds it."""
        g = self.gazetteer
        owners: dict[str, set[str]] = {}
        found: dict[str, Mention] = {}
        for mention in self.mentions:
            words = (mention.name or mention.text).split()
            for word in words:
                owners.setdefault(word, set()).add(mention.actor)
            words = g.without_legal_forms(words)
            if mention.type == "organization" and len(words) == 2 and words[0] not in g.given_names:
                found.setdefault(words[1], mention)
        return {word: mention for word, mention in found.items()
                if self._names_one(word, owners) and len(word) > 3 and word not in g.forms}

    def _names_alone(self, candidate: Candidate) -> bool:
        """Whether a word stands where it can name a company by itself: not opening a sentence, where a noun
        is capitalised anyway ("Sugar factories close"), nor before a title ("Finance Secretary") or a capital
        that goes on with another name ("the Royal Bank of Canada")."""
        gap = _GAP.match(self.text, candidate.end)
        return not self._opens_sentence(candidate.start) and not (
            gap and (gap.end() in self.titles or self.text[gap.end():gap.end() + 1].isupper()))

    def _repeat_names(self) -> None:
        """Later uses of an organisation's name that the chunking cut apart, with or without its legal form
        ("Cable and Wireless" after "Cable and Wireless Plc")."""
        taken = [(m.start, m.end) for m in self.mentions]
        for mention in list(self.mentions):
            if mention.type != "organization" or " and " not in mention.text:
                continue
            for form in sorted({" ".join(mention.text.split()), mention.name}, key=len, reverse=True):
                for match in re.finditer(r"\b" + r"\s+".join(map(re.escape, form.split())) + r"\b", self.text):
                    at, end = match.span()
                    if at > mention.start and not any(s < end and at < e for s, e in taken):
                        self._add(at, end, mention.actor, mention.type, mention.name,
                                  affiliation=mention.affiliation)
                        taken.append((at, end))
        self.candidates = [c for c in self.candidates if not any(s < c.end and c.start < e for s, e in taken)]

    def _split_hyphenated(self, people, organizations) -> list[Candidate]:
        """"Doe-Roe talks", "ACME-Beta offer": each part that names an actor of the article is a candidate."""
        candidates = []
        for candidate in self.candidates:
            parts = candidate.text.split("-")
            if len(candidate.words) == 1 and len(parts) > 1 and any(p in people or p in organizations for p in parts):
                at = candidate.start
                for part in parts:
                    candidates.append(Candidate(at, at + len(part), part, [part]))
                    at += len(part) + 1
            else:
                candidates.append(candidate)
        return candidates

    def _organization(self, start: int, end: int, name: str, country: str | None = None) -> Mention | None:
        """An organisation keyed without its legal form ("Acme Corp", "Acme Corporation" and "Acme" are one),
        and named with it written out ("Acme Corp" -> "Acme Corporation", "Acme Holdings Plc" -> "Acme
        Holdings", "Cie Generale" -> "Compagnie Generale", "U.S. Embassy" -> "United States Embassy")."""
        g = self.gazetteer
        words = name.split()
        if words[0] in g.legal_forms or len(name.replace(" ", "")) < 2:
            return None
        while len(words) > 1 and words[-1] in ("and", "&"):
            words.pop()
        if len(words) > 1 and words[-1] in g.written_out:
            words[-1] = g.written_out[words[-1]]
        while len(words) > 1 and words[-1] in g.legal_forms and not _written_out(words[-1]) or \
                len(words) > 1 and words[-1] in ("and", "&"):
            words.pop()
        words = [g.written_out.get(word, word) for word in words]
        country_form = g.forms.get(words[0])
        if len(words) > 1 and country_form is not None and country_form.type == "country" and \
                country_form.role == NAME and (words[0].isupper() or "." in words[0]) and \
                (fold(" ".join(words[1:])) in g.state_bodies or words[-1].lower() in _STATE_BODY_HEADS):
            # A state body as it names itself: "U.S. Air Force" -> "United States Air Force"
            words[:1] = country_form.name.split()
        name = " ".join(words)
        known = g.forms.get(" ".join(words[1:])) if country_form is not None and country_form.type == "country" \
            and len(words) > 2 else None
        if known is not None and known.type == "organization" and known.role == NAME:
            # "U.S. Federal Reserve Board": a country's name before a body the gazetteer knows is whose it is
            return self._add(start, end, known.key, "organization", known.name, code=known.code,
                             affiliation=known.affiliation)
        words = g.without_legal_forms(words)
        owner = self.hit_ends.get(start - 3) if self.text[start - 3:start - 1] in ("'s", "’s") else None
        if country is None and owner is not None and owner.entry.type == "country":
            country = owner.entry.key
        mention = self._add(start, end, slug(" ".join(words)), "organization", name, affiliation=country)
        if fold(name) in self.gazetteer.state_bodies:
            if country is None:
                self.state_bodies.append(mention)
            else:
                self._owned_by(mention, country)
        return mention

    def _surnames_of_people(self, named_in_full: dict[str, Mention]) -> None:
        """"Saba said" after "Chairman Shoichi Saba": a one-word name the gazetteer knows as a body stands for
        the person the article named with it as surname, unless the article names a body that begins with it
        (a family firm: "Ford" after "Ford Motor Co") or only guessed the person from a first name ("the New
        York Fed said" is no person "York Fed")."""
        firms = {m.text.split()[0] for m in self.mentions if m.type == "organization" and " " in m.text}
        for mention in self.mentions:
            full = named_in_full.get(mention.text)
            if mention.type == "organization" and full is not None and full.text.split()[-1] == mention.text and \
                    full.start < mention.start and mention.text not in firms and \
                    not any(full is guessed for guessed in self.guessed):
                mention.actor, mention.type, mention.name = full.actor, "person", full.name
                mention.affiliation, mention.code = full.affiliation, None

    def _resolve_state_bodies(self) -> None:
        """Give "the Foreign Ministry" the country of a body of its own it is listed with ("officials from the
        Bank of Japan and Finance Ministry"), else the country an earlier mention of that body was given (the
        article goes on speaking of the same ministry), else the country named before it in its sentence, else
        the article's."""
        if not self.state_bodies or not self.countries:
            return
        self.countries.sort()
        most_named = Counter(key for _, key in self.countries).most_common(1)[0][0]
        earlier: dict[str, str] = {}
        for mention in sorted(self.state_bodies, key=lambda m: m.start):
            index = self.doc.sentence_at(mention.start)
            sentence_start = self.doc.sentences[index].start if index is not None else mention.start
            body = mention.name
            country = self._listed_with(mention) or earlier.get(body) or next(
                (key for at, key in reversed(self.countries) if sentence_start <= at < mention.start), most_named)
            earlier.setdefault(body, country)
            self._owned_by(mention, country)

    def _listed_with(self, mention: Mention) -> str | None:
        """The country of a body of its own listed right before the state body: "the Bank of Japan and Finance
        Ministry"."""
        for other in self.mentions:
            entry = self.gazetteer.by_key.get(other.affiliation or "")
            if other.type == "organization" and entry is not None and entry.type == "country" and \
                    self.text[other.end:mention.start].strip().lower() in ("and", "and the", ",", "or"):
                return other.affiliation
        return None

    def _owned_by(self, mention: Mention, country: str) -> None:
        """A state body every country has, named for its country: "Foreign Ministry" -> "Peruvian Foreign
        Ministry"; a bank as such banks name themselves: "Central Bank" -> "Central Bank of Peru"."""
        owner = self.gazetteer.by_key.get(country)
        if mention.name.endswith(" Bank") and owner is not None:
            article = "the " if _PLURAL_OR_UNION.search(owner.name) else ""
            name = f"{mention.name} of {article}{owner.name}"
        else:
            name = f"{self.gazetteer.demonyms.get(country, country)} {mention.name}"
        mention.actor, mention.name, mention.affiliation = slug(name), name, country

    def _add(self, start, end, key, kind, name, code=None, affiliation=None) -> Mention:
        mention = Mention(start=start, end=end, text=self.text[start:end], actor=key, type=kind, name=name,
                          code=code, affiliation=affiliation)
        self.mentions.append(mention)
        self.mention_ends[end] = mention
        return mention

    def _span(self, chunk, first, last) -> str:
        return " ".join(self.text[chunk[first].start:chunk[last].end].split())


def _outside(chunk: list[Token], skipped: list[tuple[int, int]]) -> list[list[Token]]:
    """The parts of a chunk outside skipped spans (furniture, datelines, names already read)."""
    inside = [(s, e) for s, e in skipped if s < chunk[-1].end and chunk[0].start < e]
    if not inside:
        return [chunk]
    parts: list[list[Token]] = [[]]
    for token in chunk:
        if any(s <= token.start < e for s, e in inside):
            if parts[-1]:
                parts.append([])
        elif parts[-1] or not token.connector:
            parts[-1].append(token)
        else:
            parts[-1].append(Token(token.start, token.end, token.text))
    return [part for part in parts if part]


def _written_out(word: str) -> bool:
    """"Corporation" and "Company" are written out; "Corp", "Co" and "SA" are not."""
    return len(word) > 4 and word[1:].islower()


def _is_organization(words: list[str], g) -> bool:
    """"Acme Trading Co", "Bank of Boston", "Ruritania Institute for Peace Studies"."""
    if len(words) < 2:
        return False
    if words[-1] in g.organization_words or words[0] in g.organization_words:
        return True
    return any(word in g.organization_words and following in ("of", "for", "on")
               for word, following in zip(words, words[1:]))


def _inside_longer_name(chunk, first, last, entry: Entry, segments, g) -> bool:
    """A known name that is part of a longer one: "Bank of Zambia", "Congress of South African Trade Unions",
    "Sea of Japan", "Shoichi Saba"."""
    connector = chunk[first].connector
    if connector in ("of", "of the") and segments and segments[-1].kind == "run":
        run = [token.text for token in chunk[segments[-1].first:segments[-1].last + 1]]
        if run[0] in g.organization_words or run[-1] in g.organization_words or run[-1] in g.place_heads:
            return True
    if entry.type == "organization" and first == last and segments and segments[-1].kind == "run" and \
            segments[-1].last == first - 1 and _surname(chunk, first, g):
        return True
    return entry.type != "country" and last + 1 < len(chunk) and chunk[last + 1].connector in ("of", "of the")


def _surname(chunk, index: int, g) -> bool:
    """"Chairman Shoichi Saba": a name right after a first name is a surname, whatever else it names."""
    return index > 0 and not chunk[index].connector and chunk[index - 1].text in g.given_names


def _starts_another_name(chunk, before: Segment, first: int, g) -> bool:
    """Whether the chunk's token `first` starts a name of its own: after "and" that follows a known name, a
    legal form or a person ("Acme Co and Beta Inc", "Jane Doe and Acme Council"), unless only a legal form
    follows ("Doe and Co Inc"); after "of" or "for" that follows anything but an organisation word ("Jane Doe
    of Acme Securities Inc")."""
    connector = chunk[first].connector
    if connector == POSSESSIVE:
        return before.kind in ("known", "title") or _looks_like_person(
            [token.text for token in chunk[before.first:before.last + 1]], g)
    if connector in ("and", "&"):
        return chunk[first].text not in g.legal_forms and (
            before.kind == "known" or chunk[first - 1].text in g.legal_forms or
            _looks_like_person([token.text for token in chunk[before.first:before.last + 1]], g))
    return connector in _OF and chunk[first - 1].text not in g.organization_words


def _looks_like_person(words: list[str], g) -> bool:
    return 2 <= len(words) <= 4 and words[0] in g.given_names and not any(w in g.organization_words for w in words)


def _opens_titled_name(segments, chunk, index: int, g) -> bool:
    """"Agriculture Minister He Kang", "Chairman An Wang": a surname that is also an English function
    word opens the name when a title stands right before it and a name word follows it in the same run (a
    preposition there opens a phrase: "Chairman In Tokyo")."""
    token = chunk[index]
    return bool(segments) and segments[-1].kind == "title" and segments[-1].last == index - 1 and \
        not token.connector and token.text not in _CALENDAR and token.text.lower() not in _PREPOSITIONS and \
        index + 1 < len(chunk) and not chunk[index + 1].connector and chunk[index + 1].text not in g.not_names


def _continues_run(segment, chunk, index, g) -> bool:
    """Whether a connector word keeps an unknown name going ("Bank of Boston", "Charles de Gaulle")."""
    connector = chunk[index].connector
    if connector == POSSESSIVE:
        return False
    if not connector and _acronym_after_person(segment, chunk, index, g):
        return False
    if not connector or connector in PARTICLES or connector in "/-":
        return True
    if connector in ("and", "&"):
        # "Centers for Disease Control and Prevention", "National Association of Broadcast Employees and
        # Technicians": a body's name of the form "X of A and B" runs on
        return chunk[index].text not in g.organization_words and any(
            chunk[k].text in g.organization_words and chunk[k + 1].connector in _OF
            for k in range(segment.first, index - 1))
    head = chunk[index - 1].text
    return head in g.organization_words or chunk[segment.first].text in g.organization_words


def _acronym_after_person(segment, chunk, index, g) -> bool:
    """"Mark Bly BP": an employer's acronym after a person's name is a name of its own, not part of it."""
    token = chunk[index].text
    return len(token) >= 2 and token.isalpha() and token.isupper() and not chunk[index - 1].text.isupper() and \
        chunk[segment.first].text in g.given_names


def _ends_clause(word: str) -> bool:
    """Whether a word closes the clause before a title ("said. President", "chairman, President"), which a
    qualifying name does not ("Acme Inc. President")."""
    return word.endswith((",", ";", ":")) or ends_sentence(word)


def _affiliation(entry: Entry) -> str:
    """A person's affiliation: the organisation, or the country of a government department or parliament."""
    if entry.type != "country" and entry.affiliation and _GOVERNMENT_HEADS & set(fold(entry.name).split()):
        return entry.affiliation
    return entry.key


# titles only a company gives, also right before a name ("company spokesman Jan Novak", "managing director Jan
# Novak")
COMPANY_TITLES = ("managing board chairman", "board chairman", "chief executive officer", "chief executive",
                  "chief operating officer", "chief financial officer", "managing director", "general manager") + tuple(
    f"{company} {staff}" for company in ("company", "firm")
    for staff in ("spokesman", "spokeswoman", "spokesperson", "official", "treasurer", "secretary"))
# the offices a company's officer holds, longest first
OFFICES = tuple(sorted(set(COMPANY_TITLES) | {"executive vice president", "senior vice president", "vice president",
                                              "vice chairman", "chairman", "chairwoman", "president", "treasurer",
                                              "spokesman", "spokeswoman"}, key=lambda office: (-len(office), office)))
_COMPANY_TITLE_BEFORE = re.compile(r"(?<![\w'])(?i:" + "|".join(
    re.escape(title).replace(r"\ ", r"[ \t\n]+") for title in COMPANY_TITLES) + r"),?[ \t\n]+$")
_OFFICE_JOINS = re.compile(r"\b(?:the|a|an|its|and)\b|[^a-z -]")


def _only_offices(clause: str) -> bool:
    """Whether an apposition names only offices of a company ("chairman and chief executive officer")."""
    rest = " ".join(_OFFICE_JOINS.sub(" ", clause.lower()).split())
    while rest:
        office = next((office for office in OFFICES if rest == office or rest.startswith(office + " ")), None)
        if office is None:
            return False
        rest = rest[len(office):].strip()
    return bool(clause.strip())


def _country_of_state_body(mention: Mention) -> str:
    """A person who works for a government department or a parliament speaks for its country; one who works for
    any other body (a central bank, an agency, a news agency, an exchange) for that body."""
    if mention.type == "organization" and mention.affiliation and mention.name and \
            _GOVERNMENT_HEADS & set(fold(mention.name).split()):
        return mention.affiliation
    return mention.actor


def _country_of(entry: Entry | None) -> str | None:
    if entry is None:
        return None
    return entry.key if entry.type == "country" else entry.affiliation

"""Actor mentions in one article, found the way news text names actors.

Capitalised words are grouped into chunks (`chunks.py`: "NATO Secretary General Jane Doe", "Texas Commerce
Bank Inc"); each chunk is cut into known names (countries, capitals, organisations, demonyms: `gazetteer.py`),
titles, and unknown name runs, and each unknown run is judged by its context: a title or "Mr." before it, an
apposition after it ("X, the spokeswoman for ..."), a reporting verb ("said X", "X said", "according to X"),
a first name from the given-names list, an organisation word ("Co", "Bank", "Ministry of ...") or a ticker
after it, a noun saying what it is before it ("the lobby group X"), a speaker's name and "of" before it
("Jane Doe of X said"). Runs that none of these explain (places, sentence openers) are not actors. State bodies
written in lower case count where their country is stated ("China's foreign ministry", "South Korea convened its
national security council").

Then the article as a whole settles what one chunk cannot: short names of actors it names in full elsewhere
("Doe" after "Jane Doe", "Standard Oil" after "Standard Oil Co", "AMC" after "American Motors Corp (AMC)"),
the country of a state body ("the Foreign Ministry" -> "Peruvian Foreign Ministry"), and the affiliations
that "of"/"from" clauses, appositions ("Jane Doe, an analyst with X"), possessives ("X's Jane Doe") and the
sentence's country give. Last, a person named after a body's common noun and a title ("bank governor X") gets
the body the article named that the noun stands for (`employers.py`). Page furniture (`furniture.py`) is skipped.
"""

from __future__ import annotations

import calendar
import re

from ..model import Document, Mention
from . import employers, legislators, party_labels
from .chunks import FOREIGN_AND, PARTICLES, POSSESSIVE, Token, chunks
from .furniture import WIRE_CODE, dateline, furniture, monitored
from .gazetteer import NAME, SEAT, Entry
from .known_names import KnownNames, looks_like_person, portfolio
from .mention_titles import NameTitles
from .mention_words import (
    BASED, CLOSES, CODE_AFTER, FORMER_AFTER, FORMER_BEFORE, GAP, NEXT_WORD, OF, SEAT_NAMING, SEAT_PLACED, SPEAKS,
    TENSED_REPORTING, Candidate, Segment, country_of_state_body, is_organization
)
from .names import slug
from .partnerships import partnerships
from .post_fields import name_start, post_title
from .settling import Settling


_CONTRACTION = re.compile(r"['’](?:ve|ll|re|d|m|t)$")
_OFFICE_WORD = re.compile(r"[A-Z][a-z]+")  # "Foreign", "Parliamentary": not "U.S.", "AFL-CIO"
_CALENDAR = set(calendar.day_name) | set(calendar.month_name[1:]) | set(calendar.month_abbr[1:])
# Words that make a country's name part of another place's name: "New Mexico", "New Jersey".
_PLACE_PREFIXES = {"New"}  # "New Mexico" is no Mexico; initials never end such a name ("New U.S. curbs")
_REPORTED_BY = re.compile(rf"\b(?:{TENSED_REPORTING}|according to|wrote)[ \t\n]+$")
_MEMBER_OF = re.compile(r"(?:,?[ \t\n]+)(?:of|from|at|with)[ \t\n]+(?:the[ \t\n]+)?(?=[A-Z])")
_AT = re.compile(r"\b(?:at|in|near)[ \t\n]+(?:the[ \t\n]+)?$")
_OWNED_BY = re.compile(r"\b(?:its|their|our)[ \t\n]+$")
_MINISTER = re.compile(r"\b(?:minister|premier)\b")
_GOVERNMENT_AFTER = re.compile(r"['’]s?[ ]+(?:government|administration|cabinet|regime)\b")
_OWNING = re.compile(r"['’]s$")
# "of The Hallwood Group Inc": a firm's own capitalised article is left out of its name, as everywhere else
_ARTICLES = {"The", "A", "An"}
_PREPOSITIONS = {"in", "on", "at", "for", "from", "by", "with", "of", "to", "after", "before", "since", "during",
                 "under", "over", "about", "despite", "following"}
_FAMILY = re.compile(r"[ \t\n]+family\b")
_AGENCY_AFTER = re.compile(r"[ \t\n]+news[ \t\n]+agency\b", re.I)
_AGENCY_BEFORE = re.compile(r"\bnews[ \t\n]+agency[ \t\n]+$", re.I)
_WORD_BEFORE = re.compile(r"\b([a-z]+)[ \t\n]+$")
# a word or comma of running prose, not the last of a table row (Reuters indents each new line of a table or
# paragraph), and not "of" inside a longer name ("Federal Reserve Bank of New York")
_PROSE_BEFORE = re.compile(r"(?:\b[a-z]+|,)(?:[ \t]+\n?|\n)$")
_NAME_OF_BEFORE = re.compile(r"\b[A-Z][\w.]*[ \t\n]+(?:of|of the|de|du|des)[ \t\n]+$")
# "the Dutch port union, FNV, said": an acronym set off by commas after a noun saying what it is
_NOUN_COMMA_BEFORE = re.compile(r"\b([a-z]+),[ \t\n]+$")
_SET_OFF_ACRONYM = re.compile(r"[A-Z]{2,6}")


def annotate(doc: Document) -> Document:
    """The article's actor mentions, people given the body a title's common noun names ("bank governor X") and
    members of Congress their chamber ("Sen. Jane Doe")."""
    doc.mentions = _Reader(doc).read()
    employers.affiliate(doc)
    legislators.affiliate(doc)
    return doc


_PLACE_REACH = 12  # characters before a capital read for the preposition that makes it a place


class _Reader(KnownNames, NameTitles, Settling):
    """The actor mentions of one article: each chunk read for its names and titles, then the article settled."""

    def read(self) -> list[Mention]:
        text = self.text
        flat = self.flat
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
                               if hit.entry.type == "country" and not BASED.match(text, hit.end) and
                               not any(s <= at < e for s, e in listening)]
            self.places.update(at for at, hit in hits.items() if hit.entry.type == "country" and hit.entry.role == SEAT
                               and (SEAT_PLACED.search(flat, max(0, at - _PLACE_REACH), at) or
                                    SEAT_NAMING.match(flat, hit.end)))
            skipped += furniture(text, start, end)
            self._lower_state_bodies(start, end, hit_ends)
            for code in WIRE_CODE.finditer(text, start, end):
                if code.group(1)[0].isupper() and any(char.islower() for char in code.group(1)):
                    # "<Acme Holdings PLC's> coating unit": the wire brackets the owner with its possessive
                    named = _OWNING.sub("", code.group(1))
                    self._organization(code.start(1), code.start(1) + len(named), " ".join(named.split()))
            for hit in hits.values():
                if "'" in flat[hit.start:hit.end]:
                    self._known_span(hit.start, hit.end, hit.entry)
                    skipped.append((hit.start, hit.end))
            known = [(hit.start, hit.end) for hit in hits.values()]
            found = chunks(text, start, end, self.gazetteer.not_names, self.gazetteer.lower_legal_forms)
            for whole in partnerships(text, list(found), self.gazetteer, known):
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

    def _read_chunk(self, chunk, hits, titles, title_ends, hit_ends) -> None:
        g = self.gazetteer
        ends = {token.end: index for index, token in enumerate(chunk)}
        # A name may end at a hyphen inside a token: "South Korea-based".
        ends.update({token.start + at: index for index, token in enumerate(chunk)
                     for at, char in enumerate(token.text) if char == "-" and token.start + at not in ends})
        segments: list[Segment] = []
        index = 0
        while index < len(chunk):
            seat = _seat_end(chunk, index, g)
            if seat is not None:
                segments.append(Segment("skip", index, seat))
                index = seat + 1
                continue
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
                arm = self._national_arm(chunk, segments, index, last, hit.entry)
                if arm is not None:
                    segments[-1:] = arm
                    index = last + 1
                    continue
                firm = self._firm_named_for_country(chunk, index, last, hit.entry)
                if firm is not None and not (segments and segments[-1].kind == "run" and not token.connector):
                    segments.append(Segment("organization", index, firm, hit.entry))
                    index = firm + 1
                    continue
                widened = _body_name_widened(chunk, index, hit.entry, segments, g)
                if widened or _inside_longer_name(chunk, index, last, hit.entry, segments, g) or \
                        hit.entry.type == "country" and not token.connector and segments and (
                            segments[-1].kind == "run" and not self._opens_sentence(chunk[segments[-1].first].start)
                            or chunk[index - 1].text in _PLACE_PREFIXES and "." not in token.text):
                    if segments and segments[-1].kind == "run" and (
                            token.connector or widened or _surname(chunk, index, g)):
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
                    segments, chunk, index, g) and not self._opens_name_mid_sentence(chunk, index) and \
                    not self._headline_name(chunk, index) or _CONTRACTION.search(token.text):
                place = _place_word_after(chunk, index, hits)
                segments.append(Segment("skip", index, index if place is None else place))
                if place is not None:
                    index = place
            elif segments and segments[-1].kind == "run" and (_continues_run(segments[-1], chunk, index, g) or
                                                              _employer_goes_on(segments, chunk, index, g)):
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
                post = post_title(chunk, segments, position, g)
                if post is not None:  # "Minister of State for Finance Jan Novak": the post's title names him
                    first = name_start(chunk, segment, g)
                titled = position if post is None else post + 1
                self._run(chunk, first, last, *self._titles_before(chunk, segments, titled), title_ends, hit_ends)

    def _headline_name(self, chunk, index: int) -> bool:
        """"Credit Norvex announced", "Consumers Quorlane said" under the headline "CREDIT NORVEX TO SELL ...": a
        word that opens no name of its own, most often at the start of a sentence, opens the name the headline
        gives with the capitalised word after it."""
        return index + 1 < len(chunk) and not chunk[index + 1].connector and \
            chunk[index + 1].text not in self.gazetteer.not_names and \
            self._in_headline([chunk[index].text, chunk[index + 1].text])

    def _opens_name_mid_sentence(self, chunk, index: int) -> bool:
        """"led by Credit Suisse", "the Futures Industry Association": a word that opens no name of its own opens
        one mid-sentence, after a lower-case word or a comma of running prose, when the name words after it end
        in an organisation word or a ticker, say something, or the article names them again whole (sentence
        openers, months, articles and table rows stay out)."""
        g = self.gazetteer
        token = chunk[index]
        if index > 0 or token.text in _CALENDAR or token.text in _ARTICLES or not _PROSE_BEFORE.search(
                self.text, max(0, token.start - 20), token.start) or _NAME_OF_BEFORE.search(
                self.text, max(0, token.start - 40), token.start):
            return False
        last = index
        while last + 1 < len(chunk) and not chunk[last + 1].connector and chunk[last + 1].text[:1].isupper():
            last += 1
        if last == index or chunk[index + 1].text in g.not_names:
            return False
        words = [t.text for t in chunk[index:last + 1]]
        end = chunk[last].end
        if words[-1] in g.organization_words or is_organization(words, g) or CODE_AFTER.match(self.text, end):
            return True
        if token.text in _PLACE_PREFIXES:
            return False  # "New York", "New South Wales": a place, however often the article names it
        if last == len(chunk) - 1 and SPEAKS.match(self.text, end) and not any(
                word in g.given_names for word in words[1:]):
            return True  # "lead manager Credit Suisse said", not "of Credit Suisse Paul Hofer told"
        whole = re.compile(r"\b" + r"\s+".join(map(re.escape, words)) + r"\b")
        return len(whole.findall(self.text)) > 1

    def _titles_before(self, chunk, segments: list[Segment], position: int) -> tuple[Segment | None, Segment | None]:
        """The segment before a run and the one before that; an honorific after a title is passed over, as the
        office is the title that names the body ("British Foreign Secretary Sir Jan Novak", "Acme chairman Lord
        Novak")."""
        before = [None, None, *segments[:position]]
        honorific = before[-1] is not None and before[-1].kind == "title" and \
            self._span(chunk, before[-1].first, before[-1].last).lower() in self.gazetteer.honorifics
        if honorific and before[-2] is not None and before[-2].kind == "title":
            before.pop()
        if before[-1] is not None and before[-1].kind == "title" and self._office_words(chunk, before[-2]) and \
                before[-3] is not None and before[-3].kind == "known" and before[-3].entry.type == "country":
            return before[-1], before[-3]
        return before[-1], before[-2]

    def _office_words(self, chunk, segment: Segment | None) -> bool:
        """"Kuwaiti Foreign Undersecretary X", "Iranian Parliamentary Speaker X": one or two capitalised words
        between a country and a title name the office, and the country is still the one the person speaks for; not
        the name of a body ("Ruritanian Central Bank Governor X" speaks for the bank)."""
        return segment is not None and segment.kind == "run" and segment.last - segment.first < 2 and all(
            _OFFICE_WORD.fullmatch(token.text) and token.text not in self.gazetteer.organization_words
            for token in chunk[segment.first:segment.last + 1])

    def _run(self, chunk, first, last, before, before_that, title_ends, hit_ends) -> None:
        g = self.gazetteer
        text = self.text
        if before is not None and before.kind == "title" and chunk[first].connector in OF:
            # "Minister of Finance Jane Doe": the title runs on to the person's first name; with none, the words
            # may name the body the title is of ("Chairman of the Acme Growers Association")
            named = self._span(chunk, first, last)
            person_start = next((index for index in range(first, last + 1) if chunk[index].text in g.given_names),
                                None)
            if person_start is None:
                if is_organization(named.split(), g) and not portfolio(chunk[first:last + 1], g):
                    self._organization(chunk[first].start, chunk[last].end, named)
                return
            first = person_start
        start, end = chunk[first].start, chunk[last].end
        described = party_labels.described_label(text, start, self._span(chunk, first, last).split(), g.party_members)
        if described is not None:  # "the Ohio Democrat said": the member named before, no person of its own
            member = party_labels.pointed_back(text, self.mentions, start, *described, g.party_members)
            if member is not None:
                self._add(start, end, member.actor, "person", member.name or member.text,
                          affiliation=member.affiliation)
            return
        # the mention keeps a party's label, which the name leaves out: "its chairman, Democrat Jane Doe" is apposed
        name = self._span(chunk, party_labels.name_start(chunk, first, last, g.party_members), last)
        words = name.split()
        if words[-1] in g.not_actor_heads or len(words) == 1 and self._headed_government(start, end, name):
            return
        person, title, affiliation = self._titled(chunk, first, last, before, before_that, title_ends, hit_ends)
        reported = last == len(chunk) - 1 and SPEAKS.match(text, end) or \
            first == 0 and _REPORTED_BY.search(text, max(0, start - 20), start) and CLOSES.match(text, end)
        if first == 0 and words[0] in g.not_names and (person or reported):
            # a name a word like "First" or "Credit" opens is a firm's, no person's ("manager First Boston")
            self._organization(start, end, name)
            return
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
        # a one-word employer is left to the longer name the article gives it ("Acme" of "Acme Brokers Inc")
        if not person and (is_organization(words, g) or reported and len(words) > 1 and
                           _employer(chunk, first, before, g) or
                           _AGENCY_AFTER.match(text, end) or
                           CODE_AFTER.match(text, end) or _AGENCY_BEFORE.search(text, max(0, start - 20), start)):
            self._organization(start, end, name)
            return
        guessed = not person and 2 <= len(words) <= 4 and (words[0] in g.given_names or reported) and \
            all(word[:1].isupper() or word in PARTICLES for word in words) and not name.isupper() and \
            not g.is_place(words)
        # "at Dean Carter" is a firm ("an analyst at ..."), "in San Juan" or "in the Far East" a place, neither a
        # person: it stays a candidate that the article may name in full ("Dean Carter and Co Inc").
        guessed = guessed and not _AT.search(text, max(0, start - 9), start)
        # "its Myra Falls mine": a name a possessive leads, or that a noun of a site or vessel follows, is the
        # thing's, no person's
        thing = NEXT_WORD.match(text, end)
        guessed = guessed and not _OWNED_BY.search(text, max(0, start - 8), start) and not (
            thing and thing.group(1) in g.thing_nouns)
        gap = GAP.match(text, end)
        if guessed and gap and gap.end() in self.titles:
            # "Dean Carter analyst Jane Doe said": a name qualifying a title is the employer.
            self._organization(start, end, name)
            return
        if (person or guessed) and len(words) <= 5:
            owner = self._possessor(start)
            if affiliation is None and owner is not None:
                affiliation = country_of_state_body(owner)
            former = FORMER_BEFORE.search(self.flat, max(0, start - 60), start) or FORMER_AFTER.match(self.flat, end)
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
            elif affiliation is None and (head := self._known_head(start, title, words[-1])) is not None:
                self.mentions[-1].affiliation = head
            elif affiliation is None and title in g.state_titles and not self._company_head(start, title):
                self.officials.append((self.mentions[-1], bool(_MINISTER.search(title)) or bool(
                    _GOVERNMENT_AFTER.match(self.flat, end)) or self._heads_state(start, title)))
            return
        speaks = last == len(chunk) - 1 and SPEAKS.match(text, end) is not None
        self.candidates.append(Candidate(start, end, name, words, speaks))


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


def _place_word_after(chunk, index: int, hits) -> int | None:
    """"New York Auto Show", "sources in New York said": the word a place prefix opens is the place's, no name
    of its own ("York"); a known name after the prefix is read as it is ("New South Wales" stays for the
    gazetteer). The place word's index, or None."""
    following = index + 1
    if chunk[index].text not in _PLACE_PREFIXES or following >= len(chunk) or chunk[following].connector or \
            chunk[following].start in hits or not chunk[following].text[:1].isupper() or \
            "." in chunk[following].text:
        return None
    return following


def _body_name_widened(chunk, index: int, entry: Entry, segments, g) -> bool:
    """"Maple Bank of Canada", "World Widget Congress": a known body whose name opens with an organisation word
    ("Bank of Canada", "Congress"), right after name words of the same run, is the tail of another body's name,
    not that body."""
    return entry.type == "organization" and chunk[index].text in g.organization_words and \
        not chunk[index].connector and bool(segments) and segments[-1].kind == "run" and \
        segments[-1].last == index - 1 and chunk[index - 1].text not in g.not_names


def _surname(chunk, index: int, g) -> bool:
    """"Chairman Shoichi Saba": a name right after a first name is a surname, whatever else it names."""
    return index > 0 and not chunk[index].connector and chunk[index - 1].text in g.given_names


def _opens_titled_name(segments, chunk, index: int, g) -> bool:
    """"Agriculture Minister He Kang", "Chairman An Wang": a surname that is also an English function
    word opens the name when a title stands right before it and a name word follows it in the same run (a
    preposition there opens a phrase: "Chairman In Tokyo")."""
    token = chunk[index]
    return bool(segments) and segments[-1].kind == "title" and segments[-1].last == index - 1 and \
        not token.connector and token.text not in _CALENDAR and token.text.lower() not in _PREPOSITIONS and \
        index + 1 < len(chunk) and not chunk[index + 1].connector and chunk[index + 1].text not in g.not_names


def _seat_end(chunk, index: int, g) -> int | None:
    """"Acme Grain Inc of Memphis, Tennessee": after a legal form that is no noun ("Inc", "Ltd", "AG") the name is
    closed, and "of" and the words after it give where the firm sits, no part of its name and no actor; "Co" and
    "Corp" stand for nouns a name may go on from ("Aluminum Co of America"). The last token of the seat, or None."""
    if index == 0 or chunk[index].connector not in OF or chunk[index - 1].text not in g.legal_forms or \
            g.written_out.get(chunk[index - 1].text, chunk[index - 1].text) in _NOUN_FORMS:
        return None
    last = index
    while last + 1 < len(chunk) and not chunk[last + 1].connector:
        last += 1
    state = chunk[last + 1:]
    if state and state[0].connector == "," and len(state) <= 2 and not any(t.connector for t in state[1:]):
        return len(chunk) - 1  # "of Memphis, Tennessee": a state after a comma ends the seat, not another firm
    return last


_NOUN_FORMS = {"Company", "Corporation", "Cos", "Cos."}


def _continues_run(segment, chunk, index, g) -> bool:
    """Whether a connector word keeps an unknown name going ("Bank of Boston", "Charles de Gaulle")."""
    connector = chunk[index].connector
    if connector == POSSESSIVE:
        return False
    if not connector and _acronym_after_person(segment, chunk, index, g):
        return False
    if not connector or connector in PARTICLES or connector in FOREIGN_AND or connector in "/-,":
        return True
    if connector in ("and", "&"):
        # "Centers for Disease Control and Prevention", "National Association of Lorry Drivers and
        # Mechanics": a body's name of the form "X of A and B" runs on
        return chunk[index].text not in g.organization_words and any(
            chunk[k].text in g.organization_words and chunk[k + 1].connector in OF
            for k in range(segment.first, index - 1))
    head = chunk[index - 1].text
    return head in g.organization_words or chunk[segment.first].text in g.organization_words


def _employer(chunk, first: int, before: Segment | None, g) -> bool:
    """"Jane Doe of Acme Brokers said": a name after a person's name and "of" is whom the person works for,
    no second speaker."""
    return before is not None and before.kind == "run" and chunk[first].connector in OF and \
        before.last == first - 1 and _named_person(chunk[before.first:before.last + 1], g)


def _employer_goes_on(segments: list[Segment], chunk, index: int, g) -> bool:
    """"Jane Doe of Acme Beta and Gamma said": a firm named for its partners runs on after "and" to the chunk's
    end, when the last partner is no person's first name."""
    return chunk[index].connector in ("and", "&") and index == len(chunk) - 1 and \
        chunk[index].text not in g.given_names and chunk[index].text not in g.organization_words and \
        len(segments) > 1 and _employer(chunk, segments[-1].first, segments[-2], g)


def _named_person(tokens: list[Token], g) -> bool:
    return looks_like_person([token.text for token in tokens], g) and not any(token.connector for token in tokens[1:])


def _acronym_after_person(segment, chunk, index, g) -> bool:
    """"Mark Bly BP": an employer's acronym after a person's name is a name of its own, not part of it."""
    token = chunk[index].text
    return len(token) >= 2 and token.isalpha() and token.isupper() and not chunk[index - 1].text.isupper() and \
        chunk[segment.first].text in g.given_names


def _country_of(entry: Entry | None) -> str | None:
    if entry is None:
        return None
    return entry.key if entry.type == "country" else entry.affiliation

"""What the article as a whole settles that one chunk cannot: short names of actors named in full elsewhere, the
country of a state body, and the employers of officials, members, staff and officers.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter

from rapidfuzz import fuzz

from .. import reporting
from ..model import Mention
from . import partnerships, short_forms
from .story_country import filed_from, story_country
from .mention_state import ReaderState
from .names import fold
from .mention_words import (
    COMPANY_TITLES, APPOSITION, CLOSES, ENVOY_TO, FORMER_AFTER, FORMER_BEFORE, GAP, HEADED_GOVERNMENT, Candidate,
    country_of_state_body
)


_ACRONYM = re.compile(r"[ \t\n]*[(<]([A-Z][A-Za-z&]{1,7})(?:\.[A-Z]{1,3})?[)>]")
# "African Development Bank (ADB)", "British Aerospace Plc <BAEL.L> (BAe)": the short form an article defines for
# a body it names, in round brackets after the name or after its ticker
_JOINING = frozenset({"and", "&", "of", "the", "for"})  # words a body's name may be written with or without
_DEFINED = re.compile(r"(?:[ \t\n]*<[^<>\n]{1,12}>)?[ \t\n]*\(([A-Z][A-Za-z&]{1,7})\)")
_SAME_WORD = 80  # rapidfuzz ratio of two words that are one word spelled otherwise ("organization", "organisation")
_CLAUSE_END = re.compile(r"[,;:()\n]|\.\s|\s(?:and|or|but)\s")
_QUALIFIER_REACH = 60  # characters from a country's name to the person or body whose title it qualifies
_BRACKETED = re.compile(r" \([^()]*\)")
_PARTNER = re.compile(r"[ \t\n]+(?:and|&)[ \t\n]+")
_GROUP_WORDS = {"Group", "Holdings", "Holding", "Companies"}
_NAME_WORDS_BEFORE = re.compile(r"(?:[A-Z][\w.&'’-]*[ \t\n]+){1,2}$")  # "General ", "Mr. ", "The King "
_WORD = re.compile(r"\S+")
_TITLE_REACH = 40  # characters after a name read for the title that follows it
# last words of the name of a street or square, which says where a person works and not for whom ("Wall Street
# analyst Jane Doe", "Fleet Street editor Jan Novak")
_ADDRESSES = frozenset({"Street", "Avenue", "Square", "Road"})
# "Chairman Jan Novak", "vice chairman Jan Novak": a chairman's title right before a name
_CHAIRMAN_BEFORE = re.compile(r"(?<![\w'’])(?i:(?:vice[ \t\n]+)?chair(?:man|woman))[ \t\n]+$")
_CLAUSE_END_WORD = re.compile(r"[.,;:!?\"“”]$")
_QUOTING = reporting.forms() | {"quoted", "quotes", "quoting"}
_CHAIRED_REACH = 2  # sentences before a chairman's own read for the body he chairs
# ", deputy foreign department chief Jan Novak told": an officer's lower-case title, the words of his unit before
# it allowed, opening the clause that closes a sentence
_CLOSING_OFFICER = re.compile(r",[ \t\n]+(?:[a-z-]+[ \t\n]+){0,3}(?:chief|head|director|manager|governor|president|"
                              r"treasurer)[ \t\n]+$")
_TITLE_QUALIFIERS = frozenset({"Senior", "Associate", "Assistant", "Deputy", "Acting", "Chief", "Executive", "Vice",
                               "Managing", "Principal", "Joint"})  # words of an office, not of a body: "Senior
# Associate Director Jane Doe"


class Settling(ReaderState):
    """The article-wide resolution of `mentions._Reader`, which also asks the readers of `KnownNames` and
    `NameTitles` (the other parts of the reader)."""

    def _resolve_officials(self) -> None:
        """A public office holder whose country is not stated belongs to the first country named before them
        in the sentence ("Seoul is reviewing its policy, according to national security adviser Jane Doe"); in
        a sentence that names none before, a minister, a head of state written as one ("President Jane Doe") or one
        whose government the text names ("President Jane Doe's government") belongs to the country the article is
        about, the one it names most (not any secretary, nor a president the text writes as a company's, who may
        head a company or serve a country the story only deals with; a capital named as a place, "talks in Paris",
        "the Paris accord", is not counted). A country the text names once or not at
        all is the one it is about when the headline names it and no other, or the story is filed from its capital
        (`story_country`)."""
        self.countries.sort()
        named = Counter(key for at, key in self.countries if at not in self.places)
        counts = named.most_common(2)
        main = counts[0][0] if counts and counts[0][1] >= 2 and (len(counts) == 1 or counts[0][1] > counts[1][1]) \
            else self._story_country(named)
        for mention, governs in self.officials:
            index = self.doc.sentence_at(mention.start)
            if index is None:
                continue
            sentence = self.doc.sentences[index]
            mention.affiliation = next(
                (key for at, key in self.countries if sentence.start <= at < mention.start and
                 not ENVOY_TO.search(self.text, max(0, at - 40), at) and  # not where an envoy is sent
                 not self._qualifies_another(at, key, mention)),
                main if governs else None)
            mention.guessed = mention.affiliation is not None

    def _story_country(self, named: Counter) -> str | None:
        entry = story_country(self.doc, named)
        return None if entry is None else entry.key

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
            person.affiliation = country_of_state_body(chosen)

    def _resolve_staff(self) -> None:
        """"Jane Doe, lobbyist for the association": the one organisation named before whose name ends in that
        noun ("the Acme Growers Association")."""
        for person, noun in self.staff:
            bodies = {m.actor: m for m in self.mentions if m.type == "organization" and m.start < person.start
                      and (m.name or m.text).split()[-1].lower() == noun}
            if len(bodies) == 1:
                person.affiliation = country_of_state_body(next(iter(bodies.values())))

    def _employer(self, start: int) -> list[Mention]:
        """The unknown name an apposition gives as a person's employer, as an organisation, when it ends the
        apposition: "Jane Doe, an analyst with Dean Carter, said" (a name that only looked like a person's),
        and not "a fellow for Asia studies"."""
        guessed = next((m for m in self.guessed if m.start == start), None)
        if guessed is not None and CLOSES.match(self.text, guessed.end):
            guessed.type = "organization"
            return [guessed]
        candidate = next((c for c in self.candidates if c.start == start), None)
        if candidate is None:
            return []
        end = candidate.end
        partner = _PARTNER.match(self.text, end)
        if partner is not None and not CLOSES.match(self.text, end):
            # "an analyst with Hambrecht and Quist": a firm named for its founders
            second = next((c for c in self.candidates if c.start == partner.end()), None)
            end = second.end if second is not None else end
        if not CLOSES.match(self.text, end):
            return []
        organization = self._organization(candidate.start, end, " ".join(self.text[candidate.start:end].split()))
        return [organization] if organization is not None else []

    def _body_word(self, word: str) -> bool:
        """Whether a word of a name says what kind of body it names: "Bank", and its plural "Banks"."""
        return bool({word, word.removesuffix("s")} & self.gazetteer.organization_words)

    def _resolve_candidates(self) -> None:
        """Short names for actors named in full elsewhere in the article; a one-word speaker otherwise is an
        organisation ("Acme said"), unless it opens the sentence as a plural ("Prosecutors said")."""
        self._repeat_names()
        organizations: dict[str, Mention] = {}
        groups: dict[str, Mention] = {}  # "Acme/Beta" after "Acme/Beta Group"
        headless: dict[str, Mention] = {}  # "Acme Midland" after "Acme Midland Banks Inc"
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
                head = len(core)
                while head > 2 and self._body_word(core[head - 1]):
                    head -= 1
                if head < len(core):
                    headless.setdefault(" ".join(core[:head]), mention)
                for short in partnerships.short_names(mention.name, self.gazetteer):
                    organizations.setdefault(short, self._named_in_full(short, mention) or mention)
        for name, mention in groups.items():
            organizations.setdefault(name, mention)
        for first, mention in self._first_words().items():
            organizations.setdefault(first, mention)
        shorts = self._last_words()
        for mention in self.described:
            organizations.setdefault(mention.text, mention)
        grouped = [m for m in self.mentions if m.type == "organization" and m.name in groups]
        # a firm named without the words that say what kind of body it is ("Acme Midland said" after "Acme Midland
        # Banks Inc"), which a reporting verb after two names may have made a person; not a firm that name is the
        # whole of with its legal form ("Acme Midland Ltd" beside "Acme Midland Union")
        shortened = [m for m in self.mentions if m.type == "organization" and m.text == m.name and
                     m.name in headless and headless[m.name].actor != m.actor and
                     organizations.get(m.name, m).actor == m.actor]
        for mention in self.guessed + grouped + shortened:
            full = headless.get(mention.name) if mention in shortened else organizations.get(mention.name) or (
                headless.get(mention.name) if mention.type == "person" else None)
            if full is not None:
                mention.actor, mention.type, mention.name = full.actor, "organization", full.name
                mention.affiliation = full.affiliation
        self._firms_cut_short(organizations, "person")
        named_once: dict[str, Mention] = {}
        named_in_full: dict[str, Mention] = {}
        for mention in self.mentions:
            words = mention.text.split()
            if mention.name and mention.name.split()[-1] not in words:
                continue  # "the Ohio Democrat" stands for a person it does not name: its words are no name of hers
            if mention.type == "person" and len(words) == 1:
                named_once.setdefault(words[0], mention)
            elif mention.type == "person":
                named_in_full.setdefault(words[0], mention)
                named_in_full.setdefault(words[-1], mention)
        people = named_once | named_in_full
        self._surnames_of_people(named_in_full)
        defined = self._defined_short_forms()
        for mention in self.mentions:
            if mention.type == "organization":
                acronym = _ACRONYM.match(self.text, mention.end)
                initials = short_forms.initials(mention.text, self.gazetteer)
                for short in ([acronym.group(1)] if acronym else []) + initials:
                    organizations.setdefault(short, mention)
        for short, mention in defined.items():
            organizations.setdefault(short, mention)
            if short.isupper() and len(short) > short_forms.MIN_ACRONYM:
                organizations.setdefault(short.capitalize(), mention)  # "Liffe" after "... Exchange (LIFFE)"
        heads: dict[str, set[str]] = {}
        for mention in self.mentions:
            if mention.type == "organization" and mention.name:
                heads.setdefault(mention.name.split()[-1], set()).add(mention.actor)
        for candidate in self._split_hyphenated(people, organizations):
            words = candidate.words
            if len(words) == 1 and words[0] in self.gazetteer.organization_words and \
                    len(heads.get(words[0], ())) == 1 and candidate.text not in organizations and \
                    not self._opens_sentence(candidate.start):
                # "the Commission" after "the European Commission", when no other body of the article is one; opening
                # a sentence without "the" the word is a common noun ("Bank lending rose")
                organizations[candidate.text] = next(m for m in self.mentions if m.type == "organization" and
                                                     m.name and m.name.split()[-1] == words[0])
            firm = organizations.get(candidate.text) or (
                shorts.get(candidate.text) if self._names_alone(candidate) else None)
            # "Taft" after "Taft Broadcasting Co" and "Dudley Taft": the family firm, which news names by its
            # first word, while it names the person by his whole name wherever the two could be confused; a
            # partnership named with commas is named for partners of long ago ("Smith" after "Smith Barney, Harris
            # Upham and Co" and its analyst "H.P. Smith")
            family_firm = firm is not None and words[0] not in named_once and "," not in (firm.name or "") and \
                (firm.name or firm.text).startswith(candidate.text + " ")
            if len(words) == 1 and words[0] in people and not family_firm:
                full = people[words[0]]
                self._add(candidate.start, candidate.end, full.actor, "person", full.name,
                          affiliation=full.affiliation)
            elif firm is not None:
                self._add(candidate.start, candidate.end, firm.actor, "organization", firm.name,
                          affiliation=firm.affiliation)
            elif candidate.speaks and len(words) == 1 and words[0] not in self.gazetteer.not_names and not (
                    self._opens_sentence(candidate.start) and words[0].endswith("s") and not words[0].isupper()) or \
                    self._qualifies_officer(candidate):
                self._organization(candidate.start, candidate.end, candidate.text)
        self._firms_cut_short(organizations, "organization")
        self._resolve_state_bodies()
        self._resolve_members()
        self._resolve_staff()
        self._resolve_officials()
        self._resolve_qualified_titles()
        self._resolve_officers()
        self._resolve_chairmen()
        self._resolve_closing_officers()
        for mention in self.mentions:
            if mention.type == "person" and len(mention.text.split()) == 1 and mention.text in people:
                full = people[mention.text]
                mention.actor, mention.name = full.actor, full.name
                if mention.affiliation is None:
                    mention.affiliation, mention.guessed = full.affiliation, full.guessed
        self._headed_governments()

    def _qualifies_officer(self, candidate: Candidate) -> bool:
        """"Shearson Lehman analyst Jane Doe", "NASA spokesperson Jane Doe": a name the article knows no other way,
        right before the title of a person named after it, is the body he works for. Not one capitalised word that is no
        acronym ("Democratic leader Jane Doe", "Veteran analyst Jane Doe"), nor a street, nor before a public office or
        an honorific, which a party or a place qualifies ("Texas Governor Jane Doe"), nor a body the person has left
        ("Former Acme Corp aide Jane Doe"), nor words that end on an office's own ("Senior Associate"). Words after a
        body's name are the office's own: after a name the article knows ("EC Industrial Policy Director Jane Doe") or
        after a body's word ("Agriculture Ministry Permanent Secretary Jane Doe")."""
        g = self.gazetteer
        gap = GAP.match(self.flat, candidate.end)
        if gap is None or gap.end() >= len(self.flat) or candidate.words[-1] in _ADDRESSES | _TITLE_QUALIFIERS or \
                len(candidate.words) == 1 and not (candidate.text.isalpha() and candidate.text.isupper()) or \
                any(word in g.organization_words for word in candidate.words[:-1]) or \
                GAP.fullmatch(self.flat, max((m.end for m in self.mentions if m.end <= candidate.start), default=0),
                              candidate.start):
            return False
        lowered = self.flat.lower()
        ends = [end for start, end in g.find_titles(lowered, gap.end(), min(len(lowered), gap.end() + _TITLE_REACH))
                if start == gap.end()]
        if not ends or lowered[gap.end():max(ends)] in g.state_titles | g.honorifics:
            return False
        after = GAP.match(self.flat, max(ends))
        return after is not None and any(m.type == "person" and m.start == after.end() for m in self.mentions) and \
            not FORMER_BEFORE.search(self.flat, max(0, candidate.start - _TITLE_REACH), after.end())

    def _firms_cut_short(self, organizations: dict[str, Mention], kind: str) -> None:
        """"General Acquisition said" after "General Acquisition Co", "First City said" after "First City
        Bancorporation": a firm whose name opens with a title, an honorific, a country's adjective or a common word
        is cut after that word where the article writes the name short, and the rest read as a person ("General" a
        title) or as a firm of its own ("City"). When the words before a mention of `kind` and the mention's own are
        a firm's name the article gives, the mention is that firm's, its first words included; a person's are also
        the opening words of the one firm's name that opens with them ("King World" of "King World Productions
        Inc"), which a firm's short name may not be ("New York" of "New York Stock Exchange" is a place)."""
        g = self.gazetteer
        firms = [m for m in self.mentions if m.type == "organization"] if kind == "person" else []
        for mention in self.mentions:
            if mention.type != kind:
                continue
            before = _NAME_WORDS_BEFORE.search(self.text, max(0, mention.start - 40), mention.start)
            if before is None:
                continue
            words = before.group().split()
            for k, word in enumerate(_WORD.finditer(before.group())):
                start = before.start() + word.start()
                name = words[k:] + mention.text.split()
                firm = organizations.get(" ".join(name)) or organizations.get(
                    " ".join(g.without_legal_forms(name))) or _opened_by(name, firms)
                if firm is not None and not any(
                        other.start < mention.start and start < other.end for other in self.mentions):
                    mention.start, mention.text = start, self.text[start:mention.end]
                    mention.actor, mention.type, mention.name = firm.actor, "organization", firm.name
                    mention.affiliation = firm.affiliation
                    break

    def _named_in_full(self, short: str, partnership: Mention) -> Mention | None:
        """The other body the article names by `short` with no more than legal forms after it, which the short
        name stands for: "Merrill Lynch" is "Merrill Lynch and Co", not its unit "Merrill Lynch, Pierce, Fenner and
        Smith Inc"."""
        return next((m for m in self.mentions if m.type == "organization" and m.actor != partnership.actor and
                     m.name and self.gazetteer.without_legal_forms(m.name.split()) == short.split()), None)

    def _headed_governments(self) -> None:
        """"The Reagan administration" after "President Ronald Reagan": a government named by its head, one who
        serves a country, is that country, as "the American administration" is."""
        for mention in self.mentions:
            noun = HEADED_GOVERNMENT.match(self.text, mention.end)
            country = self.gazetteer.by_key.get(mention.affiliation or "")
            if mention.type != "person" or noun is None or country is None or country.type != "country":
                continue
            mention.end, mention.text = noun.end(), self.text[mention.start:noun.end()]
            mention.actor, mention.type, mention.name = country.key, "country", country.name
            mention.code, mention.affiliation = country.code, None
            self.mention_ends[mention.end] = mention

    def _defined_short_forms(self) -> dict[str, Mention]:
        """The short forms the article defines in brackets after an organisation's name, by the letter both open
        with ("the African Development Bank (ADB)"); a body the gazetteer knows by that short form ("ADB", the Asian
        Development Bank) is not the one the article means by it, so its mentions there are the defined body's."""
        defined: dict[str, Mention] = {}
        for mention in self.mentions:
            found = _DEFINED.match(self.text, mention.end) if mention.type == "organization" else None
            if found is not None and found.group(1)[0] == (mention.name or mention.text)[0]:
                defined.setdefault(found.group(1), mention)
        meant: dict[str, str] = {}
        initialled = self._initialled()
        for mention in self.mentions:
            full = defined.get(mention.text) or initialled.get(mention.text)
            if full is not None and mention.type == "organization" and mention.actor != full.actor and \
                    not self._same_name(mention.name or mention.text, full.name or full.text) and \
                    (mention.text in defined or self._named_only_so(mention) and full.start < mention.start):
                meant[mention.actor] = full.actor
                mention.actor, mention.name, mention.affiliation = full.actor, full.name, full.affiliation
        left = {mention.actor for mention in self.mentions}
        for mention in self.mentions:  # "ADB president Jane Doe", read before the article defined "ADB"
            if mention.affiliation in meant and mention.affiliation not in left:
                mention.affiliation = meant[mention.affiliation]
        return defined

    def _initialled(self) -> dict[str, Mention]:
        """The initials of the organisations the article names in full, each of one body only ("EPA" of the
        Economic Planning Agency): news writes them without brackets once the name is given, and they mean the body
        named, not the one the gazetteer knows by those letters (the Environmental Protection Agency)."""
        named: dict[str, Mention] = {}
        shared: set[str] = set()
        for mention in self.mentions:
            if mention.type == "organization" and len(mention.text.split()) > 1:
                for short in short_forms.initials(mention.name or mention.text, self.gazetteer):
                    if len(short) >= short_forms.MIN_ACRONYM and named.setdefault(short, mention).actor != \
                            mention.actor:
                        shared.add(short)
        return {short: mention for short, mention in named.items() if short not in shared}

    def _named_only_so(self, mention: Mention) -> bool:
        """Whether the article names the body a mention was read as only by the mention's words."""
        return all(other.text == mention.text for other in self.mentions if other.actor == mention.actor)

    def _same_name(self, one: str, other: str) -> bool:
        """Whether two names of a body are one name spelled otherwise ("Organization" and "Organisation", with or
        without "Corp." or a joining word: "Securities Exchange Commission"), word by word: the gazetteer's reading
        of a short form is then the body the article defines it for, and keeps its key."""
        ones, others = ([word for word in self.gazetteer.without_legal_forms(name.replace(".", "").split())
                         if word.lower() not in _JOINING] for name in (one, other))
        return len(ones) == len(others) and all(
            fuzz.ratio(a.lower(), b.lower()) >= _SAME_WORD for a, b in zip(ones, others))

    def _resolve_officers(self) -> None:
        """"said Jane Doe, chairman and chief executive officer", "managing board chairman Jane Doe said": an
        officer whose apposition names only his offices, or whose title before the name is one only a company
        gives, and no body, holds them in the company the article has named most before him."""
        for person in self.mentions:
            if person.type != "person" or person.affiliation is not None or \
                    FORMER_BEFORE.search(self.flat, max(0, person.start - 60), person.start):
                continue
            apposition = APPOSITION.match(self.flat, person.end)
            if not (apposition is not None and _only_offices(_before_verb(apposition)) or
                    self._unqualified_company_title(person.start)):
                continue
            before = Counter(m.actor for m in self.mentions if m.type == "organization" and m.end <= person.start)
            if before:
                person.affiliation = before.most_common(1)[0][0]

    def _resolve_chairmen(self) -> None:
        """"Rainbow said the merger is sound. Chairman Jan Novak said...": a chairman whose title no body qualifies
        chairs the body the text was just about, the first actor of the nearest sentence before him that names one
        (his own, before his name, included), when that actor is an organisation and no state body."""
        ordered = sorted(self.mentions, key=lambda mention: mention.start)
        starts = [mention.start for mention in ordered]
        for person in self.mentions:
            if person.type != "person" or person.affiliation is not None or \
                    not self._chairman_opens_clause(person.start) or \
                    FORMER_BEFORE.search(self.flat, max(0, person.start - 60), person.start):
                continue
            index = self.doc.sentence_at(person.start)
            if index is None:
                continue
            for sentence in reversed(self.doc.sentences[max(0, index - _CHAIRED_REACH):index + 1]):
                first = _first_named(ordered, starts, sentence.start, min(sentence.end, person.start))
                if first is not None:
                    if first.type == "organization" and first.affiliation is None and \
                            fold(first.name or first.text) not in self.gazetteer.state_bodies:
                        person.affiliation = first.actor
                    break

    def _resolve_closing_officers(self) -> None:
        """"Acme did not sell the plant, deputy finance chief Jan Novak said.": an officer whose lower-case title no
        body qualifies, speaking the end of a sentence that an organisation opens, speaks for that organisation."""
        ordered = sorted(self.mentions, key=lambda mention: mention.start)
        starts = [mention.start for mention in ordered]
        for person in self.mentions:
            if person.type != "person" or person.affiliation is not None:
                continue
            title = _CLOSING_OFFICER.search(self.flat, max(0, person.start - 60), person.start)
            after = self.flat[person.end:person.end + 12].split()
            if title is None or not after or after[0] not in reporting.tensed() or \
                    FORMER_BEFORE.search(self.flat, max(0, person.start - 60), person.start):
                continue
            index = self.doc.sentence_at(person.start)  # a scan of the sentences: asked only of an officer so placed
            if index is None:
                continue
            sentence = self.doc.sentences[index]
            first = _first_named(ordered, starts, sentence.start, title.start())
            if first is not None and first.type == "organization" and \
                    fold(first.name or first.text) not in self.gazetteer.state_bodies:
                person.affiliation = first.actor

    def _chairman_opens_clause(self, start: int) -> bool:
        """Whether a chairman's title stands right before `start` and opens its clause or a quotation of him ("It
        quoted chairman Jan Novak as saying"): not "the group led by chairman Jan Novak", a party of his own, nor
        "Acme chairman Jan Novak", whose body its name gives."""
        title = _CHAIRMAN_BEFORE.search(self.flat, max(0, start - 30), start)
        if title is None:
            return False
        words = self.flat[max(0, title.start() - 30):title.start()].split()
        return not words or _CLAUSE_END_WORD.search(words[-1]) is not None or words[-1] in _QUOTING

    def _resolve_qualified_titles(self) -> None:
        """"Acme chairman Jane Doe", "the Acme Council (AC) buffer stock manager Jane Doe", "Jane Doe, an Acme
        spokeswoman": a title qualified by an organisation gives the person that affiliation, also where the
        article writes the organisation short ("Acme" after "Acme Corp"), which is known only now. A country
        before a title that is no public office is where the person is from ("a British economist")."""
        bodies = {m.end: m for m in self.mentions if m.type == "organization"}
        starts = {m.start: m for m in self.mentions if m.type == "organization"}
        for person in self.mentions:
            if person.type != "person" or person.affiliation is not None or \
                    FORMER_BEFORE.search(self.flat, max(0, person.start - 60), person.start) or \
                    FORMER_AFTER.match(self.flat, person.end):
                continue
            body = self._body_of_title_before(person.start, bodies) or self._body_of_apposed_title(person.end, starts)
            if body is not None:
                person.affiliation = country_of_state_body(body)
            else:
                person.affiliation = self._body_before(person.start)  # its body may be known only now ("FCA")

    def _first_words(self) -> dict[str, Mention]:
        """"Merrill" after "Merrill Lynch and Co", "Russo" after "Russo Securities": the first word of an
        organisation's name is its short name, when it is the first word of no other actor's name and no word
        that names things generally; the gazetteer's organisations have their short names listed."""
        g = self.gazetteer
        owners: dict[str, set[str]] = {}
        first_mention: dict[str, Mention] = {}
        for mention in self.mentions:
            words = (mention.name or mention.text).replace(",", "").split()
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
        """"Multifoods" after "International Multifoods Corp": a company's second name word
        (`short_forms.second_word`) is its short name when it is no word naming bodies generally ("Acme Group")
        and no other actor's name holds it."""
        g = self.gazetteer
        owners: dict[str, set[str]] = {}
        found: dict[str, Mention] = {}
        for mention in self.mentions:
            words = (mention.name or mention.text).split()
            for word in words:
                owners.setdefault(word, set()).add(mention.actor)
            short = short_forms.second_word(words, g) if mention.type == "organization" else None
            if short is not None:
                found.setdefault(short, mention)
        return {word: mention for word, mention in found.items()
                if self._names_one(word, owners) and len(word) > 3 and word not in g.forms}

    def _names_alone(self, candidate: Candidate) -> bool:
        """Whether a word stands where it can name a company by itself: not opening a sentence, where a noun
        is capitalised anyway ("Sugar factories close"), nor before a capital that goes on with another name ("the
        Royal Bank of Canada") or a title ("Finance Secretary"). A title in lower case after it is the office the
        company gives ("Acme chairman Jane Doe")."""
        gap = GAP.match(self.text, candidate.end)
        return not self._opens_sentence(candidate.start) and not (
            gap and self.text[gap.end():gap.end() + 1].isupper())

    def _repeat_names(self) -> None:
        """Later uses of an organisation's name that the chunking cut apart, with or without its legal form
        ("Cable and Wireless" after "Cable and Wireless Plc")."""
        taken = [(m.start, m.end) for m in self.mentions]
        for mention in list(self.mentions):
            if mention.type != "organization" or " and " not in mention.text:
                continue
            for form in sorted({" ".join(mention.text.split()), mention.name}, key=lambda form: (-len(form), form)):
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
        Bank of Ruritania and Finance Ministry"), else the country an earlier mention of that body was given (the
        article goes on speaking of the same ministry), else the country whose capital the story is filed from (a
        reporter in Tokyo quoting "the Foreign Ministry" means Japan's, whatever country the sentence names
        first), else the country named before it in its sentence, else the article's."""
        if not self.state_bodies or not self.countries:
            return
        self.countries.sort()
        most_named = Counter(key for _, key in self.countries).most_common(1)[0][0]
        filed = filed_from(self.doc)
        earlier: dict[str, str] = {}
        for mention in sorted(self.state_bodies, key=lambda m: m.start):
            index = self.doc.sentence_at(mention.start)
            sentence_start = self.doc.sentences[index].start if index is not None else mention.start
            body = mention.name
            country = self._listed_with(mention) or earlier.get(body) or filed or next(
                (key for at, key in reversed(self.countries) if sentence_start <= at < mention.start), most_named)
            earlier.setdefault(body, country)
            self._owned_by(mention, country)

    def _listed_with(self, mention: Mention) -> str | None:
        """The country of a body of its own listed right before the state body: "the Bank of Ruritania and Finance
        Ministry"."""
        for other in self.mentions:
            entry = self.gazetteer.by_key.get(other.affiliation or "")
            if other.type == "organization" and entry is not None and entry.type == "country" and \
                    self.text[other.end:mention.start].strip().lower() in ("and", "and the", ",", "or"):
                return other.affiliation
        return None


# the offices a company's officer holds, longest first
OFFICES = tuple(sorted(set(COMPANY_TITLES) | {"executive vice president", "senior vice president", "vice president",
                                              "vice chairman", "chairman", "chairwoman", "president", "treasurer",
                                              "spokesman", "spokeswoman"}, key=lambda office: (-len(office), office)))
_OFFICE_JOINS = re.compile(r"\b(?:the|a|an|its|and)\b|[^a-z -]")
# Words that rank an office and may stand before any of them ("senior executive vice president", "acting treasurer")
_OFFICE_RANKS = frozenset({"senior", "deputy", "acting", "assistant"})
_OFFICE_FIELD = re.compile(r"for(?: [a-z-]+){1,3}$")  # what an office is in charge of: "vice president for finance"


def _only_offices(clause: str) -> bool:
    """Whether an apposition names only offices of a company ("chairman and chief executive officer")."""
    rest = " ".join(_OFFICE_JOINS.sub(" ", clause.lower()).split())
    offices = 0
    while rest:
        office = next((office for office in OFFICES if rest == office or rest.startswith(office + " ")), None)
        if office is not None:
            offices += 1
            rest = rest[len(office):].strip()
        elif rest.split()[0] in _OFFICE_RANKS:
            rest = rest.partition(" ")[2]
        else:
            return offices > 0 and _OFFICE_FIELD.fullmatch(rest) is not None
    return offices > 0


def _first_named(ordered: list[Mention], starts: list[int], start: int, end: int) -> Mention | None:
    """The first of the mentions, sorted by where they start (`starts`), that starts from `start` and before
    `end`."""
    first = bisect_left(starts, start)
    return ordered[first] if first < len(ordered) and ordered[first].start < end else None


def _before_verb(apposition: re.Match) -> str:
    """An apposition up to a reporting verb that follows it with no comma to close it ("Jane Doe, Acme chairman
    said"): the writer's comma left out, the verb is no part of the apposition. One opened by an article is the
    speaker of the clause the name ends ("... in Ruritania, a spokesman said"), no apposition, and is kept whole."""
    clause = apposition.group(1)
    if apposition.group(0)[:apposition.start(1) - apposition.start()].split(",")[-1].strip():
        return clause
    words = clause.split()
    verb = next((index for index, word in enumerate(words) if word in reporting.tensed()), len(words))
    return " ".join(words[:verb])


def _opened_by(words: list[str], firms: list[Mention]) -> Mention | None:
    """The one organisation of `firms` whose name opens with `words` and goes on ("King World" of "King World
    Productions Inc"); None when none or two do."""
    opened = {firm.actor: firm for firm in firms
              if (firm.name or firm.text).split()[:len(words)] == words and len((firm.name or firm.text).split()) >
              len(words)}
    return next(iter(opened.values())) if len(opened) == 1 else None

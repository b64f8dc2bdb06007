"""A name's title and employer read from the words around it: a title before it ("Foreign Minister Jan Novak"),
the body that title is of, an apposed title after it ("Jan Novak, chairman of Acme") and a possessor ("Acme's Jan
Novak").
"""

from __future__ import annotations

import re

from .. import reporting
from ..model import Mention
from .chunks import ends_sentence
from .gazetteer import DEMONYM, NAME, Entry, Hit
from .mention_state import ReaderState
from .mention_words import (
    COMPANY_HEADS, COMPANY_TITLES, APPOSITION, ENVOY_TO, GOVERNMENT_HEADS, NEXT_WORD, TENSED_REPORTING,
    country_of_state_body
)
from .names import fold


NAME_REACH = 3  # capitalised words after a country's adjective in which a title shows it is no body's name
_TITLE_OF = re.compile(r"\b([A-Za-z]+(?:[ \t\n]+[A-Za-z]+)?)[ \t\n]+(?:of|for|at)[ \t\n]+(?:the[ \t\n]+)?"
                       r"(?:[A-Z][\w.'’-]*[ \t\n]+){0,2}$")  # "the head of the Chilean central bank"
# "The chairman of the farm owners' union, FOU, Jane Doe": the body named in apposition to its noun
_TITLE_OF_NOUN = re.compile(r"\b([A-Za-z]+(?:[ \t\n]+[A-Za-z]+)?)[ \t\n]+(?:of|for|at)[ \t\n]+the[ \t\n]+"
                            r"(?:[a-z'’]+[ \t\n]+){0,3}([a-z]+),[ \t\n]+$")
_UNIT_AFTER = re.compile(r"(?:['’]s?)?(?:[ ]+[A-Za-z][a-z-]*){1,4}[ ]*")  # "'s Money and Credit section"
_WORD = re.compile(r"\S+")
_OF_BEFORE = re.compile(r"\b([A-Z][a-z]+)[ \t\n]+of[ \t\n]+(?:the[ \t\n]+)?$")
_SET_OFF_SHORT = re.compile(r"\([A-Z][A-Za-z&]{1,7}\)")  # "(INRO)" between a body and its title
# "Jane Doe, an Acme spokeswoman", "Jane Doe, Acme chief economist", "Jane Doe, Acme's chief economist"
_APPOSED_BODY = re.compile(r",[ ]+(?:(?:a|an|the)[ ]+)?")
_POSSESSIVE_S = re.compile(r"['’]s?(?= )")
_POSSESSIVE_END = re.compile(r"(?:(?<=s)['’]|['’]s)?$")
# a word that ends a clause or a quotation: "of the Ruritanian market," analyst Jan Novak of Acme said
_CLAUSE_BREAK = re.compile(r"[;:.!?\"“”]")
# the title of an apposition after a body, closed by punctuation or run into a reporting verb with its closing comma
# left out ("Jane Doe, Acme chairman and chief executive officer said")
_TITLE_WORDS = re.compile(rf"((?:[ ]+[a-z][a-z-]*){{1,5}}?)[ ]*(?=[,.;:)]|$|[ ]+(?:{TENSED_REPORTING})\b)")
HERE = "here"
QUALIFIERS = 3  # lower-case words between a body and its title: "Acme buffer stock manager"
_NOT_QUALIFIERS = {"the", "a", "an", "and", "or", "but", "that", "which", "who", "as", "of", "for", "by", "with", "at",
                   "in", "on", "to", "from", "under", "also"} | reporting.forms()  # "told Reuters
# that Commerce Secretary Jane Doe", "the Times quoted Senator Jane Doe": a clause or a verb lies between (and a
# past form or an adverb is no qualifier of a title)
_EMPLOYER_NOUN = re.compile(r"[ \t\n]+(?:at|with|of|for)[ \t\n]+the[ \t\n]+([a-z]+)[ \t\n]*$")
# "with the private X", "of <Acme Corp>" (a wire's brackets round a company it lists no ticker for)
_EMPLOYER = re.compile(r"\b(?:at|with|of|for)[ \t\n]+(?:the[ \t\n]+(?:[a-z]+[ \t\n]+)?)?(?=<?[A-Z])")


class NameTitles(ReaderState):
    """The title and employer readers of `mentions._Reader`."""

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
            if title in self.gazetteer.honorifics and first == last:
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
        apposition = APPOSITION.match(text, end)
        if apposition is not None and last == len(chunk) - 1:
            clause_start = apposition.start(1)
            clause = text[clause_start:apposition.end(1)]
            clause_titles = g.find_titles(clause.lower(), apposition=True)
            if clause_titles and not _titles_a_name(clause, clause_titles[0], g.given_names):
                person = person or len(self._span(chunk, first, last).split()) >= 2
                title = title or clause.lower()[clause_titles[0][0]:clause_titles[0][1]]
                if person and affiliation is None:
                    known = next((hit for hit in g.find(text, clause_start, apposition.end(1))
                                  if hit.entry.type != "person"), None)
                    known = None if known is not None and (self._opens_name(known) or self._ends_name(known)) \
                        else known
                    affiliation = _affiliation(known.entry) if known else None
        return person, title, affiliation

    def _opens_name(self, hit: Hit) -> bool:
        """"chairman of American Financial Corp", "chairman of the Ruritania Association of Banks": a country's
        adjective or name before capitalised words that hold no title ("adviser to West German Chancellor X",
        "Swiss Economics Minister X") opens the name of a body, which says nothing of the country the person works
        for; the body is read whole from the article's mentions."""
        if hit.entry.type != "country" or hit.entry.role not in (DEMONYM, NAME):
            return False
        capitalised, at = [], hit.end
        while len(capitalised) < NAME_REACH and (word := NEXT_WORD.match(self.text, at)) is not None and \
                word.group(1)[:1].isupper():
            capitalised.append(word.group(1).lower())
            at = word.end()
        return bool(capitalised) and not any(word in self.gazetteer.titles for word in capitalised)

    def _ends_name(self, hit: Hit) -> bool:
        """"chairman of the Acme Growers Association of Ruritania": a country after "of" and a body's word ends the
        name of that body, which the article's mentions hold whole."""
        of = _OF_BEFORE.search(self.text, max(0, hit.start - 40), hit.start)
        return hit.entry.type == "country" and of is not None and of.group(1) in self.gazetteer.organization_words

    def _body_before(self, start: int) -> str | None:
        """"The speaker of the Ruritanian Parliament, Jan Novak", "the chairman of the farm owners'
        union, FOU, Jane Doe": the affiliation a title of a body gives the name in apposition after it."""
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
        return country_of_state_body(body)

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
        apposition = APPOSITION.match(text, end)
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
        envoy = ENVOY_TO.search(self.text, max(0, host.start - 40), host.start) if host is not None else None
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
        return country_of_state_body(body) if body is not None else None

    def _before_title(self, title_start: int, hit_ends) -> str | None:
        """The affiliation a title's qualifier gives, past up to three lower-case words and a possessive
        ("Ukrainian presidential aide", "NATO deputy secretary general", "the Union's foreign policy chief",
        "Chinese Foreign Ministry spokesperson"). A body before the end of a clause or a quotation qualifies no title
        after it ("of Ruritanian dlrs, chairman Jan Novak said"); a comma after a title sets off another one."""
        text = self.text
        at = title_start - 1
        for _ in range(4):
            for end in (at, at - 2) if text[at - 2:at] in ("'s", "’s") else (at,):
                if end in hit_ends:
                    return _affiliation(hit_ends[end].entry)
                if end in self.mention_ends:
                    return country_of_state_body(self.mention_ends[end])
            word_start = text.rfind(" ", 0, at) + 1
            word = text[word_start:at]
            if not word.islower() or _CLAUSE_BREAK.search(word) or \
                    word.endswith(",") and word[:-1] not in self.gazetteer.titles:  # "an Acme official, chairman X"
                return None
            at = word_start - 1
        return None

    def _heads_state(self, start: int, title: str) -> bool:
        """"President Jane Doe", "Emperor X", "Chancellor of the Exchequer X": the title of a head of state or
        government, capitalised before the name and qualified by nothing (a company writes "Acme president" or
        "Acme President"), names the one of the country the article is about."""
        if title not in self.gazetteer.head_titles:
            return False
        words = _WORD.findall(self.flat[max(0, start - 100):start])
        size = len(title.split())
        if len(words) < size or " ".join(words[-size:]).lower() != title or not words[-size][:1].isupper():
            return False
        word = words[-size - 1] if len(words) > size else ""
        return not word[:1].isupper() or word.lower() == "the" or _ends_clause(word)

    def _known_head(self, start: int, title: str, surname: str) -> str | None:
        """"President Reagan said" in a story about Japan: a head of state or government the gazetteer knows by
        that title and surname is that country's, not the one the article names most."""
        country = self.gazetteer.titled_heads.get((title, surname))
        return country.key if country is not None and self._heads_state(start, title) else None

    def _company_head(self, start: int, title: str) -> bool:
        """Whether `title` right before `start` is a head's title that companies give too, written in lower case
        ("president Jane Doe said"), which names no head of state."""
        if title not in COMPANY_HEADS:
            return False
        words = _WORD.findall(self.flat[max(0, start - 60):start])
        return words[-len(title.split()):] == title.split()

    def _unqualified_company_title(self, start: int) -> bool:
        """Whether a title only a company gives stands right before `start` with no name qualifying it
        ("Acme chief executive Jane Doe" is qualified: Acme may be a body the article names only so); a head's
        title written in lower case is a company's ("president Jane Doe")."""
        title = _COMPANY_TITLE_BEFORE.search(self.flat, max(0, start - 60), start) or \
            _COMPANY_HEAD_BEFORE.search(self.flat, max(0, start - 60), start)
        if title is None:
            return False
        before = self.flat[:title.start()].rstrip()
        word = before.split()[-1] if before.split() else ""
        return not word[:1].isupper() or word.lower() in ("a", "an", "the") or _ends_clause(word)

    def _body_of_title_before(self, start: int, bodies: dict[int, Mention]) -> Mention | None:
        """"Acme buffer stock manager Jane Doe": the body named before the title right before `start`, past a few
        lower-case words. A shorter title is tried when a longer one finds none, whose first word may end the
        body's name ("the New Democratic Party leader": the party's leader, not a "party leader" of "Democratic")."""
        words = list(_WORD.finditer(self.flat, max(0, start - 100), start))
        if not words or words[-1].end() != len(self.flat[:start].rstrip()):
            return None
        titles = self.gazetteer.titles
        for size in (3, 2, 1):
            if len(words) > size and " ".join(w.group() for w in words[-size:]).lower() in titles:
                body = self._qualifying_body(words, len(words) - size - 1, bodies)
                if body is not None:
                    return body
        return None

    def _qualifying_body(self, words: list[re.Match], at: int, bodies: dict[int, Mention]) -> Mention | None:
        """The body whose name ends at word `at` or a few lower-case words before it."""
        for _ in range(QUALIFIERS + 1):
            if at < 0:
                return None
            word = words[at]
            if _SET_OFF_SHORT.fullmatch(word.group()) and at > 0:
                word = words[at - 1]
            # "Acme's chief economist", and a name ending in "s" owned by an apostrophe alone ("Acme Securities'
            # top analyst")
            end = word.end() - len(_POSSESSIVE_END.search(word.group()).group())
            if end in bodies:
                return bodies[end]
            if not word.group().islower() or not word.group().isalpha() or word.group() in _NOT_QUALIFIERS or \
                    word.group().endswith(("ed", "ly")):
                return None
            at -= 1
        return None

    def _body_of_apposed_title(self, end: int, starts: dict[int, Mention]) -> Mention | None:
        apposition = _APPOSED_BODY.match(self.flat, end)
        body = starts.get(apposition.end()) if apposition else None
        if body is None:
            return None
        possessive = _POSSESSIVE_S.match(self.flat, body.end)
        title = _TITLE_WORDS.match(self.flat, possessive.end() if possessive else body.end)
        words = title.group(1).split() if title else []
        if words[-1:] == [HERE]:  # wire copy places a title in the dateline's city: "Acme's general manager here"
            words = words[:-1]
        if any(" ".join(words[-size:]) in self.gazetteer.titles for size in range(1, len(words) + 1)):
            return body
        return None


def _titles_a_name(clause: str, title: tuple[int, int], given_names) -> bool:
    """"coins struck at the Acme Mint, Treasurer Jane Doe said": a title that opens the words after a comma and
    runs on to a first name is the title of a name of its own, no apposition to the name before the comma ("Jane
    Doe, chief U.K. economist at Acme" is one)."""
    following = NEXT_WORD.match(clause, title[1])
    return title[0] == 0 and following is not None and following.group(1) in given_names


def _ends_clause(word: str) -> bool:
    """Whether a word closes the clause before a title ("said. President", "chairman, President"), which a
    qualifying name does not ("Acme Inc. President")."""
    return word.endswith((",", ";", ":")) or ends_sentence(word)


def _affiliation(entry: Entry) -> str:
    """A person's affiliation: the organisation, or the country of a government department or parliament."""
    if entry.type != "country" and entry.affiliation and GOVERNMENT_HEADS & set(fold(entry.name).split()):
        return entry.affiliation
    return entry.key


_COMPANY_TITLE_BEFORE = re.compile(r"(?<![\w'])(?i:" + "|".join(
    re.escape(title).replace(r"\ ", r"[ \t\n]+") for title in COMPANY_TITLES) + r"),?[ \t\n]+$")
_COMPANY_HEAD_BEFORE = re.compile(r"(?<![\w'’])(?:" + "|".join(
    re.escape(title).replace(r"\ ", r"[ \t\n]+") for title in COMPANY_HEADS) + r")[ \t\n]+$")

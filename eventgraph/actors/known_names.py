"""Known names found in a chunk by the gazetteer: countries, capitals, organisations and state bodies, a known
name's halves, and the organisation a name run ends in ("Texas Commerce Bank Inc").
"""

from __future__ import annotations

import re
from functools import cached_property

from .. import reporting
from ..model import Mention
from .chunks import POSSESSIVE
from .gazetteer import DEMONYM, NAME, SEAT, Entry, Hit
from .mention_state import ReaderState
from .mention_words import (
    BASED, CODE_AFTER, ENVOY_TO, HEADED_GOVERNMENT, NEXT_WORD, OF, SPEAKS, UNIT_OF, Segment, is_organization
)
from .names import fold, slug
from .post_fields import post_title


_HALF = re.compile(r"\b[Tt]he[ \t\n]+(North|South)\b(?![ \t\n]*[A-Z0-9'’-])")
_STATE_BODY_HEADS = {"ministry", "department", "office", "council", "government", "cabinet", "embassy", "agency",
                     "bank", "commission", "committee", "parliament", "congress", "senate"}
_LOCATIVE = re.compile(r"(?:\b(?:in|at|to|near|outside|into|via|across|around|visited|visit|visiting|toward|towards|"
                       r"(?:leave|leaves|left|leaving|bound|headed|flew|fly|flies|return|returned) for|"
                       r"(?:arrived|arriving|returned|returning|came|flew|travelled|traveled) from)\b)"
                       r"[ \t\n]+(?:the[ \t\n]+)?$", re.I)
# "the northern city of Zagreb", "the port city of Basra": the place, not the government seated there
_PLACE_OF = re.compile(r"\b(?:city|town|capital|port|village)[ \t\n]+of[ \t\n]+$", re.I)
# "Acme's London office", "Salomon Brothers' Tokyo operations": the place where the owner works
_OWNED_BEFORE = re.compile(r"\w['’]s?[ \t\n]+$")
_POSSESSIVE = re.compile(r"['’]s?\b")
_QUALIFIES = re.compile(r"[ \t\n]+[A-Z][a-z]")  # "U.S. Treasury", not "the U.S. said" or "U.S. EXPORTS"
# Sentence openers that also open the names of companies: "New World Pictures Ltd", "First Boston Corp".
_NAME_OPENERS = {"New", "First"}
_TABLE_CAPITALS = 3  # words in capitals before a word in title case that make a table's row, not a name ("AT&T Co")
# "Icahn-controlled", "Texas-based", "Privately-held": a word that says whose, where or how held
_QUALIFIER = re.compile(r"[-‑](?:[a-z]+ed|held|run|led|made|built|grown)$")
_DETERMINER_BEFORE = re.compile(r"\b(?:its|their|the)[ \t\n]+$")
_PLURAL_DEMONYM = re.compile(r"(?:ese|ish|ch|sh|ss)$")
_THE_BEFORE = re.compile(r"\b[Tt]he[ \t\n]+$")
_AS_NOUN = re.compile(rf"[ \t]*[,;:]|[ \t]*\.(?:\s|$)|[ \t\n]+(?:are|were|have|had|will|would|{reporting.pattern()}|"
                      r"should|could|may|might|want|wanted|do|did|agreed|insist|insisted)\b")
# Country names that take "the": "the United States", "the Philippines", "the Czech Republic"
_PLURAL_OR_UNION = re.compile(r"\b(?:United|Republic|Kingdom|Federation|Union|Islands|Emirates|Netherlands|"
                              r"Philippines|Bahamas|Maldives|Gambia)\b")
# a capitalised word, or one and "and"/"of", right before a name: the name goes on to the left ("Acme and Beta
# Canada Inc", "Bank of Acme Canada Ltd"); a sentence's "The" does not
_NAME_WORD_BEFORE = re.compile(r"(?<![\w.'-])(?!The\b)[A-Z][\w-]*(?:\s+(?:and|&|of))?\s+$")
_CAPITALISED_AFTER = re.compile(r"\s+([A-Z][\w.]*)")  # a capitalised word after a name: its legal form?
_TRADE = re.compile(r"[A-Z][a-z]+ing")  # "Banking", "Shipping": the trade a firm's name says it is in
_GOVERNMENT_NOUN = re.compile(r"[ \t]+(government|authorities|administration|regime|leadership)\b")


class KnownNames(ReaderState):
    """The gazetteer matching of `mentions._Reader`: known names, organisations and state bodies."""

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

    def _organization_chunk(self, chunk, segments):
        """A chunk ending in an organisation word, or set off by an apposition saying it is part of another body,
        is one organisation ("British Petroleum Co Plc", "General Motors Corp", "Bank of Boston", "General Widget,
        a unit of Acme,": "General" no rank there), from where the last other name in it ends."""
        if not segments:
            return segments
        g = self.gazetteer
        last_token = segments[-1].last
        if segments[-1].kind != "run" or post_title(chunk, segments, len(segments) - 1, g) is not None:
            return segments
        tokens = chunk[segments[-1].first:last_token + 1]
        run = [t.text for t in tokens]
        # "Savings and Loan Association of Florida": a body's word before "of" (a connector, not one of the words)
        body_of = tokens[0].connector != POSSESSIVE and any(
            t.text in g.organization_words and after.connector in OF for t, after in zip(tokens, tokens[1:]))
        held = len(segments) > 1 and segments[-2].kind == "title" and portfolio(tokens, g) or _table_row(run, g)
        if run[-1] in g.not_actor_heads or held or not (is_organization(run, g) or body_of or
                                                        run[-1] in g.organization_words or
                                                        CODE_AFTER.match(self.text, chunk[last_token].end) or
                                                        UNIT_OF.match(self.text, chunk[last_token].end)):
            if len(segments) > 1 and (chunk[segments[-1].first].connector == POSSESSIVE or
                                      _starts_another_name(chunk, segments[-2], segments[-1].first, g)):
                # "Acme U.K. Ltd's Northfield plant": the owner before the possessive is the chunk's organisation;
                # "Halvor's Investors Service Inc and BBB": the name before "and" is judged without the one after it
                return self._organization_chunk(chunk, segments[:-1]) + segments[-1:]
            return segments
        first = 0
        while first < len(segments) - 1 and segments[first].kind == "skip" and \
                chunk[segments[first].first].text not in _NAME_OPENERS:
            first += 1
        for position in range(first + 1, len(segments)):
            if _starts_another_name(chunk, segments[position - 1], segments[position].first, g) and \
                    not _named_for_two_countries(chunk, segments[position - 1:], g) and \
                    not _firm_of_country(chunk, segments[position - 1:], g):
                first = position
        if segments[first].first == last_token:
            return segments
        country = next((segment.entry for segment in segments[first:] if segment.kind == "known"), None)
        opening = segments[first].first
        for index in range(opening, last_token):
            if _QUALIFIER.search(chunk[index].text):
                opening = index + 1  # "Jane Doe-controlled Acme Airlines Inc": the owner is no part of the name
        owner = self._owning_body(chunk, opening, last_token)
        before = [] if owner is None else [Segment("organization", opening, owner, None)]
        return self._organization_chunk(chunk, segments[:first]) + before + [
            Segment("organization", opening if owner is None else owner + 1, last_token, country)]

    def _owning_body(self, chunk, opening: int, last: int) -> int | None:
        """Where the body that owns the one a chunk names ends, when the chunk opens with it and its possessive
        ("Acme University's Halvor Laboratory", "ACME's Systems Division"): the index of its last token, or None.
        A possessive inside a firm's own name follows a surname or a common word ("Jones's Foods Inc"), not a
        body's name or initials."""
        g = self.gazetteer
        for index in range(last, opening, -1):
            if chunk[index].connector == POSSESSIVE:
                words = [token.text for token in chunk[opening:index]]
                initials = len(words) == 1 and len(words[0]) > 1 and words[0].isupper() and words[0].isalpha()
                if initials or is_organization(words, g) or words[-1] in g.legal_forms:
                    return index - 1
                return None
        return None

    def _national_arm(self, chunk, segments: list[Segment], first: int, last: int,
                      entry: Entry) -> list[Segment] | None:
        """"Texaco Canada said" where the article names "Texaco Canada Inc" or "Texaco Inc": a company's arm
        named for its country and written without its legal form is one company, not a firm and a country; not
        where a name word other than a title's goes on after the country ("its Acme U.K. Holiday camps"). The
        segments that take the place of the run before the country, or None."""
        g = self.gazetteer
        if chunk[first].connector in OF:
            return self._arm_of_country(chunk, segments, first, last, entry)
        if entry.type != "country" or not segments or segments[-1].kind != "run" or \
                segments[-1].last != first - 1 or chunk[first].connector or \
                last + 1 < len(chunk) and (chunk[last + 1].text in g.organization_words or
                                           not chunk[last + 1].connector and chunk[last + 1].start not in self.titles):
            return None
        run = segments[-1]
        for opening in range(run.first, run.last + 1):
            words = [token.text for token in chunk[opening:last + 1]]
            if self._named_with_legal_form(words) or self._named_with_legal_form(words[:first - opening]):
                before = [run._replace(last=opening - 1)] if opening > run.first else []
                return before + [Segment("organization", opening, last, entry)]
        return None

    def _arm_of_country(self, chunk, segments: list[Segment], first: int, last: int,
                        entry: Entry) -> list[Segment] | None:
        """"Acme of Ruritania said" where the article names "Acme AG": "of" and a country after the name of a
        company the article writes with its legal form name the company's arm there, not the company and a
        country; not where name words go on after the country. The segments that take the place of the run."""
        if entry.type != "country" or not segments or segments[-1].kind != "run" or \
                segments[-1].last != first - 1 or last + 1 < len(chunk) and not chunk[last + 1].connector:
            return None
        run = segments[-1]
        if not self._named_with_legal_form([token.text for token in chunk[run.first:run.last + 1]]):
            return None
        return [Segment("organization", run.first, last, entry)]

    def _firm_named_for_country(self, chunk, first: int, last: int, entry: Entry) -> int | None:
        """"Ruritania Salt said" where the article names "Ruritania Salt Co Ltd", or under the headline "RURITANIA
        SALT TO BUY ...": a firm's name that opens with a country's word, written without its legal form, is the
        firm, not the country and a firm named for the rest. The name runs from the country to the next connector
        or title, all of it ("Ruritania Salt Works" is not "Ruritania Salt" however the article writes that); one
        written with its legal form is read whole elsewhere. The name's last token, or None."""
        if entry.type != "country":
            return None
        end = last + 1
        while end < len(chunk) and not chunk[end].connector and chunk[end].start not in self.titles:
            if chunk[end].text in self.gazetteer.legal_forms:
                return None
            end += 1
        words = [token.text for token in chunk[first:end]]
        # a firm the headline names speaks ("Ruritania Salt said": no place such as "Freedonian Kurdistan"); the wire
        # capitalises any word after an initialism ("U.S. Banker said"), which a headline cannot tell from a name
        headlined = end == len(chunk) and SPEAKS.match(self.text, chunk[-1].end) is not None and \
            not words[last - first].endswith(".") and self._in_headline(words[:last - first + 2])
        if end - 1 > last and (self._named_with_legal_form(words) or headlined):
            return end - 1
        return None

    def _named_with_legal_form(self, words: list[str]) -> bool:
        """Whether the article writes these name words as a whole name with a legal form after them somewhere,
        not as the tail of a longer name ("Software Canada" of "On-Line Software Canada Inc")."""
        if words and not words[-1][-1:].isspace() and not any(
                at >= len(words[-1]) and self.flat.startswith(words[-1], at - len(words[-1]))
                for at in self._legal_form_after):
            return False  # the pattern, compiled for each name, costs more than this look
        written = re.compile(r"(?<![\w&.'-])" + r"\s+".join(map(re.escape, words)) + r"\s+([A-Z][\w.]*)")
        return any(match.group(1) in self.gazetteer.legal_forms and
                   not _NAME_WORD_BEFORE.search(self.flat[max(0, match.start() - 40):match.start()])
                   for match in written.finditer(self.flat))

    @cached_property
    def _legal_form_after(self) -> frozenset[int]:
        """Where a word ends that a legal form follows, as `_named_with_legal_form` reads it after the name."""
        return frozenset(match.start() for match in _CAPITALISED_AFTER.finditer(self.flat)
                         if match.group(1) in self.gazetteer.legal_forms)

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
                not _POSSESSIVE.match(self.text, end) and not ENVOY_TO.search(self.text, max(0, start - 30), start):
            return
        elif entry.role == SEAT and (_PLACE_OF.search(self.text, max(0, start - 30), start) or
                                     _OWNED_BEFORE.search(self.text, max(0, start - 5), start)):
            return
        if BASED.match(self.text, end):
            return  # "Hong Kong-based Acme": where a body is based, not an actor
        following = NEXT_WORD.match(self.text, end)
        if following and (entry.role == SEAT and following.group(1).capitalize() in self.gazetteer.not_actor_heads or
                          entry.type == "country" and (following.group(1) in self.gazetteer.not_actor_heads or
                                                       following.group(1) in self.gazetteer.place_named)):
            return
        self._add(start, end, entry.key, entry.type, entry.name, code=entry.code, affiliation=entry.affiliation)

    def _headed_government(self, start: int, end: int, surname: str) -> bool:
        """"The Reagan administration", "the Thatcher government": a government named by a head the gazetteer
        knows stands for the country, as "the American administration" does."""
        noun = HEADED_GOVERNMENT.match(self.text, end)
        country = self.gazetteer.headed_governments.get((surname, noun.group(1))) if noun else None
        if country is None:
            return False
        self._add(start, noun.end(), country.key, "country", country.name, code=country.code)
        return True

    def _organization(self, start: int, end: int, name: str, country: str | None = None) -> Mention | None:
        """An organisation keyed without its legal form ("Acme Corp", "Acme Corporation" and "Acme" are one),
        and named with it written out ("Acme Corp" -> "Acme Corporation", "Acme Holdings Plc" -> "Acme
        Holdings", "Cie Generale" -> "Compagnie Generale", "U.S. Embassy" -> "United States Embassy")."""
        g = self.gazetteer
        words = name.split()
        # a legal form may lead a name ("AB Volvo", "NV Philips"), never make it alone
        if words[0] in g.legal_forms and (len(words) == 1 or not words[1][:1].isupper() or words[1] in g.legal_forms) \
                or len(name.replace(" ", "")) < 2:
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
        if len(words) > 1 and words[0] in g.legal_forms:
            words = words[1:]  # "AB Norvex" is "Norvex" later
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

    def _owned_by(self, mention: Mention, country: str) -> None:
        """A state body every country has, named for its country: "Foreign Ministry" -> "Peruvian Foreign
        Ministry"; the central bank by the name the country's has ("Central Bank" -> "Bank of Japan"), or as such
        banks name themselves ("Central Bank" -> "Central Bank of Peru"); by the country's name where the article
        qualifies the country's bodies by its abbreviation ("U.S. Court of Appeals ... the Supreme Court" ->
        "United States Supreme Court", as "U.S. Supreme Court" is)."""
        owner = self.gazetteer.by_key.get(country)
        bank = self.gazetteer.central_banks.get(country)
        if fold(mention.name) == "central bank" and bank is not None:
            mention.actor, mention.name, mention.affiliation = bank.key, bank.name, country
            return
        if mention.name.endswith(" Bank") and owner is not None:
            article = "the " if _PLURAL_OR_UNION.search(owner.name) else ""
            name = f"{mention.name} of {article}{owner.name}"
        elif owner is not None and self._qualified_by_abbreviation(country):
            name = f"{owner.name} {mention.name}"
        else:
            name = f"{self.gazetteer.demonyms.get(country, country)} {mention.name}"
        mention.actor, mention.name, mention.affiliation = slug(name), name, country


    def _qualified_by_abbreviation(self, country: str) -> bool:
        """Whether the article writes the country's abbreviation that is also its adjective right before a
        capitalised word ("U.S. Treasury", "U.S. Court of Appeals")."""
        forms = self.gazetteer.attributive_names.get(country)
        return bool(forms) and any(
            key == country and any(self.text.startswith(form, at) and _QUALIFIES.match(self.text, at + len(form))
                                   for form in forms)
            for at, key in self.countries)


def _written_out(word: str) -> bool:
    """"Corporation" and "Company" are written out; "Corp", "Co" and "SA" are not."""
    return len(word) > 4 and word[1:].islower()


def _starts_another_name(chunk, before: Segment, first: int, g) -> bool:
    """Whether the chunk's token `first` starts a name of its own: after "and" that follows a known name, a
    legal form or a person ("Acme Co and Beta Inc", "Jane Doe and Acme Council"), unless only a legal form
    follows ("Doe and Co Inc") or one word and a legal form do, which name a firm's trade ("Acme Gas and Electric
    Co", "Novak Research and Development Co"); after a possessive that follows a known name, a title, a person or
    a legal form ("Acme Corp's Beta Airlines": the owner and its unit); after "of" or "for" that follows anything
    but an organisation word ("Jane Doe of Acme Securities Inc")."""
    connector = chunk[first].connector
    if connector == POSSESSIVE:
        return before.kind in ("known", "title") or chunk[first - 1].text in g.legal_forms or looks_like_person(
            [token.text for token in chunk[before.first:before.last + 1]], g)
    if connector in ("and", "&"):
        # a run with a comma inside is the head of a firm's name ("Merrill Lynch, Pierce, Fenner and Smith Inc"),
        # no person's
        run = chunk[before.first:before.last + 1]
        trade = first + 1 < len(chunk) and chunk[first + 1].text in g.legal_forms and not chunk[first + 1].connector
        return chunk[first].text not in g.legal_forms and (
            before.kind == "known" or chunk[first - 1].text in g.legal_forms or
            looks_like_person([token.text for token in run], g) and not any(t.connector == "," for t in run) and
            not trade)
    return connector in OF and chunk[first - 1].text not in g.organization_words and \
        not _place_of_firm(chunk, before, first, g)


def _place_of_firm(chunk, before: Segment, first: int, g) -> bool:
    """"Acme of Ruritania Inc", "Acme Banks of Halvor Inc": one word after "of" that only legal forms follow ends a
    firm's name (no firm is named by one word and its legal form alone) where no person or title comes before "of"
    ("Jane Doe of Acme Inc", "chairman of Acme Inc" name the firm after it)."""
    rest = chunk[first + 1:]
    return before.kind == "run" and bool(rest) and all(
        token.text in g.legal_forms and not token.connector for token in rest) and not looks_like_person(
        [token.text for token in chunk[before.first:before.last + 1]], g)


def _firm_of_country(chunk, segments: list[Segment], g) -> bool:
    """"Acme of Ruritania Ltd": a country after "of" that only legal forms follow is part of a firm's name (no firm is
    named for a country alone), not a firm of that name a person or body before "of" works for."""
    if len(segments) != 3 or segments[0].kind != "run" or segments[1].kind != "known" or \
            segments[1].entry.type != "country" or chunk[segments[1].first].connector not in OF or \
            segments[2].kind != "run" or looks_like_person(
                [token.text for token in chunk[segments[0].first:segments[0].last + 1]], g):
        return False
    return all(token.text in g.legal_forms and not token.connector
               for token in chunk[segments[2].first:segments[2].last + 1])


def _named_for_two_countries(chunk, segments: list[Segment], g) -> bool:
    """"Ruritania and Freedonia Banking Group Ltd": a firm named for the two countries it serves and for its
    trade, where the second country is followed only by organisation words and the name of a trade ("Banking",
    "Shipping"), is one name, not a country and a firm named for the other: a name word of its own after the
    second country ("Ruritania and Freedonia Acme Ltd") still opens a firm there."""
    if len(segments) != 3 or chunk[segments[1].first].connector not in ("and", "&") or segments[2].kind != "run":
        return False
    countries = [segment.entry for segment in segments[:2]]
    return all(segment.kind == "known" for segment in segments[:2]) and all(
        entry.type == "country" and entry.role == NAME for entry in countries) and all(
        token.text in g.organization_words or _TRADE.fullmatch(token.text)
        for token in chunk[segments[2].first:segments[2].last + 1])


def _table_row(run: list[str], g) -> bool:
    """Whether a run is a row of a wire's table, a name in capitals and the column after it in title case ("ACME
    WORLD INCOME FUND Daily", "ACME BOND FUND Qtly"): its last word is no head of the name even where a head is
    spelt so ("Daily", "Monthly" of a dividend, not a newspaper)."""
    return len(run) > _TABLE_CAPITALS and all(word.isupper() for word in run[:-1]) and not run[-1].isupper() and \
        run[-1] not in g.legal_forms


def portfolio(run, g) -> bool:
    """Whether the tokens of a run after a title are the portfolio it holds, set after it by "for" ("Minister for
    International Affairs", "Secretary for Cabinet Affairs"), no body: they do not end on a body's head, as
    "Commissioner for the Acme Authority" does."""
    return run[0].connector in ("for", "for the") and run[-1].text not in g.organization_words


def looks_like_person(words: list[str], g) -> bool:
    """Whether name words read as a person's: two to four, a given name first, no organisation word."""
    return 2 <= len(words) <= 4 and words[0] in g.given_names and not any(w in g.organization_words for w in words)

"""Reference data about actors, loaded once per process: countries (pycountry plus the curated
`resources/en/actors/countries.tsv`), organisations, person titles, organisation words and legal forms,
state bodies every country has, words that are not names, and given names (the gender-guesser package's
list of first names from many countries).

`Gazetteer.find(text)` returns the longest known names in a text with pyahocorasick, at word boundaries.
"""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass
from importlib import resources as importlib_resources
from pathlib import Path

import ahocorasick
import pycountry

from .. import datafiles
from .names import fold, slug

RESOURCES = Path(__file__).resolve().parent.parent / "resources" / "en" / "actors"

# How a known name stands for its actor: as its name, as an adjective ("Russian"), as a noun for its
# people or government ("the Soviets"), or as its capital or seat of government ("Moscow", "the Kremlin").
NAME, DEMONYM, PEOPLE, SEAT = "name", "demonym", "people", "seat"
# Letters of the legal forms read in any case after their capital ("Inc", "Corp"): shorter ones are initials too
# ("SA", "NV"), and longer ones are written out in full ("Company"), which the wires do not mistype so
_ODD_CASE_LENGTHS = (3, 4)


@dataclass(frozen=True)
class Entry:
    key: str
    name: str
    type: str
    role: str = NAME
    code: str | None = None
    affiliation: str | None = None


@dataclass(frozen=True)
class Hit:
    start: int
    end: int
    entry: Entry


def rows(filename: str) -> list[list[str]]:
    return datafiles.rows(RESOURCES / filename)


def words(filename: str) -> list[str]:
    return [row[0].strip() for row in rows(filename)]


def _split(field: str) -> list[str]:
    return [item.strip() for item in field.split("|") if item.strip()]


_ISATION = re.compile(r"(?<=[a-z]i)[sz](?=ation\b)")


def _other_spelling(name: str) -> str:
    """A body's name with "-isation" written "-ization" and back, as British and American wires spell it
    ("Food and Agriculture Organisation", "World Trade Organization")."""
    return _ISATION.sub(lambda match: "z" if match.group(0) == "s" else "s", name)


def _is_word_char(char: str) -> bool:
    return char.isalnum()


class Gazetteer:
    def __init__(self) -> None:
        self.forms: dict[str, Entry] = {}
        self.historic: dict[str, tuple[str, Entry]] = {}  # form -> (until YYYY-MM-DD, entry named before then)
        # a present state's key -> (until, the state its ISO code stood for before then): "Germany" in 1987 copy
        self.former: dict[str, tuple[str, Entry]] = {}
        self.by_key: dict[str, Entry] = {}
        self.country_by_code: dict[str, Entry] = {}
        self.demonyms: dict[str, str] = {}  # country key -> its adjective
        # country key -> its short names that are adjectives too ("U.S.": "the U.S. said", "the U.S. Treasury")
        self.attributive_names: dict[str, set[str]] = {}
        self._load_countries()
        self._load_organizations()
        titles = rows("titles.txt")
        self.titles = {row[0].strip().lower() for row in titles}
        self.head_titles = {row[0].strip().lower() for row in titles if row[1:] == ["head"]}
        self.state_titles = {row[0].strip().lower() for row in titles if row[1:] == ["state"]} | self.head_titles
        self.honorifics = {row[0].strip().lower() for row in titles if row[1:] == ["honorific"]}
        before_names = self.titles - {
            row[0].strip().lower() for row in titles if row[1:] == ["apposition"]}
        legal_forms = rows("legal_forms.txt")
        self.legal_forms = {row[0].strip() for row in legal_forms}
        self.legal_forms |= _odd_cases(self.legal_forms)
        self.lower_legal_forms = frozenset(form for form in self.legal_forms if form.islower())
        organization_words = rows("organization_words.txt")
        self.written_out = {row[0].strip(): row[1].strip() for row in legal_forms + organization_words
                            if len(row) > 1}
        self.group_words = set(words("group_words.txt"))
        self.name_endings = set(words("name_endings.txt"))
        self.organization_words = {row[0].strip() for row in organization_words} | self.legal_forms | \
            self.group_words | self.name_endings
        state_bodies = words("state_bodies.txt")
        self.state_bodies = {fold(body) for body in state_bodies}
        self.lower_state_bodies = {body.lower(): body for body in state_bodies if " " in body}
        self.lower_state_body = re.compile(r"\b(?:%s)\b" % "|".join(
            r"\s+".join(map(re.escape, body.split())) for body in sorted(self.lower_state_bodies, key=len,
                                                                         reverse=True)))
        heads = rows("heads_of_government.tsv")
        self.headed_governments = {(surname.strip(), noun.strip()): self.country_by_code[code.strip()]
                                   for surname, code, noun, _ in heads}
        self.titled_heads = {(title.strip(), surname.strip()): self.country_by_code[code.strip()]
                             for surname, code, _, title in heads}
        self.not_names = set(words("not_names.txt"))
        self.party_members = set(words("party_members.txt"))
        self.organization_nouns = set(words("organization_nouns.txt"))
        self.thing_nouns = set(words("thing_nouns.txt"))
        self.place_words = set(words("place_words.txt"))
        # provinces named in one word are often surnames or given names too ("Georgia", "Victoria", "Jackson")
        self.provinces = {fold(division.name) for division in pycountry.subdivisions if " " in division.name}
        heads = rows("not_actor_heads.txt")
        self.not_actor_heads = {row[0].strip() for row in heads}
        self.place_heads = {row[0].strip() for row in heads if row[1:] == ["place"]}
        self.place_named = {row[0].strip().lower() for row in heads if row[1:] == ["named"]}
        self.given_names = _given_names() - self.not_names - set(self.forms)
        self._names = _automaton({form: form for form in self.forms})
        self._titles = _automaton({title: title for title in before_names})
        self._apposition_titles = _automaton({title: title for title in self.titles})

    def _add(self, form: str, entry: Entry, until: str = "") -> None:
        if "," in form:
            return
        variants = [form, "The " + form[4:], form[4:]] if form.startswith("the ") else [form]
        for variant in variants:
            if until and variant in self.forms:
                self.historic[variant] = (until, entry)
            elif variant not in self.forms or self.forms[variant].role != NAME and variant == form:
                self.forms[variant] = entry

    def _load_countries(self) -> None:
        for code, name, others, demonyms, people, seats, until in (row + [""] * (7 - len(row)) for row in
                                                                    rows("countries.tsv")):
            entry = Entry(slug(name), name, "country", NAME, code)
            self.by_key[entry.key] = entry
            names = [name] + _split(others)
            if code not in self.country_by_code:
                self.country_by_code[code] = entry
                names += _pycountry_names(code)
            elif until:
                self.former[self.country_by_code[code].key] = (until, entry)
            for form in names:
                self._add(form, entry, until)
            self.demonyms.setdefault(entry.key, (_split(demonyms) or [name])[0])
            self.attributive_names.setdefault(entry.key, set(_split(others)) & set(_split(demonyms)))
            for role, field in ((DEMONYM, demonyms), (PEOPLE, people), (SEAT, seats)):
                for form in _split(field):
                    self._add(form, Entry(entry.key, name, "country", role, code), until)
        for country in pycountry.countries:
            if country.alpha_3 in self.country_by_code:
                continue
            name = getattr(country, "common_name", None) or country.name
            entry = Entry(slug(name), name, "country", NAME, country.alpha_3)
            self.by_key[entry.key] = entry
            self.country_by_code[country.alpha_3] = entry
            for form in [name] + _pycountry_names(country.alpha_3):
                self._add(form, entry)

    def _load_organizations(self) -> None:
        self.central_banks: dict[str, Entry] = {}  # country key -> its central bank
        for filename in ("organizations.tsv", "central_banks.tsv"):
            for name, kind, others, affiliation in (row + [""] * (4 - len(row)) for row in rows(filename)):
                country = self.country_by_code.get(affiliation.strip())
                entry = Entry(slug(name), name, kind, NAME, None, country.key if country else None)
                self.by_key[entry.key] = entry
                if filename == "central_banks.tsv" and country is not None:
                    self.central_banks[country.key] = entry
                for form in [name] + _split(others):
                    self._add(form, entry)
                    self._add(_other_spelling(form), entry)

    def is_place(self, words: list[str]) -> bool:
        """Whether name words read as a place's: opened by a word of place names or a province's name of two words
        or more ("San Diego", "Minas Gerais")."""
        return words[0] in self.place_words or fold(" ".join(words)) in self.provinces

    def without_legal_forms(self, words: list[str]) -> list[str]:
        """The words of a name without the legal forms it ends on ("Acme Co Ltd" -> "Acme") or an "and" left
        hanging by them."""
        words = list(words)
        while len(words) > 1 and (words[-1] in self.legal_forms or words[-1] in ("and", "&")):
            words.pop()
        return words

    def find(self, text: str, start: int = 0, end: int | None = None, published: str | None = None) -> list[Hit]:
        """Known names in text[start:end], longest first, each bounded by non-word characters.

        A name that stood for another state before the article's publication date ("Moscow" in 1987)
        gives that state.
        """
        end = len(text) if end is None else end
        hits = []
        for s, e, form in _search(self._names, text, start, end):
            entry = self.forms[form]
            if published and form in self.historic and published < self.historic[form][0]:
                entry = self.historic[form][1]
            hits.append(Hit(s, e, entry))
        return hits

    def then(self, key: str | None, published: str | None) -> str | None:
        """The key of the state a present state's key stood for when the article was published: before 1990 the
        Germany of Bonn's bodies and of "German" is West Germany, one actor with the state "West Germany" names."""
        until, entry = self.former.get(key or "", ("", None))
        return entry.key if entry is not None and published and published < until else key

    def find_titles(self, lowered: str, start: int = 0, end: int | None = None,
                    apposition: bool = False) -> list[tuple[int, int]]:
        """Person titles in an already lower-cased text; with `apposition`, also the titles that only an
        apposition makes a person's ("Jane Doe, head of ...")."""
        end = len(lowered) if end is None else end
        automaton = self._apposition_titles if apposition else self._titles
        return [(s, e) for s, e, _ in _search(automaton, lowered, start, end)]


def _pycountry_names(code: str) -> list[str]:
    country = pycountry.countries.get(alpha_3=code)
    if country is None:
        return []
    return [value for value in (country.name, getattr(country, "common_name", None),
                                getattr(country, "official_name", None)) if value]


def _automaton(forms: dict) -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    for form, value in forms.items():
        automaton.add_word(form, (len(form), value))
    automaton.make_automaton()
    return automaton


def _search(automaton: ahocorasick.Automaton, text: str, start: int, end: int):
    """Longest matches at word boundaries; a longest match that runs into a word ("U.S. Congressmen") is
    searched again without its last character, so a shorter name inside it ("U.S.") is still found."""
    if not len(automaton):
        return
    for last, (length, value) in automaton.iter_long(text, start, end):
        first = last - length + 1
        if first > 0 and _is_word_char(text[first - 1]):
            continue
        if last + 1 < len(text) and _is_word_char(text[last + 1]) and text[last].isalnum():
            if last > first:
                yield from (match for match in _search(automaton, text, first, last) if match[0] == first)
            continue
        yield first, last + 1, value


def _odd_cases(forms: set[str]) -> set[str]:
    """The short legal forms as a wire's keys slip on the shift key after the capital ("Acme INc", "Acme LTd"): a
    mixed case no name word is written in, so the firm keeps one name across articles."""
    odd: set[str] = set()
    for form in forms:
        if form.isalpha() and form[0].isupper() and _ODD_CASE_LENGTHS[0] <= len(form) <= _ODD_CASE_LENGTHS[1]:
            for cases in itertools.product(*((char.lower(), char.upper()) for char in form[1:])):
                odd.add(form[0] + "".join(cases))
    # in capitals they are initials too: "SPA" is the Saudi Press Agency as well as an Italian "SpA"
    return {variant for variant in odd if not variant.isupper()} - forms


def _given_names() -> set[str]:
    """First names from gender-guesser's name dictionary (one name per line after a gender column)."""
    data = importlib_resources.files("gender_guesser") / "data" / "nam_dict.txt"
    names = set()
    for line in data.read_text(encoding="utf-8").splitlines():
        if line[:1] in ("#", "=", ""):
            continue
        parts = line.split()
        if len(parts) > 1 and "+" not in parts[1] and parts[1][:1].isupper():
            names.add(parts[1])
    return names


@functools.cache
def gazetteer() -> Gazetteer:
    return Gazetteer()

"""Who is who across articles: one `Actor` per person, organisation or country, under all its names.

Mentions arrive keyed by their article's reading (`Mention.actor`): countries and known organisations by
their gazetteer key, others by the slug of their name. Keys are merged when they are spelling variants of one
name ("Lee Myung-bak" and "Lee Myung Bak" share a slug; close spellings such as "Muammar Gaddafi" and "Moammar
Gadhafi" are matched with rapidfuzz; "Jane Q. Doe" is "Jane Doe"), and when a one-word name is the first or
last word of a full name ("Doe" -> "Jane Doe", the full name mentioned most when several fit; "MacAlpine" ->
"Dennis McAlpine", as Mac and Mc are one prefix), and when a name of two words or more ends the one longer name of a
person ("Van Dijk" -> "Hans van Dijk"). Organisations named with and without their legal form ("Acme
Corp", "Acme") already share a key; a one-word name is also a company's name after its initials ("Woolworth" ->
"FW Woolworth and Co") or its foreign word for group ("Gruppo Rossi" -> "Rossi"), a body is one named both ways
round ("Ministry of Finance", "Finance Ministry"), initials alone are the one body of the story named with them
("CPA" -> "Cocoa Producers Alliance"), a firm's leading words never written with a legal form are the one firm
opening with them that their article names ("Sierra Pacific" -> "Sierra Pacific Resources Corp"), one whose name
an article misspells ("Consolidated Frieghtways"), runs together or writes with and without a plural "s" ("Lex
Service", "Lex Services") or a legal form inside the name ("Bond Corp International", "Bond International") is one,
and so is a news agency under another noun for agency ("Kyodo News Service"), and so is a court or an exchange named
without the place that opens its name ("Cotton Exchange"). A name written with a legal form is a full name, never the
short form of another ("Acme Corp" is not "Acme Holdings Inc"). Every actor keeps the shorter forms of its names, and a
body's name the other way round, among its aliases (`_short_forms`).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import combinations

from rapidfuzz import fuzz
from rapidfuzz.distance import OSA

from ..model import Actor, Document, MentionRef
from . import short_forms
from .gazetteer import gazetteer
from .groups import GROUP_KEY
from .media import is_medium_name
from .names import fold, slug

_BRACKETED = re.compile(r"\([^()]*\)")
# Words a company's name never shortens to: "The Co" is not "The".
_BARE_WORDS = {"the", "a", "of"}
_HEADS = ("ministry", "department", "bureau", "office", "agency")
# Heads whose "X Ministry" is always "Ministry of X"; "Foreign Office" is no "Office of Foreign"
_TURNED_HEADS = ("ministry", "department")
_INVERTED = re.compile(rf"(?P<before>(?:[^-]+-)*?)(?P<head>{'|'.join(_HEADS)})-of-(?:the-)?(?P<after>.+)")
# Nouns a news agency's name ends on, which wires vary ("Kyodo News Agency", "Kyodo News Service")
_OUTLET_WORDS = {"news", "service", "agency", "press", "wire"}
_CLOSE_SPELLING = 90  # rapidfuzz ratio at which two full names of people are one name
# How long a word of a body's name must be for one slip of the keys (a letter left out, added, changed, or two
# swapped) to be a misspelling rather than another word ("Union", "Unity"); two slips from the second length.
_SLIP_LENGTHS = (6, 10)
# Heads of bodies that news names in full once and then without the place that opens the name ("New York Cotton
# Exchange" -> "Cotton Exchange", "Texas Court of Appeals" -> "Court of Appeals")
_PLACED_HEADS = {"exchange", "court"}
# Letters a last word keeps without its "s" for the "s" to be a slip of the plural, not part of a short word ("Gas")
_PLURAL_STEM = 4
# A character no name is written with: a slip of the wire's keys ("Vanta~port Systems")
_STRAY = re.compile(r"[^\w\s.,&'’/()-]")


@dataclass
class _Key:
    """What the mentions under one key say."""

    count: int = 0
    names: Counter[str] = field(default_factory=Counter)
    kinds: Counter[str] = field(default_factory=Counter)
    written: set[str] = field(default_factory=set)  # the mentions' own words: "Acme Inc", whose name is "Acme"
    articles: set[str] = field(default_factory=set)

    @property
    def kind(self) -> str:
        return _most_common(self.kinds)


class _Groups:
    """Union-find over mention keys."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, key: str) -> str:
        root = key
        while self.parent.get(root, root) != root:
            root = self.parent[root]
        self.parent[key] = root
        return root

    def union(self, key: str, into: str) -> None:
        key, into = self.find(key), self.find(into)
        if key != into:
            self.parent[key] = into


def link_actors(documents: list[Document]) -> list[Actor]:
    """Resolve mentions across articles to actors.

    Rewrites `Mention.actor`, `EventMention.actors[].actor` and `EventMention.attributed_to` in every document to
    the final actor ids; a participant or reporter whose key no mention has is dropped, so that every actor an
    event names is an actor of the story.
    """
    _of_the_period(documents)
    keys: dict[str, _Key] = defaultdict(_Key)
    for doc in documents:
        for mention in doc.mentions:
            key = keys[mention.actor]
            key.count += 1
            key.names[mention.name or mention.text] += 1
            key.kinds[mention.type] += 1
            key.written.add(mention.text)
            key.articles.add(doc.id)
    groups = _Groups()
    people = sorted(name for name, key in keys.items() if key.kind == "person")
    _merge_spellings(groups, [name for name in people if "-" in name], keys)
    _merge_given_names_left_out(groups, [name for name in people if "-" in name])
    _merge_misspelt_bodies(groups, sorted(name for name, key in keys.items() if key.kind == "organization"), keys)
    _merge_one_article_variants(groups, keys)
    initialled = _merge_initials(groups, keys)
    speakers = sorted(name for name, key in keys.items() if key.kind == "organization" and "-" not in name and
                      name not in gazetteer().by_key and name not in initialled)
    _merge_short_names(groups, people, speakers, keys)
    _merge_leading_words(groups, keys)
    _merge_bare_groups(groups, keys)
    _merge_inverted_bodies(groups, keys)
    _merge_outlet_names(groups, keys)
    _merge_placed_bodies(groups, keys)
    members: dict[str, list[str]] = defaultdict(list)
    for name in sorted(keys):
        members[groups.find(name)].append(name)
    ids = _ids(members, keys)
    final = {name: ids[root] for root, names in members.items() for name in names}
    actors = _actors(documents, members, ids, keys)
    for doc in documents:
        for mention in doc.mentions:
            mention.actor = final[mention.actor]
            if mention.affiliation is not None:
                mention.affiliation = final.get(mention.affiliation, mention.affiliation)
        for event in doc.event_mentions:
            # every exporter takes an event's actors for actors of the story: one no mention names has no name;
            # new participants, as event mentions of one sentence may share theirs
            event.actors = [replace(participant, actor=final[participant.actor]) for participant in event.actors
                            if participant.actor in final]
            event.attributed_to = final.get(event.attributed_to) if event.attributed_to else None
    return actors


def _of_the_period(documents: list[Document]) -> None:
    """Each state an article names, speaks for or has an actor belong to, as the state it was when the article
    appeared: "Germany", "German" and the Bundesbank's country are West Germany in 1987, as "West Germany" is, so
    that articles of one story calling it either way share it."""
    places = gazetteer()
    for doc in documents:
        def then(key: str | None) -> str | None:
            return places.then(key, doc.published)
        for mention in doc.mentions:
            mention.affiliation = then(mention.affiliation)
            if (key := then(mention.actor)) != mention.actor:
                mention.actor, mention.name = key, places.by_key[key].name
        for event in doc.event_mentions:
            event.actors = [replace(participant, actor=then(participant.actor)) for participant in event.actors]
            event.attributed_to = then(event.attributed_to)


def _most_common(counter: Counter[str]) -> str:
    return sorted(counter.items(), key=lambda item: (-item[1], -len(item[0]), item[0]))[0][0]


def _merge_spellings(groups: _Groups, full_names: list[str], keys: dict[str, _Key]) -> None:
    """Full names with and without a middle initial ("Jane Q. Doe", "Jane Doe"), and close spellings,
    compared within names of as many words with the same initials."""
    known = set(full_names)
    for name in full_names:
        core = "-".join(word for word in name.split("-") if len(word) > 1)
        if core != name and core in known:
            groups.union(name, core)
    blocks: dict[tuple[str, str, int], list[str]] = defaultdict(list)
    for name in full_names:
        words = name.split("-")
        blocks[(words[0][0], words[-1][0], len(words))].append(name)
    for block in blocks.values():
        for position, name in enumerate(block):
            for other in block[position + 1:]:
                if fuzz.ratio(name, other) >= _CLOSE_SPELLING:
                    keep, drop = sorted((name, other), key=lambda k: (-keys[k].count, k))
                    groups.union(drop, keep)


def _merge_given_names_left_out(groups: _Groups, full_names: list[str]) -> None:
    """A name of two words or more that ends the one longer name of a person in the story is that person: news
    gives a full name once and then leaves out a given name ("Jose Carlos Leite Filho" -> "Leite Filho") or keeps
    the particle with the surname ("Hans van Dijk" -> "Van Dijk")."""
    longer: dict[str, list[str]] = defaultdict(list)
    for name in full_names:
        words = name.split("-")
        for start in range(1, len(words) - 1):
            longer["-".join(words[start:])].append(name)
    for name in full_names:
        if len(fits := longer.get(name, [])) == 1:
            groups.union(name, fits[0])


def _merge_misspelt_bodies(groups: _Groups, bodies: list[str], keys: dict[str, _Key]) -> None:
    """Names of bodies written with a word broken or run together ("Datapoint", "Data Point", "Data Po~int"), or
    of as many words that differ by a misspelt word ("Consolidated Freightways", "Consolidated Frieghtways"),
    unless the gazetteer knows both: a wire misspells a firm or a body in one article, and its statements would
    stand apart from their copies."""
    known, heads = gazetteer().by_key, _organization_words()
    by_letters: dict[str, list[str]] = defaultdict(list)
    for name in bodies:
        by_letters[name.replace("-", "")].append(name)
    pairs = [pair for block in by_letters.values() for pair in combinations(block, 2)] + \
        [pair for pair in _alike_but_one_word(bodies) if _one_word_misspelt(*pair, heads)]
    for name, other in pairs:
        if not (name in known and other in known):
            keep, drop = sorted((name, other), key=lambda k: (k not in known, -keys[k].count, k))
            groups.union(drop, keep)


def _merge_one_article_variants(groups: _Groups, keys: dict[str, _Key]) -> None:
    """Names of bodies that one article writes with and without an "s" ending the last word ("Acme Service Plc",
    then "Acme Services"; "Medco", "Medcos"), or with and without a legal form inside the name ("Acme Corp
    International Ltd", then "Acme International"), are one body: an article telling two firms apart would not name
    them so alike. Across articles the ending may tell bodies apart ("Halvor Industry", "Halvor Industries"), and a
    name known to the gazetteer is its own."""
    g = gazetteer()
    inner_forms = {fold(form) for form in g.legal_forms | set(g.written_out.values())}
    variants: dict[str, list[str]] = defaultdict(list)
    for key in sorted(keys):
        if keys[key].kind == "organization" and key not in g.by_key:
            words = key.split("-")
            words = [words[0], *(word for word in words[1:-1] if word not in inner_forms), *words[1:][-1:]]
            last = words[-1]
            if last.endswith("s") and not last.endswith("ss") and len(last) > _PLURAL_STEM:
                words[-1] = last[:-1]
            variants["-".join(words)].append(key)
    for block in variants.values():
        for name, other in combinations(block, 2):
            if keys[name].articles & keys[other].articles:
                keep, drop = sorted((name, other), key=lambda k: (-keys[k].count, k))
                groups.union(drop, keep)


def _alike_but_one_word(bodies: list[str]) -> list[tuple[str, str]]:
    """The pairs of names of as many words, two or more, that differ in one word alone, which opens with the same
    letter in both, in the order of `bodies`: the only pairs `_one_word_misspelt` may join, found through the name
    with that word masked, since comparing every pair of a build of thousands of bodies is quadratic."""
    order = {name: i for i, name in enumerate(bodies)}
    counts = list(dict.fromkeys(name.count("-") for name in bodies))
    masked: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for name in bodies:
        words = name.split("-")
        if len(words) > 1:
            for i, word in enumerate(words):
                masked[(*words[:i], "*" + word[:1], *words[i + 1:])].append(name)
    pairs = {pair for block in masked.values() for pair in combinations(block, 2)}
    return sorted(pairs, key=lambda pair: (counts.index(pair[0].count("-")), order[pair[0]], order[pair[1]]))


def _one_word_misspelt(name: str, other: str, heads: set[str]) -> bool:
    """Whether two names differ in one word alone, a long word misspelt: never in a word that tells bodies apart,
    which is short ("First Union", "First Unity"), opens otherwise ("Bank of Boston", "Bank of Austin"), is a
    number or one of two heads ("Industries", "Industry"). A head misspelt ("Secruties") is measured by the head,
    the word its writer meant."""
    differing = [(word, another) for word, another in zip(name.split("-"), other.split("-")) if word != another]
    if len(differing) != 1:
        return False
    word, another = differing[0]
    meant = [len(head) for head in (word, another) if head in heads]
    length = meant[0] if meant else min(len(word), len(another))
    if word[0] != another[0] or min(len(word), len(another)) < _SLIP_LENGTHS[0] or \
            not (word.isalpha() and another.isalpha()) or len(meant) == 2:
        return False
    return OSA.distance(word, another) <= (2 if length >= _SLIP_LENGTHS[1] else 1)


def _merge_initials(groups: _Groups, keys: dict[str, _Key]) -> set[str]:
    """A name in capitals that the story gives only as initials ("WPA said") is the one body of the story whose
    name has them ("Westland Pulp Alliance", "Rhoda Tarn-Zell Corp" -> RTZ), which its own article may name after
    them or another article alone: the keys so joined, which no firm opening with the initials ("RTZ Chemicals
    Ltd") may take as its short name."""
    g = gazetteer()
    bodies: dict[str, set[str]] = defaultdict(set)
    for key in sorted(keys):
        if keys[key].kind == "organization" and "-" in key:
            for form in _initials(_most_common(keys[key].names), g.legal_forms):
                bodies[form].add(key)
    joined: set[str] = set()
    for key in sorted(keys):
        name = _most_common(keys[key].names)
        if "-" in key or key in g.by_key or keys[key].kind not in ("organization", "person") or \
                len(name) < short_forms.MIN_ACRONYM or not (name.isalpha() and name.isupper()):
            continue
        fits = {groups.find(body) for body in bodies.get(name, ())}
        if len(fits) == 1:
            groups.union(key, fits.pop())
            joined.add(key)
    return joined


def _merge_leading_words(groups: _Groups, keys: dict[str, _Key]) -> None:
    """A name of two words or more, never written with a legal form, is the one body of the story whose name opens
    with it and that an article names with it ("Sierra Pacific said" after "Sierra Pacific Resources Corp",
    "Vorland Foods" after "Vorland Foods and Grain Co"): news writes a firm short once it is introduced, while a
    parent named beside its unit ("Acme Foods Inc", "Acme Foods Canada Ltd") is written with its legal form. Two
    bodies opening with it ("Acme Foods Canada", "Acme Foods Finance") leave it apart: it is then their parent."""
    g = gazetteer()
    longer: dict[str, list[str]] = defaultdict(list)
    for key in sorted(keys):
        if keys[key].kind == "organization":
            words = key.split("-")
            for size in range(2, len(words)):
                longer["-".join(words[:size])].append(key)
    for key in sorted(keys):
        fits = [other for other in longer.get(key, ()) if groups.find(other) != groups.find(key)]
        if key in g.by_key or keys[key].kind not in ("organization", "person") or \
                len({groups.find(other) for other in fits}) != 1 or \
                not any(keys[key].articles & keys[other].articles for other in fits) or \
                any(word in g.legal_forms for written in keys[key].written for word in written.split()):
            continue
        rest = fits[0][len(key) + 1:].split("-")
        if rest[0] == "and" and "-".join(rest[1:]) in keys:
            continue  # "Acme Foods and Zenith Mills": two bodies of the story read as one name
        groups.union(key, fits[0])


def _initials(name: str, legal_forms: set[str]) -> set[str]:
    """The initials of every capitalised word of a name, hyphenated parts apart, with and without its legal forms:
    not those of its words that are not heads, as `short_forms.initials` gives for one article, since across a
    story they fit too many bodies ("UAL" of "United Steelworkers of America and LTV Corp")."""
    words = [word for word in name.replace("-", " ").split() if word[:1].isupper()]
    named = [word for word in words if word not in legal_forms]
    return {"".join(word[0] for word in kept) for kept in (words, named) if len(kept) >= short_forms.MIN_ACRONYM}


def _merge_short_names(groups: _Groups, people: list[str], speakers: list[str], keys: dict[str, _Key]) -> None:
    """A one-word name joins the most mentioned full name of a person that starts or ends with it; so does a
    one-word speaker that its article could not place ("Doe said" -> "Jane Doe" named in another article),
    unless an organisation's name starts with it, after any initials ("Doe said" -> "Doe Industries Inc",
    "JD Doe and Co")."""
    full_by_word: dict[str, list[str]] = defaultdict(list)
    for name in people:
        if "-" in name:
            words = name.split("-")
            for word in {words[0], words[-1]}:
                full_by_word[_gaelic(word)].append(name)
    firms_by_word: dict[str, list[str]] = defaultdict(list)
    organization_words = _organization_words()
    for name, key in keys.items():
        if key.kind == "organization" and "-" in name:
            words = name.split("-")
            short = words[min(_leading_words(_most_common(key.names)), len(words) - 1)]
            for word in {words[0]} | ({short} - organization_words):
                firms_by_word[word].append(name)
    # "Acme Corp" is a company's full name, not the short form of "Acme Holdings" or of "Jane Acme"
    speakers = [name for name in speakers if all(len(written.split()) == 1
                                                 for written in keys[name].names.keys() | keys[name].written)]
    firms = {name for name in speakers if "-" not in name and name in firms_by_word}
    for name in sorted(firms):
        # "Taft said" where another article names "Taft Broadcasting Co": the firm, as in the article
        groups.union(name, min(firms_by_word[name], key=lambda k: (-keys[groups.find(k)].count, k)))
    for name in people + speakers:
        if "-" not in name and _gaelic(name) in full_by_word and name not in firms:
            target = min(full_by_word[_gaelic(name)], key=lambda k: (-keys[groups.find(k)].count, k))
            groups.union(name, target)


def _organization_words() -> set[str]:
    """"Trust" is no short name for "U.S. Trust Co" when "Bankers Trust Co" is in the same story."""
    return {fold(word) for word in gazetteer().organization_words}


def _leading_words(name: str) -> int:
    """How many initials, or a foreign word for group, open a company's name, which news drops once it is
    introduced ("FW Woolworth and Co", "J.C. Smith Inc", "Gruppo Rossi" -> "Woolworth", "Smith", "Rossi")."""
    words, count = name.split(), 0
    for word in words[:-1]:
        letters = word.replace(".", "")
        if not (letters.isalpha() and letters.isupper() and (len(letters) <= 2 or "." in word)):
            break
        count += 1
    return count + 1 if count < len(words) - 1 and words[count] in gazetteer().group_words else count


def _gaelic(word: str) -> str:
    """One spelling for a surname's Gaelic prefix, which news writes both ways ("MacAlpine", "McAlpine")."""
    return "mc" + word[3:] if word.startswith("mac") and len(word) > 5 else word


def _merge_bare_groups(groups: _Groups, keys: dict[str, _Key]) -> None:
    """A bare group ("the dockers") is the one group of the story written with more words and that head
    ("Chilean dockers"), when there is only one."""
    named = sorted(key for key in keys if key.startswith(GROUP_KEY))
    by_head: dict[str, list[str]] = defaultdict(list)
    for key in named:
        words = key[len(GROUP_KEY):].split()
        if len(words) > 1:
            by_head[words[-1]].append(key)
    for key in named:
        words = key[len(GROUP_KEY):].split()
        if len(words) == 1 and len(by_head[words[0]]) == 1:
            groups.union(key, by_head[words[0]][0])


def _merge_inverted_bodies(groups: _Groups, keys: dict[str, _Key]) -> None:
    """A body named both ways round is one: "Ministry of Finance" and "Finance Ministry", "Japanese Department
    of Trade" and "Japanese Trade Department"."""
    for key in sorted(keys):
        match = _INVERTED.fullmatch(key)
        if match and keys[key].kind == "organization":
            before, head, after = match.group("before") or "", match.group("head"), match.group("after")
            other = f"{before}{after}-{head}"
            if other in keys and keys[other].kind == "organization":
                groups.union(other, key)


def _merge_outlet_names(groups: _Groups, keys: dict[str, _Key]) -> None:
    """A known news agency named with other nouns for an agency than the gazetteer gives ("Kyodo News Service"
    where "Kyodo" and "Kyodo News Agency" are known) is that agency."""
    g = gazetteer()
    for key in sorted(keys):
        words = _most_common(keys[key].names).split()
        if key in g.by_key or keys[key].kind != "organization" or len(words) < 2 or \
                words[-1].lower() not in _OUTLET_WORDS:
            continue
        while len(words) > 1 and words[-1].lower() in _OUTLET_WORDS:
            words.pop()
        entry = g.forms.get(" ".join(words))
        if entry is not None and entry.key in keys and is_medium_name(entry.name):
            groups.union(key, entry.key)


def _merge_placed_bodies(groups: _Groups, keys: dict[str, _Key]) -> None:
    """A court's or an exchange's name without the words that open it ("Cotton Exchange", "Court of Appeals") is the
    body whose full name ends with it ("New York Cotton Exchange"), when the story names only one such: with the
    exchanges of two cities, "Stock Exchange" could be either."""
    known = gazetteer().by_key
    bodies = sorted(key for key, value in keys.items() if value.kind == "organization")
    for key in bodies:
        words = key.split("-")
        headed = words[-1] in _PLACED_HEADS or words[0] in _PLACED_HEADS and words[1] == "of"
        if key in known or len(words) < 2 or not headed:
            continue
        fuller = [other for other in bodies if other.endswith(f"-{key}")]
        if len(fuller) == 1:
            groups.union(key, fuller[0])


def _canonical(names: list[str], keys: dict[str, _Key]) -> str:
    """The name a reader expects among those of one actor: one the wire wrote without a stray character ("Vanta~port"),
    with the most words that are heads or legal forms ("Halvor Industries", not a misspelt "Halvor Idustries" named
    as often), then the one most often given in full: the most words, then the most mentions."""
    total: Counter[str] = Counter()
    for name in names:
        total.update(keys[name].names)
    known = _display_words()
    return min(total.items(), key=lambda item: (bool(_STRAY.search(item[0])),
                                                -sum(word in known for word in item[0].split()),
                                                -len(item[0].split()), -item[1], item[0]))[0]


@lru_cache(maxsize=1)
def _display_words() -> frozenset[str]:
    """The heads and legal forms as a display name writes them: "Corp" written out is "Corporation"."""
    g = gazetteer()
    return frozenset(g.organization_words | set(g.written_out.values()))


def _ids(members: dict[str, list[str]], keys: dict[str, _Key]) -> dict[str, str]:
    """A stable id per group: its gazetteer key, else the slug of its name; the most mentioned keeps a
    contested slug and the others are numbered."""
    known = gazetteer().by_key
    ids: dict[str, str] = {}
    taken: set[str] = set()
    for root in sorted(members, key=lambda r: (-sum(keys[k].count for k in members[r]), r)):
        wanted = next((name for name in members[root] if name in known), None) or \
            slug(_canonical(members[root], keys))
        candidate, number = wanted, 2
        while candidate in taken:
            candidate, number = f"{wanted}-{number}", number + 1
        taken.add(candidate)
        ids[root] = candidate
    return ids


@lru_cache(maxsize=65536)  # asked for every mention of an actor, which repeats its few names
def _short_forms(name: str, kind: str) -> frozenset[str]:
    """The shorter forms news gives a name once it is introduced, which find it as well: a company without its
    legal forms one by one ("Acme Corp Ltd" -> "Acme Corp", "Acme") and without a bracketed part ("Acme
    (Pacific) Ltd" -> "Acme Ltd", "Acme"); a person without middle initials ("Jane Q. Doe" -> "Jane Doe")."""
    if kind == "person":
        words = name.split()
        core = [words[0], *(word for word in words[1:-1] if not _initial(word)), words[-1]] \
            if len(words) > 2 and not _initial(words[0]) else words
        return frozenset({" ".join(core)} - {name})
    if kind != "organization":
        return frozenset()
    g = gazetteer()
    ends = g.legal_forms | set(g.written_out.values()) | {"and", "&"}
    forms: set[str] = set()
    for text in {name, " ".join(_BRACKETED.sub(" ", name).split())}:
        words = text.split()
        forms.add(text)
        while len(words) > 1 and words[-1] in ends:
            words.pop()
            if words[-1] not in ("and", "&"):
                forms.add(" ".join(words))
    forms |= {_turned(form) for form in forms}
    return frozenset(form for form in forms if form and form != name and fold(form) not in _BARE_WORDS)


def _turned(name: str) -> str:
    """A body's name the other way round ("Finance Ministry" <-> "Ministry of Finance", "Japanese Trade
    Department" <-> "Japanese Department of Trade"), or "" when it is not named after its head."""
    words = name.split()
    g = gazetteer()
    lead = max((size for size in (1, 2, 3) if len(words) > size + 1 and (
        entry := g.forms.get(" ".join(words[:size]))) is not None and entry.type == "country"), default=0)
    rest = words[lead:]
    if len(rest) < 2 or any("'" in word or "’" in word for word in rest) or " ".join(rest[:-1]) in g.forms or \
            rest[-2].endswith(("al", "ic")) and rest[0].lower() not in _TURNED_HEADS:
        # "the Finance Ministry's Customs Department", "Meteorological Department": an owner or an adjective
        # the turned name would misplace
        return ""
    if len(rest) > 1 and rest[-1].lower() in _TURNED_HEADS and rest[0].lower() != "foreign":
        # the "Foreign Ministry" is the ministry of foreign affairs, not "of Foreign"
        return " ".join([*words[:lead], rest[-1], "of", *rest[:-1]])
    if len(rest) > 2 and rest[0].lower() in _TURNED_HEADS and rest[1] == "of" and rest[2:] != ["the"]:
        after = rest[3:] if rest[2].lower() == "the" else rest[2:]
        return " ".join([*words[:lead], *after, rest[0]])
    return ""


def _initial(word: str) -> bool:
    """"Q." or "Q": a middle initial."""
    return len(word.rstrip(".")) == 1 and word[0].isupper()


def _actors(documents, members, ids, keys) -> list[Actor]:
    known = gazetteer().by_key
    final = {name: ids[root] for root, names in members.items() for name in names}
    actors: dict[str, Actor] = {}
    for root, names in members.items():
        entry = next((known[name] for name in names if name in known), None)
        actors[ids[root]] = Actor(id=ids[root], name=entry.name if entry else _canonical(names, keys),
                                  type=entry.type if entry else keys[root].kind,
                                  code=entry.code if entry else None)
    surfaces: dict[str, set[str]] = defaultdict(set)
    affiliations: dict[str, Counter[str]] = defaultdict(Counter)
    guessed: dict[str, Counter[str]] = defaultdict(Counter)  # the countries guessed for officials (`Mention.guessed`)
    for doc in documents:
        for mention in doc.mentions:
            actor = actors[final[mention.actor]]
            actor.code = actor.code or mention.code
            actor.mentions.append(MentionRef(doc=doc.id, start=mention.start, end=mention.end, text=mention.text))
            surface = " ".join(mention.text.split())
            surfaces[actor.id] |= {surface} | _short_forms(surface, actor.type)
            if mention.affiliation:
                counted = guessed if mention.guessed else affiliations
                counted[actor.id][final.get(mention.affiliation, mention.affiliation)] += 1
    for actor in actors.values():
        surfaces[actor.id] |= _short_forms(actor.name, actor.type)
        actor.aliases = sorted(surfaces[actor.id] - {actor.name})
        # "President Jane Doe" of a story's articles about Ruritania, "Freedonian President Jane Doe" of another:
        # a country any article states outweighs the one the others are about
        stated = affiliations[actor.id] or guessed[actor.id]
        affiliation = _most_common(stated) if stated else None
        actor.affiliation = affiliation if affiliation != actor.id else None
    for affiliation in sorted({actor.affiliation for actor in actors.values() if actor.affiliation}):
        if affiliation not in actors and affiliation in known:
            entry = known[affiliation]
            actors[affiliation] = Actor(id=affiliation, name=entry.name, type=entry.type, code=entry.code)
    return [actors[actor_id] for actor_id in sorted(actors)]

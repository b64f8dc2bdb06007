"""The trigger lexicon (`resources/en/triggers.tsv`), the CAMEO code table (`resources/en/events_cameo.tsv`), the
codes of stated intents (`resources/en/events_intent.tsv`), the title words of agent phrases
(`resources/en/events_title_words.txt`), the phrases that name no happening though they hold a trigger
(`resources/en/events_not_happenings.txt`), the words of armed forces (`resources/en/events_military.txt`), the
words of disapproval that make a statement criticism (`resources/en/events_disapproval.txt`), and the irregular
verbs' past forms (`resources/en/irregular_verbs.tsv`, less `resources/en/irregular_not_past.txt`).

A trigger entry is a sequence of word slots; each slot is a set of accepted lower-case forms, and a slot may
allow up to three other words before it (the "..." of the data file). Verbs are inflected here, so the data
file lists each verb once, and the irregular forms given for a verb on one line hold for all its lines. A
happening outside CAMEO's scope has code 00 and the label of its kind ("00:Accident").
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from .. import datafiles

STATEMENT_ROOT = "01"  # CAMEO root of making a statement
GAP = 3  # words that may stand between the slots of a "..." phrase
ADDRESSING = frozenset({"tell"})  # reporting verbs whose first object is the one spoken to ("told Reuters")
COMMENTATORS = frozenset({"analyst", "analysts", "economist", "economists", "dealer", "dealers", "trader",
                          "traders", "broker", "brokers", "strategist", "strategists", "arbitrager", "arbitragers",
                          "arbitrageur", "arbitrageurs", "diplomat", "diplomats", "observer", "observers",
                          "underwriter", "underwriters"})  # who comment on others' deeds: "analysts' and
# arbitragers' comments are one 010 event per speaker and day", as the annotation conventions say
_VOWELS = set("aeiou")


@dataclass(frozen=True)
class Slot:
    forms: frozenset[str]
    gap: bool  # up to GAP other words may come before this slot


@dataclass(frozen=True)
class Entry:
    slots: tuple[Slot, ...]
    kind: str  # V verb, N event noun, D dated-only noun, S reporting verb, F fixed phrase
    code: str
    headline: str
    label: str = ""  # the kind of a happening outside CAMEO (code 00); else the code table's label

    @property
    def verbal(self) -> bool:
        return self.kind in ("V", "S", "F")


@dataclass(frozen=True)
class Code:
    code: str
    label: str
    mutual: bool


@lru_cache(maxsize=None)
def forms_of(lemmas: frozenset[str]) -> frozenset[str]:
    """Every form `verb_forms` gives of each of the regular verbs `lemmas`."""
    return frozenset(form for lemma in lemmas for form in verb_forms(lemma))


def verb_forms(lemma: str, irregular: tuple[str, ...] = ()) -> set[str]:
    """Base, third person, past and -ing forms of a regular English verb, plus the irregular ones given."""
    if lemma.endswith("e"):
        ing = lemma[:-1] + "ing"
    elif _doubles(lemma):
        ing = lemma + lemma[-1] + "ing"
    else:
        ing = lemma + "ing"
    return {lemma, third_person(lemma), past(lemma), ing, *irregular}


def past(lemma: str) -> str:
    """The past tense and participle of a regular English verb."""
    if lemma.endswith("e"):
        return lemma + "d"
    if lemma.endswith("y") and lemma[-2] not in _VOWELS:
        return lemma[:-1] + "ied"
    if _doubles(lemma):
        return lemma + lemma[-1] + "ed"
    return lemma + "ed"


def listed_past(lemma: str) -> str:
    """The past participle of a verb: an irregular one (`PARTICIPLES`), else the first "-ed" form the lexicon
    lists with the verb's forms ("repel": "repelled", which `past`, reading only short verbs' doubled consonant,
    would miss), else the regular one."""
    return PARTICIPLES.get(lemma) or _listed_pasts().get(lemma) or past(lemma)


@lru_cache(maxsize=1)
def _listed_pasts() -> dict[str, str]:
    found: dict[str, str] = {}
    for lemma, forms in map(_listed_forms, _rows("triggers.tsv")):
        for form in forms:
            if form.endswith("ed") and form.startswith(lemma):
                found.setdefault(lemma, form)
    return found


def third_person(lemma: str) -> str:
    if lemma.endswith(("s", "sh", "ch", "x", "z", "o")):
        return lemma + "es"
    if lemma.endswith("y") and lemma[-2] not in _VOWELS:
        return lemma[:-1] + "ies"
    return lemma + "s"


def _doubles(lemma: str) -> bool:
    """Short consonant-vowel-consonant verbs double their last letter: ban -> banned, stop -> stopping."""
    return (3 <= len(lemma) <= 4 and lemma[-1] not in _VOWELS | set("wxy") and lemma[-2] in _VOWELS
            and lemma[-3] not in _VOWELS)


def plural(noun: str) -> str:
    """The plural of a regular English noun, which takes the ending of a verb's third person ("source" ->
    "sources", "specialist" -> "specialists")."""
    return third_person(noun)


@lru_cache(maxsize=1)
def _irregular_verbs() -> dict[str, tuple[list[str], list[str]]]:
    """Base form -> (past forms, participles) of the irregular verbs (`resources/en/irregular_verbs.tsv`)."""
    return {base: (pasts.split("/"), participles.split("/"))
            for base, pasts, participles in datafiles.rows("en/irregular_verbs.tsv")}


def irregular_forms(lemmas: frozenset[str]) -> frozenset[str]:
    """The irregular past forms and participles of the verbs `lemmas` ("take": "took", "taken")."""
    verbs = _irregular_verbs()
    return frozenset(form for lemma in lemmas if lemma in verbs for forms in verbs[lemma] for form in forms
                     if form != past(lemma))


# Forms that never tell a past deed: the auxiliaries' ("was", "had"), a form that is some verb's base unless it
# is that verb's own past ("must become", "will run", "to lay"; but "cut"), and those of `irregular_not_past.txt`.
_AUXILIARY_VERBS = frozenset({"be", "have", "do"})
_NOT_PAST = frozenset(datafiles.lines("en/irregular_not_past.txt"))
PARTICIPLES = {base: participles[0] for base, (_, participles) in _irregular_verbs().items()}
PARTICIPLE_FORMS = frozenset(PARTICIPLES.values())  # a test of a form, in a set: a dict's values are scanned
PAST_IRREGULAR = frozenset(form for base, (pasts, _) in _irregular_verbs().items() if base not in _AUXILIARY_VERBS
                           for form in irregular_forms(frozenset({base})) if form not in _NOT_PAST and
                           (form not in _irregular_verbs() or form == base and form in pasts))


def _plural(noun: str) -> set[str]:
    return {noun, plural(noun)}


def _irregular(line: str) -> tuple[str, set[str]]:
    lemma, forms = _listed_forms(line)
    return lemma, set(forms)


def _listed_forms(line: str) -> tuple[str, list[str]]:
    """A lexicon row's verb and the forms it lists, in the row's order."""
    fields = line.split("\t")
    return fields[0].split()[0], [form for form in (fields[4].split(",") if len(fields) > 4 else []) if form]


def _parse(line: str, irregulars: dict[str, set[str]]) -> Entry:
    fields = line.rstrip("\n").split("\t")
    phrase, kind, code, headline = fields[:4]
    code, _, kind_label = code.partition(":")
    words = phrase.split()
    slots: list[Slot] = []
    gap = False
    for word in words:
        if word == "...":
            gap = True
            continue
        forms = set(word.split("|"))
        slots.append(Slot(frozenset(forms), gap))
        gap = False
    if kind in ("V", "S"):
        first = slots[0]
        irregular = irregulars.get(words[0], set())
        slots[0] = Slot(frozenset(set().union(*(verb_forms(f, tuple(irregular)) for f in first.forms))), first.gap)
        if len(slots) > 1 and slots[-1].gap and not any(f.endswith("s") for f in slots[-1].forms):
            # the object a verb acts on may be many ("completed two acquisitions"), unless the line says which
            # of its nouns may ("take ... action|measures": "joint actions" are no threat)
            slots[-1] = Slot(frozenset(set().union(*(_plural(f) for f in slots[-1].forms))), True)
    elif kind in ("N", "D"):
        last = slots[-1]
        slots[-1] = Slot(frozenset(set().union(*(_plural(f) for f in last.forms))), last.gap)
    return Entry(tuple(slots), kind, code, headline, kind_label)


def _rows(name: str) -> list[str]:
    return datafiles.lines(f"en/{name}")


def _words(name: str) -> frozenset[str]:
    """A word list of one word or phrase a line."""
    return frozenset(line.strip() for line in _rows(name))


@lru_cache(maxsize=1)
def entries_by_first_word() -> dict[str, tuple[Entry, ...]]:
    """Entries indexed by every form of their first word, longest phrases first."""
    rows = _rows("triggers.tsv")
    irregulars: dict[str, set[str]] = {}
    for lemma, forms in map(_irregular, rows):
        irregulars.setdefault(lemma, set()).update(forms)
    index: dict[str, list[Entry]] = {}
    for entry in (_parse(line, irregulars) for line in rows):
        for form in entry.slots[0].forms:
            index.setdefault(form, []).append(entry)
    return {form: tuple(sorted(found, key=lambda e: -len(e.slots))) for form, found in index.items()}


def saying(words: str) -> bool:
    """Whether `words`, a trigger's or one word's, are a reporting verb's: an S entry of as many words opens with
    their first ("said", "told", "warned that"; not "warned" alone, whose S entry needs its "that")."""
    forms = words.lower().split()
    return bool(forms) and any(entry.kind == "S" and len(entry.slots) == len(forms)
                               for entry in entries_by_first_word().get(forms[0], ()))


@lru_cache(maxsize=1)
def codes() -> dict[str, Code]:
    table = {}
    for line in _rows("events_cameo.tsv"):
        code, label, roles = line.split("\t")
        table[code] = Code(code, label, roles == "mutual")
    return table


@lru_cache(maxsize=1)
def intents() -> dict[str, tuple[str, str]]:
    """CAMEO root of a happening -> (code, headline verb) of an actor's stated intent to bring it about
    (`resources/en/events_intent.tsv`)."""
    return {root: (code, verb) for root, code, verb in (line.split("\t") for line in _rows("events_intent.tsv"))}


@lru_cache(maxsize=1)
def title_words() -> frozenset[str]:
    """Words of titles that may stand between "by" and a name (`resources/en/events_title_words.txt`)."""
    return _words("events_title_words.txt")


@lru_cache(maxsize=1)
def governed() -> dict[str, str]:
    """Word forms that need the preposition after them (`resources/en/events_governed.tsv`) -> that preposition:
    "result" -> "in", "responsible" -> "for"."""
    return dict(line.split("\t") for line in _rows("events_governed.tsv"))


@lru_cache(maxsize=1)
def not_happenings() -> frozenset[tuple[str, str]]:
    """Word pairs that name no happening though a trigger stands in them (`resources/en/events_not_happenings.txt`):
    "cardiac arrest", "strike price"."""
    return frozenset(tuple(line.split()) for line in _rows("events_not_happenings.txt") if len(line.split()) == 2)


@lru_cache(maxsize=1)
def military() -> frozenset[str]:
    """Words naming a state's armed forces (`resources/en/events_military.txt`): "troops", "warplanes"."""
    return _words("events_military.txt")


@lru_cache(maxsize=1)
def staff() -> frozenset[str]:
    """Plural nouns of people who work for an employer (`resources/en/events_staff.txt`): "workers", "miners"."""
    return _words("events_staff.txt")


@lru_cache(maxsize=1)
def deal_roles() -> frozenset[tuple[str, ...]]:
    """Roles a firm plays in another's deal, as word tuples (`resources/en/events_deal_roles.txt`): "lead manager"."""
    return frozenset(tuple(line.split()) for line in _words("events_deal_roles.txt"))


@lru_cache(maxsize=1)
def arms() -> dict[str, str]:
    """Words that tell a violent act as a state's warfare, with the CAMEO code each implies
    (`resources/en/events_arms.tsv`): "warplanes" 195, "troops" 190."""
    return dict(line.split("\t")[:2] for line in _rows("events_arms.tsv"))


@lru_cache(maxsize=1)
def territory() -> frozenset[str]:
    """Nouns of places whose seizure by armed forces occupies territory (`resources/en/events_territory.txt`)."""
    return _words("events_territory.txt")


@lru_cache(maxsize=1)
def criticised() -> frozenset[str]:
    """Nouns naming a policy, a plan or a statement, which one attacks in words
    (`resources/en/events_criticised.txt`): "budget", "remarks"."""
    return _words("events_criticised.txt")


@lru_cache(maxsize=1)
def disapproval() -> frozenset[str]:
    """Words that judge what a statement speaks of as wrong (`resources/en/events_disapproval.txt`):
    "unjustified", "disappointed"."""
    return _words("events_disapproval.txt")


@lru_cache(maxsize=1)
def wrongs() -> frozenset[str]:
    """Words that name what a statement speaks of as a wrong done (`resources/en/events_wrongs.txt`):
    "violation", "aggression", "mistake"."""
    return _words("events_wrongs.txt")


@lru_cache(maxsize=1)
def wrongdoing() -> frozenset[str]:
    """Every form of the verbs whose subject does a wrong (`resources/en/events_wrongdoing.txt`): "violated",
    "misleads"."""
    return forms_of(_words("events_wrongdoing.txt"))


def label(code: str) -> str:
    found = codes().get(code)
    return found.label if found else ""


def is_mutual(code: str) -> bool:
    found = codes().get(code)
    return bool(found and found.mutual)


@lru_cache(maxsize=1)
def irregular_bases() -> dict[str, str]:
    """Each irregular past form and participle to its verb ("sold": "sell", "made": "make")."""
    bases: dict[str, str] = {}
    for base, (pasts, participles) in sorted(_irregular_verbs().items()):
        for form in pasts + participles:
            bases.setdefault(form, base)
    return bases

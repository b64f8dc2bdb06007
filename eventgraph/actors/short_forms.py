"""Short forms of an organisation's name: the initials it goes by ("AMC" of "American Motors Corp", "NWMA" of
"U.S. National Widget Makers Association") and a run of its words ("Foods" of "Acme Foods Corp"). One reader for
both stages: the actor stage gives a name's initials to the names it resolves, and the event stage asks which
body named before a short form stands for when the form is the subject of what is said ("The NWMA charged
that ...", "Foods is asking ...") and the actor stage knew it for no name.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..model import Document, Mention
from .gazetteer import gazetteer

MIN_ACRONYM = 3  # letters of initials that stand for a body without its name set beside them
# Twelve of these words repeat the gazetteer's organisation words; they are not read from there because that list
# holds 174 words ("agency", "airlines", "board" ...), and taking all of them would change which short forms stand.
GENERIC = frozenset({"international", "national", "american", "general", "united", "first", "new", "corp",
                     "corporation", "inc", "co", "company", "group", "bank", "association", "holdings", "ltd",
                     "plc", "industries", "the", "of", "and"})  # words a short form of no one body can be


def initials(name: str, g) -> list[str]:
    """The abbreviations a name may go by: "American Motors Corp" -> AMC, AM; "General Motors" -> GM;
    "British Petroleum Co Plc" -> BP."""
    words = [word for word in name.split() if word[:1].isupper()]
    if len(words) < 2:
        return []
    core = [word for word in words if word not in g.organization_words or word is words[0]]
    named = [word for word in words if word not in g.legal_forms]
    forms = {"".join(word[0] for word in words), "".join(word[0] for word in core),
             "".join(word[0] for word in named)}
    return sorted(form for form in forms if len(form) >= 2)


def stands_for(short: list[str], full: list[str], g) -> bool:
    """Whether the words `short` are a short form of the name `full`: its initials, or their tail after one
    letter ("NWMA" of "U.S. National Widget Makers Association"), or a run of its words that are not all generic
    ("Foods" of "Acme Foods Corp", not "Corp"), or initials joined by "and" ("S and P" of "Standard and Poor's
    Corp")."""
    if "and" in short[1:-1] and all(word == "and" or word.isupper() and word.isalpha() for word in short):
        return _joined_initials(short, full, g)
    if len(short) >= len(full):
        return False
    if len(short) == 1 and short[0].isupper() and len(short[0]) >= MIN_ACRONYM:
        return any(form.endswith(short[0]) and len(form) - len(short[0]) <= 1
                   for form in initials(" ".join(full), g))
    if all(word.lower() in GENERIC for word in short):
        return False
    return any(full[k:k + len(short)] == short for k in range(len(full) - len(short) + 1))


def shortened(short: list[str], full: list[str], g) -> bool:
    """Whether `short` is `full` written shorter: its initials ("RSE"), or its first and last words with some
    between left out ("the Ruritania Exchange" of "Ruritania Stock Exchange"). Not any run of its words: "Acme"
    of "Acme Canada" is as often the parent company as the unit's short name."""
    if len(short) == 1 and short[0].isupper():
        return stands_for(short, full, g)
    if not 2 <= len(short) < len(full) or short[0] != full[0] or short[-1] != full[-1]:
        return False
    rest = iter(full[1:-1])
    return all(word in rest for word in short[1:-1])


def _joined_initials(short: list[str], full: list[str], g) -> bool:
    """Whether initials joined by "and" ("S and P", "AT and T") are those of the name's parts that "and" joins
    ("Standard and Poor's Corp", "American Telephone and Telegraph Co"), its legal form aside."""
    parts = " ".join(g.without_legal_forms(full)).split(" and ")
    letters = " ".join(short).split(" and ")
    return len(parts) == len(letters) >= 2 and all(
        letter.isupper() and letter == "".join(word[0] for word in part.split())
        for letter, part in zip(letters, parts))


def second_word(name: list[str], g) -> str | None:
    """The short form a company's name of two words (its legal form aside) may go by, its second ("Multifoods"
    of "International Multifoods Corp"); None when the first is a given name ("Jane Doe Inc" is named after a
    person, whom "Doe" names) or the name has more or fewer words."""
    words = g.without_legal_forms(name)
    return words[1] if len(words) == 2 and words[0] not in g.given_names else None


def body_named_before(doc: Document, start: int, end: int) -> Mention | None:
    """The organisation named in full before `start` that the capitalised words at `start`..`end` stand for, as
    a mention of it there; None when they are a name the actor stage knows, when no body named before fits
    them, or when two do."""
    if any(m.start < end and start < m.end for m in doc.mentions):
        return None
    text = doc.text[start:end]
    short = text.split()
    if len(short) == 1 and short[0].endswith("s") and re.search(rf"\b{re.escape(short[0].lower())}\b", doc.text):
        return None  # "Dealers said": people of a kind the article writes in lower case, not the body they name
    g = gazetteer()
    fits = {m.actor: m for m in doc.mentions if m.type == "organization" and m.end <= start and
            stands_for(short, m.text.split(), g)}
    if len(fits) != 1:
        return None
    return replace(next(iter(fits.values())), start=start, end=end, text=text)

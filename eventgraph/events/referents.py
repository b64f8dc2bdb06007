"""How a phrase names an actor again without its name: a pronoun, a bare or short name, a name without
its legal form."""

from __future__ import annotations

import re
from functools import lru_cache

from ..model import Mention
from ..actors.gazetteer import gazetteer
from ..actors.sexes import given_name_pronoun
from . import titles, triggers
from .lexicon import staff, title_words
from .text import COORDINATORS, SUBORDINATORS
from .verb_roles import HOLDINGS


def unnamed(complement: str, sources: list[Mention], said: bool) -> str | None:
    """A title names each actor once: what a body says of itself reads "it" ("Ecuador says it owes ..."), what a
    person says of himself "he" when his given name tells his sex ("Jan Novak says he will resign"), and a doer's
    name inside its own object goes ("discusses the announcement"). A name inside a longer name stays: "Acme"
    of "Acme Hong Kong" is another company."""
    given = complement
    for mention in sources:
        for name in sorted({mention.name or mention.text, mention.text}, key=lambda name: (-len(name), name)):
            if said and mention.type != "person":
                if _may_occur(name, complement):
                    complement = _named(name).sub(lambda match: _alone(match, "it"), complement, count=1)
                    # "the bid by his Acme" is "the bid by it"; a name that qualified a noun leaves no gap
                    complement = " ".join(_OWNED_IT.sub("it", complement).split())
                    complement = _OWNER_OF_IT.sub(_owner_before, complement)
            elif said:
                pronoun = given_name_pronoun(mention.name or mention.text)
                if pronoun and name[:1].isupper() and _may_occur(name.split()[-1], complement):
                    complement = _subject(name).sub(lambda match: _alone(match, pronoun), complement, count=1)
            else:
                if _may_occur(name, complement):
                    complement = _agreed(_bare(name).sub(lambda match: _alone(match, "") or _GAP, complement))
                complement = complement.strip()
    if not said and complement and complement != given and all(word.lower() in title_words() or word in ("and", ",")
                                       for word in complement.replace(",", " , ").split()):
        return None  # "A and B meet President": the partners' titles without their names
    return complement or None


_PAIRING = ("-", "/", "–")  # what joins two names into one: "U.S.-Japan", "U.S./Japan"
_OWNED_IT = re.compile(r"\b(?:his|her|its|their|our)\s+it\b(?!['’])", re.I)
# "the board of directors of it": a part of the speaker that a phrase names last reads as the speaker's own
_OWNER_OF_IT = re.compile(r"\bthe ((\w+)(?: of \w+)?) of it$")


def _owner_before(match: re.Match) -> str:
    return f"its {match.group(1)}" if match.group(2) in _OWNED_PARTS or match.group(2) in staff() else match.group(0)


_GAP = "\x00"  # where a name went
# a lower-case word whose first letter tells its sound ("a U.S.", "a union", "an hour" stay as they are)
_ARTICLE_BEFORE_GAP = re.compile(rf"\b([Aa]n?) {_GAP}(?=([a-gi-tv-z]))")


def _agreed(complement: str) -> str:
    """The article before a name that went agrees with the word that now follows it: "attend an ADB meeting" reads
    "attend a meeting", not "an meeting"."""
    def article(match: re.Match) -> str:
        agreed = "an" if match.group(2) in "aeio" else "a"
        return (agreed.capitalize() if match.group(1).istitle() else agreed) + " "
    return _ARTICLE_BEFORE_GAP.sub(article, complement).replace(_GAP, "")


def _alone(match: re.Match, replacement: str) -> str:
    """`replacement` for a name that stands alone, the name itself where a capital word carries it on or a
    possessive stands before it ("its Acme unit"). A company's own possessive reads "its", never "it's". A name
    that goes leaves its title too ("Ruritania President" is no other name). A name joined to another by a hyphen
    or a slash stays: "the Japan-U.S. trade plan", "a joint U.S./Japan study" name a pair as one."""
    if match.string[match.end():match.end() + 1] in _PAIRING or match.string[max(0, match.start() - 1):match.start()] \
            in _PAIRING:
        return match.group(0)
    after = match.string[match.end():].lstrip()
    before = match.string[:match.start()].split()[-1:]
    carried = after[:1].isupper() and not (not replacement and after.split()[0].lower() in title_words())
    owned = replacement and before and before[0].lower() in titles.POSSESSIVES and after[:1].isalpha()
    if carried or owned:
        return match.group(0)
    part = after.split()[0].lower().strip(",.") if after else ""
    if replacement == "it" and not match.group(0).lower().startswith("the ") and \
            not match.group(0).endswith(("'s", "’s")) and part not in _OWNED_PARTS and part not in staff():
        if _in_longer_name(before[0] if before else ""):
            return match.group(0)
        if _qualifying(before[0] if before else "", after.split()[0] if after else ""):
            return ""  # "a court", not "a it court" nor the speaker's name again
    # "the U.S. economy": a name after "the" and before a noun, not a verb, is its owner
    modifier = match.group(0).lower().startswith("the ") and after[:1].islower() and part.isalpha() and \
        not titles.finite(part) and not (part.endswith("s") and not part.endswith("ss"))
    # "says Acme unit to sell", "Acme branches accept": a body's name before a noun of what it owns is its owner
    return "its" if replacement == "it" and (match.group(0).endswith(("'s", "’s")) or part in _OWNED_PARTS or
                                             part in staff() or modifier or _compound_modifier(part)) else replacement


def _compound_modifier(word: str) -> bool:
    """Whether a word after a body's name is a lower-case compound that qualifies the noun after it, which makes
    the name that noun's owner: "holders of Acme fully-paid shares", "Acme long-term debt rose". A verb's prefix
    makes a verb of its own: "Acme re-elected its chairman"."""
    parts = word.split("-")
    return len(parts) > 1 and all(part.isalpha() and part.islower() for part in parts) and \
        parts[0] not in _VERB_PREFIXES


_VERB_PREFIXES = frozenset({"re", "co", "pre", "de", "mis", "out", "over", "under", "up", "down", "cross"})


def _in_longer_name(before: str) -> bool:
    """Whether a name is the end of a longer name, after a capital word of it: "the Swiss National Bank"."""
    return before[:1].isupper() and before[-1:].isalnum() and not before.endswith(("'s", "’s")) and \
        before.lower() not in _FUNCTION_WORDS


def _qualifying(before: str, after: str) -> bool:
    """Whether a name qualifies a noun, where no "it" can stand: after an article or a figure ("a Ruritania team",
    "300 mln Ruritania francs"), or opening its clause before a common noun ("Ruritania wool output"). A singular
    subject's verb ends in "s" or "ed", or is an auxiliary, a past form or a verb of the lexicon; an adverb after it
    ends in "ly" or is a listed one. After a verb, "it" may stand before a bare verb or an article ("helps it
    compete", "gives it the right")."""
    if before in _COUNTING or before.replace(",", "").isdigit() or before in triggers.SPELLED_NUMBERS - {"one"}:
        return True
    return (not before or before.lower() in SUBORDINATORS | COORDINATORS) and after.isalpha() and after.islower() and \
        len(after) > 2 and not after.endswith(("s", "ed", "ly")) and not titles.finite(after) and \
        after not in _FOLLOWING_SUBJECT


_COUNTING = frozenset({"a", "an", "each", "every", "mln", "billion", "million", "thousand"})
_FUNCTION_WORDS = triggers.PREPOSITIONS | triggers.DETERMINERS | COORDINATORS | SUBORDINATORS  # "U.S. And Acme"
# Words other than verbs that follow a subject: "Acme also agreed", "Acme alone", "Acme and Zorbex", "Acme, which"
_FOLLOWING_SUBJECT = (triggers.PREPOSITIONS | triggers.MODALS | triggers.NEGATIONS | COORDINATORS | SUBORDINATORS |
                      titles.ADVERBS | triggers.EARLIER | {"as", "than", "alone", "itself", "too", "next", "now",
                                                           "then", "soon", "yet", "even", "just", "only", "ever",
                                                           "first", "ago", "together", "again"})


_AMOUNTS = frozenset({"share", "stake", "stakes", "pct", "percent", "interest", "control", "rest", "remainder",
                      "balance", "majority", "holding", "holdings"})  # holdings told by how much of them: "Acme
# stake" is a stake in Acme, not Acme's
_OWNED_PARTS = HOLDINGS - _AMOUNTS | {
    "subsidiaries", "branch", "branches", "divisions", "affiliate", "affiliates", "shareholders", "stockholders",
    "board", "directors", "management", "executives", "officials", "plant", "plants", "earnings", "profits", "sales",
    "revenues", "offices", "bonds", "debt"}


@lru_cache(maxsize=1024)
def _subject(name: str) -> re.Pattern:
    """A person's name, whole or its last word, opening a clause as the subject its verb follows ("Novak will
    resign"; not "Novak of Acme will resign", whose "he of Acme" would read worse than the name twice)."""
    names = "|".join(re.escape(part) for part in dict.fromkeys((name, name.split()[-1])))
    joining = "|".join(sorted(titles.DANGLING | {"who", "whose", "which"}))
    return re.compile(rf"^(?:{names})\b(?=\s+(?!(?:{joining})\b)[a-z])")


# Letters that only ASCII letters match, even ignoring case: "i", "k" and "s" also match "ı", "İ", "K", "ſ".
_MATCHED_BY_NON_ASCII = re.compile(r"[^\x00-\x7f]|[iksIKS]")


def _may_occur(name: str, text: str) -> bool:
    """False when `name` cannot occur in `text` ignoring case, as `re.I` reads it: some run of the name's letters
    that only ASCII matches is not in the text. Most names are not in the phrase, and a pattern of a name costs
    more to compile than to match."""
    folded = text.lower()
    return all(run.lower() in folded for run in _MATCHED_BY_NON_ASCII.split(name))


@lru_cache(maxsize=1024)
def _named(name: str) -> re.Pattern:
    return re.compile(rf"(?:\bthe\s+)?\b{re.escape(name)}\b{_legal_form()}(?:\s*<[^>]*>)?(?:['’]s\b)?", re.I)


@lru_cache(maxsize=1024)
def _bare(name: str) -> re.Pattern:
    return re.compile(rf"\b{re.escape(name)}\b{_legal_form()}(?:\s*<[^>]*>)?\s*", re.I)


@lru_cache(maxsize=1)
def _legal_form() -> str:
    """The legal form a company's name may carry in the text but not in its mention ("Acme Pacific Ltd"): it goes
    with the name, never left behind as a word of another name."""
    forms = "|".join(sorted({re.escape(form.rstrip(".")) for form in gazetteer().legal_forms},
                                key=lambda form: (-len(form), form)))
    return rf"(?:,?\s+(?-i:{forms})\b\.?)*"

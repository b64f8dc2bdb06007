"""Where a deed took place, as its report names it: repeated deeds of one kind are told apart by their places.

"Strikes in Velka Lhota" and "workers on strike in Port Marin", "an attack east of the town of Nova Ostra" and "an
attack on a peak in Ruritania" are different instances of a kind of deed, however alike their doers and dates. A
place is a capitalised name that a preposition of place opens ("in", "at", "near", "east of", "the town of", "off
the coast of") in the words after the trigger, within its clause, or a part of a country or of a war that a
direction names ("in northeast Ruritania", "on the northern front", "in the south of the country"). A name's words
are one key, so that "Port Marin" and "Port Ostra" are two places, not one by their shared "Port"; commas part
names ("in Port Marin, Ruritania"). A name that an actor mention of a country or place covers counts as that actor
(a capital stays a city of its country), so that two names of one actor are one place; a person or a body is not
where a deed took place. A name followed by a noun modifies it and is no place ("in the Marin port plan"), unless
the noun names a kind of place ("in the Marin port area", "in Ostra province") or a comma ends it ("in Port Marin,
the union said").

A place is kept as its country, its direction and its name, any of them unknown ("ruritania//", "ruritania/north/",
"/north/", "ruritania//port marin"); a name the gazetteer lacks lies in one of the countries its article names
("ostravia|ruritania//velka lhota", "//velka lhota" when it names none), and a demonym names no place ("near the
Ruritanian border"). Two places may be one when nothing known of them differs: a
country holds any place not known to lie in another ("near Nova Ostra" is no conflict with "in Ruritania"), two
directions that share a point of the compass may overlap ("the northern front", "northeast Ruritania"); two names,
or a name and a direction, are two places, as the reports of one happening would name the same one.
"""

from __future__ import annotations

import re

from .. import reporting
from ..actors.gazetteer import DEMONYM, SEAT, gazetteer
from ..model import Document, EventMention

REACH = 120  # characters after the trigger a place of its clause is looked for in
_PLACE = re.compile(r"\b(?:in|at|near|outside|around|off|(?:north|south|east|west)(?:-?(?:east|west))?\s+of|"
                    r"(?:town|city|village|port|province|region|state|republic|area|coast|shores?)\s+of)\s+"
                    r"(?:the\s+)?((?:[A-Z][\w'.-]*(?:,?\s+|$))+)")
_POINT = r"(?:north|south)(?:-?(?:east|west))?|east|west"
# a part of a country or of a war that a direction names: "in northeast Ruritania", "on the northern front", "in the
# south of the country", "on the Velka war southern front", "in the north-west area of the war front"
_PARTS = r"(?:war\s+)?(?:front|part|parts|region|regions|area|areas|sector|provinces|districts|flank|border|coast)"
_DIRECTION = re.compile(
    rf"\b(?:in|on|along|across|at|into|from|of|throughout)\s+(?:"
    rf"(?:the\s+)?(?P<point>{_POINT})(?:ern)?\s+(?P<country>[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*)*)|"
    rf"the\s+(?:(?:[A-Z][\w'.-]*|war)\s+)*(?:(?P<side>{_POINT})(?=[\s,.;]|$)|"
    rf"(?P<adjective>{_POINT})ern\b(?=\s+{_PARTS}\b))"
    rf"(?:\s+{_PARTS})?(?:\s+of\s+(?:the\s+country|(?P<of>[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*)*)))?)")
_PLACE_TYPES = frozenset({"country", "location"})  # a person or a body named there is no place ("talks at the IMF")
_NONE: frozenset[str] = frozenset()
_NAME = re.compile(r"[^,]+")
_WORD = re.compile(r"[A-Z][\w'.-]*")
# where the clause of the trigger ends: a quotation, a speaker, or a clause of another happening ("after talks in
# Port Marin failed")
_CLAUSE_END = re.compile(rf"[;:()\"]|\b(?:{reporting.alternation(reporting.tensed())}|according|after|before|while|"
                         r"when|whereas|but|and\s+(?:then|later))\b")
# small words that may follow a place's name; any other word in lower case, unless a comma parts it from the name,
# makes the name modify a noun
_GO_ON = frozenset("""and or on in at to for of with by from near where which who during over as since last this
yesterday today early late overnight""".split())
# nouns of a kind of place: a name before one is still the place ("in Ostra province", "the Marin port area")
_PLACE_NOUNS = frozenset("""area areas region province state district county island islands valley mountains
sector zone port harbour harbor border front coast""".split())
_NOT_PLACES = frozenset("""January February March April May June July August September October November December
Monday Tuesday Wednesday Thursday Friday Saturday Sunday The A An His Her Its Their This That These""".split())


def places(doc: Document, mention: EventMention) -> frozenset[str]:
    """The places the clause of the mention's trigger names, each "country/direction/name" (see the module)."""
    end = min(doc.sentences[mention.sentence].end, mention.trigger_end + REACH)
    window = doc.text[mention.trigger_end:end]
    if _PLACE.search(window) is None and _DIRECTION.search(window) is None:
        return _NONE  # most clauses name no place: asked first, as every deed of a corpus is asked
    if (stop := _CLAUSE_END.search(window)) is not None:
        window = window[:stop.start()]
    found: set[str] = set()
    for match in _PLACE.finditer(window):
        if _modifies(window[match.end(1):]) and not match.group(1).rstrip().endswith(","):
            continue
        for name in _NAME.finditer(match.group(1)):
            if (place := _place(doc, mention.trigger_end + match.start(1) + name.start(), name.group())) is not None:
                found.add(place)
    for match in _DIRECTION.finditer(window):
        found |= _part(doc, mention.trigger_end, match)
    return frozenset(found)


def _modifies(rest: str) -> bool:
    """Whether the words after a name make it modify a noun: a word in lower case, past nouns of a kind of place."""
    for word in rest.split(maxsplit=3):
        if not word[0].islower() or word.rstrip(",.") in _GO_ON:
            return False
        if word.rstrip(",.") not in _PLACE_NOUNS:
            return True
        if word[-1] in ",.":
            return False
    return False


def _part(doc: Document, offset: int, match: re.Match) -> set[str]:
    """The part of a country a direction names: "northeast Ruritania" is Ruritania's north-east; "the north of Port
    Marin" is Port Marin, a name being the nearer place; "the northern front" is a north of no country named."""
    point = (match.group("point") or match.group("side") or match.group("adjective")).lower().replace("-", "")
    group = "country" if match.group("country") else "of"
    if match.group(group) is None:
        return {f"/{point}/"}
    place = _place(doc, offset + match.start(group), match.group(group).split(",")[0])
    if place is None:
        return set()
    country, _, name = place.split("/")
    return {place} if name or not country else {f"{country}/{point}/"}


def _place(doc: Document, at: int, name: str) -> str | None:
    """The place a name at `at` stands for: the actor a mention of it is (a capital, as a city of its country), or
    its words; None if it is none."""
    words = list(_WORD.finditer(name))
    covering = next((m for m in doc.mentions for word in words if m.start <= at + word.start() < m.end), None)
    if covering is not None:
        if covering.type not in _PLACE_TYPES:
            return None
        entry = gazetteer().forms.get(covering.text)
        if entry is not None and entry.role == DEMONYM:
            return None  # "near the Ruritanian border" names no place of its own
        if covering.type == "country" and entry is not None and entry.role == SEAT:
            return f"{covering.actor}//{covering.text.lower()}"
        return f"{covering.actor}//" if covering.type == "country" else f"//{covering.actor}"
    kept = [word for word in (word.group().rstrip(".") for word in words) if word not in _NOT_PLACES]
    if not kept or (entry := gazetteer().forms.get(" ".join(kept))) is not None and entry.role == DEMONYM:
        return None
    # a name the gazetteer lacks lies in one of the countries its article names, if any: "Nova Ostra" in an article
    # naming Ruritania alone is no place of Ostravia
    countries = "|".join(sorted({m.actor for m in doc.mentions if m.type == "country"}))
    return f"{countries}//{' '.join(kept).lower()}"


def apart(ones: frozenset[str], others: frozenset[str]) -> bool:
    """Whether two sets of places, both named, share no place that may be one: a set's countries count only when it
    names nothing narrower ("Port Marin, Ruritania" is Port Marin)."""
    if not ones or not others:
        return False
    return not any(_may_be_one(one, other) for one in _narrowest(ones) for other in _narrowest(others))


def named_alike(ones: frozenset[str], others: frozenset[str]) -> bool:
    """Whether two sets of places name one place alike, whichever countries each article names."""
    return bool({_unlisted(place) for place in ones} & {_unlisted(place) for place in others})


def _unlisted(place: str) -> str:
    country, point, name = place.split("/")
    return f"/{point}/{name}" if name else place


def _narrowest(found: frozenset[str]) -> list[tuple[str, ...]]:
    parts = [tuple(place.split("/")) for place in found]
    narrower = [part for part in parts if part[1] or part[2]]
    return narrower or parts


def _may_be_one(one: tuple[str, ...], other: tuple[str, ...]) -> bool:
    (country, point, name), (other_country, other_point, other_name) = one, other
    if country and other_country and set(country.split("|")).isdisjoint(other_country.split("|")):
        return False
    if name or other_name:
        return name == other_name or not (point or name) or not (other_point or other_name)
    if point and other_point:
        return _shares_a_point(point, other_point)
    return True


def _shares_a_point(one: str, other: str) -> bool:
    """"north" and "northeast" overlap, "northeast" and "northwest" both lie north, "north" and "south" do not."""
    return bool({word for word in ("north", "south", "east", "west") if word in one} &
                {word for word in ("north", "south", "east", "west") if word in other})

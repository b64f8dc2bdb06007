"""Short headline-like titles made from actors, the trigger's headline verb and its object.

"Chile and Peru sign Treaty on Maritime Boundaries", "Japan expresses concern", "Yugoslavia
collapses"; with no actor, the object and the verb's participle: "1979 treaty signed".
"""

from __future__ import annotations

from .lexicon import past, third_person

_PARTICIPLES = {"hold": "held", "meet": "met", "make": "made", "take": "taken", "go": "gone", "strike": "struck",
                "withdraw": "withdrawn", "cut": "cut", "send": "sent", "say": "said", "shoot": "shot", "hit": "hit",
                "set": "set", "put": "put", "shut": "shut", "sell": "sold", "buy": "bought", "win": "won",
                "lose": "lost", "give": "given", "begin": "begun", "break": "broken", "bring": "brought",
                "fight": "fought", "lead": "led", "pay": "paid", "quit": "quit", "spend": "spent",
                "steal": "stolen", "tell": "told", "throw": "thrown"}  # the irregular ones; `past` makes the rest
MAX_NAMES = 3
DEMONSTRATIVES = frozenset({"that", "this", "these", "those"})


def join(names: list[str]) -> str:
    names = names[:MAX_NAMES]
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def compose(sources: list[str], headline: str, complement: str | None, infinitive: bool = False,
            plural: bool = False, modality: str = "asserted", reporter: str | None = None) -> str:
    """`complement` is the object phrase, or the target actors' names; `infinitive` when it is what the verb
    leads to ("offer to" + "buy the company"); `plural` when the one source is a plural noun ("marines").
    A planned happening reads "X to sign ...", as headlines write the future; an attributed one says who
    reports it ("..., Y says") or that it is reported ("X reportedly signs")."""
    verb, _, rest = headline.partition(" ")
    tail = " ".join(part for part in (rest, "to" if infinitive and complement else "", complement or "") if part)
    if sources:
        conjugated = third_person(verb) if len(sources) == 1 and not plural else verb
        if modality == "planned":
            conjugated = f"to {verb}"
        elif modality == "attributed" and not reporter:
            conjugated = f"reportedly {conjugated}"
        title = " ".join(part for part in (join(sources), conjugated, tail) if part)
        title = title[:1].upper() + title[1:]
        return f"{title}, {reporter} says" if modality == "attributed" and reporter else title
    elif complement and infinitive:
        title = f"{'an' if verb[:1] in 'aeiou' else 'a'} {verb} {tail}"  # "An offer to buy the company"
    elif complement:
        first, _, others = complement.partition(" ")
        if first.lower() in DEMONSTRATIVES and others:
            complement = f"the {others}"  # "That incident investigated" opens with a pronoun's word
        title = f"{complement} {_participle(verb)}" + (f" {rest}" if rest else "")
    else:
        title = headline
    return mark(title[:1].upper() + title[1:], modality, reporter)


def mark(title: str, modality: str, reporter: str | None) -> str:
    """A title without a doer says that its happening is planned or only reported."""
    if modality == "planned":
        return f"{title} (planned)"
    if modality == "attributed":
        return f"{title}, {reporter} says" if reporter else f"{title} (reported)"
    return title


def _participle(verb: str) -> str:
    return _PARTICIPLES.get(verb) or past(verb)

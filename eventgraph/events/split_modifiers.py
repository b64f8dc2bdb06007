"""A noun's two modifiers the parser splits at the comma between them: "signed a two-year, 8 mln dlr agreement with
Acme", "obtained a five year, 100 mln dlr loan from Acme".

"a" or "an", a number and a singular noun can only be a modifier ("a two-year agreement"): English writes "two years"
for the noun. When such a phrase is followed by a comma and a run of numbers, nouns and adjectives, the run's last
noun is the head of the whole phrase. The parser, which takes the comma for a phrase's end, makes the measure the
verb's object (or a time) and hangs the rest on it or on the verb as an aside, so the agreement and its partner
("with Acme") fall out of the verb's frame, and its title stops at "signs a two-year".
"""

from __future__ import annotations

from .parse_words import pos
from .triggers import AMOUNT_WORDS

INDEFINITE = frozenset({"a", "an"})
RUN_TAGS = frozenset({"CD", "NN", "NNS", "NNP", "JJ", "HYPH"})  # what the run after the comma holds: "8 mln dlr"
HEAD_TAGS = frozenset({"NN", "NNS"})


def join_split_modifiers(parsed) -> None:
    """Make the noun after each such comma the head of the phrase the measure opens (in place)."""
    for comma in parsed:
        if comma.text != "," or comma.i < 3 or comma.i + 2 >= len(parsed):
            continue
        measure = parsed[comma.i - 1]
        article = _indefinite_article(measure)
        head = _run_head(parsed, comma.i + 1)
        holder = measure.head
        if article is None or head is None or holder.i >= measure.i or any(t.i == holder.i for t in head.subtree):
            continue  # no measure, no noun after it, or the parser already read the phrase whole
        run = range(comma.i + 1, head.i)
        followers = [t for t in parsed[head.i + 1:] if t.head.i in run]  # "from Acme" hung on a word of the run
        head.dep_ = "obj" if measure.dep_.startswith("obl") and pos(holder) == "VERB" else measure.dep_
        head.head = holder
        for token in parsed[comma.i + 1:head.i]:
            if token.head.i not in run:
                token.head = head
        for token in followers:
            token.head = head
        measure.head, measure.dep_ = head, "amod"
        article.head = head
        comma.head = head


def _indefinite_article(measure):
    """The "a" that opens `measure`'s phrase when it is a number and a singular noun ("a two-year", "an 18 month");
    None else."""
    if measure.tag_ != "NN":
        return None
    article = next((child for child in measure.children if child.dep_ == "det" and child.i < measure.i), None)
    numbered = any(child.dep_ == "nummod" and child.i < measure.i for child in measure.children)
    return article if numbered and article is not None and article.lower_ in INDEFINITE else None


def _run_head(parsed, first: int):
    """The last word of the run of numbers, nouns and adjectives (hyphens inside) that opens at `first`, when it is
    a common noun the run holds more than: "8 mln dlr agreement" gives "agreement"."""
    last = first - 1
    while last + 1 < len(parsed) and (parsed[last + 1].tag_ in RUN_TAGS or parsed[last + 1].lower_ in AMOUNT_WORDS):
        last += 1  # a currency's singular the parser took for a verb is the amount's: "8 mln dlr | agreement"
    if last <= first or parsed[last].tag_ not in HEAD_TAGS:
        return None
    return parsed[last]

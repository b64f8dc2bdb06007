"""A deed the parser joins to the wrong clause: "Acme said it would sue and threatened Widget with sanctions".

After a reporting verb's clause, "and" (or "but") with a past-tense verb that names no subject of its own can join the
reported clause's verb ("said prices rose and fell") or the reporting verb itself ("said ... and urged"). Tense
tells them apart: a past form cannot share a modal ("would sue and threatened"), an infinitive or a present
tense ("hurts trade and urged"), so it joins the reporting verb, which is past: the speaker did a second deed. Not
so after a perfect: "have pledged and expressed" shares "have", the past form being its participle too. The
parser, which reads the nearest verb as the conjunct's head, would make it part of what was said, done by the
reported clause's subject.
"""

from __future__ import annotations

from .lexicon import saying
from .triggers import PERFECT

REPORTED = ("ccomp", "parataxis")  # how a reported clause hangs from its reporting verb
INNER = ("advcl", "xcomp")  # a clause inside the reported one ("could do little to help")
UNSHARED = frozenset({"VB", "VBP", "VBZ"})  # forms whose clause a bare past conjunct cannot be part of
OWN_WORDS = frozenset({"nsubj", "nsubj:pass", "aux", "aux:pass", "expl"})  # a conjunct with these is a clause
# of its own, whatever its head


def rejoin_deeds(parsed) -> None:
    """Make each past conjunct the reported clause's tense refuses a conjunct of the reporting verb (in place)."""
    for token in parsed:
        if token.dep_ != "conj" or token.tag_ != "VBD":
            continue
        head = token.head
        if head.i >= token.i or \
                any(child.dep_ in OWN_WORDS for child in token.children) or \
                not any(child.dep_ == "cc" for child in token.children) or not head.tag_.startswith("VB"):
            continue  # past a comma only ("a view echoed by its creditors"), or after an adjective ("tough and
            # protracted"): a participle, not a deed
        while head.dep_ in INNER and _unshared(head):  # "could do little to help and urged": nor can "to help"
            head = head.head
        speaker = head.head
        if head.dep_ in REPORTED and _unshared(head) and speaker.tag_ == "VBD" and saying(speaker.text):
            token.head = speaker


def _unshared(verb) -> bool:
    """Whether a past conjunct cannot share the verb's clause: its tense is a modal's, an infinitive's or a
    present, and no perfect auxiliary makes the conjunct its participle."""
    return _tense(verb) in UNSHARED and not any(child.dep_ == "aux" and child.lower_ in PERFECT
                                                for child in verb.children)


def _tense(verb) -> str:
    """The tag of the word that carries a clause's tense: its auxiliary or copula, else its verb."""
    carrier = next((child for child in verb.children if child.dep_ in ("aux", "aux:pass", "cop")), verb)
    return "VB" if carrier.tag_ == "MD" or carrier.tag_ == "TO" else carrier.tag_

"""A second clause's subject that the parser reads as the last noun of a list: "45 were killed in Ruritania and 23
died in Freedonia", "rebels killed 30 soldiers in Ruritania and troops killed 12 in Freedonia".

A past verb right after "and" and a noun (or a number) that the parser joined to a noun before it is the verb of a
clause of its own, that noun its subject: the parser, reading "Ruritania and 23" as one list, leaves "died" with no
subject and hangs it under the first clause ("23 died" is then no toll), or, with a verb of violence before it,
reads everything after that verb as a clause it reports ("killed [30 soldiers ... and troops killed 12]"), making
the first victims the second killing's doers. A verb of violence takes an object, never a clause, so its object
is given back to it.
"""

from __future__ import annotations

from .lexicon import entries_by_first_word
from .violence import VIOLENT

SUBJECTS = frozenset({"nsubj", "nsubj:pass", "expl"})
JOINERS = frozenset({"and", "while", "but"})
LISTED = frozenset({"CD", "NN", "NNS", "NNP", "NNPS"})  # what a subject right before its verb can be tagged
OBJECTS = frozenset({"obj", "ccomp"})


def split_listed_subjects(parsed) -> None:
    """Give each past verb whose subject the parser listed with the noun before it that subject, and join the
    verb to the clause before it as a conjunct (in place)."""
    for verb in parsed:
        if verb.tag_ != "VBD" or verb.i < 2:
            continue
        subject = parsed[verb.i - 1]
        joiner = next((child for child in subject.children if child.dep_ == "cc"), None)
        first = verb.head
        if subject.dep_ != "conj" or subject.tag_ not in LISTED or joiner is None or \
                joiner.text.lower() not in JOINERS or not first.tag_.startswith("VB") or first.i >= joiner.i:
            continue
        wrong = next((child for child in verb.children if child.dep_ in SUBJECTS), None)
        if wrong is not None and not _given_back(wrong, first, subject):
            continue
        joiner.head = verb
        subject.head, subject.dep_ = verb, "nsubj"
        verb.head, verb.dep_ = first, "conj"


def _given_back(wrong, first, subject) -> bool:
    """Whether the subject the parser gave the verb is the object of the verb of violence before it, which the
    parser made report the verb's clause: it moves back under that verb (in place)."""
    if wrong.i <= first.i or wrong.i >= subject.i or subject not in wrong.subtree or not _violent(first) or \
            any(child.dep_ == "obj" for child in first.children):
        return False
    wrong.head, wrong.dep_ = first, "obj"
    return True


def _violent(verb) -> bool:
    return any(entry.kind == "V" and entry.code[:2] in VIOLENT
               for entry in entries_by_first_word().get(verb.text.lower(), ()))

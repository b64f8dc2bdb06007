"""Deeds a sentence tells beside a statement, not in it.

A reporting verb whose sentence also tells a deed is usually the report of that deed ("Acme said it bought the
mill": the purchase is the happening, the saying only its source), so the sentence stage drops the statement. But a
deed the parse places outside what the verb says is no report of it, and the statement says something of its own:
the deed of a relative clause on the speaker ("Jan Novak, who met the ministers on Monday, said the talks went
well"), of a subordinate clause or a phrase before the verb ("Although Acme signed the pact, its chief said ...",
"At a news conference after the talks, he said ..."), or the
deed whose clause the reporting verb itself qualifies ("Acme dismissed the manager, saying he had misled it",
"the manager was dismissed by Acme, which said it would help the auditors"). Two happenings are then told,
and the sentence keeps both."""

from __future__ import annotations

from .kept import SPEECH
from .parse_words import Aligned, align
from .text import Words
from .triggers import Trigger


CLAUSES = frozenset({"acl", "advcl"})  # clauses a noun phrase or a verb takes, relative ones among them
# ("acl:relcl", and "advcl:relcl" the parser gives a relative clause set off by commas)
FRONTED = frozenset({"advcl", "obl"})  # a clause or a phrase before the reporting verb that sets the scene: "after
# talks with X, he said", "although Acme signed the pact, its chief said", "at a news conference after the meeting"
PARTIES = frozenset({"nsubj", "nsubj:pass", "obl:agent"})  # the deed's doer, whom a relative clause may qualify


def apart(words: Words, statement: Trigger, deeds: list[Trigger], parsed) -> bool:
    """Whether every one of `deeds` (the sentence's kept happenings other than statements) lies outside what the
    reporting verb `statement` says, by the parse `parsed`; False when there are none."""
    if parsed is None or not deeds:
        return False
    aligned = align(parsed, words.offset)
    said = _token(aligned, words, statement)
    if said is None:
        return False
    return all(_outside(said, _token(aligned, words, deed), deed.entry.code[:2] in SPEECH) for deed in deeds)


def _token(aligned: Aligned, words: Words, trigger: Trigger):
    return aligned.head_of(words.starts[trigger.first], words.ends[trigger.last])


def _outside(said, deed, spoken: bool) -> bool:
    """Whether the token `deed` stands in a clause of the subject of the reporting verb `said` or in a subordinate
    clause or a phrase before it, or `said` is an adverbial clause of the deed's verb or a relative clause on its
    doer. A deed that is itself said (`spoken`: an appeal, a threat, a pledge) is only elaborated by the reporting
    verb of its adverbial clause ("called for tax cuts, saying the top rate should fall")."""
    if deed is None:
        return False
    for child in said.children:
        if child.left_edge.i <= deed.i <= child.right_edge.i and (
                child.dep_.startswith("nsubj") and _in_clause(deed, child) or
                child.dep_.partition(":")[0] in FRONTED and child.i < said.i):
            return True
    if said.dep_ == "advcl":
        return not spoken and said.head.i == deed.i and said.i > deed.i
    return said.dep_.endswith("relcl") and said.head.dep_ in PARTIES and said.head.head.i == deed.i


def _in_clause(deed, top) -> bool:
    """Whether the token `deed`, in the phrase of the token `top`, stands in a clause of it: its path up to `top`
    passes a clause's verb ("Jan Novak, who met the ministers", not "the newly privatised group", "Acme, a joint
    venture")."""
    token = deed
    while token.i != top.i:
        if token.dep_.partition(":")[0] in CLAUSES:
            return True
        token = token.head
    return False

"""Whether a planned happening is a plan its own clause tells, which a timeline can list undated.

A clause that sets a happening ahead tells a plan: "will issue a bond", "plans to introduce a bill", "is to visit
Freedonia", "a scheduled visit by the minister", "will hold talks" (a verb that only does the noun's deed). A noun
that a planned clause merely acts on is no plan of its own, and is mostly there already: "will monitor the
company's investigation", "would have to weigh what the lenders ask", "the talks will cover
pensions" (its own verb says what they will do, not that they will be held). Nor is what a clause says may, might,
could or can come ("could threaten a recession", "may be involved in further talks"), what a condition waits on, or
what a hope or a fear that others hold foresees ("raised hopes the central bank will cut rates"). A future in the
writer's own voice that no one is said to tell ("in exchange, Acme will issue new shares") gives the terms or the
outcome of another happening, not a plan of its own: a plan is said, announced, expected or set.

`frame_modality.modality` walks a trigger's clauses once and asks these tests on the way.
"""

from __future__ import annotations

from .parse_words import REPORTING, lemma, lower, pos

DOING = frozenset({"make", "hold", "have", "begin", "start", "conduct", "carry", "stage", "launch", "complete",
                   "end", "continue", "resume", "issue", "grant", "file", "pay", "attend", "join", "open", "initiate",
                   "undertake", "sign", "take", "call", "convene", "go"})  # verbs whose object noun is the deed
# they plan: "will hold talks", "to attend a summit"
POSSIBLE = frozenset({"may", "might", "could", "can", "ca"})  # modals of what may come, not of what is meant to
WEIGHED = frozenset({"possible", "likely", "unlikely", "able"})  # "possible to", "likely to": odds, not a plan
FORESEEING = frozenset({"hope", "hopes", "expectation", "expectations", "speculation", "fear", "fears", "view",
                        "belief", "concern", "concerns", "worry", "worries", "prospect", "prospects"})  # nouns
# whose clause says what someone other than the doer sees coming: "hopes the bank will cut rates"
TELLING = REPORTING | {"announcement", "statement", "pledge", "promise", "decision", "plan"}  # words of telling
# a future: "said it would issue", "its announcement that it would close the plant"
TELLING_REACH = 6  # heads walked up from a clause to a word that tells it


def acted_on(token, verb) -> bool:
    """"will issue a statement on the attack", "will monitor the investigation": a noun a verb of its clause acts
    on, or names in passing, other than by doing the noun's deed."""
    return verb is not token and pos(token) in ("NOUN", "PROPN") and (
        lemma(verb) not in DOING or token.dep_ not in ("obj", "nsubj", "nsubj:pass"))


def foreseen(clause) -> bool:
    """"hopes the bank will cut rates": a clause that a noun of others' foresight takes."""
    return clause.dep_ in ("ccomp", "acl") and clause.head.i != clause.i and lower(clause.head) in FORESEEING


def told(clause, aux: str) -> bool:
    """"said it will issue a bond", "Jan Novak will become chairman, Acme added", "its announcement that it would
    close the plant", "the company, which will appoint a president, said": a future of what is meant to come (not
    of what may) that a word of telling above it, or a reporting clause after it, says."""
    if aux in POSSIBLE:
        return False
    if any(child.dep_ in ("parataxis", "conj") and child.i > clause.i and lemma(child) in REPORTING
           for child in clause.children):
        return True
    current = clause
    for _ in range(TELLING_REACH):
        if current.head.i == current.i:
            return False
        current = current.head
        if lemma(current) in TELLING or lower(current) in TELLING:
            return True
    return False

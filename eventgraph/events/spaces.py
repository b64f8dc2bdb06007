"""A space the parser reads as a word: wire copy is hard-wrapped, and a line that ends in a space leaves two spaces
between its last word and the next line's first once the line break is a space ("signed a contract with
<Acme Corp>" broken after "with"). The tokenizer makes the second space a token of its own, which the parser may
tag as a name and make the head of the phrase after it: the phrase's name then hangs on a blank, and the verb's
object or partner is lost. The word under the blank that heads that phrase takes the blank's place.
"""

from __future__ import annotations

FUNCTION_DEPS = frozenset({"case", "det", "cc", "mark", "punct", "aux", "aux:pass", "cop", "dep"})


def lift_blanks(parsed) -> None:
    """Make the phrase a blank token heads hang on the phrase's own head word (in place)."""
    for blank in parsed:
        if not blank.is_space or blank.head.i == blank.i:
            continue
        heads = [child for child in blank.children if child.i > blank.i and child.dep_ not in FUNCTION_DEPS
                 and not child.is_space]
        if not heads:
            continue
        heir = max(heads, key=lambda child: (len(list(child.subtree)), -child.i))
        heir.head, heir.dep_ = blank.head, blank.dep_
        for child in list(blank.children):
            if child.i != heir.i:
                child.head = heir
        blank.head, blank.dep_ = heir, "dep"

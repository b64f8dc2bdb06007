"""The words of a title between a body and the person who holds it ("Acme senior vice president Jan Novak",
"said Acme analyst Jan Novak"): how many there may be, and the words that qualify a title without being one.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

TITLE_REACH = 4  # words of a title between the body it names and its holder: "Acme senior vice president"
# Words that qualify a title without being one: "bank deputy governor", "union vice president", "former chairman"
TITLE_MODIFIERS = frozenset({"vice", "deputy", "senior", "acting", "former", "executive", "assistant", "chief"})


def title_span(between: Sequence[str], is_title_word: Callable[[str], bool]) -> bool:
    """Whether the words between a body (or a reporting verb) and a person can be a title: one to `TITLE_REACH`
    words, each one `is_title_word` accepts (readers of tokens take "vice-chairman" and "Sen.", readers of plain
    text only letters)."""
    return 0 < len(between) <= TITLE_REACH and all(is_title_word(word) for word in between)

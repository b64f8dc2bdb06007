"""Who spoke: the words around a reporting verb that tell a commentator."""

import pytest

from eventgraph.events import said_by, triggers
from eventgraph.events.text import read


@pytest.mark.parametrize("text, commenting", [
    ("Jan Novak, an analyst with Smith Barney, said Freedonia should cut rates.", True),
    ("Freedonia should cut rates, said one dealer.", True),
    ("Jan Novak, the minister, said the analysts were wrong.", False),
    ("The company said analysts expect a cut.", False),
])
def test_commentators_are_told_by_the_words_around_the_verb(text, commenting):
    words = read(text, 0)
    [said] = [trigger for trigger in triggers.find(words, set(), set()) if trigger.entry.kind == "S"]
    assert said_by._commentator(words, said) is commenting

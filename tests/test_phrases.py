"""The phrases a title is built of: what a verb acts on."""

import pytest

from eventgraph import actors, events, sentences
from eventgraph.model import Document


@pytest.mark.parametrize("text, title", [
    ("Acme Corp said Jane Roe has been named head of its tile unit.", "names Jane Roe"),
    ("It said John Doe has been named president of its retail division.", "John Doe named"),
])
def test_the_reporting_verb_before_a_passive_s_subject_is_no_part_of_what_was_acted_on(text, title):
    article = Document(id="a", path="a.txt", text=text, published="2024-05-02", body=[(0, len(text))])
    [appointed] = events.annotate(actors.annotate(sentences.annotate(article))).event_mentions
    assert title in appointed.title and "said" not in appointed.title

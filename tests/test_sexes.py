"""A person's sex as the article tells it: a courtesy title or a noun of one sex by the name, or the pronoun of
what the person is reported to say."""

import pytest

from eventgraph.actors import sexes

from .test_events import doc


@pytest.mark.parametrize("text, called", [
    ("Mrs Sue Smith arrived in Freedonia.", "she"),
    ("Acme spokeswoman Sue Smith arrived in Freedonia.", "she"),
    ("Sue Smith, a businesswoman from Ruritania, arrived in Freedonia.", "she"),
    ("Sue Smith said she would stay in Freedonia.", "she"),
    ("Mr. Jan Novak arrived in Freedonia.", "he"),
    ("Jan Novak told reporters he would stay in Freedonia.", "he"),
    ("Mr Sue Smith arrived in Freedonia. Sue Smith said she would stay.", None),
    # where the article tells nothing, the given name does: never "him" or "he" of another, nor a noun not hers
    ("Sue Smith arrived in Freedonia.", "she"),
    ("Sue Smith told him he would stay in Freedonia.", "she"),
    ("The spokesman said Sue Smith would stay in Freedonia.", "she"),
    ("Sue Smith, whose husband arrived in Freedonia, would stay.", "she"),
    ("Jan Novak arrived in Freedonia.", "he"),
    ("Mr Sue Smith arrived in Freedonia.", "he"),
])
def test_the_sex_of_a_person_is_what_the_article_tells(text, called):
    document = doc(text)
    assert sexes.called(document, "sue-smith" if "Sue" in text else "jan-novak") == called


@pytest.mark.parametrize("name, called", [
    ("John Smith", "he"),
    ("Sue Smith", "she"),
    ("Kim Lee", None),
    ("Symms", None),
    ("JOHN SMITH", None),
])
def test_a_title_reads_the_sex_a_given_name_tells_for_sure_and_no_other(name, called):
    assert sexes.given_name_pronoun(name) == called

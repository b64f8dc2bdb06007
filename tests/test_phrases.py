"""The phrases a title is built of: what a verb acts on."""

import pytest

from eventgraph import actors, events, sentences, temporal
from eventgraph.model import Document


@pytest.mark.parametrize("text, title", [
    ("Acme Corp said Jane Roe has been named head of its tile unit.", "names Jane Roe"),
    ("It said John Doe has been named president of its retail division.", "John Doe named"),
])
def test_the_reporting_verb_before_a_passive_s_subject_is_no_part_of_what_was_acted_on(text, title):
    article = Document(id="a", path="a.txt", text=text, published="2024-05-02", body=[(0, len(text))])
    [appointed] = events.annotate(actors.annotate(sentences.annotate(article))).event_mentions
    assert title in appointed.title and "said" not in appointed.title


@pytest.mark.parametrize("text, title", [
    ("Acme Corp said Jane Roe has been named head of its tile unit, replacing John Doe.",
     "Acme Corporation names Jane Roe head of its tile unit"),
    ("Acme Corp said Jane Roe was appointed chairman and chief executive officer.",
     "Acme Corporation appoints Jane Roe chairman and chief executive officer"),
    ("It said John Doe has been named president of its retail division.",
     "John Doe named president of its retail division"),
    ("Acme Corp said Jane Roe was also named Chairman of the Board.",
     "Acme Corporation names Jane Roe Chairman of the Board"),  # the adverb is no part of the subject
    ("Acme chairman John Doe was named in the suit.", "Acme chairman John Doe named in the suit"),
    ("Acme Corp said Widget vice president Jan Novak was elected chairman of its board.",
     "Acme Corporation elects Widget vice president Jan Novak chairman of its board"),  # the post before the name
    ("Acme Corp said Acme vice president Jan Novak has been named president of its tile unit.",
     "Acme Corporation names Acme vice president Jan Novak president of its tile unit"),
    ("Acme Corp said Acme senior vice president Jane L. Roe has been named head of its tile unit.",
     "Acme Corporation names Acme senior vice president Jane L. Roe head of its tile unit"),  # however long
    ("Acme Corp said Jan K. Novak has been named executive vice president-Retail Group, giving him charge of stores.",
     "Acme Corporation names Jan K. Novak executive vice president-Retail Group"),  # a post joined to its unit
    ("It said Acme vice president Jan Novak was elected chairman of its board.",
     "Acme vice president Jan Novak elected chairman of its board"),
])
def test_a_post_given_in_a_passive_completes_its_subject(text, title):
    article = Document(id="a", path="a.txt", text=text, published="2024-05-02", body=[(0, len(text))])
    [appointed] = events.annotate(actors.annotate(sentences.annotate(article))).event_mentions
    assert appointed.title.removesuffix(" (reported)") == title


def test_a_month_before_a_relative_pronoun_is_not_what_the_passive_acted_on():
    text = "A dealer said a seat last sold for 90,000 dlrs in March, which was acquired by Acme Corp."
    assert not any("March" in title for title in _titles(text))


def test_a_passive_s_subject_opens_after_a_comma_and_its_coordinator():
    text = "It said John Doe was named head of its tile unit, succeeding Ann Bell, and Acme vice president Jan K. " \
        "Novak has been named president of its paint unit."
    assert "Acme vice president Jan K. Novak named president of its paint unit" in _titles(text)


@pytest.mark.parametrize("text, title", [
    ("Widget Co, which was acquired by Acme Corp last year, said its sales rose.",
     "Acme Corporation acquires Widget Co"),
    ("Shares of Widget Co <WDG.O>, which was acquired by Acme Corp in May, rose.",
     "Acme Corporation acquires Widget Co"),
])
def test_a_relative_pronoun_after_a_name_stands_for_it_as_a_passive_s_subject(text, title):
    assert title in _titles(text)


def _titles(text: str) -> list[str]:
    article = Document(id="a", path="a.txt", text=text, published="2024-05-02", body=[(0, len(text))])
    return [m.title for m in events.annotate(actors.annotate(sentences.annotate(article))).event_mentions]


def test_a_security_issued_is_named_without_the_due_of_its_date():
    text = "Acme Finance BV is issuing a 60 mln crown eurobond due May 11, 1993 paying nine pct, Widget Bank said."
    article = Document(id="a", path="a.txt", text=text, published="1987-04-09", body=[(0, len(text))])
    found = events.annotate(actors.annotate(temporal.annotate(sentences.annotate(article)))).event_mentions
    [issued] = [mention for mention in found if mention.label == "Financing"]
    assert "60 mln crown eurobond" in issued.title and " due" not in issued.title


@pytest.mark.parametrize("written", ["Franco-U.S.", "U.S."])
def test_a_phrase_never_ends_inside_an_abbreviation_a_compound_ends_on(written):
    text = f"Acme Corp said it would switch to the {written} jet engine because of doubts over its rival."
    article = Document(id="a", path="a.txt", text=text, published="1987-04-09", body=[(0, len(text))])
    found = events.annotate(actors.annotate(sentences.annotate(article))).event_mentions
    assert any(f"switch to the {written} jet engine" in mention.title for mention in found), \
        [mention.title for mention in found]


@pytest.mark.parametrize("text, title", [
    ("Talks between Acme Corp and its bank lenders broke down on Monday.", "holds talks with its bank lenders"),
    ("Negotiations between steel makers and Acme Corp are foundering, the guild said.",
     "negotiates with steel makers"),
    ("Talks between Acme Corp and its lenders and unions were held on Monday.", "holds talks"),  # no pair
])
def test_a_meetings_noun_names_the_partner_beside_the_one_actor_its_between_phrase_names(text, title):
    article = Document(id="a", path="a.txt", text=text, published="1987-04-09", body=[(0, len(text))])
    found = events.annotate(actors.annotate(sentences.annotate(article))).event_mentions
    assert any(mention.title.partition(",")[0].endswith(title) for mention in found), \
        [mention.title for mention in found]


@pytest.mark.parametrize("text, obj", [
    ("Acme Motors Corp said it would lay off 2,300 workers at three plants.", "2,300 workers"),
    ("The guild said Widget Mills Inc had laid off its night shift staff.", "its night shift staff"),
])
def test_a_phrasal_verbs_adverb_is_no_part_of_what_it_acts_on(text, obj):
    article = Document(id="a", path="a.txt", text=text, published="1987-04-09", body=[(0, len(text))])
    found = events.annotate(actors.annotate(sentences.annotate(article))).event_mentions
    [cut] = [mention for mention in found if mention.label == "Job cuts"]
    assert cut.object == obj


@pytest.mark.parametrize("text, title", [
    ("Talks on a Kenyan request for 300 mln dlrs in grants to build roads were put off until May.",
     "Kenya requests 300 mln dlrs"),
    ("The bank turned down the U.S. Request for lower tariffs on Monday.", "United States requests lower tariffs"),
])
def test_what_a_request_read_as_a_noun_is_for_is_what_it_asks(text, title):
    article = Document(id="a", path="a.txt", text=text, published="1987-04-09", body=[(0, len(text))])
    found = events.annotate(actors.annotate(temporal.annotate(sentences.annotate(article)))).event_mentions
    assert any(mention.title.startswith(title) for mention in found), [mention.title for mention in found]


@pytest.mark.parametrize("text", [
    "Ruritania and Freedonia finalised today two agreements on fishing rights.",
    "Ruritania and Freedonia yesterday finalised two agreements on fishing rights.",
])
def test_a_document_with_no_determiner_reads_back_to_no_verb_or_day_before_it(text):
    article = Document(id="a", path="a.txt", text=text, published="1987-04-09", body=[(0, len(text))])
    found = events.annotate(actors.annotate(temporal.annotate(sentences.annotate(article)))).event_mentions
    assert [mention.object for mention in found] == ["two agreements"]


@pytest.mark.parametrize("text, kept", [
    ("Acme Corp said it has offered to buy up to 25 mln dlrs of Widget's notes.", "to buy up to 25 mln dlrs"),
    ("Acme Corp has offered to buy up to 24.7 mln dlrs principal amount of Widget's new notes from its lenders.",
     "to buy up to 24.7 mln dlrs principal amount"),  # a phrase too long is never cut inside the hedge
    ("Ruritania announced plans to impose tariffs worth up to 30 mln dlrs on Freedonian goods.",
     "tariffs worth up to 30 mln dlrs"),
    ("Acme Corp said it will issue bonds worth at least 300 mln dlrs next month.",
     "bonds worth at least 300 mln dlrs"),  # the hedge's preposition opens it
])
def test_the_hedge_of_an_amount_is_no_preposition_that_ends_the_object(text, kept):
    assert any(kept in title for title in _titles(text))


def test_a_persons_age_set_off_after_the_name_is_not_what_a_passive_acted_on():
    assert _titles("Acme Bank chairman Jan Novak, 52, was charged yesterday with fraud.") == ["Jan Novak charged"]
    assert _titles("Of the 300 workers, 45, were laid off.") == ["45 laid off"]  # a count after no name

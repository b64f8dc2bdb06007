"""News media are the sources of what they report, never its doers or targets."""

import pytest

from eventgraph.actors import media
from eventgraph.model import Mention

from .test_events import doc as events_doc

ACTORS = {
    "Ruritania": ("ruritania", "country"), "Freedonia": ("freedonia", "country"),
    "Jan Novak": ("jan-novak", "person"),
    "Radio Vorland": ("radio-vorland", "organization"), "Daily Clarion": ("daily-clarion", "organization"),
    "Vorland News Agency": ("vorland-news-agency", "organization"), "Acme Corp": ("acme", "organization"),
}


def doc(text):
    return events_doc(text, actors=ACTORS).event_mentions


def roles(mention):
    return {(p.actor, p.role) for p in mention.actors}


@pytest.mark.parametrize("name, medium", [
    ("Radio Vorland", True), ("the Vorland News Agency", True), ("the Daily Clarion", True), ("Tass", True),
    ("State Television", True), ("Clarion Press", True), ("Vorland Times Co", False), ("Vorland News Corp", False),
    ("Ruritania", False), ("the Vorland Steel Agency", False), ("Acme Broadcasting Inc", False),
])
def test_a_name_is_a_medium_by_a_word_or_a_known_outlet_unless_a_legal_form_ends_it(name, medium):
    assert media.is_medium_name(name) is medium


def test_a_deed_a_medium_reports_has_the_medium_as_its_source_not_its_doer():
    found = doc("Radio Vorland said the decree, signed by Jan Novak, relieved the minister of his post and appointed "
                "him an adviser.")
    assert found and all("radio-vorland" not in {actor for actor, _ in roles(m)} for m in found)


def test_a_medium_is_moved_from_a_deed_to_its_attribution():
    radio, ruritania = (Mention(0, 5, "Radio Vorland", "radio-vorland", "organization", name="Radio Vorland"),
                        Mention(9, 18, "Ruritania", "ruritania", "country", name="Ruritania"))
    reporting = media.reporters([[radio]])
    assert reporting == {"radio-vorland"}
    assert media.as_source([radio], [ruritania], [], reporting, False) == ([], [ruritania], [radio])
    assert media.as_source([ruritania], [radio], [], reporting, False) == ([ruritania], [], [])
    assert media.as_source([radio], [radio], [], reporting, True) == ([radio], [], [])


def test_a_body_that_is_no_medium_reports_as_itself():
    ruritania = Mention(0, 9, "Ruritania", "ruritania", "country", name="Ruritania")
    assert media.reporters([[ruritania]]) == set()


def test_what_a_medium_says_in_its_own_voice_is_its_statement():
    [said] = doc("The Daily Clarion said the new tax was unjust and premature.")
    assert ("daily-clarion", "source") in roles(said)


def test_a_medium_telling_its_own_deed_is_its_doer():
    found = doc("Acme Corp's Radio Vorland said it reached an agreement with the Daily Clarion to air its news "
                "programming in Ruritania.")
    assert any("radio-vorland" in {actor for actor, _ in roles(m)} for m in found if m.code.startswith("05"))


@pytest.mark.parametrize("words, after, speaking", [
    (["irna", ",", "monitored", "in", "nicosia", ",", "quoted", "the", "minister"], 1, True),
    (["radio", "vorland", "said", "rebels", "attacked"], 2, True),
    (["radio", "vorland", "bought", "a", "transmitter"], 2, False),
    (["radio", "vorland", ",", "which", "was", "founded", "in", "a", "small", "old", "town", ",", "said"], 2, False),
])
def test_a_medium_speaks_when_a_reporting_verb_follows_its_name(words, after, speaking):
    assert media.speaks(words, after) is speaking


def test_a_medium_that_quotes_a_speaker_is_no_party_to_what_it_quotes():
    found = doc("Radio Vorland, monitored in Freedonia, quoted Oil Minister Jan Novak as saying on his return from "
                "Ruritania that the accord was part of a trade pact signed during his visit.")
    assert all("radio-vorland" not in {actor for actor, _ in roles(m)} for m in found)


@pytest.mark.parametrize("speaker, country_speaks", [
    ("Peruvian newspapers", False), ("The Peruvian news agency", False), ("Peruvian press reports", False),
    ("Peruvian officials", True),
])
def test_a_country_s_press_reports_and_does_not_speak_for_the_country(speaker, country_speaks):
    found = doc(f"{speaker} said on Monday that Acme Corp had broken the law and that the new tax was unjust.")
    sources = {actor for m in found for actor, role in roles(m) if role == "source"}
    assert ("peru" in sources) is country_speaks


@pytest.mark.parametrize("words", ["daily", "newspaper", "state news agency"])
def test_a_country_before_the_words_that_name_a_medium_and_its_name_only_says_where_it_is_from(words):
    found = events_doc(f"The Ruritania {words} Al-Bayan said the new tax was unjust and premature.",
                       actors={**ACTORS, "Al-Bayan": ("al-bayan", "organization")}).event_mentions
    [said] = found
    assert roles(said) == {("al-bayan", "source")}

"""A deed whose owner is written as a description of an actor the article named ("the group's summit")."""

from .test_events import doc

ACTORS = {"Ruritania": ("ruritania", "country"), "Freedonia": ("freedonia", "country"),
          "Acme Corp": ("acme", "organization"), "Widget Inc": ("widget", "organization"),
          "Northern Lakes Organization": ("nlo", "organization"), "Jan Novak": ("jan-novak", "person")}


def _events(text):
    return [(m.title, m.code, {(p.actor, p.role) for p in m.actors})
            for m in doc(text, actors=ACTORS).event_mentions]


def test_a_described_owner_of_a_deed_is_its_doer():
    found = _events("Acme Corp opened a plant in Ruritania. The company's lawsuit against Widget Inc was filed "
                    "in a federal court.")
    [suit] = [row for row in found if row[1][:2] == "11"]
    assert suit[2] == {("acme", "source"), ("widget", "target")}
    assert suit[0].startswith("Acme Corp ")


def test_the_government_s_talks_are_the_country_s():
    found = _events("Ruritania devalued its currency. The government's latest talks with Acme Corp on a loan "
                    "broke down.")
    [talks] = [row for row in found if row[1][:2] == "04"]
    assert ("ruritania", "participant") in talks[2]


def test_an_owner_the_article_names_no_actor_for_leaves_the_deed_without_a_doer():
    found = _events("Jan Novak flew home. The company's lawsuit against Widget Inc was filed in a federal court.")
    assert all(not row[0].lower().startswith("the company") for row in found)
    assert all(("jan-novak", "source") not in row[2] for row in found if row[1][:2] == "11")


def test_an_owner_with_more_words_than_its_noun_is_left_alone():
    found = _events("Acme Corp opened a plant in Ruritania. The small company's lawsuit against Widget Inc was "
                    "filed in a federal court.")
    assert all(("acme", "source") not in row[2] for row in found if row[1][:2] == "11")


def test_the_organization_stands_for_the_body_whose_name_says_it_is_one():
    found = _events("Acme Corp and Widget Inc sell fish to Freedonia, and Acme Corp sells more. The Northern Lakes "
                    "Organization sets quotas. The organization's talks on quotas broke down in May.")
    [talks] = [row for row in found if row[1][:2] == "04"]
    assert ("nlo", "participant") in talks[2] and ("acme", "participant") not in talks[2]


def test_the_owner_of_a_deed_a_by_phrase_names_the_doer_of_is_no_doer():
    found = _events("Acme Corp opened a plant in Ruritania. Its workers went on strike before the company's takeover "
                    "by a rival in May.")
    assert all(("acme", "source") not in row[2] and ("acme", "participant") not in row[2] for row in found
               if "takeover" in row[0].lower() or "takes over" in row[0].lower())

"""Whom a deed is aimed at when its object or addressee describes an actor the article named."""

from .test_events import doc

ACTORS = {"Ruritanian Ministry of Transport": ("ruritanian-ministry-of-transport", "organization"),
          "Acme Corp": ("acme", "organization"), "North Freedonia State University": ("nfsu", "organization"),
          "Freedonia": ("freedonia", "country")}


def roles(text, root):
    found = doc(text, actors=ACTORS).event_mentions
    return [{(p.actor, p.role) for p in m.actors} for m in found if m.code[:2] == root]


def test_a_body_described_by_words_of_its_name_is_the_addressee():
    found = roles("The Ruritanian Ministry of Transport studied the case. Acme Corp called on the transport ministry "
                  "to review its rules.", "02")
    assert found == [{("acme", "source"), ("ruritanian-ministry-of-transport", "target")}]


def test_one_word_of_a_name_tells_no_body():
    found = roles("North Freedonia State University opened a campus. Acme Corp accused the state of lax "
                  "reforms.", "11")
    assert found and all(("nfsu", "target") not in actors for actors in found)


def test_an_appeal_to_a_description_of_a_company_is_aimed_at_the_company_named():
    found = roles("Freedonia praised Acme Corp on Monday. Freedonia urged the company to reject the request.", "02")
    assert found == [{("freedonia", "source"), ("acme", "target")}]


def test_an_offer_rejected_by_its_noun_is_aimed_at_who_made_it():
    found = roles("Freedonia offered to buy the port on Monday. Acme Corp said on Tuesday it rejected the offer.", "12")
    assert found == [{("acme", "source"), ("freedonia", "target")}]
    found = roles("Freedonia opened the port on Monday. Acme Corp said on Tuesday it rejected the offer.", "12")
    assert all(("freedonia", "target") not in actors for actors in found)


def test_every_description_an_appeal_joins_by_and_is_an_addressee():
    found = roles("The Ruritanian Ministry of Transport met North Freedonia State University. Acme Corp urged the "
                  "transport ministry and the state university to review the rules.", "02")
    assert found == [{("acme", "source"), ("ruritanian-ministry-of-transport", "target"), ("nfsu", "target")}]


def test_a_company_a_named_doer_acts_on_by_its_description_is_another_company():
    found = roles("Acme Corp said it would close its plant. Freedonia sued the company on Monday.", "11")
    assert found == [{("freedonia", "source"), ("acme", "target")}]
    found = roles("Freedonia praised Acme Corp on Monday. Acme Corp said it would buy the company.", "03")
    assert found == [{("acme", "source")}]

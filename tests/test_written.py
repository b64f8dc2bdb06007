"""Writing one event mention: who the title names as doing what."""

import re

import pytest

from eventgraph import events
from eventgraph.model import Document, Mention
from eventgraph.sentences import split

from .test_events import doc

ACTORS = {"Calder Mills": ("calder-mills", "organization"),
          "Vorland Securities Board": ("vsb", "organization")}


@pytest.mark.parametrize("text", [
    "A small investor group told the Vorland Securities Board it had raised its stake in Calder Mills to 9 pct.",
    "Two Ohio funds told the Vorland Securities Board they had acquired 90,000 shares of Calder Mills.",
])
def test_a_holding_bought_by_an_unnamed_buyer_names_the_company_held_as_held_not_as_buyer(text):
    [bought] = [m for m in doc(text, actors=ACTORS).event_mentions if m.code == "061"]
    assert "Calder Mills" in bought.title and not bought.title.startswith("Calder Mills")


def test_a_stake_bought_is_a_stake_in_the_company_held_and_shares_are_of_it():
    actors = {**ACTORS, "Norvex Corp": ("norvex", "organization")}
    [stake] = doc("Norvex Corp on Monday raised its stake in Calder Mills to 9 pct.", actors=actors).event_mentions
    [shares] = doc("Norvex Corp said it bought 90,000 shares of Calder Mills.", actors=actors).event_mentions
    assert "stake in Calder Mills" in stake.title and "shares of Calder Mills" in shares.title


@pytest.mark.parametrize("text, doers", [
    ("Farm ministers said after a meeting of grain buyers that prices would stay low.", "Grain buyers"),
    ("The plan was drawn up at a summit of the three regional governors in May.", "The three regional governors"),
])
def test_a_gathering_no_name_holds_is_held_by_those_its_of_phrase_names(text, doers):
    [met] = [m for m in doc(text).event_mentions if m.code[:2] == "04"]
    assert met.title.startswith(f"{doers} hold")


@pytest.mark.parametrize("text", [
    "The chairman spoke to reporters after the annual meeting.",
    "Following lengthy discussions, the panel issued a short report on harbour tolls.",
])
def test_a_happening_noun_that_only_sets_the_scene_is_no_event(text):
    assert not [m for m in doc(text).event_mentions if m.code[:2] == "04"]


@pytest.mark.parametrize("text, actors", [
    ("The accord was reached at a meeting of Ruritanian trade officials in Lisbon on Monday.", None),
    ("The accord was reached at a meeting of Vorland Securities Board officials in Lisbon on Monday.", ACTORS),
])
def test_a_gathering_whose_of_phrase_names_an_actor_keeps_that_actor(text, actors):
    [met] = [m for m in doc(text, actors=actors).event_mentions if m.code[:2] == "04"]
    assert met.actors and not met.title.endswith("officials hold meeting")


def test_a_gathering_told_something_is_its_audience_not_its_host():
    found = doc("The treasurer told a meeting of fund managers that rates would rise.").event_mentions
    assert not any(m.title.startswith("Fund managers") for m in found)


def test_a_happening_noun_a_verb_follows_stays_an_event():
    assert [m for m in doc("The chairman resigned after the talks collapsed.").event_mentions if m.code[:2] == "04"]


@pytest.mark.parametrize("text", [
    "Norvex Corp has agreed to sell its two paper mills to Calder Mills for 40 mln dlrs.",
    "Norvex Corp has agreed to buy the pulp and paper business of Calder Mills for cash.",
])
def test_a_company_in_the_deed_an_agreement_tells_is_no_doer_of_it(text):
    actors = {**ACTORS, "Norvex Corp": ("norvex", "organization")}
    [deal] = [m for m in doc(text, actors=actors).event_mentions if m.code == "057"]
    assert deal.title.startswith("Norvex Corp agrees to")


def test_a_company_an_agreed_deed_is_done_with_is_a_party_to_it():
    actors = {**ACTORS, "Norvex Corp": ("norvex", "organization")}
    text = "Norvex Corp on Friday agreed to merge with Calder Mills."
    [deal] = [m for m in doc(text, actors=actors).event_mentions if m.code == "057"]
    assert deal.title == "Norvex Corp agrees to merge with Calder Mills"


@pytest.mark.parametrize("text, title", [
    ("Calder Mills was acquired last year.", "Calder Mills acquired"),
    ("Calder Mills said it was awarded a contract to build ships.", "Calder Mills awarded contract"),
    ("Calder Mills was acquired by the Vorland Securities Board.", "Vorland Securities Board acquires Calder Mills"),
])
def test_a_party_acted_on_in_the_passive_is_not_titled_as_its_doer(text, title):
    assert [m.title for m in doc(text, actors=ACTORS).event_mentions] == [title]



@pytest.mark.parametrize("text, title", [
    ("Ruritania Trade Minister Jan Novak warned that Freedonia would face new export rules.", "Jan Novak warns"),
    ("Ruritania Trade Minister Jan Novak said the new export rules of Freedonia were fair.", "Jan Novak says"),
    ("Ruritania Trade Minister Jan Novak said Ruritania would not change its export rules.",
     "Jan Novak says Ruritania would not"),
])
def test_a_person_who_speaks_for_a_body_among_the_doers_is_named_alone(text, title):
    names = {"Ruritania": ("ruritania", "country", None), "Freedonia": ("freedonia", "country", None),
             "Jan Novak": ("jan-novak", "person", "ruritania")}
    mentions = sorted((Mention(match.start(), match.end(), name, key, kind, name=name, affiliation=affiliation,
                               code=name[:3].upper() if kind == "country" else None)
                       for name, (key, kind, affiliation) in names.items() for match in re.finditer(name, text)),
                      key=lambda mention: mention.start)
    document = Document(id="d1", path="d1.txt", text=text, published="2021-05-06", published_source="text",
                        sentences=split(text), mentions=mentions)
    [found] = events.annotate(document).event_mentions
    assert found.title.startswith(title) and "ruritania" in {participant.actor for participant in found.actors}


@pytest.mark.parametrize("text, timex, done", [
    ("Output fell after an earthquake in the fourth quarter.", ("the fourth quarter", "DATE", "2023-Q4"), True),
    ("Output may fall after an earthquake in the second quarter.", ("the second quarter", "DATE", "2024-Q2"), False),
    ("Prices rose after an earthquake at the weekend.", ("the weekend", "DATE", "2024-W24-WE"), True),
    ("Prices fell after an earthquake at 0930 GMT.", ("0930 GMT", "TIME", "2024-06-18T09:30"), True),
    ("Prices fell after an earthquake last week.", ("last week", "DATE", "2024-W24"), True),
    ("Prices fell after an earthquake last month.", ("last month", "DATE", "2024-05"), True),
    ("Prices may fall after an earthquake later this month.", ("later this month", "DATE", "2024-06"), False),
])
def test_a_happening_noun_dated_by_a_period_over_or_a_short_one_begun_by_the_report_is_told_as_done(
        text, timex, done):
    [quake] = [m for m in doc(text, [timex], published="2024-06-18").event_mentions if "arthquake" in m.title]
    assert (quake.title.startswith("Earthquake strikes")) is done, quake.title


@pytest.mark.parametrize("text, title", [
    ("Businessmen, who met President Jan Novak, opposed the pay rise.", "Businessmen meet Jan Novak"),
    ("Freedonia bankers are meeting here to consider a plan for cheaper export credit.",
     "Freedonia meets to consider a plan for cheaper export credit"),
    ("After consultations by President Jan Novak with party leaders, the cabinet resigned.",
     "Jan Novak holds consultations with party leaders"),
])
def test_a_meeting_names_who_met_whom_and_what_for(text, title):
    assert title in [m.title for m in doc(text).event_mentions]


def test_the_company_a_takeover_is_of_is_taken_over_not_its_doer():
    companies = {"Acme": ("acme", "organization"), "Widget": ("widget", "organization")}
    mentions = doc("Acme's board decided to attempt a takeover of Widget.", actors=companies).event_mentions
    assert [(m.title, [(p.actor, p.role) for p in m.actors]) for m in mentions] == [
        ("Acme takes over Widget", [("acme", "participant"), ("widget", "participant")])]


LENDING_ACTORS = {"Norvex Corp": ("norvex", "organization"), "Calder Bank": ("calder", "organization")}


@pytest.mark.parametrize("text", [
    "Norvex Corp said it has received a 40 mln dlr loan from Calder Bank.",
    "Norvex Corp obtained new financing from the Calder Bank last week.",
    "Norvex Corp will receive its first Calder Bank credit this year.",
])
def test_a_loan_received_from_a_lender_is_the_lender_s_deed_aimed_at_the_receiver(text):
    [lent] = [m for m in doc(text, actors=LENDING_ACTORS).event_mentions if m.code == "071"]
    assert [p.actor for p in lent.actors if p.role == "source"] == ["calder"]
    assert [p.actor for p in lent.actors if p.role == "target"] == ["norvex"]
    assert lent.title.startswith("Calder Bank") and lent.title.endswith("to Norvex Corp")


def test_a_loan_received_from_no_named_lender_is_aimed_at_the_receiver_and_pledges_nothing():
    [lent] = [m for m in doc("Norvex Corp will receive its first loans next year.",
                             actors=LENDING_ACTORS).event_mentions if m.code[:2] in ("07", "03")]
    assert lent.code == "071" and lent.title.startswith("Norvex Corp to receive")
    assert [p.actor for p in lent.actors if p.role == "target"] == ["norvex"] and lent.modality == "planned"


def test_a_secured_loan_is_no_loan_received():
    text = "Calder Bank left its five pct secured loans rate unchanged on Tuesday."
    assert not [m for m in doc(text, actors=LENDING_ACTORS).event_mentions if m.code == "071"]

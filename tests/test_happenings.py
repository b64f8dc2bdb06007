"""Happenings outside CAMEO's scope (code 00) through the per-article stage and the exporters: no actor
needed, titled by what happened where, a disaster's doerless kills as its death toll."""

import pytest

from eventgraph import pipeline
from eventgraph.exporters.palette import HAPPENING_CLASS, event_class
from eventgraph.model import Document

from .test_events import doc


def mentions(text):
    document = Document(id="d1", path="d1.txt", text=text, published="2021-05-06", published_source="metadata",
                        body=[(0, len(text))])
    return pipeline.extract(document).event_mentions


def only(text, label):
    found = [m for m in mentions(text) if m.label == label]
    assert len(found) == 1, [(m.code, m.label, m.title) for m in mentions(text)]
    assert found[0].code == "00"
    return found[0]


def test_a_disaster_needs_no_actor_and_is_titled_by_its_place():
    quake = only("A strong earthquake struck Peru on Saturday.", "Natural disaster")
    assert quake.title == "Earthquake strikes Peru"
    assert quake.date.value == "2021-05-01"


def test_an_accident_is_titled_by_what_happened_where():
    capsize = only("The trawler capsized off Dunmore on Friday.", "Accident")
    assert capsize.title == "Trawler capsizes off Dunmore"
    assert capsize.actors == []


def test_a_happening_noun_names_where_or_to_whom_it_happened_never_a_time_as_a_place():
    assert only("Peru's elections on Sunday drew a record turnout.", "Election").title == "Elections held in Peru"


def test_a_doerless_kill_beside_an_accident_is_its_death_toll():
    found = mentions("A gas explosion tore through a block of flats in Leeds on Sunday, killing nine residents.")
    assert {m.label for m in found} >= {"Accident", "Death"}
    death = next(m for m in found if m.label == "Death")
    assert death.code == "00" and death.title == "Nine residents killed"
    assert not any(m.code.startswith("18") for m in found)


def test_a_disaster_that_kills_happened_when_it_killed():
    quake = only("An earthquake killed 40 people in the hills of Arvonia on Sunday.", "Natural disaster")
    assert quake.date.value == "2021-05-02"
    assert "Death" in [m.label for m in mentions("An earthquake killed 40 people in the hills of Arvonia on Sunday.")]


def test_disasters_told_together_are_each_a_happening_of_the_deed_s_date():
    found = mentions("Floods and avalanches killed 40 people in the hills of Arvonia last week.")
    assert sorted((m.trigger.lower(), m.date.value) for m in found if m.label == "Natural disaster") == [
        ("avalanches", "2021-W17"), ("floods", "2021-W17")]
    floods = only("Floods have killed 30 people in the hills of Arvonia this month.", "Natural disaster")
    assert floods.date.value == "2021-05"


def test_an_accident_that_caused_a_passive_deed_happened_when_it_did():
    found = mentions("Two workers were killed in an explosion at the Arvonia plant on Friday.")
    assert [(m.label, m.date.value) for m in found if m.label in ("Accident", "Death")] == [
        ("Death", "2021-04-30"), ("Accident", "2021-04-30")]
    found = mentions("Two miners were killed in a blast and fire at the Arvonia pit on Friday.")
    assert len([m for m in found if m.label == "Accident"]) == 1


def test_a_disaster_with_a_date_of_its_own_keeps_it():
    found = mentions("Floods in February and avalanches destroyed 300 houses in Arvonia on Sunday.")
    assert ("floods", "2021-02") in [(m.trigger.lower(), m.date.value) for m in found]


def test_a_bomb_that_explodes_is_a_bombing_not_an_accident():
    found = mentions("A car bomb exploded outside the barracks in Lisburn on Sunday, injuring four soldiers.")
    assert "183" in [m.code for m in found] and "Accident" not in [m.label for m in found]
    assert "Accident" in [m.label for m in mentions("A blast at the fertiliser plant in Toulouse killed 29.")]


def test_a_kill_with_a_doer_stays_an_assault():
    found = mentions("Gunmen killed nine villagers near the border on Sunday.")
    assert [m.code for m in found] == ["180"]


def test_a_state_s_forces_use_conventional_force():
    assert [m.code for m in mentions("Government troops killed nine rebels near the border on Sunday.")] == ["190"]
    assert [m.code for m in mentions("Ethiopia attacked Eritrea on Sunday.")] == ["190"]
    assert [m.code for m in mentions("Rebels ambushed an army convoy on Sunday.")] == ["190"]
    assert [m.code for m in mentions("Forty villagers were killed in fighting near the border on Sunday.")] == ["190"]


def test_an_appointment_names_who_appointed_whom():
    found = mentions("Acme Corp appointed Jane Doe as chief financial officer on Tuesday.")
    appointment = next(m for m in found if m.label == "Appointment")
    assert appointment.title.startswith("Acme Corporation appoints Jane Doe")


@pytest.mark.parametrize("text, label", [
    ("Acme Corp reported a loss of 20 mln dlrs. The company will cut 500 jobs at its Ohio plant.", "Job cuts"),
    ("Acme Corp said its board had approved a plan to borrow 20 mln dlrs.", "Policy decision"),
])
def test_a_described_doer_of_a_decision_stands_for_the_actor_named(text, label):
    assert [p.actor for p in only(text, label).actors] == ["acme"]


def test_a_described_victim_of_a_disaster_is_no_doer():
    death = only("Acme Corp sent 20 seamen to the port. The seamen died when their ship sank.", "Death")
    assert all(p.role != "source" for p in death.actors)


@pytest.mark.parametrize("text", [
    "Investors fear a crash in the housing market.",
    "The election commission said turnout figures were due.",
])
def test_no_happening_without_a_happening(text):
    assert not [m for m in mentions(text) if m.code == "00"]


def test_happenings_are_a_class_of_their_own_on_every_view():
    assert event_class("00")[0] == HAPPENING_CLASS
    assert event_class("057")[0] != HAPPENING_CLASS


def test_two_kinds_of_happening_on_one_day_stay_two_events_each_with_its_kind():
    texts = ["A strong earthquake struck Peru on Saturday.", "Voters elected a new mayor of Lima on Saturday.",
             "A powerful earthquake struck Peru on Saturday."]
    documents = [Document(id=f"d{n}", path=f"d{n}.txt", text=text, published="2021-05-06",
                          published_source="metadata", body=[(0, len(text))]) for n, text in enumerate(texts)]
    story = pipeline.assemble([pipeline.extract(document) for document in documents])
    kinds = sorted((event.code, event.label, len(event.sources)) for event in story.events)
    assert kinds == [("00", "Election", 1), ("00", "Natural disaster", 2)]


def test_a_happening_stated_as_intended_is_kept_as_the_happening_planned():
    appointment = only("The board of Acme Corp will appoint a new chairman next week.", "Appointment")
    assert appointment.modality == "planned"
    election = only("Peru will hold elections in May.", "Election")
    assert (election.modality, election.date.value) == ("planned", "2021-05")


def test_a_happening_only_guessed_at_is_no_plan():
    assert [m.label for m in mentions("Pollsters think the Greens of Peru could win the election in May.")] == []
    assert [m.code for m in mentions("The Vorland Rating Agency said on Tuesday it may downgrade 40 mln dlrs of "
                                     "debt of Acme Corp.")] == ["010"]


@pytest.mark.parametrize("text, title", [
    ("The Vorland Rating Agency said on Tuesday it downgraded 40 mln dlrs of debt of Acme Corp.",
     "Vorland Rating Agency downgrades 40 mln dlrs of debt of Acme Corporation"),
    ("The Vorland Rating Agency upgraded the ratings on Acme Corp's notes on Tuesday.",
     "Vorland Rating Agency upgrades the ratings on Acme Corporation"),
])
def test_a_credit_rating_lowered_or_raised_is_a_rating_change(text, title):
    change = only(text, "Rating change")
    assert (change.title, change.modality) == (title, "asserted")


def test_equipment_upgraded_is_no_rating_change():
    assert "Rating change" not in [m.label for m in mentions("Acme Corp upgraded its plant in Peru on Tuesday.")]


def test_an_attack_on_a_policy_or_a_statement_is_criticism_not_force():
    assert [m.code for m in mentions("Jane Doe attacked the government's budget on Tuesday.")] == ["111"]
    assert [m.code for m in mentions("Jane Doe launched an attack on the new tax on Tuesday.")] == ["111"]
    assert [m.code for m in mentions("Rebels attacked the convoy near the plant on Tuesday.")] == ["190"]
    assert "111" in [m.code for m in mentions("Jane Doe launched an attack on the wage freeze on Tuesday.")]


@pytest.mark.parametrize("text", [
    "The Senate voted unanimously to approve the budget on Tuesday.",
    "The parliament of Peru approved the bill on Tuesday.",
    "The House passed the measure on Tuesday.",
    "The Senate voted against the bill on Tuesday.",
])
def test_a_vote_on_a_bill_is_legislation(text):
    assert [(m.code, m.label) for m in mentions(text)] == [("00", "Legislation")]


def test_a_policy_a_government_announces_is_a_decision_of_its_own_dated_by_the_announcement():
    freeze = only("The government of Peru said on Tuesday it will freeze prices.", "Policy decision")
    assert (freeze.modality, freeze.date.value) == ("planned", "2021-05-04")
    assert [m.code for m in mentions("The government of Peru said on Tuesday it will freeze prices.")] == ["00"]
    announced = only("On Tuesday the government of Peru announced a wage freeze.", "Policy decision")
    assert (announced.modality, announced.date.value) == ("asserted", "2021-05-04")
    assert only("The central bank of Peru cut its discount rate on Tuesday.", "Policy decision").date.value == \
        "2021-05-04"


def test_a_fire_named_as_a_noun_is_an_accident_titled_without_its_preposition():
    fire = only("Police said a big fire at the Arvonia refinery destroyed three tanks.", "Accident")
    assert fire.trigger == "fire" and fire.title.startswith("Fire at Arvonia")
    assert [m.label for m in mentions("Troops fire at protesters in Arvonia.")] == []


def test_a_fire_coordinated_with_an_accident_or_doing_a_deed_is_the_accident_not_a_dismissal():
    found = mentions("An explosion and fire killed two workers at the Arvonia plant on Friday.")  # one accident
    assert "Dismissal" not in [m.label for m in found]
    assert [(m.trigger, m.date.value) for m in found if m.label == "Accident"] == [("explosion", "2021-04-30")]
    assert only("Fire destroyed a warehouse in Arvonia on Monday.", "Accident").date.value == "2021-05-03"
    assert only("Acme fired 200 workers on Monday.", "Dismissal").code == "00"


@pytest.mark.parametrize("text, code, label", [
    ("Landslides buried three villages in Arvonia on Sunday.", "00", "Natural disaster"),
    ("A landslide cut Arvonia's main pipeline on Sunday.", "00", "Natural disaster"),
    ("Mudslides destroyed 40 homes in Arvonia on Sunday.", "00", "Natural disaster"),
    ("Heavy snows closed roads across Arvonia on Sunday.", "00", "Natural disaster"),
    ("Ruritanian jets carried out bombing raids on Arvonia on Sunday.", "195", ""),
])
def test_landslides_snows_and_bombing_raids_are_happenings(text, code, label):
    found = [m for m in mentions(text) if m.code == code and (not label or m.label == label)]
    assert found and found[0].date.value == "2021-05-02", [(m.code, m.label, m.title) for m in mentions(text)]


def test_a_landslide_victory_is_no_disaster():
    assert "Natural disaster" not in [m.label for m in mentions("The Arvonian Party won a landslide victory in "
                                                                "the elections on Sunday.")]


def test_a_place_named_by_its_possessive_drops_the_possessive():
    assert only("A landslide cut Arvonia's main pipeline.", "Natural disaster").title == "Landslide strikes Arvonia"


def test_the_latest_accident_is_the_one_reported():
    text = "Two people were killed in a blast at Vorland on May 1, but it was far from the latest accident."
    assert "accident" in [m.trigger for m in mentions(text) if m.label == "Accident"]


def test_violence_done_in_raids_is_one_happening_with_its_means():
    found = mentions("Ruritanian warplanes killed some 80 villagers in bombing raids on Arvonia last Monday.")
    assert [m.code for m in found] == ["195"]


def test_victims_of_a_violent_deed_told_by_a_second_verb_are_its_toll():
    found = mentions("Rebels bombed the Port Marin depot and injured 14 guards on Sunday.")
    assert [m.code for m in found] == ["183"]
    found = mentions("A gunman killed one person and injured two others in an attack on a petrol station on Sunday.")
    assert [(m.code, m.trigger) for m in found] == [("180", "attack")]


def test_a_kill_with_no_other_violent_deed_stays_a_happening():
    found = mentions("Gunmen killed 12 villagers and injured 20 others on Sunday.")
    assert "kill" in [m.trigger[:4] for m in found]


def codes(text):
    return [(mention.code, mention.title) for mention in doc(text).event_mentions]


def test_the_wounded_of_an_attack_told_in_its_sentence_are_a_mention_of_the_attack():
    found = codes("A gunman killed one guard and injured two others in an attack on the Acme depot.")
    assert found and all(code[:2] == "18" for code, _ in found), found


def test_the_dead_of_an_accident_stay_a_death_toll():
    found = codes("Two workers died after a fire broke out at the Acme depot.")
    assert any(code == "00" for code, _ in found), found


def test_a_later_toll_of_a_bombing_is_the_bombing():
    found = codes("A car bomb exploded outside the Acme depot on Monday. Two guards died in the blast.")
    assert found and all(code[:2] == "18" for code, _ in found), found


def test_a_toll_told_with_a_campaign_that_lasts_is_a_happening_of_its_own():
    text = "Ethiopian troops suffered 2,000 casualties in Eritrea's month-old offensive, officials said on Monday."
    assert sorted((m.code, m.trigger) for m in mentions(text)) == [("190", "offensive"),
                                                                  ("190", "suffered 2,000 casualties")]
    text = "About 200 Ethiopian soldiers died in Eritrea's week-old offensive, officials said."
    assert sorted((m.code, m.trigger) for m in mentions(text)) == [("190", "died"), ("190", "offensive")]


def test_a_toll_a_side_suffers_in_an_attack_is_a_mention_of_the_attack():
    text = "Ethiopian troops suffered 2,000 casualties in an Eritrean attack on the town, officials said."
    assert [(m.code, m.trigger) for m in mentions(text)] == [("190", "attack")]
    text = "About 200 Ethiopian soldiers died in Eritrea's attack on the town, officials said."
    assert [(m.code, m.trigger) for m in mentions(text)] == [("190", "attack")]


def test_a_side_s_casualties_are_a_toll_and_a_firm_s_losses_are_not():
    toll = only("Rebel forces suffered heavy casualties on Monday.", "Casualties")
    assert toll.trigger == "suffered heavy casualties"
    assert mentions("The Acme company suffered heavy losses in the fourth quarter.") == []


def test_a_counted_death_told_beside_a_killing_is_violence_too():
    text = "About 30 people were killed in Vorland and 12 died in Ostia, officials said."
    assert sorted((m.code, m.trigger) for m in mentions(text)) == [("180", "died"), ("180", "killed")]


def test_a_death_beside_no_killing_stays_a_death():
    assert [(m.code, m.trigger) for m in mentions("Twelve patients died in Ostia, officials said.")] == [("00", "died")]

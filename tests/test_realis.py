"""Denied and questioned happenings are not told as fact; a denial or an accusation is titled with what it says."""

import pytest

from .test_events import doc, titles_and_actors


def codes(text):
    return [m.code for m in doc(text).event_mentions]


@pytest.mark.parametrize("text", [
    "Ruritania denied that its forces had attacked Freedonia.",
    "Ruritania denied it had arrested Jan Novak.",
    "Ruritania rejected charges that it had bombed Freedonia.",
    "Ruritania dismissed claims that its troops shelled Freedonia.",
    "Ruritania denied reports that it had signed a pact with Freedonia and sent troops to Freedonia.",
    "Ruritania denies reports that its troops attacked Freedonia.",
    "Ruritania denies charges that it had bombed Freedonia.",
])
def test_what_a_denial_says_happened_is_no_event_and_the_denial_is(text):
    assert codes(text) == ["016"]


def test_a_denial_is_titled_with_the_whole_clause_it_denies():
    [(title, *_)] = titles_and_actors("Ruritania denied that its forces had attacked Freedonia.")
    assert title == "Ruritania denies its forces had attacked Freedonia"
    [(title, *_)] = titles_and_actors("Ruritania rejected charges that it had bombed Freedonia.")
    assert title == "Ruritania denies charges that it had bombed Freedonia"


def test_what_a_denial_takes_as_given_or_the_denier_does_next_still_happened():
    assert codes("Ruritania did not deny that its forces had attacked Freedonia.") == ["190"]
    assert any(code.startswith("14") for code in codes(
        "Ruritania denied that it was responding to the protests in Freedonia."))
    assert "130" in codes("Ruritania denied that it had attacked Freedonia and warned Freedonia against further "
                          "provocations.")


def test_a_denial_of_reports_is_titled_with_what_they_report():
    [(title, *_)] = titles_and_actors("Ruritania denied reports that it had signed a pact with Freedonia.")
    assert title == "Ruritania denies reports that it had signed a pact with Freedonia"


def test_an_accusation_is_titled_with_the_deed_it_charges_and_the_deed_is_the_accuser_s_word():
    found = titles_and_actors("Ruritania accused Freedonia of attacking its embassy.")
    [accusation] = [row for row in found if row[1] == "112"]
    assert accusation[0] == "Ruritania accuses Freedonia of attacking its embassy"
    [attack] = [row for row in found if row[1] == "190"]
    assert (attack[2], attack[3], attack[4]) == ({("freedonia", "source")}, "attributed", "ruritania")


def test_a_deed_charged_by_a_passive_accusation_is_attributed():
    [bombing] = [row for row in titles_and_actors("Freedonia was accused by Ruritania of bombing the town.")
                 if row[1].startswith("18")]
    assert (bombing[3], bombing[4]) == ("attributed", "ruritania")
    assert ("freedonia", "source") in bombing[2]


def test_a_duty_one_is_charged_with_is_no_accusation():
    assert [m for m in doc("Jan Novak was charged with recovering the money Ruritania lost.").event_mentions
            if m.modality == "attributed"] == []


def test_what_a_yes_no_question_asks_about_is_not_told_as_fact():
    assert codes("Did Ruritania attack Freedonia?") == []
    assert codes("Has Ruritania signed the treaty with Freedonia?") == []
    assert "190" in codes("Why did Ruritania attack Freedonia?")


def test_a_happening_only_said_of_its_doer_is_attributed_and_keeps_its_doer():
    [(title, code, actors, modality, to, _)] = titles_and_actors("Ruritania was said to have attacked Freedonia.")
    assert (code, modality, to) == ("190", "attributed", None)
    assert actors == {("ruritania", "source"), ("freedonia", "target")}
    assert title == "Ruritania reportedly attacks Freedonia"


def test_an_allegation_is_titled_with_the_whole_clause_past_the_happening_it_reports():
    found = titles_and_actors("Ruritania alleged that Freedonia had attacked its embassy.")
    assert [row[0] for row in found if row[1] == "112"] == ["Ruritania alleges Freedonia had attacked its embassy"]


def test_a_deed_charged_by_an_indictment_is_the_indicter_s_word_and_the_indicted_did_it():
    [bombing] = [row for row in titles_and_actors("Ruritania indicted Jan Novak for bombing the town.")
                 if row[1].startswith("18")]
    assert (bombing[2], bombing[3], bombing[4]) == ({("jan-novak", "source")}, "attributed", "ruritania")


def test_a_happening_one_is_implicated_in_is_not_told_as_fact():
    [bombing] = [row for row in titles_and_actors("Jan Novak was implicated in the bombing of the town.")
                 if row[1].startswith("18")]
    assert bombing[3] == "attributed"


def _codes(text):
    return [m.code for m in doc(text, [("on Monday", "DATE", "2021-05-03")]).event_mentions]


@pytest.mark.parametrize("text", [
    "Ruritania sought help in its takeover fight with Freedonia on Monday.",
    "Ruritania ended merger talks with Freedonia on Monday.",
    "Jan Novak reviewed the Freedonia merger proposal on Monday.",
])
def test_a_happening_noun_that_only_qualifies_another_noun_is_no_happening(text):
    assert not any(code.startswith("06") for code in _codes(text))


@pytest.mark.parametrize("text, code", [
    ("Dockers in Ruritania staged strike action on Monday.", "143"),
    ("Drought conditions worsened in Ruritania on Monday.", "00"),
])
def test_a_happening_told_by_its_course_or_a_disaster_qualifying_a_noun_stays(text, code):
    assert code in _codes(text)


@pytest.mark.parametrize("text", [
    "Diplomats rated the risk of a Ruritanian attack on the warships of Freedonia as low.",
    "Ruritania is building the canal to protect its grain exports from Freedonian air attacks.",
    "Ruritania is building the canal to protect part of its grain exports from Freedonian air attacks.",
    "Fears of a strike at the Nova port grew.",
    "Ruritania expects farm output growth of two pct.",
    "Ruritania said some of the propellers were mounted on attack submarines.",
])
def test_a_happening_that_may_come_or_only_qualifies_a_noun_the_parse_reads_is_no_event(text):
    assert not any(code[:2] in ("10", "14", "18", "19") for code in codes(text))


@pytest.mark.parametrize("text, code", [
    ("Ruritania said its troops were continuing counter-attacks against the rebels in the hills.", "19"),
    ("Freedonia condemned the two bomb explosions near the embassies.", "18"),
    ("Freedonia warplanes attacked three villages.", "19"),
])
def test_a_verb_s_word_read_as_a_noun_that_tells_a_happening_stays(text, code):
    assert code in [c[:2] for c in codes(text)]


def test_a_happening_a_deal_hangs_on_is_a_condition_not_a_happening():
    codes = [m.code for m in doc("The Ruritania bid is subject to talks on a final merger deal "
                                 "with Freedonia.").event_mentions]
    assert not any(code.startswith("04") for code in codes)
    assert any(code.startswith("04") for code in _codes("Ruritania held talks with Freedonia on Monday."))


@pytest.mark.parametrize("text", [
    "Ruritania set a ceiling aimed at averting a rapid devaluation of its currency.",
    "Ruritania said the strike at the Nova mill was averted on Monday.",
    "Talks to head off a strike at the Nova plant went on all night.",
    "The Nova police foiled an attack on the embassy of Freedonia.",
])
def test_a_happening_a_verb_of_averting_takes_is_no_event(text):
    assert not any(code[:2] in ("00", "14", "18") for code in codes(text))


def test_a_verb_of_averting_leaves_a_happening_it_does_not_take_alone():
    assert any(code[:2] == "19" for code in codes("The troops headed off toward the border after the attack on Nova."))


@pytest.mark.parametrize("text", [
    "Ruritania officials would neither confirm nor deny the report.",
    "Ruritania neither signed nor ratified the treaty.",
])
def test_a_verb_joined_by_nor_is_negated(text):
    assert codes(text) == []


@pytest.mark.parametrize("text, found", [
    ("Rumours that the army had shelled the town spread quickly.", []),
    ("There were rumours of a strike at the Acme plant.", []),
    ("The army shelled the town, which started rumours of a coup.", ["194"]),
])
def test_what_a_rumour_says_is_not_told_as_fact(text, found):
    assert codes(text) == found


@pytest.mark.parametrize("text", [
    "Jan Novak had to resign after the scandal.",
    "Ruritania was forced to suspend its oil exports after the earthquake.",
])
def test_a_deed_its_doer_could_not_avoid_was_done(text):
    assert [m for m in doc(text).event_mentions if m.code[:2] in ("08", "16")]


def test_a_deed_one_would_have_had_to_do_was_not_done():
    assert not [m for m in doc("Jan Novak would have had to resign.").event_mentions if m.code[:2] == "08"]


def test_what_a_speaker_says_someone_had_to_do_is_no_deed_done():
    assert not [m for m in doc("Jan Novak said Ruritania had to suspend its exports.").event_mentions
                if m.code[:2] == "16"]


@pytest.mark.parametrize("text", [
    "Acme said it has no immediate plans to close its Leeds plant.",
    "Acme said it had no specific plan to sell its Leeds plant.",
])
def test_what_a_plan_determined_by_no_takes_is_not_planned(text):
    assert not [m for m in doc(text).event_mentions if m.modality == "planned"]


@pytest.mark.parametrize("text, absent", [
    ("Ruritania said it has no plans for a summit with Freedonia.", "04"),
    ("Acme said it had no intention of being acquired by Widget.", "06"),
    ("Ruritania ruled out talks with the rebels.", "04"),
    ("Ruritania ruled out a devaluation of the crown.", "00"),
    ("The commission denied the merger of Acme and Widget.", "06"),
])
def test_what_a_no_or_a_ruling_out_excludes_is_no_event(text, absent):
    assert not [m for m in doc(text).event_mentions if m.code.startswith(absent)]


def test_a_plan_not_determined_by_no_is_planned():
    assert [m for m in doc("Acme said it has immediate plans to close its Leeds plant.").event_mentions
            if m.modality == "planned"]


@pytest.mark.parametrize("text", [
    "Jan Novak told a meeting of Ruritanian bankers that rates would fall.",
    "Speaking to a meeting of Freedonian farmers, Jan Novak said prices would rise.",
    "Jan Novak said in an address to a meeting of Ruritanian bankers that rates would fall.",
])
def test_a_meeting_spoken_to_is_the_audience_not_a_meeting_held(text):
    assert not [m for m in doc(text).event_mentions if m.code.startswith("04")]


@pytest.mark.parametrize("text", [
    "Ruritanian bankers held a meeting in Paris on Monday.",
    "Jan Novak told the annual meeting of Ruritanian bankers that rates would fall.",
])
def test_a_meeting_held_or_named_by_the_story_is_still_a_meeting(text):
    assert [m for m in doc(text).event_mentions if m.code.startswith("04")]


@pytest.mark.parametrize("text", [
    "Acme's profits fell sharply as the stock market collapse deepened in Ruritania.",
    "Ruritanian farmers were hit as the price collapse continued.",
])
def test_a_market_collapse_is_a_market_move_not_a_happening(text):
    assert not [m for m in doc(text).event_mentions if m.code.startswith("16")]


@pytest.mark.parametrize("text, root", [
    ("Jan Novak said the collapse of Ruritanian share prices would hurt Acme.", "16"),
    ("Farmers were hit as grain prices collapsed in Ruritania.", "16"),
    ("Brokers said the market index may rally if the dollar falls in Ruritania.", "14"),
])
def test_a_happening_whose_subject_or_of_is_a_market_is_a_market_move(text, root):
    assert not [m for m in doc(text).event_mentions if m.code.startswith(root)]


@pytest.mark.parametrize("text, root", [
    ("The Ruritanian government collapsed on Monday.", "16"),
    ("Ruritania will defend the benchmark price agreed to by the cartel last December.", "05"),
    ("Ruritanian farmers held a rally in the capital to protest against low grain prices.", "14"),
])
def test_a_happening_whose_subject_or_of_is_no_market_stays(text, root):
    assert [m for m in doc(text).event_mentions if m.code.startswith(root)]


def test_an_enquiry_answered_is_a_question_not_an_investigation():
    assert codes("In response to enquiries from Reuters, Jan Novak said Acme had raised its minimum price.") == ["00"]
    assert codes("Ruritania launched an investigation into the bombing.") == ["090"]
    assert codes("Acme was responding to an investigation by Ruritania into the bombing.") == ["090"]


@pytest.mark.parametrize("text", [
    "Traders said a Ruritanian blockade of the Nova strait was unlikely because it would hurt Ruritania.",
    "A strike by the miners is unlikely before June, officials said.",
    "Officials said a Ruritanian attack on Nova was improbable this year.",
])
def test_a_happening_judged_unlikely_is_not_told(text):
    assert [code for code in codes(text) if code[:2] != "01"] == []  # what the speakers said may stand alone


def test_a_happening_judged_likely_stays():
    assert codes("A strike by the miners is likely before June, officials said.") == ["143"]


@pytest.mark.parametrize("text, found", [
    ("Ruritania renewed its call for talks with Freedonia.", ["020"]),
    ("Ruritania asked Freedonia for talks on the border.", ["020"]),
    ("The union is pressing for a strike at the Nova mill.", ["100"]),  # the union's demand, not the strike
    ("The union demanded talks with Acme.", ["100"]),
])
def test_a_happening_an_appeal_asks_for_is_not_told(text, found):
    assert codes(text) == found


def test_a_happening_an_order_asks_for_is_not_told_unless_the_asking_is_to_come():
    assert codes("The council issued an order for a ceasefire between Ruritania and Freedonia.") == []
    assert [code[:2] for code in codes("Ruritania would make a request for talks with Freedonia.")] == ["03"]


@pytest.mark.parametrize("text", [
    "Ruritania's bankers held their monthly meeting in Nova.",
    "The cabinet of Ruritania ended its weekly meeting without a statement.",
])
def test_a_meeting_set_by_the_calendar_is_a_noun_not_a_verb_going_on(text):
    assert "040" in codes(text)


def test_a_past_form_joined_to_a_future_verb_happened():
    text = "Jan Novak said the talks will resume and criticised Freedonia for the delay."
    assert [m.code for m in doc(text).event_mentions if m.trigger == "criticised"] == ["111"]


def test_a_participle_after_a_negated_passive_shares_the_negation():
    assert not [m for m in doc("Freedonia was not bombed and invaded by Ruritania.").event_mentions
                if m.trigger == "invaded"]


@pytest.mark.parametrize("text", [
    "Ruritania will lift the moratorium on its debt only when an accord is signed with Freedonia.",
    "Ruritania will resume talks with Freedonia once Jan Novak signs the accord.",
    "Ruritania said it will end the strike as soon as Freedonia signs the accord.",
    "The blockade will go on until Freedonia has signed the accord with Ruritania.",
])
def test_a_happening_a_clause_still_to_come_waits_on_is_planned(text):
    signings = [m for m in doc(text).event_mentions if m.code.startswith("05")]
    assert signings and all(m.modality == "planned" for m in signings)


def test_a_visit_an_infinitive_still_to_come_waits_on_is_planned():
    visits = [m for m in doc("Jan Novak said he will ask Freedonia to lift its ban on imports when he visits "
                             "Freedonia.").event_mentions if m.code.startswith("04")]
    assert visits and all(m.modality == "planned" for m in visits)


@pytest.mark.parametrize("text", [
    "Ruritania ended the blockade last year when Freedonia signed the accord.",
    "Jan Novak said he could not recall when Freedonia signed the accord.",
])
def test_a_clause_of_time_that_tells_a_past_deed_asserts_it(text):
    assert "Freedonia signs the accord" in [m.title for m in doc(text).event_mentions]


def test_a_meeting_a_condition_is_to_be_met_at_is_planned():
    [meeting] = [m for m in doc("The Freedonia takeover is subject to a vote of its owners at their annual "
                                "meeting on Monday.").event_mentions if m.code.startswith("04")]
    assert meeting.modality == "planned"
    [held] = [m for m in doc("The owners of Freedonia backed the takeover at their annual meeting on "
                             "Monday.").event_mentions if m.code.startswith("04")]
    assert held.modality != "planned"


def test_a_statement_of_what_is_to_be_done_at_a_visit_stays_an_event():
    titles = [m.title for m in doc("Jan Novak said this week he will ask Freedonia to remove all import curbs when he "
                                   "visits there next month.", [("this week", "DATE", "2021-W18"),
                                                                ("next month", "DATE", "2021-06")]).event_mentions]
    assert "Jan Novak says he will ask Freedonia to remove all import curbs" in titles


def test_a_deed_avenged_is_no_happening_of_the_avenger():
    assert codes("Ruritania will avenge the attack on its embassy.") == []
    assert codes("Ruritania vowed to avenge the attack.") == ["130"]

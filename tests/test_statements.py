"""Statements coded by what they say: threats, criticism, appeals and intents among the plain comments."""

import pytest

from eventgraph import actors, events, sentences, temporal
from eventgraph.model import Document

from .test_events import doc


@pytest.mark.parametrize("text, code", [
    ("Jan Novak said he would rethink his position unless Freedonia changed course.", "130"),
    ("Ruritania said it would answer in kind if Freedonia kept up its pressure.", "130"),
    ("Jan Novak said tensions could rise further if Freedonia kept up its pressure.", "010"),
    ("Jan Novak said the ruling was unjustified and premature.", "111"),
    ("Ruritania said it was deeply disappointed by the verdict.", "111"),
    ("Jan Novak said Freedonia should show more flexibility.", "020"),
    ("Ruritania said the company should bring its costs down by March.", "020"),
    ("Jan Novak said Freedonia needed new credits.", "020"),
    ("Jan Novak said radical changes were needed.", "020"),
    ("Ruritania said it would resubmit its application.", "030"),
    ("Ruritania, ignoring the analysts, said it would resubmit its application.", "030"),
    ("Ruritania, like most analysts, said it would resubmit its application.", "030"),
    ("Ruritania, in a letter to analysts, said it would resubmit its application.", "030"),
    ("Freedonia should show more flexibility, Bank of Acme economist Jan Novak said.", "010"),
    ("Freedonia should show more flexibility, banking analysts said.", "010"),
    ("Ruritania said it intends to keep its embassy open.", "030"),
    ("Jan Novak said his firm would also keep its offices.", "030"),
    ("Jan Novak said we would expect the talks to go on.", "010"),
    ("Jan Novak said it would indicate that the strength was passing.", "010"),
    ("Ruritania said its exports were strong this year.", "010"),
    ("Jan Novak said Freedonia would keep its offices.", "010"),
    ("Ruritania said it would consider other offers for the unit.", "014"),
    ("Ruritania said the government intends to promptly review all its options.", "014"),
    ("Ruritania said it would do whatever it took to keep the bridge open.", "130"),
    ("Jan Novak said the canal was no concern of Freedonia's but Ruritania would resort to any means to "
     "protect it.", "130"),
    ("Jan Novak said it was unlikely that Ruritania would resort to such measures.", "010"),
    ("Ruritania said Freedonia had failed to live up to the agreement.", "111"),
    ("Freedonia was wrong to blame Ruritania for the crisis, Jan Novak said.", "111"),
    ("Jan Novak said it was wrong to expect a quick recovery.", "010"),
    ("Ruritania said the offer was too low and unwelcome.", "120"),
    ("Ruritania said the new tariff is not in keeping with their treaty.", "111"),
    ("Ruritania said there was a risk that it would lose the contract.", "010"),
    ("Ruritania said it will report record results for the year.", "010"),
    ("Ruritania said it will likely be ready by March.", "010"),
    ("Ruritania said it would never accept the terms.", "010"),
    ("Ruritania said it would not be surprised if Freedonia cut its rates.", "010"),
    ("Ruritania will keep its embassy open, Ruritania said.", "030"),
    ("Freedonia should show more flexibility, said Jan Novak, an economist at Smith Barney.", "010"),
    ("Jan Novak said a study will be made to determine whether the duty should be cut.", "010"),
    ("Jan Novak said it was not clear why Ruritania should accept the terms.", "010"),
    ("Jan Novak said the firm lacks the shares needed to win control.", "010"),
    ("Jan Novak said the new rules should help exports from Ruritania.", "010"),
    ("Jan Novak said the new trains should be available in Freedonia in May.", "010"),
    ("Jan Novak said the tax on fuel should be abolished at once.", "020"),
    ("Ruritania said it was not certain whether the firm would pay a dividend.", "010"),
    ("Ruritania said it would like to have more grain in stock.", "010"),
    ("Jan Novak said inflation could be kept low if oil prices stay stable.", "010"),
    ("Ruritania said it would consider, if necessary, another delay of the sale.", "014"),
    ("Jan Novak said we will check if they play a role and we will decide.", "030"),
    ("Ruritania said it would hurt the exports of Freedonia.", "010"),
    ("Ruritania said it would come into force in May.", "010"),
    ("Jan Novak said the company was planning to open a plant in Freedonia.", "030"),
    ("Jan Novak said the offer from Freedonia was inadequate.", "120"),
    ("Jan Novak said the supplies of Freedonia were inadequate.", "010"),
    ("Jan Novak said any intrusion by Freedonia would be met by a firm response.", "130"),
    ("Jan Novak said Freedonia will face severe consequences.", "130"),
    ("Jan Novak said the extra orders from Freedonia would be met by imports.", "010"),
    ("Ruritania said it would respond decisively to any move by Freedonia.", "130"),
    ("Ruritania said it would retaliate.", "130"),
    ("Ruritania said it would hit back.", "130"),
    ("Ruritania said it would respond to the letter from Freedonia next week.", "030"),
    ("Jan Novak said the new plant in Freedonia should open in the first half of next year.", "010"),
    ("Jan Novak said Freedonia should open its markets.", "020"),
    ("Ruritania said it informed Freedonia of its intention to buy more shares.", "030"),
    ("Ruritania said it had no intention to buy more shares of Freedonia.", "010"),
    ("Jan Novak said Freedonia has informed Ruritania of its intention to buy more shares.", "010"),
    ("Ruritania said it would respond to any questions from Freedonia.", "030"),
    ("Ruritania said it would respond in kind to any move by Freedonia.", "130"),
    ("Jan Novak said Freedonia should begin by withdrawing its troops.", "020"),
    ("Jan Novak said the new plant in Freedonia should open by June.", "010"),
    ("Ruritania said the new levy on its wine was a clear violation of the treaty.", "111"),
    ("Jan Novak said the conduct of Freedonia was an act of armed aggression.", "111"),
    ("Ruritania said the new tariff was discriminatory and illegal.", "111"),
    ("Jan Novak said the new tariff was not a violation of the treaty.", "010"),
    ("Jan Novak said it would be a mistake to raise the tariff.", "010"),
    ("Jan Novak said there has never been a mistake by the ferry crew.", "010"),
])
def test_a_statement_is_coded_by_what_it_says(text, code):
    [said] = doc(text).event_mentions
    assert said.code == code, said.title


def test_a_company_that_says_the_company_should_act_speaks_of_itself():
    actors = {"Acme": ("acme", "organization"), "Ruritania": ("ruritania", "country")}
    [said] = doc("Acme said the company should bring its costs down by March.", actors=actors).event_mentions
    assert said.code == "010"
    [said] = doc("Ruritania said the company should bring its costs down by March.", actors=actors).event_mentions
    assert said.code == "020"


def test_a_word_of_need_that_is_no_obligation_leaves_a_comment():
    [said] = doc("Jan Novak said the firm lacks the information needed.").event_mentions
    assert said.code == "010"
    [said] = doc("Jan Novak said the need for new credits was growing.").event_mentions
    assert said.code == "010"


def test_a_statement_reporting_a_happening_is_the_happening():
    codes = [m.code for m in doc("Jan Novak said Ruritania signed the deal with Freedonia, which should help trade.")
             .event_mentions]
    assert "020" not in codes and any(code.startswith("05") for code in codes)


def test_a_pronoun_speaker_is_the_actor_named_before():
    said = doc("Jan Novak arrived in Freedonia. He said the talks had gone well and would go on.").event_mentions[-1]
    assert (said.code, [(p.actor, p.role) for p in said.actors][:1]) == ("010", [("jan-novak", "source")])
    said = doc("Jan Novak arrived in Freedonia. Sue Smith is in good health, he said.").event_mentions[-1]
    assert said.title == "Jan Novak says Sue Smith is in good health"


def test_a_pronoun_speaker_may_stand_before_an_adverb():
    said = doc("Jan Novak arrived in Freedonia. He also said Ruritania must cut its tariffs.").event_mentions[-1]
    assert (said.code, [(p.actor, p.role) for p in said.actors][:1]) == ("020", [("jan-novak", "source")])


def test_a_title_keeps_the_modal_of_a_long_subjects_verb():
    said = doc("Jan Novak said the UN sanctions regime against Ruritania should be revised.").event_mentions[-1]
    assert said.title == "Jan Novak says the UN sanctions regime should be revised"


def test_a_pronoun_speaker_is_not_one_the_statement_names():
    found = doc("Jan Novak arrived in Freedonia. Jan Novak is in good health, he said.").event_mentions
    assert all(m.code[:2] != "01" for m in found)


def test_speakers_named_by_a_plural_are_not_the_he_they_speak_of():
    found = doc("Jan Novak arrived in Freedonia. The sources said he ran into opposition from bankers.").event_mentions
    assert not [m for m in found if m.code[:2] == "01" and any(p.actor == "jan-novak" for p in m.actors)]
    said = doc("Jan Novak arrived in Freedonia. He has also said he would stay.").event_mentions[-1]
    assert [(p.actor, p.role) for p in said.actors][:1] == [("jan-novak", "source")]


def test_a_fronted_statement_told_by_a_plural_is_not_told_by_the_sentence_s_subject():
    found = doc("Ruritania will sell more bonds next month, money market traders said.").event_mentions
    assert not [m for m in found if m.code[:2] == "01" and ("ruritania", "source") in
                [(p.actor, p.role) for p in m.actors]]
    said = doc("Ruritania will sell more bonds next month, government officials said.").event_mentions[0]
    assert [(p.actor, p.role) for p in said.actors][:1] == [("ruritania", "source")]


def test_a_speaker_named_by_its_country_or_its_adjective():
    said = doc("Ruritania officials said the border would stay open.").event_mentions[0]
    assert [(p.actor, p.role) for p in said.actors][:1] == [("ruritania", "source")]


def test_what_a_statement_reports_may_hold_its_own_agent():
    [said] = doc("Ruritania said it was surprised by the ruling of the court.").event_mentions
    assert said.title.startswith("Ruritania says it was surprised by the ruling")


def test_a_quotation_that_reports_no_happening_is_what_its_speaker_says():
    [said] = doc('"We managed to put our side of the story against them here," Jan Novak said.').event_mentions
    assert (said.code, said.title) == ("010", 'Jan Novak says "we managed to put our side of the story"')
    assert doc('"The talks were useful," Jan Novak said.').event_mentions == []


@pytest.mark.parametrize("text", [
    'Ruritania said in a statement, "The board considers that the offer is far too low."',
    'Jan Novak said: "The board considers that the offer is far too low."',
])
def test_a_quotation_after_its_speaker_is_what_the_speaker_says(text):
    [said] = doc(text).event_mentions
    assert said.title.endswith("says the board considers that the offer is far too low")


def test_a_quotation_of_a_few_words_goes_on_in_the_reporters_words():
    [said] = doc('Jan Novak said in Caracas, "radical changes" in interest rates were needed.').event_mentions
    assert (said.code, said.title) == ("020", "Jan Novak says radical changes in interest rates were needed")


def test_a_statement_that_opens_with_its_condition_is_what_the_speaker_says():
    [said] = doc("Jan Novak added that if poor countries keep losing money, many will be unable to pay for imports."
                 ).event_mentions
    assert said.title == "Jan Novak says if poor countries keep losing money, many will be unable to pay for imports"
    terms = "Jan Novak said if all options are exercised, the contract will be worth 78 mln dlrs."
    assert doc(terms).event_mentions == []


def test_a_quotation_after_its_speaker_that_reports_a_deed_is_the_deed():
    [signed] = doc('Ruritania said, "We have signed the deal with Freedonia."').event_mentions
    assert signed.code.startswith("05")


def test_a_judgement_of_a_happening_is_criticism_besides_the_happening():
    codes = {m.code for m in doc("Jan Novak said the attack on Freedonia was totally unjustified.").event_mentions}
    assert "111" in codes and any(code[:2] in ("18", "19") for code in codes)


def test_a_quotation_opening_with_a_conjunction_goes_on_after_it():
    [said] = doc('"But we must not forget the cost of the war," Jan Novak said.').event_mentions
    assert said.title == 'Jan Novak says "we must not forget the cost of the war"'


def test_a_refusal_to_let_another_act_is_a_threat():
    [said] = doc("Jan Novak said Ruritania would not allow Freedonia to use the strait.").event_mentions
    assert said.code == "130"


def test_a_description_of_a_body_speaks_for_the_body_named_before():
    said = doc("Vorland News Agency reported a loss. The agency also said it would close two offices."
               ).event_mentions[-1]
    assert (said.code, said.title) == ("030", "Vorland News Agency says it would close two offices")


@pytest.mark.parametrize("text", [
    "Ruritania said its troops had overrun the garrison at Nova.",
    "Ruritania said its exports rose 10 pct in the year.",
    "Jan Novak said the shipment was delivered to Freedonia in May.",
    "Ruritania said the police had cleared the square of protesters.",
    "Ruritania said six ships were idle abroad.",
    "Ruritania said the rebels had 15,000 casualties in the fighting.",
])
def test_a_statement_that_tells_a_deed_done_is_no_statement_of_its_own(text):
    assert all(m.code[:2] != "01" for m in doc(text).event_mentions)


@pytest.mark.parametrize("text", [
    "Jan Novak said Freedonia had been told of his concern.",
    "Jan Novak said he opposed the sale of the unit.",
    "Jan Novak said they were shocked by the verdict.",
    "Jan Novak said the firm had not approved the plan.",
    "Jan Novak said he hasn't bought any more stock in the firm.",
    "Jan Novak said the sophisticated technology would cut costs.",
    "Jan Novak said the outlook for the firm was bright.",
    "Jan Novak said the two sides were close to a deal.",
    "Jan Novak said the policy of Freedonia had failed to bring prices down.",
])
def test_a_statement_of_a_thought_a_state_or_a_denial_stays_a_statement(text):
    assert any(m.code[:2] in ("01", "11") for m in doc(text).event_mentions)


@pytest.mark.parametrize("text", [
    "Ruritania said the ministry had no comment on the ruling of the court.",
    "Ruritania said it was not immediately known how many people were hurt in the fire.",
    "Jan Novak said he could not confirm the departure of the troops from Nova.",
    "Ruritania said there were no immediate plans for meetings with the union.",
    "Jan Novak said the managers of Acme could not be reached by telephone.",
])
def test_a_statement_that_tells_nothing_is_no_statement(text):
    assert all(m.code[:2] != "01" for m in doc(text).event_mentions)


def test_a_statement_that_tells_something_before_it_declines_stays():
    found = doc("Jan Novak said the troops were in place near Nova but would not give their number.").event_mentions
    assert any(m.code == "010" for m in found)


@pytest.mark.parametrize("text", [
    "Ruritania said the Nova hospital, which took part in the trials, has ordered 100 of the new pumps.",
    "Jan Novak said the trade deficit, which was large last year, would decline by a third this year.",
])
def test_a_relative_clause_inside_the_reported_subject_hides_no_deed_or_trend(text):
    assert all(m.code[:2] != "01" for m in doc(text).event_mentions)


def test_a_deed_told_before_a_closing_reporting_verb_is_no_statement_of_its_own():
    assert all(m.code[:2] != "01" for m in doc("Ruritania's troops had overrun the garrison at Nova, officials in Ruritania said.")
               .event_mentions)


def test_a_dated_statement_that_tells_a_deed_done_is_the_deed_alone():
    found = doc("Ruritania said yesterday troops attacked a town in Freedonia.", [("yesterday", "DATE", "2021-05-05")])
    assert [m.code[:2] for m in found.event_mentions] == ["19"]


def test_a_concession_is_no_condition_of_a_threat():
    [said] = doc("Jan Novak said even if Freedonia changed course, he would rethink his position.").event_mentions
    assert said.code != "130"
    [said] = doc("Jan Novak said he would rethink his position if Freedonia changed course.").event_mentions
    assert said.code == "130"


def test_a_title_names_what_was_said_of_once():
    [said] = doc("Jan Novak said pressure on the Freedonia\noffer means Freedonia paying in cash.").event_mentions
    assert said.title == "Jan Novak says pressure means Freedonia paying in cash"


def test_a_report_of_a_figure_or_a_happening_named_is_no_statement():
    assert all(m.code[:2] != "01" for m in doc("Ruritania reported a loss of 3 mln dlrs in the year.").event_mentions)
    assert doc("Ruritania reported details of its new budget.").event_mentions == []
    [published] = doc("Ruritania reported details of its new budget on Monday.",
                      [("on Monday", "DATE", "2021-05-03")]).event_mentions
    assert published.code == "010"  # a report on a day of its own is a publication
    [said] = doc("Ruritania reported that the fighting near Nova was heavy.").event_mentions
    assert said.code == "010"


def test_a_policy_a_statement_only_names_is_not_the_speakers():
    found = doc("Jan Novak said the government must answer for the effects of the law imposing the wage freeze.")
    assert all(m.code != "00" for m in found.event_mentions)
    [freeze] = doc("Ruritania announced a wage freeze.").event_mentions
    assert [(p.actor, p.role) for p in freeze.actors] == [("ruritania", "source")]


def test_the_holder_of_a_title_an_organisation_qualifies_speaks_after_the_verb():
    text = "Norvex Corp cut its forecast. \"Demand will recover soon,\" said Norvex chief economist Karl Berg."
    document = Document(id="d1", path="d1.txt", text=text, published="2021-05-06")
    for stage in (sentences.annotate, temporal.annotate, actors.annotate, events.annotate):
        document = stage(document)
    said = document.event_mentions[-1]
    assert [(p.actor, p.role) for p in said.actors if p.role == "source"] == [("karl-berg", "source")]


@pytest.mark.parametrize("text", [
    "Ruritania said it has already printed new bank notes.",
    "Jan Novak said he opened a new office in the capital last year.",
    '"We have lost some orders to Freedonia," Jan Novak said.',
])
def test_a_deed_the_speaker_tells_of_itself_that_no_trigger_names_is_told_by_its_statement(text):
    assert [m.code[:2] for m in doc(text).event_mentions] == ["01"]


def sources(mention):
    return [p.actor for p in mention.actors if p.role == "source"]


@pytest.mark.parametrize("text", [
    "The Vorland News Agency quoted Jan Novak as saying the border with Freedonia would stay closed.",
    "Jan Novak was quoted by the Vorland News Agency as saying the border with Freedonia would stay closed.",
    "The border with Freedonia will stay closed, Jan Novak was quoted as saying.",
    "Jan Novak arrived in Freedonia on Monday. The Vorland News Agency quoted him as saying the border would "
    "stay closed.",
])
def test_the_speaker_of_a_quote_is_the_one_quoted_not_who_quotes(text):
    [said] = [m for m in doc(text).event_mentions if m.code[:2] == "01"]
    assert sources(said) == ["jan-novak"]


@pytest.mark.parametrize("text, timex", [
    ("Jan Novak said the new bridge is scheduled to open in June.", ("June", "DATE", "2021-06")),
    ("Jan Novak said the sale of the mill is expected to be completed next month.",
     ("next month", "DATE", "2021-06")),
    ("Ruritania said the tender for the port will expire on May 20.", ("May 20", "DATE", "2021-05-20")),
    ("Jan Novak said work on the dam would go ahead later this week.", ("later this week", "DATE", "2021-W18")),
    ("Jan Novak said the state-owned trucks will begin service in June.", ("June", "DATE", "2021-06")),
])
def test_a_statement_that_only_tells_a_happening_to_come_is_no_event(text, timex):
    assert doc(text, [timex]).event_mentions == []


@pytest.mark.parametrize("text, timex", [
    ("Jan Novak said the market will be calm next year.", ("next year", "DATE", "2022")),
    ("Jan Novak said the new rules would depress exports in June.", ("June", "DATE", "2021-06")),
    ("Jan Novak said exports could begin to fall next month.", ("next month", "DATE", "2021-06")),
    ("Jan Novak said the tax rate would be unchanged next year.", ("next year", "DATE", "2022")),
    ("Jan Novak said overproduction will become a problem next year.", ("next year", "DATE", "2022")),
    ("Jan Novak said the mill will begin work in June only if the weather holds.", ("June", "DATE", "2021-06")),
])
def test_a_forecast_leaves_the_statement(text, timex):
    assert [m.code[:2] for m in doc(text, [timex]).event_mentions] == ["01"]


@pytest.mark.parametrize("text", [
    "Ruritania said its third quarter profit was up from a year earlier.",
    "Jan Novak said the trade surplus will near 10 billion dlrs this year.",
    "Exports of grain fell by a third in May, the Ruritania statistics office said.",
    "Jan Novak said sales of the new model could double next year.",
    "Jan Novak said orders for trucks were flat in Freedonia.",
])
def test_a_statement_of_how_a_result_or_a_statistic_moves_is_no_event(text):
    assert all(m.code[:2] != "01" for m in doc(text).event_mentions)


@pytest.mark.parametrize("text", [
    "Ruritania Paper said its linerboard prices would increase to 360 dlrs a ton.",
    "Jan Novak said margins on gold contracts will be increased to 2,000 dlrs.",
    "Jan Novak said the outlook for profit was bright.",
])
def test_prices_the_speaker_sets_a_measure_moved_or_a_state_leave_the_statement(text):
    assert any(m.code[:2] == "01" for m in doc(text).event_mentions)


@pytest.mark.parametrize("text", [
    "Jan Novak said the sale does not include the bakery in Freedonia.",
    "Ruritania said the offer is subject to approval by the parliament.",
    "Jan Novak said the purchase is conditioned on financing from Freedonia.",
    "Jan Novak said conditions to the offer include a vote by the shareholders.",
    "Jan Novak said the Freedonia Bank will act as agent for the lenders.",
    "Ruritania said proceeds from the bond will be used to repay debt.",
    "Jan Novak said the agreement calls for Ruritania to pay 20 dlrs a share.",
])
def test_a_statement_of_what_something_is_made_of_or_hangs_on_is_no_event(text):
    assert doc(text).event_mentions == []


@pytest.mark.parametrize("text", [
    "Jan Novak said the capital markets would then get used to the idea of buying the bonds.",
    "Jan Novak said both platforms were being used to launch attacks on Freedonia shipping.",
    "Jan Novak said Ruritania Steel will be included in the index of Freedonia.",
])
def test_a_use_or_an_inclusion_that_is_no_deal_term_leaves_the_statement(text):
    assert [m.code[:2] for m in doc(text).event_mentions] == ["01"]


def test_a_statement_whose_own_verb_comes_before_a_word_of_terms_stays():
    assert [m.code for m in doc("Jan Novak said the talks went well and the plan includes new taxes.")
            .event_mentions] == ["010"]


def test_a_comment_in_the_same_breath_as_a_criticism_is_a_mention_of_it():
    text = "On Sunday, Jan Novak criticised the budget of Ruritania and said such measures were not in the spirit."
    assert [m.code for m in doc(text, [("On Sunday", "DATE", "2021-05-02")]).event_mentions] == ["111"]


def test_a_deal_that_calls_for_something_gives_its_terms_and_makes_no_appeal():
    assert doc("The Ruritania plan calls for Freedonia to cut 500 jobs.").event_mentions == []


def speakers_of(text, actors=None):
    return [(m.code[:2], sources(m)) for m in doc(text, actors=actors).event_mentions if m.code[:2] in ("01", "02")]


@pytest.mark.parametrize("text, group", [
    ("Freedonia will stay the main supplier of gas to Ruritania, oil industry sources said.",
     "group:oil industry sources"),
    ("Foreign exchange dealers said the currency of Ruritania could fall further.", "group:foreign exchange dealers"),
    ("The currency of Ruritania could fall further, said one currency analyst.", "group:currency analysts"),
])
def test_speakers_named_by_what_they_are_are_a_group(text, group):
    assert speakers_of(text) == [("01", [group])]


def test_speakers_named_by_no_word_of_whose_they_are_name_no_speaker():
    assert speakers_of("The currency of Ruritania could fall further, sources said.") == []
    assert speakers_of("The currency of Ruritania could fall further, analysts said.") == []
    assert speakers_of("The currency of Ruritania could fall further, official sources said.") == []


def test_speakers_who_point_back_are_the_group_named_before():
    found = speakers_of("Freedonia will stay the main supplier of gas to Ruritania, oil industry sources said. "
                        "The sources said no other country could take its place.")
    assert found == [("01", ["group:oil industry sources"])] * 2
    found = speakers_of("Western diplomats said Ruritania wanted no wider conflict with Freedonia. "
                        "It was the mildest answer Ruritania could give, one diplomat said.")
    assert found == [("01", ["group:western diplomats"])] * 2


def test_speakers_described_by_the_body_they_serve_speak_for_it():
    actors = {"Acme Corp": ("acme", "organization"), "Ruritania": ("ruritania", "country")}
    found = speakers_of("Acme Corp said it would stay in Ruritania. Company executives said the plant would not "
                        "close.", actors)
    assert found[-1] == ("01", ["acme"])


def test_they_who_speak_are_the_speakers_named_before():
    actors = {"Acme Corp": ("acme", "organization"), "Novak Holdings": ("novak-holdings", "organization"),
              "Ruritania": ("ruritania", "country")}
    found = speakers_of("Acme Corp and Novak Holdings, in a joint statement, said they remained interested. "
                        "They said they are confident that Ruritania will see the merits of the plan.", actors)
    assert found[-1] == ("01", ["acme", "novak-holdings"])


@pytest.mark.parametrize("text", [
    '"There is no doubt that the negotiations made Ruritania a force to be reckoned with," Jan Novak said.',
    "The Ruritania accord on trade appeared in serious danger today, Jan Novak said.",
])
def test_a_fronted_clause_whose_trigger_makes_no_event_is_what_its_speaker_says(text):
    assert speakers_of(text) == [("01", ["jan-novak"])]


def test_a_need_stated_is_no_deed_done():
    found = speakers_of("Ruritania and Freedonia need to raise the share of locally procured parts, Jan Novak said.")
    assert [speaker for _, speaker in found] == [["jan-novak"]]


def _comment_roles(text: str) -> set[tuple[str, str]]:
    [comment] = [m for m in doc(text).event_mentions if m.code[:2] == "01"]
    return {(p.actor, p.role) for p in comment.actors}


@pytest.mark.parametrize("text", [
    "Jan Novak said he did not expect Ruritania to cut its rates.",  # named only further on
    "Jan Novak said the takeover would allow Ruritania to expand.",  # after the reported clause's verb
])
def test_a_comment_is_aimed_at_no_actor_that_is_not_the_subject_of_what_was_said(text):
    assert _comment_roles(text) == {("jan-novak", "source")}


@pytest.mark.parametrize("text", [
    "Freedonia said it gave the documents to Ruritania.",  # the speaker's own deed
    "Freedonia said it is pursuing its claims against Ruritania.",  # what the speaker is doing
])
def test_a_comment_on_the_speaker_s_own_doing_is_aimed_at_whom_it_names(text):
    assert ("ruritania", "target") in _comment_roles(text)


def test_a_speaker_named_again_as_the_sentence_writes_it_reads_it():
    actors = {"Vorland Steel Corp": ("vorland", "organization"), "Vorland Co.": ("vorland", "organization")}
    [said] = doc("Vorland Steel Corp said on Monday that Vorland Co. is trying to sell its plant.",
                 actors=actors).event_mentions
    assert said.title == "Vorland Steel Corp says it is trying to sell its plant"
    actors = {"Vorland Steel Corp": ("vorland", "organization"), "Vorland": ("vorland", "organization")}
    [said] = doc("Vorland Steel Corp said on Monday that the Vorland plant in Montrose will close.",
                 actors=actors).event_mentions
    assert said.title == "Vorland Steel Corp says its plant in Montrose will close"


def test_a_deed_of_cooperation_offered_on_a_condition_is_no_threat():
    [said] = doc("Ruritania said that if the harvest was poor, it would purchase grain abroad.").event_mentions
    assert said.code[:2] == "03"


def test_a_thing_that_will_not_allow_a_deed_threatens_no_one():
    said = doc("Jan Novak said the budget would not allow Ruritania to buy more ships.")
    codes = {m.code for m in said.event_mentions}
    assert "130" not in codes


@pytest.mark.parametrize("text, target", [
    ("Ruritanian Prime Minister Jan Novak said Ruritania would answer in kind if Freedonia kept up its pressure.",
     "freedonia"),
    ("Ruritania will not let Freedonia close the strait, Ruritanian Prime Minister Jan Novak said.", "freedonia"),
    ("Ruritanian Prime Minister Jan Novak said Ruritania would answer in kind if the Canadian pressure went on.",
     "canada"),
    ("Ruritanian Prime Minister Jan Novak said last week's rise in Canadian interest rates was unjustified.", "canada"),
])
def test_a_threat_or_a_criticism_is_about_the_other_actor_its_said_clause_names(text, target):
    [said] = doc(text).event_mentions
    assert (target, "target") in {(p.actor, p.role) for p in said.actors}


@pytest.mark.parametrize("text", [
    "Ruritanian Prime Minister Jan Novak said the Ruritania army would answer in kind if the Canadian pressure went "
    "on.",  # the speaker's side only qualifies the clause's subject
    "Ruritanian Prime Minister Jan Novak said Ruritania would answer in kind if pressure in Canada went on.",
    "Ruritanian Prime Minister Jan Novak said Ruritania had understanding for what Freedonia had done.",  # a comment
])
def test_a_statement_names_no_target_where_its_clause_acts_on_no_other_actor(text):
    [said] = doc(text).event_mentions
    assert all(p.role != "target" for p in said.actors)

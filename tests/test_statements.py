"""Statements coded by what they say: threats, criticism, appeals and intents among the plain comments."""

import pytest

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
    ("Jan Novak said his country was ready to take firm measures if Freedonia went ahead with the duties.", "130"),
    ("Jan Novak said the country was ready to take firm measures if Freedonia went ahead with the duties.", "010"),
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
    ("Jan Novak said the vote would help lawmakers soften protectionist trade bills.", "010"),
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
    ("Jan Novak said the levy on Freedonia would rise and this should keep buyers away.", "010"),
    ("Jan Novak said Freedonia should keep buyers away.", "020"),
    ("Ruritania said the new levy on its wine was a clear violation of the treaty.", "111"),
    ("Jan Novak said the conduct of Freedonia was an act of armed aggression.", "111"),
    ("Ruritania said the new tariff was discriminatory and illegal.", "111"),
    ("Jan Novak said the new tariff was not a violation of the treaty.", "010"),
    ("Jan Novak said it would be a mistake to raise the tariff.", "010"),
    ("Jan Novak said there has never been a mistake by the ferry crew.", "010"),
    ("Jan Novak said the jump in lending must cause some alarm in Freedonia.", "010"),
    ("Jan Novak said the firms must have known of the losses.", "010"),
    ("Jan Novak said Freedonia must cut its tariffs.", "020"),
    ("Jan Novak said Freedonia must have a larger share of the contracts.", "020"),
    ("Ruritania said it strongly supports the tariff plan of Freedonia.", "051"),
    ("Jan Novak said he favoured the new policy on fuel.", "051"),
    ("Ruritania said it supports the freedom of trade with Freedonia.", "010"),
    ("Ruritania said they support the tariff plan of Freedonia.", "051"),
    ("Ruritania said he support program for the farmers of Freedonia was closed.", "010"),
    ("Jan Novak said the farmers support the tariff plan of Freedonia.", "010"),
    ("Jan Novak said he did not support the tariff plan of Freedonia.", "010"),
    ("Ruritania said it was supported by most of the banks.", "010"),
    ("Ruritania said it backed away from the tariff plan of Freedonia.", "010"),
    ("Jan Novak said that if the levy were doubled, it could result in lasting damage to the mills.", "010"),
    ("Jan Novak said if Freedonia raised its duties it would hurt the dockers most of all.", "010"),
    ("Jan Novak said it would take nine months to rebuild the bridge if Ruritania agrees.", "010"),
    ("Ruritania said if Freedonia kept its troops there, it would take every step needed to defend itself.", "130"),
    ("Jan Novak said the cabinet must take responsibility for any effects of its new tax.", "111"),
    ("Jan Novak said Freedonia would be held responsible for the losses.", "111"),
    ("Ruritania said it would bear full responsibility for the losses.", "030"),
    ("Jan Novak said Freedonia was not responsible for the damage.", "010"),
    ("Jan Novak said the minister responsible for trade would visit Freedonia.", "010"),
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


@pytest.mark.parametrize("text", [
    "Jan Novak said the mill owners saw no need to change their wage policy.",
    "Jan Novak said Freedonia did not need to raise its tariffs.",
])
def test_a_need_denied_is_no_appeal(text):
    [said] = doc(text).event_mentions
    assert said.code == "010", said.title


def test_a_statement_reporting_a_happening_is_the_happening():
    codes = [m.code for m in doc("Jan Novak said Ruritania signed the deal with Freedonia, which should help trade.")
             .event_mentions]
    assert "020" not in codes and any(code.startswith("05") for code in codes)


def test_a_title_keeps_the_modal_of_a_long_subjects_verb():
    said = doc("Jan Novak said the UN sanctions regime against Ruritania should be revised.").event_mentions[-1]
    assert said.title == "Jan Novak says the UN sanctions regime should be revised"


def test_what_a_statement_reports_may_hold_its_own_agent():
    [said] = doc("Ruritania said it was surprised by the ruling of the court.").event_mentions
    assert said.title.startswith("Ruritania says it was surprised by the ruling")


def test_a_judgement_of_a_happening_is_criticism_besides_the_happening():
    codes = {m.code for m in doc("Jan Novak said the attack on Freedonia was totally unjustified.").event_mentions}
    assert "111" in codes and any(code[:2] in ("18", "19") for code in codes)


def test_a_refusal_to_let_another_act_is_a_threat():
    [said] = doc("Jan Novak said Ruritania would not allow Freedonia to use the strait.").event_mentions
    assert said.code == "130"


def test_a_concession_is_no_condition_of_a_threat():
    [said] = doc("Jan Novak said even if Freedonia changed course, he would rethink his position.").event_mentions
    assert said.code != "130"
    [said] = doc("Jan Novak said he would rethink his position if Freedonia changed course.").event_mentions
    assert said.code == "130"


def test_a_title_names_what_was_said_of_once():
    [said] = doc("Jan Novak said pressure on the Freedonia\noffer means Freedonia paying in cash.").event_mentions
    assert said.title == "Jan Novak says pressure means Freedonia paying in cash"


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


def test_the_one_quoted_with_an_aside_that_describes_him_is_the_speaker():
    text = ("The Vorland News Agency quoted Jan Novak, the deputy head of the grain board of Ruritania, as saying "
            "the border with Freedonia would stay closed.")
    [said] = [m for m in doc(text).event_mentions if m.code[:2] == "01"]
    assert sources(said) == ["jan-novak"]


def test_a_comment_in_the_same_breath_as_a_criticism_is_a_mention_of_it():
    text = "On Sunday, Jan Novak criticised the budget of Ruritania and said such measures were not in the spirit."
    assert [m.code for m in doc(text, [("On Sunday", "DATE", "2021-05-02")]).event_mentions] == ["111"]


def speakers_of(text, actors=None):
    return [(m.code[:2], sources(m)) for m in doc(text, actors=actors).event_mentions if m.code[:2] in ("01", "02")]


def test_a_need_stated_is_no_deed_done():
    found = speakers_of("Ruritania and Freedonia need to raise the share of locally procured parts, Jan Novak said.")
    assert [speaker for _, speaker in found] == [["jan-novak"]]


@pytest.mark.parametrize("text", [
    "Ruritania said that if the harvest was poor, it would purchase grain abroad.",
    "Ruritania said it would increase its research budget if the patent law is changed.",  # not "increase ... tariffs"
    # nor the money market's help or its securities market, written as fixed phrases
    "Ruritania said it would give more money to its schools if the tax law is changed.",
    "Ruritania said it would enter the market for the new bonds if the rules are changed.",
])
def test_a_deed_of_cooperation_offered_on_a_condition_is_no_threat(text):
    [said] = doc(text).event_mentions
    assert said.code[:2] == "03"


@pytest.mark.parametrize("text", [
    "Acme said that if the merger terms were not acceptable it may make a tender offer directly to holders.",
    "Acme said it would make a tender offer to holders unless the Widget board agreed to negotiate.",
    "Acme said it may make a tender offer to holders if the Widget board rejects its proposal.",
])
def test_an_intended_deed_of_cooperation_made_to_hang_on_a_refusal_is_a_threat(text):
    actors = {"Acme": ("acme", "organization"), "Widget": ("widget", "organization")}
    [threat] = doc(text, actors=actors).event_mentions
    assert (threat.code, threat.title.split(" tender")[0]) == ("130", "Acme threatens to make a")


def test_an_intended_deed_of_cooperation_on_a_condition_that_refuses_nothing_stays_an_intent():
    actors = {"Acme": ("acme", "organization"), "Widget": ("widget", "organization")}
    [intent] = doc("Acme said it may make a tender offer to holders if the Widget board agrees.",
                   actors=actors).event_mentions
    assert (intent.code, intent.title.split(" tender")[0]) == ("031", "Acme plans to make a")


def test_a_thing_that_will_not_allow_a_deed_threatens_no_one():
    said = doc("Jan Novak said the budget would not allow Ruritania to buy more ships.")
    codes = {m.code for m in said.event_mentions}
    assert "130" not in codes


@pytest.mark.parametrize("text, code", [
    ("Jan Novak said the mill had violated its contract with the dockers.", "111"),
    ("Ruritania said the new levy would contravene the trade treaty.", "111"),
    ("Jan Novak said the brochure was misleading.", "111"),
    ("The canal board had misrepresented the costs of the works, Jan Novak said.", "111"),
    ("Jan Novak said the mill had not violated its contract with the dockers.", "010"),
])
def test_a_said_clause_whose_verb_is_a_wrong_done_blames_its_subject(text, code):
    [said] = doc(text).event_mentions
    assert said.code == code, said.title


@pytest.mark.parametrize("text", [
    "Jan Novak said the fears of a slump were exaggerated.",
    "Jan Novak said he would sell the mill, whose exports contravene the export rules.",
])
def test_a_thing_judged_overstated_or_a_wrong_outside_the_said_clause_blames_no_one(text):
    assert "111" not in [m.code for m in doc(text).event_mentions]


@pytest.mark.parametrize("text", [
    "Jan Novak, asked whether he feared a fall in the currency, said he did not.",
    "Jan Novak said the talks would go on when asked about the dispute with Ruritania.",
])
def test_a_speaker_asked_a_question_makes_no_appeal(text):
    found = doc(text).event_mentions
    assert [m.code[:2] for m in found] == ["01"]
    assert [p.actor for p in found[0].actors if p.role == "source"] == ["jan-novak"]


def test_one_who_asks_another_to_act_makes_an_appeal():
    assert [m.code for m in doc("Jan Novak asked Ruritania to free the prisoners.").event_mentions] == ["020"]


def test_each_of_two_sayings_joined_by_but_is_coded_by_its_own_clause():
    found = doc("Jan Novak said sales had been strong all year, but he said the banks should cut their rates "
                "soon.").event_mentions
    assert sorted(m.code for m in found) == ["010", "020"]


def test_a_second_saying_that_only_comments_makes_no_event_of_its_own():
    found = doc("Jan Novak said the banks should cut their rates soon, but he said sales had been strong all "
                "year.").event_mentions
    assert [m.code for m in found] == ["020"]


@pytest.mark.parametrize("text, code", [
    ("Jan Novak warned that the harvest in the south would be poor this year.", "012"),
    ("Ruritania warned that it would keep its ports shut to Freedonia's ships.", "130"),
    ("Ruritania warned that it would cut its grants unless the dockers went back to work.", "130"),
    ("Ruritania warned that it would consider new measures against the smugglers.", "014"),
])
def test_a_warning_told_to_no_one_is_a_statement_coded_by_what_it_says(text, code):
    [warned] = doc(text).event_mentions
    assert (warned.code, [p.actor for p in warned.actors if p.role == "source"]) == \
        (code, ["jan-novak" if text.startswith("Jan") else "ruritania"]), warned.title


def test_a_warning_to_someone_stays_a_threat_to_them():
    [warned] = doc("Ruritania warned Freedonia not to send its troops over the border.").event_mentions
    assert (warned.code, [p.actor for p in warned.actors if p.role == "target"]) == ("130", ["freedonia"])


@pytest.mark.parametrize("text", [
    "Liberals dropped Jan Novak's plan for resting on what they said were unrealistic forecasts.",
    "Conservatives turned down the budget of Jan Novak for what they said were rosy forecasts.",
])
def test_a_reporting_verb_that_names_a_thing_after_what_makes_no_statement(text):
    assert all(m.code[:2] != "01" for m in doc(text).event_mentions)

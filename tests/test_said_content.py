"""A comment's said clause that tells a deed done, a figure, a trend, a happening to come, terms or nothing is no
statement of the speaker's own."""

import pytest

from eventgraph.events import said_content, triggers
from eventgraph.events.text import read

from .test_events import ACTORS, doc


@pytest.mark.parametrize("text", [
    "Ruritania said its troops had overrun the garrison at Nova.",
    "Ruritania said its navy had seized two patrol boats in the gulf.",
    "Jan Novak said the shipment was banned from export in May.",
    "Ruritania said the police had arrested the protesters in the square.",
    "Ruritania said six ships were idle abroad.",
    "Ruritania said the rebels had 15,000 casualties in the fighting.",
])
def test_a_statement_that_tells_a_deed_done_is_no_statement_of_its_own(text):
    assert all(m.code[:2] != "01" for m in doc(text).event_mentions)


@pytest.mark.parametrize("text", [
    "Ruritania said its navy had sunk two patrol boats in the gulf.",
    "Jan Novak said the shipment was delivered to Freedonia in May.",
    "Ruritania said the police had cleared the square of protesters.",
    "Bankruptcies in Ruritania rose to 2,857 in March from 2,631 in February, the Vorland News Agency said.",
])
def test_a_deed_no_trigger_names_is_told_by_the_statement_that_reports_it(text):
    assert [m.code for m in doc(text).event_mentions] == ["010"]


@pytest.mark.parametrize("text", [
    "The cut followed a broad overhaul of lending rules last month which Jan Novak said was designed to help farms.",
    "For the first three years after the unrest began in 1981, output of grain held up, Jan Novak said.",
])
def test_a_clause_misread_as_telling_a_deed_is_no_statement(text):
    assert doc(text).event_mentions == []


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
    "Jan Novak said the amount of grain shipped to Freedonia might double within a year.",
])
def test_a_statement_of_a_thought_a_state_or_a_denial_stays_a_statement(text):
    assert any(m.code[:2] in ("01", "11") for m in doc(text).event_mentions)


@pytest.mark.parametrize("text", [
    "Ruritania said it was not immediately known how many people were hurt in the fire.",
    "Jan Novak said he could not confirm the withdrawal of the troops from Nova.",
    "Ruritania said there were no immediate plans for meetings with the union.",
    "Jan Novak said the managers of Acme could not be reached by telephone.",
])
def test_a_statement_that_tells_nothing_is_no_statement(text):
    assert all(m.code[:2] != "01" for m in doc(text).event_mentions)


def test_a_said_refusal_to_comment_is_declined_comment_not_a_statement():
    found = doc("Ruritania said the ministry had no comment on the ruling of the court.").event_mentions
    assert [m.code for m in found] == ["011"]


def test_a_statement_that_tells_something_before_it_declines_stays():
    found = doc("Jan Novak said the troops were in place near Nova but would not give their number.").event_mentions
    assert any(m.code == "010" for m in found)


@pytest.mark.parametrize("text", [
    "Ruritania said the Nova hospital, which took part in the trials, has bought a stake in the pump maker.",
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


def test_a_report_of_a_figure_or_a_happening_named_is_no_statement():
    assert all(m.code[:2] != "01" for m in doc("Ruritania reported a loss of 3 mln dlrs in the year.").event_mentions)
    assert doc("Ruritania reported details of its new budget.").event_mentions == []
    [published] = doc("Ruritania reported details of its new budget on Monday.",
                      [("on Monday", "DATE", "2021-05-03")]).event_mentions
    assert published.code == "010"  # a report on a day of its own is a publication
    [said] = doc("Ruritania reported that the fighting near Nova was heavy.").event_mentions
    assert said.code == "010"


def test_a_policy_a_statement_only_names_is_not_the_speakers():
    found = doc("Jan Novak said the government must answer for the results of the decree imposing the wage freeze.")
    assert all(m.code != "00" for m in found.event_mentions)
    [freeze] = doc("Ruritania announced a wage freeze.").event_mentions
    assert [(p.actor, p.role) for p in freeze.actors] == [("ruritania", "source")]


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
    "Analysts said the third quarter profit of Acme was up from a year earlier.",
    "Analysts said exports of Ruritania rose 10 pct in the year.",
    "Jan Novak said the trade surplus will near 10 billion dlrs this year.",
    "Exports of grain fell by a third in May, analysts at Freedonia Securities said.",
    "Jan Novak said sales of the new model could double next year.",
    "Jan Novak said orders for trucks were flat in Freedonia.",
    # a figure right after the verb of moving tells a measure, whatever the subject; so does a foreseen result
    "The Ruritania steel index rose 0.4 pct in March, one dealer said.",
    "Jan Novak said farm loans at Freedonia banks fell by 2.5 billion dlrs in the week.",
    "Economists said Acme Corp expects to incur heavy losses in the second half.",
    "The Ruritania car makers' group expects exports to Freedonia to double this year, Jan Novak said.",
])
def test_a_statement_of_how_anothers_result_or_a_statistic_moves_is_no_event(text):
    actors = {**ACTORS, "Acme Corp": ("acme", "organization"), "Freedonia Securities": ("fs", "organization")}
    assert all(m.code[:2] != "01" for m in doc(text, actors=actors).event_mentions)


@pytest.mark.parametrize("text", [
    "Acme Corp said its third quarter profit was up from a year earlier.",
    "Acme Corp said it expects to incur heavy losses in the second half.",
    "Acme Corp said sales of its new model rose 12 pct in March.",
    "Acme Corp expects its sales to climb this year, Jan Novak said.",
    "Jan Novak said he expected a slowdown in farm production over the summer.",
    "Ruritania said its exports rose 10 pct in the year.",
])
def test_a_speakers_own_results_and_forecasts_stay_statements(text):
    actors = {**ACTORS, "Acme Corp": ("acme", "organization")}
    assert [m.code[:2] for m in doc(text, actors=actors).event_mentions] == ["01"]


@pytest.mark.parametrize("text", [
    "Ruritania Paper said its linerboard prices would increase to 360 dlrs a ton.",
    "Jan Novak said margins on gold contracts will be increased to 2,000 dlrs.",
    "Jan Novak said the outlook for profit was bright.",
    # a figure after a verb that is no move, an expectation of no measure
    "Jan Novak said the union wants to double its membership to 200,000 members.",
    "Jan Novak said the firm expects to be profitable again under its new owners.",
    "Jan Novak said he expected the bank of Freedonia to cut its costs this year.",
])
def test_prices_the_speaker_sets_a_measure_moved_or_a_state_leave_the_statement(text):
    assert any(m.code[:2] == "01" for m in doc(text).event_mentions)


@pytest.mark.parametrize("text", [
    "Jan Novak said the sale does not include the bakery in Freedonia.",
    "Ruritania said the sale is subject to approval by the parliament.",
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


def test_a_deal_that_calls_for_something_gives_its_terms_and_makes_no_appeal():
    assert doc("The Ruritania plan calls for Freedonia to cut 500 jobs.").event_mentions == []


@pytest.mark.parametrize("text", [
    "Jan Novak said he has collected 450,000 dlrs in pledges from Freedonia for his new pumps.",
    "Ruritania said it had shipped 12,000 valves to Freedonia under its old licence.",
])
def test_a_deed_of_the_speakers_own_told_with_its_figure_is_its_statement(text):
    assert [m.code for m in doc(text).event_mentions] == ["010"]


def test_a_document_noun_leaves_a_deed_of_the_speakers_own_to_its_statement():
    found = doc("Ruritania said it has finished the design of two dams for Freedonia under a supply agreement.")
    assert [m.code for m in found.event_mentions] == ["010"]


@pytest.mark.parametrize("sentence, said, deed", [
    ("Acme added two billion dlrs to its reserves.", "two billion dlrs to its reserves", True),
    ("Jan Novak added the reserves would be enough.", "the reserves would be enough", False),
    ("The reserves would be enough, Jan Novak added.", "The reserves would be enough", False),
    ("Jan Novak added a loan from the bank could be a great help.", "a loan from the bank could be a great help",
     False),
    ("Freedonia shares rose this year, adding more than 20 pct to their value.", "more than 20 pct to their value",
     True),
    ("Freedonia shares rose this year, adding about 20 pct to their value.", "Freedonia shares rose this year", True),
    ("Freedonia shares rose on Monday, adding to gains made last week.", "Freedonia shares rose on Monday", True),
    ("Freedonia posted a loss, adding 20 pct of its staff would go.", "20 pct of its staff would go", False),
])
def test_add_before_a_sum_tells_a_deed_but_before_or_after_a_clause_a_statement(sentence, said, deed):
    assert said_content.names_only(*_saying(sentence), said) == deed


@pytest.mark.parametrize("text", [
    "Freedonia shares rose sharply this year, adding more than 20 pct to their value.",
    "Freedonia shares rose sharply on Monday, adding to gains made last week.",
])
def test_a_rise_told_by_adding_is_no_statement(text):
    assert doc(text).event_mentions == []


def _saying(sentence):
    """The sentence's words and its one reporting verb."""
    words = read(sentence, 0)
    [trigger] = [found for found in triggers.find(words, set()) if found.entry.kind == "S"]
    return words, trigger


def test_a_clause_told_with_an_irregular_past_is_said_not_commented_on():
    [said] = doc("Ruritania said the accord foresaw severance pay for 2,000 dockers.").event_mentions
    assert said.title.startswith("Ruritania says"), said.title


@pytest.mark.parametrize("sentence, said", [
    ('"Trade pledges made last year in Nova cannot be dropped," Jan Novak said.',
     "Trade pledges made last year in Nova cannot be dropped"),
    ('"The grain shipped earlier to Nova should be paid for," Jan Novak said.',
     "The grain shipped earlier to Nova should be paid for"),
])
def test_a_participle_dated_in_the_past_before_the_clauses_own_verb_tells_no_deed(sentence, said):
    assert not said_content.tells_deed(*_saying(sentence), said)

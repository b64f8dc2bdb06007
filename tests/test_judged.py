"""Whom a statement is aimed at when it judges a deed whose maker its words name."""

from .test_events import titles_and_actors


def statement_roles(text):
    return [row[2] for row in titles_and_actors(text) if row[1][:2] in ("01", "11")]


def test_a_judged_decision_is_aimed_at_its_maker():
    assert statement_roles("Jan Novak said he was disappointed by Freedonia's decision to cut tariffs.") == [
        {("jan-novak", "source"), ("freedonia", "target")}]
    assert statement_roles("Freedonia's ruling was a bitter disappointment, said Jan Novak.") == [
        {("jan-novak", "source"), ("freedonia", "target")}]


def test_a_speaker_judging_its_own_decision_has_no_target():
    assert statement_roles("Freedonia said Freedonia's decision was final.") == [{("freedonia", "source")}]


def test_a_deed_named_far_into_what_was_said_is_not_what_it_is_about():
    found = statement_roles("Jan Novak said the report would praise the steps taken to reopen the rail lines "
                            "across the border but would stop short of endorsing Freedonia's proposals.")
    assert all(("freedonia", "target") not in actors for actors in found)


def test_a_deed_its_maker_follows_after_by_is_aimed_at_that_maker():
    assert statement_roles("Jan Novak said he was disappointed by the decision by Freedonia to cut tariffs.") == [
        {("jan-novak", "source"), ("freedonia", "target")}]


def test_a_speakers_own_deed_passes_to_the_next_deed_it_names():
    assert statement_roles("Freedonia said it was disappointed that Freedonia's response to Ruritania's attack was "
                           "criticised.") == [
        {("freedonia", "source"), ("ruritania", "target")}]


def test_the_offer_stands_for_the_last_one_the_article_told_with_its_maker():
    found = statement_roles("Ruritania offered to buy the port on Monday. "
                            "Jan Novak said on Tuesday he was disappointed by the offer.")
    assert ("ruritania", "target") in found[-1]
    found = statement_roles("The port received a bid by Ruritania on Monday. "
                            "Jan Novak said on Tuesday he was disappointed by the new proposal.")
    assert ("ruritania", "target") in found[-1]


def test_the_plan_is_not_read_back_to_an_earlier_maker():
    found = statement_roles("Ruritania's plans to close the port were announced on Monday. "
                            "Jan Novak said on Tuesday he was disappointed by the plan.")
    assert all(("ruritania", "target") not in actors for actors in found)

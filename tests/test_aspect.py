"""What the words around a reporting verb tell of the clause it reports (`temporal.aspect`)."""

import pytest

from eventgraph.temporal import aspect


def _closing(text):
    return aspect.closing_plan(text, 0, text.rindex("said"))


@pytest.mark.parametrize("text", ["On Friday some 900 clerks will audit the mills, the Valdorian agency said.",
                                  "Brunholt Co will open its Lisk depot on May 4, said a spokeswoman."])
def test_a_closing_report_of_a_deed_still_to_come_tells_the_clause_before_its_comma(text):
    assert _closing(text) == (0, text.rindex(","))


def test_a_wire_item_that_capitalises_the_modal_still_tells_a_plan_before_a_closing_report():
    text = "Brunholt Co, the leasing arm of Ostmark, Will open its Lisk depot on May 4, said a spokeswoman."
    assert _closing(text) == (0, text.rindex(","))


@pytest.mark.parametrize("text", ["Brunholt Co will not open its Lisk depot on May 4, a spokesman said.",
                                  "Brunholt Co will remain profitable this year, a spokesman said.",
                                  "Prices rose because stocks will fall on Monday, a trader said.",
                                  "Brunholt Co opened its Lisk depot on May 4, a spokesman said.",
                                  "Brunholt Co said it will open its Lisk depot on May 4."])
def test_no_plan_is_told_by_a_closing_report_of_a_denial_a_state_another_clause_or_a_past_deed(text):
    assert _closing(text) is None


@pytest.mark.parametrize("text, verb", [("Brunholt Co sold its Lisk depot on May 4, a spokesman said.", "sold"),
                                        ("Brunholt Co has quietly sold its depot, the ministry said.", "sold"),
                                        ("In March, Brunholt Co bought a depot, a spokesman said.", "bought")])
def test_a_closing_report_of_a_deed_done_tells_the_clause_from_its_verb_to_the_comma(text, verb):
    assert aspect.closing_deed(text, 0, text.rindex("said")) == (text.index(verb), text.rindex(","))


@pytest.mark.parametrize("text", ["Brunholt Co had losses of 4 mln dlrs, compared with 3 mln dlrs, it said.",
                                  "Because Brunholt Co sold its depot, prices rose, a trader said.",
                                  "Brunholt Co would sell its depot in May, a spokesman said.",
                                  "Brunholt Co wanted 79 pct of the depot, a spokesman said.",
                                  "The depot was sold on May 4, a spokesman said.",
                                  "Brunholt Co will open its Lisk depot on May 4, a spokesman said."])
def test_no_deed_done_is_told_by_a_closing_report_of_a_state_a_modal_a_passive_or_another_clause(text):
    assert aspect.closing_deed(text, 0, text.rindex("said")) is None


def test_a_day_that_opens_the_reported_plan_belongs_to_its_clause():
    text = "Brunholt Co said that on June 2 it will redeem its notes."
    end = text.index("said") + 4
    assert aspect.reported_plan(text, end, len(text)) == (text.index("on June"), len(text))
    plain = "Brunholt Co said it will redeem its notes on June 2."
    assert aspect.reported_plan(plain, plain.index("said") + 4, len(plain))[0] == plain.index("redeem")


@pytest.mark.parametrize("text, end", [
    ("Brunholt Co said it will sell 9-day and 20-day bills on June 2.", None),
    ("Brunholt Co said it will sell three and six-month bills on June 2.", None),
    ("Brunholt Co said it will sell its notes and buy shares on June 2.", "and buy"),
])
def test_a_reported_plan_runs_past_and_between_two_figures_of_its_object_but_not_past_a_second_verb(text, end):
    clause = aspect.reported_plan(text, text.index("said") + 4, len(text))
    assert clause[1] == (text.index(end) if end else len(text))


@pytest.mark.parametrize("text, end", [
    ("Brunholt Co said it will open a depot in Lisk, Valdoria on June 2.", None),
    ("Brunholt Co said it will sell the depot to Ostmark, Valdorian officials said on June 2.", "Valdorian"),
])
def test_a_reported_plan_runs_past_the_comma_between_a_place_and_its_state_but_not_into_a_closing_report(text, end):
    clause = aspect.reported_plan(text, text.index("said") + 4, len(text))
    assert clause[1] == (text.index(end) - 2 if end else len(text))


def test_a_verb_of_thought_is_a_planned_deed_only_on_a_day_the_reported_clause_opens_with():
    dated = "The Brunholt board said that on June 2 it will consider the offer."
    assert aspect.reported_plan(dated, dated.index("said") + 4, len(dated)) == (dated.index("on June"), len(dated))
    plain = "The Brunholt board said it will consider the offer."
    assert aspect.reported_plan(plain, plain.index("said") + 4, len(plain)) is None


@pytest.mark.parametrize("text, word, past", [
    ('"Brunholt experts testified that prices would fall," he said.', "testified", True),
    ('"We warned them twice," Jan Novak said.', "warned", True),
    ('"We will warn them again," Jan Novak said.', "warn", False),
    ("Brunholt experts testified that prices would fall.", "testified", False),
    ('Jan Novak warned that the "reform" would fail.', "warned", False),
])
def test_a_statement_in_the_past_inside_a_quotation_was_made_before_the_quoted_words(text, word, past):
    assert aspect.quoted_past(text, 0, text.index(word), text.index(word) + len(word), len(text)) is past


def _said_deed_over(text):
    start = text.index("said")
    return aspect.anterior(text, 0, start, start + 4)


@pytest.mark.parametrize("text", ["Brunholt Co said it set up a depot in Lisk.",
                                  "Brunholt Co said that it put its Lisk depot up for sale.",
                                  "The minister said he shut the border post."])
def test_a_verb_whose_past_is_its_base_is_past_after_a_singular_subject(text):
    assert _said_deed_over(text)


@pytest.mark.parametrize("text", ["Brunholt Co said they set up depots every year.",
                                  "Brunholt Co said it sets up a depot in Lisk.",
                                  "Brunholt Co said it will set up a depot in Lisk.",
                                  "The central bank said it forecast a shortage of 200 mln crowns today."])
def test_a_plural_subject_a_present_a_future_or_a_forecast_leaves_the_statement_of_its_day(text):
    assert not _said_deed_over(text)


@pytest.mark.parametrize("text, going_on", [
    ("Officials attending the Brunholt Institute's annual meeting said rates would fall.", True),
    ("Jan Novak, speaking at the Brunholt Institute's annual meeting, said rates would fall.", True),
    ("Addressing the Brunholt Institute's annual meeting, Jan Novak said rates would fall.", True),
    ("After speaking at the Brunholt Institute's annual meeting, Jan Novak flew home.", False),
    ("Jan Novak said the Brunholt Institute's annual meeting was a success.", False),
])
def test_a_gathering_someone_attends_or_speaks_at_is_going_on(text, going_on):
    start = text.index("meeting")
    assert aspect.ongoing(text, start, start + len("meeting")) == going_on


@pytest.mark.parametrize("text, day, reports", [
    ("Acme announced on May 4 that it was buying a stake.", "May 4", True),
    ("Acme and Beta said earlier today they were merging.", "earlier today", True),
    ("Acme said yesterday it was negotiating.", "yesterday", True),
    ("Acme said it was in talks on May 4 and was negotiating.", "May 4", False),
    ("On May 4 Acme was negotiating.", "May 4", False),
])
def test_a_time_right_after_a_reporting_verb_dates_the_report(text, day, reports):
    assert aspect.report_day(text, 0, text.index(day)) is reports

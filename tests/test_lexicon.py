"""The trigger lexicon: its coverage of CAMEO, its happenings outside CAMEO, and what its entries match."""

import pytest

from eventgraph import events
from eventgraph.events import titles, triggers
from eventgraph.events.lexicon import (PAST_IRREGULAR, _listed_forms, arms, codes, entries_by_first_word, irregular_forms,
                                      label, listed_past, saying)
from eventgraph.events.text import read
from eventgraph.events.violence import absorb
from eventgraph.model import Document, Timex
from eventgraph.sentences import split

from .test_events import titles_and_actors


def found(sentence):
    words = read(sentence, 0)
    return [(trigger.entry.code, trigger.entry.label) for trigger in triggers.find(words, set())]


def all_entries():
    return {id(entry): entry for entries in entries_by_first_word().values() for entry in entries}.values()


def test_every_cameo_root_has_triggers():
    roots = {entry.code[:2] for entry in all_entries()}
    assert {f"{root:02d}" for root in range(1, 21)} <= roots


def test_happenings_outside_cameo_carry_code_00_and_the_label_of_their_kind():
    happenings = [entry for entry in all_entries() if entry.code == "00"]
    assert happenings and all(entry.label for entry in happenings)
    assert {"Accident", "Natural disaster", "Death", "Appointment", "Election", "Policy decision"} <= {
        entry.label for entry in happenings}
    assert all(not entry.label for entry in all_entries() if entry.code != "00")
    assert label("00") == codes()["00"].label


def test_irregular_forms_hold_for_every_line_of_a_verb():
    for form in ("took", "taken"):
        headlines = {entry.headline for entry in entries_by_first_word()[form]}
        assert {"take action against", "take hostage", "take over"} <= headlines
    assert {entry.headline for entry in entries_by_first_word()["sent"]} >= {"send aid", "send troops"}


@pytest.mark.parametrize("sentence, code", [
    ("The rebels kidnapped two engineers near the border.", "181"),
    ("Police confirmed the shooting near the market.", "180"),
    ("Navy jets destroyed two radar positions overnight.", "190"),
    ("The navy shelled the harbour for three hours.", "194"),
    ("The regulator fined the brokerage heavily.", "172"),
    ("The board turned down the revised proposal.", "120"),
    ("The junta released forty political prisoners.", "084"),
    ("The dockers' union called off its stoppage.", "080"),
    ("The two carmakers agreed to merge their truck units.", "057"),
    ("The utility made a bid for the smaller grid operator.", "031"),
    ("The shipyard won a contract for four frigates.", "061"),
    ("Prosecutors indicted the former mayor.", "173"),
    ("Troops opened fire on the crowd.", "190"),
    ("The ministry granted asylum to the defector.", "075"),
    ("Ottawa reduced the duty on imported steel.", "085"),
    ("The contractor pleaded guilty to fraud.", "015"),
    ("The founder relinquished the chairmanship in May.", "083"),
    ("The largest shareholder pushed for a sale of the unit.", "100"),
    ("The budget drew sharp criticism from the opposition.", "111"),
    ("A call for a boycott came from the farmers' union.", "020"),
    ("Several clashes have been reported along the border.", "190"),
    ("Analysts speculated that a bidding war would erupt.", "010"),
    ("The ministry argued that the levy broke the treaty.", "010"),
    ("Soldiers fired on the marchers near the square.", "190"),
    ("Riot police fired tear gas at the students.", "190"),
    ("The ministry restricted imports of frozen beef.", "163"),
    ("Ruritania raised tariffs on Freedonian cars.", "163"),
    ("The party expressed full support for the president's decision.", "051"),
    ("The union voiced its backing for the merger.", "051"),
    ("Eight bank officials have been released from jail.", "084"),
    ("The police freed the editor from custody on Monday.", "084"),
    ("The two directors gave up their interim posts on Monday.", "083"),
])
def test_cameo_verbs_and_patterns(sentence, code):
    assert code in [code for code, _ in found(sentence)]


@pytest.mark.parametrize("sentence, kind", [
    ("The trawler capsized in heavy seas.", "Accident"),
    ("A tanker ran aground off the cape.", "Accident"),
    ("The volcanic eruption buried the village.", "Natural disaster"),
    ("The central bank cut interest rates by half a point.", "Policy decision"),
    ("The government devalued the peso.", "Policy decision"),
    ("The toy maker filed for Chapter 11 bankruptcy protection.", "Bankruptcy"),
    ("The jury acquitted the two officers.", "Court ruling"),
    ("The carmaker appointed a new finance director.", "Appointment"),
    ("Voters elected a new mayor.", "Election"),
    ("The cargo plane crashed into a hillside.", "Accident"),
    ("The dredger sank off the northern coast.", "Accident"),
    ("The assembly passed the budget by one vote.", "Legislation"),
    ("Firefighters evacuated three villages.", "Evacuation"),
    ("The smelter was shut down after the leak.", "Closure"),
    ("The government froze wages for six months.", "Policy decision"),
    ("A gas cylinder went off in the basement.", "Accident"),
    ("The army replaced its northern commander.", "Appointment"),
])
def test_happenings_outside_cameo(sentence, kind):
    assert ("00", kind) in found(sentence)


@pytest.mark.parametrize("sentence, code", [
    ("The mayor's office refused to comment on the audit.", "011"),
    ("The governor voiced disappointment at the pay offer.", "012"),
    ("The minister voiced confidence that the bill would pass.", "013"),
    ("The farmers' union voiced its anger at the quota cut.", "111"),
    ("The senator attacked the governor's spending plan.", "111"),
    ("Lisbon lodged a formal complaint with the commission.", "114"),
    ("The militia vowed to avenge the killing of its leader.", "130"),
    ("The brewer offered 12 dlrs a share for the distiller.", "031"),
    ("Gunboats hit a Panamanian tanker near the strait.", "190"),
    ("The founder retired as chairman in June.", "083"),
    ("The navy launched a retaliatory strike against the radar sites.", "190"),
    ("The two ministers postponed their talks until after the vote.", "125"),
    ("The farm lobby backed the government's plan to cut quotas.", "051"),
    ("The brewer dropped its bid for the distiller.", "080"),
    ("Government troops recaptured the town after a week.", "192"),
    ("The ministers reaffirmed their commitment to free trade.", "051"),
    ("Most of the miners returned to work on Monday.", "080"),
    ("The airline has placed a firm order for six jets.", "061"),
    ("The utility placed two turbine contracts with local yards.", "061"),
])
def test_more_words_of_a_cameo_class(sentence, code):
    assert [code] == [found_code for found_code, _ in found(sentence) if found_code[:2] == code[:2]]


@pytest.mark.parametrize("sentence", [
    "The finance minister submitted his resignation.", "The governor has tendered her resignation to the council."])
def test_handing_in_a_resignation_is_resigning_with_no_date_needed(sentence):
    # the noun alone names a document, a happening only with a date of its own
    assert [(t.entry.code, t.entry.kind) for t in triggers.find(read(sentence, 0), set())] == [("083", "V")]


@pytest.mark.parametrize("sentence", [
    "Most of the dockers remained on indefinite strike.", "Half the miners were still on strike on Monday."])
def test_staying_on_strike_is_a_strike_its_subject_makes(sentence):
    # the noun alone has no doer; the verb phrase takes the subject before it
    assert [(t.entry.code, t.entry.kind) for t in triggers.find(read(sentence, 0), set())] in (
        [("143", "V")], [("143", "F")])


@pytest.mark.parametrize("sentence, kind", [
    ("The president nominated a banker to head the agency.", "Appointment"),
    ("The deputy will succeed her as chief executive.", "Appointment"),
    ("The ruling party lost its majority in the vote.", "Election"),
    ("The finance director will become chief executive in May.", "Appointment"),
    ("Two senators introduced a bill to cap card fees.", "Legislation"),
    ("The lender went bankrupt in 1991.", "Bankruptcy"),
    ("A cargo hold caught fire on Tuesday.", "Accident"),
    ("Two workers died in a fire at the paint factory.", "Accident"),
    ("The reporter was found dead in his flat.", "Death"),
    ("Rebels derailed a freight train.", "Accident"),
    ("The Liberals formed a coalition with the Greens.", "Appointment"),
    ("Its board authorized the repurchase of up to one mln shares.", "Policy decision"),
    ("The development bank approved two loans to the island.", "Policy decision"),
    ("The ministers approved financial packages for three states.", "Policy decision"),
    ("The software maker has cut about 70 employees.", "Job cuts"),  # an amount guessed
    ("The miller shut its oldest flour mill on Sunday.", "Closure"),
    ("Regulators closed the savings bank on Friday.", "Closure"),
    ("The premier reshuffled his cabinet on Monday.", "Appointment"),
    ("The long-awaited cabinet reshuffle came on Friday.", "Appointment"),
    ("The jury awarded the widow 12 mln dlrs in damages.", "Court ruling"),
    ("The court awarded 9 mln dlrs plus costs to the broker.", "Court ruling"),
    ("The chairman will resume the duties of president.", "Appointment"),
    ("The former mayor was cleared of all charges.", "Court ruling"),
    ("The agency cut its ratings on the utility's bonds.", "Rating change"),
    ("The exchange hired a new compliance officer.", "Appointment"),
    ("Shareholders voted against the merger on Tuesday.", "Vote"),
    ("A federal judge lifted the injunction on Monday.", "Court ruling"),
    ("The president issued a decree freezing prices.", "Policy decision"),
    ("The ministry issued a directive on beef imports.", "Policy decision"),
])
def test_more_happenings_outside_cameo(sentence, kind):
    assert ("00", kind) in found(sentence)


@pytest.mark.parametrize("sentence", [
    "Analysts expect the stock to hold its support level.",  # a stance word is no trigger
    "The index crashed through the support line.",  # a market crash is no accident
    "Rates were steady and prices firm.",  # a rate or a price without a decision on it
    "The court will rule on the appeal next month.",  # a ruling not yet given
    "Shares crashed on Monday and sank further on Tuesday.",  # a market's fall is no accident
    "Economists expect lower interest rates this year.",  # "lower" is an adjective here
    "The central bank placed buy orders at that level.",  # a market order is no contract
])
def test_no_happening(sentence):
    assert not [code for code, _ in found(sentence) if code[:2] not in ("01",)]


def test_the_tightest_phrase_wins_and_a_verb_that_ends_something_absorbs_it():
    words = read("The dockers called off the strike on Monday.", 0)
    assert [t.entry.code for t in absorb(words, triggers.find(words, set()))] == ["080"]
    words = read("The regime cancelled the talks.", 0)
    assert [t.entry.code for t in absorb(words, triggers.find(words, set()))] == ["160"]


@pytest.mark.parametrize("sentence, code", [
    ("Ruritania broke diplomatic relations with Freedonia.", "161"),
    ("Ruritania downgraded its ties with Freedonia.", "160"),
    ("Freedonia declined an invitation to the summit.", "120"),
    ("The group abandoned plans to buy the airline.", "080"),
    ("The government accepted the demands of the strikers.", "080"),
    ("The farmers lobbied for higher subsidies.", "020"),
    ("The army launched a counterattack near the border.", "190"),
    ("The rebels besieged the garrison.", "191"),
    ("Jan Novak emphasised that the deal was fair.", "010"),
    ("The two firms reached agreements on prices.", "057"),
    ("The two firms struck an accord on prices.", "057"),
    ("The insurer agreed with the retailer to cover its service contracts.", "057"),
    ("The bank sold 90 pct of its assets to a rival last year.", "061"),
    ("The chemicals group sold its oldest plant to two employees.", "061"),
    ("The bank has completed two acquisitions in the south.", "061"),  # a verb's object may be many
    ("The finance ministry has proposed a change in the rules on bank ownership.", "030"),
    ("The analyst estimated that the firm would have to borrow heavily.", "010"),
    ("The banker had suggested that the currency might be too high.", "010"),
])
def test_the_codebook_classes_have_their_common_words(sentence, code):
    assert code in [found_code for found_code, _ in found(sentence)]


@pytest.mark.parametrize("sentence", [
    "Sales rose thanks to the new model.",
    "The newly elected president spoke.",
    "The newly appointed chairman of the firm spoke.",
    "The proposed merger of the two firms drew no objection.",
    "The firm has 20 mln authorized shares.",
])
def test_a_verb_form_that_qualifies_a_noun_or_opens_a_phrase_of_another_sense_is_no_trigger(sentence):
    assert not [code for code, _ in found(sentence) if code[:2] != "01"]


def test_every_word_of_arms_implies_a_known_code_of_military_force():
    assert all(code.startswith("19") and label(code) for code in arms().values())


def test_a_name_of_several_words_is_one_word_of_a_phrases_gap():
    sentence = "The retailer agreed with Vorland Insurance Group Holdings to cover its contracts."
    words = read(sentence, 0)
    name = {i for i, word in enumerate(words.surface) if word in ("Vorland", "Insurance", "Group", "Holdings")}
    assert [t.entry.code for t in triggers.find(words, name)] == ["057"]
    assert [t.entry.code for t in triggers.find(words, set())] != ["057"]


def test_a_line_that_lists_plurals_says_which_objects_may_be_many():
    assert not [code for code, _ in found("The two unions will take joint actions over wages.")]
    assert ("061", "") in found("The bank has completed two acquisitions in the south.")


def test_a_line_that_lists_a_plural_only_noun_takes_its_other_nouns_in_the_plural_too():
    codes_of = lambda sentence: [code for code, _ in found(sentence)]  # noqa: E731
    assert "057" in codes_of("The union accepted all the proposals of the employers.")
    assert "120" in codes_of("The court dismissed two lawsuits against the builder.")
    assert "057" in codes_of("The two firms settled their disputes over the patent.")
    assert "080" in codes_of("The group withdrew three proposals before the meeting.")


def test_an_amount_is_one_word_of_a_phrases_gap_and_of_no_other_slot():
    codes_of = lambda sentence: [code for code, _ in found(sentence)]  # noqa: E731
    assert "071" in codes_of("The bank gave Chile a 50 mln dlr loan last week.")
    assert "057" in codes_of("The regulator approved their proposed 1.2 billion dlr merger.")
    assert "061" in codes_of("The fund has taken over 65 mln dlrs worth of bonds.")


def test_an_amount_spelled_in_words_is_one_word_of_a_phrases_gap_too():
    codes_of = lambda sentence: [code for code, _ in found(sentence)]  # noqa: E731
    assert "061" in codes_of("The shipyard received a seven mln dlr order for ferries.")
    assert "071" in codes_of("The bank gave Chile a two billion dlr loan last week.")
    assert "061" not in codes_of("The shipyard received seven letters about its ferries and an order.")


@pytest.mark.parametrize("lemma, participle", [("hold", "held"), ("repel", "repelled"), ("attack", "attacked")])
def test_a_past_participle_is_the_irregular_one_else_the_listed_one_else_the_regular_one(lemma, participle):
    assert listed_past(lemma) == participle


@pytest.mark.parametrize("sentence, code", [
    ("The government expelled two diplomats on Monday.", "166"),
    ("The ministers conferred in the capital for two hours.", "040"),
])
def test_a_verb_whose_last_consonant_doubles_though_its_word_is_long_is_read_in_the_past(sentence, code):
    assert code in [code for code, _ in found(sentence)]


def test_a_rows_forms_keep_their_order():
    assert _listed_forms("travel\tV\t043\tvisit\ttravelled,traveled,travelling") == (
        "travel", ["travelled", "traveled", "travelling"])


def reporting_verbs(sentence):
    words = read(sentence, 0)
    return [words.forms[trigger.first] for trigger in triggers.find(words, set()) if trigger.entry.kind == "S"]


def test_state_after_a_noun_or_an_adjective_is_no_reporting_verb():
    assert reporting_verbs("Acme said it agreed with the Freedonian state agency to open a mine.") == ["said"]
    assert reporting_verbs("The governors of the New England states urged a pipeline.") == []
    assert "state" not in reporting_verbs("Cocoa is not sold, trade sources in the producing state said.")


def test_state_after_a_modal_or_a_pronoun_is_the_reporting_verb():
    assert reporting_verbs("The minister would state his case on Monday.") == ["state"]
    assert reporting_verbs("It states that prices rose.") == ["states"]


def test_a_word_wire_copy_capitalises_after_initials_is_read_as_written_lower_case():
    assert ("180", "") in found("The agency denounced a U.S. Attack on the bridge as reckless.")
    assert ("180", "") not in found("The agency denounced Attack Holdings Ltd as a front.")


@pytest.mark.parametrize("sentence", [
    "The packer locked out 900 union workers on Friday.", "The mill ended a three-week lockout."])
def test_an_employer_locking_out_its_workers_is_a_lockout(sentence):
    assert ("00", "Lockout") in found(sentence)


@pytest.mark.parametrize("sentence", [
    "The toolmaker's board approved a two-for-one stock split.",
    "Holders approved the restructuring at a special meeting.",
    "Directors approved an increase in the quarterly dividend."])
def test_a_company_decision_approved_is_a_policy_decision(sentence):
    assert ("00", "Policy decision") in found(sentence)


def test_asking_holders_to_approve_a_decision_is_no_decision_yet():
    assert ("00", "Policy decision") not in found("The board will ask holders to approve a stock split in May.")


@pytest.mark.parametrize("sentence, code", [
    ("A federal judge threw out the suit against the bank.", "120"),
    ("The appeals court threw out the jury's verdict.", "00"),
    ("The high court let stand a ruling against the insurer.", "00"),
    ("The shareholder charged that the directors hid the losses.", "112"),
    ("The government shelved its plans for a second airport.", "080"),
    ("The regulator denied the utility's application to raise rates.", "120"),
    ("The court denied a motion to dismiss the case.", "120"),
    ("The supplier began arbitration proceedings against the carmaker.", "115"),
    ("Three shareholders commenced legal proceedings against the board.", "115"),
])
def test_courts_throwing_out_denying_or_letting_stand_and_charges_made(sentence, code):
    assert code in [found_code for found_code, _ in found(sentence)]


def test_a_denial_of_a_charge_is_no_rejection_of_a_request():
    assert [code for code, _ in found("The minister denied the charges.")] == ["016"]


def hearings(text, day=None):
    """The (code, label, date) of the events of `text`, with the time expression `day` dated 2021-05-04."""
    timexes = [Timex(text.index(day), text.index(day) + len(day), day, "DATE", "2021-05-04")] if day else []
    document = Document(id="d1", path="d1.txt", text=text, published="2021-05-01", published_source="text",
                        sentences=split(text), timexes=timexes, mentions=[])
    return [(m.code, m.label, m.date.value) for m in events.annotate(document).event_mentions]


def test_a_hearing_is_a_happening_only_with_a_date_of_its_own():
    assert hearings("A hearing on the merger is set for May 4.", "May 4") == [("00", "Hearing", "2021-05-04")]
    assert hearings("The court held a hearing on the Acme merger.") == []


@pytest.mark.parametrize("sentence, code, kind", [
    ("The union's members voted to accept the contract.", "00", "Vote"),
    ("The club voted to drop the annual fee.", "00", "Vote"),
    ("Rebels closed the main road to the border on Friday.", "00", "Closure"),
    ("The army reopened the airport after two days.", "00", "Reopening"),
    ("The company will reopen the mill in May.", "00", "Reopening"),
    ("The freighter went aground in the river on Tuesday.", "00", "Accident"),
    ("The bulk carrier went aground off the cape.", "00", "Accident"),
    ("The appeals court ruled that the contract was binding.", "00", "Court ruling"),
])
def test_happenings_no_cameo_deed_names(sentence, code, kind):
    assert (code, kind) in found(sentence)


def test_a_vote_to_do_a_deed_the_lexicon_names_is_one_happening_the_deed():
    assert found("Shareholders voted to approve the merger.") == [("057", found("Acme approved the merger.")[0][1])]


def test_a_ship_hit_by_a_missile_is_attacked():
    assert "190" in [code for code, _ in found("The ferry was hit by a missile off the cape.")]
    assert "190" in [code for code, _ in found("It was struck by two rockets near the port.")]


@pytest.mark.parametrize("sentence", [
    "Under fishing rules that came into force in May, boats must land their whole catch.",
    "Shares closed lower with bank stocks leading the fall.",
    "Earnings were hit by lower prices for its crude.",
    "All flights were grounded by the strike.",
])
def test_nouns_and_market_moves_are_no_rulings_closures_or_attacks(sentence):
    assert not [kind for code, kind in found(sentence) if kind in ("Court ruling", "Closure", "Accident") or
                code == "190"]


@pytest.mark.parametrize("sentence, code", [
    ("Acme has won a contract to build the bridge.", "061"),  # the perfect of an irregular verb
    ("The government has begun proceedings against the bank.", "115"),
    ("Acme won a 40 mln dlr contract for the navy's new radar.", "061"),  # an amount before the phrase's noun
    ("Beta was awarded a 900 mln franc contract.", "061"),
    ("Ruritania insisted on a formal ceasefire.", "100"),
])
def test_perfect_tenses_amounts_and_insisting_on_something(sentence, code):
    assert code in [found_code for found_code, _ in found(sentence)]


def test_a_repurchase_agreement_of_the_money_market_is_no_accord():
    text = "The central bank will sell bills in a 24-day repurchase agreement due April 20."
    assert "057" not in [code for code, _ in found(text)]
    assert "057" in [code for code, _ in found("Ruritania and Freedonia signed an agreement on fishing.")]


def test_riot_police_are_no_riot():
    assert "145" not in [code for code, _ in found("The riot police stood by.")]
    assert "145" in [code for code, _ in found("Students rioted in the capital.")]


@pytest.mark.parametrize("sentence, word", [
    ("A senior official said the union had agreed.", "said"),
    ("One official told reporters the vote was close.", "told"),
    ("A Ruritanian official says the border is calm.", "says"),
    ("Acme Rating's said the outlook was stable.", "said"),
])
def test_a_reporting_verb_after_an_official_or_a_name_in_s_is_their_verb(sentence, word):
    assert word in reporting_verbs(sentence)


def test_an_official_visit_stays_a_noun():
    words = read("The official visit ended on Friday.", 0)
    assert [(t.entry.code, t.entry.verbal) for t in triggers.find(words, set())] == [("042", False)]
    assert reporting_verbs("Official estimates put the losses at 10 mln dlrs.") == []
    assert reporting_verbs("Ruritania's added costs rose.") == []


def verbal_readings(sentence):
    words = read(sentence, 0)
    return [trigger.entry.verbal for trigger in triggers.find(words, set()) if trigger.entry.kind != "S"]


def test_a_word_in_s_that_opens_its_sentence_is_a_plural_noun_not_a_verb_with_no_subject():
    words = read("Bids for the notes will be received at every branch.", 0)
    assert [t.entry.code for t in triggers.find(words, set())] == []
    words = read("Ruritania bids for the notes.", 0)
    assert [t.entry.code for t in triggers.find(words, set())] == ["031"]


def test_a_word_after_an_amount_in_a_currency_s_singular_is_the_noun_it_qualifies():
    assert verbal_readings("Ruritania started its long awaited 7.4 billion dlr offer to buy the notes.") == []
    assert verbal_readings("Ruritania said it would offer to buy the notes.") == [True]


def test_a_happening_s_noun_after_a_name_that_a_determiner_opens_is_a_noun():
    for sentence in ("Prices rose after the Vorland meeting in Ruritania.",
                     "Ruritania said nothing about an ICB meeting in Freedonia last week.",
                     "He spoke during a U.S. visit to Freedonia."):
        assert verbal_readings(sentence) == [False], sentence


def test_a_past_form_after_a_name_stays_the_name_s_verb():
    assert verbal_readings("The Vorland Commission met on Friday.") == [True]


def test_opposition_voiced_a_point_made_and_legal_action_begun_have_triggers():
    assert [code for code, _ in found("The shareholders objected to the proposal.")] == ["111"]
    assert [code for code, _ in found("Acme challenged the ruling in court.")] == ["111"]
    assert [code for code, _ in found("Ruritania expressed doubts about the plan.")] == ["012"]
    assert [code for code, _ in found("Acme took legal action against Beta.")] == ["115"]
    assert [code for code, _ in found("The union later dropped its request.")] == ["080"]
    assert reporting_verbs("The minister pointed out that exports had fallen.") == ["pointed"]


@pytest.mark.parametrize("sentence", [
    "The minister refused to say whether interest rates would rise.",
    "The bank declined to disclose the price it paid for the mill.",
    "The lenders refused to give details of the credit line.",
    "A spokesman for the airline had no immediate comment.",
    "The company did not comment on the offer.",
])
def test_refusing_to_say_is_declining_comment_not_a_rejection(sentence):
    words = read(sentence, 0)
    assert [t.entry.code for t in absorb(words, triggers.find(words, set()))] == ["011"]


@pytest.mark.parametrize("sentence, code", [
    ("The union refused to give up its demand for higher wages.", "120"),  # a demand kept, not words withheld
    ("A banker, who declined to be identified, said the bid would fail.", "010"),  # a source kept unnamed
])
def test_refusing_other_than_words_is_no_declined_comment(sentence, code):
    words = read(sentence, 0)
    codes = [t.entry.code for t in absorb(words, triggers.find(words, set()))]
    assert code in codes and "011" not in codes


@pytest.mark.parametrize("sentence, code", [
    ("The dockers refused to handle ships bound for Ruritania.", "143"),
    ("Bus drivers in the capital refused to work overtime.", "143"),
    ("Many nurses refused to take their wages in protest.", "143"),
    ("The union refused to accept the new wage offer.", "120"),  # a proposal turned down, not pay refused
    ("The board refused to take the bid seriously.", "120"),
    ("The miners refused to accept lower wages.", "120"),  # a pay offer turned down
])
def test_a_workforce_refusing_its_work_or_its_pay_takes_industrial_action(sentence, code):
    words = read(sentence, 0)
    assert [t.entry.code for t in absorb(words, triggers.find(words, set()))] == [code]


@pytest.mark.parametrize("sentence", [
    "The shipyard received a contract for six frigates from the navy.",
    "The toolmaker has received 900,000 dlrs in orders from a carmaker.",
])
def test_a_contract_or_an_order_received_is_business_won(sentence):
    words = read(sentence, 0)
    assert [t.entry.code for t in triggers.find(words, set())] == ["061"]


def test_a_debt_repaid_is_a_happening_and_a_habit_of_repaying_none():
    words = read("The treasury of Ruritania repaid 400 mln crowns of its debt to the fund.", 0)
    assert [t.entry.label for t in triggers.find(words, set())] == ["Repayment"]
    assert triggers.find(read("Farmers of Ruritania repay their loans each autumn.", 0), set()) == []


def test_irregular_past_forms_come_from_the_list_of_irregular_verbs():
    assert {"grew", "sought", "taught", "froze", "frozen", "chose", "cut"} <= PAST_IRREGULAR
    assert irregular_forms(frozenset({"take", "ask"})) == {"took", "taken"}
    assert listed_past("freeze") == "frozen"


def test_forms_that_are_mostly_nouns_or_a_base_form_are_no_past_forms():
    assert not {"fed", "bid", "spread", "come", "become", "lay", "was", "had"} & PAST_IRREGULAR


def test_a_reporting_verb_of_two_words_reports_only_with_both():
    assert saying("said") and saying("Told") and saying("warned that")
    assert not saying("warned") and not saying("signed") and not saying("")
    assert saying("pointed out") and not saying("pointed")  # a verb of saying with its particle, not without


@pytest.mark.parametrize("sentence, expected", [
    ("Acme Corp said it terminated its merger agreement with Widget Inc.", ("080", "")),
    ("Acme Corp set up a consortium with Widget Inc.", ("061", "")),
    ("Acme Corp has set up two subsidiaries in Freedonia.", ("00", "Launch")),
    ("Acme Finance BV is issuing a 50 mln crown eurobond paying eight pct.", ("00", "Financing")),
    ("Acme Corp plans to issue two mln common shares in a private placement.", ("00", "Financing")),
    ("Widget Inc had borrowed a further two mln dlrs to pay its workers.", ("00", "Financing")),
    ("Acme Corp said it sold 90,000 Widget Inc shares last week.", ("061", "")),
    ("Acme Corp has reduced its stake in Widget Inc to 4.5 pct.", ("061", "")),
    ("The plant's closure will idle 2,000 workers.", ("00", "Job cuts")),
    ("Acme Corp will idle its Leeds plant for two weeks.", ("00", "Closure")),
    ("The ministry forecast a trade surplus of two billion crowns.", ("013", "")),
    ("The toolmaker agreed to a 90 mln dlr buyout offer from its managers.", ("057", "")),
    ("The mortgage bank lowered its base rate to nine pct.", ("00", "Policy decision")),
    ("The agency lowered its rating of the utility's senior debt.", ("00", "Rating change")),
    ("The agency raised its rating on the brewer's bonds.", ("00", "Rating change")),
    ("The lender named Ann Roe as its new treasurer.", ("00", "Appointment")),
    ("The lender named Ann Roe treasurer.", ("00", "Appointment")),
    ("The retailer filed for Chapter 11 on Monday.", ("00", "Bankruptcy")),
    ("The retailer filed a Chapter 11 plan with the court.", ("00", "Bankruptcy")),
    ("The airline filed Chapter 11 bankruptcy last week.", ("00", "Bankruptcy")),
    ("The builder filed its plan of reorganization on Monday.", ("00", "Bankruptcy")),
    ("The builder filed a reorganization plan on Monday.", ("00", "Bankruptcy")),
    ("He assumed the post of finance director in October.", ("00", "Appointment")),
    ("The carrier introduced a new overnight freight service.", ("00", "Launch")),
    ("The allegations were made by a former clerk.", ("112", "")),
    ("The cabinet survived a confidence vote on Tuesday.", ("00", "Vote")),
    ("The ruling party retained all nine governorships.", ("00", "Election")),
    ("Widget Inc said it postponed its annual meeting scheduled for May 5.", ("00", "Postponement")),
    ("Acme Corp has delayed the distribution of shares in its unit.", ("00", "Postponement")),
    ("Acme Corp extended the expiration date of its offer to May 1.", ("00", "Extension")),
    ("The ministry extended the deadline for bids by two weeks.", ("00", "Extension")),
    ("A state appeals court upheld the builder's claim against the city.", ("00", "Court ruling")),
    ("Widget Inc has set up two finance firms in Ruritania.", ("00", "Launch")),
    ("Widget Inc has purchased Gadget Corp from its founders.", ("061", "")),
    ("The group bought Gadget Ltd for 30 mln dlrs in cash.", ("061", "")),
    ("Acme Corp sold Gadget Co to its managers last year.", ("061", "")),
    ("Acme Corp concluded the sale of its chemicals unit.", ("061", "")),
    ("Acme Corp concluded the private placement of one mln common shares.", ("00", "Financing")),
    ("Widget Inc sold 20 mln dlrs of senior notes to two insurers.", ("00", "Financing")),
    ("Its board adopted a shareholder rights plan on Friday.", ("00", "Policy decision")),
    ("The exchange amended its rules on daily trading limits.", ("00", "Policy decision")),
    ("Its board authorized an offer to buy two mln of its shares.", ("00", "Policy decision")),
    ("The new government presented a tough budget on Tuesday.", ("00", "Legislation")),
    ("Acme Corp said it is forming a new division to make lenses.", ("00", "Launch")),
    ("Acme Corp named Jan Novak to succeed Ann Roe, who retires.", ("00", "Appointment")),
    ("The lender named Roe and Co to replace its auditor.", ("00", "Appointment")),
    ("The state supreme court overturned the bank's proposed acquisition.", ("00", "Court ruling")),
    ("The brewer dismissed 140 workers at its plant last month.", ("00", "Job cuts")),
    ("The judge dismissed all litigation between the two companies.", ("120", "")),
    ("Some depositors filed an action to block the takeover.", ("115", "")),
    ("The union brought an action against the port employers.", ("115", "")),
])
def test_deeds_of_company_and_market_news_are_happenings(sentence, expected):
    """A deal ended, a company set up, securities issued, money borrowed, shares sold, a stake reduced, workers
    or a plant idled, a forecast; an offer agreed to, a rate, a price or a rating lowered or raised, an officer
    named, a post assumed, a product introduced, an allegation made, a vote of confidence, seats kept; an occasion
    put off, a deadline extended, a claim upheld; a company bought or sold by its name, a sale or a placement
    concluded, notes sold, a plan or rules adopted or amended, an offer authorized, a budget presented, a division
    formed, an officer named to succeed another, a deal overturned in court, workers or litigation dismissed, an
    action filed or brought."""
    assert expected in found(sentence)


def test_a_date_set_up_with_a_fund_is_no_fund_set_up():
    assert found("Acme Corp set up a date with the fund.") == []


@pytest.mark.parametrize("sentence, expected", [
    ("The Freedonia central bank intervened heavily to prop up the crown.", [("00", "Intervention")]),
    ("The Bank of Ruritania intervened in the foreign exchange market.", [("00", "Intervention")]),
    ("The Bank of Ruritania intervened soon after trading began on Monday.", []),
    ("Acme Corp would not explain why it intervened in the Widget Inc bid.", []),
    ("Dealers feared intervention by the Freedonia central bank.", []),
    ("The Ruritanian central bank bought dollars through brokers early on Monday.", [("00", "Intervention")]),
    ("The Bank of Freedonia sold sterling in the afternoon.", [("00", "Intervention")]),
    ("Acme Corp bought 20 mln dlrs of Widget notes.", []),
    ("Anyone who sold the dollar on Friday will regret it.", []),
])
def test_a_central_bank_intervenes_in_a_market_or_to_an_aim(sentence, expected):
    """A currency bought or sold, named as a currency, is how such an intervention is mostly told."""
    assert [code for code in found(sentence) if code != ("011", "")] == expected


@pytest.mark.parametrize("sentence", [
    "Its board declared a two-for-one stock split.",
    "The company declared a quarterly dividend of 10 cts a share.",
    "Acme Corp raised its quarterly dividend to 12 cts from 10 cts.",
    "Widget Inc cut its quarterly dividend to five cts.",
    "The utility omitted its quarterly dividend.",
])
def test_a_board_s_dividend_and_split_decisions_are_happenings(sentence):
    assert ("00", "Policy decision") in found(sentence)


def test_a_dividend_suspended_is_no_reduced_relation_and_trading_suspended_still_is():
    assert found("Acme Corp suspended its dividend.") == [("00", "Policy decision")]
    assert found("Acme Corp suspended trading.") == [("160", "")]


@pytest.mark.parametrize("sentence, expected", [
    ("The central bank opposed pending legislation to cap card interest rates.", [("111", "")]),
    ("Ruritania opposed the move, the minister said.", [("111", ""), ("010", "")]),
    ("Farm lobbies opposed to change remain strong.", []),
])
def test_a_measure_or_a_move_opposed_is_disapproval(sentence, expected):
    assert found(sentence) == expected


def test_advice_to_do_something_is_an_appeal_and_advice_on_a_deal_none():
    assert ("020", "") in found("Jan Novak was advised to draw up a plan to buy more imports.")
    assert ("020", "") in found("Acme Corp advised its holders to reject the offer.")
    assert found("Roe and Co advised Acme Corp on the sale of its unit.") == []


def test_a_party_named_as_a_defendant_is_sued():
    assert ("115", "") in found("Acme Corp and two of its officers were named as defendants, court papers show.")
    assert ("00", "Appointment") in found("Acme Corp named Jan Novak as chairman.")


def test_stocks_sold_in_a_program_trade_are_shares_sold():
    assert ("061", "") in found("The state pension fund sold 23 stocks in a program trade.")


@pytest.mark.parametrize("sentence", [
    "Acme Corp filed a registration statement for 3 mln new shares, the company said.",
    "Widget Inc has filed for a first public offering of common stock.",
    "Acme Corp completed a private placement of notes with insurers last week.",
])
def test_a_financing_filed_for_or_completed_is_a_happening(sentence):
    assert ("00", "Financing") in found(sentence)


@pytest.mark.parametrize("sentence, expected", [
    ("The minister said he is withdrawing the annual 12 mln crown harbour subsidy from July.", [("162", "")]),
    ("The minister said he is withdrawing its yearly 12 mln crown harbour subsidy from July.", []),
])
def test_the_article_opening_an_object_is_no_word_of_the_gap(sentence, expected):
    assert [code for code in found(sentence) if code[0] != "010"] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("The commission is moving to seize the assets of both traders, an official said.", [("171", ""), ("010", "")]),
    ("The commission is hoping to seize the assets of both traders, an official said.", [("010", "")]),
])
def test_a_step_begun_towards_a_deed_is_the_deed(sentence, expected):
    assert found(sentence) == expected


def test_a_warning_issued_is_no_financing():
    assert ("00", "Financing") not in found("The ministry issued a warning to importers.")


def test_lower_is_the_verb_only_after_a_verb_s_cue():
    assert ("00", "Policy decision") in found("The bank will lower its prime rate.")
    assert not found("Dealers expect lower prices for the metal.")


@pytest.mark.parametrize("sentence, expected", [
    ("The group dropped its 55 dlr a share tender offer.", [("080", "")]),
    ("The group dropped its 55 dlrs per share tender offer.", [("080", "")]),
    ("The brewer offered 12 dlrs a share for the distiller.", [("031", "")]),
    ("The brewer had offered 12 dlrs per share previously.", [("031", "")]),
])
def test_a_price_for_each_share_qualifying_a_noun_is_one_word_of_the_gap(sentence, expected):
    assert found(sentence) == expected


def test_firing_on_or_at_a_target_is_force_only_in_the_verb_s_own_forms():
    assert ("190", "") in found("Gunmen fired at a police car.")
    assert ("190", "") not in found("Fire at the depot spread quickly.")


@pytest.mark.parametrize("sentence", [
    "Officials can only offer explanations which tend to be subjective.",
    "The board closed the fund because the bank was insolvent.",
])
def test_the_gap_of_a_phrase_stops_where_another_clause_opens(sentence):
    assert [code for code, _ in found(sentence) if code[:2] != "01"] == []


def test_the_word_right_after_to_is_its_infinitive_not_an_object():
    assert ("057", "") not in found("The two leaders agreed to offer military aid without delay.")


@pytest.mark.parametrize("sentence, expected", [
    ("The assembly voted 210 to 95 to approve the budget.", ("00", "Vote")),
    ("The committee voted 12-3 to reject the measure.", ("00", "Vote")),
    ("The council voted 8 to 1 against the proposal.", ("00", "Vote")),
])
def test_a_vote_s_tally_is_no_word_of_the_phrase(sentence, expected):
    assert expected in found(sentence)


def test_talks_put_off_stay_a_postponed_meeting_of_diplomacy():
    assert ("125", "") in found("The two governments postponed talks on the border.")


@pytest.mark.parametrize("sentence", [
    "Acme Corp entered the market for lenses last year.",
    "The group bought time with the delay.",
    "Acme Corp was formed in 1985 by two engineers.",
    "The agency presented its findings on Tuesday.",
])
def test_the_same_verbs_with_other_objects_are_no_company_deed(sentence):
    assert [code for code in found(sentence) if code[0] != "010"] == []


def test_an_agreement_entered_without_into_is_the_verb_s_deed_not_the_document():
    """"entered an agreement": the verb tells the signing; the noun alone would be a document, dated or nothing."""
    words = read("Widget Inc said it entered an agreement to buy two radio stations.", 0)
    assert [(t.entry.kind, t.entry.headline) for t in triggers.find(words, set()) if t.entry.code == "057"] == [
        ("V", "enter into agreement")]


def test_the_body_a_filing_is_lodged_with_is_no_word_of_its_phrase():
    sentence = "Acme Corp filed with the Securities and Exchange Commission for an offering of notes."
    words = read(sentence, 0)
    agency = {i for i, form in enumerate(words.forms) if form in ("securities", "and", "exchange", "commission")}
    assert ("00", "Financing") in [(t.entry.code, t.entry.label) for t in triggers.find(words, agency)]
    assert ("00", "Financing") not in found(sentence)


@pytest.mark.parametrize("sentence, expected", [
    ("Acme Corp was ordered by a district court to sell its mills.", [("100", "")]),
    ("Widget Inc has been advised by its bankers to reject the offer.", [("020", "")]),
    ("The notes were offered by Acme Corp to the public.", []),  # a "to" of whom, no deed bidden
])
def test_a_passive_s_agent_is_no_word_of_the_phrase_gap(sentence, expected):
    assert found(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Acme Corp has bought a 20 pct share of Widget Inc.", [("061", "")]),
    ("Acme Corp has bought a two to four pct share in Widget Inc.", [("061", "")]),
    ("Acme Corp has bought a 10 to 12 pct stake in Widget Inc.", [("061", "")]),
])
def test_a_part_of_a_company_bought_as_its_share_is_a_purchase(sentence, expected):
    assert found(sentence) == expected


FINANCING = ("00", "Financing")


@pytest.mark.parametrize("sentence, kind", [
    ("Acme Corp will redeem its nine pct debentures due 2001 on July 1.", FINANCING),
    ("Widget Inc intends to repurchase up to 300,000 of its common shares.", FINANCING),
    ("Acme Corp will buy back the notes at par plus accrued interest.", FINANCING),
    ("Widget Inc began a public offering of 1.5 mln units at 12 dlrs a unit.", FINANCING),
    ("Acme Corp has started its 30 dlr per share tender offer for Widget Inc.", ("031", "")),
    ("Widget Inc obtained a 20 mln dlr line of credit from Acme Bank.", ("071", "")),
    ("Ruritanian Airlines has taken options on four more Airbus jets.", ("061", "")),
])
def test_a_company_s_financing_and_options_told_with_their_own_verbs_are_happenings(sentence, kind):
    assert found(sentence) == [kind]


@pytest.mark.parametrize("sentence", [
    "Banks must buy back securities pledged on July 1.",  # a money-market repurchase pact, no company's own debt
    "The central bank arranged repurchase agreements with the banks.",
])
def test_money_market_repurchases_are_no_financing(sentence):
    assert FINANCING not in found(sentence)


def test_a_gerund_right_after_the_verb_with_an_object_of_its_own_is_no_noun_of_the_phrase():
    assert found("Acme Corp hopes to start offering the service by January.") == []
    assert found("Acme Corp began offering shares to the public.") == [FINANCING]  # shares offered


@pytest.mark.parametrize("sentence, code", [
    ("A Freedonian bulk carrier has run aground in the Orinoco river.", "00"),
    ("Ruritanian troops have overrun three Freedonian positions.", "190"),
])
def test_a_perfect_whose_participle_is_spelled_as_the_base_form_is_done(sentence, code):
    assert [t.entry.code for t in triggers.find(read(sentence, 0), set())] == [code]


@pytest.mark.parametrize("sentence", [
    "Widget Inc shareholders approved changes in the company's bylaws.",
    "The owners of the Acme plant approved a two mln dlr advertising campaign.",
    "Regulators have approved the name change.",
])
def test_a_campaign_or_changes_approved_are_a_policy_decision(sentence):
    assert found(sentence) == [("00", "Policy decision")]

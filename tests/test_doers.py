"""Doers and groups: which groups of a sentence's events become actor mentions of the article, and who speaks
or acts when a description, a pronoun or a passive names no one."""

import pytest

from eventgraph.actors import groups
from eventgraph.events.doers import groups_of
from eventgraph.model import Document, EventMention, Mention, Participant
from eventgraph.sentences import split

from .test_events import doc, titles_and_actors

TEXT = "Acme Growers blocked the road on Monday.\n"


def test_a_group_an_event_names_is_an_actor_mention_though_a_name_is_written_at_its_place():
    doc = Document(id="a", path="a.txt", text=TEXT, published="2021-05-06", sentences=split(TEXT),
                   mentions=[Mention(0, 12, "Acme Growers", "acme-growers", "organization")])
    crowd = Mention(0, 12, "Acme Growers", groups.GROUP_KEY + "acme growers", "group", name="Acme growers")
    blocked = EventMention(sentence=0, trigger_start=13, trigger_end=20, trigger="blocked", code="191",
                           label="Impose blockade", title="Acme growers block the road",
                           actors=[Participant(crowd.actor, "source")])
    assert groups_of(doc, [crowd], [blocked]) == [crowd]
    assert groups_of(doc, [crowd], []) == []  # no event names it


COMPANIES = {"Norvex Corp": ("norvex-corp", "organization"), "Calder Mills": ("calder-mills", "organization"),
             "Securities and Exchange Commission": ("sec", "organization"),
             "Vorland News Agency": ("vorland-news-agency", "organization")}


def _said(text):
    return [(m.code, [p.actor for p in m.actors if p.role == "source"])
            for m in doc(text, actors=COMPANIES).event_mentions]


def test_the_company_that_speaks_is_the_one_whose_statement_opens_the_article():
    # the commission is named more often, but the article is the company's statement
    found = _said("Norvex Corp said it would cut 300 jobs after talks with the Securities and Exchange Commission. "
                  "In a filing with the Securities and Exchange Commission, the company said it may sell its plant.")
    assert found[-1] == ("031", ["norvex-corp"])


def test_the_group_that_speaks_is_the_one_led_by_the_name():
    found = _said("A shareholder group led by Norvex Corp said it bought a stake in Calder Mills. "
                  "In addition to a possible bid for Calder Mills, the group said it may buy more shares.")
    assert found[-1] == ("031", ["norvex-corp"])


def test_it_right_after_the_reporting_verb_is_the_speaker_not_the_first_body_named():
    found = _said("In a filing with the Securities and Exchange Commission, Norvex Corp said it may sell its plant.")
    assert found == [("031", ["norvex-corp"])]


@pytest.mark.parametrize("text", [
    "Norvex Corp said its finance chief had been dismissed.",
    "The Ohio plant will be closed next month, Norvex Corp said.",
])
def test_a_passive_dismissal_or_closure_a_body_announces_is_its_own(text):
    assert _said(text) == [("00", ["norvex-corp"])]


def test_a_dismissal_a_medium_reports_is_not_the_medium_s():
    assert _said("Vorland News Agency said the finance minister was dismissed.") == [("00", [])]


def test_the_company_is_the_one_whose_statement_opens_the_article_past_an_apposition():
    found = _said("Norvex Corp, a maker of copiers, said it would buy Calder Mills for 20 dlrs a share. Calder Mills "
                  "rejected the offer on Monday, Calder Mills said. The company then filed suit in a federal court to "
                  "block the sale of the plant.")
    assert found[-1] == ("115", ["norvex-corp"])


def test_it_that_says_is_the_body_named_as_the_last_speaker_not_the_first_body_of_the_sentence_before():
    found = _said("Norvex Corp said it would sell its plant. The buyer will take a loan from Calder Mills. "
                  "It said it may also sell its mill.")
    assert found[-1] == ("031", ["norvex-corp"])
    found = _said("Norvex Corp said it would sell its plant. Separately, Calder Mills said it may buy a mill. "
                  "It said it may also buy a plant.")
    assert found[-1] == ("031", ["calder-mills"])


@pytest.mark.parametrize("lead", ["Norvex Corp's Calder Mills said", "Norvex Corp's Calder Mills unit said"])
def test_it_that_says_after_a_unit_its_owner_names_is_the_unit_that_spoke(lead):
    found = _said(f"{lead} it would sell its plant. The buyer will take a loan from a bank. "
                  "It said it may also sell its mill.")
    assert found[-1] == ("031", ["calder-mills"])


def test_a_board_owned_by_a_pronoun_is_the_owner_not_the_most_named_body():
    found = _said("Calder Mills owns 20 pct of Norvex Corp. Calder Mills has two seats on the board. "
                  "Norvex Corp said its board approved the proposal.")
    assert found == [("00", ["norvex-corp"])]


def test_the_union_is_the_body_named_as_a_union_not_the_most_named_company():
    found = doc("Norvex Corp and the Calder Mill Workers remain apart. Norvex Corp said talks go on. "
                "The union accepted a new pay offer from Norvex Corp.",
                actors={**COMPANIES, "Calder Mill Workers": ("calder-mill-workers", "organization")}).event_mentions
    assert found[-1].actors[0].actor == "calder-mill-workers"
    assert found[-1].title.startswith("Calder Mill Workers accept")


def test_a_company_whose_name_opens_with_union_is_no_union():
    found = doc("Union Pacora Corp and the Pacora Mill Workers remain apart. Union Pacora Corp said talks go on. "
                "Union Pacora Corp said output fell. The union rejected the latest pay offer.",
                actors={"Union Pacora Corp": ("union-pacora", "organization"),
                        "Pacora Mill Workers": ("pacora-mill-workers", "organization")}).event_mentions
    assert found[-1].actors[0].actor == "pacora-mill-workers"


def test_the_agent_of_a_participle_after_a_reporting_verb_is_no_speaker():
    assert _said("Norvex Corp said changes made by Calder Mills did not go far enough.")[0] == \
        ("010", ["norvex-corp"])
    assert _said("Norvex Corp said it was informed by Calder Mills of the sale.")[0] == ("010", ["norvex-corp"])
    assert _said('"Prices will rise," said a statement issued by Calder Mills.')[0] == ("010", ["calder-mills"])


def test_a_deed_in_a_clause_opened_by_when_is_done_by_that_clause_s_subject_not_the_speaker():
    text = "Jan Novak said the mood of the market changed in May when Ruritania announced plans to impose " \
           "heavy duties on steel from its neighbours.\n"
    people = {"Jan Novak": ("jan-novak", "person"), "Ruritania": ("ruritania", "country")}
    tariffs = [m for m in doc(text, actors=people).event_mentions if m.code[:2] == "16"]
    assert [[p.actor for p in m.actors if p.role == "source"] for m in tariffs] == [["ruritania"]]


def test_a_name_in_a_phrase_that_opens_the_sentence_with_a_preposition_does_not_speak():
    text = "In remarks before a session of Norvex Corp's Calder Mills, Jan Novak said demand would recover.\n"
    said = doc(text, actors={**COMPANIES, "Jan Novak": ("jan-novak", "person")}).event_mentions
    assert [[p.actor for p in m.actors if p.role == "source"] for m in said] == [["jan-novak"]]



def _doers(text):
    actors = COMPANIES | {"Vorland Securities Board": ("vsb", "organization")}
    return [(m.code, sorted(p.actor for p in m.actors if p.role in ("source", "participant")))
            for m in doc(text, actors=actors).event_mentions]


@pytest.mark.parametrize("text", [
    "A small investor group told the Vorland Securities Board it had acquired 9 pct of Calder Mills.",
    "Two Ohio investment firms told the Vorland Securities Board they had raised their stake in Calder Mills to 9 "
    "pct.",
])
def test_the_one_told_is_no_doer_of_the_deed_the_pronoun_after_it_tells(text):
    found = _doers(text)
    assert found and all("vsb" not in doers for _, doers in found)


def test_the_one_after_by_tells_what_it_will_do():
    found = _doers("The minister was informed by Norvex Corp that it would close the plant in May.")
    assert ["norvex-corp"] in [doers for _, doers in found]


@pytest.mark.parametrize("text, code", [
    ("Norvex Corp's Calder Mills unit said it will cut 300 jobs at its Ohio plant.", "00"),
    ("Norvex Corp's Calder Mills subsidiary sued the Vorland News Agency for libel on Monday.", "115"),
])
def test_the_unit_a_company_owns_acts_not_the_company_named_as_its_owner(text, code):
    assert _said(text) == [(code, ["calder-mills"])]


def test_a_company_named_on_its_own_before_another_keeps_its_deed():
    sued = [actors for code, actors in _said("Norvex Corp sued Calder Mills for libel on Monday.")
            if code.startswith("11")]
    assert sued == [["norvex-corp"]]


def test_the_owner_of_a_noun_s_subject_is_not_given_to_the_name_after_it():
    found = _said("Calder Mills said the Securities and Exchange Commission's Norvex Corp investigation had ended.")
    assert any(code == "090" and "sec" in actors for code, actors in found)


def test_a_country_named_only_for_its_currency_is_no_party():
    devalued = titles_and_actors("Ruritania devalued its currency against the Freedonia dollar.")
    lent = titles_and_actors("Ruritania said it would lend 100 mln Freedonia dlrs to its farmers.")
    assert [actors for _, _, actors, *_ in devalued + lent] == [{("ruritania", "source")}] * 2



def test_a_verb_after_and_shares_the_subject_of_the_clause_not_of_a_reporting_aside_before_it():
    found = _doers("The Vorland News Agency said on Monday it was disappointed. The agency said Norvex Corp would "
                   "complain to the Securities and Exchange Commission, as it said it would, and seek talks with "
                   "Calder Mills.")
    assert ("020", ["norvex-corp"]) in found


@pytest.mark.parametrize("text", [
    "Norvex Corp sold 200,000 tonnes of maize in March, the committee of local grain importers said.",
    "Norvex Corp should cut its costs further, the report said.",
])
def test_a_body_or_a_writing_that_says_what_the_sentence_tells_speaks_not_its_subject(text):
    assert all("norvex-corp" not in doers for _, doers in _said(text))


def test_a_body_s_spokesman_speaks_for_the_subject_his_body_is():
    assert _said("Norvex Corp is disappointed by the ruling, a company spokesman said.")[0][1] == ["norvex-corp"]


def test_a_body_is_no_target_of_its_own_statement_under_a_shorter_name():
    exchanges = {"Vorland Stock Exchange": ("vorland-stock-exchange", "organization"),
                 "Vorland Exchange": ("vorland-exchange", "organization")}
    found = doc("The Vorland Stock Exchange had no comment on the charge on Monday, an Exchange spokesman said. "
                "The Vorland Exchange, which keeps in touch with the regulator, will await further developments, "
                "he said.", actors=exchanges).event_mentions
    assert found and all(p.actor != "vorland-exchange" for m in found for p in m.actors if p.role == "target")


@pytest.mark.parametrize("text", [
    "Norvex Corp said it changed the name of its Calder Mills unit.",
    "Norvex Corp sold its Calder Mills unit for 40 mln dlrs.",
    "Norvex Corp said it sold its Calder Mills <CALD> unit for 40 mln dlrs.",  # the wire's stock code between
])
def test_the_doer_s_own_unit_is_no_party_of_its_deed(text):
    found = doc(text, actors=COMPANIES).event_mentions
    assert found and all(p.actor != "calder-mills" for m in found for p in m.actors if p.actor != "norvex-corp")


def test_a_country_owning_the_apposition_of_the_speaker_does_not_speak_with_it():
    # "Ruritania's largest shipper" only describes Norvex Corp; it is no second name joined to it
    found = doc("Rail freight will rise 4 pct this year, Norvex Corp, Ruritania's largest shipper, said in its "
                "monthly economic forecast.", actors={**COMPANIES, "Ruritania": ("ruritania", "country")})
    assert [[p.actor for p in m.actors if p.role == "source"] for m in found.event_mentions] == [["norvex-corp"]]


def test_the_company_closing_a_sentence_is_the_article_s_company_not_the_one_its_words_tell_of():
    found = _said("Norvex Corp said it sold its mill to Calder Mills. Calder Mills is a Delaware firm owned by a group "
                  "of investors, the company said.")
    assert found[-1] == ("010", ["norvex-corp"])


def test_the_company_closing_a_sentence_is_the_article_s_company_though_another_firm_s_legal_form_is_company():
    # "Company" ends the other firm's name as a legal form, not as the noun of a body so called ("the board")
    found = doc("Norvex Corp said it bought the Dayton Tool Company. Dayton becomes its fourth plant in Ohio, the "
                "company said.", actors={**COMPANIES, "Dayton Tool Company": ("dayton-tool", "organization"),
                                 "Dayton": ("dayton-tool", "organization")}).event_mentions
    assert [p.actor for p in found[-1].actors if p.role == "source"] == ["norvex-corp"]


def test_a_denial_of_charges_made_by_others_is_the_denier_s():
    found = _said("Norvex Corp denied charges by Calder Mills that it had fixed the price of grain.")
    assert found == [("016", ["norvex-corp"])]


def test_the_country_whose_firm_the_wire_brackets_only_says_where_it_is_from():
    actors = {"Ruritania": ("ruritania", "country"), "Norvex Ltd": ("norvex", "organization")}
    [signed] = doc("Ruritania's <Norvex Ltd> said it had signed a letter of intent to buy a mill.",
                   actors=actors).event_mentions
    assert [p.actor for p in signed.actors] == ["norvex"]


def test_what_is_put_to_a_company_s_shareholders_is_aimed_at_the_company():
    [offer] = [m for m in doc("Calder Mills said it made a tender offer to Norvex Corp's shareholders.",
                              actors=COMPANIES).event_mentions if m.code[:2] == "03"]
    assert {(p.actor, p.role) for p in offer.actors} == {("calder-mills", "source"), ("norvex-corp", "target")}


def test_a_doer_written_over_two_lines_is_found_where_the_parse_joins_its_words():
    # the parse joins "its\nboard" with a space; the board acts for the company that speaks
    found = doc("Norvex Corp said its\nboard has authorized the repurchase of up to 100,000 of its shares.\n",
                actors=COMPANIES).event_mentions
    assert [(m.title, [p.actor for p in m.actors if p.role == "source"]) for m in found] == [
        ("Norvex Corp authorizes the repurchase of up to 100,000 of its shares", ["norvex-corp"])]


@pytest.mark.parametrize("text", ["Members of the union, who met Jan Novak on Friday, rejected the latest offer.",
                                  "Holders of the notes, who met Jan Novak on Friday, rejected the new terms."])
def test_a_body_no_name_stands_for_voices_what_it_rejects_though_a_clause_parts_it_from_its_verb(text):
    assert any(m.code[:2] == "12" for m in doc(text).event_mentions)


def test_a_body_a_long_phrase_with_a_bracket_names_is_found_as_the_doer_of_its_deed():
    text = ("Members of local 55 of the Allied Brotherhood of Paper and Mill Workers (ABPMW) union, representing 800 "
            "mill hands, yesterday rejected the new offer.")
    assert any(m.code[:2] == "12" for m in doc(text).event_mentions)


@pytest.mark.parametrize("described", ["research firm", "the economic information company"])
def test_a_body_named_after_its_kind_behind_a_closing_said_speaks(described):
    found = _said(f"The economy of Vorland will grow three pct this year, said {described} Norvex Corp.")
    assert ("010", ["norvex-corp"]) in found

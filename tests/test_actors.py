from dataclasses import replace

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eventgraph import actors, sentences
from eventgraph.actors.gazetteer import gazetteer
from eventgraph.actors.known_names import _NAME_WORD_BEFORE, KnownNames
from eventgraph.model import Document, EventMention, Participant


def read(text: str, doc_id: str = "a", published: str | None = "2024-05-02") -> Document:
    doc = Document(id=doc_id, path=f"{doc_id}.txt", text=text, published=published, body=[(0, len(text))])
    return actors.annotate(sentences.annotate(doc))


def found(doc: Document) -> dict[str, str]:
    return {mention.text: mention.actor for mention in doc.mentions}


def by_id(documents: list[Document]) -> dict:
    return {actor.id: actor for actor in actors.link_actors(documents)}


def test_one_country_under_all_its_names():
    doc = read("North Korea fired a missile on Monday. The DPRK said the test was routine, and Pyongyang "
               "warned Seoul against a response. South Korea said it was watching.\n")
    story = by_id([doc])
    assert story["north-korea"].code == "PRK"
    assert story["north-korea"].aliases == ["DPRK", "Pyongyang"]
    assert story["south-korea"].aliases == ["Seoul"]
    assert story["north-korea"].type == "country"


def test_person_from_title_takes_the_country_of_the_title():
    doc = read("Brazilian Foreign Minister Ana Souza arrived on Tuesday. Souza said talks would go on.\n")
    assert found(doc) == {"Ana Souza": "ana-souza", "Souza": "ana-souza"}
    story = by_id([doc])
    assert story["ana-souza"].affiliation == "brazil"
    assert story["ana-souza"].aliases == ["Souza"]
    assert "brazil" in story


def test_common_titles_count_only_in_appositions():
    doc = read("Piotr Kowal, head of the central bank, spoke to the chief House negotiator and said Latin "
               "American members agreed.\n")
    assert [(m.text, m.type) for m in doc.mentions] == [("Piotr Kowal", "person")]


def test_title_with_of_runs_on_to_the_first_name():
    doc = read("Minister of Finance Maria Souza met the Secretary of State on Monday.\n")
    assert [(m.text, m.type) for m in doc.mentions] == [("Maria Souza", "person")]


def test_a_post_s_field_after_of_for_and_and_stays_out_of_the_name():
    doc = read("Minister of State for Fisheries Lena Varga said quotas would stay.\n")
    assert [(m.text, m.type) for m in doc.mentions] == [("Lena Varga", "person")]
    doc = read("Brazilian Minister of Mines and Energy Ana Souza opened the dam on Friday.\n")
    assert [(m.text, m.type, m.affiliation) for m in doc.mentions] == [("Ana Souza", "person", "brazil")]


def test_a_field_that_is_an_organisation_word_stays_out_of_the_name():
    doc = read("Northfield Brokers Inc Director of Trading Paula Grant said volumes fell.\n")
    assert [(m.text, m.type) for m in doc.mentions] == [("Northfield Brokers Inc", "organization"),
                                                        ("Paula Grant", "person")]


def test_affiliation_from_an_apposition_and_from_an_organisation_title():
    doc = read("Tom Baxter, the spokesman for the U.S. Embassy, said the talks were over. "
               "NATO Secretary General Piet Vermeulen said the alliance was ready.\n")
    story = by_id([doc])
    assert story["tom-baxter"].affiliation == "united-states"
    assert story["piet-vermeulen"].affiliation == "nato"


def test_a_country_adjective_opening_a_body_s_name_is_no_affiliation_in_an_apposition():
    doc = read("Anna Weber, chairman of American Northfield Corp, said sales rose. Mark Dole, the American "
               "ambassador, said talks went well. Rita Moss, adviser to French President Piet Kron, agreed.\n")
    story = by_id([doc])
    assert story["anna-weber"].affiliation == "american-northfield-corporation"
    assert story["mark-dole"].affiliation == "united-states"
    assert story["rita-moss"].affiliation == "france"


def test_where_a_broadcast_was_monitored_names_no_actor_nor_an_official_s_country():
    doc = read("State radio, monitored in Nicosia, quoted Oil Minister Omar Hadi as saying Iran would sell more oil. "
               "The broadcast, monitored by the BBC, said Iran agreed.\n")
    assert [m.text for m in doc.mentions] == ["Omar Hadi", "Iran", "Iran"]
    assert by_id([doc])["omar-hadi"].affiliation != "cyprus"


def test_where_a_body_is_based_is_no_actor():
    doc = read("Hong Kong-based Northfield Mining Corp said it bought shares of U.S.-based Carter Hobbs Inc.\n")
    assert [m.text for m in doc.mentions] == ["Northfield Mining Corp", "Carter Hobbs Inc"]


def test_the_seat_after_a_legal_form_that_closes_a_name_is_no_part_of_it():
    doc = read("Carter Hobbs Inc of Bayside, Ohio, said it agreed to buy Kestrel Mills Plc of Leeds from Northfield "
               "Machine Co of America.\n")
    assert found(doc) == {"Carter Hobbs Inc": "carter-hobbs", "Kestrel Mills Plc": "kestrel-mills",
                          "Northfield Machine Co of America": "northfield-machine-company-of-america"}
    doc = read("Carter Hobbs Inc of Bayside, Kestrel Mills Plc and Holm Corp agreed to merge.\n")
    assert list(found(doc)) == ["Carter Hobbs Inc", "Kestrel Mills Plc", "Holm Corp"]


def test_a_firm_named_for_two_trades_runs_on_past_its_seat():
    doc = read("Dunmore Savings and Loan Association of Texas said it named a new president. Holm Building and "
               "Equipment Corp of America said it sold a plant.\n")
    assert [m.text for m in doc.mentions] == ["Dunmore Savings and Loan Association of Texas",
                                              "Holm Building and Equipment Corp of America"]


def test_a_firm_named_for_its_trade_after_an_owner_s_possessive_stays_the_owner_s_unit():
    doc = read("A judge denied the motions by Dunmore's Northfield Gas Pipeline Co of America.\n")
    assert "Northfield Gas Pipeline Co of America" in found(doc)


def test_an_apposition_read_past_line_breaks_gives_the_employer():
    doc = read("Jane Holm, a dietitian and Director of Consumer Affairs\nfor the Northfield Council said pork is lean. "
               "Ana Lima, an oil expert with the private Carter Hobbs Institute, agreed.\n")
    story = by_id([doc])
    assert story["jane-holm"].affiliation == "northfield-council"
    assert story["ana-lima"].affiliation == "carter-hobbs-institute"


def test_a_bracketed_word_inside_a_name_and_the_name_without_it():
    doc = read("Northfield Equity (Pacific) Ltd said it bought shares. Northfield Equity (Pacific) said it may bid. "
               "Later Northfield Equity said the Acme Growers Association (AGA) agreed.\n")
    assert [(m.text, m.actor) for m in doc.mentions] == [
        ("Northfield Equity (Pacific) Ltd", "northfield-equity-pacific"),
        ("Northfield Equity", "northfield-equity-pacific"), ("Northfield Equity", "northfield-equity-pacific"),
        ("Acme Growers Association", "acme-growers-association"), ("AGA", "acme-growers-association")]


def test_initials_in_brackets_inside_a_company_name():
    doc = read("Kestrel Mills (U.K.) Ltd said it sold the plant to Harwood Paper (H.K.) Ltd.\n")
    assert found(doc) == {"Kestrel Mills (U.K.) Ltd": "kestrel-mills-uk", "Harwood Paper (H.K.) Ltd": "harwood-paper-hk"}


def test_a_foreign_and_joins_the_words_of_one_company_name():
    doc = read("Kessel und Hammer GmbH said it sold its stake to Banco Rios y Montes.\n")
    assert found(doc) == {"Kessel und Hammer GmbH": "kessel-und-hammer", "Banco Rios y Montes": "banco-rios-y-montes"}


def test_a_government_named_by_a_known_head_is_the_country():
    doc = read("Farm groups asked the Carter\nadministration for aid, and the Heath government refused to lower "
               "tariffs.\n")
    assert found(doc) == {"Carter\nadministration": "united-states", "Heath government": "united-kingdom"}


def test_a_government_named_by_its_head_the_article_names_is_the_country():
    doc = read("Chilean President Marta Solis met envoys on Monday. The Solis government later rejected the offer.\n")
    assert found(doc)["Solis government"] == "chile"


def test_an_employer_named_for_two_founders_is_one_firm():
    doc = read("Ana Lima, an analyst with Hobbs and Quist, said prices would rise.\n")
    assert by_id([doc])["ana-lima"].affiliation == "hobbs-and-quist"


def test_an_officer_named_by_his_offices_alone_serves_the_company_named_most():
    doc = read("Northfield Mining Corp said profits rose. Carter Hobbs Inc disagreed. Northfield Mining Corp said "
               "sales would grow, said Jane Holm, chairman and chief executive officer. Ana Lima, an analyst, "
               "agreed.\n")
    story = by_id([doc])
    assert story["jane-holm"].affiliation == "northfield-mining-corporation"
    assert story["ana-lima"].affiliation is None
    doc = read("Northfield Mining Corp said profits rose. Managing board chairman Jane Holm said sales would grow. "
               "Carterville chief executive Ana Lima disagreed.\n")
    story = by_id([doc])
    assert story["jane-holm"].affiliation == "northfield-mining-corporation"
    assert story["ana-lima"].affiliation != "northfield-mining-corporation"


def test_an_officer_ranked_or_given_a_field_or_left_unclosed_before_said_serves_the_company():
    for officer in ("Jane Holm, senior executive vice president told", "Jane Holm, deputy treasurer, told",
                    "Jane Holm, vice president for finance and planning, told", "Jane Holm, president said"):
        doc = read(f"Northfield Mining Corp said profits rose. {officer} analysts sales would grow.\n")
        assert by_id([doc])["jane-holm"].affiliation == "northfield-mining-corporation", officer
    for person in ("Jane Holm, a senior analyst, told", "Jane Holm, senior at the local school, told",
                   "Jane Holm, for her part, told"):
        doc = read(f"Northfield Mining Corp said profits rose. {person} analysts sales would grow.\n")
        assert by_id([doc])["jane-holm"].affiliation is None, person
    doc = read("Northfield Mining Corp said profits rose. The sale needs the approval of Jane Holm, a spokesman "
               "said.\n")
    assert by_id([doc])["jane-holm"].affiliation is None


def test_an_officer_closing_a_sentence_an_organisation_opens_speaks_for_it():
    doc = read("The Northfield Mining Corp did not sell its smelter this week, deputy sales department chief Jane "
               "Holm told reporters.\n")
    assert by_id([doc])["jane-holm"].affiliation == "northfield-mining-corporation"
    for closing in ("deputy sales department chief Jane Holm was not told", "said Jane Holm, a local analyst",
                    "chief Jane Holm hoped. Ana Lima told reporters"):
        doc = read(f"The Northfield Mining Corp did not sell its smelter this week, {closing}.\n")
        assert by_id([doc])["jane-holm"].affiliation is None, closing
    doc = read("Ana Lima did not sell her Northfield Mining Corp shares, her finance chief Jane Holm said.\n")
    assert by_id([doc])["jane-holm"].affiliation != "northfield-mining-corporation"


def test_an_officer_whose_apposition_names_his_company_and_runs_into_said_serves_that_company():
    text = ("Northfield Mining Corp said profits rose. Northfield Mining Corp bid for Carter Hobbs Inc. Jane Holm, "
            "Carter Hobbs chairman and chief executive officer{} the bid was too low.\n")
    for close in (" said", " told analysts", ", said"):
        story = by_id([read(text.format(close))])
        assert story["jane-holm"].affiliation == "carter-hobbs", close
    doc = read("Northfield Mining Corp bid for Carter Hobbs Inc. Jane Holm, Carter Hobbs shares said to be cheap, "
               "left.\n")
    assert by_id([doc])["jane-holm"].affiliation != "carter-hobbs"


def test_a_party_label_before_a_name_is_no_part_of_it_and_gives_no_body():
    doc = read("The Senate panel went over cuts proposed by its chairman, Democrat Jane Holm of Ohio. "
               "Christian Democrat Ana Lima told reporters she would back them.\n")
    story = by_id([doc])
    assert story["jane-holm"].name == "Jane Holm" and story["jane-holm"].affiliation is None
    assert story["ana-lima"].name == "Ana Lima"
    assert "democrat-jane-holm" not in story


def test_a_chairman_no_body_qualifies_chairs_the_body_the_text_was_just_about():
    doc = read("Northfield Mining Corp said profits rose. Carter Hobbs Inc bid for the firm. Carter Hobbs Inc "
               "said the offer was fair. Chairman Jane Holm said the bid would win.\n")
    assert by_id([doc])["jane-holm"].affiliation == "carter-hobbs"
    doc = read("Northfield Mining Corp said profits rose. Net income doubled, the statement said. It quoted "
               "chairman Jane Holm as saying sales would grow.\n")
    assert by_id([doc])["jane-holm"].affiliation == "northfield-mining-corporation"


def test_a_chairman_inside_a_phrase_or_after_a_person_chairs_no_body_the_text_named():
    doc = read("Northfield Mining Corp said the group led by chairman Jane Holm will reconsider its bid.\n")
    assert by_id([doc])["jane-holm"].affiliation is None
    doc = read("Northfield Mining Corp said profits rose. Ana Lima said sales would fall. Chairman Jane Holm "
               "disagreed.\n")
    assert by_id([doc])["jane-holm"].affiliation is None


def test_a_company_spokesman_speaks_for_the_company_named_most():
    for said in ("Company spokesman Jane Holm said", "A company spokeswoman, Jane Holm, said",
                 "Jane Holm, a company spokeswoman, said", "Jane Holm, a firm spokesman, said",
                 "Firm spokesperson Jane Holm said"):
        doc = read(f"Northfield Mining Corp said profits rose. Carter Hobbs Inc disagreed. Northfield Mining Corp "
                   f"closed a mine. {said} sales would grow.\n")
        assert by_id([doc])["jane-holm"].affiliation == "northfield-mining-corporation", said


def test_an_attache_serves_the_country_of_his_title():
    doc = read("Egypt will build two roads in Chad, Egyptian commercial attache Omar Hadi said.\n")
    assert by_id([doc])["omar-hadi"].affiliation == "egypt"


def test_affiliation_through_possessives_built_names_and_of_clauses():
    doc = read("The European Union's foreign policy chief, Ines Berg, said talks would go on. Chilean Foreign "
               "Ministry spokesperson Rosa Ibarra agreed. President Paul Ardent of France and Germany's "
               "Chancellor Karl Weiss spoke with U.N. officials. Secretary of State Ann Cole met the Kremlin "
               "spokesman Ivan Orlov.\n")
    story = by_id([doc])
    assert story["ines-berg"].affiliation == "european-union"
    assert story["rosa-ibarra"].affiliation == "chile"
    assert story["paul-ardent"].affiliation == "france"
    assert story["karl-weiss"].affiliation == "germany"
    assert story["ann-cole"].affiliation is None
    assert story["ivan-orlov"].affiliation == "russia"


def test_lower_case_words_between_country_and_title():
    doc = read("Chilean presidential aide Rosa Ibarra criticised the plan.\n")
    assert by_id([doc])["rosa-ibarra"].affiliation == "chile"


def test_capitalised_office_words_between_country_and_title():
    doc = read("Chilean Foreign Undersecretary Rosa Ibarra met Peruvian Parliamentary Speaker Dr. Tomas Quispe, "
               "and Chilean Central Bank Governor Luis Varas said rates would hold.\n")
    story = by_id([doc])
    assert story["rosa-ibarra"].affiliation == "chile"
    assert story["tomas-quispe"].affiliation == "peru"
    assert story["luis-varas"].affiliation != "chile"


def test_a_country_before_the_end_of_a_quotation_qualifies_no_title_after_it():
    doc = read('"Orders fell across the Brazilian timber trade," analyst Carl Dunmore of Halvers Capital Corp said.\n')
    assert by_id([doc])["carl-dunmore"].affiliation == "halvers-capital-corporation"


def test_a_country_before_a_clause_comma_qualifies_no_title_after_it():
    doc = read("The plant will cost 90 mln Canadian dlrs, chairman Ed Mortlake said.\n")
    assert by_id([doc])["ed-mortlake"].affiliation is None


def test_a_title_set_off_by_a_comma_still_takes_the_body_before_it():
    doc = read("A Halvers Capital Corp official, executive vice president Ed Mortlake, said the fund was closed.\n")
    assert by_id([doc])["ed-mortlake"].affiliation == "halvers-capital-corporation"


def test_person_affiliated_with_the_body_named_after_of():
    doc = read("Lee Dong-hyun of the Asan Institute for Policy Studies said the deal was fragile.\n")
    story = by_id([doc])
    assert story["lee-dong-hyun"].affiliation == "asan-institute-for-policy-studies"
    assert story["asan-institute-for-policy-studies"].type == "organization"


def test_the_employer_after_a_speaker_and_of_is_a_body_not_a_second_person():
    doc = read('"Demand will hold up," broker Nina Voss of Harwell Pryce said on the phone.\n')
    story = by_id([doc])
    assert story["harwell-pryce"].type == "organization"
    assert story["nina-voss"].affiliation == "harwell-pryce"


def test_an_employer_named_for_its_partners_runs_on_past_and():
    doc = read("Analyst Paul Brenn of Ostler Kemp and Voigt said the shares were cheap.\n")
    assert found(doc) == {"Paul Brenn": "paul-brenn", "Ostler Kemp and Voigt": "ostler-kemp-and-voigt"}
    assert by_id([doc])["ostler-kemp-and-voigt"].type == "organization"


def test_a_person_named_after_and_is_no_partner_of_the_employer():
    doc = read("The offer was praised by Paul Brenn of Ostler Kemp and Ruth.\n")
    assert "Ostler Kemp and Ruth" not in found(doc)


def test_office_holder_belongs_to_the_country_the_sentence_is_about():
    doc = read("Ottawa is reviewing its sanctions, according to foreign minister Claire Dubois. "
               "The report was written by Mark Ellis, a senior fellow at a research group.\n")
    story = by_id([doc])
    assert story["claire-dubois"].affiliation == "canada"
    assert story["mark-ellis"].affiliation is None


def test_organisation_takes_the_country_that_owns_it():
    doc = read("Mexico's National Electoral Institute said the count was complete.\n")
    assert by_id([doc])["national-electoral-institute"].affiliation == "mexico"


def test_short_names_and_spelling_variants_join_across_articles():
    first = read("Ruling party chairman Park Min-soo met reporters.\n", "a")
    second = read("Opposition leader Park Min Soo spoke on Friday. Park said he would not resign.\n", "b")
    story = by_id([first, second])
    people = [actor for actor in story.values() if actor.type == "person"]
    assert len(people) == 1
    assert sorted(people[0].aliases + [people[0].name]) == ["Park", "Park Min Soo", "Park Min-soo"]
    assert {ref.doc for ref in people[0].mentions} == {"a", "b"}


def test_middle_initials_and_close_spellings_join():
    first = read("Opposition leader Ahmed Qureshi spoke. Opposition leader Muammar Salem spoke.\n", "a")
    second = read("Party chief Ahmed K. Qureshi spoke. Party leader Moammar Salem spoke.\n", "b")
    people = [actor for actor in by_id([first, second]).values() if actor.type == "person"]
    assert sorted(sorted([actor.name] + actor.aliases) for actor in people) == [
        ["Ahmed K. Qureshi", "Ahmed Qureshi"], ["Moammar Salem", "Muammar Salem"]]


def test_one_word_speaker_is_the_person_named_in_full_in_another_article():
    first = read("Finance Minister Tomas Rydell presented the budget.\n", "a")
    second = read("Rydell said the deficit would shrink.\n", "b")
    assert second.mentions[0].type == "organization"
    story = by_id([first, second])
    assert story["tomas-rydell"].type == "person"
    assert second.mentions[0].actor == "tomas-rydell"


def test_a_firm_named_in_full_does_not_join_its_unit_that_opens_with_its_name():
    doc = read("Vorland Inc said its Vorland Canada Ltd unit sold a mill. Vorland said the sale brings a gain.\n")
    by_id([doc])
    assert [m.actor for m in doc.mentions if m.text.startswith("Vorland")] == ["vorland", "vorland-canada", "vorland"]


@pytest.mark.parametrize("name", ["Food and Agriculture Organisation", "International Rubber Organization"])
def test_a_known_body_spelled_with_isation_or_ization_is_the_body(name):
    doc = read(f"The {name} said stocks would fall.\n")
    assert found(doc)[name] == gazetteer().forms[name.replace("isation", "ization")].key


def test_initials_alone_are_the_one_body_of_the_story_named_in_full_with_them():
    first = read("The Westland Pulp Alliance met in Lagos on Monday.\n", "a")
    second = read("WPA said prices would rise.\n", "b")
    by_id([first, second])
    assert second.mentions[0].actor == "westland-pulp-alliance"


def test_initials_of_a_hyphenated_name_are_its_own_not_those_of_a_unit_opening_with_them():
    doc = read("Rhoda Tarn-Zell Corp said its units RTZ Chemicals Ltd and RTZ Cement Ltd gained. RTZ said profits "
               "rose.\n")
    story = by_id([doc])
    assert doc.mentions[-1].actor == doc.mentions[0].actor
    assert story[doc.mentions[0].actor].name == "Rhoda Tarn-Zell Corporation"


def test_initials_two_bodies_of_the_story_share_stay_apart():
    documents = [read("The Westland Pulp Alliance met in Lagos on Monday.\n", "a"),
                 read("The Western Power Authority raised its rates.\n", "b"),
                 read("WPA said prices would rise.\n", "c")]
    by_id(documents)
    assert documents[2].mentions[0].actor == "wpa"


def test_a_firm_s_leading_words_alone_are_the_one_firm_its_article_names_with_them():
    doc = read("Velta-Med Life Systems Inc said it won a suit. Velta-Med said it would appeal.\n")
    by_id([doc])
    assert doc.mentions[1].actor == doc.mentions[0].actor == "velta-med-life-systems"


@pytest.mark.parametrize("text", [
    "Velta-Med Canada Ltd sold bonds, as did Velta-Med Finance Ltd. Velta-Med said the issues were placed.\n",
    "Velta-Med Inc said Velta-Med Canada Ltd sold bonds. Velta-Med said the issues were placed.\n",
    "Orlan Devices and Zenith Mills Corp agreed a venture. Orlan Devices said Zenith Mills Corp would hold half.\n"])
def test_leading_words_of_two_firms_of_a_parent_named_with_its_legal_form_or_of_two_firms_read_as_one_stay_apart(
        text):
    doc = read(text)
    by_id([doc])
    assert len({mention.actor for mention in doc.mentions}) == len({mention.text for mention in doc.mentions}) - \
        ("Inc" in text)


@pytest.mark.parametrize("others, actor", [("", "murilo-ramos-teixeira"),
                                           (" His rival Paulo Ramos Teixeira stayed away.", "ramos-teixeira")])
def test_a_name_ending_the_longer_name_of_one_person_is_that_person_and_of_two_people_neither(others, actor):
    first = read(f"Union leader Murilo Ramos Teixeira spoke to strikers on Monday.{others}\n", "a")
    second = read("Union leader Ramos Teixeira said the strike would go on.\n", "b")
    by_id([first, second])
    assert second.mentions[0].actor == actor


def test_a_one_word_speaker_spelled_mac_or_mc_is_the_person_named_in_full():
    first = read("Finance Minister Tomas McRydell presented the budget.\n", "a")
    second = read("MacRydell said the deficit would shrink. Mackay said it would grow.\n", "b")
    by_id([first, second])
    assert second.mentions[0].actor == "tomas-mcrydell"
    assert second.mentions[1].actor != "tomas-mcrydell"


def test_a_one_word_speaker_one_letter_from_a_full_name_stays_apart():
    first = read("Finance Minister Tomas Hanson presented the budget.\n", "a")
    second = read("Hansen said the deficit would shrink.\n", "b")
    by_id([first, second])
    assert second.mentions[0].actor != "tomas-hanson"


def test_names_joined_by_hyphens_and_names_with_apostrophes():
    doc = read("The Kenya-Uganda border reopened. The People’s Republic of China and Mr Otieno welcomed it.\n")
    assert [(m.text, m.actor) for m in doc.mentions] == [
        ("Kenya", "kenya"), ("Uganda", "uganda"), ("People’s Republic of China", "china"), ("Otieno", "otieno")]


def test_a_body_named_of_two_things_joined_by_and_is_one_name():
    doc = read("A spokeswoman for the National Association of Lorry Drivers and Mechanics said talks with the "
               "Acme Corp and Widget Inc ended.\n")
    assert [m.text for m in doc.mentions] == ["National Association of Lorry Drivers and Mechanics", "Acme Corp",
                                              "Widget Inc"]


def test_a_country_before_a_known_body_s_name_is_whose_it_is():
    doc = read("The U.S. Federal Reserve Board raised its discount rate.\n")
    assert [(m.text, m.actor) for m in doc.mentions] == [("U.S. Federal Reserve Board", "federal-reserve")]


def test_prefixed_and_embedded_country_names():
    doc = read("A non-OPEC producer sued under U.S. law in New Mexico, and Peru-Chile talks began.\n")
    assert [(m.text, m.actor) for m in doc.mentions] == [("U.S.", "united-states"), ("Peru", "peru"),
                                                         ("Chile", "chile")]
    doc = read("New U.S. trade curbs took effect in New Mexico.\n")
    assert [(m.text, m.actor) for m in doc.mentions] == [("U.S.", "united-states")]  # initials end no place name


@pytest.mark.parametrize("text", ["A senior U.S. Banker said rates would fall.\n",
                                  "Rates will fall, one U.S. Official told reporters.\n",
                                  "The minister said the U.S. Had announced the tariffs too late.\n"])
def test_a_word_the_wire_capitalises_after_a_countrys_initials_is_no_name(text):
    assert [(m.text, m.actor) for m in read(text).mentions] == [("U.S.", "united-states")]


def test_the_north_and_hyphenated_compounds():
    doc = read("North Korea fired a missile. The North said it was a test, angering South Korea-backed groups.\n")
    assert [(m.text, m.actor) for m in doc.mentions] == [
        ("North Korea", "north-korea"), ("North", "north-korea"), ("South Korea", "south-korea")]
    assert read("Sudan and Chad met. The North was calm.\n").mentions[-1].text == "Chad"


def test_reported_speaker_without_title_is_a_person():
    doc = read('"We will not pay," said Odile Marchetti.\n')
    assert found(doc) == {"Odile Marchetti": "odile-marchetti"}
    assert doc.mentions[0].type == "person"


def test_name_capitals_are_every_upper_and_title_case_letter():
    import re
    import sys
    import unicodedata

    from eventgraph.actors.chunks import UPPER

    every = "".join(map(chr, range(sys.maxunicode + 1)))
    assert set(re.findall(f"[{UPPER}]", every)) == {char for char in every if unicodedata.category(char) in ("Lu", "Lt")}


def test_company_with_and_without_its_legal_form_and_its_acronym():
    doc = read("Northfield Mining Corp (NMC) said it would close a mine. Northfield Mining shares fell, "
               "and NMC said more closures could follow.\n")
    assert set(found(doc).values()) == {"northfield-mining"}
    assert [mention.text for mention in doc.mentions] == ["Northfield Mining Corp", "NMC", "Northfield Mining", "NMC"]
    story = by_id([doc])
    assert story["northfield-mining-corporation"].name == "Northfield Mining Corporation"
    assert {mention.actor for mention in doc.mentions} == {"northfield-mining-corporation"}


def test_short_form_of_a_company_that_looks_like_a_person_is_the_company():
    doc = read("Shares were sold through Carter Hobbs and Co Inc. A trader at Carter Hobbs said demand was strong.\n")
    assert [(m.text, m.type, m.actor) for m in doc.mentions] == [
        ("Carter Hobbs and Co Inc", "organization", "carter-hobbs"),
        ("Carter Hobbs", "organization", "carter-hobbs")]


def test_name_qualifying_a_title_is_the_employer():
    doc = read("Dean Carter analyst Jane Holm said prices would rise.\n")
    assert [(m.text, m.type) for m in doc.mentions] == [("Dean Carter", "organization"), ("Jane Holm", "person")]
    assert by_id([doc])["jane-holm"].affiliation == "dean-carter"


def test_first_name_guess_after_at_is_not_a_person():
    doc = read("An analyst at Dean Carter said ships loaded in Santa Rosa. Maria Lopez disagreed.\n")
    assert [(m.text, m.type) for m in doc.mentions] == [("Maria Lopez", "person")]


@pytest.mark.parametrize("text", ["The miners said output rose at its Silver Creek site. Maria Lopez disagreed.\n",
                                  "Output fell at the Martin Lewis mine, the miners said. Maria Lopez disagreed.\n"])
def test_a_first_name_guess_a_possessive_leads_or_a_site_noun_follows_names_a_thing_not_a_person(text):
    assert [(m.text, m.type) for m in read(text).mentions] == [("Maria Lopez", "person")]


def test_second_reference_by_the_head_noun():
    doc = read("The Andean Development Commission met on Monday. The Commission said rates would fall.\n")
    assert {m.text: m.actor for m in doc.mentions} == {"Andean Development Commission": "andean-development-commission",
                                                       "Commission": "andean-development-commission"}


def test_state_body_takes_the_country_in_context():
    doc = read("Peru recalled its ambassador. The Foreign Ministry said the move was temporary.\n")
    story = by_id([doc])
    assert story["peruvian-foreign-ministry"].affiliation == "peru"


@pytest.mark.parametrize("text", [
    "Peru will buy more Chilean copper. The Finance Ministry said Chilean and Chilean-owned mines would gain.\n",
    "Peru will buy more Chilean copper, the Finance Ministry said.\n",
])
def test_a_bare_state_body_in_a_story_filed_from_a_capital_is_that_government_s(text):
    doc = Document(id="a", path="a.txt", text=text, published="2024-05-02", body=[(0, len(text))], place="LIMA")
    doc = actors.annotate(sentences.annotate(doc))
    assert {m.affiliation for m in doc.mentions if m.text == "Finance Ministry"} == {"peru"}


def test_state_body_listed_with_a_country_s_body_is_that_country_s_for_the_whole_article():
    doc = read("Officials from the Bank of Canada and Finance Ministry met. The U.S. economy is weak, U.S. officials "
               "said of the U.S. trade gap. A Finance Ministry official criticised the United States.\n")
    assert {m.affiliation for m in doc.mentions if m.text == "Finance Ministry"} == {"canada"}


def test_lower_case_state_body_needs_its_country_in_the_sentence_or_a_possessive():
    doc = read("Chile convened its national security council. Peru's foreign ministry spokesman Luis Vega "
               "disagreed. The foreign ministry said nothing.\n")
    assert [(m.text, m.name, m.affiliation) for m in doc.mentions if m.type == "organization"] == [
        ("national security council", "Chilean National Security Council", "chile"),
        ("foreign ministry", "Peruvian Foreign Ministry", "peru")]
    assert by_id([doc])["luis-vega"].affiliation == "peru"


def test_person_after_an_honorific_and_an_office_in_apposition():
    doc = read("Iran's parliament speaker, Hojatoleslam Akbar Rahimi, warned the Gulf states.\n")
    assert [(m.text, m.affiliation) for m in doc.mentions if m.type == "person"] == [("Akbar Rahimi", "iran")]


def test_honorific_between_an_office_and_a_name_leaves_the_office_s_body():
    doc = read("Brazilian Foreign Minister Sir Paulo Mendes said talks would go on. Acme Holdings Ltd said sales "
               "rose. Acme chairman Lord Tom Hale said prices held. Sir Ann Lee said it was wise.\n")
    assert [(m.text, m.affiliation) for m in doc.mentions if m.type == "person"] == [
        ("Paulo Mendes", "brazil"), ("Tom Hale", "acme-holdings"), ("Ann Lee", None)]


def test_an_honorific_of_the_gulf_or_the_clergy_after_an_office_leaves_the_office_s_country():
    doc = read("Kuwaiti Oil Minister Sheikh Omar Haddad spoke on Monday. Iranian Parliamentary Speaker Hojatoleslam "
               "Reza Tavana answered him.\n")
    assert [(m.text, m.affiliation) for m in doc.mentions if m.type == "person"] == [
        ("Omar Haddad", "kuwait"), ("Reza Tavana", "iran")]


def test_body_before_a_title_in_an_apposition_without_an_article():
    doc = read("Acme Holdings Ltd raised prices. Tom Hale, Acme executive vice-president, said sales held. Ann "
               "Lee, Dean Carter Inc's chief economist, agreed. Olga Berg, Acme Holdings Ltd, said more.\n")
    assert [(m.text, m.affiliation) for m in doc.mentions if m.type == "person"] == [
        ("Tom Hale", "acme-holdings"), ("Ann Lee", "dean-carter"), ("Olga Berg", None)]


def test_country_opening_a_body_s_name_in_an_apposition_gives_the_body():
    doc = read("Tom Hale, chairman of the Brazil Association of Banks, said rates held. Ann Lee, foreign minister of "
               "Brazil, agreed.\n")
    assert [(m.text, m.affiliation) for m in doc.mentions if m.type == "person"] == [
        ("Tom Hale", "brazil-association-of-banks"), ("Ann Lee", "brazil")]


def test_employer_from_an_apposition_or_a_possessive():
    doc = read("The bill passed, said Tom Hale, an analyst with Dean Carter. Ann Lee, a senior fellow for "
               "Asian studies at the Ruritania Institute, agreed. The IMF's Olga Berg said talks went on.\n")
    story = by_id([doc])
    assert story["tom-hale"].affiliation == "dean-carter"
    assert story["dean-carter"].type == "organization"
    assert story["ann-lee"].affiliation == "ruritania-institute"
    assert story["olga-berg"].affiliation == "international-monetary-fund"


def test_field_of_study_in_an_apposition_is_no_employer():
    doc = read("Ann Lee, senior fellow for Ruritania studies, told the newspaper.\n")
    assert [(m.text, m.affiliation) for m in doc.mentions] == [("Ann Lee", None)]


def test_common_country_names_that_iso_lacks():
    doc = read("America, Swaziland and St. Lucia signed the accord in Cape Verde.\n")
    assert [m.actor for m in doc.mentions] == ["united-states", "eswatini", "saint-lucia", "cape-verde"]


def test_name_after_a_noun_saying_what_it_is_is_an_organisation():
    doc = read("The plan was drawn up by the industry lobby group Stahlcon, and the brokerage Dean Carter "
               "backed it. Stahlcon said it was ready.\n")
    assert [(m.text, m.type, m.actor) for m in doc.mentions] == [
        ("Stahlcon", "organization", "stahlcon"), ("Dean Carter", "organization", "dean-carter"),
        ("Stahlcon", "organization", "stahlcon")]


def test_country_abbreviation_opening_a_state_body_is_written_out():
    doc = read("The U.S. Air Force said the flight was routine, and the U.S. League of Anglers agreed.\n")
    assert [m.name for m in doc.mentions] == ["United States Air Force", "U.S. League of Anglers"]


def test_later_uses_of_a_name_with_and_without_its_legal_form():
    doc = read("Britain's Rock and Roll Plc made a bid. A Rock and Roll spokesman said Rock and Roll would wait.\n")
    assert [m.text for m in doc.mentions if m.type == "organization"] == [
        "Rock and Roll Plc", "Rock and Roll", "Rock and Roll"]


def test_demonym_that_is_its_own_plural_stands_for_its_country_as_a_noun():
    doc = read("I think the Japanese are going to agree. The French said no, and the British economy grew.\n")
    assert [(m.text, m.actor) for m in doc.mentions] == [("Japanese", "japan"), ("French", "france")]


def test_short_names_of_groups_and_initials_without_the_legal_form():
    doc = read("Anglo Mining Co Plc said it would bid. Later AM said the offer stood. Acme/Beta Group owns "
               "half of it, and Acme/Beta said it agreed.\n")
    assert [(m.text, m.name) for m in doc.mentions] == [
        ("Anglo Mining Co Plc", "Anglo Mining"), ("AM", "Anglo Mining"),
        ("Acme/Beta Group", "Acme/Beta Group"), ("Acme/Beta", "Acme/Beta Group")]


def test_central_bank_is_named_as_such_banks_name_themselves():
    doc = read("Chile cut its reserve ratio. The Central Bank said inflation was easing. In the Philippines, "
               "the central bank held rates.\n")
    story = by_id([doc])
    assert story["central-bank-of-chile"].affiliation == "chile"
    assert story["central-bank-of-the-philippines"].affiliation == "philippines"


def test_lower_case_ticker_is_not_a_name():
    doc = read("Shoe-Town Inc <shu> said it sold its unit to <Acme Bank>.\n")
    assert [m.text for m in doc.mentions] == ["Shoe-Town Inc", "Acme Bank"]


@pytest.mark.parametrize("apostrophe", ["'", "’"])
def test_a_bracketed_name_is_the_company_without_the_possessive_the_wire_brackets_with_it(apostrophe):
    doc = read(f"Widget Inc said it will use <Norton Holdings PLC{apostrophe}s> coating process.\n")
    assert [(m.text, m.actor) for m in doc.mentions if m.text.startswith("Norton")] == [
        ("Norton Holdings PLC", "norton-holdings")]


def test_a_ticker_makes_only_the_name_it_follows_a_company():
    doc = read("Acme Co vice chairman Mary Novak and Widget Capital Inc <WIDG> said they would bid. The shares\n"
               "rose, said Tom Hale of Beta Securities Inc <BETA>, and Paul Reyes's Gamma Media Corp <GMC> sold.\n")
    assert {(m.text, m.type) for m in doc.mentions} == {
        ("Acme Co", "organization"), ("Mary Novak", "person"), ("Widget Capital Inc", "organization"),
        ("Tom Hale", "person"), ("Beta Securities Inc", "organization"), ("Paul Reyes", "person"),
        ("Gamma Media Corp", "organization")}


def test_one_word_and_a_legal_form_after_and_end_a_firm_s_name_not_a_person_s():
    doc = read("Ruth Valley Power and Light Co said it would build a plant. Mary Novak and Sons Ltd bid, and\n"
               "Tom Hale and Widget Capital Inc said they would join.\n")
    assert [(m.text, m.type) for m in doc.mentions] == [
        ("Ruth Valley Power and Light Co", "organization"), ("Mary Novak and Sons Ltd", "organization"),
        ("Tom Hale", "person"), ("Widget Capital Inc", "organization")]


def test_a_company_s_unit_after_its_possessive_is_a_company_of_its_own():
    doc = read("Acme Corp's Beta Airlines said it cut fares. Vista Co's Vista Refining and Trading Co rose.\n")
    assert [m.text for m in doc.mentions] == [
        "Acme Corp", "Beta Airlines", "Vista Co", "Vista Refining and Trading Co"]


def test_abbreviations_inside_company_names_are_written_out():
    doc = read("Cie Generale de Geophysique said it would bid for Morgan Trust Co of Texas Inc.\n")
    assert [m.name for m in doc.mentions] == ["Compagnie Generale de Geophysique", "Morgan Trust Company of Texas"]


def test_possessives_inside_and_between_names():
    doc = read("Moody's Investors Service Inc cut the rating. Japan's Foreign Ministry protested, citing the "
               "Charter of the United Nations.\n")
    assert [(m.text, m.name) for m in doc.mentions] == [
        ("Moody's Investors Service Inc", "Moody's Investors Service"), ("Japan", "Japan"),
        ("Foreign Ministry", "Japanese Foreign Ministry"), ("United Nations", "United Nations")]


def test_seat_of_government_stands_for_the_country_but_not_as_a_place():
    doc = read("The White House said it would respond. The delegation arrived in Washington on Monday.\n")
    assert found(doc) == {"White House": "united-states"}


def test_a_body_s_name_after_a_first_name_is_a_surname_and_a_title_after_an_acronym_takes_its_body():
    doc = read("Acme Chip Association (ACA) Chairman Kenji Saba said the rules were unfair. Saba said members "
               "would comply.\n")
    people = [(m.text, m.actor, m.affiliation) for m in doc.mentions if m.type == "person"]
    assert people == [("Kenji Saba", "kenji-saba", "acme-chip-association"),
                      ("Saba", "kenji-saba", "acme-chip-association")]


def test_a_person_s_body_called_by_its_head_noun_is_the_body_named_before():
    doc = read("The ruling was a blow to the Acme Growers Association, said Jane Doe, lobbyist for the\n"
               "association. Dean Carter Corp and Acme Growers Association met Bill Roe, analyst at the bank.\n")
    people = {m.actor: m.affiliation for m in doc.mentions if m.type == "person"}
    assert people == {"jane-doe": "acme-growers-association", "bill-roe": None}


def test_an_acronym_set_off_after_a_noun_for_a_body_is_that_body_and_its_chairman_s():
    doc = read("The chairman of the farm owners' union, FOU, Jane Doe, said talks failed. The dock\n"
               "workers' union, DWU, walked out.\n")
    assert {(m.text, m.type, m.affiliation) for m in doc.mentions} == {
        ("FOU", "organization", None), ("Jane Doe", "person", "fou"), ("DWU", "organization", None)}


def test_a_former_office_gives_no_body_to_act_for():
    doc = read("Former Chilean trade minister Jane Doe, Acme Corp's ex-president Bill Roe and Ann Cole, a former\n"
               "Beta Inc executive, met Peruvian foreign minister Rosa Ibarra.\n")
    people = {m.actor: m.affiliation for m in doc.mentions if m.type == "person"}
    assert people == {"jane-doe": None, "bill-roe": None, "ann-cole": None, "rosa-ibarra": "peru"}


def test_a_minister_or_head_of_government_whose_country_is_not_stated_belongs_to_the_article_s():
    doc = read("Peru's debt talks resumed on Monday, and Peru wants new credits.\n\n"
               "Last week deputy prime minister Jane Doe said fresh loans were needed. Company\n"
               "president Bill Roe agreed. President Ann Cole's government sent troops to the ports.\n\n"
               "Chile was not at the talks.\n")
    people = {m.actor: m.affiliation for m in doc.mentions if m.type == "person"}
    assert people == {"jane-doe": "peru", "bill-roe": None, "ann-cole": "peru"}


def test_a_head_of_state_written_as_one_belongs_to_the_article_s_country():
    text = ("Peru's debt talks resumed on Monday, and Peru wants new credits. President Ann Cole said they were "
            "needed. Emperor Jon Ray marked his jubilee. Acme\nPresident Bill Roe and Beta Corp president Tim Vale "
            "agreed. Chile was not at the talks.\n")
    affiliations = {m.actor: m.affiliation for m in read(text).mentions if m.type == "person"}
    assert [affiliations.get(key) == "peru" for key in ("ann-cole", "jon-ray", "bill-roe", "tim-vale")] == [
        True, True, False, False]


def test_a_head_the_gazetteer_knows_by_title_and_surname_is_his_country_s_not_the_article_s():
    text = ("Peru's debt talks resumed on Monday, and Peru wants new credits. President Carter said they were "
            "needed. Prime Minister Edward Heath agreed. President Ana Heath and Acme\nPresident Jim Nixon "
            "disagreed. Chile was not at the talks.\n")
    affiliations = {m.actor: m.affiliation for m in read(text).mentions if m.type == "person"}
    assert (affiliations["carter"], affiliations["edward-heath"], affiliations["ana-heath"]) == (
        "united-states", "united-kingdom", "peru")
    assert affiliations.get("jim-nixon") != "united-states"


def test_a_japanese_prime_minister_known_by_surname_is_his_country_s_not_the_article_s():
    text = ("Washington raised tariffs on Monday, and U.S. officials said the United States would not back down. "
            "Prime Minister Noboru Takeshita said talks would go on.\n")
    affiliations = {m.actor: m.affiliation for m in read(text).mentions if m.type == "person"}
    assert affiliations["noboru-takeshita"] == "japan"
    assert found(read("Farmers asked the Nakasone government for aid.\n"))["Nakasone government"] == "japan"


def test_a_company_name_ending_in_an_abbreviation_qualifies_the_title_after_it():
    text = ("Peru's debt talks resumed on Monday, and Peru wants new credits. Zeta Holdings Inc. President Bill "
            "Roe agreed. Chile was not at the talks.\n")
    affiliations = {m.actor: m.affiliation for m in read(text).mentions if m.type == "person"}
    assert affiliations.get("bill-roe") != "peru"


def test_an_official_takes_no_country_that_qualifies_another_before_him():
    doc = read("Chile's exports rose, and Chile sold more copper. Peruvian Prime Minister Ana Ruiz told President "
               "Jon Ray the deal was good. Chile's Armed Forces Commander General Tim Vale agreed.\n")
    affiliations = {m.actor: m.affiliation for m in doc.mentions if m.type == "person"}
    assert (affiliations["ana-ruiz"], affiliations["jon-ray"], affiliations["tim-vale"]) == ("peru", "chile", "chile")


def test_a_title_whose_first_word_ends_the_body_s_name_gives_that_body():
    doc = read("Acme said so. Green Unity Party leader John Green said taxes would rise.\n")
    affiliations = {m.actor: m.affiliation for m in doc.mentions if m.type == "person"}
    assert affiliations["john-green"] == "green-unity-party"


def read_headed(text: str, title: str) -> dict[str, str | None]:
    doc = Document(id="a", path="a.txt", text=text, title=title, published="2024-05-02", body=[(0, len(text))])
    return {m.actor: m.affiliation for m in actors.annotate(sentences.annotate(doc)).mentions if m.type == "person"}


def test_a_minister_belongs_to_the_one_country_the_headline_names_when_the_text_names_it_once():
    text = "Finance Minister Ana Ruiz cut the sales tax. Most Peruvians will pay less, she said.\n"
    assert read_headed(text, "PERU CUTS SALES TAX")["ana-ruiz"] == "peru"
    assert read_headed(text, "Peru cuts sales tax")["ana-ruiz"] == "peru"
    assert read_headed(text, "SALES TAX CUT")["ana-ruiz"] is None


def test_a_capital_named_as_a_place_does_not_count_for_the_country_a_minister_belongs_to():
    text = ("Peru said it agreed with its creditors in Paris last month to reschedule its debt. Finance Minister Ana "
            "Ruiz said the Paris accord would help Peru, France and Chile.\n")
    assert read_headed(text, "TRADE ACCORD WORKS, MINISTER SAYS")["ana-ruiz"] == "peru"


def test_a_headline_breaks_no_tie_between_two_countries_the_text_names_alike():
    text = "Peru and Chile held talks. President Jon Ray said Peru and Chile would meet again.\n"
    assert read_headed(text, "CHILE AND PERU HOLD TALKS")["jon-ray"] is None
    assert read_headed(text, "PERU HOLDS TALKS")["jon-ray"] is None


def test_a_country_one_article_states_for_an_official_outweighs_those_the_others_are_about():
    about_peru = read("Peru and Chile met. Peru wants trade. Peru sells grain. President Jon Ray said Peru would "
                      "retaliate. Ray spoke for an hour.\n", "a")
    stating = read("Chile said so. Chilean President Jon Ray met the press.\n", "b")
    assert by_id([about_peru])["jon-ray"].affiliation == "peru"
    assert by_id([about_peru, stating])["jon-ray"].affiliation == "chile"


def test_a_statistics_office_named_for_its_country_is_a_body_of_that_country_not_the_country():
    doc = read("Retail sales in Canada rose 2.1 pct in May, Statistics Canada said.\n")
    assert [(m.text, m.actor, m.affiliation) for m in doc.mentions] == [
        ("Canada", "canada", None), ("Statistics Canada", "statistics-canada", "canada")]


def test_a_capital_named_as_a_city_is_a_place():
    doc = read("Residents of the coastal city of Lima reported more police. Lima protested.\n")
    assert [m.start for m in doc.mentions] == [doc.text.rindex("Lima")]


def test_a_capital_after_a_possessive_is_where_the_owner_works():
    doc = read("A spokesman for Acme Corp's London office said Lima had raised its taxes.\n")
    assert [(m.text, m.actor) for m in doc.mentions if m.type == "country"] == [("Lima", "peru")]


def test_capital_after_an_envoy_to_stands_for_the_government():
    doc = read("The delegation flew to Lima with the ambassador to Lima.\n")
    assert [(m.text, m.actor) for m in doc.mentions] == [("Lima", "peru")]
    assert doc.mentions[0].start == doc.text.rindex("Lima")


def test_capital_of_a_state_that_no_longer_exists():
    text = "Moscow rejected the proposal on Friday.\n"
    assert found(read(text, published="1987-03-02")) == {"Moscow": "soviet-union"}
    assert found(read(text, published="2024-03-02")) == {"Moscow": "russia"}


def test_a_state_under_its_present_name_is_the_state_it_was_when_its_article_appeared():
    def story(published):
        first = read("Germany raised its duties on Monday, the Bundesbank said.\n", "a", published)
        first.event_mentions = [EventMention(sentence=0, trigger_start=8, trigger_end=14, trigger="raised",
                                             code="163", label="Impose embargo", title="",
                                             actors=[Participant("germany", "source")])]
        second = read("West Germany will review the duties.\n", "b", published)
        return [first, second], by_id([first, second])

    documents, then = story("1987-03-02")
    assert {"west-germany", "bundesbank"} <= set(then) and "germany" not in then
    assert then["bundesbank"].affiliation == "west-germany" and then["west-germany"].name == "West Germany"
    assert [p.actor for p in documents[0].event_mentions[0].actors] == ["west-germany"]
    _, now = story("2024-03-02")
    assert {"germany", "west-germany"} <= set(now) and now["bundesbank"].affiliation == "germany"


def test_page_furniture_is_not_an_actor():
    text = ("Leaders meet in Lima amid protests\n\n"
            "LIMA. Despite the rain, Peru hosted the summit on Monday. (Photo: Carlos Vega/Getty Images)\n"
            "Since Sunday, police have closed the centre.\n\n"
            "By Maria Lopez\n\nEdited by Tom Reyes.\n\nAna Costa is a freelance reporter based in Lima.\n")
    doc = read(text)
    assert found(doc) == {"Peru": "peru"}


def test_sentence_ending_in_a_non_breaking_space_is_not_a_headline():
    assert found(read("Peru is a member of the Andean group.\xa0\n")) == {"Peru": "peru"}


def test_dateline_with_a_country_is_not_an_actor():
    text = "Taipei, Taiwan - Taiwan's president said on Monday the island would hold drills.\n"
    assert [mention.start for mention in read(text).mentions] == [text.index("Taiwan's")]


def test_a_name_wrapped_to_the_start_of_a_line_is_no_dateline():
    text = ("    \"The bank will cut its rates soon,\" said\nPaul Brandt of Westfield Securities.\n"
            "    Cotton exports went mostly to\nPeru.\n")
    assert found(read(text)) == {"Paul Brandt": "paul-brandt", "Westfield Securities": "westfield-securities",
                                 "Peru": "peru"}


def test_a_dateline_opens_a_line_after_a_finished_sentence():
    text = "Exports rose.\nLima - Peru cut its coffee exports on Monday.\n"
    assert [mention.start for mention in read(text).mentions] == [text.index("Peru")]
    text = "Coffee exports are cut\n\nLima: Peru cut its coffee exports on Monday.\n"  # after a crosshead
    assert [mention.start for mention in read(text).mentions] == [text.index("Peru")]


def test_things_named_after_places_are_not_actors():
    doc = read("Ministers reviewed the Uruguay round and the Financial Services Act on a ship in the Sea of Japan.\n")
    assert doc.mentions == []


def test_link_actors_rewrites_event_participants_and_is_deterministic():
    def build():
        first = read("Kenya and Uganda signed a trade deal. Nairobi said it would cut tariffs.\n", "a")
        first.event_mentions = [EventMention(sentence=0, trigger_start=17, trigger_end=23, trigger="signed",
                                             code="057", label="Sign formal agreement", title="",
                                             actors=[Participant("kenya", "source"), Participant("uganda")])]
        second = read("Uganda's Finance Minister Grace Akello welcomed the deal.\n", "b")
        return [first, second], actors.link_actors([first, second])

    documents, story = build()
    assert [actor.id for actor in story] == sorted(actor.id for actor in story)
    assert [p.actor for p in documents[0].event_mentions[0].actors] == ["kenya", "uganda"]
    assert {m.actor for m in documents[1].mentions} == {"uganda", "grace-akello"}
    _, again = build()
    assert [(a.id, a.aliases, len(a.mentions)) for a in story] == [(a.id, a.aliases, len(a.mentions)) for a in again]


def test_an_event_names_only_actors_of_the_story_by_their_final_ids():
    doc = read("Acme Holdings Corp sold its mill. Acme said the mill was sold on Monday.\n")
    doc.event_mentions = [EventMention(sentence=1, trigger_start=50, trigger_end=54, trigger="sold", code="061",
                                       label="Cooperate economically", title="", attributed_to="acme-holdings",
                                       actors=[Participant("acme-holdings", "source"), Participant("group:nobody")])]
    doc.event_mentions.append(replace(doc.event_mentions[0], actors=list(doc.event_mentions[0].actors)))
    story = actors.link_actors([doc])
    event = doc.event_mentions[0]
    assert [p.actor for p in event.actors] == [p.actor for p in doc.event_mentions[1].actors] == \
        ["acme-holdings-corporation"]
    assert event.attributed_to == "acme-holdings-corporation"
    assert {p.actor for p in event.actors} | {event.attributed_to} <= {actor.id for actor in story}


def test_names_keep_letters_of_any_alphabet():
    doc = read("Defence Minister Jürgen Weiß met coach Łukasz Nowak, tennis player Novak Đoković and "
               "pitcher Shohei Ōtani. Ambassador Nguyễn Thị Lan said Weiß spoke first.\n")
    names = {m.name for m in doc.mentions if m.type == "person"}
    assert {"Jürgen Weiß", "Łukasz Nowak", "Novak Đoković", "Shohei Ōtani", "Nguyễn Thị Lan"} <= names
    assert found(doc)["Weiß"] == found(doc)["Jürgen Weiß"]


def test_name_particles_stay_inside_the_name():
    doc = read("President Abdel Karim al-Hadi received Prince Faisal bin Khalid and Commissioner Anna von "
               "der Brugge. Former President Paulo Souza da Costa met General Henri de Vallon and President "
               "Samuel arap Kosgei.\n")
    names = {m.name for m in doc.mentions if m.type == "person"}
    assert {"Abdel Karim al-Hadi", "Faisal bin Khalid", "Anna von der Brugge", "Paulo Souza da Costa",
            "Henri de Vallon", "Samuel arap Kosgei"} <= names


def test_a_surname_after_an_honorific_joins_the_full_name():
    doc = read("Prime Minister Marta Jiménez arrived on Monday. Mr Álvarez did not come. Ms Jiménez said "
               "talks went well.\n")
    assert found(doc)["Jiménez"] == found(doc)["Marta Jiménez"] == "marta-jimenez"


def test_an_employer_acronym_never_glues_onto_a_name():
    doc = read("Vice President Mark Holt BP said the well was sealed.\n")
    assert [(m.text, m.type) for m in doc.mentions] == [("Mark Holt", "person"), ("BP", "organization")]


def test_a_body_named_x_for_a_and_b_is_one_name():
    doc = read("The Centers for Weather Research and Forecasting said the storm had passed.\n")
    assert [m.text for m in doc.mentions] == ["Centers for Weather Research and Forecasting"]


def test_the_first_word_of_an_organisation_is_its_short_name():
    doc = read("Dravik Securities Ltd said it had sold the shares. Dravik suspended two traders on Friday.\n")
    assert {m.text: m.actor for m in doc.mentions}["Dravik"] == found(doc)["Dravik Securities Ltd"]


def test_a_word_that_says_whose_or_where_a_company_is_is_no_part_of_its_name():
    doc = read("Beta Airlines said Jan Q. Novak-controlled Acme Airlines Inc made an offer. Ohio-based Gamma "
               "Tools Corp declined comment.\n")
    names = {m.text for m in doc.mentions if m.type == "organization"}
    assert {"Acme Airlines Inc", "Gamma Tools Corp"} <= names
    assert not any("controlled" in name or "based" in name for name in names)


def test_a_sentence_opener_that_opens_company_names_stays_in_the_name():
    doc = read("New Vista Pictures Ltd said it sold its shares. Yesterday Acme Corp said it bought them.\n")
    assert {m.text for m in doc.mentions if m.type == "organization"} == {"New Vista Pictures Ltd", "Acme Corp"}


def test_a_family_firm_s_first_word_names_the_firm_not_the_family_member():
    doc = read("Vorhees Broadcasting Co said its vice chairman Dudley Vorhees made an offer. Vorhees said the "
               "board rejected the offer.\n")
    assert [m.actor for m in doc.mentions if m.text == "Vorhees"] == ["vorhees-broadcasting"]
    doc = read("Vorhees Broadcasting Co said its vice chairman Dudley Vorhees made an offer. Mr Vorhees said "
               "he would raise it.\n")
    assert [m.actor for m in doc.mentions if m.text == "Vorhees"] == ["dudley-vorhees"]
    other = read("The board rejected the offer, Vorhees said.\n", doc_id="b")
    [firm] = [actor for actor in actors.link_actors([doc, other]) if actor.type == "organization"]
    assert [m.actor for m in other.mentions if m.text == "Vorhees"] == [firm.id]


def test_a_surname_speaker_still_joins_the_person_named_in_another_article():
    first = read("Foreign Minister Anna Berg arrived on Tuesday.\n")
    other = read("Talks would go on, Berg said.\n", doc_id="b")
    assert "Berg" in by_id([first, other])["anna-berg"].aliases


def test_a_name_in_apposition_after_a_title_of_a_body_belongs_to_that_body():
    doc = read("The speaker of the Bolivian Parliament, Karl Novak, warned Chile.\n")
    assert [(m.text, m.affiliation) for m in doc.mentions if m.type == "person"] == [("Karl Novak", "bolivia")]
    doc = read("The chairman of Acme Corp, Karl Novak, said profits rose.\n")
    assert [(m.text, m.affiliation) for m in doc.mentions if m.type == "person"] == [("Karl Novak", "acme")]
    doc = read("The ambassador to Chile, Karl Novak, said talks would go on.\n")
    assert [m.affiliation for m in doc.mentions if m.type == "person"] == [None]


def test_a_company_is_found_by_its_name_without_its_legal_form():
    story = by_id([read("Vorland Capital Corp said it would bid for Acme Holdings. Gamma Lynch and Co agreed.\n")])
    assert "Vorland Capital" in story["vorland-capital-corporation"].aliases
    assert "Gamma Lynch" in next(actor for actor in story.values() if actor.name.startswith("Gamma")).aliases


def test_an_envoy_belongs_to_the_country_that_sends_him_not_the_one_he_is_sent_to():
    doc = read("Chile supports free navigation in the strait, its ambassador to Peru, Karl Vogt, told the agency.\n")
    assert [(m.text, m.affiliation) for m in doc.mentions if m.type == "person"] == [("Karl Vogt", "chile")]
    doc = read("Peru welcomed the offer, the Bolivian ambassador to Peru, Karl Vogt, said.\n")
    assert [(m.text, m.affiliation) for m in doc.mentions if m.type == "person"] == [("Karl Vogt", "bolivia")]


def test_affiliation_from_an_organisation_written_short_before_a_title_or_in_an_apposition():
    doc = read("Norvex Corp cut its forecast. Norvex chief economist Karl Berg said demand was weak. \"Demand "
               "will recover,\" said Lina Hart, a Norvex spokeswoman. The Tin Producers Council (TPC) buffer stock "
               "manager Omar Reyes said stocks were sound.\n")
    story = by_id([doc])
    assert story["karl-berg"].affiliation == "norvex-corporation"
    assert story["lina-hart"].affiliation == "norvex-corporation"
    assert story["omar-reyes"].affiliation == "tin-producers-council"


def test_no_affiliation_from_a_former_employer_written_short():
    doc = read("Norvex Corp cut its forecast. Former Norvex economist Karl Berg said demand was weak.\n")
    assert by_id([doc])["karl-berg"].affiliation is None


def test_every_shorter_form_of_a_company_or_person_name_finds_the_actor():
    doc = read("Vendra Corp Ltd said on Monday that Halvard Equity (Asia) Ltd bought shares. Mira T. Olsen, "
               "chairman of Vendra, said she would fight the bid.\n")
    story = by_id([doc])
    names = {actor.name: set(actor.aliases) for actor in story.values()}
    vendra = next(aliases for name, aliases in names.items() if name.startswith("Vendra"))
    assert {"Vendra Corp", "Vendra Corp Ltd"} <= vendra | {"Vendra"}
    halvard = next(aliases for name, aliases in names.items() if name.startswith("Halvard"))
    assert {"Halvard Equity", "Halvard Equity Ltd"} <= halvard
    assert "Mira Olsen" in names["Mira T. Olsen"]


def test_a_company_name_after_its_initials_is_the_company_not_another():
    first = read("GT Brannock and Co said it bought 40 pct of Ostrel Inc.\n", "a")
    second = read("Brannock said it would buy the rest of Ostrel.\n", "b")
    third = read("Brannock Holdings Inc said it would bid for Ostrel too.\n", "c")
    firm = by_id([first, second])["gt-brannock-and-company"]
    assert "Brannock" in firm.aliases and {ref.doc for ref in firm.mentions} == {"a", "b"}
    story = by_id([first, third])
    assert sorted(actor.name for actor in story.values() if "Brannock" in actor.name) == [
        "Brannock Holdings", "GT Brannock and Company"]


def test_a_company_named_in_full_is_not_the_short_form_of_another():
    first = read("Acme Holdings Inc said it would bid for Ostrel Inc.\n", "a")
    second = read("Acme Corp said it would not sell its stake.\n", "b")
    third = read("Finance Minister Jana Acme said the bid was welcome.\n", "c")
    story = by_id([first, second, third])
    assert sorted(actor.name for actor in story.values() if "Acme" in actor.name) == [
        "Acme Corporation", "Acme Holdings", "Jana Acme"]


def test_a_body_named_both_ways_round_is_one_actor_and_other_bodies_stay_apart():
    doc = read("The Ministry of Fisheries said quotas would fall. A Fisheries Ministry official said the cut was "
               "small. The Ministry of Transport said ports would stay open.\n")
    names = sorted(sorted([actor.name, *actor.aliases]) for actor in by_id([doc]).values())
    assert names == [["Fisheries Ministry", "Ministry of Fisheries"], ["Ministry of Transport", "Transport Ministry"]]


def test_a_body_named_one_way_is_found_by_its_name_the_other_way_round():
    doc = read("Harbour Department officials declined comment. The Ministry of Fisheries said quotas would fall. "
               "The Foreign Ministry said talks would go on. A Meteorological Department official spoke.\n")
    aliases = {actor.name: actor.aliases for actor in by_id([doc]).values()}
    assert "Department of Harbour" in aliases["Harbour Department"]
    assert "Fisheries Ministry" in aliases["Ministry of Fisheries"]
    assert aliases["Foreign Ministry"] == aliases["Meteorological Department"] == []


def test_a_company_goes_by_the_second_word_of_its_two_word_name():
    text = ("Universal Widgets Corp said it sued Beta Holdings Inc. The suit said Widgets management rejected "
            "the offer.\nWidgets sold well in March, and showed at the Widgets Trade Fair.\n")
    doc = read(text)
    spans = {(text[m.start:m.end], m.start): m.actor for m in doc.mentions}
    assert spans[("Widgets", text.index("Widgets management"))] == "universal-widgets"
    assert ("Widgets", text.index("Widgets sold")) not in spans  # a capital that opens a sentence names nothing
    assert spans.get(("Widgets", text.index("Widgets Trade"))) != "universal-widgets"  # a longer name goes on


def test_a_title_of_a_bodys_part_before_a_name_gives_the_body():
    doc = read("Head of the Acme Bank lending section, John Smith, said rates would stay.\n")
    assert {m.text: m.affiliation for m in doc.mentions}["John Smith"] == "acme-bank"
    doc = read("An official of the Acme Bank state oil company, John Smith, said rates would stay.\n")
    assert all(m.affiliation != "acme-bank" for m in doc.mentions if m.text == "John Smith")


def test_a_surname_that_is_also_a_function_word_opens_the_name_after_a_title():
    doc = read("Peru's harvest fell this year, and Peru will import grain.\n\n"
               "Agriculture Minister He Tan said prices would rise. He Tan later left. Chairman An Lee agreed.\n")
    people = {m.text: m.affiliation for m in doc.mentions if m.type == "person"}
    assert people["He Tan"] == "peru"
    assert "An Lee" in people
    assert all(m.text != "He" for m in doc.mentions)
    doc = read("Peru's harvest fell, and Peru will import grain.\n\nAcme Chairman In Lima Jane Doe said so.\n")
    assert [m.text for m in doc.mentions if m.type == "person"] == ["Jane Doe"]


def test_the_titles_of_heads_of_state_are_public_offices_read_from_the_titles_file():
    g = gazetteer()
    assert {"president", "prime minister", "king"} <= g.head_titles <= g.state_titles
    assert "foreign minister" in g.state_titles and "foreign minister" not in g.head_titles
    assert "spokesman" not in g.head_titles


def test_a_short_form_the_article_defines_is_its_body_not_the_gazetteer_s():
    doc = read("The Atlantic Dairy Board (ADB) said milk output rose. ADB chairman Kenji Saba said prices would "
               "fall, and the ADB will meet in June.\n")
    assert {m.actor for m in doc.mentions if m.text == "ADB"} == {"atlantic-dairy-board"}
    assert next(m for m in doc.mentions if m.text == "Kenji Saba").affiliation == "atlantic-dairy-board"


def test_a_short_form_defined_after_a_ticker_and_written_in_title_case():
    doc = read("Norvex Holdings Plc <NVXL.L> (NVH) said it won an order. NVH said more would follow.\n"
               "The Northern Widget Exchange (NOWEX) said volumes rose. Nowex chief executive Kenji Saba said "
               "they would rise again.\n")
    assert {m.actor for m in doc.mentions if m.text == "NVH"} == {"norvex-holdings"}
    assert next(m for m in doc.mentions if m.text == "Kenji Saba").affiliation == "northern-widget-exchange"


def test_a_short_form_defined_for_the_gazetteer_s_body_spelled_otherwise_keeps_its_key():
    doc = read("The Organisation for Economic Cooperation and Development (OECD) said growth would slow. "
               "The OECD said prices would rise.\n")
    assert {m.actor for m in doc.mentions if m.text == "OECD"} == {"organization-for-economic-cooperation-and-development"}


def test_a_word_that_opens_no_name_opens_one_mid_sentence():
    doc = read("The bonds were sold through lead manager Credit Voltaire. Demand was firm, Credit Voltaire said, "
               "and a unit of First Orchard Holdings Inc bought a tenth.\n")
    assert found(doc) == {"Credit Voltaire": "credit-voltaire", "First Orchard Holdings Inc": "first-orchard-holdings"}
    assert {mention.type for mention in doc.mentions} == {"organization"}


def test_a_word_that_opens_no_name_stays_out_at_a_sentence_start_and_in_a_longer_name():
    doc = read("Despite Novak's doubts, the Reserve Bank of New Caledonia cut rates. Since Vargas left, "
               "Novak has said little.\n")
    names = found(doc)
    assert not any(name.startswith(("Despite", "Since")) for name in names)
    assert "Reserve Bank of New Caledonia" in names or "New Caledonia" in names


def test_a_firm_named_once_keeps_its_first_word_when_it_speaks():
    doc = read("The notes were priced at par, lead manager Credit Varnel said.\n")
    assert found(doc) == {"Credit Varnel": "credit-varnel"}
    assert doc.mentions[0].type == "organization"


def test_treasurers_and_board_members_serve_the_body_named_before_their_title():
    doc = read("Rivermoor Mills Inc said sales rose. Rivermoor treasurer Olga Brandt said the notes were "
               "placed. Bundesbank board member Egon Falk said rates would hold, and State Comptroller Ray "
               "Dunmore said the levy was due.\n")
    people = {m.text: m for m in doc.mentions if m.type == "person"}
    assert people["Olga Brandt"].affiliation == "rivermoor-mills"
    assert people["Egon Falk"].affiliation == "bundesbank"
    assert "Ray Dunmore" in people and "State" not in found(doc)


def test_a_titled_name_after_a_comma_is_no_apposition_of_the_name_before_it():
    doc = read("The coins will be struck at the Harbour Mint, Chairman Paul Lindqvist said.\n")
    assert [(m.text, m.type) for m in doc.mentions] == [("Paul Lindqvist", "person")]


def test_a_company_arm_named_for_its_country_stays_one_company():
    doc = read("Norvale Canada Ltd raised its prices on Monday. Analysts said Norvale Canada would gain. "
               "Norvale Canada said demand was strong, and Canada said it welcomed the rise.\n")
    mentions = [(mention.text, mention.actor, mention.type) for mention in doc.mentions]
    assert mentions == [("Norvale Canada Ltd", "norvale-canada", "organization"),
                        ("Norvale Canada", "norvale-canada", "organization"),
                        ("Norvale Canada", "norvale-canada", "organization"),
                        ("Canada", "canada", "country")]


def test_a_firm_whose_name_opens_with_a_country_is_the_firm_where_written_short():
    doc = read("Portugal Glassworks Ltd cut its output. Portugal Glassworks said demand fell, and Portugal said "
               "it would help. Swedish Pumps Inc lost money. Swedish Pumps blamed the weak krona.\n")
    assert found(doc) == {"Portugal Glassworks Ltd": "portugal-glassworks",
                          "Portugal Glassworks": "portugal-glassworks", "Portugal": "portugal",
                          "Swedish Pumps Inc": "swedish-pumps", "Swedish Pumps": "swedish-pumps"}


def test_a_country_before_name_words_the_article_never_writes_with_a_legal_form():
    doc = read("Portugal Glassworks Ltd cut its output. Portugal Glassworks Union said its members would strike.\n")
    assert found(doc) == {"Portugal Glassworks Ltd": "portugal-glassworks",
                          "Portugal Glassworks Union": "portugal-glassworks-union"}


def test_a_company_arm_named_after_its_parent_company():
    doc = read("Brimley Inc cut costs this year. Brimley Australia said it would close a mill.\n")
    assert found(doc) == {"Brimley Inc": "brimley", "Brimley Australia": "brimley-australia"}


def test_a_country_after_the_tail_of_a_longer_name_or_before_more_name_words():
    doc = read("Tarn and Weld Canada Ltd opened an office. Weld Canada said sales rose. Tarn Inc said its Tarn "
               "Canada Holiday camps were full.\n")
    assert "weld-canada" not in found(doc).values()
    assert "tarn-canada" not in found(doc).values()


def test_a_firm_named_for_two_countries_and_its_trade_is_one_name():
    doc = read("Norway and Denmark Shipping Group Ltd cut its fares. Talks between Norway and Denmark Nordvik "
               "Ltd went on.\n")
    assert found(doc) == {"Norway and Denmark Shipping Group Ltd": "norway-and-denmark-shipping-group",
                          "Norway": "norway", "Denmark Nordvik Ltd": "denmark-nordvik"}


def test_a_firm_whose_name_opens_with_a_title_is_no_person_where_written_short():
    doc = read("General Orchards Co said it raised its bid for Tellwind Inc.\n"
               "    Later General Orchards said the offer stood.\n"
               "King Harbor Media Inc bought the station. Analysts said King Harbor paid too much.\n")
    assert [(m.text, m.actor, m.type) for m in doc.mentions if "Orchards" in m.text or "Harbor" in m.text] == [
        ("General Orchards Co", "general-orchards", "organization"),
        ("General Orchards", "general-orchards", "organization"),
        ("King Harbor Media Inc", "king-harbor-media", "organization"),
        ("King Harbor", "king-harbor-media", "organization")]


def test_a_name_written_short_is_no_firm_s_when_two_firms_open_with_it():
    doc = read("King Harbor Media Inc and King Harbor Foods Inc agreed to merge. Analysts said King Harbor "
               "gained.\n")
    short = [m for m in doc.mentions if m.start > doc.text.index("Analysts")]
    assert all(m.actor not in ("king-harbor-media", "king-harbor-foods") for m in short)


def test_a_firm_whose_name_opens_with_a_common_word_or_an_adjective_keeps_it_where_written_short():
    doc = read("First Larchmont Corp said profits rose. Later First Larchmont said loans grew.\n"
               "Canadian Birchwood Ltd sold a mill. Canadian Birchwood said the sale closed.\n")
    later = [(m.text, m.actor) for m in doc.mentions if m.start > doc.text.index("Later")]
    assert ("First Larchmont", "first-larchmont") in later and ("Canadian Birchwood", "canadian-birchwood") in later


def test_initials_after_a_body_named_in_full_are_that_body_not_the_gazetteer_s():
    doc = read("The government's Economic Planning Agency said growth was slow. EPA officials said exports fell.\n")
    assert {m.actor for m in doc.mentions if m.text == "EPA"} == {"economic-planning-agency"}
    doc = read("The Environmental Protection Agency said the site was safe. EPA officials said tests would go on.\n")
    assert {m.actor for m in doc.mentions if m.text == "EPA"} == {"environmental-protection-agency"}


def test_initials_of_two_bodies_named_in_full_stay_the_gazetteer_s():
    doc = read("The Economic Planning Agency and the Export Promotion Authority met. EPA officials said exports "
               "fell.\n")
    assert {m.actor for m in doc.mentions if m.text == "EPA"} == {"environmental-protection-agency"}


def test_initials_of_the_gazetteer_s_body_written_without_a_joining_word_keep_its_key():
    doc = read("The Securities Exchange Commission approved the plan. SEC officials said it would start in May.\n")
    assert {m.actor for m in doc.mentions if m.text == "SEC"} == {"securities-and-exchange-commission"}


def test_a_commodity_pact_s_body_is_one_actor_under_its_names():
    doc = read("The International Rubber Organisation (INRO) will meet on Monday. INRO buffer stock manager Ole "
               "Brandvik said the stock was sound, and the International Coffee Organisation disagreed.\n")
    story = by_id([doc])
    rubber = next(actor for actor in story.values() if "INRO" in [actor.name, *actor.aliases])
    assert rubber.name == "International Natural Rubber Organisation"
    assert "International Rubber Organisation" in rubber.aliases
    assert any(actor.name == "International Coffee Organization" for actor in story.values())


def test_a_name_before_an_officer_s_title_is_the_body_he_works_for():
    doc = read("Prices will fall, Northfield Brokers analyst Jane Holm said. The launch slips, NSPX spokesman "
               "Tom Vale said.\n")
    assert [(m.text, m.type, m.affiliation) for m in doc.mentions] == [
        ("Northfield Brokers", "organization", None), ("Jane Holm", "person", "northfield-brokers"),
        ("NSPX", "organization", None), ("Tom Vale", "person", "nspx")]


def test_a_name_ending_in_s_owns_the_title_after_it_by_an_apostrophe_alone():
    doc = read("Stocks will rise, Northfield Securities' top analyst Jane Holm said.\n")
    assert [(m.text, m.affiliation) for m in doc.mentions] == [
        ("Northfield Securities", None), ("Jane Holm", "northfield-securities")]


def test_a_title_in_apposition_placed_here_still_names_the_body():
    doc = read("Sales will fall, said Jane Holm, Northfield Mining Corp's general manager here.\n")
    assert [(m.text, m.affiliation) for m in doc.mentions] == [
        ("Jane Holm", "northfield-mining"), ("Northfield Mining Corp", None)]


def test_a_company_s_second_name_word_before_a_lower_case_title_is_its_short_name():
    doc = read("International Verdaco Corp is studying a share offer, Verdaco chairman Jane Holm said.\n")
    assert [(m.text, m.actor, m.affiliation) for m in doc.mentions] == [
        ("International Verdaco Corp", "international-verdaco", None),
        ("Verdaco", "international-verdaco", None), ("Jane Holm", "jane-holm", "international-verdaco")]


@pytest.mark.parametrize("text", [
    "The bill passed, Democratic leader Tom Vale said.\n",  # one capitalised word that is no acronym
    "Stocks fell, Wall Street analyst Tom Vale said.\n",  # a street says where he works
    "Former Northfield Brokers aide Tom Vale was indicted.\n",  # a body he has left
    "Agriculture Ministry Permanent Secretary Tom Vale said it spread.\n",  # words of the office after a body's
    "Costs rose, NSPX Senior Associate Director Tom Vale said.\n",  # words that end on the office's own
])
def test_no_body_read_from_a_word_before_a_title_that_names_none(text):
    assert [(m.text, m.affiliation) for m in read(text).mentions] == [("Tom Vale", None)]


def test_a_body_named_after_a_capitalised_title_and_of_is_his_employer_whole():
    doc = read("Sales rose, said Tom Vale, Chairman of the Electronic Makers Association of Japan.\n")
    assert [(m.text, m.type, m.affiliation) for m in doc.mentions] == [
        ("Tom Vale", "person", "electronic-makers-association-of-japan"),
        ("Electronic Makers Association of Japan", "organization", None)]


def test_an_employer_in_wire_brackets_after_an_apposed_title():
    doc = read("Tom Vale, treasurer of <Northfield Trust Co>, said the dollar would fall.\n")
    assert by_id([doc])["tom-vale"].affiliation == "northfield-trust-company"


def test_office_words_after_a_known_body_are_no_body_of_their_own():
    doc = read("In February, EC Industrial Policy Director Tom Vale came to Japan.\n")
    assert [m.text for m in doc.mentions if m.type == "organization"] == ["EC"]


def test_a_name_that_ends_the_article_reads_no_title_after_it():
    assert read("Net rose.\n    Note - dividend paid May 27. REUTER\n").mentions == []


def test_place_prefix_takes_the_word_after_it():
    doc = read("Carmakers will show their new models at the New Orleans Motor Fair next month, dealers said. "
               "Prices are lower, traders in New Orleans said.\n")
    assert not [mention.text for mention in doc.mentions if "Orleans" in mention.text]


def test_known_body_after_name_words_is_the_tail_of_another_bodys_name():
    doc = read("Sales will slow this year, Maple Bank of Canada, the country's largest lender, said. The "
               "Bank of Canada held rates, and delegates met at the World Widget Congress in Vienna.\n")
    names = {mention.text: mention.name for mention in doc.mentions}
    assert names.get("Maple Bank of Canada") == "Maple Bank of Canada"
    assert names.get("Bank of Canada") == "Bank of Canada"
    assert names.get("World Widget Congress") == "World Widget Congress"
    assert "Congress" not in names


def test_company_of_country_with_legal_form_is_one_firm():
    doc = read("Norvex of Canada Ltd said its profit rose. Trade Minister Jane Doe of Canada said talks went well.\n")
    names = {mention.text: (mention.name, mention.type) for mention in doc.mentions}
    assert names["Norvex of Canada Ltd"] == ("Norvex of Canada", "organization")
    assert names["Canada"] == ("Canada", "country")


def test_company_arm_of_country_named_without_legal_form():
    doc = read("Norvex of America said it will close a plant. Its parent, Norvex A.G., makes pumps.\n")
    names = {mention.text: (mention.name, mention.type) for mention in doc.mentions}
    assert names["Norvex of America"] == ("Norvex of America", "organization")
    assert names["Norvex A.G."][1] == "organization"
    assert "America" not in names


def test_title_word_opening_a_firm_set_off_as_part_of_another_body_is_no_rank():
    doc = read("General Widget, a subsidiary of Acme Holdings Inc, said it would shut a plant. Parts Depot, a "
               "wholly owned division of Beta Corp, said it would buy it.\n")
    assert [(m.text, m.type) for m in doc.mentions] == [
        ("General Widget", "organization"), ("Acme Holdings Inc", "organization"),
        ("Parts Depot", "organization"), ("Beta Corp", "organization")]


def test_legal_form_in_capitals_ends_a_firm_named_for_a_country():
    doc = read("U.S. WIDGET INC said it opened an office in Ohio.\n")
    assert [(m.text, m.type) for m in doc.mentions] == [("U.S. WIDGET INC", "organization")]


def test_legal_form_in_lower_case_after_a_name_ends_a_firm():
    doc = read("Halvex Data corp said it sold its Ohio unit to Brandt Medical co Inc. Kestrel Foods inc said it "
               "agreed. The deal was co-managed by Dunmore Tools co. Holm Metals ltd.\n")
    assert [(m.text, m.actor, m.type, m.name) for m in doc.mentions] == [
        ("Halvex Data corp", "halvex-data", "organization", "Halvex Data Corporation"),
        ("Brandt Medical co Inc", "brandt-medical", "organization", "Brandt Medical"),
        ("Kestrel Foods inc", "kestrel-foods", "organization", "Kestrel Foods"),
        ("Dunmore Tools co", "dunmore-tools", "organization", "Dunmore Tools Company"),
        ("Holm Metals ltd", "holm-metals", "organization", "Holm Metals")]


def test_state_body_named_by_its_country_where_the_article_qualifies_bodies_by_the_abbreviation():
    doc = read("The Supreme Court upheld the state law. A U.S. Court of Appeals had struck it down.\n")
    assert next(m.name for m in doc.mentions if m.text == "Supreme Court") == "United States Supreme Court"


def test_state_body_of_a_story_filed_from_a_capital_is_that_capital_s_government():
    text = "Sales to the United States rose to help Washington cut its deficit, a Finance Ministry official said.\n"
    doc = Document(id="a", path="a.txt", text=text, published="2024-05-02", body=[(0, len(text))],
                   place="TOKYO")
    doc = actors.annotate(sentences.annotate(doc))
    assert next(m.name for m in doc.mentions if m.text == "Finance Ministry") == "Japanese Finance Ministry"


def _names_under(text: str, title: str) -> dict[str, str]:
    doc = Document(id="a", path="a.txt", text=text, title=title, published="2024-05-02", body=[(0, len(text))])
    return found(actors.annotate(sentences.annotate(doc)))


@pytest.mark.parametrize("text, name", [
    ("Credit Norvex announced a plan to sell new bonds.\n", "Credit Norvex"),  # a word that opens no name
    ("Consumers Quorlane said it would close a mill.\n", "Consumers Quorlane"),
    ("Canadian Quorlane said it bought a unit of Norvex.\n", "Canadian Quorlane"),  # a country's word
])
def test_a_firm_the_headline_names_keeps_the_first_word_of_its_name(text, name):
    title = f"{name.upper()} TO SELL BONDS, CLOSE MILL"
    assert name in _names_under(text, title)
    assert name not in _names_under(text, "NEW BONDS ON SALE")


def test_a_headline_makes_no_firm_of_a_place_or_of_a_word_the_wire_capitalises():
    assert "Canadian Quorlane" not in _names_under("Troops advanced through Canadian Quorlane overnight.\n",
                                                  "CANADIAN QUORLANE FIGHTING")
    assert "U.S. Banker" not in _names_under("A leading U.S. Banker said the dollar would fall.\n",
                                            "U.S. BANKER SEES DOLLAR FALL")


def test_a_firm_named_without_the_words_of_its_kind_of_body_is_the_firm_named_in_full():
    doc = read("Norvex Quorlane Banks Inc said it may sell loans. Norvex Quorlane said its loans rose.\n")
    assert {m.text: (m.actor, m.type) for m in doc.mentions}["Norvex Quorlane"] == \
        ("norvex-quorlane-banks", "organization")
    doc = read("Norvex Quorlane Bank Inc said it may sell loans. John Quorlane said the loans rose.\n")
    assert {m.text: m.type for m in doc.mentions}["John Quorlane"] == "person"
    doc = read("Norvex Quorlane Centers Inc said it would borrow money. The board of <Norvex Quorlane> approved "
               "the loan.\n")
    assert {m.text: m.actor for m in doc.mentions}["Norvex Quorlane"] == "norvex-quorlane-centers"


def test_a_legal_form_may_lead_a_firm_s_name_in_wire_brackets():
    assert found(read("<AB Norvex> said it had signed a letter of intent.\n")) == {"AB Norvex": "norvex"}


def named_with_legal_form(text: str, words: list[str]) -> bool:
    return KnownNames(Document(id="a", path="a.txt", text=text))._named_with_legal_form(words)


@pytest.mark.parametrize("text, words, named", [
    ("Kestrel Salt Co Ltd rose. Kestrel Salt fell.\n", ["Kestrel", "Salt"], True),
    ("Kestrel Salt\n  Co said so.\n", ["Kestrel", "Salt"], True),  # a line break before the legal form
    ("Kestrel Salt said so. Kestrel Salt rose.\n", ["Kestrel", "Salt"], False),
    ("Salt Co fell. Kestrel Salt rose.\n", ["Kestrel", "Salt"], False),  # the last word alone takes it
    ("Holm Kestrel Salt Co rose. Kestrel Salt fell.\n", ["Kestrel", "Salt"], False),  # the tail of a longer name
    ("Rates rose.\n\nCo fell.\n", [], True),  # no words: a legal form after white space alone
])
def test_a_name_is_written_with_its_legal_form_only_where_one_follows_it_whole(text, words, named):
    assert named_with_legal_form(text, words) is named


_NAME_PIECES = ["Kestrel", "Salt", "Co", "Co.", "Inc", "Holm", "of", "and", "&", "-", ".", "'", " ", "  ", "\n", "\t"]


@given(st.lists(st.sampled_from(_NAME_PIECES), max_size=16),
       st.lists(st.sampled_from(["Kestrel", "Salt", "Holm", "Co", "&"]), max_size=3))
def test_a_legal_form_after_a_name_is_found_where_the_pattern_finds_it(pieces, words):
    reader = KnownNames(Document(id="a", path="a.txt", text="".join(pieces)))
    written = re.compile(r"(?<![\w&.'-])" + r"\s+".join(map(re.escape, words)) + r"\s+([A-Z][\w.]*)")
    expected = any(match.group(1) in reader.gazetteer.legal_forms and
                   not _NAME_WORD_BEFORE.search(reader.flat[max(0, match.start() - 40):match.start()])
                   for match in written.finditer(reader.flat))
    assert reader._named_with_legal_form(words) is expected


def test_a_head_s_title_written_in_lower_case_is_a_company_s_not_a_country_s():
    doc = read("<Acme Bank> expects Peru to pay its debts, president Jane Doe said. Peru will pay, President Ana "
               "Ruiz said.\n")
    affiliations = {m.actor: m.affiliation for m in doc.mentions if m.type == "person"}
    assert affiliations == {"jane-doe": "acme-bank", "ana-ruiz": "peru"}


def test_a_prosecutor_s_an_accountant_s_and_a_lecturer_s_titles_are_no_part_of_their_names():
    doc = read("U.S. Attorney Jane Doe charged the men. Acme Corp Chief Accountant Bill Roe resigned, and lecturer "
               "Ann Cole said so.\n")
    people = {m.text: m.affiliation for m in doc.mentions if m.type == "person"}
    assert people == {"Jane Doe": "united-states", "Bill Roe": "acme", "Ann Cole": None}


def test_a_body_whose_name_one_article_misspells_is_one_actor():
    first = read("Amalgamated Pipeworks Inc said it would close a plant.\n", "a")
    second = read("Amalgamated Pipewroks Inc said it would close a plant in Ohio.\n", "b")
    [firm] = [actor for actor in by_id([first, second]).values() if actor.type == "organization"]
    assert {ref.doc for ref in firm.mentions} == {"a", "b"}


@pytest.mark.parametrize(("name", "other"), [
    ("First Union Corp", "First Unity Corp"),  # short words: another word, not a slip
    ("Bank of Boston", "Bank of Austin"),
    ("Halvor Industries Inc", "Halvor Industry Inc"),  # a head that tells bodies apart
    ("Amalgamated Pipeworks Inc", "Amalgamated Pipeworks Canada Inc"),  # a parent and its unit
])
def test_bodies_whose_names_differ_in_a_word_that_tells_them_apart_stay_two(name, other):
    first = read(f"{name} said it would close a plant.\n", "a")
    second = read(f"{other} said it would close a plant in Ohio.\n", "b")
    bodies = [actor for actor in by_id([first, second]).values() if actor.type == "organization"]
    assert len(bodies) == 2, [actor.name for actor in bodies]


@pytest.mark.parametrize("text", [
    "Halvor Service Plc said it bought a dealer. The dealer is owned by Halvor Services and a bank.\n",
    "Vextronic Inc said sales rose. A director of Vextronics said so.\n",
    "Harwell Corp International Ltd sold a site. Harwell International, a unit of Harwell Holdings, gained.\n",
])
def test_a_body_one_article_names_with_and_without_a_plural_s_or_an_inner_legal_form_is_one_actor(text):
    firms = [actor for actor in by_id([read(text)]).values() if actor.type == "organization"]
    assert any(len({ref.text for ref in firm.mentions}) == 2 for firm in firms), [firm.name for firm in firms]


def test_a_body_whose_name_one_article_breaks_into_two_words_is_one_actor():
    first = read("Vantaport Systems Inc said it would close a plant.\n", "a")
    second = read("A court dismissed a suit against <Vanta~port Systems Inc>, a maker of gauges.\n", "b")
    [firm] = [actor for actor in by_id([first, second]).values() if actor.type == "organization"]
    assert {ref.doc for ref in firm.mentions} == {"a", "b"}


@pytest.mark.parametrize(("name", "other", "right"), [
    ("Halvor Industries Inc", "Halvor Idustries Inc", "Halvor Industries"),
    ("Halvor Idustries Inc", "Halvor Industries Inc", "Halvor Industries"),  # named as often: the head written right
    ("Halvor Securities Inc", "Halvor Secruties Inc", "Halvor Securities"),
])
def test_a_body_whose_head_one_article_misspells_is_one_actor_shown_by_its_head_written_right(name, other, right):
    first = read(f"{name} said it would close a plant.\n", "a")
    second = read(f"{other} said it would close a plant in Ohio.\n", "b")
    [firm] = [actor for actor in by_id([first, second]).values() if actor.type == "organization"]
    assert ({ref.doc for ref in firm.mentions}, firm.name) == ({"a", "b"}, right)


def test_a_body_is_shown_by_its_name_without_a_wire_s_stray_character_however_often_that_is_written():
    first = read("Vantaport Systems Inc said it would close a plant.\n", "a")
    second = read("A court dismissed a suit against <Vanta~port Systems Inc>, a maker of gauges. Lawyers for "
                  "<Vanta~port Systems Inc> declined to comment.\n", "b")
    [firm] = [actor for actor in by_id([first, second]).values() if actor.type == "organization"]
    assert firm.name == "Vantaport Systems"


@pytest.mark.parametrize("opening", ["Gruppo", "Groupe", "Grupo"])
def test_a_group_named_after_its_foreign_word_for_group_is_the_group_named_alone(opening):
    first = read(f"{opening} Varzelli said it would close a plant.\n", "a")
    second = read("Varzelli said it would close a plant in Turin.\n", "b")
    [group] = [actor for actor in by_id([first, second]).values() if actor.type == "organization"]
    assert {ref.doc for ref in group.mentions} == {"a", "b"}


def test_a_firm_whose_legal_form_a_wire_writes_spa_is_the_firm_named_alone():
    first = read("Varzelli Spa said it would close a plant.\n", "a")
    second = read("Varzelli said it would close a plant in Turin.\n", "b")
    [firm] = [actor for actor in by_id([first, second]).values() if actor.type == "organization"]
    assert (firm.name, {ref.doc for ref in firm.mentions}) == ("Varzelli", {"a", "b"})


@pytest.mark.parametrize(("full", "short"), [
    ("Lisbon Cork Exchange", "Cork Exchange"),
    ("Ohio Court of Appeals", "Court of Appeals"),
])
def test_a_court_or_an_exchange_named_without_its_place_is_the_one_body_named_in_full(full, short):
    first = read(f"The {full} said it would review the rules for Halvor Industries Inc.\n", "a")
    second = read(f"The {short} said the review would end in May.\n", "b")
    bodies = {actor.name: {ref.doc for ref in actor.mentions} for actor in by_id([first, second]).values()
              if actor.type == "organization" and actor.id != "halvor-industries"}
    assert bodies == {full: {"a", "b"}}


def test_an_exchange_named_without_its_place_stays_apart_when_two_cities_exchanges_fit():
    first = read("The Lisbon Cork Exchange and the Porto Cork Exchange halted trading in Halvor Industries Inc.\n", "a")
    second = read("The Cork Exchange said trading would resume in May.\n", "b")
    bodies = sorted(actor.name for actor in by_id([first, second]).values() if actor.type == "organization")
    assert bodies == ["Cork Exchange", "Halvor Industries", "Lisbon Cork Exchange", "Porto Cork Exchange"]


def test_a_news_agency_named_with_another_word_for_agency_is_the_agency():
    first = read("The talks will resume in May, Yonhap News Service said.\n", "a")
    second = read("The talks will resume in June, Yonhap said.\n", "b")
    story = by_id([first, second])
    assert [actor.id for actor in story.values() if actor.type == "organization"] == ["yonhap"]


def test_the_place_and_party_label_a_description_gives_point_back_to_the_member_named_so():
    doc = read("Senator Jane Holm, a Democrat of Ohio, proposed cuts. Senator Ann Lund, a Republican of Iowa, opposed "
               "them. The Ohio Democrat said the cuts would save money. The Texas Republican said they would not.\n")
    assert found(doc) == {"Jane Holm": "jane-holm", "Ann Lund": "ann-lund", "Ohio Democrat": "jane-holm"}


def test_a_party_s_adjective_before_a_name_gives_the_member_the_label_a_description_points_back_by():
    doc = read('"Talks will go on," Senate Democratic Leader Jane Holm said. "They must," the Ohio Democrat said.\n')
    assert found(doc)["Ohio Democrat"] == "jane-holm"


def test_a_legal_form_in_odd_case_is_the_legal_form():
    first = read("Zentrox INc said it agreed to buy a rival. Zentrox said the deal would close in May.\n", "a")
    second = read("Zentrox Inc said it expects a profit.\n", "b")
    story = by_id([first, second])
    assert story["zentrox"].type == "organization"
    assert "Zentrox INc" in story["zentrox"].aliases
    assert [actor.name for actor in story.values()] == ["Zentrox"]


def test_initials_in_capitals_are_no_odd_case_legal_form():
    forms = gazetteer().legal_forms
    assert {"INc", "LTd", "GmBH"} <= forms
    assert "SPA" not in forms  # the Saudi Press Agency


@pytest.mark.parametrize("name", ["Halvor Capital Markets", "Halvor Telecom", "Halvor Productions",
                                  "Halvor Properties", "Halvor Laboratory", "Halvor International"])
def test_a_name_ending_on_a_head_of_a_firm_is_no_person(name):
    doc = read(f"{name} said it would cut 500 jobs this year.\n")
    assert [(m.text, m.type) for m in doc.mentions] == [(name, "organization")]


@pytest.mark.parametrize("text", ["Acme Corp said International Weather was sold.\n",
                                  "Shares of African and International Export rose 3 pct, dealers said.\n"])
def test_a_word_that_ends_a_firm_s_name_opens_none(text):
    assert [m.text for m in read(text).mentions if "International" in m.text] == []


@pytest.mark.parametrize("place", ["Santa Fe", "San Diego", "Nova Scotia", "Minas Gerais", "Rio de Janeiro"])
def test_a_place_a_given_name_opens_is_no_person(place):
    doc = read(f"Crops were harvested in Cordoba, {place} and Chaco, the report said.\n")
    assert place not in found(doc)


def test_a_title_s_portfolio_after_for_is_no_body():
    doc = read("Taro Yamada, Vice Minister for Media Affairs, said talks would start. Jan "
               "Kowalski, Commissioner for the Halvor Development Authority, said it would act.\n")
    assert "Media Affairs" not in found(doc)
    assert found(doc)["Halvor Development Authority"] == "halvor-development-authority"


def test_a_body_s_possessive_opening_a_firm_s_name_sets_the_owner_apart():
    doc = read("Scientists at Halvor University's Lawrence Field Laboratory said the test worked. ACME's General "
               "Technology Division said it would hire. Moody's Investors Service Inc said it cut a rating.\n")
    names = {m.text: m.type for m in doc.mentions}
    assert names["Halvor University"] == names["Lawrence Field Laboratory"] == "organization"
    assert names["ACME"] == names["General Technology Division"] == "organization"
    assert "Moody's Investors Service Inc" in names


def test_the_central_bank_of_a_country_is_the_one_it_has():
    story = by_id([read("Thailand's central bank cut its rate on Monday. The Bank of Thailand said inflation was "
                        "low. The Peruvian central bank said reserves rose.\n")])
    assert story["bank-of-thailand"].aliases == ["central bank"]
    assert story["bank-of-thailand"].affiliation == "thailand"
    assert "central-bank-of-peru" in story


def test_a_place_after_in_the_is_no_speaker():
    doc = read("Currency dealers here and in the Far East said the dollar gained support.\n")
    assert "Far East" not in found(doc)


def test_a_firm_before_and_is_read_whole_when_what_follows_is_no_firm():
    doc = read("The issue is rated A-1 by Halvor's Investors Service Inc and BBB by Zentrox Corp.\n")
    assert found(doc)["Halvor's Investors Service Inc"] == "halvors-investors-service"


def test_a_paper_named_daily_tribune_or_gazette_is_one_medium():
    doc = read("Output rose 14 pct, the People's Daily said. Crops are threatened, the Ruritania Daily said. Daily "
               "output rose to 500 tonnes, the Ruritania Gazette said.\n")
    names = found(doc)
    assert names["People's Daily"] == "peoples-daily" and names["Ruritania Gazette"] == "ruritania-gazette"
    assert "Daily" not in names


def test_a_table_row_s_column_after_a_name_in_capitals_is_no_head_of_it():
    doc = read("Dividends declared:\n    LORD HALVOR TAX FREE INCOME FUND Daily\n    div 5.8 cts vs 5.7 cts\n")
    assert not [m for m in doc.mentions if m.text.endswith("Daily")]


def test_a_body_s_word_opening_a_sentence_without_the_is_no_short_name():
    doc = read("Norway's lenders will report to the central bank, officials said. Bank lending fell in May, "
               "dealers said. The European Commission met. The Commission said it would act.\n")
    assert [m.text for m in doc.mentions if m.text == "Bank"] == []
    assert found(doc)["Commission"] == found(doc)["European Commission"]


@pytest.mark.parametrize("name", ["Halvor Glass Works", "Halvor BancGroup"])
def test_works_and_bancgroup_end_a_firm_s_name(name):
    doc = read(f"{name} said it bought a stake in Zeta Inc.\n")
    assert (name, "organization") in [(m.text, m.type) for m in doc.mentions]


@pytest.mark.parametrize("text, name", [
    ("United Banks of Halvor Inc said it received approval.\n", "United Banks of Halvor Inc"),
    ("Peter Novak, chairman of Domino of Halvor Inc, a garment maker, said he bought it.\n", "Domino of Halvor Inc")])
def test_one_word_after_of_and_before_a_legal_form_ends_the_firm_s_name(text, name):
    assert name in [m.text for m in read(text).mentions]


def test_a_person_of_a_firm_is_no_part_of_its_name():
    assert [m.text for m in read("Peter Novak of Acme Inc said it would buy Zeta.\n").mentions] == [
        "Peter Novak", "Acme Inc"]


def test_an_irregular_participle_opening_a_firm_s_name_is_no_part_of_it():
    doc = read("Privately-held Halvor and Zeta Inc said it sold a unit. State-run Acme Oil Co cut output.\n")
    assert [m.text for m in doc.mentions] == ["Halvor and Zeta Inc", "Acme Oil Co"]


def test_a_realm_named_alone_is_no_actor_and_a_project_is_a_body():
    doc = read("Acme Corp sells bonds to banks in the Kingdom, bankers in the Kingdom said. Loading began, the Halvor "
               "Nuclear Power Project said.\n")
    assert [m.text for m in doc.mentions] == ["Acme Corp", "Halvor Nuclear Power Project"]


def test_a_treaty_on_a_partnership_is_no_body():
    doc = read("The Treaty on Comprehensive Strategic Partnership revives a pact, Peter Novak said.\n")
    assert [m.text for m in doc.mentions] == ["Peter Novak"]


def test_a_church_is_a_body():
    doc = read("Peter Novak spoke at Halvor Roman Catholic Church in Gdansk. "
               "The Church of England said it would act.\n")
    assert [(m.text, m.type) for m in doc.mentions if "Church" in m.text] == [
        ("Halvor Roman Catholic Church", "organization"), ("Church of England", "organization")]

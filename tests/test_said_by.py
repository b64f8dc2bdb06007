"""Who spoke: pronoun speakers, speakers named by their country or by what they are, and the group or body a
speaker is named by."""

import pytest

from eventgraph import actors, events, sentences, temporal
from eventgraph.events import said_by, triggers
from eventgraph.events.text import read
from eventgraph.model import Document

from .test_events import doc
from .test_statements import speakers_of


def test_a_pronoun_speaker_is_the_actor_named_before():
    said = doc("Jan Novak arrived in Freedonia. He said the talks had gone well and would go on.").event_mentions[-1]
    assert (said.code, [(p.actor, p.role) for p in said.actors][:1]) == ("010", [("jan-novak", "source")])
    said = doc("Jan Novak arrived in Freedonia. Sue Smith is in good health, he said.").event_mentions[-1]
    assert said.title == "Jan Novak says Sue Smith is in good health"


@pytest.mark.parametrize("text, speaker", [
    ("Sue Smith said she would stay. Mr Jan Novak arrived in Freedonia. The rates are too high, she said.",
     "sue-smith"),
    ("Jan Novak said he would stay. Acme spokeswoman Sue Smith arrived in Freedonia. The rates are too high, he said.",
     "jan-novak"),
    ("Sue Smith arrived in Ruritania. Mr Jan Novak arrived in Freedonia. She said the rates are too high.",
     "sue-smith"),
])
def test_a_pronoun_speaker_is_not_a_person_of_the_other_sex_named_since(text, speaker):
    said = doc(text).event_mentions[-1]
    assert [(p.actor, p.role) for p in said.actors][:1] == [(speaker, "source")]


def test_a_pronoun_speaker_may_stand_before_an_adverb():
    said = doc("Jan Novak arrived in Freedonia. He also said Ruritania must cut its tariffs.").event_mentions[-1]
    assert (said.code, [(p.actor, p.role) for p in said.actors][:1]) == ("020", [("jan-novak", "source")])


def test_a_pronoun_speaker_is_not_one_the_statement_names():
    found = doc("Jan Novak arrived in Freedonia. Jan Novak is in good health, he said.").event_mentions
    assert all(m.code[:2] != "01" for m in found)


ACME = {"Acme Corp": ("acme", "organization"), "Acme": ("acme", "organization"),
        "Beta Inc": ("beta", "organization"), "Beta": ("beta", "organization")}


def test_a_closing_it_whose_words_tell_of_another_body_is_the_last_speaker():
    found = doc("Acme Corp said it agreed to buy Beta Inc. Beta should not accept any other offer, it said.",
                actors=ACME).event_mentions
    assert [p.actor for p in found[-1].actors if p.role == "source"] == ["acme"]


def test_a_closing_it_whose_words_tell_of_the_last_speaker_is_that_speaker():
    found = doc("Acme Corp said it agreed to buy Beta Inc. Acme expects to gain market share, it said.",
                actors=ACME).event_mentions
    assert [p.actor for p in found[-1].actors if p.role == "source"] == ["acme"]


def test_speakers_named_by_a_plural_are_not_the_he_they_speak_of():
    found = doc("Jan Novak arrived in Freedonia. The sources said he ran into opposition from bankers.").event_mentions
    assert not [m for m in found if m.code[:2] == "01" and any(p.actor == "jan-novak" for p in m.actors)]
    said = doc("Jan Novak arrived in Freedonia. He has also said he would stay.").event_mentions[-1]
    assert [(p.actor, p.role) for p in said.actors][:1] == [("jan-novak", "source")]


def test_speakers_named_by_a_plural_are_not_the_it_that_opens_what_they_said():
    actors = {"Acme Corp": ("acme", "organization"), "Ruritania": ("ruritania", "country")}
    assert speakers_of("Acme Corp said it would stay in Ruritania. Traders said it appears the currency of "
                       "Ruritania could fall further.", actors) == [("01", ["group:traders"])]


def test_a_fronted_statement_told_by_a_plural_is_not_told_by_the_sentence_s_subject():
    found = doc("Ruritania will sell more bonds next month, money market traders said.").event_mentions
    assert not [m for m in found if m.code[:2] == "01" and ("ruritania", "source") in
                [(p.actor, p.role) for p in m.actors]]
    said = doc("Ruritania will sell more bonds next month, government officials said.").event_mentions[0]
    assert [(p.actor, p.role) for p in said.actors][:1] == [("ruritania", "source")]


def test_a_name_that_closes_the_sentence_speaks_not_the_subject_of_what_it_said():
    found = doc("Ruritania's bonds will stay on the watch list, Quorlane said.").event_mentions
    assert not [m for m in found if m.code[:2] == "01" and ("ruritania", "source") in
                [(p.actor, p.role) for p in m.actors]]
    said = doc("Ruritania will sell more bonds next month, a government spokesman said.").event_mentions[0]
    assert [(p.actor, p.role) for p in said.actors][:1] == [("ruritania", "source")]


@pytest.mark.parametrize("text", [
    "Ruritania may have sold 60,000 tonnes of barley, some traders here said.",
    "Ruritania should lower its tariffs on cars, a leading analyst said.",
    "Ruritania's rice harvest is likely to be poor, an economist at the Freedonia institute said.",
])
def test_a_commentator_who_closes_the_sentence_is_not_its_subject(text):
    found = doc(text).event_mentions
    assert not [m for m in found if m.code[:2] in ("01", "02") and ("ruritania", "source") in
                [(p.actor, p.role) for p in m.actors]]


@pytest.mark.parametrize("text", [
    "Ruritania's new pact will lift its farm exports, businessmen said.",
    "Ruritania's new pact will lift its farm exports, bankers and businessmen polled by the agency said.",
    "Ruritania is drifting apart from its neighbours, officials and businessmen from around the region said.",
])
def test_plain_plurals_who_close_the_sentence_speak_not_the_subject_of_what_they_said(text):
    assert not [speaker for _, speaker in speakers_of(text) if "ruritania" in speaker]


def test_a_name_before_the_clause_of_closing_commentators_is_not_their_speaker_though_the_parse_says_so():
    actors = {"Norvex Trust": ("norvex-trust", "organization"), "Karl Berg": ("karl-berg", "person")}
    assert speakers_of("The move by the Norvex Trust, one of the pillars of the group of firms built by the late "
                       "banker Karl Berg, further strengthened group control over one of its main firms, analysts "
                       "said.", actors) == [("01", ["group:analysts"])]


def test_plurals_a_body_qualifies_that_close_the_sentence_may_speak_for_its_subject():
    assert [speaker for _, speaker in speakers_of("Ruritania's new pact will lift its farm exports, government "
                                                  "officials and bankers said.")] == [["ruritania"]]


def test_a_speaker_named_by_its_country_or_its_adjective():
    said = doc("Ruritania officials said the border would stay open.").event_mentions[0]
    assert [(p.actor, p.role) for p in said.actors][:1] == [("ruritania", "source")]


def test_a_description_of_a_body_speaks_for_the_body_named_before():
    said = doc("Vorland News Agency reported a loss. The agency also said it would close two offices."
               ).event_mentions[-1]
    assert (said.code, said.title) == ("030", "Vorland News Agency says it would close two offices")


@pytest.mark.parametrize("text", [
    "Norvex Corp cut its forecast. \"Demand will recover soon,\" said Norvex chief economist Karl Berg.",
    # the country or adjective that opens the clause only says whose title it is, past an aside too
    "U.S. Commerce Secretary Karl Berg, in a speech to farmers, said the talks would go on.",
    "French Farm Minister Karl Berg, speaking at a trade fair, said the talks would go on.",
])
def test_the_holder_of_a_title_a_body_qualifies_is_the_speaker(text):
    document = Document(id="d1", path="d1.txt", text=text, published="2021-05-06")
    for stage in (sentences.annotate, temporal.annotate, actors.annotate, events.annotate):
        document = stage(document)
    said = document.event_mentions[-1]
    assert [(p.actor, p.role) for p in said.actors if p.role == "source"] == [("karl-berg", "source")]


@pytest.mark.parametrize("text, group", [
    ("Freedonia will stay the main supplier of gas to Ruritania, oil industry sources said.",
     "group:oil industry sources"),
    ("Foreign exchange dealers said the currency of Ruritania could fall further.", "group:foreign exchange dealers"),
    ("The currency of Ruritania could fall further, said one currency analyst.", "group:currency analysts"),
])
def test_speakers_named_by_what_they_are_are_a_group(text, group):
    assert speakers_of(text) == [("01", [group])]


@pytest.mark.parametrize("text, group", [
    ("Ruritanian bankers said the currency of Freedonia could fall further.", "group:ruritanian bankers"),
    ("The currency of Freedonia could fall further, one Ruritanian dealer said.", "group:ruritanian dealers"),
])
def test_market_speakers_a_country_leads_are_a_group_not_the_country(text, group):
    assert speakers_of(text) == [("01", [group])]
    assert speakers_of(text.replace("bankers", "officials").replace("dealer", "official")) == [("01", ["ruritania"])]


@pytest.mark.parametrize("text, group", [
    ("A leading U.S. banker said the currency of Freedonia could fall further.", "group:us bankers"),
    ("The currency of Freedonia could fall further, one U.S. dealer said.", "group:us dealers"),
])
def test_a_country_s_abbreviation_before_market_speakers_is_one_word_of_the_group_s(text, group):
    assert speakers_of(text) == [("01", [group])]


def test_they_after_market_speakers_a_country_leads_are_the_group():
    found = speakers_of("Ruritanian bankers said the currency of Freedonia could fall further. "
                        "They said rates would rise.")
    assert found == [("01", ["group:ruritanian bankers"])] * 2


def test_speakers_named_by_no_word_of_whose_they_are_are_the_plain_group_in_the_lead_and_no_speaker_after():
    assert speakers_of("The currency of Ruritania could fall further, sources said.") == [("01", ["group:sources"])]
    assert speakers_of("Analysts said the currency of Ruritania could fall further.") == [("01", ["group:analysts"])]
    assert speakers_of("The currency of Ruritania could fall further, official sources said.") == []
    assert speakers_of("Ruritania held a general election on Sunday. The ruling party lost its majority. "
                       "The currency of Ruritania could fall further, analysts said.") == []


def test_speakers_who_point_back_are_the_group_named_before():
    found = speakers_of("Freedonia will stay the main supplier of gas to Ruritania, oil industry sources said. "
                        "The sources said no other country could take its place.")
    assert found == [("01", ["group:oil industry sources"])] * 2
    found = speakers_of("Western diplomats said Ruritania wanted no wider conflict with Freedonia. "
                        "It was the mildest answer Ruritania could give, one diplomat said.")
    assert found == [("01", ["group:western diplomats"])] * 2


def test_speakers_who_point_back_to_speakers_of_a_body_speak_for_it():
    found = speakers_of("Ruritania is expected to back a compromise between two mining firms, government sources "
                        "said. The sources said the cabinet would choose the smaller firm.")
    assert [speaker for _, speaker in found] == [["ruritania"]] * 2


def test_speakers_described_by_the_body_they_serve_speak_for_it():
    actors = {"Acme Corp": ("acme", "organization"), "Ruritania": ("ruritania", "country")}
    found = speakers_of("Acme Corp said it would stay in Ruritania. Company executives said the plant would not "
                        "close.", actors)
    assert found[-1] == ("01", ["acme"])


def test_they_who_speak_are_the_speakers_named_before():
    actors = {"Acme Corp": ("acme", "organization"), "Novak Holdings": ("novak-holdings", "organization"),
              "Ruritania": ("ruritania", "country")}
    found = speakers_of("Acme Corp and Novak Holdings, in a joint statement, said they remained interested. "
                        "They said they were confident that Ruritania would see the merits of the plan.", actors)
    assert found[-1] == ("01", ["acme", "novak-holdings"])


def test_a_speaker_named_again_as_the_sentence_writes_it_reads_it():
    actors = {"Vorland Steel Corp": ("vorland", "organization"), "Vorland Co.": ("vorland", "organization")}
    [said] = doc("Vorland Steel Corp said on Monday that Vorland Co. is trying to sell its plant.",
                 actors=actors).event_mentions
    assert said.title == "Vorland Steel Corp says it is trying to sell its plant"
    actors = {"Vorland Steel Corp": ("vorland", "organization"), "Vorland": ("vorland", "organization")}
    [said] = doc("Vorland Steel Corp said on Monday that the Vorland plant in Montrose will close.",
                 actors=actors).event_mentions
    assert said.title == "Vorland Steel Corp says its plant in Montrose will close"


@pytest.mark.parametrize("text, commenting", [
    ("Jan Novak, an analyst with Smith Barney, said Freedonia should cut rates.", True),
    ("Freedonia should cut rates, said one dealer.", True),
    ("Jan Novak, the minister, said the analysts were wrong.", False),
    ("The company said analysts expect a cut.", False),
])
def test_commentators_are_told_by_the_words_around_the_verb(text, commenting):
    assert said_by.commentator(*_reporting_verb(text)) is commenting


def _reporting_verb(text):
    """The words of `text` and its one reporting verb."""
    words = read(text, 0)
    [said] = [trigger for trigger in triggers.find(words, set(), set()) if trigger.entry.kind == "S"]
    return words, said




@pytest.mark.parametrize("tagged", ["Rep. Jan Novak (D-Ore.) said", "Sen. Jan Novak, R-N.M., said"])
def test_a_legislator_tagged_with_party_and_state_speaks(tagged):
    assert speakers_of(f"{tagged} Ruritania must lower its tariffs on grain.") == [("02", ["jan-novak"])]


@pytest.mark.parametrize("text", [
    '"Ruritania cannot keep selling grain below cost," one trader said.',
    '"Jan Novak does not want to sell the mill," said an analyst who follows the company.',
    '"Ruritania must cut spending before it can repay its loans," he told reporters in Port Marin.',
])
def test_a_name_inside_the_quotation_a_sentence_opens_with_is_not_its_speaker(text):
    quoted = {"Ruritania": "ruritania", "Jan Novak": "jan-novak"}
    named = next(key for name, key in quoted.items() if name in text)
    assert not [m for m in doc(text).event_mentions if m.code[:2] == "01" and (named, "source") in
                [(p.actor, p.role) for p in m.actors]]


def test_a_speaker_named_after_the_quotation_still_speaks():
    said = doc('"Ruritania cannot keep selling grain below cost," Jan Novak said.').event_mentions[-1]
    assert [(p.actor, p.role) for p in said.actors][:1] == [("jan-novak", "source")]
    said = doc('"Ruritania must respect its treaty until the autumn because importers will return by then," '
               'said Jan Novak.').event_mentions[-1]
    assert [(p.actor, p.role) for p in said.actors][:1] == [("jan-novak", "source")]
    said = next(m for m in doc('Sue Smith met bankers in Freedonia. "The rates are too high," she said.').event_mentions
                if m.code[:2] == "01")
    assert [(p.actor, p.role) for p in said.actors][:1] == [("sue-smith", "source")]


def test_a_name_after_a_verb_that_follows_a_relative_aside_on_the_speaker_is_what_was_said():
    # the verb's subject opens the sentence: "Ruritania" opens what was said and does not speak
    found = doc("A senior official, who asked not to be named, said Ruritania would act to curb imports of "
                "steel.").event_mentions
    assert not [m.title for m in found if "official" in m.title]
    found = doc("Jan Novak, who heads the steel union, said Ruritania would act to curb imports of "
                "steel.").event_mentions
    assert [(m.title, [(p.actor, p.role) for p in m.actors][:1]) for m in found] == [
        ("Jan Novak says Ruritania would act to curb imports of steel", [("jan-novak", "source")])]


def test_a_quotation_after_a_relative_aside_on_the_speaker_is_what_was_said_not_the_opening_phrase():
    found = doc('A Freedonia official, who asked not to be named, said "If Jan Novak stays, it will be good for the '
                'economy."').event_mentions
    assert not [m.title for m in found if "official said" in m.title]


def test_staff_of_a_body_speak_for_no_person_the_sentence_is_about():
    found = doc("Jan Novak is likely to be confirmed as head of the central bank when his term ends, government "
                "sources said.").event_mentions
    assert not [m for m in found if m.code[:2] == "01" and ("jan-novak", "source") in
                [(p.actor, p.role) for p in m.actors]]


@pytest.mark.parametrize("text, shared", [
    ("The bankers doubted the figures but said it was too low.", True),
    ("Acme Corp withdrew its bid for Zenith Inc and also said it would wait.", True),
    ("The bankers doubted the figures, and it said the figures were wrong.", False),
])
def test_a_pronoun_after_a_verb_that_shares_its_subject_opens_what_was_said(text, shared):
    assert said_by.shared_subject(*_reporting_verb(text)) is shared


STAFFED = {"Pentagon": ("pentagon", "organization"), "Karl Berg": ("karl-berg", "person"),
           "Acme Corp": ("acme", "organization")}


def test_the_post_an_apposed_speaker_holds_is_not_what_he_speaks_of():
    said = doc("A Pentagon spokesman, Karl Berg, said he had no information.", actors=STAFFED).event_mentions[0]
    assert [(p.actor, p.role) for p in said.actors] == [("karl-berg", "source")]


@pytest.mark.parametrize("text", [
    "Karl Berg, an Acme Corp spokesman, said the talks would go on.",
    "Karl Berg, a Pentagon spokesman, said the talks would go on.",
])
def test_a_name_that_a_phrase_set_off_by_commas_describes_is_the_speaker(text):
    said = doc(text, actors=STAFFED).event_mentions[0]
    assert [(p.actor, p.role) for p in said.actors] == [("karl-berg", "source")]


@pytest.mark.parametrize("text", [
    "Ruritania views the trade gap with Freedonia very seriously, said an official travelling with the minister.",
    '"Ruritania views the trade gap very seriously," said one official close to the talks.',
])
def test_an_unnamed_speaker_after_a_closing_verb_speaks_not_an_actor_named_before_it(text):
    assert all("ruritania" not in speaker for _, speaker in speakers_of(text))


@pytest.mark.parametrize("text", [
    "Farm prices in Ruritania rose 0.3 pct last month, Quorlane Statistics Office figures show.",
    "Quorlane Statistics Office figures showed that farm prices in Ruritania rose 0.3 pct last month.",
    "Farm prices in Ruritania rose 0.3 pct last month, the Quorlane Statistics Office's latest bulletin shows.",
    # the publisher named after "by"
    "Farm prices in Ruritania rose 0.3 pct last month, figures released today by the Quorlane Statistics Office show.",
    "Figures released on Monday by the Quorlane Statistics Office showed that farm prices in Ruritania rose 0.3 pct.",
    "Farm prices in Ruritania rose 0.3 pct last month, a report by the Quorlane Statistics Office (QSO) said.",
])
def test_published_figures_report_what_they_show_for_their_publisher(text):
    actors = {"Quorlane Statistics Office": ("quorlane-statistics-office", "organization")}
    assert speakers_of(text, actors) == [("01", ["quorlane-statistics-office"])]


QUORLANE_INSTITUTE = {"Quorlane Institute": ("quorlane-institute", "organization")}


@pytest.mark.parametrize("text", [
    "Ruritania should cut its farm subsidies, an independent report said. The report by the Quorlane Institute said "
    "the subsidies cost 20 billion dlrs a year.",
    "Farm subsidies were cut last year, according to a study by the Quorlane Institute. Ruritania should cut them "
    "again, the study said.",
    "The Quorlane Institute (QI) report was published today. Ruritania should cut its farm subsidies, the study said.",
])
def test_a_report_told_of_with_no_name_speaks_for_the_author_named_beside(text):
    assert speakers_of(text, QUORLANE_INSTITUTE)[0] == ("02", ["quorlane-institute"])


def test_a_report_whose_author_the_story_never_names_has_no_speaker():
    assert speakers_of("The Quorlane Institute sold its offices. Ruritania should cut its farm subsidies, the "
                       "study said.", QUORLANE_INSTITUTE) == []


def test_what_a_measure_compiled_by_a_body_shows_is_no_statement():
    actors = {"Quorlane Statistics Office": ("quorlane-statistics-office", "organization")}
    assert speakers_of("The index compiled by the Quorlane Statistics Office showed that farm prices in Ruritania "
                       "rose 0.3 pct.", actors) == []


def test_what_a_measure_shows_is_no_statement():
    actors = {"Quorlane Statistics Office": ("quorlane-statistics-office", "organization")}
    assert speakers_of("The Quorlane Statistics Office index showed that farm prices in Ruritania rose 0.3 pct last "
                       "month.", actors) == []

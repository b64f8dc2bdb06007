"""Where a statement's said part lies (fronted, quoted after its speaker, led by a condition) and whom it is
aimed at."""

from dataclasses import replace

import pytest

from eventgraph import events
from eventgraph.events import said_objects, triggers
from eventgraph.events.text import read
from eventgraph.model import Mention

from .test_events import ACTORS, PUBLISHED, doc
from .test_statements import speakers_of


def test_a_quotation_that_reports_no_happening_is_what_its_speaker_says():
    [said] = doc('"We managed to put our side of the story against them here," Jan Novak said.').event_mentions
    assert (said.code, said.title) == ("010", 'Jan Novak says "we managed to put our side of the story"')
    assert doc('"The talks were useful," Jan Novak said.').event_mentions == []


@pytest.mark.parametrize("text, title", [
    ('"We do not think that a merger would help the growers," Jan Novak said.',
     'Jan Novak says "we do not think that a merger would help the growers"'),
    ('"There comes a stage where you cannot wait any longer," Jan Novak told reporters.',
     'Jan Novak says "there comes a stage where you cannot wait any longer"'),
    ('"We see this as a test of how free the market really is," Jan Novak said.',
     'Jan Novak says "we see this as a test of how free the market really is"'),
])
def test_a_short_quotation_a_cut_would_leave_open_is_shown_whole(text, title):
    [said] = doc(text).event_mentions
    assert said.title == title


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


def test_a_quotation_opening_with_a_conjunction_goes_on_after_it():
    [said] = doc('"But we must not forget the cost of the war," Jan Novak said.').event_mentions
    assert said.title == 'Jan Novak says "we must not forget the cost of the war"'


@pytest.mark.parametrize("text", [
    '"There is no doubt that the negotiations made Ruritania a force to be reckoned with," Jan Novak said.',
    "The Ruritania accord on trade appeared in serious danger today, Jan Novak said.",
])
def test_a_fronted_clause_whose_trigger_makes_no_event_is_what_its_speaker_says(text):
    assert speakers_of(text) == [("01", ["jan-novak"])]


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
    "Jan Novak said the Ruritania current account deficit was shrinking.",
    "Jan Novak said one Ruritania bank was weighing a loan.",
    "Jan Novak said a Ruritania patent for the cream would run out next year.",
])
def test_a_comment_is_aimed_at_no_country_that_only_tells_where_the_subject_of_what_was_said_is_from(text):
    assert _comment_roles(text) == {("jan-novak", "source")}


@pytest.mark.parametrize("text", [
    "Jan Novak said Ruritania's export figures for May were too low.",
    "Jan Novak said Acme Corp subsidiaries have large debts.",
])
def test_a_comment_on_what_an_actor_owns_is_aimed_at_the_owner(text):
    [comment] = [m for m in doc(text, actors=ACTORS | {"Acme Corp": ("acme", "organization")}).event_mentions
                 if m.code[:2] == "01"]
    assert {p.role for p in comment.actors} == {"source", "target"}


@pytest.mark.parametrize("text", [
    "Ruritania's rubber stocks fell to 41,200 tonnes in May, the Vorland News Agency said.",
    "The Vorland News Agency said Ruritania's seasonally adjusted unemployment rate rose to 7.9 pct in May.",
    "The Vorland News Agency said Ruritania's trade deficit widened to 2.3 billion dlrs in May.",
])
def test_a_statement_of_a_measure_of_a_country_s_statistics_is_aimed_at_no_one(text):
    assert _comment_roles(text) == {("vorland-news-agency", "source")}


def test_an_appeal_is_aimed_at_no_country_that_only_tells_where_the_subject_of_what_was_said_is_from():
    [appeal] = [m for m in doc("Jan Novak said the Ruritania trade surplus should shrink this year.").event_mentions
                if m.code[:2] == "02"]
    assert {(p.actor, p.role) for p in appeal.actors} == {("jan-novak", "source")}


def test_the_wire_s_capital_after_an_initialism_is_no_name():
    [comment] = doc("Jan Novak said one R.U. Producer was weighing a loan.",
                    actors={"Jan Novak": ("jan-novak", "person"), "R.U.": ("ruritania", "country")}).event_mentions
    assert {(p.actor, p.role) for p in comment.actors} == {("jan-novak", "source")}


def test_a_comment_whose_said_clause_has_an_actor_for_its_subject_is_aimed_at_it():
    assert ("ruritania", "target") in _comment_roles("Jan Novak said Ruritania was weighing a loan to Freedonia.")


@pytest.mark.parametrize("text", [
    "Freedonia said it gave the documents to Ruritania.",  # the speaker's own deed
    "Freedonia said it is pursuing its claims against Ruritania.",  # what the speaker is doing
])
def test_a_comment_on_the_speaker_s_own_doing_is_aimed_at_whom_it_names(text):
    assert ("ruritania", "target") in _comment_roles(text)


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


@pytest.mark.parametrize("text", [
    '"The offer is far too low for our shareholders," said Acme analyst Jan Novak.',
    '"The offer is far too low for our shareholders," said Dr. Jan Novak.',
])
def test_a_speaker_named_after_a_title_that_follows_the_verb_says_the_quotation(text):
    [said] = doc(text).event_mentions
    assert [p.actor for p in said.actors if p.role == "source"] == ["jan-novak"]
    assert "the offer is far too low" in said.title.lower() and not said.title.endswith("Jan Novak")


def test_a_phrase_that_opens_with_a_preposition_after_the_verb_is_no_title():
    [said] = doc('"The offer is far too low for our shareholders," Sue Smith said on behalf of Jan Novak.').event_mentions
    assert [p.actor for p in said.actors if p.role == "source"] == ["sue-smith"]


def test_a_person_after_words_that_end_in_no_title_does_not_say_the_quotation():
    assert doc('"We will appeal," said lawyers representing Jan Novak.').event_mentions == []


COMPANIES = {"Acme Corp": ("acme", "organization"), "Widget Inc": ("widget", "organization"),
             "Ruritania": ("ruritania", "country"), "Jan Novak": ("jan-novak", "person")}


@pytest.mark.parametrize("text, target", [
    ("Acme Corp said its Widget Inc unit is the lowest bidder on a contract for a rail line.", None),
    ("Acme Corp said its unit Widget Inc is the lowest bidder on a contract for a rail line.", None),
    ("Acme Corp said its Widget Inc subsidiary will ship coal to Ruritania under a new contract.", "ruritania"),
    ("Acme Corp said Widget Inc is the lowest bidder on a contract for a rail line.", "widget"),
])
def test_the_speaker_s_own_unit_is_no_target_of_what_it_says_but_whom_its_deed_aims_at(text, target):
    [said] = doc(text, actors=COMPANIES).event_mentions
    assert ("acme", "source") in {(p.actor, p.role) for p in said.actors}
    assert [p.actor for p in said.actors if p.role == "target"] == ([target] if target else [])


@pytest.mark.parametrize("text", [
    "Acme Corp said it has raised its offer for all outstanding shares of Widget Inc to 40 dlrs.",
    "Acme Corp said it arranged a swap of 250 mln dlrs in mortgage-backed securities with Widget Inc.",
    "Acme Corp said it would take a loss of nine mln dlrs on the sale of its container business to Widget Inc.",
    "Acme Corp said it has trimmed its holding in Widget Inc to 4.2 pct of the shares outstanding.",
])
def test_a_statement_of_the_speaker_s_own_deed_is_aimed_at_the_party_its_clause_names_far_from_the_verb(text):
    [said] = [m for m in doc(text, actors=COMPANIES).event_mentions if m.code[:2] in ("01", "03")]
    assert {(p.actor, p.role) for p in said.actors} == {("acme", "source"), ("widget", "target")}


@pytest.mark.parametrize("text", [
    "Acme Corp said it has raised its dividend because of a ruling from Widget Inc.",  # a clause of its own
    "Acme Corp said it would take a charge for its Widget Inc unit.",  # a thing of the speaker's own
])
def test_a_statement_of_the_speaker_s_own_deed_names_no_party_outside_its_aim(text):
    [said] = doc(text, actors=COMPANIES).event_mentions
    assert {(p.actor, p.role) for p in said.actors} == {("acme", "source")}


def test_a_statement_told_inside_another_s_that_clause_is_not_about_the_other_speaker():
    text = "Sue Smith recalled that Jan Novak had suggested that the dollar might be too high."
    [said] = [m for m in doc(text).event_mentions if ("jan-novak", "source") in {(p.actor, p.role) for p in m.actors}]
    assert all(p.role != "target" for p in said.actors)


def test_a_name_after_a_participle_of_saying_is_what_was_said_not_who_said_it():
    found = speakers_of("Jan Novak issued a statement rebutting the criticism, saying Ruritania would remain open to "
                        "investors.")
    assert [speaker for _, speaker in found] == [["jan-novak"]]


@pytest.mark.parametrize("text", [
    "In reply to a question, Jan Novak said Ruritania had set no limits on Freedonia.",
    "In a separate statement, Jan Novak said Ruritania had set no limits on Freedonia.",
])
def test_a_name_after_a_reporting_verb_with_its_own_subject_is_what_was_said_not_who_said_it(text):
    [said] = doc(text).event_mentions
    assert said.title == "Jan Novak says Ruritania had set no limits on Freedonia"
    assert ("jan-novak", "source") in {(p.actor, p.role) for p in said.actors}


@pytest.mark.parametrize("text", [
    '"It makes a settlement much harder," said Jan Novak, Acme Corp\'s former chairman.',
    '"It makes a settlement much harder," said Jan Novak, Acme Corp\'s former chairman who led the talks with Widget Inc.',
])
def test_the_body_named_beside_a_speaker_who_closes_the_sentence_is_no_target(text):
    [said] = [m for m in doc(text, actors=COMPANIES).event_mentions if m.code[:2] == "01"]
    assert {(p.actor, p.role) for p in said.actors} == {("jan-novak", "source")}


def test_what_a_speaker_who_closes_the_sentence_says_is_the_clause_before_the_verb():
    [said] = doc('"Widget Inc will regret this," said Jan Novak, Acme Corp\'s former chairman.',
                 actors=COMPANIES).event_mentions
    assert {(p.actor, p.role) for p in said.actors} == {("jan-novak", "source"), ("widget", "target")}


@pytest.mark.parametrize("text", [
    '"It makes a settlement much harder," Jan Novak told Acme Corp\'s evening programme.',
    '"It makes a settlement much harder," Sue Smith told Prime Minister Jan Novak.',
])
def test_whom_a_statement_is_told_to_is_no_target(text):
    [said] = doc(text, actors=COMPANIES | {"Sue Smith": ("sue-smith", "person")}).event_mentions
    assert [p.role for p in said.actors] == ["source"]


@pytest.mark.parametrize("text, said", [
    ("Jan Novak told reporters he had read the plan of the ministry.", "Jan Novak reads the plan"),  # his own deed
    ("Jan Novak told a committee of the senate they wanted the levy scrapped.", "they wanted the levy"),
    ('Jan Novak told reporters "the levy will stay in place for a year."', "the levy will stay"),
])
def test_what_is_told_to_an_unnamed_addressee_without_that_opens_at_its_subject(text, said):
    found = doc(text).event_mentions
    assert [m.code for m in found] == ["010"]
    assert said in found[0].title


def test_told_with_no_clause_after_the_addressee_is_no_statement():
    assert all(m.code[:2] != "01" for m in doc("Jan Novak told the committee of the senate to scrap the levy.").event_mentions)


def test_a_fronted_quotation_keeps_the_question_its_infinitive_asks():
    [said] = doc('"The vote will be the real test to see whether the plan holds," Jan Novak said.').event_mentions
    assert said.title == "Jan Novak says the vote will be the real test to see whether the plan holds"


FIRMS = {"Zorbex Corp": ("zorbex", "organization"), "Kessler Brothers Inc": ("kessler", "organization")}


@pytest.mark.parametrize("role", ["lead manager", "sole underwriter", "joint book runner"])
def test_a_firm_named_after_its_role_in_the_deal_speaks_of_the_deal(role):
    text = f"Zorbex Corp is pricing 40 mln dlrs of notes due 1995 with a nine pct coupon, said {role} Kessler Brothers Inc."
    [said] = [m for m in doc(text, actors=FIRMS).event_mentions if m.code[:2] == "01"]
    assert {(p.actor, p.role) for p in said.actors} == {("kessler", "source"), ("zorbex", "target")}


def test_a_firm_named_after_no_role_in_a_deal_is_what_the_speaker_speaks_of():
    text = "Zorbex Corp is pricing 40 mln dlrs of notes due 1995, said rival Kessler Brothers Inc."
    [said] = [m for m in doc(text, actors=FIRMS).event_mentions if m.code[:2] == "01"]
    assert ("kessler", "source") not in {(p.actor, p.role) for p in said.actors}


@pytest.mark.parametrize("text, title", [
    ("Ruritania Steel's chief representative, Jan Novak, told reporters the government is reviewing the credit.",
     "Jan Novak says the government is reviewing the credit"),
    ('The head of the Acme Bureau\'s wage survey unit, Jan Novak, told Reuters, "Our staff are working late every '
     'night on the revised tables."',
     'Jan Novak says "our staff are working late every night"'),
])
def test_the_post_before_a_speaker_named_in_apposition_is_not_what_he_said(text, title):
    [said] = [mention for mention in doc(text).event_mentions if mention.code == "010"]
    assert said.title == title


def test_a_phrase_opening_a_fronted_quotation_is_passed_to_its_clause():
    [said] = doc('"At last, the two sides are making progress," Jan Novak said.').event_mentions
    assert said.title == 'Jan Novak says the two sides are making progress'


def test_a_speaker_titled_after_the_body_that_owns_the_title_speaks():
    text = '"The two sides are making progress," said Vorland Bank\'s chief economist Jan Novak.'
    assert [speaker for _, speaker in speakers_of(text)] == [["jan-novak"]]


def test_a_speaker_titled_after_a_firm_whose_name_holds_a_bracket_speaks():
    text = '"The two sides are making progress," said Vorland Fleming (Securities) Ltd analyst Jan Novak.'
    firm = "Vorland Fleming (Securities) Ltd"
    document = doc(text, actors={firm: ("vorland-fleming", "organization")})
    at = text.index("Jan Novak")
    document.mentions.append(Mention(at, at + 9, "Jan Novak", "jan-novak", "person", name="Jan Novak",
                                     affiliation="vorland-fleming"))
    [said] = events.annotate(replace(document, event_mentions=[])).event_mentions
    assert [p.actor for p in said.actors if p.role == "source"] == ["jan-novak"]  # the firm joins as his body


def test_a_phrase_opening_the_speaker_s_own_clause_is_not_passed_into_it():
    [said] = doc("In the meantime, Jan Novak said, the two sides were still far apart.").event_mentions
    assert said.title == "Jan Novak says the two sides were still far apart"


@pytest.mark.parametrize("text, title", [
    ("Ruritania will cut its wheat exports this year, said the Ruritanian trade minister.",
     "Ruritania says it will cut its wheat exports this year"),
    ("Ruritania still wants clear rules for the quotas, said a U.S. official, who asked not to be named.",
     "Ruritania says it still wants clear rules for the quotas"),  # the initialism's full stops are no words
])
def test_a_speaker_noun_after_a_closing_reporting_verb_speaks_the_clause_before(text, title):
    assert [m.title for m in doc(text).event_mentions] == [title]


def test_a_speaker_noun_that_opens_a_clause_after_the_verb_is_what_was_said():
    [said] = doc("Jan Novak said the officials in Ruritania were wrong to cut wheat exports.").event_mentions
    assert said.title.startswith("Jan Novak says the officials in Ruritania were wrong")


def test_a_participle_s_aside_between_speaker_and_verb_leaves_the_speaker_the_subject():
    found = doc('Jan Novak, referring to the fishing accord, said: "The ministers intend to honour it."').event_mentions
    assert [(m.title, [(p.actor, p.role) for p in m.actors]) for m in found] == [
        ("Jan Novak says the ministers intend to honour it", [("jan-novak", "source")])]


def _fronted(text):
    words = read(text, 0)
    [said] = [t for t in triggers.find(words, set(), set()) if t.entry.kind == "S"]
    return said_objects.fronted(words, said)


def test_a_phrase_that_sets_the_saying_s_own_clause_is_never_what_was_said():
    assert _fronted("As a result, upbeat remarks by Acme chairman Jan Novak went largely unheeded.") is None
    # a saying that goes on to what was said leaves the phrase to the title, which passes it
    assert _fronted("On the other hand, he said that, barring a collapse of the peso, rates would stay.") is not None


def test_a_clause_after_the_phrase_that_sets_the_sentence_is_what_was_said():
    assert _fronted("As a result, prices will rise sharply, Acme said.") == "prices will rise sharply"


def test_what_was_said_is_the_clause_after_the_day_from_which_it_holds():
    today = [("today", "DATE", PUBLISHED)]
    frozen = doc("Jan Novak said that as from today the credit lines of foreign banks would be frozen at their "
                 "present level.", timexes=today).event_mentions
    assert [m.title for m in frozen] == [
        "Jan Novak says the credit lines of foreign banks would be frozen at their present level"]
    doubled = doc("Jan Novak said effective today the levy on imported steel has been doubled.", timexes=today)
    assert [m.title for m in doubled.event_mentions] == ["Jan Novak says the levy on imported steel has been doubled"]

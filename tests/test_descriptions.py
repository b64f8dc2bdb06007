"""Bodies a description or a pronoun stands for."""

from collections import Counter

import pytest

from eventgraph import actors, events, sentences
from eventgraph.actors.descriptions import antecedent, last_speaker, speaker_pronoun, stand_in
from eventgraph.actors.story_country import story_country
from eventgraph.model import Document, Mention


def test_only_a_pronoun_of_the_speaker_s_kind_opens_the_speaker_s_own_deed():
    company = Mention(0, 9, "Acme Corp", "acme", "organization")
    dealers = Mention(0, 7, "dealers", "group:dealers", "group")
    assert speaker_pronoun("it", [company])
    assert not speaker_pronoun("it", [dealers])  # "It opened at 34.38, dealers said": the currency
    assert not speaker_pronoun("we", [company])  # a quoted "we" tells a view more than a deed


def _doers(text: str, title: str) -> list[tuple[str, list[str]]]:
    doc = Document(id="a", path="a.txt", text=text, title=title, published="2024-05-02", body=[(0, len(text))])
    doc = events.annotate(actors.annotate(sentences.annotate(doc)))
    return [(m.code, [p.actor for p in m.actors if p.role == "source"]) for m in doc.event_mentions]


BUDGET = "The government adopted a stop-gap budget on Monday to cover the delay in parliament.\n"


def test_the_government_no_country_named_before_is_that_of_the_country_the_headline_names():
    assert _doers(BUDGET, "PERU ADOPTS STOP-GAP BUDGET") == [("00", ["peru"])]
    assert _doers(BUDGET, "STOP-GAP BUDGET ADOPTED") == [("00", [])]
    assert _doers(BUDGET, "PERU AND CHILE AGREE BUDGETS") == [("00", [])]  # two countries: no telling which


CHOICE = "The cabinet will likely choose the smaller of two mining firms to run the new field, government {} said.\n"


def test_speakers_serving_the_government_no_country_named_before_speak_for_the_headline_s_country():
    for speakers in ("sources", "officials"):
        assert [doers for _, doers in _doers(CHOICE.format(speakers), "PERU TO PICK SMALLER MINING FIRM")] == [["peru"]]
    assert [doers for _, doers in _doers("Chile said it would bid. " + CHOICE.format("officials"),
                                         "PERU TO PICK SMALLER MINING FIRM")][-1:] == [["chile"]]


def test_the_government_of_a_story_filed_from_a_capital_is_that_capital_s_under_a_headline_naming_no_country():
    doc = Document(id="a", path="a.txt", text=BUDGET, title="STOP-GAP BUDGET ADOPTED", published="2024-05-02",
                   body=[(0, len(BUDGET))], place="LIMA")
    doc = events.annotate(actors.annotate(sentences.annotate(doc)))
    assert [[p.actor for p in m.actors if p.role == "source"] for m in doc.event_mentions] == [["peru"]]
    doc.place = "SANTIAGO"
    assert story_country(doc, Counter()).key == "chile"
    doc.title = "PERU ADOPTS STOP-GAP BUDGET"
    assert story_country(doc, Counter()).key == "peru"  # the headline's country, not the reporter's city
    assert story_country(doc, Counter({"chile": 2, "peru": 1})) is None


def test_a_country_named_before_the_government_outweighs_the_headline():
    text = "Chile said on Friday it would cut taxes. " + BUDGET
    assert ("00", ["chile"]) in _doers(text, "PERU ADOPTS STOP-GAP BUDGET")


def test_a_country_only_the_headline_names_becomes_an_actor_of_the_article():
    doc = Document(id="a", path="a.txt", text=BUDGET, title="PERU ADOPTS STOP-GAP BUDGET", published="2024-05-02",
                   body=[(0, len(BUDGET))])
    doc = events.annotate(actors.annotate(sentences.annotate(doc)))
    assert [(m.text, m.actor) for m in doc.mentions] == [("The government", "peru")]


def test_the_government_after_the_text_wrote_another_government_is_not_the_headline_s():
    text = "Provincial government officials met the unions on Monday. " + BUDGET
    assert ("00", []) in _doers(text, "PERU ADOPTS STOP-GAP BUDGET")


def test_a_description_of_a_body_never_stands_for_the_news_medium_told():
    text = "Jane Roe told the Freedonia News Agency she would sell. The company said it was pleased."
    agency = Mention(18, 39, "Freedonia News Agency", "freedonia-news-agency", "organization")
    doc = Document(id="a", path="a.txt", text=text, mentions=[agency])
    assert stand_in(doc, "The company", text.index("The company")) is None
    acting = "Jane Roe said the Freedonia News Agency would sell. The company said it was pleased."
    start = acting.index("Freedonia")
    told = Mention(start, start + len("Freedonia News Agency"), "Freedonia News Agency", "freedonia-news-agency",
                   "organization")
    doc = Document(id="b", path="b.txt", text=acting, mentions=[told])
    assert stand_in(doc, "The company", acting.index("The company")).actor == "freedonia-news-agency"  # it acts


def _named_once(text: str, bodies: dict[str, str]) -> Document:
    """A document whose mentions are the first place each body's name is written."""
    doc = sentences.annotate(Document(id="a", path="a.txt", text=text, published="2024-05-02", body=[(0, len(text))]))
    doc.mentions = [Mention(text.index(name), text.index(name) + len(name), name, key, "organization")
                    for name, key in bodies.items()]
    return doc


def test_the_last_speaker_is_the_first_name_of_its_sentence_wherever_the_mentions_list_it():
    text = "Acme Corp said it sold a mill to Calder Mills. Prices rose. It said more.\n"
    doc = _named_once(text, {"Calder Mills": "calder", "Acme Corp": "acme"})
    assert last_speaker(doc, text.index("It said")).actor == "acme"
    doc.mentions.insert(0, Mention(0, len("Acme Corp"), "Acme Corp", "acme-group", "organization"))
    assert last_speaker(doc, text.index("It said")).actor == "acme-group"  # the first listed of two at one place


def test_the_last_speaker_may_close_its_sentence_or_follow_the():
    text = "Acme Corp said it sold a mill. Exports to Calder Mills rose, Acme said. Sales fell, it said.\n"
    doc = _named_once(text, {"Acme Corp": "acme", "Calder Mills": "calder", "Acme": "acme"})
    assert last_speaker(doc, text.index("it said")).actor == "acme"
    text = "The Norvex Council said Calder Mills erred. By stressing costs, Calder Mills was wrong, it said.\n"
    doc = _named_once(text, {"Norvex Council": "norvex", "Calder Mills": "calder"})
    assert last_speaker(doc, text.index("it said")).actor == "norvex"


def test_a_name_that_closes_its_sentence_as_no_speaker_is_no_last_speaker():
    text = "Acme Corp said it sold a mill. Exports rose to Calder Mills. Sales fell, it said.\n"
    doc = _named_once(text, {"Acme Corp": "acme", "Calder Mills": "calder"})
    assert last_speaker(doc, text.index("it said")).actor == "acme"


def test_the_one_a_writing_that_opens_the_sentence_is_sent_to_is_no_antecedent_of_its_pronoun():
    text = "Acme Corp said its sales rose in May. In a filing with Norvex Bank, the group said it may buy more.\n"
    doc = _named_once(text, {"Acme Corp": "acme", "Norvex Bank": "norvex"})
    assert antecedent(doc, "it", text.index("it may")).actor == "acme"


def test_a_sentence_the_same_pronoun_opens_passes_its_names_on_to_the_first_link_of_the_chain():
    text = ("Acme Corp said its sales rose in May. It added that prices at Norvex Bank were low. "
            "Costs would rise, it said.\n")
    doc = _named_once(text, {"Acme Corp": "acme", "Norvex Bank": "norvex"})
    assert antecedent(doc, "it", text.index("it said")).actor == "acme"
    assert antecedent(doc, "it", text.index("It added")).actor == "acme"


def test_a_country_before_a_company_s_description_only_says_where_the_company_is():
    text = "Chrysler Corp said its sales rose in May. The U.S. automaker also said it would cut 300 jobs.\n"
    assert ("00", ["chrysler"]) in _doers(text, "CHRYSLER TO CUT JOBS")


def test_a_body_every_state_has_stays_its_country_s():
    text = "The Dutch central bank intervened in the currency markets today, dealers said.\n"
    assert all(doers == ["netherlands"] for code, doers in _doers(text, "DUTCH INTERVENE") if code == "00")
    assert any(code == "00" for code, _ in _doers(text, "DUTCH INTERVENE"))



def test_a_description_that_opens_a_sentence_is_what_a_pronoun_after_it_stands_for():
    text = "Acme Corp said its sales rose. The company said sales at Norvex Bank fell. It added that costs fell.\n"
    doc = _named_once(text, {"Acme Corp": "acme", "Norvex Bank": "norvex"})
    assert antecedent(doc, "it", text.index("It added")).actor == "acme"


def test_a_unit_its_owner_s_possessive_leads_is_what_a_later_pronoun_stands_for():
    text = "Acme Corp's Norvex Airlines said it would add flights. Fares would fall. It asked for approval by June.\n"
    doc = _named_once(text, {"Acme Corp": "acme", "Norvex Airlines": "norvex"})
    assert antecedent(doc, "it", text.index("It asked")).actor == "norvex"


def test_a_speaker_named_by_a_title_before_a_verb_of_warning_leaves_the_she_who_goes_on_to_no_earlier_name():
    text = ('"Prices will hold up well this year," said Karl Berg, market analyst for a big Texas grain firm. '
            '"The figures came out before the new rules were known," one analyst cautioned. She said traders will '
            'know more in July.\n')
    doc = events.annotate(actors.annotate(sentences.annotate(
        Document(id="a", path="a.txt", text=text, published="2024-05-02", body=[(0, len(text))]))))
    assert antecedent(doc, "she", text.index("She said")) is None


def _annotated(text):
    return events.annotate(actors.annotate(sentences.annotate(
        Document(id="a", path="a.txt", text=text, published="2024-05-02", body=[(0, len(text))]))))


@pytest.mark.parametrize("speaker", [
    '"The line will do well," said another analyst.',
    '"The line will do well," said an analyst who asked not to be named.',
    'One analyst, who declined to be identified, said the line would do well.'])
def test_an_analyst_left_unnamed_or_another_is_no_analyst_the_article_named(speaker):
    text = f"Peter Hallam, analyst at Dunmore Securities, said the shares were cheap. {speaker} He noted that " \
           "the line serves heavy industry.\n"
    assert antecedent(_annotated(text), "he", text.index("He noted")) is None


def test_a_spokesman_left_unnamed_still_speaks_for_the_body_the_last_spokesman_served():
    text = "Jan Kowal of Halvex Mining will retire in May, a Halvex Mining spokesman said. The spokesman, who asked " \
           "not to be named, said the board had agreed. He said no successor had been picked.\n"
    assert antecedent(_annotated(text), "he", text.index("He said")).actor == "halvex-mining"


def test_a_company_told_of_with_a_is_a_new_party_but_its_spokesman_speaks_for_the_one_named():
    text = "Acme Corp raised its prices. A new firm bid for the mill. A company spokesman said it would not bid."
    acme = Mention(0, len("Acme Corp"), "Acme Corp", "acme", "organization")
    doc = Document(id="a", path="a.txt", text=text, mentions=[acme])
    assert stand_in(doc, "A new firm", text.index("A new firm")) is None
    assert stand_in(doc, "The firm", text.index("A new firm")).actor == "acme"
    assert stand_in(doc, "A company spokesman", text.index("A company spokesman")).actor == "acme"


def _titled(text: str) -> list[tuple[str, list[str]]]:
    doc = Document(id="a", path="a.txt", text=text, title="PLANT IDLE", published="2024-05-02", body=[(0, len(text))])
    doc = events.annotate(actors.annotate(sentences.annotate(doc)))
    return [(m.title, [p.actor for p in m.actors if p.role == "source"]) for m in doc.event_mentions]


def test_the_union_no_union_named_is_an_unnamed_union_not_the_company_the_article_names():
    text = "Norvex Corp said a strike had closed its plant in Lakeside.\nThe union has asked for talks on pay.\n"
    assert _titled(text)[-1] == ("Union asks for talks on pay", ["group:union"])


def test_the_union_stands_for_a_union_the_article_names_though_a_company_is_named_more():
    text = ("Norvex Corp said the Lakeside Auto Workers had struck at a Norvex plant, and Norvex said it would "
            "not talk.\nThe union said the strike would go on.\n")
    assert _doers(text, "PLANT IDLE")[-1] == ("010", ["lakeside-auto-workers"])


def test_the_union_stands_for_a_body_the_article_calls_a_union_not_for_a_group_its_own_noun_names():
    text = ("Port employers said the union and employers met, and the dockers' union, DWU, asked for more.\n"
            "Talks broke down when the union walked out.\n")
    assert _doers(text, "PORT TALKS FAIL")[-1] == ("143", ["dwu"])


def test_the_union_stands_for_a_body_whose_name_holds_the_word_union_after_its_first_word():
    text = ("Talks between Norvex Corp and the National Union of Packers are failing, Norvex Corp said.\n"
            "It said the union had called off the talks.\n")
    assert _doers(text, "TALKS FAIL")[-1] == ("080", ["national-union-of-packers"])


UNION = ("Norway will ask to join the Acme Union this year, Acme Union officials said.\nNorway's move comes as "
         "no surprise, but some officials said the request would spark a long debate among its members.\n")


def test_plain_officials_serve_the_body_the_article_last_named_them_by_not_the_subject_of_the_clause_before():
    assert _doers(UNION, "NORWAY TO ASK TO JOIN UNION") == [("010", ["acme-union"])]


def test_plain_officials_stand_for_the_body_named_before_the_noun_not_the_actor_named_most():
    text = "Ruritania and Freedonia met. Acme Union trade officials said Ruritania would join. Some officials agreed."
    named = [("Ruritania", "ruritania", "country", 0), ("Freedonia", "freedonia", "country", 0),
             ("Acme Union", "acme-union", "organization", 0), ("Ruritania", "ruritania", "country", 40)]
    mentions = [Mention(text.index(name, at), text.index(name, at) + len(name), name, key, kind)
                for name, key, kind, at in named]
    doc = Document(id="a", path="a.txt", text=text, mentions=mentions)
    assert stand_in(doc, "Some officials", text.index("Some officials")).actor == "acme-union"
    assert stand_in(doc, "Some officials", text.index("Acme Union")).actor == "ruritania"  # none named so yet

"""Unnamed groups as doers and targets: named as a reader names them, one actor per name, only when an event
involves them."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eventgraph import actors, pipeline
from eventgraph.actors import groups
from eventgraph.actors.names import fold
from eventgraph.model import Document, Mention
from eventgraph.sentences import split


def extract(text: str, doc_id: str = "a") -> Document:
    return pipeline.extract(Document(id=doc_id, path=f"{doc_id}.txt", text=text, published="2021-05-06",
                                     body=[(0, len(text))]))


def roles(doc: Document) -> list[tuple[str, list[tuple[str, str]]]]:
    return [(event.title, [(p.actor, p.role) for p in event.actors]) for event in doc.event_mentions]


def group_names(doc: Document) -> list[str]:
    return [m.name for m in doc.mentions if m.type == "group"]


def test_demonym_and_group_noun_make_a_group_that_does_the_event():
    doc = extract("Striking Brazilian dockers blocked the port of Santos on Monday.\n")
    assert group_names(doc) == ["Brazilian dockers"]
    assert roles(doc)[0][1] == [("group:brazilian dockers", "source")]
    assert roles(doc)[0][0].startswith("Brazilian dockers block")  # a plural doer takes a plural verb


def test_bare_group_noun_that_names_a_party():
    doc = extract("Separatist rebels killed 12 soldiers in the north on Monday.\n")
    assert ("group:separatist rebels", "source") in roles(doc)[0][1]


def test_group_speaker_of_a_statement():
    doc = extract("Western economists said the currency would fall further.\n")
    assert group_names(doc) == ["Western economists"]
    assert roles(doc)[0][1] == [("group:western economists", "source")]


def test_generic_or_unqualified_people_words_are_no_group():
    for text in ("Ruritania held an election on Sunday. The ruling party lost. Analysts said the currency would fall "
                 "further.\n",
                 "Officials said the currency would fall further.\n",
                 "People blocked the road on Monday.\n"):
        assert group_names(extract(text)) == []


def test_national_forces_stand_for_their_country():
    doc = extract("Iraqi troops shelled the town of Basra on Monday.\n")
    assert group_names(doc) == []
    assert ("iraq", "source") in roles(doc)[0][1]


def test_negated_clause_makes_no_group():
    assert group_names(extract("Brazilian dockers did not block the port on Monday.\n")) == []


def test_group_no_event_involves_is_no_actor():
    doc = extract("Freedonia closed the port on Monday while dockers watched from the quay.\n")
    assert group_names(doc) == []


def test_the_bare_noun_is_the_group_the_article_named_before():
    doc = extract("Brazilian farmers blocked the main road on Monday. The farmers later attacked a depot.\n")
    assert {m.actor for m in doc.mentions if m.type == "group"} == {"group:brazilian farmers"}


def test_story_joins_a_bare_group_to_its_one_qualified_group():
    def doc(doc_id, name):
        text = f"{name} marched."
        return Document(id=doc_id, path=doc_id, text=text, published="2021-05-06", sentences=split(text),
                        mentions=[Mention(0, len(name), name, groups.GROUP_KEY + name.lower(), "group", name=name)])

    joined = actors.link_actors([doc("a", "seamen"), doc("b", "Chilean seamen")])
    assert [(actor.name, actor.type) for actor in joined] == [("Chilean seamen", "group")]
    apart = actors.link_actors([doc("a", "workers"), doc("b", "Lima workers"), doc("c", "Quito workers")])
    assert sorted(actor.name for actor in apart) == ["Lima workers", "Quito workers", "workers"]


@given(st.lists(st.sampled_from(["the", "40,000", "striking", "Peruvian", "port", "some", "Quito", "angry",
                                 "workers", "seamen", "people", "Acme's"]), min_size=1, max_size=7))
def test_any_phrase_gives_a_group_named_by_its_head_or_none(words):
    text = " ".join(words) + " marched."
    doc = Document(id="a", path="a", text=text, published="2021-05-06", sentences=split(text))
    found = groups.group(doc, " ".join(words), 0)
    if found is not None:
        assert found.name.split()[-1] == words[-1] and found.type == "group"
        assert found.actor == groups.GROUP_KEY + fold(found.name)
        assert len(found.name.split()) <= groups.MAX_WORDS


def test_a_country_that_owns_a_group_gives_it_its_adjective():
    doc = extract("Brazil's 40,000 seamen walked out on Monday.\n")
    assert group_names(doc) == ["Brazilian seamen"]
    assert roles(doc)[0][1] == [("group:brazilian seamen", "source")]


def test_a_name_that_qualifies_a_group_names_it_and_a_description_does_not():
    doc = extract("Acme shareholders approved the merger on Monday.\n")
    assert group_names(doc) == ["Acme shareholders"]
    assert group_names(extract("The company's workers walked out on Monday.\n")) == []


def test_a_group_a_happening_befalls_does_not_do_it():
    doc = extract("Twelve Peruvian miners died in a flood on Monday.\n")
    assert group_names(doc) == []


def test_a_group_a_passive_verb_acts_on_is_its_target():
    doc = extract("More than 100 protesters were arrested by Ruritania on Monday.\n")
    assert ("group:protesters", "target") in roles(doc)[0][1]


def test_a_group_that_holds_a_happening_named_by_a_noun_takes_part_in_it():
    doc = extract("Striking Brazilian dockers held talks on Monday.\n")
    assert roles(doc)[0][1] == [("group:brazilian dockers", "participant")]


def test_a_dateline_gives_no_words_to_a_group():
    doc = extract("Dockers block port\nLIMA, March 3 - Striking Peruvian dockers blocked the port on Monday.\n")
    assert group_names(doc) == ["dockers", "Peruvian dockers"]  # the headline's bare noun, then the body's group


def test_a_group_named_after_a_place_keeps_the_whole_name_and_no_word_before_it():
    doc = extract("Wall Street analysts said the company was worth more.\n")
    assert group_names(doc) == ["Wall Street analysts"]
    doc = extract("On Monday Chilean dockers blocked the port.\n")
    assert group_names(doc) == ["Chilean dockers"]


def test_a_group_owned_by_a_country_does_what_the_country_would_be_given():
    doc = extract("Union officials said most of Chile's 3,000 dockers were still on strike.\n")
    assert ("group:chilean dockers", "source") in roles(doc)[-1][1]
    assert not any(actor == "chile" for _, parts in roles(doc) for actor, _ in parts)


def test_a_group_owned_by_a_name_after_a_noun_is_its_doer():
    doc = extract("The strike by Spain's dockers has closed 12 ports on its coast.\n")
    assert roles(doc)[0][1] == [("group:spanish dockers", "source")]


def test_a_possessive_without_a_group_noun_after_it_stays_the_owner():
    doc = extract("Chile's navy blockaded the port on Monday.\n")
    assert group_names(doc) == []


def test_a_group_opening_a_sentence_with_a_capital_is_read_by_the_parse():
    doc = extract("The weather was calm. Farmers blocked roads across the north on Tuesday.\n")
    assert ("group:farmers", "source") in roles(doc)[0][1]


def test_a_group_whose_event_the_words_alone_cannot_settle_is_read_by_the_parse():
    doc = extract("The market was quiet. The strikers rejected the offer on Monday.\n")
    assert roles(doc)[0][1] == [("group:strikers", "source")]


def test_a_group_owned_by_a_company_is_named_by_the_company_without_its_legal_form():
    doc = extract("Acme Industries Ltd said on Monday it had closed a plant. "
                  "Acme Industries Ltd's workers walked out on Tuesday.\n")
    assert "Acme Industries workers" in group_names(doc)


def test_talks_between_management_and_unions_are_between_the_company_and_its_unions():
    doc = extract("Negotiations between management and workers at Acme Industries Ltd's Port Marin mill will "
                  "continue on Tuesday, a company spokeswoman said.\n")
    talks = next(parts for title, parts in roles(doc) if "negotiat" in title.lower())
    assert {actor for actor, _ in talks} == {"acme-industries", "group:acme industries workers"}


def test_management_and_unions_without_one_named_company_are_no_sides():
    doc = extract("Negotiations between management and workers will continue on Tuesday, officials said.\n")
    assert group_names(doc) == []


def test_it_never_stands_for_a_plural_group():
    doc = extract("Arbitragers said the bid was too low. Acme Corp said it rejected the bid on Monday.\n")
    rejection = next(parts for title, parts in roles(doc) if "reject" in title.lower())
    assert rejection == [("acme", "source")]


def test_a_group_after_a_word_of_quantity_or_kind_is_named_by_what_follows_of():
    assert groups.group(Document(id="a", path="a", text="x"), "a committee of shareholders", 0).name == \
        "shareholders"
    assert groups.group(Document(id="a", path="a", text="x"), "thousands of striking dockers", 0).name == "dockers"


def test_a_bare_group_is_the_group_the_article_wrote_before_in_more_words():
    doc = extract("Freight rates rose too fast, Port Marin shipping analysts and brokers said. "
                  "The analysts blamed the rise on Ruritanian port fees.\n")
    blame = next(parts for title, parts in roles(doc) if "blame" in title.lower())
    assert ("group:port marin shipping analysts", "source") in blame


def test_a_group_keeps_the_trade_it_is_in_and_drops_its_size_and_what_it_is_doing():
    doc = Document(id="a", path="a", text="x")
    assert groups.group(doc, "Two large mining companies", 0).name == "mining companies"
    assert groups.group(doc, "the leading steelmaking companies", 0).name == "steelmaking companies"
    assert groups.group(doc, "striking Chilean dockers", 0).name == "Chilean dockers"


def test_a_group_after_with_or_against_takes_part_in_the_happening():
    doc = extract("Acme Corp signed a wage deal with striking dockers on Friday.\n")
    assert ("group:dockers", "participant") in roles(doc)[0][1]
    doc = extract("The union called a strike against shipowners on Saturday.\n")
    assert ("group:shipowners", "target") in roles(doc)[0][1]


def test_a_group_that_only_owns_what_follows_with_takes_no_part():
    doc = extract("Acme Corp signed a wage deal with the dockers' union on Friday.\n")
    assert group_names(doc) == []


def test_a_group_after_by_does_the_happening_a_noun_or_a_passive_names():
    doc = extract("The stoppage, the longest strike by dockers in a decade, began on Monday.\n")
    assert roles(doc)[0][1] == [("group:dockers", "source")]
    doc = extract("The demonstration by thousands of striking dockers blocked the port on Tuesday.\n")
    assert ("group:dockers", "source") in roles(doc)[0][1]


def test_talks_with_a_group_a_name_owns_are_between_the_name_and_its_group():
    doc = extract("The plan was delayed by discussions with Acme Corp's lenders, a spokesman said on Monday.\n")
    talks = next(parts for title, parts in roles(doc) if "discussions" in title.lower())
    assert {actor for actor, _ in talks} == {"acme", "group:acme corporation lenders"}


LENDERS = ("Port Marin Cannery Inc said it failed to agree with its main lenders Growers Trust Corp and Acme Bank "
           "Corp on a new loan. It said Growers has demanded repayment of three mln dlrs.\n")


def test_a_group_noun_that_is_part_of_a_name_is_the_body_it_names_and_no_group():
    doc = extract(LENDERS)
    demand = next(parts for title, parts in roles(doc) if "demand" in title)
    assert demand == [("growers-trust", "source")]
    assert groups.group(doc, "main lenders Growers", LENDERS.index("main")) is None
    assert groups.group(doc, "Growers", LENDERS.rindex("Growers")) is None


def test_dealers_a_country_qualifies_are_a_group_not_the_country():
    doc = extract("Most Swiss dealers voiced dismay at the central bank's statement on Monday.\n")
    assert group_names(doc) == ["Swiss dealers"]
    assert roles(doc)[0][1] == [("group:swiss dealers", "source")]


def test_words_before_the_word_that_opens_a_clause_are_no_part_of_the_group():
    text = ("Acme bond dealers said the market was quiet on Monday. The notes changed hands near par in late trade "
            "although dealers said buyers were wary.\n")
    doc = extract(text)
    found = groups.group(doc, "late trade although dealers", text.index("late trade"))
    assert (found.text, found.actor) == ("dealers", "group:acme bond dealers")


def test_the_word_after_a_modal_is_a_verb_and_no_part_of_a_group_written_before():
    doc = extract("The reform will give farmers cheaper credit. Farmers protested in the capital on Monday.\n")
    assert group_names(doc) == ["farmers"]


@pytest.mark.parametrize("text, group", [
    ("Santiago grain traders said the harvest would be late.\n", "group:santiago grain traders"),
    ("Chilean business groups are calling for lower farm tariffs.\n", "group:chilean business groups"),
    ("Chilean trading houses welcomed the new rules on Monday.\n", "group:chilean trading houses"),
    ("Chilean power utilities are demanding lower coal prices.\n", "group:chilean power utilities"),
])
def test_a_group_a_place_owns_past_the_nouns_of_its_kind_speaks_not_the_place(text, group):
    found = roles(extract(text))
    assert found and all((group, "source") in actors and ("chile", "source") not in actors
                         for _, actors in found)



@pytest.mark.parametrize("noun", ["bankworkers", "steelworkers"])
def test_a_one_word_compound_of_workers_and_their_trade_is_a_group_not_its_country(noun):
    doc = extract(f"Thousands of Brazilian {noun} went on strike on Monday to demand higher pay.\n")
    assert roles(doc)[0][1] == [(f"group:brazilian {noun}", "source")]

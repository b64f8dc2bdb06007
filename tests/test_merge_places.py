"""Where a deed took place, as its clause names it, and the merge keeping deeds of two places apart."""

import pytest

from eventgraph import merge
from eventgraph.merge.places import apart, places
from eventgraph.model import Actor, Date, Document, EventMention, Mention, Participant, Sentence

DOCKERS = [("dockers", "source")]
ACTORS = [Actor("dockers", "Dockers", "group"), Actor("ruritania", "Ruritania", "country"),
          Actor("port-authority", "Port Authority", "organization")]


def told(doc_id, text, trigger, code="143", actors=DOCKERS, named=()):
    """A one-sentence article of 2021-05-06 that dates nothing; `named` are (name, actor, type) actor mentions."""
    start = text.index(trigger)
    event = EventMention(sentence=0, trigger_start=start, trigger_end=start + len(trigger), trigger=trigger,
                         code=code, label="", title=f"{code} {trigger}",
                         date=Date("2021-05-06", "day", "publication"),
                         actors=[Participant(actor, role) for actor, role in actors])
    mentions = [Mention(text.index(name), text.index(name) + len(name), name, actor, kind)
                for name, actor, kind in named]
    return Document(id=doc_id, path=f"{doc_id}.txt", text=text, published="2021-05-06", published_source="text",
                    sentences=[Sentence(0, len(text), text)], event_mentions=[event], mentions=mentions)


def places_of(text, trigger, named=()):
    doc = told("a", text, trigger, named=named)
    return places(doc, doc.event_mentions[0])


@pytest.mark.parametrize("text, trigger, found", [
    ("Dockers struck in Port Marin on Monday.", "struck", {"//port marin"}),
    ("Dockers struck east of the northern town of Velka Lhota.", "struck", {"//velka lhota"}),
    ("A stoppage was called off in Nova Ostra, on the island.", "called off", {"//nova ostra"}),
    ("Dockers struck in Port Marin, Ruritania, on Monday.", "struck", {"//port marin", "//ruritania"}),
    ("Dockers struck in Port Marin, the union said.", "struck", {"//port marin"}),
    ("Dockers struck in the Marin port area.", "struck", {"//marin"}),
    ("Dockers struck in Ostra province on Monday.", "struck", {"//ostra"}),
    ("Dockers struck in the Marin port plan.", "struck", set()),
    ("A tanker was hit off the coast of Nova Ostra.", "hit", {"//nova ostra"}),
    ("Dockers struck in March.", "struck", set()),
    ("Dockers struck, the union said in Port Marin.", "struck", set()),
    ("Dockers struck after talks in Port Marin failed.", "struck", set()),
    ("Rebels attacked on the northern front overnight.", "attacked", {"/north/"}),
    ("Rebels attacked on the Velka War southern front.", "attacked", {"/south/"}),
    ("Rebels attacked on the Velka war northern front.", "attacked", {"/north/"}),
    ("Rebels attacked in the south of the country.", "attacked", {"/south/"}),
    ("Rebels attacked in the north-west area of the front.", "attacked", {"/northwest/"}),
    ("Rebels attacked in the north.", "attacked", {"/north/"}),
    ("Rebels attacked the northern suburbs.", "attacked", set()),
    ("Rebels attacked in the southern Velka Lhota.", "attacked", {"//velka lhota"}),
    ("Rebels attacked in the north of Velka Lhota.", "attacked", {"//velka lhota"}),
])
def test_a_place_is_a_name_a_preposition_of_place_opens_in_the_clause_of_the_trigger(text, trigger, found):
    assert places_of(text, trigger) == found


def test_a_name_an_actor_mention_covers_is_that_actor_when_it_is_a_place_and_nothing_when_it_is_a_body():
    assert places_of("Dockers struck in Ruritania.", "struck", [("Ruritania", "ruritania", "country")]) == \
        {"ruritania//"}
    assert places_of("Rebels attacked in northeast Ruritania.", "attacked",
                     [("Ruritania", "ruritania", "country")]) == {"ruritania/northeast/"}
    assert places_of("Rebels attacked in the southern Ruritania.", "attacked",
                     [("Ruritania", "ruritania", "country")]) == {"ruritania/south/"}
    assert places_of("Rebels attacked near the Danish border.", "attacked", [("Danish", "denmark", "country")]) == set()
    assert places_of("In Ruritania rebels attacked near Velka Lhota.", "attacked",
                     [("Ruritania", "ruritania", "country")]) == {"ruritania//velka lhota"}
    assert places_of("Dockers struck at Port Authority.", "struck",
                     [("Port Authority", "port-authority", "organization")]) == set()


def test_deeds_of_one_kind_told_in_two_places_are_two_happenings_and_in_one_place_one():
    apart = [told("a", "Dockers struck in Port Marin.", "struck"), told("b", "Dockers struck in Velka Lhota.", "struck")]
    assert sorted(len(event.sources) for event in merge.merge_events(apart, ACTORS)) == [1, 1]
    one = [told("a", "Dockers struck in Port Marin.", "struck"),
           told("b", "Dockers struck in Port Marin on Tuesday.", "struck")]
    assert [len(event.sources) for event in merge.merge_events(one, ACTORS)] == [2]


def test_places_that_share_a_word_of_their_names_are_two_places():
    apart = [told("a", "Dockers struck in Port Marin.", "struck"), told("b", "Dockers struck in Port Ostra.", "struck")]
    assert sorted(len(event.sources) for event in merge.merge_events(apart, ACTORS)) == [1, 1]


def test_statements_are_not_told_apart_by_the_places_they_name():
    speaker = [("ruritania", "source")]
    said = [told("a", "Ruritania said talks would be held in Port Marin.", "said", "010", speaker),
            told("b", "Ruritania said talks would be held in Velka Lhota.", "said", "010", speaker)]
    assert [len(event.sources) for event in merge.merge_events(said, ACTORS)] == [2]


def test_a_deed_named_only_by_its_kind_is_not_the_one_another_article_places():
    placed = told("a", "A strike broke out in Port Marin.", "strike", actors=())
    bare = told("b", "Police were out in force during the strike.", "strike", actors=())
    assert sorted(len(event.sources) for event in merge.merge_events([placed, bare], ACTORS)) == [1, 1]
    placed_later = told("c", "A strike broke out in Port Marin.", "strike", actors=())
    assert sorted(len(event.sources) for event in merge.merge_events([bare, placed_later], ACTORS)) == [1, 1]
    elsewhere = told("b", "Police were out in force during the strike in Port Marin.", "strike", actors=())
    assert [len(event.sources) for event in merge.merge_events([placed, elsewhere], ACTORS)] == [2]


def test_deeds_named_only_by_their_kind_in_two_articles_that_place_neither_are_one():
    first = told("a", "Police were out in force during the strike.", "strike", actors=())
    second = told("b", "Shops stayed shut because of the strike.", "strike", actors=())
    assert [len(event.sources) for event in merge.merge_events([first, second], ACTORS)] == [2]


def test_a_meeting_named_only_by_its_kind_is_the_one_another_article_places():
    placed = told("a", "A summit was held in Port Marin.", "summit", "040", ())
    bare = told("b", "Shops stayed shut during the summit.", "summit", "040", ())
    assert [len(event.sources) for event in merge.merge_events([placed, bare], ACTORS)] == [2]


@pytest.mark.parametrize("ones, others, found", [
    ({"//velka lhota"}, {"ruritania//"}, False),  # a city may lie in the country
    ({"ruritania/north/"}, {"ruritania//"}, False),
    ({"/north/"}, {"ruritania/northeast/"}, False),  # "the northern front", "northeast Ruritania"
    ({"/northwest/"}, {"ruritania/northeast/"}, False),  # both lie north
    ({"/north/"}, {"/south/"}, True),
    ({"/north/"}, {"//velka lhota"}, True),  # a name and a direction are two places
    ({"ruritania/north/"}, {"ostrava//"}, True),  # in two countries
    ({"//port marin", "ruritania//"}, {"//velka lhota", "ruritania//"}, True),  # two cities of one country
    ({"ruritania//port marin"}, {"ruritania//"}, False),  # a capital, in its country
    ({"ostravia|ruritania//velka lhota"}, {"ruritania//"}, False),  # in a country its article names
    ({"ostravia//velka lhota"}, {"ruritania//"}, True),
    (set(), {"/south/"}, False),
])
def test_places_are_apart_when_nothing_lets_them_be_one(ones, others, found):
    assert apart(frozenset(ones), frozenset(others)) is found


def test_a_report_with_no_place_does_not_chain_deeds_of_two_fronts():
    rebels = [("rebels", "source")]
    south = told("a", "Rebels attacked near Velka Lhota overnight.", "attacked", "190", rebels)
    bare = told("b", "Rebels attacked overnight, the army said.", "attacked", "190", rebels)
    north = told("c", "Rebels attacked on the northern front overnight.", "attacked", "190", rebels)
    actors = ACTORS + [Actor("rebels", "Rebels", "group")]
    assert sorted(len(event.sources) for event in merge.merge_events([south, bare, north], actors)) == [1, 2]


def test_a_place_in_a_country_is_no_conflict_with_the_country():
    rebels = [("rebels", "source")]
    near = told("a", "Rebels attacked near Velka Lhota overnight.", "attacked", "190", rebels)
    country = told("b", "Rebels attacked in Ruritania overnight.", "attacked", "190", rebels,
                   [("Ruritania", "ruritania", "country")])
    actors = ACTORS + [Actor("rebels", "Rebels", "group")]
    assert [len(event.sources) for event in merge.merge_events([near, country], actors)] == [2]

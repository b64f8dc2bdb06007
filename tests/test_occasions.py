"""A happening named as the occasion or cause of another ("after the explosion", "in protest at plans for
redundancies") is an event of its own: its own date, its own actors, never the clause's."""

import pytest

from eventgraph.events import occasions, triggers
from eventgraph.events.text import read
from tests.test_events import doc


def by_trigger(document):
    return {m.trigger: m for m in document.event_mentions}


@pytest.mark.parametrize("text, noun", [
    ("The plant was closed following the explosion at the site.", "explosion"),
    ("Dockers began strikes in protest at the arrest of their leader.", "arrest"),
    ("Freedonia shelled the town in retaliation for an attack on its border posts.", "attack"),
])
def test_a_named_occasion_is_an_event_of_its_own(text, noun):
    assert noun in by_trigger(doc(text))


def test_an_occasion_takes_the_date_written_on_it_and_the_clause_keeps_its_happening():
    found = by_trigger(doc("Heavy fighting broke out near the capital after a Ruritanian offensive launched on "
                           "April 2.", [("April 2", "DATE", "2021-04-02")]))
    assert found["offensive"].date.value == "2021-04-02"
    assert "fighting" in found and found["fighting"].date.value != "2021-04-02"


def test_an_occasion_never_takes_the_date_of_the_clause_it_is_the_occasion_of():
    found = by_trigger(doc("Workers walked out on March 3 following the explosion at the depot.",
                           [("March 3", "DATE", "2021-03-03")]))
    assert found["explosion"].date.source == "publication"


def test_an_occasion_has_the_actors_of_its_own_phrase_never_the_doer_of_its_clause():
    found = by_trigger(doc("Ruritania shelled the town after an attack on its border posts."))
    assert [p.actor for p in found["shelled"].actors] == ["ruritania"]
    assert not found["attack"].actors
    found = by_trigger(doc("Ruritania shelled the town in retaliation for an attack by Freedonia."))
    assert [(p.role, p.actor) for p in found["attack"].actors] == [("source", "freedonia")]


@pytest.mark.parametrize("text, occasion", [
    ("They met after the talks.", True),
    ("They met after three rounds of talks.", True),
    ("They met in the city after talks.", True),
    ("They met after a dinner in honour of the talks.", False),  # the talks qualify the dinner
    ("They met, and talks followed.", False),
])
def test_a_cue_leads_its_noun_through_determiners_modifiers_and_linking_prepositions_only(text, occasion):
    assert cued(text, "talks") == occasion


def cued(text, noun):
    """Whether a cue makes the first trigger `noun` of the text an occasion."""
    words = read(text, 0)
    found = triggers.find(words, set())
    nouns = [t for t in found if words.forms[t.first] == noun]
    assert nouns
    return occasions.cue(words, nouns[0], found) is not None


@pytest.mark.parametrize("text", [
    "Ruritania will hold elections after the talks.",
    "After the talks the two sides would sign a pact.",
    "Officials were closely following the talks.",
])
def test_an_occasion_ahead_or_a_verb_following_is_none(text):
    words = read(text, 0)
    found = triggers.find(words, set())
    talks = [t for t in found if words.forms[t.first] == "talks"]
    assert talks and occasions.cue(words, talks[0], found) is None


def test_a_mutual_occasion_keeps_the_clause_s_doer_as_a_party_and_its_date():
    found = by_trigger(doc("Jan Novak left Freedonia on Monday after talks with Sue Smith.",
                           [("Monday", "DATE", "2021-05-03")]))
    assert {p.actor for p in found["talks"].actors} == {"jan-novak", "sue-smith"}
    assert found["talks"].date.value == "2021-05-03"


@pytest.mark.parametrize("text, occasion", [
    ("Prices have fallen since the talks.", True),
    ("Prices have fallen since the talks in June.", True),
    ("Prices have risen since it last held talks.", False),
    ("Prices fell since the talks were hard.", False),  # a reason, not a time
    ("Ruritania gained ground after launching talks.", False),  # a clause of the subject's: its own doer
])
def test_since_leads_a_phrase_and_a_gerund_a_clause(text, occasion):
    words = read(text, 0)
    found = triggers.find(words, set())
    talks = [t for t in found if words.forms[t.first] == "talks"]
    assert talks and (occasions.cue(words, talks[0], found) is not None) == occasion


@pytest.mark.parametrize("text, trigger, occasion", [
    ("Dockers walked out in protest at the wage freeze.", "wage freeze", True),
    ("Dockers walked out in protest at the wage freeze.", "walked out", False),
    ("Talks resumed following a ceasefire.", "ceasefire", True),
    ("Shares rose after the bank suspended payments.", "suspended", False),
    ("Dockers returned after their strike was ruled illegal.", "strike", True),
    ("Dockers returned after their strike was ruled illegal.", "ruled illegal", False),
])
def test_the_mention_records_whether_its_sentence_names_it_as_the_occasion_of_another(text, trigger, occasion):
    assert by_trigger(doc(text))[trigger].occasion is occasion


@pytest.mark.parametrize("text, noun, occasion", [
    ("Freedonian ships shelled the depot in response to the missile strike on a ferry.", "missile strike", True),
    ("Ruritania retaliated for the attack on its border posts.", "attack", True),
    ("Freedonia staged a retaliatory strike against Ruritania for an attack on its ships.", "attack", True),
    ("The bank cut its rates in response to a wage freeze.", "wage freeze", False),  # no deed of force
    ("Ruritania massed troops on the border for an attack on Freedonia.", "attack", False),  # no answer: a purpose
])
def test_a_deed_of_force_another_answers_is_its_occasion(text, noun, occasion):
    words = read(text, 0)
    found = triggers.find(words, set())
    named = [t for t in found if " ".join(words.forms[t.first:t.last + 1]) == noun]
    assert named and (occasions.cue(words, named[0], found) is not None) == occasion


def test_what_an_answer_answers_has_neither_its_doer_nor_its_date():
    found = by_trigger(doc("Ruritania shelled the port on Monday in response to the missile strike on its ferry.",
                           [("Monday", "DATE", "2021-05-03")]))
    strike = found["missile strike"]
    assert strike.occasion and strike.date.value != "2021-05-03"
    assert all(p.role != "source" or p.actor != "ruritania" for p in strike.actors)


@pytest.mark.parametrize("text, noun", [
    ("Foreign diplomats said the strikes seemed to be unplanned.", "strikes"),
    ("Dockers walked out on Monday, and the union said the talks had collapsed.", "talks"),
    ("The minister welcomed the end of the strike at the port.", "strike"),
])
def test_a_known_happening_a_clause_tells_of_is_an_event_of_its_own(text, noun):
    found = by_trigger(doc(text))
    assert noun in found and found[noun].date.source == "publication"


@pytest.mark.parametrize("text, noun", [
    ("A strike would hurt exports, the minister said.", "strike"),
    ("Analysts said talks could resume next year.", "talks"),
    ("Officials said the meeting in Velka Lhota, where the five will be joined by Ruritania, will be a review.",
     "meeting"),
])
def test_a_happening_a_clause_only_supposes_is_no_event(text, noun):
    assert noun not in by_trigger(doc(text))


def test_a_statement_on_a_happening_its_clause_names_stays_a_statement():
    found = by_trigger(doc("Foreign diplomats said the strikes seemed to be unplanned."))
    assert "said" in found


@pytest.mark.parametrize("text, occasion", [
    ("Dockers struck in protest at the owners' plans to make 500 redundancies.", True),
    ("Dockers struck in protest at plans for 500 redundancies.", True),
    ("Dockers struck in protest at plans by the new owners of the old northern fleet to make redundancies.", False),
])
def test_a_plan_s_own_phrase_counts_its_reach_from_the_plan(text, occasion):
    assert cued(text, "redundancies") == occasion


@pytest.mark.parametrize("text, noun, timexes", [
    ("Ruritania shelled the depot in response to a missile attack on a ferry on Friday.", "missile attack",
     [("Friday", "DATE", "2021-04-30")]),
    ("Ruritania shelled the depot in retaliation for Friday's attack on its border posts.", "attack",
     [("Friday", "DATE", "2021-04-30")]),
])
def test_a_date_inside_the_phrase_of_what_an_answer_answers_is_that_deed_s_not_the_answer_s(text, noun, timexes):
    found = by_trigger(doc(text, timexes))
    assert found[noun].date.value == "2021-04-30"
    assert found["shelled"].date.value != "2021-04-30"


def test_a_date_inside_an_occasion_s_phrase_after_after_is_the_occasion_s_and_the_clause_shares_it():
    found = by_trigger(doc("Ruritania shelled the depot after an attack on its border posts on Friday.",
                           [("Friday", "DATE", "2021-04-30")]))
    assert (found["attack"].date.value, found["shelled"].date.value) == ("2021-04-30", "2021-04-30")


def test_the_clause_keeps_the_date_written_before_the_cue():
    text = "Ruritania shelled the depot on Monday in response to a missile attack on a ferry on Friday."
    found = by_trigger(doc(text, [("Monday", "DATE", "2021-05-03"), ("Friday", "DATE", "2021-04-30")]))
    assert (found["shelled"].date.value, found["missile attack"].date.value) == ("2021-05-03", "2021-04-30")


def test_a_time_a_planned_occasion_is_to_be_done_by_is_not_its_day():
    found = by_trigger(doc("Dockers struck on Monday in protest at the owners' plans to make 500 redundancies by 2025.",
                           [("Monday", "DATE", "2021-05-03"), ("2025", "DATE", "2025")]))
    assert found["redundancies"].date.value != "2025"


@pytest.mark.parametrize("text, occasion", [
    ("Jan Novak said Ruritania would retaliate for the attack on its embassy.", True),
    ("Ruritania said it would retaliate for Friday's attack.", True),
    ("Ruritania will strike back in response to the attack on its embassy.", True),
    ("Jan Novak said Ruritania would retaliate for an attack on its embassy.", False),  # one that may come
])
def test_a_known_deed_an_answer_ahead_answers_has_happened(text, occasion):
    assert cued(text, "attack") == occasion


def test_a_known_deed_an_answer_ahead_answers_is_told_as_done():
    found = by_trigger(doc("Jan Novak said Ruritania would retaliate for the attack on its embassy."))
    assert found["attack"].modality != "planned"

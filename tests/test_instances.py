"""One event mention per instance a sentence tells with one word ("attacked A on Monday and B on Tuesday"), and
the merge keeps the instances apart."""

from eventgraph import merge, pipeline
from eventgraph.model import Document

from .test_merge import ACTORS, document, mention


def mentions(text, trigger):
    doc = Document(id="d1", path="d1.txt", text=text, published="2021-05-06", published_source="metadata",
                   body=[(0, len(text))])
    return [m for m in pipeline.extract(doc).event_mentions if m.trigger == trigger]


def targets(found):
    return [(m.date.value, [p.actor for p in m.actors if p.role == "target"]) for m in found]


def test_a_conjunct_with_its_own_object_and_date_is_a_second_instance():
    found = mentions("Chilean troops attacked Peru on Monday and Bolivia on Tuesday.", "attacked")
    assert targets(found) == [("2021-05-03", ["peru"]), ("2021-05-04", ["bolivia"])]
    assert all([p.actor for p in m.actors if p.role == "source"] == ["chile"] for m in found)
    assert "Bolivia" not in found[0].title


def test_a_conjunct_with_only_a_date_repeats_the_happening_on_its_object():
    found = mentions("Chile attacked Peru on Monday and again on Thursday.", "attacked")
    assert targets(found) == [("2021-05-03", ["peru"]), ("2021-05-06", ["peru"])]
    assert "Monday" not in found[1].title


def test_a_noun_and_another_on_a_later_day_are_two_instances():
    found = mentions("The United States staged one nuclear test on February 3 and another on February 17.",
                     "nuclear test")
    assert [m.date.value for m in found] == ["2021-02-03", "2021-02-17"]


def test_a_conjunct_after_an_object_free_verb_names_another_doer():
    found = mentions("Chile's president visited in 1967 and Peru's president in 1981.", "visited")
    assert [(m.date.value, [p.actor for p in m.actors if p.role == "source"]) for m in found] == [
        ("1967", ["chile"]), ("1981", ["peru"])]


def test_a_noun_title_stops_before_the_next_instance():
    found = mentions("Chile answered with a blast on February 26 and a second on March 12.", "blast")
    assert [m.title for m in found] == ["Blast on February 26", "Blast"]


def test_a_span_of_time_and_a_date_of_another_clause_are_no_instances():
    assert len(mentions("The loans were signed between July 1984 and January 1985.", "signed")) == 1
    assert len(mentions("The meeting will be held July 15 and holders of record on April 27 may vote.",
                        "meeting")) == 1
    assert len(mentions("The system was unveiled on March 20 and in operation for the first time today.",
                        "unveiled")) == 1


def test_a_conjunct_with_a_verb_of_its_own_is_no_instance():
    found = mentions("Chile attacked Peru on Monday and Bolivia retaliated on Tuesday.", "attacked")
    assert [m.date.value for m in found] == ["2021-05-03"]


def test_figures_of_one_happening_and_days_of_one_meeting_are_no_instances():
    assert len(mentions("Chile cut output by 5 pct in May and 8 pct in June.", "cut output")) <= 1
    assert len(mentions("Chile and Peru held talks on Monday and Tuesday.", "talks")) == 1


def test_the_merge_keeps_two_instances_of_one_word_apart():
    text = "The Ruritanian president visited the port city of Lima in March and again in April."
    visits = [mention("042", (month, "explicit"), [], trigger="visited", obj="Lima", start=24)
              for month in ("2021-03", "2021-04")]
    events = merge.merge_events([document("a", "2021-05-06", *visits, text=text)], ACTORS)
    assert sorted(event.date.value for event in events) == ["2021-03", "2021-04"]


def test_a_noun_of_the_verbs_kind_after_a_word_of_sequence_is_another_happening():
    found = mentions("Chilean troops attacked Peru after an attack by Peru on Sunday.", "attacked") + \
        mentions("Chilean troops attacked Peru after an attack by Peru on Sunday.", "attack")
    assert sorted([p.actor for p in m.actors if p.role == "source"] for m in found) == [["chile"], ["peru"]]
    assert len(mentions("Chilean troops repelled an attack on Sunday.", "attack")) == 0


def doers(found):
    return [[p.actor for p in m.actors if p.role == "source"] for m in found]


def test_doers_said_each_to_have_done_it_did_it_each_on_their_own():
    found = mentions("Brazil and Argentina each protested to the United Nations on Monday.", "protested")
    assert doers(found) == [["brazil"], ["argentina"]]
    assert [m.date.value for m in found] == ["2021-05-03", "2021-05-03"]
    assert doers(mentions("Brazil, Chile and Argentina have both protested to the United Nations.",
                          "protested")) == [["brazil"], ["chile"], ["argentina"]]


def test_doers_named_together_without_each_did_it_together():
    assert doers(mentions("Brazil and Argentina protested to the United Nations on Monday.", "protested")) == [
        ["brazil", "argentina"]]


def test_each_after_the_verb_or_a_happening_of_two_sides_is_one_instance():
    assert doers(mentions("Brazil and Argentina rejected each offer on Monday.", "rejected")) == [
        ["brazil", "argentina"]]
    assert len(mentions("Brazil and Argentina both signed the treaty on Monday.", "signed")) == 1


def test_a_preposition_written_again_before_each_party_gives_each_its_own_instance():
    found = mentions("Chile imposed sanctions against Libya and against Syria on Monday.", "imposed sanctions")
    assert targets(found) == [("2021-05-03", ["libya"]), ("2021-05-03", ["syria"])]
    assert "Syria" not in found[0].title and "Libya" not in found[1].title
    found = mentions("Chile protested to France, to Italy and to Spain over the seizure.", "protested")
    assert [t for _, t in targets(found)] == [["france"], ["italy"], ["spain"]]


def test_a_party_of_a_happening_of_two_sides_keeps_its_role_in_each_instance():
    found = mentions("Chile held talks with Japan and with Peru on Monday.", "talks")
    assert [sorted(p.actor for p in m.actors) for m in found] == [["chile", "japan"], ["chile", "peru"]]


def test_parties_listed_under_one_preposition_take_part_in_one_happening():
    assert len(mentions("Chile signed a treaty with France and Germany on Monday.", "signed")) == 1
    assert len(mentions("Chile voiced concern over trade with Japan and with Tokyo's handling of the dispute.",
                        "voiced concern")) <= 1


def test_the_merge_keeps_the_instances_of_each_party_apart():
    text = "Chile imposed sanctions against Libya and against Syria on Monday."
    doc = Document(id="d1", path="d1.txt", text=text, published="2021-05-06", published_source="metadata",
                   body=[(0, len(text))])
    events = merge.merge_events([pipeline.extract(doc)], ACTORS)
    assert sorted(p.actor for event in events for p in event.actors if p.role == "target") == ["libya", "syria"]
    assert len(events) == 2


def test_an_object_counted_by_an_amount_of_its_own_after_and_is_a_second_instance():
    found = mentions("Acme Corp bought 100,000 shares of Widget Inc and 50,000 shares of Gadget Corp on Friday.",
                     "bought 100,000 shares")
    assert [sorted(p.actor for p in m.actors) for m in found] == [["acme", "widget"], ["acme", "gadget"]]
    assert "Gadget" not in found[0].title and "50,000" in found[1].title
    found = mentions("Acme Corp will issue a 50 billion yen unsecured bond and a 30 billion yen unsecured note.",
                     "issue a 50 billion yen unsecured bond")
    assert [m.object for m in found] == ["a 50 billion yen unsecured bond", "a 30 billion yen unsecured note"]


def test_sums_of_one_price_ranges_habits_and_clauses_of_their_own_are_no_instances():
    assert len(mentions("The group offered 64 dlrs in cash and 2.50 dlrs in notes for each Acme share.",
                        "offered 64 dlrs in cash")) == 1
    assert len(mentions("Acme Corp raised prices by between 5 pct and 10 pct.", "raised prices")) == 1
    assert len(mentions("The agency inspects 127 mln head of cattle and 4.5 billion chickens every year.",
                        "inspects")) == 1
    assert len(mentions("Acme Corp bought 100,000 shares of Widget Inc and 50,000 shares were sold to Gadget Corp.",
                        "bought 100,000 shares")) == 1

"""The cross-article merge and publication-date inference, on hand-built documents and event mentions."""

import random
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventgraph import merge
from eventgraph.merge import relation, telling
from eventgraph.merge.cluster import short_names
from eventgraph.merge.dates import iso, related
from eventgraph.model import (Actor, Date, Document, EventMention, Mention, Participant, Sentence, Timex,
                              granularity)
from eventgraph.temporal.intervals import interval

ACTORS = [Actor("freedonia", "Freedonia", "country"), Actor("jan-novak", "Jan Novak", "person",
                                                            affiliation="ruritania"),
          Actor("ruritania", "Ruritania", "country"), Actor("sue-smith", "Sue Smith", "person",
                                                            affiliation="ruritania")]


def mention(code, date, actors, trigger="signed", obj=None, title=None, sentence=0, start=0):
    value, source = date if date else (None, "none")
    return EventMention(sentence=sentence, trigger_start=start, trigger_end=start + len(trigger), trigger=trigger,
                        code=code, label="", title=title or f"{code} {trigger}",
                        date=Date(value, granularity(value), source, None), actors=[
                            Participant(actor, role) for actor, role in actors], object=obj)


def document(doc_id, published, *mentions, text="Ruritania and Freedonia signed the accord."):
    sentences = [Sentence(0, len(text), text)] + [Sentence(len(text) + 1, 2 * len(text) + 1, text)]
    return Document(id=doc_id, path=f"{doc_id}.txt", text=text + " " + text, published=published,
                    published_source="text" if published else None, sentences=sentences,
                    event_mentions=list(mentions))


SIGNERS = [("ruritania", "participant"), ("freedonia", "participant")]


def test_intervals_of_every_precision():
    assert [iso(day) for day in interval("2024-06-19")] == ["2024-06-19", "2024-06-19"]
    assert [iso(day) for day in interval("2024-W25")] == ["2024-06-17", "2024-06-23"]
    assert [iso(day) for day in interval("2024-W25-WE")] == ["2024-06-22", "2024-06-23"]
    assert [iso(day) for day in interval("196")] == ["1960-01-01", "1969-12-31"]
    assert [iso(day) for day in interval("20")] == ["2000-01-01", "2099-12-31"]
    assert [iso(day) for day in interval("1998-Q3")] == ["1998-07-01", "1998-09-30"]
    # a season, not a week; winter is the year of its January
    assert [iso(day) for day in interval("2001-WI")] == ["2000-12-01", "2001-02-28"]
    assert interval("PRESENT_REF") is None


def test_a_date_given_another_relation_keeps_every_other_field():
    given = Date("2024-06", "month", "explicit", "since June", "since", "2024-06-30")
    assert related(given, "before") == replace(given, relation="before")
    assert given.relation == "since"


def test_one_happening_reported_by_three_articles_is_one_event():
    docs = [
        document("a", "2021-05-06", mention("057", ("2021-05-05", "relative"), SIGNERS, obj="the accord")),
        document("b", "2021-05-07", mention("057", ("2021-05", "explicit"), [("jan-novak", "participant"),
                                                                            ("freedonia", "participant")],
                                            obj="the treaty")),
        document("c", "2021-05-06", mention("057", ("2021-05-06", "publication"), SIGNERS, trigger="inked")),
    ]
    [event] = merge.merge_events(docs, ACTORS)
    assert event.date.value == "2021-05-05" and event.date.source == "relative"
    assert len({source.doc for source in event.sources}) == 3
    assert {source.doc: source.date.value for source in event.sources} == {
        "a": "2021-05-05", "b": "2021-05", "c": "2021-05-06"}
    assert event.conflicts == []


def test_a_decade_and_a_year_within_it_agree():
    docs = [document("a", "2021-05-06", mention("057", ("195", "explicit"), [], trigger="agreement",
                                                obj="defence agreement")),
            document("b", "2021-05-06", mention("057", ("1958", "explicit"), [], trigger="treaty",
                                                obj="1958 treaty"))]
    [event] = merge.merge_events(docs, ACTORS)
    assert event.date.value == "1958"


def test_visits_to_different_hosts_stay_apart():
    docs = [document("a", "2021-05-06", mention("042", ("2021-05-06", "publication"),
                                                [("jan-novak", "source"), ("freedonia", "target")], "visit")),
            document("b", "2021-05-06", mention("042", ("2021-05-06", "explicit"),
                                                [("jan-novak", "source"), ("sue-smith", "target")], "visit"))]
    assert len(merge.merge_events(docs, ACTORS)) == 2


def test_two_people_of_one_country_are_not_one_speaker():
    docs = [document("a", "2021-05-06", mention("010", ("2021-05-06", "explicit"), [("jan-novak", "source")],
                                                "said")),
            document("b", "2021-05-06", mention("010", ("2021-05-06", "explicit"), [("sue-smith", "source")],
                                                "said"))]
    assert len(merge.merge_events(docs, ACTORS)) == 2


def test_a_person_matches_the_country_they_belong_to():
    docs = [document("a", "2021-05-06", mention("057", ("2021-05-05", "explicit"), SIGNERS)),
            document("b", "2021-05-06", mention("057", ("2021-05-05", "explicit"),
                                                [("jan-novak", "participant"), ("freedonia", "participant")]))]
    assert len(merge.merge_events(docs, ACTORS)) == 1


def test_precise_dates_that_disagree_are_a_conflict():
    docs = [document("a", "2021-05-06", mention("057", ("2021-05-05", "explicit"), SIGNERS, obj="the accord")),
            document("b", "2021-05-07", mention("057", ("2021-05-06", "explicit"), SIGNERS, obj="the accord"))]
    [event] = merge.merge_events(docs, ACTORS)
    assert event.date.value == "2021-05-05"
    assert event.conflicts == ["2021-05-06 (b)"]


def test_different_types_on_one_day_stay_apart():
    docs = [document("a", "2021-05-06", mention("057", ("2021-05-05", "explicit"), SIGNERS)),
            document("b", "2021-05-06", mention("111", ("2021-05-05", "explicit"),
                                                [("ruritania", "source"), ("freedonia", "target")], "criticized"))]
    assert sorted(event.code for event in merge.merge_events(docs, ACTORS)) == ["057", "111"]


def test_ids_and_order_do_not_depend_on_input_order():
    def build(order):
        docs = [document(f"d{n}", "2021-05-06",
                         mention("057", (f"2021-0{1 + n % 3}-05", "explicit"), SIGNERS),
                         mention("111", ("2021-05-06", "publication"),
                                 [("ruritania", "source"), ("freedonia", "target")], "criticized", sentence=1,
                                 start=50))
                for n in order]
        return [(event.id, event.date.value, len(event.sources)) for event in merge.merge_events(docs, ACTORS)]
    order = list(range(6))
    first = build(order)
    random.Random(3).shuffle(order)
    assert build(order) == first
    assert len(first) == 4
    assert [value for _, value, _ in first] == sorted(value for _, value, _ in first)


def test_undated_article_is_dated_from_the_happening_it_shares():
    signing = [("jan-novak", "participant"), ("freedonia", "participant")]
    dated = [document(doc_id, published, mention("057", ("2021-05-05", "relative"), signing, obj="the accord"))
             for doc_id, published in (("a", "2021-05-06"), ("b", "2021-05-06"), ("c", "2021-05-07"))]
    undated = document("u", None, mention("057", None, signing, obj="the accord"))
    undated.event_mentions[0].date = Date(None, "none", "none", "Wednesday")
    unrelated = document("v", None, mention("111", None, [("sue-smith", "source")], "criticized"))
    changed = merge.infer_publication_dates(dated + [undated, unrelated])
    assert changed == [undated]
    assert undated.published == "2021-05-06" and undated.published_source == "inferred"
    assert any("2021-05-05" in line and "Wednesday" in line for line in undated.published_evidence)
    assert unrelated.published is None


def test_no_dated_article_no_inference():
    undated = document("u", None, mention("057", None, SIGNERS))
    assert merge.infer_publication_dates([undated]) == []


def test_codes_of_one_root_merge_only_through_the_general_code():
    talks = mention("046", ("2021-05-05", "explicit"), SIGNERS, "talks", obj="border talks")
    meeting = mention("040", ("2021-05-05", "explicit"), SIGNERS, "met", obj="border talks")
    praise = mention("051", ("2021-05-05", "explicit"), SIGNERS, "praised", obj="the accord")
    signing = mention("057", ("2021-05-05", "explicit"), SIGNERS, obj="the accord")
    assert len(merge.merge_events([document("a", "2021-05-06", talks), document("b", "2021-05-06", meeting)],
                                  ACTORS)) == 1
    assert len(merge.merge_events([document("a", "2021-05-06", praise), document("b", "2021-05-06", signing)],
                                  ACTORS)) == 2


def test_two_specific_codes_of_one_root_told_by_one_verb_are_one_happening():
    bidder = [("ruritania", "source"), ("freedonia", "target")]
    priced = mention("031", ("2021-05-05", "explicit"), bidder, "offered", obj="50 dlrs a share")
    intent = mention("033", ("2021-05-05", "explicit"), bidder, "offered", obj="to buy the company")
    made = mention("031", ("2021-05-05", "explicit"), bidder, "made", obj="an offer")
    bid = mention("031", ("2021-05-05", "explicit"), bidder, "bid", obj="for the company")
    for one, other in ((priced, intent), (made, intent)):
        assert len(merge.merge_events([document("a", "2021-05-06", one), document("b", "2021-05-06", other)],
                                      ACTORS)) == 1
    assert len(merge.merge_events([document("a", "2021-05-06", bid), document("b", "2021-05-06", intent)],
                                  ACTORS)) == 2


def test_actorless_reports_of_one_kind_on_one_day_are_one_event():
    docs = [document("a", "2021-05-06", mention("143", ("2021-05-03", "relative"), [], trigger="strike")),
            document("b", "2021-05-07", mention("143", ("2021-05-03", "relative"), [], trigger="stoppage"))]
    [event] = merge.merge_events(docs, ACTORS)
    assert len({source.doc for source in event.sources}) == 2


def test_an_undated_report_with_actors_takes_the_date_of_the_actorless_one_of_its_week():
    docs = [document("a", "2021-05-06", mention("143", ("2021-05-03", "relative"), [], trigger="strike")),
            document("b", "2021-05-06", mention("143", ("2021-05-06", "publication"),
                                                [("ruritania", "source")], trigger="walkout"))]
    [event] = merge.merge_events(docs, ACTORS)
    assert (event.date.value, len({source.doc for source in event.sources})) == ("2021-05-03", 2)


def test_in_a_dated_story_an_undated_happening_of_one_article_is_left_out():
    dated = document("a", "2021-05-06", mention("057", ("2021-05-05", "relative"), SIGNERS))
    undated = document("u", None, mention("111", None, [("ruritania", "source")], trigger="criticized"))
    assert [event.code for event in merge.merge_events([dated, undated], ACTORS)] == ["057"]
    assert [event.code for event in merge.merge_events([undated], ACTORS)] == ["111"]


def test_in_a_dated_story_an_undated_plan_of_one_article_with_a_party_is_kept():
    dated = document("a", "2021-05-06", mention("057", ("2021-05-05", "relative"), SIGNERS))

    def planned(own, actors):
        found = replace(mention("042", None, actors, trigger="visit"), modality="planned", own_plan=own)
        return document("p", "2021-05-06", found)
    assert [e.code for e in merge.merge_events([dated, planned(True, [("ruritania", "source")])], ACTORS)] == \
        ["057", "042"]
    assert [e.code for e in merge.merge_events([dated, planned(False, [("ruritania", "source")])], ACTORS)] == ["057"]
    assert [e.code for e in merge.merge_events([dated, planned(True, [])], ACTORS)] == ["057"]


def told(doc_id, published, text, trigger, code, actors, timex=None, value=None):
    """A one-sentence article whose `trigger` reports a happening, dated by the time expression `timex`
    (resolved to `value`) or, without one, by the publication date."""
    start = text.index(trigger)
    timexes, date = [], Date(published, "day", "publication")
    if timex:
        at = text.index(timex)
        timexes = [Timex(at, at + len(timex), timex, "DATE", value)]
        date = Date(value, granularity(value), "explicit", timex)
    event = EventMention(sentence=0, trigger_start=start, trigger_end=start + len(trigger), trigger=trigger,
                         code=code, label="", title=f"{code} {trigger}", date=date, timex=0 if timex else None,
                         actors=[Participant(actor, role) for actor, role in actors])
    return Document(id=doc_id, path=f"{doc_id}.txt", text=text, published=published, published_source="text",
                    sentences=[Sentence(0, len(text), text)], timexes=timexes, event_mentions=[event])


SPEAKER = [("jan-novak", "source")]


@pytest.mark.parametrize("text, relation", [
    ("Ruritania cut its export duty on coffee, effective immediately.", "on"),
    ("Ruritania cut its export duty on coffee with immediate effect.", "on"),
    ("Ruritania cut its export duty on coffee.", "before"),
])
def test_a_change_that_takes_effect_at_once_is_on_the_day_of_its_report(text, relation):
    [cut] = merge.merge_events([told("a", "2021-05-06", text, "cut", "00", [("ruritania", "source")])], ACTORS)
    assert (cut.date.value, cut.date.relation) == ("2021-05-06", relation)


@pytest.mark.parametrize("text, relation", [
    ("Rumours that Ruritania had seized the barges lifted grain prices in Freedonia today.", "before"),
    ("Ruritania had seized the barges today.", "on"),
    ("Ruritania had seized the barges of United Shipping today.", "on"),  # a name, no verb
    ("Ruritania seized the barges, which lifted grain prices in Freedonia today.", "on"),
])
def test_a_past_perfect_is_before_the_date_of_a_later_verb(text, relation):
    article = told("a", "2021-05-06", text, "seized", "171", [("ruritania", "source")], "today", "2021-05-06")
    [seized] = merge.merge_events([article], ACTORS)
    assert (seized.date.value, seized.date.relation) == ("2021-05-06", relation)


@pytest.mark.parametrize("text, relation", [
    ("Bankers attending the Ruritania Development Fund's annual meeting here said rates would fall.", "on"),
    ("Bankers said the Ruritania Development Fund's annual meeting was a success.", "before"),
])
def test_a_gathering_told_as_attended_is_on_the_day_of_its_report(text, relation):
    [meeting] = merge.merge_events([told("a", "2021-05-06", text, "meeting", "040", [("ruritania", "source")])],
                                   ACTORS)
    assert (meeting.date.value, meeting.date.relation) == ("2021-05-06", relation)


@pytest.mark.parametrize("text, timex, value, dated", [
    ("Jan Novak said he raised the export tariff to 12 pct, effective tomorrow.", "tomorrow", "2021-05-07",
     ("2021-05-07", "on")),
    ("Jan Novak said he will cut the export tariff, with effect from June 1.", "June 1", "2021-06-01",
     ("2021-06-01", "on")),
    ("Jan Novak said he raised the export tariff to 12 pct, effective immediately.", None, None,
     ("2021-05-06", "on")),
    ("Jan Novak said he raised the export tariff to 12 pct on wheat from Freedonia.", None, None,
     ("2021-05-06", "before")),
])
def test_a_statement_of_a_change_is_dated_by_the_day_it_takes_effect(text, timex, value, dated):
    article = told("a", "2021-05-06", text, "said", "010", SPEAKER)
    if timex:
        at = text.index(timex)
        article.timexes = [Timex(at, at + len(timex), timex, "DATE", value, relative=True)]
    [said] = merge.merge_events([article], ACTORS)
    assert (said.date.value, said.date.relation) == dated


def test_taking_effect_at_once_belongs_to_the_nearest_happening_before_it():
    article = told("a", "2021-05-06", "Ruritania cut its export duty, and Jan Novak resigned effective immediately.",
                   "cut", "00", [("ruritania", "source")])
    start = article.text.index("resigned")
    article.event_mentions.append(EventMention(
        sentence=0, trigger_start=start, trigger_end=start + len("resigned"), trigger="resigned", code="083",
        label="", title="083 resigned", date=Date("2021-05-06", "day", "publication"),
        actors=[Participant("jan-novak", "source")]))
    dates = {event.code: (event.date.value, event.date.relation) for event in merge.merge_events([article], ACTORS)}
    assert dates == {"00": ("2021-05-06", "before"), "083": ("2021-05-06", "on")}


def test_a_statement_without_a_date_is_reported_and_a_deed_without_one_happened_before():
    [said] = merge.merge_events([told("a", "2021-05-06", "Jan Novak said the talks would go on.", "said", "010",
                                      SPEAKER)], ACTORS)
    assert (said.date.value, said.date.relation) == ("2021-05-06", "reported")
    [denied] = merge.merge_events([told("a", "2021-05-06", "Jan Novak has repeatedly denied it.", "denied", "010",
                                        SPEAKER)], ACTORS)
    assert denied.date.relation == "before"
    [struck] = merge.merge_events([told("a", "2021-05-06", "Ruritania struck the port.", "struck", "190",
                                        [("ruritania", "source")])], ACTORS)
    assert (struck.date.value, struck.date.relation) == ("2021-05-06", "before")


def test_an_intent_without_a_day_of_its_own_is_only_reported():
    article = told("a", "2021-05-06", "Jan Novak said he may obtain a loan from Acme Bank.", "obtain", "071",
                   [("jan-novak", "target")])
    article.event_mentions[0].modality = "planned"
    [loan] = merge.merge_events([article], ACTORS)
    assert (loan.date.value, loan.date.relation) == ("2021-05-06", "reported")


def test_a_statement_in_the_past_inside_a_quotation_happened_before_its_report():
    [warned] = merge.merge_events([told("a", "2021-05-06", '"We warned them twice," Jan Novak said.', "warned", "130",
                                        SPEAKER)], ACTORS)
    assert (warned.date.value, warned.date.relation) == ("2021-05-06", "before")


@pytest.mark.parametrize("text, trigger, code", [
    ("Freedonia sued Ruritania over the dam.", "sued", "115"),
    ("A court convicted Jan Novak of fraud.", "convicted", "116"),
])
def test_a_lawsuit_or_a_verdict_without_a_date_happened_before_not_on_the_report(text, trigger, code):
    [event] = merge.merge_events([told("a", "2021-05-06", text, trigger, code, [("freedonia", "source")])], ACTORS)
    assert (event.date.value, event.date.relation) == ("2021-05-06", "before")


def test_a_statement_told_as_already_over_happened_before_the_report():
    for text, trigger in (("Jan Novak earlier accused Freedonia of lying.", "accused"),
                          ("Jan Novak had recently accused Freedonia of lying.", "accused"),
                          ("Previously, Jan Novak accused Freedonia of lying.", "accused")):
        [event] = merge.merge_events([told("a", "2021-05-06", text, trigger, "112",
                                           SPEAKER + [("freedonia", "target")])], ACTORS)
        assert (event.date.value, event.date.relation) == ("2021-05-06", "before"), text
    [event] = merge.merge_events([told("a", "2021-05-06", "Jan Novak accused Freedonia of lying, and said it "
                                       "earlier.", "accused", "112", SPEAKER + [("freedonia", "target")])], ACTORS)
    assert event.date.relation == "reported"


@pytest.mark.parametrize("text, trigger, timex, expected", [
    # a month after the verb of what was said is the time of what was said, not of the saying
    ("Jan Novak said the deficit could reach 2 pct in April.", "said", "April", ("2021-05-06", "reported")),
    ("Jan Novak said that exports fell in April.", "said", "April", ("2021-05-06", "reported")),
    ("Jan Novak offered to cut the tariff from April.", "offered", "April", ("2021-05-06", "reported")),
    # a period not over at the report names what was said
    ("Jan Novak attacked the figures for this year.", "attacked", "this year", ("2021-05-06", "reported")),
    ("Jan Novak reported the April trade deficit was lower.", "reported", "April", ("2021-05-06", "reported")),
    ("Jan Novak reported a deficit of 2 pct in April.", "reported", "April", ("2021-05-06", "reported")),
    ("Jan Novak said April's deficit was lower.", "said", "April", ("2021-05-06", "reported")),
    # with no verb between, it dates the statement itself
    ("Jan Novak warned in April the deficit could grow.", "warned", "April", ("2021-04", "on")),
    ("The pledge was repeated by Jan Novak at the summit in April.", "repeated", "April", ("2021-04", "on")),
    # a period begun before the report and not over by it dates the statement made in it, as one over does
    ("Jan Novak said in a report this month the deficit could grow.", "said", "this month", ("2021-05", "on")),
    ("Jan Novak warned earlier this month the deficit could grow.", "warned", "earlier this month",
     ("2021-05", "on")),
    ("Jan Novak said this month's deficit could grow.", "said", "this month", ("2021-05-06", "reported")),
    ("Jan Novak said the deficit could grow this month.", "said", "this month", ("2021-05-06", "reported")),
    # after "for", the period a proposal is for
    ("The tax was proposed by Jan Novak for this year.", "proposed", "this year", ("2021-05-06", "reported")),
    ("The tax was proposed by Jan Novak for April.", "proposed", "April", ("2021-05-06", "reported")),
    ("The tax was proposed by Jan Novak for the 2021-22 season.", "proposed", "2021", ("2021-05-06", "reported")),
    # one that starts after the report names what was said
    ("Jan Novak warned next month the deficit could grow.", "warned", "next month", ("2021-05-06", "reported")),
])
def test_a_month_after_a_statement_dates_it_unless_a_verb_of_what_was_said_stands_between(text, trigger, timex,
                                                                                       expected):
    value = {"this year": "2021", "2021": "2021", "this month": "2021-05", "earlier this month": "2021-05",
             "next month": "2021-06"}.get(timex, "2021-04")
    [event] = merge.merge_events([told("a", "2021-05-06", text, trigger, "010", SPEAKER, timex, value)], ACTORS)
    assert (event.date.value, event.date.relation) == expected


@pytest.mark.parametrize("text, timex, value, expected", [
    # a statement of the speaker's own past deed stands for the deed, which a date of its clause dates
    ("Jan Novak said he signed the lease on April 20.", "April 20", "2021-04-20", ("2021-04-20", "on")),
    ("Jan Novak said he sold the farm last December.", "last December", "2020-12", ("2020-12", "on")),
    # a comma inside a number does not end the deed's clause
    ("Jan Novak said he sold 12,400 hectares on April 20.", "April 20", "2021-04-20", ("2021-04-20", "on")),
    # a day written with no preposition after the deed's object is the deed's
    ("Jan Novak said he filed for bankruptcy Feb 3, 2020.", "Feb 3, 2020", "2020-02-03", ("2020-02-03", "on")),
    ("Jan Novak said he paid holders of record April 20.", "April 20", "2021-04-20", ("2021-05-06", "before")),
    # past whom a verb of telling tells
    ("Jan Novak told the Freedonia Herald he sold the farm on April 20.", "April 20", "2021-04-20",
     ("2021-04-20", "on")),
    # a date the deed's verb does not take names something else: the deed stays undated
    ("Jan Novak said he extended the lease to April 20.", "April 20", "2021-04-20", ("2021-05-06", "before")),
    ("Jan Novak said he extended the review beyond April 20.", "April 20", "2021-04-20", ("2021-05-06", "before")),
    ("Jan Novak said he sold two farms bought in April.", "April", "2021-04", ("2021-05-06", "before")),
    ("Jan Novak said he sold the farm in the April auction.", "April", "2021-04", ("2021-05-06", "before")),
    # a deed of the report's own day
    ("Jan Novak said he sold the farm today.", "today", "2021-05-06", ("2021-05-06", "on")),
    ("Jan Novak said he sold the farm this morning.", "this morning", "2021-05-06TMO", ("2021-05-06TMO", "on")),
    ("Jan Novak said he raised the rent with effect from today.", "today", "2021-05-06", ("2021-05-06", "before")),
    # not over by the report, or what he said rather than did
    ("Jan Novak said he signed the lease for May.", "May", "2021-05", ("2021-05-06", "before")),
    ("Jan Novak said he expected a sale in April.", "April", "2021-04", ("2021-05-06", "reported")),
])
def test_a_statement_of_a_past_deed_takes_the_date_of_the_deeds_clause(text, timex, value, expected):
    doc = told("a", "2021-05-06", text, "told" if " told " in text else "said", "010", SPEAKER)
    at = text.index(timex)
    doc.timexes = [Timex(at, at + len(timex), timex, "DATE", value)]
    [event] = merge.merge_events([doc], ACTORS)
    assert (event.date.value, event.date.relation) == expected


@pytest.mark.parametrize("text, timex, value, expected", [
    # a statement of a deed the speaker will do stands for it when the deed's clause dates it ahead
    ("Jan Novak said he will sign the lease on May 20.", "May 20", "2021-05-20", ("2021-05-20", "on")),
    ("Jan Novak said he plans to sell the farm next month.", "next month", "2021-06", ("2021-06", "on")),
    # a day after "on" places the verb, whose object may follow it; a date right before a noun names the noun
    ("Jan Novak said he plans to sell on May 20 all of his farms.", "May 20", "2021-05-20", ("2021-05-20", "on")),
    ("Jan Novak said he will repay the loan in 2022 dollars.", "2022", "2022", ("2021-05-06", "reported")),
    # no deed to date: a state, a deed denied, or a date the verb does not take
    ("Jan Novak said he will remain chairman in June.", "June", "2021-06", ("2021-05-06", "reported")),
    ("Jan Novak said he will not sell the farm in June.", "June", "2021-06", ("2021-05-06", "reported")),
    ("Jan Novak said he will extend the lease to May 20.", "May 20", "2021-05-20", ("2021-05-06", "reported")),
])
def test_a_statement_of_a_planned_deed_takes_the_date_ahead_that_its_clause_gives(text, timex, value, expected):
    doc = told("a", "2021-05-06", text, "said", "010", SPEAKER)
    at = text.index(timex)
    doc.timexes = [Timex(at, at + len(timex), timex, "DATE", value)]
    [event] = merge.merge_events([doc], ACTORS)
    assert (event.date.value, event.date.relation) == expected


def test_a_happening_going_on_at_the_report_is_on_its_day():
    [event] = merge.merge_events([told("a", "2021-05-06", "Jan Novak is holding talks with Freedonia.", "holding",
                                       "046", SPEAKER + [("freedonia", "target")])], ACTORS)
    assert (event.date.value, event.date.relation) == ("2021-05-06", "on")


def test_a_happening_a_speaker_said_was_going_on_is_on_the_day_of_the_report():
    text = "Jan Novak said he was holding talks with Freedonia."
    [event] = merge.merge_events([told("a", "2021-05-06", text, "talks", "046", SPEAKER)], ACTORS)
    assert (event.date.value, event.date.relation) == ("2021-05-06", "on")
    text = "Jan Novak said on Monday he was holding talks with Freedonia."
    doc = told("a", "2021-05-06", text, "talks", "046", SPEAKER)
    at = text.index("Monday")
    doc.timexes = [Timex(at, at + 6, "Monday", "DATE", "2021-05-03")]  # the statement's day, and so the talks'
    [event] = merge.merge_events([doc], ACTORS)
    assert (event.date.value, event.date.relation) == ("2021-05-03", "on")
    text = "Jan Novak said he was in Freedonia on Monday and was holding talks there."
    doc = told("a", "2021-05-06", text, "talks", "046", SPEAKER)
    at = text.index("Monday")
    doc.timexes = [Timex(at, at + 6, "Monday", "DATE", "2021-05-03")]  # another clause's day, not the report's
    [event] = merge.merge_events([doc], ACTORS)
    assert (event.date.value, event.date.relation) == ("2021-05-06", "before")


def test_says_on_different_days_are_different_statements():
    says = [told(doc_id, day, "Jan Novak said the talks would go on.", "said", "010", SPEAKER)
            for doc_id, day in (("a", "2021-05-06"), ("b", "2021-05-06"), ("c", "2021-05-08"))]
    events = merge.merge_events(says, ACTORS)
    assert sorted(len(event.sources) for event in events) == [1, 2]
    assert {event.date.value for event in events} == {"2021-05-06", "2021-05-08"}


def test_a_running_tally_holds_since_its_start_and_each_report_is_its_own():
    text = "At least 300 people have been killed since March."
    tallies = [told(doc_id, day, text, "killed", "190", [("ruritania", "source")], "March", "2021-03")
               for doc_id, day in (("a", "2021-05-06"), ("b", "2021-05-20"))]
    events = merge.merge_events(tallies, ACTORS)
    assert sorted((e.date.value, e.date.relation, e.date.until) for e in events) == [
        ("2021-03", "since", "2021-05-06"), ("2021-03", "since", "2021-05-20")]


def test_a_first_visit_since_a_year_is_not_dated_by_that_year():
    doc = told("a", "2021-05-06", "It is his first visit since 2000.", "visit", "042",
               [("jan-novak", "source"), ("freedonia", "target")], "2000", "2000")
    [event] = merge.merge_events([doc], ACTORS)
    assert (event.date.value, event.date.relation) == ("2021-05-06", "before")


def test_a_when_clause_after_since_happened_on_that_day():
    doc = told("a", "2021-05-06", "It is the worst fighting since May 3, when Ruritania struck the port.", "struck",
               "190", [("ruritania", "source")], "May 3", "2021-05-03")
    [event] = merge.merge_events([doc], ACTORS)
    assert (event.date.value, event.date.relation) == ("2021-05-03", "on")


@pytest.mark.parametrize("text, trigger, timex, value, expected", [
    # the day it ends: the happening goes on at the report, or it happened before it, or it is yet to come
    ("The strike by Ruritania's dockers is expected to continue until May 12.", "strike", "May 12", "2021-05-12",
     ("2021-05-06", "on")),
    ("Ruritania imposed a curfew on the port until May 12.", "imposed", "May 12", "2021-05-12",
     ("2021-05-06", "before")),
    ("Ruritania will impose a curfew on the port until May 12.", "impose", "May 12", "2021-05-12", (None, "on")),
    # the day to come it is told to end on: under way at the report
    ("The talks in Ruritania, which are due to end on May 12, went on.", "talks", "May 12", "2021-05-12",
     ("2021-05-06", "on")),
    ("The Ruritanian talks will close May 12.", "talks", "May 12", "2021-05-12", ("2021-05-06", "on")),
    ("Ruritania posted its results for the year end May 12.", "posted", "May 12", "2021-05-12",
     ("2021-05-12", "on")),  # the end of an accounting period
    ("Under the talks, Ruritania's rule of the port would end on May 12.", "talks", "May 12", "2021-05-12",
     ("2021-05-12", "on")),  # another subject ends
    # a delay, an absence, or a "when" clause: the happening comes on that day
    ("Ruritania postponed the talks until May 12.", "talks", "May 12", "2021-05-12", ("2021-05-12", "on")),
    ("Ruritania will not lift the curfew until May 12.", "lift", "May 12", "2021-05-12", ("2021-05-12", "on")),
    ("The port stayed open until May 3, when Ruritania imposed a curfew.", "imposed", "May 3", "2021-05-03",
     ("2021-05-03", "on")),
])
def test_a_date_after_until_is_where_a_happening_ends(text, trigger, timex, value, expected):
    [event] = merge.merge_events([told("a", "2021-05-06", text, trigger, "170", [("ruritania", "source")], timex,
                                       value)], ACTORS)
    assert (event.date.value, event.date.relation) == expected


@pytest.mark.parametrize("code, expected", [("061", ("2021-05-12", "on")), ("040", ("2021-05-06", "on"))])
def test_a_sale_closes_when_it_is_done_while_talks_close_when_they_end(code, expected):
    text = "The merger in Ruritania is expected to close on May 12."
    [event] = merge.merge_events([told("a", "2021-05-06", text, "merger", code, [("ruritania", "source")], "May 12",
                                       "2021-05-12")], ACTORS)
    assert (event.date.value, event.date.relation) == expected


def signed_then_protested(published, day_text, day_value, later="Two days after the signing"):
    """A signing dated by the text, then a protest "two days after the signing" (or `later`) that the text dates
    no other way."""
    first = f"Ruritania and Freedonia signed the accord on {day_text}."
    text = f"{first} {later}, Freedonia protested."
    doc = told("a", published, text, "signed", "057", SIGNERS, day_text, day_value)
    start = text.index("protested")
    doc.sentences = [Sentence(0, len(first), first), Sentence(len(first) + 1, len(text), text[len(first) + 1:])]
    doc.event_mentions.append(EventMention(sentence=1, trigger_start=start, trigger_end=start + 9,
                                           trigger="protested", code="141", label="", title="protest",
                                           date=Date(published, "day", "publication"),
                                           actors=[Participant("freedonia", "source")]))
    return doc


def test_a_narrative_anchor_dates_from_the_happening_told_before():
    events = merge.merge_events([signed_then_protested("2021-05-10", "May 3", "2021-05-03")], ACTORS)
    assert {e.code: (e.date.value, e.date.relation) for e in events} == {
        "057": ("2021-05-03", "on"), "141": ("2021-05-05", "on")}


def test_an_anchor_in_the_same_sentence_dates_the_clause_after_it():
    text = "Ruritania and Freedonia signed the accord on May 7, two days after Freedonia protested."
    doc = told("a", "2021-05-10", text, "signed", "057", SIGNERS, "May 7", "2021-05-07")
    start = text.index("protested")
    doc.event_mentions.append(EventMention(sentence=0, trigger_start=start, trigger_end=start + 9,
                                           trigger="protested", code="141", label="", title="protest",
                                           date=Date("2021-05-10", "day", "publication"),
                                           actors=[Participant("freedonia", "source")]))
    events = merge.merge_events([doc], ACTORS)
    assert {e.code: (e.date.value, e.date.text) for e in events} == {
        "057": ("2021-05-07", "May 7"), "141": ("2021-05-05", "two days after")}


def test_hours_later_is_the_same_day():
    events = merge.merge_events([signed_then_protested("2021-05-10", "May 3", "2021-05-03", "Hours later")], ACTORS)
    assert {e.code: (e.date.value, e.date.relation) for e in events} == {
        "057": ("2021-05-03", "on"), "141": ("2021-05-03", "on")}


def test_an_anchor_that_would_move_past_the_calendar_dates_nothing():
    events = merge.merge_events([signed_then_protested("9999-12-31", "December 30", "9999-12-30")], ACTORS)
    assert {e.code: e.date.value for e in events} == {"057": "9999-12-30", "141": "9999-12-31"}


def test_conflicting_dates_keep_every_date_with_its_articles():
    docs = [document("a", "2021-05-06", mention("057", ("2021-05-05", "explicit"), SIGNERS, obj="the accord")),
            document("b", "2021-05-07", mention("057", ("2021-05-06", "explicit"), SIGNERS, obj="the accord")),
            document("c", "2021-05-07", mention("057", ("2021-05-06", "explicit"), SIGNERS, obj="the accord"))]
    [event] = merge.merge_events(docs, ACTORS)
    assert [(claim.value, claim.docs) for claim in event.claims] == [("2021-05-05", ["a"]),
                                                                    ("2021-05-06", ["b", "c"])]
    assert event.date.value == "2021-05-06"  # the date two articles give over the one that one gives
    assert event.conflicts == ["2021-05-05 (a)"]


def test_of_two_dates_one_article_each_gives_a_written_date_wins_over_a_resolved_one():
    docs = [document("a", "2021-05-07", mention("057", ("2021-05-05", "relative"), SIGNERS, obj="the accord")),
            document("b", "2021-05-07", mention("057", ("2021-05-06", "explicit"), SIGNERS, obj="the accord"))]
    [event] = merge.merge_events(docs, ACTORS)
    assert (event.date.value, event.conflicts) == ("2021-05-06", ["2021-05-05 (a)"])


def test_no_chaining_from_may_to_june_through_an_undated_report():
    docs = [document("a", "2021-06-10", mention("042", ("2021-05-04", "explicit"), [("jan-novak", "source")],
                                                "visit", obj="the visit")),
            document("b", "2021-06-10", mention("042", ("2021-06-08", "explicit"), [("jan-novak", "source")],
                                                "visit", obj="the visit")),
            document("c", "2021-06-10", mention("042", ("2021-06-10", "publication"), [("jan-novak", "source")],
                                                "visit", obj="the visit"))]
    events = merge.merge_events(docs, ACTORS)
    assert sorted(e.date.value for e in events) == ["2021-05-04", "2021-06-08"]
    assert sorted(len(e.sources) for e in events) == [1, 2]


def test_a_misread_year_far_outside_the_story_is_not_used_unless_two_articles_give_it():
    killing = [("ruritania", "source")]
    one = [document("a", "2021-05-06", mention("190", ("1400", "explicit"), killing, "killing")),
           document("b", "2021-05-06", mention("057", ("2021-05-05", "explicit"), SIGNERS))]
    assert "1400" not in {e.date.value for e in merge.merge_events(one, ACTORS)}
    two = one + [document("c", "2021-05-07", mention("190", ("1400", "explicit"), killing, "killing"))]
    assert "1400" in {e.date.value for e in merge.merge_events(two, ACTORS)}


def test_statements_dated_only_by_their_report_need_the_same_speaker():
    warned = [("ruritania", "source"), ("freedonia", "target")]
    body = [("jan-novak", "source"), ("freedonia", "target")]
    docs = [told("a", "2021-05-06", "Ruritania warned Freedonia.", "warned", "130", warned),
            told("b", "2021-05-06", "Ruritania warned Freedonia.", "warned", "130", warned),
            told("c", "2021-05-06", "Jan Novak warned Freedonia.", "warned", "130", body)]
    assert sorted(len(event.sources) for event in merge.merge_events(docs, ACTORS)) == [1, 2]


def test_one_speakers_comments_in_two_articles_of_a_day_need_a_word_alike():
    def said(doc_id, what):
        doc = told(doc_id, "2021-05-06", f"Jan Novak said {what}.", "said", "010", SPEAKER)
        doc.event_mentions[0].object = what
        return doc
    docs = [said("a", "the harvest would be poor"), said("b", "the poor harvest would raise prices"),
            said("c", "the ministry was reviewing its budget")]
    assert sorted(sorted(s.doc for s in event.sources) for event in merge.merge_events(docs, ACTORS)) == [
        ["a", "b"], ["c"]]
    one_article = said("a", "the harvest would be poor")
    one_article.event_mentions.append(replace(one_article.event_mentions[0], trigger_start=1,
                                              object="the ministry was reviewing its budget"))
    assert len(merge.merge_events([one_article], ACTORS)) == 1  # one briefing: one comment
    interview = told("d", "2021-05-06", "Jan Novak said on Wednesday the harvest would be poor.", "said", "010",
                     SPEAKER, "Wednesday", "2021-05-05")
    interview.event_mentions[0].object = "the harvest would be poor"
    [event] = merge.merge_events([interview, said("c", "the ministry was reviewing its budget")], ACTORS)
    assert len(event.sources) == 2  # what another article quotes may come from the interview of that day


@pytest.mark.parametrize("code, trigger, first, second, alike", [
    ("130", "threatened", "to veto the tax bill", "to block port sanctions", "to veto the bill"),
    ("190", "attacked", "the northern front", "oil tankers at sea", "the front in the north"),
])
def test_a_doers_deeds_of_a_day_in_two_articles_told_in_no_word_alike_and_of_no_party_are_two(
        code, trigger, first, second, alike):
    def did(doc_id, what):
        doc = told(doc_id, "2021-05-06", f"Ruritania {trigger} {what}.", trigger, code, [("ruritania", "source")])
        doc.event_mentions[0].object = what
        return doc
    assert len(merge.merge_events([did("a", first), did("b", second)], ACTORS)) == 2
    assert len(merge.merge_events([did("a", first), did("b", alike)], ACTORS)) == 1
    bare = told("b", "2021-05-06", f"Ruritania has {trigger}.", trigger, code, [("ruritania", "source")])
    assert len(merge.merge_events([did("a", first), bare], ACTORS)) == 1  # told by its verb alone: nothing against it


def test_a_countrys_deeds_in_two_articles_alike_only_in_its_demonym_are_two():
    actors = ACTORS + [Actor("iran", "Iran", "country")]

    def did(doc_id, what):
        doc = told(doc_id, "2021-05-06", f"Iran attacked {what}.", "attacked", "190", [("iran", "source")])
        doc.event_mentions[0].object = what
        return doc
    assert len(merge.merge_events([did("a", "Iranian dissidents abroad"), did("b", "an Iranian border post")],
                                  actors)) == 2
    assert len(merge.merge_events([did("a", "Iranian dissidents abroad"), did("b", "dissidents in exile")],
                                  actors)) == 1


def test_a_bodys_remarks_alike_only_in_the_name_of_a_party_whose_deed_one_reports_are_two():
    def said(doc_id, what, deed=None):
        text = f"Ruritania said {what}."
        doc = told(doc_id, "2021-05-06", text, "said", "010", [("ruritania", "source"), ("acme", "target")])
        doc.event_mentions[0].object = what
        if deed:
            at = text.index(deed)
            doc.event_mentions.append(EventMention(sentence=0, trigger_start=at, trigger_end=at + len(deed),
                                                   trigger=deed, code="061", label="", title=deed,
                                                   date=Date("2021-05-06", "day", "publication"),
                                                   actors=[Participant("acme", "source")]))
        return doc

    def joined(first):
        return any({s.doc for s in event.sources} == {"a", "b"} and event.code == "010"
                   for event in merge.merge_events([first, said("b", "Acme would open a port")], ACTORS))
    assert not joined(said("a", "Acme has reallocated its credits", "reallocated"))
    assert joined(said("a", "Acme has reallocated its credits"))  # a remark of the same party, not of its deed


def test_one_speakers_comments_alike_only_in_negation_modals_the_speakers_name_or_a_date_are_two_comments():
    def said(doc_id, what, speaker="Jan Novak", actor="jan-novak"):
        doc = told(doc_id, "2021-05-06", f"{speaker} said {what}.", "said", "010", [(actor, "source")])
        doc.event_mentions[0].object = what
        return doc
    docs = [said("a", "the harvest may not be poor"), said("b", "he could not cut the budget")]
    assert len(merge.merge_events(docs, ACTORS)) == 2
    docs = [said("a", "the harvest may not be poor"), said("b", "he did not expect a poor harvest")]
    assert len(merge.merge_events(docs, ACTORS)) == 1
    harbour = {"speaker": "harbour sources", "actor": "harbour-sources"}
    docs = [said("a", "harbour dues will rise this year", **harbour),
            said("b", "ferry traffic in the harbour fell this year", **harbour)]
    assert len(merge.merge_events(docs, ACTORS)) == 2
    docs = [said("a", "harbour dues will rise this year", **harbour),
            said("b", "dues will rise and hit ferry lines this year", **harbour)]
    assert len(merge.merge_events(docs, ACTORS)) == 1


def test_the_deed_an_article_told_of_is_what_it_later_calls_the_deed_in_other_words():
    def article(before):
        first = "Dockers began a strike against Acme on Monday."
        second = f"Union leaders said {before}strike at the mill was solid."
        text = f"{first} {second}"
        at = text.index("strike at")
        dated = EventMention(sentence=0, trigger_start=first.index("strike"), trigger_end=first.index("strike") + 6,
                             trigger="strike", code="143", label="", title="strike",
                             date=Date("2021-05-03", "day", "relative", "Monday"),
                             actors=[Participant("dockers", "source"), Participant("acme", "target")])
        told = EventMention(sentence=1, trigger_start=at, trigger_end=at + 6, trigger="strike", code="143",
                            label="", title="strike", date=Date("2021-05-04", "day", "publication"), actors=[],
                            object="the mill")
        return Document(id="a", path="a.txt", text=text, published="2021-05-04", published_source="text",
                        sentences=[Sentence(0, len(first), first), Sentence(len(first) + 1, len(text), second)],
                        event_mentions=[dated, told])
    assert len(merge.merge_events([article("the ")], ACTORS)) == 1
    assert len(merge.merge_events([article("a ")], ACTORS)) == 2  # a strike at a mill it had not told of


def test_one_partys_talks_with_two_others_are_two_meetings():
    def talks(doc_id, *parties):
        return document(doc_id, "2021-05-06", mention("046", ("2021-05-05", "relative"),
                                                      [(party, "participant") for party in parties], "talks"))
    apart = merge.merge_events([talks("a", "ruritania", "freedonia"), talks("b", "ruritania", "grand-fenwick")],
                               ACTORS)
    assert len(apart) == 2
    longer = merge.merge_events([talks("a", "ruritania", "port-marin"),
                                 talks("b", "ruritania", "port-marin-shipping-company")], ACTORS)
    assert len(longer) == 1  # one party named at more length
    member = merge.merge_events([talks("a", "freedonia", "ruritania"), talks("b", "freedonia", "jan-novak")], ACTORS)
    assert len(member) == 1  # Jan Novak speaks for Ruritania


def test_talks_linked_only_through_the_country_a_party_belongs_to_need_a_word_alike_and_dates_of_one_kind():
    def talks(doc_id, parties, about, date=("2021-05-05", "relative")):
        return document(doc_id, "2021-05-06", mention("046", date, [(party, "participant") for party in parties],
                                                      "talks", obj=about))
    # Jan Novak belongs to Ruritania: his talks with a shipping firm on port fees are not Ruritania's on the harvest
    firm = ["jan-novak", "port-marin-shipping"]
    assert len(merge.merge_events([talks("a", ["ruritania"], "the harvest"), talks("b", firm, "port fees")],
                                  ACTORS)) == 2
    assert len(merge.merge_events([talks("a", ["ruritania"], "the port fees"), talks("b", firm, "port fees")],
                                  ACTORS)) == 1
    undated = talks("b", firm, "port fees", ("2021-05-06", "publication"))
    assert len(merge.merge_events([talks("a", ["ruritania"], "the port fees"), undated], ACTORS)) == 2
    # each party of one belonging to a party of the other: the leaders' talks are their countries'
    leaders = ACTORS + [Actor("ana-lopes", "Ana Lopes", "person", affiliation="freedonia")]
    assert len(merge.merge_events([talks("a", ["ruritania", "freedonia"], "the harvest"),
                                   talks("b", ["jan-novak", "ana-lopes"], "port fees")], leaders)) == 1


def test_a_meeting_naming_one_party_is_not_the_meeting_of_the_body_it_belongs_to_without_a_word_alike():
    met = mention("040", ("2021-05-05", "relative"), [("jan-novak", "participant")], "met")
    annual = mention("040", ("2021-05-06", "publication"), [("ruritania", "participant")], "meeting", sentence=1)
    assert len(merge.merge_events([document("a", "2021-05-06", met, annual)], ACTORS)) == 2
    his = mention("040", ("2021-05-06", "publication"), [("jan-novak", "participant")], "meeting", sentence=1)
    [event] = merge.merge_events([document("a", "2021-05-06", met, his)], ACTORS)
    assert len(event.sources) == 2


def test_a_remark_naming_no_speaker_in_other_words_is_not_a_speakers_remark_by_its_verb_alone():
    def welcome(doc_id, text, actors, what):
        doc = told(doc_id, "2021-05-06", text, "welcom", "051", actors, "on Wednesday", "2021-05-05")
        doc.event_mentions[0].object = what
        return doc
    named = welcome("a", "Ruritania welcomed the new measures on Wednesday.", [("ruritania", "source")],
                    "the new measures")
    unnamed = welcome("b", "A communique welcoming the accord was issued on Wednesday.", [], "the accord")
    assert len(merge.merge_events([named, unnamed], ACTORS)) == 2
    # the speaker's remark dated only by its article comes after the dated one naming no speaker: apart all the same
    undated = told("d", "2021-05-06", "Ruritania welcomed the new measures.", "welcom", "051",
                   [("ruritania", "source")])
    undated.event_mentions[0].object = "the new measures"
    assert len(merge.merge_events([undated, unnamed], ACTORS)) == 2
    bare = welcome("c", "A communique welcoming them was issued on Wednesday.", [], None)
    [event] = merge.merge_events([named, bare], ACTORS)
    assert [s.doc for s in event.sources] == ["a", "c"]


def test_a_deed_told_by_its_verb_alone_points_back_at_its_own_articles_deed_of_that_kind():
    bought = told("a", "2021-05-06", "Ruritania acquired the port.", "acquired", "061", [("ruritania", "source")])
    bought.event_mentions[0].object = "the port"
    own = "Freedonia acquired a shipyard."
    text = own + " The assets acquired will serve its ferries."
    shipyard = mention("061", ("2021-05-06", "publication"), [("freedonia", "source")], "acquired", "a shipyard",
                       start=own.index("acquired"))
    assets = mention("061", ("2021-05-06", "publication"), [], "acquired", sentence=1,
                     start=text.index("acquired", len(own)))
    other = Document(id="b", path="b.txt", text=text, published="2021-05-06", published_source="text",
                     sentences=[Sentence(0, len(own), own), Sentence(len(own) + 1, len(text), text[len(own) + 1:])],
                     event_mentions=[shipyard, assets])
    events = merge.merge_events([bought, other], ACTORS)
    assert sorted(len(event.sources) for event in events) == [1, 2]
    assert {s.doc for event in events for s in event.sources if len(event.sources) == 2} == {"b"}


def test_a_remark_told_by_its_verb_alone_is_no_named_speakers_remark_of_another_article():
    named = told("a", "2021-05-06", "Ruritania made a demand for lower port dues.", "demand", "100",
                 [("ruritania", "source")])
    named.event_mentions[0].object = "lower port dues"
    bare = told("b", "2021-05-06", "The demand often rises in spring.", "demand", "100", [])
    assert len(merge.merge_events([named, bare], ACTORS)) == 2  # many demands are made on a day
    bought = told("a", "2021-05-06", "Ruritania acquired the port.", "acquired", "061", [("ruritania", "source")])
    bought.event_mentions[0].object = "the port"
    assets = told("b", "2021-05-06", "The assets acquired will serve its ferries.", "acquired", "061", [])
    [event] = merge.merge_events([bought, assets], ACTORS)  # a deed its article tells no other of may be this one
    assert {s.doc for s in event.sources} == {"a", "b"}


def test_a_speakers_remark_of_a_party_and_one_of_no_party_in_no_word_alike_are_two():
    def did(doc_id, text, trigger, code, what, actors):
        doc = told(doc_id, "2021-05-06", text, trigger, code, actors)
        doc.event_mentions[0].object = what
        return doc
    faulted = did("a", "Ruritania faulted Freedonia over its tariffs.", "faulted", "111", "its tariffs",
                  [("ruritania", "source"), ("freedonia", "target")])
    levy = did("b", "Ruritania faulted the harbour levy.", "faulted", "111", "the harbour levy",
               [("ruritania", "source")])
    assert len(merge.merge_events([faulted, levy], ACTORS)) == 2
    freedonia = did("c", "Ruritania faulted Freedonia.", "faulted", "111", "Freedonia",
                    [("ruritania", "source"), ("freedonia", "target")])
    assert len(merge.merge_events([freedonia, levy], ACTORS)) == 1  # its words only name the party
    # a deed done to a party is told again with the party called by a noun the linker leaves unnamed
    banned = did("a", "Ruritania banned Jan Novak.", "banned", "160", "Jan Novak",
                 [("ruritania", "source"), ("jan-novak", "target")])
    envoy = did("b", "Ruritania banned the envoy.", "banned", "160", "the envoy", [("ruritania", "source")])
    assert len(merge.merge_events([banned, envoy], ACTORS)) == 1


def test_a_countrys_statement_dated_by_its_text_is_not_what_another_article_has_it_say_in_no_word_alike():
    def said(doc_id, text, what, speaker, timex=None, value=None):
        doc = told(doc_id, "2021-05-06", text, "said", "010", [(speaker, "source")], timex, value)
        doc.event_mentions[0].object = what
        return doc
    dated = said("a", "Ruritania said on Wednesday the harvest would be poor.", "the harvest would be poor",
                 "ruritania", "Wednesday", "2021-05-05")
    other = said("b", "Ruritania said the ministry was reviewing its budget.", "the ministry was reviewing its budget",
                 "ruritania")
    assert len(merge.merge_events([dated, other], ACTORS)) == 2  # a country says many things a day
    alike = said("c", "Ruritania said the harvest was poor.", "the harvest was poor", "ruritania")
    assert len(merge.merge_events([dated, alike], ACTORS)) == 1


def test_a_bodys_remarks_in_two_articles_need_more_than_one_word_of_a_topic_alike():
    def said(doc_id, text, what, about=None):
        doc = told(doc_id, "2021-05-06", text, "said", "010",
                   [("ruritania", "source")] + ([(about, "target")] if about else []))
        doc.event_mentions[0].object = what
        return doc
    grain = said("a", "Ruritania said grain sales to Freedonia may slow.", "grain sales to Freedonia may slow")
    # one word of the topic the body keeps to: two releases of the day
    barley = said("b", "Ruritania said barley shipments in March rose from grain stocks.",
                  "barley shipments in March rose from grain stocks")
    assert len(merge.merge_events([grain, barley], ACTORS)) == 2
    # two words alike, or one said of the same party, or most of a short remark: one statement
    slow = said("c", "Ruritania said grain sales were slowing.", "grain sales were slowing")
    assert len(merge.merge_events([grain, slow], ACTORS)) == 1
    about = said("d", "Ruritania said its grain would go to Freedonia.", "its grain would go to Freedonia", "freedonia")
    assert len(merge.merge_events([said("a", "Ruritania said grain sales to Freedonia may slow.",
                                        "grain sales to Freedonia may slow", "freedonia"), about], ACTORS)) == 1
    denied = said("e", "Ruritania said the charges were false.", "the charges were false")
    again = said("f", "Ruritania said it rejected the charges.", "it rejected the charges")
    assert len(merge.merge_events([denied, again], ACTORS)) == 1


def body_said(doc_id, text, what):
    """A one-sentence article in which Ruritania, no person speaking for it, says `what`."""
    doc = told(doc_id, "2021-05-06", text, "said", "010", [("ruritania", "source")])
    doc.event_mentions[0].object = what
    return doc


def test_a_bodys_remarks_alike_only_in_units_of_figures_and_legal_forms_are_two_releases():
    cut = body_said("a", "Ruritania said it cut Acme Corp's 40 mln dlrs of bonds.",
                    "it cut Acme Corp's 40 mln dlrs of bonds")
    # "Corp", "mln" and "dlrs" tell what kind of firm and how much, not what the remark is about
    watch = body_said("b", "Ruritania said it is watching Widget Corp's 75 mln dlrs of loans.",
                      "it is watching Widget Corp's 75 mln dlrs of loans")
    assert len(merge.merge_events([cut, watch], ACTORS)) == 2
    again = body_said("c", "Ruritania said it cut the bonds of Acme by 40 mln dlrs.",
                      "it cut the bonds of Acme by 40 mln dlrs")
    assert len(merge.merge_events([cut, again], ACTORS)) == 1


@pytest.mark.parametrize("first, other, events", [
    # the grain and the tonnes are alike, but every release on grain counts tonnes: a remark on stocks is another
    ("wheat exports to Freedonia reached 40,000 tonnes", "wheat stocks held by farmers fell to 90,000 tonnes", 2),
    ("wheat exports to Freedonia reached 40,000 tonnes", "wheat exports reached 40,000 tonnes", 1),
    # the price and what it brings are alike, but a cut and an increase are two announcements
    ("the cut brings the pump price of diesel to 90 cents", "the increase brings the pump price of gas to 70 cents", 2),
    ("the cut brings the pump price of diesel to 90 cents", "the cut brings the pump price down to 90 cents", 1),
])
def test_a_bodys_two_releases_on_one_topic_stay_two(first, other, events):
    docs = [body_said("a", f"Ruritania said {first}.", first), body_said("b", f"Ruritania said {other}.", other)]
    assert len(merge.merge_events(docs, ACTORS)) == events


def test_one_speakers_comments_in_one_article_about_different_parties_are_one_comment():
    def said(doc_id, text, about):
        doc = told(doc_id, "2021-05-06", text, "said", "010", SPEAKER + [(about, "target")])
        doc.event_mentions[0].object = text
        return doc
    briefing = said("a", "Jan Novak said Freedonia would sell its port.", "freedonia")
    briefing.event_mentions += said("a", "Jan Novak said Ruritania would buy the port.", "ruritania").event_mentions
    briefing.event_mentions[1].trigger_start = 30
    assert len(merge.merge_events([briefing], ACTORS)) == 1
    other = said("b", "Jan Novak said Ruritania would buy the port.", "ruritania")
    first = said("c", "Jan Novak said Freedonia would sell its port.", "freedonia")
    assert len(merge.merge_events([first, other], ACTORS)) == 2  # in two articles: two comments


def _two_sentences(first, second):
    """One article of the two one-sentence articles' mentions, the second's sentence after the first's."""
    shift = len(first.text) + 1
    first.text += " " + second.text
    first.sentences.append(Sentence(shift, shift + len(second.text), second.text))
    first.event_mentions += [replace(m, sentence=1, trigger_start=m.trigger_start + shift,
                                     trigger_end=m.trigger_end + shift) for m in second.event_mentions]
    return first


def test_a_speakers_comments_are_titled_by_the_one_nearest_the_top_of_its_article():
    def said(text, what, actors):
        doc = told("a", "2021-05-06", text, "said", "010", actors)
        doc.event_mentions[0].object, doc.event_mentions[0].title = what, f"Jan Novak says {what}"
        return doc
    lead = said("Jan Novak said the wheat harvest fell by a third.", "the wheat harvest fell by a third", SPEAKER)
    aside = said("Jan Novak said Freedonia had closed two ports.", "Freedonia had closed two ports",
                 SPEAKER + [("freedonia", "target")])
    [event] = merge.merge_events([_two_sentences(lead, aside)], ACTORS)
    assert len(event.sources) == 2
    assert event.title == "Jan Novak says the wheat harvest fell by a third"


def test_a_deed_is_titled_by_the_report_that_names_most_parties_wherever_it_stands():
    def rejected(text, actors, title):
        doc = told("a", "2021-05-06", text, "rejected", "120", actors)
        doc.event_mentions[0].object, doc.event_mentions[0].title = "the offer", title
        return doc
    first = rejected("Ruritania rejected the offer.", [("ruritania", "source")], "Ruritania rejects the offer")
    second = rejected("Ruritania rejected the offer of Freedonia.", [("ruritania", "source"), ("freedonia", "target")],
                      "Ruritania rejects Freedonia's offer")
    [event] = merge.merge_events([_two_sentences(first, second)], ACTORS)
    assert len(event.sources) == 2
    assert event.title == "Ruritania rejects Freedonia's offer"


def test_an_article_that_tells_of_two_consecutive_days_tells_of_two_happenings():
    raids = [("ruritania", "source"), ("freedonia", "target")]
    docs = [document("a", "2021-05-08", mention("190", ("2021-05-06", "explicit"), raids, "attacked", obj="port"),
                     mention("190", ("2021-05-07", "explicit"), raids, "attacked", obj="port", sentence=1, start=50)),
            document("b", "2021-05-08", mention("190", ("2021-05-07", "explicit"), raids, "attacked", obj="port"))]
    events = merge.merge_events(docs, ACTORS)
    assert sorted((e.date.value, len(e.sources)) for e in events) == [("2021-05-06", 1), ("2021-05-07", 2)]


VALUES = st.sampled_from(["2021-05-05", "2021-05-06", "2021-05", "2021-W18", "2021", "196", "1400", "XXXX-SP",
                          "PRESENT_REF", "2021-13-45", None])


@settings(max_examples=60)
@given(st.lists(st.tuples(VALUES, st.sampled_from(["explicit", "relative", "publication"]),
                          st.sampled_from(["057", "010", "190"])), min_size=1, max_size=8))
def test_any_mix_of_dates_merges_without_a_date_no_report_gave(reports):
    docs = [document(f"d{n}", "2021-05-07", mention(code, (value, source) if value else None, SIGNERS))
            for n, (value, source, code) in enumerate(reports)]
    for event in merge.merge_events(docs, ACTORS):
        given = {source.date.value for source in event.sources} | {"2021-05-07"}
        assert event.date.value is None or event.date.value in given
        assert event.date.relation in ("on", "reported", "before", "since")
        if len({claim.value for claim in event.claims}) > 1:
            assert event.conflicts


def test_an_offset_inside_another_clause_is_no_anchor():
    text = "Ruritania signed the accord on May 3. China signed it in June, ten months after the others did."
    doc = told("a", "2021-07-10", text, "signed", "057", [("ruritania", "source")], "May 3", "2021-05-03")
    second = text.index("China")
    doc.sentences = [Sentence(0, second - 1, text[:second - 1]), Sentence(second, len(text), text[second:])]
    start = text.index("did")
    doc.event_mentions.append(EventMention(sentence=1, trigger_start=start, trigger_end=start + 3, trigger="did",
                                           code="057", label="", title="sign",
                                           date=Date("2021-07-10", "day", "publication"),
                                           actors=[Participant("freedonia", "source")]))
    assert {e.date.value for e in merge.merge_events([doc], ACTORS)} == {"2021-05-03", "2021-07-10"}


def test_a_tally_the_frame_left_undated_runs_since_the_date_of_its_since_phrase():
    text = "At least 300 people have been killed since March."
    doc = told("a", "2021-05-06", text, "killed", "190", [("ruritania", "source")])
    doc.timexes = [Timex(text.index("March"), text.index("March") + 5, "March", "DATE", "2021-03")]
    [event] = merge.merge_events([doc], ACTORS)
    assert (event.date.value, event.date.relation, event.date.until) == ("2021-03", "since", "2021-05-06")


def test_the_following_week_counts_from_the_happening_told_before_it():
    text = "Ruritania signed the accord on May 3. The following week, Freedonia protested."
    doc = told("a", "2021-06-20", text, "signed", "057", [("ruritania", "source")], "May 3", "2021-05-03")
    second = text.index("The following")
    doc.sentences = [Sentence(0, second - 1, text[:second - 1]), Sentence(second, len(text), text[second:])]
    doc.timexes.append(Timex(second, second + 18, "The following week", "DATE", "2021-W25", relative=True))
    start = text.index("protested")
    doc.event_mentions.append(EventMention(sentence=1, trigger_start=start, trigger_end=start + 9,
                                           trigger="protested", code="141", label="", title="protest",
                                           date=Date("2021-W25", "week", "relative", "The following week"),
                                           timex=1, actors=[Participant("freedonia", "source")]))
    assert {e.code: e.date.value for e in merge.merge_events([doc], ACTORS)} == {"057": "2021-05-03",
                                                                                "141": "2021-W19"}


def test_a_longer_name_that_ends_in_another_actors_name_is_that_actor():
    asked = "On May 5 Ruritania asked the ministry of trade to act."
    docs = [told("a", "2021-05-06", asked, "asked", "020", [("ruritania", "source"), ("ministry-of-trade", "target")],
                 "May 5", "2021-05-05"),
            told("b", "2021-05-07", asked, "asked", "020",
                 [("ruritania", "source"), ("freedonian-ministry-of-trade", "target")], "May 5", "2021-05-05"),
            told("c", "2021-05-07", asked, "asked", "020", [("ruritania", "source"), ("trade", "target")],
                 "May 5", "2021-05-05")]
    assert sorted(len(event.sources) for event in merge.merge_events(docs, ACTORS)) == [1, 2]


def test_a_name_that_ends_two_unnested_names_is_neither_of_them():
    trust = [Actor(key, name, "organization") for key, name in (
        ("acme-trust-company", "Acme Trust Co"), ("zeta-trust-company", "Zeta Trust Co"),
        ("trust-company", "Trust Co"))]
    docs = [told("a", "2021-05-06", "Acme Trust Co said it raised its lending rate.", "raised", "061",
                 [("acme-trust-company", "source")]),
            told("b", "2021-05-06", "Zeta Trust Co said it raised its lending rate.", "raised", "061",
                 [("zeta-trust-company", "source")])]
    assert sorted(len(event.sources) for event in merge.merge_events(docs, ACTORS + trust)) == [1, 1]
    assert short_names({"acme-trust-company", "zeta-trust-company", "trust-company",
                        "old-acme-trust-company"}) == {"old-acme-trust-company": "acme-trust-company"}


def strike(doc_id, day, text, weekday):
    """An article of `day` telling of a strike in Ruritania, dated by `weekday` (that day)."""
    return told(doc_id, day, text, "strike", "143", [("ruritania", "source")], weekday, day)


@pytest.mark.parametrize("began, later", [
    (("a", "2021-05-02", "Dock workers in Ruritania began a strike on Sunday.", "Sunday"),
     [("b", "2021-05-12", "Dock workers in Ruritania were still on strike on Wednesday.", "Wednesday"),
      ("c", "2021-05-11", "The strike in Ruritania entered its tenth day on Tuesday.", "Tuesday")]),
    (("a", "2021-01-10", "Mill workers in Ruritania began a strike on Sunday.", "Sunday"),
     [("b", "2021-03-01", "Talks to end the strike in Ruritania resumed on Monday.", "Monday"),
      ("c", "2021-04-06", "The three month old strike in Ruritania cost millions on Tuesday.", "Tuesday")]),
], ids=["still-on-strike", "talks-to-end-a-three-month-old-strike"])
def test_a_happening_told_as_under_way_is_the_one_that_began_before(began, later):
    [event] = merge.merge_events([strike(*began)] + [strike(*report) for report in later], ACTORS)
    assert (event.date.value, len(event.sources)) == (began[1], 3)


@pytest.mark.parametrize("later, events", [
    ("The strike at the ports of Ruritania delayed grain shipments.", 1),
    ("Dock workers in Ruritania held a strike.", 2),
], ids=["the-strike-told-of-before", "a-strike-of-its-day"])
def test_an_undated_happening_named_as_told_of_before_may_be_one_dated_earlier(later, events):
    began = strike("a", "2021-05-02", "Dock workers in Ruritania began a strike on Sunday.", "Sunday")
    named = told("b", "2021-05-20", later, "strike", "143", [("ruritania", "source")])
    assert len(merge.merge_events([began, named], ACTORS)) == events


def test_talks_named_as_told_of_before_recur():
    talks = [("ruritania", "source"), ("freedonia", "target")]
    held = told("a", "2021-05-02", "Ruritania held talks with Freedonia on Sunday.", "talks", "046", talks, "Sunday",
                "2021-05-02")
    named = told("b", "2021-05-20", "The talks of Ruritania with Freedonia made progress.", "talks", "046", talks)
    assert len(merge.merge_events([held, named], ACTORS)) == 2


def _bought(doc_id, published, text, dated):
    """An article whose sentences each tell of Acme buying a mill, the ones with "on May 3" dated by it."""
    sentences, mentions, timexes, at = [], [], [], 0
    for index, sentence in enumerate(text):
        start = at + sentence.index("bought")
        date = Date(published, "day", "publication")
        if "May 3" in sentence:
            timexes.append(Timex(at + sentence.index("May 3"), at + sentence.index("May 3") + 5, "May 3", "DATE",
                                 dated))
            date = Date(dated, "day", "explicit", "May 3")
        mentions.append(EventMention(sentence=index, trigger_start=start, trigger_end=start + 6, trigger="bought",
                                     code="061", label="", title="Acme buys", date=date,
                                     timex=len(timexes) - 1 if "May 3" in sentence else None,
                                     actors=[Participant("acme", "source")], object="mill"))
        sentences.append(Sentence(at, at + len(sentence), sentence))
        at += len(sentence) + 1
    return Document(id=doc_id, path=f"{doc_id}.txt", text=" ".join(text), published=published,
                    published_source="text", sentences=sentences, timexes=timexes, event_mentions=mentions)


def test_an_undated_deed_its_article_dates_in_another_sentence_is_that_deed():
    lead, dated = "Acme said it bought the Port Marin flour mill.", "Acme bought the mill on May 3."
    acme = [Actor("acme", "Acme", "organization")]
    [event] = merge.merge_events([_bought("a", "2021-05-20", [lead, dated], "2021-05-03")], acme)
    assert (event.date.value, len(event.sources)) == ("2021-05-03", 2)
    # told undated in another article, not by a noun of one told of before: the news of that article's day
    apart = [_bought("a", "2021-05-20", [dated], "2021-05-03"), _bought("b", "2021-05-20", [lead], None)]
    assert len(merge.merge_events(apart, acme)) == 2


def test_a_happening_begun_again_is_another():
    began = strike("a", "2021-05-02", "Dock workers in Ruritania began a strike on Sunday.", "Sunday")
    again = strike("b", "2021-05-12", "Dock workers in Ruritania went on strike on Wednesday.", "Wednesday")
    assert sorted(e.date.value for e in merge.merge_events([began, again], ACTORS)) == ["2021-05-02", "2021-05-12"]


def test_a_happening_told_only_as_under_way_happened_before_its_report():
    still = strike("b", "2021-05-12", "Dock workers in Ruritania were still on strike on Wednesday.", "Wednesday")
    [event] = merge.merge_events([still], ACTORS)
    assert (event.date.value, event.date.relation) == ("2021-05-12", "before")


def test_air_strikes_that_continued_are_new_strikes():
    raids = [("ruritania", "source"), ("freedonia", "target")]
    docs = [told("a", "2021-05-02", "Ruritania bombed Freedonia on Sunday.", "bombed", "195", raids, "Sunday",
                 "2021-05-02"),
            told("b", "2021-05-05", "Ruritania bombed Freedonia again as raids continued on Wednesday.", "bombed",
                 "195", raids, "Wednesday", "2021-05-05")]
    assert sorted(e.date.value for e in merge.merge_events(docs, ACTORS)) == ["2021-05-02", "2021-05-05"]


def test_statements_on_consecutive_days_are_no_date_conflict():
    says = [told(doc_id, day, f"Jan Novak said on {weekday} the talks would go on.", "said", "010", SPEAKER,
                 weekday, day) for doc_id, day, weekday in (("a", "2021-05-06", "Thursday"),
                                                             ("b", "2021-05-07", "Friday"))]
    assert sorted(e.date.value for e in merge.merge_events(says, ACTORS)) == ["2021-05-06", "2021-05-07"]


def test_deeds_on_consecutive_days_told_in_other_words_are_no_date_conflict():
    raids = [("ruritania", "source"), ("freedonia", "target")]
    docs = [document("a", "2021-05-08", mention("190", ("2021-05-06", "explicit"), raids, "attacked",
                                                obj="a tanker")),
            document("b", "2021-05-08", mention("190", ("2021-05-07", "explicit"), raids, "attacked",
                                                obj="the border post"))]
    assert len(merge.merge_events(docs, ACTORS)) == 2


RAIDERS = [("ruritania", "source"), ("freedonia", "target")]


def _shelling(doc_id, published, day, source="relative", actors=RAIDERS, trigger="shelled"):
    return document(doc_id, published, mention("195", (day, source), actors, trigger, obj="the harbour"))


def test_one_deed_a_day_apart_in_articles_of_consecutive_days_is_one_event_with_a_conflict():
    docs = [_shelling("a", "2021-05-07", "2021-05-06"), _shelling("b", "2021-05-08", "2021-05-07")]
    [event] = merge.merge_events(docs, ACTORS)
    assert event.conflicts


def test_weekdays_that_articles_of_one_day_count_back_to_are_two_deeds():
    docs = [_shelling("a", "2021-05-08", "2021-05-06"), _shelling("b", "2021-05-08", "2021-05-07")]
    assert sorted(e.date.value for e in merge.merge_events(docs, ACTORS)) == ["2021-05-06", "2021-05-07"]


def test_a_deed_a_day_apart_with_another_trigger_or_target_is_no_date_conflict():
    elsewhere = [("ruritania", "source"), ("jan-novak", "target")]
    for other in (_shelling("b", "2021-05-08", "2021-05-07", trigger="bombed"),
                  _shelling("b", "2021-05-08", "2021-05-07", actors=elsewhere)):
        docs = [_shelling("a", "2021-05-07", "2021-05-06"), other]
        assert len(merge.merge_events(docs, ACTORS)) == 2


def test_talks_some_day_this_month_do_not_join_a_ministers_talks_by_the_word_alone():
    minister = told("a", "2021-05-06", "Jan Novak held talks with dock workers on May 5.", "talks", "046",
                    [("jan-novak", "participant")], "May 5", "2021-05-05")
    vague = told("b", "2021-05-07", "Talks were held in May.", "Talks", "046", [], "May", "2021-05")
    assert len(merge.merge_events([minister, vague], ACTORS)) == 2


def test_undated_talks_on_something_else_do_not_join_talks_by_the_word_alone():
    held = [told(doc_id, "2021-05-06", "Talks were held on Wednesday.", "Talks", "046", [], "Wednesday",
                 "2021-05-05") for doc_id in ("a", "b")]
    other = told("c", "2021-05-07", "Talks on similar projects have been held.", "Talks", "046", [])
    other.event_mentions[0].object = "similar projects"
    events = merge.merge_events(held + [other], ACTORS)
    assert sorted(len({s.doc for s in e.sources}) for e in events) == [1, 2]


def test_a_meeting_of_a_day_that_names_no_party_joins_a_partys_meeting_only_when_something_ties_them():
    met = told("a", "2021-05-06", "Jan Novak had a meeting with Sue Smith on Wednesday.", "meeting", "040",
               [("jan-novak", "participant"), ("sue-smith", "participant")], "Wednesday", "2021-05-05")

    def unnamed(text, *named):
        doc = told("b", "2021-05-06", text, "meeting", "040", [], "Wednesday", "2021-05-05")
        doc.mentions = [Mention(text.index(name), text.index(name) + len(name), name, key)
                        for name, key in named]
        return doc
    board = unnamed("The board left rates unchanged after its meeting on Wednesday.")
    assert len(merge.merge_events([met, board], ACTORS)) == 2  # many bodies meet on any day
    assert len(merge.merge_events([board, met], ACTORS)) == 2
    visit = unnamed("Sue Smith called the meeting on Wednesday cordial.", ("Sue Smith", "sue-smith"))
    assert len(merge.merge_events([met, visit], ACTORS)) == 1  # its article names a party of the other


def test_meetings_each_saying_in_its_own_words_whose_they_are_are_two_whatever_their_articles_name():
    fund = told("a", "2021-05-06", "Jan Novak spoke before a meeting of the Fund.", "meeting", "040",
                [("jan-novak", "participant")])
    fund.event_mentions[0].object = "a meeting of the Fund"

    def nations(what):
        text = f"Jan Novak was in town for {what} on Wednesday."
        doc = told("b", "2021-05-06", text, "meeting", "040", [], "Wednesday", "2021-05-05")
        doc.event_mentions[0].object = what
        doc.mentions = [Mention(0, 9, "Jan Novak", "jan-novak")]
        return doc
    assert len(merge.merge_events([fund, nations("the meeting of leading industrial nations")], ACTORS)) == 2
    [event] = merge.merge_events([fund, nations("the meeting")], ACTORS)  # its article names the party
    assert len(event.sources) == 2
    # a party's meeting that its article dates to no day is not tied by that party to a meeting that says in its
    # own words whose it is: the party holds other meetings that week
    spoke = told("c", "2021-05-07", "Jan Novak spoke at the meeting.", "meeting", "040", [("jan-novak", "participant")])
    spoke.event_mentions[0].object = "the meeting"
    assert len(merge.merge_events([spoke, nations("the meeting of leading industrial nations")], ACTORS)) == 2
    assert len(merge.merge_events([spoke, nations("the meeting")], ACTORS)) == 1


def test_a_year_named_after_said_dates_what_was_said_not_the_saying():
    doc = told("a", "2021-05-06", "Jan Novak said exports would fall in 2022.", "said", "010", SPEAKER, "2022",
               "2022")
    [event] = merge.merge_events([doc], ACTORS)
    assert (event.date.value, event.date.relation) == ("2021-05-06", "reported")


def test_a_length_of_time_dates_nothing_unless_counted_back():
    first = told("a", "2021-05-06", "Dock workers began the first strike in 25 years.", "strike", "143",
                 [("ruritania", "source")], "25 years", "1996")
    first.timexes[0].type = "DURATION"
    [event] = merge.merge_events([first], ACTORS)
    assert (event.date.value, event.date.relation) == ("2021-05-06", "before")
    ago = told("a", "2021-05-06", "Dock workers began a strike 3 years ago.", "strike", "143",
               [("ruritania", "source")], "3 years", "2018")
    ago.timexes[0].type = "DURATION"
    assert merge.merge_events([ago], ACTORS)[0].date.value == "2018"


def test_the_title_comes_from_a_report_of_the_happening_not_of_it_under_way():
    began = strike("a", "2021-05-02", "Dock workers in Ruritania began a strike on Sunday.", "Sunday")
    still = strike("b", "2021-05-12", "Ruritania's dock workers were still on strike over pay on Wednesday.",
                   "Wednesday")
    still.event_mentions[0].object, still.event_mentions[0].title = "pay", "Ruritania strikes over pay"
    began.event_mentions[0].title = "Ruritania strikes"
    [event] = merge.merge_events([began, still], ACTORS)
    assert event.title == "Ruritania strikes"


def test_a_new_offensive_is_not_the_one_told_of_as_ended():
    attackers = [("ruritania", "source"), ("freedonia", "target")]
    ended = told("a", "2021-05-06", "Ruritania said on Thursday its offensive against Freedonia had ended.",
                 "offensive", "190", attackers, "Thursday", "2021-05-06")
    new = told("b", "2021-05-08", "Ruritania has launched a new offensive against Freedonia.", "offensive", "190",
               attackers)
    week_old = told("c", "2021-05-15", "Freedonia lost ground in the week-old offensive by Ruritania on Saturday.",
                    "offensive", "190", attackers, "Saturday", "2021-05-15")
    events = merge.merge_events([ended, new, week_old], ACTORS)
    assert sorted(sorted(s.doc for s in e.sources) for e in events) == [["a"], ["b", "c"]]


def test_a_second_mention_in_a_sentence_that_tells_of_the_happening_joins_it():
    doc = document("a", "2021-05-06",
                   mention("057", ("2021-05-05", "explicit"), SIGNERS, obj="the deal"),
                   mention("057", ("2021-05-06", "publication"), [], obj="the largest accord", start=30),
                   text="Ruritania and Freedonia signed the deal, the largest accord signed in years.")
    [event] = merge.merge_events([doc], ACTORS)
    assert event.date.value == "2021-05-05"


def test_a_report_with_no_actor_finds_the_happening_by_its_trigger_in_another_form():
    named = told("a", "2021-05-06", "A car bomb exploded at Ruritania's army barracks on Wednesday.", "bomb", "183",
                 [("ruritania", "target")], "Wednesday", "2021-05-05")
    unnamed = told("b", "2021-05-06", "The bombing of the army barracks on Wednesday injured 30.", "bombing", "183",
                   [], "Wednesday", "2021-05-05")
    named.event_mentions[0].object = unnamed.event_mentions[0].object = "the army barracks"
    [event] = merge.merge_events([named, unnamed], ACTORS)
    assert len(event.sources) == 2


def test_a_report_of_the_happening_under_way_is_no_claim_on_its_date():
    began = strike("a", "2021-05-02", "Dock workers in Ruritania began a strike on Sunday.", "Sunday")
    other = strike("b", "2021-05-03", "Dock workers in Ruritania began a strike on Monday.", "Monday")
    still = strike("c", "2021-05-12", "Dock workers in Ruritania were still on strike on Wednesday.", "Wednesday")
    for doc in (began, other, still):
        doc.event_mentions[0].object = "dock workers"
    [event] = merge.merge_events([began, other, still], ACTORS)
    assert [claim.value for claim in event.claims] == ["2021-05-02", "2021-05-03"]


def test_workers_who_walked_out_are_on_strike():
    walked = told("a", "2021-05-08", "Dock workers walked out on Friday.", "walked out", "143", [], "Friday",
                  "2021-05-07")
    strike = told("b", "2021-05-08", "The strike began on Friday.", "strike", "143", [], "Friday", "2021-05-07")
    [event] = merge.merge_events([walked, strike], ACTORS)
    assert len(event.sources) == 2


def test_killings_with_different_tolls_are_two_happenings_but_statements_may_differ_in_figures():
    raids = [("ruritania", "source")]
    killed = [told(doc_id, "2021-05-06", text, "killed", "190", raids) for doc_id, text in (
        ("a", "Ruritanian planes killed 22 people."), ("b", "Ruritanian planes killed some 80 people."))]
    killed[0].event_mentions[0].object, killed[1].event_mentions[0].object = "22 people", "some 80 people"
    assert len(merge.merge_events(killed, ACTORS)) == 2
    said = [told(doc_id, "2021-05-06", "Jan Novak said the plan would cost money.", "said", "010", SPEAKER)
            for doc_id in "ab"]
    said[0].event_mentions[0].object, said[1].event_mentions[0].object = "it owns 15 pct", "it owns 10 pct"
    assert len(merge.merge_events(said, ACTORS)) == 1


def test_figures_that_two_verbs_state_count_two_things_of_one_deed():
    raiders = [("ruritania", "source")]
    attacked = told("a", "2021-05-06", "Ruritanian gunmen attacked 40 guards near the mine.", "attacked", "190",
                    raiders)
    killed = told("b", "2021-05-06", "Ruritanian gunmen killed nine guards near the mine.", "killed", "190", raiders)
    attacked.event_mentions[0].object, killed.event_mentions[0].object = "40 guards", "9 guards"
    [event] = merge.merge_events([attacked, killed], ACTORS)
    assert len(event.sources) == 2


def test_a_second_bombing_is_not_the_one_dated_before_it():
    raiders = [("ruritania", "source"), ("freedonia", "target")]
    first = told("a", "2021-05-05", "Ruritania bombed a Freedonian village on Wednesday.", "bombed", "195", raiders,
                 "Wednesday", "2021-05-05")
    second = told("b", "2021-05-06", "Ruritania bombed Freedonia in a second raid in as many days.", "raid", "195",
                  raiders)
    assert sorted(len(e.sources) for e in merge.merge_events([first, second], ACTORS)) == [1, 1]


def test_deeds_of_a_kind_told_in_general_are_none_of_its_instances():
    raiders = [("ruritania", "source"), ("freedonia", "target")]
    raid = told("a", "2021-05-06", "Ruritania attacked a Freedonian port on Thursday.", "attacked", "190", raiders,
                "Thursday", "2021-05-06")
    general = told("b", "2021-05-07", "Freedonia has long feared Ruritanian attacks on its ports.", "attacks", "190",
                   raiders)
    counted = told("c", "2021-05-07", "Freedonia protested at the attacks on its port.", "attacks", "190", raiders)
    events = merge.merge_events([raid, general, counted], ACTORS)
    assert sorted(sorted(s.doc for s in e.sources) for e in events) == [["a", "c"], ["b"]]


def test_a_deed_dated_only_to_its_month_in_the_week_after_a_dated_one_of_its_doer_is_another():
    raiders = [("ruritania", "source"), ("freedonia", "target")]
    raid = told("a", "2021-05-20", "Ruritania attacked Freedonia on Thursday.", "attacked", "190", raiders,
                "Thursday", "2021-05-20")
    earlier = told("b", "2021-05-21", "Ruritania attacked Freedonia earlier this month.", "attacked", "190", raiders,
                   "earlier this month", "2021-05")
    looking_back = told("c", "2021-06-15", "Ruritania attacked Freedonia in May.", "attacked", "190", raiders,
                        "May", "2021-05")
    events = merge.merge_events([raid, earlier], ACTORS)
    assert sorted(sorted(s.doc for s in e.sources) for e in events) == [["a"], ["b"]]
    [event] = merge.merge_events([raid, looking_back], ACTORS)  # weeks later, a month is all one may give
    assert len(event.sources) == 2


def test_a_report_that_names_actors_finds_an_earlier_happening_that_names_none_by_its_trigger():
    unnamed = told("a", "2021-05-06", "The bombing of the army barracks on Wednesday injured 30.", "bombing", "183",
                   [], "Wednesday", "2021-05-05")
    named = told("b", "2021-05-20", "A car bomb exploded at Ruritania's army barracks in May.", "bomb", "183",
                 [("ruritania", "target")], "May", "2021-05")
    named.event_mentions[0].object = unnamed.event_mentions[0].object = "the army barracks"
    [event] = merge.merge_events([named, unnamed], ACTORS)
    assert len(event.sources) == 2


def test_undated_deeds_of_one_doer_in_other_words_are_other_deeds():
    doer = [("ruritania", "source")]
    docs = [told("a", "2021-05-03", "Ruritania said its troops repelled an attack near the river.", "repelled", "190",
                 doer),
            told("b", "2021-05-04", "Ruritania said its gunners shelled the hills.", "shelled", "190", doer),
            told("c", "2021-05-04", "Ruritania repelled another attack near the river, officials said.",
                 "repelled", "190", doer)]
    assert sorted(len(e.sources) for e in merge.merge_events(docs, ACTORS)) == [1, 2]


def test_a_long_sentence_another_article_gives_word_for_word_is_one_report():
    text = "Jan Novak said the port of Freedonia would stay shut to foreign ships until the end of the year."
    again = [told(doc_id, day, text, "said", "010", SPEAKER) for doc_id, day in (("a", "2021-05-06"),
                                                                              ("b", "2021-05-08"))]
    [event] = merge.merge_events(again, ACTORS)
    assert [s.doc for s in event.sources] == ["a", "b"] and event.date.value == "2021-05-06"
    months_later = [again[0], told("c", "2021-08-02", text, "said", "010", SPEAKER)]
    assert len(merge.merge_events(months_later, ACTORS)) == 2
    other_speaker = [again[0], told("d", "2021-05-07", text, "said", "010", [("sue-smith", "source")])]
    assert len(merge.merge_events(other_speaker, ACTORS)) == 2


def test_a_short_sentence_copied_with_its_small_words_edited_is_one_report():
    first = told("a", "2021-05-06", "Jan Novak said the harbour strikes seemed spontaneous and unplanned.", "said",
                 "010", SPEAKER)
    edited = told("b", "2021-05-08", "Jan Novak said that harbour strikes seemed spontaneous and unplanned.", "said",
                  "010", SPEAKER)
    [event] = merge.merge_events([first, edited], ACTORS)
    assert [s.doc for s in event.sources] == ["a", "b"]
    other_figure = told("c", "2021-05-08", "Jan Novak said 4 harbour strikes seemed spontaneous and unplanned.",
                        "said", "010", SPEAKER)
    assert len(merge.merge_events([first, other_figure], ACTORS)) == 2
    too_short = [told(doc_id, day, "Jan Novak said strikes went on.", "said", "010", SPEAKER)
                 for doc_id, day in (("d", "2021-05-06"), ("e", "2021-05-08"))]
    assert len(merge.merge_events(too_short, ACTORS)) == 2


def test_a_report_with_no_actor_and_no_object_joins_the_happening_told_with_its_trigger():
    court = told("a", "2021-05-08", "Ruritania's labour court ruled the stoppage illegal on Friday.", "ruled", "172",
                 [("ruritania", "source")], "Friday", "2021-05-07")
    later = told("b", "2021-05-10", "Ships stayed in port after the stoppage was ruled illegal.", "ruled", "172", [])
    [event] = merge.merge_events([court, later], ACTORS)
    assert [s.doc for s in event.sources] == ["a", "b"] and event.date.value == "2021-05-07"


def test_an_undated_deed_told_in_the_perfect_is_told_again_days_later_but_one_in_the_past_is_news_of_its_day():
    doer = [("ruritania", "source"), ("freedonia", "target")]
    has = [told(doc_id, day, "Ruritania has offered warships to Freedonia.", "offered", "033", doer)
           for doc_id, day in (("a", "2021-05-03"), ("b", "2021-05-07"))]
    [event] = merge.merge_events(has, ACTORS)
    assert len(event.sources) == 2 and (event.date.value, event.date.relation) == ("2021-05-03", "before")
    shelled = [told(doc_id, day, "Ruritania shelled Freedonia's border posts.", "shelled", "195", doer)
               for doc_id, day in (("a", "2021-05-03"), ("b", "2021-05-07"))]
    assert len(merge.merge_events(shelled, ACTORS)) == 2


def test_an_article_that_dates_talks_to_the_day_tells_of_other_talks_when_it_dates_them_only_to_the_month():
    text = "Talks on the port ended last night. Further talks are due this month, the union said."
    night, month = text.index("Talks"), text.index("talks are")
    doc = Document(id="a", path="a.txt", text=text, published="2021-05-03", published_source="text",
                   sentences=[Sentence(0, 35, text[:35]), Sentence(36, len(text), text[36:])], event_mentions=[
                       EventMention(0, night, night + 5, "Talks", "046", "", "Talks", Date("2021-05-02", "day",
                                                                                           "relative", "last night")),
                       EventMention(1, month, month + 5, "talks", "046", "", "talks", Date("2021-05", "month",
                                                                                          "relative", "this month"))])
    assert sorted(e.date.value for e in merge.merge_events([doc], ACTORS)) == ["2021-05", "2021-05-02"]
    other = told("b", "2021-05-20", "Talks on the port were held in May.", "Talks", "046", [], "May", "2021-05")
    other.event_mentions[0].object = "the port"
    doc.event_mentions[0].object = "the port"
    assert [len(e.sources) for e in merge.merge_events([doc, other], ACTORS) if e.date.value == "2021-05-02"] == [2]


def test_an_undated_deed_told_in_the_past_with_only_its_trigger_in_common_is_news_of_its_own_day():
    dated = told("a", "2021-05-04", "A convoy was attacked near the river on Monday.", "attacked", "190", [],
                 "Monday", "2021-05-03")
    doer = [("ruritania", "source")]
    next_day = told("b", "2021-05-04", "Ruritania said its troops were attacked.", "attacked", "190", doer)
    [event] = merge.merge_events([dated, next_day], ACTORS)
    assert [s.doc for s in event.sources] == ["a", "b"]
    week_later = told("c", "2021-05-10", "Ruritania said its troops were attacked.", "attacked", "190", doer)
    assert len(merge.merge_events([dated, week_later], ACTORS)) == 2


def occasion(doc_id, published, text):
    """A one-sentence article that names the wage freeze as the occasion of its happening, as the event stage
    marks it (`EventMention.occasion`)."""
    doc = told(doc_id, published, text, "wage freeze", "00", [])
    doc.event_mentions[0].occasion = True
    return doc


def test_an_undated_occasion_joins_the_earlier_happening_of_its_trigger_in_other_articles():
    freeze = told("a", "2021-02-20", "Jan Novak last month imposed the wage freeze.", "wage freeze", "00",
                  [("jan-novak", "source")], "last month", "2021-01")
    occasions = [occasion(doc_id, day, "Nurses marched in protest at the wage freeze.")
                 for doc_id, day in (("b", "2021-03-02"), ("c", "2021-03-15"))]
    events = merge.merge_events([freeze, *occasions], ACTORS)
    [event] = [e for e in events if e.code == "00"]
    assert sorted(s.doc for s in event.sources) == ["a", "b", "c"] and event.date.value == "2021-01"


def test_undated_occasions_of_one_trigger_join_each_other_across_days():
    occasions = [occasion(doc_id, day, "Nurses marched following the wage freeze.")
                 for doc_id, day in (("a", "2021-03-02"), ("b", "2021-03-15"))]
    [event] = merge.merge_events(occasions, ACTORS)
    assert (event.date.value, event.date.relation) == ("2021-03-02", "before") and len(event.sources) == 2


def test_an_occasion_does_not_join_a_happening_after_its_article_or_a_deed_told_as_news():
    later = told("a", "2021-05-20", "Jan Novak imposed the wage freeze on Monday.", "wage freeze", "00",
                 [("jan-novak", "source")], "Monday", "2021-05-17")
    named = occasion("b", "2021-03-02", "Nurses marched in protest at the wage freeze.")
    assert len(merge.merge_events([later, named], ACTORS)) == 2
    deeds = [told(doc_id, day, "A bomb exploded at the station.", "exploded", "183", [])
             for doc_id, day in (("a", "2021-03-02"), ("b", "2021-03-15"))]
    assert len(merge.merge_events(deeds, ACTORS)) == 2


@pytest.mark.parametrize("text, trigger, told", [
    ("The strike was called off.", "strike", True),
    ("The workers struck on Monday.", "struck", False),
    ("The two sides met in Port Marin.", "met", False),
    ("The workers walked out.", "walked out", False),
])
def test_a_definite_happening_is_named_by_a_noun(text, trigger, told):
    start = text.index(trigger)
    found = mention("173", None, [], trigger=trigger, start=start)
    assert relation.definite(document("a", "2024-06-19", found, text=text), found) is told


@pytest.mark.parametrize("text, until", [
    ("The fund bought the shares between August 12 and October 16.", "2021-10-16"),
    ("The fund bought the shares from August 12 to October 16.", "2021-10-16"),
    ("The fund bought the shares on August 12 and sold them on October 16.", None),  # two days, two deeds
])
def test_a_deed_dated_by_the_first_day_of_a_stretch_took_the_stretch(text, until):
    doc = told("a", "2021-10-19", text, "bought", "061", [("ruritania", "source")], "August 12", "2021-08-12")
    at = text.index("October 16")
    doc.timexes.append(Timex(at, at + 10, "October 16", "DATE", "2021-10-16"))
    date = relation.relate(doc, doc.event_mentions[0], telling.of(doc, doc.event_mentions[0]))
    assert (date.value, date.relation, date.until) == ("2021-08-12", "since" if until else "on", until)


@pytest.mark.parametrize("text, relation_of", [
    ("Acme and the union agreed to conclude the talks by May 1.", "before"),
    ("Acme agreed to conclude the talks before May 1.", "before"),
    ("Acme agreed to conclude the talks on May 1.", "on"),
    ("Acme began the talks before May 1's meeting.", "on"),  # the day of what the possessive names
    ("Acme will conclude the talks before May 1, when the talks are held.", "on"),  # the "when" clause's day
])
def test_a_day_after_by_or_before_is_a_deadline_the_happening_is_done_by(text, relation_of):
    doc = told("a", "2021-04-08", text, "talks", "046", [("acme", "source")], "May 1", "2021-05-01")
    date = relation.relate(doc, doc.event_mentions[0], telling.of(doc, doc.event_mentions[0]))
    assert (date.value, date.relation) == ("2021-05-01", relation_of)


@pytest.mark.parametrize("text, value, relation_of", [
    ("Acme held the talks after May 1.", "2021-06-08", "before"),
    ("Acme held the talks shortly after the close of May 1.", "2021-06-08", "before"),
    ("Acme held the talks on May 1.", "2021-05-01", "on"),
    ("Prices rose after the May 1 talks.", "2021-05-01", "on"),  # the day of the noun it modifies
])
def test_a_day_after_after_is_one_the_happening_followed_on_a_day_the_text_does_not_give(text, value, relation_of):
    doc = told("a", "2021-06-08", text, "talks", "046", [("acme", "source")], "May 1", "2021-05-01")
    date = relation.relate(doc, doc.event_mentions[0], telling.of(doc, doc.event_mentions[0]))
    assert (date.value, date.relation) == (value, relation_of)


@pytest.mark.parametrize("text, relation_of, until", [
    ("The strike began March 3 and continued through the weekend.", "since", "2021-04-08"),
    ("The strike, which started on March 3, was called off.", "since", None),
    ("The strike began with a march on March 3.", "on", None),  # the day of the march
    ("The strike on March 3 began a wave of protests.", "on", None),
])
def test_a_happening_that_began_on_a_day_runs_since_that_day(text, relation_of, until):
    doc = told("a", "2021-04-08", text, "strike", "143", [("acme", "source")], "March 3", "2021-03-03")
    date = relation.relate(doc, doc.event_mentions[0], telling.of(doc, doc.event_mentions[0]))
    assert (date.value, date.relation, date.until) == ("2021-03-03", relation_of, until)


def test_undated_violence_told_by_a_verb_with_only_its_doer_and_trigger_in_common_is_not_a_dated_attack():
    dated = told("a", "2021-05-03", "Ruritania attacked Freedonia's oil platform on Monday.", "attacked", "190",
                 [("ruritania", "source"), ("freedonia", "target")], "Monday", "2021-05-03")
    verb = told("b", "2021-05-03", "Ruritania also attacked and seized a ship, officials said.", "attacked", "190",
                [("ruritania", "source")])
    assert len(merge.merge_events([dated, verb], ACTORS)) == 2
    noun = told("c", "2021-05-03", "Officials called the Ruritanian attack measured.", "attack", "190",
                [("ruritania", "source")])
    [event] = merge.merge_events([dated, noun], ACTORS)
    assert [s.doc for s in event.sources] == ["a", "c"]
    resigned = told("d", "2021-05-03", "Jan Novak resigned as minister on Monday.", "resigned", "083", SPEAKER,
                    "Monday", "2021-05-03")
    again = told("e", "2021-05-04", "Jan Novak, who resigned, said he had no regrets.", "resigned", "083", SPEAKER)
    [event] = merge.merge_events([resigned, again], ACTORS)
    assert [s.doc for s in event.sources] == ["d", "e"]


def test_one_speakers_remarks_in_one_article_are_one_statement_whatever_each_verb_codes():
    def remarks(doc_id, *said):
        text = " ".join(sentence for sentence, _, _ in said)
        doc = told(doc_id, "2021-05-06", text, said[0][1], said[0][2], SPEAKER)
        doc.event_mentions = []
        for sentence, trigger, code in said:
            at = text.index(sentence) + sentence.index(trigger)
            doc.event_mentions.append(EventMention(
                sentence=0, trigger_start=at, trigger_end=at + len(trigger), trigger=trigger, code=code, label="",
                title=f"{code} {trigger}", date=Date("2021-05-06", "day", "publication"),
                actors=[Participant("jan-novak", "source")], object=sentence[sentence.index(trigger) + len(trigger):]))
        return doc
    said = ("Jan Novak said the harvest would be poor.", "said", "010")
    denied = ("Jan Novak denied the mill would close.", "denied", "016")
    declined = ("Jan Novak declined to comment on the budget.", "declined to comment", "011")
    assert len(merge.merge_events([remarks("a", said, denied)], ACTORS)) == 1
    # declining to comment says nothing of what the speaker said
    assert len(merge.merge_events([remarks("a", said, declined)], ACTORS)) == 2
    # in two articles of the day, a remark and a denial in no word alike are two statements
    assert len(merge.merge_events([remarks("a", said), remarks("b", denied)], ACTORS)) == 2


def two_statements(first, second):
    """An article in which Jan Novak makes the statement `first`, then `second`, each reported by its "said"."""
    text = f"{first} {second}"
    doc = told("a", "2021-05-06", text, "said", "010", SPEAKER)
    start = len(first) + 1 + second.index("said")
    doc.sentences = [Sentence(0, len(first), first), Sentence(len(first) + 1, len(text), second)]
    doc.event_mentions.append(replace(doc.event_mentions[0], sentence=1, trigger_start=start, trigger_end=start + 4,
                                      title="Jan Novak says " + second.split("said ")[1].rstrip(".")))
    doc.event_mentions[0].title = "Jan Novak says " + first.split("said ")[1].rstrip(".")
    return doc


@pytest.mark.parametrize("first, second, relation", [
    ("Jan Novak said he is weighing a bid.", "Jan Novak said he has sold the farm.", "reported"),
    ("Jan Novak said he has sold the farm.", "Jan Novak said he is weighing a bid.", "before"),
])
def test_statements_of_one_day_are_dated_as_the_one_their_title_tells(first, second, relation):
    [event] = merge.merge_events([two_statements(first, second)], ACTORS)
    assert event.title == "Jan Novak says " + first.split("said ")[1].rstrip(".")
    assert (event.date.value, event.date.relation) == ("2021-05-06", relation)


def test_one_articles_unnamed_sources_are_one_speaker():
    sources = [Actor("trade-sources", "trade sources", "group"), Actor("market-sources", "market sources", "group"),
               Actor("ruritanian-sources", "Ruritanian sources", "group", affiliation="ruritania")]

    def said(doc_id, text, who):
        doc = told(doc_id, "2021-05-06", text, "said", "010", [(who, "source")])
        doc.event_mentions[0].object = text
        return doc
    first = said("a", "Trade sources said the mill would close.", "trade-sources")
    second = said("a", "Market sources said buyers would look elsewhere.", "market-sources")
    assert len(merge.merge_events([_two_sentences(first, second)], ACTORS + sources)) == 1
    first = said("a", "Trade sources said the mill would close.", "trade-sources")
    second = said("b", "Market sources said buyers would look elsewhere.", "market-sources")
    assert len(merge.merge_events([first, second], ACTORS + sources)) == 2  # in two articles: two accounts
    first = said("a", "Trade sources said the mill would close.", "trade-sources")
    second = said("a", "Ruritanian sources said buyers would look elsewhere.", "ruritanian-sources")
    assert len(merge.merge_events([_two_sentences(first, second)], ACTORS + sources)) == 2  # a side, not contacts




def _with_object(doc_id, text, trigger, code, actors, obj, timex=None):
    doc = told(doc_id, "2021-05-04", text, trigger, code, actors, timex, "2021-05-03" if timex else None)
    doc.event_mentions[0].object = obj
    return doc


def _naming(doc, *names):
    """The article with each of `names` (actor keys, spelt as the text spells them) mentioned where it stands."""
    doc.mentions = [Mention(doc.text.index(name.title()), doc.text.index(name.title()) + len(name), name.title(),
                            name, "organization") for name in names]
    return doc


def test_a_deed_done_to_a_party_the_other_article_never_names_is_another_deed():
    """A rater lowers the ratings of many companies a day: each article tells of its own company."""
    rater = [("ruritania", "source")]
    acme = _naming(_with_object("a", "Ruritania lowered its rating of Acme.", "lowered", "00",
                                rater + [("acme", "target")], "its rating of Acme"), "ruritania", "acme")
    zenith = _naming(_with_object("b", "Ruritania lowered its rating of Zenith debt.", "lowered", "00", [],
                                  "its rating of Zenith debt"), "zenith")
    assert len(merge.merge_events([acme, zenith], ACTORS)) == 2
    again = _naming(_with_object("c", "Ruritania lowered its rating of Acme notes.", "lowered", "00", [],
                                 "its rating of Acme notes"), "acme")
    [event] = merge.merge_events([acme, again], ACTORS)
    assert [s.doc for s in event.sources] == ["a", "c"]
    zenith_rated = _naming(_with_object("d", "Ruritania lowered its rating of Zenith.", "lowered", "00",
                                        rater + [("zenith", "target")], "its rating of Zenith"), "ruritania", "zenith")
    assert len(merge.merge_events([zenith_rated, _naming(_with_object(
        "e", "Ruritania lowered its rating of Acme debt.", "lowered", "00", rater, "its rating of Acme debt"),
        "ruritania", "acme")], ACTORS)) == 2


def test_a_bodys_remarks_in_articles_naming_other_parties_are_two_remarks():
    """A body's releases of one day on two parties' loans say alike what each loan is for."""
    def release(doc_id, party, obj):
        doc = _with_object(doc_id, f"Ruritania said the loan to {party.title()} will support reforms.", "said", "010",
                           [("ruritania", "source")], obj)
        return _naming(doc, "ruritania", party)
    aim = "the loan will support reforms"
    acme, zenith = release("a", "acme", aim), release("b", "zenith", aim)
    assert len(merge.merge_events([acme, zenith], ACTORS)) == 2
    [event] = merge.merge_events([acme, release("c", "acme", aim)], ACTORS)
    assert [s.doc for s in event.sources] == ["a", "c"]


def test_a_doers_changes_up_and_down_are_two_deeds():
    ruritania = [("ruritania", "source")]
    raised = _with_object("a", "Ruritania raised its duty on coffee.", "raised", "00", ruritania, "its duty on coffee")
    lowered = _with_object("b", "Ruritania lowered its duty on coffee.", "lowered", "00", ruritania,
                           "its duty on coffee")
    assert len(merge.merge_events([raised, lowered], ACTORS)) == 2
    again = _with_object("c", "Ruritania raised the duty on coffee.", "raised", "00", ruritania, "the duty on coffee")
    [event] = merge.merge_events([raised, again], ACTORS)
    assert [s.doc for s in event.sources] == ["a", "c"]


def test_actorless_reports_sharing_only_their_trigger_and_each_telling_its_own_matter_stay_apart():
    wages = _with_object("a", "On Monday negotiators reached a settlement on wages.", "reached", "057", [],
                         "a settlement on wages", "Monday")
    quotas = _with_object("b", "On Monday delegates reached a compromise over quotas.", "reached", "057", [],
                          "a compromise over quotas", "Monday")
    assert len(merge.merge_events([wages, quotas], ACTORS)) == 2
    bare = _with_object("c", "On Monday negotiators reached it.", "reached", "057", [], None, "Monday")
    [event] = merge.merge_events([wages, bare], ACTORS)
    assert [s.doc for s in event.sources] == ["a", "c"]

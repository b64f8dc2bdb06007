"""The cross-article merge and publication-date inference, on hand-built documents and event mentions."""

import random

from eventgraph import merge
from eventgraph.merge.dates import interval, iso
from eventgraph.model import Actor, Date, Document, EventMention, Participant, Sentence, granularity

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
    assert [iso(day) for day in interval("196")] == ["1960-01-01", "1969-12-31"]
    assert [iso(day) for day in interval("20")] == ["2000-01-01", "2099-12-31"]
    assert [iso(day) for day in interval("1998-Q3")] == ["1998-07-01", "1998-09-30"]
    assert interval("PRESENT_REF") is None


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
    docs = [document("a", "2021-05-06", mention("057", ("196", "explicit"), [], trigger="agreement",
                                                obj="defence agreement")),
            document("b", "2021-05-06", mention("057", ("1961", "explicit"), [], trigger="treaty",
                                                obj="1961 treaty"))]
    [event] = merge.merge_events(docs, ACTORS)
    assert event.date.value == "1961"


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

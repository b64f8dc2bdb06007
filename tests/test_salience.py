"""Salience: what ranks an event into a story's top K."""

import pytest

from eventgraph import salience
from eventgraph.exporters.order import top_events
from eventgraph.model import Actor, Date, Document, Event, MentionRef, Participant, Sentence, Source


def event(event_id, code, value, docs, relation="on", actors=("ruritania",)):
    dated = Date(value, "day", "explicit" if relation == "on" else "publication", relation=relation)
    return Event(id=event_id, title=" ".join([*(actor.title() for actor in actors[:1]), event_id]), code=code,
                 label="", date=dated, actors=[Participant(actor) for actor in actors],
                 sources=[Source(d, "s", 10, 20, dated) for d in docs])


DOCS = [Document(id=d, path=d, text="", published="2021-05-06") for d in "abc"]
ACTORS = [Actor("ruritania", "Ruritania", "country", mentions=[MentionRef(d, 0, 9, "Ruritania") for d in "abc"]),
          Actor("jan", "Jan", "person", mentions=[MentionRef("a", 0, 3, "Jan")])]


def test_a_deed_outranks_a_statement_and_a_dated_event_one_dated_by_its_report():
    events = [event("signing", "057", "2021-05-05", "ab"), event("comment", "010", "2021-05-05", "ab"),
              event("undated", "057", "2021-05-06", "ab", relation="before")]
    salience.rank(events, ACTORS, DOCS)
    ranked = [e.id for e in sorted(events, key=lambda e: -e.salience)]
    assert ranked[0] == "signing" and ranked.index("undated") > 0


def test_central_actors_and_more_articles_rank_higher():
    events = [event("central", "190", "2021-05-05", "ab"), event("marginal", "190", "2021-05-05", "ab",
                                                                  actors=("jan",)),
              event("wide", "190", "2021-05-05", "abc")]
    salience.rank(events, ACTORS, DOCS)
    assert events[2].salience > events[0].salience > events[1].salience


def test_a_body_joined_to_its_officials_event_does_not_make_it_central():
    named, joined = event("named", "190", "2021-05-05", "ab", actors=("jan",)), \
        event("joined", "190", "2021-05-05", "ab", actors=("jan", "ruritania"))
    joined.actors[1].joined = True
    salience.rank([named, joined], ACTORS, DOCS)
    assert named.salience == joined.salience
    joined.actors[1].joined = False
    salience.rank([named, joined], ACTORS, DOCS)
    assert joined.salience > named.salience


def test_the_top_k_spreads_over_dates():
    events = [event(f"busy{i}", "190", "2021-05-05", "abc") for i in range(3)] + [
        event("other", "190", "2021-05-01", "a")]
    salience.rank(events, ACTORS, DOCS)
    assert [e.id for e in top_events(events, 2)] == ["other", "busy0"]


def test_every_date_gets_its_first_event_before_any_date_its_second():
    events = [event(f"busy{i}", "190", "2021-05-05", "abc") for i in range(3)] + [
        event("quiet", "010", "2021-05-01", "a"), event("quieter", "010", "2021-05-02", "a", actors=("jan",))]
    salience.rank(events, ACTORS, DOCS)
    assert [e.id for e in top_events(events, 3)] == ["quiet", "quieter", "busy0"]
    assert [e.id for e in top_events(events, 4)] == ["quiet", "quieter", "busy0", "busy1"]


def test_the_lead_of_the_article_of_its_day_keeps_a_happening_dated_by_its_report():
    def reported(event_id, start):
        dated = Date("2021-05-06", "day", "publication", relation="before")
        return Event(id=event_id, title=event_id, code="190", label="", date=dated,
                     actors=[Participant("ruritania")], sources=[Source("a", "s", start, start + 10, dated)])
    lead_doc = Document(id="a", path="a", text="", published="2021-05-06", body=[(0, 100)],
                        sentences=[Sentence(0, 40, "x"), Sentence(41, 100, "y")])
    events = [reported("lead", 0), reported("later", 41)]
    salience.rank(events, ACTORS, [lead_doc])
    assert events[0].salience > 2 * events[1].salience


def test_a_week_that_holds_a_day_already_picked_is_no_new_date():
    events = [event("day", "190", "2021-05-05", "abc"), event("week", "190", "2021-W18", "ab"),
              event("other", "010", "2021-04-20", "a")]
    salience.rank(events, ACTORS, DOCS)
    assert events[1].salience > events[2].salience
    assert [e.id for e in top_events(events, 2)] == ["other", "day"]


def test_an_undated_event_comes_only_when_no_dated_one_is_left():
    events = [event("undated", "190", None, "abc"), event("dated", "010", "2021-04-20", "a")]
    salience.rank(events, ACTORS, DOCS)
    assert events[0].salience > events[1].salience
    assert [e.id for e in top_events(events, 1)] == ["dated"]
    assert [e.id for e in top_events(events, 2)] == ["dated", "undated"]


def test_a_happening_dated_where_no_article_came_out_is_backstory():
    events = [event("news", "190", "2021-05-05", "a"), event("backstory", "190", "2021-03-02", "a")]
    salience.rank(events, ACTORS, DOCS)
    assert events[0].salience > events[1].salience


def test_a_quarter_is_as_coarse_as_a_year():
    events = [event("day", "190", "2021-05-05", "a"), event("quarter", "190", "2021-Q2", "a")]
    salience.rank(events, ACTORS, DOCS)
    assert events[1].salience < events[0].salience



def published(*days):
    return [Document(id=d, path=d, text="", published=day) for d, day in zip("abc", days)]


def test_a_day_on_which_many_articles_came_out_lifts_its_event_over_a_quiet_days():
    docs = published("2021-05-06", "2021-05-06", "2021-05-03")
    events = [event("busy", "010", "2021-05-06", "a", relation="reported"), event("quiet", "190", "2021-05-02",
                                                                                    "c")]
    salience.rank(events, ACTORS, docs)
    assert events[0].salience > events[1].salience
    assert [e.id for e in top_events(events, 1)] == ["busy"]


def ranked_with_and_without_news(events, docs, monkeypatch):
    salience.rank(events, ACTORS, docs)
    with_news = [e.salience for e in events]
    monkeypatch.setattr(salience, "NEWS", 0.0)
    salience.rank(events, ACTORS, docs)
    return with_news, [e.salience for e in events]


def test_only_the_most_salient_event_of_a_day_gains_its_news(monkeypatch):
    events = [event("comment", "010", "2021-05-06", "a"), event("deed", "190", "2021-05-06", "ab")]
    with_news, without = ranked_with_and_without_news(events, published("2021-05-06", "2021-05-06"), monkeypatch)
    assert with_news[1] > without[1] and with_news[0] == without[0]


def test_a_week_or_a_happening_only_known_to_precede_the_day_gains_no_news(monkeypatch):
    events = [event("week", "190", "2021-W18", "a"), event("before", "190", "2021-05-06", "a", relation="before")]
    with_news, without = ranked_with_and_without_news(events, published("2021-05-06", "2021-05-06"), monkeypatch)
    assert with_news == without


def test_a_week_or_a_month_holding_a_picked_day_comes_before_a_second_event_of_that_day():
    events = [event("day", "190", "2021-05-05", "abc"), event("second", "190", "2021-05-05", "ab"),
              event("month", "010", "2021-05", "a", actors=("jan",)), event("week", "036", "2021-W18", "a")]
    salience.rank(events, ACTORS, DOCS)
    assert events[1].salience > events[3].salience > events[2].salience
    assert [e.id for e in top_events(events, 2)] == ["week", "day"]  # shown by date: the week opens before the day
    assert [e.id for e in top_events(events, 3)] == ["month", "week", "day"]


def test_a_month_holding_a_picked_act_of_its_kind_is_that_act_told_vaguer():
    events = [event("talks", "046", "2021-05-05", "abc"), event("second", "190", "2021-05-05", "ab"),
              event("talks this month", "046", "2021-05", "a", actors=("jan",))]
    salience.rank(events, ACTORS, DOCS)
    assert [e.id for e in top_events(events, 2)] == ["talks", "second"]  # one day: the more salient act first
    events[2].code = "010"  # a statement of the month is no vaguer telling of the talks
    assert [e.id for e in top_events(events, 2)] == ["talks this month", "talks"]


def test_a_day_with_a_single_article_is_no_news(monkeypatch):
    events = [event("deed", "190", "2021-05-06", "a"), event("other", "190", "2021-05-04", "b")]
    with_news, without = ranked_with_and_without_news(events, published("2021-05-06", "2021-05-04"), monkeypatch)
    assert with_news == without


def day_of_news(code, relation, start, source="publication"):
    dated = Date("2021-05-06", "day", source, relation=relation)
    return Event(id=f"{code}-{relation}-{start}", title="", code=code, label="", date=dated,
                 actors=[Participant("ruritania")], sources=[Source("a", "s", start, start + 10, dated)])


def two_articles_of_a_day():
    sentences = [Sentence(0, 40, "x"), Sentence(41, 100, "y")]
    return [Document(id=d, path=d, text="", published="2021-05-06", body=[(0, 100)], sentences=sentences)
            for d in "ab"]


def test_an_undated_act_an_article_of_the_day_leads_with_is_that_days_news(monkeypatch):
    events = [day_of_news("057", "before", 0), day_of_news("010", "reported", 41)]
    with_news, without = ranked_with_and_without_news(events, two_articles_of_a_day(), monkeypatch)
    assert with_news[0] > without[0] and with_news[1] == without[1]


@pytest.mark.parametrize("code, start, actors", [("057", 41, ["ruritania"]), ("010", 0, ["ruritania"]),
                                                  ("040", 0, ["ruritania"]), ("00", 0, ["ruritania"]),
                                                  ("057", 0, [])])
def test_an_undated_act_after_the_lead_a_statement_meeting_happening_outside_cameo_or_nobodys_deed_is_no_news(
        code, start, actors, monkeypatch):
    before = day_of_news(code, "before", start)
    before.actors = [Participant(actor) for actor in actors]
    events = [before, day_of_news("010", "reported", 41)]
    with_news, without = ranked_with_and_without_news(events, two_articles_of_a_day(), monkeypatch)
    assert with_news[0] == without[0] and with_news[1] > without[1]


def test_a_year_or_a_quarter_ranks_with_the_seconds_of_picked_days():
    events = [event("day", "190", "2021-05-05", "abc"), event("second", "010", "2021-05-05", "a", actors=("jan",)),
              event("year", "190", "2019", "abc"), event("quarter", "190", "2020-Q3", "abc"),
              event("month", "010", "2020-11", "a", actors=("jan",))]
    salience.rank(events, ACTORS, DOCS)
    assert events[2].salience > events[4].salience and events[2].salience > events[1].salience
    assert [e.id for e in top_events(events, 2)] == ["month", "day"]
    assert [e.id for e in top_events(events, 3)] == ["year", "month", "day"]
    assert {e.id for e in top_events(events, 5)} == {"day", "second", "year", "quarter", "month"}


def test_a_happening_one_article_tells_of_before_its_date_comes_only_when_no_dated_one_is_left():
    events = [event("plan", "036", "2021-05-10", "a"), event("held", "010", "2021-05-03", "a", actors=("jan",)),
              event("awaited", "036", "2021-05-11", "ab"), event("second", "010", "2021-05-03", "a", actors=("jan",)),
              event("undated", "036", None, "abc")]
    salience.rank(events, ACTORS, DOCS)
    assert [e.told_ahead for e in events] == [True, False, False, False, False]
    assert events[0].salience > events[1].salience
    assert [e.id for e in top_events(events, 2)] == ["held", "awaited"]
    assert [e.id for e in top_events(events, 3)] == ["held", "second", "awaited"]
    assert [e.id for e in top_events(events, 5)] == ["held", "second", "plan", "awaited", "undated"]


def test_a_happening_planned_for_a_week_or_a_month_not_over_when_told_is_told_ahead():
    events = [event("talks", "046", "2021-05", "ab"), event("week", "046", "2021-W18", "a"),
              event("walkout", "143", "2021-05", "a"), event("today", "046", "2021-05-06", "a"),
              event("april", "046", "2021-04", "a")]
    for planned in (events[0], events[1], events[3], events[4]):
        planned.modality = "planned"
    salience.rank(events, ACTORS, DOCS)
    assert [e.told_ahead for e in events] == [True, True, False, False, False]
    assert {e.id for e in top_events(events, 3)} == {"walkout", "today", "april"}


def test_a_comment_of_an_articles_body_that_no_text_dates_is_a_remark():
    def told(event_id, code, relation, start):
        dated = Date("2021-05-06", "day", "publication", relation=relation)
        return Event(id=event_id, title=event_id, code=code, label="", date=dated,
                     actors=[Participant("ruritania")], sources=[Source("a", "s", start, start + 10, dated)])
    doc = Document(id="a", path="a", text="", published="2021-05-06", body=[(0, 100)],
                   sentences=[Sentence(0, 40, "x"), Sentence(41, 100, "y")])
    events = [told("aside", "010", "reported", 41), told("lead", "010", "reported", 0),
              told("said before", "010", "before", 41), told("appeal", "020", "reported", 41)]
    salience.rank(events, ACTORS, [doc])
    assert [e.remark for e in events] == [True, False, False, False]

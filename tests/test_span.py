"""The story's span, and which dates lie implausibly far outside it."""

from eventgraph import span
from eventgraph.temporal.intervals import interval
from eventgraph.model import Date, Document, Event, Source


def doc(doc_id, published):
    return Document(id=doc_id, path=doc_id, text="", published=published)


def event(value, *docs, relation="on", source="explicit"):
    return Event(id=value, title="t", code="057", label="", date=Date(value, "day", source, relation=relation),
                 sources=[Source(d, "s", 0, 1) for d in docs])


def test_the_span_runs_over_the_publication_days_and_the_precise_dates_near_them():
    docs = [doc("a", "1987-03-05"), doc("b", "1987-03-09")]
    events = [event("1987-02-27", "a"), event("1987-03-30", "b"), event("1958", "a", "b"), event("1986-07", "a")]
    assert span.story_span(docs, events) == ("1987-02-27", "1987-03-30")


def test_without_publication_dates_the_span_is_what_two_articles_date():
    docs = [doc("a", None), doc("b", None)]
    assert span.story_span(docs, [event("2021-05-03", "a", "b"), event("2021-06-01", "a")]) == (
        "2021-05-03", "2021-05-03")
    assert span.story_span(docs, [event("2021-06-01", "a")]) is None


def test_far_outside_is_more_than_five_years_away():
    days = (interval("2012-01-01")[0], interval("2012-12-31")[1])
    assert span.far_outside("1400", days) and span.far_outside("12", days)
    assert not span.far_outside("2008", days) and not span.far_outside(None, days)

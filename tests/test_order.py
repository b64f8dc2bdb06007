from eventgraph.exporters.order import chronological
from eventgraph.model import Date, Event, Participant, Source


def event(event_id, code, value, docs):
    dated = Date(value, "day", "explicit")
    return Event(id=event_id, title=event_id, code=code, label="", date=dated, actors=[Participant("ruritania")],
                 sources=[Source(d, "s", 10, 20, dated) for d in docs])


def test_a_day_lists_its_acts_before_what_was_said_of_them_however_often_it_was_repeated():
    said = event("a-comment", "010", "2024-03-02", ["d1", "d2", "d3"])
    deed = event("b-strike", "190", "2024-03-02", ["d1"])
    seized = event("c-seizure", "190", "2024-03-02", ["d1", "d2"])
    earlier = event("d-comment", "010", "2024-03-01", ["d1"])
    assert [e.id for e in chronological([said, deed, seized, earlier])] == \
        ["d-comment", "c-seizure", "b-strike", "a-comment"]

from dataclasses import replace

from eventgraph import merge
from eventgraph.model import Date
from tests.test_merge_sole import ACTORS, RAIDERS, article

RAID = ("Ruritanian troops raided a Freedonian border post.", "raided", "190", RAIDERS)
SHELLING = ("Freedonian guns shelled a Ruritanian depot.", "shelled", "190",
            [("freedonia", "source"), ("ruritania", "target")])
TOLL = ("At least nine guards died, the agency said.", "died", "190", [])


def together(events) -> bool:
    """Whether one event has both the raid and the toll as sources."""
    return any({source.sentence for source in event.sources} >= {RAID[0], TOLL[0]} for event in events)


def test_a_toll_told_right_after_a_deed_is_that_deed():
    assert together(merge.merge_events([article(SHELLING, RAID, TOLL)], ACTORS))


def test_a_toll_its_text_dates_joins_the_deed_placed_after_it():
    doc = article(SHELLING, RAID, TOLL)
    doc.event_mentions[2] = replace(doc.event_mentions[2], date=Date("2021-05-05", "day", "relative"))
    events = merge.merge_events([doc], ACTORS)
    assert any({source.sentence for source in event.sources} == {RAID[0], TOLL[0]} for event in events)


def test_a_toll_after_another_report_of_its_kind_with_no_actor_does_not_reach_back_to_the_deed():
    mine = ("A mine blew up a truck near the border.", "blew up", "190", [])
    assert not together(merge.merge_events([article(SHELLING, RAID, mine, TOLL)], ACTORS))


def test_a_deed_with_no_actor_that_is_no_toll_and_points_back_at_nothing_stays_apart():
    other = ("Jets bombed a market in the capital.", "bombed", "190", [])
    assert len(merge.merge_events([article(SHELLING, RAID, other)], ACTORS)) == 3


def test_a_toll_told_three_sentences_after_the_deed_stays_apart():
    calm = ("Freedonian officials said the border was otherwise quiet.", "said", "010", [("freedonia", "source")])
    assert not together(merge.merge_events([article(SHELLING, RAID, calm, calm, TOLL)], ACTORS))

"""The page's overview data: K tiers from the --top ranking, day ranges, the time strip and the actor layout."""

from hypothesis import given
from hypothesis import strategies as st

from eventgraph.exporters import overview
from eventgraph.exporters.order import top_events
from eventgraph.model import Date, Event, Participant, Source, Story


def event(i: int, value: str | None, reports: int = 1, actors=()) -> Event:
    return Event(id=f"e{i:03}", title=f"Event {i}", code="042", label="Make a visit", date=Date(value),
                 actors=[Participant(a) for a in actors],
                 sources=[Source(f"d{j}", "S.", 0, 2) for j in range(reports)])


def test_tiers_are_the_smallest_k_whose_top_selection_holds_the_event():
    events = [event(i, f"2024-01-{1 + i % 28:02}", reports=1 + i % 7) for i in range(150)]
    tier = overview.tiers(events)
    for k in overview.K_CHOICES:
        assert {e.id for e in top_events(events, k)} == {e_id for e_id, t in tier.items() if t <= k}
    assert len(tier) == 100


def test_days_are_the_first_and_last_day_a_value_covers_as_strings():
    assert overview.days("2024-06-19") == ["2024-06-19", "2024-06-19"]
    assert overview.days("2024-02") == ["2024-02-01", "2024-02-29"]
    assert overview.days("196") == ["1960-01-01", "1969-12-31"]
    assert overview.days(None) is None and overview.days("PRESENT_REF") is None


@given(st.text(max_size=12))
def test_days_never_raise(value):
    covered = overview.days(value)
    assert covered is None or covered[0] <= covered[1]


def test_the_strip_spans_the_story_span_and_nothing_else():
    events = [event(i, f"2024-03-{1 + i % 28:02}") for i in range(100)] + [event(200, "1250-05-02")]
    assert overview.strip(Story(events=events, span=("2024-03-01", "2024-03-28"))) == {
        "first": "2024-03-01", "last": "2024-03-28", "unit": "day"}
    assert overview.strip(Story(events=events, span=("2023-01-01", "2024-12-31")))["unit"] == "month"
    assert overview.strip(Story(events=events)) is None


def test_the_actor_layout_is_the_same_every_time_and_fills_its_box():
    events = [event(i, "2024", actors=(f"a{i % 12}", f"a{(i * 5 + 1) % 12}")) for i in range(40)]
    ids = [f"a{i}" for i in range(13)]
    tier = overview.tiers(events)
    first = overview.actor_positions(ids, events, tier)
    assert first == overview.actor_positions(list(reversed(ids)), events, tier)
    assert set(first) == set(ids)
    xs, ys = [p[0] for p in first.values()], [p[1] for p in first.values()]
    assert (min(xs), max(xs), min(ys), max(ys)) == (0, overview.ACTOR_VIEW_WIDTH, 0, overview.ACTOR_VIEW_HEIGHT)


def test_the_laid_out_actors_are_those_of_the_top_events_first():
    involvement = {f"a{i}": 200 - i for i in range(200)} | {"quiet": 1, "idle": 0}
    top = [event(1, "2024", actors=("quiet",))]
    chosen = overview.layout_actors(involvement, top)
    assert chosen[0] == "quiet" and len(chosen) == overview.LAYOUT_ACTORS and "idle" not in chosen

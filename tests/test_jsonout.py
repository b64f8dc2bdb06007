import json
from importlib import resources

import jsonschema

from eventgraph.exporters import jsonout

from .stories import small_story

SCHEMA = json.loads(resources.files("eventgraph").joinpath("resources/schema/events.schema.json").read_text())


def test_events_json_follows_the_contract_schema():
    data = json.loads(jsonout.dumps(small_story()))
    jsonschema.validate(data, SCHEMA)
    assert data["schema"] == "eventgraph/1"


def test_events_come_in_date_order_at_their_own_precision_with_undated_last():
    data = json.loads(jsonout.dumps(small_story()))
    assert [e["date"]["value"] for e in data["events"]] == ["198", "1985", "2021-05-03", None]


def test_an_event_carries_type_actors_sources_and_salience():
    event = next(e for e in json.loads(jsonout.dumps(small_story()))["events"] if e["id"] == "e-sign")
    assert event["type"] == {"code": "057", "label": "Sign formal agreement"}
    assert event["date"] == {"value": "2021-05-03", "granularity": "day", "source": "explicit",
                             "text": "3 May 2021", "relation": "on", "until": None}
    assert event["actors"] == [{"actor": "ruritania", "role": "source"}, {"actor": "freedonia", "role": "target"}]
    assert [s["doc"] for s in event["sources"]] == ["a1", "b2"]
    assert event["salience"] == 2


def test_the_span_is_written_beside_the_title():
    story = small_story()
    story.span = ("2021-05-01", "2021-05-04")
    data = json.loads(jsonout.dumps(story))
    assert data["span"] == ["2021-05-01", "2021-05-04"]
    story.span = None
    assert json.loads(jsonout.dumps(story))["span"] is None


def test_top_keeps_the_most_reported_events_in_date_order():
    data = json.loads(jsonout.dumps(small_story(), top=2))
    assert [e["id"] for e in data["events"]] == ["e-old", "e-sign"]


def test_the_schema_rejects_a_year_padded_into_a_day_free_form():
    data = json.loads(jsonout.dumps(small_story()))
    data["events"][0]["date"]["value"] = "June 2024"
    try:
        jsonschema.validate(data, SCHEMA)
    except jsonschema.ValidationError:
        return
    raise AssertionError("a free-text date passed the schema")

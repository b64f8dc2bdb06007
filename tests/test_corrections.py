"""Corrections: each operation on a small story, conflicts, targets that are gone, and every kind of bad file."""

import datetime
import json
import re
from importlib import resources

import jsonschema
import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from eventgraph import corrections, ids
from eventgraph.cli import main
from eventgraph.exporters import jsonout, timeline
from eventgraph.model import Actor, Date, Document, Event, MentionRef, Participant, Sentence, Source, Story

EVENTS_SCHEMA = json.loads(resources.files("eventgraph").joinpath("resources/schema/events.schema.json").read_text())
SIGN = "Ruritania and Freedonia signed a trade pact on 3 May 2021."
TALKS = "Freedonia's government held talks with Ruritania in Lisbon."
FIRE = "A fire broke out at the port."


def story() -> Story:
    text = " ".join((SIGN, TALKS, FIRE))
    spans = [(0, len(SIGN)), (len(SIGN) + 1, len(SIGN) + 1 + len(TALKS))]
    spans.append((spans[1][1] + 1, len(text)))
    doc = Document(id="a1", path="a1.txt", text=text, title="Pact",
                   sentences=[Sentence(s, e, text[s:e]) for s, e in spans])
    other = Document(id="b2", path="b2.txt", text=SIGN, title="Deal", sentences=[Sentence(0, len(SIGN), SIGN)])
    actors = [Actor("freedonia", "Freedonia", "country", aliases=["Freedonia's government"],
                    mentions=[MentionRef("a1", 14, 23, "Freedonia"),
                              MentionRef("a1", spans[1][0], spans[1][0] + 22, "Freedonia's government")]),
              Actor("ruritania", "Ruritania", "country", mentions=[MentionRef("a1", 0, 9, "Ruritania")])]
    events = [
        Event("e-sign", "Ruritania and Freedonia sign a pact", "057", "Sign formal agreement",
              Date("2021-05-03", "day", "explicit", "3 May 2021"),
              [Participant("ruritania", "source"), Participant("freedonia", "target")],
              [Source("a1", SIGN, *spans[0]), Source("b2", SIGN, 0, len(SIGN))]),
        Event("e-talks", "Freedonia holds talks", "040", "Consult", Date("2021", "year", "explicit", "2021"),
              [Participant("freedonia", "source"), Participant("ruritania", "target")],
              [Source("a1", TALKS, *spans[1])]),
        Event("e-fire", "A fire breaks out", "20", "Use unconventional mass violence", Date(), [],
              [Source("a1", FIRE, *spans[2])]),
    ]
    return Story(documents=[doc, other], actors=actors, events=events)


def fix(*items):
    the_story = story()
    report = corrections.apply(the_story, corrections.parse({"version": 1, "corrections": list(items)}))
    return the_story, report


def event(the_story, event_id):
    return next(e for e in the_story.events if e.id == event_id)


def test_set_date_title_and_type_each_carry_their_note():
    s, report = fix({"op": "event.date", "event": {"id": "e-talks"}, "value": "2021-05-04", "note": "AP says"},
                    {"op": "event.title", "event": {"id": "e-talks"}, "title": "Talks in Lisbon"},
                    {"op": "event.type", "event": {"id": "e-talks"}, "code": "036"})
    talks = event(s, "e-talks")
    assert (talks.date.value, talks.date.granularity) == ("2021-05-04", "day")
    assert talks.title == "Talks in Lisbon" and talks.code == "036" and talks.label
    assert talks.edited == {"date": "AP says", "title": "", "type": ""}
    assert [entry["status"] for entry in report] == ["applied"] * 3
    out = json.loads(jsonout.dumps(s))
    assert next(e for e in out["events"] if e["id"] == "e-talks")["edited"]["date"] == "AP says"


def test_a_granularity_can_be_stated():
    s, _ = fix({"op": "event.date", "event": {"id": "e-fire"}, "value": "2021-05", "granularity": "month"})
    assert event(s, "e-fire").date.granularity == "month"


def test_participants_are_added_with_a_role_and_removed():
    s, report = fix({"op": "event.add_actor", "event": {"id": "e-fire"}, "actor": {"id": "ruritania"},
                     "role": "target"},
                    {"op": "event.remove_actor", "event": {"id": "e-sign"}, "actor": {"name": "Freedonia"}},
                    {"op": "event.add_actor", "event": {"id": "e-fire"},
                     "actor": {"name": "Port Authority", "type": "organization"}})
    assert [(p.actor, p.role) for p in event(s, "e-fire").actors] == [("ruritania", "target"),
                                                                        ("port-authority", "participant")]
    assert [p.actor for p in event(s, "e-sign").actors] == ["ruritania"]
    assert any(a.id == "port-authority" and a.type == "organization" for a in s.actors)
    assert all(entry["status"] == "applied" for entry in report)


def test_a_hidden_event_leaves_every_output_and_a_later_edit_of_it_is_reported():
    s, report = fix({"op": "event.hide", "event": {"id": "e-fire"}},
                    {"op": "event.title", "event": {"id": "e-fire"}, "title": "Fire"})
    assert "e-fire" not in {e.id for e in s.events}
    assert "fire" not in timeline.render(s, "md").lower()
    assert report[1]["status"] == "not applicable" and "hidden by correction 1" in report[1]["reason"]


def test_an_event_hidden_earlier_is_not_taken_for_another_event_of_its_sentence():
    the_story = story()
    sibling = Event("e-sign-2", "Freedonia praises the pact", "051", "Praise", Date(), [],
                    [Source("a1", SIGN, 0, len(SIGN))])
    the_story.events.append(sibling)
    ref = {"id": "e-sign", "doc": "a1", "quote": SIGN}
    report = corrections.apply(the_story, corrections.parse({"version": 1, "corrections": [
        {"op": "event.hide", "event": ref}, {"op": "event.title", "event": ref, "title": "Wrong"}]}))
    assert sibling.title == "Freedonia praises the pact" and report[1]["status"] == "not applicable"


def test_merging_events_joins_sources_and_actors_and_later_edits_follow_the_merged_id():
    s, report = fix({"op": "event.merge", "events": [{"id": "e-sign"}, {"id": "e-fire"}, {"id": "e-talks"}]},
                    {"op": "event.title", "event": {"id": "e-fire"}, "title": "All in one"})
    assert [e.id for e in s.events] == ["e-sign"]
    merged = s.events[0]
    assert len(merged.sources) == 4 and merged.title == "All in one"
    assert {p.actor for p in merged.actors} == {"ruritania", "freedonia"}
    assert report[1]["target"] == "e-sign"


def test_merging_with_an_event_that_is_gone_is_reported():
    _, report = fix({"op": "event.merge", "events": [{"id": "e-sign"}, {"id": "gone"}]})
    assert report[0]["status"] == "not applicable" and "gone" in report[0]["reason"]


def test_splitting_off_a_source_makes_an_event_of_it():
    s, report = fix({"op": "event.split", "event": {"id": "e-sign"}, "source": {"doc": "b2", "quote": "trade pact"}})
    assert [src.doc for src in event(s, "e-sign").sources] == ["a1"]
    new = event(s, report[0]["target"])
    assert [src.doc for src in new.sources] == ["b2"] and new.edited == {"sources": ""}
    assert new.id == ids.event_id("b2", SIGN, "split")


def test_splitting_the_only_source_changes_nothing():
    s, report = fix({"op": "event.split", "event": {"id": "e-fire"}, "source": {"doc": "a1", "quote": FIRE}})
    assert len(s.events) == 3 and report[0]["status"] == "applied" and report[0]["reason"]


def test_notes_are_kept_with_the_event():
    s, _ = fix({"op": "event.note", "event": {"id": "e-fire"}, "text": "Check with the fire brigade"})
    assert event(s, "e-fire").notes == ["Check with the fire brigade"]
    assert json.loads(jsonout.dumps(s))["events"][-1]["notes"] == ["Check with the fire brigade"]


def test_an_event_added_by_hand_from_a_quote_or_a_url():
    s, report = fix(
        {"op": "event.add", "date": {"value": "2021-05-05"}, "title": "Ruritania ratifies the pact", "code": "057",
         "actors": [{"actor": {"id": "ruritania"}, "role": "source"}], "source": {"doc": "a1", "quote": "trade pact"}},
        {"op": "event.add", "date": {"value": "2021-06"}, "title": "Parliament debates",
         "source": {"url": "https://news.example/debate"}})
    quoted, linked = event(s, report[0]["target"]), event(s, report[1]["target"])
    assert (quoted.sources[0].doc, quoted.sources[0].start) == ("a1", 0) and quoted.label == "Sign formal agreement"
    page = next(doc for doc in s.documents if doc.id == linked.sources[0].doc)
    assert (page.url, page.title, linked.sources[0].sentence) == ("https://news.example/debate",) * 2 + (
        "Parliament debates",)
    assert linked.date.granularity == "month" and "https://news.example/debate" in timeline.render(s, "md")
    assert quoted.edited == {"event": ""}


def test_an_event_added_from_an_article_that_is_gone_is_reported():
    _, report = fix({"op": "event.add", "date": {"value": "2021"}, "title": "X", "source": {"doc": "zz", "quote": "q"}})
    assert report[0]["status"] == "not applicable" and "zz" in report[0]["reason"]


def test_an_event_is_found_by_its_sentence_when_its_id_changed():
    s, report = fix({"op": "event.title", "event": {"id": "old-id", "doc": "a1", "quote": TALKS}, "title": "Talks"})
    assert event(s, "e-talks").title == "Talks" and report[0]["target"] == "e-talks"


def test_actor_rename_keeps_the_old_name_as_an_alias():
    s, _ = fix({"op": "actor.rename", "actor": {"id": "freedonia"}, "name": "Republic of Freedonia"})
    actor = next(a for a in s.actors if a.id == "freedonia")
    assert actor.name == "Republic of Freedonia" and "Freedonia" in actor.aliases and actor.edited == {"name": ""}


def test_actor_merge_rewrites_every_event():
    s, _ = fix({"op": "actor.merge", "actors": [{"id": "ruritania"}, {"name": "Freedonia"}]})
    assert [a.id for a in s.actors] == ["ruritania"]
    assert [(p.actor, p.role) for p in event(s, "e-sign").actors] == [("ruritania", "source")]
    assert "Freedonia" in s.actors[0].aliases


def test_actor_split_takes_the_alias_and_its_events():
    s, report = fix({"op": "actor.split", "actor": {"id": "freedonia"}, "alias": "Freedonia's government"})
    new = next(a for a in s.actors if a.id == report[0]["target"])
    assert new.name == "Freedonia's government" and len(new.mentions) == 1
    assert [p.actor for p in event(s, "e-talks").actors] == [new.id, "ruritania"]
    assert [p.actor for p in event(s, "e-sign").actors] == ["ruritania", "freedonia"]


def test_actor_hide_type_and_affiliation():
    s, report = fix({"op": "actor.type", "actor": {"id": "freedonia"}, "type": "group"},
                    {"op": "actor.affiliation", "actor": {"id": "freedonia"}, "affiliation": {"id": "ruritania"}},
                    {"op": "actor.hide", "actor": {"id": "ruritania"}},
                    {"op": "actor.rename", "actor": {"id": "ruritania"}, "name": "R"})
    freedonia = s.actors[0]
    assert [a.id for a in s.actors] == ["freedonia"] and freedonia.type == "group" and freedonia.affiliation is None
    assert all(p.actor != "ruritania" for e in s.events for p in e.actors)
    assert report[3]["status"] == "not applicable"


def test_story_title():
    s, _ = fix({"op": "story.title", "title": "The pact", "note": "our headline"})
    out = json.loads(jsonout.dumps(s))
    assert (s.title, out["title"], out["edited"]) == ("The pact", "The pact", {"title": "our headline"})


def test_two_corrections_of_one_field_the_later_wins_and_the_conflict_is_reported():
    s, report = fix({"op": "event.title", "event": {"id": "e-fire"}, "title": "First"},
                    {"op": "event.title", "event": {"doc": "a1", "quote": FIRE}, "title": "Second"})
    assert event(s, "e-fire").title == "Second"
    assert report[0]["status"] == "not applicable" and "correction 2" in report[0]["reason"]
    assert report[1]["status"] == "applied"
    assert corrections.problems(report, "c.json") == [
        "c.json: correction 1 (event.title) not applicable: conflicts with correction 2, which comes later and wins"]


def test_the_report_is_in_events_json():
    s, _ = fix({"op": "event.hide", "event": {"id": "nope"}})
    assert json.loads(jsonout.dumps(s))["corrections"][0]["status"] == "not applicable"


def test_timeline_md_marks_edited_events_and_shows_notes():
    s, _ = fix({"op": "event.title", "event": {"id": "e-fire"}, "title": "Port fire", "note": "from the mayor"},
               {"op": "event.note", "event": {"id": "e-fire"}, "text": "Call back"})
    md = timeline.render(s, "md")
    assert "Port fire *(edited: from the mayor)*" in md and "Note: Call back" in md


@pytest.mark.parametrize("data, message", [
    ({"version": 1, "corrections": [{"op": "event.rename"}]}, "unknown operation 'event.rename'"),
    ({"version": 1, "corrections": [{"op": "event.title", "event": {"id": "x"}}]}, "'title' is a required property"),
    ({"version": 1, "corrections": [{"op": "event.date", "event": {"id": "x"}, "value": "2021-02-30"}]},
     "'2021-02-30' is not a date"),
    ({"version": 1, "corrections": [{"op": "event.date", "event": {"id": "x"}, "value": "next week"}]},
     "'next week' is not a date"),
    ({"version": 2, "corrections": []}, "version 2"),
    ({"corrections": []}, "'version' is a required property"),
    ([], "is not of type 'object'"),
])
def test_bad_files_name_what_is_wrong(data, message):
    with pytest.raises(corrections.CorrectionsError, match=None) as caught:
        corrections.parse(data, "c.json")
    assert str(caught.value).startswith("c.json: ") and message in str(caught.value)
    assert "\n" not in str(caught.value)


@given(st.from_regex(r"\d{4}-\d{2}-\d{2}", fullmatch=True) | st.text(max_size=12))
def test_a_date_is_accepted_exactly_when_it_is_on_the_calendar_or_a_coarser_timex(value):
    item = {"op": "event.date", "event": {"id": "x"}, "value": value}
    try:
        corrections.parse({"version": 1, "corrections": [item]})
        accepted = True
    except corrections.CorrectionsError:
        accepted = False
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value, re.ASCII):
        try:
            real = datetime.date.fromisoformat(value) is not None
        except ValueError:
            real = False
        assert accepted == real
    elif accepted:
        coarser = r"\d{2,4}(-(0[1-9]|1[0-2]|W[0-5]\d|Q[1-4]|H[12]|SP|SU|FA|WI))?"
        assert re.fullmatch(coarser, value, re.ASCII), value


@pytest.fixture
def seeds(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text("Treaty signed\n\nLIMA, June 20, 2024 - Peru and Chile signed a treaty "
                                  "on Wednesday. The two leaders met in Santiago for talks that lasted two hours, "
                                  "officials said.\n")
    return folder


@pytest.mark.parametrize("content, message", [
    ("{not json", "not JSON"),
    ('{"version": 1, "corrections": [{"op": "event.explode", "event": {"id": "x"}}]}', "unknown operation"),
    ('{"version": 1, "corrections": [{"op": "event.hide"}]}', "'event' is a required property"),
    ('{"version": 1, "corrections": [{"op": "event.date", "event": {"id": "x"}, "value": "2024-13"}]}',
     "is not a date"),
    ('{"version": 9, "corrections": []}', "upgrade eventgraph"),
])
def test_the_command_line_refuses_a_bad_file_in_one_line_and_writes_nothing(tmp_path, seeds, content, message):
    bad = tmp_path / "fixes.json"
    bad.write_text(content)
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["build", str(seeds), "--out", str(out), "--corrections", str(bad), "-j", "1"])
    assert result.exit_code != 0
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and str(bad) in lines[0] and message in lines[0], result.output
    assert not out.exists()


def test_the_command_line_uses_dir_corrections_json_and_reports_on_stderr(tmp_path, seeds):
    out = tmp_path / "out"
    out.mkdir()
    (out / "corrections.json").write_text(json.dumps({"version": 1, "corrections": [
        {"op": "story.title", "title": "Treaty"}, {"op": "event.hide", "event": {"id": "gone"}}]}))
    result = CliRunner().invoke(main, ["build", str(seeds), "--out", str(out), "-j", "1"])
    assert result.exit_code == 0, result.output
    assert "correction 2 (event.hide) not applicable: its event gone is gone" in result.output
    assert f"{out / 'corrections.json'}: 1 of 2 corrections applied" in result.output
    data = json.loads((out / "events.json").read_text())
    assert data["title"] == "Treaty" and [c["status"] for c in data["corrections"]] == ["applied", "not applicable"]
    assert (out / "corrections.json").exists()


def test_a_corrected_story_still_follows_the_events_json_schema():
    s, _ = fix({"op": "event.title", "event": {"id": "e-fire"}, "title": "Fire", "note": "n"},
               {"op": "event.note", "event": {"id": "e-fire"}, "text": "t"},
               {"op": "actor.rename", "actor": {"id": "ruritania"}, "name": "R"},
               {"op": "event.add", "date": {"value": "2021"}, "title": "X", "source": {"url": "https://x.example"}},
               {"op": "story.title", "title": "S"}, {"op": "event.hide", "event": {"id": "gone"}})
    jsonschema.validate(json.loads(jsonout.dumps(s)), EVENTS_SCHEMA)


def test_the_example_in_the_output_contract_is_a_valid_corrections_file():
    from pathlib import Path

    contract = (Path(__file__).resolve().parent.parent / "docs" / "output-contract.md").read_text()
    example = contract.split("## corrections.json", 1)[1].split("```json", 1)[1].split("```", 1)[0]
    assert [item["op"] for item in corrections.parse(json.loads(example))] == ["event.title", "actor.rename"]


def test_a_missing_corrections_file_is_named(tmp_path, seeds):
    result = CliRunner().invoke(main, ["build", str(seeds), "--out", str(tmp_path / "out"),
                                       "--corrections", str(tmp_path / "nope.json")])
    assert result.exit_code != 0 and "nope.json: cannot read it" in result.output
    assert not (tmp_path / "out").exists()


def test_changed_corrections_make_an_up_to_date_folder_rebuild(tmp_path, seeds):
    out = tmp_path / "out"
    out.mkdir()
    fixes = out / "corrections.json"
    args = ["build", str(seeds), "--out", str(out), "-j", "1", "-q"]
    fixes.write_text(json.dumps({"version": 1, "corrections": [{"op": "story.title", "title": "One"}]}))
    assert CliRunner().invoke(main, args).exit_code == 0
    fixes.write_text(json.dumps({"version": 1, "corrections": [{"op": "story.title", "title": "Two"}]}))
    assert CliRunner().invoke(main, args).exit_code == 0
    assert json.loads((out / "events.json").read_text())["title"] == "Two"


def test_the_timeline_command_applies_corrections_too(tmp_path):
    articles = tmp_path / "a.jsonl"
    articles.write_text(json.dumps({"id": "a1", "title": "Pact", "published": "2021-05-04", "text":
                                    "Ruritania and Freedonia signed a trade pact on Monday in Lisbon. "
                                    "The pact cuts tariffs on grain, officials said."}) + "\n")
    built = CliRunner().invoke(main, ["timeline", str(articles), "--format", "json", "-j", "1", "-q"])
    first = json.loads(built.output)["events"][0]
    fixes = tmp_path / "c.json"
    fixes.write_text(json.dumps({"version": 1, "corrections": [
        {"op": "event.title", "event": {"id": first["id"]}, "title": "Corrected"}]}))
    result = CliRunner().invoke(main, ["timeline", str(articles), "--corrections", str(fixes), "-j", "1", "-q"])
    assert result.exit_code == 0 and "Corrected *(edited)*" in result.output


EVENT_REFS = st.sampled_from([{"id": "e-sign"}, {"id": "e-talks"}, {"id": "e-fire"}, {"id": "gone"},
                              {"id": "gone", "doc": "a1", "quote": TALKS}, {"id": "x", "doc": "b2", "quote": "pact"}])
ACTOR_REFS = st.sampled_from([{"id": "freedonia"}, {"id": "ruritania"}, {"name": "Freedonia's government"},
                              {"id": "nobody"}, {"name": "New Person"}])
TEXT = st.text(min_size=1, max_size=8).filter(str.strip)
ITEMS = st.one_of(
    st.builds(lambda e, v: {"op": "event.date", "event": e, "value": v}, EVENT_REFS,
              st.sampled_from(["2021", "2021-05", "2021-05-03", "198", "2021-W10"])),
    st.builds(lambda e, t: {"op": "event.title", "event": e, "title": t}, EVENT_REFS, TEXT),
    st.builds(lambda e, c: {"op": "event.type", "event": e, "code": c}, EVENT_REFS, st.sampled_from(["01", "057"])),
    st.builds(lambda e, a, r: {"op": "event.add_actor", "event": e, "actor": a, "role": r}, EVENT_REFS, ACTOR_REFS,
              st.sampled_from(["source", "target"])),
    st.builds(lambda e, a: {"op": "event.remove_actor", "event": e, "actor": a}, EVENT_REFS, ACTOR_REFS),
    st.builds(lambda e: {"op": "event.hide", "event": e}, EVENT_REFS),
    st.builds(lambda es: {"op": "event.merge", "events": es}, st.lists(EVENT_REFS, min_size=2, max_size=3)),
    st.builds(lambda e, d: {"op": "event.split", "event": e, "source": {"doc": d, "quote": "pact"}}, EVENT_REFS,
              st.sampled_from(["a1", "b2"])),
    st.builds(lambda e, t: {"op": "event.note", "event": e, "text": t}, EVENT_REFS, TEXT),
    st.builds(lambda a, t: {"op": "event.add", "date": {"value": "2021"}, "title": t, "source": {
        "doc": "a1", "quote": "fire"}, "actors": [{"actor": a}]}, ACTOR_REFS, TEXT),
    st.builds(lambda a, t: {"op": "actor.rename", "actor": a, "name": t}, ACTOR_REFS, TEXT),
    st.builds(lambda ac: {"op": "actor.merge", "actors": ac}, st.lists(ACTOR_REFS, min_size=2, max_size=3)),
    st.builds(lambda a: {"op": "actor.split", "actor": a, "alias": "Freedonia's government"}, ACTOR_REFS),
    st.builds(lambda a: {"op": "actor.hide", "actor": a}, ACTOR_REFS),
    st.builds(lambda a: {"op": "actor.type", "actor": a, "type": "group"}, ACTOR_REFS),
    st.builds(lambda a, b: {"op": "actor.affiliation", "actor": a, "affiliation": b}, ACTOR_REFS,
              st.one_of(st.none(), ACTOR_REFS)),
    st.builds(lambda t: {"op": "story.title", "title": t}, TEXT),
)


@given(st.lists(ITEMS, max_size=12))
def test_any_valid_file_applies_reports_every_correction_and_keeps_the_story_whole(items):
    s, report = fix(*items)
    assert [entry["index"] for entry in report] == list(range(1, len(items) + 1))
    assert all(entry["status"] == "applied" or entry["reason"] for entry in report)
    actor_ids = {a.id for a in s.actors}
    assert all(p.actor in actor_ids for e in s.events for p in e.actors)
    assert all(a.affiliation in actor_ids | {None} for a in s.actors)
    assert len({e.id for e in s.events}) == len(s.events)
    jsonschema.validate(json.loads(jsonout.dumps(s)), EVENTS_SCHEMA)

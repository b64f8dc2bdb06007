"""Ids that last: an event keeps its id when later articles arrive or its article is re-read."""

import json

from eventgraph import ids, pipeline
from eventgraph.model import Date, Event, Source

FIRST = ("Ruritania and Freedonia signed a trade pact on Monday in Lisbon. "
         "The pact cuts tariffs on grain, officials said.")
LATER = ("Ruritania and Freedonia signed a trade pact on Monday, the two governments said. "
         "Farmers in Freedonia welcomed the deal.")


def build(tmp_path, *records):
    path = tmp_path / "articles.jsonl"
    path.write_text("".join(json.dumps(record) + "\n" for record in records))
    return pipeline.build([str(path)])


def record(doc_id, text, published, title="Pact"):
    return {"id": doc_id, "title": title, "text": text, "published": published}


def pact(story):
    return next(e for e in story.events if any("signed" in s.sentence for s in e.sources))


def test_an_event_keeps_its_id_when_a_later_article_reports_it_too(tmp_path):
    before = pact(build(tmp_path, record("z-first", FIRST, "2021-05-04")))
    after = build(tmp_path, record("z-first", FIRST, "2021-05-04"), record("a-later", LATER, "2021-05-05"))
    assert pact(after).id == before.id
    assert {s.doc for s in pact(after).sources} == {"z-first", "a-later"}


def test_an_event_keeps_its_id_when_its_article_is_re_read_with_other_furniture(tmp_path):
    before = pact(build(tmp_path, record("a1", FIRST, "2021-05-04")))
    after = pact(build(tmp_path, record("a1", "Advertisement\n\n" + FIRST.replace(". ", ".  "), "2021-05-04")))
    assert after.id == before.id and after.sources[0].start != before.sources[0].start


def test_the_id_is_made_from_the_sentence_not_its_offsets():
    assert ids.event_id("a", "One  two\nthree.", "Two") == ids.event_id("a", "One two three.", "two")
    assert ids.event_id("a", "One two three.", "two") != ids.event_id("b", "One two three.", "two")


def test_events_sharing_an_id_are_numbered_in_a_fixed_order():
    def event(title):
        return Event("same", title, "010", "Make statement", Date(), sources=[Source("a", "s", 0, 1)])

    one, two, other = event("B"), event("A"), event("C")
    other.id = "same-2"
    ids.unique([one, two, other])
    assert (two.id, one.id, other.id) == ("same", "same-3", "same-2")


def test_actor_ids_are_slugs_of_names_numbered_when_taken():
    assert ids.actor_id("Jane Q. Doe") == "jane-q-doe"
    assert ids.actor_id("Jane Doe", {"jane-doe", "jane-doe-2"}) == "jane-doe-3"

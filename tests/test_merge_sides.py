from dataclasses import replace

from eventgraph import merge
from eventgraph.model import Actor, Date

from .test_merge_sole import article

ACTORS = [Actor("ruritania", "Ruritania", "country"), Actor("freedonia", "Freedonia", "country"),
          Actor("garrison", "Harbour Garrison", "organization")]
DOER = ("Officials said a Ruritanian attack had been beaten back.", "attack", "190", [("ruritania", "source")])
POINTED = ("They said the attack on the Harbour Garrison lasted an hour.", "attack", "190", [("garrison", "target")])


def test_a_deed_told_by_its_doer_and_again_by_its_target_in_one_article_is_one():
    [event] = merge.merge_events([article(DOER, POINTED)], ACTORS)
    assert len(event.sources) == 2
    assert {p.actor for p in event.actors} == {"ruritania", "garrison"}


def test_without_a_noun_pointing_back_the_two_may_be_two_deeds():
    other = ("They said an attack on the Harbour Garrison lasted an hour.", "attack", "190", [("garrison", "target")])
    assert len(merge.merge_events([article(DOER, other)], ACTORS)) == 2


def test_the_target_told_in_another_article_is_not_taken_on_the_pointing_noun_alone():
    assert len(merge.merge_events([article(DOER), replace(article(POINTED), id="b", path="b.txt")], ACTORS)) == 2


def test_another_word_for_another_kind_of_deed_stays_apart():
    other = ("They said the blockade of the Harbour Garrison lasted a week.", "blockade", "191",
             [("garrison", "target")])
    doc = article(DOER, other)
    for mention in doc.event_mentions:  # both dated by their text: no test of undated deeds keeps them apart
        mention.date = Date("2021-05-05", "day", "explicit", "Wednesday")
    assert len(merge.merge_events([doc], ACTORS)) == 2


def test_a_doer_named_on_both_sides_is_not_read_as_one_deed():
    other = ("They said the attack on Ruritanian positions lasted an hour.", "attack", "190", [("ruritania", "target")])
    assert len(merge.merge_events([article(DOER, other)], ACTORS)) == 2

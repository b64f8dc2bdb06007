"""A conjunct whose own subject did what the clause before did ("Zeta raised its rate and Acme followed") tells a
second instance of the happening with that subject as its doer."""

from eventgraph import pipeline
from eventgraph.model import Document


def mentions(text, code):
    doc = Document(id="d1", path="d1.txt", text=text, published="2021-05-06", published_source="metadata",
                   body=[(0, len(text))])
    return [m for m in pipeline.extract(doc).event_mentions if m.code == code]


def roles(found):
    return [(m.date.value, sorted((p.role, p.actor) for p in m.actors)) for m in found]


def test_a_follower_does_the_happening_on_its_own_date():
    found = mentions("Zeta Bank raised its prime rate to 8.5 pct on Monday and Acme Bank followed on Tuesday.", "00")
    assert roles(found) == [("2021-05-03", [("source", "zeta-bank")]), ("2021-05-04", [("source", "acme-bank")])]
    assert found[1].title.startswith("Acme Bank raises its prime rate")


def test_doing_the_same_or_following_suit_is_a_second_instance():
    for text in ("Acme Corp cut its prices by 5 pct and Zeta Inc did the same.",
                 "Acme Corp cut its prices by 5 pct, but Zeta Inc followed suit."):
        found = mentions(text, "00")
        assert [sorted(p.actor for p in m.actors) for m in found] == [["acme"], ["zeta"]], text


def test_a_follow_with_an_object_of_its_own_is_no_instance():
    found = mentions("Acme Corp cut its prices by 5 pct and Zeta Inc followed the market.", "00")
    assert [sorted(p.actor for p in m.actors) for m in found] == [["acme"]]


def test_a_follower_to_come_or_one_that_did_not_follow_is_no_instance():
    for text in ("Acme Corp cut its prices by 5 pct and Zeta Inc will follow.",
                 "Acme Corp cut its prices by 5 pct but Zeta Inc has not followed."):
        found = mentions(text, "00")
        assert [sorted(p.actor for p in m.actors) for m in found] == [["acme"]], text

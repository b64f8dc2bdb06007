"""Doers and groups: which groups of a sentence's events become actor mentions of the article."""

from eventgraph.actors import groups
from eventgraph.events.doers import groups_of
from eventgraph.model import Document, EventMention, Mention, Participant
from eventgraph.sentences import split

TEXT = "Acme Growers blocked the road on Monday.\n"


def test_a_group_an_event_names_is_an_actor_mention_though_a_name_is_written_at_its_place():
    doc = Document(id="a", path="a.txt", text=TEXT, published="2021-05-06", sentences=split(TEXT),
                   mentions=[Mention(0, 12, "Acme Growers", "acme-growers", "organization")])
    crowd = Mention(0, 12, "Acme Growers", groups.GROUP_KEY + "acme growers", "group", name="Acme growers")
    blocked = EventMention(sentence=0, trigger_start=13, trigger_end=20, trigger="blocked", code="191",
                           label="Impose blockade", title="Acme growers block the road",
                           actors=[Participant(crowd.actor, "source")])
    assert groups_of(doc, [crowd], [blocked]) == [crowd]
    assert groups_of(doc, [crowd], []) == []  # no event names it

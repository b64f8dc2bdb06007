"""Groups without a name that articles call by two nouns of one kind, counted as one for the merge."""

from eventgraph import merge
from eventgraph.merge.kin import kin_groups
from eventgraph.model import Actor, Date, Document, EventMention, Participant, Sentence

HILL_REBELS = Actor("hill-rebels", "Hill rebels", "group")
GUERRILLAS = Actor("guerrillas", "guerrillas", "group")
VALLEY_REBELS = Actor("valley-rebels", "Valley rebels", "group")
STRIKERS = Actor("strikers", "strikers", "group")


def ambush(doc_id, text, doer):
    trigger = "ambushed"
    start = text.index(trigger)
    event = EventMention(sentence=0, trigger_start=start, trigger_end=start + len(trigger), trigger=trigger,
                         code="190", label="", title="190 ambushed", date=Date("2021-05-06", "day", "publication"),
                         actors=[Participant(doer, "source")], object="a convoy")
    return Document(id=doc_id, path=f"{doc_id}.txt", text=text, published="2021-05-06", published_source="text",
                    sentences=[Sentence(0, len(text), text)], event_mentions=[event])


def test_a_bare_group_noun_is_the_one_other_group_of_its_kind():
    assert kin_groups([HILL_REBELS, GUERRILLAS, STRIKERS]) == {"guerrillas": "hill-rebels"}
    assert kin_groups([HILL_REBELS, VALLEY_REBELS, GUERRILLAS]) == {}
    assert kin_groups([HILL_REBELS, STRIKERS]) == {}


def test_a_group_called_by_another_noun_of_its_kind_takes_part_in_one_happening():
    docs = [ambush("a", "Hill rebels ambushed a convoy on the pass road.", "hill-rebels"),
            ambush("b", "Guerrillas ambushed a convoy on the pass road.", "guerrillas")]
    [event] = merge.merge_events(docs, [HILL_REBELS, GUERRILLAS])
    assert len(event.sources) == 2
    # with two groups of rebels in the story, the bare noun may be either: it is neither
    assert len(merge.merge_events(docs, [HILL_REBELS, VALLEY_REBELS, GUERRILLAS])) == 2

from eventgraph import merge
from eventgraph.model import Actor, Date, Document, EventMention, Participant, Sentence

ACTORS = [Actor("freedonia", "Freedonia", "country"), Actor("ruritania", "Ruritania", "country")]
RAIDERS = [("ruritania", "source"), ("freedonia", "target")]


def article(*told):
    """An article of one sentence per (sentence, trigger, code, actors), each dated only by its publication."""
    text, sentences, mentions = "", [], []
    for number, (sentence, trigger, code, actors) in enumerate(told):
        start = len(text)
        text += sentence + " "
        sentences.append(Sentence(start, start + len(sentence), sentence))
        at = start + sentence.index(trigger)
        mentions.append(EventMention(
            sentence=number, trigger_start=at, trigger_end=at + len(trigger), trigger=trigger, code=code, label="",
            title=f"{code} {trigger}", date=Date("2021-05-06", "day", "publication"),
            actors=[Participant(actor, role) for actor, role in actors]))
    return Document(id="a", path="a.txt", text=text.strip(), published="2021-05-06", published_source="text",
                    sentences=sentences, event_mentions=mentions)


def test_a_deed_of_violence_told_again_without_actors_is_the_one_its_article_tells():
    doc = article(("Ruritanian planes bombed a Freedonian village.", "bombed", "195", RAIDERS),
                  ("State television reported that three jets attacked the market.", "attacked", "195", []))
    [event] = merge.merge_events([doc], ACTORS)
    assert len(event.sources) == 2


def test_with_two_deeds_of_its_kind_an_article_does_not_say_which_one_has_no_actor():
    doc = article(("Ruritanian planes bombed a Freedonian village.", "bombed", "195", RAIDERS),
                  ("Freedonian guns shelled a Ruritanian port.", "shelled", "195",
                   [("freedonia", "source"), ("ruritania", "target")]),
                  ("State television reported that three jets attacked the market.", "attacked", "195", []))
    assert len(merge.merge_events([doc], ACTORS)) == 3


def test_other_deeds_told_without_actors_stay_apart():
    doc = article(("Ruritania charged two Freedonian bankers with fraud.", "charged", "173", RAIDERS),
                  ("Several other traders were investigated for insider dealing.", "investigated", "173", []))
    assert len(merge.merge_events([doc], ACTORS)) == 2

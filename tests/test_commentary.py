"""Commentary: the remarks of those a story quotes for colour, ranked after its own happenings and statements."""

from eventgraph import commentary, salience
from eventgraph.exporters.order import top_events
from eventgraph.model import Actor, Date, Document, Event, MentionRef, Participant, Sentence, Source


def event(event_id, code, actors, relation="on"):
    dated = Date("2021-05-06", "day", "explicit" if relation == "on" else "publication", relation=relation)
    return Event(id=event_id, title=f"{actors[0]} {event_id}", code=code, label="", date=dated,
                 actors=[Participant(actor) for actor in actors], sources=[Source("a", "s", 60, 70, dated)])


def _voices_story():
    """Three articles: a minister and a broker each quoted in article a, the broker's firm named nowhere else,
    the ministry of finance named in a and b."""
    text = ("Ruritania raised its tariffs on Monday. Finance Minister Ola Berg said the move was needed. "
            "The ministry of finance will review it, said Ivo Lind. Prices may climb, said Per Dahl of Acme "
            "Brokers.")
    sentences, start = [], 0
    for part in text.split(". "):
        end = start + len(part) + 1
        sentences.append(Sentence(start, end, part))
        start = end + 1
    docs = [Document(id="a", path="a", text=text, published="2021-05-06", sentences=sentences)] + [
        Document(id=d, path=d, text="", published="2021-05-06") for d in "bc"]

    def named(key, name, kind, docs=("a",)):
        at = text.find(name)
        return Actor(key, name, kind, mentions=[MentionRef(d, at, at + len(name), name) for d in docs])

    actors = [named("ruritania", "Ruritania", "country", "abc"), named("berg", "Ola Berg", "person"),
              named("lind", "Ivo Lind", "person"), named("dahl", "Per Dahl", "person"),
              named("acme", "Acme Brokers", "organization"),
              named("ministry", "ministry of finance", "organization", "ab")]
    return docs, actors


def _remark(event_id, speaker, joined=()):
    remark = event(event_id, "010", (speaker, "ruritania"), relation="reported")
    remark.actors[0].role, remark.actors[1].role = "source", "target"
    remark.actors += [Participant(body, "source", joined=True) for body in joined]
    return remark


def test_a_commentators_remark_is_colour_and_an_officials_is_not():
    docs, actors = _voices_story()
    voices = commentary.commentators(actors, docs)
    assert voices[1] == {"dahl"}  # Berg by his title, Lind by the body beside him in his sentence
    broker, minister = _remark("broker", "dahl", joined=("acme",)), _remark("minister", "berg")
    salience.rank([broker, minister], actors, docs)
    assert broker.colour and not minister.colour
    assert minister.salience > broker.salience  # the target the broker speaks of does not make him central


def test_a_remark_an_article_leads_with_or_a_story_of_one_article_is_no_colour():
    docs, actors = _voices_story()
    lead = _remark("lead", "dahl")
    lead.sources[0].start = 0
    salience.rank([lead], actors, docs)
    assert not lead.colour
    single = _remark("single", "dahl")
    salience.rank([single], actors, docs[:1])
    assert not single.colour


def test_colour_comes_after_every_happening_in_the_top_k():
    docs, actors = _voices_story()
    remark = _remark("broker", "dahl")
    deeds = [event(f"deed{i}", "190", ("ruritania",)) for i in range(2)]
    salience.rank([remark, *deeds], actors, docs)
    remark.salience = 10.0
    assert [e.id for e in top_events([remark, *deeds], 2)] == ["deed0", "deed1"]


def test_a_commentators_trade_is_no_post_and_a_firms_presidency_is():
    text = "Growth will slow, said Eva Holm, an economist at Borka Bank. Tor Vik, president of Borka Bank, agreed."
    docs = [Document(id="a", path="a", text=text, published="2021-05-06",
                     sentences=[Sentence(0, 59, text[:59]), Sentence(60, len(text), text[60:])])] + [
        Document(id=d, path=d, text="", published="2021-05-06") for d in "bc"]
    actors = [Actor(key, name, "person", mentions=[MentionRef("a", text.find(name), text.find(name) + len(name),
                                                             name)])
              for key, name in (("holm", "Eva Holm"), ("vik", "Tor Vik"))]
    assert commentary.commentators(actors, docs)[1] == {"holm"}

"""Small hand-built stories shared by the exporter and graph tests."""

from eventgraph.model import Actor, Date, Document, Event, MentionRef, Participant, Source, Story
from eventgraph.span import story_span

TEXT = "Ruritania and Freedonia signed a trade pact on 3 May 2021. The pact replaced one from the 1980s."


def small_story() -> Story:
    doc = Document(id="a1", path="news/a1.txt", text=TEXT, title="Pact signed", published="2021-05-04",
                   published_source="text")
    other = Document(id="b2", path="news/b2.txt", text=TEXT, title="Trade deal", published=None)
    actors = [
        Actor(id="freedonia", name="Freedonia", type="country", aliases=["Freedonian government"], code="FRE",
              mentions=[MentionRef("a1", 14, 23, "Freedonia")]),
        Actor(id="jan-novak", name="Jan Novak", type="person", affiliation="ruritania"),
        Actor(id="ruritania", name="Ruritania", type="country", code="RUR",
              mentions=[MentionRef("a1", 0, 9, "Ruritania")]),
    ]
    events = [
        Event(id="e-sign", title="Ruritania and Freedonia sign a trade pact", code="057",
              label="Sign formal agreement", date=Date("2021-05-03", "day", "explicit", "3 May 2021"),
              actors=[Participant("ruritania", "source"), Participant("freedonia", "target")],
              sources=[Source("a1", TEXT[:58], 0, 58), Source("b2", TEXT[:58], 0, 58)]),
        Event(id="e-old", title="Ruritania and Freedonia agree the old pact", code="057",
              label="Sign formal agreement", date=Date("198", "decade", "explicit", "the 1980s"),
              actors=[Participant("ruritania", "participant")],
              sources=[Source("a1", TEXT[59:], 59, len(TEXT))]),
        Event(id="e-undated", title="Jan Novak comments", code="010", label="Make statement", date=Date(),
              actors=[Participant("jan-novak", "source")], sources=[Source("b2", TEXT[:58], 0, 58)]),
        Event(id="e-year", title="Freedonia holds talks", code="040", label="Consult",
              date=Date("1985", "year", "explicit", "1985"), actors=[Participant("freedonia", "participant")],
              sources=[Source("b2", TEXT[59:], 59, len(TEXT))]),
    ]
    return Story(documents=[doc, other], actors=actors, events=events, span=story_span([doc, other], events))

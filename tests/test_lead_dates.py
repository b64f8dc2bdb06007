import re

import pytest

from eventgraph.events.lead_dates import carry_lead_date
from eventgraph.model import Date, Document, EventMention, Timex
from eventgraph.sentences import split

PUBLISHED = "2021-05-11"
REPORT = Date(PUBLISHED, "day", "publication")
DAYS = {"Monday": "2021-05-10", "Friday": "2021-05-07", "last month": "2021-04", "May 1": "2021-05-01"}


def second_deed(text, trigger, code="057", lead_code="040", held=()):
    """The date the deed `trigger` of the second sentence of `text` ends with; the lead holds one happening (a
    statement when `lead_code` is "010"), which takes the lead's date; `held`: dates of the second sentence a
    happening of its own takes."""
    sentences = split(text)
    timexes = [Timex(m.start(), m.end(), m.group(), "DATE", DAYS[m.group()], True)
               for m in re.finditer("|".join(DAYS), text)]
    lead_date = timexes[0] if timexes and timexes[0].start < sentences[0].end else None
    lead = EventMention(sentence=0, trigger_start=0, trigger_end=4, trigger=text.split()[0], code=lead_code,
                        label="", title="", timex=0 if lead_date else None,
                        date=Date(lead_date.value, "day", "relative", lead_date.text) if lead_date else REPORT)
    start = text.index(trigger, sentences[1].start)
    deed = EventMention(sentence=1, trigger_start=start, trigger_end=start + len(trigger), trigger=trigger,
                        code=code, label="", title="", date=REPORT)
    others = [EventMention(sentence=1, trigger_start=0, trigger_end=0, trigger="", code="190", label="", title="",
                           timex=index) for index, timex in enumerate(timexes) if timex.text in held]
    doc = Document(id="d1", path="d1.txt", text=text, published=PUBLISHED, sentences=sentences, timexes=timexes,
                   event_mentions=[lead, deed, *others])
    carry_lead_date(doc)
    return deed.date.value


def test_a_deed_the_second_sentence_retells_takes_the_day_the_lead_names():
    text = "Ruritania and Freedonia on Monday decided to build a bridge. Their envoys signed a pact on the costs."
    assert second_deed(text, "signed") == "2021-05-10"


def test_a_date_of_another_happening_in_the_second_sentence_leaves_it_in_the_lead_s_time():
    text = ("The navy raided a platform on Monday. Its ships destroyed another in response to an attack on Friday "
            "on a tanker.")
    assert second_deed(text, "destroyed", "190", "190", held=("Friday",)) == "2021-05-10"


@pytest.mark.parametrize("text, trigger", [
    ("Ruritania said on Monday it would build a bridge. Its envoys signed a pact on the costs.", "signed"),
    ("Ruritania and Freedonia decided to build a bridge. Their envoys signed a pact on the costs.", "signed"),
    ("Ruritania and Freedonia on Monday decided to build a bridge. Their envoys signed a pact last month.",
     "signed"),
    ("Ruritania and Freedonia on Monday decided to build a bridge. Their envoys had signed a pact.", "signed"),
    ("Ruritania and Freedonia on Monday decided to build a bridge. Their envoys will sign a pact.", "sign"),
    ("Ruritania and Freedonia on May 1 decided to build a bridge. Their envoys signed a pact.", "signed"),
])
def test_a_deed_keeps_the_report_s_day_when_the_lead_gives_no_recent_day_of_a_happening_or_it_tells_its_own_time(
        text, trigger):
    lead_code = "010" if " said " in text else "040"
    assert second_deed(text, trigger, lead_code=lead_code) == PUBLISHED

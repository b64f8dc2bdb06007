from eventgraph.model import Date, Document, EventMention, Mention, Participant, Timex
from eventgraph.sentences import split
from eventgraph.events.statement_dates import carry_statement_dates

PUBLISHED = "2021-05-10"
SUNDAY = Date("2021-05-09", "day", "relative", "Sunday")
REPORT = Date(PUBLISHED, "day", "publication")
MARCH = Date("2021-03", "month", "relative", "March")


def statements(text, dates, speakers=("jan-novak",) * 3):
    """A document of `text` with one statement per sentence, by `speakers`, dated by `dates`; the dates its
    statements end with once anchored."""
    sentences = split(text)
    mentions = [EventMention(sentence=n, trigger_start=text.index(" said", s.start) + 1,
                             trigger_end=text.index(" said", s.start) + 5, trigger="said", code="010", label="",
                             title="", date=date, actors=[Participant(speaker, "source")])
                for n, (s, date, speaker) in enumerate(zip(sentences, dates, speakers))]
    doc = Document(id="d1", path="d1.txt", text=text, published=PUBLISHED, sentences=sentences,
                   event_mentions=mentions)
    carry_statement_dates(doc)
    return [m.date.value for m in doc.event_mentions]


def test_an_undated_statement_takes_the_day_its_speaker_spoke_on_earlier():
    text = "Jan Novak said on Sunday the accord held. Novak said the rise in rates broke it."
    assert statements(text, [SUNDAY, REPORT]) == ["2021-05-09", "2021-05-09"]


def test_a_statement_told_in_the_perfect_keeps_the_report_day():
    text = "Jan Novak said on Sunday the accord held. Novak has said the rise in rates broke it."
    assert statements(text, [SUNDAY, REPORT]) == ["2021-05-09", PUBLISHED]


def test_a_statement_of_months_ago_anchors_nothing():
    text = "Jan Novak said in March the accord held. Novak said the rise in rates broke it."
    assert statements(text, [MARCH, REPORT]) == ["2021-03", PUBLISHED]


def test_only_the_same_speakers_and_only_later_statements_are_anchored():
    text = "Sue Smith said the accord held. Jan Novak said on Sunday it held. Sue Smith said the rise broke it."
    dated = statements(text, [REPORT, SUNDAY, REPORT], ("sue-smith", "jan-novak", "sue-smith"))
    assert dated == [PUBLISHED, "2021-05-09", PUBLISHED]


def test_an_undated_statement_takes_the_day_of_the_occasion_its_speaker_spoke_on():
    text = ("Jan Novak was speaking to journalists in an interview published on Sunday. "
            "Novak said the rise in rates broke the accord.")
    sentences = split(text)
    sunday = text.index("Sunday")
    mention = EventMention(sentence=1, trigger_start=text.index(" said") + 1, trigger_end=0, trigger="said",
                           code="010", label="", title="", date=REPORT,
                           actors=[Participant("jan-novak", "source")])
    doc = Document(id="d1", path="d1.txt", text=text, published=PUBLISHED, sentences=sentences,
                   timexes=[Timex(sunday, sunday + 6, "Sunday", "DATE", "2021-05-09", True)],
                   mentions=[Mention(0, 9, "Jan Novak", "jan-novak")], event_mentions=[mention])
    carry_statement_dates(doc)
    assert mention.date.value == "2021-05-09"
    doc.mentions = [Mention(0, 9, "Jan Novak", "sue-smith")]
    mention.date = REPORT
    carry_statement_dates(doc)  # another spoke on that occasion
    assert mention.date.value == PUBLISHED


def test_a_statement_dated_to_the_weekend_of_its_speaker_s_day_retells_that_occasion():
    text = "Jan Novak said on Sunday the accord held. Novak said at the weekend the rise broke it. Novak said more."
    weekend = Date("2021-W18-WE", "week", "relative", "the weekend")
    assert statements(text, [SUNDAY, weekend, REPORT]) == ["2021-05-09"] * 3


def test_a_statement_dated_to_a_stretch_without_its_speaker_s_day_is_another_occasion():
    text = "Jan Novak said on Sunday the accord held. Novak said last month the rise broke it. Novak said more."
    april = Date("2021-04", "month", "relative", "last month")
    assert statements(text, [SUNDAY, april, REPORT]) == ["2021-05-09", "2021-04", PUBLISHED]




def test_a_statement_told_as_made_at_the_time_takes_the_last_date_of_its_speakers_however_old():
    for told in ("Novak said at the time that no jobs would go.", "At the time, Novak said no jobs would go.",
                 "Novak said then no jobs would go."):
        text = "Jan Novak said in March the mill would close. " + told
        assert statements(text, [MARCH, REPORT]) == ["2021-03", "2021-03"]


def test_a_statement_told_at_the_time_with_no_earlier_date_keeps_the_report_day():
    text = "Jan Novak said the mill would close. Novak said at the time that no jobs would go."
    assert statements(text, [REPORT, REPORT]) == [PUBLISHED, PUBLISHED]
    text = "Jan Novak said in March the mill would close. Novak said that no jobs would go."
    assert statements(text, [MARCH, REPORT]) == ["2021-03", PUBLISHED]

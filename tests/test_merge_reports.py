"""The reports the merge compares and the shortcuts that keep it fast: each must give what the long way gives."""

import gc
from dataclasses import replace
from types import SimpleNamespace

import pytest

from eventgraph import cache, merge
from eventgraph.merge.cluster import Happening, _days_apart, reported_day, reports, score
from eventgraph.merge import telling
from eventgraph.merge.relation import relate, series
from eventgraph.model import Date, Document, EventMention, Mention, Participant, Sentence, Timex


def article(doc_id, text, trigger, actor, affiliation=None, code="010", obj=None):
    start = text.index(trigger)
    name = text.index(actor.split("-")[0].title())
    event = EventMention(sentence=0, trigger_start=start, trigger_end=start + len(trigger), trigger=trigger,
                         code=code, label="", title=f"{code} {trigger}",
                         date=Date("2019-03-04", "day", "publication"), actors=[Participant(actor, "source")],
                         object=obj)
    return Document(id=doc_id, path=f"{doc_id}.txt", text=text, published="2019-03-04", published_source="text",
                    sentences=[Sentence(0, len(text), text)], event_mentions=[event],
                    mentions=[Mention(name, name + 5, text[name:name + 5], actor, affiliation=affiliation)])


def test_without_linked_actors_each_article_widens_an_actor_by_its_own_affiliation():
    found = reports([article("a", "Marta Kowal said the port would reopen.", "said", "marta-kowal", "ruritania"),
                     article("b", "Marta Kowal said the port would close.", "said", "marta-kowal", "freedonia"),
                     article("c", "Marta Kowal said the port was shut.", "said", "marta-kowal")], [])
    assert [report.wide_sources for report in found] == [frozenset({"marta-kowal", "ruritania"}),
                                                         frozenset({"marta-kowal", "freedonia"}),
                                                         frozenset({"marta-kowal"})]


def test_each_mention_of_a_long_sentence_is_known_again_in_a_copy_of_it():
    text = "Marta Kowal said the dockers in the northern port of the republic struck and marched on the capital."

    def with_strike(doc_id):
        doc = article(doc_id, text, "said", "marta-kowal")
        start = text.index("struck")
        doc.event_mentions.append(EventMention(sentence=0, trigger_start=start, trigger_end=start + 6,
                                               trigger="struck", code="143", label="", title="143 struck",
                                               date=Date("2019-03-04", "day", "publication")))
        return doc
    said, struck = reports([with_strike("a")], [])
    said_again, struck_again = reports([with_strike("b")], [])
    assert said.copy == said_again.copy != struck.copy == struck_again.copy


@pytest.mark.parametrize("text, trigger", [("Marta Kowal has repeatedly denied the charge.", "denied"),
                                           ("Marta Kowal denied the charge.", "denied"),
                                           ("Marta Kowal had said the port was shut.", "said")])
def test_the_telling_an_extraction_carries_is_the_one_the_merge_reads_alone(text, trigger):
    doc = article("a", text, trigger, "marta-kowal")
    [event] = doc.event_mentions
    alone = telling.of(doc, event)
    assert alone.perfect == (" had " in text or " has " in text)
    assert alone.stated == (alone.perfect is False)
    telling.annotate(doc)
    assert event.telling == alone and telling.of(doc, event) is event.telling
    assert [(r.perfect, r.date) for r in reports([doc], [])] == [(alone.perfect, relate(doc, event, alone))]


def test_the_telling_of_an_extracted_mention_survives_the_extraction_cache():
    doc = telling.annotate(article("a", "Marta Kowal has repeatedly denied the charges of the northern port union.",
                                   "denied", "marta-kowal", obj="the charges"))
    [event] = cache.decode(cache.encode(doc)).event_mentions
    assert event.telling == doc.event_mentions[0].telling
    assert event.telling.perfect and event.telling.words == ("charge",) and event.telling.copy is not None


@pytest.mark.parametrize("modality, relation", [("attributed", "before"), ("asserted", "reported")])
def test_a_statement_someone_else_relays_in_the_past_happened_before_the_report(modality, relation):
    doc = article("a", "Marta Kowal rejected the offer, port officials said.", "rejected", "marta-kowal", code="120")
    [event] = doc.event_mentions
    event.modality = modality
    assert relate(doc, event, telling.of(doc, event)).relation == relation


@pytest.mark.parametrize("text, trigger, general", [
    ("Marta Kowal feared renewed Freedonian attacks on the ports.", "attacks", True),
    ("Marta Kowal said the army answered with limited retaliatory strikes.", "retaliatory strikes", True),
    ("Marta Kowal condemned the attacks on the port.", "attacks", False),
    ("Marta Kowal condemned two attacks on the port.", "attacks", False),
    ("Marta Kowal condemned Freedonia's attacks on the port.", "attacks", False),
    ("Marta Kowal was asked to impose tariffs on steel.", "impose tariffs", False),
    ("Marta Kowal imposed sanctions on Freedonia.", "imposed sanctions", False),
    ("Marta Kowal condemned the attack on the port.", "attack", False)])
def test_a_deed_of_conflict_in_the_plural_that_nothing_counts_is_one_of_a_kind_in_general(text, trigger, general):
    doc = article("a", text, trigger, "marta-kowal", code="190")
    assert series(doc, doc.event_mentions[0]) is general


def test_a_report_sharing_no_actor_with_a_happening_is_no_part_of_it_even_with_the_same_words():
    signed = [("Marta Kowal signed the accord.", "marta-kowal", "ruritania"),
              ("Ivo Brandt signed the accord.", "ivo-brandt", "freedonia"),
              ("Ruritania signed the accord.", "ruritania", None)]
    own, other, kin = reports([article(str(n), text, "signed", actor, affiliation, "057", "the accord")
                               for n, (text, actor, affiliation) in enumerate(signed)], [])
    happening = Happening(0, own.root)
    happening.add(own)
    assert score(other, happening) is None
    assert score(kin, happening) is not None


def test_the_collector_runs_again_after_a_merge():
    merge.merge_events([article("a", "Marta Kowal said the port would reopen.", "said", "marta-kowal")], [])
    assert gc.isenabled()


def _report(span, weak, relation, doc="d1", own=True):
    """`own`: the mention's own text gives the report's date, not only the clause of what it says."""
    date = Date("x", "day", "publication" if weak else "relative", None, relation)
    return SimpleNamespace(span=span, width=span[1] - span[0], weak=weak, doc=doc, date=date,
                           mention=SimpleNamespace(sentence=0, date=date if own else Date("y", "day", "publication")))


def test_a_statement_dated_to_a_week_takes_the_day_an_article_of_that_week_reported_it():
    last_week = _report((100, 106), False, "on", "later")
    friday = _report((104, 104), True, "reported", "friday")
    monday = _report((108, 108), True, "reported", "monday")  # after the week: said again, not first
    assert reported_day(last_week, [last_week, friday, monday]) is friday
    assert reported_day(last_week, [last_week, monday]) is None
    assert reported_day(friday, [friday]) is None  # a day already


def test_a_deed_dated_to_a_week_or_a_month_takes_the_day_an_article_of_it_first_told_it_as_done():
    last_week = _report((100, 106), False, "on", "later")
    last_year = _report((0, 364), False, "on", "later")
    friday = _report((104, 104), True, "reported", "friday")
    tuesday = _report((95, 102), True, "before", "tuesday")  # done by its article's day, the span's end
    sunday = _report((100, 107), True, "before", "sunday")  # after the week
    assert reported_day(last_week, [last_week, friday, tuesday, sunday]) is tuesday
    assert reported_day(last_week, [last_week, sunday]) is None
    # a year is too long a period for the day of a first report to narrow a deed to
    assert reported_day(last_year, [last_year, tuesday]) is None
    assert reported_day(last_year, [last_year, tuesday, friday]) is friday


def _strike(doc_id, actor="dock-union", obj="the port"):
    text = "The Dock Union struck at the port."
    [found] = reports([article(doc_id, text, "struck", actor, code="143", obj=obj)], [])
    return found


def _without_actor(report, **changes):
    return replace(report, sources=frozenset(), wide_sources=frozenset(), **changes)


def test_a_report_with_no_actor_joins_a_happening_without_widening_its_wording():
    happening = Happening(0, "14")
    happening.add(_strike("a"))
    echo = _without_actor(_strike("b", obj="the port and the mill"))
    assert score(echo, happening) is not None
    happening.add(echo)
    assert "mill" not in happening.words and len(happening.reports) == 2
    assert score(_without_actor(_strike("c", obj="the mill")), happening) is None


@pytest.mark.parametrize("width, joins", [(0, True), (364, False)])
def test_a_happening_with_no_actor_dated_only_to_a_year_is_none_for_a_doer_to_join(width, joins):
    founder = _without_actor(_strike("a"), span=(737000, 737000 + width), weak=False)
    happening = Happening(0, "14")
    happening.add(founder)
    doer = replace(_strike("b"), span=(737000, 737000), weak=False)
    assert (score(doer, happening) is not None) is joins


@pytest.mark.parametrize("day, apart", [(9, False), (10, False), (11, False), (8, True), (12, True)])
def test_days_apart_means_no_day_of_the_set_is_the_day_or_next_to_it(day, apart):
    assert _days_apart(day, {10}) is apart


def test_no_day_is_next_to_an_empty_set_of_days():
    assert _days_apart(10, set())



def _closing_report(text, day, value):
    """A statement that closes `text` ("..., a spokesman said"), with `day` its one time expression."""
    doc = article("a", text, "said", "brunholt-co")
    start = text.index(day)
    doc.timexes = [Timex(start, start + len(day), day, "DATE", value, True)]
    [event] = doc.event_mentions
    return relate(doc, event, telling.of(doc, event))


@pytest.mark.parametrize("text, day, value", [
    ("Brunholt Co will open its Lisk depot on May 4, a spokesman said.", "May 4", "2019-05-04"),
    ("On Friday some 900 clerks will audit the mills, the Brunholt agency said.", "Friday", "2019-03-08")])
def test_a_plan_a_closing_report_tells_with_a_day_of_its_own_is_dated_by_that_day(text, day, value):
    given = _closing_report(text, day, value)
    assert (given.value, given.relation) == (value, "on")


@pytest.mark.parametrize("text, day, value", [
    ("Brunholt Co sold its Lisk depot to Ostmark last week, the ministry said.", "last week", "2019-W09"),
    ("Brunholt Co has sold its Lisk depot to Ostmark in 2018, the ministry said.", "2018", "2018")])
def test_a_deed_done_a_closing_report_tells_as_its_speakers_own_is_dated_by_a_date_of_its_clause(text, day, value):
    doc = article("a", text, "said", "brunholt-co")
    start = text.index(day)
    doc.timexes = [Timex(start, start + len(day), day, "DATE", value, True)]
    [event] = doc.event_mentions
    event.own_deed = True
    given = relate(doc, event, telling.of(doc, event))
    assert (given.value, given.relation) == (value, "on")


def test_a_plan_whose_subject_holds_a_participle_after_a_determiner_is_dated_by_the_day_of_its_clause():
    given = _closing_report("Brunholt Co, the financing arm of Ostmark, will open its planned depot on May 4, a "
                            "spokesman said.", "May 4", "2019-05-04")
    assert (given.value, given.relation) == ("2019-05-04", "on")


def test_a_plan_for_a_later_hour_of_the_reports_own_day_is_dated_by_that_time():
    text = "Brunholt Co said it will hold a news conference at 1315 today."
    doc = article("a", text, "said", "brunholt-co")
    start = text.index("1315")
    doc.timexes = [Timex(start, start + len("1315 today"), "1315 today", "TIME", "2019-03-04T13:15", True)]
    [event] = doc.event_mentions
    given = relate(doc, event, telling.of(doc, event))
    assert (given.value, given.relation) == ("2019-03-04T13:15", "on")


def test_a_date_of_an_infinitive_after_the_plan_does_not_date_the_plan():
    given = _closing_report("Brunholt Co will build a depot to start work in May, a spokesman said.", "May", "2019-05")
    assert given.relation == "reported"


def test_a_period_an_article_dates_its_own_telling_by_is_not_narrowed_to_that_articles_day():
    # "Earlier this week, Novak said ..." and, in the same article, "..., Novak said": one remark of that week
    this_week = _report((100, 106), False, "on", "same")
    said_again = _report((104, 104), True, "reported", "same")
    later_article = _report((105, 105), True, "reported", "other")
    assert reported_day(this_week, [this_week, said_again]) is None
    assert reported_day(this_week, [this_week, said_again, later_article]) is later_article
    # "said it expects a gain in the first quarter": only what was said gives the period; the saying keeps its day
    forecast = _report((100, 106), False, "on", "same", own=False)
    assert reported_day(forecast, [forecast, said_again]) is said_again


@pytest.mark.parametrize("text, trigger, code, general", [
    ("Marta Kowal said Freedonia's raids on the border, averaging three a month, hit depots.", "raids", "195", True),
    ("Marta Kowal said the bank's weekly auctions drew few bids.", "auctions", "061", True),
    ("Marta Kowal said the talks with the union went on every week.", "talks", "046", True),
    ("Marta Kowal said the auctions drew few bids.", "auctions", "061", False),
    ("Marta Kowal said the weekly auction drew few bids.", "auction", "061", False),
    ("Marta Kowal said Freedonia's raids on the border hit depots.", "raids", "195", False),
    ("Marta Kowal said the raids ended. Two a month were expected.", "raids", "195", False),
    # of any number, with how often its doer does it
    ("Marta Kowal said that often the ministry announces new curbs on imports.", "announces", "030", True),
    ("Marta Kowal said Freedonia has repeatedly promised to open its market.", "promised", "030", True),
    ("Marta Kowal said Freedonia usually announced its quotas first.", "announced", "030", True),
    ("Marta Kowal said the ministry announces new curbs on imports.", "announces", "030", False),
    ("Marta Kowal said Freedonia has promised to open its market.", "promised", "030", False)])
def test_a_happening_told_with_how_often_it_recurs_is_one_of_a_kind_in_general(text, trigger, code, general):
    doc = article("a", text, trigger, "marta-kowal", code=code)
    assert series(doc, doc.event_mentions[0]) is general


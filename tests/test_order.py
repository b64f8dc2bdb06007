from eventgraph.exporters.order import chronological, ranked, says_little
from eventgraph.model import Date, Event, Participant, Source


def event(event_id, code, value, docs):
    dated = Date(value, "day", "explicit")
    return Event(id=event_id, title=event_id, code=code, label="", date=dated, actors=[Participant("ruritania")],
                 sources=[Source(d, "s", 10, 20, dated) for d in docs])


def test_a_day_lists_its_acts_before_what_was_said_of_them_however_often_it_was_repeated():
    said = event("a-comment", "010", "2024-03-02", ["d1", "d2", "d3"])
    deed = event("b-strike", "190", "2024-03-02", ["d1"])
    seized = event("c-seizure", "190", "2024-03-02", ["d1", "d2"])
    earlier = event("d-comment", "010", "2024-03-01", ["d1"])
    assert [e.id for e in chronological([said, deed, seized, earlier])] == \
        ["d-comment", "c-seizure", "b-strike", "a-comment"]


def test_a_week_or_a_quarter_stands_among_the_days_it_covers_the_longer_period_first():
    values = ["2024-04-03", "2024-W13", "2024-04", "2024-Q1", "2024-03-01", None, "2024"]
    events = [event(f"e{n}", "190", value, ["d1"]) for n, value in enumerate(values)]
    assert [e.date.value for e in chronological(events)] == \
        ["2024", "2024-Q1", "2024-03-01", "2024-W13", "2024-04", "2024-04-03", None]


def titled(title, value, salience, actors=()):
    dated = Date(value, "day", "explicit")
    return Event(id=title, title=title, code="190", label="", date=dated, salience=salience,
                 actors=[Participant(actor) for actor in actors], sources=[Source("d1", "s", 10, 20, dated)])


def test_a_title_that_says_only_its_happening_s_noun_comes_last_of_its_tier():
    accident = titled("Accident", "2024-03-02", 3.0)
    closure = titled("Acme closes its plant", "2024-03-02", 1.0, ["acme"])
    strike = titled("Strike", "2024-03-03", 2.0)
    talks = titled("Talks held (planned)", "2024-03-04", 4.0)
    resigns = titled("Novak resigns", "2024-03-05", 0.5, ["jan-novak"])
    assert [e.id for e in ranked([accident, closure, strike, talks, resigns], 5)] == \
        ["Acme closes its plant", "Novak resigns", "Talks held (planned)", "Strike", "Accident"]
    assert says_little(titled("Attack", "2024-03-02", 1.0, ["ruritania"]))
    assert not says_little(resigns) and not says_little(closure)


def test_a_statement_that_tells_nothing_of_what_was_said_comes_last_of_its_tier():
    topic = titled("Acme comments on the new subsidiary", "2024-03-04", 3.0, ["acme"])
    topic.code = "010"
    declined = titled("Widget declines to comment", "2024-03-03", 2.0, ["widget"])
    declined.code = "011"
    said = titled("Acme says sales rose", "2024-03-02", 1.0, ["acme"])
    said.code = "010"
    assert [e.id for e in ranked([topic, declined, said], 3)] == \
        ["Acme says sales rose", "Acme comments on the new subsidiary", "Widget declines to comment"]
    assert not says_little(titled("Acme comments on the plan", "2024-03-02", 1.0, ["acme"]))  # an act's title


def test_an_event_whose_title_repeats_a_picked_one_comes_after_all_others():
    first = titled("Acme buys Widget", "2024-03-02", 3.0, ["acme"])
    again = titled("Acme buys Widget (reported)", "2024-03-04", 2.0, ["acme"])
    other = titled("Novak resigns", "2024-03-02", 1.0, ["jan-novak"])
    undated = titled("Acme hires staff", None, 0.5, ["acme"])
    assert [e.id for e in ranked([first, again, other, undated], 4)] == \
        ["Acme buys Widget", "Novak resigns", "Acme hires staff", "Acme buys Widget (reported)"]
    assert [e.id for e in ranked([first, again, other], 2)] == ["Acme buys Widget", "Novak resigns"]


def test_a_smaller_top_is_the_first_events_of_a_larger_one():
    values = ["2024-03-02", "2024-03", "2024-W10", "2024", None, "2024-03-05", "2024-03-02"]
    events = [titled(f"Harbour board acts {i % 9}", values[i % len(values)], float(i % 5), [f"board-{i % 4}"])
              for i in range(40)]
    largest = ranked(events, 30)
    for k in (1, 5, 12, 30):
        assert ranked(events, k) == largest[:k]


def test_a_month_whose_act_is_also_told_on_a_day_within_is_listed_at_that_day():
    begun = titled("Dockers strike", "2024-03-04", 0.2, ["dockers"])
    month = titled("Dockers strike this month", "2024-03", 0.9, ["dockers"])
    second = titled("Harbour closes", "2024-03-04", 0.1, ["harbour"])
    second.code = "00"
    talks = titled("Board meets dockers", "2024-03-07", 0.5, ["board"])
    talks.code = "046"
    assert [e.id for e in ranked([begun, month, second, talks], 4)] == \
        ["Board meets dockers", "Dockers strike", "Harbour closes", "Dockers strike this month"]
    month.code = "173"  # another act: the month tells of something its days do not
    assert [e.id for e in ranked([begun, month, second, talks], 1)] == ["Dockers strike this month"]


def test_a_remark_or_a_bare_title_on_a_day_already_listed_comes_after_every_other_event_of_a_listed_day():
    strike = titled("Acme workers strike", "2024-03-02", 3.0, ["acme"])
    remark = titled("Acme says the weather played a part", "2024-03-02", 2.0, ["acme"])
    remark.code, remark.remark = "010", True
    talks = titled("Talks held", "2024-03-02", 2.5)
    sale = titled("Acme sells its plant", "2024-03-03", 1.0, ["acme"])
    closure = titled("Acme closes a mill", "2024-03-03", 0.5, ["acme"])
    hire = titled("Acme hires staff", "2024-03-03", 0.4, ["acme"])
    alone = titled("Widget says it will grow", "2024-03-04", 0.1, ["widget"])
    alone.code, alone.remark = "010", True
    assert [e.id for e in ranked([strike, remark, talks, sale, closure, hire, alone], 7)] == \
        ["Acme workers strike", "Acme sells its plant", "Widget says it will grow", "Acme closes a mill",
         "Acme hires staff", "Acme says the weather played a part", "Talks held"]


def coded(title, code, value, salience, actors, relation="on", source="explicit"):
    told = titled(title, value, salience, actors)
    told.code, told.date = code, Date(value, "day", source, relation=relation)
    return told


def test_an_event_that_tells_a_picked_event_s_deed_again_comes_after_all_others():
    imposed = coded("Acme imposes 40 pct duties on Widgetland", "163", "2024-03-02", 5.0, ["acme", "widgetland"])
    otherwise = coded("The Board imposes 40 pct duties", "163", "2024-03-02", 2.0, ["board"])
    announced = coded("Acme announces 40 pct duties", "010", "2024-03-02", 1.9, ["acme"], "reported")
    recalled = coded("Acme decides to impose 40 pct duties", "163", "2024-03-09", 1.8, ["acme"], "before",
                     "publication")
    resigned = coded("Novak resigns", "192", "2024-03-05", 0.5, ["jan-novak"])
    events = [imposed, otherwise, announced, recalled, resigned]
    assert [e.id for e in ranked(events, 2)] == [imposed.id, resigned.id]


def test_a_deed_told_again_by_a_picked_event_of_a_later_day_that_only_precedes_its_report_comes_after_all_others():
    recalled = coded("Acme decides to impose 40 pct duties", "163", "2024-03-09", 5.0, ["acme"], "before",
                     "publication")
    imposed = coded("The Board imposes 40 pct duties", "163", "2024-03-02", 2.0, ["board"])
    resigned = coded("Novak resigns", "192", "2024-03-05", 0.5, ["jan-novak"])
    assert [e.id for e in ranked([recalled, imposed, resigned], 2)] == [recalled.id, resigned.id]


def test_two_deeds_of_a_day_that_differ_in_what_was_done_or_its_kind_are_both_listed():
    wheat = coded("Acme buys 50,000 tonnes of wheat", "061", "2024-03-02", 3.0, ["acme"])
    maize = coded("Acme buys 50,000 tonnes of maize", "061", "2024-03-02", 2.0, ["acme"])
    hired = coded("Acme hires staff", "061", "2024-03-02", 1.0, ["acme"])
    boycott = coded("Ruritania boycotts the annual meeting", "143", "2024-03-04", 3.0, ["ruritania"])
    held = coded("The bank holds its annual meeting", "040", "2024-03-04", 2.0, ["bank"])
    recalled = coded("Ruritania recalls its envoy", "161", "2024-03-04", 1.0, ["ruritania"])
    resigned = coded("Novak resigns", "192", "2024-03-05", 0.5, ["jan-novak"])
    events = [wheat, maize, hired, boycott, held, recalled, resigned]
    assert [e.id for e in ranked(events, 7)] == \
        [wheat.id, boycott.id, resigned.id, maize.id, held.id, hired.id, recalled.id]


def test_raising_a_price_and_lowering_it_asking_for_talks_and_holding_them_or_a_bid_and_its_rise_are_two_happenings():
    raised = coded("Acme raises posted prices for crude oil", "061", "2024-03-02", 3.0, ["acme"])
    lowered = coded("Widget lowers posted prices for crude oil", "061", "2024-03-02", 2.0, ["widget"])
    hired = coded("Acme hires staff", "061", "2024-03-02", 1.0, ["acme"])
    talks = coded("Unions hold talks to end the strike", "040", "2024-03-04", 3.0, ["unions"])
    asked = coded("Ruritania asks to reconvene talks to end the strike", "020", "2024-03-04", 2.0, ["ruritania"],
                  "reported")
    recalled = coded("Ruritania recalls its envoy", "161", "2024-03-04", 1.0, ["ruritania"])
    bid = coded("Acme offers to acquire Widget shares", "061", "2024-03-06", 3.0, ["acme", "widget"])
    more = coded("Acme raises its offer to acquire Widget shares to 42 dlrs", "061", "2024-03-06", 2.0,
                 ["acme", "widget"])
    events = [raised, lowered, hired, talks, asked, recalled, bid, more]
    assert [e.id for e in ranked(events, 8)] == \
        [raised.id, talks.id, bid.id, lowered.id, asked.id, more.id, hired.id, recalled.id]

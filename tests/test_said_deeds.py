"""A comment that stands for its speaker's own deed is titled as the deed: "Acme sells its unit"."""

import pytest

from eventgraph.events.said_deeds import base_form, deed_entry, deed_title
from eventgraph.merge import telling

from .test_events import doc

FIRMS = {"Norvex Corp": ("norvex", "organization"), "Jan Novak": ("jan-novak", "person")}


def _titles(text):
    return [m.title for m in doc(text, actors=FIRMS).event_mentions]


@pytest.mark.parametrize("form, base", [
    ("sold", "sell"), ("made", "make"), ("declared", "declare"), ("started", "start"), ("stopped", "stop"),
    ("committed", "commit"), ("added", "add"), ("applied", "apply"), ("agreed", "agree"), ("provided", "provide"),
    ("limited", "limit"), ("developed", "develop"), ("escaped", "escape"), ("settled", "settle"),
    ("cancelled", "cancel"), ("changed", "change"), ("belonged", "belong"), ("negotiated", "negotiate"),
    ("acquired", "acquire"), ("cleared", "clear"), ("restored", "restore"), ("focused", "focus"),
    ("purchased", "purchase"), ("issued", "issue"), ("engaged", "engage"), ("determined", "determine"),
    ("completed", "complete"), ("targeted", "target"), ("voted", "vote"), ("disputed", "dispute"),
    ("ordered", "order"), ("opened", "open"), ("received", "receive"), ("reduced", "reduce"),
    ("authorized", "authorize"), ("scheduled", "schedule"), ("invited", "invite"), ("visited", "visit"),
    ("created", "create"), ("recreated", "recreate"), ("treated", "treat"), ("defeated", "defeat"),
    ("sales", None), ("the", None),
])
def test_the_base_form_of_a_past(form, base):
    assert base_form(form) == base


@pytest.mark.parametrize("title, person, deed", [
    ("Norvex Corp says it sold its unit", False, "Norvex Corp sells its unit"),
    ("Norvex Corp says it has also completed the purchase", False, "Norvex Corp also completes the purchase"),
    ("Norvex Corp says it had previously filed a suit", False, "Norvex Corp files a suit"),
    ("Norvex and Acme say they signed a letter of intent", False, "Norvex and Acme sign a letter of intent"),
    ("Jan Novak says he decided to drop the condition", True, "Jan Novak decides to drop the condition"),
    ("Norvex Corp says it settled and withdrew the suit", False, "Norvex Corp settles and withdraws the suit"),
    ("Norvex and Acme say they bought and leased back a mill", False, "Norvex and Acme buy and lease back a mill"),
    ("Jan Novak says it has begun to level off", True, None),  # "it" is not the speaker
    ("Norvex Corp says he sold the shares", False, None),
    ("Norvex Corp says it was awarded a contract", False, None),  # a passive: the contract's awarder acts
    ("Norvex Corp says it had talks", False, None),
    ("Norvex Corp says its board declared a dividend", False, None),  # its board, not the firm, acts
])
def test_the_deed_a_statement_title_tells(title, person, deed):
    assert deed_title(title, person) == deed


def test_a_firm_telling_its_own_deed_is_titled_with_the_deed():
    assert "Norvex Corp orders two container ships" in _titles("Norvex Corp said it ordered two container ships.")


@pytest.mark.parametrize("text", [
    "Jan Novak said it ordered two container ships.",  # a person's "it" is another
    "Norvex Corp said it regarded the bid as a test case of the market.",  # a view, no deed
    "Norvex Corp said it expects to order two container ships.",
])
def test_what_is_no_deed_of_the_speaker_keeps_the_statement_title(text):
    assert all(" says " in title for title in _titles(text))


def test_a_firm_telling_its_own_deed_before_the_reporting_verb_is_dated_before_its_report():
    document = doc("It previously ordered two container ships, Norvex Corp said.", actors=FIRMS)
    [deed] = document.event_mentions
    assert deed.title == "Norvex Corp orders two container ships" and telling.of(document, deed).stated is False


@pytest.mark.parametrize("verbs, rest, code", [
    (["sell"], "its Alpha Foods frozen vegetable unit to Acme", "061"),  # the object's head, past the lexicon's gap
    (["reopen", "settle"], "its long pending patent infringement suit against Acme", "057"),  # the joined verb's
    (["sell"], "its long standing sales growth forecast for the year", None),  # a verb the lexicon knows, not so
    (["retain"], "a large New York investment bank as adviser", None),  # a verb the lexicon does not know
    (["express"], "its deep lasting public concern", None),  # the lexicon's phrase is a statement's, no act
    (["sell"], "to Acme", None),  # no object
])
def test_the_lexicon_entry_that_codes_a_told_deed(verbs, rest, code):
    entry = deed_entry(verbs, rest.split())
    assert (entry.code if entry else None) == code


def test_a_told_deed_the_lexicon_codes_with_its_object_takes_the_deed_code():
    document = doc("Norvex Corp said it has sold its Alpha Foods frozen vegetable unit to Acme Inc.",
                   actors={**FIRMS, "Acme Inc": ("acme", "organization")})
    [deed] = document.event_mentions
    assert (deed.code, deed.title) == ("061", "Norvex Corp sells its Alpha Foods frozen vegetable unit to Acme Inc")
    assert {(p.role, p.actor) for p in deed.actors} == {("participant", "norvex"), ("participant", "acme")}


def test_a_told_deed_the_lexicon_does_not_code_with_its_object_stays_a_comment():
    [deed] = doc("Norvex Corp said it cut its first quarter sales growth forecast.", actors=FIRMS).event_mentions
    assert (deed.code, deed.title) == ("010", "Norvex Corp cuts its first quarter sales growth forecast")

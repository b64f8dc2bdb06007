"""The one list of reporting verbs both stages read, and the rules built from it."""

import pytest

from eventgraph import reporting
from eventgraph.actors import descriptions
from eventgraph.events.lexicon import entries_by_first_word

from .test_realis import doc


def test_every_reporting_verb_and_form_is_a_saying_of_the_lexicon():
    for form in reporting.forms():
        assert any(entry.kind == "S" for entry in entries_by_first_word().get(form, ())), form


def test_the_forms_written_beside_a_speaker():
    assert {"said", "says", "say", "told", "added", "stated", "announced", "reported"} <= reporting.forms()
    assert not {"state", "states", "report", "reports"} & reporting.forms()  # nouns more often


@pytest.mark.parametrize("text, speaker", [
    ("Acme Corp said it agreed to buy Beta Inc.", True),
    ("Acme Corp told reporters it agreed to buy Beta Inc.", True),
    ("Acme Corp announced it agreed to buy Beta Inc.", True),
    ("Acme Corp, a maker of copiers, said it agreed to buy Beta Inc.", True),  # past an apposition
    ("Acme Corp shares fell after Beta Inc said it would sell.", False),
])
def test_an_article_opened_by_what_a_company_said(text, speaker):
    assert bool(descriptions._SAID.match(text, len("Acme Corp"))) is speaker


@pytest.mark.parametrize("text, described", [
    ("Prices rose, one analyst said.", True),
    ("Prices rose, one analyst told reporters.", True),
    ("Prices rose, said one analyst at the bank.", True),
    ("Prices rose, one analyst reported.", True),
    ("Prices rose, one analyst expected.", False),
])
def test_a_speaker_described_by_a_title_beside_a_reporting_verb(text, described):
    after = descriptions._SAID_AFTER.match(text, text.index("analyst") + len("analyst"))
    before = descriptions._SAID_BEFORE.search(text, 0, text.index("one"))
    assert bool(after or before) is described


@pytest.mark.parametrize("verb", ["said", "told reporters", "added that"])
def test_what_a_speaker_says_someone_had_to_do_is_no_deed_done(verb):
    assert not [m for m in doc(f"Jan Novak {verb} Ruritania had to suspend its exports.").event_mentions
                if m.code[:2] == "16"]


def test_the_tensed_forms_leave_out_the_base_forms():
    assert {"said", "says", "told", "tells", "added"} <= reporting.tensed()
    assert not {"say", "tell", "announce"} & reporting.tensed()

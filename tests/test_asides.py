"""A statement beside a deed, not reporting it, is a happening of its own (`events.asides`)."""

import pytest

from tests.test_events import doc


def triggers_of(document):
    return {m.trigger for m in document.event_mentions}


@pytest.mark.parametrize("text, deed", [
    ("Jan Novak, who met Freedonia's trade minister on Monday, said tariffs on steel would stay.", "met"),
    ("Speaking after talks with Freedonia's prime minister, Jan Novak said tariffs on steel would stay.", "talks"),
    ("At a news conference after talks with Freedonia's prime minister, Jan Novak said tariffs on steel would stay.",
     "talks"),
    ("Ruritania suspended the envoy of Freedonia on Monday, saying relations between the two countries remained good.",
     "suspended"),
    ("Freedonia's envoy was suspended by Ruritania, which said relations between the two countries remained good.",
     "suspended"),
])
def test_a_statement_beside_a_deed_keeps_its_event(text, deed):
    found = triggers_of(doc(text))
    assert deed in found and ("said" in found or "saying" in found)


@pytest.mark.parametrize("text", [
    "Jan Novak said Ruritania met Freedonia's trade minister on Monday to discuss steel tariffs.",
    "Ruritania met Freedonia's trade minister on Monday, Jan Novak said.",
])
def test_a_statement_of_a_deed_it_reports_is_only_its_source(text):
    found = triggers_of(doc(text))
    assert "met" in found and "said" not in found


def test_a_saying_clause_elaborates_an_appeal_it_follows():
    found = triggers_of(doc("Ruritania called for lower tariffs on steel from Freedonia, saying the current ones "
                            "hurt its car makers."))
    assert "saying" not in found

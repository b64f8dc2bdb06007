"""Securities issued and money borrowed told as background or as habit are no deeds of their day."""

import pytest

from .test_events import doc


def financing(text):
    return [m.title for m in doc(text).event_mentions if m.label == "Financing"]


@pytest.mark.parametrize("text", [
    "The oldest bond on the list was issued in 1979.",
    "Of its authorised shares, two mln shares were issued and outstanding, Ruritania said.",
    "The Treasury abolished a levy on funds borrowed by local banks abroad.",
    "The bonds will be issued in three tranches.",
])
def test_securities_described_by_an_issue_that_names_no_issuer_are_no_issue(text):
    assert financing(text) == []


@pytest.mark.parametrize("text", [
    "The issuer then issues further notes in this tranche up to an agreed ceiling.",
    "The central bank regularly issues certificates to soak up liquidity.",
    "The central bank has often intervened, issuing new stock from time to time to ease a shortage.",
    "Ruritania borrowed abroad on occasion to meet its import bill.",
])
def test_an_issue_told_as_a_practice_is_no_issue(text):
    assert financing(text) == []


@pytest.mark.parametrize("text", [
    "Ruritania is issuing a 50 mln dlr eurobond due 1992, lead manager Vorland News Agency said.",
    "Ruritania has issued 20 mln dlrs of bonds.",
    "A 20 mln dlr bond was issued by Ruritania on Monday.",
    "Ruritania said it had sold its stake and issued new bonds.",
    "Ruritania borrowed 20 mln dlrs from Freedonia.",
    "Ruritania will issue two mln shares to buy Freedonia's stake.",
])
def test_an_issue_or_a_loan_its_issuer_does_is_a_deed(text):
    assert len(financing(text)) == 1

import pytest

from .test_events import doc


@pytest.mark.parametrize("text, code", [
    ("Ruritania agreed to put off the sale of its steel plant to Freedonia.", "057"),
    ("Ruritania has agreed to lift the duties on Freedonia's steel.", "057"),
    ("Ruritania would agree to lift the duties on Freedonia's steel.", "030"),
    ("Ruritania agreed to lift the tariff on Freedonia's grain if the talks succeed.", "030"),
    ("Ruritania agreed to lift the tariff on Freedonia's grain in the event of a drought.", "030"),
    ("Ruritania and Freedonia agreed on a price for the steel.", "057"),
    ("Ruritania and Freedonia have agreed in principle to pool their fishing fleets.", "057"),
    ("Jan Novak said Ruritania had agreed with the Freedonia Shipping Co Ltd <FSC.F> and two of its lenders to "
     "build a dry dock.", "057"),
    ("Ruritania agreed with its creditor banks on a ten-year rescheduling of its debt.", "057"),
])
def test_an_agreement_told_as_done_is_concluded(text, code):
    codes = [mention.code for mention in doc(text).event_mentions]
    assert code in codes and not {"030", "057"} - {code} & set(codes), codes


def test_what_a_speaker_agreed_to_is_no_agreement_of_its_own():
    text = 'Jan Novak said the new fee was "far from the terms Acme agreed to."'
    assert "057" not in [mention.code for mention in doc(text).event_mentions]


@pytest.mark.parametrize("text", [
    "Jan Novak agreed with the bankers and called the new figures too weak to count.",
    "Jan Novak agreed with the bankers who asked Ruritania to sell its grain.",
    "Jan Novak agreed with a plea by the bankers for Ruritania to sell its grain.",
    "Ruritania agreed with the bankers on keeping only one state grain board.",
])
def test_a_speaker_who_agrees_with_others_concludes_no_agreement(text):
    assert "057" not in [mention.code for mention in doc(text).event_mentions]


def test_a_view_agreed_on_is_no_agreement():
    text = "Jan Novak said the banks of Freedonia agreed on Ruritania's need for growth."
    assert "057" not in [mention.code for mention in doc(text).event_mentions]


def test_completing_an_agreement_concludes_it():
    [made] = [m for m in doc("Ruritania said it completed a previously announced agreement with Freedonia to "
                             "operate ferries.").event_mentions if m.code == "057"]
    assert {p.actor for p in made.actors} == {"ruritania", "freedonia"}


def test_an_agreement_in_principle_keeps_its_hedge_and_its_terms():
    [made] = doc("Ruritania agreed in principle to open its ports to ships from Freedonia.").event_mentions
    assert made.code == "057" and "in principle to open its ports" in made.title, made.title

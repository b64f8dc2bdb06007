import pytest

from eventgraph import actors, sentences
from eventgraph.model import Document


def affiliations(text: str) -> dict[str, str | None]:
    doc = Document(id="a", path="a.txt", text=text, published="2024-05-02", body=[(0, len(text))])
    doc = actors.annotate(sentences.annotate(doc))
    return {mention.text: mention.affiliation for mention in doc.mentions if mention.type == "person"}


@pytest.mark.parametrize("text, person, body", [
    ("The National Bank of Freedonia raised its discount rate on Monday. The rise was needed, bank governor Mary "
     "Jones told reporters.\n", "Mary Jones", "national-bank-of-freedonia"),
    ("Dockers of the Freedonian Transport Workers Union walked out on Monday. The strike would go on, union "
     "leader Peter Brown said.\n", "Peter Brown", "freedonian-transport-workers-union"),
    ("Zenith Widgets Inc said it would close a plant.\n    Company chairman Peter Brown said the plant makes "
     "gears.\n", "Peter Brown", "zenith-widgets"),
    ("Half of the widget makers will close, the Association of Freedonian Widget Makers said.\n    Association "
     "chairman Mary Jones told a news conference the sector would shrink.\n", "Mary Jones",
     "association-of-freedonian-widget-makers"),
    ("The Freedonia Grain Exchange will open on Saturdays from next month, exchange president Peter Brown "
     "said.\n", "Peter Brown", "freedonia-grain-exchange"),
    # the noun may own the title: "the company's chairman", "the bank's deputy governor"
    ("Zenith Widgets Inc said it would close a plant.\n    The company's chairman Peter Brown said the plant makes "
     "gears.\n", "Peter Brown", "zenith-widgets"),
    ("The National Bank of Freedonia raised its discount rate. The rise was needed, the bank's deputy governor Mary "
     "Jones told reporters.\n", "Mary Jones", "national-bank-of-freedonia"),
])
def test_a_title_after_a_body_noun_speaks_for_the_body_named_before(text, person, body):
    assert affiliations(text)[person] == body


@pytest.mark.parametrize("text, person", [
    # a modified noun is another, unnamed body
    ("Acme Savings Bank said profits rose. Rates will fall, central bank governor Mary Jones said.\n", "Mary Jones"),
    # a union is no company
    ("Zenith Widgets Inc said it would close a plant. The plant makes gears, union leader Peter Brown said.\n",
     "Peter Brown"),
    # a name that owns the title is the mention reader's, not a noun's
    ("Zenith Widgets Inc said it would close a plant. Novak's chairman Peter Brown said the plant makes gears.\n",
     "Peter Brown"),
])
def test_no_body_for_a_noun_that_names_another(text, person):
    assert affiliations(text)[person] is None


def test_the_noun_chooses_among_the_bodies_whose_name_holds_it():
    text = ("The Bank of Freedonia cut its rates. Acme Corp said it would borrow more. Acme Corp said prices would "
            "fall. The cut was needed, bank governor Mary Jones said.\n")
    assert affiliations(text)["Mary Jones"] == "bank-of-freedonia"


def test_a_name_head_noun_no_body_holds_names_none():
    text = "Zenith Widgets Inc said it would close a plant. The plant makes gears, committee chairman Peter Brown said.\n"
    assert affiliations(text)["Peter Brown"] is None


def test_a_noun_two_bodies_names_hold_names_neither():
    text = ("The Acme Workers Union and the Zenith Workers Union walked out. The Acme Workers Union said pay was "
            "too low. The strike would go on, union leader Peter Brown said.\n")
    assert affiliations(text)["Peter Brown"] is None

import pytest

from eventgraph.ingest import lay_out, page
from eventgraph.model import Document


def body(doc):
    return [doc.text[start:end] for start, end in doc.body]


@pytest.mark.parametrize("headline", ["Trade accord signed", "Accord", "Trade Accord Signed",
                                      "Why the trade accord that two neighbours signed on Tuesday after eleven "
                                      "years of talks, three failed summits, two changes of government and one "
                                      "border war matters for farmers, for the ports, and for everyone else"])
def test_a_headline_of_any_length_over_a_one_paragraph_article(headline):
    paragraph = ("Ruritania and Freedonia signed a trade accord on Tuesday, ending eleven years of talks, "
                 "officials said.")
    doc = lay_out(Document(id="a", path="a.txt", text=f"{headline}\n\n{paragraph}\n"))
    assert doc.title == headline
    assert body(doc) == [paragraph]


def test_a_section_name_above_a_short_headline_is_not_the_headline():
    assert page.find_title(["World", "Trade accord signed", "The two neighbours signed an accord on Tuesday."]) \
        == "Trade accord signed"


def test_a_wire_story_opening_is_not_the_headline():
    top = ["Sadat killed", "CAIRO, Oct. 6, 1981 - President Anwar Sadat was shot dead today by soldiers"]
    assert page.find_title(top) == "Sadat killed"


@pytest.mark.parametrize("opening, place", [("OSLO, May 3 (Reuters) - ", "OSLO"), ("NEW DELHI, May 3 - ", "NEW DELHI"),
                                            ("", None)])
def test_the_place_a_wire_story_is_filed_from(opening, place):
    doc = lay_out(Document(id="a", path="a.txt", text=f"Ferry fares rise\n\n{opening}The ferry line raised fares.\n"))
    assert doc.place == place

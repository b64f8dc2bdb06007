from eventgraph import actors, sentences
from eventgraph.model import Document


def read(text: str) -> Document:
    doc = Document(id="a", path="a.txt", text=text, published="2024-05-02", body=[(0, len(text))])
    return actors.annotate(sentences.annotate(doc))


def found(doc: Document) -> list[tuple[str, str]]:
    return [(mention.text, mention.actor) for mention in doc.mentions]


def test_a_firm_named_with_commas_is_one_name_and_its_short_forms_join_it():
    doc = read("Hollis, Brandt and Co said it would buy the bonds. Hollis declined to comment. Later Hollis "
               "Brandt said the price was fair.\n")
    assert found(doc) == [("Hollis, Brandt and Co", "hollis-brandt"), ("Hollis", "hollis-brandt"),
                          ("Hollis Brandt", "hollis-brandt")]
    assert doc.mentions[0].type == "organization" and doc.mentions[0].name == "Hollis, Brandt and Company"


def test_pieces_of_one_and_two_surnames_and_a_surname_with_a_legal_form_after_and():
    doc = read("Varney Kell, Ashby, Pruitt and Lowe Inc managed the sale. Varney Kell said demand was strong.\n")
    assert found(doc) == [("Varney Kell, Ashby, Pruitt and Lowe Inc", "varney-kell-ashby-pruitt-and-lowe"),
                          ("Varney Kell", "varney-kell-ashby-pruitt-and-lowe")]


def test_a_person_of_a_firm_named_with_commas_works_for_it():
    doc = read("Jane Doe of Ormond, Tully and Hask Securities Corp said the shares would rise.\n")
    assert found(doc) == [("Jane Doe", "jane-doe"),
                          ("Ormond, Tully and Hask Securities Corp", "ormond-tully-and-hask-securities")]
    assert doc.mentions[0].affiliation == "ormond-tully-and-hask-securities"


def test_a_comma_between_two_actors_or_before_an_apposition_ends_the_name():
    listed = read("Hollis, Varney Kell and Dorset Brothers Inc bid for the notes.\n")
    assert not any("," in mention.text for mention in listed.mentions)
    after_a_firm = read("Dorset Brothers Inc, Hollis, Brandt and Co and Quill Partners led the issue.\n")
    assert found(after_a_firm)[:2] == [("Dorset Brothers Inc", "dorset-brothers"),
                                       ("Hollis, Brandt and Co", "hollis-brandt")]
    apposition = read("Hollis, a unit of Dorset Brothers Inc, said it would sell.\n")
    assert not any("," in mention.text for mention in apposition.mentions)


def test_no_firm_name_without_a_company_word_after_and():
    doc = read("Hollis, Brandt and Quill bid for the notes.\n")
    assert not any("," in mention.text for mention in doc.mentions)


def test_a_list_ending_in_a_firm_that_is_no_partnership_stays_apart():
    doc = read("Prices went up at Hollis, Brandt and Quill Oil last week.\n")
    assert not any("," in mention.text for mention in doc.mentions)


def test_a_person_named_like_a_partner_keeps_his_surname():
    doc = read("Shares rose. Jane Hollis, an analyst at Hollis, Brandt and Co, said the price was fair. Hollis "
               "expects more gains.\n")
    assert found(doc) == [("Jane Hollis", "jane-hollis"), ("Hollis, Brandt and Co", "hollis-brandt"),
                          ("Hollis", "jane-hollis")]


def test_a_first_piece_that_names_another_body_in_full_stands_for_that_body():
    doc = read("Dorset Hale and Co said its unit Dorset Hale, Brandt and Quill Inc hired bankers. Dorset Hale said "
               "the unit would grow.\n")
    assert found(doc) == [("Dorset Hale and Co", "dorset-hale"), ("Dorset Hale, Brandt and Quill Inc",
                                                                  "dorset-hale-brandt-and-quill"),
                          ("Dorset Hale", "dorset-hale")]
    assert doc.mentions[-1].type == "organization"

import re

from hypothesis import given
from hypothesis import strategies as st

from eventgraph import sentences
from eventgraph.model import Document
from eventgraph.sentences import _word_before


def texts(text):
    return [s.text for s in sentences.split(text)]


def test_splits_at_sentence_ends_but_not_after_abbreviations():
    text = "The U.S. envoy met Mr. Smith in Geneva. Talks went well! Will they resume? Officials said so."
    assert texts(text) == ["The U.S. envoy met Mr. Smith in Geneva.", "Talks went well!",
                           "Will they resume?", "Officials said so."]


def test_a_closing_quote_stays_with_its_sentence():
    assert texts("\u201cWe agree.\u201d The minister left.") == ["\u201cWe agree.\u201d", "The minister left."]


def test_blank_lines_and_headline_lines_end_sentences():
    assert texts("Talks collapse\n\nThe envoy left early") == ["Talks collapse", "The envoy left early"]


def test_sentences_stay_inside_the_body_spans():
    text = "Headline here\nFirst sentence. Second one.\nShare this"
    doc = sentences.annotate(Document(id="d", path="d.txt", text=text, body=[(14, 41)]))
    assert [s.text for s in doc.sentences] == ["First sentence.", "Second one."]


@given(st.text())
def test_offsets_always_point_at_the_sentence_text(text):
    previous_end = 0
    for sentence in sentences.split(text):
        assert text[sentence.start:sentence.end] == sentence.text
        assert sentence.text.strip() == sentence.text and sentence.text
        assert sentence.start >= previous_end
        previous_end = sentence.end


def test_hard_wrapped_wire_copy_keeps_sentences_across_line_breaks():
    text = ("The Economic Policy\nCouncil decided on Friday to recommend\nsanctions against the exporters,\n"
            "officials said.\n    The Commerce Department\nwill publish the list next week.\n")
    assert sentences.is_hard_wrapped(text)
    assert texts(text) == [
        "The Economic Policy\nCouncil decided on Friday to recommend\nsanctions against the exporters,\n"
        "officials said.",
        "The Commerce Department\nwill publish the list next week.",
    ]


def test_a_short_wire_story_whose_lines_end_with_sentences_is_hard_wrapped():
    text = ("Northfield Mills Inc said Harold\nP. Quist was named treasurer.\n    Quist was a partner at a\n"
            "law firm.\n    He starts next month.\n")
    assert sentences.is_hard_wrapped(text)
    assert texts(text)[0] == "Northfield Mills Inc said Harold\nP. Quist was named treasurer."


def test_a_wrapped_story_signed_off_on_its_own_line_stays_hard_wrapped():
    text = ("Harbour Lines Corp, a unit of\nBayside Holdings Inc, said it sold its\nFerry Division for 12 mln dlrs.\n"
            "    It said the buyers were led by\nNorthgate Capital Inc.\n Reuter\n")
    assert sentences.is_hard_wrapped(text)
    assert texts(text)[0] == ("Harbour Lines Corp, a unit of\nBayside Holdings Inc, said it sold its\n"
                              "Ferry Division for 12 mln dlrs.")


def test_an_indented_line_in_wrapped_text_opens_a_sentence_after_an_abbreviation():
    text = ("Harbour Lines said it\nsold its ferry unit to Bayside\nHoldings Inc.\n    The buyers\n"
            "include former managers of the unit.\n")
    assert texts(text) == ["Harbour Lines said it\nsold its ferry unit to Bayside\nHoldings Inc.",
                           "The buyers\ninclude former managers of the unit."]


def test_a_page_written_a_paragraph_per_line_is_not_hard_wrapped():
    text = "Ministers meet\nThe ministers met on Monday.\nThey agreed a plan.\nPhoto: agency\nTalks resume.\n"
    assert not sentences.is_hard_wrapped(text)
    assert texts(text)[:2] == ["Ministers meet", "The ministers met on Monday."]


@given(st.text(st.sampled_from(list("aZ9_. -,é\nİ'")), max_size=12))
def test_word_before_a_full_stop_is_the_run_a_search_finds(head):
    """The backward read gives what searching `([\\w.]+)\\.$` gives: "U.S" of "the U.S.", nothing after a space."""
    head = head.rstrip()
    found = re.search(r"([\w.]+)\.$", head)
    assert _word_before(head) == (found.group(1) if found else None)


def test_initials_inside_a_name_do_not_end_a_sentence():
    text = "Analysts at E.F. Hutton and Co said Acme AB L.M. Novak won the order. Shares rose."
    assert texts(text) == ["Analysts at E.F. Hutton and Co said Acme AB L.M. Novak won the order.", "Shares rose."]
    assert texts("The plant is in Bethpage, N.Y. The system is new.") == ["The plant is in Bethpage, N.Y.",
                                                                          "The system is new."]


def test_initials_in_brackets_qualify_a_name_and_end_no_sentence():
    assert texts("Norden Freight (N.V.) Inc and its parent have agreed to merge. Talks went on.") == [
        "Norden Freight (N.V.) Inc and its parent have agreed to merge.", "Talks went on."]
    assert texts("He wrote to the (U.S.) Senate on Monday.") == ["He wrote to the (U.S.) Senate on Monday."]
    assert texts("Rates fell (see table.) Bonds rose.") == ["Rates fell (see table.)", "Bonds rose."]


def test_a_name_in_wire_copy_s_angle_brackets_opens_a_sentence_but_a_ticker_does_not():
    assert texts("Bids closed on Friday. <Harwood Paper Ltd> said it won.") == [
        "Bids closed on Friday.", "<Harwood Paper Ltd> said it won."]
    assert texts("Shares of Kestrel Mills L.P. <KML.N> rose.") == ["Shares of Kestrel Mills L.P. <KML.N> rose."]
    wrapped = "Bids closed on Friday, a spokesman\nsaid, and the price was not given\n    <Harwood Paper Ltd> said it won.\n"
    assert texts(wrapped)[-1] == "<Harwood Paper Ltd> said it won."


def test_a_company_s_legal_form_ends_a_sentence_before_a_word_that_carries_on_no_name():
    assert texts("The bonds were sold through Harwood Securities Co. Bayside said the issue was full.") == [
        "The bonds were sold through Harwood Securities Co.", "Bayside said the issue was full."]
    assert texts("He was treasurer of Kestrel Mills Inc. In June he joined the bank.") == [
        "He was treasurer of Kestrel Mills Inc.", "In June he joined the bank."]
    assert texts("Units of Norden Freight Co. Ltd. and Harwood Securities Co. International Inc rose.") == [
        "Units of Norden Freight Co. Ltd. and Harwood Securities Co. International Inc rose."]
    assert texts("Shares of Kestrel Mills Corp. <KML> rose.") == ["Shares of Kestrel Mills Corp. <KML> rose."]


def test_a_company_s_legal_form_before_an_office_it_qualifies_ends_no_sentence():
    assert texts("Kestrel Mills Corp. Chairman Jan Novak said the plant would close.") == [
        "Kestrel Mills Corp. Chairman Jan Novak said the plant would close."]
    assert texts("Harwood Securities Inc. Chief Executive Sue Smith resigned on Monday.") == [
        "Harwood Securities Inc. Chief Executive Sue Smith resigned on Monday."]

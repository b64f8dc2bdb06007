import re

from hypothesis import given
from hypothesis import strategies as st

from eventgraph.events.text import by_first_word, holds_phrase, read, whole_words


def test_phrases_are_filed_by_their_first_word():
    filed = by_first_word([("no", "comment"), ("not", "known"), ("no", "details")])
    assert filed == {"no": (("no", "comment"), ("no", "details")), "not": (("not", "known"),)}


def test_a_phrase_is_found_wherever_it_stands():
    phrases = by_first_word([("no", "comment"), ("declined", "to", "say")])
    assert holds_phrase(read("The ministry said it had no comment.", 0).forms, phrases)
    assert holds_phrase(["declined", "to", "say"], phrases)


def test_a_phrase_is_found_only_whole():
    phrases = by_first_word([("declined", "to", "say")])
    assert not holds_phrase(["he", "declined", "to"], phrases)
    assert not holds_phrase(["to", "say", "declined"], phrases)


def test_a_legislator_s_party_and_state_are_no_words_of_the_sentence():
    assert read("Rep. Ana Ruiz (D-Ore.) said the quota was unfair.", 0).forms[3:5] == ["ruiz", "said"]
    assert read("Sen. Tom Hale, R-N.M., opposed the plan.", 0).forms[3:5] == ["hale", "opposed"]
    assert read("The plan (a draft) was shelved.", 0).forms[2] == "("


def test_initials_in_brackets_inside_a_name_open_no_clause():
    words = read("Kestrel Mills (U.K.) Ltd said it sold the plant.", 0)
    assert len(set(words.clause)) == 1
    assert len(set(read("Kestrel Mills (KML) said it sold the plant.", 0).clause)) > 1


def test_a_word_of_a_name_in_brackets_inside_a_name_opens_no_clause():
    assert len(set(read('"Rates will fall," said Kestrel Mills (Securities) Ltd analyst Ann Lowe.', 0).clause)) == 2
    assert len(set(read("Kestrel (Hong Kong) Ltd sold the plant.", 0).clause)) == 1
    assert len(set(read("Kestrel Mills (KML) Chairman Ann Lowe sold the plant.", 0).clause)) > 1


def test_the_words_of_a_text_read_again_are_the_same_words():
    first = read("The harbour board met the dockers on Tuesday.", 120)
    assert read("The harbour board met the dockers on Tuesday.", 120) is first
    assert first.starts[:2] == [120, 124]
    assert read("The harbour board met the dockers on Tuesday.", 0).starts[:2] == [0, 4]


def test_words_are_found_whole_across_white_space_in_any_case():
    sentence = "The Port board said the\nnew dock opens, and the new-dock plan waits; a renewed dock"
    assert whole_words(sentence, ["new", "dock"], "-") == [(24, 32)]
    assert whole_words(sentence, ["NEW", "Dock"], "") == [(24, 32)]
    assert whole_words(sentence, ["port", "board"], "-") == [(4, 14)]
    assert whole_words(sentence, ["the", "new"], "-") == [(20, 27)]
    assert whole_words(sentence, ["dock", "plan"], "-") == []  # "new-dock plan": "dock" goes on a word before it
    assert whole_words(sentence, ["dock", "plan"], "") == [(52, 61)]


_PIECES = ["a", "A", "ab", "b", "-", "_", " ", "  ", "\n", "\t", "\x1c", ".", ",", "é", "K", "\u212a", "k", "1"]


@given(st.lists(st.sampled_from(_PIECES), max_size=14), st.lists(st.sampled_from(_PIECES), min_size=1, max_size=5),
       st.sampled_from(["", "-"]))
def test_words_are_found_where_the_regular_expression_finds_them(pieces, word_pieces, apart):
    text = "".join(pieces)
    words = "".join(word_pieces).split()
    pattern = r"\s+".join(re.escape(word) for word in words)
    expected = [found.span() for found in re.finditer(rf"(?<![\w{re.escape(apart)}]){pattern}(?![\w-])", text,
                                                      re.IGNORECASE)]
    assert whole_words(text, words, apart) == expected

from eventgraph.actors.title_span import TITLE_REACH, title_span


def test_a_title_is_one_to_title_reach_words_the_reader_accepts():
    assert title_span(["senior", "vice", "president"], str.isalpha)
    assert not title_span([], str.isalpha)
    assert not title_span(["chief"] * (TITLE_REACH + 1), str.isalpha)
    assert not title_span(["vice-chairman"], str.isalpha)
    assert title_span(["vice-chairman"], lambda word: word.replace("-", "").isalpha())

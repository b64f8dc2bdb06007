from eventgraph.events.text import by_first_word, holds_phrase, read


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

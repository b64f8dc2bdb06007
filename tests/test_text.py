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


def test_a_legislator_s_party_and_state_are_no_words_of_the_sentence():
    assert read("Rep. Ana Ruiz (D-Ore.) said the quota was unfair.", 0).forms[3:5] == ["ruiz", "said"]
    assert read("Sen. Tom Hale, R-N.M., opposed the plan.", 0).forms[3:5] == ["hale", "opposed"]
    assert read("The plan (a draft) was shelved.", 0).forms[2] == "("


def test_initials_in_brackets_inside_a_name_open_no_clause():
    words = read("Kestrel Mills (U.K.) Ltd said it sold the plant.", 0)
    assert len(set(words.clause)) == 1
    assert len(set(read("Kestrel Mills (KML) said it sold the plant.", 0).clause)) > 1


def test_the_words_of_a_text_read_again_are_the_same_words():
    first = read("The harbour board met the dockers on Tuesday.", 120)
    assert read("The harbour board met the dockers on Tuesday.", 120) is first
    assert first.starts[:2] == [120, 124]
    assert read("The harbour board met the dockers on Tuesday.", 0).starts[:2] == [0, 4]

"""Statement titles whose said words are no clause, mended against the parse of their sentence."""

import pytest
import spacy
from hypothesis import given
from hypothesis import strategies as st

from spacy.tokens import Doc

from eventgraph.events import parsing, said_whole

from .test_events import ACTORS, doc

WITH_ACME = {**ACTORS, "Acme Corp": ("acme-corp", "organization")}


def _titles(text):
    return [m.title for m in doc(text, actors=WITH_ACME).event_mentions]


def test_a_subject_whose_verb_the_words_do_not_know_says_what_the_statement_was_about():
    text = ("Jan Novak said a first estimate of the zinc deposits at two of its claims to a depth of 150 meters "
            "indicates a reserve of 3.4 mln tonnes.")
    assert _titles(text) == ["Jan Novak comments on a first estimate of the zinc deposits"]


def test_a_phrase_set_before_the_reported_clause_gives_way_to_the_clause():
    assert _titles("Jan Novak said that apart from its usual lines of trade, Acme Corp would like to expand into new "
                   "markets where it may lack the capital to compete.") == \
        ["Jan Novak says Acme Corp would like to expand into new markets"]
    assert _titles("Subject to approval, the offer will be mailed within the next two weeks, Acme Corp said.") == \
        ["Acme Corp says the offer will be mailed within the next two weeks"]


def _mended(title, sentence, verb="said"):
    [parsed] = parsing.parse([sentence])
    return said_whole.mend(title, parsed, sentence.index(verb))


def test_a_statement_only_reported_is_still_reported_when_it_says_what_it_was_about():
    sentence = "Jan Novak said a first estimate of the zinc deposits at two of its claims to a depth of 150 " \
        "meters indicates a reserve of 3.4 mln tonnes."
    assert _mended("Jan Novak reportedly says a first estimate of the zinc deposits", sentence) == \
        "Jan Novak reportedly comments on a first estimate of the zinc deposits"
    assert _mended("Jan Novak and Sue Smith say a first estimate of the zinc deposits", sentence) == \
        "Jan Novak and Sue Smith comment on a first estimate of the zinc deposits"


def test_a_said_clause_that_is_whole_stays_as_it_is():
    sentence = "Jan Novak said the news concerns its unit, Acme Corp."
    assert _mended("Jan Novak says the news concerns its unit", sentence) == \
        "Jan Novak says the news concerns its unit"


def test_a_verb_in_s_the_parse_may_take_for_a_noun_keeps_the_title():
    sentence = "Jan Novak said the new statute redefines core capital, assigns ratings to bonds not carried on ledgers."
    title = "Jan Novak says the new statute redefines core capital"
    assert _mended(title, sentence) == title


def test_a_phrase_set_before_the_reporting_clause_gives_way_to_the_clause_it_reports():
    sentence = "Under the plan, the firm said it will pay a sum for the rights to the process."
    assert _mended("Acme Corp says under the plan", sentence) == "Acme Corp says it will pay a sum"


def test_a_phrase_set_before_another_clause_than_the_one_reported_stays():
    sentence = "Under the plan, the firm said Acme Corp will pay a sum for the rights to the process."
    title = "Acme Corp says under the plan"
    assert _mended(title, sentence) == title


def test_only_a_title_that_says_no_verb_short_of_its_sentence_end_is_suspected():
    sentence = "Jan Novak said a first estimate of the deposits indicates gold, and the plan was approved."
    assert said_whole.suspect("Jan Novak says a first estimate of the deposits", sentence)
    assert not said_whole.suspect("Jan Novak says a first estimate of the deposits",
                                  "Jan Novak said a first estimate of the deposits.")
    assert not said_whole.suspect("Jan Novak says the plan was approved", sentence)
    assert not said_whole.suspect("Jan Novak says the plan must", "Jan Novak said the plan must wait.")
    assert not said_whole.suspect("Jan Novak says it's time", "Jan Novak said it's time to act.")
    assert not said_whole.suspect('Jan Novak says "the plan"', sentence)
    assert not said_whole.suspect("Ruritania signs a treaty", sentence)
    assert not said_whole.suspect("Jan Novak says a first estimate of the mines", sentence)


@given(st.lists(st.sampled_from(["Jan", "Novak", "said", "says", "the", "plan", "under", ",", "of", "estimate",
                                 "indicates", "gold", "Acme", "will", "pay", "that", "aside", "from", "."]),
                min_size=1, max_size=14))
def test_mending_any_statement_title_keeps_its_doers_and_never_raises(words):
    sentence = " ".join(words)
    title = f"Jan Novak says {sentence}"
    [parsed] = parsing.parse([sentence])
    mended = said_whole.mend(title, parsed, 0) if parsed is not None else title
    assert mended.startswith("Jan Novak ")


def _run_on(title, sentence, verb="said"):
    [parsed] = parsing.parse([sentence])
    return said_whole.run_on(title, parsed, sentence.index(verb))


def test_said_words_that_stop_inside_a_phrase_run_on_to_the_word_they_need():
    assert _run_on("Acme Corp says it dropped plans to sell its copper",
                   "Acme Corp said it dropped plans to sell its copper and zinc mines in Freedonia to a rival.") == \
        "Acme Corp says it dropped plans to sell its copper and zinc mines"
    assert _run_on("Acme Corp says it will buy Vole X-200",
                   "Acme Corp said it will buy Vole X-200 engines to power its new fleet of jets.") == \
        "Acme Corp says it will buy Vole X-200 engines"
    assert _run_on("Acme Corp says it sent to its shareholders",
                   "Acme Corp said it sent to its shareholders a letter that backs the offer.") == \
        "Acme Corp says it sent to its shareholders a letter"


def test_said_words_that_stop_at_a_comma_between_a_nouns_qualifiers_run_on_to_the_noun():
    sentence = "Jan Novak said the new mill will be a modern, low-cost plant by the end of the decade."
    assert said_whole.stops_inside("Jan Novak says the new mill will be a modern", sentence)
    assert _run_on("Jan Novak says the new mill will be a modern", sentence) == \
        "Jan Novak says the new mill will be a modern, low-cost plant"


def test_said_words_that_end_their_clause_at_a_comma_stay_as_they_are():
    sentence = "Jan Novak said the mill will close in May, citing weak demand for steel."
    title = "Jan Novak says the mill will close in May"
    assert said_whole.stops_inside(title, sentence)
    assert _run_on(title, sentence) == title
    assert not said_whole.stops_inside(title, "Jan Novak said the mill will close in May, and its workers will go.")


def test_said_words_run_on_from_a_sentence_opening_keep_their_small_letter():
    assert _run_on("Acme Corp says the plant will serve domestic",
                   "The plant will serve domestic and foreign car makers in Freedonia, Acme Corp said.") == \
        "Acme Corp says the plant will serve domestic and foreign car makers"


def test_said_words_that_run_on_too_long_stop_before_a_phrase_that_only_adds_to_them():
    sentence = ("Jan Novak said the new toll will stay in force until the owners of the three largest ferry lines "
                "have not raised their fares by more than the usual amount for two seasons.")
    assert _run_on("Jan Novak says the new toll will stay in force until the owners", sentence) == \
        "Jan Novak says the new toll will stay in force"


def test_said_words_never_stop_inside_a_preposition_of_three_words():
    title = "Acme Corp says the sale is being made in connection with a planned investment"
    sentence = ("Acme Corp said the sale is being made in connection with a planned investment in Acme of up to "
                "4,500,000 dlrs by its largest holder, Beta Inc.")
    assert _run_on(title, sentence) == title


def test_said_words_that_end_on_a_bare_verb_run_on_to_the_phrase_it_asks_for():
    assert _run_on("Acme Corp says the new plan does away",
                   "Acme Corp said the new plan does away with the old pay scale.") == \
        "Acme Corp says the new plan does away with the old pay scale"
    assert _run_on("Jan Novak says the deal could turn",
                   "Jan Novak said the deal could turn into a costly fight for both firms.") == \
        "Jan Novak says the deal could turn into a costly fight for both firms"
    # a phrase of time only adds to the verb
    title = "Jan Novak says sales rose"
    assert _run_on(title, "Jan Novak said sales rose in May from a year earlier.") == title


def test_said_words_never_stop_on_a_partitive_short_of_its_whole():
    title = "Acme Corp says the new unit will operate"
    sentence = ("Acme Corp said the new unit will operate as part of Zeta Alpha Beta Gamma Delta Omega Sigma Kappa "
                "Lambda Theta Iota Data Network Holdings Group of Freedonia.")
    assert not _run_on(title, sentence).endswith(" part")


def test_said_words_that_stop_at_a_phrase_end_stay_as_they_are():
    title = "Jan Novak says the plan was approved"
    assert _run_on(title, "Jan Novak said the plan was approved by the board on Monday.") == title


def test_only_said_words_a_word_follows_may_stop_inside_a_phrase():
    sentence = "Jan Novak said it will sell its steel and glass units, the company said."
    assert said_whole.stops_inside("Jan Novak says it will sell its steel", sentence)
    assert not said_whole.stops_inside("Jan Novak says it will sell its steel and glass units", sentence)
    assert not said_whole.stops_inside('Jan Novak says "it will sell', sentence)
    assert not said_whole.stops_inside("Ruritania signs a treaty", sentence)


@given(st.lists(st.sampled_from(["Jan", "Novak", "said", "the", "plan", "to", "sell", "its", "steel", "and",
                                 "glass", "units", "with", "until", "filed", "a", "statement", ",", "."]),
                min_size=1, max_size=14), st.integers(min_value=1, max_value=14))
def test_running_on_any_statement_title_never_raises(words, cut):
    sentence = " ".join(words)
    title = f"Jan Novak says {' '.join(words[:cut])}"
    [parsed] = parsing.parse([sentence])
    ran_on = said_whole.run_on(title, parsed, 0) if parsed is not None else title
    assert ran_on.startswith("Jan Novak says ")


def test_said_words_never_stop_before_a_figure_the_parse_makes_the_subject_of_what_follows():
    # "due May 20, 1996 carrying a coupon": a parse that takes the year for the subject of the participle after it
    # puts the year in the phrase that only adds, and stopping before that phrase would cut the date
    words = ["the", "Freedonia", "government", "is", "issuing", "a", "100", "mln", "stg", "bond", "due", "May", "20",
             ",", "1996", "carrying", "a", "coupon", ",", "Acme", "said", "."]
    heads = [2, 2, 4, 4, 20, 9, 7, 9, 9, 4, 12, 12, 4, 12, 15, 12, 17, 15, 20, 20, 20, 20]
    deps = ["det", "compound", "nsubj", "aux", "ccomp", "det", "nummod", "compound", "compound", "obj", "case",
            "compound", "obl", "punct", "nsubj", "acl:relcl", "det", "obj", "punct", "nsubj", "ROOT", "punct"]
    tags = ["DT", "NNP", "NN", "VBZ", "VBG", "DT", "CD", "CD", "NNP", "NN", "JJ", "NNP", "CD", ",", "CD", "VBG", "DT",
            "NN", ",", "NNP", "VBD", "."]
    spaces = [j not in (12, 17, 20, 21) for j in range(len(words))]
    parsed = Doc(spacy.blank("en").vocab, words=words, spaces=spaces, heads=heads, deps=deps, tags=tags)
    title = "Acme says the Freedonia government is issuing a 100 mln stg bond due May 20, 1996"
    assert said_whole.run_on(title, parsed, parsed[20].idx) == title


_VOLE_SAID = [("Vole", "NNP", "nsubj", 1, True), ("said", "VBD", "ROOT", 1, True)]


def _ran_on(title, rows):
    """The title run on against a parse built by hand of "Vole said" and the `rows` after it."""
    parsed = _parsed([*_VOLE_SAID, *rows])
    return said_whole.run_on(title, parsed, parsed[1].idx)


def _parsed(rows):
    """A parse built by hand from (word, tag, relation, head index, space after) rows."""
    words, tags, deps, heads, spaces = zip(*rows)
    return Doc(spacy.blank("en").vocab, words=list(words), spaces=list(spaces), heads=list(heads), deps=list(deps),
               tags=list(tags))


_INTEREST = [("it", "PRP", "nsubj", 3, True), ("has", "VBZ", "ccomp", 1, True), ("a", "DT", "det", 6, True),
             ("keen", "JJ", "amod", 6, True), ("interest", "NN", "obj", 3, True), ("in", "IN", "mark", 8, True),
             ("keeping", "VBG", "acl", 6, True), ("ferry", "NN", "compound", 10, True),
             ("fares", "NNS", "obj", 8, True), ("low", "JJ", "xcomp", 8, False), (".", ".", "punct", 1, False)]


def test_said_words_that_stop_before_a_nouns_complement_run_on_to_its_end():
    assert _ran_on("Vole says it has a keen interest", _INTEREST) == \
        "Vole says it has a keen interest in keeping ferry fares low"


def test_said_words_that_stop_after_a_focusing_adverb_run_on_to_the_phrase_it_singles_out():
    rows = [("jobs", "NNS", "nsubj", 4, True), ("would", "MD", "aux", 4, True),
            ("grow", "VB", "ccomp", 1, True), ("only", "RB", "advmod", 4, True),
            ("in", "IN", "case", 7, True), ("services", "NNS", "obl", 4, False),
            (".", ".", "punct", 1, False)]
    assert _ran_on("Vole says jobs would grow only", rows) == \
        "Vole says jobs would grow only in services"


def test_said_words_whose_verb_has_an_empty_it_run_on_to_the_clause_it_stands_for():
    parsed = _parsed([("It", "PRP", "expl", 1, True), ("seems", "VBZ", "ccomp", 11, True),
                      ("clear", "JJ", "advmod", 1, True), ("that", "IN", "mark", 8, True),
                      ("the", "DT", "det", 5, True), ("toll", "NN", "nsubj", 8, True), ("is", "VBZ", "cop", 8, True),
                      ("a", "DT", "det", 8, True), ("burden", "NN", "csubj", 1, False), (",", ",", "punct", 1, True),
                      ("Vole", "NNP", "nsubj", 11, True), ("said", "VBD", "ROOT", 11, False),
                      (".", ".", "punct", 11, False)])
    assert said_whole.run_on("Vole says it seems clear", parsed, parsed[11].idx) == \
        "Vole says it seems clear that the toll is a burden"


def test_said_words_never_run_on_to_the_inside_of_a_noun_phrase_nor_of_a_word():
    # "for Freedonian | made goods": a parse that takes the first word for the noun would cut the phrase there
    rows = [("it", "PRP", "nsubj", 3, True), ("expects", "VBZ", "ccomp", 1, True),
            ("a", "DT", "det", 5, True), ("rise", "NN", "obj", 3, True), ("for", "IN", "case", 7, True),
            ("Freedonian", "NNP", "nmod", 5, True), ("made", "VBN", "amod", 9, True),
            ("goods", "NNS", "obl", 3, False), (".", ".", "punct", 1, False)]
    assert _ran_on("Vole says it expects a rise", rows) == "Vole says it expects a rise"
    rows = [("it", "PRP", "nsubj", 3, True), ("cut", "VBD", "ccomp", 1, True),
            ("the", "DT", "det", 5, True), ("rating", "NN", "obj", 3, True), ("to", "IN", "case", 7, True),
            ("C", "NNP", "nmod", 5, False), ("-plus", "NN", "flat", 7, False), (".", ".", "punct", 1, False)]
    assert _ran_on("Vole says it cut the rating", rows) == "Vole says it cut the rating"


def test_said_words_never_run_on_to_the_inside_of_a_name():
    rows = [("it", "PRP", "nsubj", 3, True), ("extended", "VBD", "ccomp", 1, True), ("the", "DT", "det", 5, True),
            ("period", "NN", "obj", 3, True), ("on", "IN", "case", 8, True), ("its", "PRP$", "nmod:poss", 8, True),
            ("class", "NN", "nmod", 5, True), ("B", "NNP", "appos", 8, True), ("notes", "NNS", "dep", 8, False),
            (".", ".", "punct", 1, False)]
    assert _ran_on("Vole says it extended the period", rows) == "Vole says it extended the period"


def test_said_words_never_run_on_to_a_speakers_own_words():
    rows = [*_INTEREST[:7], ("our", "PRP$", "nmod:poss", 10, True), *_INTEREST[8:]]
    assert _ran_on("Vole says it has a keen interest", rows) == "Vole says it has a keen interest"


def test_said_words_never_run_on_to_the_doers_name_nor_into_a_list():
    rows = [("it", "PRP", "nsubj", 3, True), ("wants", "VBZ", "ccomp", 1, True),
            ("lower", "JJR", "amod", 5, True), ("fares", "NNS", "obj", 3, True),
            ("for", "IN", "case", 8, True), ("Vole", "NNP", "compound", 8, True),
            ("riders", "NNS", "nmod", 5, False), (".", ".", "punct", 1, False)]
    assert _ran_on("Vole says it wants lower fares", rows) == \
        "Vole says it wants lower fares"
    rows = [("it", "PRP", "nsubj", 3, True), ("signed", "VBD", "ccomp", 1, True),
            ("a", "DT", "det", 5, True), ("pact", "NN", "obj", 3, True), ("with", "IN", "case", 7, True),
            ("Acme", "NNP", "nmod", 5, True), ("and", "CC", "cc", 9, True),
            ("Zeta", "NNP", "conj", 7, False), (".", ".", "punct", 1, False)]
    assert _ran_on("Vole says it signed a pact", rows) == \
        "Vole says it signed a pact with Acme and Zeta"


_HARDER = [("the", "DT", "det", 3, True), ("rule", "NN", "nsubj", 5, True), ("would", "MD", "aux", 5, True),
           ("make", "VB", "ccomp", 1, True), ("it", "PRP", "obj", 5, True), ("more", "RBR", "advmod", 8, True),
           ("difficult", "JJ", "xcomp", 5, True), ("for", "IN", "case", 10, True), ("banks", "NNS", "obl", 8, True),
           ("to", "TO", "mark", 12, True), ("lend", "VB", "acl", 10, True), ("cash", "NN", "obj", 12, True),
           ("to", "IN", "case", 15, True), ("farmers", "NNS", "obl", 12, False), (".", ".", "punct", 1, False)]


def test_said_words_that_stop_on_what_an_empty_it_is_run_on_to_the_infinitive_it_stands_for():
    assert _ran_on("Vole says the rule would make it more difficult", _HARDER) == \
        "Vole says the rule would make it more difficult for banks to lend cash"
    rows = [("it", "PRP", "nsubj", 4, True), ("was", "VBD", "cop", 4, True), ("hard", "JJ", "ccomp", 1, True),
            ("for", "IN", "case", 6, True), ("farms", "NNS", "obl", 4, True), ("to", "TO", "mark", 8, True),
            ("compete", "VB", "csubj", 4, False), (".", ".", "punct", 1, False)]
    assert _ran_on("Vole says it was hard", rows) == "Vole says it was hard for farms to compete"


def test_said_words_on_what_a_pronoun_is_never_run_on_to_an_infinitive_that_qualifies_another_noun():
    rows = [("it", "PRP", "nsubj", 4, True), ("was", "VBD", "cop", 4, True), ("unhappy", "JJ", "ccomp", 1, True),
            ("with", "IN", "case", 7, True), ("the", "DT", "det", 7, True), ("offer", "NN", "obl", 4, True),
            ("to", "TO", "mark", 9, True), ("buy", "VB", "acl", 7, True), ("the", "DT", "det", 11, True),
            ("plant", "NN", "obj", 9, False), (".", ".", "punct", 1, False)]
    assert _ran_on("Vole says it was unhappy", rows) == "Vole says it was unhappy"


def test_said_words_that_stop_before_the_rest_of_a_comparison_stop_before_the_comparison():
    rows = [("holders", "NNS", "nsubj:pass", 5, True), ("would", "MD", "aux", 5, True),
            ("be", "VB", "aux:pass", 5, True), ("told", "VBN", "ccomp", 1, True), ("as", "RB", "advmod", 7, True),
            ("soon", "RB", "advmod", 5, True), ("as", "IN", "mark", 11, True), ("the", "DT", "det", 10, True),
            ("talks", "NNS", "nsubj", 11, True), ("end", "VBP", "advcl", 7, False), (".", ".", "punct", 1, False)]
    assert _ran_on("Vole says holders would be told as soon as the talks", rows) == "Vole says holders would be told"


def test_said_words_that_open_a_comparison_run_on_to_the_than_phrase_the_parse_hangs_elsewhere():
    rows = [("it", "PRP", "expl", 4, True), ("was", "VBD", "cop", 4, True), ("wiser", "JJR", "ccomp", 1, True),
            ("to", "TO", "mark", 6, True), ("buy", "VB", "csubj", 4, True), ("grain", "NN", "obj", 6, True),
            ("than", "IN", "mark", 10, True), ("to", "TO", "mark", 10, True), ("lose", "VB", "advcl", 1, True),
            ("buyers", "NNS", "obj", 10, False), (".", ".", "punct", 1, False)]
    assert _ran_on("Vole says it was wiser to buy grain", rows) == \
        "Vole says it was wiser to buy grain than to lose buyers"
    rows[2] = ("wise", "JJ", "ccomp", 1, True)
    assert _ran_on("Vole says it was wise to buy grain", rows) == "Vole says it was wise to buy grain"


def test_a_subject_run_on_to_its_predicate_is_cut_at_the_verb_the_parse_found():
    sentence = "And many investing firms such as pension plans and insurance companies still have spare cash, he added."
    assert _mended("Jan Novak says many investing firms such as pension plans", sentence, "added") == \
        "Jan Novak says many investing firms such as pension plans and insurance companies still have spare cash"


def _said_again(title, sentence, verb="said"):
    [parsed] = parsing.parse([sentence])
    return said_whole.said_again(title, parsed, sentence.index(verb))


def test_a_statement_titled_by_what_it_was_about_says_what_it_said_when_the_parse_finds_its_verb():
    assert _titles("Each plant consists of a 50-megawatt turbine and a boiler, Acme Corp said.") == \
        ["Acme Corp says each plant consists of a 50-megawatt turbine and a boiler"]
    assert _said_again("Jan Novak and Sue Smith comment on each plant consists of a turbine and a boiler",
                       "Each plant consists of a turbine and a boiler, they said.") == \
        "Jan Novak and Sue Smith say each plant consists of a turbine and a boiler"


def test_a_statement_titled_by_a_subject_with_no_predicate_a_title_can_show_stays_as_it_was():
    sentence = "The Port Marin exchange, a trader of options since 1980, plans to open longer to serve its Asian " \
        "clients and new banks in the region, its president Jan Novak said."
    title = "Jan Novak comments on the Port Marin exchange"
    assert _said_again(title, sentence) == title


def test_only_a_title_the_words_alone_titled_by_what_it_was_about_is_read_again():
    assert said_whole.commented("Jan Novak comments on each plant consists of a turbine",
                                "Each plant consists of a turbine, Jan Novak said.")
    assert not said_whole.commented("Acme Corp declines comment on the report",
                                    "Acme Corp declined comment on the report.")



_EACH_PLANT = [("each", "DT", "det", 3, True), ("plant", "NN", "nsubj", 4, True), ("needs", "VBZ", "ccomp", 1, True),
               ("new", "JJ", "amod", 6, True), ("pumps", "NNS", "obj", 4, False), (".", ".", "punct", 1, False)]
_RISEN = [("prices", "NNS", "nsubj", 4, True), ("have", "VBP", "aux", 4, True), ("risen", "VBN", "ccomp", 1, True),
          ("sharply", "RB", "advmod", 4, False), (".", ".", "punct", 1, False)]
_ENJOY = [("both", "DT", "det", 3, True), ("firms", "NNS", "nsubj", 4, True), ("enjoy", "VB", "ccomp", 1, True),
          ("good", "JJ", "amod", 6, True), ("ties", "NNS", "obj", 4, False), (".", ".", "punct", 1, False)]
_IMPORTS = [("farm", "NN", "nsubj", 3, True), ("imports", "VBZ", "ccomp", 1, True), ("from", "IN", "case", 6, True),
            ("the", "DT", "det", 6, True), ("region", "NN", "obl", 3, False), (".", ".", "punct", 1, False)]
_RISING = [("the", "DT", "det", 3, True), ("rates", "NNS", "nsubj", 4, True), ("rising", "VBG", "ccomp", 1, True),
           ("abroad", "RB", "advmod", 4, False), (".", ".", "punct", 1, False)]


@pytest.mark.parametrize("said, rows, says", [
    ("each plant needs new pumps", _EACH_PLANT, True),
    ("prices have risen sharply", _RISEN, True),
    ("both firms enjoy good ties", _ENJOY, True),  # the parse's base form with its subject: a present
    ("farm imports from the region", _IMPORTS, False),  # a noun in "-s" the parse took for a verb
    ("the rates rising abroad", _RISING, False),  # a participle
])
def test_a_statement_titled_by_what_it_was_about_says_its_clause_only_when_a_finite_verb_heads_it(said, rows, says):
    parsed = _parsed([*_VOLE_SAID, *rows])
    title = f"Vole comments on {said}"
    assert said_whole.said_again(title, parsed, parsed[1].idx) == (f"Vole says {said}" if says else title)



def _rows(text, tags, deps, heads):
    """Rows of a hand-built parse after "Vole said": the words of `text`, a space after each but one before
    punctuation, and their absolute head indices (Vole is 0, said 1)."""
    words = text.split()
    return [(word, tag, dep, head, k + 1 < len(words) and words[k + 1] not in ".,")
            for k, (word, tag, dep, head) in enumerate(zip(words, tags.split(), deps.split(), heads))]


def test_said_words_that_end_on_a_participle_run_on_through_the_phrase_that_says_by_whom():
    rows = _rows("it will fill the posts left by their departures .", "PRP MD VB DT NNS VBN IN PRP$ NNS .",
                 "nsubj aux ccomp det obj acl case nmod:poss obl:agent punct", [4, 4, 1, 6, 4, 6, 10, 10, 7, 1])
    assert _ran_on("Vole says it will fill the posts left", rows) == \
        "Vole says it will fill the posts left by their departures"


def test_said_words_that_end_on_a_participle_the_parse_hangs_on_the_verb_run_on_to_its_phrase():
    rows = _rows("it would sell assets valued at 40 mln dlrs .", "PRP MD VB NNS VBN IN CD CD NNS .",
                 "nsubj aux ccomp obj advcl case nummod compound obl punct", [4, 4, 1, 4, 4, 10, 9, 10, 6, 1])
    assert _ran_on("Vole says it would sell assets valued", rows) == "Vole says it would sell assets valued at 40 mln dlrs"


def test_said_words_that_end_on_a_participle_with_a_subject_of_its_own_stay_whole():
    # the parse hangs "towed" on "dlr" as if it qualified it, yet "frame" is its subject: the clause's own verb
    rows = _rows("a 30 mln dlr , six leg frame was towed from a dock Monday .",
                 "DT CD NN NN , CD NN NN VBD VBN IN DT JJ NNP .",
                 "det nummod compound obj punct nummod compound nsubj:pass aux:pass acl case det amod obl punct",
                 [5, 4, 5, 1, 11, 8, 9, 11, 11, 5, 15, 15, 15, 11, 1])
    title = "Vole says a 30 mln dlr, six leg frame was towed"
    assert _ran_on(title, rows) == title


def test_said_words_that_end_on_a_participle_whose_phrase_cannot_be_shown_stop_before_it():
    rows = _rows("it formed a new steel maker jointly owned by Acme , Zeta and Vole .",
                 "PRP VBD DT JJ NN NN RB VBN IN NNP , NNP CC NNP .",
                 "nsubj ccomp det amod compound obj advmod acl case obl:agent punct conj cc conj punct",
                 [3, 1, 7, 7, 7, 3, 9, 7, 11, 9, 13, 11, 15, 11, 1])
    assert _ran_on("Vole says it formed a new steel maker jointly owned", rows) == "Vole says it formed a new steel maker"


def test_said_words_whose_chain_of_of_phrases_cannot_be_shown_whole_stop_at_the_longest_shown():
    rows = _rows("it will swap about 95 pct of its holdings of the common stock of Zeta Cable Systems Inc .",
                 "PRP MD VB RB CD NN IN PRP$ NNS IN DT JJ NN IN NNP NNP NNP NNP .",
                 "nsubj aux ccomp advmod nummod obj case nmod:poss nmod case det amod nmod case compound compound "
                 "compound nmod punct", [4, 4, 1, 6, 7, 4, 10, 10, 7, 14, 14, 14, 10, 19, 19, 19, 19, 14, 1])
    assert _ran_on("Vole says it will swap about 95 pct", rows) == \
        "Vole says it will swap about 95 pct of its holdings of the common stock"
    rows = _rows("it will report a loss for the quarter against a profit of 8 mln dlrs a year ago .",
                 "PRP MD VB DT NN IN DT NN IN DT NN IN CD CD NNS DT NN RB .",
                 "nsubj aux ccomp det obj case det nmod case det nmod case nummod compound nmod det obl:npmod advmod "
                 "punct", [4, 4, 1, 6, 4, 9, 9, 6, 12, 12, 9, 16, 15, 16, 12, 18, 19, 4, 1])
    assert _ran_on("Vole says it will report a loss", rows) == "Vole says it will report a loss for the quarter"


def test_said_words_that_end_on_a_passive_run_on_through_the_gerund_that_says_how():
    rows = _rows("costs could be cut by closing two plants .", "NNS MD VB VBN IN VBG CD NNS .",
                 "nsubj:pass aux aux:pass ccomp mark advcl nummod obj punct", [5, 5, 5, 1, 7, 5, 9, 7, 1])
    assert _ran_on("Vole says costs could be cut", rows) == "Vole says costs could be cut by closing two plants"


def test_said_words_never_run_on_to_an_adjective_short_of_the_phrase_it_needs():
    rows = _rows("closing is expected by the end of May , subject to approval by both boards .",
                 "NN VBZ VBN IN DT NN IN NNP , JJ IN NN IN DT NNS .",
                 "nsubj:pass aux:pass ccomp case det obl:agent case nmod punct xcomp case obl case det nmod punct",
                 [4, 4, 1, 7, 7, 4, 9, 7, 11, 4, 13, 11, 16, 16, 13, 1])
    title = "Vole says closing is expected by the end of May"
    assert _ran_on(title, rows) == title


def test_said_words_that_stop_at_the_first_comma_of_a_list_of_names_run_on_to_its_last_name():
    title = "Vole says the sale created a company owned by Acme"
    assert said_whole.stops_inside(title, "Vole said the sale created a company owned by Acme, Zeta and Vole.")
    assert not said_whole.stops_inside("Vole says profits could reach four dlrs a share",
                                       "Vole said profits could reach four dlrs a share, Smith said.")
    rows = _rows("the sale created a company owned by Acme , Zeta and Vole .",
                 "DT NN VBD DT NN VBN IN NNP , NNP CC NNP .",
                 "det nsubj ccomp det obj acl case obl:agent punct conj cc conj punct",
                 [3, 4, 1, 6, 4, 6, 9, 7, 11, 9, 13, 9, 1])
    assert _ran_on(title, rows) == "Vole says the sale created a company owned by Acme, Zeta and Vole"


def test_said_words_that_are_a_subject_too_long_to_run_on_to_its_verb_leave_out_the_participle_that_qualifies_it():
    rows = _rows("the size of a bond sold last week by Acme Finance has been raised to 50 mln dlrs from 40 mln .",
                 "DT NN IN DT NN VBN JJ NN IN NNP NNP VBZ VBN VBN IN CD NN NNS IN CD NN .",
                 "det nsubj:pass case det nmod acl amod obl:unmarked case compound obl:agent aux aux:pass ccomp case "
                 "nummod compound obl case nummod obl punct",
                 [3, 15, 6, 6, 3, 6, 9, 7, 12, 12, 7, 15, 15, 1, 19, 18, 19, 15, 22, 22, 15, 1])
    assert _ran_on("Vole says the size of a bond sold last week", rows) == \
        "Vole says the size of a bond has been raised to 50 mln dlrs from 40 mln"
    rows = _rows("it targets buyers that depend on a home market opened to imports .",
                 "PRP VBZ NNS WDT VBP IN DT NN NN VBN IN NNS .",
                 "nsubj ccomp obj nsubj acl:relcl case det compound obl acl case obl punct",
                 [3, 1, 3, 6, 4, 10, 10, 10, 6, 10, 13, 11, 1])
    assert _ran_on("Vole says it targets buyers that depend", rows) == "Vole says it targets buyers that depend"

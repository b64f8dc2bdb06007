"""A past verb after "and" and a noun the parser listed with the noun before it is a clause of its own."""

from eventgraph.events.listed_subjects import split_listed_subjects

from .test_conjuncts import _tree
from .test_events import doc


def test_a_count_listed_with_a_place_is_the_subject_of_the_verb_after_it():
    parsed = _tree([("30", "CD", "nsubj:pass", 2), ("were", "VBD", "aux:pass", 2), ("killed", "VBN", "ROOT", 2),
                    ("in", "IN", "case", 4), ("Vorland", "NNP", "obl", 2), ("and", "CC", "cc", 6),
                    ("12", "CD", "conj", 4), ("died", "VBD", "advcl", 2), ("in", "IN", "case", 9),
                    ("Ostia", "NNP", "obl", 7), (".", ".", "punct", 2)])
    split_listed_subjects(parsed)
    assert (parsed[6].dep_, parsed[6].head.text) == ("nsubj", "died")
    assert (parsed[7].dep_, parsed[7].head.text) == ("conj", "killed")
    assert parsed[5].head.text == "died"


def test_a_killing_s_object_read_as_the_next_killing_s_subject_goes_back_to_it():
    parsed = _tree([("Rebels", "NNS", "nsubj", 1), ("killed", "VBD", "ROOT", 1), ("30", "CD", "nummod", 3),
                    ("soldiers", "NNS", "nsubj", 8), ("in", "IN", "case", 5), ("Vorland", "NNP", "nmod", 3),
                    ("and", "CC", "cc", 7), ("troops", "NNS", "conj", 5), ("killed", "VBD", "ccomp", 1),
                    ("12", "CD", "obj", 8), (".", ".", "punct", 1)])
    split_listed_subjects(parsed)
    assert (parsed[3].dep_, parsed[3].head.i) == ("obj", 1)
    assert (parsed[7].dep_, parsed[7].head.i) == ("nsubj", 8)
    assert (parsed[8].dep_, parsed[8].head.i) == ("conj", 1)


def test_a_reported_clause_keeps_its_listed_subject():
    parsed = _tree([("Acme", "NNP", "nsubj", 1), ("said", "VBD", "ROOT", 1), ("plants", "NNS", "nsubj", 6),
                    ("in", "IN", "case", 4), ("Vorland", "NNP", "nmod", 2), ("and", "CC", "cc", 6),
                    ("Ostia", "NNP", "conj", 4), ("closed", "VBD", "ccomp", 1), (".", ".", "punct", 1)])
    parsed[6].head = parsed[4]
    parsed[2].head = parsed[7]
    split_listed_subjects(parsed)
    assert (parsed[2].dep_, parsed[7].head.text) == ("nsubj", "said")


def test_two_tolls_in_two_places_are_two_events():
    text = "About 30 people were killed in Vorland and 12 died in Ostia, officials said."
    assert sorted(m.trigger for m in doc(text).event_mentions) == ["died", "killed"]


def test_a_killing_after_another_in_one_sentence_has_its_own_victims():
    titles = [m.title for m in doc("Rebels killed 30 soldiers in Vorland and troops killed 12 guerrillas in Ostia.")
              .event_mentions]
    assert not any("and troops" in title for title in titles) and not any("soldiers kill" in title for title in titles)

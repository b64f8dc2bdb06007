import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

from merge import told_false_pairs  # noqa: E402


def test_each_false_pair_is_put_down_once_to_the_sentence_that_reports_both_its_happenings():
    both, other, third = ("a", 0, 10), ("a", 20, 30), ("b", 0, 10)
    told = {both: {"strike", "ruling"}, other: {"strike"}, third: {"ruling"}}
    # one system event took the sentence reporting both, and the other sentences of each happening
    response = [frozenset({both + ("strike",), both + ("ruling",), other + ("strike",), third + ("ruling",)})]
    assert told_false_pairs(response, told) == {both: 3}


def test_a_false_pair_of_two_sentences_that_each_report_one_happening_is_no_sentence_s():
    told = {("a", 0, 10): {"strike"}, ("b", 0, 10): {"ruling"}}
    assert not told_false_pairs([frozenset({("a", 0, 10, "strike"), ("b", 0, 10, "ruling")})], told)

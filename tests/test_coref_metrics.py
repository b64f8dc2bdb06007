"""The coreference measures of benchmarks/coref.py on a small example worked by hand, and simple cases."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import coref  # noqa: E402

# a response that misses the key mention e and adds h, i and j
KEY = [frozenset("abc"), frozenset("defg")]
RESPONSE = [frozenset("ab"), frozenset("cdfgh"), frozenset("ij")]


def test_muc_of_the_worked_example():
    precision, recall, _ = coref.muc(KEY, RESPONSE)
    assert (precision, recall) == pytest.approx((3 / 6, 3 / 5))


def test_b_cubed_of_the_worked_example():
    precision, recall, _ = coref.b_cubed(KEY, RESPONSE)
    assert recall == pytest.approx((2 / 3 + 2 / 3 + 1 / 3 + 3 / 4 + 0 + 3 / 4 + 3 / 4) / 7)
    assert precision == pytest.approx((1 + 1 + 1 / 5 + 3 / 5 * 3 + 0 + 0 + 0) / 9)


def test_ceaf_e_of_the_worked_example():
    precision, recall, _ = coref.ceaf_e(KEY, RESPONSE)
    best = 2 * 2 / (3 + 2) + 2 * 3 / (4 + 5)
    assert (precision, recall) == pytest.approx((best / 3, best / 2))


def test_pairwise_and_a_perfect_response():
    assert coref.pairwise(KEY, RESPONSE)[:2] == pytest.approx((4 / 12, 4 / 9))
    assert coref.conll(KEY, KEY) == pytest.approx(1.0)
    assert coref.pairwise([frozenset("a"), frozenset("b")], [frozenset("ab")])[0] == 0.0

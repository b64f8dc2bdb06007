import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

from events import title_faults  # noqa: E402


def _event(title: str, sentence: str, *actors: str):
    return SimpleNamespace(title=title, sources=[SimpleNamespace(sentence=sentence)],
                           actors=[SimpleNamespace(actor=actor) for actor in actors])


NAMES = {"ruritania": {"ruritania"}, "air-ruritania": {"air ruritania"}, "jan-vole": {"jan vole", "vole"},
         "vole-mining": {"vole mining company", "vole mining"}, "dn-bank": {"d and n savings bank"}}


@pytest.mark.parametrize("title, actors, fault", [
    ("Air Ruritania holds talks with Ruritania", ("air-ruritania", "ruritania"), ""),
    ("Jan Vole offers to buy Vole Mining Company", ("jan-vole", "vole-mining"), ""),
    ("Jan Vole says Vole will resign", ("jan-vole",), "actor named twice: vole"),
    ("Ruritania says Ruritania will sign", ("ruritania",), "actor named twice: ruritania"),
    ("Ruritania says its Ruritania Steel unit won an order", ("ruritania",), ""),
    ("Vole Mining says Vole Mining Co will close a mine", ("vole-mining",), "actor named twice: vole mining"),
    ("Vole Mining says Vole Mining Chairman Jan Novak quits", ("vole-mining",), "actor named twice: vole mining"),
    ("Vole Mining closes the First Vole Bank", ("vole-mining",), ""),
])
def test_a_name_inside_another_actor_s_name_is_no_second_naming(title, actors, fault):
    assert title_faults(_event(title, title + ".", *actors), None, NAMES) == fault


@pytest.mark.parametrize("title, fault", [
    ("D and N Savings Bank acquires Acme", ""),
    ("U S West acquires Acme", ""),
    ("Helmut M acquires Acme", "word cut: M"),
    ("Acme acquires stake in Pedro S", "word cut: S"),
    ("Pedro S acquires Acme", "word cut: S"),
    ("Jan M Novak acquires Acme", ""),
    ("Acme offers to buy all Class B shares", ""),
    ("Agency downgrades Acme's notes to D", ""),
    ("Acme says Ruritania Gas A/S will issue bonds", ""),
])
def test_a_name_of_initials_is_no_word_cut(title, fault):
    assert title_faults(_event(title, title + ".", "dn-bank"), None, NAMES) == fault


@pytest.mark.parametrize("title, sentence, fault", [
    ("Agency raises Acme's notes to BB", "The agency raised Acme's notes to BB-plus from BB.", "word cut at its hyphen: BB-"),
    ("Agency raises Acme's notes to BB-plus", "The agency raised Acme's notes to BB-plus from BB.", ""),
    ("Acme plans a broad-based, multi (planned)", "Acme plans a broad-based, multi-staged sale.", "word cut at its hyphen: multi-"),
    ("Acme sells its notes to BB, Jan Vole says", "Acme sold its notes to BB, Jan Vole said.", ""),
])
def test_a_title_ending_inside_a_word_joined_by_a_hyphen_is_cut(title, sentence, fault):
    assert title_faults(_event(title, sentence, "dn-bank"), None, NAMES) == fault

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

from merge import read_by_words, told_false_pairs, uncoded  # noqa: E402

from eventgraph.model import Document, EventMention, Sentence  # noqa: E402


def test_each_false_pair_is_put_down_once_to_the_sentence_that_reports_both_its_happenings():
    both, other, third = ("a", 0, 10), ("a", 20, 30), ("b", 0, 10)
    told = {both: {"strike", "ruling"}, other: {"strike"}, third: {"ruling"}}
    # one system event took the sentence reporting both, and the other sentences of each happening
    response = [frozenset({both + ("strike",), both + ("ruling",), other + ("strike",), third + ("ruling",)})]
    assert told_false_pairs(response, told) == {both: 3}


def test_a_false_pair_of_two_sentences_that_each_report_one_happening_is_no_sentence_s():
    told = {("a", 0, 10): {"strike"}, ("b", 0, 10): {"ruling"}}
    assert not told_false_pairs([frozenset({("a", 0, 10, "strike"), ("b", 0, 10, "ruling")})], told)


def _document(text: str, made: list[str]) -> Document:
    """An article of one sentence with an event mention made of each trigger word in `made`."""
    mentions = [EventMention(sentence=0, trigger_start=text.index(word), trigger_end=text.index(word) + len(word),
                             trigger=word, code="", label="", title="") for word in made]
    return Document(id="a", path="a", text=text, sentences=[Sentence(0, len(text), text)], event_mentions=mentions)


def test_a_sentence_whose_words_hold_one_happening_of_the_root_is_told_apart_from_one_whose_second_was_dropped():
    text = "Acme said Freedonia seized two ships and shelled the port."
    assert read_by_words(_document(text, ["seized"]), {0}, {"17", "19"})[0] == "a trigger dropped"
    assert read_by_words(_document(text, ["seized", "shelled"]), {0}, {"17", "19"})[0] == "all read"
    # the root the two gold happenings share counts: a trigger of another root could match neither
    kind, shown = read_by_words(_document(text, ["seized"]), {0}, {"17"})
    assert kind == "one happening's words"
    assert shown == "'said' 010 (no event), 'seized' 171, 'shelled' 194 (no event)"


def test_a_sentence_is_put_down_to_a_gold_event_without_a_code_only_when_one_of_its_events_has_none():
    assert uncoded([{"code": "143"}, {"code": None}])
    assert not uncoded([{"code": "143"}, {"code": "120"}])

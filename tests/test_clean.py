from dataclasses import dataclass

from eventgraph.clean import REPLACEMENT, unicode_everywhere


@dataclass
class Entry:
    title: str
    start: int
    score: float
    kept: bool
    note: str | None
    offsets: list


def test_a_value_without_a_lone_surrogate_is_returned_as_it_is():
    entry = Entry("Port reopens", 12, 0.5, True, None, [3, 4.5, None, False])
    assert unicode_everywhere(entry) is entry
    listed = [entry, 7, None]
    assert unicode_everywhere(listed) is listed


def test_a_lone_surrogate_is_replaced_and_the_numbers_beside_it_kept():
    entry = Entry("Port \ud800reopens", 12, 0.5, True, None, [3, "a\udfffb"])
    cleaned = unicode_everywhere(entry)
    assert cleaned is not entry
    assert cleaned.title == f"Port {REPLACEMENT}reopens"
    assert (cleaned.start, cleaned.score, cleaned.kept, cleaned.note) == (12, 0.5, True, None)
    assert cleaned.offsets == [3, f"a{REPLACEMENT}b"]
    assert entry.title == "Port \ud800reopens"

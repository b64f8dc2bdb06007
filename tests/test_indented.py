import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eventgraph.exporters import indented, jsonout, timelinejs

from .stories import small_story


def library(value) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2)


class Label(str):
    pass


class Loop(list):
    pass


NESTED = {
    "title": "Ministers meet in Graustark \u2014 \u201ctalks\u201d <b>&</b>",
    "span": ["2021-05-03", "2021-05-04"],
    "empty": {"list": [], "dict": {}, "tuple": ()},
    "events": [
        {"id": "e1", "date": {"value": "2021", "until": None}, "salience": 3, "score": 0.25,
         "actors": [{"actor": "a", "role": "source"}, {"actor": "b", "role": "target"}],
         "sources": [{"doc": "d1", "sentence": "She said:\n\t\"no\" \\ \u2028 \x07 \ud800", "start": 0}]},
        [[1, [2, [True, False, None]]], ("x", 1e-05, 1e300, -0.0, 10 ** 30)],
    ],
    "floats": [float("nan"), float("inf"), -float("inf")],
}


@pytest.mark.parametrize("value", [
    None, 0, -7, 2.5, True, "text", "", [], {}, [[]], [{}], {"a": []}, NESTED, ("a", ["b", ("c",)]),
], ids=repr)
def test_the_text_is_the_librarys_to_the_byte(value):
    assert indented.dumps(value) == library(value)


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.tuples(inner, inner) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=30)


@given(JSON)
def test_any_json_value_is_written_as_the_library_writes_it(value):
    assert indented.dumps(value) == library(value)


@pytest.mark.parametrize("value", [
    {1: "one", 2.5: "two and a half", True: "yes", None: "nothing"},  # keys the library turns into strings
    {"nested": {"keys": {3: 4}}},
    [Label("a subclass of str"), {"label": Label("in a container of scalars")}],
    {Label("key"): [1, {"x": 2}]},
], ids=repr)
def test_values_the_library_writes_in_its_own_way_are_left_to_it(value):
    assert indented.dumps(value) == library(value)


@pytest.mark.parametrize("value", [{"a": object()}, [{1, 2}], {("a", "b"): 1}], ids=repr)
def test_a_value_json_cannot_hold_raises_the_librarys_error(value):
    with pytest.raises(TypeError):
        indented.dumps(value)


def test_a_container_holding_itself_raises_the_librarys_error():
    loop = Loop()
    loop.append([loop])
    outer: list = [1]
    outer.append(outer)
    for value in (loop, outer):
        with pytest.raises(ValueError, match="Circular reference"):
            indented.dumps(value)


def test_the_writers_files_are_the_librarys_indented_json():
    story = small_story()
    assert jsonout.dumps(story) == library(jsonout.story_dict(story)) + "\n"
    assert timelinejs.dumps(story) == library(timelinejs.story_dict(story)) + "\n"

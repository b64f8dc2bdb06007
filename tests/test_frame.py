"""Who did what to whom: the doer and target the event frame reads from the parse, on invented sentences."""

from .test_events import titles_and_actors


def roles(text, root, timexes=()):
    """The (actor, role) pairs and the title of the one event of CAMEO root `root` in `text`."""
    [(title, _, actors, *_)] = [row for row in titles_and_actors(text, timexes) if row[1][:2] == root]
    return actors, title


def test_the_owner_of_a_title_in_an_apposition_is_no_second_doer():
    actors, _ = roles("Jan Novak, Ruritania's finance minister, criticised Freedonia.", "11")
    assert actors == {("jan-novak", "source"), ("freedonia", "target")}
    actors, _ = roles("Ruritania's finance minister, Jan Novak, criticised Freedonia.", "11")
    assert actors == {("jan-novak", "source"), ("freedonia", "target")}


def test_the_owner_of_an_object_is_its_target():
    actors, title = roles("Ruritania rejected Freedonia's offer.", "12")
    assert actors == {("ruritania", "source"), ("freedonia", "target")}
    actors, _ = roles("Ruritania criticised the policy of Freedonia.", "11")
    assert actors == {("ruritania", "source"), ("freedonia", "target")}


def test_a_happening_a_verb_acts_on_is_its_object_not_its_deed():
    found = titles_and_actors("Ruritania condemned the attack on the embassy.")
    assert [row[0] for row in found if row[1][:2] == "11"] == ["Ruritania condemns the attack"]
    assert all(("ruritania", "source") not in row[2] for row in found if row[1][:2] == "18")
    assert all(not row[0].lower().startswith("on ") for row in found)

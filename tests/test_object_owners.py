"""The owner a deed's object opens with, as the words read it, on invented sentences."""

from types import SimpleNamespace

from eventgraph.events import object_owners
from eventgraph.model import Mention

NAMES = [("Vorland", "vorland"), ("Ruritania", "ruritania")]


def owner_of(text, phrase):
    mentions = [Mention(text.index(name), text.index(name) + len(name), name, key, "country")
                for name, key in NAMES if name in text]
    found = object_owners.owner(SimpleNamespace(text=text), mentions, phrase, text.index(phrase))
    return found.actor if found is not None else None


def test_a_possessive_that_opens_the_object_names_whose_thing_is_acted_on():
    assert owner_of("Vorland troops overran Ruritania's Kalo peninsula.", "Ruritania's Kalo peninsula") == "ruritania"
    assert owner_of("Vorland troops overran Ruritania’s border posts.", "Ruritania’s border posts") == "ruritania"
    assert owner_of("Vorland overran southern Ruritania's Kalo peninsula.",
                    "southern Ruritania's Kalo peninsula") == "ruritania"


def test_a_name_that_only_qualifies_the_object_or_is_the_whole_object_owns_nothing():
    assert owner_of("Vorland troops shelled Ruritania border posts.", "Ruritania border posts") is None
    assert owner_of("Vorland troops attacked Ruritania.", "Ruritania") is None
    assert owner_of("Vorland seized the ships of Ruritania's navy.", "the ships of Ruritania's navy") is None

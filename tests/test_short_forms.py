"""Short forms of an organisation's name, read once for the actor stage and the event stage."""

from eventgraph.actors import short_forms
from eventgraph.actors.gazetteer import gazetteer
from eventgraph.model import Document, Mention


def test_the_initials_a_name_goes_by():
    g = gazetteer()
    assert short_forms.initials("American Motors Corp", g) == ["AM", "AMC"]
    assert short_forms.initials("General Motors", g) == ["GM"]
    assert "BP" in short_forms.initials("British Petroleum Co Plc", g)
    assert short_forms.initials("Widgets", g) == []


def test_short_forms():
    g = gazetteer()
    assert short_forms.stands_for(["NWMA"], ["U.S.", "National", "Widget", "Makers", "Association"], g)
    assert short_forms.stands_for(["AMC"], ["American", "Motors", "Corp"], g)
    assert short_forms.stands_for(["Foods"], ["Acme", "Foods", "Corp"], g)
    assert short_forms.stands_for(["Widget", "Makers"], ["National", "Widget", "Makers", "Association"], g)
    assert not short_forms.stands_for(["Corp"], ["Acme", "Foods", "Corp"], g)  # every company's
    assert not short_forms.stands_for(["NBA"], ["National", "Widget", "Makers", "Association"], g)
    assert not short_forms.stands_for(["Acme", "Foods", "Corp"], ["Acme", "Foods", "Corp"], g)
    assert not short_forms.stands_for(["Makers", "Widget"], ["National", "Widget", "Makers", "Association"], g)


def _doc(text, names):
    mentions = [Mention(text.index(name), text.index(name) + len(name), name, key, "organization", name=name)
                for name, key in names.items()]
    return Document(id="d1", path="d1.txt", text=text, mentions=sorted(mentions, key=lambda m: m.start))


def test_the_body_named_before_that_a_short_form_stands_for():
    text = "Acme Widget Holdings Inc bought Beta Corp. Widget said it would keep the staff."
    found = short_forms.body_named_before(_doc(text, {"Acme Widget Holdings Inc": "acme", "Beta Corp": "beta"}),
                                          text.index("Widget said"), text.index(" said"))
    assert (found.actor, found.text, found.start) == ("acme", "Widget", text.index("Widget said"))


def test_a_short_form_two_bodies_fit_stands_for_neither():
    text = "Acme Widget Inc sued Widget Partners Ltd. Widget said it would appeal."
    doc = _doc(text, {"Acme Widget Inc": "acme", "Widget Partners Ltd": "partners"})
    assert short_forms.body_named_before(doc, text.index("Widget said"), text.index(" said")) is None


def test_a_short_form_named_only_after_it_stands_for_nothing():
    text = "Widget said it would appeal the ruling against Acme Widget Inc."
    doc = _doc(text, {"Acme Widget Inc": "acme"})
    assert short_forms.body_named_before(doc, 0, len("Widget")) is None


def test_the_second_word_of_a_two_word_company_name_is_its_short_form():
    g = gazetteer()
    assert short_forms.second_word(["International", "Multifoods", "Corp"], g) == "Multifoods"
    assert short_forms.second_word(["Acme", "Widget", "Holdings", "Inc"], g) is None
    assert short_forms.second_word(["Jane", "Doe", "Inc"], g) is None


def test_initials_joined_by_and_stand_for_the_parts_and_joins():
    g = gazetteer()
    assert short_forms.stands_for(["R", "and", "B"], ["Rowan", "and", "Birch's", "Corp"], g)
    assert short_forms.stands_for(["NW", "and", "T"], ["North", "Western", "and", "Tyne", "Co"], g)
    assert not short_forms.stands_for(["R", "and", "T"], ["Rowan", "and", "Birch's", "Corp"], g)
    assert not short_forms.stands_for(["R", "and", "B"], ["Rowan", "Birch", "Corp"], g)  # no "and" to join

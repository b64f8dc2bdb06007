from eventgraph import events
from eventgraph.model import Document, Mention
from eventgraph.sentences import split

MAKERS = "National Widget Makers Association"


def _doc(text, names):
    mentions = []
    for name, key in names.items():
        start = text.find(name)
        while start >= 0:
            mentions.append(Mention(start, start + len(name), name, key, "organization", name=name))
            start = text.find(name, start + len(name))
    document = Document(id="d1", path="d1.txt", text=text, published="2021-05-06", published_source="text",
                        sentences=split(text), mentions=sorted(mentions, key=lambda m: m.start))
    return events.annotate(document)


def _doers(document, root):
    """Who does each event of `root` the second sentence tells."""
    return [[p.actor for p in m.actors if p.role == "source"] for m in document.event_mentions
            if m.code[:2] == root and m.sentence == 1]


def test_an_acronym_of_a_body_named_before_makes_the_charge():
    text = (f"The U.S. {MAKERS} filed a trade complaint last year. The NWMA charged that the export taxes "
            "subsidise rival widget plants.")
    assert _doers(_doc(text, {f"U.S. {MAKERS}": "nwma"}), "11") == [["nwma"]]


def test_a_short_name_of_a_company_named_before_makes_the_appeal():
    text = ("Acme Foods Corp said it took Zenith Partners to court. Foods is asking Zenith to sell its "
            "shares in the open market.")
    assert _doers(_doc(text, {"Acme Foods Corp": "acme-foods", "Zenith": "zenith"}), "02") == [["acme-foods"]]


def test_a_plural_the_article_writes_in_lower_case_is_people_not_the_body():
    text = ("The Association of Grain Dealers met on Monday, grain dealers said. Dealers urged the ministry to cut "
            "the export tax.")
    assert ["agd"] not in _doers(_doc(text, {"Association of Grain Dealers": "agd"}), "02")


def test_a_possessive_short_name_after_what_was_said_says_it():
    text = ("Hollin's Rating Service Inc told clients on Monday that it cut its grade on Zenith Corp debt. Zenith "
            "Corp's notes were also lowered, Hollin's said.")
    assert _doers(_doc(text, {"Hollin's Rating Service Inc": "hollins", "Zenith Corp": "zenith"}), "01") == \
        [["hollins"]]


def test_initials_joined_by_and_before_the_verb_say_it():
    text = ("Rowan and Birch's Corp said it placed Zenith Corp on its watch list on Monday. Zenith Corp will stay "
            "on the list until the sale is completed, R and B said.")
    assert _doers(_doc(text, {"Rowan and Birch's Corp": "rowan-birch", "Zenith Corp": "zenith"}), "01") == \
        [["rowan-birch"]]


def test_a_short_name_before_the_verb_speaks_rather_than_a_pronoun_after_it():
    text = ("Hollin's Rating Service Inc told clients on Monday that it cut its grade on Zenith Corp debt. Acme Inc "
            "said it would appeal against the decision. Hollin's said it may also review the notes of Acme Inc.")
    document = _doc(text, {"Hollin's Rating Service Inc": "hollins", "Zenith Corp": "zenith", "Acme Inc": "acme"})
    assert [[p.actor for p in m.actors if p.role == "source"] for m in document.event_mentions
            if m.code[:2] == "01" and m.sentence == 2] == [["hollins"]]

"""A verb's doers and targets as the event frame reads them from the parse, on invented sentences."""

import spacy
from spacy.tokens import Doc

from eventgraph import syntax
from eventgraph.events import frame, verb_roles
from eventgraph.events.parse_words import Aligned, Frame
from eventgraph.model import Mention


def verb_targets(text, names, verb):
    """The targets the parse gives the verb at token `verb` of `text`, whose actors are `names` (name -> key,
    type): the pipeline folds a deed done under an agreement into the agreement, and shows no target of its own."""
    [parsed] = syntax.parse([text])
    mentions = [Mention(text.index(name), text.index(name) + len(name), name, key, kind)
                for name, (key, kind) in names.items()]
    reading = Frame()
    verb_roles.verb_roles(reading, parsed[verb], frame._placed(Aligned(parsed, 0), mentions))
    return [m.actor for m in reading.targets]


def test_a_deed_done_under_an_agreement_is_aimed_at_whom_the_agreement_is_with():
    assert verb_targets("Zorbex will buy nine planes in separate agreements with Acme and Widget.",
                        {"Zorbex": ("zorbex", "organization"), "Acme": ("acme", "organization"),
                         "Widget": ("widget", "organization")}, 2) == ["acme", "widget"]


ORGS = {"Zorbex Corp": ("zorbex", "organization"), "Acme Inc": ("acme", "organization")}


def test_a_verb_acting_on_an_offer_is_aimed_at_whom_the_offer_is_from():
    assert verb_targets("Zorbex Corp rejected a buyout offer from Acme Inc.", ORGS, 2) == ["acme"]
    assert verb_targets("The offer by Acme Inc was rejected by Zorbex Corp.", ORGS, 6) == ["acme"]


def test_a_verb_acting_on_its_own_offer_is_aimed_at_the_company_bid_for():
    assert verb_targets("Zorbex Corp has withdrawn its takeover bid for Acme Inc.", ORGS, 3) == ["acme"]
    assert verb_targets("Zorbex Corp abandoned its offer for all the shares of Acme Inc.", ORGS, 2) == ["acme"]


def test_a_tender_for_a_company_s_shares_is_an_offer_for_that_company():
    assert verb_targets("Zorbex Corp launched a tender for Acme Inc's shares.", ORGS, 2) == ["acme"]
    assert verb_targets("Zorbex Corp rejected a tender from Acme Inc.", ORGS, 2) == ["acme"]
    # a tender for goods is for no company
    assert verb_targets("Zorbex Corp opened a tender for Acme Inc wheat.", ORGS, 2) == []


def test_an_offer_for_what_is_no_company_or_its_holding_aims_the_verb_at_no_one():
    assert verb_targets("Zorbex Corp withdrew its offer for a seat on the Acme Inc board.", ORGS, 2) == []


def test_an_offer_another_made_aims_the_verb_at_no_company_it_is_for():
    assert verb_targets("Zorbex Corp blocked a takeover bid by investors for Acme Inc.", ORGS, 2) == []


def test_a_deal_to_buy_from_a_company_is_aimed_at_that_company():
    assert verb_targets("Zorbex Corp signed an agreement to buy sugar from Acme Inc.", ORGS, 2) == ["acme"]


def test_an_object_that_names_no_actor_is_aimed_at_the_owner_of_what_it_is_of_or_to():
    zorbex = {"Zorbex Corp": ("zorbex", "organization")}
    assert verb_targets("Zorbex Corp barred sales of parts of three cargoes of Chilean wheat.", zorbex, 2) == ["chile"]
    assert verb_targets("Zorbex Corp approved the sale of Acme Inc's trucks.", ORGS, 2) == ["acme"]
    # its own, or a thing a name only qualifies, is no one's it acts on
    assert verb_targets("Zorbex Corp barred sales of parts of its Chilean wheat.", zorbex, 2) == []
    assert verb_targets("Zorbex Corp approved the sale of the Acme Inc trucks.", ORGS, 2) == []
    assert verb_targets("Zorbex Corp sent trucks to Chile's ports.", zorbex, 2) == []


def test_what_is_won_or_received_from_a_company_is_aimed_at_that_company():
    assert verb_targets("Zorbex Corp won a 20 mln dlr contract from Acme Inc.", ORGS, 2) == ["acme"]
    assert verb_targets("Zorbex Corp received a large order from Acme Inc.", ORGS, 2) == ["acme"]


def test_a_passive_it_in_what_a_company_says_stands_for_that_company():
    assert verb_targets("Zorbex Corp said it was sued by Acme Inc.", ORGS, 5) == ["zorbex"]
    assert verb_targets("Zorbex Corp said it had been acquired by Acme Inc.", ORGS, 6) == ["zorbex"]
    # a speaker of another kind is not what "it" stands for
    assert verb_targets("Jan Novak said it was sued by Acme Inc.", {
        "Jan Novak": ("novak", "person"), "Acme Inc": ("acme", "organization")}, 5) == []


def test_an_object_the_text_does_not_name_stands_for_the_members_it_includes():
    countries = {"Zorbex Corp": ("zorbex", "organization"), "France": ("france", "country"),
                 "Italy": ("italy", "country")}
    assert verb_targets("Zorbex Corp has urged several countries, such as France and Italy, to open their markets.",
                        countries, 3) == ["france", "italy"]
    assert verb_targets("Zorbex Corp sold the plants to several companies, including Acme Inc.", ORGS, 2) == ["acme"]


def misread(tokens, verb, names):
    """The frame the verb at token `verb` gets from a parse given as (word, head, dep, tag, pos) rows, as the parser
    may misread a sentence; `names` are its actors (name -> key, type), each found in the rebuilt text."""
    words, heads, deps, tags, pos = (list(column) for column in zip(*tokens))
    parsed = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos)
    text = parsed.text
    reading = Frame()
    verb_roles.verb_roles(reading, parsed[verb], frame._placed(Aligned(parsed, 0), [
        Mention(text.index(name), text.index(name) + len(name), name, key, kind)
        for name, (key, kind) in names.items()]))
    return reading


def test_a_verb_the_parse_hangs_as_a_participle_on_a_verbless_sentences_name_is_that_names_deed():
    # "Board member Jan Novak called on the mills to act." as the parser may misread it: the name as the root,
    # "called" a participle qualifying it ("a man called Novak"), which would make Novak the one called
    reading = misread([("Board", 1, "compound", "NN", "NOUN"), ("member", 2, "nmod:desc", "NN", "NOUN"),
                       ("Jan", 2, "ROOT", "NNP", "PROPN"), ("Novak", 2, "flat", "NNP", "PROPN"),
                       ("called", 2, "acl", "VBN", "VERB"), ("on", 7, "case", "IN", "ADP"),
                       ("the", 7, "det", "DT", "DET"), ("mills", 4, "obl", "NNS", "NOUN"),
                       ("to", 9, "mark", "TO", "PART"), ("act", 4, "advcl", "VB", "VERB"),
                       (".", 2, "punct", ".", "PUNCT")],
                      4, {"Jan Novak": ("novak", "person")})
    assert [m.actor for m in reading.sources or []] == ["novak"] and not reading.passive
    # a participle with its agent qualifies the name: "Jan Novak, named by the board."
    reading = misread([("Jan", 0, "ROOT", "NNP", "PROPN"), ("Novak", 0, "flat", "NNP", "PROPN"),
                       ("named", 0, "acl", "VBN", "VERB"), ("by", 5, "case", "IN", "ADP"),
                       ("the", 5, "det", "DT", "DET"), ("board", 2, "obl:agent", "NN", "NOUN"),
                       (".", 0, "punct", ".", "PUNCT")],
                      2, {"Jan Novak": ("novak", "person")})
    assert reading.sources == [] and reading.passive


def test_a_past_form_the_parse_hangs_on_the_name_after_it_in_a_verbless_sentence_is_the_sentences_verb():
    # "The Exchange fined Acme Inc a total of 50,000 dlrs." as the parser may misread it: "Acme Inc" as the root
    # and "fined" a participle qualifying it, which would make Acme a second doer
    reading = misread([("The", 1, "det", "DT", "DET"), ("Exchange", 4, "compound", "NN", "NOUN"),
                       ("fined", 4, "amod", "VBN", "VERB"), ("Acme", 4, "compound", "NNP", "PROPN"),
                       ("Inc", 4, "ROOT", "NNP", "PROPN"), ("a", 6, "det", "DT", "DET"),
                       ("total", 4, "appos", "NN", "NOUN"), ("of", 9, "case", "IN", "ADP"),
                       ("50,000", 9, "nummod", "CD", "NUM"), ("dlrs", 6, "nmod", "NNS", "NOUN"),
                       (".", 4, "punct", ".", "PUNCT")],
                      2, {"Exchange": ("exchange", "organization"), "Acme Inc": ("acme", "organization")})
    assert [m.actor for m in reading.sources or []] == ["exchange"]
    assert [m.actor for m in reading.targets] == ["acme"] and not reading.passive


def test_the_court_a_suit_is_brought_in_is_no_party_to_it():
    names = {"Zorbex Corp": ("zorbex", "organization"), "Acme Inc": ("acme", "organization"),
             "U.S.": ("usa", "country")}
    assert verb_targets("Zorbex Corp said it filed a lawsuit in U.S. district court against Acme Inc, its directors "
                        "and advisers.", names, 4) == ["acme"]


def test_a_country_that_only_says_where_a_thing_is_gives_way_to_its_owner():
    names = {"Zorbex Corp": ("zorbex", "organization"), "Jan Novak": ("novak", "person"),
             "U.S.": ("usa", "country"), "United States": ("usa", "country")}
    assert verb_targets("Zorbex Corp moved to seize all U.S. assets of Jan Novak.",
                        {k: names[k] for k in ("Zorbex Corp", "Jan Novak", "U.S.")}, 4) == ["novak"]
    assert verb_targets("Zorbex Corp froze the assets of Jan Novak in the United States.",
                        {k: names[k] for k in ("Zorbex Corp", "Jan Novak", "United States")}, 2) == ["novak"]
    assert verb_targets("Zorbex Corp moved to seize all U.S. assets of both men.",
                        {k: names[k] for k in ("Zorbex Corp", "U.S.")}, 4) == []


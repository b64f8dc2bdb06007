"""A verb's doers and targets as the event frame reads them from the parse, on invented sentences."""

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

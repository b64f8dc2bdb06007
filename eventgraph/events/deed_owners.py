"""Who did a deed whose owner the sentence writes as a description of an actor the article has named: "the
group's summit" after "the Group of Seven", "the company's lawsuit against Widget" after "Acme Corp".

The owner stands for the actor such a subject stands for ("the company said", `descriptions.stand_in`): on
Reuters articles nobody tuned on, that beat the body named last before it, which is as often another party the
sentence names ("the SEC"). An owner the article's actors do not resolve leaves the deed without a doer, as
before: a title opens with a name, never with a description ("The company holds meeting").
"""

from __future__ import annotations

from ..actors import descriptions
from ..model import Document
from . import attach, triggers


def resolve(doc: Document, found: list[triggers.Trigger], bindings: list[attach.Binding]) -> None:
    """Give each deed with no doer the actor its described owner stands for, if any."""
    for trigger, binding in zip(found, bindings):
        if binding.sources or binding.owner is None or trigger.entry.kind == "S":
            continue
        actor = descriptions.stand_in(doc, *binding.owner)
        if actor is not None and all(actor.actor != m.actor for m in binding.targets):
            binding.sources = [actor]

"""A holding an article names again without its company: "Acme Corp said it acquired 6.1 pct of Widget Inc ...
Acme said it bought the stake last month". The later sentence names only the buyer; the stake is in the company
that the article's earlier purchase by the same buyer named, so that purchase's other parties are this one's too.
"""

from __future__ import annotations

from ..model import Document, EventMention, Participant
from .frame import ACQUIRING

STAKES = frozenset({"stake", "stakes", "holding", "holdings", "interest"})  # a part of a company one owns
SHARES = frozenset({"shares", "stock"})  # "the shares" is a holding named before; "its shares" may be its own
OWNERS = frozenset({"its", "his", "her", "their"})  # the buyer's: "raised its stake", "doubled their holding"


def carry_held_companies(doc: Document) -> None:
    earlier: list[EventMention] = []
    # a stake is in a company: a country the earlier sentence named is where its buyer is from
    companies = {m.actor for m in doc.mentions if m.type == "organization"}
    for mention in sorted(doc.event_mentions, key=lambda m: (m.sentence, m.trigger_start)):
        if mention.code not in ACQUIRING:
            continue
        parties = {p.actor for p in mention.actors}
        if len(parties) == 1 and _named_again(mention.trigger) and \
                all(p.role == "participant" for p in mention.actors):
            before = next((m for m in reversed(earlier) if parties < {p.actor for p in m.actors} and
                           all(p.role == "participant" for p in m.actors)), None)
            if before is not None:
                mention.actors += [Participant(p.actor) for p in before.actors
                                   if p.actor not in parties and p.actor in companies]
        earlier.append(mention)


def _named_again(trigger: str) -> bool:
    """"bought the stake", "bought the shares", "raised its stake": the trigger ends in a holding its article
    named before, with no company of its own."""
    words = trigger.lower().split()
    if len(words) < 2:
        return False
    determiner, noun = words[-2], words[-1]
    return noun in STAKES and determiner in OWNERS | {"the"} or noun in SHARES and determiner == "the"

"""The dead and the wounded of an attack. Annotators of news events code a toll that an attack took ("killed one
person and injured two others in an attack", "at least 12 guards died in the raid", "two people died and nine
were hurt in the explosion" after a bombing) as the attack (CAMEO 18 or 19), not as a happening of its own outside
CAMEO: the toll is the attack told by its victims. A toll in the attack's own sentence is only a mention of it,
and is dropped; one in a later sentence that names the attack by its noun takes the attack's code. A toll with no
attack in its article, or one the article tells only as planned, stays a death or a casualty count (an
accident's, a disaster's).
"""

from __future__ import annotations

from ..model import Document
from .happenings import CASUALTIES, DEATH, ROOT
from .lexicon import label
from .text import read

VIOLENT = ("18", "19")  # CAMEO roots of unconventional violence and of conventional military force
ATTACK_WORDS = frozenset({"attack", "attacks", "ambush", "ambushes", "clash", "clashes", "raid", "raids", "shooting",
                          "fighting", "shelling", "battle", "assault", "gunfire"})  # the words that tie a toll in
# a later sentence to the attack its article told before: "died in the raid"
BLAST_WORDS = frozenset({"blast", "blasts", "bomb", "bombs", "bombing", "explosion", "explosions", "grenade"})  # the
# same for a bombing only: an explosion after another kind of attack is as often an accident's
BOMBING = "183"


def of_attacks(doc: Document) -> None:
    """Drop each death or casualty count of `doc` told in the sentence of a violent deed (CAMEO 18 or 19) done or
    under way, and give a later one that names such an attack by its noun the attack's code."""
    attacks = [mention for mention in doc.event_mentions
               if mention.code[:2] in VIOLENT and mention.modality != "planned"]
    if not attacks:
        return
    kept = []
    for mention in doc.event_mentions:
        if mention.code != ROOT or mention.label not in (DEATH, CASUALTIES):
            kept.append(mention)
            continue
        if any(attack.sentence == mention.sentence for attack in attacks):
            continue  # the attack its sentence tells is the happening; the toll only tells it again
        words = set(read(doc.sentences[mention.sentence].text, 0).forms)
        tied = [attack for attack in attacks if attack.sentence < mention.sentence and (
            words & ATTACK_WORDS or attack.code == BOMBING and words & BLAST_WORDS)]
        if tied:
            mention.code, mention.label = tied[-1].code, label(tied[-1].code)
        kept.append(mention)
    doc.event_mentions = kept

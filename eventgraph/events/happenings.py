"""Happenings outside CAMEO's scope (code 00): accidents, disasters, deaths, appointments, policy decisions.

Such a happening may have no actor at all ("an earthquake struck Ecuador") or only the place or the people it
hit, so it is kept when the text says what happened to what or where. A kill that names no doer, in a sentence
reporting an accident or a disaster, is that happening's toll ("a ferry capsized, killing 193 people", "12
people were killed in the crash"): a death, not an attack; a toll of an attack, in its sentence or in a later
one that names it by its noun, is that attack. Titles say what happened where: "Ferry capsizes off Zeebrugge",
"Earthquake strikes Ecuador".
"""

from __future__ import annotations

from ..lasting import lasting, lasting_kind
from ..model import Document, Mention
from .lexicon import Entry, label, third_person
from .titles import join
from .text import Words, read
from .triggers import DETERMINERS, DISASTERS, PERFECT, Trigger

ROOT = "00"
DEATH = "Death"
ACCIDENT = "Accident"
CASUALTIES = "Casualties"
EXPIRY = "Expiry"  # a document's term ends: "the pact expires on May 1"
FORCE = frozenset({"17", "18", "19", "20"})  # CAMEO roots of coercion and violence: what may cause a toll
COUNTS = frozenset({"some", "several", "many", "dozens", "scores", "hundreds", "thousands", "two", "three", "four",
                    "five", "six", "seven", "eight", "nine", "ten", "twelve", "twenty", "fifty", "hundred",
                    "thousand", "dozen", "all"})  # words that count victims ("hundreds of people")
COUNT_REACH = 4  # words before a death that may count its victims ("at least 18 rebels died")
VICTIM_COUNTS = COUNTS - {"some", "all"} | {"one", "another"}  # after a kill: "killed one person", "injured another"
POLICY = "Policy decision"
PLACE_PREPOSITIONS = frozenset({"in", "off", "near", "at", "outside", "across", "on", "over"})
STRIKING = frozenset({"strike", "hit"})  # headline verbs of disasters that take the place as object
VIOLENT = ("18", "19")  # CAMEO roots of unconventional violence and of conventional military force
ATTACK_WORDS = frozenset({"attack", "attacks", "ambush", "ambushes", "clash", "clashes", "raid", "raids", "shooting",
                          "fighting", "shelling", "battle", "assault", "gunfire"})  # the words that tie a toll in
# a later sentence to the attack its article told before: "died in the raid"
BLAST_WORDS = frozenset({"blast", "blasts", "bomb", "bombs", "bombing", "explosion", "explosions", "grenade"})  # the
# same for a bombing only: an explosion after another kind of attack is as often an accident's
BOMBING = "183"
BOMBS = frozenset({"bomb", "bombs", "grenade", "grenades", "device", "explosives", "landmine", "landmines",
                   "missile"})  # what explodes in an attack
BOMB_REACH = 4  # words from an explosion to what exploded
PLACES = frozenset({"country", "location"})  # actor types a happening takes place in
PLACE_REACH = 6  # words from the trigger to the place it names
MAX_PLACE_WORDS = 4
LATEST_REACH = 2  # words from "latest" to its noun: "the latest mine accident"
JOINING = frozenset({"and", ",", "a", "an", "the"})  # what may stand between coordinated happenings
CAUSES = frozenset({"in", "by", "a", "an", "the"})  # between a passive deed and its cause: "killed in the blast"


def is_happening(code: str) -> bool:
    return code[:2] == ROOT


BEFALLING = DISASTERS | {DEATH, CASUALTIES, EXPIRY, "Outbreak"}  # labels of happenings no one does: "rebels died"
BREAKING = DISASTERS | {EXPIRY, "Outbreak"}  # those whose noun alone is its headline verb's subject: "Fire breaks out"


def befalls(entry: Entry) -> bool:
    """Whether the happening befalls those it names rather than being done ("the plant was hit by fire", but
    "the company will close the plant", "its board approved the plan")."""
    return is_happening(entry.code) and entry.label in BEFALLING


def tolls(found: list[Trigger], sources: list[list]) -> None:
    """Recode as deaths the doerless kills of a sentence that reports an accident or a disaster; `sources`
    holds each trigger's doer mentions."""
    if not any(is_happening(trigger.entry.code) and trigger.entry.label in DISASTERS for trigger in found):
        return
    for trigger, doers in zip(found, sources):
        entry = trigger.entry
        if entry.headline == "kill" and not doers:
            trigger.entry = Entry(entry.slots, entry.kind, ROOT, entry.headline, DEATH)


def joined_tolls(words: Words, found: list[Trigger]) -> None:
    """"45 people were killed in Vorland and 23 died in Ostia": a counted death told beside a killing of violence
    is a toll of that violence, not a death of illness or age, and takes the killing's code. An accident's or a
    disaster's killings are deaths by then (`tolls`), and so stay their deaths."""
    killing = next((trigger for trigger in found
                    if trigger.entry.headline == "kill" and trigger.entry.code[:2] in VIOLENT), None)
    if killing is None:
        return
    for trigger in found:
        entry = trigger.entry
        if entry.label == DEATH and entry.headline == "die" and _counted(words, trigger):
            trigger.entry = Entry(entry.slots, entry.kind, killing.entry.code, entry.headline)


def _counted(words: Words, trigger: Trigger) -> bool:
    """Whether the words just before a trigger count its victims ("at least 18 rebels died", "23 died")."""
    return any(form in COUNTS or form[:1].isdigit() for form in words.forms[max(0, trigger.first - COUNT_REACH):
                                                                               trigger.first])


def deed_dates(words: Words, found: list[Trigger], bindings: list) -> None:
    """A disaster or an accident that did a deed ("an earthquake killed 40 people on Sunday", "floods and
    avalanches have killed 30 people this month", "two workers were killed in an explosion on Friday")
    happened when it did that: each happening named as the deed's subject or as its passive's cause is one of
    its own, dated by the deed's clause. `bindings` holds each trigger's attach.Binding."""
    for n, verb in enumerate(found):
        if not verb.verbal or bindings[n].timex is None:
            continue
        if verb.passive:
            doers, edge, between = range(n + 1, len(found)), verb.last, CAUSES  # "killed in an explosion"
        else:
            doers, edge, between = range(n - 1, -1, -1), verb.first, PERFECT  # "floods have killed"
        for k in doers:
            happening = found[k]
            gap = range(edge + 1, happening.first) if verb.passive else range(happening.last + 1, edge)
            if not _disaster(happening) or any(words.forms[j].lower() not in between for j in gap):
                break
            if bindings[k].timex is None:
                bindings[k].timex = bindings[n].timex
            if verb.passive:
                break  # "hurt in a blast and fire": one accident may be told with two nouns
            edge, between = happening.first, JOINING


def one_accident(words: Words, found: list[Trigger], bindings: list) -> tuple[list[Trigger], list]:
    """"an explosion and fire", "the collision and fire": accident nouns joined by "and" tell one accident (not
    disasters: "floods and avalanches" are two). The later noun goes, with its binding."""
    kept = [n for n, trigger in enumerate(found) if not (
        n and _accident(trigger) and _accident(found[n - 1]) and
        all(words.forms[j] in JOINING for j in range(found[n - 1].last + 1, trigger.first)) and
        "and" in words.forms[found[n - 1].last + 1:trigger.first])]
    return [found[n] for n in kept], [bindings[n] for n in kept]


def latest(words: Words, trigger: Trigger) -> bool:
    """"the latest accident", "this latest blast": the accident or disaster the article reports, told by its noun
    alone, not an earlier one."""
    before = words.forms[max(0, trigger.first - LATEST_REACH):trigger.first]
    return _disaster(trigger) and "latest" in before


def _accident(trigger: Trigger) -> bool:
    return _disaster(trigger) and trigger.entry.label == ACCIDENT


def _disaster(trigger: Trigger) -> bool:
    return trigger.nominal and is_happening(trigger.entry.code) and trigger.entry.label in DISASTERS


def counted_tolls(words: Words, found: list[Trigger], sources: list[list]) -> list[bool]:
    """Which triggers are the toll of a happening the sentence names ("four people died in the attack", "150
    people were killed when aircraft raided villages", "planes attacked villages, killing 90 people"): counted
    victims, with no doer or with the happening as doer, of another trigger's violence. Such a toll is a
    mention of that happening, not a happening of its own; an accident's or a disaster's stays its death toll
    (`tolls`), and so does one of a campaign that lasts (`of_attacks`)."""
    def toll(trigger: Trigger, doers: list) -> bool:
        entry = trigger.entry
        # "..., killing 90 people": the clause before the comma did the killing
        following = trigger.first > 0 and words.forms[trigger.first - 1] == "," and \
            words.forms[trigger.first].endswith("ing") and entry.headline in ("kill", "injure")
        dying = entry.label in (DEATH, CASUALTIES) or entry.headline == "kill" and trigger.passive and not doers
        start = words.clause_starts[words.clause[trigger.first]]
        # "suffered 900 casualties": a toll's phrase may hold its count
        counted = words.forms[trigger.last + 1:trigger.last + 1 + COUNT_REACH] if following else \
            words.forms[max(start, trigger.first - COUNT_REACH):trigger.first] + words.forms[trigger.first:trigger.last]
        return (dying or following) and any(form in COUNTS or any(c.isdigit() for c in form) for form in counted)

    tolls_found = [toll(trigger, doers) or _casualties_of(words, found, n) for n, (trigger, doers) in
                   enumerate(zip(found, sources))]
    # a toll in a campaign that lasts ("casualties in the month-old offensive") is the campaign's latest fighting, a
    # happening of its own (`of_attacks`), not a mention of the campaign begun before
    causes = any(not is_toll_found and trigger.entry.code[:2] in FORCE and
                 not lasting_kind(trigger.entry.code, words.span(trigger.first, trigger.last))
                 for trigger, is_toll_found in zip(found, tolls_found))
    return [causes and is_toll_found for is_toll_found in tolls_found]


def _casualties_of(words: Words, found: list[Trigger], n: int) -> bool:
    """A kill or an injury done to counted victims that another violent trigger of the sentence is the deed of:
    its second conjunct ("rebels bombed the depot and injured 14 guards", "killed one person and injured two
    others") or the attack the victims fell in ("a gunman killed one person and injured two others in an attack
    on a petrol station"). The victims are that deed's toll, a mention of it."""
    trigger = found[n]
    if not trigger.verbal or trigger.passive or trigger.entry.headline not in ("kill", "injure"):
        return False
    victims = words.forms[trigger.last + 1:trigger.last + 1 + COUNT_REACH]
    if not any(form in VICTIM_COUNTS or any(c.isdigit() for c in form) for form in victims):
        return False
    previous = found[n - 1] if n else None
    joined = previous is not None and previous.entry.code[:2] in FORCE and \
        words.forms[trigger.first - 1] == "and" and previous.last < trigger.first - 1 and \
        not any(words.is_break(j) and words.forms[j] != "," for j in range(previous.last + 1, trigger.first))
    return joined or any(_fallen_in(words, trigger, other) for other in found[n + 1:])


def _fallen_in(words: Words, trigger: Trigger, attack: Trigger) -> bool:
    """"killed one person and injured two others in an attack": the violent noun the victims fell in, in the
    same clause, after "in" or "during" and its determiners."""
    if not attack.nominal or attack.entry.code[:2] not in FORCE or \
            words.clause[attack.first] != words.clause[trigger.first]:
        return False
    j = attack.first - 1
    while j > trigger.last and words.forms[j] in DETERMINERS:
        j -= 1
    return j > trigger.last and words.forms[j] in ("in", "during")


def bombings(words: Words, found: list[Trigger]) -> None:
    """An explosion of a bomb is a bombing, not an accident: "a car bomb exploded", "the blast of a device"."""
    for trigger in found:
        entry = trigger.entry
        if entry.code != ROOT or entry.label != "Accident" or entry.headline != "explode":
            continue
        near = words.forms[max(0, trigger.first - BOMB_REACH):trigger.last + 1 + BOMB_REACH]
        if any(form in BOMBS for form in near):
            trigger.entry = Entry(entry.slots, entry.kind, BOMBING, entry.headline)


def is_toll(trigger: Trigger) -> bool:
    return trigger.entry.code == ROOT and trigger.entry.label == DEATH and trigger.entry.headline == "kill"


def place(words: Words, trigger: Trigger, timexes) -> tuple[str, str] | None:
    """The preposition and the capitalised name of the place a happening is placed at, in the words after its
    trigger and before any of `timexes`, (index, Timex) pairs: "off Zeebrugge", "in Northern Chile"; a
    disaster's verb may take the place as its object ("struck Ecuador", preposition "")."""
    striking = trigger.nominal and trigger.entry.headline in STRIKING
    end = min(len(words), trigger.last + 1 + PLACE_REACH)
    for j in range(trigger.last + 1, end):
        if words.is_break(j) or any(timex.start <= words.starts[j] < timex.end for _, timex in timexes):
            return None  # "on Sunday" is a time, not a place
        if not words.capitalised(j):
            continue
        before = words.forms[j - 1]
        if before in DETERMINERS and j - 2 > trigger.last:
            before = words.forms[j - 2]  # "at the Grangemouth refinery"
        if before in PLACE_PREPOSITIONS:
            return before, _name(words, j)
        if striking and j == trigger.last + 2 and words.forms[trigger.last + 1].isalpha():
            return "", _name(words, j)
        return None
    return None


def _name(words: Words, first: int) -> str:
    last = first
    while last + 1 < len(words) and last + 1 - first < MAX_PLACE_WORDS and words.capitalised(last + 1) and \
            not words.is_break(last + 1):
        last += 1
    name = " ".join(words.span(first, last).split())
    return name[:-2] if name.endswith(("'s", "’s")) else name  # "breached Iraq's pipeline": the place is Iraq


def subject(phrase: str | None) -> str | None:
    """A doer's noun phrase as a headline writes it: "a ferry" -> "ferry"."""
    if not phrase:
        return phrase
    first, _, rest = phrase.partition(" ")
    return rest if rest and first.lower() in DETERMINERS else phrase


def noun_title(words: Words, trigger: Trigger, where: tuple[str, str] | None) -> str | None:
    """"Earthquake strikes Ecuador", "Explosion at Grangemouth": the happening's noun and its place."""
    if where is None:
        return None
    noun = _noun(words, trigger)
    preposition, name = where
    if preposition:
        return f"{noun} {preposition} {name}"
    verb = trigger.entry.headline
    return f"{noun} {verb if noun.endswith('s') and not noun.endswith('ss') else third_person(verb)} {name}"


def owner_title(words: Words, trigger: Trigger, names: list[str], mentions: list[Mention]) -> str | None:
    """"Elections in Brazil", "Inauguration of Ana Ruiz": a happening's noun and the actors it happened in or to
    (the possessor of "Ruiz's inauguration" is whom it happened to, not its doer)."""
    if not names:
        return None
    noun = _noun(words, trigger)
    return f"{noun} {'in' if all(mention.type in PLACES for mention in mentions) else 'of'} {join(names)}"


def _noun(words: Words, trigger: Trigger) -> str:
    noun = " ".join(words.span(trigger.first, trigger.last).split())
    return noun[:1].upper() + noun[1:]


def of_attacks(doc: Document) -> None:
    """A toll in a sentence after an attack (CAMEO 18 or 19) told as done, naming it by its noun, is that attack
    and takes its code: annotators code "at least 12 guards died in the raid", "two people died and nine were hurt
    in the explosion" after a bombing as the attack, not as a death or a casualty count. A toll in the attack's
    own sentence `counted_tolls` has already dropped; one with no attack in its article, or one the article tells
    only as planned, stays a death or a casualty count (an accident's, a disaster's). A toll told in its own
    sentence with a campaign that lasts ("Freedonian troops suffered 900 casualties in the month-old offensive")
    takes the campaign's code as a happening of its own: the fighting to the report's day, which annotators tell
    apart from the campaign's start (`lasting`: offensives, wars, sieges; not attacks and raids, which recur)."""
    attacks = [mention for mention in doc.event_mentions
               if mention.code[:2] in VIOLENT and mention.modality != "planned"]
    if not attacks:
        return
    kept = []
    for mention in doc.event_mentions:
        if mention.code != ROOT or mention.label not in (DEATH, CASUALTIES):
            kept.append(mention)
            continue
        words = set(read(doc.sentences[mention.sentence].text, 0).forms)
        tied = [attack for attack in attacks if attack.sentence < mention.sentence and (
            words & ATTACK_WORDS or attack.code == BOMBING and words & BLAST_WORDS) or
            attack.sentence == mention.sentence and lasting(attack)]
        if tied:
            mention.code, mention.label = tied[-1].code, label(tied[-1].code)
        kept.append(mention)
    doc.event_mentions = kept

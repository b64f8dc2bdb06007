"""Where a statement's said part lies and whom it speaks of: after the addressee of "told", fronted before the
verb, quoted after it or led by a condition, and the actors it names that are its targets.

What a reporting verb reports comes after the addressee of "told", or is the clause that opens the sentence when
the verb closes it ("Ruritania supports ..., its ambassador told the Port Marin Herald"). A statement's targets are the
actors it speaks of, not the one it is told to ("told Reuters that Ruritania and Freedonia would settle":
Ruritania and Freedonia); a comment whose reported clause has no actor for its subject is aimed at no one ("said
the takeover would let Acme grow"): the actors it names further on are what it is about, not whom the speaker
acts on, unless it tells the speaker's own deed ("said it sold its stake in Acme").
"""

from __future__ import annotations

from ..actors import descriptions
from ..actors.gazetteer import gazetteer
from ..actors.title_span import title_span
from ..model import Mention
from ..temporal import aspect
from . import attach, phrases, titles, triggers
from .lexicon import ADDRESSING, deal_roles, irregular_forms
from .parse_words import UNITS, unique
from .reported_clause import (
    CHAIN, COMMENT, CONDITIONS, MEASURES, PERFECT, SELF, SKIPPED_ADVERBS, finite_verb, number, past_form,
    past_adverbs, past_opener, relative_aside_before, reporting
)
from .said_by import saying_participle, spoken_after
from .titles import MINDING
from .statements import POSSESSIVES
from .text import COORDINATORS, QUOTES, SUBORDINATORS, Words, by_first_word, holds_phrase
from .verb_roles import HOLDINGS


INDEFINITE = frozenset({"a", "an"})  # no country's name takes them: a name after them qualifies a noun
CONTENT_OPENERS = frozenset({"that", "on", "television", "in", "a", "statement", "yesterday", "today", "late",
                             "earlier"})  # words between a reporting verb and what was said
STRESSING = frozenset({"do", "does", "did", "can", "cannot"})  # auxiliaries of a negated or stressed clause
ASKED = frozenset({"if", "whether"})  # open the question an infinitive asks: "to see if", "to decide whether"
SUBJECT_REACH = 3  # words of a title or an adjective before the reported clause's subject names it
SPEAKER_CLAUSE_WORDS = 10  # words from a quotation's closing mark to its verb: '...," Acme chairman Jan Novak told'
_QUOTATION_ENDS = frozenset({",", ".", "?", "!"})  # before a closing mark, end the quoted sentence
ADDRESSEE_REACH = 6  # words of an addressee no actor names: "a special screening panel", "reporters last week"
SPEAKING_SUBJECTS = frozenset({"he", "she", "they", "we", "i"})  # open a clause told without "that"
NOT_DEEDS = irregular_forms(frozenset({"say", "tell", "think", "feel", "know", "understand", "hear", "see", "foresee",
                                       "forecast", "become", "go"})) | frozenset({
    "believed", "expected", "hoped", "feared", "wanted", "wished", "seemed", "appeared", "remained", "needed",
    "planned", "intended", "proved", "looked", "sounded", "informed", "warned", "stated", "reported", "announced",
    "estimated", "assumed", "concluded", "noted", "worried", "liked", "preferred", "owned", "belonged", "meant",
    "continued", "indicated", "opposed", "supported", "favored", "favoured", "welcomed", "suggested", "failed",
    "regarded", "viewed"})  # past
# forms of thinking, saying, judging, being and going on: "had been told", "went well", "opposed the plan", "the
# policy had failed" (a verdict on an outcome, not a deed)
NONCOMMITTAL = by_first_word(tuple(phrase.split()) for phrase in (
    "no comment", "no immediate comment", "not immediately known", "not immediately available",
    "not immediately clear", "not known", "could not confirm", "can not confirm", "could not be confirmed",
    "unable to confirm", "declined to comment", "declined to say", "declined to elaborate", "would not comment",
    "would not say", "would not elaborate", "would not disclose", "would not confirm", "did not know",
    "no details", "no further details", "no immediate plans", "not available for comment", "could not be reached",
    "declined to give", "declined to disclose", "declined to identify", "declined to name",
    "did not elaborate"))  # a reported clause that tells nothing


def addressed(words: Words, trigger: triggers.Trigger, binding: attach.Binding) -> bool:
    """"told Reuters", "told the American think tank X": an actor right after a reporting verb is spoken to."""
    after = trigger.last + 1
    if trigger.entry.headline not in ADDRESSING or not binding.targets or after >= len(words):
        return False
    return words.forms[after] in triggers.DETERMINERS - {"that", "this", "its", "his", "her", "their"} or any(
        words.index_at(mention.start) == after for mention in binding.targets)


def inverted(words: Words, trigger: triggers.Trigger, binding: attach.Binding) -> bool:
    """"..., said Maria Ramirez of Drexel": the actor right after a reporting verb that closes the sentence is
    its speaker, not what was said; not after a participle ("..., saying Ruritania would remain open"), nor after a
    subject of the verb's own ("In a related move, Jan Novak said Ruritania would ..."). Moves it from the targets
    to the sources."""
    if trigger.entry.headline in ADDRESSING or words.clause[trigger.first] == 0 or saying_participle(words, trigger) \
            or relative_aside_before(words, trigger) or not _opens_clause(words, trigger):
        return False
    speaker = next((mention for mention in binding.targets + binding.sources
                    if words.index_at(mention.start) == trigger.last + 1), None) or \
        _titled_after(words, trigger, binding.targets + binding.sources) or \
        _agent_after(words, trigger, binding.targets + binding.sources) or \
        _described_after(words, trigger, binding.targets + binding.sources)
    if speaker is None:
        return False
    speaker = _titled_person(words, speaker, binding.targets)
    binding.sources = [speaker]
    binding.targets = [mention for mention in binding.targets if mention is not speaker]
    return True


def spoken_by_after(words: Words, trigger: triggers.Trigger) -> bool:
    """"..., said the Ruritanian official, who asked not to be named": the speaker's phrase after a reporting verb
    that closes the sentence names no actor, but its noun says it is who spoke, not what was said."""
    return trigger.entry.headline not in ADDRESSING and words.clause[trigger.first] != 0 and \
        not saying_participle(words, trigger) and not relative_aside_before(words, trigger) and \
        _opens_clause(words, trigger) and spoken_after(words, trigger)


def _opens_clause(words: Words, trigger: triggers.Trigger) -> bool:
    """Whether the reporting verb, past its adverbs, opens its clause: the break or quotation mark that closes what
    was said stands right before it."""
    last = words.before(trigger.first, phrases.ADVERBS)
    return last < 0 or words.is_break(last) or words.forms[last] in QUOTES


def _titled_person(words: Words, speaker: Mention, after: list[Mention]) -> Mention:
    """"..., said Acme chief economist Jan Novak": the holder of the title the organisation qualifies speaks,
    for it (the organisation joins the event as his affiliation)."""
    end = words.index_at(speaker.end - 1) + 1
    for mention in after:
        at = words.index_at(mention.start)
        if mention.type == "person" and mention.affiliation == speaker.actor and title_span(
                words.forms[end:at], lambda form: form.replace("-", "").isalpha() and form not in COORDINATORS):
            return mention
    return speaker


DESCRIBING_WORDS = 4  # "economic information company": the words that tell a body's kind before its name
BEFORE_NAME = triggers.DETERMINERS | triggers.PREPOSITIONS | {"as"}  # words that open a phrase other than a title
_OUTSIDE_TITLE = BEFORE_NAME | COORDINATORS  # words no title nor body's kind before a name holds


def _titled_after(words: Words, trigger: triggers.Trigger, mentions: list[Mention]) -> Mention | None:
    """'"...," said Acme analyst Jan Novak', '"...," said Dr Jan Novak': a person named after a title that
    follows the reporting verb speaks, as one named right after it does, past the body whose title it is ("said
    Acme Bank's chief economist Jan Novak"). The word before the name must end a title ("said lawyers
    representing Jan Novak" names no speaker)."""
    for mention in mentions:
        at = words.index_at(mention.start)
        title = words.forms[_past_owner(words, trigger.last + 1, at):at]
        if mention.type == "person" and title_span(title, lambda form: (
                form == "." or form.replace("-", "").isalpha()) and form not in _OUTSIDE_TITLE) and \
                _ends_title(words, at):
            return mention
    return None


def _past_owner(words: Words, first: int, end: int) -> int:
    """'"...," said Acme Bank's chief economist Jan Novak': the first word of the title past the name of the body
    whose title it is, written as its owner; `first` when no such name opens the words up to `end`."""
    owner = next((j for j in range(first, end) if words.forms[j].endswith("'s")), None)
    return owner + 1 if owner is not None and all(words.capitalised(j) for j in range(first, owner + 1)) else first


def _agent_after(words: Words, trigger: triggers.Trigger, mentions: list[Mention]) -> Mention | None:
    """'"Acme is raising 50 mln dlrs," said lead manager Widget Securities': a firm named after the role it
    plays in the deal told of speaks, as one named right after the verb does."""
    return next((mention for mention in mentions if mention.type == "organization" and
                 tuple(words.forms[trigger.last + 1:words.index_at(mention.start)]) in deal_roles()), None)


def _described_after(words: Words, trigger: triggers.Trigger, mentions: list[Mention]) -> Mention | None:
    """'"Acme will grow," said research firm Widget Inc', "..., said the economic information company Widget": a
    body named after a lower-case phrase that says what kind of body it is speaks, as one named right after the
    verb does."""
    organization_nouns = gazetteer().organization_nouns
    for mention in mentions:
        phrase = words.forms[trigger.last + 1:words.index_at(mention.start)]
        if phrase[:1] in (["the"], ["a"], ["an"]):
            phrase = phrase[1:]
        if mention.type == "organization" and 0 < len(phrase) <= DESCRIBING_WORDS and \
                phrase[-1] in organization_nouns and all(
                    form.replace("-", "").isalpha() and form.islower() and form not in _OUTSIDE_TITLE
                    for form in phrase):
            return mention
    return None


def _ends_title(words: Words, end: int) -> bool:
    """Whether the words right before `end` close a title: "analyst", "Dr", "Sen." (its point a word of its
    own)."""
    last = end - 1 - (words.forms[end - 1] == ".")
    titles = gazetteer().titles
    return words.forms[last] in titles or words.forms[last] + "." in titles


LOWERED = phrases.PERSONAL - {"i"} | {"there", "this", "these", "those", "it"}  # a title goes on after "says"


def fronted(words: Words, trigger: triggers.Trigger) -> str | None:
    """"Ruritania supports free passage through the strait, its envoy told Radio Marin", '"We made our
    case," he said': what was said opens the sentence before the speaker's clause, quoted or not (the caller
    asks only when no trigger before the verb is an event: a quotation that reports a happening is that
    happening). A short quotation that closes right before the speaker's clause keeps its last word, which is its
    own (`_quotation_end`)."""
    if words.clause[trigger.first] == 0 or relative_aside_before(words, trigger):
        return None  # "A senior official, who asked not to be named, said": the opening phrase is who spoke
    first, last = _opening(words, trigger)
    after = _clause_end(words, trigger.last) + 1
    if past_opener(words, first) > last and (after >= len(words) or words.forms[after] == "."):
        return None  # "As a result, comments by Acme went unheeded": a phrase that sets the clause of the saying
        # itself, which ends the sentence, is never what was said (unlike "In the meantime, Acme said, ...")
    if _post_of_apposed(words, first, last, trigger):
        return _said_after(words, trigger)
    last = min(last, first + phrases.MAX_OBJECT_WORDS * 2)
    said = phrases.phrase(words, first, last, whole=_quotation_end(words, first, trigger) == last)
    return _lowered(words, first, said) if said else said


def _opening(words: Words, trigger: triggers.Trigger) -> tuple[int, int]:
    """The first and last word of the clause that opens the sentence before the reporting verb's clause."""
    last = _clause_end(words, 0)
    if last + 1 < len(words) and words.forms[last + 1] in ASKED and last > 0 and words.forms[last - 1] == "to" and \
            words.clause[last + 1] != words.clause[trigger.first]:
        last = _clause_end(words, last + 1)  # the question is the infinitive's object: "a test to see | if ..."
    first = next((j for j in range(len(words)) if words.forms[j] not in QUOTES), 0)
    if words.forms[first] in COORDINATORS:
        first += 1  # '"But we must not forget ...," he said'
    opened = past_opener(words, first)  # '"At last, the two sides agree," he said': what follows the phrase up
    # to the break before the speaker's clause, unless that clause follows it ("On the other hand, he said")
    end = next((j for j in range(trigger.first - 1, opened, -1) if words.is_break(j)), opened)
    while end > opened and (words.forms[end] in QUOTES or words.is_break(end)):
        end -= 1
    return (opened, end) if first < opened < end else (first, last)


def whole_quotation(words: Words, trigger: triggers.Trigger) -> str | None:
    """The short quoted sentence that opens the sentence before its speaker's clause, whole and in its quotation
    marks, of which `fronted` reads only the opening clause: a title shows it when that clause is no headline
    (`written`)."""
    if words.clause[trigger.first] == 0 or relative_aside_before(words, trigger):
        return None
    first = _opening(words, trigger)[0]
    closing = _quotation_end(words, first, trigger)
    said = phrases.phrase(words, first, closing, whole=True) if closing is not None else None
    return f'"{_lowered(words, first, said)}"' if said else None


def _lowered(words: Words, first: int, said: str) -> str:
    """What was said from its `first` word on, as a title goes on with it after "says": a pronoun or pointing word
    that opens it in lower case ("says we made our case")."""
    return said[:1].lower() + said[1:] if words.forms[first] in LOWERED else said


def _quotation_end(words: Words, first: int, trigger: triggers.Trigger) -> int | None:
    """'"I don't think that a merger would help," he said', '"... how open the market really is," he said': the
    last word of a short quoted sentence that closes right before the speaker's clause, or None for no such
    quotation. Its last word is its own ("is"), not one a cut phrase dangles."""
    closing = next((j for j in range(trigger.first - 1, max(first, trigger.first - SPEAKER_CLAUSE_WORDS), -1)
                    if words.forms[j] in QUOTES), None)
    if closing is None or words.forms[closing - 1] not in _QUOTATION_ENDS or \
            any(words.forms[j] in QUOTES for j in range(first, closing)):
        return None
    last = closing - 2
    count = sum(words.forms[j][:1].isalnum() for j in range(first, last + 1))
    return last if 1 < count <= phrases.MAX_OBJECT_WORDS * 2 else None


def _post_of_apposed(words: Words, first: int, last: int, trigger: triggers.Trigger) -> bool:
    """"Acme's chief economist, Jane Roe, told reporters ...", "The head of the Acme unit, Jan Novak, said": words
    with no verb of their own that a name set off by commas follows, right before the reporting verb, are the
    post of the one who spoke, not what he said."""
    name = range(last + 2, trigger.first - 1)
    if not name or words.forms[last + 1] != "," or words.forms[trigger.first - 1] != ",":
        return False
    return all(words.capitalised(j) or words.forms[j] == "." for j in name) and \
        not any(finite_verb(words, j) for j in range(first, last + 1))


def _said_after(words: Words, trigger: triggers.Trigger) -> str | None:
    """What one named after his post said, when the sentence opens with the post: the clause after the reporting
    verb, past the plain words of whom he told it ("told grain traders the mill would ..."); a quotation
    is read as one elsewhere."""
    start = trigger.last + 1
    if trigger.entry.headline in ADDRESSING:
        start = next((j for j in range(trigger.last + 2, min(len(words), trigger.last + 2 + ADDRESSEE_REACH))
                      if words.is_break(j) or words.forms[j] in SPEAKING_SUBJECTS or
                      words.forms[j] in triggers.DETERMINERS or words.capitalised(j)), len(words))
    if start >= len(words) or words.is_break(start) or words.forms[start] in QUOTES:
        return None
    return phrases.phrase(words, start, min(_clause_end(words, start), start + phrases.MAX_OBJECT_WORDS * 2))


def _clause_end(words: Words, j: int) -> int:
    """The last word of the clause word `j` is in, before any break."""
    while j + 1 < len(words) and words.clause[j + 1] == words.clause[j] and not words.is_break(j + 1):
        j += 1
    return j


def opens_with_happening(words: Words, earlier: list[triggers.Trigger]) -> bool:
    """'"The talks were useful," he said': a happening (no document) that is the subject of the clause opening
    the sentence is what the sentence tells, though it makes no event of its own."""
    first = next((j for j in range(len(words)) if words.forms[j] not in QUOTES), 0)
    return any(trigger.entry.kind != "D" and trigger.first <= first + SUBJECT_REACH for trigger in earlier)


QUOTE_LEAD = 4  # words between a reporting verb and the quotation it introduces ("said in a statement, ")


def quoted_after(words: Words, trigger: triggers.Trigger) -> str | None:
    """'Acme said in a statement, "The offer is too low."', 'he said: "We will fight"': what was said is the
    quotation that follows the verb, past a short phrase and the comma or colon that introduce it, to the
    first break after it."""
    mark = next((j for j in range(trigger.last + 1, min(len(words), trigger.last + 2 + QUOTE_LEAD))
                 if words.forms[j] in QUOTES or words.is_break(j) and words.forms[j] not in (",", ":")), None)
    if mark is None or words.forms[mark] not in QUOTES or mark > trigger.last + 1 and \
            words.forms[mark - 1] not in (",", ":"):
        return None
    first = mark + 1
    if first >= len(words) or words.is_break(first):
        return None
    last = first  # a quotation of a few words goes on in the reporter's words: '"radical changes" were needed'
    while last + 1 < len(words) and (words.forms[last + 1] in QUOTES or not words.is_break(last + 1)):
        last += 1
    if words.forms[first] in COORDINATORS and first < last:
        first += 1
    said = phrases.phrase(words, first, min(last, first + phrases.MAX_OBJECT_WORDS * 2))
    if said and words.forms[first] in LOWERED:
        said = said[:1].lower() + said[1:]
    return said


def conditioned_after(words: Words, trigger: triggers.Trigger) -> str | None:
    """"said if other countries follow, it could result in ...", "added that if outflows go on, many will be
    unable to pay": what was said opens with its condition, which the words of an object stop at; one that
    counts something tells terms, not a view."""
    first = trigger.last + 1
    if first < len(words) and words.forms[first] == "that":
        first += 1
    if first >= len(words) - 1 or words.forms[first] not in CONDITIONS:
        return None
    if any(number(words, j) for j in range(first, len(words))):
        return None  # "said if all options are exercised, the contract will be worth 78 mln dlrs": a deal's terms
    last = min(len(words) - 1, first + phrases.MAX_OBJECT_WORDS * 2)
    while last > first and words.is_break(last):
        last -= 1
    condition = phrases.phrase(words, first + 1, last)  # a phrase never opens with "if": the condition's words
    return f"{words.forms[first]} {condition}" if condition else None


def told(words: Words, trigger: triggers.Trigger, binding: attach.Binding, timexes) -> str | None:
    """"told Kuwait News Agency that the Soviet Union supports ...": what was said follows the addressee."""
    after = [words.index_at(mention.end - 1) for mention in binding.targets
             if words.index_at(mention.start) > trigger.last]
    if not after:
        return None
    return phrases.object_phrase(words, triggers.Trigger(trigger.first, min(after), trigger.entry), timexes, len(words))


def told_clause(words: Words, trigger: triggers.Trigger, timexes) -> str | None:
    """"told a special panel they wanted the system excluded", "told reporters last week they regretted it",
    'told reporters "it looks difficult"': with no "that" and no actor named as the one spoken to, what was said
    opens at the subject pronoun and finite verb, or at the quotation, after the noun phrase of the addressee."""
    for j in range(trigger.last + 2, min(len(words) - 1, trigger.last + 2 + ADDRESSEE_REACH)):
        if words.forms[j] in QUOTES:
            return phrases.object_phrase(words, triggers.Trigger(trigger.first, j - 1, trigger.entry), timexes,
                                         len(words))
        if words.is_break(j) or words.forms[j] in SUBORDINATORS:
            return None
        if words.forms[j] in SPEAKING_SUBJECTS:
            verb = past_adverbs(words.forms, j + 1)
            if verb >= len(words) or not finite_verb(words, verb):
                return None
            return phrases.object_phrase(words, triggers.Trigger(trigger.first, j - 1, trigger.entry), timexes,
                                         len(words))
    return None


def spoken_of(words: Words, trigger: triggers.Trigger, binding: attach.Binding,
              mentions: list[Mention], speaking: set[str], published: str | None = None) -> list[Mention]:
    """The actors what was said is about: the subject of the reported clause when an actor names it ("said
    the U.S. and Japan would settle", "told Reuters that Ruritania would pay"), with those joined to it by
    "and"; likewise in the clause that opens the sentence before a closing reporting verb; else the actors
    the words put after the verb, but the one spoken to. `speaking` holds the speakers and the actors they
    speak for, who are no target ("said it would")."""
    placed = [(words.index_at(m.start), m) for m in mentions]
    after = [(i, m) for i, m in placed if i > trigger.last]
    targets = binding.targets
    if words.clause[trigger.first] > 0 and any(m is source for _, m in after for source in binding.sources):
        # '"...," said Jan Novak, Acme's president': the words after a verb that closes the sentence name who
        # spoke, and what was said is the clause before it
        placed = [(i, m) for i, m in placed if i < trigger.first]
        targets = [m for m in targets if words.index_at(m.start) < trigger.first]
        after = []
    start = trigger.last + 1
    spoken_to = _spoken_to(words, trigger, binding, after)
    if spoken_to:
        start = words.index_at(after[0][1].end - 1) + 1
    if not any(i >= start for i, _ in after) and words.clause[trigger.first] > 0 and \
            not _inside_report(words, trigger) and not _post_of_apposed(words, *_opening(words, trigger), trigger):
        start = 0  # what was said opens the sentence, unless that is the speaker's post ("A Pentagon spokesman,")
    while start < len(words) and (words.forms[start] in CONTENT_OPENERS or words.forms[start] in
                                  triggers.DETERMINERS or words.is_break(start)):
        start += 1
    # the subject stands before the reported clause's verb: "said the takeover would allow Acme to ..." names Acme
    # after it
    subject = next((m for i, m in placed if start <= i <= start + SUBJECT_REACH and
                    not attach.after_preposition(words, i) and not CHAIN & set(words.forms[start:i])), None)
    if subject is not None and (_qualifies(words, subject) or _measured(words, subject)):
        # "said the U.S. trade deficit was persisting", "said Ruritania's exports rose", "said the U.S. economy should
        # grow": the clause is about the deficit, the figure or the economy, and the country that only tells whose
        # it is is no target of what was said
        targets = [m for m in targets if m.start != subject.start]
        subject = None
    if subject is not None and own_part(words, subject):
        # "said its Acme unit sold three tankers to Widget": the unit's deed is the speaker's own
        return _own_deed_parties(words, trigger, words.index_at(subject.end - 1) + 1, placed,
                                 speaking | {subject.actor})
    if subject is None and trigger.entry.code.startswith(COMMENT) and not _opens_with_own_doing(words, start):
        # a comment names further on only what it is about ("did not expect Acme to cut prices", "had little
        # interest in a merger with Acme"): the speaker does nothing to Acme
        return []
    if subject is None:  # what was said acts on the actors after the verb, the addressee aside
        verb = phrases.verb_of(words, start, trigger.first if start < trigger.first else len(words))
        return [m for m in targets if m not in spoken_to and m.actor not in speaking] or (
            _own_deed_parties(words, trigger, start, placed, speaking) if _opens_with_own_doing(words, start) and
            descriptions.speaker_pronoun(words.forms[start], binding.sources) else []) or [
            m for m in _nationals(words, start, verb, published)
            if m.actor not in speaking and not _opens_with_self(words, start)]  # "said the Ruritanian ruling
        # was unfair": the said clause's subject is Ruritania's deed
    found = [subject] + [m for _, m in placed if m is not subject and attach.coordinated(words, subject, m)]
    found = [m for m in found if m.actor not in speaking]
    if not found and _verb_follows(words, subject) and not trigger.entry.code.startswith(COMMENT[:2]):
        # "said Ruritania would act against Freedonia": the speaker's own side acts on another (not "said
        # Ruritania's exports to Freedonia rose", "the Ruritanian economy": a thing of its own does); a comment
        # names further on only what it is about, as above
        return _acted_on_by_own(words, trigger, placed, subject, speaking, published)
    return found


def own_part(words: Words, mention: Mention) -> bool:
    """"said its Acme Ltd unit will build", "said its subsidiary, Acme Ltd, won": a company the speaker's own
    possessive names as its unit, subsidiary, arm, division or branch is of the speaker's side, not what was
    said is about; its deed is the speaker's own. The wire may put the unit's stock code between its name and
    the noun ("its Acme Ltd <ACME> unit")."""
    first, last = words.index_at(mention.start), words.index_at(mention.end - 1)
    before = first - 2 if first >= 2 and words.forms[first - 1] == "," else first - 1
    led = before >= 1 and words.forms[before] in UNITS and words.forms[before - 1] in POSSESSIVES
    after = last + 1
    if words.forms[after:after + 1] == ["<"] and ">" in words.forms[after:]:
        after = words.forms.index(">", after) + 1
    named = first >= 1 and words.forms[first - 1] in POSSESSIVES and words.forms[after:after + 1] and \
        words.forms[after] in UNITS
    return mention.type == "organization" and bool(led or named)


def _qualifies(words: Words, mention: Mention) -> bool:
    """Whether a country only tells where the noun that is the said clause's subject is from: a few common nouns
    follow its name right up to the clause's verb or to a complement of them ("the U.S. trade deficit was", "one
    U.S. major is", "U.K. producer price data for March were"); not its possessive, nor a company's name, which
    tell whose the noun is ("Acme's cash flow is", "Acme subsidiaries have": a comment on Acme). The wire
    capitalises a word after an initialism ("U.S. Producer prices were"). After "a" or "an" the name can only
    qualify the noun after it ("a U.S. licence for the drug was sold", "a U.S. bank with large reserves
    is weighing a loan"), whatever follows the noun."""
    last = words.index_at(mention.end - 1)
    if mention.type != "country" or words.forms[last].endswith(("'s", "'")):
        return False
    first_word = words.index_at(mention.start)
    if first_word > 0 and words.forms[first_word - 1].lower() in INDEFINITE and last + 1 < len(words) and \
            words.forms[last + 1].isalpha():
        return True
    first = last + 1
    j = first
    while j < len(words) and j - first < SUBJECT_REACH and _common_noun(words, j, j == first):
        j += 1
    # one word before a preposition may be the clause's verb ("Japan plans to"), two are a noun phrase
    return first < j < len(words) and (aspect.tensed(words.forms[j]) or
                                       j - first > 1 and words.forms[j] in triggers.PREPOSITIONS)


MEASURE_REACH = 4  # words from a country's possessive to its measure: "Ruritania's seasonally adjusted jobless rate"


def _measured(words: Words, mention: Mention) -> bool:
    """"said Ruritania's rubber stocks fell", "said Ruritania's trade deficit widened": a country whose possessive
    owns a measure of its statistics that is the said clause's subject only tells whose figure it is; the speaker
    acts on no one. A company's own results stay a comment on it ("Acme's earnings should rise")."""
    last = words.index_at(mention.end - 1)
    if mention.type != "country" or not words.forms[last].endswith(("'s", "'")):
        return False
    for j in range(last + 1, min(last + 1 + MEASURE_REACH, len(words))):
        if words.forms[j] in MEASURES:
            return True
        # a participle after an adverb qualifies the measure ("seasonally adjusted"); any other tensed word is the
        # clause's verb
        if not words.forms[j].isalpha() or aspect.tensed(words.forms[j]) and not words.forms[j - 1].endswith("ly"):
            return False
    return False


def _common_noun(words: Words, j: int, after_name: bool) -> bool:
    form = words.forms[j]
    return form.isalpha() and not aspect.tensed(form) and not form.endswith("ly") and \
        form not in triggers.DETERMINERS | triggers.PREPOSITIONS | COORDINATORS | SKIPPED_ADVERBS | CHAIN and (
            not words.capitalised(j) or after_name and words.surface[j - 1].endswith("."))


def _spoken_to(words: Words, trigger: triggers.Trigger, binding: attach.Binding,
               after: list[tuple[int, Mention]]) -> list[Mention]:
    """Whom a telling verb tells: its addressee among the targets (`addressed`), else the actor right after it or
    after a title ("told NBC Television's 'Meet the Press'", "told Prime Minister Jan Novak"), which the words may
    have left out of the targets as the owner of what it leads or as a person they took for a speaker."""
    if not after:
        return []
    if addressed(words, trigger, binding):
        return binding.targets[:1]
    first = after[0][1]
    if trigger.entry.headline in ADDRESSING and (
            after[0][0] == trigger.last + 1 or _titled_after(words, trigger, [first]) is first):
        return [first]
    return []


def _inside_report(words: Words, trigger: triggers.Trigger) -> bool:
    """"Jan Novak recalled that Sue Smith had suggested the dollar was too high": a statement whose clause
    opens with "that" is told inside another clause, so the sentence's opening is that clause's, not what
    this one said."""
    return words.forms[words.clause_starts[words.clause[trigger.first]]] == "that"


AIMING = frozenset({"for", "with", "against", "to", "from"})  # "an offer for Acme", "a swap with Acme"
HELD = frozenset({"of", "in"})  # "shares of Acme", "a stake in Acme": after a holding, whose it is
CLAUSE_OPENERS = frozenset({"because", "after", "before", "since", "while", "although", "when", "if", "unless",
                            "as"})  # open a clause of their own within what was said
def _own_deed_parties(words: Words, trigger: triggers.Trigger, start: int, placed: list[tuple[int, Mention]],
                      speaking: set[str]) -> list[Mention]:
    """"said it has raised its offer for Acme", "said it arranged a swap of bonds with Acme", "said it acquired a
    60 pct stake in <Acme Ltd>": what was said tells the speaker's own deed, which acts on the companies and
    countries its clause names after a word that aims it, or after a holding's "of" or "in", however far from
    the verb; not where it happens ("opened a plant in Ruritania"), a thing of the speaker's own ("a charge
    for its Acme unit"), nor what a clause of its own or an aside tells ("because of a ruling from Acme")."""
    end = trigger.first if start < trigger.first else len(words)
    end = next((j for j in range(start + 1, end) if words.is_break(j) or words.forms[j] in CLAUSE_OPENERS), end)
    found = []
    for i, mention in placed:
        if not start < i < end or mention.actor in speaking:
            continue
        j = i - 1  # the word that leads the name's phrase
        while j > start and words.forms[j] not in titles.POSSESSIVES and (
                words.forms[j] in triggers.DETERMINERS or words.forms[j] == "<" or words.capitalised(j)):
            j -= 1
        if words.forms[j] in AIMING or words.forms[j] in HELD and words.forms[j - 1] in HOLDINGS and \
                mention.type == "organization":
            found.append(mention)
    return unique(found, [])


def _acted_on_by_own(words: Words, trigger: triggers.Trigger, placed: list[tuple[int, Mention]],
                     subject: Mention, speaking: set[str], published: str | None) -> list[Mention]:
    """"Jan Novak said Ruritania would answer in kind if Freedonia kept up its pressure", "Ruritania will not
    let Freedonia close the strait, its minister said": what was said has the speaker's own side as its
    subject, so it is about the other actors its clause names, which stand after that subject and before the
    speaker when the reporting verb closes the sentence."""
    first = words.index_at(subject.end - 1)
    end = len(words)
    if first < trigger.first:  # what was said ends at the break before its closing speaker ("..., Jan Novak said")
        end = next((j for j in range(trigger.first - 1, first, -1) if words.is_break(j)), trigger.first)
    forms = words.forms[first:end]
    if holds_phrase(forms, NONCOMMITTAL):
        return []  # "Acme has no comment on the charge against Widget": it says nothing of Widget
    named = [m for i, m in placed if first < i < end and not attach.coordinated(words, subject, m)]
    found = sorted(named + _nationals(words, first + 1, end, published), key=lambda m: m.start)
    return unique([m for m in found if m.actor not in speaking and _acted_on(words, m)], [])


SCENES = frozenset({"in", "at", "near", "inside", "outside", "before", "after", "since", "during", "following",
                    "despite", "amid"})  # words that lead where or when a clause happens, not what it acts on


def _acted_on(words: Words, mention: Mention) -> bool:
    """Whether an actor named in what was said may be what it acts on: not where or when it happens ("closing
    its plant in Port Marin, Ruritania", "before the Acme meeting"), nor a thing of the speaker's ("rebates
    on its Acme cars")."""
    i = words.index_at(mention.start)
    j = i - 1
    while j >= 0 and words.forms[j] not in titles.POSSESSIVES and (
            words.forms[j] in triggers.DETERMINERS or words.capitalised(j) or words.forms[j] == "," or
            words.forms[j][:1].isdigit()):
        j -= 1
    return j < 0 or words.forms[j] not in SCENES and words.forms[j] not in titles.POSSESSIVES


def _opens_with_self(words: Words, start: int) -> bool:
    """"We can't use Ruritanian trucks, he said": what was said opens with the speaker as its subject."""
    while start < len(words) and words.forms[start] in QUOTES:
        start += 1
    return start < len(words) and words.forms[start] in SELF


def _nationals(words: Words, first: int, end: int, published: str | None) -> list[Mention]:
    """"the Ruritanian decision", "new Ruritanian missiles", "West Freedonian interest rates": the countries whose
    adjective qualifies a common noun between words `first` and `end` (not a name: "the Ruritanian Import
    Tribunal" is the body's), as mentions at the adjective's place."""
    found, j = [], first
    while j < end:
        for width in (2, 1):
            noun = j + width
            mention = descriptions.adjective_mention(words, j, noun, published) if noun < end and \
                words.surface[noun][:1].islower() and words.surface[noun][:1].isalpha() else None
            if mention is not None:
                found.append(mention)
                j = noun - 1
                break
        j += 1
    return found


def _verb_follows(words: Words, mention: Mention) -> bool:
    """Whether a verb that carries tense follows the mention, adverbs aside: the mention is the clause's subject
    ("Ruritania would act", "Ruritania also said"), not the owner or a qualifier of it ("Ruritania's exports rose",
    "the Ruritania economy would grow")."""
    j = words.index_at(mention.end - 1) + 1
    while j < len(words) and (words.forms[j] in SKIPPED_ADVERBS or words.forms[j].endswith("ly")):
        j += 1
    return j < len(words) and aspect.tensed(words.forms[j])


def _opens_with_own_doing(words: Words, start: int) -> bool:
    """Whether what was said opens with the speaker's own doing or holding ("said it sold 5 pct of Acme",
    "said it owns 15 pct of Acme", "said it had filed suit against Acme", "said it is pursuing its claims
    against Acme"), which acts on whom it names, not with a thought or a state ("he did not expect", "they had
    little interest", "it was confident")."""
    forms = words.forms
    if start >= len(forms) or forms[start] not in SELF:
        return False
    k = next((k for k in range(start + 1, len(forms)) if forms[k] not in SKIPPED_ADVERBS), len(forms))
    if k < len(forms) and forms[k] in PERFECT:
        k = past_adverbs(forms, k + 1)
        return k < len(forms) and past_form(forms[k]) and forms[k] not in NOT_DEEDS
    if k < len(forms) and forms[k] in triggers.BE:  # "said it is pursuing its claims against Acme"
        k = past_adverbs(forms, k + 1)
        return k < len(forms) and forms[k].endswith("ing") and not reporting(forms[k])
    return k < len(forms) and forms[k] not in MINDING | STRESSING and forms[k] not in NOT_DEEDS and \
        not reporting(forms[k])

"""Statement titles whose said words are no clause: mended against the parse of their sentence.

The words alone cut what a statement says where they lose the clause's verb: a verb they do not know ("said a
first survey of the beds | indicates ..."), or a phrase set before the clause ("said that under the
plan, | Acme will ..."). The title then shows a subject with no predicate or a phrase with no clause. Only such
titles are read again, against the parse (the event stage parses a sentence that only makes a statement for
them alone): a subject runs on to its predicate, a phrase gives way to the clause it is set before, both as a
headline shows them (`titles.shortened`); a subject whose predicate a headline cannot show says what the statement
was about ("comments on ..."). A title that says less is no fragment.

Said words that hold a verb may stop inside a phrase instead: a word among them hangs on a word past them ("says it
plans to sell its tin | and zinc mines", "will buy Acme X-100 | engines"), or a verb among them has its object
or complement past them ("says it filed with the commission | a registration statement", "regards the plan
| as a mistake"). Such titles (`stops_inside`) are read against the parse too (`run_on`): the said words run
on to the words they need while the title stays short; else, when the phrase they stop inside only adds to what
comes before it (a clause, a phrase of time or place), they stop before it; else the title stays as it was.
"""

from __future__ import annotations

import re

from . import reported_clause, titles, triggers
from .lexicon import third_person
from .parse_words import text_of
from .text import COORDINATORS, SUBORDINATORS, read, whole_words

# "Acme says ...", "Acme and Vole reportedly say ...": the doers, the verb, what was said
_STATEMENT = re.compile(r"^(?P<doers>.+?) (?P<verb>(?:reportedly )?says?) (?P<said>.+)$")
# ... and one whose said words the words alone found no verb in, titled by what it was about (`titles.COMMENTED`)
_COMMENTED = re.compile(rf"^(?P<doers>.+?) (?P<adverb>(?:reportedly )?)(?P<verb>{titles.COMMENTED[0]}s?) "
                        rf"{titles.COMMENTED[1]} (?P<said>.+)$")
# The parse's relations of a word that opens a subject, whose verb the said words left out
_SUBJECTS = frozenset({"nsubj", "nsubj:pass", "nsubj:outer", "csubj"})
# ... and of a phrase set before a clause or added to it, which says nothing alone
_ADVERBIALS = frozenset({"obl", "obl:unmarked", "obl:tmod", "advmod", "advcl", "nmod:tmod"})
# The parse's relations of a verb that heads a clause of its own, not one that qualifies a noun ("the venture
# started | in May" of "the months when the venture started")
_CLAUSES = frozenset({"ROOT", "ccomp", "parataxis", "conj"})
# Tags of a word that opens no noun phrase: "for the six months", "also before the merger"
_NO_NOUN_OPENERS = frozenset({"IN", "TO", "RB", "WRB", "WDT", "CC", "MD"})
_CLAUSE_OPENERS = titles.SUBJECT_PRONOUNS | {"there"}  # "it's", "there is"
# Words after a comma that open a phrase or a clause of their own, not another word of a noun's qualifiers: ", the
# company said", ", and its workers", ", which", ", in May"
_CLAUSE_FRONTS = triggers.DETERMINERS | titles.POSSESSIVES | titles.SUBJECT_PRONOUNS | COORDINATORS | SUBORDINATORS | \
    triggers.PREPOSITIONS
_MODALS = triggers.MODALS - {"to"}
# A list of names that goes on past a comma to its last name: ", Zeta and Vole", ", Zeta Bank, Vole or Lux"
_NAME = r"[A-Z][\w.&'-]*(?: [A-Z][\w.&'-]*)*"
_NAME_LIST = re.compile(rf"^,\s+{_NAME}(?:,\s+{_NAME})*,?\s+(?:and|or)\s+[A-Z]")
_NO_VERBS_IN_S = titles.POSSESSIVES | titles.DEMONSTRATIVES | {"dlrs", "cts", "pct", "yrs", "lbs", "mths"}
_CLOSING = " \n\t\"'“”’.!?"  # what may close a sentence after the words it says
_SUBJECT_WORDS = 14  # words of what was said a subject run on to its predicate may show
_CLAUSE_WORDS = 24  # words of a clause a headline may be cut from (`titles.shortened`)
_SHOWN_WORDS = 16  # words of the clause a title shows
_PREDICATE_WORDS = 8  # words of its predicate a subject reached past what qualifies it shows (`titles.shortened`)
# The parse's relations of the words a verb needs to be whole ("filed | a statement", "regards it | as a mistake")
_ARGUMENTS = frozenset({"obj", "iobj", "xcomp", "ccomp"})
# ... and of a phrase that only adds to what it hangs on, which said words may stop before
_ADDED = frozenset({"advcl", "acl", "acl:relcl", "obl", "obl:tmod", "obl:unmarked", "nmod", "appos", "advmod",
                    "parataxis"})
_RUN_BREAKS = re.compile(r"[;:()<>]|--")  # no run on crosses one, nor a quotation mark
# The parse's relations of a word no phrase ends on: "proved that it can | and will compete"
_OPEN_ENDS = frozenset({"aux", "aux:pass", "cop", "case", "det", "cc", "mark", "nmod:poss"})
# ... and the tags of one: "will decide where | to build"
_OPEN_TAGS = frozenset({"MD", "WRB", "WDT", "WP", "IN", "TO", "DT", "CC"})
# The parse's relations of the words of a verb's group before it: "have | been | operating", "is | a good one"
_VERB_GROUP = frozenset({"aux", "aux:pass", "cop"})
# The parse's relations of a word that qualifies the noun after it
_QUALIFYING = frozenset({"amod", "compound", "nummod", "det", "nmod:poss", "flat"})
_NAME_PARTS = frozenset({"flat", "fixed", "goeswith"})  # ... and of a word that goes on a name or a phrase before it
_PARTICLES = frozenset({"advmod", "compound:prt"})  # "does away | with", "shifting away | from", "set up | by"
_QUALIFIERS = frozenset({"acl", "acl:relcl", "amod"})  # a participle that qualifies a noun ("left | by ...")
_VERB_MARKS = frozenset({"aux", "mark"})  # "could | turn", "to | read"
_COMPLEMENTS = _ARGUMENTS | {"obl", "obl:unmarked", "obl:tmod", "advcl"}  # what completes a verb already
_LEAST_SAID = 3  # words what was said keeps when it stops before a phrase that only adds to it
# The words that open what a common noun is of, in or about, its complement, which the noun alone leaves out
# ("has a keen interest | in keeping ...", "is nearing a pact | with Acme"); "of" completes any noun or figure
# ("retired 20 mln dlrs | of its notes")
_COMPLEMENT_CASES = titles.NOUN_COMPLEMENT_CASES
_PLACE_CASES = frozenset({"in", "at"})  # ... but before a name they tell where: "traders | in Port Marin"
# Adverbs that single out the phrase after them, which a title cannot end on: "would grow only | in services"
_FOCUSING = frozenset({"only", "just", "even", "mainly", "largely", "partly", "chiefly", "solely", "primarily",
                       "mostly", "especially", "particularly", "exclusively", "entirely", "except"})
# Tags of a word that says what an empty "it" is ("makes it more difficult", "it was very hard"), and the words of a
# phrase that may stand between it and the infinitive the "it" stands for ("| for the smaller banks to lend")
_PREDICATIVE_TAGS = frozenset({"JJ", "JJR", "JJS", "RB", "RBR"})
_INFINITIVE_REACH = 6
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
# Tags of a word that may qualify a noun after it ("oil | imports", "farm | exports"), and of the words that open a
# subject's noun phrase, before which such a word is the subject's head, not a qualifier: "each project | consists"
_NOUN_QUALIFIERS = frozenset({"NN", "NNP", "JJ"})
_SUBJECT_OPENERS = frozenset({"DT", "PRP$", "POS", "CD", "PDT", "WDT"})


def suspect(title: str, sentence: str) -> bool:
    """Whether a statement's title may show a subject or a phrase alone: what it says opens with no pronoun that
    a verb follows, holds no word that surely carries a clause (`reported_clause.finite_verb`, a modal) nor a
    quotation, which is shown as it was said, and its `sentence` goes on past those words (a subject's predicate,
    the clause after a phrase)."""
    said = _said(title)
    if said is None or titles.has_quote(said):
        return False
    words = read(said, 0)
    if words.forms[:1] and words.forms[0].partition("'")[0] in _CLAUSE_OPENERS or \
            any(reported_clause.finite_verb(words, j) or form in _MODALS for j, form in enumerate(words.forms)):
        return False
    found = _found(sentence, said)
    return found is not None and bool(sentence[found[1]:].strip(_CLOSING))


def stops_inside(title: str, sentence: str) -> bool:
    """Whether a statement's said words, found once in its `sentence`, are followed there by a word with no break
    between, or with a comma alone, which may part the words that qualify one noun ("there are few large, |
    costly projects", "its 40 mln dlr, | eight pct notes"): they may stop inside a phrase (`run_on`)."""
    said = _said(title)
    if said is None or titles.has_quote(said):
        return False
    found = _found(sentence, said)
    if found is None:
        return False
    following = sentence[found[1]:].lstrip()
    if following[:1] != ",":
        return following[:1].isalnum()
    after = following[1:].split(maxsplit=1)[:1]
    return bool(after) and after[0][:1].isalpha() and after[0].islower() and after[0] not in _CLAUSE_FRONTS or \
        bool(_NAME_LIST.match(following))


def run_on(title: str, parsed, trigger_start: int) -> str:
    """The title of a statement whose said words stop inside a phrase of the sentence `parsed` (`_needed`), run
    on to its end while it shows at most `_SHOWN_WORDS` words of what was said and ends on no verb (the parse
    takes a noun in "-s" for one: "that corn imports | injure farmers"), or stopped before a phrase that only adds
    to what comes before it; the title itself when they stop at no phrase's inside or neither mends it. A run on
    to what the last said word leaves open (`_left_open`) that cannot be shown leaves the title as the run on to
    the other words needed alone makes it."""
    match, rest, span = _read(title, _STATEMENT, parsed)
    if span is None:
        return title
    comma = text_of(parsed)[span.end_char:].lstrip().startswith(",")
    said = (None if comma else _run(match, span, trigger_start, True)) or _run(match, span, trigger_start, False)
    if said is None and not comma:
        said = _subject_reached(span, trigger_start)
    if said is None and not comma and (added_to := _needed(span, trigger_start, False)):
        said = _said_before(match.group("said"), span, added_to, trigger_start)
    if said is None and not comma:
        said = _unhung(match.group("said"), span, trigger_start)
    return f"{match.group('doers')} {match.group('verb')} {said}{rest}" if said else title


def _run(match, span, trigger_start: int, open_phrases: bool) -> str | None:
    """What was said run on past the `span` of its words to the end of the words they need (`_needed`), when a
    title can show it; None otherwise, or when they need none. A run on through phrases each left open by the one
    before ("97 pct | of its holdings of the stock of Acme Corp") that cannot be shown whole stops at the end of
    the longest of them a title can show, where no word lacks its head or its object ("97 pct of its holdings")
    and no figure is left out ("a profit | of 8 mln dlrs")."""
    parsed = span.doc
    needed = _needed(span, trigger_start, open_phrases)
    if not needed:
        return None
    first, end = span[0].i, span[-1].i
    ends = []
    while needed and end - first < 2 * _SHOWN_WORDS:
        end = max(t.i for t in needed)
        ends.append(end)
        needed = _needed(parsed[first:end + 1], trigger_start, open_phrases)
    whole = [] if needed or _whole_left(parsed, ends[-1]) else ends[-1:]
    shorter = [end for end in reversed(ends[:-1]) if not _needed(parsed[first:end + 1], trigger_start, False) and
               not _figure_left(parsed, end) and not _whole_left(parsed, end)]
    return next((said for end in whole + shorter if (said := _shown(match, span, end, open_phrases))), None)


def _subject_reached(span, trigger_start: int) -> str | None:
    """What was said when its words are a subject alone, its noun followed by a participle or a relative clause
    that qualifies it, whose verb a run on cannot show: the subject short of that qualifier, then its verb and
    what the verb says as far as `_PREDICATE_WORDS` show it ("the size of a bond sold last week by Acme | has been
    raised to 50 mln dlrs from ..." reads "the size of a bond has been raised to 50 mln dlrs"); None when the words
    are no such subject, or the clause holds a break or the title cannot show it."""
    roots = _roots(span)
    if len(roots) != 1 or roots[0].dep_ not in _SUBJECTS:
        return None
    subject, verb = roots[0], roots[0].head
    if verb.i <= span[-1].i or verb.idx == trigger_start or not _heads_clause(verb):
        return None
    skipped = {t.i for qualifier in subject.subtree if qualifier.dep_ in ("acl", "acl:relcl") and
               qualifier.head.i < qualifier.i for t in qualifier.subtree}
    doc = span.doc
    opening = min([verb, *(child for child in verb.children if child.dep_ in _VERB_GROUP and child.i < verb.i)],
                  key=lambda t: t.i)
    kept = [t for t in doc[span[0].i:opening.i] if t.i not in skipped]
    if not skipped or any(t.tag_.startswith("VB") or t.tag_ == "MD" or t not in subject.subtree for t in kept):
        return None  # "has targetted countries | that depend ...": the words hold a verb of their own
    predicate = doc[opening.i:titles.clause_end(verb) + 1]
    if any(t.text in ";:" or t.is_quote or t.text in ("--", "-") or t.lower_ in titles.SPEAKER_WORDS
           for t in (*kept, *predicate)):
        return None
    words = " ".join("".join(t.text_with_ws for t in (*kept, *predicate)).split()).rstrip(",")
    shown = titles.shortened(_opened(words, kept[0]), len(kept) + _PREDICATE_WORDS, verb=len(kept))
    return shown if len(shown.split()) <= _SHOWN_WORDS and shown.split()[-1].lower() not in titles.DANGLING else None


def _figure_left(parsed, end: int) -> bool:
    """Whether the "of" phrase right after the token `end` gives a figure, which is what the noun before it is:
    "against a profit | of 8 mln dlrs"."""
    following = parsed[end + 1] if end + 1 < len(parsed) else None
    return following is not None and following.lower_ == "of" and any(t.like_num for t in following.head.subtree)


def _whole_left(parsed, end: int) -> bool:
    """Whether the token `end` is a partitive the "of" right after it names the whole of, which it says nothing
    without: "will operate as part | of Acme"."""
    return end + 1 < len(parsed) and parsed[end + 1].lower_ == "of" and parsed[end].lower_ in titles.PARTITIVES


def _shown(match, span, end: int, open_phrases: bool) -> str | None:
    """What was said run on past the `span` of its words to the token `end`, when a title can show it."""
    parsed = span.doc
    run = parsed[span[-1].i + 1:end + 1]
    added = " ".join(text_of(parsed)[span.end_char:run.end_char].split())
    said = f"{match.group('said')}{'' if added.startswith(',') else ' '}{added}"
    if len(said.split()) > _SHOWN_WORDS or _open_end(run[-1]) or _verb_end(run[-1]) or _halved(run[-1]) or \
            _adjective_open(run[-1]) or any(_RUN_BREAKS.search(t.text) or t.is_quote for t in run):
        return None
    if open_phrases and (_inside_word(run[-1]) or _inside_noun_phrase(run[-1]) or _inside_list(run[-1]) or
                         _inside_name(run[-1]) or any(
            t.lower_ in titles.SPEAKER_WORDS or t.text[:1].isupper() and t.text in match.group("doers").split()
            for t in run)):
        return None
    return said


def _adjective_open(word) -> bool:
    """Whether a run ending on the adjective `word` leaves out the phrase right after it that it needs: "is
    expected by May, subject | to approval", "a risk similar | to that of ..."."""
    return word.tag_ == "JJ" and any(child.dep_ in ("obl", "nmod") and child.left_edge.i == word.i + 1 and
                                     child.left_edge.dep_ == "case" for child in word.rights)


def _halved(word) -> bool:
    """Whether a run ending on `word` stops inside a phrase that says a noun twice: "from time | to time"."""
    return word.i + 2 < len(word.doc) and titles.halved(*(token.lower_ for token in word.doc[word.i:word.i + 3]))


def _verb_end(word) -> bool:
    """Whether a run ending on `word` ends on a verb the parse may have taken a noun in "-s" for ("that corn imports
    | injure farmers"); an infinitive after its "to" is surely a verb, and whole without an object: "for small
    farms to compete"."""
    return word.tag_.startswith("VB") and not (word.tag_ == "VB" and word.i and word.doc[word.i - 1].lower_ == "to")


def _needed(span, trigger_start: int, open_phrases: bool = True) -> list:
    """The words past the `span` of said words that a word of it needs: the head of a word that is not the
    head of what was said (its head the reporting verb or a word before the span), a verb's object or
    complement; with `open_phrases`, also what its last word leaves open (`_left_open`), else the names a list
    goes on with past the name it ends on (`_names_listed`)."""
    last = span[-1].i
    heads = [t.head for t in span if t.head.i > last and t.head.idx != trigger_start and not t.is_punct]
    arguments = [child for t in span for child in t.rights if child.i > last and child.dep_ in _ARGUMENTS]
    opened = _left_open(span) if open_phrases else _names_listed(span[-1])
    return heads + [t for t in arguments + opened if t.idx != trigger_start]


def _names_listed(last) -> list:
    """The names past a name the said words end on that the parse joins to it in a list closed by "and" or "or":
    "a company jointly owned by Acme | , Zeta and Vole"; the words cut the list at its first comma."""
    listed = [child for child in last.rights if child.dep_ == "conj" and child.tag_ in ("NNP", "NNPS")]
    closed = any(grand.dep_ == "cc" for child in listed for grand in child.children)
    return listed if last.tag_ in ("NNP", "NNPS") and closed else []


def _left_open(span) -> list:
    """The words past the `span` that complete its last word: a noun's complement ("an interest | in keeping
    the rate", "12 mln dlrs | of its notes") or the rest of the list it opens ("with Acme | and Vole"), the clause
    a verb whose subject is an empty "it" stands for ("it appears | that ..."), the phrase a focusing adverb singles
    out ("would grow only | in services")."""
    last = span[-1]
    past = [child for child in last.rights if child.i > last.i]
    if last.lower_ in _FOCUSING and last.dep_ == "advmod":
        return [child for child in last.head.rights if child.i > last.i][:1]
    opened = []
    for child in past:
        marks = {grand.lower_ for grand in child.children if grand.dep_ in ("case", "mark") and grand.i < child.i}
        if child.dep_ in ("nmod", "acl") and ("of" in marks or last.tag_ in ("NN", "NNS") and
                                              marks & _COMPLEMENT_CASES and not titles.names_date(child) and
                                              not (marks & _PLACE_CASES and child.tag_ in ("NNP", "NNPS"))) or \
                child.dep_ == "conj" and last.tag_.startswith("NN"):
            opened.append(child)
    for verb in span:
        if any(child.dep_ == "expl" and child in span for child in verb.children):
            opened += [child for child in verb.rights if child.i > last.i and
                       any(grand.dep_ == "mark" and grand.lower_ == "that" for grand in child.children)]
    return opened + _extraposed(span) + _compared(span) + _agent(last) + _verb_complement(span)


def _agent(last) -> list:
    """The phrase past a participle the said words end on that it needs: for one that qualifies the noun before
    it, the phrase that says by whom, where or at what ("the posts left | by the departures", "a maker jointly
    owned | by three firms", "assets valued | at 40 mln dlrs"), as the participle alone hangs on nothing; for a
    passive verb, the "by" and gerund that say how ("costs could be cut | by closing plants"), which a passive
    whose doer is left out is about, where its doer after "by" only adds to it ("the plan was approved | by the
    board")."""
    if last.tag_ != "VBN":
        return []
    qualifying = _qualifying_participle(last)
    if not qualifying and not any(child.dep_ == "aux:pass" for child in last.children):
        return []
    following = next((child for child in last.rights if child.i > last.i), None)
    if following is None or following.left_edge.i != last.i + 1 or titles.names_date(following):
        return []
    marks = {grand.lower_ for grand in following.children if grand.dep_ in ("case", "mark") and grand.i < following.i}
    if not qualifying:
        return [following] if "by" in marks and following.tag_ == "VBG" else []
    return [following] if following.dep_ == "obl:agent" or following.dep_ == "obl" and marks else []


def _verb_complement(span) -> list:
    """The phrase past a verb the said words end on, or past its particle, that the verb asks for when nothing in the
    span completes it: "the plan does away | with the old scale", "the unit will operate | as part of Zeta", "exports
    account | for half of sales". A verb that ends a clause alone mostly needs that phrase to say anything; a phrase
    of time only adds to it ("sales rose | in May"), and a passive's is `_agent`'s. A verb inside the said words
    heads a clause of its own only with its own auxiliary or "to": the parse takes a noun after a noun for a verb
    ("bought 10 tonnes of wheat | flour")."""
    last = span[-1]
    verb = last.head if last.dep_ in _PARTICLES and last.head in span else last
    if not _bare_verb(verb, span):
        return []
    following = next((child for child in verb.rights if child.i > last.i), None)
    if following is None or following.dep_ != "obl" or following.left_edge.i != last.i + 1 or \
            titles.names_date(following) or not any(child.dep_ == "case" for child in following.children):
        return []
    return [following]


def _bare_verb(verb, span) -> bool:
    """Whether `verb` heads a clause of the `span` that nothing in the span completes after it, and is no passive
    nor a participle that qualifies a noun; an adjective that closes a clause asks for no phrase ("was unhappy")."""
    particle = verb.tag_ in ("RB", "RP") and verb.dep_ in _CLAUSES  # the parse may head "does away" on "away"
    if not verb.tag_.startswith("VB") and not particle or verb.dep_ in _QUALIFIERS:
        return False
    if verb.head in span and not any(child.dep_ in _VERB_MARKS for child in verb.children):
        return False
    return not any(child.dep_ in _COMPLEMENTS and child in span and child.i > verb.i or child.dep_ == "aux:pass"
                   for child in verb.children)


def _extraposed(span) -> list:
    """The infinitive past the `span` that an empty "it" of the span stands for, when the span ends on what is said
    of that "it": "would make it more difficult | for banks to lend", "it was very hard | in Ruritania to find
    ...". The infinitive hangs on that word, on the verb that makes the "it" so, or on the noun of the "for" phrase
    that names who would do it; not on another noun ("it was unhappy | with the offer to buy ...")."""
    last = span[-1]
    said_of = (last, last.head)
    if last.tag_ not in _PREDICATIVE_TAGS or \
            not any(t.lower_ == "it" and t.dep_ in ("nsubj", "expl", "obj") and t.head in said_of for t in span):
        return []
    doc = span.doc
    verb = next((t.head for t in doc[last.i + 1:last.i + 2 + _INFINITIVE_REACH]
                 if t.lower_ == "to" and t.dep_ == "mark" and t.head.i == t.i + 1), None)
    if verb is None or any(t.is_punct or t.tag_ in ("MD", "WDT", "VBD", "VBZ", "VBP") for t in doc[last.i + 1:verb.i]):
        return []
    owner = verb.head
    doer = owner.head in said_of and any(child.dep_ == "case" and child.lower_ == "for" for child in owner.children)
    return [verb] if owner in said_of or doer else []


def _compared(span) -> list:
    """The head of the "than" phrase right past the `span` that completes a comparison the span opens: "it was
    wiser to buy abroad | than to lose buyers"; the parse often hangs that phrase on another word."""
    doc, last = span.doc, span[-1]
    following = doc[last.i + 1] if last.i + 1 < len(doc) else None
    if following is None or following.lower_ != "than" or following.head.i <= last.i or \
            any(t.lower_ == "than" for t in span) or not any(t.tag_ in ("JJR", "RBR") for t in span):
        return []
    return [following.head]


def _inside_word(token) -> bool:
    """Whether a run ending on `token` would cut a word the parse split: "to B | -plus"."""
    doc = token.doc
    following = doc[token.i + 1].text[:1] if token.i + 1 < len(doc) else ""
    return not token.whitespace_ and (following in "-/" or following.isalnum()) and bool(following)


def _inside_noun_phrase(token) -> bool:
    """Whether the word after `token` qualifies a noun further on that `token` belongs with: "for British |
    manufactured goods", which the parse may have cut in two."""
    doc = token.doc
    if token.i + 1 >= len(doc):
        return False
    following = doc[token.i + 1]
    return following.dep_ in _QUALIFYING and following.head.i > following.i or \
        following.dep_ in _NAME_PARTS and following.head.i < following.i  # "in Hong | Kong"


def _inside_name(token) -> bool:
    """Whether a run ending on `token` stops before the rest of a name the parse did not join to it: "of its
    Standard | and Poor's index", "its class | A shares"."""
    doc = token.doc
    following, after = (doc[i].text if i < len(doc) else "" for i in (token.i + 1, token.i + 2))
    return following[:1].isupper() or following in ("and", "&") and token.text[:1].isupper() and after[:1].isupper()


def _inside_list(token) -> bool:
    """Whether a run ending on `token` stops inside a list that goes on past it: "with Acme | and Vole"."""
    return any(child.dep_ == "conj" and child.i > token.i for child in token.children)


def _open_end(word) -> bool:
    """Whether a phrase ending on `word` is left open: an auxiliary, a preposition, a determiner, a conjunction, a
    word that opens a question ("where")."""
    return word.dep_ in _OPEN_ENDS or word.tag_ in _OPEN_TAGS


def _said_before(said: str, span, needed: list, trigger_start: int) -> str | None:
    """What was said (`said`, its words those of the `span`) stopped before the phrase it stops inside, when that
    phrase only adds to the word of the said words it hangs on and what is left holds `_LEAST_SAID` words, ends on
    no word that opens a phrase and stops inside no other; None otherwise."""
    first = span[0].i
    word = min(needed, key=lambda t: t.i)
    while word.head.i > span[-1].i and word.head.i != word.i and word.head.idx != trigger_start:
        word = word.head
    start = word.left_edge.i
    if word.dep_ not in _ADDED or word.head.i > span[-1].i or not first < start <= span[-1].i:
        return None
    doc = span.doc
    if any(t.like_num for t in doc[start:span[-1].i + 1]):
        return None  # "bond due June 30, | 1995 carrying ...": a figure is a date's or an amount's, never an aside
    while start > first and (doc[start - 1].is_punct or doc[start - 1].dep_ in ("cc", "mark", "case")):
        start -= 1
    kept = doc[first:_uncompared(doc, first, start)]
    if len(kept) < _LEAST_SAID or _needed(kept, trigger_start) or _open_end(kept[-1]) or \
            titles.in_preposition([t.text for t in doc], kept.end):
        return None  # "in connection | with": the phrase is the preposition's own
    return " ".join(said.split()[:len(doc.text[span.start_char:kept.end_char].split())])


def _unhung(said: str, span, trigger_start: int) -> str | None:
    """What was said (`said`, its words those of the `span`) stopped before the participle it ends on when that
    participle qualifies a noun among them and the phrase it needs could not be run on to ("the posts | left",
    "assets | valued"): the noun says what the participle only began to qualify; None when the said words end on
    no such participle or what is left holds fewer than `_LEAST_SAID` words or is left open."""
    last = span[-1]
    if not _qualifying_participle(last) or last.left_edge.i <= span[0].i:
        return None
    kept = span.doc[span[0].i:last.left_edge.i]
    if len(kept) < _LEAST_SAID or _needed(kept, trigger_start) or _open_end(kept[-1]):
        return None
    return " ".join(said.split()[:len(span.doc.text[span.start_char:kept.end_char].split())])


def _qualifying_participle(word) -> bool:
    """Whether `word` is a past participle that qualifies the noun before it ("the posts left", "a firm jointly
    owned"), which the parse may hang on the clause's verb when no auxiliary, subject or conjunction of its own
    shows it to head a clause ("transfer assets valued ..."). One with a subject of its own heads a clause wherever
    the parse hangs it: "a 25 mln dlr, six leg rig | was towed"."""
    if word.tag_ != "VBN" or any(child.dep_ in _SUBJECTS for child in word.children):
        return False
    if word.dep_ == "acl":
        return word.head.i < word.i
    before = word.doc[word.left_edge.i - 1] if word.left_edge.i else None
    return word.dep_ == "advcl" and before is not None and before.tag_ in ("NN", "NNS", "NNP", "NNPS") and \
        not any(child.dep_ in ("aux", "aux:pass", "mark") for child in word.children)


def _uncompared(doc, first: int, start: int) -> int:
    """Where said words stopped before the phrase at token `start` end instead when that phrase completes the
    comparison "as ... as" they open: before the comparison ("would be told | as soon | as the talks end");
    `start` otherwise."""
    return start - 2 if doc[start].lower_ == "as" and start - 2 >= first and doc[start - 2].lower_ == "as" else start


def mend(title: str, parsed, trigger_start: int) -> str:
    """The title of a statement whose said words (`suspect`) are no clause of the sentence `parsed`, whose
    reporting verb starts at `trigger_start`, said whole or said less; the title itself when they are one."""
    match, rest, span = _read(title, _STATEMENT, parsed)
    if span is None:
        return title
    said = match.group("said")
    roots = _roots(span)
    if not roots:
        return title
    adverbial = all(t.dep_ in _ADVERBIALS and t.head == roots[0].head for t in roots)  # "aside | from the plan"
    if len(roots) != 1 and not adverbial or _predicate(roots[0], span):
        return title
    root = roots[0]
    if root.dep_ in _SUBJECTS and root.head.i > span[-1].i:
        whole = _clause(parsed, span[0].i, root.head, _SUBJECT_WORDS)
    elif adverbial:
        verb = _reported(root.head, trigger_start)
        whole = _clause(parsed, _opening(roots[-1], verb, trigger_start), verb, _CLAUSE_WORDS)
    else:
        whole = None
    if whole:
        return f"{match.group('doers')} {match.group('verb')} {whole}{rest}"
    if root.tag_.startswith("NN") and root.dep_ in _SUBJECTS and span[0].tag_ not in _NO_NOUN_OPENERS and \
            root.head.idx != trigger_start and not _verb_in_s(said):
        verb, case = titles.COMMENTED
        said_as = match.group("verb")
        verb = said_as.replace("says", third_person(verb)) if said_as.endswith("says") else said_as.replace("say", verb)
        return f"{match.group('doers')} {verb} {case} {_opened(said, span[0])}{rest}"
    return title


def commented(title: str, sentence: str) -> bool:
    """Whether a statement's title says only what it was about ("comments on ...") with words found once in its
    `sentence`, which does not say so itself ("declined comment on ..."): the words alone may have missed a verb of
    theirs, one they do not know ("the changes reflect ...") or one a preposition follows ("the contract calls for
    ...")."""
    match = _COMMENTED.match(titles.TITLE_TAIL.sub("", title))
    found = _found(sentence, match.group("said")) if match else None
    return found is not None and [word.lower() for word in sentence[:found[0]].split()[-2:]] != list(titles.COMMENTED)


def said_again(title: str, parsed, trigger_start: int) -> str:
    """The title of a statement titled by what it was about (`commented`) read against the parse of its sentence:
    what it says, when its words hold a clause of their own or a subject that runs on to its predicate (`mend`);
    the title itself otherwise."""
    match, rest, span = _read(title, _COMMENTED, parsed)
    if span is None:
        return title
    verb = "say" if match.group("verb") == titles.COMMENTED[0] else "says"
    said = f"{match.group('doers')} {match.group('adverb')}{verb} {match.group('said')}{rest}"
    roots = _roots(span)
    if len(roots) == 1 and _finite(roots[0], span):
        return said
    mended = mend(said, parsed, trigger_start)
    return title if mended == said else mended


def _read(title: str, pattern: re.Pattern, parsed):
    """A statement title's match of `pattern` short of the title's tail, that tail, and the parse's tokens of its
    said words (`_span`), None when the title does not match or they are not found."""
    tail = titles.TITLE_TAIL.search(title)
    core, rest = (title[:tail.start()], tail.group()) if tail else (title, "")
    match = pattern.match(core)
    return match, rest, _span(parsed, match.group("said")) if match else None


def _roots(span) -> list:
    """The words of the `span` that hang on a word outside it."""
    return [t for t in span if not t.is_punct and (t.head.i == t.i or t.head not in span)]


def _said(title: str) -> str | None:
    tail = titles.TITLE_TAIL.search(title)
    match = _STATEMENT.match(title[:tail.start()] if tail else title)
    return match.group("said") if match else None


def _found(sentence: str, said: str):
    """Where the said words are in the sentence, found once as whole words; None when they are not."""
    found = whole_words(sentence, said.split(), "-")
    return found[0] if len(found) == 1 else None


def _span(parsed, said: str):
    """The parse's tokens of the said words (`_found`); None when they are not found."""
    found = _found(text_of(parsed), said)
    span = parsed.char_span(*found) if found else None
    return span if span is not None and len(span) else None


def _predicate(root, span) -> bool:
    """Whether the one word of the said words that hangs outside them carries a clause: a verb, or a word with
    its copula or subject among them ("the plan is a good one")."""
    return root.tag_.startswith("VB") or root.tag_ == "MD" or \
        any(child.dep_ in ("cop", "nsubj", "nsubj:pass", "expl") and child in span for child in root.children)


def _finite(root, span) -> bool:
    """Whether the one word of the said words that hangs outside them heads a clause with its subject among them and
    a finite verb: its own tense ("the changes reflect", or a base form the parse tagged so: "the heads enjoy"), or
    an auxiliary's or a copula's ("prices have risen", "the plan is a good one"); not a participle ("rising
    prices"), nor a word in "-s" or a base form that a bare noun before it may qualify as a noun ("oil imports",
    "farm exports"), which the parse may read as a subject and its verb."""
    if not any(child.dep_ in _SUBJECTS and child in span for child in root.children):
        return False
    if any(child.dep_ in _VERB_GROUP and child.tag_ in _FINITE_TAGS and child in span for child in root.children):
        return True
    if root.tag_ not in _FINITE_TAGS | {"VB"} or any(child.lower_ == "to" for child in root.children):
        return False  # a base form with a subject and no "to" is a present the parse tagged amiss
    before = root.doc[root.i - 1] if root.i > span[0].i else None
    return root.tag_ in ("VBD", "MD") or before is None or before.tag_ not in _NOUN_QUALIFIERS or \
        before.dep_ not in _SUBJECTS or any(t.tag_ in _SUBJECT_OPENERS for t in before.subtree)


def _verb_in_s(said: str) -> bool:
    """Whether the said words hold a word in "-s" that the parse may have taken for a plural noun but that a
    word in lower case after it, neither a preposition nor a conjunction, shows to be a verb: "the rule
    redefines capital"; not after a determiner ("the cuts"), nor a unit ("dlrs"), a possessive or a demonstrative
    ("its", "this")."""
    words = said.split()
    return any(k and word.endswith("s") and not word.endswith(("ss", "us")) and word.isalpha() and word.islower()
               and word not in _NO_VERBS_IN_S and words[k - 1].lower() not in triggers.DETERMINERS
               and following.isalpha() and following.islower()
               and following not in triggers.PREPOSITIONS | COORDINATORS
               for k, (word, following) in enumerate(zip(words, words[1:])))


def _heads_clause(word) -> bool:
    """Whether a word heads a clause of its own: a verb or a word with its copula, not one that qualifies a noun
    ("the months when the venture | started"), nor a noun the parse made another's subject's head."""
    return word.dep_ in _CLAUSES and (word.tag_.startswith("VB") or word.tag_ == "MD" or
                                      any(child.dep_ == "cop" for child in word.children))


def _after(phrase) -> int:
    """The index of the first token after a phrase set before its clause and the comma that closes it."""
    last = max(t.i for t in phrase.subtree) + 1
    doc = phrase.doc
    while last < len(doc) and (doc[last].is_punct or doc[last].dep_ in ("mark", "cc")):
        last += 1
    return last


def _opening(phrase, verb, trigger_start: int) -> int:
    """The index of the first token of the clause headed by `verb` that a phrase is set before: the one after the
    phrase and its comma, or, when the reporting clause comes between ("At the time, the company said | it
    authorized ..."), the first of the clause it reports, if that clause's subject is a pronoun or a common noun:
    a name there may be the title's doer, whose statement the reporting clause gives to someone else ("Under the
    plan, the firm said Acme Corp will pay ...")."""
    first = _after(phrase)
    if verb is None or phrase.head.idx != trigger_start or phrase.head.i < first:
        return first
    subjects = [child for child in verb.children if child.dep_ in _SUBJECTS]
    if not subjects or any(subject.tag_ in ("NNP", "NNPS") for subject in subjects):
        return first
    start = verb.left_edge.i
    while start < verb.i and (verb.doc[start].dep_ == "mark" or verb.doc[start].is_punct):
        start += 1
    return start


def _reported(verb, trigger_start: int):
    """The word that heads the clause a phrase is set before: its own head, or when that is the reporting verb,
    the head of the clause the reporting verb reports; None when there is none."""
    if verb.idx != trigger_start:
        return verb
    return next((child for child in verb.children if child.dep_ == "ccomp"), None)


def _clause(parsed, first: int, verb, most: int) -> str | None:
    """The words from the `first` token to the end of the clause `verb` heads, short of its own clauses and
    asides, as a headline shows them (`titles.shortened`); None when `verb` heads no clause of its own (a verb
    that qualifies a noun, a noun the parse takes for a predicate's head), or the words leave out the clause's
    subject, hold a word of another clause, a break other than a comma or a quotation, or run past `most` words,
    or the headline runs past `_SHOWN_WORDS`."""
    if verb is None or first > verb.i or not _heads_clause(verb) or \
            any(child.i < first and child.dep_ in _SUBJECTS for child in verb.children):
        return None
    tokens = parsed[first:titles.clause_end(verb) + 1]
    if any(t.text in ";:" or t.is_quote or t.text in ("--", "-") or verb not in (t, *t.ancestors) for t in tokens):
        return None  # "under the plan, | the company said Acme will pay": another clause opens first
    text = " ".join(text_of(parsed)[tokens[0].idx:tokens[-1].idx + len(tokens[-1])].split()).rstrip(",")
    if len(text.split()) > most:
        return None
    if parsed[first].lower_ in titles.SPEAKER_WORDS:
        return None  # "I think we have a chance": the speaker's own words, which the title would have to quote
    opening = min([verb, *(child for child in verb.children if child.dep_ in _VERB_GROUP and child.i < verb.i)],
                  key=lambda t: t.i)  # "have | been operating", "is | a good one": where the verb's words start
    shown = titles.shortened(_opened(text, parsed[first]), verb=len(text_of(parsed)[tokens[0].idx:opening.idx].split()))
    return shown if len(shown.split()) <= _SHOWN_WORDS else None


def _opened(text: str, first) -> str:
    """Words inside a title that open with the `first` token, without the capital it has only for opening the
    sentence or a quotation ("says prices rose", not "says Prices rose"); a name keeps its own."""
    return text if first.tag_ in ("NNP", "NNPS") else text[:1].lower() + text[1:]

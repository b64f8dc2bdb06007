"""Event mentions in one article: trigger, CAMEO type, participants and date.

For each sentence: find the triggers of the lexicon that report a happening (`triggers`), attach the
sentence's time expressions and actor mentions to them (`attach`), then write one `EventMention` per
happening, and a second one dated in the past for a recalled happening ("his first visit since 2000"). A happening
with no date of its own takes the publication date. Only happenings with an actor, a clear object or a date of their
own are kept; blame, rejection and threats need someone or something they are aimed at and someone who voices them,
and a threat a name for its voice. A reporting verb ("said") is an event only when what it reports is not one and it
says something (an object of three words or more, after the addressee of "told", or opening the sentence before it)
of its own: not a deed done ("said its troops captured the town"), a figure ("said six ships were idle"), a
happening set for a day to come ("said the offer will expire on April 15"), the terms of a deal ("said the sale is
subject to approval") or that nothing is known ("had no comment"). What an actor says it will do ("would request
talks", "ready to impose tariffs") is coded as the intent or threat to do it (`resources/en/events_intent.tsv`),
dated when it is said.
"""

from __future__ import annotations

from ..model import Document, EventMention, Mention
from . import happenings, held_stakes, lead_dates, reported_clause, said_deeds, said_whole, statement_dates, titles
from .kept import NEEDS_PARTY
from .lexicon import STATEMENT_ROOT, Entry
from .parsing import parse, parse_figures
from .sentence import sentence_events, sentence_triggers
from .violence import war_story


PARTIES = frozenset({"country", "organization", "group"})  # actors "the two countries" may refer to


def annotate(doc: Document) -> Document:
    return annotate_many([doc])[0]


def annotate_many(docs: list[Document]) -> list[Document]:
    """The event mentions of several articles, their sentences parsed in one batch (the parser is several
    times faster on a batch than sentence by sentence)."""
    readings = [_read_words(doc) for doc in docs]
    texts = [doc.sentences[number].text for doc, (_, _, candidates, _) in zip(docs, readings) for number in candidates]
    parses = iter(parse(texts))
    parsed_by_doc = []
    for doc, (pieces, plain, candidates, read_triggers) in zip(docs, readings):
        parsed = {number: next(parses) for number in candidates}
        parsed_by_doc.append(parsed)
        doc.event_mentions = []
        for number, sentence_timexes, sentence_mentions, pair in pieces:
            if number not in parsed:
                found, groups_found, _ = plain[number]
            elif parsed[number] is not None:
                found, groups_found, _ = sentence_events(doc, number, sentence_timexes, sentence_mentions, pair,
                                                         parsed[number], read_triggers[number])
                _objects_kept(found, plain[number][0])
            else:
                continue
            doc.event_mentions += found
            doc.mentions += groups_found
        war_story(doc)
        happenings.of_attacks(doc)
        held_stakes.carry_held_companies(doc)
        statement_dates.carry_statement_dates(doc)
        lead_dates.carry_lead_date(doc)
    _mend_said(docs, parsed_by_doc)
    for doc in docs:
        said_deeds.retitle(doc)
    return docs


def _objects_kept(found: list[EventMention], read: list[EventMention]) -> None:
    """A title the parse's reading leaves on the preposition its verb asks an object of ("Acme applies for"),
    where the words' reading of the same trigger names that object ("Acme applies for a licence"), goes on with
    the words' object: the parse hung the object on another word."""
    for mention in found:
        core = titles.TITLE_TAIL.sub("", mention.title)
        if not titles.left_asking(core):
            continue
        whole = next((titles.TITLE_TAIL.sub("", other.title) for other in read
                      if other.trigger_start == mention.trigger_start and other.title.startswith(f"{core} ")), None)
        if whole is not None:
            mention.title = whole + mention.title[len(core):]


def _mend_said(docs: list[Document], parsed_by_doc: list[dict]) -> None:
    """Statement titles that may show what was said cut short of its verb or inside a phrase (`said_whole`),
    mended against the parse of their sentence; a sentence the event stage did not parse is parsed for them
    alone."""
    suspects = [(doc, parsed, mention, _said_mending(mention.title, doc.sentences[mention.sentence].text))
                for doc, parsed in zip(docs, parsed_by_doc) for mention in doc.event_mentions
                if reported_clause.reporting(mention.trigger)]
    suspects = [(doc, parsed, mention, mend) for doc, parsed, mention, mend in suspects if mend is not None]
    unparsed = list({(id(doc), mention.sentence): doc.sentences[mention.sentence].text
                     for doc, parsed, mention, _ in suspects if mention.sentence not in parsed}.items())
    extra = dict(zip((key for key, _ in unparsed), parse([text for _, text in unparsed])))
    for doc, parsed, mention, mend in suspects:
        sentence = parsed[mention.sentence] if mention.sentence in parsed else extra[(id(doc), mention.sentence)]
        if sentence is not None:
            start = mention.trigger_start - doc.sentences[mention.sentence].start
            mention.title = mend(mention.title, sentence, start)


def _said_mending(title: str, sentence: str):
    """How a statement's title is read against the parse of its `sentence` (`said_whole`), if at all: said words
    cut short of their verb, titled by what they are about, or stopping inside a phrase."""
    if said_whole.suspect(title, sentence):
        return said_whole.mend
    if said_whole.commented(title, sentence):
        return said_whole.said_again
    return said_whole.run_on if said_whole.stops_inside(title, sentence) else None


def _read_words(doc: Document):
    """Each sentence with its time expressions, mentions and the pair of actors named before it; the events
    the words alone find; the sentences to parse; the triggers the words read, which the parsed reading starts
    from again.

    The words alone find what may be an event; only sentences that hold one are parsed, which reads them
    right. A sentence that only makes a statement ("X said the company was sold") keeps its word reading: a
    reporting verb's speaker is where the words put it, and the parse would cost more than it mends."""
    timexes = sorted(enumerate(doc.timexes), key=lambda item: item[1].start)
    mentions = sorted(doc.mentions, key=lambda m: m.start)
    t = m = 0
    pieces = []
    pair: list[Mention] = []  # the last two actors named together ("Chile and Peru")
    for number, sentence in enumerate(doc.sentences):
        while t < len(timexes) and timexes[t][1].start < sentence.start:
            t += 1
        while m < len(mentions) and mentions[m].start < sentence.start:
            m += 1
        t_end, m_end = t, m
        while t_end < len(timexes) and timexes[t_end][1].end <= sentence.end:
            t_end += 1
        while m_end < len(mentions) and mentions[m_end].end <= sentence.end:
            m_end += 1
        pieces.append((number, timexes[t:t_end], mentions[m:m_end], pair))
        pair = _last_pair(doc, mentions[m:m_end]) or pair
    read_triggers, plain = {}, {}
    for number, sentence_timexes, sentence_mentions, pair in pieces:
        read_triggers[number] = sentence_triggers(doc, number, sentence_timexes, sentence_mentions)
        plain[number] = sentence_events(doc, number, sentence_timexes, sentence_mentions, pair, None,
                                        read_triggers[number])
    candidates = [number for number, sentence_timexes, sentence_mentions, _ in pieces
                  if any(not _statement(m) for m in plain[number][0]) or
                  _tells_happening(plain[number][2], plain[number][0]) or
                  _unvoiced_report(doc, sentence_mentions, plain[number][2], plain[number][0])]
    return pieces, plain, candidates, read_triggers


def _tells_happening(entries: list[Entry], kept: list[EventMention]) -> bool:
    """The sentence's words read a trigger (`entries`, as `sentence_events` found them) of a happening kept only
    with a named party (an appeal, a rejection, a strike, and a speech act told by a verb of its own: a denial,
    comment declined, concern voiced), though they kept none of its kind (`kept`): they miss a party a relative
    clause, a passive or a pronoun puts out of their reach ("bids, which the board rejected", "the clerks were
    accused of theft", "bakery owners continued their shutdown", "He denied the reports"), which the parse finds.
    Other happenings stand without one, so the words' verdict on them holds."""
    roots = {mention.code[:2] for mention in kept}
    return any(entry.kind not in ("S", "D") and entry.code[:2] in (NEEDS_PARTY | {STATEMENT_ROOT}) - roots
               for entry in entries)


def _unvoiced_report(doc: Document, mentions: list[Mention], entries: list[Entry],
                     kept: list[EventMention]) -> bool:
    """The words read a reporting verb but kept nothing, and an actor the sentence names is set off by a comma
    ("Jan Novak, chief economist with a large bank, said ..."): the words look for a speaker next to the verb,
    the parse finds one an apposition holds apart from it. Other statements the words drop (a quotation told
    by its own triggers, "he said") the parse would not mend."""
    return not kept and any(entry.kind == "S" for entry in entries) and \
        any(doc.text[m.end:m.end + 1] == "," for m in mentions)


def _statement(mention: EventMention) -> bool:
    """A statement with its speaker; one coded by what it says (`statements.gist`) is a statement too."""
    return (mention.code[:2] == STATEMENT_ROOT or reported_clause.reporting(mention.trigger)) and \
        any(p.role == "source" for p in mention.actors)


def _last_pair(doc: Document, mentions: list[Mention]) -> list[Mention]:
    for first, second in reversed(list(zip(mentions, mentions[1:]))):
        if doc.text[first.end:second.start].strip() == "and" and first.actor != second.actor and \
                first.type in PARTIES and second.type in PARTIES:
            return [first, second]
    return []

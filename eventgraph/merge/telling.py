"""What the words around each event mention's trigger tell the merge of it (`model.Telling`), read once per
article where it is extracted: whether it is told in the perfect, as a statement of its report's day, as going
on, as a new instance or another, as deeds of a kind in general; the clause of a deed a statement tells of, its
content words, and what identifies it in a copy of its sentence. None of it depends on other articles, their
actors or the publication date the cross-article passes may infer (a redated article is extracted again), and
the merge asks it of every mention of a corpus."""

from __future__ import annotations

from ..kinds import kind
from ..model import Document, EventMention, Telling
from ..temporal import aspect
from .relation import another_instance, going_on, new_instance, series
from .wording import content_words, words

COPIED_WORDS = 6  # a sentence of this many content words found word for word in two articles is one copied


def annotate(doc: Document) -> Document:
    """Read the telling of each of the document's event mentions."""
    sentences: dict[int, tuple[str, ...]] = {}  # a sentence's content words, for each of its mentions
    for mention in doc.event_mentions:
        if mention.sentence not in sentences:
            sentences[mention.sentence] = content_words(doc.sentences[mention.sentence].text)
        mention.telling = _read(doc, mention, sentences[mention.sentence])
    return doc


def of(doc: Document, mention: EventMention) -> Telling:
    """The mention's telling: the one its extraction read, else read now (a document made by hand)."""
    return mention.telling or _read(doc, mention, content_words(doc.sentences[mention.sentence].text))


def _read(doc: Document, mention: EventMention, sentence_words: tuple[str, ...]) -> Telling:
    perfect = aspect.perfect(doc.text, mention.trigger_start)
    sentence = doc.sentences[mention.sentence]
    # a statement is told as made on its report's day unless as said before it ("had said") or, told in the past
    # by another's report, as a deed ("Acme rejected the offer, officials said"), or as its speaker's own deed
    # ("Acme said it previously filed a suit", `events.said_deeds`)
    said = kind(mention.code)[0] == "statement"
    stated = said and not mention.own_deed and not aspect.anterior(
        doc.text, sentence.start, mention.trigger_start, mention.trigger_end, perfect) and not (
        mention.modality == "attributed" and aspect.relayed(
            doc.text, sentence.start, mention.trigger_start, mention.trigger_end, sentence.end)) and \
        not aspect.quoted_past(doc.text, sentence.start, mention.trigger_start, mention.trigger_end, sentence.end)
    clause = (aspect.reported_plan if stated else aspect.reported_deed)(doc.text, mention.trigger_end, sentence.end) \
        if said else None
    if said and clause is None:  # "Acme will open the plant on May 4, a spokesman said", "Acme sold it in May, ..."
        clause = (aspect.closing_plan if stated else aspect.closing_deed)(doc.text, sentence.start,
                                                                           mention.trigger_start)
    # "are undergoing trial"; "said it was negotiating" when nothing before the happening dates it otherwise
    # ("in March it was negotiating") than the report's own day ("said on Monday it was negotiating", which
    # `relation.relate` dates to that day)
    dated = any(sentence.start <= timex.start < mention.trigger_start and
                not aspect.report_day(doc.text, sentence.start, timex.start) for timex in doc.timexes)
    ongoing = aspect.ongoing(doc.text, mention.trigger_start, mention.trigger_end, None if dated else sentence.start)
    return Telling(perfect, stated, clause, ongoing,
                   going_on(doc, mention), new_instance(doc, mention), another_instance(doc, mention),
                   series(doc, mention), tuple(sorted(words(mention))), _copy(sentence_words, mention))


def _copy(sentence: tuple[str, ...], mention: EventMention) -> str | None:
    """What identifies a mention in a sentence long enough that another article giving it word for word copies
    it (a wire story sent again, a syndicated one): the same report, whatever the two articles' dates make of
    "today" or "next week". A copy edited in its small words ("without any unified orchestration", "without
    unified orchestration") is still a copy: the sentence is compared by its content words and figures
    (`sentence`). One string, whose hash Python keeps: it is looked up for every mention."""
    if len(sentence) < COPIED_WORDS:
        return None
    return "\x1f".join((*sentence, mention.trigger.lower(), mention.code))

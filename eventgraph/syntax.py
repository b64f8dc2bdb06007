"""The syntactic model: UPOS, morphology, lemmas and Universal Dependencies trees for sentences.

The model is our own spaCy pipeline, trained on UD English EWT + GUM by `make model` (training/syntax.cfg) and
shipped inside the package in resources/models/en_ud/ (license and attribution in resources/models/). It is
loaded once per process and never downloaded. Dependency labels are UD's with their subtypes (`nsubj:pass`,
`aux:pass`, `obl:agent`; bare time nouns are `obl:unmarked`, as in UD since 2.14); the root is labelled `ROOT`.
`token.pos_` is UPOS, `token.tag_` the PTB tag, `token.morph` UD features (`Voice=Pass`, `Tense=Past`).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

MODEL_DIR = Path(__file__).resolve().parent / "resources" / "models" / "en_ud"
BATCH_SIZE = 256  # sentences per batch: large enough for the matrix products, small enough to keep memory flat
# No sentence is this long; text that is (a table, a run of characters without punctuation) is tokenised but
# not parsed, so one odd input costs neither time nor memory.
LONGEST = 5_000


class SyntaxModelError(Exception):
    """The syntactic model is missing or cannot be read."""


def load() -> Language:
    """The syntactic model, loaded on the first call in this process."""
    return _load(MODEL_DIR)


@cache
def _load(path: Path) -> Language:
    if not (path / "config.cfg").is_file() or not (path / "meta.json").is_file():
        raise SyntaxModelError(f"the syntactic model is missing from {path}; rebuild it with `make model`")
    import spacy

    try:
        return spacy.load(path)
    except Exception as error:  # spaCy and its file readers raise many kinds; every one means a bad model
        reason = " ".join(str(error).split())[:200]
        raise SyntaxModelError(f"the syntactic model in {path} cannot be read ({reason}); "
                               "rebuild it with `make model`") from None


def parse(texts: Iterable[str], disable: Iterable[str] = ()) -> list[Doc]:
    """One parsed Doc per text, each text being one sentence (the parser never splits it further); the
    pipes named in `disable` are skipped.

    A text longer than LONGEST characters comes back tokenised only: `doc.has_annotation("DEP")` is False.
    """
    nlp = load()
    texts = list(texts)
    docs = [_one_sentence(nlp.tokenizer(text)) for text in texts]
    # The tokeniser keeps every character, so a text's length is its Doc's (`doc.text` would join the tokens).
    short = [len(text) <= LONGEST for text in texts]
    with nlp.select_pipes(disable=[name for name in disable if name in nlp.pipe_names]):
        parsed = iter(list(nlp.pipe((doc for doc, fits in zip(docs, short) if fits), batch_size=BATCH_SIZE)))
    return [next(parsed) if fits else doc for doc, fits in zip(docs, short)]


def _one_sentence(doc: Doc) -> Doc:
    # Preset boundaries bind spaCy's parser: no token after the first may start a sentence. Set as one array:
    # `token.is_sent_start` checks the whole Doc for a parse on each token.
    import numpy
    from spacy.attrs import SENT_START

    if len(doc):
        starts = numpy.full((len(doc), 1), -1, dtype="int64")
        starts[0] = 1
        doc.from_array([SENT_START], starts.view("uint64"))  # attribute arrays are uint64: -1 wraps round
    return doc

"""The language an article is written in, so that one eventgraph cannot read is skipped, not misread.

py3langid (a maintained fork of langid.py, its model shipped in the package) names the language of the
article's text. The stages read English only (`READ`: their word lists live in `resources/en/`). An article is
taken for another language only when the detector is sure of it and has enough text to go on, so a short
English story full of foreign names is still read. English text is recognised first by its commonest words
("the", "of", "and": about a tenth of the words of English news, almost none of other languages'), which spares
the detector's time on the articles nearly every build reads.
"""

from __future__ import annotations

from functools import cache

READ = ("en",)
READ_NAMES = "English only"
MIN_CHARACTERS = 150  # less text than a couple of sentences is too little to judge
MIN_CONFIDENCE = 0.99
_SAMPLE = 3000
_ENGLISH_WORDS = frozenset({"the", "of", "and"})
_ENGLISH_SHARE = 0.05


@cache
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def load() -> None:
    """Load the detector's model now rather than on the first text that needs it."""
    _identifier()


def detect(text: str) -> tuple[str, float]:
    """The ISO 639-1 code of the language of `text` and the detector's confidence (0-1)."""
    code, confidence = _identifier().classify(text[:_SAMPLE])
    return code, confidence


def foreign(text: str) -> str | None:
    """"French (fr)" when `text` is surely in a language that is not read, else None."""
    if len(text) < MIN_CHARACTERS or _plainly_english(text[:_SAMPLE]):
        return None
    code, confidence = detect(text)
    if code in READ or confidence < MIN_CONFIDENCE:
        return None
    return f"{name(code)} ({code})"


def _plainly_english(text: str) -> bool:
    words = text.lower().split()
    return sum(word in _ENGLISH_WORDS for word in words) >= _ENGLISH_SHARE * len(words)


def name(code: str) -> str:
    import pycountry

    found = pycountry.languages.get(alpha_2=code)
    return found.name if found is not None else code

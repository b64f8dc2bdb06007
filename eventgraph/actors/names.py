"""Normal forms of names: for comparing spellings ("Lee Myung-bak" = "Lee Myung Bak") and for actor ids."""

from __future__ import annotations

import re
import unicodedata

_NON_WORD = re.compile(r"[^a-z0-9]+")


def fold(name: str) -> str:
    """Lower case, accents, hyphens, dots and apostrophes removed, single spaces."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(char for char in text if not unicodedata.combining(char)).lower()
    text = text.replace("'", "").replace("’", "").replace(".", "")
    return " ".join(_NON_WORD.sub(" ", text).split())


def slug(name: str) -> str:
    """The actor id form of a name: "United States" -> "united-states"."""
    return fold(name).replace(" ", "-") or "actor"

"""Normal forms of names: for comparing spellings ("Lee Myung-bak" = "Lee Myung Bak") and for actor ids."""

from __future__ import annotations

import re
import unicodedata

_NON_WORD = re.compile(r"[\W_]+")
# Latin letters that Unicode does not decompose into a base letter and an accent.
_UNDECOMPOSED = str.maketrans({"ł": "l", "đ": "d", "ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "þ": "th", "ð": "d",
                               "ı": "i", "ħ": "h", "ŀ": "l"})


def fold(name: str) -> str:
    """Lower case, accents, hyphens, dots and apostrophes removed, single spaces; letters of any alphabet kept."""
    text = name if name.isascii() else "".join(  # ASCII has nothing to decompose and no combining mark
        char for char in unicodedata.normalize("NFKD", name) if not unicodedata.combining(char))
    text = text.lower().translate(_UNDECOMPOSED)
    text = text.replace("'", "").replace("’", "").replace(".", "")
    return " ".join(_NON_WORD.sub(" ", text).split())


def slug(name: str) -> str:
    """The actor id form of a name: "United States" -> "united-states"."""
    return fold(name).replace(" ", "-") or "actor"

"""Page furniture around article text, whose capitalised words are not actors.

Headlines, crossheads and captions (lines standing alone without sentence punctuation), photo credits and
"Reporting by" notes in parentheses, bylines and "Edited by" lines, an author's bio or an agency sign-off on
the last line ("Jane Doe is a reporter for ...", "Reuter"), wire codes in
angle brackets (tickers such as "<BP>"; a name in brackets, "<Acme Bank>", is kept by the caller), and
datelines opening a line ("SEOUL." "Lima:" "Taipei, Taiwan -"). Inside a sentence, where a broadcast was
monitored ("Tehran Radio, monitored in Nicosia, said", "monitored by the BBC") names no actor of the story.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_BLOCK = re.compile(r"\S[^\n]*(?:\n[ \t]*\S[^\n]*)*")
_SENTENCE_END = re.compile(r"""[.!?:]["'”’)\]]*$""")
_NOTES = re.compile(r"\((?i:[^()\n]*?(?:photo|courtesy|credit|image|getty|reporting by|editing by|writing by)"
                    r"[^()\n]*)\)"
                    r"|^[ \t]*By[ \t]+[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*|[ \t]+and|,){0,8}[ \t]*$"
                    r"|^[ \t]*(?:Photo|Photograph|Credit|Image|Source|Caption)s?(?:[ \t]+credit)?[ \t]*:[^\n]*$"
                    r"|^[ \t]*(?:Edited|Written|Reported|Compiled|Translated|Additional reporting)[ \t]+by\b[^\n]*$",
                    re.M)
_BIO = re.compile(r"[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w.'’-]+){1,3}[ \t]+(?:is|was)[ \t]+(?:a|an|the)[ \t]+"
                  r"(?:\w+[ \t]+){0,4}?(?:reporter|correspondent|editor|journalist|writer|columnist|contributor|"
                  r"author|analyst|fellow|professor)\b[^\n]*$")
_SIGN_OFF = re.compile(r"\n[ \t]*(\S+(?:[ \t]+\S+){0,2})[ \t]*\s*$")
WIRE_CODE = re.compile(r"<([^<>\n]{1,80})>")
_MONITORED = re.compile(r"\bmonitored\s+(?:in|by)\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}")
# a line that goes on with the sentence of the line before it: that line ends in a lower-case word, a digit or a
# comma, with no blank line between ("...," said\nJan Novak of Acme.", "sold chips to\nRuritania.")
_RUN_ON = re.compile(r"(?:(?<![\w'’.-])[a-z][\w'’-]*|[0-9,;])[ \t]*\n[ \t]*\Z")
_DATELINE_AFTER = re.compile(r"[ \t]*(?:\([A-Za-z ]+\)[ \t]*)?(?:,(?:[ \t]*[A-Z][\w.'’-]*){1,3}[ \t]*)?"
                             r"[.:—–-](?:\s|$)")


def furniture(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Spans of text[start:end] that are furniture, in no particular order."""
    for note in _NOTES.finditer(text, start, end):
        yield note.span()
    for block in _BLOCK.finditer(text, start, end):
        if "\n" not in block.group() and not _SENTENCE_END.search(block.group().rstrip()):
            yield block.span()
    for code in WIRE_CODE.finditer(text, start, end):
        yield code.span()
    yield from monitored(text, start, end)
    content_end = start + len(text[start:end].rstrip())
    last_line = max(start, text.rfind("\n", start, content_end) + 1)
    bio = _BIO.match(text, last_line, content_end)
    if bio:
        yield bio.span()
    sign_off = _SIGN_OFF.search(text, start, end)
    if sign_off and not _SENTENCE_END.search(sign_off.group(1)):
        yield sign_off.span(1)


def monitored(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Spans of text[start:end] that say where or by whom a broadcast was monitored."""
    for match in _MONITORED.finditer(text, start, end):
        yield match.span()


def dateline(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the dateline that text[start:end] opens, if it opens a line that starts no sentence of the line
    before (wire text wraps its lines anywhere) and is followed by a dateline's punctuation."""
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip() or _RUN_ON.search(text, max(0, line_start - 80), start):
        return None
    match = _DATELINE_AFTER.match(text, end)
    return (start, match.end()) if match else None

"""Score the temporal tagger on the TempEval-3 training corpus (TimeBank + AQUAINT, TimeML).

Reads ../shared/corpora/tempeval3/train in place. A document's text is its <TEXT> element with every tag
removed and entities decoded; its document creation time is the value of the TIMEX3 inside <DCT>. Scores
follow the TempEval-3 definitions: strict extraction counts exact span matches, relaxed extraction any
overlap; value and type attribute scores count relaxed matches whose attribute is equal, over all system
(precision) and all gold (recall) expressions. Words per second are words (white-space separated) over the CPU
time of tagging, in this one process.

    python benchmarks/tempeval3.py [--errors N]
"""

from __future__ import annotations

import argparse
import html
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.corpus import TEMPEVAL_TRAIN  # noqa: E402
from eventgraph import temporal  # noqa: E402

_TOKEN = re.compile(r"<(/?)(\w+)([^>]*)>|&(\w+|#\d+);")
_ATTRIBUTE = re.compile(r'(\w+)="([^"]*)"')
_DCT = re.compile(r'<DCT>\s*<TIMEX3[^>]*\bvalue="([^"]+)"')
_TEXT = re.compile(r"<TEXT>(.*)</TEXT>", re.S)


def read_timeml(path: Path) -> tuple[str, str, list[dict]]:
    """(plain text, DCT, gold TIMEX3s as {start, end, text, type, value}) of one TimeML file."""
    raw = path.read_text(encoding="utf-8")
    dct = _DCT.search(raw).group(1)
    body = _TEXT.search(raw).group(1)
    pieces: list[str] = []
    length, position = 0, 0
    gold, open_timexes = [], []
    for token in _TOKEN.finditer(body):
        pieces.append(body[position:token.start()])
        length += token.start() - position
        position = token.end()
        if token.group(4):
            char = html.unescape(token.group(0))
            pieces.append(char)
            length += len(char)
        elif token.group(2) == "TIMEX3":
            if token.group(1):
                start, attributes = open_timexes.pop()
                gold.append({"start": start, "end": length, "type": attributes.get("type"),
                             "value": attributes.get("value")})
            else:
                open_timexes.append((length, dict(_ATTRIBUTE.findall(token.group(3)))))
    pieces.append(body[position:])
    text = "".join(pieces)
    for timex in gold:
        timex["text"] = text[timex["start"]:timex["end"]]
    return text, dct, gold


class Score:
    def __init__(self):
        self.system = self.gold = self.strict = self.relaxed = self.value = self.type = 0

    def add(self, system: list, gold: list[dict]) -> list[tuple]:
        """Count one document; return its errors as (kind, gold, system) for --errors."""
        self.system += len(system)
        self.gold += len(gold)
        errors, used = [], set()
        for expected in gold:
            match = next((index for index, found in enumerate(system) if index not in used
                          and found.start < expected["end"] and expected["start"] < found.end), None)
            if match is None:
                errors.append(("missed", expected, None))
                continue
            used.add(match)
            found = system[match]
            self.relaxed += 1
            exact = (found.start, found.end) == (expected["start"], expected["end"])
            self.strict += exact
            self.value += found.value == expected["value"]
            self.type += found.type == expected["type"]
            if not exact:
                errors.append(("span", expected, found))
            elif found.value != expected["value"] or found.type != expected["type"]:
                errors.append(("value", expected, found))
        errors += [("spurious", None, found) for index, found in enumerate(system) if index not in used]
        return errors

    def prf(self, hits: int) -> tuple[float, float, float]:
        precision = hits / self.system if self.system else 0.0
        recall = hits / self.gold if self.gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return 100 * precision, 100 * recall, 100 * f1

    def cells(self) -> str:
        """Strict, relaxed, value and type P/R/F1, as one table row's cells."""
        scores = [self.prf(hits) for hits in (self.strict, self.relaxed, self.value, self.type)]
        return " | ".join(f"{p:5.1f} {r:5.1f} {f:5.1f}" for p, r, f in scores)


HEADER = f"{'strict P/R/F1':^17} | {'relaxed P/R/F1':^17} | {'value P/R/F1':^17} | {'type P/R/F1':^17}"
KINDS = ("missed", "spurious", "span", "value")


def print_errors(errors: list[tuple], limit: int) -> None:
    """Count the errors of each kind, then show up to `limit` of each with their context."""
    print("errors: " + ", ".join(f"{kind} {sum(error[0] == kind for error in errors)}" for kind in KINDS))
    for kind in KINDS:
        for _, expected, found, text in [error for error in errors if error[0] == kind][:limit]:
            where = expected or {"start": found.start, "end": found.end}
            context = text[max(0, where["start"] - 40):where["end"] + 40].replace("\n", " ")
            gold = f"{expected['text']!r} {expected['type']} {expected['value']}" if expected else "-"
            system = f"{found.text!r} {found.type} {found.value}" if found else "-"
            print(f"{kind:8} gold {gold:40} system {system:40} ...{context}...")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", type=int, default=0, metavar="N", help="print N errors of each kind")
    parser.add_argument("--root", type=Path, default=TEMPEVAL_TRAIN)
    args = parser.parse_args()

    documents = {part: [read_timeml(path) for path in sorted((args.root / part).glob("*.tml"))]
                 for part in ("TimeBank", "AQUAINT")}
    temporal.tag("", None)  # load the grammar before timing
    scores = {part: Score() for part in ("TimeBank", "AQUAINT", "all")}
    timing, words, errors = {}, {}, []
    for part, docs in documents.items():
        started = time.process_time()
        tagged = [temporal.tag(text, dct) for text, dct, _ in docs]
        timing[part] = time.process_time() - started
        words[part] = sum(len(text.split()) for text, _, _ in docs)
        for (text, _, gold), system in zip(docs, tagged):
            scores[part].add(system, gold)
            errors += [(kind, expected, found, text) for kind, expected, found in scores["all"].add(system, gold)]
    timing["all"], words["all"] = sum(timing.values()), sum(words.values())

    print(f"{'corpus':<9} {'docs':>4} {'gold':>5} | {HEADER} | {'words/s':>8}")
    for part, score in scores.items():
        count = len(documents[part]) if part in documents else sum(len(docs) for docs in documents.values())
        print(f"{part:<9} {count:>4} {score.gold:>5} | {score.cells()} | {words[part] / timing[part]:>8,.0f}")
    print(f"\n{words['all']:,} words tagged in {timing['all']:.2f} s")
    print_errors(errors, args.errors)


if __name__ == "__main__":
    main()

"""Score the temporal tagger on hand-annotated Reuters stories: the dev set, or the check and test sets.

Three sets: timex_dev.jsonl (30 stories the tagger is tuned on), timex_check.jsonl (30 stories, a check against
over-fitting, drawn from the whole corpus and annotated the same way) and timex_test.jsonl (20 longer stories,
501-1,000 words, annotated the same way, the final test set). The gold follows the TimeML TIMEX3
guidelines (see benchmarks/data/README.md); it complements benchmarks/tempeval3.py, whose gold is inconsistent
for weeks, parts of day and fiscal periods. Each story is tagged with `eventgraph.temporal.tag(text, dct)` and
scored with tempeval3's `Score`: strict extraction counts exact spans, relaxed extraction any overlap, value and
type count relaxed matches whose attribute is equal. `select()`, `select_check()` and `select_test()` are the rules
that chose the stories; `--select` prints the ids the chosen set's rule picks.

    python benchmarks/timex_dev.py [--set dev|check|test] [--errors N] [--select]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.corpus import reuters  # noqa: E402
from benchmarks.tempeval3 import HEADER, Score, print_errors  # noqa: E402
from eventgraph import temporal  # noqa: E402

DATA = Path(__file__).resolve().parent / "data"
GOLD = DATA / "timex_dev.jsonl"
CHECK = DATA / "timex_check.jsonl"
TEST = DATA / "timex_test.jsonl"

_TIME_WORDS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
               "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
               "sunday", "week", "month", "year", "quarter", "today", "yesterday", "tomorrow", "ago"}
_WORD = re.compile(r"[A-Za-z]+")
STEP, COUNT, TEST_COUNT = 40, 30, 20


def _annotated_elsewhere() -> set[str]:
    """Ids of the stories already in the actor and event development sets."""
    ids = {json.loads(line)["id"] for line in (DATA / "actors_dev.jsonl").read_text().splitlines() if line.strip()}
    stories = json.loads((DATA / "events_dev.json").read_text())["stories"]
    return ids | {article for story in stories for article in story["articles"]}


def eligible(record: dict, shortest: int = 120, longest: int = 500) -> bool:
    """Running prose of `shortest` to `longest` words that uses at least three time words (counting repeats)."""
    text = record["text"]
    if not shortest <= len(text.split()) <= longest:
        return False
    lines = [line for line in text.splitlines() if line.strip()]
    if sum(" vs " in line for line in lines) * 3 > len(lines):
        return False
    return sum(word.lower() in _TIME_WORDS for word in _WORD.findall(text)) >= 3


def select(step: int = STEP, count: int = COUNT) -> list[dict]:
    """Every `step`-th eligible story (the step-th, 2*step-th, ...) in corpus order, until `count` are taken."""
    excluded = _annotated_elsewhere()
    chosen, seen = [], 0
    for record in reuters():
        if record["id"] in excluded or not eligible(record):
            continue
        seen += 1
        if seen % step == 0:
            chosen.append(record)
            if len(chosen) == count:
                break
    return chosen


def select_check(count: int = COUNT) -> list[dict]:
    """`count` eligible stories spread evenly over the whole corpus, none from the dev or other annotated sets.

    Of the N eligible stories left in corpus order, the ones at positions round((i + 0.5) * N / count) are taken.
    """
    excluded = _annotated_elsewhere() | {entry["id"] for entry in read_gold(GOLD)}
    pool = [record for record in reuters() if record["id"] not in excluded and eligible(record)]
    return _spread(pool, count)


def select_test(count: int = TEST_COUNT) -> list[dict]:
    """`count` longer stories (501-1,000 words) spread evenly over the corpus, none from any other annotated set.

    The length keeps them apart from the dev and check sets (at most 500 words) and tests the tagger on the
    longer stories the project is fed; the positions are chosen as in `select_check()`.
    """
    excluded = (_annotated_elsewhere() | {entry["id"] for entry in read_gold(GOLD)}
                | {entry["id"] for entry in read_gold(CHECK)})
    pool = [record for record in reuters() if record["id"] not in excluded and eligible(record, 501, 1000)]
    return _spread(pool, count)


def _spread(pool: list[dict], count: int) -> list[dict]:
    """The stories at positions round((i + 0.5) * N / count) of the N in `pool`, so they span all of it."""
    return [pool[round((i + 0.5) * len(pool) / count)] for i in range(count)]


SETS = {"dev": (GOLD, select), "check": (CHECK, select_check), "test": (TEST, select_test)}


def read_gold(path: Path = GOLD) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=SETS, default="dev", help="the annotated set to score (default dev)")
    parser.add_argument("--errors", type=int, default=0, metavar="N", help="print N errors of each kind")
    parser.add_argument("--select", action="store_true", help="print the ids of the selected stories and stop")
    args = parser.parse_args()

    path, chooser = SETS[args.set]
    if args.select:
        for record in chooser():
            print(record["id"], record["published"], len(record["text"].split()), "words")
        return

    gold = read_gold(path)
    wanted = {entry["id"] for entry in gold}
    texts = {record["id"]: record["text"] for record in reuters() if record["id"] in wanted}
    missing = wanted - texts.keys()
    if missing:
        sys.exit(f"not in the Reuters corpus: {', '.join(sorted(missing))}")

    score, errors = Score(), []
    for entry in gold:
        text = texts[entry["id"]]
        system = temporal.tag(text, entry["dct"])
        errors += [(kind, expected, found, text) for kind, expected, found in score.add(system, entry["timexes"])]

    print(f"{'set':<11} {'docs':>4} {'gold':>5} | {HEADER}")
    print(f"{path.stem:<11} {len(gold):>4} {score.gold:>5} | {score.cells()}")
    print()
    print_errors(errors, args.errors)


if __name__ == "__main__":
    main()

"""How far the TempEval-3 training annotations follow the TimeML guidelines where the DCT alone fixes the value.

"yesterday", "last week" or "next year" have one value given the document creation time (ISO 8601, TIMEX3
guidelines: "last week" is the ISO week before the DCT's). For every gold TIMEX3 whose whole text is one of
these, the script compares the gold value with that value and with the value of the tagger's expression that
overlaps it, so that the value scores of `tempeval3.py` can be read against what the annotators themselves did.

    python benchmarks/tempeval3_agreement.py
"""

from __future__ import annotations

import sys
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.corpus import TEMPEVAL_TRAIN  # noqa: E402
from benchmarks.tempeval3 import read_timeml  # noqa: E402
from eventgraph import temporal  # noqa: E402


def _week(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def _month(day: date, step: int) -> str:
    index = day.month - 1 + step
    return f"{day.year + index // 12:04d}-{index % 12 + 1:02d}"


GUIDELINE = {
    "yesterday": lambda day: (day - timedelta(days=1)).isoformat(),
    "today": date.isoformat,
    "tomorrow": lambda day: (day + timedelta(days=1)).isoformat(),
    "last week": lambda day: _week(day - timedelta(weeks=1)),
    "this week": _week,
    "next week": lambda day: _week(day + timedelta(weeks=1)),
    "last month": lambda day: _month(day, -1),
    "this month": lambda day: _month(day, 0),
    "next month": lambda day: _month(day, 1),
    "last year": lambda day: f"{day.year - 1:04d}",
    "this year": lambda day: f"{day.year:04d}",
    "next year": lambda day: f"{day.year + 1:04d}",
}


def main() -> None:
    count, gold_agrees, tagger_agrees, tagger_matches_gold = Counter(), Counter(), Counter(), Counter()
    others: dict[str, Counter] = {phrase: Counter() for phrase in GUIDELINE}
    for path in sorted(TEMPEVAL_TRAIN.glob("*/*.tml")):
        text, dct, gold = read_timeml(path)
        day = date.fromisoformat(dct[:10])
        tagged = temporal.tag(text, dct)
        for timex in gold:
            phrase = timex["text"].lower()
            if phrase not in GUIDELINE:
                continue
            expected = GUIDELINE[phrase](day)
            found = next((found.value for found in tagged
                          if found.start < timex["end"] and timex["start"] < found.end), None)
            count[phrase] += 1
            gold_agrees[phrase] += timex["value"] == expected
            tagger_agrees[phrase] += found == expected
            tagger_matches_gold[phrase] += found == timex["value"]
            if timex["value"] != expected:
                others[phrase][timex["value"]] += 1

    print(f"{'expression':<11} {'gold':>4} | {'gold = guideline':>16} | {'tagger = guideline':>18} | "
          f"{'tagger = gold':>13} | gold values that differ")
    for phrase in GUIDELINE:
        if count[phrase]:
            differing = ", ".join(f"{value} x{n}" for value, n in others[phrase].most_common(3))
            print(f"{phrase:<11} {count[phrase]:>4} | {100 * gold_agrees[phrase] / count[phrase]:>15.0f}% | "
                  f"{100 * tagger_agrees[phrase] / count[phrase]:>17.0f}% | "
                  f"{100 * tagger_matches_gold[phrase] / count[phrase]:>12.0f}% | {differing}")
    total = sum(count.values())
    print(f"{'all':<11} {total:>4} | {100 * sum(gold_agrees.values()) / total:>15.0f}% | "
          f"{100 * sum(tagger_agrees.values()) / total:>17.0f}% | "
          f"{100 * sum(tagger_matches_gold.values()) / total:>12.0f}% |")


if __name__ == "__main__":
    main()

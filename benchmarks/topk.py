"""The top K against reference timelines: does `timeline --top K` pick the dates an editor would?

For each story of the chosen set the whole pipeline runs on its articles and `exporters.order.top_events` picks
K events, K being the number of dates the reference timeline lists. Date-F1 compares the dates of those events
with the reference's dates, one to one: a system date matches a reference date that equals it or contains it
(a day inside a reference week, month or year); a coarser system date never matches a finer reference. The
baseline ranks days by how many of the story's articles were published on them and takes the first K.

    python benchmarks/topk.py [--file REFERENCES.json] [--set dev|dev2|dev3|test|test2|test3|test4|test5|test6|test7|test8|test9|test10|test11|test12|test13|test14|test15|test16|test17|test18|test19|test20|test21|test22|test23|test24|test25|test26|test27|test28|test29|test30|test31|test32|test33|test34|test35|test36|test37|test38] [--show] [--why]

`--why` says, for each reference date the top K misses, where it was lost, and lists each picked date that
matches no reference date; then counts the misses by cause over the set:

- not picked: an event is dated in it, on a date the top K did not match to another reference date, and the top
  K took other dates (its place among the story's dates by salience is printed);
- dated elsewhere: no such event, but a report dates a happening in it and the merged event carries another date;
- no event (an article's day): neither, though an article of the story came out in it (its news was dated
  another day, merged into an event of another date, or not read as an event);
- no event: neither, and no article of the story came out in it.

dev = benchmarks/data/topk_dev.json (written before the ranking ran on it, tuned on), dev2 =
benchmarks/data/topk_dev2.json (five stories of Reuters NEWID 21001-21578, tuned on), dev3 =
benchmarks/data/topk_dev3.json (four stories of March-June 1987, tuned on), test =
benchmarks/data/topk_test.json and test2 = topk_test2.json, test3 =
topk_test3.json and topk_test3b.json, test4 = topk_test4.json and topk_test4b.json,
test5 = topk_test5.json and topk_test5b.json,
test6 = topk_test6.json and topk_test6b.json,
test7 = topk_test7.json and topk_test7b.json, test8 = topk_test8.json and topk_test8b.json, test9 = topk_test9.json and
topk_test9b.json, test10 = topk_test10.json and topk_test10b.json,
test11 = topk_test11.json and topk_test11b.json, test12 = topk_test12.json and topk_test12b.json,
test13 = topk_test13.json and topk_test13b.json, test14 = topk_test14.json and topk_test14b.json,
test15 = topk_test15.json and topk_test15b.json, test16 = topk_test16.json and topk_test16b.json,
test17 = topk_test17.json and topk_test17b.json,
test18 = topk_test18.json and topk_test18b.json,
test19 = topk_test19.json and topk_test19b.json,
test20 = topk_test20.json and topk_test20b.json,
test21 = topk_test21.json and topk_test21b.json,
test22 = topk_test22.json and topk_test22b.json,
test23 = topk_test23.json and topk_test23b.json,
test24 = topk_test24.json and topk_test24b.json,
test25 = topk_test25.json and topk_test25b.json,
test26 = topk_test26.json and topk_test26b.json,
test27 = topk_test27.json and topk_test27b.json,
test28 = topk_test28.json and topk_test28b.json,
test29 = topk_test29.json and topk_test29b.json,
test30 = topk_test30.json and topk_test30b.json,
test31 = topk_test31.json and topk_test31b.json,
test32 = topk_test32.json and topk_test32b.json,
test33 = topk_test33.json and topk_test33b.json,
test34 = topk_test34.json and topk_test34b.json,
test35 = topk_test35.json and topk_test35b.json,
test36 = topk_test36.json and topk_test36b.json,
test37 = topk_test37.json and topk_test37b.json,
test38 = topk_test38.json and topk_test38b.json (never tuned on).
All: {"stories": [{"name", "articles", "timeline": [{"date", "headline"}]}]}.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import build_story  # noqa: E402
from merge import load  # noqa: E402

from eventgraph.exporters.order import top_events  # noqa: E402
from eventgraph.temporal.intervals import interval  # noqa: E402

DATA = Path(__file__).resolve().parent / "data"
SETS = {"dev": (DATA / "topk_dev.json",), "dev2": (DATA / "topk_dev2.json",), "dev3": (DATA / "topk_dev3.json",),
        "test": (DATA / "topk_test.json",), "test2": (DATA / "topk_test2.json",),
        "test3": (DATA / "topk_test3.json", DATA / "topk_test3b.json"),
        "test4": (DATA / "topk_test4.json", DATA / "topk_test4b.json"),
        "test5": (DATA / "topk_test5.json", DATA / "topk_test5b.json"),
        "test6": (DATA / "topk_test6.json", DATA / "topk_test6b.json"),
        "test7": (DATA / "topk_test7.json", DATA / "topk_test7b.json"),
        "test8": (DATA / "topk_test8.json", DATA / "topk_test8b.json"),
        "test9": (DATA / "topk_test9.json", DATA / "topk_test9b.json"),
        "test10": (DATA / "topk_test10.json", DATA / "topk_test10b.json"),
        "test11": (DATA / "topk_test11.json", DATA / "topk_test11b.json"),
        "test12": (DATA / "topk_test12.json", DATA / "topk_test12b.json"),
        "test13": (DATA / "topk_test13.json", DATA / "topk_test13b.json"),
        "test14": (DATA / "topk_test14.json", DATA / "topk_test14b.json"),
        "test15": (DATA / "topk_test15.json", DATA / "topk_test15b.json"),
        "test16": (DATA / "topk_test16.json", DATA / "topk_test16b.json"),
        "test17": (DATA / "topk_test17.json", DATA / "topk_test17b.json"),
        "test18": (DATA / "topk_test18.json", DATA / "topk_test18b.json"),
        "test19": (DATA / "topk_test19.json", DATA / "topk_test19b.json"),
        "test20": (DATA / "topk_test20.json", DATA / "topk_test20b.json"),
        "test21": (DATA / "topk_test21.json", DATA / "topk_test21b.json"),
        "test22": (DATA / "topk_test22.json", DATA / "topk_test22b.json"),
        "test23": (DATA / "topk_test23.json", DATA / "topk_test23b.json"),
        "test24": (DATA / "topk_test24.json", DATA / "topk_test24b.json"),
        "test25": (DATA / "topk_test25.json", DATA / "topk_test25b.json"),
        "test26": (DATA / "topk_test26.json", DATA / "topk_test26b.json"),
        "test27": (DATA / "topk_test27.json", DATA / "topk_test27b.json"),
        "test28": (DATA / "topk_test28.json", DATA / "topk_test28b.json"),
        "test29": (DATA / "topk_test29.json", DATA / "topk_test29b.json"),
        "test30": (DATA / "topk_test30.json", DATA / "topk_test30b.json"),
        "test31": (DATA / "topk_test31.json", DATA / "topk_test31b.json"),
        "test32": (DATA / "topk_test32.json", DATA / "topk_test32b.json"),
        "test33": (DATA / "topk_test33.json", DATA / "topk_test33b.json"),
        "test34": (DATA / "topk_test34.json", DATA / "topk_test34b.json"),
        "test35": (DATA / "topk_test35.json", DATA / "topk_test35b.json"),
        "test36": (DATA / "topk_test36.json", DATA / "topk_test36b.json"),
        "test37": (DATA / "topk_test37.json", DATA / "topk_test37b.json"),
        "test38": (DATA / "topk_test38.json", DATA / "topk_test38b.json")}


def date_f1(system: list[str], reference: list[str]) -> tuple[float, float, float]:
    """Precision, recall and F1 of distinct system dates against distinct reference dates, matched one to one,
    exact matches first."""
    found, wanted = sorted(set(system)), sorted(set(reference))
    matched = matches(found, wanted)
    precision = len(matched) / len(found) if found else 0.0
    recall = len(matched) / len(wanted) if wanted else 0.0
    return precision, recall, (2 * precision * recall / (precision + recall) if precision + recall else 0.0)


def matches(system: list[str], reference: list[str]) -> dict[str, str]:
    """The one-to-one matching of `date_f1`: each matched system date and the reference date it matches."""
    pairs = []
    for s in set(system):
        for r in set(reference):
            if inside(s, r):
                first, last = interval(r)
                pairs.append((s != r, last - first, s, r))
    matched: dict[str, str] = {}
    for _, _, s, r in sorted(pairs):
        if s not in matched and r not in matched.values():
            matched[s] = r
    return matched


def inside(value: str | None, period: str) -> bool:
    """Whether the date `value` equals the date `period` or lies within it."""
    a, b = interval(value) if value else None, interval(period)
    return bool(a and b and b[0] <= a[0] and a[1] <= b[1])


def why(story: dict, built, top: list, records: dict[str, dict]) -> Counter:
    """Print where each missed reference date was lost and each picked date no reference date matches; return
    the misses counted by cause."""
    reference = sorted({entry["date"] for entry in story["timeline"]})
    matched = matches([event.date.value for event in top if event.date.value], reference)
    published = {records[article]["published"] for article in story["articles"]}
    ranked = _dates_by_rank(built.events)
    causes: Counter = Counter()
    for wanted in reference:
        if wanted in matched.values():
            continue
        dated = [event for event in built.events
                 if inside(event.date.value, wanted) and event.date.value not in matched]
        elsewhere = [event for event in built.events if not inside(event.date.value, wanted) and
                     any(source.date and inside(source.date.value, wanted) for source in event.sources)]
        if dated:
            best = max(dated, key=lambda event: event.salience)
            cause = f"not picked: date {ranked.index(best.date.value) + 1} of {len(ranked)} by salience, " \
                    f"{best.salience:.2f} {best.title}"
        elif elsewhere:
            cause = f"dated elsewhere: {elsewhere[0].date.value} {elsewhere[0].title}"
        elif any(inside(day, wanted) for day in published if day):
            cause = "no event (an article's day)"
        else:
            cause = "no event"
        causes[cause.split(":")[0]] += 1
        print(f"    missed {wanted:12} {cause}")
    for event in top:
        if event.date.value and event.date.value not in matched:
            print(f"    extra  {event.date.value:12} {event.date.relation:8} {event.salience:6.2f} {event.title}")
    return causes


def _dates_by_rank(events: list) -> list[str]:
    """The events' dates, each at its most salient event, most salient first."""
    best: dict[str, float] = {}
    for event in events:
        if event.date.value:
            best[event.date.value] = max(best.get(event.date.value, 0.0), event.salience)
    return sorted(best, key=lambda value: -best[value])


def baseline(articles: list[str], records: dict[str, dict], k: int) -> list[str]:
    days = Counter(records[article]["published"] for article in articles if records[article]["published"])
    return [day for day, _ in sorted(days.items(), key=lambda item: (-item[1], item[0]))[:k]]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--set", choices=sorted(SETS), default="dev")
    parser.add_argument("--show", action="store_true", help="print the top K next to the reference")
    parser.add_argument("--why", action="store_true",
                        help="print where each missed reference date was lost, and the picked dates no reference has")
    parser.add_argument("--file", type=Path, help="score this reference file (the sets' format) instead of --set")
    args = parser.parse_args()
    data, records = load((args.file,) if args.file else SETS[args.set])
    header = f"{'story':44} {'K':>3} {'top-K P':>7} {'R':>5} {'F1':>5} | {'baseline F1':>11}"
    print(header)
    print("-" * len(header))
    totals = []
    causes: Counter = Counter()
    for story in data["stories"]:
        reference = [entry["date"] for entry in story["timeline"]]
        k = len(set(reference))
        built = build_story(story["articles"], records)
        top = top_events(built.events, k)
        system = [event.date.value for event in top if event.date.value]
        p, r, f1 = date_f1(system, reference)
        base = date_f1(baseline(story["articles"], records, k), reference)[2]
        totals.append((f1, base))
        print(f"{story['name'][:44]:44} {k:3d} {p:7.2f} {r:5.2f} {f1:5.2f} | {base:11.2f}")
        if args.show:
            for event in top:
                print(f"    {event.date.value or '-':10} {event.date.relation:8} {event.salience:6.2f} {event.title}")
        if args.why:
            causes += why(story, built, top, records)
    if totals:
        print(f"{'mean':44} {'':3} {'':7} {'':5} {sum(f for f, _ in totals) / len(totals):5.2f} | "
              f"{sum(b for _, b in totals) / len(totals):11.2f}")
    if args.why:
        print("missed reference dates by cause: " + ", ".join(f"{cause} {n}" for cause, n in causes.most_common()))


if __name__ == "__main__":
    main()

"""The top K against reference timelines: does `timeline --top K` pick the dates an editor would?

For each story of the chosen set the whole pipeline runs on its articles and `exporters.order.top_events` picks
K events, K being the number of dates the reference timeline lists. Date-F1 compares the dates of those events
with the reference's dates, one to one: a system date matches a reference date that equals it or contains it
(a day inside a reference week, month or year); a coarser system date never matches a finer reference. The
baseline ranks days by how many of the story's articles were published on them and takes the first K.

    python benchmarks/topk.py [--set dev|dev2|dev3|test|test2|test3|test4|test5|test6|test7|test8]

dev = benchmarks/data/topk_dev.json (written before the ranking ran on it, tuned on), dev2 =
benchmarks/data/topk_dev2.json (five stories of Reuters NEWID 21001-21578, tuned on), dev3 =
benchmarks/data/topk_dev3.json (four stories of March-June 1987, tuned on), test =
benchmarks/data/topk_test.json and test2 = topk_test2.json, test3 =
topk_test3.json and topk_test3b.json, test4 = topk_test4.json and topk_test4b.json,
test5 = topk_test5.json and topk_test5b.json,
test6 = topk_test6.json and topk_test6b.json,
test7 = topk_test7.json and topk_test7b.json, test8 = topk_test8.json and topk_test8b.json (never tuned on). All: {"stories": [{"name", "articles", "timeline": [{"date",
"headline"}]}]}.
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
from eventgraph.merge.dates import interval  # noqa: E402

DATA = Path(__file__).resolve().parent / "data"
SETS = {"dev": (DATA / "topk_dev.json",), "dev2": (DATA / "topk_dev2.json",), "dev3": (DATA / "topk_dev3.json",),
        "test": (DATA / "topk_test.json",), "test2": (DATA / "topk_test2.json",),
        "test3": (DATA / "topk_test3.json", DATA / "topk_test3b.json"),
        "test4": (DATA / "topk_test4.json", DATA / "topk_test4b.json"),
        "test5": (DATA / "topk_test5.json", DATA / "topk_test5b.json"),
        "test6": (DATA / "topk_test6.json", DATA / "topk_test6b.json"),
        "test7": (DATA / "topk_test7.json", DATA / "topk_test7b.json"),
        "test8": (DATA / "topk_test8.json", DATA / "topk_test8b.json")}


def date_f1(system: list[str], reference: list[str]) -> tuple[float, float, float]:
    """Precision, recall and F1 of distinct system dates against distinct reference dates, matched one to one,
    exact matches first."""
    found, wanted = sorted(set(system)), sorted(set(reference))
    pairs = []
    for s in found:
        for r in wanted:
            a, b = interval(s), interval(r)
            if a and b and b[0] <= a[0] and a[1] <= b[1]:
                pairs.append((s != r, b[1] - b[0], s, r))
    used_s, used_r = set(), set()
    for _, _, s, r in sorted(pairs):
        if s not in used_s and r not in used_r:
            used_s.add(s)
            used_r.add(r)
    precision = len(used_s) / len(found) if found else 0.0
    recall = len(used_r) / len(wanted) if wanted else 0.0
    return precision, recall, (2 * precision * recall / (precision + recall) if precision + recall else 0.0)


def baseline(articles: list[str], records: dict[str, dict], k: int) -> list[str]:
    days = Counter(records[article]["published"] for article in articles if records[article]["published"])
    return [day for day, _ in sorted(days.items(), key=lambda item: (-item[1], item[0]))[:k]]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--set", choices=sorted(SETS), default="dev")
    parser.add_argument("--show", action="store_true", help="print the top K next to the reference")
    args = parser.parse_args()
    data, records = load(SETS[args.set])
    header = f"{'story':44} {'K':>3} {'top-K P':>7} {'R':>5} {'F1':>5} | {'baseline F1':>11}"
    print(header)
    print("-" * len(header))
    totals = []
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
    if totals:
        print(f"{'mean':44} {'':3} {'':7} {'':5} {sum(f for f, _ in totals) / len(totals):5.2f} | "
              f"{sum(b for _, b in totals) / len(totals):11.2f}")


if __name__ == "__main__":
    main()

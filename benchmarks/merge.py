"""Which happening: the cross-article merge scored as cross-document event coreference.

For each story of the chosen set the whole pipeline (`eventgraph.pipeline.build`) runs on its articles. Every
gold mention (a sentence that reports a gold event) is matched to a system event of the same CAMEO root that
has a source in that sentence: the gold mentions of one sentence take distinct system events while there are
enough, each the one that also has a source in most of its gold event's other sentences, then the one with
most sources, then the lowest id; the matched mentions are
clustered by system event and compared with their gold clustering. Printed per story and overall (clusters of
all stories together): the share of gold mentions matched, pairwise precision and recall of "same happening",
MUC, B-cubed and CEAF-e F1 and the CoNLL F1 (their mean), as defined in `coref.py`.

    python benchmarks/merge.py [--set dev|test|test2|test3|test4|test5|test6|test7|test8|test9|test10|test11|test12|test13|test14|test15|test16|test17|test18|test19|test20|test21|test22|test23|test24|test25|test26|test27|test28|test29|test30|test31|test32|test33|test34|test35|test36|test37|test38] [--show] [--pairs] [--why] [--both]
                               [--occasions]

--show prints, after each story's row, every gold event its matched mentions split over several system events
and every system event that joins mentions of several gold events, each mention with its article and sentence.
--pairs prints, after the table, the correct, false and missed pairs of all stories by where their two mentions
are: "both told" when one of the two sentences also reports the other's gold happening (two happenings of one
root in one sentence that the event stage reads as one), else in one sentence, in two sentences of one
article, or in two articles; how many "both told" pairs come from a sentence that gave one system event of the
root and how many from one that gave several; and the figures over the mentions whose sentence reports one gold
happening of its root, the mentions a merge can place.
--why prints every missed pair of two sentences whose mentions a merge can place (their sentences report one gold
happening of the root each): the two system mentions (article, trigger, code, date and relation, doers and
targets) and the line of the merge's `score` that refused each against the other's happening as it ended ("fit"
when it scores a match: it lost to a better fit, came before the happening grew to fit it, or the blocking never
offered it), then the refusals counted; and every false pair of two such sentences with its two system mentions.
--both prints, after each story's row, every sentence that reports two or more gold happenings one system event
may match (of one CAMEO root, or one without a code), with the number of false pairs it makes (`told_false_pairs`),
those gold events (id, the system cluster it was matched to, code, date, doer, target, description) and the event
mentions the event stage made from the sentence (trigger, code, date, actors, the system events of its root that the
sentence is a source of, title), and the lexicon's triggers its words hold, each marked when it gave no event; then the
'both told' false pairs of all stories counted by what those words read: at most one trigger that is no reporting
verb ("one happening's words": the others are in no entry of the lexicon, or one word tells them all), a trigger that
gave no event ("a trigger dropped"), or every trigger read ("all read"); and how many of those pairs come from a
sentence where a gold event has no code, which any system event of the sentence matches (`uncoded`).
--occasions prints every system event in which an undated occasion ("in protest at the wage freeze") joined
reports of another kind, each occasion with the days from the happening's latest date back to its article,
and each pair of it with a gold-matched report of the event: right or wrong by the gold, "unscored" when the
occasion matched no gold mention; then those counted.

dev = benchmarks/data/events_dev.json and events_dev2.json (tuned on), test = benchmarks/data/merge_test.json and
test2 = benchmarks/data/events_test2.json and
test3 = events_test3.json and events_test3b.json, test4 = events_test4.json and events_test4b.json, test5 = events_test5.json and
events_test5b.json, test6 = events_test6.json and events_test6b.json,
test7 = events_test7.json and events_test7b.json, test8 = events_test8.json and events_test8b.json, test9 = events_test9.json and
events_test9b.json, test10 = events_test10.json and events_test10b.json,
test11 = events_test11.json and events_test11b.json, test12 = events_test12.json and events_test12b.json,
test13 = events_test13.json and events_test13b.json, test14 = events_test14.json and events_test14b.json,
test15 = events_test15.json and events_test15b.json, test16 = events_test16.json and events_test16b.json,
test17 = events_test17.json and events_test17b.json,
test18 = events_test18.json and events_test18b.json,
test19 = events_test19.json and events_test19b.json,
test20 = events_test20.json and events_test20b.json,
test21 = events_test21.json and events_test21b.json,
test22 = events_test22.json and events_test22b.json,
test23 = events_test23.json and events_test23b.json,
test24 = events_test24.json and events_test24b.json,
test25 = events_test25.json and events_test25b.json,
test26 = events_test26.json and events_test26b.json,
test27 = events_test27.json and events_test27b.json,
test28 = events_test28.json and events_test28b.json,
test29 = events_test29.json and events_test29b.json,
test30 = events_test30.json and events_test30b.json,
test31 = events_test31.json and events_test31b.json,
test32 = events_test32.json and events_test32b.json,
test33 = events_test33.json and events_test33b.json,
test34 = events_test34.json and events_test34b.json,
test35 = events_test35.json and events_test35b.json,
test36 = events_test36.json and events_test36b.json,
test37 = events_test37.json and events_test37b.json,
test38 = events_test38.json and events_test38b.json (never tuned on). A gold event without a CAMEO code matches by sentence alone.
"""

from __future__ import annotations

import argparse
import inspect
import json
import sys
from collections import Counter
from itertools import combinations
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import coref  # noqa: E402
from corpus import build_story, reuters  # noqa: E402

import eventgraph.merge as merge_stage  # noqa: E402
from eventgraph.events import triggers  # noqa: E402
from eventgraph.events.sentence import name_words  # noqa: E402
from eventgraph.events.text import read  # noqa: E402
from eventgraph.merge.cluster import MATCH, score  # noqa: E402
from eventgraph.model import Document, Story  # noqa: E402

DATA = Path(__file__).resolve().parent / "data"
SETS = {"dev": (DATA / "events_dev.json", DATA / "events_dev2.json"), "dev3": (DATA / "events_dev3.json",),
        "test": (DATA / "merge_test.json",),
        "test2": (DATA / "events_test2.json",), "test3": (DATA / "events_test3.json", DATA / "events_test3b.json"),
        "test4": (DATA / "events_test4.json", DATA / "events_test4b.json"),
        "test5": (DATA / "events_test5.json", DATA / "events_test5b.json"),
        "test6": (DATA / "events_test6.json", DATA / "events_test6b.json"),
        "test7": (DATA / "events_test7.json", DATA / "events_test7b.json"),
        "test8": (DATA / "events_test8.json", DATA / "events_test8b.json"),
        "test9": (DATA / "events_test9.json", DATA / "events_test9b.json"),
        "test10": (DATA / "events_test10.json", DATA / "events_test10b.json"),
        "test11": (DATA / "events_test11.json", DATA / "events_test11b.json"),
        "test12": (DATA / "events_test12.json", DATA / "events_test12b.json"),
        "test13": (DATA / "events_test13.json", DATA / "events_test13b.json"),
        "test14": (DATA / "events_test14.json", DATA / "events_test14b.json"),
        "test15": (DATA / "events_test15.json", DATA / "events_test15b.json"),
        "test16": (DATA / "events_test16.json", DATA / "events_test16b.json"),
        "test17": (DATA / "events_test17.json", DATA / "events_test17b.json"),
        "test18": (DATA / "events_test18.json", DATA / "events_test18b.json"),
        "test19": (DATA / "events_test19.json", DATA / "events_test19b.json"),
        "test20": (DATA / "events_test20.json", DATA / "events_test20b.json"),
        "test21": (DATA / "events_test21.json", DATA / "events_test21b.json"),
        "test22": (DATA / "events_test22.json", DATA / "events_test22b.json"),
        "test23": (DATA / "events_test23.json", DATA / "events_test23b.json"),
        "test24": (DATA / "events_test24.json", DATA / "events_test24b.json"),
        "test25": (DATA / "events_test25.json", DATA / "events_test25b.json"),
        "test26": (DATA / "events_test26.json", DATA / "events_test26b.json"),
        "test27": (DATA / "events_test27.json", DATA / "events_test27b.json"),
        "test28": (DATA / "events_test28.json", DATA / "events_test28b.json"),
        "test29": (DATA / "events_test29.json", DATA / "events_test29b.json"),
        "test30": (DATA / "events_test30.json", DATA / "events_test30b.json"),
        "test31": (DATA / "events_test31.json", DATA / "events_test31b.json"),
        "test32": (DATA / "events_test32.json", DATA / "events_test32b.json"),
        "test33": (DATA / "events_test33.json", DATA / "events_test33b.json"),
        "test34": (DATA / "events_test34.json", DATA / "events_test34b.json"),
        "test35": (DATA / "events_test35.json", DATA / "events_test35b.json"),
        "test36": (DATA / "events_test36.json", DATA / "events_test36b.json"),
        "test37": (DATA / "events_test37.json", DATA / "events_test37b.json"),
        "test38": (DATA / "events_test38.json", DATA / "events_test38b.json")}


def load(paths: tuple[Path, ...]) -> tuple[dict, dict[str, dict]]:
    """The stories of the annotation files and the Reuters records of their articles."""
    data = {"stories": [story for path in paths for story in json.loads(path.read_text(encoding="utf-8"))["stories"]]}
    wanted = {article for story in data["stories"] for article in story["articles"]}
    return data, {record["id"]: record for record in reuters() if record["id"] in wanted}


def clusterings(story: dict, built: Story, choices: dict | None = None,
                labels: dict | None = None) -> tuple[coref.Clusters, coref.Clusters, int]:
    """Gold and system clusters of the matched gold mentions, and the number of gold mentions; `choices`, when
    given, gets the number of system events each matched mention could be matched to, `labels` its system event."""
    gold_of, candidates_of = {}, {}
    spans = {event["id"]: [(m["doc"], m["start"], m["end"]) for m in event["mentions"]] for event in story["events"]}
    for event in story["events"]:
        for m in event["mentions"]:
            mention = (m["doc"], m["start"], m["end"], event["id"])
            gold_of[mention] = event["id"]
            candidates = [e for e in built.events if (event["code"] is None or e.code[:2] == event["code"][:2]) and
                          _covers(e, mention[:3])]
            if candidates:
                candidates_of[mention] = candidates
                if choices is not None:
                    choices[mention] = len(candidates)
    system_of = _aligned(candidates_of, spans)
    if labels is not None:
        labels.update(system_of)

    def group(labels: dict) -> coref.Clusters:
        clusters: dict[str, set] = {}
        for mention, label in labels.items():
            clusters.setdefault(label, set()).add(mention)
        return [frozenset(cluster) for _, cluster in sorted(clusters.items())]
    matched = {mention: gold_of[mention] for mention in system_of}
    return group(matched), group(system_of), len(gold_of)


def _covers(event, span: tuple[str, int, int]) -> bool:
    doc, start, end = span
    return any(s.doc == doc and s.start < end and start < s.end for s in event.sources)


def _aligned(candidates_of: dict[tuple, list], spans: dict[str, list[tuple]]) -> dict[tuple, str]:
    """Each gold mention's system event. The gold mentions of one sentence take distinct system events while
    there are enough, so that two happenings one sentence reports can be told apart: first the pairs where the
    system event also has a source in more of the gold event's other sentences, then the system event with most
    sources, then the lowest id; a mention left over takes its best candidate."""
    def fit(mention: tuple, event) -> tuple:
        others = [span for span in spans[mention[3]] if span != mention[:3]]
        return -sum(_covers(event, span) for span in others), -len(event.sources), event.id

    by_sentence: dict[tuple, list[tuple]] = {}
    for mention in candidates_of:
        by_sentence.setdefault(mention[:3], []).append(mention)
    system_of = {}
    for mentions in by_sentence.values():
        pairs = sorted(((fit(mention, event), mention, event.id) for mention in mentions
                        for event in candidates_of[mention]))
        taken = set()
        for _, mention, event_id in pairs:
            if mention not in system_of and event_id not in taken:
                system_of[mention] = event_id
                taken.add(event_id)
        for mention in mentions:
            if mention not in system_of:
                system_of[mention] = min(candidates_of[mention], key=lambda e: fit(mention, e)).id
    return system_of


def faults(key: coref.Clusters, response: coref.Clusters, built: Story) -> list[str]:
    """Lines naming the gold events split over system events and the system events that join gold events."""
    system_of = {mention: index for index, cluster in enumerate(response) for mention in cluster}
    texts = {doc.id: doc.text for doc in built.documents}

    def line(mention) -> str:
        doc, start, end, _ = mention
        return f"        {doc} {' '.join(texts[doc][start:end].split())[:110]}"
    lines = []
    for cluster in key:
        parts = {system_of[mention] for mention in cluster}
        if len(parts) > 1:
            lines.append(f"  split: gold {next(iter(cluster))[3]} over {len(parts)} system events")
            for part in sorted(parts):
                lines.append(f"    system event {part}")
                lines += [line(mention) for mention in sorted(cluster) if system_of[mention] == part]
    gold_of = {mention: next(iter(cluster))[3] for cluster in key for mention in cluster}
    for index, cluster in enumerate(response):
        golds = sorted({gold_of[mention] for mention in cluster})
        if len(golds) > 1:
            lines.append(f"  joined: system event {index} holds gold {', '.join(golds)}")
            lines += [line(mention) for mention in sorted(cluster, key=lambda m: (m[3], m))]
    return lines


def both_told(story: dict, built: Story, response: coref.Clusters) -> tuple[list[str], Counter]:
    """Lines showing each sentence that reports several gold happenings one system event may match, its gold
    events with the system cluster each was matched to, the event mentions made from it and what its words read
    (`read_by_words`); and the false pairs such sentences make, counted by what their words read."""
    cluster_of = {mention: index for index, cluster in enumerate(response) for mention in cluster}
    told: dict[tuple, list[dict]] = {}
    for event in story["events"]:
        for m in event["mentions"]:
            told.setdefault((m["doc"], m["start"], m["end"]), []).append(event)
    documents = {doc.id: doc for doc in built.documents}
    false = told_false_pairs(response, {span: {event["id"] for event in golds} for span, golds in told.items()})
    lines, kinds = [], Counter()
    for (doc_id, start, end), golds in sorted(told.items()):
        alike = [event for event in golds if any(other is not event and _same_root(event, other) for other in golds)]
        if not alike:
            continue
        shared = {(event["code"] or "")[:2] for event in alike}
        doc = documents[doc_id]
        lines.append(f"  both told: {doc_id} ({false[(doc_id, start, end)]} false pairs) "
                     f"{' '.join(doc.text[start:end].split())[:300]}")
        for event in alike:
            cluster = cluster_of.get((doc_id, start, end, event["id"]), "-")
            lines.append(f"    gold {event['id']} -> {cluster} {event['code']} {event['date']} "
                         f"doer={event.get('doer')} target={event.get('target')}: {event['description'][:110]}")
        numbers = {n for n, sentence in enumerate(doc.sentences) if sentence.start < end and start < sentence.end}
        for mention in doc.event_mentions:
            if mention.sentence in numbers and (mention.code[:2] in shared or "" in shared):
                actors = ", ".join(f"{p.role}:{p.actor}" for p in mention.actors)
                system = ",".join(event.id[:8] for event in built.events if event.code[:2] == mention.code[:2] and
                                  _covers(event, (doc_id, start, end))) or "-"
                lines.append(f"    system {mention.trigger!r} {mention.code} {mention.date.value} [{actors}] "
                             f"-> {system}: {mention.title}")
        kind, shown = read_by_words(doc, numbers, shared)
        lines.append(f"    words: {kind}: {shown}")
        kinds[kind] += false[(doc_id, start, end)]
        if uncoded(alike):
            kinds[UNCODED] += false[(doc_id, start, end)]
    return lines, kinds


UNCODED = "a gold event has no code"


def uncoded(golds: list[dict]) -> bool:
    """Whether one of the gold events a sentence reports has no code: it matches any system event of the sentence,
    so its mention joins another happening's unless the sentence gives an event more than its coded happenings."""
    return any(event["code"] is None for event in golds)


def read_by_words(doc: Document, numbers: set[int], roots: set[str]) -> tuple[str, str]:
    """What the words of a sentence that reports several happenings of the CAMEO `roots` ("" for a happening
    without a code, which any root may match) read: the lexicon's triggers in it, each marked with whether an event
    mention was made of it, and the kind of miss. "One happening's words": at most one trigger of those roots is
    no reporting verb (the other happenings' words are in no entry of the lexicon, or one word tells them all:
    "raids", "the toll"); "a trigger dropped": two or more, one of which gave no event; else "all read"."""
    happenings, shown = [], []
    for number in sorted(numbers):
        sentence = doc.sentences[number]
        words = read(sentence.text, sentence.start)
        names = name_words(words, [m for m in doc.mentions if sentence.start <= m.start and m.end <= sentence.end])
        times = name_words(words, [t for t in doc.timexes if sentence.start <= t.start < sentence.end])
        made = {m.trigger_start for m in doc.event_mentions if m.sentence == number}
        for trigger in triggers.matches(words, names, times):
            gave = any(words.starts[trigger.first] <= start < words.ends[trigger.last] for start in made)
            shown.append(f"'{' '.join(words.span(trigger.first, trigger.last).split())}' {trigger.entry.code}"
                         f"{'' if gave else ' (no event)'}")
            if trigger.entry.kind != "S" and ("" in roots or trigger.entry.code[:2] in roots):
                happenings.append(gave)
    kind = "one happening's words" if len(happenings) <= 1 else "all read" if all(happenings) else \
        "a trigger dropped"
    return kind, ", ".join(shown) or "no trigger"


def told_false_pairs(response: coref.Clusters, told: dict[tuple, set[str]]) -> Counter:
    """The false "same happening" pairs each sentence makes by reporting both gold happenings of the pair (`told`
    maps a sentence's span to the gold events it reports): a pair counts once, for the first of its two sentences
    that reports both. Ranks the sentences where the event stage read two happenings as one by what they cost."""
    counts: Counter = Counter()
    for cluster in response:
        for pair in combinations(sorted(cluster), 2):
            if pair[0][3] == pair[1][3]:
                continue
            span = next((mention[:3] for mention, other in (pair, pair[::-1]) if other[3] in told.get(mention[:3], ())),
                        None)
            if span is not None:
                counts[span] += 1
    return counts


def _same_root(event: dict, other: dict) -> bool:
    """Whether two gold events may match one system event: one root, or one without a code (matched by its
    sentence alone)."""
    return not event["code"] or not other["code"] or event["code"][:2] == other["code"][:2]


def pair_table(key: coref.Clusters, response: coref.Clusters, choices: dict) -> str:
    """Pairs of mentions counted by kind (correct, false, missed) and by where the two mentions are. A false pair
    whose one sentence also reports the other's gold happening is counted apart: when the event stage reads two
    happenings of one CAMEO root in a sentence as one, no merge can part them. Such pairs are told apart by what
    the sentence gave: one system event of the root, or several but fewer than the happenings it reports. Then the figures over the mentions a merge can place:
    those whose sentence reports one gold happening of its root."""
    def pairs(clusters):
        return {frozenset(pair) for cluster in clusters for pair in combinations(cluster, 2)}
    gold, found = pairs(key), pairs(response)
    mentions = {mention for cluster in key for mention in cluster}

    def where(pair) -> str:
        (doc_a, start_a, end_a, gold_a), (doc_b, start_b, end_b, gold_b) = sorted(pair)
        if gold_a != gold_b and ((doc_a, start_a, end_a, gold_b) in mentions or
                                 (doc_b, start_b, end_b, gold_a) in mentions):
            return "both told"
        return "sentence" if (doc_a, start_a, end_a) == (doc_b, start_b, end_b) else \
            "article" if doc_a == doc_b else "articles"
    places = ("both told", "sentence", "article", "articles")
    lines = [f"{'pairs':10} " + " ".join(f"{place:>9}" for place in places)]
    totals = {}
    for name, chosen in (("correct", gold & found), ("false", found - gold), ("missed", gold - found)):
        totals[name] = counts = Counter(where(pair) for pair in chosen)
        lines.append(f"{name:10} " + " ".join(f"{counts[place]:9d}" for place in places))
    correct = sum(totals["correct"].values())
    decidable = correct + sum(totals["false"].values()) - totals["false"]["both told"]
    lines.append(f"pair P over the pairs a merge decides (all but 'both told'): "
                 f"{correct / decidable if decidable else 1.0:.2f}")
    both = [pair for pair in found - gold if where(pair) == "both told"]
    several = sum(any(choices.get(mention, 0) > 1 for mention in pair) for pair in both)
    lines.append(f"'both told' false pairs: {len(both) - several} where the sentence gave one system event of the "
                 f"root, {several} where it gave several but fewer than it reports")
    told = Counter((doc, start, end) for doc, start, end, _ in mentions)
    alone = {mention for mention in mentions if told[mention[:3]] == 1}
    kept_key = [frozenset(cluster & alone) for cluster in key if cluster & alone]
    kept_response = [frozenset(cluster & alone) for cluster in response if cluster & alone]
    lines.append(f"{'':44} {'gold':>5} {'matched':>7} {'pair P':>6} {'pair R':>6} {'MUC':>6} {'B3':>6} "
                 f"{'CEAF-e':>6} {'CoNLL':>6}")
    lines.append(row("matched mentions a merge can place", kept_key, kept_response, len(alone)))
    return "\n".join(lines)


class Happenings:
    """While installed, records the happening behind each system event the merge stage makes."""

    def __init__(self) -> None:
        self.of_event: dict = {}
        self._event = merge_stage._event

    def __enter__(self) -> "Happenings":
        def recorded(happening, documents):
            event = self._event(happening, documents)
            self.of_event[event.id] = happening
            return event
        merge_stage._event = recorded
        return self

    def __exit__(self, *exc) -> None:
        merge_stage._event = self._event


def refusal(report, happening) -> str:
    """The condition of `score` that refused a report for a happening, or "fit" when it scores a match."""
    source, first = inspect.getsourcelines(score)
    lines: list[int] = []

    def trace(frame, event, arg):
        if frame.f_code is score.__code__:
            if event == "line":
                lines.append(frame.f_lineno)
            return trace
        return None
    sys.settrace(trace)
    try:
        value = score(report, happening)
    finally:
        sys.settrace(None)
    if value is not None and value >= MATCH:
        return "fit"
    if value is not None:
        return f"low score {value:.2f}"
    # the condition is the nearest "if" at or above the last line run (a multi-line one starts there)
    index = next((i for i in range(lines[-1] - first, -1, -1) if source[i].lstrip().startswith(("if ", "elif "))), 0)
    return f"line {first + index}: {' '.join(source[index].split())[:100]}"


def why(key: coref.Clusters, system_of: dict, happenings: dict) -> tuple[list[str], Counter]:
    """The missed pairs a merge can place, each with its two system mentions and the refusals between them, the
    refusals counted, and the false pairs a merge can place with their two system mentions."""
    told = Counter(mention[:3] for cluster in key for mention in cluster)
    lines, reasons = [], Counter()
    for cluster in key:
        for a, b in combinations(sorted(cluster), 2):
            if system_of[a] == system_of[b] or told[a[:3]] > 1 or told[b[:3]] > 1 or a[:3] == b[:3]:
                continue
            ha, hb = (happenings.get(system_of[m]) for m in (a, b))
            if ha is None or hb is None:
                continue
            ra, rb = _report(ha, a), _report(hb, b)
            if ra is None or rb is None:
                continue
            first, second = refusal(ra, hb), refusal(rb, ha)
            reasons[first] += 1
            lines.append(f"  missed {a[3]} ({'article' if a[0] == b[0] else 'articles'}): {first} | {second}")
            lines += [f"      {_describe(r)}" for r in (ra, rb)]
    placed = sorted(mention for mention in system_of if told[mention[:3]] == 1)
    for a, b in combinations(placed, 2):
        if system_of[a] == system_of[b] and a[3] != b[3] and a[:3] != b[:3]:
            happening = happenings.get(system_of[a])
            found = [_report(happening, m) for m in (a, b)] if happening else []
            lines.append(f"  false {a[3]} {b[3]} ({'article' if a[0] == b[0] else 'articles'})")
            lines += [f"      {_describe(r)}" for r in found if r is not None]
    return lines, reasons


def _report(happening, mention):
    doc, start, end, _ = mention
    return next((r for r in happening.reports if r.doc == doc and r.mention.trigger_start < end and
                 start <= r.mention.trigger_start), None) or \
        next((r for r in happening.reports if r.doc == doc), None)


def _describe(report) -> str:
    m = report.mention
    return (f"{report.doc} {m.trigger!r} {m.code} {report.date.value}/{report.date.relation}/{report.date.source}"
            f"{' weak' if report.weak else ''}{' perfect' if report.perfect else ''} "
            f"doers {sorted(report.sources)} targets {sorted(report.targets)} words {sorted(report.words)[:6]}")


def occasion_joins(system_of: dict, happenings: dict) -> tuple[list[str], Counter]:
    """The joins of undated occasions to happenings other reports tell, judged by the gold where it can."""
    gold_of: dict = {}
    for mention, event_id in system_of.items():
        happening = happenings.get(event_id)
        report = _report(happening, mention) if happening else None
        if report is not None:
            gold_of.setdefault(id(report), set()).add(mention[3])
    lines, counts = [], Counter()
    for happening in happenings.values():
        occasions = [r for r in happening.reports if r.occasion]
        others = [r for r in happening.reports if not r.occasion]
        if not occasions or not others:
            continue
        for report in occasions:
            back = report.day - happening.span[1] if report.day is not None and happening.span else None
            lines.append(f"  occasion {back} days after: {_describe(report)}")
            for other in others:
                mine, theirs = gold_of.get(id(report), set()), gold_of.get(id(other), set())
                verdict = "unscored" if not mine or not theirs else "right" if mine & theirs else "wrong"
                counts[verdict] += 1
                lines.append(f"      {verdict}: {_describe(other)}")
    return lines, counts


def row(name: str, key: coref.Clusters, response: coref.Clusters, mentions: int) -> str:
    matched = sum(len(cluster) for cluster in key)
    p, r, _ = coref.pairwise(key, response)
    scores = [measure(key, response)[2] for measure in (coref.muc, coref.b_cubed, coref.ceaf_e)]
    return (f"{name[:44]:44} {mentions:5d} {matched / mentions if mentions else 0:7.2f} {p:6.2f} {r:6.2f} "
            + " ".join(f"{score:6.2f}" for score in scores) + f" {sum(scores) / 3:6.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--set", choices=sorted(SETS), default="dev")
    parser.add_argument("--show", action="store_true", help="print the split and joined gold events")
    parser.add_argument("--pairs", action="store_true", help="count correct, false and missed pairs by where they are")
    parser.add_argument("--why", action="store_true", help="print each missed pair and the merge rule refusing it")
    parser.add_argument("--both", action="store_true",
                        help="print each sentence reporting several gold happenings of one root")
    parser.add_argument("--occasions", action="store_true",
                        help="print each join of an undated occasion to a happening other reports tell")
    args = parser.parse_args()
    data, records = load(SETS[args.set])
    header = (f"{'story':44} {'gold':>5} {'matched':>7} {'pair P':>6} {'pair R':>6} {'MUC':>6} {'B3':>6} "
              f"{'CEAF-e':>6} {'CoNLL':>6}")
    print(header)
    print("-" * len(header))
    all_key, all_response, all_mentions, choices, refusals, joins = [], [], 0, {}, Counter(), Counter()
    told_kinds: Counter = Counter()
    for story in data["stories"]:
        with Happenings() as happenings:
            built = build_story(story["articles"], records)
        labels: dict = {}
        key, response, mentions = clusterings(story, built, choices, labels)
        print(row(story["name"], key, response, mentions))
        if args.show:
            print("\n".join(faults(key, response, built)))
        if args.why:
            lines, reasons = why(key, labels, happenings.of_event)
            print("\n".join(lines))
            refusals += reasons
        if args.both:
            lines, kinds = both_told(story, built, response)
            print("\n".join(lines))
            told_kinds += kinds
        if args.occasions:
            lines, counts = occasion_joins(labels, happenings.of_event)
            print("\n".join(lines))
            joins += counts
        # stories share no articles, so their clusters can be pooled
        all_key += key
        all_response += [frozenset(cluster) for cluster in response]
        all_mentions += mentions
    print(row("all", all_key, all_response, all_mentions))
    if args.pairs:
        print(pair_table(all_key, all_response, choices))
    for reason, count in refusals.most_common():
        print(f"{count:4d}  {reason}")
    if args.both:
        kinds = ("one happening's words", "a trigger dropped", "all read")
        print("'both told' false pairs by what the sentence's words read: " +
              ", ".join(f"{kind} {told_kinds[kind]}" for kind in kinds))
        print(f"'both told' false pairs from a sentence where {UNCODED}: {told_kinds[UNCODED]}")
    if args.occasions:
        print("occasion joins: " + ", ".join(f"{verdict} {joins[verdict]}" for verdict in ("right", "wrong", "unscored")))


if __name__ == "__main__":
    main()

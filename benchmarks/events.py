"""Event extraction and the cross-article merge against hand annotations of news stories.

`--set dev` (tuned on) reads `benchmarks/data/events_dev.json` and `events_dev2.json`; `--set dev3` (tuned on too) reads
`events_dev3.json`, stories from Reuters NEWID 21001-21578 chosen at random. Thirty-eight sets are never tuned on and run once
for the final figures: `--set test` reads `events_test.json` and `merge_test.json` together, `--set test2` reads
`events_test2.json`, `--set test3` reads `events_test3.json` and `events_test3b.json`, and `--set test4` reads
`events_test4.json` and `events_test4b.json`, `--set test5` reads `events_test5.json` and `events_test5b.json`,
`--set test6` reads `events_test6.json` and `events_test6b.json`, `--set test7` reads `events_test7.json` and
`events_test7b.json`, `--set test8` reads `events_test8.json` and `events_test8b.json`, `--set test9` reads
`events_test9.json` and `events_test9b.json`, `--set test10` reads `events_test10.json` and `events_test10b.json`,
`--set test11` reads `events_test11.json` and `events_test11b.json`, `--set test12` reads `events_test12.json` and
`events_test12b.json`, `--set test13` reads `events_test13.json` and `events_test13b.json`, `--set test14` reads
`events_test14.json` and `events_test14b.json`, `--set test15` reads `events_test15.json` and `events_test15b.json`,
`--set test16` reads `events_test16.json` and `events_test16b.json`, `--set test17` reads `events_test17.json` and
`events_test17b.json`, `--set test18` reads `events_test18.json` and `events_test18b.json`, `--set test19` reads
`events_test19.json` and `events_test19b.json`, `--set test20` reads `events_test20.json` and `events_test20b.json`,
`--set test21` reads `events_test21.json` and `events_test21b.json`, `--set test22` reads `events_test22.json` and
`events_test22b.json`, `--set test23` reads `events_test23.json` and `events_test23b.json`, `--set test24` reads
`events_test24.json` and `events_test24b.json`, `--set test25` reads `events_test25.json` and `events_test25b.json`,
`--set test26` reads `events_test26.json` and `events_test26b.json`, `--set test27` reads `events_test27.json` and
`events_test27b.json`, `--set test28` reads `events_test28.json` and `events_test28b.json`, `--set test29` reads
`events_test29.json` and `events_test29b.json`, `--set test30` reads `events_test30.json` and `events_test30b.json`,
`--set test31` reads `events_test31.json` and `events_test31b.json`, `--set test32` reads `events_test32.json` and
`events_test32b.json`, `--set test33` reads `events_test33.json` and `events_test33b.json`, `--set test34` reads
`events_test34.json` and `events_test34b.json`, `--set test35` reads `events_test35.json` and
`events_test35b.json`, `--set test36` reads `events_test36.json` and `events_test36b.json`, `--set test37` reads
`events_test37.json` and `events_test37b.json`, and `--set test38` reads `events_test38.json` and `events_test38b.json`.
For each story the whole pipeline (`eventgraph.pipeline.build`) runs on its articles, written to a temporary JSONL file.
A system event and a gold event match when one of the system event's sources is a sentence the gold event lists and
their CAMEO roots agree (a gold event without a CAMEO code, an accident or a disaster, by the sentence alone). Printed
per story and overall:

- precision: system events with a source in the story that match a gold event;
- recall: gold events matched by a system event;
- date: over matched gold events, those whose system event gives the gold date at the gold granularity (a system
  date coarser than the gold one is wrong; a happening the gold leaves undated (null, or relation `before`)
  is right only when the system does not date it by the publication day, or says `before` too);
- doer, target: over matched gold events that annotate them, the share whose system event names the same
  actors as source (doer) and as target, names compared with every name and alias of the system's actors
  (for mutual happenings, whose actors all take part alike, doer and target together against all participants);
- purity: over the sources of matched system events, the share that belong to the event's majority gold
  event (1.0 when no system event mixes two gold happenings);
- split: gold events spread over more than one system event;
- fragments: system event titles that fail the mechanical title check (`title_faults`).

Then speed: the whole per-article stage (`pipeline.extract`) and the parser alone on the first N Reuters
stories, in words per second on one core, and `merge.merge_events` on all their event mentions.

`--missed` lists every gold event no system event matches, with why each of its sentences gave none: no
trigger in the lexicon, a trigger the realis rules drop (modal, negation, condition...), a trigger of another
CAMEO root, one the word reading dropped in a sentence it sends to no parse (a statement whose object was cut
short, say), one dropped after the parse (negated, or kept by no actor, object or date), an event found with
another root, or one merged into an event of another root.

    python benchmarks/events.py [--set dev|dev3|test|test2|test3|test4|test5|test6|test7|test8|test9|test10|test11|test12|test13|test14|test15|test16|test17|test18|test19|test20|test21|test22|test23|test24|test25|test26|test27|test28|test29|test30|test31|test32|test33|test34|test35|test36|test37|test38] [--speed N] [--titles] [--unmatched] [--dates] [--roles] [--missed]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from functools import lru_cache
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus  # noqa: E402

from eventgraph import actors, events, merge, pipeline, sentences, temporal  # noqa: E402
from eventgraph.events import frame, parsing, phrases, titles, triggers  # noqa: E402
from eventgraph.events.sentence import name_words  # noqa: E402
from eventgraph.events.text import read  # noqa: E402
from eventgraph.actors.names import fold  # noqa: E402
from eventgraph.actors.gazetteer import gazetteer  # noqa: E402
from eventgraph.events.lexicon import entries_by_first_word, is_mutual, title_words  # noqa: E402
from eventgraph.temporal.intervals import interval  # noqa: E402
from eventgraph.model import Document, granularity  # noqa: E402
from eventgraph.span import FAR_YEARS, far_outside  # noqa: E402

DATA = Path(__file__).resolve().parent / "data"
SETS = {"dev": ("events_dev.json", "events_dev2.json"), "dev3": ("events_dev3.json",), "test": ("events_test.json", "merge_test.json"),
        "test2": ("events_test2.json",), "test3": ("events_test3.json", "events_test3b.json"),
        "test4": ("events_test4.json", "events_test4b.json"),
        "test5": ("events_test5.json", "events_test5b.json"),
        "test6": ("events_test6.json", "events_test6b.json"),
        "test7": ("events_test7.json", "events_test7b.json"),
        "test8": ("events_test8.json", "events_test8b.json"),
        "test9": ("events_test9.json", "events_test9b.json"),
        "test10": ("events_test10.json", "events_test10b.json"),
        "test11": ("events_test11.json", "events_test11b.json"),
        "test12": ("events_test12.json", "events_test12b.json"),
        "test13": ("events_test13.json", "events_test13b.json"),
        "test14": ("events_test14.json", "events_test14b.json"),
        "test15": ("events_test15.json", "events_test15b.json"),
        "test16": ("events_test16.json", "events_test16b.json"),
        "test17": ("events_test17.json", "events_test17b.json"),
        "test18": ("events_test18.json", "events_test18b.json"),
        "test19": ("events_test19.json", "events_test19b.json"),
        "test20": ("events_test20.json", "events_test20b.json"),
        "test21": ("events_test21.json", "events_test21b.json"),
        "test22": ("events_test22.json", "events_test22b.json"),
        "test23": ("events_test23.json", "events_test23b.json"),
        "test24": ("events_test24.json", "events_test24b.json"),
        "test25": ("events_test25.json", "events_test25b.json"),
        "test26": ("events_test26.json", "events_test26b.json"),
        "test27": ("events_test27.json", "events_test27b.json"),
        "test28": ("events_test28.json", "events_test28b.json"),
        "test29": ("events_test29.json", "events_test29b.json"),
        "test30": ("events_test30.json", "events_test30b.json"),
        "test31": ("events_test31.json", "events_test31b.json"),
        "test32": ("events_test32.json", "events_test32b.json"),
        "test33": ("events_test33.json", "events_test33b.json"),
        "test34": ("events_test34.json", "events_test34b.json"),
        "test35": ("events_test35.json", "events_test35b.json"),
        "test36": ("events_test36.json", "events_test36b.json"),
        "test37": ("events_test37.json", "events_test37b.json"),
        "test38": ("events_test38.json", "events_test38b.json")}
_CUT_DIGITS = re.compile(r"(?<![\d.,])\d{3}(?:,\d{3})*\b")  # "000 people": a group that lost its head
# "Helmut M": a name cut at a letter; a name of initials ("D and N Savings Bank", "U S West") is none
_CUT_WORD = re.compile(r"\b(?<!/)(?![AI]\b)[A-ZÀ-ÞĀ-Ž]\b(?![.'’&/-])(?! and [A-Z]\b)(?! [A-Z]\b)(?<!\b[A-Z] and [A-Z])(?<!\b[A-Z] [A-Z])")
# Words before a letter that names a class or a grade, not a name's first letter: "Class B shares", "Series A".
_CLASSES = frozenset({"class", "series", "type", "grade", "tranche", "phase", "category"})


def stories_of(name: str) -> list[dict]:
    stories = []
    for file in SETS[name]:
        path = DATA / file
        if not path.exists():
            sys.exit(f"{path} is missing: the {name} set is not annotated yet (merge the branch that adds it)")
        stories += json.loads(path.read_text(encoding="utf-8"))["stories"]
    return stories


def records_for(stories: list[dict]) -> dict[str, dict]:
    wanted = {article for story in stories for article in story["articles"]}
    found = {record["id"]: record for record in corpus.reuters() if record["id"] in wanted}
    if any(article.startswith("gum-") for article in wanted):
        found.update({record["id"]: record for record in corpus.gum_news() if record["id"] in wanted})
    missing = sorted(wanted - set(found))
    if missing:
        sys.exit(f"articles not found in the corpora: {', '.join(missing[:5])}")
    return found


def score_story(story: dict, records: dict[str, dict]) -> dict:
    built = corpus.build_story(story["articles"], records)
    gold = story["events"]
    gold_sentences: dict[tuple, set[str]] = {}  # one sentence may report several gold happenings
    for g in gold:
        for m in g["mentions"]:
            gold_sentences.setdefault((m["doc"], m["start"], m["end"]), set()).add(g["id"])
    names = {actor.id: {fold(name) for name in [actor.name, *actor.aliases]} for actor in built.actors}

    def gold_of(source) -> set[str]:
        return {gid for (doc, start, end), gids in gold_sentences.items()
                if doc == source.doc and start < source.end and source.start < end for gid in gids}

    by_id = {g["id"]: g for g in gold}
    published = {doc.id: doc.published for doc in built.documents}
    tried: dict[str, list] = {}
    matched_system, matched_gold, dated, split = 0, {}, set(), Counter()
    roles: dict[str, dict[str, bool]] = {}
    seen: dict[str, list] = {}
    pure, total = 0, 0
    for event in built.events:
        labels = [{gid for gid in gold_of(source) if by_id[gid]["code"] is None or
                   by_id[gid]["code"][:2] == event.code[:2]} for source in event.sources]
        found = set().union(*labels) if labels else set()
        if not found:
            continue
        matched_system += 1
        for gid in sorted(found):
            split[gid] += 1
            if date_right(event.date, by_id[gid].get("date"), by_id[gid].get("relation")):
                dated.add(gid)
            tried.setdefault(gid, []).append((event, [s for s, group in zip(event.sources, labels) if gid in group]))
            matched_gold[gid] = True
            seen.setdefault(gid, []).append(event)
            for role, right in role_scores(event, by_id[gid], names).items():
                roles.setdefault(gid, {}).setdefault(role, False)
                roles[gid][role] |= right
        majority = Counter(gid for group in labels for gid in group).most_common(1)[0][0]
        pure += sum(majority in group for group in labels if group)
        total += sum(1 for group in labels if group)
    faults = [(event.title, fault) for event in built.events
              if (fault := title_faults(event, built, names))]
    unmatched = [unmatched_row(event, gold_of, by_id) for event in built.events
                 if not any(gid for source in event.sources for gid in gold_of(source)
                            if by_id[gid]["code"] is None or by_id[gid]["code"][:2] == event.code[:2])]
    return {"story": story["name"][:44], "system": len(built.events), "gold": len(gold),
            "matched": matched_system, "found": len(matched_gold), "dated": len(dated),
            "doer": [scores["doer"] for scores in roles.values() if "doer" in scores],
            "target": [scores["target"] for scores in roles.values() if "target" in scores],
            "purity": pure / total if total else 1.0,
            "split": sum(1 for count in split.values() if count > 1), "faults": faults,
            "unmatched": unmatched,
            "wrong_dates": [(by_id[gid], tried[gid], published) for gid in tried if gid not in dated],
            "role_errors": [role_error(by_id[gid], seen[gid], built, scores) for gid, scores in roles.items()
                            if not all(scores.values())],
            "missed": [(g, why_missed(g, built)) for g in gold if g["id"] not in matched_gold]}


def unmatched_row(event, gold_of, by_id: dict) -> tuple[str, object, list[str]]:
    """A system event that matches no gold event: its class ("code" when a gold event lists one of its
    sentences under another CAMEO root, with those roots; "none" when no gold event lists them), the event and
    its sentences."""
    roots = sorted({by_id[gid]["code"][:2] for source in event.sources for gid in gold_of(source)})
    kind = f"code (gold {','.join(roots)})" if roots else "none"
    return kind, event, [" ".join(source.sentence.split()) for source in event.sources]


def date_class(gold: dict, system) -> str:
    """A coarse name for how a wrong date is wrong, to count the kinds of fault (`--dates`)."""
    wanted = gold.get("relation") or ("none" if not gold.get("date") else "on")
    if system.value is None:
        return f"gold {wanted}: system undated"
    if system.source in ("publication", "inferred"):
        return f"gold {wanted}: system publication day, {system.relation}"
    a, b = interval(system.value), interval(gold.get("date"))
    if a and b and a[0] <= b[0] and b[1] <= a[1] and a != b:
        return f"gold {wanted}: system {system.source} date coarser"
    if a and b and b[0] <= a[0] and a[1] <= b[1]:
        return f"gold {wanted}: system {system.source} right day, {system.relation}"
    return f"gold {wanted}: system {system.source} other date, {system.relation}"


def show_dates(rows: list[dict]) -> None:
    """Every matched gold event no system event dates right, with its sentences, then the kinds counted."""
    classes: Counter = Counter()
    for row in rows:
        for gold, attempts, published in row["wrong_dates"]:
            print(f"== {gold['id']} gold {gold.get('date')} {gold.get('relation') or 'on'}: {gold['description']}")
            for event, sources in attempts:
                date = event.date
                classes[date_class(gold, date)] += 1
                print(f"   system {date.value} {date.relation} ({date.source}, {date.text!r}): {event.title}")
                for source in sources:
                    given = source.date
                    said = f"{given.value} {given.relation} ({given.source}, {given.text!r})" if given else "-"
                    sentence = " ".join(source.sentence.split())
                    print(f"     [{source.doc} published {published.get(source.doc)}; gave {said}] {sentence}")
    print()
    for name, count in classes.most_common():
        print(f"{count:4d}  {name}")


def role_error(gold: dict, found: list, built, scores: dict[str, bool]) -> str:
    """A gold event whose doer or target no matched system event names: its sentence, the gold roles and each
    matched system event's roles with the names of its actors."""
    by_actor = {actor.id: actor for actor in built.actors}

    def named(event) -> str:
        return "; ".join(f"{p.role}: {by_actor[p.actor].name}" + (f" ({', '.join(by_actor[p.actor].aliases)})"
                                                                  if by_actor[p.actor].aliases else "")
                         for p in event.actors if p.actor in by_actor) or "-"

    wrong = ",".join(role for role, right in scores.items() if not right)
    spans = [(m["doc"], m["start"], m["end"]) for m in gold["mentions"]]
    lines = [f"[{gold['id']} {gold['code']} wrong: {wrong}] {gold['description']}",
             f"    gold   doer: {gold.get('doer')}  target: {gold.get('target')}"]
    for event in found:
        sentence = next((s.sentence for s in event.sources if any(
            doc == s.doc and start < s.end and s.start < end for doc, start, end in spans)), "")
        lines += [f"    system {event.code} {event.title!r}  {named(event)}", f"      | {sentence[:400]}"]
    return "\n".join(lines)


def why_missed(gold: dict, built) -> list[tuple[str, str]]:
    """For each sentence of a gold event no system event matches, the class of the miss and its evidence."""
    docs = {doc.id: doc for doc in built.documents}
    root = gold["code"][:2] if gold["code"] else None
    fits = lambda code: root is None or code[:2] == root  # noqa: E731
    reasons = []
    for mention in gold["mentions"]:
        doc = docs.get(mention["doc"])
        numbers = [n for n, sentence in enumerate(doc.sentences) if sentence.start < mention["end"]
                   and mention["start"] < sentence.end] if doc else []
        reasons.append((" ".join(mention["text"].split()), _miss_class(doc, numbers, built, fits)))
    return reasons


def _miss_class(doc, numbers: list[int], built, fits) -> str:
    if not numbers:
        return "sentence not found"
    found = [m for m in doc.event_mentions if m.sentence in numbers]
    if any(fits(m.code) for m in found):
        for event in built.events:
            if any(s.doc == doc.id and any(doc.sentences[n].start < s.end and s.start < doc.sentences[n].end
                                           for n in numbers) for s in event.sources) and not fits(event.code):
                return f"merged away: into {event.code} {event.title}"
        return "merged away: mention lost after the merge"
    reason = " | ".join(_trigger_class(doc, number, fits) for number in numbers)
    if found:
        return f"other root ({reason.split(':')[0]}): " + "; ".join(f"{m.code} {m.title}" for m in found) + \
            f" [{reason}]"
    return reason


def _trigger_class(doc, number: int, fits) -> str:
    """Why sentence `number` gave no event of the gold's root, from its triggers."""
    sentence = doc.sentences[number]
    words = read(sentence.text, sentence.start)
    mentions = [m for m in doc.mentions if sentence.start <= m.start and m.end <= sentence.end]
    timexes = [t for t in doc.timexes if sentence.start <= t.start < sentence.end]
    raw = triggers.matches(words, name_words(words, mentions), name_words(words, timexes))
    shown = lambda trigger: f"'{words.span(trigger.first, trigger.last)}' {trigger.entry.code}"  # noqa: E731
    if not raw:
        return "no trigger"
    real = [t for t in raw if triggers._realis(words, t)]
    if any(fits(t.entry.code) for t in raw) and not any(fits(t.entry.code) for t in real):
        return "realis: " + ", ".join(shown(t) for t in raw if fits(t.entry.code))
    if not any(fits(t.entry.code) for t in real):
        return "trigger of other root: " + ", ".join(shown(t) for t in raw)
    timexes = [(i, t) for i, t in enumerate(doc.timexes) if sentence.start <= t.start < sentence.end]
    if number not in events._read_words(doc)[2]:
        return "word reading dropped: " + ", ".join(_word_reason(words, t, timexes) for t in real
                                                       if fits(t.entry.code))
    read_frames = frame.frames(words, real, parsing.parse([sentence.text])[0], mentions, timexes)
    negated = [t for t, f in zip(real, read_frames) if fits(t.entry.code) and f.negated]
    if negated:
        return "negated by the parse: " + ", ".join(shown(t) for t in negated)
    return "dropped after the parse: " + ", ".join(shown(t) for t in real if fits(t.entry.code))


def _word_reason(words, trigger, timexes) -> str:
    """Why the word reading (the only reading of a sentence no happening sends to the parser) kept no event of a
    trigger: for a reporting verb, what it found said."""
    shown = f"'{words.span(trigger.first, trigger.last)}' {trigger.entry.code}"
    if trigger.entry.kind != "S":
        return f"{shown} (no party or object)"
    said = phrases.object_phrase(words, trigger, timexes, len(words))
    if said is None:
        return f"{shown} (nothing said after it)"
    if len(said.split()) < phrases.MIN_SAID_WORDS:
        return f"{shown} (what is said cut to '{said}')"
    return f"{shown} (said '{said}': no speaker, or told by its own triggers)"


def date_right(system, gold: str | None, relation: str | None = None) -> bool:
    """The system date gives the gold date at the gold's granularity; a happening the gold leaves undated (no
    date, or a past deed dated `before` the first report) is right only when the system does not give it a
    date of its own, or says too that it happened before."""
    if relation == "before":
        return system.relation == "before"
    if not gold:
        return system.value is None or system.source not in ("publication", "inferred")
    if not system.value:
        return False
    a, b = interval(system.value), interval(gold)
    if not (a and b):
        return False
    return b[0] <= a[0] and a[1] <= b[1] and _rank(granularity(system.value)) >= _rank(granularity(gold))


def _rank(level: str) -> int:
    order = ("none", "century", "decade", "year", "half", "season", "quarter", "month", "week", "day", "time")
    return order.index(level) if level in order else 0


def role_scores(event, gold: dict, names: dict[str, set[str]]) -> dict[str, bool]:
    """Whether the system's sources (and targets) name exactly the gold doer (and target) actors."""
    def same(actor_ids: list[str], wanted: list[str]) -> bool:
        folded = [fold(name) for name in wanted]
        return all(any(name in names.get(a, set()) for a in actor_ids) for name in folded) and all(
            any(name in names.get(a, set()) for name in folded) for a in actor_ids)

    scores = {}
    if is_mutual(event.code) or is_mutual(gold["code"]):
        everyone = [p.actor for p in event.actors]
        wanted = list(gold.get("doer") or []) + list(gold.get("target") or [])
        for role in ("doer", "target"):
            if gold.get(role) is not None:
                scores[role] = same(everyone, wanted)
        return scores
    for role, system_role in (("doer", "source"), ("target", "target")):
        if gold.get(role) is not None:
            scores[role] = same([p.actor for p in event.actors if p.role == system_role], gold[role])
    return scores


def title_faults(event, story, names: dict[str, set[str]]) -> str:
    """Why a title fails the check, or "": it must open with an actor or a noun phrase, have a finite verb
    or an event noun, cut no digit group or word, and name no actor twice."""
    title = event.title
    sentences_text = " ".join(source.sentence for source in event.sources)
    for match in _CUT_DIGITS.finditer(title):
        if re.search(rf"\d[,.]{re.escape(match.group())}\b", sentences_text) and \
                not re.search(rf"(?<![\d,.]){re.escape(match.group())}\b", sentences_text):
            return f"digit group cut: {match.group()}"
    if cut := _cut_word(title):
        return f"word cut: {cut}"
    if cut := _cut_at_hyphen(title, sentences_text):
        return f"word cut at its hyphen: {cut}"
    if twice := _named_twice(title, event, names):
        return f"actor named twice: {twice}"
    if not _opens_with_noun_phrase(title, event, names):
        return "does not open with an actor or a noun phrase"
    if not _has_predicate(title, event, names):
        return "no finite verb or event noun"
    return ""


def _cut_word(title: str) -> str:
    """A name's word cut to its first letter ("Helmut M acquires"): a capital letter alone after a name's word,
    not followed by one. A letter a name's next word follows is an initial ("John M Henske", "Ing C Olivetti");
    one after a lower-case word or a class's word is a grade, a class or a rating ("downgraded to D", "Class B
    shares"); one beside a slash is a legal form's ("A/S")."""
    for match in _CUT_WORD.finditer(title):
        before, after = title[:match.start()].split()[-1:], title[match.end():]
        if re.match(r" [A-ZÀ-ÞĀ-Ž]\w", after) or before and (not before[0][:1].isupper() or
                                                             before[0].lower() in _CLASSES):
            continue
        return match.group()
    return ""


def _cut_at_hyphen(title: str, sentences_text: str) -> str:
    """The word a title ends on that its sentences write only as the head of a word a hyphen joins more to ("to BB"
    of "to BB-plus from BB", "a broad-based, multi" of "multi-staged"), or ""."""
    words = titles.TITLE_TAIL.sub("", title).split()[-2:]
    ending = r"\W+".join(re.escape(word) for word in words)
    if ending and re.search(rf"(?<![\w-]){ending}-\w", sentences_text) and \
            not re.search(rf"(?<![\w-]){ending}(?![\w-])", sentences_text):
        return f"{words[-1]}-"
    return ""


def _named_twice(title: str, event, names: dict[str, set[str]]) -> str:
    """A name of one of the event's actors that the title gives twice, or "". A name inside another actor's
    longer name is that actor's ("Air New Zealand" is no second New Zealand; "Taft" in "Taft Broadcasting" no
    second Dudley Taft), and so is a name inside a longer name written with capitals that no actor of the event
    bears ("its Acme Hong Kong unit", "First Federal Savings"); a legal form or a person's title after it does not
    make it longer ("Acme Corp", "Acme Chairman Jan Vole")."""
    originals = title.split()
    words = [(part, k) for k, word in enumerate(originals) for part in fold(word).split()]
    folded = [part for part, _ in words]

    def spans(name: str) -> list[tuple[int, int]]:
        size = len(name.split())
        return [(k, k + size) for k in range(len(folded) - size + 1) if folded[k:k + size] == name.split()]

    def carried(start: int, end: int) -> bool:
        first, last = words[start][1], words[end - 1][1]
        around = originals[first - 1:first] + originals[last + 1:last + 2]
        return any(word[:1].isupper() and fold(word) not in _name_ends() for word in around)

    for participant in event.actors:
        own_names = [name for name in names.get(participant.actor, ()) if name]
        covered = [span for other in event.actors if other.actor != participant.actor
                   for longer in names.get(other.actor, ()) if longer for span in spans(longer)]
        found = {span for name in own_names for span in spans(name)}
        widest = [span for span in found if not any(other != span and other[0] <= span[0] and span[1] <= other[1]
                                                    for other in [*found, *covered])]
        if len([span for span in widest if not carried(*span)]) > 1:
            return max(own_names, key=lambda name: (len(spans(name)), -len(name)))
    return ""


@lru_cache(maxsize=1)
def _name_ends() -> frozenset[str]:
    """Words after a name that leave it the same name: legal forms ("Corp") and persons' titles ("Chairman")."""
    return frozenset(fold(form) for form in gazetteer().legal_forms) | frozenset(title_words())


_OPENERS_NOT = frozenset({"and", "or", "but", "of", "to", "in", "on", "at", "by", "for", "with", "from", "which",
                          "who", "whom", "that", "while", "if", "when", "as", "because", "although", "it", "he",
                          "she", "they", "we", "i", "you", "is", "are", "was", "were", "has", "have", "had"})


def _opens_with_noun_phrase(title: str, event, names: dict[str, set[str]]) -> bool:
    """An actor's name, or a word that can open a noun phrase: not a conjunction, preposition, pronoun,
    auxiliary or a verb form of the trigger lexicon ("Began protested")."""
    folded = fold(title)
    if any(folded.startswith(name + " ") for participant in event.actors for name in names.get(participant.actor, ())):
        return True
    first = title.split()[0].lower().strip("\"'“”‘’,.") if title.split() else ""
    if not first or first in _OPENERS_NOT:
        return False
    entries = entries_by_first_word().get(first, ())
    return not entries or any(not entry.verbal for entry in entries)


def _has_predicate(title: str, event, names: dict[str, set[str]]) -> bool:
    """A finite verb or an event noun: a word of the trigger lexicon after the opening word, or a noun of it
    anywhere ("Summit between their leaders")."""
    words = [word.lower().strip("\"'“”‘’,.") for word in title.split()]
    index = entries_by_first_word()
    folded = fold(title)
    after_actor = [folded[len(name):].split()[:1] for participant in event.actors
                   for name in names.get(participant.actor, ()) if folded.startswith(name + " ")]
    if any(word and word[0].endswith(("s", "ed")) for word in after_actor):
        return True  # "Brazil walks out": the verb conjugated after its actor
    return any(index.get(word) and (position > 0 or any(not entry.verbal for entry in index[word]))
               for position, word in enumerate(words))


def junk(stories: list[dict], records: dict[str, dict]) -> tuple[int, int]:
    """Events dated more than `span.FAR_YEARS` outside their story's span that fewer than two articles give,
    and all events, over the stories."""
    found = total = 0
    for story in stories:
        built = corpus.build_story(story["articles"], records)
        bounds = (interval(built.span[0])[0], interval(built.span[1])[1]) if built.span else None
        for event in built.events:
            total += 1
            found += far_outside(event.date.value, bounds) and len({s.doc for s in event.sources}) < 2
    return found, total


def speed(limit: int) -> dict[str, float]:
    docs = []
    for record in corpus.reuters(limit=limit):
        docs.append(Document(id=record["id"], path=record["id"], text=record["text"], title=record["title"],
                             published=record["published"], published_source="metadata",
                             body=[(0, len(record["text"]))]))
    words = sum(len(doc.text.split()) for doc in docs)
    events.annotate(pipeline.extract(Document(id="warm", path="warm", text="Japan signed a deal.")))  # model loaded
    parsed_before, parse_before = events.parse_figures()
    started = time.perf_counter()
    extracted = [pipeline.extract(doc) for doc in docs]
    whole = time.perf_counter() - started
    parsed_words, parse_seconds = events.parse_figures()
    parsed_words, parse_seconds = parsed_words - parsed_before, parse_seconds - parse_before
    prepared = [actors.annotate(temporal.annotate(sentences.annotate(doc))) for doc in docs]
    started = time.perf_counter()
    for doc in prepared:
        events.annotate(doc)
    annotate_seconds = time.perf_counter() - started
    figures = {"docs": len(docs), "words": words, "extract": words / whole, "events": words / annotate_seconds}
    if parse_seconds:
        figures["parser"] = parsed_words / parse_seconds
        figures["parsed_share"] = parsed_words / words
    found = actors.link_actors(extracted)
    figures["mentions"] = sum(len(doc.event_mentions) for doc in extracted)
    started = time.perf_counter()
    merge.merge_events(extracted, found)
    figures["merge"] = time.perf_counter() - started
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--set", choices=sorted(SETS), default="dev", help="dev or dev3 (tuned on), test, test2, test3, test4, test5, test6, test7, test8, test9, test10, test11, test12, test13, test14, test15, test16, test17, test18, test19, test20, test21, test22, test23, test24, test25, test26, test27, test28, test29, test30, test31, test32, test33, test34, test35, test36, test37 or test38 (never tuned on)")
    parser.add_argument("--speed", type=int, default=3000, help="Reuters stories for the speed figures (0: none)")
    parser.add_argument("--titles", action="store_true", help="list the titles that fail the title check")
    parser.add_argument("--unmatched", action="store_true",
                        help="list the system events that match no gold event, by class, with their sentences")
    parser.add_argument("--dates", action="store_true", help="list the matched gold events dated wrong, by kind")
    parser.add_argument("--roles", action="store_true",
                        help="print each matched gold event whose doer or target the system gets wrong")
    parser.add_argument("--missed", action="store_true", help="list the gold events no system event matches, "
                        "and why each of their sentences gave none")
    args = parser.parse_args()
    stories = stories_of(args.set)
    records = records_for(stories)
    rows = [score_story(story, records) for story in stories]
    header = (f"{'story':44} {'system':>6} {'gold':>5} {'prec':>6} {'recall':>6} {'date':>6} {'doer':>6} "
              f"{'target':>6} {'purity':>6} {'split':>5} {'frag':>5}")
    print(header)
    print("-" * len(header))
    for row in rows + [_total(rows)]:
        print(f"{row['story']:44} {row['system']:6d} {row['gold']:5d} {_share(row['matched'], row['system'])} "
              f"{_share(row['found'], row['gold'])} {_share(row['dated'], row['found'])} "
              f"{_share(sum(row['doer']), len(row['doer']))} {_share(sum(row['target']), len(row['target']))} "
              f"{row['purity']:6.2f} {row['split']:5d} {len(row['faults']):5d}")
    print(f"junk: %d of %d events dated more than {FAR_YEARS} years outside the story's span by one article" %
          junk(stories, records))
    if args.titles:
        print()
        for row in rows:
            for title, fault in row["faults"]:
                print(f"{fault:45} {title}")
    if args.unmatched:
        print_unmatched(rows)
    if args.dates:
        print()
        show_dates(rows)
    if args.roles:
        for row in rows:
            for error in row["role_errors"]:
                print()
                print(error)
    if args.missed:
        print_missed(rows)
    if args.speed:
        figures = speed(args.speed)
        print()
        print(f"whole per-article stage (pipeline.extract): {figures['extract']:,.0f} words/s on "
              f"{figures['docs']} Reuters stories, {figures['words']:,} words (one core)")
        print(f"events.annotate (parser included): {figures['events']:,.0f} words/s")
        if "parser" in figures:
            print(f"parser alone: {figures['parser']:,.0f} words/s on the {figures['parsed_share']:.0%} of words "
                  f"in sentences that can hold an event")
        print(f"merge.merge_events: {figures['mentions']:,} mentions in {figures['merge']:.2f} s")


def print_unmatched(rows: list[dict]) -> None:
    found = [item for row in rows for item in row["unmatched"]]
    print()
    print("unmatched system events by class and CAMEO root:")
    for (kind, root), count in sorted(Counter(("code" if kind.startswith("code") else kind, event.code[:2])
                                              for kind, event, _ in found).items(), key=lambda item: -item[1]):
        print(f"  {kind:5} {root}  {count:4d}")
    for row in rows:
        for kind, event, texts in row["unmatched"]:
            print()
            print(f"[{row['story'][:20]}] {kind} | {event.code} | {event.title}")
            for text in texts:
                print(f"    - {text}")


def print_missed(rows: list[dict]) -> None:
    """Each missed gold event with its sentences and why they gave none, then how many sentences each class
    of miss holds, and how many events have it as their nearest miss."""
    sentences, nearest = Counter(), Counter()
    for row in rows:
        for gold, reasons in row["missed"]:
            print(f"\n{gold['id']} {gold['code']} {gold['description']}")
            classes = []
            for text, reason in reasons:
                print(f"    {reason}\n        {text}")
                classes.append(min((part.split(":")[0] for part in reason.split(" | ")), key=_rank_of_class))
                sentences[classes[-1]] += 1
            nearest[min(classes, key=_rank_of_class).split(" (")[0]] += 1
    for title, counts in (("sentences", sentences), ("events, by their nearest miss", nearest)):
        print(f"\n{title}:")
        for reason, count in counts.most_common():
            print(f"{count:5d} {reason}")


_CLASS_ORDER = ["merged away", "other root", "dropped after the parse",
                "negated by the parse", "word reading dropped", "realis", "trigger of other root", "no trigger",
                "sentence not found"]


def _rank_of_class(name: str) -> int:
    return next(n for n, prefix in enumerate(_CLASS_ORDER) if name.startswith(prefix))


def _total(rows: list[dict]) -> dict:
    return {"story": "all", "system": sum(r["system"] for r in rows), "gold": sum(r["gold"] for r in rows),
            "matched": sum(r["matched"] for r in rows), "found": sum(r["found"] for r in rows),
            "dated": sum(r["dated"] for r in rows), "doer": [x for r in rows for x in r["doer"]],
            "target": [x for r in rows for x in r["target"]],
            "purity": sum(r["purity"] for r in rows) / len(rows) if rows else 1.0,
            "split": sum(r["split"] for r in rows), "faults": [f for r in rows for f in r["faults"]]}


def _share(part: int, whole: int) -> str:
    return f"{part / whole:6.2f}" if whole else f"{'n/a':>6}"


if __name__ == "__main__":
    main()

"""Event titles on Reuters stories nobody tuned on: the ones the mechanical check rejects, and the ones it misses.

Draws `--sample N` Reuters stories at random (`--seed`) from those that no annotation file under
benchmarks/data/ names (every `events_*.json`, `merge_test.json`, `topk_*.json` and `actors_dev.jsonl`: only their
article ids are read), builds each story alone with the whole pipeline, and checks every event title:

- faults: titles `events.title_faults` rejects (the benchmark figure "fragments"), by kind;
- broken: titles the check passes that a reader would call broken, by the heuristic `broken` below: an object cut
  after a possessive, determiner, preposition or conjunction ("signs the", "attacks Iran's"; not a phrasal
  verb's particle, "takes over"), a dangling "to",
  a reporting verb that reports nothing ("Iran says"), a pronoun as doer ("His visit ...", "Them sign"), a
  sentence's opening word inside the title ("Iran says Such talks ..."), or two conjugated verbs in a row
  ("says signs"). Words written with a capital inside the title are names' words, never verbs ("United States").

Prints each such title with its kind and article, then the counts per kind and the rate per 100 events.
`--bare` also prints, with its sentence, each title of one or two words ("Elections", "Talks held") and each
title of an event with no actor, and counts them.
`--clean N` also prints N titles that neither check flags, drawn at random (same seed), each with its sentence,
for a reader to judge. `--read N` prints N titles drawn at random (same seed) from all of them, flagged or not,
numbered and each with its sentence, for a reader to count what an editor would reject.

    python benchmarks/titles.py [--sample 300] [--seed 1] [--clean 60] [--read 80] [--ids 1-21000]
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus  # noqa: E402
from events import title_faults  # noqa: E402

from eventgraph.actors.names import fold  # noqa: E402
from eventgraph.events.lexicon import entries_by_first_word  # noqa: E402
from eventgraph.ingest import SourceError  # noqa: E402

DATA = Path(__file__).resolve().parent / "data"
ANNOTATIONS = ("events_*.json", "merge_test.json", "topk_*.json", "actors_dev.jsonl")
_ARTICLE_ID = re.compile(r"reuters-\d+")

_CUT_AFTER = frozenset({"the", "a", "an", "its", "his", "her", "their", "our", "my", "your", "this", "these",
                        "those", "of", "to", "in", "on", "at", "by", "for", "with", "from", "into", "over", "about",
                        "against", "between", "and", "or", "but", "than", "as", "that", "which", "who", "whose"})
_PARTICLES = frozenset({"over", "off", "out", "up", "down", "back", "away"})
_REPORTING = frozenset({"say", "says", "said", "tell", "tells", "told", "announce", "announces", "announced",
                        "add", "adds", "added", "note", "notes", "noted", "state", "states", "stated", "report",
                        "reports", "reported", "claim", "claims", "claimed"})
_PRONOUN_OPENERS = frozenset({"his", "her", "its", "their", "our", "my", "your", "him", "them", "us", "me", "this",
                              "these", "those", "which", "whose", "such", "it", "he", "she", "they", "we", "i",
                              "you", "one"})
_SENTENCE_OPENERS = frozenset({"such", "it", "he", "she", "they", "we", "there", "this", "these", "those", "its",
                               "his", "her", "their", "but", "however", "also", "meanwhile"})
_PRONOUN_DOERS = frozenset({"it", "he", "she", "they", "we", "him", "them"})
_NAME_JOINERS = frozenset({"and", "of", "de", "for", "&"})


def held_ids() -> set[str]:
    """The article ids any annotation file names, read by pattern, nothing else of the file."""
    ids: set[str] = set()
    for pattern in ANNOTATIONS:
        for path in DATA.glob(pattern):
            ids |= set(_ARTICLE_ID.findall(path.read_text(encoding="utf-8")))
    return ids


def sample(size: int, seed: int, ids: range | None = None) -> list[dict]:
    held = held_ids()
    records = [record for record in corpus.reuters() if record["id"] not in held and
               (ids is None or int(record["id"].partition("-")[2]) in ids)]
    return random.Random(seed).sample(records, min(size, len(records)))


def _words(title: str) -> list[str]:
    """The title's words in lower case, but a name's word inside it ("United States") as written, so that it
    reads as no verb."""
    words = [word.strip("\"'“”‘’,.()") for word in title.split()]
    return [word.lower() if position == 0 or word.islower() else word for position, word in enumerate(words)]


def _conjugated(word: str) -> bool:
    """A conjugated verb of the trigger lexicon or a reporting verb ("signs", "said"), never a noun of it."""
    if word in _REPORTING:
        return word.endswith(("s", "d"))
    entries = entries_by_first_word().get(word, ())
    return bool(entries) and all(entry.verbal for entry in entries) and word.endswith(("s", "ed"))


def _verb(word: str) -> bool:
    entries = entries_by_first_word().get(word, ())
    return word in _REPORTING or bool(entries) and all(entry.verbal for entry in entries)


def broken(title: str) -> str:
    """Why a reader would call a title broken though the mechanical check passes it, or ""."""
    core = re.sub(r"\s*\((?:planned|reported)\)$", "", title)
    core = re.sub(r", [^,]+ says$", "", core)  # the reporter's tag closes a whole title
    words = _words(core)
    if not words:
        return ""
    last = words[-1]
    if last == "to":
        return "dangling to"
    if last in _PARTICLES and len(words) > 1 and _verb(words[-2]):
        return ""  # a phrasal verb's particle completes it: "Acme takes over", "talks broken off"
    if last in _CUT_AFTER or core.rstrip().endswith(("'s", "’s", "s'")):
        return f"object cut after: {last}"
    verb = next((i for i, word in enumerate(words) if _verb(word)), len(words))
    if last in _REPORTING and verb == len(words) - 1 > 0:
        return f"reporting verb with no content: {last}"
    said = words[verb + 1:]
    if verb < len(words) and words[verb] in _REPORTING and said and \
            all(word[:1].isupper() or word in _NAME_JOINERS for word in said):
        return "a name alone said"
    if words[0] in _PRONOUN_OPENERS and not (words[0] == "one" and len(words) > 1 and not _verb(words[1])):
        return f"pronoun as doer: {words[0]}"  # "one" before a noun counts it: "One miner killed"
    if any(word in _PRONOUN_DOERS for word in words[1:verb]):
        return "pronoun as doer: among the doers"
    if opener := next((word for word in words[1:] if word.lower() in _SENTENCE_OPENERS and word[:1].isupper()), None):
        return f"sentence opener inside: {opener}"
    for first, second in zip(words, words[1:]):
        if _conjugated(first) and _conjugated(second):
            return f"two verbs: {first} {second}"
    return ""


def _bare(event) -> str:
    """"short" for a title of one or two words, "no actor" for a longer one of an event with no actor, or ""."""
    core = re.sub(r"\s*\((?:planned|reported)\)$", "", event.title)
    if len(re.sub(r", [^,]+ says$", "", core).split()) <= 2:
        return "short"
    return "" if event.actors else "no actor"


def id_range(text: str) -> range:
    """The NEWIDs FIRST-LAST of `--ids` as a range; a malformed one is an argparse error of one line."""
    first, dash, last = text.partition("-")
    if not (dash and first.strip().isdigit() and last.strip().isdigit()) or int(first) > int(last):
        raise argparse.ArgumentTypeError(f"expected FIRST-LAST with FIRST <= LAST, got {text!r}")
    return range(int(first), int(last) + 1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sample", type=int, default=300, help="Reuters stories to draw")
    parser.add_argument("--seed", type=int, default=1, help="seed of the random draw")
    parser.add_argument("--clean", type=int, default=0, help="unflagged titles to print with their sentence")
    parser.add_argument("--read", type=int, default=0, help="titles of all to print with their sentence")
    parser.add_argument("--bare", action="store_true", help="print titles of one or two words or with no actor")
    parser.add_argument("--ids", type=id_range,
                        help="draw only from these NEWIDs, FIRST-LAST (1-21000 leaves the dev pool out)")
    args = parser.parse_args()
    records = sample(args.sample, args.seed, args.ids)
    by_id = {record["id"]: record for record in records}
    faults: Counter[str] = Counter()
    misses: Counter[str] = Counter()
    total = 0
    clean: list[tuple[str, str, str]] = []
    every: list[tuple[str, str, str]] = []
    bare: Counter[str] = Counter()
    unreadable = 0
    for record in records:
        try:
            built = corpus.build_story([record["id"]], by_id)
        except SourceError:
            unreadable += 1  # a headline with no text under it: no titles to judge
            continue
        names = {actor.id: {fold(name) for name in [actor.name, *actor.aliases]} for actor in built.actors}
        for event in built.events:
            total += 1
            every.append((record["id"], event.title, event.sources[0].sentence if event.sources else ""))
            if args.bare and (kind := _bare(event)):
                bare[kind] += 1
                sentence = " ".join(event.sources[0].sentence.split()) if event.sources else ""
                print(f"bare    {kind:12} {record['id']:14} {event.title}\n        {sentence}")
            if fault := title_faults(event, built, names):
                faults[fault.partition(":")[0]] += 1
                print(f"fault   {fault[:44]:44} {record['id']:14} {event.title}")
            elif reason := broken(event.title):
                misses[reason.partition(":")[0]] += 1
                print(f"broken  {reason[:44]:44} {record['id']:14} {event.title}")
            else:
                clean.append((record["id"], event.title, event.sources[0].sentence if event.sources else ""))
    for article, title, sentence in random.Random(args.seed).sample(clean, min(args.clean, len(clean))):
        print(f"\nclean   {article:14} {title}\n        {' '.join(sentence.split())}")
    for number, (article, title, sentence) in enumerate(
            random.Random(args.seed).sample(every, min(args.read, len(every))), 1):
        print(f"\nread {number:3d} {article:14} {title}\n         {' '.join(sentence.split())}")
    print()
    print(f"{len(records)} stories (seed {args.seed}), {total} events"
          + (f", {unreadable} with no readable text left out" if unreadable else ""))
    if args.bare:
        print(f"bare titles: {sum(bare.values())} ({100 * sum(bare.values()) / max(total, 1):.1f} per 100 events)")
        for kind, count in bare.most_common():
            print(f"  {count:4d}  {kind}")
    for heading, counts in (("faults (title_faults)", faults), ("broken, passed by the check", misses)):
        found = sum(counts.values())
        print(f"{heading}: {found} ({100 * found / max(total, 1):.1f} per 100 events)")
        for kind, count in counts.most_common():
            print(f"  {count:4d}  {kind}")


if __name__ == "__main__":
    main()

"""The syntactic model on the UD English test sets: UPOS, PTB tag and lemma accuracy, UAS and LAS, and speed.

    python benchmarks/syntax.py [--record]

Reads ../shared/corpora/ud-english/{ewt,gum}/test.conllu in place. Gold tokenisation (multi-word token ranges
and empty nodes left out), one sentence per Doc as eventgraph parses them; LAS compares full labels, subtypes
included, punctuation counted (as the CoNLL 2018 shared task did). Speed is measured in this one process on the
test sentences' text through `syntax.parse` (tokeniser included) and for the parser component alone.
`--record` writes the figures into the model's meta.json under "benchmark".
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from spacy.tokens import Doc  # noqa: E402

from benchmarks.corpus import CORPORA  # noqa: E402
from eventgraph import syntax  # noqa: E402

UD = CORPORA / "ud-english"
TEST_SETS = {"EWT test": UD / "ewt" / "test.conllu", "GUM test": UD / "gum" / "test.conllu"}


@dataclass
class Sentence:
    text: str
    words: list[str]
    spaces: list[bool]
    upos: list[str]
    xpos: list[str]
    lemmas: list[str]
    heads: list[int]  # index of the head within the sentence; the root points to itself, as in spaCy
    deps: list[str]


def read_conllu(path: Path) -> list[Sentence]:
    sentences, text, rows = [], "", []
    for line in path.read_text(encoding="utf-8").splitlines() + [""]:
        if line.startswith("# text = "):
            text = line[len("# text = "):]
        elif line and not line.startswith("#"):
            columns = line.split("\t")
            if columns[0].isdigit():
                rows.append(columns)
        elif not line and rows:
            heads = [int(row[6]) - 1 if row[6] != "0" else i for i, row in enumerate(rows)]
            sentences.append(Sentence(
                text=text, words=[row[1] for row in rows],
                spaces=["SpaceAfter=No" not in row[9] for row in rows],
                upos=[row[3] for row in rows], xpos=[row[4] for row in rows], lemmas=[row[2] for row in rows],
                heads=heads, deps=["ROOT" if row[7] == "root" else row[7] for row in rows]))
            rows = []
    return sentences


def score(sentences: list[Sentence]) -> dict[str, float]:
    nlp = syntax.load()
    gold_docs = (Doc(nlp.vocab, words=s.words, spaces=s.spaces, sent_starts=[True] + [False] * (len(s.words) - 1))
                 for s in sentences)
    counts = dict.fromkeys(("upos", "xpos", "lemma", "uas", "las"), 0)
    total = 0
    for gold, doc in zip(sentences, nlp.pipe(gold_docs, batch_size=syntax.BATCH_SIZE)):
        for i, token in enumerate(doc):
            total += 1
            counts["upos"] += token.pos_ == gold.upos[i]
            counts["xpos"] += token.tag_ == gold.xpos[i]
            counts["lemma"] += token.lemma_ == gold.lemmas[i]
            if token.head.i == gold.heads[i]:
                counts["uas"] += 1
                counts["las"] += token.dep_ == gold.deps[i]
    return {name: round(100 * count / total, 2) for name, count in counts.items()} | {"words": total}


def speed(sentences: list[Sentence]) -> dict[str, int]:
    nlp = syntax.load()
    texts = [s.text for s in sentences]
    words = sum(len(s.words) for s in sentences)
    syntax.parse(texts[:200])
    start = time.perf_counter()
    docs = syntax.parse(texts)
    pipeline = words / (time.perf_counter() - start)
    parser = nlp.get_pipe("parser")
    start = time.perf_counter()
    list(parser.pipe(docs, batch_size=syntax.BATCH_SIZE))
    return {"pipeline": round(pipeline), "parser": round(words / (time.perf_counter() - start))}


def main() -> None:
    arguments = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    arguments.add_argument("--record", action="store_true", help="write the figures into the model's meta.json")
    record = arguments.parse_args().record
    sets = {name: read_conllu(path) for name, path in TEST_SETS.items()}
    results = {name: score(sentences) for name, sentences in sets.items()}
    rates = speed([sentence for sentences in sets.values() for sentence in sentences])
    print(f"{'test set':<9} {'words':>7} | {'UPOS':>6} {'XPOS':>6} {'lemma':>6} | {'UAS':>6} {'LAS':>6}")
    for name, result in results.items():
        print(f"{name:<9} {result['words']:>7,} | {result['upos']:>6.2f} {result['xpos']:>6.2f} "
              f"{result['lemma']:>6.2f} | {result['uas']:>6.2f} {result['las']:>6.2f}")
    print(f"\nwords/s in one process: {rates['pipeline']:,} (syntax.parse: tokeniser, tagger, morphologizer, "
          f"lemmatizer, parser); {rates['parser']:,} (parser alone)")
    if record:
        meta_path = syntax.MODEL_DIR / "meta.json"
        meta = json.loads(meta_path.read_text())
        meta["benchmark"] = {name.replace(" ", "_").lower(): result for name, result in results.items()}
        meta_path.write_text(json.dumps(meta, indent=2, sort_keys=True) + "\n")


if __name__ == "__main__":
    main()

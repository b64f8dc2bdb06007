"""Copy a trained spaCy pipeline into the package as eventgraph's syntactic model, with its sources and license.

    python training/install_model.py build/syntax/output/model-best eventgraph/resources/models/en_ud

meta.json keeps the dev scores of training (`performance`); benchmarks/syntax.py --record adds the test scores.
The copy is written beside the target and renamed into place, so a failed run leaves the old model whole.
"""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

SOURCES = [
    {"name": "UD English EWT", "url": "https://github.com/UniversalDependencies/UD_English-EWT",
     "commit": "15d613d", "license": "CC BY-SA 4.0"},
    {"name": "UD English GUM (CC-BY and public-domain genres only)",
     "url": "https://github.com/UniversalDependencies/UD_English-GUM", "commit": "afb41ee",
     "license": "CC BY 4.0"},
]
SCORES = ("pos_acc", "morph_acc", "tag_acc", "lemma_acc", "dep_uas", "dep_las")


def install(source: Path, target: Path) -> None:
    staging = target.with_name(target.name + ".tmp")
    shutil.rmtree(staging, ignore_errors=True)
    shutil.copytree(source, staging)
    meta_path = staging / "meta.json"
    meta = json.loads(meta_path.read_text())
    meta.update({
        "name": "en_ud", "version": "1.0.0", "author": "eventgraph", "license": "CC BY-SA 4.0",
        "description": "UPOS, morphology, PTB tags, lemmas and Universal Dependencies trees (UD labels with "
                       "subtypes) for English sentences; trained on UD English EWT train + GUM train, chosen on "
                       "their dev sets (performance: dev scores).",
        "sources": SOURCES,
        "performance": {name: round(meta["performance"][name], 4) for name in SCORES},
    })
    meta_path.write_text(json.dumps(meta, indent=2, sort_keys=True) + "\n")
    shutil.rmtree(target, ignore_errors=True)
    staging.rename(target)


if __name__ == "__main__":
    install(Path(sys.argv[1]), Path(sys.argv[2]))

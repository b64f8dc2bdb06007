"""The whole pipeline on the sample story: the contract's files, valid, reproducible, and what out/ holds."""

import filecmp
import json
import os
import subprocess
import sys
from importlib import resources
from pathlib import Path

import jsonschema
import pytest

from eventgraph import build, corrections
from eventgraph.exporters import write_all

ROOT = Path(__file__).resolve().parent.parent
CONTRACT_FILES = ["events.json", "graph.gexf", "graph.graphml", "graph.html", "timeline.csv", "timeline.html",
                  "timeline.md", "timelinejs.json"]
SCHEMA = json.loads(resources.files("eventgraph").joinpath("resources/schema/events.schema.json").read_text())


def build_seeds(out: Path, fixes: list[dict] | None = None) -> Path:
    """Build as the README does, from the project folder, so document paths read "seeds/..."; `fixes`: the
    corrections to apply, when a corrections file is given."""
    here = os.getcwd()
    os.chdir(ROOT)
    try:
        story = build(["seeds"])
        if fixes is not None:
            corrections.apply(story, fixes)
        write_all(story, out)
    finally:
        os.chdir(here)
    return out


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    return build_seeds(tmp_path_factory.mktemp("build") / "out")


def test_a_build_writes_every_file_of_the_contract(built):
    assert sorted(p.name for p in built.iterdir() if not p.name.startswith(".")) == CONTRACT_FILES


def test_events_json_is_valid_and_its_offsets_point_at_the_text(built):
    data = json.loads((built / "events.json").read_text())
    jsonschema.validate(data, SCHEMA)
    texts = {d["id"]: (ROOT / d["path"]).read_text(encoding="utf-8") for d in data["documents"]}
    for event in data["events"]:
        for source in event["sources"]:
            assert texts[source["doc"]][source["start"]:source["end"]] == source["sentence"]
    actor_ids = {a["id"] for a in data["actors"]}
    for event in data["events"]:
        assert {p["actor"] for p in event["actors"]} <= actor_ids
    for actor in data["actors"]:
        for mention in actor["mentions"]:
            assert texts[mention["doc"]][mention["start"]:mention["end"]] == mention["text"]


def test_two_builds_of_the_same_input_are_byte_identical(built, tmp_path):
    build_seeds(tmp_path / "again")
    comparison = filecmp.dircmp(built, tmp_path / "again")
    assert not comparison.diff_files and not comparison.left_only and not comparison.right_only
    for name in CONTRACT_FILES:
        assert (built / name).read_bytes() == (tmp_path / "again" / name).read_bytes(), name


def test_a_corrections_file_that_changes_nothing_changes_no_file(built, tmp_path):
    """The ranking is the same whether or not corrections are applied: the top K and every first view stay."""
    fixed = build_seeds(tmp_path / "fixed", [])
    for name in CONTRACT_FILES:
        if name != "events.json":
            assert (fixed / name).read_bytes() == (built / name).read_bytes(), name
    data = json.loads((fixed / "events.json").read_text())
    assert data.pop("corrections") == []
    assert data == json.loads((built / "events.json").read_text())


def test_the_committed_out_folder_is_what_a_build_of_the_seeds_writes(built):
    committed = ROOT / "out"
    if not committed.exists():
        pytest.skip("no committed out/ in this checkout")
    for name in CONTRACT_FILES:
        assert (committed / name).read_bytes() == (built / name).read_bytes(), f"out/{name} is stale: run make build"


SEEDED_ARTICLE = ("Acme Cable and Wireless Plc said on Monday it was prepared to raise its offer for Beta Industries "
                  "Inc. Beta chairman Jan Novak said the board would meet on Tuesday. Striking Ruritanian dockers "
                  "blocked the port of Port Marin, union officials said. Acme Cable and Wireless said it had not "
                  "been told of the talks.\n")


def test_a_build_writes_the_same_files_under_any_hash_seed(tmp_path):
    """Sets of strings are iterated in an order Python draws at start: what decides an output must not be."""
    article = tmp_path / "news" / "a.txt"
    article.parent.mkdir()
    article.write_text(SEEDED_ARTICLE, encoding="utf-8")
    for seed in ("0", "3"):
        subprocess.run([sys.executable, "-m", "eventgraph", "build", str(article), "--out", str(tmp_path / seed),
                        "--published", f"{article}=2021-05-10", "--quiet"], cwd=tmp_path, check=True,
                       env={**os.environ, "PYTHONHASHSEED": seed})
    for name in CONTRACT_FILES:
        assert (tmp_path / "0" / name).read_bytes() == (tmp_path / "3" / name).read_bytes(), name

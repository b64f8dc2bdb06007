"""Worker processes end with the build however it ends; SIGTERM stops a build as Ctrl-C does; --jobs is capped."""

import gc
import os
import signal
import subprocess
import sys
import time

import pytest

from eventgraph import processes

from .test_cli import ARTICLE, outputs, run

STALL_EXTRACTION = """
import pathlib, sys, time
from eventgraph import cli, pipeline

def stall(doc):
    pathlib.Path(sys.argv[1]).touch()
    time.sleep(300)

pipeline._prepare = stall
cli.main(["build", sys.argv[2], "--out", sys.argv[3], "--jobs", "2", "--quiet"])
"""

STALL_WRITING = """
import pathlib, sys, time
from eventgraph import cli
from eventgraph.exporters import html

def stall(*args):
    pathlib.Path(sys.argv[1]).touch()
    time.sleep(300)

html.write = stall
cli.main(["build", sys.argv[2], "--out", sys.argv[3], "--jobs", "2", "--quiet"])
"""


@pytest.fixture
def folder(tmp_path):
    news = tmp_path / "news"
    news.mkdir()
    for name, place in (("a", "Geneva"), ("b", "Vienna"), ("c", "Oslo")):
        (news / f"{name}.txt").write_text(ARTICLE.replace("Geneva", place), encoding="utf-8")
    return news


def children(pid: int) -> set[int]:
    listed = subprocess.run(["ps", "-o", "pid=", "--ppid", str(pid)], capture_output=True, text=True).stdout
    return {int(line) for line in listed.split()}


def alive(pids: set[int]) -> set[int]:
    listed = subprocess.run(["ps", "-o", "pid=,stat=", "-p", ",".join(map(str, pids))], capture_output=True,
                            text=True).stdout
    return {int(line.split()[0]) for line in listed.splitlines() if line.split() and "Z" not in line.split()[1]}


def start(script: str, tmp_path, folder, out) -> tuple[subprocess.Popen, set[int]]:
    """Start a build that stalls in its workers; return it once they run, with their process ids."""
    signal_file = tmp_path / "working"
    process = subprocess.Popen([sys.executable, "-c", script, str(signal_file), str(folder), str(out)],
                               stderr=subprocess.PIPE, text=True)
    for _ in range(600):
        if signal_file.exists() or process.poll() is not None:
            break
        time.sleep(0.1)
    assert signal_file.exists(), "the build never reached its workers"
    workers = children(process.pid)
    assert workers, "the build started no worker process"
    return process, workers


def wait_until_gone(pids: set[int]) -> set[int]:
    for _ in range(100):
        if not alive(pids):
            break
        time.sleep(0.1)
    return alive(pids)


def test_no_worker_survives_a_sigkill_of_the_build(tmp_path, folder):
    process, workers = start(STALL_EXTRACTION, tmp_path, folder, tmp_path / "out")
    process.send_signal(signal.SIGKILL)
    process.wait()
    survivors = wait_until_gone(workers)
    for pid in survivors:
        os.kill(pid, signal.SIGKILL)
    assert not survivors, f"workers {survivors} outlived the build"


def test_sigterm_stops_a_build_cleanly_and_leaves_the_previous_outputs_whole(tmp_path, folder):
    out = tmp_path / "out"
    run("build", folder, "--out", out, "--jobs", "1")
    before = outputs(out)
    (folder / "d.txt").write_text(ARTICLE.replace("Monday", "Tuesday"), encoding="utf-8")
    process, workers = start(STALL_WRITING, tmp_path, folder, out)
    process.send_signal(signal.SIGTERM)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode != 0
    assert "Traceback" not in stderr and "Aborted" in stderr, stderr
    assert outputs(out) == before
    assert not [path.name for path in out.iterdir() if path.name.startswith(".eventgraph-tmp.")]
    assert not wait_until_gone(workers)


def test_a_worker_whose_parent_is_gone_ends_itself():
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # a parent that starts a worker, then dies
        parent = os.getpid()  # read before the fork: the worker's getppid() may already name whoever adopted it
        worker = os.fork()
        if worker == 0:
            os.close(read)
            processes.end_with_parent(parent)
            time.sleep(300)
            os._exit(0)
        os.write(write, str(worker).encode())
        os._exit(0)
    os.close(write)
    worker = int(os.read(read, 32))
    os.waitpid(pid, 0)
    assert not wait_until_gone({worker})


def test_jobs_are_capped_at_the_number_of_articles_with_a_note(tmp_path, folder):
    result = run("build", folder, "--out", tmp_path / "out", "--jobs", "1000")
    assert result.exit_code == 0, result.output
    assert "note: --jobs 1000 capped at 3, the number of articles" in result.output


def test_jobs_are_capped_at_a_multiple_of_the_cores(tmp_path, folder, monkeypatch):
    monkeypatch.setattr("eventgraph.cli._cores", lambda: 1)
    monkeypatch.setattr("eventgraph.ingest.count_articles", lambda sources, at_most: at_most)
    result = run("build", folder, "--out", tmp_path / "out", "--jobs", "1000")
    assert "note: --jobs 1000 capped at 2, 2 per core" in result.output


def test_the_default_number_of_jobs_is_capped_without_a_note(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    result = run("build", tmp_path / "a.txt", "--out", tmp_path / "out")
    assert result.exit_code == 0 and "note:" not in result.output, result.output


LOADED: list[int] = []


def _load() -> None:
    LOADED.append(os.getpid())


def _loaded() -> list[int]:
    return list(LOADED)


def test_a_pool_prepares_once_in_this_process_before_its_workers_are_forked_and_they_share_it():
    LOADED.clear()
    with processes.forked_pool(2, prepare=_load) as pool:
        assert LOADED == []  # no task yet: a build whose articles are all cached loads nothing
        seen = [pool.submit(_loaded).result() for _ in range(4)]
    assert LOADED == [os.getpid()]
    assert seen == [[os.getpid()]] * 4


def _turn_the_collector_on() -> None:
    gc.enable()


def test_a_pool_keeps_this_process_collector_as_it_was_and_freezes_what_it_prepared():
    collecting = gc.isenabled()
    gc.disable()
    try:
        with processes.forked_pool(1, prepare=_turn_the_collector_on) as pool:
            pool.submit(_loaded).result()
            assert not gc.isenabled()
            assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
        if collecting:
            gc.enable()


@pytest.mark.parametrize("collect", [True, False])
def test_workers_collect_cycles_only_when_told_while_this_process_pauses_its_collector(collect):
    collecting = gc.isenabled()
    gc.disable()
    try:
        with processes.forked_pool(1, collect=collect) as pool:
            assert pool.submit(gc.isenabled).result() is collect
    finally:
        if collecting:
            gc.enable()

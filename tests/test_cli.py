import gc
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from eventgraph import cache, cli, distributed, exporters, pipeline

ARTICLE = """Envoys agree to resume border talks next month

Published: March 4, 2025

Ruritania and Freedonia agreed on Monday to resume talks on their disputed border, officials said.
The envoys will meet again in Geneva next month.
"""


def run(*args):
    result = CliRunner().invoke(cli.main, [str(arg) for arg in args])
    assert "Traceback" not in result.output
    return result


def one_line_error(result, code=1):
    assert result.exit_code == code, result.output
    assert not isinstance(result.exception, Exception) or isinstance(result.exception, SystemExit)
    errors = [line for line in result.output.splitlines() if line.startswith(("Error", "Usage"))]
    assert errors, result.output
    return result.output


@pytest.fixture
def folder(tmp_path):
    news = tmp_path / "news"
    news.mkdir()
    (news / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (news / "b.txt").write_text(ARTICLE.replace("Geneva", "Vienna"), encoding="utf-8")
    return news


def outputs(out: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(out.iterdir()) if not path.name.startswith(".")}


def test_every_command_has_help():
    for name, command in cli.main.commands.items():
        assert command.help, f"{name} is missing its help"
        assert run(name, "--help").exit_code == 0


def test_a_build_writes_every_file_and_reports_what_it_extracted(folder, tmp_path):
    result = run("build", folder, "--out", tmp_path / "out", "--jobs", "1")
    assert result.exit_code == 0, result.output
    assert set(outputs(tmp_path / "out")) == set(exporters.OUTPUT_FILES) == {
        "events.json", "graph.html", "timeline.md", "timeline.csv", "timelinejs.json", "graph.graphml", "graph.gexf",
        "timeline.html"}
    assert (tmp_path / "out" / cache.FILENAME).is_file()
    assert "from 2 articles (2 extracted, 0 from the cache)" in result.output


def test_a_warm_build_extracts_only_the_added_article(folder, tmp_path):
    out = tmp_path / "out"
    run("build", folder, "--out", out, "--jobs", "1")
    assert "(0 extracted, 2 from the cache)" in run("build", folder, "--out", out, "--jobs", "1").output
    (folder / "c.txt").write_text(ARTICLE.replace("Monday", "Tuesday"), encoding="utf-8")
    assert "(1 extracted, 2 from the cache)" in run("build", folder, "--out", out, "--jobs", "1").output


def test_an_unchanged_input_leaves_the_output_alone(folder, tmp_path):
    out = tmp_path / "out"
    first = run("build", folder, "--out", out, "--jobs", "1").output
    written = {path.name: path.stat().st_mtime_ns for path in out.iterdir()}
    again = run("build", folder, "--out", out, "--jobs", "1").output
    assert again.endswith(f"(0 extracted, 2 from the cache) {out} is up to date\n")
    assert first.split(" from 2 articles")[0] == again.split(" from 2 articles")[0]
    assert {path.name: path.stat().st_mtime_ns for path in out.iterdir() if path.name != cache.FILENAME} == \
        {name: mtime for name, mtime in written.items() if name != cache.FILENAME}


@pytest.mark.parametrize("change", ["delete an output", "state a date"])
def test_a_changed_input_or_output_is_built_again(folder, tmp_path, change):
    out = tmp_path / "out"
    run("build", folder, "--out", out, "--jobs", "1")
    options = []
    if change == "delete an output":
        (out / "timeline.md").unlink()
    else:
        options = ["--published", f"{folder / 'a.txt'}=2025-03-03"]
    result = run("build", folder, "--out", out, "--jobs", "1", *options)
    assert result.output.endswith(f"written to {out}\n") and (out / "timeline.md").is_file()


def test_the_cache_can_live_elsewhere(folder, tmp_path):
    result = run("build", folder, "--out", tmp_path / "out", "--jobs", "1", "--cache", tmp_path / "c.sqlite")
    assert result.exit_code == 0, result.output
    assert (tmp_path / "c.sqlite").is_file() and not (tmp_path / "out" / cache.FILENAME).exists()


def test_builds_are_byte_identical_whatever_the_number_of_jobs(folder, tmp_path):
    run("build", folder, "--out", tmp_path / "one", "--jobs", "1")
    run("build", folder, "--out", tmp_path / "two", "--jobs", "2")
    run("build", folder, "--out", tmp_path / "again", "--jobs", "1", "--cache", tmp_path / "other.sqlite")
    assert outputs(tmp_path / "one") == outputs(tmp_path / "two") == outputs(tmp_path / "again")


def test_the_cycle_collector_rests_while_the_story_is_merged_and_written_and_only_then(folder, tmp_path,
                                                                                     monkeypatch):
    seen = []
    assemble, write_all = pipeline.assemble, exporters.write_all
    monkeypatch.setattr(pipeline, "assemble", lambda *args, **kwargs: seen.append(gc.isenabled())
                        or assemble(*args, **kwargs))
    monkeypatch.setattr(exporters, "write_all", lambda *args, **kwargs: seen.append(gc.isenabled())
                        or write_all(*args, **kwargs))
    assert gc.isenabled()
    assert run("build", folder, "--out", tmp_path / "out", "--jobs", "1").exit_code == 0
    assert seen == [False, False]
    assert gc.isenabled()


def test_quiet_prints_no_summary(folder, tmp_path):
    result = run("build", folder, "--out", tmp_path / "out", "--jobs", "1", "--quiet")
    assert result.exit_code == 0 and result.output == ""


def test_a_missing_path(tmp_path):
    output = one_line_error(run("build", tmp_path / "nowhere", "--out", tmp_path / "out"))
    assert "nowhere: no such file or folder" in output
    assert not (tmp_path / "out").exists()


def test_a_folder_with_no_articles(tmp_path):
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "notes.pdf").write_bytes(b"%PDF")
    output = one_line_error(run("build", tmp_path / "empty", "--out", tmp_path / "out", "--jobs", "1"))
    assert "no articles" in output and "no readable article" in output


@pytest.mark.parametrize("name, content, reason", [
    ("empty.txt", b"", "empty file"),
    ("binary.txt", bytes(range(256)) * 16, "binary file"),
])
def test_empty_and_binary_files_are_skipped_and_named(folder, tmp_path, name, content, reason):
    (folder / name).write_bytes(content)
    result = run("build", folder, "--out", tmp_path / "out", "--jobs", "1")
    assert result.exit_code == 0, result.output
    assert f"warning: {folder / name}: skipped, {reason}" in result.output
    assert "from 2 articles" in result.output


def test_only_unreadable_inputs_is_an_error(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    output = one_line_error(run("build", tmp_path / "empty.txt", "--out", tmp_path / "out", "--jobs", "1"))
    assert "empty.txt: skipped, empty file" in output and "no readable article" in output


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1"])
def test_files_in_cp1252_and_latin1_are_read(tmp_path, encoding):
    (tmp_path / "a.txt").write_bytes(ARTICLE.replace("Freedonia", "Fr\u00e9donia").encode(encoding))
    result = run("build", tmp_path / "a.txt", "--out", tmp_path / "out", "--jobs", "1")
    assert result.exit_code == 0, result.output
    events = json.loads((tmp_path / "out" / "events.json").read_text(encoding="utf-8"))
    assert events["documents"][0]["published"] == "2025-03-04"


def test_a_50_mb_text_file_is_skipped(folder, tmp_path):
    with (folder / "archive.txt").open("w", encoding="utf-8") as handle:
        for _ in range(50):
            handle.write("Officials met again. " * 50_000)
    result = run("build", folder, "--out", tmp_path / "out", "--jobs", "1")
    assert result.exit_code == 0, result.output
    assert f"{folder / 'archive.txt'}: skipped, 50 MB is too large for one article" in result.output


def test_an_unreadable_file_is_skipped(folder, tmp_path, monkeypatch):
    locked = folder / "locked.txt"
    locked.write_text(ARTICLE, encoding="utf-8")
    locked.chmod(0)
    read_bytes = Path.read_bytes

    def refuse(path):
        if path == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return read_bytes(path)

    monkeypatch.setattr(Path, "read_bytes", refuse)
    result = run("build", folder, "--out", tmp_path / "out", "--jobs", "1")
    assert result.exit_code == 0, result.output
    assert f"{locked}: skipped, cannot be read (Permission denied)" in result.output


def test_a_malformed_jsonl_line_is_skipped_with_its_number(tmp_path):
    lines = [json.dumps({"id": "r1", "text": ARTICLE}), '{"id": "r2", "text": ',
             json.dumps({"id": "r3", "text": ARTICLE})]
    (tmp_path / "a.jsonl").write_text("\n".join(lines), encoding="utf-8")
    result = run("build", tmp_path / "a.jsonl", "--out", tmp_path / "out", "--jobs", "1")
    assert result.exit_code == 0, result.output
    assert f"{tmp_path / 'a.jsonl'}:2: skipped" in result.output and "from 2 articles" in result.output


def test_out_naming_a_file(folder, tmp_path):
    (tmp_path / "taken").write_text("mine", encoding="utf-8")
    assert "is a file, not a folder" in one_line_error(run("build", folder, "--out", tmp_path / "taken"))
    assert (tmp_path / "taken").read_text(encoding="utf-8") == "mine"


def test_out_in_an_unwritable_place(folder, tmp_path):
    (tmp_path / "file").write_text("mine", encoding="utf-8")
    assert "cannot create it" in one_line_error(run("build", folder, "--out", tmp_path / "file" / "out"))


def test_a_cache_that_is_not_a_cache(folder, tmp_path):
    (tmp_path / "c.sqlite").write_text("my notes " * 200, encoding="utf-8")
    output = one_line_error(run("build", folder, "--out", tmp_path / "out", "--cache", tmp_path / "c.sqlite"))
    assert "is not an eventgraph cache" in output
    assert (tmp_path / "c.sqlite").read_text(encoding="utf-8") == "my notes " * 200


@pytest.mark.parametrize("option", ["a.txt=4 May", "a.txt=2024-02-30", "2024-06-20"])
def test_a_published_option_in_the_wrong_form(folder, tmp_path, option):
    output = one_line_error(run("build", folder, "--out", tmp_path / "out", "--published", option), 2)
    assert "FILE=YYYY-MM-DD" in output
    assert not (tmp_path / "out").exists()


def test_a_scheduler_that_cannot_be_reached(folder, tmp_path, monkeypatch):
    monkeypatch.setattr(distributed, "CONNECT_SECONDS", 1)
    output = one_line_error(run("build", folder, "--out", tmp_path / "out", "--scheduler", "tcp://127.0.0.1:9"))
    assert "cannot reach the Dask scheduler" in output


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_failed_build_leaves_the_output_and_the_users_files_as_they_were(folder, tmp_path, monkeypatch, jobs):
    out = tmp_path / "out"
    run("build", folder, "--out", out, "--jobs", "1")
    (out / "notes.txt").write_text("mine", encoding="utf-8")
    before = {path.name: path.read_bytes() for path in out.iterdir()}
    (folder / "c.txt").write_text(ARTICLE.replace("Monday", "Tuesday"), encoding="utf-8")

    def broken(*args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("eventgraph.exporters.html.write", broken)
    output = one_line_error(run("build", folder, "--out", out, "--jobs", jobs, "--force"))
    assert "No space left on device" in output
    after = {path.name: path.read_bytes() for path in out.iterdir()}
    assert {name: data for name, data in after.items() if name != cache.FILENAME} == \
        {name: data for name, data in before.items() if name != cache.FILENAME}
    assert sorted(path.name for path in tmp_path.iterdir()) == ["news", "out"]


def test_a_build_keeps_the_users_files_in_out(folder, tmp_path):
    out = tmp_path / "out"
    (out / "drafts").mkdir(parents=True)
    (out / "drafts" / "plan.md").write_text("plan", encoding="utf-8")
    (out / "notes.txt").write_text("mine", encoding="utf-8")
    run("build", folder, "--out", out, "--jobs", "1", "--force")
    run("build", folder, "--out", out, "--jobs", "1", "--force")
    assert (out / "notes.txt").read_text(encoding="utf-8") == "mine"
    assert (out / "drafts" / "plan.md").read_text(encoding="utf-8") == "plan"
    assert "(0 extracted, 2 from the cache)" in run("build", folder, "--out", out, "--jobs", "1", "--force").output


STALL = """
import pathlib, sys, time
from eventgraph import cli
from eventgraph.exporters import html

def stall(*args):
    pathlib.Path(sys.argv[1]).touch()
    time.sleep(120)

html.write = stall
cli.main(["build", sys.argv[2], "--out", sys.argv[3], "--jobs", "1", "--quiet"])
"""


def test_a_build_killed_halfway_leaves_every_file_whole_and_the_next_removes_its_leftovers(folder, tmp_path):
    out = tmp_path / "out"
    run("build", folder, "--out", out, "--jobs", "1")
    before = outputs(out)
    (folder / "c.txt").write_text(ARTICLE.replace("Monday", "Tuesday"), encoding="utf-8")
    signal_file = tmp_path / "writing"
    process = subprocess.Popen([sys.executable, "-c", STALL, str(signal_file), str(folder), str(out)])
    try:
        for _ in range(600):
            if signal_file.exists() or process.poll() is not None:
                break
            time.sleep(0.1)
        assert signal_file.exists(), "the build never reached the writers"
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait()
    assert outputs(out) == before
    assert sorted(path.name for path in tmp_path.iterdir()) == ["news", "out", "writing"]
    assert [path.name for path in out.iterdir() if path.name.startswith(".eventgraph-tmp.")], "no leftovers"
    run("build", folder, "--out", out, "--jobs", "1")
    assert not [path.name for path in out.iterdir() if path.name.startswith(".eventgraph-tmp.")]


def test_a_build_keeps_the_temporary_files_of_a_build_still_running(folder, tmp_path):
    running = tmp_path / "out" / f".eventgraph-tmp.{os.getppid()}.events.json"
    running.parent.mkdir()
    running.write_text("{}", encoding="utf-8")
    assert run("build", folder, "--out", tmp_path / "out", "--jobs", "1").exit_code == 0
    assert running.is_file()


def test_a_dask_cluster_gives_byte_identical_output(folder, tmp_path):
    from dask.distributed import LocalCluster

    run("build", folder, "--out", tmp_path / "local", "--jobs", "1")
    with LocalCluster(n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None) as cluster:
        result = run("build", folder, "--out", tmp_path / "cluster", "--scheduler", cluster.scheduler_address)
    assert result.exit_code == 0, result.output
    assert "(2 extracted, 0 from the cache)" in result.output
    assert outputs(tmp_path / "cluster") == outputs(tmp_path / "local")


def test_timeline_and_timex_keep_working(folder, tmp_path):
    result = run("timeline", folder, "--format", "json", "--jobs", "1")
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["schema"] == "eventgraph/1"
    (tmp_path / "t.txt").write_text("They met on Monday.", encoding="utf-8")
    result = run("timex", tmp_path / "t.txt", "--dct", "2025-03-04")
    assert result.exit_code == 0 and isinstance(json.loads(result.output), list)


def test_the_default_number_of_jobs_is_every_core():
    assert pipeline_jobs() == len(os.sched_getaffinity(0))


def pipeline_jobs():
    option = next(param for param in cli.build.params if param.name == "jobs")
    return option.default


def test_an_html_page_without_article_text_is_named(folder, tmp_path):
    (folder / "menu.html").write_text("<html><body><nav>Home</nav></body></html>", encoding="utf-8")
    result = run("build", folder, "--out", tmp_path / "out", "--jobs", "2")
    assert result.exit_code == 0, result.output
    assert f"warning: {folder / 'menu.html'}: skipped, no article text found" in result.output


def test_a_worker_process_that_dies(folder, tmp_path, monkeypatch):
    monkeypatch.setattr("eventgraph.pipeline.extract_chunk", os_exit)
    output = one_line_error(run("build", folder, "--out", tmp_path / "out", "--jobs", "2"))
    assert "a worker process died" in output


def os_exit(docs):
    os._exit(9)


def test_a_writer_process_that_dies_changes_nothing(folder, tmp_path, monkeypatch):
    out = tmp_path / "out"
    run("build", folder, "--out", out, "--jobs", "1")
    before = outputs(out)
    (folder / "c.txt").write_text(ARTICLE.replace("Monday", "Tuesday"), encoding="utf-8")
    monkeypatch.setattr("eventgraph.exporters.html.write", lambda *args: os._exit(9))
    assert "a process writing the files died" in one_line_error(run("build", folder, "--out", out, "--jobs", "2"))
    assert outputs(out) == before


@pytest.mark.parametrize("dct", ["2024-13-45", "2024-02-30", "0000-01-01"])
def test_timex_takes_real_dates_only(tmp_path, dct):
    (tmp_path / "t.txt").write_text("They met on Monday.", encoding="utf-8")
    assert "write a real date as YYYY-MM-DD" in one_line_error(run("timex", tmp_path / "t.txt", "--dct", dct), 2)


def test_timex_jsonl_names_the_line_and_field_of_a_bad_record(tmp_path):
    records = [{"id": 1, "text": "They met on Monday.", "dct": 20240101},
               {"id": "b", "text": "They met on Monday.", "dct": "2024-06-20"},
               {"id": "c", "text": 7},
               {"id": "d", "text": "They met on Monday.", "dct": "2024-02-30"}]
    (tmp_path / "t.jsonl").write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    result = run("timex", tmp_path / "t.jsonl", "--jsonl")
    assert result.exit_code == 0, result.output
    assert f'warning: {tmp_path / "t.jsonl"}:1: field "dct": 20240101 is not a date' in result.output
    assert f'warning: {tmp_path / "t.jsonl"}:3: field "text": missing or not a string' in result.output
    assert f'warning: {tmp_path / "t.jsonl"}:4: field "dct": \'2024-02-30\' is not a date' in result.output
    assert '"id": "b"' in result.output


class ReadSpy:
    """A file handle that remembers the longest piece any one read returned."""

    def __init__(self, handle):
        self.handle, self.longest = handle, 0

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.handle.close()

    def _seen(self, data):
        self.longest = max(self.longest, len(data))
        return data

    def read(self, *args):
        return self._seen(self.handle.read(*args))

    def readline(self, *args):
        return self._seen(self.handle.readline(*args))

    def __iter__(self):
        return self

    def __next__(self):
        return self._seen(next(self.handle))


def test_timex_jsonl_reads_past_a_huge_line_without_holding_it(tmp_path, monkeypatch):
    huge = json.dumps({"id": "a", "text": "They met on Monday. " * (3 * 2**20 // 20)})
    (tmp_path / "t.jsonl").write_text(huge + "\n" + json.dumps({"id": "b", "text": "They met on Monday."}) + "\n")
    monkeypatch.setattr(cli, "_MAX_RECORD_BYTES", 1000, raising=False)
    spies = []
    opened = click.open_file
    monkeypatch.setattr(click, "open_file", lambda *args, **kwargs: spies.append(ReadSpy(opened(*args, **kwargs)))
                        or spies[-1])
    result = run("timex", tmp_path / "t.jsonl", "--jsonl")
    assert result.exit_code == 0, result.output
    assert f'warning: {tmp_path / "t.jsonl"}:1: the record is larger than' in result.output
    assert '"id": "b"' in result.output and '"id": "a"' not in result.output
    assert spies and spies[0].longest <= 2**20 < len(huge)


def test_another_programs_database_as_cache_is_refused_before_any_change(folder, tmp_path):
    import sqlite3

    path = tmp_path / "theirs.sqlite"
    connection = sqlite3.connect(path)
    with connection:
        connection.execute("CREATE TABLE articles (key TEXT, body TEXT)")
        connection.execute("INSERT INTO articles VALUES ('k', 'their row')")
    connection.close()
    before = path.read_bytes()
    output = one_line_error(run("build", folder, "--out", tmp_path / "out", "--cache", path))
    assert "another program's SQLite database" in output
    assert path.read_bytes() == before


def test_a_damaged_cache_is_moved_aside_and_the_build_goes_on(folder, tmp_path):
    out = tmp_path / "out"
    run("build", folder, "--out", out, "--jobs", "1")
    cache_file = out / cache.FILENAME
    data = cache_file.read_bytes()
    cache_file.write_bytes(data[:len(data) // 2])
    result = run("build", folder, "--out", out, "--jobs", "1")
    assert result.exit_code == 0, result.output
    assert [line for line in result.output.splitlines() if "moved aside" in line]
    assert "(2 extracted, 0 from the cache)" in result.output
    assert "(0 extracted, 2 from the cache)" in run("build", folder, "--out", out, "--jobs", "1").output

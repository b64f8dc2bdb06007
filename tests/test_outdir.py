"""The output folder: refused before any work when it must not be written, and otherwise left as the user made it."""

import json
import os
import stat
from pathlib import Path

import pytest

from eventgraph import exporters, outdir, pipeline

from .test_cli import ARTICLE, folder, one_line_error, outputs, run  # noqa: F401 (folder is a fixture)



@pytest.fixture
def no_work(monkeypatch):
    """A refusal must come before any article is read."""
    def read(*args, **kwargs):
        raise AssertionError("articles were read before --out was checked")

    monkeypatch.setattr(pipeline, "extract_documents", read)


def test_the_root_folder_is_refused_before_any_work(folder, no_work):
    assert "is the root folder" in one_line_error(run("build", folder, "--out", "/"))


def test_the_home_folder_is_refused(folder, tmp_path, monkeypatch, no_work):
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    assert "is your home folder" in one_line_error(run("build", folder, "--out", home))
    assert list(home.iterdir()) == []


@pytest.mark.parametrize("out", [".", "..", "news"])
def test_a_folder_that_is_or_holds_a_source_is_refused_before_any_work(folder, tmp_path, monkeypatch, no_work, out):
    monkeypatch.chdir(folder if out != "news" else tmp_path)
    source = "." if out != "news" else "news"
    assert "holds the source" in one_line_error(run("build", source, "--out", out))
    assert sorted(path.name for path in folder.iterdir()) == ["a.txt", "b.txt"]


def test_a_folder_with_foreign_files_is_refused_and_force_writes_beside_them_without_copying(folder, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "notes.txt").write_text("mine", encoding="utf-8")
    (out / "events.json").write_text('{"mine": true}', encoding="utf-8")
    output = one_line_error(run("build", folder, "--out", out))
    assert "holds files eventgraph did not write (events.json, notes.txt)" in output and "--force" in output
    assert (out / "events.json").read_text(encoding="utf-8") == '{"mine": true}'
    inode = (out / "notes.txt").stat().st_ino
    assert run("build", folder, "--out", out, "--force").exit_code == 0
    assert (out / "notes.txt").stat().st_ino == inode and (out / "notes.txt").stat().st_nlink == 1
    assert sorted(path.name for path in tmp_path.iterdir()) == ["news", "out"]


def test_force_does_not_override_the_other_refusals(folder, no_work):
    assert "holds the source" in one_line_error(run("build", folder, "--out", folder, "--force"))


def test_a_folder_eventgraph_wrote_is_written_again_without_force(folder, tmp_path):
    out = tmp_path / "out"
    assert run("build", folder, "--out", out).exit_code == 0
    assert json.loads((out / outdir.MANIFEST).read_text(encoding="utf-8"))["files"] == sorted(exporters.OUTPUT_FILES)
    (folder / "c.txt").write_text(ARTICLE.replace("Monday", "Tuesday"), encoding="utf-8")
    assert run("build", folder, "--out", out).exit_code == 0


def test_a_folder_of_a_build_without_manifest_is_still_eventgraphs(folder, tmp_path):
    out = tmp_path / "out"
    run("build", folder, "--out", out)
    (out / outdir.MANIFEST).unlink()
    assert outdir.foreign_files(out) == []
    assert run("build", folder, "--out", out).exit_code == 0


def test_the_folders_mode_owner_group_and_setgid_bit_are_kept(folder, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    os.chmod(out, 0o2700)
    if os.geteuid() == 0:
        os.chown(out, 4321, 4321)
    before = out.stat()
    assert run("build", folder, "--out", out).exit_code == 0
    after = out.stat()
    assert stat.S_IMODE(after.st_mode) == 0o2700
    assert (after.st_uid, after.st_gid, after.st_ino) == (before.st_uid, before.st_gid, before.st_ino)
    if os.geteuid() == 0:
        assert (out / "events.json").stat().st_gid == 4321  # the setgid folder gives its group to new files


def test_a_file_keeps_the_mode_the_user_gave_it(folder, tmp_path):
    out = tmp_path / "out"
    run("build", folder, "--out", out)
    os.chmod(out / "graph.html", 0o600)
    (folder / "c.txt").write_text(ARTICLE.replace("Monday", "Tuesday"), encoding="utf-8")
    run("build", folder, "--out", out)
    assert stat.S_IMODE((out / "graph.html").stat().st_mode) == 0o600


def test_a_symlinked_out_is_written_through_to_its_target(folder, tmp_path):
    target = tmp_path / "real"
    target.mkdir()
    link = tmp_path / "out"
    link.symlink_to(target)
    assert run("build", folder, "--out", link).exit_code == 0
    assert link.is_symlink() and os.readlink(link) == str(target)
    assert set(outputs(target)) == set(exporters.OUTPUT_FILES)
    assert sorted(path.name for path in tmp_path.iterdir()) == ["news", "out", "real"]


def test_an_output_folder_inside_the_sources_is_never_read_back(folder):
    first = run("build", folder, "--out", folder / "out")
    second = run("build", folder, "--out", folder / "out")
    assert "from 2 articles" in first.output and "from 2 articles" in second.output, second.output


def test_a_build_folder_named_as_a_source_gives_none_of_its_own_files(folder, tmp_path):
    out = tmp_path / "out"
    run("build", folder, "--out", out)
    (out / "extra.txt").write_text(ARTICLE, encoding="utf-8")
    result = run("build", out, "--out", tmp_path / "again")
    assert "from 1 articles" in result.output, result.output


def test_a_failed_write_leaves_no_temporary_file(folder, tmp_path, monkeypatch):
    def broken(*args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("eventgraph.exporters.html.write", broken)
    one_line_error(run("build", folder, "--out", tmp_path / "out"))
    assert [path.name for path in Path(tmp_path / "out").iterdir() if path.name != ".eventgraph-cache.sqlite"] == []


def test_the_corrections_the_page_saves_in_the_folder_are_not_foreign(folder, tmp_path):
    out = tmp_path / "out"
    run("build", folder, "--out", out)
    (out / "corrections.json").write_text('{"version": 1, "corrections": []}', encoding="utf-8")
    assert outdir.foreign_files(out) == []

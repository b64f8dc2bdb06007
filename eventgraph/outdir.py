"""The output folder: checked before any work, then written one file at a time, each atomically.

The folder belongs to the user; eventgraph only owns the files it writes there. So the folder itself is never
replaced — its mode, owner, group and setgid bit stay as they are, and a symlinked folder is written through to
its target — and nothing else in it is read, copied or moved. Each file is first written beside its final name
as `.eventgraph-tmp.<pid>.<name>`; only when every file is written are they renamed into place, and the manifest
(`MANIFEST`, the names eventgraph wrote) last. A build that fails or is killed before the renames leaves every
previous file as it was; the temporary files of a killed build are removed by the next build into the folder.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable, Iterable
from pathlib import Path

from .cache import FILENAME as CACHE_FILENAME

MANIFEST = ".eventgraph-manifest.json"
_TEMPORARY = re.compile(r"\.eventgraph-tmp\.(\d+)\.(.+)")
_CACHE_FILES = re.compile(re.escape(CACHE_FILENAME) + r"(?:-wal|-shm|-journal|\.corrupt-[\w.-]+)?")
_SHOWN = 3  # foreign files named in a refusal
_MARKERS = ("events.json", "graph.html")


class OutputError(Exception):
    """The output folder cannot or must not be written."""


def prepare(out: str, sources: Iterable[str], force: bool = False) -> Path:
    """The folder to write to (a symlink followed to its target), created; refuses what must not be written.

    Refused: the root or home folder, a folder that is or holds a source, a file, and — unless `force` — a
    folder holding files eventgraph did not write.
    """
    target = Path(out).expanduser().resolve()
    if target == Path(target.anchor):
        raise OutputError(f"--out {out}: is the root folder; name a folder of its own for the outputs")
    if target == Path.home().resolve():
        raise OutputError(f"--out {out}: is your home folder; name a folder of its own for the outputs")
    for source in sources:
        if not Path(source).exists():  # a URL
            continue
        held = Path(source).resolve()
        if held == target or target in held.parents:
            raise OutputError(f"--out {out}: holds the source {source}; name a folder outside the sources")
    if target.exists() and not target.is_dir():
        raise OutputError(f"--out {out}: is a file, not a folder; name a folder")
    if target.is_dir() and not force:
        foreign = foreign_files(target)
        if foreign:
            more = len(foreign) - _SHOWN
            shown = ", ".join(foreign[:_SHOWN]) + (f" and {more} more" if more > 0 else "")
            raise OutputError(f"--out {out}: holds files eventgraph did not write ({shown}); name an empty or new "
                              "folder, or add --force to write beside them")
    try:
        target.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise OutputError(f"--out {out}: cannot create it ({error.strerror}); name a writable folder") from None
    if not os.access(target, os.W_OK | os.X_OK):
        raise OutputError(f"--out {out}: not writable; name a writable folder")
    return target


def foreign_files(folder: Path) -> list[str]:
    """The names in `folder` that eventgraph did not write, sorted. The corrections made in the page's edit mode
    belong there too: a build reads them from the folder."""
    from .corrections import FILENAME as CORRECTIONS

    ours = set(built_files(folder)) | {MANIFEST, CORRECTIONS}
    return sorted(entry.name for entry in os.scandir(folder)
                  if entry.name not in ours and not _CACHE_FILES.fullmatch(entry.name)
                  and not _TEMPORARY.fullmatch(entry.name))


def written(folder: Path) -> list[str]:
    """The files the manifest of `folder` says eventgraph wrote there; none when it has no readable manifest."""
    try:
        names = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))["files"]
    except (OSError, ValueError, KeyError, TypeError):
        return []
    return [name for name in names if isinstance(name, str) and "/" not in name]


def built_files(folder: Path) -> list[str]:
    """The files a build wrote in `folder`: those its manifest names and, in a folder of eventgraph's (with a
    manifest, or written by a version that wrote none), every file a build writes."""
    named = written(folder)
    if not named and not (folder / MANIFEST).is_file() and not _is_legacy_build(folder):
        return []
    from .exporters import OUTPUT_FILES  # the writers and their libraries: only for a folder of eventgraph's

    return sorted(set(named) | set(OUTPUT_FILES))


def is_build(folder: Path) -> bool:
    """Whether `folder` holds the output of a build, whose files are never read back as articles: it has a
    manifest, or both files every build writes (an earlier version's folder, or a copy of one)."""
    return (folder / MANIFEST).is_file() or all((folder / name).is_file() for name in _MARKERS)


def _is_legacy_build(folder: Path) -> bool:
    """An output folder of a version of eventgraph that wrote no manifest: its events.json says whose it is."""
    try:
        with open(folder / "events.json", encoding="utf-8") as handle:
            head = handle.read(200)
    except (OSError, UnicodeDecodeError):
        return False
    return '"schema": "eventgraph/' in head and (folder / "graph.html").is_file()


def write(folder: Path, writers: dict[str, Callable[[Path], object]],
          run: Callable[[dict[str, Callable[[], object]]], None]) -> None:
    """Write each file of `writers` atomically into `folder`; `run` calls the writing tasks (maybe in parallel)."""
    remove_abandoned(folder)
    temporary = {name: folder / f".eventgraph-tmp.{os.getpid()}.{name}" for name in [*writers, MANIFEST]}
    try:
        run({name: (lambda write=write, path=temporary[name]: write(path)) for name, write in writers.items()})
        temporary[MANIFEST].write_text(json.dumps({"files": sorted(writers)}, indent=1) + "\n", encoding="utf-8")
        for name, path in temporary.items():
            _keep_mode(folder / name, path)
        for name, path in temporary.items():
            os.replace(path, folder / name)
    except BaseException:
        for path in temporary.values():
            _remove(path)
        raise


def _keep_mode(old: Path, new: Path) -> None:
    """A file written again keeps the permissions the user gave it."""
    try:
        mode = old.stat().st_mode & 0o7777
    except OSError:
        return
    os.chmod(new, mode)


def remove_abandoned(folder: Path) -> None:
    """Remove the temporary files of earlier builds into `folder` that were killed: their process is gone."""
    for entry in os.scandir(folder):
        match = _TEMPORARY.fullmatch(entry.name)
        if match and not _running(int(match.group(1))) and not entry.is_dir(follow_symlinks=False):
            _remove(Path(entry.path))


def _remove(path: Path) -> None:
    try:
        path.unlink()
    except FileNotFoundError:
        pass


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError):
        return True
    return True

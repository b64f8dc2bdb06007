"""Writers for every file in the output contract; `write_all` writes them atomically into one folder."""

from __future__ import annotations

import ctypes
import errno
import multiprocessing
import os
import re
import shutil
import tempfile
from collections.abc import Callable
from concurrent.futures import BrokenExecutor, ProcessPoolExecutor
from pathlib import Path

from ..graph import build_graph
from ..model import Story
from . import gexf, graphml, html, jsonout, timeline, timelinejs


class OutputError(Exception):
    """The output folder cannot be written."""


def render_timeline(story: Story, fmt: str = "md", top: int | None = None) -> str:
    if fmt == "json":
        return jsonout.dumps(story, top=top)
    return timeline.render(story, fmt, top)


OUTPUT_FILES = ("events.json", "timeline.md", "timeline.csv", "timelinejs.json", "graph.graphml", "graph.gexf",
                "graph.html", "timeline.html")


def write_all(story: Story, out: str | os.PathLike, jobs: int = 1) -> Path:
    """Write every output into a temporary folder beside `out` (`jobs` files at a time), then swap it into place.

    Whatever else the user keeps in `out` (the extraction cache, notes, other files) is carried into the new
    folder by hard links before the swap. Until the swap nothing in `out` changes, so a build that fails or is
    killed leaves it as it was; on Linux the swap itself is one atomic exchange of the two folders. The
    temporary folders of killed builds are removed by the next build into the same folder.
    """
    out = Path(out)
    if out.exists() and not out.is_dir():
        raise OutputError(f"--out {out}: is a file, not a folder; name a folder")
    parent = out.resolve().parent
    try:
        parent.mkdir(parents=True, exist_ok=True)
        _remove_abandoned(parent, out.name)
        staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.{os.getpid()}.", dir=parent))
    except OSError as error:
        raise OutputError(f"--out {out}: cannot write there ({error.strerror}); name a writable folder") from None
    try:
        _write_files(story, staging, jobs)
        if out.is_dir():
            _carry_over(out, staging)
        _swap_into_place(staging, out)
    except OSError as error:
        shutil.rmtree(staging, ignore_errors=True)
        raise OutputError(f"--out {out}: cannot write there ({error.strerror or error})") from None
    except BrokenExecutor as error:
        shutil.rmtree(staging, ignore_errors=True)
        raise OutputError(f"--out {out}: a process writing the files died ({error}); nothing was changed") \
            from None
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return out


def _remove_abandoned(parent: Path, name: str) -> None:
    """Remove the temporary folders of earlier builds into `name` that were killed: their process is gone."""
    staging = re.compile(rf"\.{re.escape(name)}\.(\d+)\.[a-z0-9_]+")
    for entry in parent.iterdir():
        match = staging.fullmatch(entry.name)
        if match and entry.is_dir() and not entry.is_symlink() and not _running(int(match.group(1))):
            shutil.rmtree(entry, ignore_errors=True)


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError):
        return True
    return True


def _writers(story: Story) -> dict[str, Callable[[Path], object]]:
    """How to write each output file, the slowest first."""
    graph = build_graph(story)
    return {
        "graph.gexf": lambda path: gexf.write_gexf(graph, path),
        "events.json": lambda path: path.write_text(jsonout.dumps(story), encoding="utf-8"),
        "graph.html": lambda path: html.write(story, graph, path),
        "graph.graphml": lambda path: graphml.write_graphml(graph, path),
        "timelinejs.json": lambda path: path.write_text(timelinejs.dumps(story), encoding="utf-8"),
        "timeline.html": lambda path: timelinejs.write_html(story, path),
        "timeline.md": lambda path: timeline.write_md(story, path),
        "timeline.csv": lambda path: timeline.write_csv(story, path),
    }


_FORKED: tuple[dict[str, Callable[[Path], object]], Path] | None = None  # what forked writer processes inherit


def _write_files(story: Story, staging: Path, jobs: int) -> None:
    """Write every file into `staging`; with `jobs` > 1, in forked processes that share the story in memory."""
    global _FORKED
    writers = _writers(story)
    if jobs <= 1 or "fork" not in multiprocessing.get_all_start_methods():
        for name, write in writers.items():
            write(staging / name)
        return
    _FORKED = (writers, staging)
    try:
        with ProcessPoolExecutor(max_workers=min(jobs, len(writers)),
                                 mp_context=multiprocessing.get_context("fork")) as pool:
            for future in [pool.submit(_write_forked, name) for name in writers]:
                future.result()
    finally:
        _FORKED = None


def _write_forked(name: str) -> None:
    writers, staging = _FORKED
    writers[name](staging / name)


def _carry_over(out: Path, staging: Path) -> None:
    """Link everything in `out` that this build does not write into `staging`, so the swap keeps it."""
    for entry in sorted(out.iterdir()):
        target = staging / entry.name
        if entry.name in OUTPUT_FILES or target.exists():
            continue
        if entry.is_symlink():
            os.symlink(os.readlink(entry), target)
        elif entry.is_dir():
            shutil.copytree(entry, target, symlinks=True, copy_function=_link_or_copy)
        else:
            _link_or_copy(entry, target)


def _link_or_copy(source, target) -> None:
    try:
        os.link(source, target)
    except OSError:
        shutil.copy2(source, target)


def _swap_into_place(staging: Path, out: Path) -> None:
    os.chmod(staging, 0o755)
    if not out.exists():
        os.replace(staging, out)
        return
    if _exchange(staging, out):
        shutil.rmtree(staging, ignore_errors=True)
        return
    retired = staging.with_name(staging.name + ".old")
    os.replace(out, retired)
    os.replace(staging, out)
    shutil.rmtree(retired, ignore_errors=True)


_AT_FDCWD = -100
_RENAME_EXCHANGE = 2
_NO_EXCHANGE = (errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP, errno.EXDEV)


def _exchange(a: Path, b: Path) -> bool:
    """Swap two folders in one step with Linux's renameat2(RENAME_EXCHANGE); False where that is unavailable."""
    try:
        renameat2 = ctypes.CDLL(None, use_errno=True).renameat2
    except (OSError, AttributeError):
        return False
    if renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE) == 0:
        return True
    code = ctypes.get_errno()
    if code in _NO_EXCHANGE:
        return False
    raise OSError(code, os.strerror(code), str(b))

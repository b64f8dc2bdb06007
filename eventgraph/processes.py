"""Worker processes end with the build, however it ends.

A worker of a process pool would otherwise outlive a parent that is killed (SIGKILL gives the parent no chance to
stop it) and keep its memory. Each worker asks Linux to kill it when its parent dies (PR_SET_PDEATHSIG) and, where
that is not available, watches its parent. Workers ignore Ctrl-C: the parent stops them, so the user sees no
traceback from each of them.

A pool can be given work to do in this process before its workers are forked (loading models): forked workers
share what it loaded instead of each loading its own. It runs at the first task, so a build that sends none (every
article cached) does not pay for it. What it loaded is then kept out of the cycle collector's walks (`gc.freeze`):
it lives as long as the build, and a walk would cost each worker its time and a private copy of every page it
touches. A pool's workers can be told to collect cycles while this process, which only sends and receives,
pauses its collector.
"""

from __future__ import annotations

import ctypes
import gc
import multiprocessing
import os
import signal
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager

_PR_SET_PDEATHSIG = 1
_WATCH_SECONDS = 0.5


def end_with_parent(parent: int, collect: bool = False) -> None:
    """Pool initializer: end this worker when the process `parent` ends; with `collect`, collect cycles here
    whatever the parent's collector does."""
    if collect:
        gc.enable()
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if not _death_signal():
        threading.Thread(target=_watch, args=(parent,), daemon=True, name="watch-parent").start()
    if os.getppid() != parent:  # the parent died before the death signal was set
        os._exit(1)


def _death_signal() -> bool:
    try:
        prctl = ctypes.CDLL(None, use_errno=True).prctl
    except (OSError, AttributeError):
        return False
    return prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) == 0


def _watch(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(_WATCH_SECONDS)
    os._exit(1)


class _PreparedPool(ProcessPoolExecutor):
    """Runs `prepare` once, in this process, before the first task: the pool forks its workers at that task."""

    def __init__(self, prepare: Callable[[], object] | None, **options) -> None:
        super().__init__(**options)
        self._prepare = prepare

    def submit(self, fn, /, *args, **kwargs):
        if self._prepare is not None:
            prepare, self._prepare = self._prepare, None
            collecting = gc.isenabled()
            prepare()
            if not collecting:  # a library may turn the collector back on as it loads (srsly's msgpack reader)
                gc.disable()
            gc.freeze()
        return super().submit(fn, *args, **kwargs)


@contextmanager
def forked_pool(jobs: int, prepare: Callable[[], object] | None = None,
                collect: bool = False) -> Iterator[ProcessPoolExecutor]:
    """A pool of `jobs` forked workers that end with this process, and at once when the work stops early;
    `prepare` runs in this process before the workers are forked, so that they inherit what it loads. With
    `collect`, the workers run the cycle collector even if this process has paused it."""
    pool = _PreparedPool(prepare, max_workers=jobs, mp_context=multiprocessing.get_context("fork"),
                         initializer=end_with_parent, initargs=(os.getpid(), collect))
    try:
        yield pool
    except BaseException:
        _stop(pool)
        raise
    pool.shutdown()


def _stop(pool: ProcessPoolExecutor) -> None:
    """Kill the workers at once, when the build stops early (an error, Ctrl-C, SIGTERM): their work is lost."""
    for process in list((pool._processes or {}).values()):
        if process.is_alive():
            process.kill()
    pool.shutdown(wait=True, cancel_futures=True)


def terminate_as_interrupt() -> None:
    """Make SIGTERM stop a build as Ctrl-C does: cleanly, leaving the previous outputs whole."""
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, _interrupt)


def _interrupt(number, frame):
    raise KeyboardInterrupt

"""Per-article extraction on a Dask distributed cluster.

`cluster_executor(address)` connects a `dask.distributed.Client` to the scheduler at `address` and hands the
pipeline an executor whose tasks run on the cluster's workers. Every worker must have the same eventgraph (and
its resource files) installed: the pipeline's version is compared on each worker before any article is sent,
because a worker with other rules would give a different story. Only the extraction runs remotely; results come
back in input order and the cross-article passes run here, so the output is byte-identical to a local build.
"""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import Executor
from contextlib import contextmanager

from .cache import pipeline_version

CONNECT_SECONDS = 30


class ClusterError(Exception):
    """The scheduler cannot be reached, or its workers cannot run this eventgraph."""


class ClusterExecutor(Executor):
    def __init__(self, client):
        self.client = client

    def submit(self, fn, /, *args, **kwargs) -> _ClusterFuture:
        # pure=False: two chunks with equal content are still two tasks, never merged into one result.
        return _ClusterFuture(self.client.submit(fn, *args, pure=False, **kwargs))

    @property
    def workers(self) -> int:
        return max(1, len(self.client.scheduler_info().get("workers", {})))


class _ClusterFuture:
    """A Dask future whose failures (a worker lost, the scheduler gone) are a `ClusterError`."""

    def __init__(self, future):
        self.future = future

    def result(self):
        try:
            return self.future.result()
        except Exception as error:
            raise ClusterError(f"the cluster lost a chunk of articles ({type(error).__name__}: {error})") from None


@contextmanager
def cluster_executor(address: str) -> Iterator[ClusterExecutor]:
    from dask.distributed import Client

    try:
        client = Client(address, timeout=CONNECT_SECONDS)
    except Exception as error:  # refused, timed out, a bad address, or something that is not a Dask scheduler
        raise ClusterError(f"--scheduler {address}: cannot reach the Dask scheduler "
                           f"({type(error).__name__}: {error})") from None
    try:
        try:
            versions = client.run(pipeline_version)
        except Exception as error:  # raised on a worker: most often eventgraph is not installed there
            raise ClusterError(f"--scheduler {address}: the workers cannot run eventgraph "
                               f"({type(error).__name__}: {error}); install it on every worker") from None
        if not versions:
            raise ClusterError(f"--scheduler {address}: the cluster has no workers")
        local = pipeline_version()
        different = sorted(worker for worker, version in versions.items() if version != local)
        if different:
            raise ClusterError(f"--scheduler {address}: workers {', '.join(different)} run another version of "
                               f"eventgraph or its resources; install this one on every worker")
        yield ClusterExecutor(client)
    finally:
        client.close()

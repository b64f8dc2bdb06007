"""The stages in order: per-article extraction, then the cross-article passes that make a `Story`.

Per-article extraction (the page's layout, then the stages) is the costly part and needs nothing but the
article, so it runs in chunks on an executor — in this process, in a local process pool (`jobs`), or on a Dask
cluster (`distributed`) — with a bounded number of chunks in flight, so reading keeps streaming while workers
extract. Results come back in input order whichever worker finishes first, so every way of running gives the
same story. Articles found in the extraction cache are not extracted again. The cross-article passes then run
once, in this process.
"""

from __future__ import annotations

import copy
import hashlib
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Executor, Future
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from . import actors, events, ids, ingest, merge, processes, salience, sentences, span, syntax, temporal
from .actors.descriptions import add_countries
from .actors.gazetteer import gazetteer
from .cache import ExtractionCache, article_key
from .events import modality
from .ingest import dateline, language
from .merge import telling
from .merge.cluster import collector_paused
from .model import Document, Story
from .temporal import grammar

CHUNK = 32  # articles sent to a worker at once: large enough to amortise pickling, small enough to balance


PREPARE = (sentences.annotate, temporal.annotate, actors.annotate)  # then events, which parses in batches


def extract(doc: Document) -> Document:
    """Everything that needs only the article itself."""
    return _events(_prepare(doc))


def _events(doc: Document) -> Document:
    return telling.annotate(events.annotate(doc))


def _prepare(doc: Document) -> Document:
    for stage in PREPARE:
        doc = stage(doc)
        assert isinstance(doc, Document), f"{stage.__module__} did not return the Document"
    return doc


@dataclass
class Failure:
    """An article that could not be extracted: it is left out of the story, and `message` says why."""

    message: str


def extract_chunk(docs: list[Document]) -> list[Document | Failure]:
    """Lay out and extract articles as read by `ingest.iter_articles`; the events of the chunk's articles are
    found together, so that their sentences are parsed in one batch."""
    results: list[Document | Failure] = [_guarded(lambda doc: _prepare(ingest.lay_out(doc)), doc) for doc in docs]
    prepared = [doc for doc in results if isinstance(doc, Document)]
    try:
        for doc in events.annotate_many(prepared):
            telling.annotate(doc)
    except syntax.SyntaxModelError:
        raise
    except Exception:  # one article that trips the batch: each on its own, so only that one is left out
        return [_guarded(_events, doc) if isinstance(doc, Document) else doc for doc in results]
    return results


def _guarded(stage: Callable[[Document], Document], doc: Document) -> Document | Failure:
    try:
        return stage(doc)
    except ingest.EmptyPage as error:
        return Failure(f"{doc.path}: skipped, {error}")
    except syntax.SyntaxModelError:
        raise
    except Exception as error:  # one article that trips a stage must not stop a build of thousands
        return Failure(f"{doc.path}: {doc.id} left out, its extraction failed ({type(error).__name__}: {error})")


def redate(docs: list[Document]) -> list[Document]:
    """Re-run the stages that depend on the publication date, once it has been inferred; the events of all the
    articles at once, so that their sentences are parsed in one batch."""
    return [telling.annotate(doc) for doc in events.annotate_many([temporal.annotate(doc) for doc in docs])]


@dataclass
class Counts:
    """How many articles a build extracted and how many it took from the cache, and a digest of its input."""

    extracted: int = 0
    cached: int = 0
    left_out: int = 0  # articles that could not be extracted or broke the cross-article passes
    inputs: Any = field(default_factory=hashlib.sha256)  # a hash of the cache keys of the articles kept, in order


class InlineExecutor(Executor):
    """Runs each task at once in this process: the executor for `jobs=1`."""

    def submit(self, fn, /, *args, **kwargs) -> Future:
        future: Future = Future()
        future.set_result(fn(*args, **kwargs))
        return future


@contextmanager
def local_executor(jobs: int) -> Iterator[Executor]:
    if jobs <= 1:
        yield InlineExecutor()
        return
    # This process only reads articles and keeps what the workers send back: no cycles, but every article's
    # objects, which its collector would walk again and again (about a seventh of its CPU)
    with collector_paused(), processes.forked_pool(jobs, prepare=load_models, collect=True) as pool:
        yield pool


def load_models() -> None:
    """Load what extraction loads on first use and never changes (about 2.5 s of CPU): the syntactic model, the
    language detector, dateparser's English data, the time grammar and the gazetteer. Workers forked after it
    share them."""
    syntax.load()
    language.load()
    dateline.load()
    grammar.load()
    gazetteer()


def _chunks(documents: Iterable[Document], size: int) -> Iterator[list[Document]]:
    chunk: list[Document] = []
    for doc in documents:
        chunk.append(doc)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def extract_all(documents: Iterable[Document], executor: Executor, cache: ExtractionCache | None = None,
                counts: Counts | None = None, in_flight: int = 4,
                warn: Callable[[str], None] = lambda message: None) -> Iterator[Document]:
    """Extract every document on `executor`, `in_flight` chunks at a time, yielding them in input order."""
    counts = counts if counts is not None else Counts()
    pending: deque = deque()
    for chunk in _chunks(documents, CHUNK):
        keys = [article_key(doc) for doc in chunk] if cache is not None else []
        hits = cache.get_many(keys) if cache is not None else {}
        misses = [doc for index, doc in enumerate(chunk) if not keys or keys[index] not in hits]
        future = executor.submit(extract_chunk, misses) if misses else None
        pending.append((chunk, keys, hits, future))
        if len(pending) >= in_flight:
            yield from _collect(*pending.popleft(), cache, counts, warn)
    while pending:
        yield from _collect(*pending.popleft(), cache, counts, warn)


def _collect(chunk: list[Document], keys: list[str], hits: dict[str, Document], future: Future | None,
             cache: ExtractionCache | None, counts: Counts, warn: Callable[[str], None]) -> list[Document]:
    extracted = iter(future.result() if future is not None else ())
    results, fresh = [], []
    for index in range(len(chunk)):
        if keys and keys[index] in hits:
            results.append(hits[keys[index]])
            counts.cached += 1
            counts.inputs.update(keys[index].encode())
            continue
        doc = next(extracted)
        if isinstance(doc, Failure):
            warn(doc.message)
            counts.left_out += 1
            continue
        results.append(doc)
        counts.extracted += 1
        if keys:
            fresh.append((keys[index], doc))
            counts.inputs.update(keys[index].encode())
    if cache is not None and fresh:
        cache.put_many(fresh)
    return results


def extract_documents(sources: Iterable[str], published: dict[str, str] | None = None,
                      warn: Callable[[str], None] = lambda message: None,
                      progress: Callable[[Iterable[Document]], Iterable[Document]] = lambda docs: docs,
                      executor: Executor | None = None, cache: ExtractionCache | None = None,
                      counts: Counts | None = None, in_flight: int = 4, web=None) -> list[Document]:
    """Read and extract the articles of `sources` (URLs and feeds from `web`, what `fetch.gather` fetched).

    `executor` runs the per-article extraction (default: in this process); `cache` skips articles already
    extracted; `counts` is filled with how many were extracted and how many came from the cache.
    """
    documents = list(progress(extract_all(ingest.iter_articles(sources, published, warn, web),
                                          executor or InlineExecutor(), cache, counts, in_flight, warn)))
    if not documents:
        raise ingest.SourceError("no readable article in the sources given")
    return documents


def assemble(documents: list[Document], warn: Callable[[str], None] = lambda message: None,
             counts: Counts | None = None) -> Story:
    """The cross-article passes: actors linked, publication dates inferred, one event per happening.

    An article that makes the passes fail is left out, named through `warn` and counted in `counts`.
    """
    try:
        return _assemble(documents)
    except Exception:  # one article must not stop the build: find the articles that fail and go on without them
        _undo_inferred_dates(documents)
    kept: list[Document] = []
    for doc in documents:
        error = _fails([doc])
        if error is None:
            kept.append(doc)
            continue
        warn(f"{doc.path}: {doc.id} left out, the cross-article passes failed on it ({error})")
        if counts is not None:
            counts.left_out += 1
    while (error := _fails(kept)) is not None:
        doc = _first_failing(kept)
        warn(f"{doc.path}: {doc.id} left out, the cross-article passes failed with it ({error})")
        if counts is not None:
            counts.left_out += 1
        kept.remove(doc)
    return _assemble(kept)


def _undo_inferred_dates(documents: list[Document]) -> None:
    """Put back the articles a failed pass gave an inferred publication date as they were read."""
    inferred = [doc for doc in documents if doc.published_source == "inferred"]
    for doc in inferred:
        doc.published, doc.published_source, doc.published_evidence = None, None, []
    if inferred:
        redate(inferred)


def _fails(documents: list[Document]) -> str | None:
    """Why the passes fail over `documents`, tried on copies: a trial must not leave dates on the articles."""
    try:
        _assemble(copy.deepcopy(documents))
    except Exception as error:
        return f"{type(error).__name__}: {error}"
    return None


def _first_failing(documents: list[Document]) -> Document:
    """The article whose addition makes the passes fail over the articles before it, found by halving."""
    low, high = 0, len(documents)  # the first `low` articles pass; the first `high` fail
    while high - low > 1:
        middle = (low + high) // 2
        if _fails(documents[:middle]) is None:
            low = middle
        else:
            high = middle
    return documents[high - 1]


def _assemble(documents: list[Document]) -> Story:
    story_actors = actors.link_actors(documents)
    redate(merge.infer_publication_dates(documents))
    found = ids.unique(merge.merge_events(documents, story_actors))
    modality.mark(found, documents)
    add_countries(found, story_actors)
    # ranked once, on the events as every file shows them: corrections rank them again, and a file that
    # changes nothing must then change no rank
    salience.rank(found, story_actors, documents)
    return Story(documents=documents, actors=story_actors, events=found, span=span.story_span(documents, found))


def build(sources: Iterable[str], published: dict[str, str] | None = None,
          warn: Callable[[str], None] = lambda message: None,
          progress: Callable[[Iterable[Document]], Iterable[Document]] = lambda docs: docs,
          executor: Executor | None = None, cache: ExtractionCache | None = None,
          counts: Counts | None = None, in_flight: int = 4) -> Story:
    """Read, extract and merge the articles of `sources` into a `Story` (see `extract_documents`)."""
    return assemble(extract_documents(sources, published, warn, progress, executor, cache, counts, in_flight))

"""The `eventgraph` command line: a thin layer over the pipeline and the exporters."""

from __future__ import annotations

import datetime
import json
import os
import re
import sys
from concurrent.futures import BrokenExecutor
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import click

from . import cache, distributed, syntax, temporal

# The pipeline and the exporters load every stage and its libraries (trafilatura, networkx, pyvis); they are
# imported in the commands that use them, so that `--help` and `timex` start at once.
if TYPE_CHECKING:
    from .pipeline import Counts

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _is_date(text: str) -> bool:
    try:
        return bool(_DATE.match(text)) and datetime.date.fromisoformat(text) is not None
    except ValueError:
        return False


def _parse_published(values: tuple[str, ...]) -> dict[str, str]:
    published = {}
    for value in values:
        name, _, date = value.rpartition("=")
        if not name or not _is_date(date):
            raise click.BadParameter(f"{value!r}: write it as FILE=YYYY-MM-DD", param_hint="--published")
        published[name] = date
    return published


def _cores() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def source_options(fn):
    for decorator in reversed((
        click.argument("sources", nargs=-1, required=True, metavar="SOURCE..."),
        click.option("--published", "published", multiple=True, metavar="FILE=YYYY-MM-DD",
                     help="State the publication date of one article (repeatable)."),
        click.option("--jobs", "-j", type=click.IntRange(min=1), default=_cores(),
                     show_default="all cores", help="Extract articles in this many processes."),
        click.option("--scheduler", metavar="ADDRESS",
                     help="Extract articles on the Dask cluster whose scheduler is at ADDRESS "
                          "(tcp://host:8786); --jobs is then ignored."),
        click.option("--cache", "cache_path", type=click.Path(dir_okay=False), metavar="PATH",
                     help=f"Keep extracted articles in this SQLite file (build default: DIR/{cache.FILENAME})."),
        click.option("--quiet", "-q", is_flag=True,
                     help="Print no progress and no summary; skipped inputs are still named on stderr."),
    )):
        fn = decorator(fn)
    return fn


@contextmanager
def _executor(jobs: int, scheduler: str | None):
    """The executor for per-article extraction, and how many chunks to keep in flight on it."""
    if scheduler:
        try:
            with distributed.cluster_executor(scheduler) as executor:
                yield executor, 2 * executor.workers
        except distributed.ClusterError as error:
            raise click.ClickException(str(error)) from None
        return
    from . import pipeline

    try:
        with pipeline.local_executor(jobs) as executor:
            yield executor, 2 * jobs
    except BrokenExecutor as error:
        raise click.ClickException(f"a worker process died ({error}); try fewer --jobs if memory is short") \
            from None


def _extract(sources, stated, quiet, jobs, scheduler, cache_path, show_progress=False):
    from . import ingest, pipeline

    def warn(message: str) -> None:
        click.echo(f"warning: {message}", err=True)

    def progress(documents):
        if quiet or not show_progress:
            yield from documents
            return
        with click.progressbar(documents, label="Reading articles", file=sys.stderr,
                               item_show_func=lambda doc: doc.id if doc else None) as bar:
            yield from bar

    counts = pipeline.Counts()
    try:
        with ExitStack() as stack:
            store = stack.enter_context(cache.ExtractionCache(cache_path)) if cache_path else None
            executor, in_flight = stack.enter_context(_executor(jobs, scheduler))
            documents = pipeline.extract_documents(sources, stated, warn=warn, progress=progress, executor=executor,
                                                   cache=store, counts=counts, in_flight=in_flight)
    except (ingest.SourceError, cache.CacheError, syntax.SyntaxModelError) as error:
        raise click.ClickException(str(error)) from None
    return documents, counts


def _output_state(out: Path) -> dict[str, list[int]]:
    """Size and modification time of each output file in `out`: whether it is still what a build wrote."""
    from . import exporters

    state = {}
    for name in exporters.OUTPUT_FILES:
        try:
            stat = (out / name).stat()
        except OSError:
            continue
        state[name] = [stat.st_size, stat.st_mtime_ns]
    return state


def _prepare_out(out: str) -> Path:
    """Fail before the long work when --out cannot be written: it must be a folder in a writable place."""
    path = Path(out)
    if path.exists() and not path.is_dir():
        raise click.ClickException(f"--out {out}: is a file, not a folder; name a folder")
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise click.ClickException(f"--out {out}: cannot create it ({error.strerror}); name a writable folder") \
            from None
    if not os.access(path.resolve().parent, os.W_OK | os.X_OK) or not os.access(path, os.W_OK | os.X_OK):
        raise click.ClickException(f"--out {out}: not writable; name a writable folder")
    return path


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="eventgraph")
def main():
    """Turn news articles about one story into a dated, sourced timeline and a graph of who did what, when."""


@main.command()
@source_options
@click.option("--out", "out", required=True, type=click.Path(), metavar="DIR",
              help="Folder to write events.json, graph.html, the timelines and the graph files to.")
def build(sources, published, jobs, scheduler, cache_path, quiet, out):
    """Read SOURCE... (files or folders of .txt .md .html .htm .jsonl) and write every output file to DIR.

    Articles already extracted by an earlier build are taken from the cache (DIR/.eventgraph-cache.sqlite,
    or --cache PATH), so a rebuild extracts only new or changed articles; when no article changed and the files
    in DIR are those the last build wrote, DIR is left as it is.
    """
    from . import exporters, ingest, pipeline

    stated = _parse_published(published)
    try:
        ingest.check_sources(sources)
    except ingest.SourceError as error:
        raise click.ClickException(str(error)) from None
    out_path = _prepare_out(out)
    cache_file = cache_path or str(out_path / cache.FILENAME)
    documents, counts = _extract(sources, stated, quiet, jobs, scheduler, cache_file, show_progress=True)
    inputs = f"{cache.package_version()}:{counts.inputs.hexdigest()}"
    with cache.ExtractionCache(cache_file) as store:
        last = store.last_build(out_path)
    if last and last["inputs"] == inputs and last["files"] == _output_state(out_path):
        _summary(quiet, last["events"], last["actors"], len(documents), counts, f"{out} is up to date")
        return
    story = pipeline.assemble(documents)
    try:
        exporters.write_all(story, out, jobs=jobs)
    except exporters.OutputError as error:
        raise click.ClickException(str(error)) from None
    with cache.ExtractionCache(cache_file) as store:
        store.record_build(out_path, {"inputs": inputs, "files": _output_state(out_path),
                                      "events": len(story.events), "actors": len(story.actors)})
    _summary(quiet, len(story.events), len(story.actors), len(documents), counts, f"written to {out}")


def _summary(quiet: bool, events: int, actors: int, articles: int, counts: Counts, outcome: str) -> None:
    if not quiet:
        click.echo(f"{events} events, {actors} actors from {articles} articles ({counts.extracted} extracted, "
                   f"{counts.cached} from the cache) {outcome}", err=True)


@main.command()
@source_options
@click.option("--format", "fmt", type=click.Choice(["md", "csv", "json"]), default="md", show_default=True,
              help="How to print the timeline.")
@click.option("--top", type=click.IntRange(min=1), default=None, metavar="K",
              help="Only the K events reported by the most articles, in date order.")
def timeline(sources, published, jobs, scheduler, cache_path, quiet, fmt, top):
    """Print the chronological timeline of the story told by SOURCE..."""
    from . import exporters, pipeline

    documents, _ = _extract(sources, _parse_published(published), quiet, jobs, scheduler, cache_path)
    story = pipeline.assemble(documents)
    click.echo(exporters.render_timeline(story, fmt, top), nl=False)


@main.command()
@click.argument("file", type=click.Path(dir_okay=False, allow_dash=True))
@click.option("--dct", metavar="YYYY-MM-DD", help="Document creation time the expressions are resolved against.")
@click.option("--jsonl", "jsonl", is_flag=True,
              help='FILE holds one {"id", "text", "dct"} per line; print one {"id", "timexes"} per line.')
def timex(file, dct, jsonl):
    """Print the time expressions found in FILE as JSON, with TIMEX3 values."""
    if dct is not None and not _DATE.match(dct):
        raise click.BadParameter(f"{dct!r}: write it as YYYY-MM-DD", param_hint="--dct")
    try:
        with click.open_file(file, encoding="utf-8", errors="replace") as handle:
            if not jsonl:
                click.echo(json.dumps(temporal.as_json(temporal.tag(handle.read(), dct)), ensure_ascii=False))
                return
            for number, line in enumerate(handle, 1):
                if not line.strip():
                    continue
                try:
                    record = json.loads(line)
                    text, doc_dct = record["text"], record.get("dct") or dct
                except (ValueError, KeyError, TypeError):
                    click.echo(f"warning: {file}:{number}: not a JSON object with a text; skipped", err=True)
                    continue
                timexes = temporal.as_json(temporal.tag(text, doc_dct))
                click.echo(json.dumps({"id": record.get("id"), "timexes": timexes}, ensure_ascii=False))
    except OSError as error:
        raise click.ClickException(f"{file}: {error.strerror or error}") from None

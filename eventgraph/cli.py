"""The `eventgraph` command line: a thin layer over the pipeline and the exporters."""

from __future__ import annotations

import json
import os
import sys
from concurrent.futures import BrokenExecutor
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import click

from . import cache, distributed, syntax, temporal
from .days import is_day
from .lines import bounded_lines

# The pipeline and the exporters load every stage and its libraries (trafilatura, networkx, pyvis); they are
# imported in the commands that use them, so that `--help` and `timex` start at once.
if TYPE_CHECKING:
    from .corrections import Corrections
    from .pipeline import Counts

_MAX_RECORD_BYTES = 10 * 2**20  # as for an article of the build: a larger record is not one article


def _parse_published(values: tuple[str, ...]) -> dict[str, str]:
    published = {}
    for value in values:
        name, _, date = value.rpartition("=")
        if not name or not is_day(date):
            raise click.BadParameter(f"{value!r}: write it as FILE=YYYY-MM-DD", param_hint="--published")
        published[name] = date
    return published


def _cores() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def source_options(fn):
    for decorator in reversed((
        click.argument("sources", nargs=-1, metavar="SOURCE..."),
        click.option("--urls", "urls_file", type=click.Path(exists=True, dir_okay=False), metavar="FILE",
                     help="Also read the articles at the URLs in FILE, one a line."),
        click.option("--refresh", is_flag=True,
                     help="Ask again for pages fetched by an earlier build (a conditional request)."),
        click.option("--offline", is_flag=True,
                     help="Fetch nothing: read URLs from the pages an earlier build kept, and name the others."),
        click.option("--fetch-delay", type=click.FloatRange(min=0), default=1.0, show_default=True,
                     metavar="SECONDS", help="Wait this long between two requests to one host."),
        click.option("--timeout", type=click.FloatRange(min=0.1), default=20.0, show_default=True,
                     metavar="SECONDS", help="Give up on a server silent for this long."),
        click.option("--published", "published", multiple=True, metavar="FILE=YYYY-MM-DD",
                     help="State the publication date of one article (repeatable)."),
        click.option("--jobs", "-j", type=click.IntRange(min=1), default=_cores(),
                     show_default="all cores",
                     help="Extract articles in this many processes; fetch from this many hosts at once."),
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


def corrections_option(fn):
    return click.option("--corrections", "corrections_path", type=click.Path(dir_okay=False), metavar="FILE",
                        help="Apply the journalist's corrections in FILE (build default: DIR/corrections.json "
                             "when it is there). See the output contract for its format.")(fn)


def _load_corrections(path: str | None, out: Path | None) -> Corrections | None:
    """The corrections to apply (`path`, else the file in `out` if it is there), checked before any article is
    read; a bad file stops the command."""
    from . import corrections

    if path is None and (out is None or not (out / corrections.FILENAME).is_file()):
        return None
    try:
        return corrections.load(path or out / corrections.FILENAME)
    except corrections.CorrectionsError as error:
        raise click.ClickException(str(error)) from None


def _apply_corrections(story, loaded: Corrections | None, quiet: bool) -> None:
    from . import corrections

    if loaded is None:
        return
    report = corrections.apply(story, loaded.items)
    for line in corrections.problems(report, loaded.path):
        click.echo(f"warning: {line}", err=True)
    if not quiet:
        applied = sum(entry["status"] == "applied" for entry in report)
        click.echo(f"{loaded.path}: {applied} of {len(report)} corrections applied", err=True)


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


def _all_sources(sources: tuple[str, ...], urls_file: str | None) -> list[str]:
    """SOURCE... and the URLs of --urls, checked: each path must exist, and there must be something to read."""
    from . import fetch, ingest

    everything = list(sources)
    if urls_file:
        try:
            listed = fetch.read_url_file(urls_file)
        except OSError as error:
            raise click.ClickException(f"--urls {urls_file}: cannot be read ({error.strerror or error})") from None
        wrong = [line for line in listed if not fetch.is_url(line)]
        if wrong:
            raise click.ClickException(f"--urls {urls_file}: {wrong[0]!r} is not an http:// or https:// URL; "
                                       "write one URL a line")
        everything += listed
    if not everything:
        raise click.UsageError("name at least one SOURCE (a file, folder or URL) or --urls FILE")
    try:
        ingest.check_sources(everything)
    except ingest.SourceError as error:
        raise click.ClickException(str(error)) from None
    return everything


def _fetch(sources: list[str], cache_path: str | None, jobs: int, refresh: bool, offline: bool,
           fetch_delay: float, timeout: float, quiet: bool):
    """Fetch the URLs and feeds among `sources` into the cache at `cache_path`; None when there are none."""
    from . import fetch

    if not fetch.wanted(sources):
        return None
    settings = fetch.Settings(delay=fetch_delay, hosts=jobs, refresh=refresh, offline=offline,
                              options=fetch.client.Options(timeout=timeout))
    counts = {"fetched": 0, "cached": 0, "failed": 0}
    warnings: list[str] = []  # printed once the progress bar is done, not through it

    def show(_) -> str:
        return ", ".join(f"{number} {state}" for state, number in counts.items())

    try:
        with ExitStack() as stack:
            store = stack.enter_context(fetch.PageStore(cache_path)) if cache_path else None
            bar = None if quiet else stack.enter_context(
                click.progressbar(length=1, label="Fetching", file=sys.stderr, item_show_func=show))
            planned = [0]

            def on_planned(count: int) -> None:
                planned[0] += count
                if bar is not None:
                    bar.length = max(1, planned[0])

            def on_outcome(outcome) -> None:
                counts[outcome.state] += 1
                if bar is not None:
                    bar.update(1, outcome)

            web = fetch.gather(sources, store, settings, warnings.append, on_outcome, on_planned)
    except cache.CacheError as error:
        raise click.ClickException(str(error)) from None
    finally:
        for message in warnings:
            click.echo(f"warning: {message}", err=True)
    if not quiet:
        click.echo(f"Pages: {show(None)}", err=True)
    return web


def _warn(message: str) -> None:
    click.echo(f"warning: {message}", err=True)


def _extract(sources, stated, quiet, jobs, scheduler, cache_path, show_progress=False, web=None):
    from . import ingest, pipeline

    warn = _warn

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
            store = stack.enter_context(cache.ExtractionCache(cache_path, warn=warn)) if cache_path else None
            executor, in_flight = stack.enter_context(_executor(jobs, scheduler))
            documents = pipeline.extract_documents(sources, stated, warn=warn, progress=progress, executor=executor,
                                                   cache=store, counts=counts, in_flight=in_flight, web=web)
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


def _prepare_out(out: str, sources: tuple[str, ...], force: bool) -> Path:
    """Check --out before the long work: a folder eventgraph may write to (see `outdir.prepare`)."""
    from . import outdir

    try:
        return outdir.prepare(out, sources, force)
    except outdir.OutputError as error:
        raise click.ClickException(str(error)) from None


MAX_JOBS_PER_CORE = 2  # extraction is CPU-bound: more processes than this only add memory (~80 MB each)


def _cap_jobs(jobs: int, sources: list[str], quiet: bool) -> int:
    """--jobs no larger than the number of articles and a sane multiple of the cores, with a note when capped.

    Articles are counted in files and folders only: a page or feed from the web is not read yet."""
    from . import fetch, ingest

    cap, reason = MAX_JOBS_PER_CORE * _cores(), f"{MAX_JOBS_PER_CORE} per core"
    if jobs > 1 and not fetch.wanted(sources):
        articles = ingest.count_articles(sources, at_most=min(jobs, cap) + 1)
        if articles < min(jobs, cap):
            cap, reason = max(articles, 1), "the number of articles"
    if jobs <= cap:
        return jobs
    stated = click.get_current_context().get_parameter_source("jobs") != click.core.ParameterSource.DEFAULT
    if stated and not quiet:  # the default (all cores) capped for a few articles is no news
        click.echo(f"note: --jobs {jobs} capped at {cap}, {reason}", err=True)
    return cap


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="eventgraph")
def main():
    """Turn news articles about one story into a dated, sourced timeline and a graph of who did what, when."""


@main.command()
@source_options
@click.option("--out", "out", required=True, type=click.Path(), metavar="DIR",
              help="Folder to write events.json, graph.html, the timelines and the graph files to.")
@click.option("--title", "title", metavar="TEXT",
              help="The story's title (default: its most central actors and the months it spans).")
@corrections_option
@click.option("--force", is_flag=True,
              help="Write into DIR even when it holds files eventgraph did not write (they are left alone).")
def build(sources, urls_file, refresh, offline, fetch_delay, timeout, published, jobs, scheduler, cache_path, quiet,
          out, title, corrections_path, force):
    """Read SOURCE... (files or folders of .txt .md .html .htm .jsonl, URLs of pages, RSS or Atom feeds as URLs
    or files) and write every output file to DIR.

    Pages fetched from the web are kept in the cache and read from it by later builds, which make no request
    unless --refresh. Articles already extracted by an earlier build are taken from the cache
    (DIR/.eventgraph-cache.sqlite, or --cache PATH), so a rebuild extracts only new or changed articles; when no
    article changed and the files in DIR are those the last build wrote, DIR is left as it is.

    DIR must not be /, your home folder or a folder holding a source; a folder holding other files than
    eventgraph's is written to only with --force. Each file is replaced atomically, and nothing else in DIR is
    touched.
    """
    from . import exporters, pipeline, processes
    from .merge.cluster import collector_paused
    from .title import default_title

    processes.terminate_as_interrupt()
    stated = _parse_published(published)
    sources = _all_sources(sources, urls_file)
    fixes = _load_corrections(corrections_path, Path(out))
    out_path = _prepare_out(out, sources, force)
    cache_file = cache_path or str(out_path / cache.FILENAME)
    web = _fetch(sources, cache_file, jobs, refresh, offline, fetch_delay, timeout, quiet)
    jobs = _cap_jobs(jobs, sources, quiet) if not scheduler else jobs
    documents, counts = _extract(sources, stated, quiet, jobs, scheduler, cache_file, show_progress=True, web=web)
    inputs = f"{cache.package_version()}:{counts.inputs.hexdigest()}:{title or ''}:{fixes.digest if fixes else ''}"
    last = _cached(cache_file, lambda store: store.last_build(out_path))
    if last and last.get("inputs") == inputs and last.get("files") == _output_state(out_path):
        _summary(quiet, last["events"], last["actors"], last.get("articles", len(documents)), counts,
                 f"{out} is up to date")
        return
    # The cross-article passes and the writers make no reference cycles worth collecting: paused, the cycle
    # collector does not walk every article's objects again and again, nor make forked writers copy each page it
    # touches
    with collector_paused():
        story = pipeline.assemble(documents, warn=_warn, counts=counts)
        story.title = " ".join((title or "").split()) or default_title(story)
        _apply_corrections(story, fixes, quiet)
        try:
            exporters.write_all(story, out_path, jobs=jobs)
        except exporters.OutputError as error:
            raise click.ClickException(str(error)) from None
    _cached(cache_file, lambda store: store.record_build(out_path, {
        "inputs": inputs, "files": _output_state(out_path), "events": len(story.events),
        "actors": len(story.actors), "articles": len(story.documents)}))
    _summary(quiet, len(story.events), len(story.actors), len(story.documents), counts, f"written to {out}")


def _cached(cache_file: str, use):
    """`use(store)` on the cache at `cache_file`; a cache that fails now only costs the next build's shortcut."""
    try:
        with cache.ExtractionCache(cache_file, warn=_warn) as store:
            return use(store)
    except cache.CacheError as error:
        _warn(str(error))
        return None


def _summary(quiet: bool, events: int, actors: int, articles: int, counts: Counts, outcome: str) -> None:
    if not quiet:
        left_out = f", {counts.left_out} left out" if counts.left_out else ""
        click.echo(f"{events} events, {actors} actors from {articles} articles ({counts.extracted} extracted, "
                   f"{counts.cached} from the cache{left_out}) {outcome}", err=True)


@main.command()
@source_options
@click.option("--format", "fmt", type=click.Choice(["md", "csv", "json"]), default="md", show_default=True,
              help="How to print the timeline.")
@click.option("--top", type=click.IntRange(min=1), default=None, metavar="K",
              help="Only the K events reported by the most articles, in date order.")
@corrections_option
def timeline(sources, urls_file, refresh, offline, fetch_delay, timeout, published, jobs, scheduler, cache_path,
             quiet, fmt, top, corrections_path):
    """Print the chronological timeline of the story told by SOURCE..."""
    from . import exporters, pipeline, processes
    from .title import default_title

    processes.terminate_as_interrupt()
    fixes = _load_corrections(corrections_path, None)
    stated = _parse_published(published)
    sources = _all_sources(sources, urls_file)
    web = _fetch(sources, cache_path, jobs, refresh, offline, fetch_delay, timeout, quiet)
    jobs = _cap_jobs(jobs, sources, quiet) if not scheduler else jobs
    documents, _ = _extract(sources, stated, quiet, jobs, scheduler, cache_path, web=web)
    story = pipeline.assemble(documents, warn=_warn)
    story.title = default_title(story)
    _apply_corrections(story, fixes, quiet)
    click.echo(exporters.render_timeline(story, fmt, top), nl=False)


@main.command()
@click.argument("file", type=click.Path(dir_okay=False, allow_dash=True))
@click.option("--dct", metavar="YYYY-MM-DD", help="Document creation time the expressions are resolved against.")
@click.option("--jsonl", "jsonl", is_flag=True,
              help='FILE holds one {"id", "text", "dct"} per line; print one {"id", "timexes"} per line.')
def timex(file, dct, jsonl):
    """Print the time expressions found in FILE as JSON, with TIMEX3 values."""
    if dct is not None and not is_day(dct):
        raise click.BadParameter(f"{dct!r}: write a real date as YYYY-MM-DD", param_hint="--dct")
    try:
        if not jsonl:
            with click.open_file(file, encoding="utf-8", errors="replace") as handle:
                click.echo(json.dumps(temporal.as_json(temporal.tag(handle.read(), dct)), ensure_ascii=False))
            return
        with click.open_file(file, "rb") as handle:
            for number, raw in enumerate(bounded_lines(handle, _MAX_RECORD_BYTES), 1):
                if raw is not None and not raw.strip():
                    continue
                try:
                    identifier, text, doc_dct = _timex_record(raw, dct)
                except ValueError as error:
                    click.echo(f"warning: {file}:{number}: {error}; skipped", err=True)
                    continue
                timexes = temporal.as_json(temporal.tag(text, doc_dct))
                click.echo(json.dumps({"id": identifier, "timexes": timexes}, ensure_ascii=False))
    except OSError as error:
        raise click.ClickException(f"{file}: {error.strerror or error}") from None


def _timex_record(line: bytes | None, dct: str | None) -> tuple[object, str, str | None]:
    """The id, text and document creation time of one `timex --jsonl` record (None: a line too long to read);
    ValueError names what is wrong."""
    from .clean import unicode_text

    if line is None:
        raise ValueError(f"the record is larger than {_MAX_RECORD_BYTES // 2**20} MB")
    try:
        record = json.loads(line.decode("utf-8", "replace"))
    except ValueError:
        raise ValueError("not a JSON object") from None
    if not isinstance(record, dict):
        raise ValueError("not a JSON object")
    text, identifier, doc_dct = record.get("text"), record.get("id"), record.get("dct")
    if not isinstance(text, str):
        raise ValueError('field "text": missing or not a string')
    if isinstance(identifier, bool) or (identifier is not None and not isinstance(identifier, (str, int))):
        raise ValueError('field "id": not a string or a number')
    if doc_dct is not None and not (isinstance(doc_dct, str) and is_day(doc_dct)):
        raise ValueError(f'field "dct": {doc_dct!r} is not a date written as YYYY-MM-DD')
    if isinstance(identifier, str):
        identifier = unicode_text(identifier)
    return identifier, unicode_text(text), doc_dct or dct

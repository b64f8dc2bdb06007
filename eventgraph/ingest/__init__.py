"""Read articles from files and folders into `Document`s, one at a time.

`.txt` and `.md` files are pages saved as text, `.html`/`.htm` pages go through trafilatura, `.jsonl` files hold
one article record a line. URLs, and feeds (`.rss` `.atom` `.xml`) named as URLs or as files or found in a
folder, are read from the pages `fetch.gather` fetched (`web`), each page a document whose path is its URL.
Folders are read recursively in sorted order, leaving out hidden entries and earlier eventgraph output
folders: a feed file in a folder stands for its links there, as it does named on the command line. Inputs
that cannot be read are named through `warn` and skipped; only a path that does not exist stops the reading
(`SourceError`).

Each document gets its headline, the spans of its text that are the article (page furniture left out) and its
publication date: stated with `--published` (`option`), from the page's metadata or JSONL record
(`metadata`), or from the dateline near the top of the text (`text`; a wire dateline without a year takes the
year of the day a fetched page was sent); otherwise none. An article in a language eventgraph does not read
is skipped (`language`).

Reading (`iter_articles`: files, decoding, records) and layout (`lay_out`: main text of HTML, headline,
furniture, dateline) are two steps, so that the pipeline can read in one process and lay out in its workers,
and the extraction cache can recognise an article before any work is done on it.
"""

from __future__ import annotations

import datetime
import os
import re
from collections.abc import Callable, Iterable, Iterator
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from .. import ids, outdir
from ..clean import unicode_text
from ..model import Document
from ..outdir import is_build
from ..urls import is_url
from . import html, jsonl, language, page
from .decode import Unreadable, decode_bytes, decode_page

if TYPE_CHECKING:
    from ..fetch import Web

SUFFIXES = (".txt", ".md", ".html", ".htm", ".jsonl")
FEED_SUFFIXES = (".rss", ".atom", ".xml")  # RSS or Atom feeds, which stand for the articles they link to
HTML_SUFFIXES = (".html", ".htm")
MAX_ARTICLE_BYTES = 10 * 2**20  # an article page is kilobytes; a larger file is an archive, not one article


class SourceError(Exception):
    """A source the user named cannot be read at all (missing path)."""


class EmptyPage(Exception):
    """A page with no article text: nothing but a headline or furniture, or HTML with no main text."""


class OtherLanguage(EmptyPage):
    """An article in a language that eventgraph does not read."""


Warn = Callable[[str], None]


def iter_documents(sources: Iterable[str], published: dict[str, str] | None = None,
                   warn: Warn = lambda message: None, web: Web | None = None) -> Iterator[Document]:
    """The articles of `sources`, each with its title, body spans and publication date."""
    for doc in iter_articles(sources, published, warn, web):
        try:
            yield lay_out(doc)
        except EmptyPage as error:
            warn(f"{doc.path}: skipped, {error}")


def lay_out(doc: Document) -> Document:
    """Fill in what the page's layout tells: the headline when none was given, the article's spans, the dateline.

    The costly half of ingest, kept apart from reading so it can run wherever articles are extracted. Raises
    `EmptyPage` for a page without article text.
    """
    if doc.body:
        return doc
    is_html = Path(doc.path).suffix.lower() in HTML_SUFFIXES or is_url(doc.path)
    if is_html:
        _extract_html(doc)
    found = page.read(doc.text, doc.title or None, wrapped=False if is_html else None)
    if not found.body:
        raise EmptyPage("no article text found, only a headline or page furniture")
    spoken = language.foreign(" ".join(doc.text[start:end] for start, end in found.body))
    if spoken:
        raise OtherLanguage(f"written in {spoken}; eventgraph reads {language.READ_NAMES}")
    doc.title = found.title or doc.title or doc.id
    doc.body = found.body
    doc.place = doc.place or found.place
    if doc.published is None:
        date = found.published or _in_year_of(found.month_day, doc.fetched)
        if date:
            doc.published, doc.published_source = date, "text"
    return doc


def _in_year_of(month_day: tuple[int, int] | None, sent: str | None) -> str | None:
    """A month and day as the last such day on or before the day the page was sent (a day later for time zones)."""
    if month_day is None or sent is None:
        return None
    latest = datetime.date.fromisoformat(sent) + datetime.timedelta(days=1)
    for year in (latest.year, latest.year - 1):
        try:
            day = datetime.date(year, *month_day)
        except ValueError:
            continue
        if day <= latest:
            return day.isoformat()
    return None


def iter_articles(sources: Iterable[str], published: dict[str, str] | None = None,
                  warn: Warn = lambda message: None, web: Web | None = None) -> Iterator[Document]:
    """The articles of `sources` as read: text, given title, URL and a stated or metadata date; no layout yet.

    URLs and feeds are read from `web`, what `fetch.gather` fetched for these sources.
    """
    sources = list(sources)
    check_sources(sources)
    stated = _Stated(published or {})
    taken: set[str] = set()
    for doc in _read_all(sources, stated, warn, web):
        doc.id = ids.free(doc.id, taken)
        taken.add(doc.id)
        yield doc
    for name in stated.unused():
        warn(f"--published {name}: no article read from that file")


def check_sources(sources: Iterable[str]) -> None:
    for source in sources:
        if not is_url(source) and not Path(source).exists():
            raise SourceError(f"{source}: no such file or folder")


def _read_all(sources: list[str], stated: _Stated, warn: Warn, web: Web | None) -> Iterator[Document]:
    for source in sources:
        if is_url(source):
            yield from _read_feed(source, stated, warn, web) if web is not None and source in web.feeds \
                else _read_url(source, stated, warn, web)
            continue
        for file in _files(source, warn):
            yield from _read_feed(str(file), stated, warn, web) if is_feed(file) else _read(file, stated, warn)


def feed_files(sources: Iterable[str]) -> Iterator[Path]:
    """The feed files among `sources`: named, or in a folder named, as the folder's articles are found."""
    for source in sources:
        if not is_url(source):
            yield from (file for file in _files(source, lambda message: None) if is_feed(file))


def is_feed(path: Path) -> bool:
    return path.suffix.lower() in FEED_SUFFIXES


def _read_feed(feed: str, stated: _Stated, warn: Warn, web: Web | None) -> Iterator[Document]:
    """The pages of a feed's links (`feed`: its URL, or its file's path as `feed_files` gives it)."""
    if web is None or feed not in web.feeds:
        warn(f"{feed}: skipped, a feed's articles are read from the web, and nothing was fetched")
        return
    for link in web.feeds[feed]:
        yield from _read_url(link, stated, warn, web)


def _read_url(url: str, stated: _Stated, warn: Warn, web: Web | None) -> Iterator[Document]:
    """The page fetched for `url`; one that could not be fetched was named when fetching and is left out."""
    fetched = web.pages.get(url) if web is not None else None
    if fetched is None:
        return
    try:
        text = decode_page(fetched.body, fetched.content_type)
    except Unreadable as error:
        warn(f"{url}: skipped, {error}")
        return
    doc = Document(id=url_id(url), path=url, text=text, url=fetched.url, fetched=_day(fetched.last_modified or
                                                                                      fetched.date))
    _date(doc, stated.get_name(url), None)
    yield doc


def url_id(url: str) -> str:
    """A readable id from a URL: its last path segment without a suffix, else its host."""
    parts = urlsplit(url)
    segments = [segment for segment in parts.path.split("/") if segment]
    name = re.sub(r"\.[a-z0-9]{1,5}$", "", segments[-1], flags=re.I) if segments else ""
    if not re.search(r"[a-z]", name, re.I):
        name = "-".join([parts.netloc, *segments])
    return re.sub(r"[^\w.-]+", "-", name).strip("-.")[:80] or "page"


def _day(header: str | None) -> str | None:
    try:
        return parsedate_to_datetime(header).date().isoformat() if header else None
    except (TypeError, ValueError, IndexError):
        return None


def _files(source: str, warn: Warn) -> Iterator[Path]:
    root = Path(source)
    if not root.is_dir():
        yield root
        return
    found = sorted(_article_files(root), key=lambda path: path.relative_to(root).parts)
    if not found:
        warn(f"{source}: no articles ({' '.join(SUFFIXES)}) or feeds ({' '.join(FEED_SUFFIXES)}) in this folder")
    yield from found


def _article_files(root: Path) -> Iterator[Path]:
    """The article and feed files under `root`, leaving out hidden entries and the output folders of builds.

    A build's folder named as the source itself is read without the files the build wrote.
    """
    for folder, subfolders, files in os.walk(root):
        here = Path(folder)
        subfolders[:] = [name for name in subfolders if not name.startswith(".") and not is_build(here / name)]
        built = set(outdir.built_files(here)) if here == root else set()
        for name in files:
            path = here / name
            if (not name.startswith(".") and name not in built and path.suffix.lower() in SUFFIXES + FEED_SUFFIXES
                    and path.is_file()):
                yield path


def count_articles(sources: Iterable[str], at_most: int) -> int:
    """How many articles `sources` hold, counted no further than `at_most`: a cheap look before reading."""
    count = 0
    for source in sources:
        for path in _files(source, lambda message: None):
            count += _records(path, at_most - count) if path.suffix.lower() == ".jsonl" else 1
            if count >= at_most:
                return at_most
    return count


def _records(path: Path, at_most: int) -> int:
    count = 0
    try:
        with path.open("rb") as handle:
            for line in handle:
                count += bool(line.strip())
                if count >= at_most:
                    break
    except OSError:
        pass
    return count


def _read(path: Path, stated: _Stated, warn: Warn) -> Iterator[Document]:
    if path.suffix.lower() == ".jsonl":
        yield from _read_jsonl(path, stated, warn)
        return
    try:
        size = path.stat().st_size
        if size > MAX_ARTICLE_BYTES:
            warn(f"{path}: skipped, {size / 2**20:.0f} MB is too large for one article (at most "
                 f"{MAX_ARTICLE_BYTES // 2**20} MB); give each article its own file or a line of a .jsonl file")
            return
        text = decode_bytes(path.read_bytes())
    except OSError as error:
        warn(f"{path}: skipped, cannot be read ({error.strerror or error})")
        return
    except Unreadable as error:
        warn(f"{path}: skipped, {error}")
        return
    doc = Document(id=unicode_text(path.stem), path=unicode_text(str(path)), text=text)
    _date(doc, stated.get(path), None)
    yield doc


def _extract_html(doc: Document) -> None:
    """Replace the page's markup by its main text, and take the headline, URL and date from its metadata."""
    extracted = html.extract(doc.text)
    if extracted is None:
        raise EmptyPage("no article text found in the page")
    doc.text, doc.title = extracted.text, extracted.title or doc.id
    doc.url, doc.site, doc.author = extracted.url or doc.url, extracted.site, extracted.author
    _date(doc, None, extracted.published)


def _read_jsonl(path: Path, stated: _Stated, warn: Warn) -> Iterator[Document]:
    try:
        for record in jsonl.read(path, warn, MAX_ARTICLE_BYTES):
            doc = Document(id=record.id, path=unicode_text(str(path)), text=record.text, title=record.title or "",
                           url=record.url, place=record.place)
            _date(doc, stated.get(path, record.id), record.published)
            yield doc
    except OSError as error:
        warn(f"{path}: skipped, cannot be read ({error.strerror or error})")


def _date(doc: Document, option: str | None, metadata: str | None) -> None:
    if doc.published is not None:
        return
    for value, source in ((option, "option"), (metadata, "metadata")):
        if value:
            doc.published, doc.published_source = value, source
            return


class _Stated:
    """Publication dates given with --published FILE=YYYY-MM-DD, found by the path as typed or the same file."""

    def __init__(self, published: dict[str, str]):
        self.published = published
        self.resolved = {Path(name).resolve(): name for name in published}
        self.used: set[str] = set()

    def get(self, path: Path, record_id: str | None = None) -> str | None:
        for name in (record_id, str(path), self.resolved.get(path.resolve()), path.name):
            if name is not None and name in self.published:
                self.used.add(name)
                return self.published[name]
        return None

    def get_name(self, name: str) -> str | None:
        if name in self.published:
            self.used.add(name)
            return self.published[name]
        return None

    def unused(self) -> list[str]:
        return [name for name in self.published if name not in self.used]

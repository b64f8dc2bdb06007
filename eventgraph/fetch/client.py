"""One HTTP GET, done carefully: timeouts, few redirects, retries, a size cap, a content-type check, a charset.

requests and urllib3 do the protocol: urllib3's `Retry` backs off on 429 and 5xx and waits as long as a
`Retry-After` header asks (up to `Options.max_wait`; a server asking for longer is given up on), requests
follows at most `MAX_REDIRECTS` redirects and undoes gzip and deflate. The body is read in chunks so that a
response larger than `MAX_BYTES` (after decompression) is dropped before it fills memory. Every way a fetch
can fail ends as `FetchError` with a short reason a reader understands.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass
from functools import cache

import requests
from requests.adapters import HTTPAdapter
from urllib3.exceptions import MaxRetryError, ResponseError
from urllib3.util.retry import Retry

MAX_BYTES = 10 * 2**20
MAX_REDIRECTS = 5
RETRY_STATUSES = (429, 500, 502, 503, 504)
PAGE_TYPES = ("text/html", "application/xhtml+xml")
FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/xml", "text/xml",
              "application/rdf+xml", "application/feed+xml")
_CHUNK = 64 * 1024
_ERRNO = re.compile(r"\[Errno -?\d+\] ([^)'\"]+)")


@dataclass(frozen=True)
class Options:
    timeout: float = 20.0  # seconds for connecting, for each read, and (times three) for the whole body
    retries: int = 3
    backoff: float = 0.5  # seconds before the first retry; doubled each time
    max_wait: float = 60.0  # the longest Retry-After honoured


@dataclass
class Response:
    url: str  # after redirects
    status: int  # 200, or 304 for a conditional request whose page has not changed
    content_type: str
    body: bytes
    etag: str | None = None
    last_modified: str | None = None
    date: str | None = None  # the server's Date header: when the page was sent


class FetchError(Exception):
    """A URL that gave no usable page; the message says why in a few words, `status` is the HTTP status if any."""

    def __init__(self, message: str, status: int | None = None):
        super().__init__(message)
        self.status = status


@cache
def user_agent() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        number = version("eventgraph")
    except PackageNotFoundError:
        number = "dev"
    return f"eventgraph/{number} (news timeline builder; python-requests/{requests.__version__})"


class _Retry(Retry):
    """urllib3's Retry, except that a server asking to wait longer than `max_wait` is given up on at once."""

    max_wait = 60.0

    def new(self, **kwargs):
        renewed = super().new(**kwargs)
        renewed.max_wait = self.max_wait
        return renewed

    def increment(self, method=None, url=None, response=None, error=None, _pool=None, _stacktrace=None):
        if response is not None and response.headers.get("Retry-After"):
            wait = self.get_retry_after(response)
            if wait is not None and wait > self.max_wait:
                raise MaxRetryError(_pool, url, ResponseError(f"asked to wait {wait:.0f} s"))
        return super().increment(method, url, response, error, _pool, _stacktrace)


def session(options: Options) -> requests.Session:
    retry = _Retry(total=options.retries, connect=1, read=0, redirect=False, status=options.retries,
                   status_forcelist=RETRY_STATUSES, allowed_methods={"GET"}, backoff_factor=options.backoff,
                   respect_retry_after_header=True, raise_on_status=False)
    retry.max_wait = options.max_wait
    client = requests.Session()
    client.max_redirects = MAX_REDIRECTS
    client.headers["User-Agent"] = user_agent()
    client.headers["Accept"] = ",".join((*PAGE_TYPES, "application/rss+xml", "application/atom+xml;q=0.9",
                                         "*/*;q=0.5"))
    adapter = HTTPAdapter(max_retries=retry, pool_maxsize=4)
    client.mount("http://", adapter)
    client.mount("https://", adapter)
    return client


def get(client: requests.Session, url: str, options: Options, etag: str | None = None,
        last_modified: str | None = None, accept=PAGE_TYPES + FEED_TYPES) -> Response:
    """GET `url`; with `etag` or `last_modified`, a conditional request that may answer 304 with no body."""
    headers = {}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    try:
        with client.get(url, headers=headers, timeout=options.timeout, stream=True) as answer:
            if answer.status_code == 304 and headers:
                return _response(answer, b"")
            if answer.status_code >= 400:
                raise FetchError(_status_reason(answer), answer.status_code)
            content_type = _media_type(answer.headers.get("Content-Type", ""))
            if accept and content_type and content_type not in accept:
                raise FetchError(f"not a web page or feed ({content_type})")
            return _response(answer, _read(answer, options))
    except requests.TooManyRedirects:
        raise FetchError(f"redirect loop or more than {MAX_REDIRECTS} redirects") from None
    except requests.Timeout:
        raise FetchError(f"timed out after {options.timeout:g} s") from None
    except requests.exceptions.RetryError:
        raise FetchError("server error, still after retries") from None
    except requests.ConnectionError as error:
        raise FetchError(f"cannot connect ({_root(error)})") from None
    except requests.RequestException as error:
        raise FetchError(f"request failed ({_root(error)})") from None


def _read(answer: requests.Response, options: Options) -> bytes:
    declared = answer.headers.get("Content-Length", "")
    if declared.isdigit() and int(declared) > MAX_BYTES:
        raise FetchError(_too_large())
    deadline = time.monotonic() + 3 * options.timeout
    chunks, size = [], 0
    for chunk in answer.iter_content(_CHUNK):
        size += len(chunk)
        if size > MAX_BYTES:
            raise FetchError(_too_large())
        if time.monotonic() > deadline:
            raise FetchError(f"timed out after {3 * options.timeout:g} s reading the page")
        chunks.append(chunk)
    return b"".join(chunks)


def _response(answer: requests.Response, body: bytes) -> Response:
    headers = answer.headers
    return Response(url=answer.url, status=answer.status_code, content_type=headers.get("Content-Type", ""),
                    body=body, etag=headers.get("ETag"), last_modified=headers.get("Last-Modified"),
                    date=headers.get("Date"))


def _media_type(header: str) -> str:
    return header.split(";", 1)[0].strip().lower()


def _too_large() -> str:
    return f"larger than {MAX_BYTES // 2**20} MB, too large for one article"


def _status_reason(answer: requests.Response) -> str:
    status, reason = answer.status_code, answer.reason or ""
    wait = answer.headers.get("Retry-After", "").strip()
    later = f", asked to retry after {wait} s" if wait.isdigit() else ""
    if status == 404:
        return "not found (404)"
    if status == 429:
        return f"too many requests (429){later}"
    if status >= 500:
        return f"server error {status} {reason}{later}, still after retries".replace("  ", " ")
    return f"refused with {status} {reason}".strip()


def _root(error: BaseException) -> str:
    """The reason under a requests error in a few words ("Connection refused"), not urllib3's nested repr."""
    text = str(error)
    system = _ERRNO.search(text)
    return system.group(1).strip() if system else text

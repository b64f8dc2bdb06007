"""Reading news pages from the web: headline, publication date, body boundaries and outlet against gold, and
fetching speed, on the pages of `benchmarks/data/pages/` served by a local HTTP server on 127.0.0.1: the 33
pages tuned on, and the 6 of `unseen/` that never were.

Each page is fetched by URL as `eventgraph build URL...` fetches it (robots.txt asked first, at most 2
requests at a time to the one host) and laid out by ingest. A title is right when it equals the gold headline,
a date when it equals the gold day, a body when its text starts with the gold first sentence and ends with the
gold last one (white space folded), an outlet when it equals the gold `site`. Then the timings: pages fetched
per second with no --fetch-delay, and a whole `eventgraph build` of the same URLs again (it must make no
request), best of three.

    python benchmarks/ingest.py [--errors]
"""

from __future__ import annotations

import argparse
import functools
import json
import subprocess
import sys
import tempfile
import threading
import time
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from eventgraph import fetch, ingest  # noqa: E402
from eventgraph.fetch import client  # noqa: E402

PAGES = Path(__file__).resolve().parent / "data" / "pages"
RUNS = 3


class _Counting(SimpleHTTPRequestHandler):
    requests: list[str] = []

    def do_GET(self):
        _Counting.requests.append(self.path)
        super().do_GET()

    def log_message(self, *args):
        pass


def serve() -> tuple[ThreadingHTTPServer, str]:
    handler = functools.partial(_Counting, directory=str(PAGES))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"


def fold(text: str | None) -> str:
    return " ".join((text or "").split())


def score(name: str, gold: list[dict], base: str, errors: bool) -> None:
    settings = fetch.Settings(delay=0, hosts=1, options=client.Options(timeout=10))
    urls = [f"{base}/{record['file']}" for record in gold]
    warnings: list[str] = []
    web = fetch.gather(urls, None, settings, warnings.append)
    docs = {doc.path: doc for doc in ingest.iter_documents(urls, warn=warnings.append, web=web)}
    rows = {"title": 0, "date": 0, "body": 0}
    sites = [0, 0]
    for url, record in zip(urls, gold):
        doc = docs.get(url)
        body = fold(" ".join(doc.text[start:end] for start, end in doc.body)) if doc else ""
        found = {"title": fold(doc.title) if doc else None, "date": doc.published if doc else None,
                 "body": body.startswith(fold(record["first"])) and body.endswith(fold(record["last"]))}
        wanted = {"title": record["title"], "date": record["published"], "body": True}
        for key in rows:
            right = found[key] == wanted[key]
            rows[key] += right
            if errors and not right:
                shown = f"{body[:90]} ... {body[-90:]}" if key == "body" else found[key]
                print(f"  {record['file']} [{record['layout']}] {key}: {shown!r}, gold {wanted[key]!r}")
        if record["site"]:
            sites[1] += 1
            sites[0] += bool(doc) and doc.site == record["site"]
            if errors and (not doc or doc.site != record["site"]):
                print(f"  {record['file']} [{record['layout']}] site: {doc.site if doc else None!r}, "
                      f"gold {record['site']!r}")
    for line in warnings:
        print(f"  warning: {line}")
    total = len(gold)
    print(f"{name:<8} {total:>5} {rows['title'] / total:>7.3f} {rows['date'] / total:>7.3f} "
          f"{rows['body'] / total:>7.3f} {sites[0] / sites[1]:>7.3f}  ({sites[1]} pages' metadata names the outlet)")


def speed(gold: list[dict], base: str) -> None:
    urls = [f"{base}/{record['file']}" for record in gold]
    rates = []
    for _ in range(RUNS):
        settings = fetch.Settings(delay=0, per_host=2, hosts=1, options=client.Options(timeout=10))
        start = time.perf_counter()
        fetch.fetch_many(urls, None, settings)
        rates.append(len(urls) / (time.perf_counter() - start))
    print(f"\nfetch: {len(urls)} pages from one host, 2 at a time, no delay: {max(rates):.0f} pages/s (best of {RUNS})")
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "out"
        command = [sys.executable, "-m", "eventgraph", "build", *urls, "--out", str(out), "--jobs", "1",
                   "--fetch-delay", "0", "--quiet"]
        start = time.perf_counter()
        subprocess.run(command, check=True)
        first = time.perf_counter() - start
        times, asked = [], []
        for _ in range(RUNS):
            before = len(_Counting.requests)
            start = time.perf_counter()
            subprocess.run(command, check=True)
            times.append(time.perf_counter() - start)
            asked.append(len(_Counting.requests) - before)
    print(f"eventgraph build of the {len(urls)} URLs: first {first:.1f} s; rebuild {min(times):.2f} s "
          f"(best of {RUNS}), requests made by the rebuilds: {sum(asked)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--errors", action="store_true", help="list every page whose reading is wrong")
    args = parser.parse_args()
    gold = json.loads((PAGES / "gold.json").read_text(encoding="utf-8"))
    unseen = [{**record, "file": f"unseen/{record['file']}"}
              for record in json.loads((PAGES / "unseen" / "gold.json").read_text(encoding="utf-8"))]
    server, base = serve()
    try:
        print(f"{'set':<8} {'pages':>5} {'title':>7} {'date':>7} {'body':>7} {'outlet':>7}")
        score("tuned", gold, base, args.errors)
        score("unseen", unseen, base, args.errors)
        speed(gold, base)
    finally:
        server.shutdown()


if __name__ == "__main__":
    main()

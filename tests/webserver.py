"""A real HTTP server on 127.0.0.1 for the fetching tests: routes of canned answers, every request recorded."""

from __future__ import annotations

import gzip
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Answer:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=lambda: {"Content-Type": "text/html; charset=utf-8"})
    delay: float = 0.0  # seconds to stay silent before answering
    gzip: bool = False


Route = Answer | Callable[[dict[str, str], int], Answer]  # a fixed answer, or one made from headers and count


@dataclass
class Request:
    path: str
    headers: dict[str, str]
    time: float


class Server:
    def __init__(self):
        self.routes: dict[str, Route] = {}
        self.requests: list[Request] = []
        self.lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                headers = {key.lower(): value for key, value in self.headers.items()}
                with server.lock:
                    server.requests.append(Request(self.path, headers, time.monotonic()))
                    count = sum(request.path == self.path for request in server.requests)
                route = server.routes.get(self.path, Answer(404, b"not here", {"Content-Type": "text/plain"}))
                answer = route(headers, count) if callable(route) else route
                if answer.delay:
                    time.sleep(answer.delay)
                body = gzip.compress(answer.body) if answer.gzip else answer.body
                try:
                    self.send_response(answer.status)
                    for key, value in answer.headers.items():
                        self.send_header(key, value)
                    if answer.gzip:
                        self.send_header("Content-Encoding", "gzip")
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            def log_message(self, *args):
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def url(self, path: str) -> str:
        return self.base + path

    def paths(self) -> list[str]:
        with self.lock:
            return [request.path for request in self.requests]

    def __enter__(self) -> Server:
        self.thread.start()
        return self

    def __exit__(self, *exc_info) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

"""A loopback HTTP server for tests that receive what the emulator sends out (notification
callbacks, Bulk Read callbacks, a recording proxy)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

PostAnswer = Callable[[str, dict[str, str], bytes], int]
"""Given a POST's path, headers and body, the HTTP status to answer it with."""


class LoopbackServer:
    """A threaded HTTP server on 127.0.0.1, on a free port, that hands every POST to ``answer`` and
    replies with the status ``answer`` returns and an empty body. It serves from ``start()`` until
    ``close()``, which stops it and joins its thread."""

    def __init__(self, answer: PostAnswer) -> None:
        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                status = answer(self.path, dict(self.headers.items()), body)
                self.send_response(status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, format: str, *args: Any) -> None:
                return  # keep test output free of access logs

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    @property
    def origin(self) -> str:
        """``http://127.0.0.1:<port>``."""
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def start(self) -> None:
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(timeout=5)

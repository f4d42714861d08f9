"""A throw-away Redis server on a free loopback port, for the fleet tests and benchmarks.

It runs the ``redis-server`` found on ``PATH`` (``make redis-server`` installs Debian's) with no
persistence and no protected-mode surprises, in its own temporary directory, and stops it on
:meth:`RedisServer.stop` or when the ``with`` block ends.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
import time
from types import TracebackType

import redis

from .servers import free_port

START_TIMEOUT = 10.0
"""Seconds to wait for the server to answer PING."""


class RedisServerMissing(RuntimeError):
    """No ``redis-server`` on PATH."""


class RedisServer:
    """``redis-server`` on 127.0.0.1 at a free port; ``url`` is its ``redis://`` URL."""

    def __init__(self) -> None:
        self.port = 0
        self._process: subprocess.Popen[bytes] | None = None
        self._directory: tempfile.TemporaryDirectory[str] | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    @property
    def pid(self) -> int:
        if self._process is None:
            raise RuntimeError("redis-server is not running")
        return self._process.pid

    def start(self) -> RedisServer:
        executable = shutil.which("redis-server")
        if executable is None:
            raise RedisServerMissing("redis-server is not on PATH; `make redis-server` installs it")
        self._directory = tempfile.TemporaryDirectory(prefix="zohokit-redis-")
        self.port = free_port()
        command = [
            executable,
            "--port", str(self.port),
            "--bind", "127.0.0.1",
            "--save", "",
            "--appendonly", "no",
            "--dir", self._directory.name,
            "--daemonize", "no",
        ]  # fmt: skip
        self._process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.monotonic() + START_TIMEOUT
        client = redis.Redis(port=self.port, socket_connect_timeout=1)
        try:
            while True:
                if self._process.poll() is not None:
                    error = (self._process.stderr.read() if self._process.stderr else b"").decode(errors="replace")
                    raise RuntimeError(f"redis-server exited at start: {error.strip()}")
                try:
                    if client.ping():
                        return self
                except redis.exceptions.ConnectionError:
                    pass
                if time.monotonic() > deadline:
                    self.stop()
                    raise RuntimeError(f"redis-server did not answer within {START_TIMEOUT}s")
                time.sleep(0.02)
        finally:
            client.close()

    def flush(self) -> None:
        """Delete every key (between tests)."""
        client = redis.Redis(port=self.port)
        try:
            client.flushall()
        finally:
            client.close()

    def stop(self) -> None:
        if self._process is not None:
            self._process.terminate()
            try:
                self._process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait()
            if self._process.stderr is not None:
                self._process.stderr.close()
            self._process = None
        if self._directory is not None:
            self._directory.cleanup()
            self._directory = None

    def __enter__(self) -> RedisServer:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.stop()


__all__ = ["RedisServer", "RedisServerMissing"]

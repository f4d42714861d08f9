"""Outbound HTTP calls the emulator makes on its own: notification deliveries, bulk-read callbacks.

Calls go through one background thread, so a write never waits for a subscriber. Only loopback
targets (``localhost``, ``127.0.0.0/8``, ``::1``) are called: the emulator never reaches out to
the internet, and never through a proxy (proxy variables such as ``HTTP_PROXY`` are not read). A
target whose path is a control route (``/_emulator/...``, however it is spelt) is never called:
a subscriber URL must not be able to reset or reconfigure an emulator. Every attempt is logged
(``GET /_emulator/deliveries``).
"""

from __future__ import annotations

import ipaddress
import logging
import posixpath
import queue
import threading
from collections import deque
from typing import Any
from urllib.parse import unquote, urlparse

import httpx

from .clock import Clock, format_time

log = logging.getLogger("zohokit_emulator.outbound")

_STOP = object()


def is_loopback_url(url: str) -> bool:
    try:
        parsed = urlparse(url)
    except ValueError:
        return False
    if parsed.scheme not in ("http", "https") or not parsed.hostname:
        return False
    host = parsed.hostname
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


CONTROL_SEGMENT = "_emulator"


def targets_control_route(url: str) -> bool:
    """True when a server would route ``url``'s path to a control route: after percent-decoding
    (repeatedly), collapsing empty segments and resolving ``.``/``..``, its first segment is
    ``_emulator``. Unparseable URLs count as control targets (they are never called)."""
    try:
        path = urlparse(url).path
    except ValueError:
        return True
    for _ in range(5):
        decoded = unquote(path)
        if decoded == path:
            break
        path = decoded
    normalized = posixpath.normpath("/" + path.replace("\\", "/"))
    segments = [segment for segment in normalized.split("/") if segment]
    return bool(segments) and segments[0].lower() == CONTROL_SEGMENT


class Outbound:
    """A queue of JSON POSTs delivered by a daemon thread."""

    def __init__(self, clock: Clock, timeout: float = 5.0, log_size: int = 500) -> None:
        self.clock = clock
        self.timeout = timeout
        self._queue: queue.Queue[Any] = queue.Queue()
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()
        self._log: deque[dict[str, Any]] = deque(maxlen=log_size)

    def post(self, url: str, payload: Any, kind: str) -> bool:
        """Queue a POST of ``payload`` to ``url``; False (and logged) if the target is not loopback."""
        if not is_loopback_url(url):
            self._record(kind, url, payload, outcome="skipped: not a loopback address")
            return False
        if targets_control_route(url):
            self._record(kind, url, payload, outcome="skipped: a control route of the emulator")
            return False
        with self._lock:
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._run, name="emulator-outbound", daemon=True)
                self._thread.start()
        self._queue.put((url, payload, kind))
        return True

    def _run(self) -> None:
        # trust_env=False: no proxy variables, no .netrc; a delivery goes straight to the loopback target.
        with httpx.Client(timeout=self.timeout, trust_env=False) as client:
            while True:
                item = self._queue.get()
                try:
                    if item is _STOP:
                        return
                    url, payload, kind = item
                    try:
                        response = client.post(url, json=payload)
                        self._record(kind, url, payload, outcome=f"HTTP {response.status_code}")
                    except httpx.HTTPError as exc:
                        self._record(kind, url, payload, outcome=f"failed: {type(exc).__name__}")
                except Exception:  # the worker must survive anything a target does
                    log.exception("outbound delivery failed")
                finally:
                    self._queue.task_done()

    def _record(self, kind: str, url: str, payload: Any, outcome: str) -> None:
        self._log.append(
            {"kind": kind, "url": url, "payload": payload, "outcome": outcome, "time": format_time(self.clock.now())}
        )

    def deliveries(self) -> list[dict[str, Any]]:
        return list(self._log)

    def wait_idle(self, timeout: float = 5.0) -> bool:
        """Block until every queued call was attempted (for tests); True if that happened in time."""
        done = threading.Event()

        def waiter() -> None:
            self._queue.join()
            done.set()

        threading.Thread(target=waiter, daemon=True).start()
        return done.wait(timeout)

    def clear_log(self) -> None:
        self._log.clear()

    def close(self) -> None:
        with self._lock:
            thread = self._thread
            self._thread = None
        if thread is not None and thread.is_alive():
            self._queue.put(_STOP)
            thread.join(timeout=self.timeout + 1)

"""``ConcurrencyGate``: Zoho's limit on simultaneous requests per user and OAuth client."""

from __future__ import annotations

import threading

from .errors import ZohoError


class ConcurrencyGate:
    """Counts requests in flight per (user, client); 429 ``TOO_MANY_REQUESTS`` beyond the limit."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._active: dict[tuple[str, str], int] = {}

    def enter(self, key: tuple[str, str], limit: int | None) -> None:
        with self._lock:
            current = self._active.get(key, 0)
            if limit is not None and current >= limit:
                raise ZohoError(
                    429,
                    "TOO_MANY_REQUESTS",
                    f"The concurrency limit of {limit} requests has been exceeded for the given user",
                    {"limit": limit},
                    {"Retry-After": "1"},
                )
            self._active[key] = current + 1

    def leave(self, key: tuple[str, str]) -> None:
        with self._lock:
            current = self._active.get(key, 0) - 1
            if current <= 0:
                self._active.pop(key, None)
            else:
                self._active[key] = current

    def active(self) -> int:
        with self._lock:
            return sum(self._active.values())

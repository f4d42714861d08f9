"""``RateWindow``: how many events each key had in a window of time, on the emulator clock.

One class for every rate limit the emulated services keep. A window is drawn one of two ways:

- sliding (the default): the ``window`` seconds before now; a slot frees when the oldest event in
  it leaves. Zoho Accounts' token requests and Bulk Read downloads count this way.
- fixed: a window starts at a key's first event after its previous window ended (``aligned``: at
  the multiples of ``window`` instead) and every event in it counts until it ends. ConnectID's
  per-minute and per-second limits count this way; their ``X-RateLimit-Reset`` is its end.

Thread-safe: the accounts throttle is hit outside the state lock.
"""

from __future__ import annotations

import math
import threading
from collections import deque
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .clock import Clock


class RateWindow:
    """At most ``limit`` events per ``window`` seconds per key."""

    def __init__(self, clock: Clock, window: float = 60.0, *, fixed: bool = False, aligned: bool = False) -> None:
        self.clock = clock
        self.window = window
        self.fixed = fixed or aligned
        self.aligned = aligned
        self._events: dict[str, deque[float]] = {}
        self._fixed: dict[str, tuple[float, int]] = {}
        """Fixed windows: key -> (start, events counted since)."""
        self._lock = threading.Lock()

    def hit(self, key: str, limit: int) -> float | None:
        """Record an event unless the window is full: None if recorded, else the seconds until
        one is allowed again."""
        now = self.clock.timestamp()
        with self._lock:
            if self.fixed:
                start, count = self._current(key, now)
                if count >= limit:
                    return max(0.0, start + self.window - now)
                self._fixed[key] = (start, count + 1)
                return None
            events = self._events.setdefault(key, deque())
            while events and events[0] <= now - self.window:
                events.popleft()
            if len(events) >= limit:
                return max(0.0, events[0] + self.window - now)
            events.append(now)
            return None

    def count(self, key: str, now: float) -> int:
        """Events of ``key`` in its fixed window at ``now`` (starting a new window when the last ended)."""
        with self._lock:
            return self._current(key, now)[1]

    def ends_in(self, key: str, now: float) -> float:
        """Seconds from ``now`` to the end of ``key``'s fixed window."""
        with self._lock:
            start, _ = self._current(key, now)
            return start + self.window - now

    def add(self, key: str, now: float) -> None:
        """Count one event of ``key`` in its fixed window at ``now``, whatever the limit (the caller
        checked ``count`` against it, together with other windows)."""
        with self._lock:
            start, count = self._current(key, now)
            self._fixed[key] = (start, count + 1)

    def forget(self, key: str) -> None:
        """Drop ``key``'s fixed window: its next event starts a new one."""
        with self._lock:
            self._fixed.pop(key, None)

    def _current(self, key: str, now: float) -> tuple[float, int]:
        window = self._fixed.get(key)
        if window is not None and (
            math.floor(now / self.window) * self.window == window[0] if self.aligned else now < window[0] + self.window
        ):
            return window
        window = (math.floor(now / self.window) * self.window if self.aligned else now, 0)
        self._fixed[key] = window
        return window

    def reset(self) -> None:
        with self._lock:
            self._events.clear()
            self._fixed.clear()

"""``CreditMeter``: Zoho API credits spent over a rolling 24 hours on the emulator clock."""

from __future__ import annotations

import threading
from collections import deque
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .errors import ZohoError

if TYPE_CHECKING:
    from .clock import Clock


@dataclass
class CreditMeter:
    """Zoho API credits over a rolling 24-hour window on the emulator clock.

    The credits inside the window are kept as a running total beside the charges, so charging
    costs the same on the millionth call as on the first (summing the window on every call made
    each one slower than the last)."""

    clock: Clock
    window: float = 24 * 3600.0
    _spent: deque[tuple[float, int]] = field(default_factory=deque)
    _used: int = 0
    """The sum of the credits in ``_spent``."""
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def used(self) -> int:
        with self._lock:
            self._expire(self.clock.timestamp())
            return self._used

    def _expire(self, now: float) -> None:
        while self._spent and self._spent[0][0] <= now - self.window:
            self._used -= self._spent.popleft()[1]

    def charge(self, credits: int, limit: int | None) -> None:
        """Spend ``credits``; 429 ``LIMIT_REACHED`` if that would pass ``limit``."""
        now = self.clock.timestamp()
        with self._lock:
            self._expire(now)
            used = self._used
            if limit is not None and used + credits > limit:
                oldest = self._spent[0][0] if self._spent else now
                retry = max(1, int(oldest + self.window - now))
                raise ZohoError(
                    429,
                    "LIMIT_REACHED",
                    "API limit reached: the credits for the last 24 hours are used up",
                    {"limit": limit, "used": used},
                    {"Retry-After": str(retry)},
                )
            self._spent.append((now, credits))
            self._used += credits

    def reset(self) -> None:
        with self._lock:
            self._spent.clear()
            self._used = 0

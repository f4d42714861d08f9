"""The emulator clock.

Everything that depends on time (token expiry, grant-code expiry, bulk-read job progress,
notification-channel expiry, rate-limit windows) reads this clock, never ``time.time()``, so tests
can move time forward instead of sleeping.

By default the clock follows the wall clock; ``advance`` adds an offset, ``set`` jumps to an
instant, ``freeze`` stops it (``advance`` still moves a frozen clock).
"""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime


def format_time(when: datetime) -> str:
    """Zoho's timestamp format: ISO 8601 to the second, with an explicit offset."""
    return when.astimezone(UTC).replace(microsecond=0).isoformat()


def parse_iso_time(text: str) -> datetime | None:
    """Parse an ISO 8601 timestamp (``Z`` or ``+hh:mm``, or none: then the value is naive); None
    when ``text`` is not one."""
    value = text.strip()
    if value.endswith(("Z", "z")):
        value = value[:-1] + "+00:00"
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


def parse_time(text: str) -> datetime | None:
    """Parse an ISO 8601 timestamp (``Z`` or ``+hh:mm``); naive values are taken as UTC."""
    parsed = parse_iso_time(text)
    if parsed is not None and parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed


class Clock:
    """A settable, advanceable clock; thread-safe."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._offset = 0.0
        self._frozen_at: float | None = None

    def timestamp(self) -> float:
        """Seconds since the epoch on the emulator clock."""
        with self._lock:
            if self._frozen_at is not None:
                return self._frozen_at
            return time.time() + self._offset

    def now(self) -> datetime:
        return datetime.fromtimestamp(self.timestamp(), tz=UTC)

    def advance(self, seconds: float) -> None:
        with self._lock:
            if self._frozen_at is not None:
                self._frozen_at += seconds
            else:
                self._offset += seconds

    def set(self, when: datetime) -> None:
        target = when.timestamp()
        with self._lock:
            if self._frozen_at is not None:
                self._frozen_at = target
            else:
                self._offset = target - time.time()

    def freeze(self) -> None:
        with self._lock:
            if self._frozen_at is None:
                self._frozen_at = time.time() + self._offset

    def unfreeze(self) -> None:
        with self._lock:
            if self._frozen_at is not None:
                self._offset = self._frozen_at - time.time()
                self._frozen_at = None

    @property
    def frozen(self) -> bool:
        return self._frozen_at is not None

    def reset(self) -> None:
        with self._lock:
            self._offset = 0.0
            self._frozen_at = None

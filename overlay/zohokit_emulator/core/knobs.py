"""Behaviour knobs set through ``/_emulator/``: settings, injected faults, API credits, concurrency.

All of them read the emulator clock, and all are reset by ``POST /_emulator/reset``.
"""

from __future__ import annotations

import dataclasses
import math
import re
import threading
from collections import deque
from dataclasses import dataclass, field
from typing import Any

from .clock import Clock
from .errors import ZohoError

YEAR_SECONDS = 365 * 24 * 3600
SETTING_BOUNDS: dict[str, float] = {
    "access_token_lifetime": 10 * YEAR_SECONDS,
    "grant_code_lifetime": 10 * YEAR_SECONDS,
    "token_requests_per_minute": 1_000_000_000,
    "latency_ms": 60_000,
    "api_credits_per_day": 1_000_000_000_000,
    "concurrency_limit": 1_000_000,
    "bulk_read_queue_seconds": YEAR_SECONDS,
    "bulk_read_run_seconds": YEAR_SECONDS,
    "bulk_read_downloads_per_minute": 1_000_000,
}
"""The largest value each setting takes (the smallest is 0): generous for any test, small enough
that no sum or conversion over it overflows (a latency of a minute at most keeps requests alive)."""


def _invalid_knob(name: str, message: str) -> ZohoError:
    return ZohoError(400, "INVALID_DATA", message, {"api_name": name})


@dataclass
class Settings:
    """Tunable behaviour; ``PATCH /_emulator/settings`` changes any of these by name."""

    access_token_lifetime: int = 3600
    """Seconds an access token lives (Zoho: one hour)."""
    grant_code_lifetime: int = 120
    """Seconds an authorization (grant) code stays exchangeable."""
    token_requests_per_minute: int | None = None
    """Token requests per client per minute before Zoho's "Access Denied" throttling; None: off."""
    latency_ms: int = 0
    """Delay added to every API request (not to control routes)."""
    api_credits_per_day: int | None = None
    """Zoho API credits per rolling 24 hours for the org; None for no limit."""
    concurrency_limit: int | None = 20
    """Simultaneous requests per user and OAuth client (Zoho Enterprise: 20); None for no limit."""
    bulk_read_queue_seconds: float = 1.0
    """Seconds a bulk-read job stays ADDED before it is IN PROGRESS."""
    bulk_read_run_seconds: float = 2.0
    """Seconds a bulk-read job stays IN PROGRESS before it is COMPLETED."""
    bulk_read_downloads_per_minute: int = 10
    """Bulk-read result downloads allowed per rolling minute (Zoho: 10)."""

    def update(self, changes: dict[str, Any]) -> None:
        """Apply ``changes`` (setting name to value) all or nothing: an unknown name, a value of the
        wrong type, a non-finite number or one outside 0..``SETTING_BOUNDS[name]`` is a 400
        ``INVALID_DATA`` naming the setting, and no setting changes."""
        known = {f.name: f for f in dataclasses.fields(self)}
        checked: dict[str, Any] = {}
        for name, value in changes.items():
            if name not in known:
                raise _invalid_knob(name, f"unknown setting {name!r}")
            allowed_none = "None" in str(known[name].type)
            if value is None and allowed_none:
                checked[name] = None
                continue
            bound = SETTING_BOUNDS[name]
            if (
                isinstance(value, bool)
                or not isinstance(value, (int, float))
                or not math.isfinite(value)
                or not 0 <= value <= bound
            ):
                raise _invalid_knob(name, f"{name} must be a number from 0 to {bound:g}")
            current_type = float if "float" in str(known[name].type) else int
            checked[name] = current_type(value)
        for name, value in checked.items():
            setattr(self, name, value)

    def as_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


@dataclass
class Fault:
    """An injected failure: the next ``count`` matching requests get ``status``."""

    status: int
    count: int | None = 1
    path_prefix: str = ""
    method: str | None = None
    retry_after: int | None = None
    code: str | None = None
    message: str | None = None
    id: int = 0

    def matches(self, method: str, path: str) -> bool:
        if self.method and self.method.upper() != method.upper():
            return False
        return path.startswith(self.path_prefix)

    def error(self) -> ZohoError:
        headers = {}
        if self.retry_after is not None:
            headers["Retry-After"] = str(self.retry_after)
        if self.status == 429:
            code = self.code or "TOO_MANY_REQUESTS"
            message = self.message or "too many requests, retry after some time"
        else:
            code = self.code or "INTERNAL_ERROR"
            message = self.message or "Internal Server Error"
        return ZohoError(self.status, code, message, {}, headers)

    def as_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


FAULT_KEYS = frozenset({"status", "count", "path_prefix", "method", "retry_after", "code", "message"})
MAX_FAULT_COUNT = 1_000_000_000
MAX_RETRY_AFTER = 24 * 3600
METHOD_RE = re.compile(r"[A-Za-z]{1,16}")
CODE_RE = re.compile(r"[A-Za-z0-9_]{1,64}")
PATH_PREFIX_RE = re.compile(r"(/[^\x00-\x20\x7f]{0,2047})?")
MAX_FAULT_MESSAGE = 1000


def _optional_int(spec: dict[str, Any], name: str, default: int | None, low: int, high: int) -> int | None:
    value = spec.get(name, default)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise _invalid_knob(name, f"{name} must be an integer from {low} to {high}, or null")
    return value


def _optional_text(spec: dict[str, Any], name: str, pattern: re.Pattern[str] | None, limit: int) -> str | None:
    value = spec.get(name)
    if value is None:
        return None
    if not isinstance(value, str) or len(value) > limit or (pattern is not None and not pattern.fullmatch(value)):
        raise _invalid_knob(name, f"{name} is not valid")
    return value


class Faults:
    """Injected faults. ``add`` takes the body of ``POST /_emulator/faults`` and refuses (400
    ``INVALID_DATA`` naming the key) unknown keys and values outside their type or range: a fault
    that cannot be built never hits a request, and ``retry_after`` (an integer) is always a
    valid header value."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._faults: list[Fault] = []
        self._next_id = 1

    def add(self, spec: dict[str, Any]) -> Fault:
        unknown = sorted(set(spec) - FAULT_KEYS)
        if unknown:
            raise _invalid_knob(unknown[0], f"unknown fault key {unknown[0]!r}")
        status = spec.get("status")
        if isinstance(status, bool) or not isinstance(status, int) or not (400 <= status <= 599):
            raise ZohoError(
                400, "INVALID_DATA", "status must be an HTTP error status (400-599)", {"api_name": "status"}
            )
        count = _optional_int(spec, "count", 1, 1, MAX_FAULT_COUNT)
        retry_after = _optional_int(spec, "retry_after", None, 0, MAX_RETRY_AFTER)
        if retry_after is None and status == 429:
            retry_after = 1
        path_prefix = _optional_text(spec, "path_prefix", PATH_PREFIX_RE, 2048) or ""
        method = _optional_text(spec, "method", METHOD_RE, 16)
        code = _optional_text(spec, "code", CODE_RE, 64)
        message = _optional_text(spec, "message", None, MAX_FAULT_MESSAGE)
        with self._lock:
            fault = Fault(
                status=status,
                count=count,
                path_prefix=path_prefix,
                method=method.upper() if method else None,
                retry_after=retry_after,
                code=code,
                message=message,
                id=self._next_id,
            )
            self._next_id += 1
            self._faults.append(fault)
        return fault

    def take(self, method: str, path: str) -> ZohoError | None:
        """The error for this request if a fault matches (consuming one of its uses)."""
        with self._lock:
            for fault in self._faults:
                if fault.matches(method, path):
                    if fault.count is not None:
                        fault.count -= 1
                        if fault.count <= 0:
                            self._faults.remove(fault)
                    return fault.error()
        return None

    def list(self) -> list[dict[str, Any]]:
        with self._lock:
            return [f.as_dict() for f in self._faults]

    def clear(self) -> None:
        with self._lock:
            self._faults.clear()


@dataclass
class CreditMeter:
    """Zoho API credits over a rolling 24-hour window on the emulator clock."""

    clock: Clock
    window: float = 24 * 3600.0
    _spent: deque[tuple[float, int]] = field(default_factory=deque)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def used(self) -> int:
        with self._lock:
            self._expire(self.clock.timestamp())
            return sum(c for _, c in self._spent)

    def _expire(self, now: float) -> None:
        while self._spent and self._spent[0][0] <= now - self.window:
            self._spent.popleft()

    def charge(self, credits: int, limit: int | None) -> None:
        """Spend ``credits``; 429 ``LIMIT_REACHED`` if that would pass ``limit``."""
        now = self.clock.timestamp()
        with self._lock:
            self._expire(now)
            used = sum(c for _, c in self._spent)
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

    def reset(self) -> None:
        with self._lock:
            self._spent.clear()


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

"""Injected faults (``/_emulator/faults``): the next matching requests fail with a chosen status."""

from __future__ import annotations

import dataclasses
import re
import threading
from dataclasses import dataclass
from typing import Any

from .errors import ZohoError, invalid_data


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
        raise invalid_data(api_name=name, message=f"{name} must be an integer from {low} to {high}, or null")
    return value


def _optional_text(spec: dict[str, Any], name: str, pattern: re.Pattern[str] | None, limit: int) -> str | None:
    value = spec.get(name)
    if value is None:
        return None
    if not isinstance(value, str) or len(value) > limit or (pattern is not None and not pattern.fullmatch(value)):
        raise invalid_data(api_name=name, message=f"{name} is not valid")
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
            raise invalid_data(api_name=unknown[0], message=f"unknown fault key {unknown[0]!r}")
        status = spec.get("status")
        if isinstance(status, bool) or not isinstance(status, int) or not (400 <= status <= 599):
            raise invalid_data("status must be an HTTP error status (400-599)", api_name="status")
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

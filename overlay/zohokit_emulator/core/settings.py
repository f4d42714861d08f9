"""``Settings``: the emulator's tunable behaviour (token lifetimes, latency, credits, concurrency,
Bulk Read timing), read and changed through ``GET/PATCH /_emulator/settings`` and reset by
``POST /_emulator/reset``.
"""

from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass
from typing import Any

from .errors import invalid_data

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
    """Milliseconds from an API request's arrival to its answer, the emulator's own work included
    (not for control routes; a call whose work takes longer answers when it is done)."""
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
                raise invalid_data(api_name=name, message=f"unknown setting {name!r}")
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
                raise invalid_data(api_name=name, message=f"{name} must be a number from 0 to {bound:g}")
            current_type = float if "float" in str(known[name].type) else int
            checked[name] = current_type(value)
        for name, value in checked.items():
            setattr(self, name, value)

    def as_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

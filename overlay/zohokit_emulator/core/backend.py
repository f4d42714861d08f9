"""The backend: everything one emulator instance holds apart from HTTP.

It owns the clock, the knobs, the outbound queue, the loaded specs and one store per service.
Stores are plain Python objects built by ``Service.store(backend)``; they must offer ``reset()``
and may offer ``tick(now)`` (called before every request, for time-driven progress such as
bulk-read jobs). Every state change runs under ``backend.lock``, so concurrent writes never
interleave.
"""

from __future__ import annotations

import logging
import threading
import traceback
from typing import Any

from ..config import EmulatorConfig
from .clock import Clock
from .concurrency import ConcurrencyGate
from .credits import CreditMeter
from .faults import Faults
from .outbound import Outbound
from .problem_log import RecentLog
from .routing import Authenticator, Service
from .settings import Settings
from .validation import ApiSpec, load_spec

log = logging.getLogger("zohokit_emulator")


class IdFactory:
    """Zoho-style 19-digit ids: a fixed prefix and a counter, deterministic after a reset."""

    def __init__(self, prefix: str, start: int = 1) -> None:
        if not prefix.isdigit() or len(prefix) >= 19:
            raise ValueError("prefix must be fewer than 19 digits")
        self.prefix = prefix
        self.width = 19 - len(prefix)
        self._next = start

    def __call__(self) -> str:
        value = self._next
        self._next += 1
        return f"{self.prefix}{value:0{self.width}d}"


class Backend:
    def __init__(self, config: EmulatorConfig, services: list[Service]) -> None:
        self.config = config
        self.services = {s.name: s for s in services}
        self.clock = Clock()
        self.lock = threading.RLock()
        self.settings = Settings()
        self.settings.update(config.settings)
        self.faults = Faults()
        self.credits = CreditMeter(self.clock)
        self.concurrency = ConcurrencyGate()
        self.outbound = Outbound(self.clock)
        self.specs: dict[str, ApiSpec | None] = {}
        needs_specs = config.validate_requests or config.check_responses
        for service in services:
            if service.api and service.api not in self.specs:
                # Validation switched off on purpose is the only way to run without a spec.
                self.specs[service.api] = load_spec(service.api, config.spec_dir) if needs_specs else None
        self.authenticators: dict[str, Authenticator] = {}
        for service in services:
            self.authenticators.update(service.authenticators)
        self.response_problems: list[str] = RecentLog()
        self.server_errors: list[str] = RecentLog()
        self.tick_failures: dict[str, str] = {}
        """Per store, why its last ``tick`` failed (cleared by its next successful tick)."""
        self._stores: dict[str, Any] = {}
        for service in services:
            if service.store is not None:
                self._stores[service.name] = service.store(self)
        self.reset_stores()

    def store(self, name: str) -> Any:
        return self._stores[name]

    def fixtures(self) -> dict[str, Any]:
        """Well-known seeded ids per service, for demos and tests: each store's ``fixtures()``."""
        with self.lock:
            return {
                name: store.fixtures()
                for name, store in sorted(self._stores.items())
                if callable(getattr(store, "fixtures", None))
            }

    def reset_stores(self) -> None:
        with self.lock:
            for store in self._stores.values():
                store.reset()

    def reset(self) -> None:
        """Back to the freshly seeded state: stores, clock, knobs, counters and logs."""
        with self.lock:
            self.clock.reset()
            self.settings = Settings()
            self.settings.update(self.config.settings)
            self.faults.clear()
            self.credits.reset()
            self.outbound.clear_log()
            self.response_problems.clear()
            self.server_errors.clear()
            self.tick_failures.clear()
            self.reset_stores()

    def tick(self) -> None:
        """Time-driven progress of every store. A store whose ``tick`` raises is skipped, not
        propagated: requests and the background ticker go on, the failure is logged once (not on
        every tick while it lasts) and kept in ``tick_failures``, which ``/_emulator/health``
        reports as ``degraded``. A store should fail its own work item (a bulk-read job becomes
        ``FAILED``) rather than raise."""
        now = self.clock.now()
        for name, store in self._stores.items():
            tick = getattr(store, "tick", None)
            if tick is None:
                continue
            try:
                tick(now)
            except Exception as exc:
                reason = f"{type(exc).__name__}: {exc}"[:500]
                if self.tick_failures.get(name) != reason:
                    log.error("the %s store failed to move on with time\n%s", name, traceback.format_exc())
                self.tick_failures[name] = reason
            else:
                self.tick_failures.pop(name, None)

    def close(self) -> None:
        self.outbound.close()

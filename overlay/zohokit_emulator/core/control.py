"""Control routes under ``/_emulator/``: health, reset, clock, settings, faults, credits, logs.

They need no token and are never subject to faults, latency, limits or credits. They answer only
this machine (``core/control_guard.py``: loopback ``Host``, no foreign ``Origin``, JSON bodies)
and check their bodies against ``core/control_schemas.py`` before these handlers run.

==========================  ===================================================================
``GET  /_emulator/health``  ``{"status": "ok" | "degraded", "services": [...], "specs": {api: loaded}}``
                            (``degraded``, with ``problems``, while a store's time-driven work
                            fails or after unexpected errors)
``POST /_emulator/reset``   back to the seeded state (stores, clock, knobs, logs)
``GET  /_emulator/clock``   ``{"now": iso, "timestamp": seconds, "frozen": bool}``
``POST /_emulator/clock``   ``{"advance": seconds}``, ``{"set": iso}``, ``{"freeze": bool}``,
                            ``{"reset": true}`` (any combination, applied in that order)
``GET|PATCH /_emulator/settings``  the knobs (token lifetime, latency, credits, concurrency...)
``GET|POST|DELETE /_emulator/faults``  injected errors: ``{"status": 503, "count": 2,
                            "path_prefix": "/crm/v2", "method": "GET", "retry_after": 3}``
``GET  /_emulator/credits`` API credits used in the last 24 hours, and the limit
``GET  /_emulator/deliveries``  notification and callback deliveries attempted
``GET  /_emulator/problems``    response/spec mismatches (when enabled) and unexpected errors
                            (the most recent ``PROBLEM_WINDOW`` of each)
``GET  /_emulator/fixtures``    well-known seeded ids per service (submissions to review, the deal
                            and products of Bigin's sample, Connect's sample campaign...)
==========================  ===================================================================
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from .clock import format_time, parse_time
from .errors import invalid_data
from .http import ApiRequest, Reply, ok
from .routing import Route, Service, delete, get, patch, post

EARLIEST_TIME = datetime(1970, 1, 1, tzinfo=UTC)
LATEST_TIME = datetime(3000, 1, 1, tzinfo=UTC)
"""The emulator clock stays within these (``POST /_emulator/clock`` refuses to leave them), so
every date computed from it (expiries, download windows) is representable."""


def health(request: ApiRequest) -> Reply:
    """``ok``, or ``degraded`` while a store's time-driven work fails (``problems.tick_failures``:
    store → reason) or once the emulator answered an unexpected error since the last reset
    (``problems.server_errors``: how many; ``GET /_emulator/problems`` has them)."""
    backend = request.backend
    body: dict[str, Any] = {
        "status": "ok",
        "time": format_time(backend.clock.now()),
        "services": sorted(name for name in backend.services if name != "emulator"),
        "specs": {api: spec is not None for api, spec in sorted(backend.specs.items())},
    }
    errors = len(backend.server_errors) + getattr(backend.server_errors, "dropped", 0)
    if backend.tick_failures or errors:
        body["status"] = "degraded"
        body["problems"] = {"tick_failures": dict(backend.tick_failures), "server_errors": errors}
    return ok(body)


def reset(request: ApiRequest) -> Reply:
    request.backend.reset()
    return ok({"status": "ok"})


def _clock_state(request: ApiRequest) -> dict[str, Any]:
    clock = request.backend.clock
    return {"now": format_time(clock.now()), "timestamp": clock.timestamp(), "frozen": clock.frozen}


def get_clock(request: ApiRequest) -> Reply:
    return ok(_clock_state(request))


def change_clock(request: ApiRequest) -> Reply:
    body = request.optional_json_object()
    clock = request.backend.clock
    when = None
    if "set" in body:
        when = parse_time(str(body["set"]))
        if when is None:
            raise invalid_data("set must be an ISO 8601 date-time", api_name="set")
    seconds = 0.0
    if "advance" in body:
        value = body["advance"]
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise invalid_data("advance must be a number of seconds", api_name="advance")
        seconds = float(value)
    # Where the clock would end up, checked before anything moves: a refused change changes nothing.
    start = datetime.now(UTC).timestamp() if body.get("reset") else clock.timestamp()
    target = (when.timestamp() if when is not None else start) + seconds
    if not EARLIEST_TIME.timestamp() <= target < LATEST_TIME.timestamp():
        raise invalid_data(
            f"the clock must stay between {format_time(EARLIEST_TIME)} and {format_time(LATEST_TIME)}",
            api_name="advance" if "advance" in body else "set",
        )
    if body.get("reset"):
        clock.reset()
    if when is not None:
        clock.set(when)
    if "freeze" in body:
        if body["freeze"]:
            clock.freeze()
        else:
            clock.unfreeze()
    if seconds:
        clock.advance(seconds)
    request.backend.tick()
    return ok(_clock_state(request))


def get_settings(request: ApiRequest) -> Reply:
    return ok(request.backend.settings.as_dict())


def change_settings(request: ApiRequest) -> Reply:
    request.backend.settings.update(request.optional_json_object())
    return ok(request.backend.settings.as_dict())


def list_faults(request: ApiRequest) -> Reply:
    return ok({"faults": request.backend.faults.list()})


def add_fault(request: ApiRequest) -> Reply:
    fault = request.backend.faults.add(request.optional_json_object())
    return ok({"fault": fault.as_dict()}, status=201)


def clear_faults(request: ApiRequest) -> Reply:
    request.backend.faults.clear()
    return ok({"faults": []})


def credits(request: ApiRequest) -> Reply:
    backend = request.backend
    return ok({"used": backend.credits.used(), "limit": backend.settings.api_credits_per_day})


def deliveries(request: ApiRequest) -> Reply:
    return ok({"deliveries": request.backend.outbound.deliveries()})


def fixtures(request: ApiRequest) -> Reply:
    return ok(request.backend.fixtures())


def problems(request: ApiRequest) -> Reply:
    backend = request.backend
    return ok({"response_problems": list(backend.response_problems), "server_errors": list(backend.server_errors)})


CONTROL_ROUTES: list[Route] = [
    get("/_emulator/health", health),
    post("/_emulator/reset", reset),
    get("/_emulator/clock", get_clock),
    post("/_emulator/clock", change_clock),
    get("/_emulator/settings", get_settings),
    patch("/_emulator/settings", change_settings),
    get("/_emulator/faults", list_faults),
    post("/_emulator/faults", add_fault),
    delete("/_emulator/faults", clear_faults),
    get("/_emulator/credits", credits),
    get("/_emulator/deliveries", deliveries),
    get("/_emulator/problems", problems),
    get("/_emulator/fixtures", fixtures),
]

SERVICE = Service(name="emulator", base="/_emulator", routes=[], control_routes=CONTROL_ROUTES)

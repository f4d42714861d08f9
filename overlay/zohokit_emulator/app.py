"""The app factory: ``create_app(config) -> Starlette``.

Usable in-process (``httpx.ASGITransport(app=create_app())``, schemathesis ``from_asgi``) or
served by uvicorn (``zoho-emulator``, ``EmulatorServer``).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager, suppress

from starlette.applications import Starlette

from .config import EmulatorConfig
from .core import control
from .core.backend import Backend
from .core.dispatch import Dispatcher
from .core.routing import RouteTable
from .services import load_services

TICK_SECONDS = 0.25
log = logging.getLogger("zohokit_emulator")


async def _ticker(backend: Backend) -> None:
    """While served, move time-driven state (bulk-read jobs, callbacks) without waiting for a request."""
    while True:
        await asyncio.sleep(TICK_SECONDS)
        try:
            with backend.lock:
                backend.tick()
        except Exception:  # a failing tick must not stop the server; requests still tick themselves
            log.exception("background tick failed")


def create_app(config: EmulatorConfig | None = None) -> Starlette:
    """A fresh emulator (its own state) serving every installed API on one origin."""
    config = config or EmulatorConfig()
    services = [control.SERVICE, *load_services()]
    backend = Backend(config, services)
    table = RouteTable([r for service in services for r in service.absolute_routes()])
    dispatcher = Dispatcher(backend, table)

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        task = asyncio.create_task(_ticker(backend))
        try:
            yield
        finally:
            task.cancel()
            with suppress(asyncio.CancelledError):
                await task
            backend.close()

    app = Starlette(lifespan=lifespan)
    # Every path goes to the dispatcher (it owns routing and its errors); Starlette keeps the
    # lifespan, middleware and server-error handling.
    app.router.default = dispatcher
    app.state.backend = backend
    return app


def backend_of(app: Starlette) -> Backend:
    """The state behind an app made by ``create_app`` (for tests that inspect or drive it)."""
    backend: Backend = app.state.backend
    return backend

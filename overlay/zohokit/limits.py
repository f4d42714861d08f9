"""Client-side concurrency limits, matching Zoho's per-user, per-app concurrency caps.

Zoho CRM rejects (429) calls beyond a number of concurrent ones per user and app, by edition:
Free 5, Standard 10, Professional 15, Enterprise / Zoho One / CRM Plus 20, Ultimate 25.
:class:`ConcurrencyLimit` caps in-flight requests on our side instead:
:class:`LimitedTransport` (threads, a ``threading.BoundedSemaphore``) and
:class:`AsyncLimitedTransport` (asyncio, an ``asyncio.Semaphore`` per event loop) hold a slot
from sending the request until the response is closed (its body read or discarded), so a slot
is held for as long as Zoho counts the call as active. Sync and async traffic have separate
pools of ``limit`` slots each. An async request that frees a slot yields once to the event loop,
so a request waiting for the slot is sent before the freeing one's response is parsed.

The slots are the standard library's semaphores. Libraries weighed: ``aiolimiter`` and
``pyrate-limiter`` limit a rate (calls per period), not calls in flight; anyio's
``CapacityLimiter`` (anyio comes with httpx) counts in-flight borrowers, but a slot belongs to the
task that took it, while here the response may be closed by another task, so it would need a
borrower token per request and still a pool per event loop: no simpler than a semaphore.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from typing import Final

import httpx

from ._per_loop import PerLoop

FREE_EDITION_CONCURRENCY: Final = 5
STANDARD_EDITION_CONCURRENCY: Final = 10
PROFESSIONAL_EDITION_CONCURRENCY: Final = 15
ENTERPRISE_EDITION_CONCURRENCY: Final = 20
"""Enterprise, Zoho One and CRM Plus."""
ULTIMATE_EDITION_CONCURRENCY: Final = 25

EDITION_CONCURRENCY: Final[Mapping[str, int]] = {
    "free": FREE_EDITION_CONCURRENCY,
    "standard": STANDARD_EDITION_CONCURRENCY,
    "professional": PROFESSIONAL_EDITION_CONCURRENCY,
    "enterprise": ENTERPRISE_EDITION_CONCURRENCY,
    "zoho_one": ENTERPRISE_EDITION_CONCURRENCY,
    "crm_plus": ENTERPRISE_EDITION_CONCURRENCY,
    "ultimate": ULTIMATE_EDITION_CONCURRENCY,
}
"""Concurrent calls allowed per user and app, by Zoho CRM edition."""


class ConcurrencyLimit:
    """At most ``limit`` requests in flight (per pool: threads, and each event loop)."""

    def __init__(self, limit: int) -> None:
        if limit < 1:
            raise ValueError("limit must be >= 1")
        self.limit = limit
        self._semaphore = threading.BoundedSemaphore(limit)
        self._async_semaphores = PerLoop(lambda: asyncio.Semaphore(self.limit))

    @classmethod
    def for_edition(cls, edition: str) -> ConcurrencyLimit:
        """The limit of a Zoho CRM edition (``"free"``, ``"standard"``, ... see the table)."""
        key = edition.strip().lower().replace(" ", "_").replace("-", "_")
        try:
            return cls(EDITION_CONCURRENCY[key])
        except KeyError:
            known = ", ".join(EDITION_CONCURRENCY)
            raise ValueError(f"unknown edition {edition!r}; expected one of {known}") from None

    def acquire(self) -> Callable[[], None]:
        """Block until a slot is free; return the function that frees it (idempotent)."""
        self._semaphore.acquire()
        return release_once(self._semaphore.release)

    async def aacquire(self) -> Callable[[], None]:
        """Wait until a slot of the running loop's pool is free; return its release function."""
        semaphore = self._async_semaphore()
        await semaphore.acquire()
        return release_once(semaphore.release)

    def _async_semaphore(self) -> asyncio.Semaphore:
        return self._async_semaphores.get()

    def __repr__(self) -> str:
        return f"ConcurrencyLimit({self.limit})"


class _ReleaseOnce:
    """Runs ``action`` on the first call and does nothing on later ones, from any thread."""

    __slots__ = ("_pending",)

    def __init__(self, action: Callable[[], None]) -> None:
        self._pending = [action]

    def __call__(self) -> None:
        # list.pop is atomic (one operation under the GIL, or the list's own lock when there is
        # none), so of callers racing here exactly one gets the action. One object and a list per
        # request, where a closure over a flag and a lock took seven.
        try:
            action = self._pending.pop()
        except IndexError:
            return
        action()


def release_once(action: Callable[[], None]) -> Callable[[], None]:
    """``action`` made safe to call any number of times, from any thread: it runs once."""
    return _ReleaseOnce(action)


class _ReleasingStream(httpx.SyncByteStream):
    def __init__(self, stream: httpx.SyncByteStream, release: Callable[[], None]) -> None:
        self._stream = stream
        self._release = release

    def __iter__(self) -> Iterator[bytes]:
        yield from self._stream

    def close(self) -> None:
        try:
            self._stream.close()
        finally:
            self._release()


class _AsyncReleasingStream(httpx.AsyncByteStream):
    def __init__(self, stream: httpx.AsyncByteStream, release: Callable[[], None]) -> None:
        self._stream = stream
        self._release = release

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self._stream:
            yield chunk

    async def aclose(self) -> None:
        try:
            await self._stream.aclose()
        finally:
            self._release()
        # Hand the freed slot over before the caller goes on: the body was just read, and what
        # follows (decoding JSON, building models) is CPU work that would otherwise delay the
        # request waiting for this slot by as long. One turn of the loop lets it send first.
        await asyncio.sleep(0)


def _rewrap(response: httpx.Response, stream: httpx.SyncByteStream | httpx.AsyncByteStream) -> httpx.Response:
    return httpx.Response(
        status_code=response.status_code,
        headers=response.headers,
        stream=stream,
        extensions=response.extensions,
    )


class LimitedTransport(httpx.BaseTransport):
    """A sync transport that lets at most ``limit.limit`` requests through ``transport`` at once."""

    def __init__(self, transport: httpx.BaseTransport, limit: ConcurrencyLimit) -> None:
        self.transport = transport
        self.limit = limit

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        release = self.limit.acquire()
        try:
            response = self.transport.handle_request(request)
        except BaseException:
            release()
            raise
        if not isinstance(response.stream, httpx.SyncByteStream):  # pragma: no cover
            release()
            return response
        return _rewrap(response, _ReleasingStream(response.stream, release))

    def close(self) -> None:
        self.transport.close()


class AsyncLimitedTransport(httpx.AsyncBaseTransport):
    """The async twin of :class:`LimitedTransport`."""

    def __init__(self, transport: httpx.AsyncBaseTransport, limit: ConcurrencyLimit) -> None:
        self.transport = transport
        self.limit = limit

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        release = await self.limit.aacquire()
        try:
            response = await self.transport.handle_async_request(request)
        except BaseException:
            release()
            raise
        if not isinstance(response.stream, httpx.AsyncByteStream):  # pragma: no cover
            release()
            return response
        return _rewrap(response, _AsyncReleasingStream(response.stream, release))

    async def aclose(self) -> None:
        await self.transport.aclose()


__all__ = [
    "EDITION_CONCURRENCY",
    "ENTERPRISE_EDITION_CONCURRENCY",
    "FREE_EDITION_CONCURRENCY",
    "PROFESSIONAL_EDITION_CONCURRENCY",
    "STANDARD_EDITION_CONCURRENCY",
    "ULTIMATE_EDITION_CONCURRENCY",
    "AsyncLimitedTransport",
    "ConcurrencyLimit",
    "LimitedTransport",
]

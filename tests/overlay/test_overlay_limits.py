"""ConcurrencyLimit: at most n requests in flight, slots held until the response is closed."""

from __future__ import annotations

import asyncio
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

from zohokit import EDITION_CONCURRENCY, ConcurrencyLimit
from zohokit.limits import AsyncLimitedTransport, LimitedTransport

URL = "https://www.zohoapis.com/crm/v2/Leads"


class Gauge:
    """Counts requests in flight and remembers the peak."""

    def __init__(self) -> None:
        self.current = 0
        self.peak = 0
        self.lock = threading.Lock()

    def enter(self) -> None:
        with self.lock:
            self.current += 1
            self.peak = max(self.peak, self.current)

    def leave(self) -> None:
        with self.lock:
            self.current -= 1


def test_edition_limits() -> None:
    assert {k: EDITION_CONCURRENCY[k] for k in ("free", "standard", "professional", "enterprise", "ultimate")} == {
        "free": 5,
        "standard": 10,
        "professional": 15,
        "enterprise": 20,
        "ultimate": 25,
    }
    assert ConcurrencyLimit.for_edition("Zoho One").limit == 20
    assert ConcurrencyLimit.for_edition("CRM-Plus").limit == 20
    with pytest.raises(ValueError, match="unknown edition"):
        ConcurrencyLimit.for_edition("platinum")
    with pytest.raises(ValueError):
        ConcurrencyLimit(0)


def test_threads_never_exceed_the_limit() -> None:
    gauge = Gauge()

    def handler(request: httpx.Request) -> httpx.Response:
        gauge.enter()
        time.sleep(0.01)
        gauge.leave()
        return httpx.Response(200, json={"ok": True})

    limit = ConcurrencyLimit(3)
    with (
        httpx.Client(transport=LimitedTransport(httpx.MockTransport(handler), limit)) as client,
        ThreadPoolExecutor(max_workers=20) as pool,
    ):
        statuses = list(pool.map(lambda _: client.get(URL).status_code, range(40)))
    assert statuses == [200] * 40
    assert gauge.peak == 3
    # every slot was given back
    assert all(limit._semaphore.acquire(blocking=False) for _ in range(3))


async def test_tasks_never_exceed_the_limit() -> None:
    gauge = Gauge()

    async def handler(request: httpx.Request) -> httpx.Response:
        gauge.enter()
        await asyncio.sleep(0.01)
        gauge.leave()
        return httpx.Response(200, json={"ok": True})

    limit = ConcurrencyLimit(4)
    async with httpx.AsyncClient(transport=AsyncLimitedTransport(httpx.MockTransport(handler), limit)) as client:
        responses = await asyncio.gather(*(client.get(URL) for _ in range(40)))
    assert [r.status_code for r in responses] == [200] * 40
    assert gauge.peak == 4
    assert limit._async_semaphore()._value == 4


def test_slot_is_held_until_a_streamed_response_is_closed() -> None:
    limit = ConcurrencyLimit(1)
    transport = LimitedTransport(httpx.MockTransport(lambda request: httpx.Response(200, content=b"x" * 10)), limit)
    with httpx.Client(transport=transport) as client:
        with client.stream("GET", URL) as response:
            assert response.status_code == 200
            assert not limit._semaphore.acquire(blocking=False)  # still in use while streaming
        assert limit._semaphore.acquire(blocking=False)
        limit._semaphore.release()


async def test_slot_is_held_until_a_streamed_response_is_closed_async() -> None:
    limit = ConcurrencyLimit(1)
    transport = AsyncLimitedTransport(httpx.MockTransport(lambda request: httpx.Response(200, content=b"x")), limit)
    async with httpx.AsyncClient(transport=transport) as client:
        async with client.stream("GET", URL) as response:
            assert response.status_code == 200
            assert limit._async_semaphore().locked()
        assert not limit._async_semaphore().locked()


def test_slot_is_released_when_the_transport_fails_sync() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused")

    limit = ConcurrencyLimit(1)
    with httpx.Client(transport=LimitedTransport(httpx.MockTransport(handler), limit)) as client:
        for _ in range(3):
            with pytest.raises(httpx.ConnectError):
                client.get(URL)
    assert limit._semaphore.acquire(blocking=False)


async def test_slot_is_released_when_the_transport_fails() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused")

    limit = ConcurrencyLimit(1)
    async with httpx.AsyncClient(transport=AsyncLimitedTransport(httpx.MockTransport(handler), limit)) as client:
        for _ in range(3):  # would block forever if the slot leaked
            with pytest.raises(httpx.ConnectError):
                await asyncio.wait_for(client.get(URL), timeout=5)


async def test_a_freed_slot_goes_to_the_waiting_request_before_the_freeing_caller_continues() -> None:
    """The waiting request is sent before the task that freed the slot gets its response back to
    parse, so CPU work on one response does not delay the next request's departure."""
    events: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        events.append(f"sent {request.url.path}")
        return httpx.Response(200, json={"ok": True})

    async def fetch(client: httpx.AsyncClient, path: str) -> None:
        await client.get(f"https://www.zohoapis.com{path}")
        events.append(f"parsing {path}")

    transport = AsyncLimitedTransport(httpx.MockTransport(handler), ConcurrencyLimit(1))
    async with httpx.AsyncClient(transport=transport) as client:
        await asyncio.gather(fetch(client, "/a"), fetch(client, "/b"))
    assert events == ["sent /a", "sent /b", "parsing /a", "parsing /b"]

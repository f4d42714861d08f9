"""Objects a request leaves in reference cycles on the client: pinned at the figure measured.

An object in a cycle outlives its last use until the cyclic garbage collector runs; one that lived
through a few young collections (any request in flight beside others) waits for a full one, which
takes tens of milliseconds in a process that has imported the generated clients. The client
answers requests concurrently on one event loop, so every object it leaves to the collector is
held memory and added pause. Before responses let go of their stream on closing
(:mod:`zohokit.response_release`), each request left 46 to 47 objects in cycles on the default async
path (aiohttp), 49 on httpx's own async transport and 52 on the sync path.

The client runs in a child process of its own, so the count is the client's alone and not the
emulator's (which serves from a thread of this process). The child turns the collector off, sends
the requests, and reports what ``gc.collect()`` then finds unreachable.
"""

from __future__ import annotations

import os
import subprocess
import sys

import httpx
import pytest

from tests.spec_files import REPO
from zohokit.transports import ASYNC_TRANSPORT_ENV
from zohokit_emulator import EmulatorServer

CYCLIC_OBJECTS_PER_REQUEST = 0
"""Objects left in reference cycles per request, on every path measured here."""
REQUESTS = 30
"""Requests per measurement: three times the concurrency limit, so requests wait for slots."""

CHILD = """
import asyncio, gc, sys
import zohokit
from zohokit_crm.api.records import get_records

origin, mode, requests = sys.argv[1], sys.argv[2], int(sys.argv[3])


def found_after_sync(crm) -> int:
    def send() -> None:
        for _ in range(requests):
            zohokit.unwrap(get_records.sync_detailed("Leads", client=crm))

    with crm:
        send()  # warm-up: the token, the connection
        gc.collect()
        gc.disable()
        try:
            send()
            return gc.collect()
        finally:
            gc.enable()


async def found_after_async(crm) -> int:
    async def fetch() -> None:
        zohokit.unwrap(await get_records.asyncio_detailed("Leads", client=crm))

    async def send() -> None:
        await asyncio.gather(*(fetch() for _ in range(requests)))

    async with crm:
        await send()  # warm-up: the token, the connections, the async transport built on first use
        gc.collect()
        gc.disable()
        try:
            await send()
            return gc.collect()
        finally:
            gc.enable()


with zohokit.emulator(origin) as emu:
    crm = emu.client("crm", limit=10)
    print(found_after_sync(crm) if mode == "sync" else asyncio.run(found_after_async(crm)))
"""


def _unreachable_per_request(origin: str, mode: str, async_transport: str = "") -> float:
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(str(REPO / part) for part in ("overlay", "generated")),
        ASYNC_TRANSPORT_ENV: async_transport,
    }
    done = subprocess.run(
        [sys.executable, "-c", CHILD, origin, mode, str(REQUESTS)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return int(done.stdout.strip()) / REQUESTS


@pytest.fixture(scope="module")
def origin(server: EmulatorServer) -> str:
    httpx.post(server.url + "/_emulator/reset").raise_for_status()
    return server.url


@pytest.mark.parametrize(
    ("mode", "async_transport"),
    [("async", "aiohttp"), ("async", "httpx"), ("sync", "")],
    ids=["async-aiohttp-default", "async-httpx", "sync"],
)
def test_requests_leave_no_objects_in_reference_cycles(origin: str, mode: str, async_transport: str) -> None:
    assert _unreachable_per_request(origin, mode, async_transport) == CYCLIC_OBJECTS_PER_REQUEST

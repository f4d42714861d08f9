"""1. What the emulator costs per page against a bare Starlette route serving the same bytes.
2. Emulator write throughput: concurrent async inserts against the same inserts one by one."""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import Callable

import httpx
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from tests.emulator import EmulatorServer

from .harness import Result, Sizes, interleaved, median, ms, private_runner, raw_line, times
from .servers import TIMEOUT, WRITE_BATCH, LoopbackServer, api, insert_leads, inserted_ids, lead, lead_ids

OVERHEAD_GOAL = 2.0


def bare_app(body: bytes) -> Starlette:
    """One route at the emulator's path that answers ``body`` as it is."""

    async def leads(request: Request) -> Response:
        return Response(body, media_type="application/json")

    return Starlette(routes=[Route("/crm/v2/Leads", leads)])


def emulator_overhead(sizes: Sizes) -> Result:
    params = {"per_page": sizes.page_size}
    with EmulatorServer() as emulator, api(emulator.url) as http:
        insert_leads(http, sizes.page_size)  # through the API, 100 at a time
        page = http.get("/crm/v2/Leads", params=params)
        page.raise_for_status()
        body = page.content
        if len(page.json()["data"]) != sizes.page_size:
            raise RuntimeError(f"expected a page of {sizes.page_size} Leads")
        with LoopbackServer(bare_app(body)) as bare, httpx.Client(base_url=bare.url, headers=http.headers) as plain:

            def fetches(client: httpx.Client) -> Callable[[], None]:
                def run() -> None:
                    for _ in range(sizes.page_fetches):
                        response = client.get("/crm/v2/Leads", params=params)
                        if response.status_code != 200 or len(response.content) != len(body):
                            raise RuntimeError(f"unexpected answer {response.status_code} from {client.base_url}")

                return run

            contenders = {"emulator": fetches(http), "bare": fetches(plain)}
            interleaved(1, contenders)  # warm-up: connections, caches
            samples = interleaved(sizes.rounds, contenders)
    n = sizes.page_fetches
    emulator_s, bare_s = median(samples["emulator"]) / n, median(samples["bare"]) / n
    ratio = emulator_s / bare_s
    return Result(
        "1",
        f"Emulator: GET a {sizes.page_size}-record Leads page",
        f"{ms(emulator_s)}/page",
        f"{ms(bare_s)}/page (bare Starlette, same {len(body):,} bytes)",
        times(ratio),
        f"≤ {OVERHEAD_GOAL:g}x",
        ratio <= OVERHEAD_GOAL,
        [
            raw_line(f"emulator, {n} fetches per round, per page", samples["emulator"], per=n),
            raw_line(f"bare Starlette, {n} fetches per round, per page", samples["bare"], per=n),
        ],
    )


def write_throughput(sizes: Sizes) -> Result:
    clients, batches = sizes.write_clients, sizes.write_batches
    per_run = clients * batches * WRITE_BATCH
    numbers = itertools.count()
    acknowledged: list[str] = []

    async def insert(http: httpx.AsyncClient, count: int) -> None:
        for _ in range(count):
            records = [lead(next(numbers)) for _ in range(WRITE_BATCH)]
            acknowledged.extend(inserted_ids(await http.post("/crm/v2/Leads", json={"data": records}), WRITE_BATCH))

    with EmulatorServer() as emulator, api(emulator.url) as http, private_runner() as runner:
        before = len(lead_ids(http))

        async def open_clients() -> list[httpx.AsyncClient]:
            return [
                httpx.AsyncClient(base_url=emulator.url, headers=http.headers, timeout=TIMEOUT) for _ in range(clients)
            ]

        async def close_clients() -> None:
            await asyncio.gather(*(client.aclose() for client in pool))

        pool = runner.run(open_clients())
        try:

            async def concurrent() -> None:
                await asyncio.gather(*(insert(client, batches) for client in pool))

            async def sequential() -> None:
                await insert(pool[0], clients * batches)

            contenders = {
                "concurrent": lambda: runner.run(concurrent()),
                "sequential": lambda: runner.run(sequential()),
            }
            samples = interleaved(sizes.rounds, contenders)
        finally:
            runner.run(close_clients())
        listed = lead_ids(http)
    lost = set(acknowledged) - set(listed)
    intact = not lost and len(set(acknowledged)) == len(acknowledged) == len(listed) - before
    concurrent_rate = per_run / median(samples["concurrent"])
    sequential_rate = per_run / median(samples["sequential"])
    return Result(
        "2",
        f"Emulator: insert {per_run:,} records, {clients} async clients",
        f"{concurrent_rate:,.0f} records/s",
        f"{sequential_rate:,.0f} records/s (one client, sequential)",
        times(concurrent_rate / sequential_rate),
        "no record lost",
        intact,
        [
            raw_line(f"{clients} clients x {batches} batches of {WRITE_BATCH}, per run", samples["concurrent"]),
            raw_line(f"1 client x {clients * batches} batches of {WRITE_BATCH}, per run", samples["sequential"]),
            f"Leads: {before:,} before + {len(acknowledged):,} acknowledged = {before + len(acknowledged):,}; "
            f"{len(listed):,} listed after; {len(lost)} acknowledged but missing",
        ],
    )

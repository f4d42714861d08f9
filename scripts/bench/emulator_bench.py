"""1. What the emulator costs per page against a bare Starlette route serving the same bytes, both
served the same way, each in a process of its own.
2. Emulator write throughput: concurrent async inserts against the same inserts one by one."""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import Callable

import httpx

from .harness import Result, Sizes, interleaved, median, ms, private_runner, raw_line, times
from .servers import (
    TIMEOUT,
    WRITE_BATCH,
    BareProcess,
    api,
    emulator_process,
    insert_leads,
    inserted_ids,
    lead,
    lead_ids,
)

OVERHEAD_GOAL = 2.0


def emulator_overhead(sizes: Sizes) -> Result:
    params = {"per_page": sizes.page_size}
    with emulator_process() as emulator, api(emulator.url) as http:
        insert_leads(http, sizes.page_size)  # through the API, 100 at a time
        page = http.get("/crm/v2/Leads", params=params)
        page.raise_for_status()
        body = page.content
        if len(page.json()["data"]) != sizes.page_size:
            raise RuntimeError(f"expected a page of {sizes.page_size} Leads")
        with BareProcess(body) as bare, httpx.Client(base_url=bare.url, headers=http.headers) as plain:

            def fetches(client: httpx.Client) -> Callable[[], None]:
                def run() -> None:
                    for _ in range(sizes.page_fetches):
                        response = client.get("/crm/v2/Leads", params=params)
                        if response.status_code != 200 or response.content != body:
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
        how=(
            "the emulator (zoho-emulator) and a bare Starlette app answering the same bytes "
            "(python -m bench.bare_server) each run in a process of its own under the same uvicorn.run call; "
            f"one httpx.Client in the bench process fetches {n} pages from one, then the other, "
            "alternating the order each round; wall clock per page, every page checked byte for byte"
        ),
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

    with emulator_process() as emulator, api(emulator.url) as http, private_runner() as runner:
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
        how=(
            f"the emulator in a process of its own; {clients} httpx.AsyncClients in the bench process insert "
            f"batches of {WRITE_BATCH} Leads at once, against one client inserting the same batches one by one, "
            "alternating; afterwards every acknowledged id must be listed"
        ),
    )

"""3. The generated client with zohokit against raw httpx + json.loads over the same pages.
4. Async pages at a concurrency limit against the same pages one after another, with latency."""

from __future__ import annotations

import asyncio
import json

import httpx
from crm_client.api.records import get_records
from crm_client.models import RecordsResponse

import zohokit
from tests.emulator import EmulatorServer

from .harness import Result, Sizes, interleaved, median, ms, private_runner, raw_line, times
from .servers import PER_PAGE, api, control, fill_leads

CLIENT_GOAL = 1.25
ASYNC_GOAL = 8.0


def page_with_zohokit(crm: object) -> int:
    """Every Lead through ``zohokit.iter_items`` over the generated ``get_records``; their number."""
    return sum(1 for _ in zohokit.iter_items(get_records.sync_detailed, "Leads", client=crm, per_page=PER_PAGE))


def page_with_httpx(http: httpx.Client) -> int:
    """Every Lead with plain httpx and ``json.loads``, following ``info.more_records``; their number."""
    count, page = 0, 1
    while True:
        response = http.get("/crm/v2/Leads", params={"page": page, "per_page": PER_PAGE})
        if response.status_code == 204:
            return count
        response.raise_for_status()
        body = json.loads(response.content)
        count += len(body["data"])
        if not body["info"]["more_records"]:
            return count
        page += 1


def client_overhead(sizes: Sizes) -> Result:
    pages = -(-sizes.records // PER_PAGE)
    with EmulatorServer() as emulator, api(emulator.url) as http, zohokit.emulator(emulator.url).client("crm") as crm:
        fill_leads(http, sizes.records)
        for name, count in (("zohokit", page_with_zohokit(crm)), ("httpx", page_with_httpx(http))):  # and warm-up
            if count != sizes.records:
                raise RuntimeError(f"{name} paged {count} records, not {sizes.records}")
        samples = interleaved(
            sizes.rounds, {"ours": lambda: page_with_zohokit(crm), "raw": lambda: page_with_httpx(http)}
        )
    ours, raw = median(samples["ours"]), median(samples["raw"])
    ratio = ours / raw
    return Result(
        "3",
        f"Client: page {sizes.records:,} CRM records",
        f"{ms(ours)} (generated client + zohokit.iter_items)",
        f"{ms(raw)} (httpx + json.loads)",
        times(ratio),
        f"≤ {CLIENT_GOAL:g}x",
        ratio <= CLIENT_GOAL,
        [
            raw_line(f"generated client + zohokit, {pages} pages, per run", samples["ours"]),
            raw_line(f"raw httpx + json.loads, {pages} pages, per run", samples["raw"]),
            f"difference per page: {ms((ours - raw) / pages)} (both include the in-process emulator's own time)",
        ],
    )


def async_concurrency(sizes: Sizes, number: str, per_page: int) -> Result:
    """Benchmark 4 with pages of ``per_page`` records: 4a Zoho's full pages, 4b small ones, where
    the emulated wait dominates the CPU work per page (which client and in-process emulator share)."""
    pages = list(range(1, sizes.async_pages + 1))
    limit, latency = sizes.async_concurrency, sizes.latency_ms
    with EmulatorServer() as emulator, api(emulator.url) as http, private_runner() as runner:
        fill_leads(http, sizes.async_pages * per_page)
        crm = zohokit.emulator(emulator.url).client("crm", limit=limit)

        async def fetch(page: int) -> None:
            response = await get_records.asyncio_detailed("Leads", client=crm, page=page, per_page=per_page)
            if len(zohokit.unwrap(response, RecordsResponse).data) != per_page:
                raise RuntimeError(f"page {page} is not full")

        async def concurrent() -> None:
            await asyncio.gather(*(fetch(page) for page in pages))

        async def sequential() -> None:
            for page in pages:
                await fetch(page)

        try:
            runner.run(fetch(1))  # the token, connections
            unloaded = interleaved(min(3, sizes.rounds), {"sequential": lambda: runner.run(sequential())})
            work = median(unloaded["sequential"]) / len(pages)
            control(http, "PATCH", "/settings", {"latency_ms": latency})
            contenders = {
                "concurrent": lambda: runner.run(concurrent()),
                "sequential": lambda: runner.run(sequential()),
            }
            samples = interleaved(sizes.rounds, contenders)
        finally:
            runner.run(crm.get_async_httpx_client().aclose())
    n = len(pages)
    concurrent_s, sequential_s = median(samples["concurrent"]), median(samples["sequential"])
    bound = min(limit, (latency / 1000 + work) / work)
    return Result(
        number,
        f"Async: {n} pages of {per_page}, concurrency {limit}, {latency} ms latency",
        f"{ms(concurrent_s)} (asyncio_detailed, limit={limit})",
        f"{ms(sequential_s)} (one at a time)",
        f"{sequential_s / concurrent_s:.1f}x faster",
        f"≥ {ASYNC_GOAL:g}x faster",
        sequential_s / concurrent_s >= ASYNC_GOAL,
        [
            raw_line(f"concurrent, {n} pages of {per_page}, per run", samples["concurrent"]),
            raw_line(f"sequential, {n} pages of {per_page}, per run", samples["sequential"]),
            f"CPU work per page without latency {ms(work)} (client and emulator, one process): "
            f"no client can beat min({limit}, ({latency} ms + work) / work) = {bound:.1f}x",
        ],
    )

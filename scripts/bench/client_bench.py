"""3. The generated client with zohokit against raw httpx + json.loads over the same pages.
4. Async pages at a concurrency limit against the same pages one after another, with latency.

The emulator runs in a process of its own (``zoho-emulator``), as a real Zoho server is
another machine: the client's work and the server's do not share this process's GIL."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Callable
from typing import Any

import attrs
import httpx
from zohokit_crm import AuthenticatedClient
from zohokit_crm.api.records import get_records
from zohokit_crm.models import Record, RecordsResponse

import zohokit
from zohokit import json_bodies
from zohokit.transports import default_async_transport

from .harness import Result, Sizes, interleaved, median, ms, private_runner, raw_line, times
from .servers import PER_PAGE, api, control, cpu_seconds, emulator_process, fill_leads

CrmClient = AuthenticatedClient

CLIENT_GOAL = 1.25
ASYNC_GOAL = 9.0


def page_with_zohokit(crm: CrmClient) -> int:
    """Every Lead through ``zohokit.iter_items`` over the generated ``get_records``; their number."""
    return sum(1 for _ in zohokit.iter_items(get_records.sync_detailed, "Leads", client=crm, per_page=PER_PAGE))


def page_reading_every_field(crm: CrmClient) -> int:
    """As :func:`page_with_zohokit`, reading every declared field and the additional properties
    of every record (models convert a field on its first read; this pays for all of them)."""
    names = [field.name for field in attrs.fields(Record)]
    count = 0
    for record in zohokit.iter_items(get_records.sync_detailed, "Leads", client=crm, per_page=PER_PAGE):
        for name in names:
            getattr(record, name)
        count += 1
    return count


def page_with_stdlib_json(crm: CrmClient) -> int:
    """As :func:`page_with_zohokit`, with bodies decoded by ``json.loads`` instead of msgspec."""
    decoder, json_bodies.DECODER = json_bodies.DECODER, None
    try:
        return page_with_zohokit(crm)
    finally:
        json_bodies.DECODER = decoder


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
    with (
        emulator_process() as emulator,
        api(emulator.url) as http,
        zohokit.emulator(emulator.url).client("crm") as crm,
    ):
        fill_leads(http, sizes.records)
        for name, count in (("zohokit", page_with_zohokit(crm)), ("httpx", page_with_httpx(http))):  # and warm-up
            if count != sizes.records:
                raise RuntimeError(f"{name} paged {count} records, not {sizes.records}")
        samples = interleaved(
            sizes.rounds,
            {
                "ours": lambda: page_with_zohokit(crm),
                "raw": lambda: page_with_httpx(http),
                "stdlib json": lambda: page_with_stdlib_json(crm),
                "every field": lambda: page_reading_every_field(crm),
            },
        )
    ours, raw = median(samples["ours"]), median(samples["raw"])
    ratio = ours / raw
    decoder = "msgspec" if json_bodies.DECODER is not None else "json.loads (msgspec is not installed)"
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
            f"difference per page: {ms((ours - raw) / pages)} (both include the emulator's time, the same for both)",
            f"zohokit decoded bodies with {decoder}; with json.loads instead: "
            f"{times(median(samples['stdlib json']) / raw)} ({raw_line('per run', samples['stdlib json'])})",
            "reading every field of every record (models convert fields on first read): "
            f"{times(median(samples['every field']) / raw)} ({raw_line('per run', samples['every field'])})",
        ],
        how=(
            "the emulator in a process of its own; in the bench process, the generated client's sync_detailed "
            "through zohokit.iter_items against plain httpx.Client.get + json.loads, paging the same Leads 200 "
            "at a time, alternating; wall clock per full paging. Two more contenders in the same rounds, "
            "reported beside the ratio: zohokit with json.loads, and zohokit reading every field"
        ),
    )


class CpuMeter:
    """CPU seconds this process (the client) and a server process use per run of each contender
    (``time.process_time`` and ``/proc/<pid>/stat``, whose resolution is one clock tick, 10 ms)."""

    def __init__(self, server_pid: int) -> None:
        self.server_pid = server_pid
        self.client: dict[str, list[float]] = {}
        self.server: dict[str, list[float]] = {}

    def wrap(self, name: str, run: Callable[[], object]) -> Callable[[], None]:
        def measured() -> None:
            client, server = time.process_time(), cpu_seconds(self.server_pid)
            run()
            self.client.setdefault(name, []).append(time.process_time() - client)
            after = cpu_seconds(self.server_pid)
            if server is not None and after is not None:
                self.server.setdefault(name, []).append(after - server)

        return measured

    def per_page(self, name: str, pages: int) -> str:
        """``client 5.8 ms, emulator 1.2 ms`` per page, medians over the runs of ``name``."""
        client = ms(median(self.client[name]) / pages)
        server = ms(median(self.server[name]) / pages) if self.server.get(name) else "n/a"
        return f"client {client}, emulator {server}"

    def busiest(self, name: str, pages: int) -> float:
        """CPU seconds per page of the busier process."""
        return max(median(self.client[name]), median(self.server.get(name) or [0.0])) / pages


class PageFetcher:
    """Fetches the benchmark's pages through one client, all at once or one after another."""

    def __init__(self, crm: Any, pages: list[int], per_page: int) -> None:
        self.crm, self.pages, self.per_page = crm, pages, per_page

    async def fetch(self, page: int) -> None:
        response = await get_records.asyncio_detailed("Leads", client=self.crm, page=page, per_page=self.per_page)
        if len(zohokit.unwrap(response, RecordsResponse).data) != self.per_page:
            raise RuntimeError(f"page {page} is not full")

    async def concurrent(self) -> None:
        await asyncio.gather(*(self.fetch(page) for page in self.pages))

    async def sequential(self) -> None:
        for page in self.pages:
            await self.fetch(page)


def async_concurrency(sizes: Sizes, number: str, per_page: int) -> Result:
    """Benchmark 4 with pages of ``per_page`` records: 4a Zoho's full pages, 4b small ones, where
    the emulated wait dominates the CPU work per page. The same rounds also time a client on
    httpx's own async transport, reported beside the ratio of the default one."""
    pages = list(range(1, sizes.async_pages + 1))
    n, limit, latency = len(pages), sizes.async_concurrency, sizes.latency_ms
    with emulator_process() as emulator, api(emulator.url) as http, private_runner() as runner:
        fill_leads(http, sizes.async_pages * per_page)
        emu = zohokit.emulator(emulator.url)
        crm = emu.client("crm", limit=limit)
        httpx_crm = emu.client("crm", limit=limit, async_transport=httpx.AsyncHTTPTransport())
        ours, on_httpx = PageFetcher(crm, pages, per_page), PageFetcher(httpx_crm, pages, per_page)
        stack = type(default_async_transport()).__name__  # what `crm` got, as it was built alike
        meter = CpuMeter(emulator.pid)
        try:
            for fetcher in (ours, on_httpx):  # warm-up: the token, connections, the emulator's rendered pages
                runner.run(fetcher.sequential())
            unloaded = interleaved(
                min(3, sizes.rounds), {"unloaded": meter.wrap("unloaded", lambda: runner.run(ours.sequential()))}
            )
            control(http, "PATCH", "/settings", {"latency_ms": latency})
            contenders = {
                "concurrent": meter.wrap("concurrent", lambda: runner.run(ours.concurrent())),
                "sequential": meter.wrap("sequential", lambda: runner.run(ours.sequential())),
                "httpx concurrent": lambda: runner.run(on_httpx.concurrent()),
                "httpx sequential": lambda: runner.run(on_httpx.sequential()),
            }
            samples = interleaved(sizes.rounds, contenders)
        finally:
            for client in (crm, httpx_crm):
                runner.run(client.get_async_httpx_client().aclose())
    concurrent_s, sequential_s = median(samples["concurrent"]), median(samples["sequential"])
    httpx_ratio = median(samples["httpx sequential"]) / median(samples["httpx concurrent"])
    round_trip = median(unloaded["unloaded"]) / n
    bound = min(limit, (latency / 1000 + round_trip) / meter.busiest("unloaded", n))
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
            f"innermost async transport: {stack}; the same client on httpx's own AsyncHTTPTransport: "
            f"{httpx_ratio:.1f}x faster (concurrent {ms(median(samples['httpx concurrent']))}, "
            f"sequential {ms(median(samples['httpx sequential']))})",
            f"CPU per page: concurrent {meter.per_page('concurrent', n)}; sequential {meter.per_page('sequential', n)}",
            f"without latency: round trip {ms(round_trip)} per page, CPU {meter.per_page('unloaded', n)}; "
            f"each process works on one core at a time, so no client can beat min({limit}, "
            f"({latency} ms + round trip) / the busier process's CPU per page) = {bound:.1f}x",
        ],
        how=(
            "the emulator in a process of its own, answering every API call the latency after it arrives; in the "
            f"bench process, the generated client's asyncio_detailed through zohokit (limit={limit}, default async "
            "transport) fetches the pages all at once (asyncio.gather) against one after another, alternating; wall "
            "clock per run; CPU of both processes per run (time.process_time, the emulator's /proc/<pid>/stat). The "
            "same rounds time the client on httpx's own async transport too, reported beside the ratio"
        ),
    )

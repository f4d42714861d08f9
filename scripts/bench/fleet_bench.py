"""8. A fleet: worker processes sharing one Zoho concurrency limit through Redis.

The emulator (in a process of its own) allows 10 concurrent calls per user and app, as Zoho's
Standard edition does, and answers every call 50 ms after it arrives; a throw-away
``redis-server`` holds the shared limit. Four worker processes (``fleet_child``), each with ten
asyncio tasks paging and inserting Leads, go through a
:class:`~zohokit.shared_limits.SharedConcurrencyLimit` of 10. No client can beat 10 calls per
latency (200 calls a second at 50 ms): the row's ratio is the measured throughput against that
ideal. The same workers with a ``ConcurrencyLimit(10)`` each (what the kit offered before) run
next, and their 429 answers are counted.
"""

from __future__ import annotations

import multiprocessing
import os
import time
from collections import Counter

from .fleet_child import BARRIER_TIMEOUT, LIMIT, fleet_worker
from .harness import Result, Sizes, median, ms
from .redis_server import RedisServer
from .servers import api, control, cpu_seconds, emulator_process, fill_leads

FLEET_GOAL = 0.90
"""Share of the ideal throughput (``LIMIT`` calls per latency) the shared limit must reach."""


def run_fleet(
    url: str, redis_url: str | None, sizes: Sizes, key: str, servers: dict[str, int], workers_tasks: tuple[int, int]
) -> tuple[list[float], Counter[int], dict[str, float]]:
    """Start the workers, run the rounds; each round's wall-clock seconds, all statuses seen and
    the CPU seconds of the workers (together) and of each server process in ``servers``."""
    count, tasks = workers_tasks
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(count + 1)
    results = context.Queue()
    args = (url, redis_url, key, tasks, sizes.fleet_calls, sizes.rounds, barrier, results)
    workers = [context.Process(target=fleet_worker, args=args) for _ in range(count)]
    for worker in workers:
        worker.start()
    seconds: list[float] = []
    statuses: Counter[int] = Counter()
    cpu = {"workers": 0.0, **{name: 0.0 for name in servers}}
    try:
        for _ in range(sizes.rounds):
            before = {name: cpu_seconds(pid) or 0.0 for name, pid in servers.items()}
            barrier.wait(BARRIER_TIMEOUT)
            started = time.perf_counter()
            for _ in workers:
                seen, worker_cpu = results.get(timeout=BARRIER_TIMEOUT)
                statuses.update({int(k): v for k, v in seen.items()})
                cpu["workers"] += worker_cpu
            seconds.append(time.perf_counter() - started)
            for name, pid in servers.items():
                cpu[name] += (cpu_seconds(pid) or 0.0) - before[name]
    finally:
        for worker in workers:
            worker.join(timeout=BARRIER_TIMEOUT)
            if worker.is_alive():
                worker.kill()
    return seconds, statuses, cpu


def fleet_throughput(sizes: Sizes) -> Result:
    latency = sizes.latency_ms
    calls = sizes.fleet_workers * sizes.fleet_tasks * sizes.fleet_calls
    ideal = LIMIT / (latency / 1000)
    load_before = ", ".join(f"{v:.1f}" for v in os.getloadavg())
    with RedisServer() as redis_server, emulator_process() as emulator, api(emulator.url) as http:
        fill_leads(http, 100)
        control(http, "PATCH", "/settings", {"concurrency_limit": LIMIT, "latency_ms": latency})
        servers = {"emulator": emulator.pid, "redis": redis_server.pid}
        fleet = (sizes.fleet_workers, sizes.fleet_tasks)
        shared_s, shared, shared_cpu = run_fleet(emulator.url, redis_server.url, sizes, "bench:fleet", servers, fleet)
        local_s, local, _ = run_fleet(emulator.url, None, sizes, "", servers, fleet)
        # The reference: every task in one process behind one local limit, no Redis involved.
        alone = (1, sizes.fleet_workers * sizes.fleet_tasks)
        single_s, single, single_cpu = run_fleet(emulator.url, None, sizes, "", servers, alone)
    throughput = calls / median(shared_s)
    single_rate = calls / median(single_s)
    share = throughput / ideal
    total_shared, total_local = sum(shared.values()), sum(local.values())
    ok = share >= FLEET_GOAL and shared[429] == 0 and total_shared == calls * sizes.rounds
    return Result(
        "8",
        f"Fleet: {sizes.fleet_workers} processes x {sizes.fleet_tasks} tasks, shared limit {LIMIT}, {latency} ms",
        f"{throughput:.0f} calls/s, {shared[429]} x 429 (SharedConcurrencyLimit)",
        f"ideal {ideal:.0f} calls/s; per-process limits: {local[429]} x 429 of {total_local}",
        f"{share:.0%} of ideal",
        f"≥ {FLEET_GOAL:.0%}, no 429",
        ok,
        [
            f"shared limit, {calls} calls per round: {', '.join(ms(s) for s in shared_s)}; "
            f"statuses {dict(sorted(shared.items()))}",
            "CPU per call with the shared limit: "
            + ", ".join(f"{name} {ms(seconds / (calls * sizes.rounds))}" for name, seconds in shared_cpu.items())
            + f" (load average before the run: {load_before})",
            f"reference, one process with all {calls // sizes.fleet_calls} tasks behind one local "
            f"ConcurrencyLimit({LIMIT}): {single_rate:.0f} calls/s ({single_rate / ideal:.0%} of ideal); rounds "
            f"{', '.join(ms(s) for s in single_s)}; statuses {dict(sorted(single.items()))}; CPU per call: "
            + ", ".join(
                f"{name} {ms(cpu / (calls * sizes.rounds))}" for name, cpu in single_cpu.items() if name != "redis"
            ),
            f"per-process ConcurrencyLimit({LIMIT}) each, {calls} calls per round: "
            f"{', '.join(ms(s) for s in local_s)}; statuses {dict(sorted(local.items()))} (429s answer at once)",
        ],
        how=(
            f"the emulator in a process of its own (concurrency_limit={LIMIT}, latency_ms={latency}) and a "
            f"throw-away redis-server; {sizes.fleet_workers} worker processes (spawned, warmed up with one call "
            f"each), each running {sizes.fleet_tasks} asyncio tasks of {sizes.fleet_calls} calls (three pages of "
            "five Leads per insert of one), retries off so every 429 shows; wall clock from the barrier that "
            "starts a round to the last worker's report; then, as a reference for what the emulator and this "
            "machine allow, all the tasks in one process behind one local limit; then the same workers with a "
            "per-process limit each"
        ),
    )

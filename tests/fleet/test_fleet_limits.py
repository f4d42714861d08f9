"""Worker processes sharing a concurrency limit and a credit budget on Redis, against the emulator."""

from __future__ import annotations

import multiprocessing.context
import os
import signal
from collections import Counter
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from zohokit_crm.api.records import get_records

from zohokit.credits import CreditBudget, CreditBudgetExhausted, CreditedTransport
from zohokit.shared_limits import SharedConcurrencyLimit, SlotWaitTimeout

from .launch import collect, join, start_workers
from .workers import BARRIER_TIMEOUT, Target, credit_worker, limited_worker, slot_hoarder

Closing = Callable[[Any], Any]

PROCESSES = 4
TASKS = 10
CALLS = 5


def run_limited(
    target: Target, processes: multiprocessing.context.ForkServerContext, redis_url: str | None
) -> list[dict[str, Any]]:
    workers, _, results = start_workers(
        processes, PROCESSES, limited_worker, target, redis_url, "fleet:limit", TASKS, CALLS
    )
    reports = collect(results, PROCESSES)
    join(workers)
    return reports


@pytest.fixture
def limited_emulator(control: httpx.Client) -> httpx.Client:
    """Zoho's Standard edition limit of 10 concurrent calls per user and app, 50 ms per call."""
    control.patch("/_emulator/settings", json={"concurrency_limit": 10, "latency_ms": 50}).raise_for_status()
    return control


def test_a_shared_limit_keeps_four_processes_within_zohos_limit(
    target: Target,
    limited_emulator: httpx.Client,
    redis_url: str,
    processes: multiprocessing.context.ForkServerContext,
) -> None:
    reports = run_limited(target, processes, redis_url)
    total: Counter[int] = Counter()
    for report in reports:
        total.update({int(k): v for k, v in report["statuses"].items()})
    assert total[429] == 0, [r["codes_429"] for r in reports]
    assert sum(total.values()) == PROCESSES * TASKS * CALLS
    assert set(total) <= {200, 201}


def test_per_process_limits_overrun_the_same_limit(
    target: Target, limited_emulator: httpx.Client, processes: multiprocessing.context.ForkServerContext
) -> None:
    """The control experiment: each process keeping to 10 by itself sends up to 40 at once, and
    the emulator answers 429 TOO_MANY_REQUESTS beyond 10."""
    reports = run_limited(target, processes, None)
    codes: Counter[str] = Counter()
    for report in reports:
        codes.update(report["codes_429"])
    assert codes["TOO_MANY_REQUESTS"] > 0


def test_slots_of_a_killed_worker_come_back_within_the_lease(
    target: Target, redis_url: str, processes: multiprocessing.context.ForkServerContext, closing: Closing
) -> None:
    lease = 1.0
    ready = processes.Event()
    hoarder = processes.Process(target=slot_hoarder, args=(redis_url, "fleet:killed", lease, 10, ready))
    hoarder.start()
    assert ready.wait(BARRIER_TIMEOUT)
    limit = closing(SharedConcurrencyLimit(redis_url, 10, key="fleet:killed", lease=lease, timeout=2.5 * lease))
    # The hoarder renews its leases: after more than a lease, every slot is still taken.
    with pytest.raises(SlotWaitTimeout):
        limit.acquire()
    assert limit.in_use() == 10
    assert hoarder.pid is not None
    os.kill(hoarder.pid, signal.SIGKILL)
    hoarder.join(timeout=BARRIER_TIMEOUT)
    assert hoarder.exitcode == -signal.SIGKILL
    # The others proceed: a request through the limit gets a slot before its wait bound
    # (2.5 leases) runs out, since the killed worker's leases are no longer renewed.
    with target.crm(target.auth(None), limit=limit) as crm:
        response = get_records.sync_detailed("Leads", client=crm, per_page=1)
    assert response.status_code == 200
    assert limit.in_use() == 0


def test_credits_charged_by_a_fleet_match_the_emulators_count(
    target: Target,
    control: httpx.Client,
    redis_url: str,
    processes: multiprocessing.context.ForkServerContext,
    closing: Closing,
) -> None:
    workers, _, results = start_workers(processes, PROCESSES, credit_worker, target, redis_url, "fleet:credits")
    reports = collect(results, PROCESSES)
    join(workers)
    assert all(set(r["statuses"]) <= {200, 201, 204} for r in reports), reports
    budget = closing(CreditBudget(redis_url, 10_000, key="fleet:credits"))
    emulator = control.get("/_emulator/credits").json()
    assert budget.used() == emulator["used"] == PROCESSES * (1 + 3 + 1 + 2)
    assert budget.remaining() == 10_000 - emulator["used"]


def test_a_budget_raises_before_the_org_runs_dry(
    target: Target, control: httpx.Client, redis_url: str, closing: Closing
) -> None:
    """With 5 credits left above the reserve, a 3-credit insert passes and the next one is held
    back before it is sent: the emulator never counts it."""
    budget = closing(CreditBudget(redis_url, 15, key="fleet:dry", reserve=10))
    with target.crm(target.auth(None), transport=CreditedTransport(budget)) as crm:
        http = crm.get_httpx_client()
        rows = {"data": [{"Last_Name": f"Dry {i}"} for i in range(25)]}
        assert http.post("/Leads", json=rows).status_code in (200, 201)
        assert budget.remaining() == 2
        with pytest.raises(CreditBudgetExhausted) as caught:
            http.post("/Leads", json=rows)
    assert (caught.value.remaining, caught.value.cost) == (2, 3)
    assert caught.value.retry_after is not None and caught.value.retry_after > 0
    assert control.get("/_emulator/credits").json()["used"] == 3

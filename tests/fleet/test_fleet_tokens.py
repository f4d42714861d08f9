"""Worker processes sharing one token store refresh once per expiry (counted by the emulator)."""

from __future__ import annotations

import multiprocessing.context
from pathlib import Path

import httpx
import pytest

import zohokit
from zohokit.redis_store import RedisTokenStore

from .launch import collect, join, start_workers
from .workers import BARRIER_TIMEOUT, StoreSpec, Target, expiry_worker, many_auths_worker

WORKERS = 8


def refreshes(control: httpx.Client) -> int:
    """Access tokens the emulator issued for a refresh token since its reset."""
    response = control.get("/_emulator/tokens")
    response.raise_for_status()
    count: int = response.json()["refreshes"]
    return count


def live_tokens(control: httpx.Client) -> int:
    """Live access tokens of the default refresh token (Zoho keeps at most 30)."""
    body = control.get("/_emulator/tokens").json()
    counts: list[int] = [
        r["live_access_tokens"] for r in body["refresh_tokens"] if r["client_id"] == zohokit.EMULATOR_CLIENT_ID
    ]
    return sum(counts)


def store_spec(kind: str, tmp_path: Path, redis_url: str) -> StoreSpec:
    return StoreSpec("file", str(tmp_path / "zoho-token.json")) if kind == "file" else StoreSpec("redis", redis_url)


@pytest.mark.parametrize("kind", ["file", "redis"])
def test_processes_sharing_a_store_refresh_once_per_expiry(
    kind: str,
    tmp_path: Path,
    redis_url: str,
    target: Target,
    control: httpx.Client,
    processes: multiprocessing.context.ForkServerContext,
) -> None:
    spec = store_spec(kind, tmp_path, redis_url)
    store = spec.build()
    with target.crm(target.auth(store)) as seed:  # one token in the store to start from
        seed.get_httpx_client().get("/Leads", params={"per_page": 1}).raise_for_status()
    if isinstance(store, RedisTokenStore):
        store.close()
    assert refreshes(control) == 1

    clock_offset = processes.Value("d", 0.0)
    workers, barrier, results = start_workers(
        processes, WORKERS, expiry_worker, target, spec, clock_offset, parties=WORKERS + 1
    )
    seen = []
    # Round 1: every worker adopts the stored token; nobody refreshes.
    barrier.wait(BARRIER_TIMEOUT)
    barrier.wait(BARRIER_TIMEOUT)
    seen.append(refreshes(control))
    # Round 2: the token expires on the server; every worker's call gets a 401 INVALID_TOKEN.
    control.post("/_emulator/clock", json={"advance": 3700}).raise_for_status()
    barrier.wait(BARRIER_TIMEOUT)
    barrier.wait(BARRIER_TIMEOUT)
    seen.append(refreshes(control))
    # Round 3: the token expires on the workers' clocks; each renews it before sending.
    clock_offset.value = 3700.0
    barrier.wait(BARRIER_TIMEOUT)
    barrier.wait(BARRIER_TIMEOUT)
    seen.append(refreshes(control))
    reports = collect(results, WORKERS)
    join(workers)

    assert seen == [1, 2, 3], "one refresh per expiry for the whole fleet"
    assert [r["errors"] for r in reports] == [[]] * WORKERS
    assert [r["statuses"] for r in reports] == [{200: 3}] * WORKERS


@pytest.mark.parametrize("kind", ["file", "redis"])
def test_forty_auth_objects_cause_one_refresh_and_no_401(
    kind: str,
    tmp_path: Path,
    redis_url: str,
    target: Target,
    control: httpx.Client,
    processes: multiprocessing.context.ForkServerContext,
) -> None:
    """4 processes x 10 ZohoOAuth objects start with only the refresh token: one refresh for all
    (the 30-live-tokens cap is never reached, so no live token is evicted); then again after the
    token expires on the server."""
    spec = store_spec(kind, tmp_path, redis_url)
    workers, barrier, results = start_workers(processes, 4, many_auths_worker, target, spec, 10, 3, parties=4 + 1)
    barrier.wait(BARRIER_TIMEOUT)
    barrier.wait(BARRIER_TIMEOUT)
    first = refreshes(control)
    live_after_first = live_tokens(control)
    control.post("/_emulator/clock", json={"advance": 3700}).raise_for_status()
    barrier.wait(BARRIER_TIMEOUT)
    barrier.wait(BARRIER_TIMEOUT)
    second = refreshes(control)
    reports = collect(results, 4)
    join(workers)

    assert (first, second) == (1, 2)
    assert live_after_first == 1
    assert [r["errors"] for r in reports] == [[]] * 4
    assert [r["statuses"] for r in reports] == [{200: 60}] * 4, "no 401 reached a caller"


def test_without_a_shared_store_forty_auth_objects_refresh_forty_times(
    target: Target, control: httpx.Client, processes: multiprocessing.context.ForkServerContext
) -> None:
    """The control experiment: the same 40 auth objects, each with a store of its own, refresh
    40 times, and the emulator keeps only the newest 30 access tokens live (Zoho's cap)."""
    spec = StoreSpec("memory", "")
    workers, barrier, results = start_workers(processes, 4, many_auths_worker, target, spec, 10, 1, parties=4 + 1)
    barrier.wait(BARRIER_TIMEOUT)
    barrier.wait(BARRIER_TIMEOUT)
    stampede = refreshes(control)
    live = live_tokens(control)
    barrier.wait(BARRIER_TIMEOUT)
    barrier.wait(BARRIER_TIMEOUT)
    collect(results, 4)
    join(workers)
    assert stampede >= 40  # a token evicted before its first use costs one more
    assert live == 30

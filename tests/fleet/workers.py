"""What each worker process of the fleet tests runs (imported by the forkserver, so picklable
top-level functions with plain arguments). Each builds its own auth, store, limit and client, as
a separate worker of a real fleet would, and reports what it saw through a queue."""

from __future__ import annotations

import asyncio
import threading
import time
from collections import Counter
from dataclasses import dataclass
from typing import Any

import httpx
from zohokit_crm.api.records import get_records, insert_records
from zohokit_crm.models import RecordWriteRequest

import zohokit
from zohokit.credits import CreditBudget, CreditedTransport
from zohokit.redis_store import RedisTokenStore
from zohokit.shared_limits import SharedConcurrencyLimit

BARRIER_TIMEOUT = 60.0


@dataclass(frozen=True)
class StoreSpec:
    """Where the shared token lives: a file path, a Redis URL and key, or (``memory``) nowhere
    shared: each auth object gets a store of its own."""

    kind: str
    location: str
    key: str = "fleet:token"

    def build(self) -> zohokit.TokenStore:
        if self.kind == "memory":
            return zohokit.MemoryTokenStore()
        if self.kind == "file":
            return zohokit.FileTokenStore(self.location)
        return RedisTokenStore(self.location, key=self.key)


@dataclass(frozen=True)
class Target:
    """The emulator to call and the OAuth client to call it as."""

    url: str
    client_id: str = zohokit.EMULATOR_CLIENT_ID
    client_secret: str = zohokit.EMULATOR_CLIENT_SECRET
    refresh_token: str = zohokit.EMULATOR_REFRESH_TOKEN

    def auth(self, store: zohokit.TokenStore | None, clock: Any = time.time) -> zohokit.ZohoOAuth:
        return zohokit.ZohoOAuth(
            self.client_id,
            self.client_secret,
            refresh_token=self.refresh_token,
            accounts_server=self.url,
            store=store,
            clock=clock,
        )

    def crm(self, auth: httpx.Auth, **options: Any) -> Any:
        return zohokit.zoho_client("crm", auth=auth, base_url=f"{self.url}/crm/v2", **options)


def _statuses(responses: list[Any]) -> dict[int, int]:
    return dict(Counter(int(r.status_code) for r in responses))


def expiry_worker(target: Target, store_spec: StoreSpec, clock_offset: Any, barrier: Any, results: Any) -> None:
    """Three rounds of one call each, between barriers: the parent expires the token before
    round 2 on the server (emulator clock) and before round 3 on the client (``clock_offset``)."""
    statuses: list[Any] = []
    errors: list[str] = []
    auth = target.auth(store_spec.build(), clock=lambda: time.time() + clock_offset.value)
    with target.crm(auth, retry=zohokit.NO_RETRIES) as crm:
        for _ in range(3):
            barrier.wait(BARRIER_TIMEOUT)
            try:
                statuses.append(get_records.sync_detailed("Leads", client=crm, per_page=2))
            except Exception as exc:
                errors.append(f"{type(exc).__name__}: {exc}")
            barrier.wait(BARRIER_TIMEOUT)
    results.put({"statuses": _statuses(statuses), "errors": errors})


def many_auths_worker(
    target: Target, store_spec: StoreSpec, auths: int, calls: int, barrier: Any, results: Any
) -> None:
    """``auths`` threads, each with its own ZohoOAuth on the shared store, make ``calls`` calls;
    in two rounds between barriers (the parent expires the token on the server in between)."""
    statuses: list[Any] = []
    errors: list[str] = []
    lock = threading.Lock()
    clients = [target.crm(target.auth(store_spec.build()), retry=zohokit.NO_RETRIES) for _ in range(auths)]

    def run(crm: Any) -> None:
        for _ in range(calls):
            try:
                response = get_records.sync_detailed("Leads", client=crm, per_page=2)
            except Exception as exc:
                with lock:
                    errors.append(f"{type(exc).__name__}: {exc}")
                continue
            with lock:
                statuses.append(response)

    for _ in range(2):
        barrier.wait(BARRIER_TIMEOUT)
        threads = [threading.Thread(target=run, args=(crm,)) for crm in clients]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        barrier.wait(BARRIER_TIMEOUT)
    for crm in clients:
        crm.get_httpx_client().close()
    results.put({"statuses": _statuses(statuses), "errors": errors})


def limited_worker(
    target: Target,
    redis_url: str | None,
    limit_key: str,
    tasks: int,
    calls: int,
    barrier: Any,
    results: Any,
) -> None:
    """``tasks`` asyncio tasks each making ``calls`` calls (pages and inserts) through a limit of
    10: shared on Redis when ``redis_url`` is given, else this process's own."""
    limit: zohokit.ConcurrencyLimit = (
        SharedConcurrencyLimit(redis_url, 10, key=limit_key, lease=5.0, timeout=30.0)
        if redis_url
        else zohokit.ConcurrencyLimit(10)
    )
    store = zohokit.MemoryTokenStore()
    auth = target.auth(store)

    async def main() -> list[Any]:
        async with target.crm(auth, retry=zohokit.NO_RETRIES, limit=limit) as crm:
            await get_records.asyncio_detailed("Leads", client=crm, per_page=1)  # the token, before the race
            barrier.wait(BARRIER_TIMEOUT)

            async def task(number: int) -> list[Any]:
                seen: list[Any] = []
                for call in range(calls):
                    if (number + call) % 4 == 0:
                        body = RecordWriteRequest.from_dict({"data": [{"Last_Name": f"Fleet {number}-{call}"}]})
                        seen.append(await insert_records.asyncio_detailed("Leads", client=crm, body=body))
                    else:
                        seen.append(await get_records.asyncio_detailed("Leads", client=crm, per_page=5, page=1 + call))
                return seen

            done = await asyncio.gather(*(task(n) for n in range(tasks)))
            return [r for rs in done for r in rs]

    responses = asyncio.run(main())
    codes = [str(zohokit.api_error(r.status_code, _json(r.content)).code) for r in responses if r.status_code == 429]
    results.put({"statuses": _statuses(responses), "codes_429": dict(Counter(codes))})


def _json(content: bytes) -> Any:
    import json

    try:
        return json.loads(content)
    except ValueError:
        return None


def slot_hoarder(redis_url: str, limit_key: str, lease: float, slots: int, ready: Any) -> None:
    """Take ``slots`` slots of the shared limit and keep them (renewing the leases) until killed."""
    limit = SharedConcurrencyLimit(redis_url, 10, key=limit_key, lease=lease, timeout=10.0)
    held = [limit.acquire() for _ in range(slots)]
    ready.set()
    while held:
        time.sleep(0.1)


def credit_worker(target: Target, redis_url: str, budget_key: str, barrier: Any, results: Any) -> None:
    """A mix of calls of different credit costs, charged to the shared budget."""
    budget = CreditBudget(redis_url, 10_000, key=budget_key)
    auth = target.auth(zohokit.MemoryTokenStore())
    statuses: list[Any] = []
    with target.crm(auth, transport=CreditedTransport(budget)) as crm:
        barrier.wait(BARRIER_TIMEOUT)
        statuses.append(get_records.sync_detailed("Leads", client=crm, per_page=3))  # 1
        big = RecordWriteRequest.from_dict({"data": [{"Last_Name": f"Credit {i}"} for i in range(25)]})
        statuses.append(insert_records.sync_detailed("Leads", client=crm, body=big))  # 3
        small = RecordWriteRequest.from_dict({"data": [{"Last_Name": "Credit one"}]})
        statuses.append(insert_records.sync_detailed("Leads", client=crm, body=small))  # 1
        http = crm.get_httpx_client()
        statuses.append(http.get("/Leads/deleted"))  # 2
    results.put({"statuses": _statuses(statuses)})

"""One worker process of the fleet benchmark: async tasks paging and inserting Leads through a
concurrency limit of 10, shared on Redis or the process's own; it reports its answers' statuses."""

from __future__ import annotations

import asyncio
import time
from collections import Counter
from typing import Any

from zohokit_crm.api.records import get_records, insert_records
from zohokit_crm.models import RecordWriteRequest

import zohokit
from zohokit.shared_limits import SharedConcurrencyLimit

BARRIER_TIMEOUT = 120.0
LIMIT = 10


def fleet_worker(
    url: str, redis_url: str | None, key: str, tasks: int, calls: int, rounds: int, barrier: Any, results: Any
) -> None:
    """``rounds`` times: wait at the barrier, then ``tasks`` tasks make ``calls`` calls each (three
    pages of five Leads for every insert of one Lead); put the statuses and the round's CPU
    seconds on ``results``."""
    limit: zohokit.ConcurrencyLimit = (
        SharedConcurrencyLimit(redis_url, LIMIT, key=key, lease=10.0, timeout=60.0)
        if redis_url
        else zohokit.ConcurrencyLimit(LIMIT)
    )
    emu = zohokit.emulator(url)
    crm = emu.client("crm", limit=limit, retry=zohokit.NO_RETRIES)
    body = RecordWriteRequest.from_dict({"data": [{"Last_Name": "Fleet", "Company": "Zylker"}]})

    async def task(number: int) -> Counter[int]:
        seen: Counter[int] = Counter()
        for call in range(calls):
            if (number + call) % 4 == 3:
                response: Any = await insert_records.asyncio_detailed("Leads", client=crm, body=body)
            else:
                response = await get_records.asyncio_detailed("Leads", client=crm, per_page=5, page=1 + call % 20)
            seen[int(response.status_code)] += 1
        return seen

    async def main() -> None:
        await get_records.asyncio_detailed("Leads", client=crm, per_page=1)  # the token and a connection
        for _ in range(rounds):
            barrier.wait(BARRIER_TIMEOUT)
            cpu = time.process_time()
            total: Counter[int] = Counter()
            for seen in await asyncio.gather(*(task(n) for n in range(tasks))):
                total.update(seen)
            results.put((dict(total), time.process_time() - cpu))
        await crm.get_async_httpx_client().aclose()

    asyncio.run(main())

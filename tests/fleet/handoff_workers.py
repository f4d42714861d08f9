"""Worker processes of the hand-off tests: each takes one slot of a shared limit, sync or async,
and notes in Redis the order in which the slots reached them."""

from __future__ import annotations

import asyncio
import time

import redis

from zohokit.shared_limits import SharedConcurrencyLimit


def queued_worker(redis_url: str, key: str, number: int, use_async: bool, hold: float) -> None:
    """Wait for a slot of ``key`` (limit 1), append ``number`` to ``<key>:order`` once it is ours,
    hold it ``hold`` seconds and give it back."""
    limit = SharedConcurrencyLimit(redis_url, 1, key=key, lease=10.0, timeout=30.0)
    raw = redis.Redis.from_url(redis_url)
    try:
        if use_async:

            async def take() -> None:
                release = await limit.aacquire()
                raw.rpush(f"{key}:order", number)
                await asyncio.sleep(hold)
                release()
                await limit.aclose()

            asyncio.run(take())
        else:
            release = limit.acquire()
            raw.rpush(f"{key}:order", number)
            time.sleep(hold)
            release()
    finally:
        limit.close()
        raw.close()


def waiter_to_kill(redis_url: str, key: str, lease: float) -> None:
    """Wait for a slot of ``key`` (limit 1) until killed."""
    limit = SharedConcurrencyLimit(redis_url, 1, key=key, lease=lease, timeout=60.0)
    limit.acquire()
    time.sleep(60)

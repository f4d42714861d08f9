"""How a request waits for a slot of the shared limit, on a real Redis: a slot taken at once and a
slot handed over while waiting both end the wait, a zero timeout still takes a free slot, and no
wake-up token outlives its slot."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable
from typing import Any

import pytest
import redis

from zohokit.shared_limits import SharedConcurrencyLimit, SlotWaitTimeout

Closing = Callable[[Any], Any]


def wake_up_keys(raw: redis.Redis, key: str) -> list[Any]:
    keys: list[Any] = raw.keys(f"{key}:wake:*")
    return keys


def test_a_zero_timeout_takes_a_free_slot_and_refuses_a_taken_one(redis_url: str, closing: Closing) -> None:
    limit = closing(SharedConcurrencyLimit(redis_url, 1, key="zero", timeout=0))
    raw = closing(redis.Redis.from_url(redis_url))
    release = limit.acquire()
    assert limit.in_use() == 1
    with pytest.raises(SlotWaitTimeout):
        limit.acquire()
    assert raw.zcard("zero:queue") == 0, "the refused request left no ticket behind"
    release()
    limit.acquire()()
    assert limit.in_use() == 0
    assert wake_up_keys(raw, "zero") == []


async def test_async_a_zero_timeout_takes_a_free_slot(redis_url: str, closing: Closing) -> None:
    limit = closing(SharedConcurrencyLimit(redis_url, 1, key="zero-async", timeout=0))
    release = await limit.aacquire()
    with pytest.raises(SlotWaitTimeout):
        await limit.aacquire()
    release()
    while limit.in_use():  # an async release goes to Redis in a task of its own
        await asyncio.sleep(0.005)
    (await limit.aacquire())()
    await limit.aclose()
    assert limit.in_use() == 0


def test_a_waiting_thread_is_handed_the_slot_and_no_token_is_left(redis_url: str, closing: Closing) -> None:
    limit = closing(SharedConcurrencyLimit(redis_url, 1, key="handover", lease=5.0, timeout=10.0))
    raw = closing(redis.Redis.from_url(redis_url))
    first = limit.acquire()
    taken: list[Callable[[], None]] = []
    waiter = threading.Thread(target=lambda: taken.append(limit.acquire()))
    waiter.start()
    while raw.zcard("handover:queue") < 1:  # the waiter holds its ticket and waits
        time.sleep(0.005)
    first()
    waiter.join(timeout=10)
    assert len(taken) == 1 and limit.in_use() == 1
    taken[0]()
    for _ in range(5):  # slots taken at once
        limit.acquire()()
    assert limit.in_use() == 0
    assert wake_up_keys(raw, "handover") == []


async def test_an_async_waiter_is_handed_the_slot(redis_url: str, closing: Closing) -> None:
    limit = closing(SharedConcurrencyLimit(redis_url, 1, key="handover-async", lease=5.0, timeout=10.0))
    raw = closing(redis.Redis.from_url(redis_url))
    first = await limit.aacquire()
    waiter = asyncio.create_task(limit.aacquire())
    while raw.zcard("handover-async:queue") < 1:
        await asyncio.sleep(0.005)
    assert not waiter.done()
    first()
    second = await asyncio.wait_for(waiter, timeout=10)
    assert limit.in_use() == 1
    second()
    await limit.aclose()
    assert limit.in_use() == 0
    assert wake_up_keys(raw, "handover-async") == []

"""Hand-off of a freed slot of the shared limit, on a real Redis: the release hands it straight to
the oldest waiter, in whatever process; a slot handed to a waiter that gave up or died is not lost;
the scripts still run when Redis has forgotten them."""

from __future__ import annotations

import asyncio
import multiprocessing.context
import os
import signal
import time
from collections.abc import Callable
from typing import Any

import redis

from zohokit.shared_limits import SharedConcurrencyLimit

from .handoff_workers import queued_worker, waiter_to_kill
from .workers import BARRIER_TIMEOUT

Closing = Callable[[Any], Any]


def wait_for_queue(raw: redis.Redis, key: str, length: int) -> None:
    """Until ``length`` requests wait in ``key``'s queue (or fail after BARRIER_TIMEOUT)."""
    deadline = time.monotonic() + BARRIER_TIMEOUT
    while raw.zcard(f"{key}:queue") < length:
        assert time.monotonic() < deadline, f"{length} waiters never queued"
        time.sleep(0.005)


def test_slots_reach_waiting_processes_first_come_first_served(
    redis_url: str, processes: multiprocessing.context.ForkServerContext, closing: Closing
) -> None:
    """Six processes, sync and async in turn, queue one after the other behind a held slot; the
    slot then passes from each to the next in the order they came."""
    key = "handoff:fifo"
    limit = closing(SharedConcurrencyLimit(redis_url, 1, key=key, lease=10.0, timeout=10.0))
    raw = closing(redis.Redis.from_url(redis_url))
    held = limit.acquire()
    workers = []
    for number in range(6):
        worker = processes.Process(target=queued_worker, args=(redis_url, key, number, number % 2 == 1, 0.01))
        worker.start()
        workers.append(worker)
        wait_for_queue(raw, key, number + 1)
    held()
    for worker in workers:
        worker.join(timeout=BARRIER_TIMEOUT)
        assert worker.exitcode == 0
        worker.close()  # its pipe to the forkserver, not left to the garbage collector
    assert [int(n) for n in raw.lrange(f"{key}:order", 0, -1)] == list(range(6))
    assert limit.in_use() == 0
    assert raw.zcard(f"{key}:queue") == 0
    assert raw.keys(f"{key}:wake:*") == []


def test_a_slot_handed_to_a_killed_waiter_comes_back_within_the_lease(
    redis_url: str, processes: multiprocessing.context.ForkServerContext, closing: Closing
) -> None:
    key, lease = "handoff:killed", 1.0
    limit = closing(SharedConcurrencyLimit(redis_url, 1, key=key, lease=lease, timeout=2.5 * lease))
    raw = closing(redis.Redis.from_url(redis_url))
    held = limit.acquire()
    waiter = processes.Process(target=waiter_to_kill, args=(redis_url, key, lease))
    waiter.start()
    wait_for_queue(raw, key, 1)
    assert waiter.pid is not None
    os.kill(waiter.pid, signal.SIGKILL)
    waiter.join(timeout=BARRIER_TIMEOUT)
    waiter.close()
    held()
    # The slot went to the dead waiter's ticket, the oldest in the queue.
    assert limit.in_use() == 1 and raw.zcard(f"{key}:queue") == 0
    started = time.monotonic()
    limit.acquire()()  # within its wait bound of 2.5 leases, or SlotWaitTimeout fails the test
    assert time.monotonic() - started < 2.5 * lease
    assert limit.in_use() == 0


def test_a_waiter_giving_up_returns_a_slot_handed_to_it_meanwhile(redis_url: str, closing: Closing) -> None:
    """A waiter's last try finds no slot, the holder's release then hands the slot to the waiter's
    ticket, and the waiter gives up: its cleanup frees that slot for the next request."""
    key = "handoff:gave-up"
    limit = closing(SharedConcurrencyLimit(redis_url, 1, key=key, lease=30.0, timeout=0))
    raw = closing(redis.Redis.from_url(redis_url))
    held = limit.acquire()
    ticket = "gave-up"
    assert limit._acquire_script(keys=limit._keys, args=limit._acquire_args(ticket)) == 0  # the last try: queued
    held()
    assert raw.zscore(f"{key}:holders", ticket) is not None, "the freed slot went to the waiting ticket"
    limit._release_sync(ticket)  # what the waiter does when it raises SlotWaitTimeout
    assert limit.in_use() == 0
    assert raw.keys(f"{key}:wake:*") == []
    limit.acquire()()  # a zero timeout: the slot is free at once


async def test_the_scripts_run_again_after_redis_forgets_them(redis_url: str, closing: Closing) -> None:
    """Acquiring calls its script by SHA and async releases are sent by SHA; after SCRIPT FLUSH
    (as after a Redis restart) both load the script again and no slot is lost, sync or async."""
    key = "handoff:flushed"
    limit = closing(SharedConcurrencyLimit(redis_url, 2, key=key, lease=5.0, timeout=5.0))
    raw = closing(redis.Redis.from_url(redis_url))
    limit.acquire()()
    raw.script_flush()
    release = limit.acquire()
    assert limit.in_use() == 1
    release()

    (await limit.aacquire())()
    raw.script_flush()
    first = await limit.aacquire()
    second = await limit.aacquire()
    assert limit.in_use() == 2
    raw.script_flush()
    first()
    second()
    await limit.aclose()  # reads the releases' answers, NOSCRIPT ones sent again as text
    assert limit.in_use() == 0
    assert raw.keys(f"{key}:wake:*") == []


async def test_an_async_release_reaches_redis_without_a_later_command(redis_url: str, closing: Closing) -> None:
    """The release is written at once, its script's text first on a fresh connection: on a Redis
    that knows no script yet, the slot is free again long before its 30 s lease ends, with no
    other command of this limit to carry it."""
    key = "handoff:first"
    raw = closing(redis.Redis.from_url(redis_url))
    raw.script_flush()
    limit = closing(SharedConcurrencyLimit(redis_url, 1, key=key, lease=30.0, timeout=1.0))
    release = await limit.aacquire()
    assert limit.in_use() == 1
    release()
    deadline = time.monotonic() + 5.0
    while raw.zcard(f"{key}:holders"):
        assert time.monotonic() < deadline, "the slot was not given back"
        await asyncio.sleep(0.005)
    await limit.aclose()

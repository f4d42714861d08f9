"""A concurrency limit shared by every process and host of one (user, app), on Redis.

Zoho counts concurrent calls per user and OAuth app, whoever sends them (Free 5, Standard 10,
Professional 15, Enterprise 20, Ultimate 25; see :mod:`zohokit.limits`). N workers each allowed
``limit`` calls in flight send ``N * limit`` and collect 429s; :class:`SharedConcurrencyLimit`
makes them share ``limit`` slots instead. Pass it where a :class:`~zohokit.limits.ConcurrencyLimit`
goes (``zoho_client(..., limit=shared)``): a slot is held from sending a request until its
response is closed, for sync and async requests alike.

How it works (all state in Redis, changed only by Lua scripts, timed by the Redis server's clock):

* **Slots are leases.** A slot is a member of ``<key>:holders`` whose score is its expiry. While
  a request is in flight, a thread of the holding process renews its leases every third of
  ``lease`` seconds; a worker killed with slots held stops renewing, and its slots come back
  within ``lease`` seconds.
* **Fair waiting, the slot passed like a baton.** A request that finds no free slot takes a
  ticket in ``<key>:queue`` (first come, first served) and blocks on its own wake-up list. The
  script that gives a slot back hands it straight to the oldest waiting ticket: it writes the
  lease under that ticket and pushes a token to the ticket's wake-up list, so the waiter owns the
  slot the moment its wait returns (no second round trip, no race, no herd). A waiter that gives
  up (its timeout, or cancelled) frees the slot it may have been handed meanwhile with its queue
  place; one that died loses it when the lease expires. Waiters also check in every third of
  ``lease`` seconds (at most every second), which reclaims expired leases and drops the tickets
  of waiters that died.
* **One round trip to take a slot.** The script that takes a slot or a queue place (called by
  its SHA) and the wait on the wake-up list go to Redis together (a pipeline): a slot taken at
  once leaves a token on the list, so the wait returns at once. After a Redis restart the first
  wait may last up to a check-in longer, while the script is loaded again.
* **Giving back without waiting.** A sync request gives its slot back in one round trip. An
  async one writes the release script to a connection of the limit's own at once, from the
  release call, and reads Redis's answer later (:mod:`zohokit.redis_sender`): the next waiter is
  woken as soon as Redis runs it, not once the event loop has come round to a task.
* **Bounded waiting.** A request waits at most ``timeout`` seconds for a slot, then raises
  :class:`SlotWaitTimeout` (``timeout=None`` waits as long as it takes).
* **Redis unreachable.** Acquiring raises :class:`SharedLimitUnavailable`: calls stop rather
  than overrun the limit unnoticed. With ``fallback=ConcurrencyLimit(n)`` (a choice the caller
  makes, e.g. ``limit // expected_workers``), requests go through that per-process limit
  instead while Redis is unreachable, and a warning is logged.

The scripts need one Redis server (or a primary with replicas); with Redis Cluster, put the key
in braces (``{zoho:crm}``) so every key of one limit lands in one slot.
"""

from __future__ import annotations

import logging
import threading
import time
import uuid
from collections.abc import Callable
from typing import Any

import redis
import redis.asyncio
import redis.exceptions

from ._per_loop import PerLoop
from .errors import ZohoKitError
from .limits import ConcurrencyLimit, release_once
from .redis_sender import ScriptSender

logger = logging.getLogger("zohokit.shared_limits")

DEFAULT_LEASE = 15.0
"""Seconds a slot stays held without renewal: how long a dead worker's slots stay taken."""
DEFAULT_WAIT_TIMEOUT = 60.0
"""Seconds a request waits for a slot before :class:`SlotWaitTimeout`."""
DEFAULT_KEY = "zohokit:concurrency"
_SHORTEST_WAIT = 0.001
"""Redis counts a blocking wait in whole milliseconds and takes 0 as "for ever": a wait shorter
than this is no wait, only a last try."""

_PROMOTE = """
local function now_ms()
  local t = redis.call('TIME')
  return tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
end
-- Drop expired leases and dead waiters, then hand free slots to the oldest tickets and wake them.
local function promote(limit, lease_ms, wake_prefix, now)
  redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
  local dead = redis.call('ZRANGEBYSCORE', KEYS[3], '-inf', now)
  for _, t in ipairs(dead) do
    redis.call('ZREM', KEYS[2], t)
    redis.call('ZREM', KEYS[3], t)
  end
  local free = limit - redis.call('ZCARD', KEYS[1])
  if free <= 0 then return end
  local granted = redis.call('ZRANGE', KEYS[2], 0, free - 1)
  for _, t in ipairs(granted) do
    redis.call('ZREM', KEYS[2], t)
    redis.call('ZREM', KEYS[3], t)
    redis.call('ZADD', KEYS[1], now + lease_ms, t)
    redis.call('RPUSH', wake_prefix .. t, '1')
    redis.call('PEXPIRE', wake_prefix .. t, lease_ms)
  end
end
"""

# KEYS: holders, queue, waiters, sequence. ARGV: ticket, limit, lease_ms, wake_prefix, waiter_ttl_ms.
# Returns 1 when the ticket holds a slot (now or already, by hand-over; its wake-up list then holds
# one token), else 0 (it is queued).
_ACQUIRE = (
    _PROMOTE
    + """
local ticket, limit, lease_ms, wake = ARGV[1], tonumber(ARGV[2]), tonumber(ARGV[3]), ARGV[4]
local now = now_ms()
if not redis.call('ZSCORE', KEYS[1], ticket) then
  if not redis.call('ZSCORE', KEYS[2], ticket) then
    redis.call('ZADD', KEYS[2], redis.call('INCR', KEYS[4]), ticket)
  end
  redis.call('ZADD', KEYS[3], now + tonumber(ARGV[5]), ticket)
  promote(limit, lease_ms, wake, now)
end
if redis.call('ZSCORE', KEYS[1], ticket) then
  redis.call('ZADD', KEYS[1], now + lease_ms, ticket)
  -- Exactly one token on the wake-up list, taken now or handed over earlier: the wait sent in
  -- the same round trip as this script pops it at once.
  redis.call('DEL', wake .. ticket)
  redis.call('RPUSH', wake .. ticket, '1')
  redis.call('PEXPIRE', wake .. ticket, lease_ms)
  return 1
end
return 0
"""
)

# KEYS: as above. ARGV: ticket, limit, lease_ms, wake_prefix. Frees the ticket's slot or queue place.
_RELEASE = (
    _PROMOTE
    + """
local ticket, wake = ARGV[1], ARGV[4]
redis.call('ZREM', KEYS[1], ticket)
redis.call('ZREM', KEYS[2], ticket)
redis.call('ZREM', KEYS[3], ticket)
redis.call('DEL', wake .. ticket)
promote(tonumber(ARGV[2]), tonumber(ARGV[3]), wake, now_ms())
return 1
"""
)

# KEYS: holders. ARGV: lease_ms, tickets... Extends the leases still held; returns how many.
_RENEW = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local renewed = 0
for i = 2, #ARGV do
  renewed = renewed + redis.call('ZADD', KEYS[1], 'XX', 'CH', now + tonumber(ARGV[1]), ARGV[i])
end
return renewed
"""


class _AsyncSide:
    """An asyncio Redis client with the limit's scripts registered on it."""

    def __init__(self, client: redis.asyncio.Redis) -> None:
        self.client = client
        self.acquire_script = client.register_script(_ACQUIRE)
        self.release_script = client.register_script(_RELEASE)
        self.acquire_loaded = False
        """Whether the acquire script was loaded through this client (pipelines call it by SHA)."""


def _woken(results: list[Any]) -> bool | None:
    """Whether the wait of an acquire pipeline (``[script answer, wait answer]``, errors as
    values) popped the ticket's token; ``None`` when the server does not know the script (it was
    restarted, or its scripts flushed): the caller loads it and tries again. Other errors raise."""
    answered, woken = results
    if isinstance(answered, redis.exceptions.NoScriptError):
        return None
    for result in results:
        if isinstance(result, Exception):
            raise result
    return woken is not None


def _time_left(deadline: float | None, check_in: float) -> float:
    """Seconds the next wait may block: a check-in period, or less when the deadline is nearer."""
    return check_in if deadline is None else min(check_in, deadline - time.monotonic())


class SharedLimitUnavailable(ZohoKitError):
    """Redis could not be reached to take or give back a shared slot (and no fallback was chosen)."""


class SlotWaitTimeout(ZohoKitError):
    """No shared slot became free within the request's wait timeout."""


class SharedConcurrencyLimit(ConcurrencyLimit):
    """At most ``limit`` requests in flight across every process sharing ``key`` on one Redis.

    Args:
        redis_client: a Redis URL or a ``redis.Redis``; async requests use ``async_client``, or
            one ``redis.asyncio.Redis`` per event loop built from the URL (required for async use
            when a client object is given).
        limit: the slots, e.g. ``STANDARD_EDITION_CONCURRENCY`` for the Zoho edition.
        key: the prefix of this limit's Redis keys; one per (Zoho user, OAuth app).
        lease: seconds a slot stays held without renewal (see the module doc).
        timeout: the longest a request waits for a slot (``None``: no bound).
        fallback: a per-process limit used while Redis is unreachable (default: raise).
    """

    def __init__(
        self,
        redis_client: str | redis.Redis,
        limit: int,
        *,
        key: str = DEFAULT_KEY,
        lease: float = DEFAULT_LEASE,
        timeout: float | None = DEFAULT_WAIT_TIMEOUT,
        fallback: ConcurrencyLimit | None = None,
        async_client: redis.asyncio.Redis | None = None,
    ) -> None:
        super().__init__(limit)
        if lease <= 0:
            raise ValueError("lease must be > 0")
        if timeout is not None and timeout < 0:
            raise ValueError("timeout must be >= 0 or None")
        self._url = redis_client if isinstance(redis_client, str) else None
        self._redis: redis.Redis = redis.Redis.from_url(redis_client) if isinstance(redis_client, str) else redis_client
        url = self._url
        # Built from a URL: one async client per event loop (a connection belongs to its loop).
        self._async_sides = None if url is None else PerLoop(lambda: _AsyncSide(redis.asyncio.Redis.from_url(url)))
        self._given_async_side = None if async_client is None else _AsyncSide(async_client)
        self.key = key
        self.lease = float(lease)
        self.timeout = timeout
        self.fallback = fallback
        self._keys = [f"{key}:holders", f"{key}:queue", f"{key}:waiters", f"{key}:sequence"]
        self._wake_prefix = f"{key}:wake:"
        self._check_in = min(1.0, self.lease / 3)
        self._acquire_script = self._redis.register_script(_ACQUIRE)
        self._release_script = self._redis.register_script(_RELEASE)
        self._acquire_loaded = False
        self._renew_script = self._redis.register_script(_RENEW)
        self._held: set[str] = set()
        self._held_guard = threading.Lock()
        self._renewer: threading.Thread | None = None
        self._renew_wakeup = threading.Event()
        # Async requests give slots back through it: at once, not a loop step later (see redis_sender).
        self._release_sender = ScriptSender(self._redis.connection_pool, _RELEASE, f"giving back a slot of {key!r}")
        self._degraded = False

    # ----------------------------------------------------------------- reading

    def in_use(self) -> int:
        """Slots held right now by the whole fleet (expired leases not counted)."""
        seconds, microseconds = self._redis.time()  # the clock the leases are written with
        count: int = self._redis.zcount(self._keys[0], seconds * 1000 + microseconds // 1000 + 1, "+inf")
        return count

    # ----------------------------------------------------------------- sync

    def acquire(self) -> Callable[[], None]:
        """Block until a shared slot is ours; return the function that gives it back (idempotent)."""
        ticket = uuid.uuid4().hex
        try:
            self._wait_sync(ticket)
        except redis.exceptions.RedisError as exc:
            self._forget(ticket)
            return self._fall_back(exc).acquire()
        self._back_online()
        self._hold(ticket)
        return release_once(lambda: self._release_sync(ticket))

    def _wait_sync(self, ticket: str) -> None:
        deadline = None if self.timeout is None else time.monotonic() + self.timeout
        if not self._acquire_loaded:
            self._redis.script_load(_ACQUIRE)
            self._acquire_loaded = True
        while True:
            wait = _time_left(deadline, self._check_in)
            if wait < _SHORTEST_WAIT:
                if self._acquire_script(keys=self._keys, args=self._acquire_args(ticket)):
                    return  # a last try found a slot
                self._release_sync(ticket)
                raise SlotWaitTimeout(f"no slot of the shared limit {self.key!r} came free within {self.timeout}s")
            pipe = self._redis.pipeline(transaction=False)
            self._queue_acquire_and_wait(pipe, ticket, wait)
            woken = _woken(pipe.execute(raise_on_error=False))
            if woken:
                return  # the slot is this ticket's: taken just now, or handed over while it waited
            if woken is None:  # Redis lost its scripts (restarted?): load it and try again
                self._redis.script_load(_ACQUIRE)

    def _release_sync(self, ticket: str) -> None:
        self._forget(ticket)
        try:
            self._release_script(keys=self._keys, args=self._release_args(ticket))
        except redis.exceptions.RedisError as exc:
            # The lease runs out on its own within `lease` seconds.
            logger.warning("giving back a slot of %r failed (%s); its lease will expire", self.key, exc)

    # ----------------------------------------------------------------- async

    async def aacquire(self) -> Callable[[], None]:
        """Wait (without blocking the loop) until a shared slot is ours; return its release function."""
        ticket = uuid.uuid4().hex
        client = self._async_side()
        try:
            await self._wait_async(client, ticket)
        except redis.exceptions.RedisError as exc:
            self._forget(ticket)
            fallback = self._fall_back(exc)
            return await fallback.aacquire()
        except BaseException:
            # Cancelled while waiting: give the queue place (or a slot handed over meanwhile) back.
            self._send_release(ticket)
            raise
        self._back_online()
        self._hold(ticket)
        return release_once(lambda: self._send_release(ticket))

    async def _wait_async(self, side: _AsyncSide, ticket: str) -> None:
        deadline = None if self.timeout is None else time.monotonic() + self.timeout
        if not side.acquire_loaded:
            await side.client.script_load(_ACQUIRE)
            side.acquire_loaded = True
        while True:
            wait = _time_left(deadline, self._check_in)
            if wait < _SHORTEST_WAIT:
                if await side.acquire_script(keys=self._keys, args=self._acquire_args(ticket)):
                    return
                await self._arelease(side, ticket)
                raise SlotWaitTimeout(f"no slot of the shared limit {self.key!r} came free within {self.timeout}s")
            pipe = side.client.pipeline(transaction=False)
            self._queue_acquire_and_wait(pipe, ticket, wait)
            woken = _woken(await pipe.execute(raise_on_error=False))
            if woken:
                return
            if woken is None:
                await side.client.script_load(_ACQUIRE)

    def _send_release(self, ticket: str) -> None:
        """Give the slot back from an event loop without waiting: the release script is written
        to Redis now, and the waiter it hands the slot to is woken as soon as Redis runs it."""
        self._forget(ticket)
        self._release_sender.send(self._keys, self._release_args(ticket))

    async def _arelease(self, side: _AsyncSide, ticket: str) -> None:
        self._forget(ticket)
        try:
            await side.release_script(keys=self._keys, args=self._release_args(ticket))
        except redis.exceptions.RedisError as exc:
            logger.warning("giving back a slot of %r failed (%s); its lease will expire", self.key, exc)

    def _async_side(self) -> _AsyncSide:
        if self._given_async_side is not None:
            return self._given_async_side
        if self._async_sides is None:
            raise TypeError("async requests need async_client= when the limit is built from a redis.Redis")
        return self._async_sides.get()

    # ----------------------------------------------------------------- leases

    def _lease_ms(self) -> int:
        return max(1, int(self.lease * 1000))

    def _release_args(self, ticket: str) -> list[Any]:
        """ARGV of the release script (see ``_RELEASE``)."""
        return [ticket, self.limit, self._lease_ms(), self._wake_prefix]

    def _acquire_args(self, ticket: str) -> list[Any]:
        """ARGV of the acquire script: the release's, and how long a waiter stays queued unseen."""
        return [*self._release_args(ticket), self._lease_ms()]

    def _queue_acquire_and_wait(self, pipe: Any, ticket: str, wait: float) -> None:
        """Add the acquire script (by its SHA: Redis neither receives nor hashes its text again)
        and the wait on the ticket's wake-up list to ``pipe`` (sync or asyncio)."""
        pipe.evalsha(self._acquire_script.sha, len(self._keys), *self._keys, *self._acquire_args(ticket))
        pipe.blpop([self._wake_prefix + ticket], timeout=wait)

    def _hold(self, ticket: str) -> None:
        with self._held_guard:
            self._held.add(ticket)
            if self._renewer is None or not self._renewer.is_alive():
                self._renewer = threading.Thread(target=self._renew_forever, name="zohokit-lease-renewer", daemon=True)
                self._renewer.start()

    def _forget(self, ticket: str) -> None:
        with self._held_guard:
            self._held.discard(ticket)

    def _renew_forever(self) -> None:
        """Renew every lease this process holds, every third of a lease, while it holds any."""
        interval = self.lease / 3
        while True:
            self._renew_wakeup.wait(interval)
            with self._held_guard:
                tickets = list(self._held)
                if not tickets:
                    self._renewer = None
                    return
            try:
                self._renew_script(keys=self._keys[:1], args=[self._lease_ms(), *tickets])
            except redis.exceptions.RedisError as exc:
                logger.warning("renewing the leases of %r failed: %s", self.key, exc)

    # ----------------------------------------------------------------- Redis unreachable

    def _fall_back(self, exc: redis.exceptions.RedisError) -> ConcurrencyLimit:
        if self.fallback is None:
            raise SharedLimitUnavailable(
                f"the shared concurrency limit {self.key!r} cannot reach Redis ({type(exc).__name__}: {exc}); "
                "no request is sent rather than risk overrunning Zoho's limit (pass fallback= to choose otherwise)"
            ) from exc
        if not self._degraded:
            self._degraded = True
            logger.warning(
                "the shared concurrency limit %r cannot reach Redis (%s); using the per-process fallback %r",
                self.key,
                exc,
                self.fallback,
            )
        return self.fallback

    def _back_online(self) -> None:
        if self._degraded:
            self._degraded = False
            logger.warning("the shared concurrency limit %r reaches Redis again", self.key)

    # ----------------------------------------------------------------- lifecycle

    def close(self) -> None:
        """Read the answers to the slots given back so far and close the connection they went
        through; close the sync Redis client if this limit built it (from a URL)."""
        self._release_sender.close()
        if self._url is not None:
            self._redis.close()

    async def aclose(self) -> None:
        """Close the running loop's async Redis client if this limit built it; first wait for
        Redis to answer the releases sent so far, so none is left unread."""
        self._release_sender.flush()
        if self._async_sides is None:
            return
        side = self._async_sides.pop()
        if side is not None:
            await side.client.aclose()

    def __repr__(self) -> str:
        return f"SharedConcurrencyLimit({self.limit}, key={self.key!r}, lease={self.lease})"


__all__ = [
    "DEFAULT_LEASE",
    "DEFAULT_WAIT_TIMEOUT",
    "SharedConcurrencyLimit",
    "SharedLimitUnavailable",
    "SlotWaitTimeout",
]

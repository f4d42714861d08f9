"""A token store on Redis, shared by every process and host of a fleet (``zohokit[redis]``).

:class:`RedisTokenStore` keeps one token under configurable keys and offers the store lock of
:mod:`zohokit.locks`, so the whole fleet refreshes once per expiry:

* ``<key>:access`` holds the access token, its expiry, API domain, type and scope as JSON. Redis
  expires the key itself when the access token expires (``PXAT``), so no worker ever loads a
  token that Zoho has already dropped.
* ``<key>:refresh`` holds the refresh token (and the API domain), with no expiry: it outlives
  every access token it mints.
* ``<key>:lock`` is the refresh lock: a Redis lock (redis-py's) whose lease expires after
  ``lock_lease`` seconds, so a worker that dies while refreshing holds the others up for at most
  that long; waiting for it gives up after ``lock_timeout`` seconds.

Sync requests use a ``redis.Redis`` client and async requests a ``redis.asyncio.Redis`` one
(:class:`~zohokit.stores.AsyncTokenStore`). Built from a URL, the store makes both (one async client
per event loop, since a redis-py asyncio connection belongs to the loop that opened it). Built from
a sync client alone, async requests run the sync client in a worker thread.

Anything Redis raises (unreachable server, refused command) is raised as
:class:`RedisStoreError`, whose message names the key but never a token. The auth object treats
such a failure as a store fault (see :mod:`zohokit.token_auth`): it logs it and goes on with the
token it holds or refreshes without the lock, rather than failing a call that can succeed.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

import redis
import redis.asyncio
import redis.exceptions

from ._per_loop import PerLoop
from .errors import ZohoKitError
from .locks import DEFAULT_LOCK_TIMEOUT, StoreLockError, StoreLockTimeout
from .tokens import Token

logger = logging.getLogger("zohokit.redis_store")

DEFAULT_KEY = "zohokit:token"
"""The key prefix when none is given; use one per refresh token (e.g. with the client id)."""
DEFAULT_LOCK_LEASE = 20.0
"""Seconds the refresh lock lives unless released: the most a dead holder delays the others."""
LOCK_POLL_INTERVAL = 0.05
"""Seconds between attempts to take a held refresh lock."""

_REFRESH_FIELDS = ("refresh_token", "api_domain")


class RedisStoreError(ZohoKitError):
    """The Redis token store could not be read or written."""


class RedisTokenStore:
    """One token in Redis for a whole fleet (see the module doc).

    Args:
        redis_client: a Redis URL (``redis://host:6379/0``, ``rediss://...``) or a ``redis.Redis``.
        key: the prefix of the store's keys (``<key>:access``, ``<key>:refresh``, ``<key>:lock``).
        access_key, refresh_key, lock_key: override each key name.
        async_client: the ``redis.asyncio.Redis`` for async requests (default: built from the URL,
            or the sync client in a worker thread).
        lock_timeout: seconds to wait for the refresh lock before giving up.
        lock_lease: seconds after which a refresh lock that was never released expires.
    """

    def __init__(
        self,
        redis_client: str | redis.Redis,
        *,
        key: str = DEFAULT_KEY,
        access_key: str | None = None,
        refresh_key: str | None = None,
        lock_key: str | None = None,
        async_client: redis.asyncio.Redis | None = None,
        lock_timeout: float = DEFAULT_LOCK_TIMEOUT,
        lock_lease: float = DEFAULT_LOCK_LEASE,
    ) -> None:
        if lock_timeout < 0 or lock_lease <= 0:
            raise ValueError("lock_timeout must be >= 0 and lock_lease > 0")
        if not key:
            raise ValueError("key must not be empty")
        self._url = redis_client if isinstance(redis_client, str) else None
        self._redis: redis.Redis = redis.Redis.from_url(redis_client) if isinstance(redis_client, str) else redis_client
        self._async_client = async_client
        url = self._url
        # Built from a URL: one async client per event loop (a connection belongs to its loop).
        self._async_clients = None if url is None else PerLoop(lambda: redis.asyncio.Redis.from_url(url))
        self.access_key = access_key or f"{key}:access"
        self.refresh_key = refresh_key or f"{key}:refresh"
        self.lock_key = lock_key or f"{key}:lock"
        self.lock_timeout = float(lock_timeout)
        self.lock_lease = float(lock_lease)

    # ----------------------------------------------------------------- encoding

    def _decode(self, access: bytes | str | None, refresh: bytes | str | None) -> Token | None:
        if access is None and refresh is None:
            return None
        data: dict[str, Any] = {}
        try:
            for raw in (access, refresh):
                if raw is not None:
                    part = json.loads(raw)
                    if not isinstance(part, dict):
                        raise ValueError("not a JSON object")
                    data.update({k: v for k, v in part.items() if v is not None})
            return Token.from_dict(data)
        except ValueError:
            raise RedisStoreError(f"Redis keys {self.access_key!r}/{self.refresh_key!r} hold no valid token") from None

    @staticmethod
    def _encode(token: Token) -> tuple[str | None, str | None, int | None]:
        """(access JSON, refresh JSON, expiry in Unix milliseconds) of ``token``."""
        data = token.to_dict()
        access = None
        if token.access_token is not None:
            access = json.dumps({k: v for k, v in data.items() if k != "refresh_token"})
        refresh = None
        if token.refresh_token is not None:
            refresh = json.dumps({k: data[k] for k in _REFRESH_FIELDS})
        expires_ms = None if token.expires_at is None else int(token.expires_at * 1000)
        return access, refresh, expires_ms

    def _failure(self, action: str, exc: Exception) -> RedisStoreError:
        return RedisStoreError(f"cannot {action} the token in Redis ({type(exc).__name__}: {exc})")

    # ----------------------------------------------------------------- sync side

    def load(self) -> Token | None:
        """The stored token (``None`` when neither key exists; an expired access token is gone)."""
        try:
            access, refresh = self._redis.mget([self.access_key, self.refresh_key])
        except redis.exceptions.RedisError as exc:
            raise self._failure("read", exc) from None
        return self._decode(access, refresh)

    def save(self, token: Token) -> None:
        """Store ``token`` atomically; the access key expires with the access token."""
        try:
            with self._redis.pipeline(transaction=True) as pipe:
                self._queue_save(pipe, token)
                pipe.execute()
        except redis.exceptions.RedisError as exc:
            raise self._failure("save", exc) from None

    def clear(self) -> None:
        """Delete both token keys."""
        try:
            self._redis.delete(self.access_key, self.refresh_key)
        except redis.exceptions.RedisError as exc:
            raise self._failure("clear", exc) from None

    def _queue_save(self, pipe: Any, token: Token) -> None:
        access, refresh, expires_ms = self._encode(token)
        if access is None:
            pipe.delete(self.access_key)
        elif expires_ms is None:
            pipe.set(self.access_key, access)
        else:
            # A token that is already past its expiry gets a one-millisecond life, not an error.
            pipe.set(self.access_key, access, pxat=max(expires_ms, 1))
        if refresh is None:
            pipe.delete(self.refresh_key)
        else:
            pipe.set(self.refresh_key, refresh)

    @contextlib.contextmanager
    def lock(self) -> Iterator[None]:
        """Hold the fleet's refresh lock for the ``with`` block."""
        release = self._take_lock()
        try:
            yield
        finally:
            release()

    # ----------------------------------------------------------------- async side

    def _aclient(self) -> redis.asyncio.Redis | None:
        if self._async_client is not None:
            return self._async_client
        return None if self._async_clients is None else self._async_clients.get()

    async def aload(self) -> Token | None:
        """Async twin of :meth:`load`."""
        client = self._aclient()
        if client is None:
            return await asyncio.to_thread(self.load)
        try:
            access, refresh = await client.mget([self.access_key, self.refresh_key])
        except redis.exceptions.RedisError as exc:
            raise self._failure("read", exc) from None
        return self._decode(access, refresh)

    async def asave(self, token: Token) -> None:
        """Async twin of :meth:`save`."""
        client = self._aclient()
        if client is None:
            await asyncio.to_thread(self.save, token)
            return
        try:
            async with client.pipeline(transaction=True) as pipe:
                self._queue_save(pipe, token)
                await pipe.execute()
        except redis.exceptions.RedisError as exc:
            raise self._failure("save", exc) from None

    async def aclear(self) -> None:
        """Async twin of :meth:`clear`."""
        client = self._aclient()
        if client is None:
            await asyncio.to_thread(self.clear)
            return
        try:
            await client.delete(self.access_key, self.refresh_key)
        except redis.exceptions.RedisError as exc:
            raise self._failure("clear", exc) from None

    @contextlib.asynccontextmanager
    async def alock(self) -> AsyncIterator[None]:
        """Async twin of :meth:`lock`: waits without blocking the event loop."""
        client = self._aclient()
        if client is None:
            release = await asyncio.to_thread(self._take_lock)
            try:
                yield
            finally:
                await asyncio.to_thread(release)
            return
        lock = self._new_lock(client)
        try:
            acquired = await lock.acquire()
        except redis.exceptions.RedisError as exc:
            raise self._lock_refused(exc) from None
        if not acquired:
            raise self._lock_refused(None)
        try:
            yield
        finally:
            try:
                await lock.release()
            except redis.exceptions.RedisError as exc:
                logger.warning("releasing the Redis lock %r failed: %s", self.lock_key, exc)

    def _new_lock(self, client: redis.Redis | redis.asyncio.Redis) -> Any:
        """The fleet's refresh lock on ``client`` (sync or async): leased for ``lock_lease`` seconds,
        waited for at most ``lock_timeout``, and not thread-local, as ``alock`` may release it from a
        worker thread."""
        return client.lock(
            self.lock_key,
            timeout=self.lock_lease,
            sleep=LOCK_POLL_INTERVAL,
            blocking_timeout=self.lock_timeout,
            thread_local=False,
        )

    def _lock_refused(self, exc: redis.exceptions.RedisError | None) -> StoreLockError:
        """Why the lock was not taken: Redis failed (``exc``), or the wait ran out (``None``)."""
        if exc is None:
            return StoreLockTimeout(f"the Redis lock {self.lock_key!r} was still held after {self.lock_timeout}s")
        return StoreLockError(f"cannot take the Redis lock {self.lock_key!r}: {exc}")

    def _take_lock(self) -> Callable[[], None]:
        """Take the lock with the sync client (``lock``, or ``alock`` in a worker thread when there is
        no async client) and return its release, which logs rather than raises a failed release."""
        lock = self._new_lock(self._redis)
        try:
            acquired = lock.acquire()
        except redis.exceptions.RedisError as exc:
            raise self._lock_refused(exc) from None
        if not acquired:
            raise self._lock_refused(None)

        def release() -> None:
            try:
                lock.release()
            except redis.exceptions.RedisError as exc:
                # The lease ran out (another worker may hold the lock now) or Redis went away.
                logger.warning("releasing the Redis lock %r failed: %s", self.lock_key, exc)

        return release

    # ----------------------------------------------------------------- lifecycle

    def close(self) -> None:
        """Close the sync client if this store built it (from a URL)."""
        if self._url is not None:
            self._redis.close()

    async def aclose(self) -> None:
        """Close the running loop's async client if this store built it."""
        if self._async_clients is None:
            return
        client = self._async_clients.pop()
        if client is not None:
            await client.aclose()

    def __repr__(self) -> str:
        return f"RedisTokenStore(access_key={self.access_key!r}, refresh_key={self.refresh_key!r})"


__all__ = ["DEFAULT_KEY", "DEFAULT_LOCK_LEASE", "RedisStoreError", "RedisTokenStore"]

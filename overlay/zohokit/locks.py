"""The lock a token store may offer, so that a fleet of processes refreshes a token only once.

A store that can be shared by several processes or hosts (:class:`~zohokit.stores.FileTokenStore`,
:class:`~zohokit.redis_store.RedisTokenStore`) also implements :class:`LockingTokenStore`: before
refreshing, an auth object takes the store's lock, reloads the stored token and refreshes only
if that token is still the stale one; everyone else waits on the lock and then finds the fresh
token in the store.

Contract of ``lock()`` / ``alock()``: a context manager (async for ``alock``) that holds the
store's lock for its block. Waiting is bounded: after the store's lock timeout (a constructor
argument, default :data:`DEFAULT_LOCK_TIMEOUT`) it raises :class:`StoreLockTimeout`. A holder
that dies releases the lock by itself (the operating system drops a dead process's file lock; a
Redis lock is a lease that expires), so no lock blocks anyone forever. Any other failure (the
lock file cannot be created, Redis is unreachable) raises
:class:`StoreLockError`; the auth object then logs a warning and refreshes without the lock, since
a call that can succeed must not fail because of its token store.
"""

from __future__ import annotations

from contextlib import AbstractAsyncContextManager, AbstractContextManager
from typing import Protocol, runtime_checkable

from .errors import ZohoKitError
from .tokens import Token

DEFAULT_LOCK_TIMEOUT = 30.0
"""Seconds an auth object waits for a store's lock before refreshing without it."""


class StoreLockError(ZohoKitError):
    """A token store's lock could not be taken (other than by waiting too long)."""


class StoreLockTimeout(StoreLockError):
    """Another holder kept a token store's lock longer than the caller was willing to wait."""


@runtime_checkable
class LockingTokenStore(Protocol):
    """A :class:`~zohokit.stores.TokenStore` whose lock is shared by everyone using the same store."""

    def load(self) -> Token | None: ...

    def save(self, token: Token) -> None: ...

    def clear(self) -> None: ...

    def lock(self) -> AbstractContextManager[None]:
        """Hold the store's lock for a ``with`` block (blocks the calling thread while waiting)."""
        ...

    def alock(self) -> AbstractAsyncContextManager[None]:
        """Hold the store's lock for an ``async with`` block (waits without blocking the loop)."""
        ...


__all__ = ["DEFAULT_LOCK_TIMEOUT", "LockingTokenStore", "StoreLockError", "StoreLockTimeout"]

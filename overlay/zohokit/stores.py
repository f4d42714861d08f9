"""Where tokens persist between processes: the :class:`TokenStore` protocol and two stores.

An auth object calls ``load()`` when it first needs a token and again before each refresh (so a
token another process refreshed and saved is picked up instead of refreshing again), ``save()``
after every successful token response, and ``clear()`` after a revoke. Stores are called from
the auth flow, also inside event loops, so they must be quick; a store shared by several
processes should make ``save()`` atomic, as :class:`FileTokenStore` does.

A store shared by several auth objects or processes also offers a lock
(:class:`~zohokit.locks.LockingTokenStore`) so that they refresh once per expiry:
:class:`FileTokenStore` locks a file next to the token file, :class:`MemoryTokenStore` a lock of
its own for the auth objects of one process. A store whose I/O is slow may add
``aload``/``asave``/``aclear`` (:class:`AsyncTokenStore`), which async requests use instead of the
blocking methods.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import tempfile
import threading
import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Protocol, runtime_checkable

import filelock

from .errors import ZohoKitError
from .locks import DEFAULT_LOCK_TIMEOUT, StoreLockError, StoreLockTimeout
from .tokens import Token

TOKEN_FILE_MODE = 0o600
"""Permissions of a token file: read/write for its owner only."""
MEMORY_LOCK_POLL_INTERVAL = 0.005
"""Seconds between attempts of an async waiter for a held :class:`MemoryTokenStore` lock."""


@runtime_checkable
class TokenStore(Protocol):
    """Loads, saves and forgets one token."""

    def load(self) -> Token | None:
        """Return the saved token, or ``None`` when there is none."""
        ...

    def save(self, token: Token) -> None:
        """Persist ``token``, replacing any previous one."""
        ...

    def clear(self) -> None:
        """Forget the saved token (a no-op when there is none)."""
        ...


@runtime_checkable
class AsyncTokenStore(Protocol):
    """Async twins of the :class:`TokenStore` methods, for stores that do network I/O."""

    async def aload(self) -> Token | None:
        """Return the saved token, or ``None`` when there is none."""
        ...

    async def asave(self, token: Token) -> None:
        """Persist ``token``, replacing any previous one."""
        ...

    async def aclear(self) -> None:
        """Forget the saved token (a no-op when there is none)."""
        ...


class MemoryTokenStore:
    """Keeps the token in memory: shares it between auth objects of one process.

    Its :meth:`lock` / :meth:`alock` serialise their renewals (threads and event loops alike), so
    any number of auth objects sharing one store refresh once per expiry; waiting gives up after
    ``lock_timeout`` seconds with :class:`~zohokit.locks.StoreLockTimeout`.
    """

    def __init__(self, token: Token | None = None, *, lock_timeout: float = DEFAULT_LOCK_TIMEOUT) -> None:
        if lock_timeout < 0:
            raise ValueError("lock_timeout must be >= 0")
        self._token = token
        self._lock = threading.Lock()
        self._refresh_lock = threading.Lock()
        self.lock_timeout = float(lock_timeout)

    @contextlib.contextmanager
    def lock(self) -> Iterator[None]:
        """Hold this store's renewal lock for the ``with`` block."""
        if not self._refresh_lock.acquire(timeout=self.lock_timeout):
            raise StoreLockTimeout(f"the memory store's lock was still held after {self.lock_timeout}s")
        try:
            yield
        finally:
            self._refresh_lock.release()

    @contextlib.asynccontextmanager
    async def alock(self) -> AsyncIterator[None]:
        """Async twin of :meth:`lock`. It polls rather than blocking a thread, so a cancelled
        waiter never ends up holding the lock."""
        deadline = time.monotonic() + self.lock_timeout
        while not self._refresh_lock.acquire(blocking=False):
            if time.monotonic() >= deadline:
                raise StoreLockTimeout(f"the memory store's lock was still held after {self.lock_timeout}s")
            await asyncio.sleep(MEMORY_LOCK_POLL_INTERVAL)
        try:
            yield
        finally:
            self._refresh_lock.release()

    def load(self) -> Token | None:
        with self._lock:
            return self._token

    def save(self, token: Token) -> None:
        with self._lock:
            self._token = token

    def clear(self) -> None:
        with self._lock:
            self._token = None

    def __repr__(self) -> str:
        return f"MemoryTokenStore(has_token={self._token is not None})"


class FileTokenStore:
    """Keeps the token in a JSON file readable by its owner only.

    ``save()`` writes a temporary file in the same directory with mode 0600, flushes and fsyncs
    it, then ``os.replace``-s it over the target: readers see the old or the new token, never a
    partial one, and the file is never readable by others, not even briefly. A missing file loads
    as ``None``; an unreadable or malformed one raises :class:`~zohokit.errors.ZohoKitError`
    (whose message does not quote the file's content).

    :meth:`lock` and :meth:`alock` hold an inter-process lock on ``<path>.lock`` (mode 0600), so
    every process of one machine sharing the file refreshes once per expiry. The operating system
    releases the lock of a process that dies; waiting for it gives up after ``lock_timeout``
    seconds with :class:`~zohokit.locks.StoreLockTimeout`. The lock works between processes on one
    machine (and between threads and auth objects of one process), not across network file systems:
    use :class:`~zohokit.redis_store.RedisTokenStore` for several hosts.
    """

    def __init__(self, path: str | os.PathLike[str], *, lock_timeout: float = DEFAULT_LOCK_TIMEOUT) -> None:
        if lock_timeout < 0:
            raise ValueError("lock_timeout must be >= 0")
        self.path = Path(path).expanduser()
        self.lock_path = self.path.with_name(self.path.name + ".lock")
        self.lock_timeout = float(lock_timeout)

    def _lock_failure(self, exc: OSError) -> StoreLockError:
        """What :meth:`lock` and :meth:`alock` raise when the lock cannot be taken: a timeout, or the
        operating system's refusal (the lock file's folder cannot be made or written)."""
        if isinstance(exc, filelock.Timeout):
            return StoreLockTimeout(f"token file lock {self.lock_path} still held after {self.lock_timeout}s")
        return StoreLockError(f"cannot lock token file {self.lock_path}: {exc.strerror}")

    @contextlib.contextmanager
    def lock(self) -> Iterator[None]:
        """Hold the inter-process lock of this token file for the ``with`` block."""
        lock = filelock.FileLock(self.lock_path, timeout=self.lock_timeout, mode=TOKEN_FILE_MODE)
        try:
            self.lock_path.parent.mkdir(parents=True, exist_ok=True)
            lock.acquire()
        except OSError as exc:  # filelock.Timeout is one too
            raise self._lock_failure(exc) from None
        try:
            yield
        finally:
            lock.release()

    @contextlib.asynccontextmanager
    async def alock(self) -> AsyncIterator[None]:
        """Async twin of :meth:`lock`: waits without blocking the event loop."""
        lock = filelock.AsyncFileLock(self.lock_path, timeout=self.lock_timeout, mode=TOKEN_FILE_MODE)
        try:
            self.lock_path.parent.mkdir(parents=True, exist_ok=True)
            await lock.acquire()
        except OSError as exc:  # filelock.Timeout is one too
            raise self._lock_failure(exc) from None
        try:
            yield
        finally:
            await lock.release()

    def load(self) -> Token | None:
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise ZohoKitError(f"cannot read token file {self.path}: {exc.strerror}") from None
        try:
            data = json.loads(text)
            if not isinstance(data, dict):
                raise ValueError("not a JSON object")
            return Token.from_dict(data)
        except ValueError:
            raise ZohoKitError(f"token file {self.path} is not a valid token file") from None

    def save(self, token: Token) -> None:
        directory = self.path.parent
        directory.mkdir(parents=True, exist_ok=True)
        fd, temp_name = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".tmp", dir=directory)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                if hasattr(os, "fchmod"):
                    os.fchmod(handle.fileno(), TOKEN_FILE_MODE)
                json.dump(token.to_dict(), handle)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(temp_name, self.path)
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(temp_name)
            raise

    def clear(self) -> None:
        with contextlib.suppress(FileNotFoundError):
            self.path.unlink()

    def __repr__(self) -> str:
        return f"FileTokenStore({str(self.path)!r})"


__all__ = ["TOKEN_FILE_MODE", "AsyncTokenStore", "FileTokenStore", "MemoryTokenStore", "TokenStore"]

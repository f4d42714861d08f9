"""One object per event loop, made on first use in that loop.

asyncio objects (a semaphore, a lock, a ``redis.asyncio`` connection) belong to the loop they were
first used in, while zohokit's limits, stores and auth objects may serve several loops (one per
thread, or a new one per ``asyncio.run``). :class:`PerLoop` keeps one object per loop, made by a
factory when a loop first asks for it. A loop that is garbage-collected drops its object (the
loops are held weakly). Thread-safe: two threads asking for the same loop's object get the same one.
"""

from __future__ import annotations

import asyncio
import threading
import weakref
from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")


class PerLoop(Generic[T]):
    """The objects ``make()`` builds, one per running event loop."""

    def __init__(self, make: Callable[[], T]) -> None:
        self._make = make
        self._objects: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, T] = weakref.WeakKeyDictionary()
        self._guard = threading.Lock()

    def get(self) -> T:
        """The running loop's object, made now if it has none (``RuntimeError`` outside a loop)."""
        loop = asyncio.get_running_loop()
        with self._guard:
            made = self._objects.get(loop)
            if made is None:
                made = self._make()
                self._objects[loop] = made
            return made

    def pop(self) -> T | None:
        """Remove and return the running loop's object (``None`` when it has none), e.g. to close it."""
        loop = asyncio.get_running_loop()
        with self._guard:
            return self._objects.pop(loop, None)

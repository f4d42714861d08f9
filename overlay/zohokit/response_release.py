"""Responses that let go of their stream once closed, so that reference counting frees them.

httpx's clients wrap each response's stream in one that points back at the response (it sets
``response.elapsed`` when the stream closes): a reference cycle per response. Python's reference
counting cannot free a cycle; only the cyclic garbage collector can, and a response that lived
through a few collections (any response read while other requests are in flight) waits for a
full collection, holding its body, its request and the transport's objects (about 30 in all per
request) until then. Full collections take tens of milliseconds in a process that has imported
the generated clients, so every cycle left to them is memory held and collector work added.

:class:`ReleasingResponse` breaks that cycle when the response is closed, which httpx does as soon
as the body is read (``Client.get``, ``Client.send`` without ``stream=True``) or the ``with``
block of a streamed response ends. Closing replaces ``stream`` with :data:`DETACHED_STREAM`, a
stream that raises ``httpx.StreamClosed`` when read: a closed response's stream is never read
again (httpx raises ``StreamClosed`` or ``StreamConsumed`` before touching it), and the body
read before closing stays in ``content``. A response that is never closed keeps its stream.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import httpx


class _DetachedStream(httpx.SyncByteStream, httpx.AsyncByteStream):
    """The stream of a closed :class:`ReleasingResponse`: reading it raises ``httpx.StreamClosed``;
    closing it again does nothing."""

    def __iter__(self) -> Iterator[bytes]:
        raise httpx.StreamClosed()

    async def __aiter__(self) -> AsyncIterator[bytes]:
        raise httpx.StreamClosed()
        yield b""  # pragma: no cover - makes this an async generator, as the protocol expects

    def close(self) -> None:
        pass

    async def aclose(self) -> None:
        pass


DETACHED_STREAM = _DetachedStream()
"""What ``stream`` of a closed :class:`ReleasingResponse` is (one object for all: it holds nothing)."""


class ReleasingResponse(httpx.Response):
    """An ``httpx.Response`` that drops its stream when closed (see the module doc)."""

    def close(self) -> None:
        try:
            super().close()
        finally:
            if self.is_closed:
                self.stream = DETACHED_STREAM

    async def aclose(self) -> None:
        try:
            await super().aclose()
        finally:
            if self.is_closed:
                self.stream = DETACHED_STREAM


__all__ = ["DETACHED_STREAM", "ReleasingResponse"]

"""The HTTP protocol the emulator is served with: uvicorn's, sending each response in one write.

uvicorn writes a response's status line and headers as soon as the app starts the response,
and the body in a second write. Over a loopback connection with ``TCP_NODELAY`` every write is
a packet of its own: the client wakes up twice per response, and the server pays for two
sends. :class:`OneWriteResponses` holds the headers back until the body's first write (which
Starlette makes in the same step) and sends both together; anything held when the event loop's
current step ends goes out then, so nothing waits longer than that. What is sent, and in what
order, does not change.

It extends uvicorn's ``httptools`` protocol (uvicorn takes a protocol class as ``http=``);
without httptools, :func:`http_protocol` answers ``"auto"`` and uvicorn chooses as usual.
"""

from __future__ import annotations

import asyncio
from typing import Any

HELD_BYTES_LIMIT = 64 * 1024
"""Bytes held back at most (a status line and headers are far fewer)."""


class _HeadersHeldBack(asyncio.Transport):
    """A connection's transport that holds one write back, when asked, until the next write.

    Everything else goes straight to the transport it wraps; closing sends what is held first.
    """

    def __init__(self, transport: asyncio.Transport) -> None:
        super().__init__()
        self._transport = transport
        self._hold_next = False
        self._held = b""

    def hold_next_write(self) -> None:
        """Hold the next write back until the one after it, or the end of the loop's step."""
        self._hold_next = True

    def write(self, data: bytes | bytearray | memoryview) -> None:
        if self._hold_next and len(data) <= HELD_BYTES_LIMIT:
            self._hold_next = False
            self._held = bytes(data)
            asyncio.get_running_loop().call_soon(self.flush)
            return
        self._hold_next = False
        if self._held:
            data, self._held = self._held + bytes(data), b""
        self._transport.write(data)

    def flush(self) -> None:
        """Send what is held back, if anything."""
        if self._held:
            data, self._held = self._held, b""
            if not self._transport.is_closing():
                self._transport.write(data)

    def writelines(self, list_of_data: Any) -> None:
        self.write(b"".join(list_of_data))

    def write_eof(self) -> None:
        self.flush()
        self._transport.write_eof()

    def can_write_eof(self) -> bool:
        return self._transport.can_write_eof()

    def close(self) -> None:
        self.flush()
        self._transport.close()

    def abort(self) -> None:
        self._held = b""
        self._transport.abort()

    def is_closing(self) -> bool:
        return self._transport.is_closing()

    def get_extra_info(self, name: str, default: Any = None) -> Any:
        return self._transport.get_extra_info(name, default)

    def pause_reading(self) -> None:
        self._transport.pause_reading()

    def resume_reading(self) -> None:
        self._transport.resume_reading()

    def is_reading(self) -> bool:
        return self._transport.is_reading()

    def set_protocol(self, protocol: asyncio.BaseProtocol) -> None:
        self._transport.set_protocol(protocol)

    def get_protocol(self) -> asyncio.BaseProtocol:
        return self._transport.get_protocol()

    def get_write_buffer_size(self) -> int:
        return self._transport.get_write_buffer_size() + len(self._held)

    def get_write_buffer_limits(self) -> tuple[int, int]:
        return self._transport.get_write_buffer_limits()

    def set_write_buffer_limits(self, high: int | None = None, low: int | None = None) -> None:
        self._transport.set_write_buffer_limits(high, low)


def http_protocol() -> type[asyncio.Protocol] | str:
    """What to pass uvicorn as ``http=``: :class:`OneWriteResponses`, or ``"auto"`` without httptools."""
    try:
        from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol
    except ImportError:  # httptools is not installed
        return "auto"

    class OneWriteResponses(HttpToolsProtocol):
        """uvicorn's httptools protocol, sending a response's headers with its body (see the module doc)."""

        def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
            super().connection_made(_HeadersHeldBack(transport))

        def on_headers_complete(self) -> None:
            super().on_headers_complete()
            # A request is complete: the response's first write (its status line and headers)
            # waits for the second (its body).
            held: _HeadersHeldBack = self.transport  # type: ignore[assignment]
            held.hold_next_write()

    return OneWriteResponses

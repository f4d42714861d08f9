"""The emulator's HTTP protocol sends a response's headers together with its body, and never
loses, reorders or delays past one step of the event loop what uvicorn writes."""

from __future__ import annotations

import asyncio
import socket

import httpx

from zohokit_emulator import EmulatorServer
from zohokit_emulator.http_protocol import HELD_BYTES_LIMIT, _HeadersHeldBack, http_protocol


class RecordingTransport(asyncio.Transport):
    """A transport that records what reaches the wire."""

    def __init__(self) -> None:
        super().__init__()
        self.writes: list[bytes] = []
        self.closed = False
        self.aborted = False

    def write(self, data: bytes | bytearray | memoryview) -> None:
        self.writes.append(bytes(data))

    def close(self) -> None:
        self.closed = True

    def abort(self) -> None:
        self.aborted = True

    def is_closing(self) -> bool:
        return self.closed or self.aborted


async def test_headers_go_out_with_the_body_in_one_write() -> None:
    wire = RecordingTransport()
    held = _HeadersHeldBack(wire)
    held.hold_next_write()
    held.write(b"HTTP/1.1 200 OK\r\ncontent-length: 2\r\n\r\n")
    assert wire.writes == []
    held.write(b"{}")
    assert wire.writes == [b"HTTP/1.1 200 OK\r\ncontent-length: 2\r\n\r\n{}"]
    held.write(b"more")  # only the write after a request's headers is held
    assert wire.writes[-1] == b"more"


async def test_a_held_write_alone_goes_out_when_the_loop_step_ends() -> None:
    wire = RecordingTransport()
    held = _HeadersHeldBack(wire)
    held.hold_next_write()
    held.write(b"HTTP/1.1 100 Continue\r\n\r\n")
    assert wire.writes == []
    await asyncio.sleep(0)
    assert wire.writes == [b"HTTP/1.1 100 Continue\r\n\r\n"]


async def test_closing_sends_what_is_held_first_and_aborting_drops_it() -> None:
    wire = RecordingTransport()
    held = _HeadersHeldBack(wire)
    held.hold_next_write()
    held.write(b"HTTP/1.1 400 Bad Request\r\n\r\n")
    held.close()
    assert wire.writes == [b"HTTP/1.1 400 Bad Request\r\n\r\n"] and wire.closed
    other = RecordingTransport()
    dropped = _HeadersHeldBack(other)
    dropped.hold_next_write()
    dropped.write(b"headers")
    dropped.abort()
    await asyncio.sleep(0)
    assert other.writes == [] and other.aborted


async def test_a_large_write_is_not_held() -> None:
    wire = RecordingTransport()
    held = _HeadersHeldBack(wire)
    held.hold_next_write()
    held.write(b"x" * (HELD_BYTES_LIMIT + 1))
    assert len(wire.writes) == 1


def test_the_served_emulator_uses_it_and_keeps_connections_alive() -> None:
    assert not isinstance(http_protocol(), str), "httptools comes with the emulator extra"
    with EmulatorServer() as server, httpx.Client(base_url=server.url) as client:
        for _ in range(3):  # one connection, several responses
            assert client.get("/_emulator/health").json()["status"] == "ok"
        assert client.get("/nowhere").status_code == 404
        with socket.create_connection(("127.0.0.1", server.port)) as raw:  # two requests pipelined
            request = b"GET /_emulator/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
            raw.sendall(request + request.replace(b"\r\n\r\n", b"\r\nConnection: close\r\n\r\n"))
            answer = b""
            while chunk := raw.recv(65536):
                answer += chunk
        assert answer.count(b"HTTP/1.1 200 OK") == 2 and answer.count(b'"status": "ok"') == 2, answer[:400]
        with socket.create_connection(("127.0.0.1", server.port)) as raw:
            raw.sendall(b"NOT HTTP\r\n\r\n")
            assert raw.recv(65536).startswith(b"HTTP/1.1 400")

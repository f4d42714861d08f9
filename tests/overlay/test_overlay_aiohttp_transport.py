"""AiohttpTransport against httpx's own async transport, side by side on a scripted HTTP server:
the same bytes on the wire, the same responses, the same exceptions for the same failures."""

from __future__ import annotations

import asyncio
import gzip
import os
import subprocess
import sys
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field

import httpx
import pytest

from tests.spec_files import REPO
from zohokit.aiohttp_transport import AiohttpTransport
from zohokit.transports import ASYNC_TRANSPORT_ENV, AsyncDeferredTransport, build_transport, default_async_transport

Transport = Callable[..., httpx.AsyncBaseTransport]
TRANSPORTS: dict[str, Transport] = {"httpx": httpx.AsyncHTTPTransport, "aiohttp": AiohttpTransport}


@dataclass
class Received:
    """One request as the server read it: request line, headers in order, body (de-chunked)."""

    line: str
    headers: list[tuple[str, str]]
    body: bytes

    def header_set(self) -> list[tuple[str, str]]:
        return sorted((name.lower(), value) for name, value in self.headers)


Behaviour = Callable[[Received, asyncio.StreamWriter], Awaitable[None]]


def answer(raw: bytes) -> Behaviour:
    async def respond(_: Received, writer: asyncio.StreamWriter) -> None:
        writer.write(raw)
        await writer.drain()

    return respond


def json_answer(body: bytes) -> Behaviour:
    head = f"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n"
    return answer(head.encode() + body)


OK = json_answer(b'{"ok": true}')


@dataclass
class ScriptedServer:
    """A loopback HTTP/1.1 server that records every request and answers with ``behaviour``."""

    behaviour: Behaviour = OK
    received: list[Received] = field(default_factory=list)
    connections: int = 0
    server: asyncio.Server | None = None

    @property
    def url(self) -> str:
        assert self.server is not None
        host, port = self.server.sockets[0].getsockname()[:2]
        return f"http://{host}:{port}"

    async def __aenter__(self) -> ScriptedServer:
        self.server = await asyncio.start_server(self._serve, "127.0.0.1", 0)
        return self

    async def __aexit__(self, *exc: object) -> None:
        assert self.server is not None
        self.server.close()
        await self.server.wait_closed()

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections += 1
        try:
            while True:
                request = await _read_request(reader)
                if request is None:
                    return
                self.received.append(request)
                await self.behaviour(request, writer)
        except (ConnectionError, asyncio.IncompleteReadError):
            return
        finally:
            writer.close()


async def _read_request(reader: asyncio.StreamReader) -> Received | None:
    head = await reader.readuntil(b"\r\n\r\n") if not reader.at_eof() else b""
    if not head:
        return None
    line, *lines = head[:-4].decode("latin-1").split("\r\n")
    headers = [(name, value.strip()) for name, _, value in (item.partition(":") for item in lines)]
    values = {name.lower(): value for name, value in headers}
    if "content-length" in values:
        body = await reader.readexactly(int(values["content-length"]))
    elif values.get("transfer-encoding", "").lower() == "chunked":
        body = b""
        while size := int((await reader.readuntil(b"\r\n")).strip(), 16):
            body += await reader.readexactly(size)
            await reader.readexactly(2)
        await reader.readuntil(b"\r\n")
    else:
        body = b""
    return Received(line, headers, body)


async def _exchange(
    make: Transport,
    server: ScriptedServer,
    send: Callable[[httpx.AsyncClient], Awaitable[httpx.Response]],
    **kw: object,
) -> httpx.Response:
    async with httpx.AsyncClient(transport=make(**kw), base_url=server.url) as client:
        return await send(client)


async def _stream_body() -> AsyncIterator[bytes]:
    for part in (b"first,", b"second,", b"third"):
        yield part


SENDS: dict[str, Callable[[httpx.AsyncClient], Awaitable[httpx.Response]]] = {
    "get with awkward query": lambda c: c.get(
        "/crm/v2/Leads/search", params={"criteria": "(Last_Name:equals:Bøyle & Co/2)", "page": 2, "ids": ["1", "2"]}
    ),
    "encoded path kept as sent": lambda c: c.get("/crm/v2/Leads/a%2Fb%20c/%E2%9C%93"),
    "json post": lambda c: c.post("/crm/v2/Leads", json={"data": [{"Last_Name": "Boyle"}]}),
    "empty post": lambda c: c.post("/crm/v2/Leads/actions/refresh"),
    "bytes put with its own type": lambda c: c.put("/x", content=b"\x00\x01raw", headers={"Content-Type": "image/png"}),
    "bytes without a type": lambda c: c.patch("/x", content=b"plain bytes"),
    "streamed body": lambda c: c.post("/x", content=_stream_body()),
    "multipart upload": lambda c: c.post(
        "/crm/v2/Leads/1/photo",
        files={"file": ("face.png", b"\x89PNG...", "image/png")},
        headers={"Content-Type": "multipart/form-data; boundary=fixedboundary"},
    ),
    "repeated and custom headers": lambda c: c.delete(
        "/x", headers=[("X-Trace", "a"), ("X-Trace", "b"), ("If-Match", '"etag"')]
    ),
}


@pytest.mark.parametrize("name", list(SENDS))
async def test_the_request_on_the_wire_is_the_one_httpx_sends(name: str) -> None:
    seen: dict[str, Received] = {}
    async with ScriptedServer() as server:  # one server: the Host header names the same port
        for label, make in TRANSPORTS.items():
            response = await _exchange(make, server, SENDS[name])
            assert response.status_code == 200 and response.json() == {"ok": True}
            seen[label] = server.received.pop()
    assert seen["aiohttp"].line == seen["httpx"].line
    assert seen["aiohttp"].header_set() == _with_aiohttp_s_empty_length(seen["httpx"])
    assert seen["aiohttp"].body == seen["httpx"].body


def _with_aiohttp_s_empty_length(request: Received) -> list[tuple[str, str]]:
    """httpx's headers plus the ``Content-Length: 0`` aiohttp always sends on a bodyless request
    whose method may carry a body (the one difference the transport documents)."""
    headers = request.header_set()
    method = request.line.split(" ", 1)[0]
    names = {name for name, _ in headers}
    if method not in ("GET", "HEAD", "OPTIONS", "TRACE") and not request.body and "content-length" not in names:
        headers = sorted([*headers, ("content-length", "0")])
    return headers


async def test_the_response_comes_back_as_the_server_sent_it() -> None:
    text = '{"data": ["' + "x" * 50_000 + '"]}'
    packed = gzip.compress(text.encode())
    raw = (
        b"HTTP/1.1 201 Created Nicely\r\nContent-Type: application/json\r\nContent-Encoding: gzip\r\n"
        b"Set-Cookie: a=1\r\nSet-Cookie: b=2\r\nContent-Length: " + str(len(packed)).encode() + b"\r\n\r\n" + packed
    )
    results = {}
    for label, make in TRANSPORTS.items():
        async with ScriptedServer(answer(raw)) as server:
            response = await _exchange(make, server, lambda c: c.get("/x"))
        results[label] = (
            response.status_code,
            response.reason_phrase,
            response.http_version,
            response.headers.get_list("set-cookie"),
            response.text,
        )
    assert results["aiohttp"] == results["httpx"]
    assert results["aiohttp"][0] == 201 and results["aiohttp"][1] == "Created Nicely" and results["aiohttp"][4] == text


async def test_cookies_are_httpx_s_business() -> None:
    first = answer(b"HTTP/1.1 200 OK\r\nSet-Cookie: session=abc; Path=/\r\nContent-Length: 2\r\n\r\n{}")
    for make in TRANSPORTS.values():
        async with (
            ScriptedServer(first) as server,
            httpx.AsyncClient(transport=make(), base_url=server.url) as client,
        ):
            await client.get("/a")
            await client.get("/b")
            client.cookies.clear()
            await client.get("/c")
        cookies = [[value for name, value in r.headers if name.lower() == "cookie"] for r in server.received]
        assert cookies == [[], ["session=abc"], []]


async def _hang_up(_: Received, writer: asyncio.StreamWriter) -> None:
    writer.close()


async def _stall(_: Received, writer: asyncio.StreamWriter) -> None:
    await asyncio.sleep(2)


async def _truncate(_: Received, writer: asyncio.StreamWriter) -> None:
    writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nonly a little")
    await writer.drain()
    writer.close()


async def _garbage(_: Received, writer: asyncio.StreamWriter) -> None:
    writer.write(b"this is not HTTP\r\n\r\n")
    await writer.drain()
    writer.close()


@pytest.mark.parametrize(
    ("behaviour", "expected"),
    [
        (_hang_up, httpx.RemoteProtocolError),
        (_stall, httpx.ReadTimeout),
        (_truncate, httpx.RemoteProtocolError),
        (_garbage, httpx.RemoteProtocolError),
    ],
    ids=["hang-up", "stall", "truncated body", "not http"],
)
@pytest.mark.parametrize("label", list(TRANSPORTS))
async def test_failures_raise_the_same_httpx_exceptions(
    label: str, behaviour: Behaviour, expected: type[httpx.TransportError]
) -> None:
    async with ScriptedServer(behaviour) as server:
        with pytest.raises(expected) as caught:
            await _exchange(TRANSPORTS[label], server, lambda c: c.get("/x", timeout=httpx.Timeout(5, read=0.3)))
    assert caught.value.request.url.path == "/x"


@pytest.mark.parametrize("label", list(TRANSPORTS))
async def test_a_refused_connection_is_a_connect_error(label: str) -> None:
    async with ScriptedServer() as server:
        url = server.url
    with pytest.raises(httpx.ConnectError):
        async with httpx.AsyncClient(transport=TRANSPORTS[label]()) as client:
            await client.get(url + "/x")


async def test_requests_through_an_http_proxy_match_httpx_s() -> None:
    seen = {}
    async with ScriptedServer() as proxy:
        for label, make in TRANSPORTS.items():
            proxy_url = proxy.url.replace("http://", "http://user:secret@")
            async with httpx.AsyncClient(transport=make(proxy=proxy_url)) as client:
                await client.get("http://crm.zoho.invalid/crm/v2/Leads?page=1")
            seen[label] = proxy.received.pop()
    assert seen["aiohttp"].line == seen["httpx"].line == "GET http://crm.zoho.invalid/crm/v2/Leads?page=1 HTTP/1.1"
    assert ("proxy-authorization", "Basic dXNlcjpzZWNyZXQ=") in seen["aiohttp"].header_set()
    assert seen["aiohttp"].header_set() == seen["httpx"].header_set()


def test_socks_proxies_are_refused_up_front() -> None:
    with pytest.raises(ValueError, match="socks5://"):
        AiohttpTransport(proxy="socks5://127.0.0.1:1080")


def test_one_transport_serves_one_event_loop_after_another() -> None:
    transport = AiohttpTransport()

    async def fetch() -> int:
        async with ScriptedServer() as server:
            client = httpx.AsyncClient(transport=transport)
            response = await client.get(server.url + "/x")
            await transport.aclose()  # closes this loop's session; the next loop gets a new one
            return response.status_code

    statuses = []
    for _ in range(2):  # each Runner has a loop of its own and leaves pytest-asyncio's alone
        with asyncio.Runner(loop_factory=asyncio.new_event_loop) as runner:
            statuses.append(runner.run(fetch()))
    assert statuses == [200, 200]


@pytest.mark.parametrize(
    ("setting", "expected"),
    [
        (None, AiohttpTransport),
        ("", AiohttpTransport),
        ("aiohttp", AiohttpTransport),
        ("HTTPX", httpx.AsyncHTTPTransport),
    ],
)
def test_the_default_async_transport_and_its_switch(
    monkeypatch: pytest.MonkeyPatch, setting: str | None, expected: type[httpx.AsyncBaseTransport]
) -> None:
    if setting is None:
        monkeypatch.delenv(ASYNC_TRANSPORT_ENV, raising=False)
    else:
        monkeypatch.setenv(ASYNC_TRANSPORT_ENV, setting)
    assert type(default_async_transport()) is expected


def test_an_unknown_switch_value_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ASYNC_TRANSPORT_ENV, "curl")
    with pytest.raises(ValueError, match="ZOHOKIT_ASYNC_TRANSPORT must be aiohttp, httpx or unset"):
        default_async_transport()


async def test_limits_without_expiry_or_cap_keep_connections_open() -> None:
    transport = AiohttpTransport(limits=httpx.Limits(max_connections=None, keepalive_expiry=None))
    async with ScriptedServer() as server, httpx.AsyncClient(transport=transport, base_url=server.url) as client:
        statuses = [(await client.get(f"/{n}")).status_code for n in range(3)]
    assert statuses == [200, 200, 200] and len(server.received) == 3
    assert server.connections == 1


def test_a_client_used_only_synchronously_never_imports_aiohttp() -> None:
    script = (
        "import sys, zohokit\n"
        "client = zohokit.zoho_client('crm', auth=None, allow_insecure_http=True)\n"
        "client.get_httpx_client().close()\n"
        "print('aiohttp' in sys.modules)\n"
    )
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(str(REPO / part) for part in ("overlay", "generated"))}
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, check=True)
    assert done.stdout.strip() == "False"


async def test_the_async_side_is_built_on_the_first_async_request(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ASYNC_TRANSPORT_ENV, raising=False)
    deferred = AsyncDeferredTransport({})
    async with ScriptedServer() as server, httpx.AsyncClient(transport=deferred) as client:
        assert deferred._transport is None
        assert (await client.get(server.url + "/x")).status_code == 200
        assert isinstance(deferred.transport, AiohttpTransport)


def test_a_bad_switch_value_fails_when_the_client_is_built(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ASYNC_TRANSPORT_ENV, "curl")
    with pytest.raises(ValueError, match="ZOHOKIT_ASYNC_TRANSPORT"):
        build_transport()

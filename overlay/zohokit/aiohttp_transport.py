"""An httpx async transport that sends requests with aiohttp (``pip install zohokit[aiohttp]``).

httpx's own async stack (httpcore over anyio) spends about 1.5 ms of CPU per 300 kB response on
reading it; aiohttp's C HTTP parser does the same in a fraction of that, which matters once many
requests are in flight on one event loop. When aiohttp is installed, zohokit's clients use
:class:`AiohttpTransport` for async requests (:func:`zohokit.transports.default_async_transport`);
pass ``async_transport=httpx.AsyncHTTPTransport()`` to keep httpx's own.

Contract, the same as ``httpx.AsyncHTTPTransport``'s where httpx defines one:

- The request goes out as httpx built it: the URL byte for byte (never re-quoted), the headers
  with their repeats, the body whole or streamed (chunked). aiohttp adds no cookies (httpx's
  client owns them), follows no redirects, and leaves ``Content-Encoding`` for httpx to decode.
  One difference aiohttp insists on: a request without a body whose method is not GET, HEAD,
  OPTIONS or TRACE (a DELETE, say) carries ``Content-Length: 0``, which means the same thing.
- The response comes back unread, as a stream; closing it returns the connection to the pool.
- Timeouts come from the request's ``timeout`` extension: ``connect`` bounds the TCP and TLS
  set-up, ``pool`` plus ``connect`` the wait for a connection, ``read`` each wait for data.
  aiohttp has no write timeout; ``write`` is ignored.
- Failures raise httpx's exceptions, with the request: ``ConnectError`` / ``ConnectTimeout``
  when no connection was made, ``ProxyError`` for a refusing proxy, ``ReadTimeout``,
  ``RemoteProtocolError`` when the server hung up or sent a malformed message, ``ReadError`` for
  other socket failures, ``TransportError`` for anything else aiohttp raises.
- Each event loop gets its own ``aiohttp.ClientSession`` (aiohttp binds sessions to a loop);
  ``aclose()`` closes the session of the loop it runs on, so close the client on every loop that
  used it, as ``async with`` does. ``limits``: ``max_connections`` caps the connections and
  ``keepalive_expiry`` says how long idle ones stay open; ``max_keepalive_connections`` has no
  aiohttp counterpart and is ignored.
- Only ``http://`` and ``https://`` proxies are supported (aiohttp has no SOCKS support).

Why this is not ``httpx-aiohttp``: that package (0.2.0, the one openai-python uses) was weighed
against the parity tests (``tests/overlay/test_overlay_aiohttp_transport.py``, httpx's own
transport side by side) and fails 10 of their 24 checks: it lets yarl re-quote the URL (``(``,
``:``, ``/`` in a query come out decoded), merges repeated headers into one, lets aiohttp add
``Content-Type: application/octet-stream`` to bodies httpx sent without one, maps a hang-up and a
refused connection to ``ConnectTimeout`` and a truncated body to ``ReadError`` (httpx raises
``RemoteProtocolError``, ``ConnectError``, ``RemoteProtocolError``), lets a garbage reply escape as
an aiohttp exception, raises httpx exceptions without their request, and passes proxy credentials
as aiohttp's ``BasicAuth``, which aiohttp 3.14 deprecates. It also lets aiohttp keep cookies in a
jar of its own beside httpx's, and keeps one session for good (a second event loop after
``aclose()`` gets ``RuntimeError('Session is closed')``). On row 4a of ``make bench`` it took
694 ms against this module's 564 ms (client CPU 3.5 against 2.4 ms per page). Meeting the checks would mean
overriding its request handling, response stream and exception mapping, which is all of it; so
the glue stays here, in one module, with the parity tests as its contract.
"""

from __future__ import annotations

import asyncio
import base64
import functools
import ssl
import weakref
from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import httpx
import yarl
from multidict import CIMultiDict

DEFAULT_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=20)
"""httpx's own defaults: at most 100 connections, idle ones kept for 5 s."""
FOREVER = 365 * 24 * 3600.0


def _mapped_exception(exc: Exception, request: httpx.Request) -> httpx.TransportError | None:
    """The httpx exception for an aiohttp (or socket) failure, or None for anything else."""
    message = str(exc) or type(exc).__name__
    mapped: type[httpx.TransportError]
    if isinstance(exc, (aiohttp.ClientProxyConnectionError, aiohttp.ClientHttpProxyError)):
        mapped = httpx.ProxyError
    elif isinstance(exc, aiohttp.ConnectionTimeoutError):
        mapped = httpx.ConnectTimeout
    elif isinstance(exc, aiohttp.ClientConnectorError):
        mapped = httpx.ConnectError
    elif isinstance(exc, (aiohttp.SocketTimeoutError, aiohttp.ServerTimeoutError, asyncio.TimeoutError)):
        mapped = httpx.ReadTimeout
    elif isinstance(exc, (aiohttp.ServerDisconnectedError, aiohttp.ClientPayloadError, aiohttp.ClientResponseError)):
        mapped = httpx.RemoteProtocolError
    elif isinstance(exc, (aiohttp.ClientOSError, OSError)):
        mapped = httpx.ReadError
    elif isinstance(exc, aiohttp.ClientError):
        mapped = httpx.TransportError
    else:
        return None
    return mapped(message, request=request)


def _client_timeout(request: httpx.Request) -> aiohttp.ClientTimeout:
    timeout: dict[str, float | None] = request.extensions.get("timeout", {})
    return _aiohttp_timeout(timeout.get("connect"), timeout.get("pool"), timeout.get("read"))


@functools.lru_cache(maxsize=64)
def _aiohttp_timeout(connect: float | None, pool: float | None, read: float | None) -> aiohttp.ClientTimeout:
    # A client's requests all carry the same timeouts: one immutable ClientTimeout serves them all.
    return aiohttp.ClientTimeout(
        total=None,
        connect=None if connect is None or pool is None else connect + pool,
        sock_connect=connect,
        sock_read=read,
    )


def _body(request: httpx.Request) -> bytes | AsyncIterator[bytes] | None:
    try:
        content = request.content
    except httpx.RequestNotRead:
        stream = request.stream
        if not isinstance(stream, httpx.AsyncByteStream):
            raise TypeError("an async transport needs an async request body") from None
        return stream.__aiter__()
    return content or None


class _ResponseStream(httpx.AsyncByteStream):
    def __init__(self, response: aiohttp.ClientResponse, request: httpx.Request) -> None:
        self._response = response
        self._request = request

    async def __aiter__(self) -> AsyncIterator[bytes]:
        # try/except rather than a context manager: one generator and two objects fewer per response
        try:
            async for chunk in self._response.content.iter_any():
                yield chunk
        except Exception as exc:
            mapped = _mapped_exception(exc, self._request)
            if mapped is None:
                raise
            raise mapped from exc

    async def aclose(self) -> None:
        self._response.release()


class AiohttpTransport(httpx.AsyncBaseTransport):
    """``httpx.AsyncBaseTransport`` over aiohttp (see the module doc for the contract).

    ``verify``, ``cert`` and ``trust_env`` build the TLS context as httpx does (``trust_env``
    lets ``SSL_CERT_FILE`` / ``SSL_CERT_DIR`` choose the CA bundle); ``proxy`` is an
    ``http://`` or ``https://`` proxy URL (or ``httpx.Proxy``); ``limits`` as in the module doc.
    """

    def __init__(
        self,
        *,
        verify: ssl.SSLContext | str | bool = True,
        cert: Any = None,
        trust_env: bool = True,
        proxy: str | httpx.URL | httpx.Proxy | None = None,
        limits: httpx.Limits = DEFAULT_LIMITS,
    ) -> None:
        self._ssl = (
            verify
            if isinstance(verify, ssl.SSLContext)
            else httpx.create_ssl_context(verify=verify, cert=cert, trust_env=trust_env)
        )
        self._proxy = proxy if isinstance(proxy, httpx.Proxy) or proxy is None else httpx.Proxy(proxy)
        if self._proxy is not None and self._proxy.url.scheme not in ("http", "https"):
            raise ValueError(f"AiohttpTransport supports http:// and https:// proxies, not {self._proxy.url.scheme}://")
        self._limits = limits
        self._sessions: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, aiohttp.ClientSession] = (
            weakref.WeakKeyDictionary()
        )

    def _session(self) -> aiohttp.ClientSession:
        loop = asyncio.get_running_loop()
        session = self._sessions.get(loop)
        if session is None or session.closed:
            expiry = self._limits.keepalive_expiry
            connector = aiohttp.TCPConnector(
                limit=self._limits.max_connections or 0,  # 0: no limit, as httpx's None
                ssl=self._ssl,
                # httpx's None keeps idle connections for good; aiohttp's closest is a long timeout
                keepalive_timeout=FOREVER if expiry is None else expiry,
            )
            session = aiohttp.ClientSession(
                connector=connector,
                cookie_jar=aiohttp.DummyCookieJar(),  # httpx's client owns cookies
                auto_decompress=False,  # httpx decodes Content-Encoding itself
                # httpx sent the headers it means to; aiohttp must not add its defaults to them
                skip_auto_headers=("Accept", "Accept-Encoding", "User-Agent", "Content-Type"),
                trust_env=False,  # proxies come from `proxy`, as with httpx's transport
            )
            self._sessions[loop] = session
        return session

    def _proxy_headers(self) -> dict[str, str]:
        assert self._proxy is not None
        headers = dict(self._proxy.headers)
        if self._proxy.raw_auth is not None:  # credentials in the proxy URL, sent as httpx sends them
            username, password = self._proxy.raw_auth
            headers["Proxy-Authorization"] = "Basic " + base64.b64encode(username + b":" + password).decode("ascii")
        return headers

    def _proxy_arguments(self, request: httpx.Request, headers: CIMultiDict[str]) -> dict[str, Any]:
        """aiohttp's proxy arguments; the proxy's own headers go on the forwarded request for an
        ``http://`` target (aiohttp sends ``proxy_headers`` only on a CONNECT, for ``https://``)."""
        if self._proxy is None:
            return {}
        proxy_headers = self._proxy_headers()
        if request.url.scheme == "http":
            headers.extend(proxy_headers)
            return {"proxy": str(self._proxy.url)}
        return {"proxy": str(self._proxy.url), "proxy_headers": proxy_headers}

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        body = _body(request)
        headers = CIMultiDict(
            (key.decode("latin-1"), value.decode("latin-1"))
            for key, value in request.headers.raw
            # aiohttp frames a streamed body itself and refuses a Transfer-Encoding header beside it
            if not (key.lower() == b"transfer-encoding" and not isinstance(body, (bytes, type(None))))
        )
        try:
            response = await self._session().request(
                request.method,
                yarl.URL(str(request.url), encoded=True),
                headers=headers,
                data=body,
                allow_redirects=False,
                timeout=_client_timeout(request),
                **self._proxy_arguments(request, headers),
            )
        except Exception as exc:
            mapped = _mapped_exception(exc, request)
            if mapped is None:
                raise
            raise mapped from exc
        version = response.version or aiohttp.HttpVersion11
        extensions: dict[str, Any] = {"http_version": f"HTTP/{version.major}.{version.minor}".encode()}
        if response.reason:
            extensions["reason_phrase"] = response.reason.encode("latin-1", "replace")
        return httpx.Response(
            status_code=response.status,
            headers=list(response.raw_headers),
            stream=_ResponseStream(response, request),
            extensions=extensions,
        )

    async def aclose(self) -> None:
        session = self._sessions.pop(asyncio.get_running_loop(), None)
        if session is not None:
            await session.close()


__all__ = ["AiohttpTransport"]

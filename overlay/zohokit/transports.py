"""Assembling the transport stack a client uses: retries over a concurrency limit over the wire.

The generated clients pass the same ``httpx_args`` to the ``httpx.Client`` and the
``httpx.AsyncClient`` they build, so the transport given there must serve both:
:class:`DualTransport` pairs a sync and an async transport in one object (as
``httpx.MockTransport`` does). :func:`build_transport` stacks, for each side::

    RetryTransport ─► LimitedTransport (optional) ─► the inner transport

so a request waiting for its retry delay does not hold a concurrency slot.

This is assembly only, no transport of its own: the wire is httpx's (or aiohttp's, see
:mod:`zohokit.aiohttp_transport`), the retry rules are :mod:`zohokit.retry`'s and the slots
:mod:`zohokit.limits`'. httpx has no sync-and-async transport pair to build on (its
``MockTransport`` is one only for a handler that serves both), so :class:`DualTransport` stays.
"""

from __future__ import annotations

import os
from typing import Any

import httpx

from .json_bodies import with_fast_json
from .limits import AsyncLimitedTransport, ConcurrencyLimit, LimitedTransport
from .retry import AsyncRetryTransport, RetryPolicy, RetryTransport


class DualTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """One transport object for both ``httpx.Client`` (``sync``) and ``httpx.AsyncClient``.

    ``close()`` closes the sync side and ``aclose()`` the async side, which is what each client
    calls when it is closed. Each response decodes JSON with msgspec when it is installed
    (:mod:`zohokit.json_bodies`).
    """

    def __init__(self, sync: httpx.BaseTransport, async_: httpx.AsyncBaseTransport) -> None:
        self.sync = sync
        self.async_ = async_

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return with_fast_json(self.sync.handle_request(request), request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return with_fast_json(await self.async_.handle_async_request(request), request)

    def close(self) -> None:
        self.sync.close()

    async def aclose(self) -> None:
        await self.async_.aclose()


def _split(
    transport: httpx.BaseTransport | httpx.AsyncBaseTransport | None,
    async_transport: httpx.AsyncBaseTransport | None,
    transport_args: dict[str, Any],
) -> tuple[httpx.BaseTransport, httpx.AsyncBaseTransport]:
    sync_side: httpx.BaseTransport | None = transport if isinstance(transport, httpx.BaseTransport) else None
    async_side: httpx.AsyncBaseTransport | None = async_transport
    if async_side is None and isinstance(transport, httpx.AsyncBaseTransport):
        async_side = transport
    if sync_side is None:
        sync_side = httpx.HTTPTransport(**transport_args)
    if async_side is None:
        _async_transport_choice()  # a bad ZOHOKIT_ASYNC_TRANSPORT fails here, when the client is built
        async_side = AsyncDeferredTransport(transport_args)
    return sync_side, async_side


class AsyncDeferredTransport(httpx.AsyncBaseTransport):
    """:func:`default_async_transport`, built on the first async request: a client used only
    synchronously never builds it, nor imports aiohttp (several MiB of memory)."""

    def __init__(self, transport_args: dict[str, Any]) -> None:
        self._transport_args = dict(transport_args)
        self._transport: httpx.AsyncBaseTransport | None = None

    @property
    def transport(self) -> httpx.AsyncBaseTransport:
        """The transport requests go through (built now if no request has built it yet)."""
        if self._transport is None:
            self._transport = default_async_transport(**self._transport_args)
        return self._transport

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self.transport.handle_async_request(request)

    async def aclose(self) -> None:
        if self._transport is not None:
            await self._transport.aclose()


ASYNC_TRANSPORT_ENV = "ZOHOKIT_ASYNC_TRANSPORT"
"""Environment variable choosing the default async transport: ``aiohttp``, ``httpx``, or unset
(``auto``: aiohttp when it is installed, else httpx)."""


def _async_transport_choice() -> str:
    choice = os.environ.get(ASYNC_TRANSPORT_ENV, "").strip().lower() or "auto"
    if choice not in ("auto", "aiohttp", "httpx"):
        raise ValueError(f"{ASYNC_TRANSPORT_ENV} must be aiohttp, httpx or unset, not {choice!r}")
    return choice


def default_async_transport(**transport_args: Any) -> httpx.AsyncBaseTransport:
    """The innermost async transport when none is given, built with ``transport_args`` (``verify``,
    ``cert``, ``proxy``, ``trust_env``): :class:`~zohokit.aiohttp_transport.AiohttpTransport` when
    aiohttp is installed (``zohokit[aiohttp]``; about half the CPU per response), else
    ``httpx.AsyncHTTPTransport``. ``ZOHOKIT_ASYNC_TRANSPORT=httpx`` or ``=aiohttp`` forces one;
    any other value raises ``ValueError``, and ``aiohttp`` without aiohttp installed ``ImportError``."""
    choice = _async_transport_choice()
    if choice == "httpx":
        return httpx.AsyncHTTPTransport(**transport_args)
    try:
        from .aiohttp_transport import AiohttpTransport
    except ImportError:
        if choice == "aiohttp":
            raise ImportError(f"{ASYNC_TRANSPORT_ENV}=aiohttp needs aiohttp: pip install 'zohokit[aiohttp]'") from None
        return httpx.AsyncHTTPTransport(**transport_args)
    return AiohttpTransport(**transport_args)


def build_transport(
    *,
    transport: httpx.BaseTransport | httpx.AsyncBaseTransport | None = None,
    async_transport: httpx.AsyncBaseTransport | None = None,
    retry: RetryPolicy | None = None,
    limit: ConcurrencyLimit | int | None = None,
    transport_args: dict[str, Any] | None = None,
) -> DualTransport:
    """The full transport stack.

    ``transport`` is the innermost transport for sync requests, and for async ones too when it
    also implements ``handle_async_request`` (``httpx.MockTransport`` does) and no
    ``async_transport`` is given. A missing sync side gets ``httpx.HTTPTransport`` and a missing
    async side :func:`default_async_transport` (built on the first async request, see
    :class:`AsyncDeferredTransport`), both with ``transport_args`` (``verify``, ``proxy``, ...).
    ``retry`` defaults to ``RetryPolicy()``; pass ``zohokit.NO_RETRIES`` to disable retries.
    ``limit`` (a :class:`ConcurrencyLimit` or a number) caps in-flight requests.
    """
    sync_side, async_side = _split(transport, async_transport, dict(transport_args or {}))
    if limit is not None:
        shared = limit if isinstance(limit, ConcurrencyLimit) else ConcurrencyLimit(limit)
        sync_side = LimitedTransport(sync_side, shared)
        async_side = AsyncLimitedTransport(async_side, shared)
    policy = retry if retry is not None else RetryPolicy()
    return DualTransport(RetryTransport(sync_side, policy), AsyncRetryTransport(async_side, policy))


__all__ = [
    "ASYNC_TRANSPORT_ENV",
    "AsyncDeferredTransport",
    "DualTransport",
    "build_transport",
    "default_async_transport",
]

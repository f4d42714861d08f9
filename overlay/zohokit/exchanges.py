"""Which request produced a generated ``Response``: the link the generated clients drop.

The generated ``Response`` keeps the status, headers, content and parsed model but not the
``httpx.Request``. The zohokit transport remembers, per thread and per asyncio task (a
``ContextVar``), the last request it sent and the ``httpx.Response`` it got back; the errors
module asks :func:`request_for` when it builds an exception. The match is by identity of the
content bytes (the generated ``Response.content`` *is* the ``httpx.Response.content`` object), so
an unrelated response never borrows another's request: no match gives ``None``.
"""

from __future__ import annotations

from contextvars import ContextVar

import httpx

_LAST_EXCHANGE: ContextVar[tuple[httpx.Request, httpx.Response] | None] = ContextVar(
    "zohokit_last_exchange", default=None
)


def remember(request: httpx.Request, response: httpx.Response) -> None:
    """Record the latest exchange of the current thread or task."""
    _LAST_EXCHANGE.set((request, response))


def request_for(content: bytes) -> httpx.Request | None:
    """The request whose response carried exactly this ``content`` object, if it was the latest."""
    exchange = _LAST_EXCHANGE.get()
    if exchange is None:
        return None
    request, response = exchange
    try:
        return request if response.content is content else None
    except httpx.ResponseNotRead:
        return None

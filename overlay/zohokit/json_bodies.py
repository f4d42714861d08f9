"""Faster decoding of JSON response bodies, with exactly the standard library's results.

The generated clients decode every body with ``httpx.Response.json()``, that is ``json.loads``.
A 200-record CRM page (~300 kB) takes about 1.4 ms to decode that way, as long as all the rest of
the client's work on the request. When msgspec is installed (``pip install zohokit[speedups]``),
the transport stack hands httpx :class:`FastJSONResponse` objects, whose ``json()`` decodes with
msgspec in about half the time.

msgspec is stricter than ``json.loads``: it refuses ``NaN`` and ``Infinity``, numbers beyond the
float range, lone surrogate escapes, a byte-order mark, and UTF-16 or UTF-32 bodies. Whenever it
refuses a body, ``json.loads`` decodes it instead, so the value returned (or the exception raised)
is always the one ``json.loads`` gives; integers of any size stay exact in both.

:class:`FastJSONResponse` is also a :class:`~zohokit.response_release.ReleasingResponse`: closing
it (httpx does so once the body is read) lets go of its stream, so that reference counting frees
the response instead of the cyclic garbage collector. The transport stack hands out this class
with or without msgspec for that reason; without msgspec its ``json()`` is ``json.loads``.
"""

from __future__ import annotations

from typing import Any

import httpx

from .response_release import ReleasingResponse

try:
    import msgspec
except ImportError:  # pragma: no cover - tests cover the no-msgspec path by setting DECODER to None
    msgspec = None  # type: ignore[assignment]

DECODER: Any = msgspec.json.Decoder() if msgspec is not None else None
"""msgspec's JSON decoder to untyped values, or None when msgspec is not installed."""

_REFUSED: tuple[type[Exception], ...] = (msgspec.MsgspecError,) if msgspec is not None else ()


class FastJSONResponse(ReleasingResponse):
    """An ``httpx.Response`` whose ``json()`` (without arguments) decodes with msgspec when it is
    installed, and that drops its stream when closed (:class:`ReleasingResponse`)."""

    def json(self, **kwargs: Any) -> Any:
        decoder = DECODER
        if decoder is not None and not kwargs:
            try:
                return decoder.decode(self.content)
            except _REFUSED:
                pass  # json.loads decides: the same value, or the same error, as always
        return super().json(**kwargs)


def with_fast_json(response: httpx.Response, request: httpx.Request) -> httpx.Response:
    """``response`` to ``request`` as a :class:`FastJSONResponse` (same status, headers, unread
    stream and extensions); ``response`` itself when it is one already."""
    if isinstance(response, FastJSONResponse):
        return response
    return FastJSONResponse(
        status_code=response.status_code,
        headers=response.headers,
        stream=response.stream,
        extensions=response.extensions,
        request=request,
    )


__all__ = ["FastJSONResponse", "with_fast_json"]

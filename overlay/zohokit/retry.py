"""Retries at the transport layer: :class:`RetryTransport` and :class:`AsyncRetryTransport`.

They wrap another transport and retry, up to ``RetryPolicy.max_attempts`` attempts in all:

* **429 Too Many Requests, any method** — the request was not processed. The delay is the
  ``Retry-After`` header (seconds, or an HTTP date) when present, else the backoff.
* **5xx in** ``retry_statuses`` **(500, 502, 503, 504), idempotent methods only** (GET, HEAD,
  PUT, DELETE, OPTIONS); a ``Retry-After`` on them is honoured too. A POST that failed with a 5xx
  may have been applied, so it is never repeated.
* **Connection errors** (``retry_exceptions``), **idempotent methods only**.

Backoff is exponential with jitter: ``min(backoff_max, backoff_initial * backoff_multiplier **
(retry - 1))``, reduced by up to ``jitter`` (a fraction) at random.

**A cap on waiting for Retry-After.** One call waits at most ``max_retry_after`` seconds (default
60) on ``Retry-After`` in all, over all its retries. When a 429 asks for a wait that would pass
the cap, the call raises :class:`~zohokit.errors.RateLimitError` carrying the server's value in
``retry_after`` instead of sleeping, so no call blocks for minutes (four attempts each told to
wait two minutes would otherwise take six); a 5xx asking for such a wait is returned as it is.
Requests whose body cannot be replayed (a one-shot iterator) are never retried. ``sleep``,
``clock`` and ``random`` are injectable, so tests need not wait.

Libraries weighed: ``httpx-retries`` (0.6, a retry transport for httpx) gates every retry on one
``allowed_methods`` set, so "429 on any method, 5xx and connection errors on idempotent ones only"
cannot be said without overriding its decisions; it shortens a long ``Retry-After`` to
``max_backoff_wait`` or to what is left of ``total_timeout`` instead of raising ``RateLimitError``
with the server's value, does not check that a streamed body can be sent again, and sleeps with
``time.sleep``/``asyncio.sleep`` directly. ``tenacity`` and ``stamina`` retry a function call,
not a transport: they would replace the loop's dozen lines but not the rules, the Retry-After
parsing or the cap, which are the substance here, and add a runtime dependency for it.
"""

from __future__ import annotations

import asyncio
import email.utils
import logging
import random as _random
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import Literal

import httpx

from .errors import RateLimitError, api_error, parse_json_body

logger = logging.getLogger("zohokit.retry")

DEFAULT_MAX_ATTEMPTS = 4
"""Attempts in all, the first one included (so up to 3 retries)."""
DEFAULT_BACKOFF_INITIAL = 0.5
"""Seconds before the first retry when the server gives no Retry-After."""
DEFAULT_BACKOFF_MULTIPLIER = 2.0
DEFAULT_BACKOFF_MAX = 30.0
"""Longest computed backoff, in seconds."""
DEFAULT_JITTER = 0.25
"""Fraction of the backoff that is randomised away (0 disables jitter)."""
DEFAULT_MAX_RETRY_AFTER = 60.0
"""Seconds one call may wait on ``Retry-After`` in all; a longer wait raises ``RateLimitError``."""

RATE_LIMIT_STATUS = 429
RETRYABLE_SERVER_STATUSES: frozenset[int] = frozenset({500, 502, 503, 504})
IDEMPOTENT_METHODS: frozenset[str] = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS"})
RETRYABLE_EXCEPTIONS: tuple[type[httpx.TransportError], ...] = (
    httpx.ConnectError,
    httpx.ConnectTimeout,
    httpx.ReadError,
    httpx.ReadTimeout,
    httpx.WriteError,
    httpx.RemoteProtocolError,
    httpx.PoolTimeout,
)


@dataclass(frozen=True)
class BackoffSettings:
    """Attempts and exponential, jittered waits: what every retrying policy of the kit shares.

    Wait ``n`` (1-based) is ``min(backoff_max, backoff_initial * backoff_multiplier ** (n - 1))``
    reduced by up to ``jitter`` at random; a server's ``Retry-After`` may ask for up to
    ``max_retry_after`` seconds. Values are checked when the policy is made.
    """

    max_attempts: int = DEFAULT_MAX_ATTEMPTS
    backoff_initial: float = DEFAULT_BACKOFF_INITIAL
    backoff_multiplier: float = DEFAULT_BACKOFF_MULTIPLIER
    backoff_max: float = DEFAULT_BACKOFF_MAX
    jitter: float = DEFAULT_JITTER
    max_retry_after: float = DEFAULT_MAX_RETRY_AFTER

    def __post_init__(self) -> None:
        if self.max_attempts < 1:
            raise ValueError("max_attempts must be >= 1")
        if min(self.backoff_initial, self.backoff_max, self.max_retry_after) < 0:
            raise ValueError("delays must be >= 0")
        if self.backoff_multiplier < 1:
            raise ValueError("backoff_multiplier must be >= 1")
        if not 0 <= self.jitter <= 1:
            raise ValueError("jitter must be within [0, 1]")

    def backoff(self, retry: int, random_value: float) -> float:
        """Seconds to wait before retry number ``retry`` (1-based); ``random_value`` in [0, 1)."""
        base = min(self.backoff_max, self.backoff_initial * self.backoff_multiplier ** (retry - 1))
        return base * (1.0 - self.jitter * random_value)


@dataclass(frozen=True)
class RetryPolicy(BackoffSettings):
    """When and how long to wait before retrying (see the module doc)."""

    retry_statuses: frozenset[int] = RETRYABLE_SERVER_STATUSES
    idempotent_methods: frozenset[str] = IDEMPOTENT_METHODS
    retry_exceptions: tuple[type[httpx.TransportError], ...] = field(default=RETRYABLE_EXCEPTIONS)

    def is_idempotent(self, request: httpx.Request) -> bool:
        return request.method.upper() in self.idempotent_methods

    def delay_after_response(
        self,
        request: httpx.Request,
        status_code: int,
        headers: Mapping[str, str],
        attempt: int,
        *,
        now: float,
        random_value: float,
    ) -> float | None:
        """Seconds to wait before retrying after this answer to attempt ``attempt``; ``None``: don't."""
        if attempt >= self.max_attempts or not can_replay(request):
            return None
        retryable = status_code == RATE_LIMIT_STATUS or (
            status_code in self.retry_statuses and self.is_idempotent(request)
        )
        if not retryable:
            return None
        retry_after = parse_retry_after(headers.get("Retry-After"), now=now)
        if retry_after is None:
            return self.backoff(attempt, random_value)
        return retry_after

    def delay_after_error(
        self, request: httpx.Request, error: Exception, attempt: int, *, random_value: float
    ) -> float | None:
        """Seconds to wait before retrying after a transport error; ``None``: re-raise."""
        if (
            attempt >= self.max_attempts
            or not isinstance(error, self.retry_exceptions)
            or not self.is_idempotent(request)
            or not can_replay(request)
        ):
            return None
        return self.backoff(attempt, random_value)


NO_RETRIES = RetryPolicy(max_attempts=1)
"""A policy that never retries."""


def parse_retry_after(value: str | None, *, now: float) -> float | None:
    """Seconds to wait per a ``Retry-After`` value (delta-seconds or HTTP date), or ``None``.

    Dates in the past give 0; unparseable or negative values give ``None``.
    """
    if value is None:
        return None
    value = value.strip()
    if not value:
        return None
    try:
        seconds = float(value)
    except ValueError:
        pass
    else:
        return seconds if seconds >= 0 else None
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        return None
    return max(0.0, when.timestamp() - now)


def can_replay(request: httpx.Request) -> bool:
    """Whether the request body can be sent again: in-memory content or a (seekable) multipart."""
    if isinstance(request.stream, httpx.ByteStream):
        return True
    content_type: str = request.headers.get("Content-Type", "")
    return content_type.startswith("multipart/form-data")


def _describe(request: httpx.Request) -> str:
    return f"{request.method} {request.url.copy_with(query=None)}"


def _server_wait(response: httpx.Response, *, now: float) -> float | None:
    """The wait the server asked for in ``Retry-After`` (``None``: it asked for none)."""
    return parse_retry_after(response.headers.get("Retry-After"), now=now)


def _retry_after_error(request: httpx.Request, response: httpx.Response, retry_after: float) -> RateLimitError:
    """The error raised instead of waiting past the cap (the response body is already read)."""
    error = api_error(response.status_code, parse_json_body(response.content), request=request, response=response)
    assert isinstance(error, RateLimitError)  # api_error maps 429 to RateLimitError
    error.retry_after = retry_after
    return error


class _Attempts:
    """The retry bookkeeping of one request, shared by :class:`RetryTransport` and its async twin,
    which differ only in how they send, read, close and sleep: the attempt number, the wait spent
    on ``Retry-After`` so far, and what the policy makes of each failure."""

    def __init__(
        self, request: httpx.Request, policy: RetryPolicy, clock: Callable[[], float], random: Callable[[], float]
    ) -> None:
        self.request = request
        self.policy = policy
        self.clock = clock
        self.random = random
        self.attempt = 1
        self.waited = 0.0  # on Retry-After, over all attempts

    def delay_after_error(self, exc: httpx.TransportError) -> float | None:
        """How long to wait before resending after ``exc``; None: raise it."""
        delay = self.policy.delay_after_error(self.request, exc, self.attempt, random_value=self.random())
        if delay is not None:
            logger.info(
                "retrying %s in %.2fs after %s (attempt %d)",
                _describe(self.request),
                delay,
                type(exc).__name__,
                self.attempt,
            )
        return delay

    def verdict(self, response: httpx.Response) -> tuple[Literal["return", "refuse", "retry"], float]:
        """What to do with ``response``: ``return`` it to the caller; ``refuse`` to wait the
        ``Retry-After`` of a 429 past the cap (the value: that wait), raising
        :class:`~zohokit.errors.RateLimitError` once its body is read; or ``retry`` after the value,
        once the response is closed."""
        delay = self.policy.delay_after_response(
            self.request,
            response.status_code,
            response.headers,
            self.attempt,
            now=self.clock(),
            random_value=self.random(),
        )
        if delay is None:
            return "return", 0.0
        server_wait = _server_wait(response, now=self.clock())
        if server_wait is not None:
            if self.waited + server_wait > self.policy.max_retry_after:
                if response.status_code != RATE_LIMIT_STATUS:
                    return "return", 0.0  # a 5xx asking for a long wait: the caller decides
                return "refuse", server_wait
            self.waited += server_wait
        logger.info(
            "retrying %s in %.2fs after HTTP %d (attempt %d)",
            _describe(self.request),
            delay,
            response.status_code,
            self.attempt,
        )
        return "retry", delay


class RetryTransport(httpx.BaseTransport):
    """A sync transport that retries ``transport`` per ``policy`` (see the module doc)."""

    def __init__(
        self,
        transport: httpx.BaseTransport | None = None,
        policy: RetryPolicy | None = None,
        *,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.time,
        random: Callable[[], float] = _random.random,
    ) -> None:
        self.transport = transport if transport is not None else httpx.HTTPTransport()
        self.policy = policy if policy is not None else RetryPolicy()
        self._sleep = sleep
        self._clock = clock
        self._random = random

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        attempts = _Attempts(request, self.policy, self._clock, self._random)
        while True:
            try:
                response = self.transport.handle_request(request)
            except httpx.TransportError as exc:
                delay = attempts.delay_after_error(exc)
                if delay is None:
                    raise
            else:
                action, delay = attempts.verdict(response)
                if action == "return":
                    return response
                if action == "refuse":
                    response.read()
                    raise _retry_after_error(request, response, delay)
                response.close()
            self._sleep(delay)
            attempts.attempt += 1

    def close(self) -> None:
        self.transport.close()


class AsyncRetryTransport(httpx.AsyncBaseTransport):
    """The async twin of :class:`RetryTransport`."""

    def __init__(
        self,
        transport: httpx.AsyncBaseTransport | None = None,
        policy: RetryPolicy | None = None,
        *,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        clock: Callable[[], float] = time.time,
        random: Callable[[], float] = _random.random,
    ) -> None:
        self.transport = transport if transport is not None else httpx.AsyncHTTPTransport()
        self.policy = policy if policy is not None else RetryPolicy()
        self._sleep = sleep
        self._clock = clock
        self._random = random

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        attempts = _Attempts(request, self.policy, self._clock, self._random)
        while True:
            try:
                response = await self.transport.handle_async_request(request)
            except httpx.TransportError as exc:
                delay = attempts.delay_after_error(exc)
                if delay is None:
                    raise
            else:
                action, delay = attempts.verdict(response)
                if action == "return":
                    return response
                if action == "refuse":
                    await response.aread()
                    raise _retry_after_error(request, response, delay)
                await response.aclose()
            await self._sleep(delay)
            attempts.attempt += 1

    async def aclose(self) -> None:
        await self.transport.aclose()


__all__ = [
    "DEFAULT_BACKOFF_INITIAL",
    "DEFAULT_BACKOFF_MAX",
    "DEFAULT_BACKOFF_MULTIPLIER",
    "DEFAULT_JITTER",
    "DEFAULT_MAX_ATTEMPTS",
    "DEFAULT_MAX_RETRY_AFTER",
    "IDEMPOTENT_METHODS",
    "NO_RETRIES",
    "RATE_LIMIT_STATUS",
    "RETRYABLE_EXCEPTIONS",
    "RETRYABLE_SERVER_STATUSES",
    "AsyncRetryTransport",
    "BackoffSettings",
    "RetryPolicy",
    "RetryTransport",
    "can_replay",
    "parse_retry_after",
]

"""Zoho API credits: what each call costs, and an org-wide budget shared on Redis.

Zoho charges every API call credits from one budget per org, counted over a rolling 24 hours
(Free 5,000; Standard 5,000 + 250 per licence; Professional 10,000 + 500; Enterprise and Ultimate
10,000 + 1,000; with edition caps), and answers 429 once it is spent: every integration of the org
stops until credits age out. :func:`zoho_credit_cost` is Zoho's documented CRM table:

=================================================  ==================================
list records (``GET /{module}``)                    1, or 3 with ``cvid``
insert, update, upsert records; create notes         1 per 10 records (at most 10)
add or remove tags on several records                1 per 50 records
list deleted records                                 2
convert a lead                                       5
start a bulk read (``POST /crm/bulk/v2/read``)        50
any other CRM, bulk, Recruit or Bigin call           1
token and revoke requests, non-Zoho hosts           0
=================================================  ==================================

:class:`CreditBudget` keeps the org's spending in Redis, so every process and host charging it
sees the same figure; :meth:`CreditBudget.remaining` reads it. Give it to a client through
:class:`CreditedTransport` (``zoho_client(..., transport=CreditedTransport(budget))``) and each
request is charged before it is sent. When a
request would take the spending past ``budget - reserve``, the budget either raises
:class:`CreditBudgetExhausted` (``when_exhausted="raise"``, the default) or holds the request back
until enough credits age out of the window, for at most ``max_wait`` seconds
(``when_exhausted="wait"``). A request Zoho refuses without serving it (401, 429) or that never
reached Zoho (a connection error) is refunded.

Spending is kept per minute (a credit charged at 10:00:30 ages out at 10:01 the next day), so the
budget never believes in credits the server has not yet given back. Redis unreachable: charging
raises :class:`~zohokit.shared_limits.SharedLimitUnavailable`, unless the caller chose
``unavailable="allow"``, which lets requests through uncounted and logs a warning.
"""

from __future__ import annotations

import asyncio
import json
import logging
import math
import time
from collections.abc import Callable
from typing import Any, Literal

import httpx
import redis
import redis.exceptions

from .errors import ZohoKitError
from .shared_limits import SharedLimitUnavailable
from .transports import AsyncDeferredTransport

logger = logging.getLogger("zohokit.credits")

CREDIT_WINDOW = 24 * 3600.0
"""Seconds over which Zoho counts API credits."""
BUCKET_SECONDS = 60.0
"""Spending is grouped by minute; a minute's credits age out together, after the whole minute."""
DEFAULT_KEY = "zohokit:credits"
DEFAULT_MAX_WAIT = 60.0
"""Seconds a request may be held back for credits (``when_exhausted="wait"``)."""

_NOT_RECORD_MODULES = frozenset({"settings", "users", "org", "coql", "Notes", "actions", "__notification"})
"""First path segments of CRM calls that are not ``/{module}`` record operations."""
_WRITE_METHODS = frozenset({"POST", "PUT"})
_REFUNDED_STATUSES = frozenset({401, 429})
"""Answers given before the call is served: Zoho charges nothing for them."""

# KEYS: total, buckets (hash: minute start -> credits), order (zset of minute starts).
# ARGV: cost, allowed, window_ms, bucket_ms.
# Returns {1, total, bucket} when charged, {0, total, ms until enough credits age out} when not.
_CHARGE = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local cost, allowed = tonumber(ARGV[1]), tonumber(ARGV[2])
local window, bucket_ms = tonumber(ARGV[3]), tonumber(ARGV[4])
local total = tonumber(redis.call('GET', KEYS[1]) or '0')
for _, b in ipairs(redis.call('ZRANGEBYSCORE', KEYS[3], '-inf', now - window - bucket_ms)) do
  total = total - tonumber(redis.call('HGET', KEYS[2], b) or '0')
  redis.call('HDEL', KEYS[2], b)
  redis.call('ZREM', KEYS[3], b)
end
if total < 0 then total = 0 end
redis.call('SET', KEYS[1], total)
if cost <= 0 then return {1, total, 0} end
if total + cost > allowed then
  -- Walk the minutes from the oldest until enough would have aged out.
  local need = total + cost - allowed
  local freed = 0
  for _, b in ipairs(redis.call('ZRANGE', KEYS[3], 0, -1)) do
    freed = freed + tonumber(redis.call('HGET', KEYS[2], b) or '0')
    if freed >= need then return {0, total, tonumber(b) + bucket_ms + window - now} end
  end
  return {0, total, -1}
end
local bucket = now - (now % bucket_ms)
redis.call('HINCRBY', KEYS[2], bucket, cost)
redis.call('ZADD', KEYS[3], bucket, bucket)
redis.call('INCRBY', KEYS[1], cost)
return {1, total + cost, bucket}
"""

# KEYS: as above. ARGV: cost, bucket. Gives back credits charged to a minute not yet aged out.
_REFUND = """
if redis.call('HEXISTS', KEYS[2], ARGV[2]) == 0 then return 0 end
local left = redis.call('HINCRBY', KEYS[2], ARGV[2], -tonumber(ARGV[1]))
if left <= 0 then
  redis.call('HDEL', KEYS[2], ARGV[2])
  redis.call('ZREM', KEYS[3], ARGV[2])
end
local total = redis.call('DECRBY', KEYS[1], ARGV[1])
if total < 0 then redis.call('SET', KEYS[1], 0) end
return 1
"""


# ----------------------------------------------------------------------------- the credit table


def _per(count: int, size: int) -> int:
    return max(1, math.ceil(count / size))


def _record_count(request: httpx.Request) -> int:
    """Records in a write body's ``data`` array (0 when the body is not such JSON)."""
    try:
        body = json.loads(request.content or b"null")
    except (ValueError, httpx.RequestNotRead):
        return 0
    data = body.get("data") if isinstance(body, dict) else None
    return len(data) if isinstance(data, list) else 0


def _crm_cost(method: str, segments: list[str], request: httpx.Request) -> int:
    count = len(segments)
    first = segments[0] if segments else ""
    if first == "Notes" and count == 1 and method in _WRITE_METHODS:
        return _per(_record_count(request), 10)
    if count >= 1 and first in _NOT_RECORD_MODULES:
        return 1
    if count == 1:
        if method == "GET":
            return 3 if request.url.params.get("cvid") else 1
        if method in _WRITE_METHODS:
            return _per(_record_count(request), 10)
    if count == 2 and method == "POST" and segments[1] == "upsert":
        return _per(_record_count(request), 10)
    if count == 2 and method == "GET" and segments[1] == "deleted":
        return 2
    if count == 3 and method == "POST" and segments[1] == "actions" and segments[2] in ("add_tags", "remove_tags"):
        ids = [i for i in request.url.params.get("ids", "").split(",") if i.strip()]
        return _per(len(ids), 50)
    if count == 3 and method == "POST" and segments[2] == "Notes":
        return _per(_record_count(request), 10)
    if count == 4 and method == "POST" and first == "Leads" and segments[2:] == ["actions", "convert"]:
        return 5
    return 1


def zoho_credit_cost(request: httpx.Request) -> int:
    """The API credits Zoho charges for ``request`` (see the table in the module doc)."""
    path = request.url.path
    method = request.method.upper()
    for marker in ("/crm/bulk/v2/", "/crm/v2/", "/recruit/v2/", "/bigin/v1/"):
        index = path.find(marker)
        if index < 0:
            continue
        rest = [s for s in path[index + len(marker) :].split("/") if s]
        if marker == "/crm/bulk/v2/":
            return 50 if method == "POST" and rest == ["read"] else 1
        if marker == "/crm/v2/":
            return _crm_cost(method, rest, request)
        return 1
    return 0


# ----------------------------------------------------------------------------- the budget


class CreditBudgetExhausted(ZohoKitError):
    """The shared credit budget cannot pay for a request.

    ``remaining`` is what is left of the budget (above the reserve), ``cost`` what the request
    needed, and ``retry_after`` the seconds until enough credits age out (``None``: never, as
    the request costs more than the whole budget).
    """

    def __init__(self, message: str, *, remaining: int, cost: int, retry_after: float | None) -> None:
        super().__init__(message)
        self.remaining = remaining
        self.cost = cost
        self.retry_after = retry_after


class CreditBudget:
    """The org's API-credit budget, shared through Redis by every process and host.

    Args:
        redis_client: a Redis URL or a ``redis.Redis`` (async requests run it in a worker thread).
        budget: credits per rolling 24 hours (the org's, or the share this fleet may use).
        key: the prefix of the budget's Redis keys; one per Zoho org.
        reserve: credits left untouched for other integrations and people (calls stop before).
        when_exhausted: ``"raise"`` :class:`CreditBudgetExhausted`, or ``"wait"`` for credits.
        max_wait: seconds a request may wait for credits (``"wait"``), after which it raises.
        unavailable: Redis unreachable: ``"raise"`` (default) or ``"allow"`` calls uncounted.
        cost: the credit table (default :func:`zoho_credit_cost`).
    """

    def __init__(
        self,
        redis_client: str | redis.Redis,
        budget: int,
        *,
        key: str = DEFAULT_KEY,
        reserve: int = 0,
        when_exhausted: Literal["raise", "wait"] = "raise",
        max_wait: float = DEFAULT_MAX_WAIT,
        unavailable: Literal["raise", "allow"] = "raise",
        cost: Callable[[httpx.Request], int] = zoho_credit_cost,
    ) -> None:
        if budget < 1 or reserve < 0 or reserve >= budget:
            raise ValueError("budget must be >= 1 and 0 <= reserve < budget")
        if when_exhausted not in ("raise", "wait") or unavailable not in ("raise", "allow"):
            raise ValueError('when_exhausted is "raise" or "wait"; unavailable is "raise" or "allow"')
        if max_wait < 0:
            raise ValueError("max_wait must be >= 0")
        self._owns_client = isinstance(redis_client, str)
        self._redis: redis.Redis = redis.Redis.from_url(redis_client) if isinstance(redis_client, str) else redis_client
        self.budget = budget
        self.reserve = reserve
        self.when_exhausted = when_exhausted
        self.max_wait = float(max_wait)
        self.unavailable = unavailable
        self.cost = cost
        self.key = key
        self._keys = [f"{key}:total", f"{key}:minutes", f"{key}:order"]
        self._charge_script = self._redis.register_script(_CHARGE)
        self._refund_script = self._redis.register_script(_REFUND)

    # ----------------------------------------------------------------- reading

    def used(self) -> int:
        """Credits spent in the last 24 hours, as far as this budget has counted them."""
        _, total, _ = self._run_charge(0)
        return total

    def remaining(self) -> int:
        """Credits that may still be spent before the reserve (never below 0)."""
        return max(0, self.budget - self.reserve - self.used())

    # ----------------------------------------------------------------- charging

    def charge(self, credits: int) -> int | None:
        """Spend ``credits`` now, or raise/wait per ``when_exhausted``; returns a refund token."""
        deadline = time.monotonic() + self.max_wait
        while True:
            try:
                charged, total, detail = self._run_charge(credits)
            except redis.exceptions.RedisError as exc:
                self._unavailable(exc)
                return None
            if charged:
                return detail
            pause = self._pause_or_raise(credits, total, detail, deadline)
            time.sleep(pause)

    async def acharge(self, credits: int) -> int | None:
        """Async twin of :meth:`charge` (Redis calls run in a worker thread)."""
        deadline = time.monotonic() + self.max_wait
        while True:
            try:
                charged, total, detail = await asyncio.to_thread(self._run_charge, credits)
            except redis.exceptions.RedisError as exc:
                self._unavailable(exc)
                return None
            if charged:
                return detail
            await asyncio.sleep(self._pause_or_raise(credits, total, detail, deadline))

    def refund(self, credits: int, token: int | None) -> None:
        """Give back credits charged with the token :meth:`charge` returned (a call Zoho refused)."""
        if token is None or credits <= 0:
            return
        try:
            self._refund_script(keys=self._keys, args=[credits, token])
        except redis.exceptions.RedisError as exc:
            logger.warning("refunding %d credits to %r failed: %s", credits, self.key, exc)

    def _run_charge(self, credits: int) -> tuple[bool, int, int]:
        allowed = self.budget - self.reserve
        result: list[Any] = self._charge_script(
            keys=self._keys, args=[credits, allowed, int(CREDIT_WINDOW * 1000), int(BUCKET_SECONDS * 1000)]
        )
        return bool(result[0]), int(result[1]), int(result[2])

    def _pause_or_raise(self, credits: int, total: int, detail_ms: int, deadline: float) -> float:
        """Seconds to wait before trying again; raises when the budget says not to wait."""
        retry_after = None if detail_ms < 0 else detail_ms / 1000.0
        remaining = max(0, self.budget - self.reserve - total)
        if self.when_exhausted == "wait" and retry_after is not None:
            left = deadline - time.monotonic()
            if left > 0:
                # Re-check at least every few seconds: a refund may free credits early.
                return max(0.01, min(retry_after, left, 5.0))
        raise CreditBudgetExhausted(
            f"the API credit budget {self.key!r} has {remaining} credits left before its reserve; "
            f"this call needs {credits}",
            remaining=remaining,
            cost=credits,
            retry_after=retry_after,
        )

    def _unavailable(self, exc: redis.exceptions.RedisError) -> None:
        if self.unavailable == "raise":
            raise SharedLimitUnavailable(
                f"the API credit budget {self.key!r} cannot reach Redis ({type(exc).__name__}: {exc}); "
                'no request is sent uncounted (pass unavailable="allow" to choose otherwise)'
            ) from exc
        logger.warning("the API credit budget %r cannot reach Redis (%s); the call goes uncounted", self.key, exc)

    def close(self) -> None:
        """Close the Redis client if this budget built it (from a URL)."""
        if self._owns_client:
            self._redis.close()

    def __repr__(self) -> str:
        return f"CreditBudget({self.budget}, key={self.key!r}, reserve={self.reserve})"


# ----------------------------------------------------------------------------- transports


class CreditedTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """A transport (sync and async) that charges ``budget`` for each request before sending it.

    Give it to a client as its innermost transport: ``zoho_client("crm", auth=auth,
    transport=CreditedTransport(budget))``. It sends through ``transport`` (default
    ``httpx.HTTPTransport``) and ``async_transport`` (default: the kit's default async transport,
    see :func:`~zohokit.transports.default_async_transport`). Retries pass through it, so each
    attempt is charged, and refunded when Zoho refuses it unserved (401, 429) or it never reached
    Zoho (a connection error). With ``when_exhausted="wait"`` a request waits for credits while
    holding its concurrency slot, if the client has a limit.
    """

    def __init__(
        self,
        budget: CreditBudget,
        *,
        transport: httpx.BaseTransport | None = None,
        async_transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self.budget = budget
        self.transport = transport if transport is not None else httpx.HTTPTransport()
        self.async_transport = async_transport if async_transport is not None else AsyncDeferredTransport({})

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        cost = self.budget.cost(request)
        token = self.budget.charge(cost) if cost else None
        try:
            response = self.transport.handle_request(request)
        except (httpx.ConnectError, httpx.ConnectTimeout):
            self.budget.refund(cost, token)
            raise
        if response.status_code in _REFUNDED_STATUSES:
            self.budget.refund(cost, token)
        return response

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        cost = self.budget.cost(request)
        token = await self.budget.acharge(cost) if cost else None
        try:
            response = await self.async_transport.handle_async_request(request)
        except (httpx.ConnectError, httpx.ConnectTimeout):
            await asyncio.to_thread(self.budget.refund, cost, token)
            raise
        if response.status_code in _REFUNDED_STATUSES:
            await asyncio.to_thread(self.budget.refund, cost, token)
        return response

    def close(self) -> None:
        self.transport.close()

    async def aclose(self) -> None:
        await self.async_transport.aclose()


__all__ = [
    "BUCKET_SECONDS",
    "CREDIT_WINDOW",
    "CreditBudget",
    "CreditBudgetExhausted",
    "CreditedTransport",
    "zoho_credit_cost",
]

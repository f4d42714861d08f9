"""The Redis token store, shared limit and credit budget, one process at a time, on a real Redis."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any

import httpx
import pytest
import redis

import zohokit
from bench.servers import free_port
from zohokit.credits import CreditBudget, CreditBudgetExhausted
from zohokit.redis_store import RedisStoreError, RedisTokenStore
from zohokit.shared_limits import SharedConcurrencyLimit, SharedLimitUnavailable, SlotWaitTimeout
from zohokit.tokens import Token

from ..overlay.fakes import CLIENT_ID, CLIENT_SECRET, REFRESH_TOKEN, FakeZoho

API = "https://www.zohoapis.com/crm/v2/Leads"

Closing = Callable[[Any], Any]
"""The ``closing`` fixture: keeps a Redis client, store, limit or budget and closes it after the test."""


def unreachable_url() -> str:
    """A loopback port nothing listens on."""
    return f"redis://127.0.0.1:{free_port()}/0"


def test_the_token_is_stored_with_its_expiry_under_configurable_keys(redis_url: str, closing: Closing) -> None:
    store = closing(RedisTokenStore(redis_url, key="org1", refresh_key="org1-refresh"))
    token = Token(
        "access-1", "refresh-1", time.time() + 100, "https://www.zohoapis.eu", "Bearer", "ZohoCRM.modules.ALL"
    )
    store.save(token)
    assert store.load() == token
    raw = closing(redis.Redis.from_url(redis_url))
    assert sorted(raw.keys()) == [b"org1-refresh", b"org1:access"]
    assert 95_000 < raw.pttl("org1:access") <= 100_000, "the access key expires with the access token"
    assert raw.pttl("org1-refresh") == -1, "the refresh token has no expiry"
    assert b"refresh-1" not in raw.get("org1:access")


def test_an_expired_access_token_leaves_the_refresh_token(redis_url: str, closing: Closing) -> None:
    store = closing(RedisTokenStore(redis_url))
    store.save(Token("access-1", "refresh-1", time.time() - 5, "https://www.zohoapis.com"))
    assert store.load() == Token(refresh_token="refresh-1", api_domain="https://www.zohoapis.com")
    store.clear()
    assert store.load() is None


async def test_the_async_side_sees_what_the_sync_side_saved(redis_url: str, closing: Closing) -> None:
    store = closing(RedisTokenStore(redis_url, key="both"))
    token = Token("access-2", "refresh-2", time.time() + 60)
    store.save(token)
    assert await store.aload() == token
    await store.asave(token.replace(access_token="access-3"))
    assert store.load() == token.replace(access_token="access-3")
    await store.aclear()
    assert store.load() is None
    await store.aclose()


async def test_a_store_built_from_a_client_runs_it_in_a_thread_for_async_requests(
    redis_url: str, closing: Closing
) -> None:
    store = RedisTokenStore(closing(redis.Redis.from_url(redis_url)), key="threaded")
    token = Token("access-4", "refresh-4", time.time() + 60)
    await store.asave(token)
    assert await store.aload() == token
    async with store.alock():
        pass


def test_a_garbled_key_is_a_clear_error(redis_url: str, closing: Closing) -> None:
    closing(redis.Redis.from_url(redis_url)).set("bad:access", "not json")
    with pytest.raises(RedisStoreError, match="hold no valid token"):
        closing(RedisTokenStore(redis_url, key="bad")).load()


def test_the_lock_is_exclusive_and_bounded(redis_url: str, closing: Closing) -> None:
    store = closing(RedisTokenStore(redis_url, key="locked", lock_timeout=0.1))
    other = closing(RedisTokenStore(redis_url, key="locked", lock_timeout=0.1))
    with store.lock(), pytest.raises(zohokit.StoreLockTimeout), other.lock():
        pass
    with store.lock():
        pass


def test_a_dead_lock_holder_releases_by_lease(redis_url: str, closing: Closing) -> None:
    """A holder that never releases (a crashed worker) stops blocking after the lease."""
    dead = closing(RedisTokenStore(redis_url, key="leased", lock_lease=0.3))
    dead.lock().__enter__()  # never exited
    waiting = closing(RedisTokenStore(redis_url, key="leased", lock_timeout=5.0))
    with waiting.lock():
        pass


def test_unreachable_redis_does_not_fail_a_call_that_can_succeed(
    caplog: pytest.LogCaptureFixture, closing: Closing
) -> None:
    fake = FakeZoho()
    store = closing(RedisTokenStore(unreachable_url(), lock_timeout=0.1))
    auth = zohokit.ZohoOAuth(CLIENT_ID, CLIENT_SECRET, refresh_token=REFRESH_TOKEN, store=store)
    with (
        caplog.at_level(logging.WARNING, logger="zohokit.auth"),
        httpx.Client(transport=fake.transport(), auth=auth) as http,
    ):
        assert http.get(API).status_code == 200
    assert "cannot read the token store" in caplog.text
    assert "renewing without the token store's lock" in caplog.text
    assert "cannot save the new token" in caplog.text


def test_an_unreachable_shared_limit_raises_unless_a_fallback_was_chosen(
    caplog: pytest.LogCaptureFixture, closing: Closing
) -> None:
    url = unreachable_url()
    with pytest.raises(SharedLimitUnavailable, match="cannot reach Redis"):
        closing(SharedConcurrencyLimit(url, 10)).acquire()
    fallback = zohokit.ConcurrencyLimit(2)
    limit = closing(SharedConcurrencyLimit(url, 10, fallback=fallback))
    with caplog.at_level(logging.WARNING, logger="zohokit.shared_limits"):
        releases = [limit.acquire(), limit.acquire()]
    assert "using the per-process fallback" in caplog.text
    assert not fallback._semaphore.acquire(blocking=False), "the fallback's two slots are taken"
    for release in releases:
        release()


def test_waiters_get_slots_first_come_first_served(redis_url: str, closing: Closing) -> None:
    limit = closing(SharedConcurrencyLimit(redis_url, 1, key="fair", lease=5.0, timeout=10.0))
    raw = closing(redis.Redis.from_url(redis_url))
    first = limit.acquire()
    order: list[int] = []

    def take(n: int) -> None:
        release = limit.acquire()
        order.append(n)
        release()

    threads = [threading.Thread(target=take, args=(n,)) for n in range(4)]
    for number, thread in enumerate(threads):
        thread.start()
        while raw.zcard("fair:queue") < number + 1:  # wait until this waiter holds its ticket
            time.sleep(0.005)
    first()
    for thread in threads:
        thread.join(timeout=10)
    assert order == [0, 1, 2, 3]
    assert limit.in_use() == 0


async def test_async_waiters_are_bounded_by_the_timeout(redis_url: str, closing: Closing) -> None:
    limit = closing(SharedConcurrencyLimit(redis_url, 1, key="bounded", lease=5.0, timeout=0.2))
    release = await limit.aacquire()
    with pytest.raises(SlotWaitTimeout):
        await limit.aacquire()
    release()
    again = await limit.aacquire()
    again()
    await limit.aclose()


def test_a_budget_in_wait_mode_gives_up_after_max_wait(redis_url: str, closing: Closing) -> None:
    budget = closing(CreditBudget(redis_url, 5, key="waiting", when_exhausted="wait", max_wait=0.1))
    budget.charge(5)
    with pytest.raises(CreditBudgetExhausted) as caught:
        budget.charge(1)
    assert caught.value.remaining == 0
    assert budget.used() == 5


def test_an_unreachable_budget_raises_unless_allowed(caplog: pytest.LogCaptureFixture, closing: Closing) -> None:
    url = unreachable_url()
    with pytest.raises(SharedLimitUnavailable):
        closing(CreditBudget(url, 100)).charge(1)
    with caplog.at_level(logging.WARNING, logger="zohokit.credits"):
        assert closing(CreditBudget(url, 100, unavailable="allow")).charge(1) is None
    assert "goes uncounted" in caplog.text


def test_refunds_give_credits_back(redis_url: str, closing: Closing) -> None:
    budget = closing(CreditBudget(redis_url, 100, key="refunds"))
    token = budget.charge(10)
    budget.refund(10, token)
    assert budget.used() == 0
    assert budget.remaining() == 100

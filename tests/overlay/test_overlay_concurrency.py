"""One refresh at a time: 100 concurrent requests (threads or asyncio tasks) cause one token request."""

from __future__ import annotations

import asyncio
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx

from tests.overlay.fakes import CLIENT_ID, CLIENT_SECRET, EU_ACCOUNTS, NOW, REFRESH_TOKEN, FakeClock, FakeZoho
from zohokit import FileTokenStore, Token, ZohoOAuth

API = "https://www.zohoapis.eu/crm/v2"
CONCURRENCY = 100


def auth_with(token: Token, clock: FakeClock, **kwargs: object) -> ZohoOAuth:
    return ZohoOAuth(
        CLIENT_ID,
        CLIENT_SECRET,
        token=token,
        accounts_server=EU_ACCOUNTS,
        clock=clock,
        **kwargs,  # type: ignore[arg-type]
    )


EXPIRED = Token(access_token="expired", refresh_token=REFRESH_TOKEN, expires_at=NOW - 10)
REVOKED = Token(access_token="revoked", refresh_token=REFRESH_TOKEN, expires_at=NOW + 3000)


def run_threads(fake: FakeZoho, auth: ZohoOAuth) -> list[httpx.Response]:
    barrier = threading.Barrier(CONCURRENCY)
    with httpx.Client(
        transport=fake.transport(), auth=auth, base_url=API, limits=httpx.Limits(max_connections=None)
    ) as client:

        def call(_: int) -> httpx.Response:
            barrier.wait()
            return client.get("/Leads")

        with ThreadPoolExecutor(max_workers=CONCURRENCY) as pool:
            return list(pool.map(call, range(CONCURRENCY)))


async def run_tasks(fake: FakeZoho, auth: ZohoOAuth) -> list[httpx.Response]:
    async with httpx.AsyncClient(transport=fake.transport(), auth=auth, base_url=API) as client:
        return await asyncio.gather(*(client.get("/Leads") for _ in range(CONCURRENCY)))


def assert_one_refresh(fake: FakeZoho, responses: list[httpx.Response], stale: str) -> None:
    assert [r.status_code for r in responses] == [200] * CONCURRENCY
    assert len(fake.token_requests) == 1
    used = fake.tokens_used()
    assert used.count("access-1") == CONCURRENCY
    assert set(used) <= {"access-1", stale}


def test_expired_token_100_threads_one_refresh() -> None:
    fake = FakeZoho(token_delay=0.05)
    responses = run_threads(fake, auth_with(EXPIRED, FakeClock()))
    assert_one_refresh(fake, responses, "expired")
    assert "expired" not in fake.tokens_used()  # refreshed proactively, never sent


async def test_expired_token_100_tasks_one_refresh() -> None:
    fake = FakeZoho(token_delay=0.05)
    responses = await run_tasks(fake, auth_with(EXPIRED, FakeClock()))
    assert_one_refresh(fake, responses, "expired")
    assert "expired" not in fake.tokens_used()


def test_rejected_token_100_threads_one_refresh() -> None:
    fake = FakeZoho(token_delay=0.05)
    responses = run_threads(fake, auth_with(REVOKED, FakeClock()))
    assert_one_refresh(fake, responses, "revoked")


async def test_rejected_token_100_tasks_one_refresh() -> None:
    fake = FakeZoho(token_delay=0.05)
    responses = await run_tasks(fake, auth_with(REVOKED, FakeClock()))
    assert_one_refresh(fake, responses, "revoked")
    assert fake.tokens_used().count("revoked") >= 1


def test_auth_shared_across_event_loops() -> None:
    fake = FakeZoho()
    clock = FakeClock()
    auth = auth_with(EXPIRED, clock)
    for _ in range(2):  # two event loops in turn; the auth keeps a lock per loop
        loop = asyncio.new_event_loop()
        try:
            responses = loop.run_until_complete(run_tasks(fake, auth))
        finally:
            loop.close()
        assert all(r.status_code == 200 for r in responses)
        clock.advance(4000)
    assert len(fake.token_requests) == 2


def test_file_store_shared_by_two_processes_refreshes_once(tmp_path: Path) -> None:
    fake = FakeZoho(token_delay=0.01)
    clock = FakeClock()
    path = tmp_path / "token.json"
    FileTokenStore(path).save(EXPIRED)
    first = ZohoOAuth(CLIENT_ID, CLIENT_SECRET, store=FileTokenStore(path), accounts_server=EU_ACCOUNTS, clock=clock)
    second = ZohoOAuth(CLIENT_ID, CLIENT_SECRET, store=FileTokenStore(path), accounts_server=EU_ACCOUNTS, clock=clock)
    assert all(r.status_code == 200 for r in run_threads(fake, first))
    assert all(r.status_code == 200 for r in run_threads(fake, second))
    assert len(fake.token_requests) == 1
    stored = FileTokenStore(path).load()
    assert stored is not None and stored.access_token == "access-1" and stored.refresh_token == REFRESH_TOKEN

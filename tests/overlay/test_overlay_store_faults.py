"""Token-store faults never fail a call that can succeed; the file store's lock; redaction of
percent-encoded secrets."""

from __future__ import annotations

import asyncio
import logging
import threading
from pathlib import Path

import httpx
import pytest

import zohokit
from zohokit._redact import redact
from zohokit.locks import LockingTokenStore
from zohokit.tokens import Token

from .fakes import CLIENT_ID, CLIENT_SECRET, REFRESH_TOKEN, US_ACCOUNTS, FakeClock, FakeZoho

API = "https://www.zohoapis.com/crm/v2/Leads"


def auth_for(
    store: zohokit.TokenStore, *, refresh_token: str | None = REFRESH_TOKEN, **kwargs: object
) -> zohokit.ZohoOAuth:
    return zohokit.ZohoOAuth(
        CLIENT_ID,
        CLIENT_SECRET,
        refresh_token=refresh_token,
        store=store,
        clock=FakeClock(),
        **kwargs,  # type: ignore[arg-type]
    )


def vanished_store(tmp_path: Path) -> zohokit.FileTokenStore:
    """A file store whose directory has been replaced by a regular file: every save fails."""
    store = zohokit.FileTokenStore(tmp_path / "gone" / "token.json")
    (tmp_path / "gone").write_text("not a directory")
    return store


def test_a_store_that_cannot_be_written_does_not_fail_the_call(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    fake = FakeZoho()
    announced: list[Token] = []
    auth = auth_for(vanished_store(tmp_path), on_token_update=announced.append)
    with (
        caplog.at_level(logging.WARNING, logger="zohokit.auth"),
        httpx.Client(transport=fake.transport(), auth=auth) as http,
    ):
        first = http.get(API)
        second = http.get(API)
    assert (first.status_code, second.status_code) == (200, 200)
    assert len(fake.token_requests) == 1, "the fresh token is used, not refreshed again"
    assert [t.access_token for t in announced] == ["access-1"], "on_token_update still runs"
    assert "cannot save the new token" in caplog.text
    assert REFRESH_TOKEN not in caplog.text and "access-1" not in caplog.text


async def test_a_store_that_cannot_be_written_does_not_fail_an_async_call(tmp_path: Path) -> None:
    fake = FakeZoho()
    announced: list[Token] = []
    auth = auth_for(vanished_store(tmp_path), on_token_update=announced.append)
    async with httpx.AsyncClient(transport=fake.transport(), auth=auth) as http:
        response = await http.get(API)
    assert response.status_code == 200
    assert [t.access_token for t in announced] == ["access-1"]


@pytest.mark.parametrize("content", ["not json", '["a list"]', '{"expires_at": "soon"}'])
def test_a_corrupt_store_with_a_refresh_token_refreshes_and_is_repaired(
    tmp_path: Path, content: str, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "token.json"
    path.write_text(content)
    fake = FakeZoho()
    store = zohokit.FileTokenStore(path)
    with (
        caplog.at_level(logging.WARNING, logger="zohokit.auth"),
        httpx.Client(transport=fake.transport(), auth=auth_for(store)) as http,
    ):
        assert http.get(API).status_code == 200
        assert http.get(API).status_code == 200
    assert len(fake.token_requests) == 1
    assert "cannot read the token store" in caplog.text
    stored = store.load()
    assert stored is not None and stored.access_token == "access-1", "the next save repairs the file"


def test_a_corrupt_store_without_another_source_of_tokens_still_raises(tmp_path: Path) -> None:
    path = tmp_path / "token.json"
    path.write_text("not json")
    auth = zohokit.ZohoOAuth(CLIENT_ID, CLIENT_SECRET, store=zohokit.FileTokenStore(path), clock=FakeClock())
    with httpx.Client(transport=FakeZoho().transport(), auth=auth) as http, pytest.raises(zohokit.ZohoKitError):
        http.get(API)


def test_file_and_memory_stores_offer_a_lock() -> None:
    assert isinstance(zohokit.FileTokenStore("token.json"), LockingTokenStore)
    assert isinstance(zohokit.MemoryTokenStore(), LockingTokenStore)


def test_auth_objects_sharing_a_memory_store_refresh_once() -> None:
    """Forty auth objects of one process, on forty threads, with an expired token: one refresh."""
    fake = FakeZoho(token_delay=0.01)
    store = zohokit.MemoryTokenStore()
    auths = [auth_for(store) for _ in range(40)]
    statuses: list[int] = []

    def call(auth: zohokit.ZohoOAuth) -> None:
        with httpx.Client(transport=fake.transport(), auth=auth) as http:
            statuses.append(http.get(API).status_code)

    threads = [threading.Thread(target=call, args=(auth,)) for auth in auths]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert statuses == [200] * 40
    assert len(fake.token_requests) == 1


async def test_async_auth_objects_sharing_a_memory_store_refresh_once() -> None:
    fake = FakeZoho(token_delay=0.01)
    store = zohokit.MemoryTokenStore()

    async def call(auth: zohokit.ZohoOAuth) -> int:
        async with httpx.AsyncClient(transport=fake.transport(), auth=auth) as http:
            return (await http.get(API)).status_code

    assert await asyncio.gather(*(call(auth_for(store)) for _ in range(40))) == [200] * 40
    assert len(fake.token_requests) == 1


async def test_a_cancelled_waiter_leaves_the_memory_lock_free() -> None:
    store = zohokit.MemoryTokenStore(lock_timeout=5.0)

    async def hold_then_wait() -> None:
        async with store.alock():
            await asyncio.sleep(10)

    async def wait() -> None:
        async with store.alock():
            pass

    holder = asyncio.create_task(hold_then_wait())
    await asyncio.sleep(0.01)
    waiter = asyncio.create_task(wait())
    await asyncio.sleep(0.02)
    waiter.cancel()
    holder.cancel()
    await asyncio.gather(holder, waiter, return_exceptions=True)
    with store.lock():
        pass


def test_a_lock_held_too_long_is_logged_and_the_refresh_goes_ahead(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """Another holder (here: the same file locked through a second descriptor) keeps the lock
    past the store's lock_timeout: the waiting auth object refreshes without it."""
    path = tmp_path / "token.json"
    holder = zohokit.FileTokenStore(path)
    fake = FakeZoho()
    auth = auth_for(zohokit.FileTokenStore(path, lock_timeout=0.05))
    with (
        holder.lock(),
        caplog.at_level(logging.WARNING, logger="zohokit.auth"),
        httpx.Client(transport=fake.transport(), auth=auth) as http,
    ):
        assert http.get(API).status_code == 200
    assert "renewing without the token store's lock" in caplog.text
    assert len(fake.token_requests) == 1


async def test_the_async_lock_of_a_file_store_serialises_holders(tmp_path: Path) -> None:
    store = zohokit.FileTokenStore(tmp_path / "token.json", lock_timeout=0.05)
    async with store.alock():
        with pytest.raises(zohokit.StoreLockTimeout):
            async with zohokit.FileTokenStore(tmp_path / "token.json", lock_timeout=0.05).alock():
                pass
    async with store.alock():
        pass


def test_the_lock_file_is_private(tmp_path: Path) -> None:
    store = zohokit.FileTokenStore(tmp_path / "token.json")
    with store.lock():
        pass
    assert store.lock_path.exists() is False or (store.lock_path.stat().st_mode & 0o077) == 0


SECRET = "s3cr/t+va lue&x=%y"


@pytest.mark.parametrize(
    "echo",
    [
        SECRET,
        "s3cr%2Ft%2Bva%20lue%26x%3D%25y",  # quote(safe="")
        "s3cr/t%2Bva%20lue%26x%3D%25y",  # quote()
        "s3cr%2Ft%2Bva+lue%26x%3D%25y",  # quote_plus()
        "s3cr%2ft%2bva+lue%26x%3d%25y",  # lower-case escapes
    ],
)
def test_redaction_covers_percent_encoded_secrets(echo: str) -> None:
    assert redact(f"error: client_secret={echo}&grant_type=refresh_token", [SECRET]) == (
        "error: client_secret=***&grant_type=refresh_token"
    )


def test_a_token_error_echoing_the_form_body_shows_no_secret() -> None:
    def echo_form(request: httpx.Request) -> httpx.Response:
        return httpx.Response(400, json={"error": "invalid_client", "error_description": request.content.decode()})

    auth = zohokit.ZohoOAuth(CLIENT_ID, SECRET, refresh_token=REFRESH_TOKEN, accounts_server=US_ACCOUNTS)
    with httpx.Client(transport=httpx.MockTransport(echo_form)) as http, pytest.raises(zohokit.TokenError) as caught:
        auth.fetch_token(http)
    text = f"{caught.value} {caught.value.description} {caught.value!r}"
    assert "invalid_client" in text
    for form in ("s3cr%2Ft", "va+lue", "va%20lue", SECRET, REFRESH_TOKEN):
        assert form not in text

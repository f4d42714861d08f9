"""Connect OAuth2: client credentials and authorization code (+ refresh), sync and async."""

from __future__ import annotations

import base64
import hashlib
import itertools
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

from tests.overlay.fakes import NOW, FakeClock, form_of, json_response
from zohokit import (
    CONNECTID_TOKEN_URL,
    ConnectAuthorizationCode,
    ConnectClientCredentials,
    MemoryTokenStore,
    Token,
    TokenError,
    connect_authorization_url,
    pkce_pair,
)
from zohokit.errors import InsecureTransportError

TOKEN_URL = "https://login.connect.example/oauth/token"
API = "https://api.connect.example/capi"
CLIENT_ID = "connect-client"
CLIENT_SECRET = "connect-s3cret-value"
CODE = "connect-c0de-value"
REFRESH = "connect-r3fresh-value"
VERIFIER = "v" * 50


@dataclass
class FakeConnect:
    """A scripted ConnectID token endpoint and Connect API."""

    refresh_returns_new_refresh_token: bool = False
    api_answer: Callable[[httpx.Request], httpx.Response] | None = None
    token_requests: list[httpx.Request] = field(default_factory=list)
    api_authorizations: list[str] = field(default_factory=list)
    valid: set[str] = field(default_factory=set)
    _ids: itertools.count[int] = field(default_factory=lambda: itertools.count(1))

    def handle(self, request: httpx.Request) -> httpx.Response:
        if str(request.url) == TOKEN_URL:
            self.token_requests.append(request)
            form = form_of(request)
            client_ok = (form.get("client_id"), form.get("client_secret")) == (CLIENT_ID, CLIENT_SECRET)
            basic = request.headers.get("Authorization", "")
            if basic.startswith("Basic "):
                client_ok = base64.b64decode(basic[6:]).decode() == f"{CLIENT_ID}:{CLIENT_SECRET}"
            if not client_ok:
                return json_response(401, {"error": "invalid_client", "error_description": "bad client"})
            token = f"bearer-{next(self._ids)}"
            self.valid.add(token)
            body: dict[str, object] = {"access_token": token, "token_type": "bearer", "expires_in": 300}
            grant = form["grant_type"]
            if grant == "authorization_code" or (grant == "refresh_token" and self.refresh_returns_new_refresh_token):
                body["refresh_token"] = f"refresh-{token}"
            return json_response(200, body)
        header = request.headers.get("Authorization", "")
        self.api_authorizations.append(header)
        if self.api_answer is not None:
            return self.api_answer(request)
        if not header.startswith("Bearer ") or header[7:] not in self.valid:
            return httpx.Response(401, headers={"WWW-Authenticate": 'Bearer error="invalid_token"'})
        return json_response(200, {"status": "ok"})

    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self.handle)


def client_credentials(clock: FakeClock, **kwargs: object) -> ConnectClientCredentials:
    return ConnectClientCredentials(CLIENT_ID, CLIENT_SECRET, token_url=TOKEN_URL, clock=clock, **kwargs)  # type: ignore[arg-type]


def sync_post(fake: FakeConnect, auth: httpx.Auth) -> httpx.Response:
    with httpx.Client(transport=fake.transport(), auth=auth, base_url=API) as client:
        return client.post("/v1/client/recruitment", json={"product": "CO27409"})


async def async_post(fake: FakeConnect, auth: httpx.Auth) -> httpx.Response:
    async with httpx.AsyncClient(transport=fake.transport(), auth=auth, base_url=API) as client:
        return await client.post("/v1/client/recruitment", json={"product": "CO27409"})


# ---------------------------------------------------------------------- client credentials


def assert_client_credentials(fake: FakeConnect, response: httpx.Response, basic: bool) -> None:
    assert response.status_code == 200
    (token_request,) = fake.token_requests
    form = form_of(token_request)
    assert form["grant_type"] == "client_credentials"
    assert form.get("scope") == "recruitment"
    if basic:
        assert "client_secret" not in form
        assert token_request.headers["Authorization"].startswith("Basic ")
    else:
        assert (form["client_id"], form["client_secret"]) == (CLIENT_ID, CLIENT_SECRET)
        assert "Authorization" not in token_request.headers
    assert fake.api_authorizations == ["Bearer bearer-1"]


@pytest.mark.parametrize("client_auth", ["post", "basic"])
def test_client_credentials_sync(client_auth: str) -> None:
    fake = FakeConnect()
    auth = client_credentials(FakeClock(), scope="recruitment", client_auth=client_auth)
    assert_client_credentials(fake, sync_post(fake, auth), client_auth == "basic")


@pytest.mark.parametrize("client_auth", ["post", "basic"])
async def test_client_credentials_async(client_auth: str) -> None:
    fake = FakeConnect()
    auth = client_credentials(FakeClock(), scope="recruitment", client_auth=client_auth)
    assert_client_credentials(fake, await async_post(fake, auth), client_auth == "basic")


def test_client_credentials_renew_on_expiry_and_on_rejection_sync() -> None:
    fake, clock = FakeConnect(), FakeClock()
    auth = client_credentials(clock)
    sync_post(fake, auth)
    clock.advance(300 - 30)  # within the 60 s leeway
    sync_post(fake, auth)
    fake.valid.clear()  # the server forgets every token: one renewal, one retry
    assert sync_post(fake, auth).status_code == 200
    assert [form_of(r)["grant_type"] for r in fake.token_requests] == ["client_credentials"] * 3
    assert fake.api_authorizations == ["Bearer bearer-1", "Bearer bearer-2", "Bearer bearer-2", "Bearer bearer-3"]


async def test_client_credentials_renew_on_rejection_async() -> None:
    fake, clock = FakeConnect(), FakeClock()
    auth = client_credentials(clock, token=Token(access_token="stale", expires_at=NOW + 1000))
    assert (await async_post(fake, auth)).status_code == 200
    assert fake.api_authorizations == ["Bearer stale", "Bearer bearer-1"]


@pytest.mark.parametrize("challenge", ['Bearer error="insufficient_scope"', 'Bearer realm="x", error=invalid_request'])
def test_other_bearer_errors_do_not_renew(challenge: str) -> None:
    fake = FakeConnect(api_answer=lambda request: httpx.Response(401, headers={"WWW-Authenticate": challenge}))
    auth = client_credentials(FakeClock())
    assert sync_post(fake, auth).status_code == 401
    assert len(fake.token_requests) == 1 and len(fake.api_authorizations) == 1


async def test_other_bearer_errors_do_not_renew_async() -> None:
    challenge = 'Bearer error="insufficient_scope"'
    fake = FakeConnect(api_answer=lambda request: httpx.Response(401, headers={"WWW-Authenticate": challenge}))
    auth = client_credentials(FakeClock())
    assert (await async_post(fake, auth)).status_code == 401
    assert len(fake.token_requests) == 1 and len(fake.api_authorizations) == 1


async def test_bad_client_is_a_token_error_without_the_secret_async() -> None:
    fake = FakeConnect()
    auth = ConnectClientCredentials(CLIENT_ID, "wrong-" + CLIENT_SECRET, token_url=TOKEN_URL)
    with pytest.raises(TokenError, match="invalid_client: bad client") as caught:
        await async_post(fake, auth)
    assert caught.value.status_code == 401
    assert CLIENT_SECRET not in str(caught.value)
    assert not fake.api_authorizations


# ---------------------------------------------------------------------- authorization code


def code_auth(clock: FakeClock, **kwargs: object) -> ConnectAuthorizationCode:
    return ConnectAuthorizationCode(
        CLIENT_ID,
        CLIENT_SECRET,
        token_url=TOKEN_URL,
        code=CODE,
        redirect_uri="https://app.example/cb",
        code_verifier=VERIFIER,
        clock=clock,
        **kwargs,  # type: ignore[arg-type]
    )


def assert_code_flow(fake: FakeConnect, auth: ConnectAuthorizationCode, store: MemoryTokenStore) -> None:
    exchange, refresh = fake.token_requests
    assert form_of(exchange) == {
        "grant_type": "authorization_code",
        "code": CODE,
        "redirect_uri": "https://app.example/cb",
        "code_verifier": VERIFIER,
        "client_id": CLIENT_ID,
        "client_secret": CLIENT_SECRET,
    }
    assert form_of(refresh) == {
        "grant_type": "refresh_token",
        "refresh_token": "refresh-bearer-1",
        "client_id": CLIENT_ID,
        "client_secret": CLIENT_SECRET,
    }
    assert fake.api_authorizations == ["Bearer bearer-1", "Bearer bearer-2"]
    token = auth.token
    assert token is not None and token.refresh_token == "refresh-bearer-1"  # kept across the refresh
    assert store.load() == token


def test_authorization_code_exchange_then_refresh_sync() -> None:
    fake, clock, store = FakeConnect(), FakeClock(), MemoryTokenStore()
    auth = code_auth(clock, store=store)
    sync_post(fake, auth)
    clock.advance(301)
    sync_post(fake, auth)
    assert_code_flow(fake, auth, store)


async def test_authorization_code_exchange_then_refresh_async() -> None:
    fake, clock, store = FakeConnect(), FakeClock(), MemoryTokenStore()
    auth = code_auth(clock, store=store)
    await async_post(fake, auth)
    clock.advance(301)
    await async_post(fake, auth)
    assert_code_flow(fake, auth, store)


def test_rotated_refresh_token_replaces_the_old_one() -> None:
    fake, clock = FakeConnect(refresh_returns_new_refresh_token=True), FakeClock()
    auth = ConnectAuthorizationCode(CLIENT_ID, CLIENT_SECRET, token_url=TOKEN_URL, refresh_token=REFRESH, clock=clock)
    sync_post(fake, auth)
    assert form_of(fake.token_requests[0])["refresh_token"] == REFRESH
    assert auth.token is not None and auth.token.refresh_token == "refresh-bearer-1"


def test_authorization_code_needs_a_source() -> None:
    with pytest.raises(ValueError, match="code"):
        ConnectAuthorizationCode(CLIENT_ID, CLIENT_SECRET, token_url=TOKEN_URL)
    with pytest.raises(ValueError, match="client_auth"):
        ConnectClientCredentials(CLIENT_ID, CLIENT_SECRET, client_auth="jwt")  # type: ignore[arg-type]
    assert ConnectClientCredentials(CLIENT_ID, CLIENT_SECRET).token_url == CONNECTID_TOKEN_URL


def test_authorization_url_and_pkce() -> None:
    verifier, challenge = pkce_pair()
    expected = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).decode().rstrip("=")
    assert challenge == expected and 43 <= len(verifier) <= 128
    url = connect_authorization_url(
        client_id=CLIENT_ID,
        redirect_uri="https://app.example/cb",
        scopes=["a", "b"],
        state="s",
        code_challenge=challenge,
    )
    parts = urlsplit(url)
    assert f"{parts.scheme}://{parts.netloc}{parts.path}" == "https://connectid.no/user/oauth/authorize"
    assert {k: v[0] for k, v in parse_qs(parts.query).items()} == {
        "response_type": "code",
        "client_id": CLIENT_ID,
        "redirect_uri": "https://app.example/cb",
        "scope": "a b",
        "state": "s",
        "code_challenge": challenge,
        "code_challenge_method": "S256",
    }


def test_insecure_token_url_is_refused() -> None:
    with pytest.raises(InsecureTransportError):
        ConnectClientCredentials(CLIENT_ID, CLIENT_SECRET, token_url="http://login.connect.example/token")


def test_connect_auth_repr_hides_secrets() -> None:
    fake = FakeConnect()
    auth = code_auth(FakeClock())
    sync_post(fake, auth)
    text = repr(auth) + str(auth)
    for secret in (CLIENT_SECRET, CODE, VERIFIER, "bearer-1", "refresh-bearer-1"):
        assert secret not in text
    assert "has_access_token=True" in text

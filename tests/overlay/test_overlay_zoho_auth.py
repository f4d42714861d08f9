"""ZohoOAuth: grant URL and redirect, code exchange, refresh, 401 retry, revoke — sync and async."""

from __future__ import annotations

import logging
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

from tests.overlay.fakes import (
    API_DOMAIN,
    CLIENT_ID,
    CLIENT_SECRET,
    EU_ACCOUNTS,
    GRANT_CODE,
    NOW,
    REDIRECT_URI,
    REFRESH_TOKEN,
    SECRETS,
    US_ACCOUNTS,
    FakeClock,
    FakeZoho,
    form_of,
    json_response,
    zoho_error,
)
from zohokit import (
    MemoryTokenStore,
    Token,
    TokenError,
    ZohoOAuth,
    authorization_url,
    parse_grant_redirect,
)
from zohokit.datacenters import EU
from zohokit.errors import InsecureTransportError

API = "https://www.zohoapis.eu/crm/v2"


def make_auth(clock: FakeClock, **kwargs: object) -> ZohoOAuth:
    options: dict[str, object] = {"refresh_token": REFRESH_TOKEN, "accounts_server": EU_ACCOUNTS, "clock": clock}
    options.update(kwargs)
    return ZohoOAuth(CLIENT_ID, CLIENT_SECRET, **options)  # type: ignore[arg-type]


def sync_get(fake: FakeZoho, auth: httpx.Auth, path: str = "/Leads") -> httpx.Response:
    with httpx.Client(transport=fake.transport(), auth=auth, base_url=API) as client:
        return client.get(path)


async def async_get(fake: FakeZoho, auth: httpx.Auth, path: str = "/Leads") -> httpx.Response:
    async with httpx.AsyncClient(transport=fake.transport(), auth=auth, base_url=API) as client:
        return await client.get(path)


# ---------------------------------------------------------------------- authorization URL


def test_authorization_url_carries_every_parameter() -> None:
    url = authorization_url(
        client_id=CLIENT_ID,
        scopes=["ZohoCRM.modules.ALL", "ZohoCRM.settings.ALL"],
        redirect_uri=REDIRECT_URI,
        state="xyz",
        dc="eu",
    )
    parts = urlsplit(url)
    query = {k: v[0] for k, v in parse_qs(parts.query).items()}
    assert f"{parts.scheme}://{parts.netloc}{parts.path}" == "https://accounts.zoho.eu/oauth/v2/auth"
    assert query == {
        "scope": "ZohoCRM.modules.ALL,ZohoCRM.settings.ALL",
        "client_id": CLIENT_ID,
        "response_type": "code",
        "access_type": "offline",
        "redirect_uri": REDIRECT_URI,
        "prompt": "consent",
        "state": "xyz",
    }


def test_authorization_url_online_without_prompt_defaults_to_us() -> None:
    url = authorization_url(
        client_id=CLIENT_ID, scopes=["ZohoCRM.users.ALL"], redirect_uri=REDIRECT_URI, access_type="online", prompt=None
    )
    query = parse_qs(urlsplit(url).query)
    assert url.startswith("https://accounts.zoho.com/oauth/v2/auth?")
    assert query["access_type"] == ["online"]
    assert "prompt" not in query and "state" not in query


def test_authorization_url_needs_a_scope() -> None:
    with pytest.raises(ValueError, match="scope"):
        authorization_url(client_id=CLIENT_ID, scopes=[], redirect_uri=REDIRECT_URI)


# ---------------------------------------------------------------------- grant redirect


def test_parse_grant_redirect_reads_code_location_and_server() -> None:
    grant = parse_grant_redirect(
        f"{REDIRECT_URI}?code={GRANT_CODE}&location=eu&accounts-server=https%3A%2F%2Faccounts.zoho.eu&state=s1",
        expected_state="s1",
    )
    assert grant.code == GRANT_CODE
    assert grant.location == "eu"
    assert grant.accounts_server == EU_ACCOUNTS
    assert grant.state == "s1"
    assert GRANT_CODE not in repr(grant)


def test_parse_grant_redirect_falls_back_to_location_then_us() -> None:
    assert parse_grant_redirect(f"{REDIRECT_URI}?code=c&location=jp").accounts_server == "https://accounts.zoho.jp"
    assert parse_grant_redirect(f"{REDIRECT_URI}?code=c").accounts_server == US_ACCOUNTS


@pytest.mark.parametrize(
    ("query", "match"),
    [
        ("error=access_denied", "refused: access_denied"),
        ("code=c&state=other", "state"),
        ("code=c", "state"),
        ("location=eu", "no grant code"),
    ],
)
def test_parse_grant_redirect_rejects_bad_redirects(query: str, match: str) -> None:
    with pytest.raises(TokenError, match=match):
        parse_grant_redirect(f"{REDIRECT_URI}?{query}", expected_state="expected" if "state" in match else None)


def test_parse_grant_redirect_refuses_untrusted_accounts_server() -> None:
    url = f"{REDIRECT_URI}?code=c&accounts-server=https%3A%2F%2Faccounts.evil.example"
    with pytest.raises(TokenError, match="untrusted accounts server"):
        parse_grant_redirect(url)
    trusted = parse_grant_redirect(url, trusted_accounts_servers=["https://accounts.evil.example/"])
    assert trusted.accounts_server == "https://accounts.evil.example"
    local = parse_grant_redirect(f"{REDIRECT_URI}?code=c&accounts-server=http%3A%2F%2F127.0.0.1%3A8080")
    assert local.accounts_server == "http://127.0.0.1:8080"


# ---------------------------------------------------------------------- code exchange


def grant_redirect_auth(clock: FakeClock, **kwargs: object) -> ZohoOAuth:
    return ZohoOAuth.from_grant_redirect(
        f"{REDIRECT_URI}?code={GRANT_CODE}&location=eu&accounts-server=https%3A%2F%2Faccounts.zoho.eu",
        CLIENT_ID,
        CLIENT_SECRET,
        redirect_uri=REDIRECT_URI,
        clock=clock,
        **kwargs,  # type: ignore[arg-type]
    )


def assert_code_exchanged(fake: FakeZoho, auth: ZohoOAuth, store: MemoryTokenStore, response: httpx.Response) -> None:
    assert response.status_code == 200
    (token_request,) = fake.token_requests
    assert str(token_request.url) == "https://accounts.zoho.eu/oauth/v2/token"
    assert token_request.method == "POST"
    assert token_request.headers["Content-Type"] == "application/x-www-form-urlencoded"
    assert token_request.url.query == b""  # secrets travel in the body, never in the URL
    assert form_of(token_request) == {
        "grant_type": "authorization_code",
        "client_id": CLIENT_ID,
        "client_secret": CLIENT_SECRET,
        "code": GRANT_CODE,
        "redirect_uri": REDIRECT_URI,
    }
    assert fake.api_authorizations[0] == "Zoho-oauthtoken access-1"
    assert auth.token is not None and auth.token.refresh_token == REFRESH_TOKEN
    assert auth.api_domain == API_DOMAIN
    assert auth.data_center == EU
    assert store.load() == auth.token


def test_grant_code_is_exchanged_on_first_request_sync() -> None:
    fake, clock, store = FakeZoho(), FakeClock(), MemoryTokenStore()
    auth = grant_redirect_auth(clock, store=store)
    assert_code_exchanged(fake, auth, store, sync_get(fake, auth))
    clock.advance(3600)  # expired: the refresh token is used, never the spent code
    assert sync_get(fake, auth).status_code == 200
    assert form_of(fake.token_requests[1])["grant_type"] == "refresh_token"


async def test_grant_code_is_exchanged_on_first_request_async() -> None:
    fake, clock, store = FakeZoho(), FakeClock(), MemoryTokenStore()
    auth = grant_redirect_auth(clock, store=store)
    assert_code_exchanged(fake, auth, store, await async_get(fake, auth))
    clock.advance(3600)
    assert (await async_get(fake, auth)).status_code == 200
    assert form_of(fake.token_requests[1])["grant_type"] == "refresh_token"


def test_spent_grant_code_is_not_retried_sync() -> None:
    fake, clock = FakeZoho(grant_code="another-code"), FakeClock()
    auth = grant_redirect_auth(clock)
    with pytest.raises(TokenError, match="invalid_code"):
        sync_get(fake, auth)
    with pytest.raises(TokenError, match="no valid access token"):
        sync_get(fake, auth)
    assert len(fake.token_requests) == 1


async def test_spent_grant_code_is_not_retried_async() -> None:
    fake, clock = FakeZoho(grant_code="another-code"), FakeClock()
    auth = grant_redirect_auth(clock)
    with pytest.raises(TokenError, match="invalid_code"):
        await async_get(fake, auth)
    with pytest.raises(TokenError, match="no valid access token"):
        await async_get(fake, auth)
    assert len(fake.token_requests) == 1


def test_fetch_token_exchanges_eagerly() -> None:
    fake, clock = FakeZoho(), FakeClock()
    auth = grant_redirect_auth(clock)
    with httpx.Client(transport=fake.transport(), auth=auth) as http:
        token = auth.fetch_token(http)
    assert token.access_token == "access-1"
    assert form_of(fake.token_requests[0])["grant_type"] == "authorization_code"
    assert "Authorization" not in fake.token_requests[0].headers


async def test_afetch_token_refreshes_eagerly() -> None:
    fake, clock = FakeZoho(), FakeClock()
    auth = make_auth(clock)
    async with httpx.AsyncClient(transport=fake.transport(), auth=auth) as http:
        token = await auth.afetch_token(http)
    assert token.access_token == "access-1"
    assert form_of(fake.token_requests[0])["grant_type"] == "refresh_token"


# ---------------------------------------------------------------------- refresh


def assert_refreshed(fake: FakeZoho, auth: ZohoOAuth, response: httpx.Response, clock: FakeClock) -> None:
    assert response.status_code == 200
    (token_request,) = fake.token_requests
    assert form_of(token_request) == {
        "grant_type": "refresh_token",
        "client_id": CLIENT_ID,
        "client_secret": CLIENT_SECRET,
        "refresh_token": REFRESH_TOKEN,
    }
    assert fake.api_authorizations[0] == "Zoho-oauthtoken access-1"
    token = auth.token
    assert token is not None
    assert token.refresh_token == REFRESH_TOKEN  # kept: the refresh answer carries none
    assert token.expires_at == clock.now + 3600
    assert token.api_domain == API_DOMAIN


@pytest.mark.parametrize("legacy", [False, True])
def test_refresh_sync(legacy: bool) -> None:
    fake, clock = FakeZoho(legacy_expiry=legacy), FakeClock()
    auth = make_auth(clock)
    assert_refreshed(fake, auth, sync_get(fake, auth), clock)


@pytest.mark.parametrize("legacy", [False, True])
async def test_refresh_async(legacy: bool) -> None:
    fake, clock = FakeZoho(legacy_expiry=legacy), FakeClock()
    auth = make_auth(clock)
    assert_refreshed(fake, auth, await async_get(fake, auth), clock)


def test_fresh_token_is_reused_and_refreshed_within_leeway_sync() -> None:
    fake, clock = FakeZoho(), FakeClock()
    auth = make_auth(clock, leeway=60)
    sync_get(fake, auth)
    clock.advance(3600 - 61)
    sync_get(fake, auth)
    assert len(fake.token_requests) == 1
    clock.advance(2)  # now inside the leeway: refreshed before use
    sync_get(fake, auth)
    assert len(fake.token_requests) == 2
    assert fake.tokens_used() == ["access-1", "access-1", "access-2"]


async def test_fresh_token_is_reused_and_refreshed_within_leeway_async() -> None:
    fake, clock = FakeZoho(), FakeClock()
    auth = make_auth(clock, leeway=60)
    await async_get(fake, auth)
    clock.advance(3600 - 61)
    await async_get(fake, auth)
    assert len(fake.token_requests) == 1
    clock.advance(2)
    await async_get(fake, auth)
    assert fake.tokens_used() == ["access-1", "access-1", "access-2"]


@pytest.mark.parametrize("with_200", [True, False])
def test_token_error_is_raised_without_secrets_sync(with_200: bool) -> None:
    fake, clock = FakeZoho(refresh_token="other", token_error_with_200=with_200), FakeClock()
    auth = make_auth(clock)
    with pytest.raises(TokenError) as caught:
        sync_get(fake, auth)
    assert caught.value.error == "invalid_code"
    assert caught.value.status_code == (200 if with_200 else 400)
    assert not fake.api_requests
    text = f"{caught.value} {caught.value!r} {caught.value.args}"
    assert all(secret not in text for secret in SECRETS)


async def test_token_error_is_raised_without_secrets_async() -> None:
    fake, clock = FakeZoho(client_secret="different"), FakeClock()
    auth = make_auth(clock)
    with pytest.raises(TokenError, match="invalid_client") as caught:
        await async_get(fake, auth)
    assert all(secret not in str(caught.value) for secret in SECRETS)


def test_token_endpoint_echoing_a_secret_is_redacted() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return json_response(400, {"error": "invalid_grant", "error_description": f"bad token {REFRESH_TOKEN}"})

    auth = ZohoOAuth(CLIENT_ID, CLIENT_SECRET, refresh_token=REFRESH_TOKEN)
    with httpx.Client(transport=httpx.MockTransport(handler), auth=auth) as client, pytest.raises(TokenError) as caught:
        client.get("https://www.zohoapis.com/crm/v2/Leads")
    assert REFRESH_TOKEN not in str(caught.value)
    assert "***" in str(caught.value)
    assert caught.value.description == "bad token ***"


@pytest.mark.parametrize(
    "body",
    [
        {"token_type": "Bearer"},  # no access token
        ["not", "an", "object"],
    ],
)
def test_malformed_token_response_is_an_error(body: object) -> None:
    auth = ZohoOAuth(CLIENT_ID, CLIENT_SECRET, refresh_token=REFRESH_TOKEN)
    transport = httpx.MockTransport(lambda request: json_response(200, body))
    with httpx.Client(transport=transport, auth=auth) as client, pytest.raises(TokenError):
        client.get("https://www.zohoapis.com/crm/v2/Leads")


def test_non_json_token_response_is_an_error() -> None:
    auth = ZohoOAuth(CLIENT_ID, CLIENT_SECRET, refresh_token=REFRESH_TOKEN)
    transport = httpx.MockTransport(lambda request: httpx.Response(502, text="<html>bad gateway</html>"))
    with httpx.Client(transport=transport, auth=auth) as client, pytest.raises(TokenError, match="HTTP 502"):
        client.get("https://www.zohoapis.com/crm/v2/Leads")


# ---------------------------------------------------------------------- 401 INVALID_TOKEN


def revoked_token_auth(clock: FakeClock) -> ZohoOAuth:
    """An auth holding a token the server no longer accepts, though it has not expired."""
    return make_auth(clock, token=Token(access_token="revoked", refresh_token=REFRESH_TOKEN, expires_at=NOW + 3000))


def test_invalid_token_401_refreshes_once_and_retries_sync() -> None:
    fake, clock = FakeZoho(), FakeClock()
    auth = revoked_token_auth(clock)
    response = sync_get(fake, auth)
    assert response.status_code == 200
    assert fake.tokens_used() == ["revoked", "access-1"]
    assert len(fake.token_requests) == 1


async def test_invalid_token_401_refreshes_once_and_retries_async() -> None:
    fake, clock = FakeZoho(), FakeClock()
    auth = revoked_token_auth(clock)
    response = await async_get(fake, auth)
    assert response.status_code == 200
    assert fake.tokens_used() == ["revoked", "access-1"]
    assert len(fake.token_requests) == 1


def persistent_401(fake: FakeZoho, code: str = "INVALID_TOKEN") -> None:
    fake.api_handler = lambda request: zoho_error(401, code, "nope")


@pytest.mark.parametrize(
    ("code", "token_requests", "api_requests"), [("INVALID_TOKEN", 1, 2), ("OAUTH_SCOPE_MISMATCH", 0, 1)]
)
def test_401_retry_is_bounded_and_code_specific_sync(code: str, token_requests: int, api_requests: int) -> None:
    fake, clock = FakeZoho(), FakeClock()
    fake.valid_tokens.update({"revoked"})
    persistent_401(fake, code)
    auth = revoked_token_auth(clock)
    response = sync_get(fake, auth)
    assert response.status_code == 401
    assert response.json()["code"] == code
    assert len(fake.token_requests) == token_requests
    assert len(fake.api_requests) == api_requests


@pytest.mark.parametrize(
    ("code", "token_requests", "api_requests"), [("INVALID_TOKEN", 1, 2), ("OAUTH_SCOPE_MISMATCH", 0, 1)]
)
async def test_401_retry_is_bounded_and_code_specific_async(code: str, token_requests: int, api_requests: int) -> None:
    fake, clock = FakeZoho(), FakeClock()
    fake.valid_tokens.update({"revoked"})
    persistent_401(fake, code)
    auth = revoked_token_auth(clock)
    response = await async_get(fake, auth)
    assert response.status_code == 401
    assert len(fake.token_requests) == token_requests
    assert len(fake.api_requests) == api_requests


def test_401_does_not_refresh_when_someone_else_already_did_sync() -> None:
    fake, clock = FakeZoho(), FakeClock()
    auth = revoked_token_auth(clock)
    side = httpx.Client(transport=fake.transport())

    def handle(request: httpx.Request) -> httpx.Response:
        if request.url.path.startswith("/oauth"):
            return fake.handle(request)
        fake.record_api(request)
        if request.headers["Authorization"].endswith("revoked"):
            auth.fetch_token(side)  # another caller refreshes while this request is in flight
            return zoho_error(401, "INVALID_TOKEN", "invalid oauth token")
        return json_response(200, {"data": []})

    with httpx.Client(transport=httpx.MockTransport(handle), auth=auth, base_url=API) as client:
        response = client.get("/Leads")
    side.close()
    assert response.status_code == 200
    assert len(fake.token_requests) == 1  # only the other caller's refresh
    assert fake.tokens_used() == ["revoked", "access-1"]


async def test_401_does_not_refresh_when_someone_else_already_did_async() -> None:
    fake, clock = FakeZoho(), FakeClock()
    auth = revoked_token_auth(clock)

    async def ahandle(request: httpx.Request) -> httpx.Response:
        if request.url.path.startswith("/oauth"):
            return fake._accounts(request)
        fake.record_api(request)
        if request.headers["Authorization"].endswith("revoked"):
            async with httpx.AsyncClient(transport=fake.transport()) as side:
                await auth.afetch_token(side)
            return zoho_error(401, "INVALID_TOKEN", "invalid oauth token")
        return json_response(200, {"data": []})

    fake.ahandle = ahandle  # type: ignore[method-assign]
    response = await async_get(fake, auth)
    assert response.status_code == 200
    assert len(fake.token_requests) == 1
    assert fake.tokens_used() == ["revoked", "access-1"]


def test_without_refresh_token_a_401_is_returned_and_expiry_raises_sync() -> None:
    fake, clock = FakeZoho(), FakeClock()
    auth = make_auth(clock, refresh_token=None, token=Token(access_token="only", expires_at=NOW + 30))
    response = sync_get(fake, auth)  # inside the leeway but not expired: still used
    assert response.status_code == 401 and not fake.token_requests
    clock.advance(31)
    with pytest.raises(TokenError, match="no valid access token"):
        sync_get(fake, auth)


async def test_without_refresh_token_a_401_is_returned_and_expiry_raises_async() -> None:
    fake, clock = FakeZoho(), FakeClock()
    auth = make_auth(clock, refresh_token=None, token=Token(access_token="only", expires_at=NOW + 30))
    assert (await async_get(fake, auth)).status_code == 401
    clock.advance(31)
    with pytest.raises(TokenError, match="no valid access token"):
        await async_get(fake, auth)
    assert not fake.token_requests


# ---------------------------------------------------------------------- store and hook


def test_store_and_hook_receive_each_new_token_sync() -> None:
    fake, clock, store = FakeZoho(), FakeClock(), MemoryTokenStore()
    seen: list[Token] = []
    auth = make_auth(clock, store=store, on_token_update=seen.append)
    sync_get(fake, auth)
    clock.advance(3600)
    sync_get(fake, auth)
    assert [t.access_token for t in seen] == ["access-1", "access-2"]
    assert store.load() == seen[-1]


async def test_store_and_hook_receive_each_new_token_async() -> None:
    fake, clock, store = FakeZoho(), FakeClock(), MemoryTokenStore()
    seen: list[Token] = []
    auth = make_auth(clock, store=store, on_token_update=seen.append)
    await async_get(fake, auth)
    clock.advance(3600)
    await async_get(fake, auth)
    assert [t.access_token for t in seen] == ["access-1", "access-2"]
    assert store.load() == seen[-1]


def test_stored_fresh_token_is_used_without_refresh_sync() -> None:
    fake, clock = FakeZoho(), FakeClock()
    fake.valid_tokens.add("stored")
    store = MemoryTokenStore(Token(access_token="stored", refresh_token=REFRESH_TOKEN, expires_at=NOW + 1000))
    auth = ZohoOAuth(CLIENT_ID, CLIENT_SECRET, store=store, clock=clock, accounts_server=EU_ACCOUNTS)
    assert sync_get(fake, auth).status_code == 200
    assert not fake.token_requests
    assert fake.tokens_used() == ["stored"]


async def test_stored_fresh_token_is_used_without_refresh_async() -> None:
    fake, clock = FakeZoho(), FakeClock()
    fake.valid_tokens.add("stored")
    store = MemoryTokenStore(Token(access_token="stored", refresh_token=REFRESH_TOKEN, expires_at=NOW + 1000))
    auth = ZohoOAuth(CLIENT_ID, CLIENT_SECRET, store=store, clock=clock, accounts_server=EU_ACCOUNTS)
    assert (await async_get(fake, auth)).status_code == 200
    assert not fake.token_requests
    assert fake.tokens_used() == ["stored"]


def test_token_saved_by_another_process_is_adopted_before_refreshing_sync() -> None:
    fake, clock = FakeZoho(), FakeClock()
    store = MemoryTokenStore()
    first = make_auth(clock, store=store)
    second = make_auth(clock, store=store)
    sync_get(fake, first)
    sync_get(fake, second)  # finds first's token in the store: no second refresh
    assert len(fake.token_requests) == 1
    assert fake.tokens_used() == ["access-1", "access-1"]


async def test_token_saved_by_another_process_is_adopted_before_refreshing_async() -> None:
    fake, clock = FakeZoho(), FakeClock()
    store = MemoryTokenStore()
    first = make_auth(clock, store=store)
    second = make_auth(clock, store=store)
    await async_get(fake, first)
    await async_get(fake, second)
    assert len(fake.token_requests) == 1
    assert fake.tokens_used() == ["access-1", "access-1"]


def test_constructor_validates_its_inputs() -> None:
    with pytest.raises(ValueError, match="refresh_token"):
        ZohoOAuth(CLIENT_ID, CLIENT_SECRET)
    with pytest.raises(ValueError, match="client_id"):
        ZohoOAuth("", CLIENT_SECRET, refresh_token=REFRESH_TOKEN)
    with pytest.raises(ValueError, match="leeway"):
        ZohoOAuth(CLIENT_ID, CLIENT_SECRET, refresh_token=REFRESH_TOKEN, leeway=-1)
    auth = ZohoOAuth(CLIENT_ID, CLIENT_SECRET, refresh_token=REFRESH_TOKEN, dc="in")
    assert auth.accounts_server == "https://accounts.zoho.in"
    assert auth.token_url == "https://accounts.zoho.in/oauth/v2/token"


# ---------------------------------------------------------------------- revoke


def test_revoke_sync() -> None:
    fake, clock = FakeZoho(), FakeClock()
    store = MemoryTokenStore()
    auth = make_auth(clock, store=store)
    with httpx.Client(transport=fake.transport()) as http:
        auth.fetch_token(http)
        auth.revoke(http)
    revoke_request = fake.token_requests[-1]
    assert str(revoke_request.url) == "https://accounts.zoho.eu/oauth/v2/token/revoke"
    assert form_of(revoke_request) == {"token": REFRESH_TOKEN}
    assert auth.token is None and store.load() is None
    with pytest.raises(TokenError, match="no refresh token to revoke"):
        auth.build_revoke_request()


async def test_revoke_async_reports_refusal_without_secrets() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return json_response(200, {"error": "invalid_token"})

    auth = ZohoOAuth(CLIENT_ID, CLIENT_SECRET, refresh_token=REFRESH_TOKEN)
    async with httpx.AsyncClient(transport=httpx.MockTransport(handler)) as http:
        with pytest.raises(TokenError, match="invalid_token") as caught:
            await auth.arevoke(http)
    assert REFRESH_TOKEN not in str(caught.value)
    assert auth.token is not None  # not forgotten when the revoke failed


# ---------------------------------------------------------------------- transport security


def test_insecure_accounts_server_is_refused() -> None:
    with pytest.raises(InsecureTransportError, match=r"accounts\.example\.com"):
        ZohoOAuth(CLIENT_ID, CLIENT_SECRET, refresh_token=REFRESH_TOKEN, accounts_server="http://accounts.example.com")
    allowed = ZohoOAuth(
        CLIENT_ID,
        CLIENT_SECRET,
        refresh_token=REFRESH_TOKEN,
        accounts_server="http://accounts.example.com",
        allow_insecure_http=True,
    )
    assert allowed.token_url == "http://accounts.example.com/oauth/v2/token"
    for host in ("127.0.0.1:8080", "localhost", "[::1]:9000"):
        ZohoOAuth(CLIENT_ID, CLIENT_SECRET, refresh_token=REFRESH_TOKEN, accounts_server=f"http://{host}")


def test_insecure_api_request_is_refused_before_sending_sync() -> None:
    fake, clock = FakeZoho(), FakeClock()
    auth = make_auth(clock)
    with httpx.Client(transport=fake.transport(), auth=auth) as client, pytest.raises(InsecureTransportError):
        client.get("http://www.zohoapis.eu/crm/v2/Leads")
    assert not fake.token_requests and not fake.api_requests


async def test_insecure_api_request_is_refused_before_sending_async() -> None:
    fake, clock = FakeZoho(), FakeClock()
    auth = make_auth(clock)
    async with httpx.AsyncClient(transport=fake.transport(), auth=auth) as client:
        with pytest.raises(InsecureTransportError):
            await client.get("http://www.zohoapis.eu/crm/v2/Leads")
    assert not fake.token_requests and not fake.api_requests


def test_loopback_http_is_allowed() -> None:
    fake, clock = FakeZoho(), FakeClock()
    auth = make_auth(clock, accounts_server="http://127.0.0.1:8080")
    with httpx.Client(transport=fake.transport(), auth=auth) as client:
        assert client.get("http://127.0.0.1:8080/crm/v2/Leads").status_code == 200
    assert str(fake.token_requests[0].url) == "http://127.0.0.1:8080/oauth/v2/token"


# ---------------------------------------------------------------------- secrets


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_secrets_never_appear_in_repr_or_logs(caplog: pytest.LogCaptureFixture, mode: str) -> None:
    fake, clock = FakeZoho(), FakeClock()
    auth = grant_redirect_auth(clock)
    caplog.set_level(logging.DEBUG)
    if mode == "sync":
        sync_get(fake, auth)
    else:
        await async_get(fake, auth)
    token = auth.token
    assert token is not None
    secrets = [*SECRETS, token.access_token or "unreachable"]
    texts = [repr(auth), str(auth), repr(token), str(token), caplog.text]
    for text in texts:
        for secret in secrets:
            assert secret not in text
    assert "obtained a new access token" in caplog.text
    assert CLIENT_ID in repr(auth)

"""Zoho Accounts OAuth2: authorization redirect, code exchange, refresh, revocation, limits."""

from __future__ import annotations

import html
import re
from urllib.parse import parse_qs, urlsplit

import httpx

from zohokit_emulator.core.backend import Backend
from zohokit_emulator.services.accounts import directory
from zohokit_emulator.services.accounts.models import AccountsStore

CLIENT = {"client_id": "emulator-client-id", "client_secret": "emulator-client-secret"}
REDIRECT = "https://app.example.com/callback"


async def _grant(client: httpx.AsyncClient, **extra: str) -> dict[str, str]:
    params = {
        "scope": "ZohoCRM.modules.ALL,ZohoCRM.settings.ALL",
        "client_id": CLIENT["client_id"],
        "response_type": "code",
        "redirect_uri": REDIRECT,
        "access_type": "offline",
    }
    params.update(extra)
    response = await client.get("/oauth/v2/auth", params=params)
    assert response.status_code == 302, response.text
    location = response.headers["location"]
    assert location.startswith(REDIRECT + "?")
    return {k: v[0] for k, v in parse_qs(urlsplit(location).query).items()}


async def _exchange(client: httpx.AsyncClient, grant: dict[str, str]) -> httpx.Response:
    """Exchange the grant's code for tokens, as the emulator's client registered for ``REDIRECT``."""
    return await client.post(
        "/oauth/v2/token",
        data={**CLIENT, "grant_type": "authorization_code", "code": grant["code"], "redirect_uri": REDIRECT},
    )


async def test_authorization_code_flow(client: httpx.AsyncClient) -> None:
    grant = await _grant(client, state="xyz")
    assert grant["state"] == "xyz" and grant["location"] == "us"
    assert grant["accounts-server"] == "http://emulator.test"
    exchanged = await _exchange(client, grant)
    body = exchanged.json()
    assert exchanged.status_code == 200
    assert body["token_type"] == "Bearer" and body["expires_in"] == 3600
    assert body["api_domain"] == "http://emulator.test"
    assert body["scope"] == "ZohoCRM.modules.ALL ZohoCRM.settings.ALL"
    assert body["access_token"].startswith("1000.") and body["refresh_token"].startswith("1000.")
    headers = {"Authorization": f"Zoho-oauthtoken {body['access_token']}"}
    assert (await client.get("/crm/v2/Leads", headers=headers)).status_code == 200
    assert (await client.get("/crm/v2/settings/fields", params={"module": "Leads"}, headers=headers)).status_code == 200
    outside = await client.get("/crm/v2/org", headers=headers)
    assert outside.status_code == 401 and outside.json()["code"] == "OAUTH_SCOPE_MISMATCH"
    reused = await _exchange(client, grant)
    assert reused.status_code == 200 and reused.json() == {"error": "invalid_code"}
    refreshed = await client.post(
        "/oauth/v2/token",
        params={**CLIENT, "grant_type": "refresh_token", "refresh_token": body["refresh_token"]},
    )
    assert refreshed.status_code == 200 and "refresh_token" not in refreshed.json()
    assert refreshed.json()["access_token"] != body["access_token"]


async def test_online_access_gives_no_refresh_token(client: httpx.AsyncClient) -> None:
    grant = await _grant(client, access_type="online")
    body = (await _exchange(client, grant)).json()
    assert "access_token" in body and "refresh_token" not in body


async def test_grant_code_expires(client: httpx.AsyncClient) -> None:
    grant = await _grant(client)
    await client.post("/_emulator/clock", json={"advance": 121})
    late = await _exchange(client, grant)
    assert late.json() == {"error": "invalid_code"}


async def test_token_errors_are_http_200(client: httpx.AsyncClient) -> None:
    cases = [
        (
            {
                "grant_type": "refresh_token",
                "client_id": "nobody",
                "client_secret": "x",
                "refresh_token": "emulator-refresh-token",
            },
            "invalid_client",
        ),
        (
            {
                "grant_type": "refresh_token",
                "client_id": CLIENT["client_id"],
                "client_secret": "wrong",
                "refresh_token": "emulator-refresh-token",
            },
            "invalid_client_secret",
        ),
        ({**CLIENT, "grant_type": "refresh_token", "refresh_token": "1000.unknown"}, "invalid_code"),
        ({**CLIENT, "grant_type": "password"}, "unsupported_grant_type"),
        ({**CLIENT}, "unsupported_grant_type"),
    ]
    for form, error in cases:
        response = await client.post("/oauth/v2/token", data=form)
        assert response.status_code == 200 and response.json() == {"error": error}, form
    grant = await _grant(client)
    mismatch = await client.post(
        "/oauth/v2/token",
        data={
            **CLIENT,
            "grant_type": "authorization_code",
            "code": grant["code"],
            "redirect_uri": "https://elsewhere.example/cb",
        },
    )
    assert mismatch.json() == {"error": "invalid_redirect_uri"}


async def test_authorization_errors(client: httpx.AsyncClient) -> None:
    unknown = await client.get(
        "/oauth/v2/auth",
        params={"client_id": "nobody", "response_type": "code", "redirect_uri": REDIRECT, "scope": "ZohoCRM.org.ALL"},
    )
    assert unknown.status_code == 400 and unknown.headers["content-type"].startswith("text/html")
    denied = await client.get(
        "/oauth/v2/auth",
        params={
            "client_id": CLIENT["client_id"],
            "response_type": "code",
            "redirect_uri": REDIRECT,
            "scope": "ZohoCRM.org.ALL",
            "emulator_consent": "deny",
            "state": "s",
        },
    )
    assert (
        denied.status_code == 302
        and "error=access_denied" in denied.headers["location"]
        and "state=s" in denied.headers["location"]
    )
    wrong_type = await client.get(
        "/oauth/v2/auth",
        params={"client_id": CLIENT["client_id"], "response_type": "token", "redirect_uri": REDIRECT, "scope": "x"},
    )
    assert "error=unsupported_response_type" in wrong_type.headers["location"]
    registered = await client.post(
        "/_emulator/clients", json={"client_id": "strict", "client_secret": "s3cret", "redirect_uris": [REDIRECT]}
    )
    assert registered.status_code == 201
    other = await client.get(
        "/oauth/v2/auth",
        params={"client_id": "strict", "response_type": "code", "redirect_uri": "https://evil.example/", "scope": "x"},
    )
    assert other.status_code == 400


async def test_prompt_consent_shows_the_consent_screen_whose_links_answer_for_the_user(
    client: httpx.AsyncClient,
) -> None:
    asked = {
        "client_id": CLIENT["client_id"],
        "response_type": "code",
        "redirect_uri": REDIRECT,
        "scope": "ZohoCRM.modules.ALL,ZohoCRM.settings.READ",
        "access_type": "offline",
        "prompt": "consent",
        "state": "s1",
    }
    screen = await client.get("/oauth/v2/auth", params=asked)
    assert screen.status_code == 200 and screen.headers["content-type"].startswith("text/html")
    assert "ZohoCRM.modules.ALL" in screen.text and "ZohoCRM.settings.READ" in screen.text
    links = dict(re.findall(r'<a id="(accept|deny)" href="([^"]+)"', screen.text))
    accepted = await client.get(html.unescape(links["accept"]))
    assert accepted.status_code == 302
    grant = {k: v[0] for k, v in parse_qs(urlsplit(accepted.headers["location"]).query).items()}
    assert grant["state"] == "s1" and "code" in grant
    assert "refresh_token" in (await _exchange(client, grant)).json()
    denied = await client.get(html.unescape(links["deny"]))
    assert denied.status_code == 302 and "error=access_denied" in denied.headers["location"]
    # Without `prompt`, the user has authorized the client before: the redirect comes at once.
    again = await client.get("/oauth/v2/auth", params={k: v for k, v in asked.items() if k != "prompt"})
    assert again.status_code == 302 and "code=" in again.headers["location"]


async def test_revoke_kills_refresh_and_access_tokens(client: httpx.AsyncClient) -> None:
    grant = await _grant(client)
    body = (await _exchange(client, grant)).json()
    revoked = await client.post("/oauth/v2/token/revoke", params={"token": body["refresh_token"]})
    assert revoked.status_code == 200 and revoked.json() == {"status": "success"}
    after = await client.post(
        "/oauth/v2/token", data={**CLIENT, "grant_type": "refresh_token", "refresh_token": body["refresh_token"]}
    )
    assert after.json() == {"error": "invalid_code"}
    api = await client.get("/crm/v2/org", headers={"Authorization": f"Zoho-oauthtoken {body['access_token']}"})
    assert api.status_code == 401 and api.json()["code"] == "INVALID_TOKEN"
    assert (await client.post("/oauth/v2/token/revoke", data={"token": "1000.unknown"})).json() == {"status": "success"}
    assert (await client.post("/oauth/v2/token/revoke")).json() == {"error": "invalid_request"}


async def test_twenty_refresh_tokens_per_user(client: httpx.AsyncClient) -> None:
    for _ in range(19):
        grant = await _grant(client)
        body = (await _exchange(client, grant)).json()
        assert "refresh_token" in body
    grant = await _grant(client)
    refused = await _exchange(client, grant)
    assert refused.status_code == 200 and refused.json()["error"] == "access_denied"
    other_user = await _grant(client, emulator_user=directory.MANAGER.email)
    allowed = await client.post(
        "/oauth/v2/token",
        data={**CLIENT, "grant_type": "authorization_code", "code": other_user["code"], "redirect_uri": REDIRECT},
    )
    assert "refresh_token" in allowed.json()


async def test_thirty_first_access_token_evicts_the_oldest(client: httpx.AsyncClient) -> None:
    form = {**CLIENT, "grant_type": "refresh_token", "refresh_token": "emulator-refresh-token"}
    tokens = [(await client.post("/oauth/v2/token", data=form)).json()["access_token"] for _ in range(31)]
    oldest = await client.get("/crm/v2/org", headers={"Authorization": f"Zoho-oauthtoken {tokens[0]}"})
    assert oldest.status_code == 401
    for token in (tokens[1], tokens[-1]):
        assert (
            await client.get("/crm/v2/org", headers={"Authorization": f"Zoho-oauthtoken {token}"})
        ).status_code == 200


async def test_throttling_knob(client: httpx.AsyncClient) -> None:
    await client.patch("/_emulator/settings", json={"token_requests_per_minute": 2})
    form = {**CLIENT, "grant_type": "refresh_token", "refresh_token": "emulator-refresh-token"}
    assert "access_token" in (await client.post("/oauth/v2/token", data=form)).json()
    assert "access_token" in (await client.post("/oauth/v2/token", data=form)).json()
    throttled = await client.post("/oauth/v2/token", data=form)
    assert (
        throttled.status_code == 400
        and throttled.json()["error"] == "Access Denied"
        and throttled.json()["status"] == "failure"
    )


async def test_minted_tokens_and_scope_of_default_token(client: httpx.AsyncClient, backend: Backend) -> None:
    minted = await client.post(
        "/_emulator/tokens", json={"user_id": directory.SALES_REP.id, "scope": "ZohoCRM.modules.ALL,ZohoCRM.users.READ"}
    )
    assert minted.status_code == 201
    token = minted.json()["access_token"]
    me = await client.get(
        "/crm/v2/users", params={"type": "CurrentUser"}, headers={"Authorization": f"Zoho-oauthtoken {token}"}
    )
    assert me.json()["users"][0]["id"] == directory.SALES_REP.id
    store: AccountsStore = backend.store("accounts")
    assert store.refresh_tokens["emulator-refresh-token"].scopes == directory.ALL_SCOPES
    bad_user = await client.post("/_emulator/tokens", json={"user_id": "1"})
    assert bad_user.status_code == 400

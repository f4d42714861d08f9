"""Scripted fake servers for the overlay unit tests, served through ``httpx.MockTransport``.

:class:`FakeZoho` plays Zoho Accounts (``/oauth/v2/token``, ``/oauth/v2/token/revoke``) and a
Zoho API (every other path) at once, so a single transport serves both the token requests an
auth flow yields and the API requests. It is thread-safe and can slow its token endpoint down
(``token_delay``) so that concurrent requests really overlap while a refresh is in flight.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs

import httpx

CLIENT_ID = "1000.TESTCLIENTID"
CLIENT_SECRET = "s3cr3t-client-secret-value"
REFRESH_TOKEN = "1000.r3fr3sh-token-value"
GRANT_CODE = "1000.gr4nt-code-value"
REDIRECT_URI = "https://app.example.com/callback"
API_DOMAIN = "https://www.zohoapis.eu"
US_ACCOUNTS = "https://accounts.zoho.com"
EU_ACCOUNTS = "https://accounts.zoho.eu"
NOW = 1_700_000_000.0

SECRETS = (CLIENT_SECRET, REFRESH_TOKEN, GRANT_CODE)


def form_of(request: httpx.Request) -> dict[str, str]:
    """The form fields of a url-encoded request body (one value per field)."""
    return {k: v[0] for k, v in parse_qs(request.content.decode()).items()}


def json_response(status: int, body: Any, headers: Mapping[str, str] | None = None) -> httpx.Response:
    return httpx.Response(status, json=body, headers=headers)


def zoho_error(status: int, code: str, message: str) -> httpx.Response:
    return json_response(status, {"code": code, "details": {}, "message": message, "status": "error"})


@dataclass
class FakeClock:
    """A settable wall clock for token expiry."""

    now: float = NOW

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@dataclass
class FakeZoho:
    """Zoho Accounts + one Zoho API, scripted (see the module doc).

    Access tokens are issued as ``access-1``, ``access-2``, ...; the API accepts only tokens in
    ``valid_tokens`` and answers 401 ``INVALID_TOKEN`` otherwise.
    """

    client_id: str = CLIENT_ID
    client_secret: str = CLIENT_SECRET
    refresh_token: str = REFRESH_TOKEN
    grant_code: str = GRANT_CODE
    redirect_uri: str = REDIRECT_URI
    api_domain: str = API_DOMAIN
    expires_in: int = 3600
    legacy_expiry: bool = False
    token_delay: float = 0.0
    token_error_with_200: bool = True
    valid_tokens: set[str] = field(default_factory=set)
    token_requests: list[httpx.Request] = field(default_factory=list)
    api_requests: list[httpx.Request] = field(default_factory=list)
    api_authorizations: list[str] = field(default_factory=list)
    revoked: list[str] = field(default_factory=list)
    api_handler: Callable[[httpx.Request], httpx.Response] | None = None
    _counter: itertools.count[int] = field(default_factory=lambda: itertools.count(1))
    _lock: threading.Lock = field(default_factory=threading.Lock)

    # ------------------------------------------------------------------ plumbing

    def transport(self) -> httpx.MockTransport:
        """A transport serving sync clients and, through :meth:`ahandle`, async ones."""
        fake = self

        class _Transport(httpx.MockTransport):
            async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
                await request.aread()
                return await fake.ahandle(request)

        return _Transport(self.handle)

    def handle(self, request: httpx.Request) -> httpx.Response:
        if request.url.path.startswith("/oauth/v2/token"):
            if self.token_delay:
                time.sleep(self.token_delay)
            return self._accounts(request)
        return self._api(request)

    async def ahandle(self, request: httpx.Request) -> httpx.Response:
        if request.url.path.startswith("/oauth/v2/token"):
            if self.token_delay:
                await asyncio.sleep(self.token_delay)
            return self._accounts(request)
        await asyncio.sleep(0)
        return self._api(request)

    # ------------------------------------------------------------------ accounts

    def issue(self) -> str:
        with self._lock:
            token = f"access-{next(self._counter)}"
            self.valid_tokens.add(token)
            return token

    def _error(self, code: str) -> httpx.Response:
        return json_response(200 if self.token_error_with_200 else 400, {"error": code})

    def _accounts(self, request: httpx.Request) -> httpx.Response:
        form = form_of(request)
        with self._lock:
            self.token_requests.append(request)
        if request.url.path == "/oauth/v2/token/revoke":
            self.revoked.append(form.get("token", ""))
            return json_response(200, {"status": "success"})
        if form.get("client_id") != self.client_id or form.get("client_secret") != self.client_secret:
            return self._error("invalid_client")
        body: dict[str, Any] = {"api_domain": self.api_domain, "token_type": "Bearer"}
        if self.legacy_expiry:
            body.update(expires_in=self.expires_in * 1000, expires_in_sec=self.expires_in)
        else:
            body["expires_in"] = self.expires_in
        grant = form.get("grant_type")
        if grant == "refresh_token":
            if form.get("refresh_token") != self.refresh_token:
                return self._error("invalid_code")
        elif grant == "authorization_code":
            if form.get("code") != self.grant_code or form.get("redirect_uri") != self.redirect_uri:
                return self._error("invalid_code")
            self.grant_code = "already-used"
            body["refresh_token"] = self.refresh_token
        else:
            return self._error("unsupported_grant_type")
        body["access_token"] = self.issue()
        return json_response(200, body)

    # ------------------------------------------------------------------ API

    def record_api(self, request: httpx.Request) -> None:
        """Note an API request and the Authorization it carried when it arrived.

        (An auth flow re-sends the same Request object with a new header, so the header must be
        captured on arrival.)
        """
        with self._lock:
            self.api_requests.append(request)
            self.api_authorizations.append(request.headers.get("Authorization", ""))

    def _api(self, request: httpx.Request) -> httpx.Response:
        self.record_api(request)
        header = request.headers.get("Authorization", "")
        scheme, _, token = header.partition(" ")
        if scheme != "Zoho-oauthtoken" or token not in self.valid_tokens:
            return zoho_error(401, "INVALID_TOKEN", "invalid oauth token")
        if self.api_handler is not None:
            return self.api_handler(request)
        return json_response(200, {"data": [{"id": "1"}], "token": token})

    def tokens_used(self) -> list[str]:
        """The access token of each API request, in arrival order."""
        with self._lock:
            return [header.partition(" ")[2] for header in self.api_authorizations]


def body_of(response: httpx.Response) -> Any:
    return json.loads(response.content)

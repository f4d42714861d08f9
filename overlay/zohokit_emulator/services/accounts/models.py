"""Zoho Accounts state: OAuth clients, grant codes, refresh tokens, access tokens.

Rules kept (Zoho's documented ones): a grant code works once and only briefly; an access token
lives ``settings.access_token_lifetime`` seconds (3600) on the emulator clock; a user holds at
most 20 refresh tokens (the 21st is refused); a refresh token has at most 30 live access tokens
(the 31st evicts the oldest); revoking a refresh token kills its access tokens too.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ...core.errors import OAuthError, authentication_failure, invalid_token
from ...core.http import Principal
from ...core.knobs import RateWindow
from . import directory

if TYPE_CHECKING:
    from starlette.datastructures import Headers

    from ...core.backend import Backend

MAX_REFRESH_TOKENS_PER_USER = 20
MAX_ACCESS_TOKENS_PER_REFRESH_TOKEN = 30
TOKEN_PREFIX = "1000."
AUTH_SCHEMES = ("zoho-oauthtoken", "bearer")


def new_token() -> str:
    return f"{TOKEN_PREFIX}{secrets.token_hex(16)}.{secrets.token_hex(16)}"


@dataclass
class OAuthClient:
    client_id: str
    client_secret: str
    name: str
    redirect_uris: tuple[str, ...] = ()
    """Registered redirect URIs; empty means any URI is accepted (the emulator's default client)."""

    def accepts_redirect(self, uri: str) -> bool:
        return not self.redirect_uris or uri in self.redirect_uris


@dataclass
class GrantCode:
    code: str
    client_id: str
    user_id: str
    scopes: tuple[str, ...]
    redirect_uri: str
    offline: bool
    expires_at: float


@dataclass
class RefreshToken:
    token: str
    client_id: str
    user_id: str
    scopes: tuple[str, ...]
    created_at: float
    access_tokens: list[str] = field(default_factory=list)


@dataclass
class AccessToken:
    token: str
    client_id: str
    user_id: str
    scopes: tuple[str, ...]
    issued_at: float
    expires_at: float
    refresh_token: str | None


class AccountsStore:
    def __init__(self, backend: Backend) -> None:
        self.backend = backend
        self.clients: dict[str, OAuthClient] = {}
        self.grants: dict[str, GrantCode] = {}
        self.refresh_tokens: dict[str, RefreshToken] = {}
        self.access_tokens: dict[str, AccessToken] = {}
        self.throttle = RateWindow(backend.clock)
        self.refreshes = 0
        """Access tokens issued for a refresh token since the last reset."""
        self.code_exchanges = 0
        """Grant codes exchanged since the last reset."""

    def reset(self) -> None:
        config = self.backend.config
        self.throttle.reset()
        self.clients = {
            config.client_id: OAuthClient(config.client_id, config.client_secret, "Emulator default client")
        }
        self.grants = {}
        self.refresh_tokens = {}
        self.access_tokens = {}
        self.refreshes = 0
        self.code_exchanges = 0
        self.refresh_tokens[config.refresh_token] = RefreshToken(
            token=config.refresh_token,
            client_id=config.client_id,
            user_id=directory.ADMIN.id,
            scopes=directory.ALL_SCOPES,
            created_at=self.backend.clock.timestamp(),
        )

    # --- clients -------------------------------------------------------------------------------

    def register_client(
        self, client_id: str, client_secret: str, name: str = "", redirect_uris: tuple[str, ...] = ()
    ) -> OAuthClient:
        client = OAuthClient(client_id, client_secret, name or client_id, tuple(redirect_uris))
        self.clients[client_id] = client
        return client

    def _client(self, client_id: str | None, client_secret: str | None) -> OAuthClient:
        client = self.clients.get(client_id or "")
        if client is None:
            raise OAuthError("invalid_client")
        if client_secret != client.client_secret:
            raise OAuthError("invalid_client_secret")
        return client

    # --- authorization ---------------------------------------------------------------------------

    def authorize(
        self, client_id: str, redirect_uri: str, scopes: tuple[str, ...], offline: bool, user_id: str
    ) -> GrantCode:
        """A fresh grant code (the caller has checked client and redirect URI)."""
        now = self.backend.clock.timestamp()
        grant = GrantCode(
            code=new_token(),
            client_id=client_id,
            user_id=user_id,
            scopes=scopes,
            redirect_uri=redirect_uri,
            offline=offline,
            expires_at=now + self.backend.settings.grant_code_lifetime,
        )
        self.grants[grant.code] = grant
        return grant

    def exchange_code(
        self, client_id: str | None, client_secret: str | None, code: str | None, redirect_uri: str | None
    ) -> tuple[AccessToken, RefreshToken | None]:
        client = self._client(client_id, client_secret)
        grant = self.grants.get(code or "")
        now = self.backend.clock.timestamp()
        if grant is None or grant.client_id != client.client_id or grant.expires_at <= now:
            raise OAuthError("invalid_code")
        if redirect_uri is not None and redirect_uri != grant.redirect_uri:
            raise OAuthError("invalid_redirect_uri")
        refresh: RefreshToken | None = None
        if grant.offline:
            held = sum(1 for r in self.refresh_tokens.values() if r.user_id == grant.user_id)
            if held >= MAX_REFRESH_TOKENS_PER_USER:
                raise OAuthError(
                    "access_denied",
                    f"a user can hold at most {MAX_REFRESH_TOKENS_PER_USER} refresh tokens; revoke one first",
                )
            refresh = RefreshToken(new_token(), client.client_id, grant.user_id, grant.scopes, now)
            self.refresh_tokens[refresh.token] = refresh
        del self.grants[grant.code]
        self.code_exchanges += 1
        access = self.issue_access_token(client.client_id, grant.user_id, grant.scopes, refresh)
        return access, refresh

    def refresh(self, client_id: str | None, client_secret: str | None, token: str | None) -> AccessToken:
        client = self._client(client_id, client_secret)
        refresh = self.refresh_tokens.get(token or "")
        if refresh is None or refresh.client_id != client.client_id:
            raise OAuthError("invalid_code")
        self.refreshes += 1
        return self.issue_access_token(client.client_id, refresh.user_id, refresh.scopes, refresh)

    def issue_access_token(
        self, client_id: str, user_id: str, scopes: tuple[str, ...], refresh: RefreshToken | None = None
    ) -> AccessToken:
        now = self.backend.clock.timestamp()
        access = AccessToken(
            token=new_token(),
            client_id=client_id,
            user_id=user_id,
            scopes=scopes,
            issued_at=now,
            expires_at=now + self.backend.settings.access_token_lifetime,
            refresh_token=refresh.token if refresh else None,
        )
        self.access_tokens[access.token] = access
        if refresh is not None:
            live = [
                t for t in refresh.access_tokens if t in self.access_tokens and self.access_tokens[t].expires_at > now
            ]
            for stale in set(refresh.access_tokens) - set(live):
                self.access_tokens.pop(stale, None)
            while len(live) >= MAX_ACCESS_TOKENS_PER_REFRESH_TOKEN:
                self.access_tokens.pop(live.pop(0), None)
            live.append(access.token)
            refresh.access_tokens = live
        return access

    def counts(self) -> dict[str, Any]:
        """Issued-token counters and the live access tokens per refresh token (no token values)."""
        now = self.backend.clock.timestamp()
        return {
            "refreshes": self.refreshes,
            "code_exchanges": self.code_exchanges,
            "refresh_tokens": [
                {
                    "client_id": refresh.client_id,
                    "user_id": refresh.user_id,
                    "live_access_tokens": sum(
                        1
                        for t in refresh.access_tokens
                        if t in self.access_tokens and self.access_tokens[t].expires_at > now
                    ),
                }
                for refresh in self.refresh_tokens.values()
            ],
        }

    def revoke(self, token: str) -> None:
        """Revoke a refresh token (and its access tokens) or a single access token."""
        refresh = self.refresh_tokens.pop(token, None)
        if refresh is not None:
            for access in refresh.access_tokens:
                self.access_tokens.pop(access, None)
            return
        self.access_tokens.pop(token, None)

    # --- API authentication --------------------------------------------------------------------

    def principal(self, token: str) -> Principal:
        access = self.access_tokens.get(token)
        if access is None or access.expires_at <= self.backend.clock.timestamp():
            raise invalid_token()
        return Principal(user_id=access.user_id, client_id=access.client_id, scopes=access.scopes, token=token)


def zoho_authenticator(backend: Backend, headers: Headers) -> Principal:
    """The ``zoho`` auth scheme: ``Authorization: Zoho-oauthtoken {token}`` (``Bearer`` accepted)."""
    header = headers.get("authorization")
    if not header or not header.strip():
        raise authentication_failure()
    scheme, _, token = header.strip().partition(" ")
    token = token.strip()
    if scheme.lower() not in AUTH_SCHEMES or not token:
        raise invalid_token()
    store: AccountsStore = backend.store("accounts")
    with backend.lock:
        return store.principal(token)

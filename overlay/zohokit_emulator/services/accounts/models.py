"""Zoho Accounts state: OAuth clients, grant codes, refresh tokens, access tokens.

Rules kept (Zoho's documented ones): a grant code works once and only briefly; an access token
lives ``settings.access_token_lifetime`` seconds (3600) on the emulator clock; a user holds at
most 20 refresh tokens (the 21st is refused); a refresh token has at most 30 live access tokens
(the 31st evicts the oldest); revoking a refresh token kills its access tokens too. The codes
and tokens themselves are kept by the OAuth token core shared with ConnectID (``core/oauth_tokens.py``).
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ...core.errors import OAuthError, authentication_failure, invalid_token
from ...core.http import Principal
from ...core.oauth_tokens import AccessToken, GrantCode, GrantRefused, RefreshToken, TokenCore
from ...core.rate_window import RateWindow
from . import directory
from .samples import seed_sample_client

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


class AccountsStore:
    def __init__(self, backend: Backend) -> None:
        self.backend = backend
        self.clients: dict[str, OAuthClient] = {}
        self.tokens = TokenCore(backend, new_token)
        self.throttle = RateWindow(backend.clock)
        self.refreshes = 0
        """Access tokens issued for a refresh token since the last reset."""
        self.code_exchanges = 0
        """Grant codes exchanged since the last reset."""

    @property
    def grants(self) -> dict[str, GrantCode]:
        return self.tokens.grants

    @property
    def refresh_tokens(self) -> dict[str, RefreshToken]:
        return self.tokens.refresh_tokens

    @property
    def access_tokens(self) -> dict[str, AccessToken]:
        return self.tokens.access_tokens

    def reset(self) -> None:
        config = self.backend.config
        self.throttle.reset()
        self.clients = {
            config.client_id: OAuthClient(config.client_id, config.client_secret, "Emulator default client")
        }
        self.tokens.clear()
        self.refreshes = 0
        self.code_exchanges = 0
        self.refresh_tokens[config.refresh_token] = RefreshToken(
            token=config.refresh_token,
            client_id=config.client_id,
            user_id=directory.ADMIN.id,
            scopes=directory.ALL_SCOPES,
            created_at=self.backend.clock.timestamp(),
        )
        seed_sample_client(self)

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
        return self.tokens.new_grant(client_id, user_id, redirect_uri, scopes, offline)

    def exchange_code(
        self, client_id: str | None, client_secret: str | None, code: str | None, redirect_uri: str | None
    ) -> tuple[AccessToken, RefreshToken | None]:
        client = self._client(client_id, client_secret)
        try:
            grant = self.tokens.grant_for(code or "", client.client_id, redirect_uri)
        except GrantRefused as refused:
            raise OAuthError("invalid_redirect_uri" if refused.reason == "redirect_uri" else "invalid_code") from None
        refresh: RefreshToken | None = None
        if grant.offline:
            held = sum(1 for r in self.refresh_tokens.values() if r.user_id == grant.user_id)
            if held >= MAX_REFRESH_TOKENS_PER_USER:
                raise OAuthError(
                    "access_denied",
                    f"a user can hold at most {MAX_REFRESH_TOKENS_PER_USER} refresh tokens; revoke one first",
                )
            refresh = self.tokens.new_refresh_token(client.client_id, grant.user_id, grant.scopes)
        self.tokens.consume(grant)
        self.code_exchanges += 1
        access = self.issue_access_token(client.client_id, grant.user_id, grant.scopes, refresh)
        return access, refresh

    def refresh(self, client_id: str | None, client_secret: str | None, token: str | None) -> AccessToken:
        client = self._client(client_id, client_secret)
        refresh = self.tokens.refresh_token_for(token or "", client.client_id)
        if refresh is None:
            raise OAuthError("invalid_code")
        self.refreshes += 1
        return self.issue_access_token(client.client_id, refresh.user_id, refresh.scopes, refresh)

    def issue_access_token(
        self, client_id: str, user_id: str, scopes: tuple[str, ...], refresh: RefreshToken | None = None
    ) -> AccessToken:
        """An access token; issued for ``refresh``, at most ``MAX_ACCESS_TOKENS_PER_REFRESH_TOKEN``
        of its tokens stay alive (the oldest goes)."""
        return self.tokens.issue(client_id, user_id, scopes, refresh, MAX_ACCESS_TOKENS_PER_REFRESH_TOKEN)

    def counts(self) -> dict[str, Any]:
        """Issued-token counters and the live access tokens per refresh token (no token values)."""
        return {
            "refreshes": self.refreshes,
            "code_exchanges": self.code_exchanges,
            "refresh_tokens": [
                {
                    "client_id": refresh.client_id,
                    "user_id": refresh.user_id,
                    "live_access_tokens": self.tokens.live_count(refresh),
                }
                for refresh in self.refresh_tokens.values()
            ],
        }

    def revoke(self, token: str) -> None:
        """Revoke a refresh token (and its access tokens) or a single access token."""
        self.tokens.revoke(token)

    # --- API authentication --------------------------------------------------------------------

    def principal(self, token: str) -> Principal:
        access = self.tokens.live(token)
        if access is None or access.user_id is None:
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

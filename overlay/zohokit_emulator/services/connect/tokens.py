"""ConnectID OAuth2 state: the Connect API client, authorization codes, access and refresh tokens.

Two kinds of access token: *client* tokens from the client-credentials grant (client mode: no
user) and *user* tokens from the authorization-code grant or a refresh (a logged-in ConnectID
user). Lifetimes follow the emulator settings shared with Zoho Accounts (``access_token_lifetime``,
``grant_code_lifetime``) on the emulator clock. Refresh tokens do not expire and are kept when
refreshing, as ConnectID does. The codes and tokens are kept by the OAuth token core shared with
Zoho Accounts (``core/oauth_tokens.py``); this module adds ConnectID's client and its errors.
"""

from __future__ import annotations

import secrets
from typing import TYPE_CHECKING

from ...core.oauth_tokens import CLIENT_MODE, USER_MODE, AccessToken, GrantCode, GrantRefused, RefreshToken, TokenCore
from .errors import ConnectOAuthError, unauthorized

if TYPE_CHECKING:
    from ...core.backend import Backend

__all__ = ["CLIENT_MODE", "USER_MODE", "AccessToken", "GrantCode", "RefreshToken", "TokenStore", "new_token"]


def new_token() -> str:
    return secrets.token_urlsafe(32)


class TokenStore:
    """ConnectID's clients over the OAuth token core shared with Zoho Accounts."""

    def __init__(self, backend: Backend) -> None:
        self.backend = backend
        self.clients: dict[str, str] = {}
        self.core = TokenCore(backend, new_token)

    def reset(self) -> None:
        config = self.backend.config
        self.clients = {config.connect_client_id: config.connect_client_secret}
        self.core.clear()

    def check_client(self, client_id: str | None, client_secret: str | None) -> str:
        if (
            not client_id
            or client_id not in self.clients
            or not secrets.compare_digest(self.clients[client_id], client_secret or "")
        ):
            raise ConnectOAuthError("invalid_client", "Client authentication failed", status_code=401)
        return client_id

    def knows_client(self, client_id: str) -> bool:
        return client_id in self.clients

    def authorize(self, client_id: str, user_id: str, redirect_uri: str) -> GrantCode:
        return self.core.new_grant(client_id, user_id, redirect_uri)

    def issue(self, client_id: str, user_id: str | None) -> AccessToken:
        return self.core.issue(client_id, user_id)

    def client_credentials(self, client_id: str) -> AccessToken:
        return self.issue(client_id, None)

    def exchange_code(
        self, client_id: str, code: str | None, redirect_uri: str | None
    ) -> tuple[AccessToken, RefreshToken]:
        if not code:
            raise ConnectOAuthError("invalid_request", "Missing parameter: code")
        try:
            grant = self.core.grant_for(code, client_id, redirect_uri)
        except GrantRefused as refused:
            if refused.reason == "redirect_uri":
                raise ConnectOAuthError(
                    "invalid_grant", "redirect_uri does not match the authorization request"
                ) from None
            raise ConnectOAuthError(
                "invalid_grant", "The authorization code is invalid, expired or already used"
            ) from None
        self.core.consume(grant)
        refresh = self.core.new_refresh_token(client_id, grant.user_id)
        return self.issue(client_id, grant.user_id), refresh

    def refresh_access(self, client_id: str, token: str | None) -> AccessToken:
        if not token:
            raise ConnectOAuthError("invalid_request", "Missing parameter: refresh_token")
        refresh = self.core.refresh_token_for(token, client_id)
        if refresh is None:
            raise ConnectOAuthError("invalid_grant", "The refresh token is invalid or was revoked")
        return self.issue(client_id, refresh.user_id)

    def lookup(self, token: str) -> AccessToken:
        found = self.core.live(token)
        if found is None:
            raise unauthorized("The access token is invalid or has expired")
        return found

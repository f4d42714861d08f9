"""ConnectID OAuth2 state: the Connect API client, authorization codes, access and refresh tokens.

Two kinds of access token: *client* tokens from the client-credentials grant (client mode: no
user) and *user* tokens from the authorization-code grant or a refresh (a logged-in ConnectID
user). Lifetimes follow the emulator settings shared with Zoho Accounts (``access_token_lifetime``,
``grant_code_lifetime``) on the emulator clock. Refresh tokens do not expire and are kept when
refreshing, as ConnectID does.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .errors import ConnectOAuthError, unauthorized

if TYPE_CHECKING:
    from ...core.backend import Backend

CLIENT_MODE = "client"
USER_MODE = "user"


def new_token() -> str:
    return secrets.token_urlsafe(32)


@dataclass(frozen=True)
class AuthorizationCode:
    code: str
    client_id: str
    user_id: str
    redirect_uri: str
    expires_at: float


@dataclass(frozen=True)
class AccessToken:
    token: str
    client_id: str
    user_id: str | None
    """The ConnectID user (user tokens), None for client tokens."""
    issued_at: float
    expires_at: float

    @property
    def mode(self) -> str:
        return USER_MODE if self.user_id else CLIENT_MODE


@dataclass(frozen=True)
class RefreshToken:
    token: str
    client_id: str
    user_id: str


class TokenStore:
    def __init__(self, backend: Backend) -> None:
        self.backend = backend
        self.clients: dict[str, str] = {}
        self.codes: dict[str, AuthorizationCode] = {}
        self.access: dict[str, AccessToken] = {}
        self.refresh: dict[str, RefreshToken] = {}

    def reset(self) -> None:
        config = self.backend.config
        self.clients = {config.connect_client_id: config.connect_client_secret}
        self.codes = {}
        self.access = {}
        self.refresh = {}

    def _now(self) -> float:
        return self.backend.clock.timestamp()

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

    def authorize(self, client_id: str, user_id: str, redirect_uri: str) -> AuthorizationCode:
        code = AuthorizationCode(
            code=new_token(),
            client_id=client_id,
            user_id=user_id,
            redirect_uri=redirect_uri,
            expires_at=self._now() + self.backend.settings.grant_code_lifetime,
        )
        self.codes[code.code] = code
        return code

    def issue(self, client_id: str, user_id: str | None) -> AccessToken:
        now = self._now()
        token = AccessToken(new_token(), client_id, user_id, now, now + self.backend.settings.access_token_lifetime)
        self.access[token.token] = token
        return token

    def client_credentials(self, client_id: str) -> AccessToken:
        return self.issue(client_id, None)

    def exchange_code(
        self, client_id: str, code: str | None, redirect_uri: str | None
    ) -> tuple[AccessToken, RefreshToken]:
        if not code:
            raise ConnectOAuthError("invalid_request", "Missing parameter: code")
        grant = self.codes.get(code)
        if grant is None or grant.client_id != client_id or grant.expires_at <= self._now():
            raise ConnectOAuthError("invalid_grant", "The authorization code is invalid, expired or already used")
        if redirect_uri is not None and redirect_uri != grant.redirect_uri:
            raise ConnectOAuthError("invalid_grant", "redirect_uri does not match the authorization request")
        del self.codes[code]
        refresh = RefreshToken(new_token(), client_id, grant.user_id)
        self.refresh[refresh.token] = refresh
        return self.issue(client_id, grant.user_id), refresh

    def refresh_access(self, client_id: str, token: str | None) -> AccessToken:
        if not token:
            raise ConnectOAuthError("invalid_request", "Missing parameter: refresh_token")
        refresh = self.refresh.get(token)
        if refresh is None or refresh.client_id != client_id:
            raise ConnectOAuthError("invalid_grant", "The refresh token is invalid or was revoked")
        return self.issue(client_id, refresh.user_id)

    def lookup(self, token: str) -> AccessToken:
        found = self.access.get(token)
        if found is None or found.expires_at <= self._now():
            raise unauthorized("The access token is invalid or has expired")
        return found

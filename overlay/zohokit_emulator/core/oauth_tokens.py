"""The OAuth token core both emulated authorization servers use: Zoho Accounts and ConnectID.

Both hand out an authorization (grant) code that works once and only until
``settings.grant_code_lifetime`` has passed, exchange it for an access token and a refresh token,
issue access tokens that live ``settings.access_token_lifetime`` seconds on the emulator clock,
and recognise a live access token. ``TokenCore`` keeps those three kinds of token and these rules.

What differs stays with each server: what a token looks like (``make_token``), its clients and how
they authenticate, scopes, Zoho's limits per user and per refresh token, and the error each
answers with. The core raises no HTTP error: it returns None, or raises ``GrantRefused`` saying
why a code cannot be exchanged, and the server answers in its own terms.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .backend import Backend

CLIENT_MODE = "client"
"""An access token from the client-credentials grant: the client acts for itself, no user."""
USER_MODE = "user"
"""An access token for a user (from a grant code or a refresh token)."""


@dataclass
class GrantCode:
    code: str
    client_id: str
    user_id: str
    redirect_uri: str
    expires_at: float
    scopes: tuple[str, ...] = ()
    offline: bool = True
    """Whether exchanging the code also gives a refresh token (Zoho's ``access_type=offline``)."""


@dataclass
class RefreshToken:
    token: str
    client_id: str
    user_id: str
    scopes: tuple[str, ...] = ()
    created_at: float = 0.0
    access_tokens: list[str] = field(default_factory=list)
    """The access tokens issued for it that ``TokenCore.issue`` keeps track of (oldest first)."""


@dataclass
class AccessToken:
    token: str
    client_id: str
    user_id: str | None
    """The user the token acts for; None for a client-credentials token."""
    scopes: tuple[str, ...]
    issued_at: float
    expires_at: float
    refresh_token: str | None = None

    @property
    def mode(self) -> str:
        return USER_MODE if self.user_id else CLIENT_MODE


class GrantRefused(Exception):
    """A grant code that cannot be exchanged: ``reason`` is ``invalid`` (unknown, already used,
    expired or another client's) or ``redirect_uri`` (not the URI the code was issued for)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class TokenCore:
    """Grant codes, refresh tokens and access tokens of one authorization server."""

    def __init__(self, backend: Backend, make_token: Callable[[], str]) -> None:
        self.backend = backend
        self.make_token = make_token
        self.grants: dict[str, GrantCode] = {}
        self.refresh_tokens: dict[str, RefreshToken] = {}
        self.access_tokens: dict[str, AccessToken] = {}

    def clear(self) -> None:
        """Forget every code and token."""
        self.grants = {}
        self.refresh_tokens = {}
        self.access_tokens = {}

    def now(self) -> float:
        return self.backend.clock.timestamp()

    # --- grant codes -------------------------------------------------------------------------------

    def new_grant(
        self, client_id: str, user_id: str, redirect_uri: str, scopes: tuple[str, ...] = (), offline: bool = True
    ) -> GrantCode:
        """A fresh code, valid for ``settings.grant_code_lifetime`` seconds."""
        grant = GrantCode(
            code=self.make_token(),
            client_id=client_id,
            user_id=user_id,
            redirect_uri=redirect_uri,
            expires_at=self.now() + self.backend.settings.grant_code_lifetime,
            scopes=scopes,
            offline=offline,
        )
        self.grants[grant.code] = grant
        return grant

    def grant_for(self, code: str, client_id: str, redirect_uri: str | None) -> GrantCode:
        """The live code ``client_id`` may exchange (``redirect_uri``, when given, must be the one it
        was issued for); ``GrantRefused`` otherwise. The code stays usable until ``consume``."""
        grant = self.grants.get(code)
        if grant is None or grant.client_id != client_id or grant.expires_at <= self.now():
            raise GrantRefused("invalid")
        if redirect_uri is not None and redirect_uri != grant.redirect_uri:
            raise GrantRefused("redirect_uri")
        return grant

    def consume(self, grant: GrantCode) -> None:
        """A code works once."""
        del self.grants[grant.code]

    # --- refresh tokens ----------------------------------------------------------------------------

    def new_refresh_token(self, client_id: str, user_id: str, scopes: tuple[str, ...] = ()) -> RefreshToken:
        refresh = RefreshToken(self.make_token(), client_id, user_id, scopes, self.now())
        self.refresh_tokens[refresh.token] = refresh
        return refresh

    def refresh_token_for(self, token: str, client_id: str) -> RefreshToken | None:
        """The refresh token if it exists and belongs to ``client_id``."""
        refresh = self.refresh_tokens.get(token)
        return refresh if refresh is not None and refresh.client_id == client_id else None

    # --- access tokens -----------------------------------------------------------------------------

    def issue(
        self,
        client_id: str,
        user_id: str | None,
        scopes: tuple[str, ...] = (),
        refresh: RefreshToken | None = None,
        max_per_refresh: int | None = None,
    ) -> AccessToken:
        """A new access token living ``settings.access_token_lifetime`` seconds. Issued for
        ``refresh``, it is tracked there: tokens of it that expired are forgotten and, past
        ``max_per_refresh`` live ones, the oldest is revoked."""
        now = self.now()
        access = AccessToken(
            token=self.make_token(),
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
            while max_per_refresh is not None and len(live) >= max_per_refresh:
                self.access_tokens.pop(live.pop(0), None)
            live.append(access.token)
            refresh.access_tokens = live
        return access

    def live(self, token: str) -> AccessToken | None:
        """The access token if it exists and has not expired."""
        access = self.access_tokens.get(token)
        if access is None or access.expires_at <= self.now():
            return None
        return access

    def live_count(self, refresh: RefreshToken) -> int:
        """How many access tokens issued for ``refresh`` are still alive."""
        now = self.now()
        return sum(
            1 for t in refresh.access_tokens if t in self.access_tokens and self.access_tokens[t].expires_at > now
        )

    def revoke(self, token: str) -> None:
        """Revoke a refresh token (and the access tokens issued for it) or a single access token."""
        refresh = self.refresh_tokens.pop(token, None)
        if refresh is not None:
            for access in refresh.access_tokens:
                self.access_tokens.pop(access, None)
            return
        self.access_tokens.pop(token, None)

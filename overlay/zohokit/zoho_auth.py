"""Zoho OAuth2 (Zoho Accounts) for every Zoho API: CRM, CRM bulk, Recruit, Bigin.

The grant, step by step:

1. Send the user to :func:`authorization_url` (scopes such as ``ZohoCRM.modules.ALL``,
   ``access_type="offline"`` to get a refresh token).
2. Zoho redirects to your ``redirect_uri`` with ``?code=...&location=eu&accounts-server=...``;
   :func:`parse_grant_redirect` reads it (and refuses an accounts server that is not Zoho's).
3. ``ZohoOAuth.from_grant_redirect(...)`` (or ``ZohoOAuth(grant_code=...)``) exchanges the code
   on first use: ``POST {accounts_server}/oauth/v2/token`` with a form body
   ``grant_type=authorization_code, client_id, client_secret, redirect_uri, code``.
4. Afterwards it refreshes with ``grant_type=refresh_token``; the answer has ``access_token``,
   ``expires_in`` (seconds; old servers: milliseconds plus ``expires_in_sec``), ``api_domain``
   and ``token_type``, and no new refresh token (the old one is kept).

Requests carry ``Authorization: Zoho-oauthtoken <access_token>``. A 401 whose body code is
``INVALID_TOKEN`` triggers one refresh and one retry (see :mod:`zohokit.token_auth`).
:meth:`ZohoOAuth.revoke` revokes the refresh token: ``POST {accounts}/oauth/v2/token/revoke``.
"""

from __future__ import annotations

import hmac
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from typing import Any, ClassVar, Unpack
from urllib.parse import parse_qs, urlencode, urlsplit

import httpx

from ._redact import mask, redact
from ._urls import is_loopback_host
from .datacenters import (
    DEFAULT_DATA_CENTER,
    DataCenter,
    data_center_for_url,
    get_data_center,
    is_known_accounts_server,
)
from .errors import TokenError, parse_json_body
from .token_auth import TokenAuth, TokenAuthKeywords
from .tokens import Token

ZOHO_AUTH_HEADER_SCHEME = "Zoho-oauthtoken"
DEFAULT_ZOHO_TOKEN_LIFETIME = 3600.0
"""Zoho access tokens live one hour; assumed when a token response omits its expiry."""
TOKEN_PATH = "/oauth/v2/token"
REVOKE_PATH = "/oauth/v2/token/revoke"
AUTHORIZE_PATH = "/oauth/v2/auth"
INVALID_TOKEN_CODES: frozenset[str] = frozenset({"INVALID_TOKEN"})
"""401 body codes that mean "this access token is no good": refresh and retry once."""


def _origin(url: str) -> str:
    parsed = httpx.URL(url)
    port = f":{parsed.port}" if parsed.port is not None else ""
    return f"{parsed.scheme.lower()}://{(parsed.host or '').lower()}{port}"


def _accounts_server(accounts_server: str | None, dc: str | DataCenter | None) -> str:
    if accounts_server:
        return accounts_server.rstrip("/")
    return get_data_center(dc if dc is not None else DEFAULT_DATA_CENTER).accounts_server


def authorization_url(
    *,
    client_id: str,
    scopes: Iterable[str],
    redirect_uri: str,
    access_type: str = "offline",
    prompt: str | None = "consent",
    state: str | None = None,
    accounts_server: str | None = None,
    dc: str | DataCenter | None = None,
) -> str:
    """The URL to send a user to for a grant code.

    ``scopes`` are joined with commas (``ZohoCRM.modules.ALL,ZohoCRM.settings.ALL``);
    ``access_type="offline"`` asks for a refresh token; ``prompt="consent"`` makes Zoho ask again
    (and issue a refresh token again); pass ``prompt=None`` to omit it. Use ``state`` against
    CSRF and check it with :func:`parse_grant_redirect`.
    """
    scope_list = [s for s in scopes if s]
    if not scope_list:
        raise ValueError("at least one scope is required")
    params: dict[str, str] = {
        "scope": ",".join(scope_list),
        "client_id": client_id,
        "response_type": "code",
        "access_type": access_type,
        "redirect_uri": redirect_uri,
    }
    if prompt is not None:
        params["prompt"] = prompt
    if state is not None:
        params["state"] = state
    return f"{_accounts_server(accounts_server, dc)}{AUTHORIZE_PATH}?{urlencode(params)}"


@dataclass(frozen=True, repr=False)
class GrantRedirect:
    """What Zoho's redirect after consent carries. ``code`` is secret and single-use."""

    code: str
    accounts_server: str
    location: str | None = None
    state: str | None = None

    def __repr__(self) -> str:
        return (
            f"GrantRedirect(code={mask(self.code)!r}, accounts_server={self.accounts_server!r}, "
            f"location={self.location!r}, state={self.state!r})"
        )


def parse_grant_redirect(
    url: str,
    *,
    expected_state: str | None = None,
    trusted_accounts_servers: Collection[str] = (),
) -> GrantRedirect:
    """Read the grant code and data centre from the redirect Zoho sent the user back with.

    The accounts server is the ``accounts-server`` parameter, else the documented DC named by
    ``location``, else the US one. Because the client secret will be sent there, it must be a
    documented Zoho accounts server, a loopback URL (the emulator) or one of
    ``trusted_accounts_servers``; anything else raises :class:`~zohokit.errors.TokenError`, as
    do an ``error=`` redirect, a missing code and a ``state`` different from ``expected_state``.
    """
    query = parse_qs(urlsplit(url).query, keep_blank_values=True)

    def first(name: str) -> str | None:
        values = query.get(name)
        return values[0] if values else None

    error = first("error")
    if error is not None:
        raise TokenError(f"authorization was refused: {error}", error=error)
    state = first("state")
    if expected_state is not None and (
        state is None or not hmac.compare_digest(state.encode(), expected_state.encode())
    ):
        raise TokenError("the redirect's state does not match the expected state")
    code = first("code")
    if not code:
        raise TokenError("the redirect carries no grant code")
    location = first("location")
    server = first("accounts-server")
    if server:
        trusted = {_origin(s) for s in trusted_accounts_servers}
        origin = _origin(server)
        host = httpx.URL(origin).host or ""
        if not (is_known_accounts_server(origin) or is_loopback_host(host) or origin in trusted):
            raise TokenError(
                f"refusing untrusted accounts server {origin!r}; pass it in trusted_accounts_servers if it is genuine"
            )
        accounts_server = origin
    elif location:
        accounts_server = get_data_center(location).accounts_server
    else:
        accounts_server = DEFAULT_DATA_CENTER.accounts_server
    return GrantRedirect(code=code, accounts_server=accounts_server, location=location, state=state)


class ZohoOAuth(TokenAuth):
    """``httpx.Auth`` for Zoho APIs: exchanges a grant code or refreshes, per data centre.

    Give it the client's id and secret and one source of tokens: ``refresh_token``,
    ``grant_code`` (exchanged on first use; ``redirect_uri`` must match the one used to get it,
    and may be omitted for self-client codes), ``token`` or a ``store`` holding one. The
    accounts server is ``accounts_server`` (from the grant redirect) or that of ``dc``
    (default US). ``token``, ``store``, ``on_token_update``, ``leeway``, ``clock`` and
    ``allow_insecure_http`` are :class:`~zohokit.token_auth.TokenAuth`'s; see
    :mod:`zohokit.token_auth` for refresh, concurrency and persistence.

    The code exchange and refreshes happen inside requests; to do them eagerly call
    :meth:`fetch_token` (or ``afetch_token``) with an ``httpx`` client; :meth:`revoke` /
    :meth:`arevoke` revoke the refresh token the same way. ``refresh_on_codes`` lists the 401
    body codes that trigger a refresh and retry (default ``INVALID_TOKEN``).
    """

    header_scheme: ClassVar[str] = ZOHO_AUTH_HEADER_SCHEME
    default_lifetime: ClassVar[float | None] = DEFAULT_ZOHO_TOKEN_LIFETIME

    def __init__(
        self,
        client_id: str,
        client_secret: str,
        *,
        refresh_token: str | None = None,
        grant_code: str | None = None,
        redirect_uri: str | None = None,
        accounts_server: str | None = None,
        dc: str | DataCenter | None = None,
        refresh_on_codes: Collection[str] = INVALID_TOKEN_CODES,
        **options: Unpack[TokenAuthKeywords],
    ) -> None:
        if not client_id or not client_secret:
            raise ValueError("client_id and client_secret are required")
        token = options.get("token")
        if refresh_token is None and grant_code is None and token is None and options.get("store") is None:
            raise ValueError("give a refresh_token, a grant_code, a token or a store")
        if token is None and refresh_token is not None:
            options["token"] = Token(refresh_token=refresh_token)
        elif token is not None and refresh_token is not None and token.refresh_token is None:
            options["token"] = token.replace(refresh_token=refresh_token)
        self._accounts_server = _accounts_server(accounts_server, dc)
        super().__init__(token_url=self._accounts_server + TOKEN_PATH, grant_code=grant_code, **options)
        self.client_id = client_id
        self._client_secret = client_secret
        self._redirect_uri = redirect_uri
        self._refresh_on_codes = frozenset(refresh_on_codes)

    @classmethod
    def from_grant_redirect(
        cls,
        redirect_url: str,
        client_id: str,
        client_secret: str,
        *,
        redirect_uri: str,
        expected_state: str | None = None,
        trusted_accounts_servers: Collection[str] = (),
        **kwargs: Any,
    ) -> ZohoOAuth:
        """Build from the redirect Zoho sent the user back with (see :func:`parse_grant_redirect`).

        ``redirect_uri`` is the registered callback (the redirect URL without its query).
        Further keyword arguments go to the constructor (``store=``, ``on_token_update=``...).
        """
        grant = parse_grant_redirect(
            redirect_url,
            expected_state=expected_state,
            trusted_accounts_servers=trusted_accounts_servers,
        )
        return cls(
            client_id,
            client_secret,
            grant_code=grant.code,
            redirect_uri=redirect_uri,
            accounts_server=grant.accounts_server,
            **kwargs,
        )

    # ----------------------------------------------------------------- properties

    @property
    def accounts_server(self) -> str:
        """The accounts server origin, e.g. ``https://accounts.zoho.eu``."""
        return self._accounts_server

    @property
    def api_domain(self) -> str | None:
        """The API domain from the latest token response (``None`` until one arrived)."""
        token = self._token
        return None if token is None else token.api_domain

    @property
    def data_center(self) -> DataCenter | None:
        """The documented DC of the API domain, else of the accounts server, else ``None``."""
        domain = self.api_domain
        found = data_center_for_url(domain) if domain else None
        return found or data_center_for_url(self._accounts_server)

    # ----------------------------------------------------------------- requests

    def _token_request(self, current: Token | None) -> httpx.Request | None:
        form: dict[str, str] = {"client_id": self.client_id, "client_secret": self._client_secret}
        if current is not None and current.refresh_token:
            form.update(grant_type="refresh_token", refresh_token=current.refresh_token)
        elif code := self._grant_code_for_exchange():
            form.update(grant_type="authorization_code", code=code)
            if self._redirect_uri:
                form["redirect_uri"] = self._redirect_uri
        else:
            return None
        return httpx.Request("POST", self._token_url, data=form, headers={"Accept": "application/json"})

    def _is_token_rejected(self, response: httpx.Response) -> bool:
        if response.status_code != 401:
            return False
        body = parse_json_body(response.content)
        return isinstance(body, dict) and body.get("code") in self._refresh_on_codes

    def _secrets(self) -> list[str | None]:
        return [*super()._secrets(), self._client_secret]

    def _repr_identity(self) -> dict[str, object]:
        return {"client_id": self.client_id, "accounts_server": self._accounts_server, "api_domain": self.api_domain}

    def build_revoke_request(self) -> httpx.Request:
        """The request revoking the current refresh token (raises TokenError if there is none)."""
        token = self._token if self._token is not None else self._load_stored()
        if token is None or not token.refresh_token:
            raise TokenError("there is no refresh token to revoke")
        return httpx.Request(
            "POST",
            self._accounts_server + REVOKE_PATH,
            data={"token": token.refresh_token},
            headers={"Accept": "application/json"},
        )

    def revoke(self, http: httpx.Client) -> None:
        """Revoke the refresh token using ``http`` (sent without auth), then forget the token.

        The token is forgotten in memory and cleared from the store. Raises TokenError when Zoho
        refuses.
        """
        with self._thread_lock:
            response = http.send(self.build_revoke_request(), auth=None)
            self._after_revoke(response)

    async def arevoke(self, http: httpx.AsyncClient) -> None:
        """Async twin of :meth:`revoke`."""
        async with self._async_lock():
            response = await http.send(self.build_revoke_request(), auth=None)
            self._after_revoke(response)

    def _after_revoke(self, response: httpx.Response) -> None:
        body = parse_json_body(response.content)
        error = body.get("error") if isinstance(body, dict) else None
        if not 200 <= response.status_code < 300 or error is not None:
            code = None if error is None else redact(str(error), self._secrets())
            raise TokenError(
                f"revoking the refresh token failed (HTTP {response.status_code})" + (f": {code}" if code else ""),
                error=code,
                status_code=response.status_code,
            )
        self._token = None
        if self.options.store is not None:
            self.options.store.clear()


__all__ = [
    "AUTHORIZE_PATH",
    "DEFAULT_ZOHO_TOKEN_LIFETIME",
    "INVALID_TOKEN_CODES",
    "REVOKE_PATH",
    "TOKEN_PATH",
    "ZOHO_AUTH_HEADER_SCHEME",
    "GrantRedirect",
    "ZohoOAuth",
    "authorization_url",
    "parse_grant_redirect",
]

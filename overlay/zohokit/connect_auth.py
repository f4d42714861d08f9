"""OAuth2 for the Connect recruitment API: client credentials and authorization code.

Connect uses standard OAuth2 (RFC 6749) with ``Authorization: Bearer <access_token>``:

* :class:`ConnectClientCredentials` — "only the client needs to be logged in" operations
  (``POST /v1/client/recruitment``): ``grant_type=client_credentials``, renewed the same way.
* :class:`ConnectAuthorizationCode` — "the user needs to be logged in" operations: a grant code
  from :func:`connect_authorization_url` is exchanged on first use
  (``grant_type=authorization_code``), then ``grant_type=refresh_token`` renews it.

The token URL is configurable (ConnectID production is :data:`CONNECTID_TOKEN_URL`; test
installations differ). The client authenticates to it with form fields ``client_id`` and
``client_secret`` (``client_auth="post"``, what ConnectID documents, the default) or with HTTP
Basic (``client_auth="basic"``, RFC 6749 section 2.3.1). Refresh, concurrency and persistence behave as described in
:mod:`zohokit.token_auth`; any 401 whose ``WWW-Authenticate`` does not name another error counts
as a rejected token.
"""

from __future__ import annotations

import base64
import hashlib
import re
import secrets
from collections.abc import Iterable
from typing import Literal, Unpack
from urllib.parse import quote_plus, urlencode

import httpx

from .token_auth import TokenAuth, TokenAuthKeywords
from .tokens import Token

CONNECTID_AUTHORIZE_URL = "https://connectid.no/user/oauth/authorize"
CONNECTID_TOKEN_URL = "https://connectid.no/user/oauth/token"

ClientAuthMethod = Literal["basic", "post"]
DEFAULT_CLIENT_AUTH: ClientAuthMethod = "post"
PKCE_METHOD = "S256"

_BEARER_ERROR = re.compile(r'error="?([A-Za-z0-9_\-]+)"?')


def _basic_credentials(client_id: str, client_secret: str) -> str:
    raw = f"{quote_plus(client_id)}:{quote_plus(client_secret)}".encode()
    return "Basic " + base64.b64encode(raw).decode("ascii")


def connect_authorization_url(
    authorize_url: str = CONNECTID_AUTHORIZE_URL,
    *,
    client_id: str,
    redirect_uri: str,
    scopes: Iterable[str] = (),
    state: str | None = None,
    code_challenge: str | None = None,
) -> str:
    """The URL to send a user to for an authorization code (``response_type=code``).

    Scopes are space-separated as RFC 6749 says. Pass ``code_challenge`` (see
    :func:`pkce_pair`) to use PKCE with the S256 method.
    """
    params: dict[str, str] = {
        "response_type": "code",
        "client_id": client_id,
        "redirect_uri": redirect_uri,
    }
    scope = " ".join(s for s in scopes if s)
    if scope:
        params["scope"] = scope
    if state is not None:
        params["state"] = state
    if code_challenge is not None:
        params["code_challenge"] = code_challenge
        params["code_challenge_method"] = PKCE_METHOD
    separator = "&" if "?" in authorize_url else "?"
    return f"{authorize_url}{separator}{urlencode(params)}"


def pkce_pair() -> tuple[str, str]:
    """A fresh PKCE ``(code_verifier, code_challenge)`` pair (RFC 7636, S256)."""
    verifier = secrets.token_urlsafe(64)
    digest = hashlib.sha256(verifier.encode("ascii")).digest()
    challenge = base64.urlsafe_b64encode(digest).decode("ascii").rstrip("=")
    return verifier, challenge


class _ConnectAuth(TokenAuth):
    """Shared client authentication and 401 handling of the two Connect flows (``token``,
    ``store``, ``on_token_update``, ``leeway``, ``clock`` and ``allow_insecure_http`` are
    :class:`~zohokit.token_auth.TokenAuth`'s)."""

    def __init__(
        self,
        client_id: str,
        client_secret: str,
        *,
        token_url: str,
        client_auth: ClientAuthMethod,
        grant_code: str | None = None,
        **options: Unpack[TokenAuthKeywords],
    ) -> None:
        if not client_id or not client_secret:
            raise ValueError("client_id and client_secret are required")
        if client_auth not in ("basic", "post"):
            raise ValueError("client_auth must be 'basic' or 'post'")
        super().__init__(token_url=token_url, grant_code=grant_code, **options)
        self.client_id = client_id
        self._client_secret = client_secret
        self._client_auth = client_auth

    def _form_request(self, form: dict[str, str]) -> httpx.Request:
        headers = {"Accept": "application/json"}
        if self._client_auth == "basic":
            headers["Authorization"] = _basic_credentials(self.client_id, self._client_secret)
        else:
            form = {**form, "client_id": self.client_id, "client_secret": self._client_secret}
        return httpx.Request("POST", self._token_url, data=form, headers=headers)

    def _is_token_rejected(self, response: httpx.Response) -> bool:
        if response.status_code != 401:
            return False
        challenge = response.headers.get("WWW-Authenticate", "")
        match = _BEARER_ERROR.search(challenge)
        return match is None or match.group(1) == "invalid_token"

    def _secrets(self) -> list[str | None]:
        return [*super()._secrets(), self._client_secret]

    def _repr_identity(self) -> dict[str, object]:
        return {"client_id": self.client_id, **super()._repr_identity()}


class ConnectClientCredentials(_ConnectAuth):
    """Client-credentials ``httpx.Auth`` for Connect: no user, just the client's own token.

    A new token is requested with the client credentials whenever the current one is about to
    expire or is rejected; no refresh token is involved.
    """

    def __init__(
        self,
        client_id: str,
        client_secret: str,
        *,
        token_url: str = CONNECTID_TOKEN_URL,
        scope: str | None = None,
        client_auth: ClientAuthMethod = DEFAULT_CLIENT_AUTH,
        **options: Unpack[TokenAuthKeywords],
    ) -> None:
        super().__init__(client_id, client_secret, token_url=token_url, client_auth=client_auth, **options)
        self.scope = scope

    def _token_request(self, current: Token | None) -> httpx.Request:
        form = {"grant_type": "client_credentials"}
        if self.scope:
            form["scope"] = self.scope
        return self._form_request(form)


class ConnectAuthorizationCode(_ConnectAuth):
    """Authorization-code ``httpx.Auth`` for Connect, acting for a logged-in user.

    Give it one source of tokens: ``code`` (exchanged on first use, with ``redirect_uri`` and,
    for PKCE, ``code_verifier``), ``refresh_token``, ``token`` or a ``store`` holding one.
    """

    def __init__(
        self,
        client_id: str,
        client_secret: str,
        *,
        token_url: str = CONNECTID_TOKEN_URL,
        code: str | None = None,
        redirect_uri: str | None = None,
        code_verifier: str | None = None,
        refresh_token: str | None = None,
        client_auth: ClientAuthMethod = DEFAULT_CLIENT_AUTH,
        **options: Unpack[TokenAuthKeywords],
    ) -> None:
        if code is None and refresh_token is None and options.get("token") is None and options.get("store") is None:
            raise ValueError("give a code, a refresh_token, a token or a store")
        if options.get("token") is None and refresh_token is not None:
            options["token"] = Token(refresh_token=refresh_token)
        super().__init__(
            client_id, client_secret, token_url=token_url, client_auth=client_auth, grant_code=code, **options
        )
        self._redirect_uri = redirect_uri
        self._code_verifier = code_verifier

    def _token_request(self, current: Token | None) -> httpx.Request | None:
        if current is not None and current.refresh_token:
            return self._form_request({"grant_type": "refresh_token", "refresh_token": current.refresh_token})
        code = self._grant_code_for_exchange()
        if code is None:
            return None
        form = {"grant_type": "authorization_code", "code": code}
        if self._redirect_uri:
            form["redirect_uri"] = self._redirect_uri
        if self._code_verifier:
            form["code_verifier"] = self._code_verifier
        return self._form_request(form)

    def _secrets(self) -> list[str | None]:
        return [*super()._secrets(), self._code_verifier]


__all__ = [
    "CONNECTID_AUTHORIZE_URL",
    "CONNECTID_TOKEN_URL",
    "DEFAULT_CLIENT_AUTH",
    "PKCE_METHOD",
    "ClientAuthMethod",
    "ConnectAuthorizationCode",
    "ConnectClientCredentials",
    "connect_authorization_url",
    "pkce_pair",
]

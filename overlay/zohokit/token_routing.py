"""Where a Zoho client's requests go: to the data centre of the token in use, unless a base URL is pinned.

Zoho's rule is that API calls go to the ``api_domain`` that came with the access token (an EU
organisation's token response says ``"api_domain": "https://www.zohoapis.eu"``). A client cannot
know that host before it holds a token, and a refresh may bring another one. :class:`TokenRouting`
is the ``httpx.Auth`` that :func:`~zohokit.clients.zoho_client` puts around a
:class:`~zohokit.zoho_auth.ZohoOAuth` to apply the rule to every request, and to stop a token from
reaching a data centre it does not belong to.

Contract:

* **No I/O of its own.** It runs the wrapped auth's flow unchanged (token requests included) and
  acts only on the API request, the request object httpx handed to the flow, each time the flow
  yields it. The flow yields it once it holds a usable token, so the decision is taken per request
  and after any refresh, including the refresh and retry that follow a rejected token.
* **Following the token** (``follow_token=True``: the client was built without ``base_url``). The
  part of the request URL that is the client's base URL (scheme, host, port, base path) is replaced
  by the token's base URL for the API, :func:`~zohokit.datacenters.api_base_url` of the token's
  ``api_domain``: CRM, CRM bulk and Bigin at ``api_domain`` plus their base path, Recruit and
  Accounts on the hosts of the ``api_domain``'s data centre, and every API at ``api_domain`` itself
  when that is not a Zoho host (the emulator, a proxy). A token without ``api_domain`` is routed to
  the data centre of the auth's accounts server, and to the client's own base URL when that server
  is not Zoho's. The request is changed in place (URL and ``Host`` header), so the response, and any
  error built from it, carries the URL really used. Relative paths of the generated clients keep
  working; a URL outside the client's base URL (an absolute URL the caller gave) is left as it is.
* **Pinned** (``follow_token=False``): the URL is never changed.
* **Guard, in both modes.** A request to a host on a Zoho data centre's domains (see
  :func:`~zohokit.datacenters.data_center_for_host`) must be in the token's data centre: that of
  the token's ``api_domain`` or, before a token names one, of the auth's accounts server. Otherwise
  :class:`~zohokit.errors.DataCenterMismatchError` is raised and nothing is sent. A token that no
  Zoho data centre issued (the emulator's) therefore never reaches a Zoho host. Hosts outside Zoho
  (the emulator, a proxy) are allowed: the caller chose them.
* Plain ``http://`` to a host other than this machine is refused
  (:class:`~zohokit.errors.InsecureTransportError`) unless ``allow_insecure_http``.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator, Generator
from dataclasses import dataclass
from functools import lru_cache

import httpx

from ._urls import require_secure_url
from .datacenters import DataCenter, ZohoApi, api_base_url, data_center_for_host, data_center_for_url
from .errors import DataCenterMismatchError
from .zoho_auth import ZohoOAuth


@dataclass(frozen=True)
class _Base:
    """A base URL split into what a request URL is compared with and rebuilt from."""

    url: httpx.URL
    path: bytes  # the raw base path without its trailing slash ("" for the root)

    @classmethod
    def of(cls, url: str | httpx.URL) -> _Base:
        parsed = httpx.URL(url)
        return cls(url=parsed, path=parsed.raw_path.rstrip(b"/"))

    def remainder(self, url: httpx.URL) -> bytes | None:
        """What follows this base in ``url`` (path and query), or ``None`` when ``url`` is not under it."""
        if (url.scheme, url.host, url.port) != (self.url.scheme, self.url.host, self.url.port):
            return None
        raw = url.raw_path
        if raw == self.path:
            return b""
        if raw.startswith(self.path) and raw[len(self.path) : len(self.path) + 1] in (b"/", b"?"):
            return raw[len(self.path) :]
        return None

    def join(self, remainder: bytes) -> httpx.URL:
        return self.url.copy_with(raw_path=(self.path + remainder) or b"/")


@lru_cache(maxsize=64)
def _data_center_of(origin: str) -> DataCenter | None:
    """:func:`~zohokit.datacenters.data_center_for_url`, remembered: a token's origin rarely changes."""
    return data_center_for_url(origin)


class TokenRouting(httpx.Auth):
    """``httpx.Auth`` sending a Zoho client's requests to its token's data centre (see the module doc).

    Args:
        auth: the :class:`~zohokit.zoho_auth.ZohoOAuth` that authorises the requests; it may be
            shared by several clients.
        api: the API of the client (a key of :data:`~zohokit.datacenters.API_BASE_PATHS`).
        base_url: the client's base URL (the one its relative paths are joined to).
        follow_token: rewrite requests to the token's base URL; ``False`` when ``base_url`` is pinned.
        allow_insecure_http: permit plain ``http://`` to a host other than this machine.
    """

    def __init__(
        self,
        auth: ZohoOAuth,
        *,
        api: ZohoApi | str,
        base_url: str,
        follow_token: bool,
        allow_insecure_http: bool = False,
    ) -> None:
        api_base_url(api)  # refuse an unknown API name now rather than on the first request
        self._auth = auth
        self._api = api
        self._base = _Base.of(base_url)
        self._follow_token = follow_token
        self._allow_insecure_http = allow_insecure_http
        # Target base per api_domain (None: the token names none); the accounts server never changes.
        self._targets: dict[str | None, _Base | None] = {}
        self.requires_request_body = auth.requires_request_body
        self.requires_response_body = auth.requires_response_body

    @property
    def auth(self) -> ZohoOAuth:
        """The wrapped auth."""
        return self._auth

    @property
    def follows_token(self) -> bool:
        """Whether requests are rewritten to the token's base URL (no pinned ``base_url``)."""
        return self._follow_token

    # ----------------------------------------------------------------- decisions

    def token_origin(self) -> str:
        """Where the current token comes from: its ``api_domain``, else the auth's accounts server."""
        token = self._auth.token
        if token is not None and token.api_domain:
            return token.api_domain
        return self._auth.accounts_server

    def target_base_url(self) -> httpx.URL | None:
        """The base URL the current token calls for; ``None`` to keep the client's own."""
        target = self._target()
        return None if target is None else target.url

    def _target(self) -> _Base | None:
        token = self._auth.token
        api_domain = token.api_domain if token is not None and token.api_domain else None
        try:
            return self._targets[api_domain]
        except KeyError:
            pass
        if api_domain is not None:
            target: _Base | None = _Base.of(api_base_url(self._api, api_domain=api_domain))
        else:
            accounts_dc = _data_center_of(self._auth.accounts_server)
            target = None if accounts_dc is None else _Base.of(accounts_dc.base_url(self._api))
        self._targets[api_domain] = target
        return target

    def check(self, url: str | httpx.URL) -> None:
        """Raise :class:`~zohokit.errors.DataCenterMismatchError` if the token must not go to ``url``."""
        target = url if isinstance(url, httpx.URL) else httpx.URL(url)
        target_dc = data_center_for_host(target.host)
        if target_dc is None:
            return
        origin = self.token_origin()
        token_dc = _data_center_of(origin)
        if token_dc is target_dc:
            return
        raise DataCenterMismatchError(self._mismatch_message(target.host, target_dc, httpx.URL(origin).host, token_dc))

    def _mismatch_message(
        self, target_host: str, target_dc: DataCenter, origin_host: str, token_dc: DataCenter | None
    ) -> str:
        if token_dc is None:
            head = (
                f"refusing to send a token from {origin_host}, which is not a Zoho data centre (an emulator "
                f"or a proxy), to {target_host} in Zoho's {target_dc.name} data centre"
            )
        else:
            head = (
                f"refusing to send a token of Zoho's {token_dc.name} data centre ({origin_host}) to "
                f"{target_host} in the {target_dc.name} data centre"
            )
        if self._follow_token:
            return head + "; the request names that host itself"
        return (
            head + "; the client's base_url is pinned there: leave base_url out to follow the token, "
            "or use a token of that data centre"
        )

    def route(self, request: httpx.Request, built_for: httpx.URL) -> None:
        """Point ``request`` where the current token belongs, or refuse it (see the module doc).

        ``built_for`` is the URL the request was built with: a retry after a refresh is routed
        afresh from it, not from wherever the previous attempt went.
        """
        url = built_for
        if self._follow_token:
            target = self._target()
            remainder = self._base.remainder(built_for)
            if target is not None and remainder is not None:
                url = target.join(remainder)
        if url != request.url:
            request.url = url
            request.headers["Host"] = url.netloc.decode("ascii")
        self.check(url)
        require_secure_url(url, allow_insecure_http=self._allow_insecure_http, what="API request")

    # ----------------------------------------------------------------- the flows

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        built_for = request.url
        flow = self._auth.sync_auth_flow(request)
        try:
            outgoing = next(flow)
            while True:
                if outgoing is request:
                    self.route(request, built_for)
                response = yield outgoing
                outgoing = flow.send(response)
        except StopIteration:
            return
        finally:
            flow.close()

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        built_for = request.url
        flow = self._auth.async_auth_flow(request)
        try:
            outgoing = await flow.__anext__()
            while True:
                if outgoing is request:
                    self.route(request, built_for)
                response = yield outgoing
                outgoing = await flow.asend(response)
        except StopAsyncIteration:
            return
        finally:
            await flow.aclose()

    def __repr__(self) -> str:
        mode = "following the token" if self._follow_token else f"pinned to {self._base.url}"
        return f"TokenRouting({self._auth!r}, api={self._api!r}, {mode})"


def token_routing(
    auth: ZohoOAuth,
    *,
    api: ZohoApi | str,
    base_url: str,
    pinned: bool,
    allow_insecure_http: bool = False,
) -> TokenRouting:
    """The :class:`TokenRouting` of a client; a ``pinned`` base URL is checked against the token now.

    Raises :class:`~zohokit.errors.DataCenterMismatchError` when the pinned ``base_url`` is on
    another Zoho data centre than the token (or, before there is a token, the accounts server),
    before anything is sent.
    """
    routing = TokenRouting(
        auth, api=api, base_url=base_url, follow_token=not pinned, allow_insecure_http=allow_insecure_http
    )
    if pinned:
        routing.check(base_url)
    return routing


__all__ = ["TokenRouting", "token_routing"]

"""One call to a ready-to-use generated client: base URL, auth, retries, limits, timeouts.

::

    auth = zohokit.ZohoOAuth(client_id, client_secret, refresh_token=rt, dc="eu")
    crm = zohokit.zoho_client("crm", auth=auth)            # zohokit_crm.AuthenticatedClient
    leads = get_records.sync_detailed(client=crm, module_api_name="Leads")

The emulator's side (clients wired to a local emulator, and its controls) is in
:mod:`zohokit.testing`.

The generated packages (``zohokit_crm``, ``zohokit_recruit``, ...) are imported only when a client
is built, so zohokit imports even when some are missing. With an ``auth`` the result is the
package's ``AuthenticatedClient`` (which the secured operations' signatures require) whose
requests are authorised by ``auth``, not by its static ``token``; without one it is the
package's ``Client``. The same object serves sync and async calls: its transport is a
:class:`~zohokit.transports.DualTransport`.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Final, Literal, Unpack, overload

import httpx

from ._urls import require_secure_url
from .datacenters import API_BASE_PATHS, DataCenter, ZohoApi, api_base_url
from .limits import ConcurrencyLimit
from .retry import RetryPolicy
from .token_routing import token_routing
from .transports import build_transport
from .zoho_auth import ZohoOAuth

if TYPE_CHECKING:
    # For the factories' overloads only: at run time the generated packages are imported when a
    # client is built, so zohokit imports even when some are missing.
    import zohokit_accounts
    import zohokit_bigin
    import zohokit_connect
    import zohokit_crm
    import zohokit_crm_bulk
    import zohokit_recruit

    from .client_options import ConnectClientOptions, ZohoClientOptions

DEFAULT_TIMEOUT: Final = httpx.Timeout(30.0, connect=10.0)
"""Per-request timeouts (seconds) unless ``timeout=`` says otherwise."""

CONNECT_PRODUCTION_URL: Final = "https://api.mediaconnect.no/capi"
"""Connect's production base URL (its paths start with ``/v1``)."""


def _import_generated(package: str) -> Any:
    try:
        return importlib.import_module(package)
    except ImportError as exc:
        if exc.name is not None and exc.name != package:
            raise
        raise ImportError(
            f"the generated client package {package!r} is not importable: run `make generate` "
            "and put the generated/ folder on sys.path"
        ) from None


def _timeout(timeout: float | httpx.Timeout | None) -> httpx.Timeout:
    if isinstance(timeout, httpx.Timeout):
        return timeout
    return httpx.Timeout(timeout)


def _build(
    package: str,
    *,
    base_url: str,
    auth: httpx.Auth | None,
    retry: RetryPolicy | None,
    limit: ConcurrencyLimit | int | None,
    timeout: float | httpx.Timeout | None,
    transport: httpx.BaseTransport | httpx.AsyncBaseTransport | None,
    async_transport: httpx.AsyncBaseTransport | None,
    headers: Mapping[str, str] | None,
    raise_on_unexpected_status: bool,
    allow_insecure_http: bool,
    httpx_args: Mapping[str, Any] | None,
) -> Any:
    require_secure_url(base_url, allow_insecure_http=allow_insecure_http, what="API base URL")
    module = _import_generated(package)
    args = dict(httpx_args or {})
    if "transport" in args or "auth" in args:
        raise ValueError("pass transport= and auth= as arguments, not inside httpx_args")
    transport_args: dict[str, Any] = {k: args.pop(k) for k in ("verify", "cert", "proxy", "trust_env") if k in args}
    args["transport"] = build_transport(
        transport=transport,
        async_transport=async_transport,
        retry=retry,
        limit=limit,
        transport_args=transport_args,
    )
    common: dict[str, Any] = {
        "base_url": base_url.rstrip("/"),
        "timeout": _timeout(timeout),
        "headers": dict(headers or {}),
        "raise_on_unexpected_status": raise_on_unexpected_status,
    }
    if auth is None:
        return module.Client(httpx_args=args, **common)
    args["auth"] = auth
    # The generated AuthenticatedClient sets a static header from `token`; an empty prefix and
    # token make that header empty, and `auth` replaces it on every request.
    return module.AuthenticatedClient(token="", prefix="", httpx_args=args, **common)


def resolve_base_url(
    api: ZohoApi | str,
    *,
    auth: httpx.Auth | None = None,
    dc: str | DataCenter | None = None,
) -> str:
    """The base URL a Zoho client for ``api`` is built with.

    With a :class:`ZohoOAuth` the client then follows its token request by request (see
    :mod:`zohokit.token_routing`); this is where it starts, and where it stays when ``auth`` is
    another kind of ``httpx.Auth``.

    Precedence: the API domain of the token ``auth`` holds (a :class:`ZohoOAuth` that has a
    token), then ``dc``, then the data centre of ``auth``'s accounts server, then the US.
    Recruit and Accounts are served from their own hosts, selected by the data centre. For
    ``accounts`` a :class:`ZohoOAuth`'s own accounts server is used.
    """
    if isinstance(auth, ZohoOAuth):
        if api == "accounts" and dc is None:
            return auth.accounts_server + API_BASE_PATHS["accounts"]
        if auth.api_domain:
            return api_base_url(api, dc=dc, api_domain=auth.api_domain)
        if dc is None and auth.data_center is not None:
            return auth.data_center.base_url(api)
    return api_base_url(api, dc=dc)


@overload
def zoho_client(
    api: Literal["crm"], *, auth: httpx.Auth, **options: Unpack[ZohoClientOptions]
) -> zohokit_crm.AuthenticatedClient: ...
@overload
def zoho_client(
    api: Literal["crm"], *, auth: None = None, **options: Unpack[ZohoClientOptions]
) -> zohokit_crm.Client: ...
@overload
def zoho_client(
    api: Literal["crm_bulk"], *, auth: httpx.Auth, **options: Unpack[ZohoClientOptions]
) -> zohokit_crm_bulk.AuthenticatedClient: ...
@overload
def zoho_client(
    api: Literal["crm_bulk"], *, auth: None = None, **options: Unpack[ZohoClientOptions]
) -> zohokit_crm_bulk.Client: ...
@overload
def zoho_client(
    api: Literal["recruit"], *, auth: httpx.Auth, **options: Unpack[ZohoClientOptions]
) -> zohokit_recruit.AuthenticatedClient: ...
@overload
def zoho_client(
    api: Literal["recruit"], *, auth: None = None, **options: Unpack[ZohoClientOptions]
) -> zohokit_recruit.Client: ...
@overload
def zoho_client(
    api: Literal["bigin"], *, auth: httpx.Auth, **options: Unpack[ZohoClientOptions]
) -> zohokit_bigin.AuthenticatedClient: ...
@overload
def zoho_client(
    api: Literal["bigin"], *, auth: None = None, **options: Unpack[ZohoClientOptions]
) -> zohokit_bigin.Client: ...
@overload
def zoho_client(
    api: Literal["accounts"], *, auth: httpx.Auth, **options: Unpack[ZohoClientOptions]
) -> zohokit_accounts.AuthenticatedClient: ...
@overload
def zoho_client(
    api: Literal["accounts"], *, auth: None = None, **options: Unpack[ZohoClientOptions]
) -> zohokit_accounts.Client: ...


def zoho_client(
    api: ZohoApi,
    *,
    auth: httpx.Auth | None = None,
    dc: str | DataCenter | None = None,
    base_url: str | None = None,
    retry: RetryPolicy | None = None,
    limit: ConcurrencyLimit | int | None = None,
    timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
    transport: httpx.BaseTransport | httpx.AsyncBaseTransport | None = None,
    async_transport: httpx.AsyncBaseTransport | None = None,
    headers: Mapping[str, str] | None = None,
    raise_on_unexpected_status: bool = False,
    allow_insecure_http: bool = False,
    httpx_args: Mapping[str, Any] | None = None,
) -> object:
    """A generated ``zohokit_<api>`` client, ready to use (sync and async).

    Typed per API: ``zoho_client("crm", auth=auth)`` is a ``zohokit_crm.AuthenticatedClient``,
    ``zoho_client("accounts")`` a ``zohokit_accounts.Client``, and a type checker refuses a client
    of one API passed to another API's operation.

    Args:
        api: ``"crm"``, ``"crm_bulk"``, ``"recruit"``, ``"bigin"`` or ``"accounts"``.
        auth: usually a :class:`~zohokit.zoho_auth.ZohoOAuth`; any ``httpx.Auth`` works.
        dc: data centre key (``"eu"``) or :class:`~zohokit.datacenters.DataCenter`: where requests
            go when ``auth`` is not a :class:`ZohoOAuth`; with one, its token decides.
        base_url: pins the base URL. Without it, and with a :class:`ZohoOAuth`, every request goes to
            the current token's ``api_domain`` plus the API's base path (Recruit and Accounts: the
            hosts of the token's data centre), decided per request, after any refresh (see
            :mod:`zohokit.token_routing`). A pinned URL on another Zoho data centre than the token,
            or on a Zoho host with a token from the emulator, raises
            :class:`~zohokit.errors.DataCenterMismatchError` before anything is sent.
        retry: the retry policy (default ``RetryPolicy()``; ``NO_RETRIES`` disables).
        limit: concurrency cap, e.g. ``ConcurrencyLimit.for_edition("enterprise")``.
        timeout: seconds or an ``httpx.Timeout`` (``None`` disables timeouts).
        transport, async_transport: the innermost transports (tests, ASGI apps, proxies).
        headers: extra headers for every request.
        raise_on_unexpected_status: the generated client's option of that name.
        allow_insecure_http: permit ``http://`` to a non-loopback host.
        httpx_args: further ``httpx.Client`` arguments (``verify``, ``proxy``, ``event_hooks``...).
    """
    if api not in API_BASE_PATHS:
        known = ", ".join(sorted(API_BASE_PATHS))
        raise ValueError(f"unknown Zoho API {api!r}; expected one of {known}")
    start_url = base_url or resolve_base_url(api, auth=auth, dc=dc)
    if isinstance(auth, ZohoOAuth):
        # Zoho's rule: API calls go to the api_domain of the token in use, known only per request.
        auth = token_routing(
            auth, api=api, base_url=start_url, pinned=bool(base_url), allow_insecure_http=allow_insecure_http
        )
    return _build(
        f"zohokit_{api}",
        base_url=start_url,
        auth=auth,
        retry=retry,
        limit=limit,
        timeout=timeout,
        transport=transport,
        async_transport=async_transport,
        headers=headers,
        raise_on_unexpected_status=raise_on_unexpected_status,
        allow_insecure_http=allow_insecure_http,
        httpx_args=httpx_args,
    )


@overload
def connect_client(
    *, auth: httpx.Auth, **options: Unpack[ConnectClientOptions]
) -> zohokit_connect.AuthenticatedClient: ...
@overload
def connect_client(*, auth: None = None, **options: Unpack[ConnectClientOptions]) -> zohokit_connect.Client: ...


def connect_client(
    *,
    auth: httpx.Auth | None = None,
    base_url: str = CONNECT_PRODUCTION_URL,
    retry: RetryPolicy | None = None,
    limit: ConcurrencyLimit | int | None = None,
    timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
    transport: httpx.BaseTransport | httpx.AsyncBaseTransport | None = None,
    async_transport: httpx.AsyncBaseTransport | None = None,
    headers: Mapping[str, str] | None = None,
    raise_on_unexpected_status: bool = False,
    allow_insecure_http: bool = False,
    httpx_args: Mapping[str, Any] | None = None,
) -> object:
    """A generated ``zohokit_connect`` client for the Connect host at ``base_url``.

    ``auth`` is a :class:`~zohokit.connect_auth.ConnectClientCredentials` (client-mode
    operations) or :class:`~zohokit.connect_auth.ConnectAuthorizationCode` (user operations).
    Other arguments as for :func:`zoho_client`.
    """
    return _build(
        "zohokit_connect",
        base_url=base_url,
        auth=auth,
        retry=retry,
        limit=limit,
        timeout=timeout,
        transport=transport,
        async_transport=async_transport,
        headers=headers,
        raise_on_unexpected_status=raise_on_unexpected_status,
        allow_insecure_http=allow_insecure_http,
        httpx_args=httpx_args,
    )


__all__ = [
    "CONNECT_PRODUCTION_URL",
    "DEFAULT_TIMEOUT",
    "connect_client",
    "resolve_base_url",
    "zoho_client",
]

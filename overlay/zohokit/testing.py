"""The local emulator from the client's side: wired clients, auth and the emulator's controls.

::

    emu = zohokit.emulator("http://127.0.0.1:8080")     # a running `zoho-emulator`
    emu.reset()                                          # back to the seeded org
    with emu.client("crm") as crm:                       # zohokit_crm.AuthenticatedClient
        ...
    emu.advance_clock(3600)                              # expire every access token
    emu.inject_fault(503, path_prefix="/crm/v2", count=2)

The pytest plugin (``zohokit.pytest_plugin``) hands tests an :class:`Emulator` for a server it
starts once per session. The emulator itself is the ``zohokit_emulator`` package
(``pip install 'zohokit[emulator]'``); this module only talks HTTP to it, so it works against an
emulator in another process or on another port as well.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from datetime import datetime
from types import TracebackType
from typing import TYPE_CHECKING, Any, Final, Literal, TypeVar, overload
from urllib.parse import parse_qs, urlsplit

import httpx

from zohokit_emulator import config as emulator_defaults

from .clients import connect_client, zoho_client
from .connect_auth import ConnectAuthorizationCode, ConnectClientCredentials, connect_authorization_url
from .datacenters import API_BASE_PATHS, ZohoApi
from .zoho_auth import ZohoOAuth

if TYPE_CHECKING:
    # For the overloads of Emulator.client only; clients.py imports the packages when it builds.
    import zohokit_accounts
    import zohokit_bigin
    import zohokit_connect
    import zohokit_crm
    import zohokit_crm_bulk
    import zohokit_recruit

EMULATOR_URL: Final = "http://127.0.0.1:8080"
"""Where ``zoho-emulator`` (and ``make emulate``) listens by default."""
# The emulator's default credentials, from the one place that defines them (plain Python: reading
# them needs none of the emulator's own dependencies).
EMULATOR_CLIENT_ID: Final = emulator_defaults.DEFAULT_CLIENT_ID
EMULATOR_CLIENT_SECRET: Final = emulator_defaults.DEFAULT_CLIENT_SECRET
EMULATOR_REFRESH_TOKEN: Final = emulator_defaults.DEFAULT_REFRESH_TOKEN
EMULATOR_CONNECT_CLIENT_ID: Final = emulator_defaults.DEFAULT_CONNECT_CLIENT_ID
EMULATOR_CONNECT_CLIENT_SECRET: Final = emulator_defaults.DEFAULT_CONNECT_CLIENT_SECRET
EMULATOR_CONNECT_TOKEN_PATH: Final = "/user/oauth/token"
"""Where the emulator serves Connect's (ConnectID's) token endpoint, as on connectid.no."""

CONTROL_TIMEOUT: Final = httpx.Timeout(30.0)
"""Control calls (reset, clock, faults) wait this long; a reset of a big org takes a moment."""


class EmulatorControlError(RuntimeError):
    """A control call to the emulator (``/_emulator/...``) was refused or failed."""


@dataclasses.dataclass(frozen=True)
class Fault:
    """One injected fault, as the emulator reports it."""

    id: int
    status: int
    count: int | None
    path_prefix: str
    method: str | None
    retry_after: int | None
    code: str | None
    message: str | None


@dataclasses.dataclass(frozen=True)
class EmulatorSettings:
    """The emulator's runtime settings (``GET /_emulator/settings``)."""

    access_token_lifetime: int
    grant_code_lifetime: int
    token_requests_per_minute: int | None
    latency_ms: int
    api_credits_per_day: int | None
    concurrency_limit: int | None
    bulk_read_queue_seconds: float
    bulk_read_run_seconds: float
    bulk_read_downloads_per_minute: int


class _Keep:
    """Marks a setting :meth:`Emulator.update_settings` leaves as it is (``None`` is a value)."""

    def __repr__(self) -> str:
        return "KEEP"


KEEP: Final = _Keep()


class Emulator:
    """Clients, auth and controls for one running emulator, which serves every API on one origin.

    The emulator serves Zoho Accounts at ``/oauth/v2``, CRM at ``/crm/v2``, CRM bulk at
    ``/crm/bulk/v2``, Recruit at ``/recruit/v2``, Bigin at ``/bigin/v1``, Connect at
    ``/capi/v1`` (as on its real host; ``/v1`` at the root too) and ConnectID's token endpoint
    at ``/user/oauth/token``, with default OAuth clients
    (Zoho: ``emulator-client-id`` / ``emulator-client-secret`` with refresh token
    ``emulator-refresh-token``; Connect: ``emulator-connect-client-id`` /
    ``emulator-connect-client-secret``). Loopback ``http://`` is allowed as is; for an
    in-process emulator behind ``httpx.ASGITransport`` at a made-up host (``http://emulator``)
    pass ``allow_insecure_http=True`` and the transport (``async_transport=...``); its control
    routes answer only loopback names, so build that app with
    ``EmulatorConfig(control_hosts=("emulator",))`` to use the control methods there.

    ``zoho_auth`` is shared by every Zoho client this object builds, so they share one token.
    Keyword arguments given here (``transport=``, ``retry=``, ``timeout=``...) are defaults for
    every client; those given to :meth:`client` override them. Clients built here are closed by
    :meth:`close` (or leaving a ``with`` block) unless closed before.

    The control methods (:meth:`reset`, :meth:`advance_clock`, :meth:`inject_fault`, ...) are
    synchronous HTTP calls to ``/_emulator/``; they use the sync ``transport=`` default if one was
    given, the network otherwise.
    """

    def __init__(
        self,
        url: str = EMULATOR_URL,
        *,
        client_id: str = EMULATOR_CLIENT_ID,
        client_secret: str = EMULATOR_CLIENT_SECRET,
        refresh_token: str = EMULATOR_REFRESH_TOKEN,
        connect_client_id: str = EMULATOR_CONNECT_CLIENT_ID,
        connect_client_secret: str = EMULATOR_CONNECT_CLIENT_SECRET,
        connect_token_path: str = EMULATOR_CONNECT_TOKEN_PATH,
        **client_defaults: Any,
    ) -> None:
        self.url = url.rstrip("/")
        """The emulator's origin, e.g. ``http://127.0.0.1:8080``."""
        self.client_id = client_id
        self.connect_client_id = connect_client_id
        self._connect_client_secret = connect_client_secret
        self._connect_token_path = connect_token_path
        self._client_defaults = client_defaults
        self._allow_insecure_http = bool(client_defaults.get("allow_insecure_http", False))
        self._control: httpx.Client | None = None
        self._built: list[Any] = []
        self.zoho_auth = ZohoOAuth(
            client_id,
            client_secret,
            refresh_token=refresh_token,
            accounts_server=self.url,
            allow_insecure_http=self._allow_insecure_http,
        )

    # --- clients -------------------------------------------------------------------------------

    @property
    def base_url(self) -> str:
        """The origin (the same as :attr:`url`)."""
        return self.url

    def api_url(self, api: str) -> str:
        """The emulator's base URL of ``api`` (a Zoho API name, or ``"connect"``)."""
        if api == "connect":
            return self.url + "/capi"  # as on the real host (https://api.mediaconnect.no/capi)
        if api not in API_BASE_PATHS:
            raise ValueError(f"unknown API {api!r}")
        return self.url + API_BASE_PATHS[api]

    def connect_auth(self, **kwargs: Any) -> ConnectClientCredentials:
        """A client-credentials auth against the emulator's Connect token endpoint."""
        return ConnectClientCredentials(
            self.connect_client_id,
            self._connect_client_secret,
            token_url=self.url + self._connect_token_path,
            **{"allow_insecure_http": self._allow_insecure_http, **kwargs},
        )

    def connect_user_auth(self, **kwargs: Any) -> ConnectAuthorizationCode:
        """An authorization-code auth against the emulator's Connect token endpoint.

        Pass ``code=`` (from the emulator's ``/user/oauth/authorize`` redirect) and
        ``redirect_uri=``, or ``refresh_token=``.
        """
        return ConnectAuthorizationCode(
            self.connect_client_id,
            self._connect_client_secret,
            token_url=self.url + self._connect_token_path,
            **{"allow_insecure_http": self._allow_insecure_http, **kwargs},
        )

    def connect_signed_in_auth(
        self, redirect_uri: str = "http://127.0.0.1/callback", **kwargs: Any
    ) -> ConnectAuthorizationCode:
        """An authorization-code auth for the emulator's Connect user, already signed in.

        Walks the authorization step as a browser would (the emulator consents at once) and
        returns :meth:`connect_user_auth` with the grant code it redirected to ``redirect_uri``.
        """
        authorize = connect_authorization_url(
            client_id=self.connect_client_id,
            redirect_uri=redirect_uri,
            authorize_url=self.url + "/user/oauth/authorize",
        )
        redirect = self._control_client().get(authorize)
        location = redirect.headers.get("location", "")
        codes = parse_qs(urlsplit(location).query).get("code")
        if redirect.status_code not in (302, 303) or not codes:
            raise EmulatorControlError(f"the emulator's Connect sign-in answered {redirect.status_code}: {location!r}")
        return self.connect_user_auth(code=codes[0], redirect_uri=redirect_uri, **kwargs)

    # The overloads type each client as its API's own class. A Zoho API's client always has an
    # auth here (zoho_auth unless another is given), so they do not accept auth=None.
    @overload
    def client(
        self, api: Literal["crm"], *, auth: httpx.Auth = ..., **kwargs: Any
    ) -> zohokit_crm.AuthenticatedClient: ...
    @overload
    def client(
        self, api: Literal["crm_bulk"], *, auth: httpx.Auth = ..., **kwargs: Any
    ) -> zohokit_crm_bulk.AuthenticatedClient: ...
    @overload
    def client(
        self, api: Literal["recruit"], *, auth: httpx.Auth = ..., **kwargs: Any
    ) -> zohokit_recruit.AuthenticatedClient: ...
    @overload
    def client(
        self, api: Literal["bigin"], *, auth: httpx.Auth = ..., **kwargs: Any
    ) -> zohokit_bigin.AuthenticatedClient: ...
    @overload
    def client(self, api: Literal["accounts"], *, auth: None = None, **kwargs: Any) -> zohokit_accounts.Client: ...

    def client(self, api: ZohoApi, **kwargs: Any) -> object:
        """A generated Zoho client on the emulator; ``auth`` defaults to :attr:`zoho_auth`.

        Its type is the API's own client class (``zohokit_crm.AuthenticatedClient`` for ``"crm"``;
        ``zohokit_accounts.Client``, without auth, for ``"accounts"``).
        """
        options = {**self._client_defaults, **kwargs}
        options.setdefault("auth", None if api == "accounts" else self.zoho_auth)
        return self._keep(zoho_client(api, base_url=self.api_url(api), **options))

    def connect_client(self, *, auth: httpx.Auth | None = None, **kwargs: Any) -> zohokit_connect.AuthenticatedClient:
        """A generated Connect client on the emulator, authorised by ``auth`` (default:
        :meth:`connect_auth`)."""
        options = {**self._client_defaults, **kwargs}
        options["auth"] = auth or options.get("auth") or self.connect_auth()
        client: zohokit_connect.AuthenticatedClient = self._keep(
            connect_client(base_url=self.api_url("connect"), **options)
        )
        return client

    def _keep(self, client: Any) -> Any:
        self._built.append(client)
        return client

    # --- controls ------------------------------------------------------------------------------

    def health(self) -> dict[str, Any]:
        """``GET /_emulator/health``: status, services and loaded specs."""
        answer: dict[str, Any] = self._call("GET", "health")
        return answer

    def reset(self) -> None:
        """Back to the seeded org: records, tokens, clock, settings, faults and logs."""
        self._call("POST", "reset")

    def now(self) -> datetime:
        """The emulator clock's current time."""
        return datetime.fromisoformat(self._call("GET", "clock")["now"])

    def advance_clock(self, seconds: float) -> datetime:
        """Move the emulator clock forward (tokens expire, Bulk Read jobs finish); the new time."""
        return datetime.fromisoformat(self._call("POST", "clock", {"advance": seconds})["now"])

    def set_clock(self, when: datetime) -> datetime:
        """Set the emulator clock to ``when`` (timezone-aware); the new time."""
        return datetime.fromisoformat(self._call("POST", "clock", {"set": when.isoformat()})["now"])

    def inject_fault(
        self,
        status: int,
        *,
        count: int | None = 1,
        path_prefix: str = "",
        method: str | None = None,
        retry_after: int | None = None,
        code: str | None = None,
        message: str | None = None,
    ) -> Fault:
        """Make the next ``count`` matching API requests (``None``: all) answer ``status``.

        A 429 carries ``Retry-After`` (``retry_after`` seconds, default 1) and Zoho's
        ``TOO_MANY_REQUESTS`` body; a 5xx an ``INTERNAL_ERROR`` body unless ``code``/``message``
        say otherwise. ``path_prefix`` (e.g. ``/crm/v2/Leads``) and ``method`` narrow the match.
        """
        body: dict[str, Any] = {"status": status, "count": count, "path_prefix": path_prefix}
        optional = {"method": method, "retry_after": retry_after, "code": code, "message": message}
        body.update({name: value for name, value in optional.items() if value is not None})
        return _known_fields(Fault, self._call("POST", "faults", body)["fault"])

    def faults(self) -> list[Fault]:
        """The injected faults still armed."""
        return [_known_fields(Fault, item) for item in self._call("GET", "faults")["faults"]]

    def clear_faults(self) -> None:
        """Disarm every injected fault."""
        self._call("DELETE", "faults")

    def settings(self) -> EmulatorSettings:
        """The current runtime settings."""
        return _known_fields(EmulatorSettings, self._call("GET", "settings"))

    def update_settings(
        self,
        *,
        access_token_lifetime: int | _Keep = KEEP,
        grant_code_lifetime: int | _Keep = KEEP,
        token_requests_per_minute: int | _Keep | None = KEEP,
        latency_ms: int | _Keep = KEEP,
        api_credits_per_day: int | _Keep | None = KEEP,
        concurrency_limit: int | _Keep | None = KEEP,
        bulk_read_queue_seconds: float | _Keep = KEEP,
        bulk_read_run_seconds: float | _Keep = KEEP,
        bulk_read_downloads_per_minute: int | _Keep = KEEP,
    ) -> EmulatorSettings:
        """Change the named settings (``None`` switches a limit off); the settings after the change."""
        changes = {
            "access_token_lifetime": access_token_lifetime,
            "grant_code_lifetime": grant_code_lifetime,
            "token_requests_per_minute": token_requests_per_minute,
            "latency_ms": latency_ms,
            "api_credits_per_day": api_credits_per_day,
            "concurrency_limit": concurrency_limit,
            "bulk_read_queue_seconds": bulk_read_queue_seconds,
            "bulk_read_run_seconds": bulk_read_run_seconds,
            "bulk_read_downloads_per_minute": bulk_read_downloads_per_minute,
        }
        body = {name: value for name, value in changes.items() if not isinstance(value, _Keep)}
        return _known_fields(EmulatorSettings, self._call("PATCH", "settings", body))

    def credits_used(self) -> int:
        """API credits charged in the last 24 hours of emulator time."""
        used: int = self._call("GET", "credits")["used"]
        return used

    def deliveries(self) -> list[dict[str, Any]]:
        """Notification and callback deliveries the emulator attempted, oldest first."""
        delivered: list[dict[str, Any]] = self._call("GET", "deliveries")["deliveries"]
        return delivered

    def fixtures(self) -> dict[str, Any]:
        """Well-known seeded ids per API (submissions to review, Bigin's sample deal, ...)."""
        answer: dict[str, Any] = self._call("GET", "fixtures")
        return answer

    def problems(self) -> dict[str, list[str]]:
        """Responses that broke the specs (when checked) and unexpected server errors."""
        answer: dict[str, list[str]] = self._call("GET", "problems")
        return answer

    def _control_client(self) -> httpx.Client:
        if self._control is None:
            transport = self._client_defaults.get("transport")
            self._control = httpx.Client(
                timeout=CONTROL_TIMEOUT,
                trust_env=False,
                transport=transport if isinstance(transport, httpx.BaseTransport) else None,
            )
        return self._control

    def _call(self, method: str, route: str, body: Mapping[str, Any] | None = None) -> Any:
        try:
            response = self._control_client().request(method, f"{self.url}/_emulator/{route}", json=body)
        except httpx.HTTPError as exc:
            raise EmulatorControlError(f"{method} /_emulator/{route} failed: {exc}") from exc
        if response.is_error:
            raise EmulatorControlError(
                f"{method} /_emulator/{route} answered {response.status_code}: {response.text[:500]}"
            )
        return response.json()

    # --- lifecycle -----------------------------------------------------------------------------

    def close(self) -> None:
        """Close the control connection and every client built here (sync side)."""
        for client in self._built:
            client.__exit__(None, None, None)
        self._built.clear()
        if self._control is not None:
            self._control.close()
            self._control = None

    def __enter__(self) -> Emulator:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Emulator({self.url!r}, client_id={self.client_id!r})"


T = TypeVar("T")


def _known_fields(cls: type[T], values: Mapping[str, Any]) -> T:
    """``cls`` built from the keys of ``values`` it declares (a newer emulator may send more)."""
    names = {field.name for field in dataclasses.fields(cls)}  # type: ignore[arg-type]
    return cls(**{name: value for name, value in values.items() if name in names})


def emulator(url: str = EMULATOR_URL, **kwargs: Any) -> Emulator:
    """An :class:`Emulator` for the emulator at ``url`` (see there)."""
    return Emulator(url, **kwargs)


__all__ = [
    "EMULATOR_CLIENT_ID",
    "EMULATOR_CLIENT_SECRET",
    "EMULATOR_CONNECT_CLIENT_ID",
    "EMULATOR_CONNECT_CLIENT_SECRET",
    "EMULATOR_CONNECT_TOKEN_PATH",
    "EMULATOR_REFRESH_TOKEN",
    "EMULATOR_URL",
    "KEEP",
    "Emulator",
    "EmulatorControlError",
    "EmulatorSettings",
    "Fault",
    "emulator",
]

"""Point Zoho's official CRM v2 Python SDK (``zohocrmsdk2-0``, import name ``zcrmsdk``) at an emulator.

The SDK is configured once per process (``Initializer.initialize``): a user, a data centre
environment (API URL, accounts URL, file upload URL), an OAuth token, a token store, SDK settings,
a resource folder (where it caches field metadata) and a logger. Production code passes
``USDataCenter.PRODUCTION()``; here :class:`EmulatorDataCenter` gives the same environment for an
emulator origin, so the SDK's own code runs unchanged::

    with EmulatorServer() as server:
        session = initialize_sdk(server.url, work_dir)      # refresh-token flow, admin user
        for record in iter_records("Leads", per_page=200):  # or any zcrmsdk operation
            ...
        session.close()

Everything the SDK writes (token CSV, field-metadata cache, log file) goes into ``work_dir``.
Used by ``tests/sdk_compat`` and by the benchmarks that race the SDK against the generated clients.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlparse

import httpx
from zcrmsdk.src.com.zoho.api.authenticator.oauth_token import OAuthToken
from zcrmsdk.src.com.zoho.api.authenticator.store.file_store import FileStore
from zcrmsdk.src.com.zoho.api.logger import Logger
from zcrmsdk.src.com.zoho.crm.api import ParameterMap
from zcrmsdk.src.com.zoho.crm.api.dc.data_center import DataCenter
from zcrmsdk.src.com.zoho.crm.api.initializer import Initializer
from zcrmsdk.src.com.zoho.crm.api.record import APIException, GetRecordsParam, Record, RecordOperations
from zcrmsdk.src.com.zoho.crm.api.record import ResponseWrapper as RecordsWrapper
from zcrmsdk.src.com.zoho.crm.api.sdk_config import SDKConfig
from zcrmsdk.src.com.zoho.crm.api.user_signature import UserSignature
from zcrmsdk.src.com.zoho.crm.api.util import Utility

from zohokit_emulator.config import DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET, DEFAULT_REFRESH_TOKEN
from zohokit_emulator.services.accounts.directory import ADMIN

SDK_LOGGER = "SDKLogger"
"""The name of the logger the SDK writes to (it logs every request at INFO)."""

DEFAULT_EMAIL = ADMIN.email
"""The emulated org's admin, the owner of the emulator's default refresh token."""

DEFAULT_REDIRECT_URI = "http://127.0.0.1/oauth/callback"

_LOG_FORMAT = "%(asctime)s %(levelname)s %(module)s.%(funcName)s: %(message)s"


class EmulatorDataCenter(DataCenter):
    """A data centre whose API, accounts and file-upload hosts are all the emulator's origin.

    The counterpart of ``USDataCenter``: ``EmulatorDataCenter(origin).PRODUCTION()`` is what
    ``USDataCenter.PRODUCTION()`` is in production code.
    """

    def __init__(self, origin: str) -> None:
        self.origin = origin.rstrip("/")

    def get_iam_url(self) -> str:
        return self.origin + "/oauth/v2/token"

    def get_file_upload_url(self) -> str:
        return self.origin

    def PRODUCTION(self, name: str = "emulator") -> DataCenter.Environment:
        """The environment (``name`` becomes part of the SDK's token ids)."""
        return DataCenter.Environment(self.origin, self.get_iam_url(), self.get_file_upload_url(), name)


@dataclass
class SdkSession:
    """One initialised SDK configuration and the files it writes; :meth:`close` when done."""

    origin: str
    work_dir: Path
    user: UserSignature
    environment: DataCenter.Environment
    token: OAuthToken
    store: FileStore
    sdk_config: SDKConfig
    log_file: Path | None
    log_level: int = logging.INFO
    _log_handler: logging.Handler | None = field(default=None, repr=False)
    _previous_level: int = field(default=logging.NOTSET, repr=False)
    _closed: bool = field(default=False, repr=False)

    @property
    def token_file(self) -> Path:
        return Path(self.store.file_path)

    def activate(self) -> SdkSession:
        """Make this the SDK's process-wide configuration again (after another session's)."""
        Initializer.LOCAL.init = None  # a ``switch_user`` on this thread would shadow it
        Initializer.initialize(
            user=self.user,
            environment=self.environment,
            token=self.token,
            store=self.store,
            sdk_config=self.sdk_config,
            resource_path=str(self.work_dir),
            # No file here: the SDK would add a handler on every call; initialize_sdk attached one.
            logger=Logger.get_instance(_sdk_level(self.log_level), None),
        )
        return self

    def forget_tokens(self) -> None:
        """Drop the stored and in-memory access token, so the next call asks for a new one.

        Needed after ``POST /_emulator/reset``, which forgets the access tokens it issued (the
        SDK itself never retries a call that failed with ``INVALID_TOKEN``). The refresh token is
        kept: the emulator's default refresh token survives a reset.
        """
        self.store.delete_tokens()
        self.token.set_access_token(None)
        self.token.set_expires_in(None)
        self.token.set_id(None)

    def stored_tokens(self) -> list[OAuthToken]:
        """The rows of the SDK's token file, as the SDK reads them."""
        tokens: list[OAuthToken] = self.store.get_tokens()
        return tokens

    def close(self) -> None:
        """Detach the log file, restore the SDK logger's level and, if this session is the active
        one, unset the SDK's configuration."""
        if self._closed:
            return
        self._closed = True
        sdk_logger = logging.getLogger(SDK_LOGGER)
        if self._log_handler is not None:
            sdk_logger.removeHandler(self._log_handler)
            self._log_handler.close()
            self._log_handler = None
        sdk_logger.setLevel(self._previous_level)
        if Initializer.initializer is not None and Initializer.initializer.token is self.token:
            Initializer.initializer = None
            Initializer.LOCAL.init = None
            # The SDK caches the org's module list process-wide; the next session may be another org.
            Utility.api_supported_modules = {}

    def __enter__(self) -> SdkSession:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def _sdk_level(level: int) -> Logger.Levels:
    return Logger.Levels(level) if level in {m.value for m in Logger.Levels} else Logger.Levels.INFO


def initialize_sdk(
    origin: str,
    work_dir: Path | str,
    *,
    email: str = DEFAULT_EMAIL,
    client_id: str = DEFAULT_CLIENT_ID,
    client_secret: str = DEFAULT_CLIENT_SECRET,
    refresh_token: str | None = DEFAULT_REFRESH_TOKEN,
    grant_token: str | None = None,
    redirect_url: str | None = None,
    auto_refresh_fields: bool = False,
    pick_list_validation: bool = True,
    log_level: int = logging.INFO,
    log_to_file: bool = True,
) -> SdkSession:
    """Initialise the SDK against the emulator at ``origin`` (``http://127.0.0.1:PORT``).

    With ``grant_token`` (and no ``refresh_token``) the SDK exchanges the grant code on its first
    call, as in the authorization-code flow; otherwise it refreshes ``refresh_token`` (by default
    the emulator's, for the admin). ``auto_refresh_fields`` and ``pick_list_validation`` are the
    SDK's own settings (``SDKConfig``). The SDK's log goes to ``work_dir/sdk.log`` when
    ``log_to_file``; use ``log_level=logging.WARNING`` to keep per-request logging out of timings.
    """
    work = Path(work_dir)
    work.mkdir(parents=True, exist_ok=True)
    if grant_token is not None:
        refresh_token = None
    token = OAuthToken(
        client_id=client_id,
        client_secret=client_secret,
        grant_token=grant_token,
        refresh_token=refresh_token,
        redirect_url=redirect_url,
    )
    sdk_logger = logging.getLogger(SDK_LOGGER)
    previous_level = sdk_logger.level
    handler: logging.Handler | None = None
    log_file = work / "sdk.log" if log_to_file else None
    if log_file is not None:
        handler = logging.FileHandler(log_file, encoding="utf-8")
        handler.setFormatter(logging.Formatter(_LOG_FORMAT))
        sdk_logger.addHandler(handler)
    session = SdkSession(
        origin=origin.rstrip("/"),
        work_dir=work,
        user=UserSignature(email),
        environment=EmulatorDataCenter(origin).PRODUCTION(),
        token=token,
        store=FileStore(str(work / "sdk_tokens.csv")),
        sdk_config=SDKConfig(auto_refresh_fields=auto_refresh_fields, pick_list_validation=pick_list_validation),
        log_file=log_file,
        log_level=log_level,
        _log_handler=handler,
        _previous_level=previous_level,
    )
    try:
        return session.activate()
    except BaseException:
        session.close()
        raise


def fetch_grant_token(
    origin: str,
    scope: str,
    *,
    client_id: str = DEFAULT_CLIENT_ID,
    redirect_uri: str = DEFAULT_REDIRECT_URI,
    user: str | None = None,
    offline: bool = True,
) -> str:
    """Go through the emulator's consent step (``GET /oauth/v2/auth``) and return the grant code.

    ``user`` (an e-mail or user id) is who consents; the emulator's default is the admin.
    """
    params = {
        "client_id": client_id,
        "response_type": "code",
        "redirect_uri": redirect_uri,
        "scope": scope,
        "access_type": "offline" if offline else "online",
    }
    if user is not None:
        params["emulator_user"] = user
    response = httpx.get(origin.rstrip("/") + "/oauth/v2/auth", params=params, follow_redirects=False)
    if response.status_code != 302:
        raise RuntimeError(f"consent step failed: HTTP {response.status_code}")
    query = parse_qs(urlparse(response.headers["location"]).query)
    if "code" not in query:
        raise RuntimeError(f"consent step refused: {query.get('error', ['?'])[0]}")
    return query["code"][0]


def iter_records(module_api_name: str, per_page: int = 200, **params: Any) -> Iterator[Record]:
    """Every record of a module through the active SDK session, page after page.

    ``params`` are further ``GetRecordsParam`` names (``fields="Last_Name,Email"``,
    ``sort_by="Created_Time"``...). Stops when ``info.more_records`` is false; raises on an API
    error or when the SDK swallowed one (it returns None for a response it could not read).
    """
    operations = RecordOperations()
    page = 1
    while True:
        param_map = ParameterMap()
        param_map.add(GetRecordsParam.page, page)
        param_map.add(GetRecordsParam.per_page, per_page)
        for name, value in params.items():
            param_map.add(getattr(GetRecordsParam, name), value)
        response = operations.get_records(module_api_name, param_map)
        if response is None:
            raise RuntimeError(f"the SDK returned no response for page {page} of {module_api_name}")
        if response.get_status_code() == 204:
            return
        body = response.get_object()
        if isinstance(body, APIException):
            raise RuntimeError(f"{body.get_code().get_value()}: {body.get_message().get_value()}")
        if not isinstance(body, RecordsWrapper):
            raise RuntimeError(f"unexpected SDK response {type(body).__name__}")
        yield from body.get_data()
        if not body.get_info().get_more_records():
            return
        page += 1

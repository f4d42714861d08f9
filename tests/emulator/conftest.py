"""Fixtures for the emulator's own tests: a fresh in-process emulator per test, reached through
``httpx.AsyncClient`` over ``httpx.ASGITransport``."""

from __future__ import annotations

import json
import threading
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from contextlib import asynccontextmanager
from typing import Any, TypeVar

import httpx
import pytest
from starlette.applications import Starlette

from tests.loopback import LoopbackServer
from zohokit_emulator import EmulatorConfig, backend_of, create_app
from zohokit_emulator.core.backend import Backend
from zohokit_emulator.core.http import MISSING
from zohokit_emulator.core.validation import load_spec

StoreT = TypeVar("StoreT")

ORIGIN = "http://emulator.test"
IN_PROCESS_HOSTS = ("emulator.test", "emulator")
"""The made-up hosts these tests reach in-process apps at; control routes accept them by configuration."""
TOKEN_FORM = {
    "grant_type": "refresh_token",
    "client_id": "emulator-client-id",
    "client_secret": "emulator-client-secret",
    "refresh_token": "emulator-refresh-token",
}


def _emulator_app(config: EmulatorConfig) -> Iterator[Starlette]:
    """An in-process emulator for one test; closed after it, which must have caused no server error."""
    application = create_app(config)
    yield application
    backend = backend_of(application)
    backend.close()
    # An unexpected error is recorded even when debug re-raises it: no test may leave one behind.
    assert backend.server_errors == [], backend.server_errors


@pytest.fixture
def app() -> Iterator[Starlette]:
    yield from _emulator_app(EmulatorConfig(debug=True, control_hosts=IN_PROCESS_HOSTS))


@pytest.fixture
def unvalidated_app() -> Iterator[Starlette]:
    """An emulator with request validation off (``--no-validate``)."""
    yield from _emulator_app(EmulatorConfig(debug=True, validate_requests=False, control_hosts=IN_PROCESS_HOSTS))


@pytest.fixture
def backend(app: Starlette) -> Backend:
    return backend_of(app)


@pytest.fixture
async def client(app: Starlette) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url=ORIGIN) as http:
        yield http


@pytest.fixture
async def token(client: httpx.AsyncClient) -> str:
    response = await client.post("/oauth/v2/token", data=TOKEN_FORM)
    assert response.status_code == 200, response.text
    value: str = response.json()["access_token"]
    return value


@asynccontextmanager
async def _authorized_client(app: Starlette, token: str, base_path: str) -> AsyncIterator[httpx.AsyncClient]:
    """A client of ``base_path`` on ``app`` that sends ``token`` as its access token."""
    headers = {"Authorization": f"Zoho-oauthtoken {token}"}
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app), base_url=ORIGIN + base_path, headers=headers
    ) as http:
        yield http


@pytest.fixture
async def crm(app: Starlette, token: str) -> AsyncIterator[httpx.AsyncClient]:
    """A client of ``/crm/v2`` that sends the admin's access token."""
    async with _authorized_client(app, token, "/crm/v2") as http:
        yield http


@pytest.fixture
async def bulk(app: Starlette, token: str) -> AsyncIterator[httpx.AsyncClient]:
    """A client of ``/crm/bulk/v2`` that sends the admin's access token."""
    async with _authorized_client(app, token, "/crm/bulk/v2") as http:
        yield http


def spec_conformance_hook(api: str, base: str) -> Callable[[httpx.Response], Awaitable[None]]:
    """An httpx response hook asserting that every answer under ``base`` is one ``spec/dist/<api>.yaml``
    documents (status, content type, body valid for the schema). 405s are the router's, not an operation's."""
    spec = load_spec(api)
    assert spec is not None, f"spec/dist/{api}.yaml is missing"

    async def check(response: httpx.Response) -> None:
        path = response.request.url.path
        if not path.startswith(base) or response.status_code == 405:
            return
        await response.aread()
        operation = spec.find(response.request.method, path)
        assert operation is not None, f"no operation for {response.request.method} {path}"
        body: Any = response.json() if response.content else MISSING
        content_type = response.headers.get("content-type")
        problems = spec.check_response(operation, response.status_code, content_type, body)
        assert not problems, problems

    return check


@asynccontextmanager
async def conforming_api(app: Starlette, api: str, base: str) -> AsyncIterator[httpx.AsyncClient]:
    """A client with the admin's token whose every response under ``base`` is checked against the spec."""
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app),
        base_url="http://emulator",
        event_hooks={"response": [spec_conformance_hook(api, base)]},
    ) as http:
        token = (await http.post("/_emulator/tokens", json={})).json()["access_token"]
        http.headers["Authorization"] = f"Zoho-oauthtoken {token}"
        yield http


def conforming_api_fixture(api: str, base: str) -> Any:
    """The ``api`` fixture of a test module about one service: ``conforming_api`` for ``api`` under
    ``base`` on the test's app. Assign it to a module-level name; pytest knows it as ``api``."""

    @pytest.fixture(name="api")
    async def api_fixture(app: Starlette) -> AsyncIterator[httpx.AsyncClient]:
        """The API with the admin's token; every response is checked against the spec."""
        async with conforming_api(app, api, base) as http:
            yield http

    return api_fixture


def service_store(app: Starlette, api: str, kind: type[StoreT]) -> StoreT:
    """The store that serves ``api`` in ``app``, asserted to be a ``kind``."""
    store = backend_of(app).store(api)
    assert isinstance(store, kind), store
    return store


def zoho_error(response: httpx.Response, status: int, code: str) -> dict[str, Any]:
    """Assert ``response`` is Zoho's error ``code`` with HTTP ``status``; its JSON body."""
    assert response.status_code == status, response.text
    body: dict[str, Any] = response.json()
    assert body["code"] == code and body["status"] == "error", body
    return body


async def every_record(api: httpx.AsyncClient, url: str, per_page: int = 200) -> list[dict[str, Any]]:
    """Every record a Zoho list URL pages through (``page``, ``per_page``; 204 for an empty page)."""
    records: list[dict[str, Any]] = []
    page = 1
    while True:
        response = await api.get(url, params={"page": page, "per_page": per_page})
        if response.status_code == 204:
            return records
        assert response.status_code == 200, response.text
        body = response.json()
        records += body["data"]
        if not body["info"]["more_records"]:
            return records
        page += 1


class Receiver(LoopbackServer):
    """A loopback HTTP server that records the JSON bodies POSTed to it."""

    def __init__(self) -> None:
        self.bodies: list[dict[str, Any]] = []
        self.paths: list[str] = []
        self.event = threading.Event()
        super().__init__(self._record)

    def _record(self, path: str, headers: dict[str, str], body: bytes) -> int:
        self.bodies.append(json.loads(body or b"null"))
        self.paths.append(path)
        self.event.set()
        return 200

    @property
    def url(self) -> str:
        return self.origin


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    server = Receiver()
    server.start()
    yield server
    server.close()


async def first_id(crm: httpx.AsyncClient, module: str, **params: Any) -> str:
    response = await crm.get(f"/{module}", params=params)
    assert response.status_code == 200, response.text
    value: str = response.json()["data"][0]["id"]
    return value


async def renew_token(api: httpx.AsyncClient, client: httpx.AsyncClient) -> None:
    """Give ``api`` a fresh access token (after a test moved the clock past the old one's hour)."""
    token = (await client.post("/_emulator/tokens")).json()["access_token"]
    api.headers["Authorization"] = f"Zoho-oauthtoken {token}"

"""One emulator and one SDK session for the suite; every test starts from the seeded state.

The SDK's configuration is process-global, so the shared session is re-activated before each
test that asks for ``crm`` (a test may have initialised its own session in between). After
every test the emulator must have seen no response that breaks the spec, no unexpected error,
and only requests the spec describes and accepts whole (``requests`` is watched for what the SDK
really sends; the emulator itself leaves problems inside single records to its handlers).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
import requests

from zohokit_emulator import EmulatorConfig, EmulatorServer
from zohokit_emulator.core.errors import ZohoError
from zohokit_emulator.core.http import MISSING
from zohokit_emulator.core.validation import ApiSpec

from .sdk_session import SdkSession, initialize_sdk

API_OF_PREFIX = {"/crm/v2/": "crm", "/oauth/v2/": "accounts"}


@pytest.fixture(scope="session")
def emulator() -> Iterator[EmulatorServer]:
    with EmulatorServer(EmulatorConfig(check_responses=True)) as server:
        yield server


@pytest.fixture(scope="session")
def shared_session(emulator: EmulatorServer, tmp_path_factory: pytest.TempPathFactory) -> Iterator[SdkSession]:
    session = initialize_sdk(emulator.url, tmp_path_factory.mktemp("sdk"))
    yield session
    session.close()


@pytest.fixture
def crm(shared_session: SdkSession) -> SdkSession:
    """The shared refresh-token session, active, with no token left from before the reset."""
    shared_session.forget_tokens()
    return shared_session.activate()


@pytest.fixture
def new_session(emulator: EmulatorServer, tmp_path: Path) -> Iterator[Callable[..., SdkSession]]:
    """Initialise further SDK sessions (own folders under ``tmp_path``); closed after the test."""
    opened: list[SdkSession] = []

    def make(name: str = "session", **options: Any) -> SdkSession:
        session = initialize_sdk(emulator.url, tmp_path / name, **options)
        opened.append(session)
        return session

    yield make
    for session in reversed(opened):
        session.close()


@pytest.fixture
def recorded() -> list[requests.PreparedRequest]:
    """Every HTTP request made through ``requests`` during the test, as sent (filled by ``sent``)."""
    return []


@pytest.fixture
def sent(monkeypatch: pytest.MonkeyPatch, recorded: list[requests.PreparedRequest]) -> list[tuple[str, str]]:
    """``(METHOD, path)`` of every HTTP request made through ``requests`` during the test."""
    calls: list[tuple[str, str]] = []
    original = requests.Session.send

    def send(self: requests.Session, request: requests.PreparedRequest, **kwargs: Any) -> requests.Response:
        calls.append((str(request.method), urlsplit(str(request.url)).path))
        recorded.append(request.copy())
        return original(self, request, **kwargs)

    monkeypatch.setattr(requests.Session, "send", send)
    return calls


def request_problems(spec: ApiSpec, request: requests.PreparedRequest) -> str | None:
    """Why the spec refuses a recorded request as a whole (query and JSON body, every item of
    ``data`` included), or None when it validates."""
    url = urlsplit(str(request.url))
    operation = spec.find(str(request.method), url.path)
    if operation is None:
        return None
    content_type = str(request.headers.get("Content-Type", "")).lower()
    raw = request.body
    body = raw.encode() if isinstance(raw, str) else raw if isinstance(raw, bytes) else b""
    json_body: Any = MISSING
    if body.strip() and "multipart/" not in content_type and "x-www-form-urlencoded" not in content_type:
        json_body = json.loads(body)  # as the emulator reads it: JSON with or without a Content-Type
    try:
        spec.validate_request(
            operation,
            path=url.path,
            query=parse_qs(url.query),
            headers=request.headers,
            json_body=json_body,
            body_present=bool(body.strip()),
            content_type=content_type,
            per_item_key=None,
        )
    except ZohoError as error:
        return f"{request.method} {url.path}: {error.code} {error.details}"
    return None


@pytest.fixture(autouse=True)
def conforming(
    emulator: EmulatorServer, sent: list[tuple[str, str]], recorded: list[requests.PreparedRequest]
) -> Iterator[None]:
    """Seeded state before; after: every request described by the spec, every answer conforming."""
    httpx.post(emulator.url + "/_emulator/reset").raise_for_status()
    yield
    undescribed = []
    for method, path in sent:
        api = next((name for prefix, name in API_OF_PREFIX.items() if path.startswith(prefix)), None)
        spec = emulator.backend.specs.get(api) if api else None
        if spec is None or spec.find(method, path) is None:
            undescribed.append(f"{method} {path}")
    assert undescribed == [], "the SDK called operations spec/dist does not describe"
    refused = []
    for request in recorded:
        api = next(
            (name for prefix, name in API_OF_PREFIX.items() if urlsplit(str(request.url)).path.startswith(prefix)), None
        )
        spec = emulator.backend.specs.get(api) if api else None
        problem = request_problems(spec, request) if spec is not None and api != "accounts" else None
        if problem is not None:
            refused.append(problem)
    assert refused == [], "the spec refuses requests the SDK sends"
    problems = httpx.get(emulator.url + "/_emulator/problems").json()
    assert problems == {"response_problems": [], "server_errors": []}

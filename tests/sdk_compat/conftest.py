"""One emulator and one SDK session for the suite; every test starts from the seeded state.

The SDK's configuration is process-global, so the shared session is re-activated before each
test that asks for ``crm`` (a test may have initialised its own session in between). After
every test the emulator must have seen no response that breaks the spec, no unexpected error,
and only requests the spec describes (``requests`` is watched for what the SDK really sends).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest
import requests

from zohokit_emulator import EmulatorConfig, EmulatorServer

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
def sent(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """``(METHOD, path)`` of every HTTP request made through ``requests`` during the test."""
    calls: list[tuple[str, str]] = []
    original = requests.Session.send

    def send(self: requests.Session, request: requests.PreparedRequest, **kwargs: Any) -> requests.Response:
        calls.append((str(request.method), urlsplit(str(request.url)).path))
        return original(self, request, **kwargs)

    monkeypatch.setattr(requests.Session, "send", send)
    return calls


@pytest.fixture(autouse=True)
def conforming(emulator: EmulatorServer, sent: list[tuple[str, str]]) -> Iterator[None]:
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
    problems = httpx.get(emulator.url + "/_emulator/problems").json()
    assert problems == {"response_problems": [], "server_errors": []}

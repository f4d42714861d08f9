"""One emulator server per module of integration tests, reset before each test.

The tests drive the generated clients through zohokit exactly as user code would: over real HTTP
on loopback, with OAuth, retries and pagination in the path.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any, cast

import httpx
import pytest

import zohokit
from zohokit.transports import ASYNC_TRANSPORT_ENV
from zohokit_emulator import EmulatorServer

NO_PROBLEMS: dict[str, list[str]] = {"response_problems": [], "server_errors": []}
"""What ``/_emulator/problems`` holds after any test here: faults the tests inject are answers, not
problems, so anything listed is an emulator bug the test ran into."""


@pytest.fixture(scope="module")
def server() -> Iterator[EmulatorServer]:
    with EmulatorServer() as running:
        yield running
        assert httpx.get(running.url + "/_emulator/problems").json() == NO_PROBLEMS


@pytest.fixture
def control(server: EmulatorServer) -> Iterator[httpx.Client]:
    """An httpx client for the emulator's /_emulator/ control routes; the state is reset first, and
    the test must leave no problems behind (checked before the next reset would clear them)."""
    with httpx.Client(base_url=server.url, timeout=30) as http:
        http.post("/_emulator/reset").raise_for_status()
        yield http
        assert http.get("/_emulator/problems").json() == NO_PROBLEMS


@pytest.fixture(params=["aiohttp", "httpx"])
def async_stack(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Run an async test once per async transport a client can default to (aiohttp, httpx's own);
    clients built during the test use it (``ZOHOKIT_ASYNC_TRANSPORT``)."""
    stack: str = request.param
    monkeypatch.setenv(ASYNC_TRANSPORT_ENV, stack)
    return stack


@pytest.fixture
def emu(server: EmulatorServer, control: httpx.Client) -> Iterator[zohokit.Emulator]:
    """Clients and auth wired to the emulator (refresh-token grant of the default OAuth client),
    closed after the test (its control connection and the sync side of the clients it built)."""
    with zohokit.emulator(server.url) as emulator:
        yield emulator


ClientFactory = Callable[..., Any]


@pytest.fixture
def clients(emu: zohokit.Emulator) -> Iterator[ClientFactory]:
    """``clients("crm")`` builds a sync client on the emulator and closes it after the test.

    Async tests open their clients with ``async with`` instead, so they close on their own loop.
    """
    made: list[Any] = []

    def make(api: str, *, via: zohokit.Emulator | None = None, **options: Any) -> Any:
        source = via or emu
        # ``api`` is any name the tests pass; the overloads of ``client`` want it as a literal.
        client = source.connect_client(**options) if api == "connect" else source.client(cast(Any, api), **options)
        made.append(client)
        return client

    yield make
    for client in made:
        client.get_httpx_client().close()

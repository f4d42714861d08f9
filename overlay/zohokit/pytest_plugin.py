"""pytest plugin: the ``zoho_emulator`` fixture, a local emulator of every API for your tests.

Installed with the kit (``pytest11`` entry point ``zohokit``); the fixture needs the emulator's
dependencies, ``pip install 'zohokit[emulator]'``. Tests that do not use it pay nothing::

    def test_lists_leads(zoho_emulator):
        with zoho_emulator.client("crm") as crm:
            page = zohokit.unwrap(get_records.sync_detailed("Leads", client=crm))
            assert page.data

The server starts once per test session on a free 127.0.0.1 port (in a background thread of the
test process) and every test gets a fresh :class:`~zohokit.testing.Emulator` for it after the
emulator was reset to its seeded org, so tests never see each other's records, tokens, clock,
settings or faults. Clients built through it are closed when the test ends.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from .testing import Emulator

EXTRA_HINT = "the zoho_emulator fixture needs the emulator's dependencies: pip install 'zohokit[emulator]'"


def _start_server() -> Any:
    try:
        from zohokit_emulator import EmulatorServer
    except ImportError as exc:
        raise pytest.UsageError(f"{EXTRA_HINT} ({exc})") from exc
    return EmulatorServer().start()


@pytest.fixture(scope="session")
def zoho_emulator_url() -> Iterator[str]:
    """The origin of the session's emulator (``http://127.0.0.1:<port>``), started on first use."""
    server = _start_server()
    try:
        yield server.url
    finally:
        server.stop()


@pytest.fixture
def zoho_emulator(zoho_emulator_url: str) -> Iterator[Emulator]:
    """An :class:`~zohokit.testing.Emulator` for the session's emulator, reset to its seeded org."""
    emulator = Emulator(zoho_emulator_url)
    emulator.reset()
    try:
        yield emulator
    finally:
        emulator.close()

"""`make demo` keeps working: its tour runs end to end against the emulator and says so."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

import demo
from zohokit_emulator import EmulatorServer


def test_demo_tour_completes_every_step(
    server: EmulatorServer, control: httpx.Client, capsys: pytest.CaptureFixture[str]
) -> None:
    # In a thread of its own, as on the command line: the demo's asyncio.run() must not replace the
    # event loop pytest-asyncio manages for this thread.
    with ThreadPoolExecutor(max_workers=1) as pool:
        assert pool.submit(demo.run, server.url).result() == 0
    output = capsys.readouterr().out
    for step in ("OAuth", "CRM insert + search", "CRM paging", "CRM bulk read", "Recruit review", "Bigin relation"):
        assert f"-> {step}" in output
    assert "FAILED" not in output
    assert "token refreshed after expiry" in output
    assert "review SUCCESS; second review STATUS_ALREADY_CHANGED" in output

"""The credit meter's running total stays the sum of the charges inside the 24-hour window."""

from __future__ import annotations

import pytest

from zohokit_emulator.core.clock import Clock
from zohokit_emulator.core.credits import CreditMeter
from zohokit_emulator.core.errors import ZohoError

HOUR = 3600.0


def test_charges_leave_the_total_as_they_leave_the_window() -> None:
    clock = Clock()
    clock.freeze()
    meter = CreditMeter(clock)
    for hour, credits in enumerate((1, 2, 3, 4)):
        meter.charge(credits, limit=None)
        if hour < 3:
            clock.advance(HOUR)
    assert meter.used() == 10
    clock.advance(21 * HOUR)  # the first charge is 24 hours old: it leaves the window
    assert meter.used() == 9
    clock.advance(2 * HOUR)
    assert meter.used() == 4
    with pytest.raises(ZohoError) as exhausted:
        meter.charge(3, limit=6)
    assert exhausted.value.body()["details"] == {"limit": 6, "used": 4}
    assert meter.used() == 4, "a refused charge spends nothing"
    meter.reset()
    assert meter.used() == 0
    meter.charge(6, limit=6)
    assert meter.used() == 6


def test_many_charges_add_up() -> None:
    meter = CreditMeter(Clock())
    for _ in range(10_000):
        meter.charge(2, limit=None)
    assert meter.used() == 20_000

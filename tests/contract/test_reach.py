"""A generic fuzzer, given only a bundled spec and a token, reaches every operation.

Runs ``scripts/fuzz_reach.py``'s measurement (schemathesis's CLI, all phases, default checks, one
token, against a fresh emulator, as ``make reach`` does) for every API. Every operation must answer
2xx at least once, and no check may fail beyond the documented Zoho behaviours the script
recognises (per-record 202 answers, Accounts' HTTP-200 errors, 400 for ids of objects that do not
exist, 204 for a record that is gone, refusals by an operation's own rule stated in the spec as
``x-zoho-rule``).
"""

from __future__ import annotations

import pytest
from fuzz_reach import measure

APIS = ("accounts", "crm", "crm_bulk", "recruit", "bigin", "connect")
EXAMPLES = 15
SEED = 20240229


@pytest.mark.parametrize("api", APIS)
def test_every_operation_answers_2xx_without_undocumented_failures(api: str) -> None:
    reach = measure(api, EXAMPLES, SEED)
    missed = {op: dict(reach.statuses.get(op, {})) for op in reach.missed}
    assert not missed, missed
    assert not reach.failures, dict(reach.failures)

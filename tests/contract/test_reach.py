"""A generic fuzzer, given only a bundled spec and a token, reaches every operation.

Runs ``scripts/fuzz_reach.py``'s measurement (schemathesis's CLI, all phases, default checks, one
token, against a fresh emulator) for every API, as ``make reach`` does. Every operation but the few
listed in ``UNREACHED`` must answer 2xx at least once, and no check may fail
beyond the documented Zoho behaviours the script recognises (per-record 202 answers, Accounts'
HTTP-200 errors, 400 for ids of objects that do not exist, 204 for a record that is gone, refusals
by an operation's own rule stated in the spec as ``x-zoho-rule``).
"""

from __future__ import annotations

import pytest
from fuzz_reach import measure

APIS = ("accounts", "crm", "crm_bulk", "recruit", "bigin", "connect")
EXAMPLES = 15
CAPTURED_MODULE = (
    "schemathesis's examples phase puts a module captured from an earlier request in front of the "
    "example's record id before it has captured a record (README, make reach), Zoho refuses that "
    "pair with a 400 and the first refusal ends the phase for the operation"
)
UNREACHED = {
    "accounts": {"GET /auth": "the authorization endpoint's success is its documented 302 redirect to the client"},
    "crm": {
        "POST /{module_api_name}/{record_id}/actions/share": CAPTURED_MODULE,
        "PUT /{module_api_name}/{record_id}/Notes/{note_id}": CAPTURED_MODULE,
        "DELETE /{module_api_name}/{record_id}/Notes/{note_id}": CAPTURED_MODULE,
        "POST /{module_api_name}/{record_id}/Attachments": CAPTURED_MODULE,
    },
}
"""The operations the fuzzer may miss, and why: an operation missed that is not listed fails. A listed
one is reached in some runs (the order in which schemathesis captures values varies with timing), so
reaching it does not fail."""
SEED = 20240229


@pytest.mark.parametrize("api", APIS)
def test_every_operation_answers_2xx_without_undocumented_failures(api: str) -> None:
    reach = measure(api, EXAMPLES, SEED)
    missed = {op: dict(reach.statuses.get(op, {})) for op in reach.missed}
    assert set(missed) <= set(UNREACHED.get(api, {})), missed
    assert not reach.failures, dict(reach.failures)

"""Contract: spec/dist/accounts.yaml (Zoho Accounts OAuth2) against the emulator."""

from __future__ import annotations

from typing import Any

from schemathesis import Case

from zohokit_emulator.config import DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET, DEFAULT_REFRESH_TOKEN

from .harness import ContractSuite, Emulator


def _known_values(emulator: Emulator) -> dict[str, list[Any]]:
    """The default client and its refresh token, in the query and in the form body."""
    known: dict[str, list[Any]] = {}
    for where in ("query", "body"):
        known[f"{where}.client_id"] = [DEFAULT_CLIENT_ID]
        known[f"{where}.client_secret"] = [DEFAULT_CLIENT_SECRET]
        known[f"{where}.refresh_token"] = [DEFAULT_REFRESH_TOKEN]
        known[f"{where}.token"] = [DEFAULT_REFRESH_TOKEN]
    return known


suite = ContractSuite(
    "accounts",
    known_values=_known_values,
    refusal_statuses={
        # Zoho Accounts answers refused token requests with HTTP 200 and {"error": ...} (the spec's
        # "Errors come back as HTTP 200"); revocation refusals look the same.
        "createToken": "200",
        "revokeToken": "200",
    },
)
schema = suite.schema


@schema.parametrize()
def test_operation(case: Case) -> None:
    suite.run_case(case)


TestWorkflow = suite.state_machine().TestCase

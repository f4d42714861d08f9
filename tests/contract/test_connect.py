"""Contract: spec/dist/connect.yaml (the Connect recruitment API) against the emulator."""

from __future__ import annotations

from typing import Any

from schemathesis import Case

from .harness import ContractSuite, Emulator


def _known_values(emulator: Emulator) -> dict[str, list[Any]]:
    seeded = emulator.fixtures()["connect"]
    return {
        "path.campaign": [seeded["campaign"]],
        "body.campaign": [seeded["campaign"]],
        "body.product": [seeded["product"]],
    }


suite = ContractSuite(
    "connect",
    known_values=_known_values,
    # The spec's servers end in /capi (Mediaconnect's deployment), where the emulator serves the API too.
    base_url="http://testserver/capi",
)
schema = suite.schema


@schema.parametrize()
def test_operation(case: Case) -> None:
    suite.run_case(case)


TestWorkflow = suite.state_machine().TestCase

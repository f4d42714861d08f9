"""Contract: spec/dist/connect.yaml (the Connect recruitment API) against the emulator."""

from __future__ import annotations

from typing import Any

from schemathesis import Case

from .harness import ContractSuite, Emulator

UNKNOWN_CODES = (
    "Connect refuses (400) a campaign or product it does not run, a customer number it does not know, "
    "and a new customer without a last name or company name"
)


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
    positive_data_exempt={
        "registerClientRecruitment": UNKNOWN_CODES,
        "registerRecruitment": UNKNOWN_CODES,
        # The request schema requires each preference's product; which products a campaign offers as
        # premiums (and that each product and rank appears once) is Connect's data, not a schema's.
        "changePremiumRecruitments": (
            "Connect refuses (400) a premium preference whose product is not a premium of the campaign, "
            "or a product or rank given twice"
        ),
    },
)
schema = suite.schema


@schema.parametrize()
def test_operation(case: Case) -> None:
    suite.run_case(case)


TestWorkflow = suite.state_machine().TestCase

"""Contract: spec/dist/bigin.yaml (Zoho Bigin v1) against the emulator."""

from __future__ import annotations

from typing import Any

from schemathesis import Case

from .harness import ContractSuite, Emulator


def _known_values(emulator: Emulator) -> dict[str, list[Any]]:
    seeded = emulator.fixtures()["bigin"]
    return {
        "path.module_api_name": ["Deals"],
        "path.record_id": [seeded["deal_id"]],
        "path.related_list_api_name": ["Products"],
        "path.related_record_id": seeded["product_ids"],
        "body.data[*].id": seeded["product_ids"],
    }


suite = ContractSuite(
    "bigin",
    known_values=_known_values,
    refusal_statuses={
        # Records refused one by one (unknown related id, wrong type...) come back as a 202.
        "updateBiginRelatedRecords": "202",
        "updateBiginRelatedRecord": "202",
    },
)
schema = suite.schema


@schema.parametrize()
def test_operation(case: Case) -> None:
    suite.run_case(case)


TestWorkflow = suite.state_machine().TestCase

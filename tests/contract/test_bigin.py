"""Contract: spec/dist/bigin.yaml (Zoho Bigin v1) against the emulator."""

from __future__ import annotations

from typing import Any

from schemathesis import Case

from .harness import ContractSuite, Emulator


def _known_values(emulator: Emulator) -> dict[str, list[Any]]:
    seeded = emulator.fixtures()["bigin"]
    # Two records of each module (few, so a drawn id often fits a drawn module).
    records = [record_id for ids in seeded["record_ids"].values() for record_id in ids[:2]]
    return {
        "path.module_api_name": ["Accounts", "Contacts", "Deals", "Products", "Tasks", "Events", "Calls"],
        "path.record_id": [seeded["deal_id"], *records],
        "path.related_list_api_name": ["Products", "Contacts", "Deals"],
        "path.related_record_id": seeded["product_ids"],
        "query.ids": records,
        "body.data[*].id": [*seeded["product_ids"], *records],
    }


suite = ContractSuite(
    "bigin",
    known_values=_known_values,
    refusal_statuses={
        # Records refused one by one (unknown related id, wrong type, missing mandatory field...) come back as a 202.
        "updateBiginRelatedRecords": "202",
        "updateBiginRelatedRecord": "202",
        "insertBiginRecords": "202",
        "updateBiginRecords": "202",
        "updateBiginRecord": "202",
        "upsertBiginRecords": "202",
        "deleteBiginRecords": "202",
    },
)
schema = suite.schema


@schema.parametrize()
def test_operation(case: Case) -> None:
    suite.run_case(case)


TestWorkflow = suite.state_machine().TestCase

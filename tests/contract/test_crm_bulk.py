"""Contract: spec/dist/crm_bulk.yaml (Zoho CRM Bulk Read) against the emulator."""

from __future__ import annotations

from typing import Any

from schemathesis import Case

from .harness import ContractSuite, Emulator


def _known_values(emulator: Emulator) -> dict[str, list[Any]]:
    modules = emulator.read("/crm/v2/settings/modules").get("modules", [])
    names = [m["api_name"] for m in modules if m.get("api_supported")]
    fields = emulator.read("/crm/v2/settings/fields", module="Leads").get("fields", [])
    return {
        "body.query.module": names,
        "body.query.fields[*]": [f["api_name"] for f in fields],
        "body.query.criteria.api_name": [f["api_name"] for f in fields],
    }


suite = ContractSuite(
    "crm_bulk",
    known_values=_known_values,
)
schema = suite.schema


@schema.parametrize()
def test_operation(case: Case) -> None:
    suite.run_case(case)


TestWorkflow = suite.state_machine().TestCase

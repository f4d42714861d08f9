"""Contract: spec/dist/crm.yaml (Zoho CRM v2) against the emulator."""

from __future__ import annotations

from typing import Any

from schemathesis import Case

from tests.spec_files import load_dist, operations

from .harness import ContractSuite, Emulator

RECORD_MODULES = ("Leads", "Contacts", "Accounts", "Deals")
"""Modules whose seeded records generation may name (few, so a drawn id often fits a drawn module)."""


def _ids(body: Any, key: str, limit: int = 5) -> list[str]:
    items = body.get(key) if isinstance(body, dict) else None
    return [item["id"] for item in (items or [])[:limit] if isinstance(item, dict) and "id" in item]


def _known_values(emulator: Emulator) -> dict[str, list[Any]]:
    """What the seeded org has, read through the API itself."""
    modules = [m["api_name"] for m in emulator.read("/crm/v2/settings/modules")["modules"] if m.get("api_supported")]
    records = [i for module in RECORD_MODULES for i in _ids(emulator.read(f"/crm/v2/{module}", per_page=3), "data")]
    notes = _ids(emulator.read("/crm/v2/Notes"), "data")
    tags = emulator.read("/crm/v2/settings/tags", module="Leads").get("tags", [])
    groups = emulator.read("/crm/v2/settings/variable_groups").get("variable_groups", [])
    related = emulator.read("/crm/v2/settings/related_lists", module="Leads").get("related_lists", [])
    # Notes and Attachments have their own URLs (/{module}/{id}/Notes, .../Attachments): a related
    # list of that name routes to those operations, not to the related-records ones.
    own_urls = {"Notes", "Attachments"}
    return {
        "path.module_api_name": list(RECORD_MODULES),
        "query.module": modules,
        "path.record_id": records,
        "path.related_record_id": records,
        "query.ids": records,
        "body.data[*].id": records + notes,
        "path.note_id": notes,
        "path.user_id": _ids(emulator.read("/crm/v2/users"), "users"),
        "path.role_id": _ids(emulator.read("/crm/v2/settings/roles"), "roles"),
        "path.profile_id": _ids(emulator.read("/crm/v2/settings/profiles"), "profiles"),
        "path.variable_id": _ids(emulator.read("/crm/v2/settings/variables"), "variables"),
        "path.variable_group_id": [g["id"] for g in groups],
        "query.group": [g["id"] for g in groups] + [g["api_name"] for g in groups if g.get("api_name")],
        "path.tag_id": [t["id"] for t in tags],
        "query.tag_names": [t["name"] for t in tags],
        "path.field_id": _ids(emulator.read("/crm/v2/settings/fields", module="Leads"), "fields"),
        "path.layout_id": _ids(emulator.read("/crm/v2/settings/layouts", module="Leads"), "layouts"),
        "path.custom_view_id": _ids(emulator.read("/crm/v2/settings/custom_views", module="Leads"), "custom_views"),
        "query.cvid": _ids(emulator.read("/crm/v2/settings/custom_views", module="Leads"), "custom_views"),
        "path.related_list_id": [r["id"] for r in related],
        "path.related_list_api_name": [r["api_name"] for r in related if r.get("api_name") not in (None, *own_urls)],
    }


def _per_record_writes() -> list[str]:
    """The operations that document a 202: multi-record writes that report refused records one by
    one ("Accepted with per-record errors")."""
    return [op["operationId"] for _, _, op in operations(load_dist("crm")) if "202" in op.get("responses", {})]


suite = ContractSuite(
    "crm",
    known_values=_known_values,
    refusal_statuses=dict.fromkeys(_per_record_writes(), "202"),
)
schema = suite.schema


@schema.parametrize()
def test_operation(case: Case) -> None:
    suite.run_case(case)


TestWorkflow = suite.state_machine().TestCase

"""Updating a record's sharing (``PUT /{module}/{id}/actions/share``) sets the whole list of users:
Zoho revokes the access of every user the body leaves out."""

from __future__ import annotations

import httpx

from zohokit_emulator.services.accounts import directory


async def _shared_lead(crm: httpx.AsyncClient) -> str:
    created = await crm.post("/Leads", json={"data": [{"Last_Name": "Shared"}]})
    lead_id: str = created.json()["data"][0]["details"]["id"]
    shared = await crm.post(
        f"/Leads/{lead_id}/actions/share",
        json={
            "share": [
                {"user": {"id": directory.MANAGER.id}, "permission": "read_only"},
                {"user": {"id": directory.SALES_REP.id}, "permission": "read_only"},
            ]
        },
    )
    assert shared.status_code == 200, shared.text
    return lead_id


async def _shared_with(crm: httpx.AsyncClient, lead_id: str) -> dict[str, str]:
    response = await crm.get(f"/Leads/{lead_id}/actions/share")
    if response.status_code == 204:
        return {}
    return {entry["user"]["id"]: entry["permission"] for entry in response.json()["share"]}


async def test_update_keeps_only_the_users_listed(crm: httpx.AsyncClient) -> None:
    lead_id = await _shared_lead(crm)
    updated = await crm.put(
        f"/Leads/{lead_id}/actions/share",
        json={"share": [{"user": {"id": directory.MANAGER.id}, "permission": "full_access"}]},
    )
    assert updated.status_code == 200, updated.text
    assert await _shared_with(crm, lead_id) == {directory.MANAGER.id: "full_access"}


async def test_update_may_name_a_user_the_record_was_not_shared_with(crm: httpx.AsyncClient) -> None:
    created = await crm.post("/Leads", json={"data": [{"Last_Name": "Not yet shared"}]})
    lead_id = created.json()["data"][0]["details"]["id"]
    updated = await crm.put(
        f"/Leads/{lead_id}/actions/share",
        json={"share": [{"user": {"id": directory.SALES_REP.id}, "permission": "read_write"}]},
    )
    assert updated.status_code == 200, updated.text
    assert await _shared_with(crm, lead_id) == {directory.SALES_REP.id: "read_write"}


async def test_an_update_whose_every_user_fails_changes_nothing(crm: httpx.AsyncClient) -> None:
    lead_id = await _shared_lead(crm)
    before = await _shared_with(crm, lead_id)
    refused = await crm.put(
        f"/Leads/{lead_id}/actions/share",
        json={"share": [{"user": {"id": directory.MANAGER.id}, "permission": "everything"}]},
    )
    assert refused.status_code == 400
    assert refused.json()["share"][0]["message"] == "Permission is invalid"
    assert await _shared_with(crm, lead_id) == before

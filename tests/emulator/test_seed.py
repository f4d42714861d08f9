"""``POST /_emulator/crm/seed``: many synthetic records at once, validated like API inserts."""

from __future__ import annotations

import csv
import io
import zipfile

import httpx

from zohokit_emulator.core.backend import Backend


async def _count(crm: httpx.AsyncClient, module: str) -> int:
    total, page = 0, 1
    while True:
        response = await crm.get(f"/{module}", params={"page": page, "per_page": 200, "fields": "Last_Name"})
        if response.status_code == 204:
            return total
        body = response.json()
        total += len(body["data"])
        if not body["info"]["more_records"]:
            return total
        page += 1


async def test_seed_leads_with_template(client: httpx.AsyncClient, crm: httpx.AsyncClient) -> None:
    before = await _count(crm, "Leads")
    response = await client.post(
        "/_emulator/crm/seed",
        json={"module": "Leads", "count": 450, "record": {"Email": "seed{n}@zylker.example", "Company": "Zylker"}},
    )
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["module"] == "Leads" and body["count"] == 450
    assert await _count(crm, "Leads") == before + 450
    last = (await crm.get(f"/Leads/{body['last_id']}")).json()["data"][0]
    assert last["Last_Name"] == "Last Name 450" and last["Full_Name"] == "Last Name 450"
    assert last["Email"] == "seed450@zylker.example" and last["Company"] == "Zylker"
    assert last["Owner"]["email"] == "patricia.boyle@zylker.com"
    first = (await crm.get(f"/Leads/{body['first_id']}")).json()["data"][0]
    assert first["Email"] == "seed1@zylker.example" and int(first["id"]) < int(last["id"])


async def test_seed_fills_every_mandatory_field(client: httpx.AsyncClient, crm: httpx.AsyncClient) -> None:
    response = await client.post("/_emulator/crm/seed", json={"module": "Deals", "count": 3})
    assert response.status_code == 201, response.text
    deal = (await crm.get(f"/Deals/{response.json()['last_id']}")).json()["data"][0]
    assert deal["Deal_Name"] == "Deal Name 3" and deal["Stage"] == "Qualification"
    calls = await client.post("/_emulator/crm/seed", json={"module": "Calls", "count": 2})
    assert calls.status_code == 201, calls.text
    call = (await crm.get(f"/Calls/{calls.json()['first_id']}")).json()["data"][0]
    assert call["Subject"] == "Subject 1" and call["Call_Type"] and call["Call_Start_Time"]


async def test_seed_refusals_change_nothing(client: httpx.AsyncClient, backend: Backend) -> None:
    crm = backend.store("crm")
    sizes = {name: len(records) for name, records in crm.records.items()}
    cases = [
        ({"module": "Nope", "count": 1}, "INVALID_MODULE", "module"),
        ({"count": 1}, "MANDATORY_NOT_FOUND", "module"),
        ({"module": "Leads", "count": 0}, "INVALID_DATA", "count"),
        ({"module": "Leads", "count": True}, "INVALID_DATA", "count"),
        ({"module": "Leads", "count": 1_000_001}, "INVALID_DATA", "count"),
        ({"module": "Leads", "count": 2, "record": []}, "INVALID_DATA", "record"),
        ({"module": "Leads", "count": 2, "record": {"Email": "not an e-mail {n}"}}, "INVALID_DATA", "Email"),
        ({"module": "Leads", "count": 10, "record": {"First_Name": "x" * 39 + "{n}"}}, "INVALID_DATA", "First_Name"),
        ({"module": "Notes", "count": 2}, "INVALID_DATA", "Parent_Id"),
    ]
    for body, code, api_name in cases:
        response = await client.post("/_emulator/crm/seed", json=body)
        assert response.status_code == 400, (body, response.text)
        error = response.json()
        assert error["code"] == code and error["details"]["api_name"] == api_name, (body, error)
    assert {name: len(records) for name, records in crm.records.items()} == sizes


async def test_seeded_records_export_like_listed_ones(
    client: httpx.AsyncClient, crm: httpx.AsyncClient, bulk: httpx.AsyncClient
) -> None:
    seeded = (await client.post("/_emulator/crm/seed", json={"module": "Leads", "count": 1200})).json()
    created = await bulk.post("/read", json={"query": {"module": "Leads"}})
    job_id = created.json()["data"][0]["details"]["id"]
    await client.post("/_emulator/clock", json={"advance": 10})
    token = (await client.post("/_emulator/tokens")).json()["access_token"]
    headers = {"Authorization": f"Zoho-oauthtoken {token}"}
    job = (await client.get(f"/crm/bulk/v2/read/{job_id}", headers=headers)).json()["data"][0]
    assert job["state"] == "COMPLETED" and job["result"]["count"] >= 1200
    archive = (await client.get(f"/crm/bulk/v2/read/{job_id}/result", headers=headers)).content
    with zipfile.ZipFile(io.BytesIO(archive)) as bundle:
        rows = {r["Id"]: r for r in csv.DictReader(io.StringIO(bundle.read(f"{job_id}.csv").decode("utf-8")))}
    assert len(rows) == job["result"]["count"]
    crm.headers["Authorization"] = f"Zoho-oauthtoken {token}"
    listed = (await crm.get(f"/Leads/{seeded['last_id']}")).json()["data"][0]
    row = rows[seeded["last_id"]]
    assert row["Last_Name"] == listed["Last_Name"] == "Last Name 1200"
    assert row["Owner"] == listed["Owner"]["id"] and row["Created_By"] == listed["Created_By"]["id"]
    assert row["Created_Time"] == listed["Created_Time"] and row["Modified_Time"] == listed["Modified_Time"]
    assert row["Email_Opt_Out"] in ("", "false") and row["First_Name"] == ""

"""Bulk Read: jobs progress on the emulator clock and download as {job_id}.zip / {job_id}.csv."""

from __future__ import annotations

import csv
import io
import zipfile

import httpx

from zohokit_emulator.core.backend import Backend
from zohokit_emulator.services.crm.samples import LEADS as SAMPLE_LEADS

from .conftest import Receiver


async def _create(bulk: httpx.AsyncClient, query: dict[str, object], **extra: object) -> str:
    response = await bulk.post("/read", json={"query": query, **extra})
    assert response.status_code == 201, response.text
    result = response.json()["data"][0]
    assert (result["status"], result["code"], result["message"]) == (
        "success",
        "ADDED_SUCCESSFULLY",
        "Added successfully.",
    )
    assert result["details"]["state"] == "ADDED" and result["details"]["operation"] == "read"
    value: str = result["details"]["id"]
    return value


def _rows(archive: bytes, job_id: str) -> list[dict[str, str]]:
    with zipfile.ZipFile(io.BytesIO(archive)) as bundle:
        assert bundle.namelist() == [f"{job_id}.csv"]
        text = bundle.read(f"{job_id}.csv").decode("utf-8")
    return list(csv.DictReader(io.StringIO(text)))


async def test_job_lifecycle_and_download(bulk: httpx.AsyncClient, client: httpx.AsyncClient) -> None:
    job_id = await _create(bulk, {"module": "Leads", "fields": ["Last_Name", "Email", "Owner", "Lead_Status"]})
    added = (await bulk.get(f"/read/{job_id}")).json()["data"][0]
    assert added["state"] == "ADDED" and "result" not in added and added["query"]["module"] == "Leads"
    early = await bulk.get(f"/read/{job_id}/result")
    assert early.status_code == 404 and early.json()["code"] == "RESOURCE_NOT_FOUND"
    await client.post("/_emulator/clock", json={"advance": 1.5})
    assert (await bulk.get(f"/read/{job_id}")).json()["data"][0]["state"] == "IN PROGRESS"
    await client.post("/_emulator/clock", json={"advance": 2})
    done = (await bulk.get(f"/read/{job_id}")).json()["data"][0]
    assert done["state"] == "COMPLETED"
    assert done["result"] == {
        "page": 1,
        "count": 5 + len(SAMPLE_LEADS),
        "download_url": f"/crm/bulk/v2/read/{job_id}/result",
        "per_page": 200000,
        "more_records": False,
    }
    download = await bulk.get(f"/read/{job_id}/result")
    assert download.status_code == 200 and download.headers["content-type"] == "application/zip"
    assert f"{job_id}.zip" in download.headers["content-disposition"]
    rows = _rows(download.content, job_id)
    assert list(rows[0]) == ["Id", "Last_Name", "Email", "Owner", "Lead_Status"]
    seeded = {r["Last_Name"] for r in rows if r["Id"] not in SAMPLE_LEADS}
    assert seeded == {"Boyle", "Daly", "Grogan", "Marrier", "Hawkins"}
    assert all(len(r["Owner"]) == 19 and r["Owner"].isdigit() for r in rows)
    await client.post("/_emulator/clock", json={"advance": 86400 + 10})
    token = (await client.post("/_emulator/tokens")).json()["access_token"]
    expired = await client.get(f"/crm/bulk/v2/read/{job_id}", headers={"Authorization": f"Zoho-oauthtoken {token}"})
    assert expired.status_code == 404


async def test_criteria_snapshot_and_lookup_ids(
    bulk: httpx.AsyncClient, crm: httpx.AsyncClient, client: httpx.AsyncClient
) -> None:
    criteria = {
        "group_operator": "or",
        "group": [
            {"api_name": "Amount", "comparator": "greater_than", "value": 20000},
            {"api_name": "Deal_Name", "comparator": "starts_with", "value": "Zeta"},
        ],
    }
    job_id = await _create(
        bulk, {"module": "Deals", "fields": ["Deal_Name", "Amount", "Account_Name"], "criteria": criteria}
    )
    await crm.post("/Deals", json={"data": [{"Deal_Name": "Zeta expansion", "Stage": "Qualification", "Amount": 5}]})
    await client.post("/_emulator/clock", json={"advance": 5})
    rows = _rows((await bulk.get(f"/read/{job_id}/result")).content, job_id)
    assert sorted(r["Deal_Name"] for r in rows) == ["Acme network refresh", "Zeta expansion"]
    acme = next(r for r in rows if r["Deal_Name"] == "Acme network refresh")
    assert acme["Account_Name"].isdigit() and acme["Amount"] == "48000"
    await crm.post("/Deals", json={"data": [{"Deal_Name": "Zeta late", "Stage": "Qualification"}]})
    again = _rows((await bulk.get(f"/read/{job_id}/result")).content, job_id)
    assert len(again) == 2


async def test_all_fields_by_default_and_users(bulk: httpx.AsyncClient, client: httpx.AsyncClient) -> None:
    accounts = await _create(bulk, {"module": "Accounts"})
    users = await _create(bulk, {"module": "Users"})
    await client.post("/_emulator/clock", json={"advance": 5})
    account_rows = _rows((await bulk.get(f"/read/{accounts}/result")).content, accounts)
    assert {"Id", "Account_Name", "Owner", "Created_Time", "Billing_City"} <= set(account_rows[0])
    user_rows = _rows((await bulk.get(f"/read/{users}/result")).content, users)
    assert "patricia.boyle@zylker.com" in {r["Email"] for r in user_rows}


async def test_callback_is_posted_on_completion(
    bulk: httpx.AsyncClient, client: httpx.AsyncClient, backend: Backend, receiver: Receiver
) -> None:
    job_id = await _create(bulk, {"module": "Contacts"}, callback={"url": receiver.url + "/done", "method": "post"})
    await client.post("/_emulator/clock", json={"advance": 5})
    assert backend.outbound.wait_idle()
    assert receiver.bodies[0]["job_id"] == job_id and receiver.bodies[0]["state"] == "COMPLETED"
    assert receiver.bodies[0]["result"]["count"] == 3 + 1  # the seed's three contacts and the tags sample's


async def test_download_limit_per_minute(bulk: httpx.AsyncClient, client: httpx.AsyncClient) -> None:
    job_id = await _create(bulk, {"module": "Vendors"})
    await client.post("/_emulator/clock", json={"advance": 5, "freeze": True})
    for _ in range(10):
        assert (await bulk.get(f"/read/{job_id}/result")).status_code == 200
    limited = await bulk.get(f"/read/{job_id}/result")
    assert limited.status_code == 429 and limited.json()["code"] == "TOO_MANY_REQUESTS"
    assert int(limited.headers["Retry-After"]) >= 1
    await client.post("/_emulator/clock", json={"advance": 61})
    assert (await bulk.get(f"/read/{job_id}/result")).status_code == 200


async def test_job_errors(bulk: httpx.AsyncClient) -> None:
    cases = [
        ({"query": {"module": "Nope"}}, "MODULE_NOT_AVAILABLE"),
        ({"query": {"module": "Notes"}}, "MODULE_NOT_SUPPORTED"),
        ({"query": {"module": "Leads", "fields": ["Nope"]}}, "FIELD_NOT_AVAILABLE"),
        ({"query": {"module": "Leads", "page": 501}}, "PAGE_RANGE_EXCEEDED"),
        (
            {"query": {"module": "Leads", "criteria": {"api_name": "Nope", "comparator": "equal", "value": 1}}},
            "FIELD_IN_CRITERIA_NOT_AVAILABLE",
        ),
        (
            {
                "query": {
                    "module": "Leads",
                    "criteria": {"api_name": "Description", "comparator": "equal", "value": "x"},
                }
            },
            "FIELD_IN_CRITERIA_NOT_SUPPORTED",
        ),
        (
            {"query": {"module": "Leads", "criteria": {"api_name": "Last_Name", "comparator": "like", "value": "x"}}},
            "FIELD_COMPARATOR_IN_CRITERIA_NOT_SUPPORTED",
        ),
        (
            {
                "query": {
                    "module": "Leads",
                    "criteria": {"api_name": "Last_Name", "comparator": "in", "value": [str(i) for i in range(21)]},
                }
            },
            "VALUE_LIMIT_EXCEEDED_IN_CRITERIA",
        ),
        (
            {
                "query": {
                    "module": "Leads",
                    "criteria": {"api_name": "Last_Name", "comparator": "greater_than", "value": "x"},
                }
            },
            "FIELD_AND_COMPARATOR_IN_CRITERIA_NOT_COMPATIBLE",
        ),
        (
            {"query": {"module": "Deals", "criteria": {"api_name": "Amount", "comparator": "equal", "value": "lots"}}},
            "FIELD_AND_VALUE_IN_CRITERIA_NOT_COMPATIBLE",
        ),
        (
            {
                "query": {
                    "module": "Leads",
                    "criteria": {
                        "group_operator": "and",
                        "group": [{"api_name": "Last_Name", "comparator": "equal", "value": "x"}],
                    },
                }
            },
            "AMBIGUOUS_GROUP_IN_CRITERIA",
        ),
        (
            {"query": {"module": "Leads"}, "callback": {"url": "http://127.0.0.1/x", "method": "get"}},
            "INVALID_CALLBACK_METHOD",
        ),
        ({"callback": {"url": "http://127.0.0.1/x", "method": "post"}}, "REQUEST_BODY_IS_EMPTY"),
    ]
    for body, code in cases:
        response = await bulk.post("/read", json=body)
        assert response.status_code == 400, body
        assert response.json()["code"] == code, (body, response.json())
    many = {
        "group_operator": "or",
        "group": [{"api_name": "Last_Name", "comparator": "equal", "value": str(i)} for i in range(26)],
    }
    limited = await bulk.post("/read", json={"query": {"module": "Leads", "criteria": many}})
    assert limited.json()["code"] == "CRITERIA_LIMIT_EXCEEDED"
    assert (await bulk.get("/read/123")).status_code == 404
    assert (await bulk.get("/read/abc")).status_code == 400

"""CRM records: CRUD, system fields, per-record errors, upsert, delete, deleted list, paging."""

from __future__ import annotations

import asyncio
from email.utils import format_datetime

import httpx

from zohokit_emulator.core.backend import Backend
from zohokit_emulator.services.accounts import directory
from zohokit_emulator.services.crm.models import CrmStore

from .conftest import first_id


async def test_insert_read_update_delete(crm: httpx.AsyncClient) -> None:
    created = await crm.post(
        "/Leads",
        json={
            "data": [{"First_Name": "Ada", "Last_Name": "Lovelace", "Email": "ada@example.com", "No_of_Employees": 3}]
        },
    )
    assert created.status_code == 201
    result = created.json()["data"][0]
    assert result["code"] == "SUCCESS" and result["message"] == "record added" and result["status"] == "success"
    details = result["details"]
    assert details["Created_By"] == {"name": directory.ADMIN.full_name, "id": directory.ADMIN.id}
    record_id = details["id"]

    record = (await crm.get(f"/Leads/{record_id}")).json()["data"][0]
    assert record["Full_Name"] == "Ada Lovelace"
    assert record["Owner"]["id"] == directory.ADMIN.id and record["Created_By"]["id"] == directory.ADMIN.id
    assert record["Created_Time"] == details["Created_Time"] and record["Modified_Time"]
    assert record["$approved"] is True and record["$converted"] is False and record["Tag"] == []
    assert record["Company"] is None and record["No_of_Employees"] == 3

    updated = await crm.put(
        f"/Leads/{record_id}", json={"data": [{"Company": "Analytical Engines", "Owner": {"id": directory.MANAGER.id}}]}
    )
    assert updated.status_code == 200 and updated.json()["data"][0]["message"] == "record updated"
    record = (await crm.get(f"/Leads/{record_id}")).json()["data"][0]
    assert record["Company"] == "Analytical Engines" and record["Owner"]["id"] == directory.MANAGER.id

    deleted = await crm.delete(f"/Leads/{record_id}")
    assert deleted.status_code == 200
    assert deleted.json()["data"][0] == {
        "code": "SUCCESS",
        "details": {"id": record_id},
        "message": "record deleted",
        "status": "success",
    }
    assert (await crm.get(f"/Leads/{record_id}")).status_code == 204
    gone = await crm.delete(f"/Leads/{record_id}")
    assert gone.status_code == 400 and gone.json()["code"] == "INVALID_DATA"


async def test_per_record_errors(crm: httpx.AsyncClient) -> None:
    data = [
        {"Last_Name": "Good"},
        {"First_Name": "No last name"},
        {"Last_Name": "Bad number", "No_of_Employees": "many"},
        "not an object",
        {"Last_Name": "Bad email", "Email": "nope"},
        {"Last_Name": "x" * 81},
        {"Last_Name": "Bad owner", "Owner": {"id": "123"}},
        {"Last_Name": "Inactive owner", "Owner": {"id": directory.INACTIVE.id}},
    ]
    response = await crm.post("/Leads", json={"data": data})
    assert response.status_code == 202
    results = response.json()["data"]
    assert results[0]["status"] == "success"
    assert results[1] == {
        "code": "MANDATORY_NOT_FOUND",
        "details": {"api_name": "Last_Name"},
        "message": "required field not found",
        "status": "error",
    }
    assert results[2]["code"] == "INVALID_DATA" and results[2]["details"] == {
        "expected_data_type": "integer",
        "api_name": "No_of_Employees",
    }
    assert results[3]["details"] == {"expected_data_type": "jsonobject", "index": 3}
    assert results[4]["details"]["api_name"] == "Email"
    assert results[5]["details"] == {"api_name": "Last_Name", "maximum_length": 80}
    assert results[6]["details"]["api_name"] == "Owner" and results[7]["details"]["api_name"] == "Owner"


async def test_mandatory_fields_per_module(crm: httpx.AsyncClient) -> None:
    cases = {"Contacts": "Last_Name", "Accounts": "Account_Name", "Deals": "Deal_Name"}
    for module, field in cases.items():
        response = await crm.post(f"/{module}", json={"data": [{"Description": "x"}]})
        assert response.json()["data"][0]["details"]["api_name"] == field, module
    stage = await crm.post("/Deals", json={"data": [{"Deal_Name": "No stage"}]})
    assert stage.json()["data"][0]["details"]["api_name"] == "Stage"
    wrong_type = await crm.post(
        "/Deals", json={"data": [{"Deal_Name": "D", "Stage": "Qualification", "Amount": "lots"}]}
    )
    assert wrong_type.json()["data"][0]["details"] == {"expected_data_type": "double", "api_name": "Amount"}
    bad_date = await crm.post(
        "/Deals", json={"data": [{"Deal_Name": "D", "Stage": "Qualification", "Closing_Date": "2024-02-30"}]}
    )
    assert bad_date.json()["data"][0]["details"] == {"expected_data_type": "date", "api_name": "Closing_Date"}


async def test_request_level_errors(crm: httpx.AsyncClient) -> None:
    no_data = await crm.post("/Leads", json={"records": []})
    assert (
        no_data.status_code == 400
        and no_data.json()["code"] == "MANDATORY_NOT_FOUND"
        and no_data.json()["details"]["api_name"] == "data"
    )
    not_array = await crm.post("/Leads", json={"data": {"Last_Name": "x"}})
    assert not_array.status_code == 400 and not_array.json()["details"]["expected_data_type"] == "jsonarray"
    too_many = await crm.post("/Leads", json={"data": [{"Last_Name": str(i)} for i in range(101)]})
    assert too_many.status_code == 400 and too_many.json()["code"] == "LIMIT_EXCEEDED"
    module = await crm.get("/Documents")
    assert module.status_code == 400 and module.json()["code"] == "INVALID_MODULE"
    assert module.json()["details"] == {"resource_path_index": 0}
    no_ids = await crm.delete("/Leads")
    assert no_ids.status_code == 400 and no_ids.json()["code"] == "REQUIRED_PARAM_MISSING"
    many_ids = await crm.delete("/Leads", params={"ids": ",".join(str(10**18 + i) for i in range(101))})
    assert many_ids.status_code == 400 and many_ids.json()["code"] == "LIMIT_EXCEEDED"


async def test_failed_write_changes_nothing(crm: httpx.AsyncClient, backend: Backend) -> None:
    store: CrmStore = backend.store("crm")
    before = store.snapshot()
    for body in ({"data": [{"Last_Name": str(i)} for i in range(101)]}, {"data": "x"}, {}):
        assert (await crm.post("/Leads", json=body)).status_code == 400
    assert (await crm.put("/Leads/123", json={"data": [{"Last_Name": "x"}]})).status_code == 400
    only_bad = await crm.post("/Leads", json={"data": [{"First_Name": "x"}]})
    assert only_bad.status_code == 202
    assert store.snapshot() == before


async def test_multi_update_and_delete(crm: httpx.AsyncClient) -> None:
    ids = [
        r["details"]["id"]
        for r in (await crm.post("/Contacts", json={"data": [{"Last_Name": "A"}, {"Last_Name": "B"}]})).json()["data"]
    ]
    updated = await crm.put(
        "/Contacts", json={"data": [{"id": ids[0], "Title": "CTO"}, {"id": "999", "Title": "x"}, {"Title": "no id"}]}
    )
    assert updated.status_code == 202
    codes = [r["code"] for r in updated.json()["data"]]
    assert codes == ["SUCCESS", "INVALID_DATA", "MANDATORY_NOT_FOUND"]
    cleared = await crm.put("/Contacts", json={"data": [{"id": ids[1], "Last_Name": None}]})
    assert cleared.json()["data"][0]["code"] == "MANDATORY_NOT_FOUND"
    deleted = await crm.delete("/Contacts", params={"ids": f"{ids[0]},{ids[1]},42"})
    assert deleted.status_code == 202
    assert [r["status"] for r in deleted.json()["data"]] == ["success", "success", "error"]
    listing = await crm.get("/Contacts/deleted", params={"type": "All"})
    entries = {e["id"]: e for e in listing.json()["data"]}
    assert entries[ids[0]]["type"] == "recycle" and entries[ids[0]]["display_name"] == "A"
    assert entries[ids[0]]["deleted_by"]["id"] == directory.ADMIN.id
    assert (await crm.get("/Contacts/deleted", params={"type": "permanent"})).status_code == 204


async def test_deleted_records_become_permanent(client: httpx.AsyncClient, crm: httpx.AsyncClient) -> None:
    record_id = await first_id(crm, "Vendors")
    await crm.delete(f"/Vendors/{record_id}")
    assert (await crm.get("/Vendors/deleted", params={"type": "recycle"})).json()["data"][0]["id"] == record_id
    await client.post("/_emulator/clock", json={"set": "2099-01-01T00:00:00Z", "freeze": True})
    token = (await client.post("/_emulator/tokens")).json()["access_token"]
    permanent = await client.get(
        "/crm/v2/Vendors/deleted", params={"type": "permanent"}, headers={"Authorization": f"Zoho-oauthtoken {token}"}
    )
    assert permanent.json()["data"][0]["type"] == "permanent"
    bad_type = await client.get(
        "/crm/v2/Vendors/deleted", params={"type": "soon"}, headers={"Authorization": f"Zoho-oauthtoken {token}"}
    )
    assert bad_type.status_code == 400 and bad_type.json()["code"] == "INVALID_DATA"


async def test_upsert_by_duplicate_check_fields(crm: httpx.AsyncClient) -> None:
    response = await crm.post(
        "/Leads/upsert",
        json={
            "data": [
                {"Last_Name": "Daly", "Email": "P.DALY@zylker.com", "Company": "Zylker Corp"},
                {"Last_Name": "New", "Email": "new@example.com"},
            ]
        },
    )
    assert response.status_code == 201
    first, second = response.json()["data"]
    assert (first["action"], first["duplicate_field"], first["message"]) == ("update", "Email", "record updated")
    assert (second["action"], second["duplicate_field"], second["message"]) == ("insert", None, "record added")
    lead = (await crm.get(f"/Leads/{first['details']['id']}")).json()["data"][0]
    assert lead["Company"] == "Zylker Corp" and lead["First_Name"] == "Paul"
    again = await crm.post("/Leads/upsert", json={"data": [{"Last_Name": "New2", "Email": "new@example.com"}]})
    assert again.status_code == 200 and again.json()["data"][0]["action"] == "update"
    by_name = await crm.post(
        "/Leads/upsert",
        params={"duplicate_check_fields": "Last_Name"},
        json={"data": [{"Last_Name": "Hawkins", "City": "Reno"}]},
    )
    assert by_name.json()["data"][0]["duplicate_field"] == "Last_Name"
    await crm.post("/Leads", json={"data": [{"Last_Name": "Hawkins"}]})
    ambiguous = await crm.post(
        "/Leads/upsert", params={"duplicate_check_fields": "Last_Name"}, json={"data": [{"Last_Name": "Hawkins"}]}
    )
    assert ambiguous.status_code == 202 and ambiguous.json()["data"][0]["code"] == "DUPLICATE_DATA"
    bad_field = await crm.post(
        "/Leads/upsert", params={"duplicate_check_fields": "Nope"}, json={"data": [{"Last_Name": "x"}]}
    )
    assert bad_field.status_code == 400


async def test_unique_fields_reject_duplicates(crm: httpx.AsyncClient) -> None:
    clash = await crm.post("/Products", json={"data": [{"Product_Name": "Copy", "Product_Code": "zr-100"}]})
    assert clash.status_code == 202 and clash.json()["data"][0]["code"] == "DUPLICATE_DATA"
    same_batch = await crm.post(
        "/Products",
        json={"data": [{"Product_Name": "A", "Product_Code": "Q1"}, {"Product_Name": "B", "Product_Code": "q1"}]},
    )
    assert [r["code"] for r in same_batch.json()["data"]] == ["SUCCESS", "DUPLICATE_DATA"]


async def test_paging_sorting_and_fields(crm: httpx.AsyncClient) -> None:
    await crm.post("/Campaigns", json={"data": [{"Campaign_Name": f"C{i:03d}"} for i in range(30)]})
    first = (
        await crm.get("/Campaigns", params={"per_page": 20, "sort_by": "Campaign_Name", "sort_order": "desc"})
    ).json()
    assert first["info"] == {"per_page": 20, "count": 20, "page": 1, "more_records": True}
    assert first["data"][0]["Campaign_Name"] == "Spring Webinar Series"
    second = (await crm.get("/Campaigns", params={"per_page": 20, "page": 2})).json()
    # 30 new, the seed's campaign and the related-records samples' two
    assert second["info"]["count"] == 13 and second["info"]["more_records"] is False
    assert (await crm.get("/Campaigns", params={"per_page": 20, "page": 3})).status_code == 204
    only = (await crm.get("/Campaigns", params={"fields": "Campaign_Name", "per_page": 1})).json()["data"][0]
    assert set(only) == {"id", "Campaign_Name"}
    too_big = await crm.get("/Campaigns", params={"per_page": 201})
    assert too_big.status_code == 400 and too_big.json()["code"] == "INVALID_DATA"
    assert (await crm.get("/Campaigns", params={"sort_by": "Nope"})).status_code == 400
    picked = (await crm.get("/Campaigns", params={"ids": ",".join(r["id"] for r in second["data"][:2])})).json()
    assert picked["info"]["count"] == 2


async def test_if_modified_since(crm: httpx.AsyncClient, backend: Backend) -> None:
    future = backend.clock.now().replace(year=backend.clock.now().year + 1)
    assert (await crm.get("/Leads", headers={"If-Modified-Since": future.isoformat()})).status_code == 304
    since = backend.clock.now().isoformat()
    backend.clock.advance(5)
    created = (await crm.post("/Leads", json={"data": [{"Last_Name": "Recent"}]})).json()["data"][0]["details"]["id"]
    changed = await crm.get("/Leads", headers={"If-Modified-Since": since})
    assert [r["id"] for r in changed.json()["data"]] == [created]
    http_date = format_datetime(future)
    assert (await crm.get(f"/Leads/{created}", headers={"If-Modified-Since": http_date})).status_code == 304


async def test_converted_and_custom_views(crm: httpx.AsyncClient) -> None:
    lead_id = await first_id(crm, "Leads")
    before = (await crm.get("/Leads")).json()["info"]["count"]
    await crm.post(f"/Leads/{lead_id}/actions/convert", json={"data": [{}]})
    assert (await crm.get("/Leads")).json()["info"]["count"] == before - 1
    converted = (await crm.get("/Leads", params={"converted": "true"})).json()["data"]
    assert [r["id"] for r in converted] == [lead_id] and converted[0]["$converted"] is True
    assert (await crm.get("/Leads", params={"converted": "both"})).json()["info"]["count"] == before
    views = (await crm.get("/settings/custom_views", params={"module": "Leads"})).json()["custom_views"]
    mine = next(v for v in views if v["name"] == "My Leads")
    my_leads = (await crm.get("/Leads", params={"cvid": mine["id"]})).json()["data"]
    assert my_leads and all(r["Owner"]["id"] == directory.ADMIN.id for r in my_leads)
    assert (await crm.get("/Leads", params={"cvid": "1"})).status_code == 400


async def test_lookups_resolve_names_and_validate_ids(crm: httpx.AsyncClient) -> None:
    account_id = await first_id(crm, "Accounts", sort_by="Account_Name")
    created = await crm.post(
        "/Contacts", json={"data": [{"Last_Name": "Link", "Account_Name": {"id": int(account_id)}}]}
    )
    contact_id = created.json()["data"][0]["details"]["id"]
    contact = (await crm.get(f"/Contacts/{contact_id}")).json()["data"][0]
    assert contact["Account_Name"] == {"name": "Acme Corporation", "id": account_id}
    bad = await crm.post("/Contacts", json={"data": [{"Last_Name": "Link", "Account_Name": {"id": "1234"}}]})
    assert (
        bad.json()["data"][0]["code"] == "INVALID_DATA"
        and bad.json()["data"][0]["details"]["api_name"] == "Account_Name"
    )
    await crm.delete(f"/Accounts/{account_id}")
    assert (await crm.get(f"/Contacts/{contact_id}")).json()["data"][0]["Account_Name"] is None


async def test_deal_probability_and_inventory_totals(crm: httpx.AsyncClient) -> None:
    deal = await crm.post(
        "/Deals", json={"data": [{"Deal_Name": "Big", "Stage": "Proposal/Price Quote", "Amount": 1000}]}
    )
    deal_id = deal.json()["data"][0]["details"]["id"]
    record = (await crm.get(f"/Deals/{deal_id}")).json()["data"][0]
    assert record["Probability"] == 75 and record["Expected_Revenue"] == 750
    product_id = await first_id(crm, "Products")
    quote = await crm.post(
        "/Quotes",
        json={
            "data": [
                {
                    "Subject": "Q",
                    "Product_Details": [
                        {"product": {"id": product_id}, "quantity": 2, "list_price": 10.5, "Discount": 1}
                    ],
                    "Tax": 2,
                }
            ]
        },
    )
    quote_record = (await crm.get(f"/Quotes/{quote.json()['data'][0]['details']['id']}")).json()["data"][0]
    assert quote_record["Sub_Total"] == 20.0 and quote_record["Grand_Total"] == 22.0
    assert quote_record["Product_Details"][0]["id"]


async def test_unknown_fields_are_kept(crm: httpx.AsyncClient) -> None:
    created = await crm.post(
        "/Leads", json={"data": [{"Last_Name": "Custom", "Single_Line_1": "hello", "Multi_Select_1": ["a"]}]}
    )
    record_id = created.json()["data"][0]["details"]["id"]
    record = (await crm.get(f"/Leads/{record_id}")).json()["data"][0]
    assert record["Single_Line_1"] == "hello" and record["Multi_Select_1"] == ["a"]


async def test_concurrent_writes_lose_nothing(crm: httpx.AsyncClient) -> None:
    before = len((await crm.get("/Tasks")).json()["data"])
    results = await asyncio.gather(*(crm.post("/Tasks", json={"data": [{"Subject": f"T{i}"}]}) for i in range(40)))
    assert all(r.status_code == 201 for r in results)
    ids = {r.json()["data"][0]["details"]["id"] for r in results}
    assert len(ids) == 40
    assert len((await crm.get("/Tasks")).json()["data"]) == before + 40


async def test_record_of_a_gdpr_stopped_record_cannot_be_updated(
    client: httpx.AsyncClient, crm: httpx.AsyncClient
) -> None:
    lead_id = await first_id(crm, "Leads")
    stopped = await client.post(f"/_emulator/crm/Leads/{lead_id}/stop_processing", json={"stop": True})
    assert stopped.json()["$stop_processing"] is True
    refused = await crm.put(f"/Leads/{lead_id}", json={"data": [{"Company": "x"}]})
    assert refused.status_code == 202 and refused.json()["data"][0]["code"] == "NOT_ALLOWED"
    assert (await crm.post(f"/Leads/{lead_id}/actions/convert", json={"data": [{}]})).status_code == 400

"""Zoho Bigin's records API in the emulator: list, get, insert, update, upsert, delete and search
over the shared record engine, a record's notes, every note, related-record reads, and the
product relations that read the same records.

Every response is checked against ``spec/dist/bigin.yaml`` by an httpx response hook.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from tests.emulator.conftest import conforming_api_fixture, every_record, service_store
from tests.emulator.conftest import zoho_error as _error
from zohokit_emulator.services.accounts import directory
from zohokit_emulator.services.bigin import seed
from zohokit_emulator.services.bigin.models import BiginStore

BASE = "/bigin/v1"
DEAL = seed.SAMPLE_DEAL_ID
CLOSED_DEAL = "3652397000001829026"
BENTON = seed.account_id(1)
JOSEPHINE = seed.contact_id(1)
LENNA = seed.contact_id(3)
STANDARD = seed.product_id(1)
MODULES = ("Accounts", "Contacts", "Deals", "Products", "Tasks", "Events", "Calls")


api = conforming_api_fixture("bigin", BASE)


def _store(app: Any) -> BiginStore:
    return service_store(app, "bigin", BiginStore)


async def _all(api: httpx.AsyncClient, path: str, per_page: int = 200) -> list[dict[str, Any]]:
    """Every record a list URL pages through."""
    return await every_record(api, BASE + path, per_page)


# --- the seeded org ----------------------------------------------------------------------------------


async def test_every_module_is_seeded_like_a_small_org(api: httpx.AsyncClient) -> None:
    counts = {module: len(await _all(api, f"/{module}")) for module in MODULES}
    assert counts == {
        "Accounts": 8,
        "Contacts": 12,
        "Deals": 10,
        "Products": 6,
        "Tasks": 6,
        "Events": 3,
        "Calls": 3,
    }
    (deal,) = (await api.get(f"{BASE}/Deals/{DEAL}")).json()["data"]
    assert deal["Deal_Name"] == "Benton Traders - annual licences"
    assert deal["Account_Name"] == {"name": "Benton Traders", "id": BENTON}
    assert deal["Contact_Name"] == {"name": "Josephine Darakjy", "id": JOSEPHINE}
    assert deal["Owner"]["id"] and deal["Tag"] == []


async def test_fixtures_name_records_the_api_serves(client: httpx.AsyncClient, api: httpx.AsyncClient) -> None:
    fixtures = (await client.get("/_emulator/fixtures")).json()["bigin"]
    for module in MODULES:
        for record_id in fixtures["record_ids"][module]:
            response = await api.get(f"{BASE}/{module}/{record_id}")
            assert response.status_code == 200 and response.json()["data"][0]["id"] == record_id


# --- list, get, insert, update, upsert, delete ------------------------------------------------------------


async def test_list_pages_and_sorts(api: httpx.AsyncClient) -> None:
    first = await api.get(f"{BASE}/Contacts", params={"per_page": 5})
    assert first.json()["info"] == {"per_page": 5, "count": 5, "page": 1, "more_records": True}
    ids = [c["id"] for c in await _all(api, "/Contacts", per_page=5)]
    assert len(ids) == len(set(ids)) == 12
    assert (await api.get(f"{BASE}/Contacts", params={"per_page": 5, "page": 4})).status_code == 204
    by_amount = await api.get(f"{BASE}/Deals", params={"sort_by": "Amount", "sort_order": "desc", "fields": "Amount"})
    amounts = [d["Amount"] for d in by_amount.json()["data"]]
    assert amounts == sorted(amounts, reverse=True) and amounts[0] == 24000


async def test_insert_get_update_delete(api: httpx.AsyncClient) -> None:
    made = await api.post(
        f"{BASE}/Contacts",
        json={"data": [{"First_Name": "Mitsue", "Last_Name": "Tollner", "Account_Name": {"id": int(BENTON)}}]},
    )
    assert made.status_code == 201
    new_id = made.json()["data"][0]["details"]["id"]
    (contact,) = (await api.get(f"{BASE}/Contacts/{new_id}")).json()["data"]
    assert contact["Full_Name"] == "Mitsue Tollner" and contact["Account_Name"]["id"] == BENTON
    updated = await api.put(f"{BASE}/Contacts/{new_id}", json={"data": [{"Title": "IT Lead"}]})
    assert updated.status_code == 200
    many = await api.put(f"{BASE}/Contacts", json={"data": [{"id": new_id, "Mobile": "+1 555 0177"}]})
    assert many.status_code == 200 and many.json()["data"][0]["details"]["id"] == new_id
    (contact,) = (await api.get(f"{BASE}/Contacts/{new_id}")).json()["data"]
    assert (contact["Title"], contact["Mobile"]) == ("IT Lead", "+1 555 0177")
    gone = await api.delete(f"{BASE}/Contacts", params={"ids": new_id})
    assert gone.status_code == 200 and gone.json()["data"][0]["details"] == {"id": new_id}
    assert (await api.get(f"{BASE}/Contacts/{new_id}")).status_code == 204
    _error(await api.delete(f"{BASE}/Contacts/{new_id}"), 400, "INVALID_DATA")


async def test_activities_name_the_record_they_belong_to(api: httpx.AsyncClient) -> None:
    response = await api.post(
        f"{BASE}/Tasks",
        json={"data": [{"Subject": "Confirm the licence count", "What_Id": {"id": DEAL}, "$se_module": "Deals"}]},
    )
    assert response.status_code == 201
    (task,) = (await api.get(f"{BASE}/Tasks/{response.json()['data'][0]['details']['id']}")).json()["data"]
    assert task["What_Id"]["id"] == DEAL and task["$se_module"] == "Deals" and task["Status"] == "Not Started"
    wrong = await api.post(
        f"{BASE}/Tasks", json={"data": [{"Subject": "x", "What_Id": {"id": DEAL}, "$se_module": "Contacts"}]}
    )
    assert wrong.status_code == 202 and wrong.json()["data"][0]["details"]["api_name"] == "What_Id"


async def test_insert_answers_per_record(api: httpx.AsyncClient) -> None:
    response = await api.post(
        f"{BASE}/Calls",
        json={
            "data": [
                {"Subject": "Renewal reminder", "Call_Type": "Outbound", "Call_Start_Time": "2024-03-04T10:30:00Z"},
                {"Subject": "No type"},
                {"Call_Type": "Inbound", "Call_Start_Time": "yesterday"},
            ]
        },
    )
    assert response.status_code == 202
    ok, missing, bad_time = response.json()["data"]
    assert ok["code"] == "SUCCESS"
    assert missing["code"] == "MANDATORY_NOT_FOUND" and missing["details"]["api_name"] == "Call_Type"
    assert bad_time["code"] == "INVALID_DATA" and bad_time["details"]["api_name"] == "Call_Start_Time"
    assert len(await _all(api, "/Calls")) == 4


async def test_limits_and_bad_modules(api: httpx.AsyncClient) -> None:
    body = _error(
        await api.post(f"{BASE}/Products", json={"data": [{"Product_Name": "x"}] * 101}), 400, "LIMIT_EXCEEDED"
    )
    assert body["details"]["limit"] == 100
    ids = ",".join(str(3652397000000402001 + n) for n in range(101))
    _error(await api.delete(f"{BASE}/Contacts", params={"ids": ids}), 400, "LIMIT_EXCEEDED")
    _error(await api.get(f"{BASE}/Leads"), 400, "INVALID_MODULE")
    assert len(await _all(api, "/Products")) == 6


async def test_upsert_by_email(api: httpx.AsyncClient) -> None:
    body = {
        "data": [
            {"Last_Name": "Darakjy", "Email": "josephine.darakjy@benton.example.com", "Title": "Operations Director"},
            {"Last_Name": "Foller", "First_Name": "Donette", "Email": "donette.foller@example.com"},
        ],
        "duplicate_check_fields": ["Email"],
    }
    response = await api.post(f"{BASE}/Contacts/upsert", json=body)
    assert response.status_code == 201
    updated, inserted = response.json()["data"]
    assert (updated["action"], updated["details"]["id"], updated["duplicate_field"]) == ("update", JOSEPHINE, "Email")
    assert inserted["action"] == "insert"
    (josephine,) = (await api.get(f"{BASE}/Contacts/{JOSEPHINE}")).json()["data"]
    assert josephine["Title"] == "Operations Director"


# --- search -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("module", "params", "expected"),
    [
        (
            "Deals",
            {"criteria": "(Amount:greater_than:10000)"},
            {
                "Benton Traders - annual licences",
                "Morlong Associates - renewal",
                "Tandem Clinics - 40 seats",
                "Chanay Logistics - premier licences",
            },
        ),
        (
            "Deals",
            {"criteria": "((Stage:equals:Qualification) and (Amount:less_than:5000))"},
            {"Kuvio Foods - onboarding"},
        ),
        (
            "Deals",
            {"criteria": "(Closing_Date:between:2024-03-01,2024-03-31)"},
            {"Feltz Printing - premier upgrade", "Orion Cycles - pilot"},
        ),
        ("Contacts", {"email": "lenna.paprocki@morlong.example.co.uk"}, {"Lenna Paprocki"}),
        ("Contacts", {"word": "benton"}, {"Josephine Darakjy", "Mitsue Tollner"}),
        ("Products", {"criteria": "(Product_Code:starts_with:HW)"}, {"GPS tracker", "Barcode scanner"}),
    ],
)
async def test_search(api: httpx.AsyncClient, module: str, params: dict[str, str], expected: set[str]) -> None:
    response = await api.get(f"{BASE}/{module}/search", params=params)
    assert response.status_code == 200, response.text
    display = {"Deals": "Deal_Name", "Contacts": "Full_Name", "Products": "Product_Name"}[module]
    assert {r[display] for r in response.json()["data"]} == expected


async def test_search_with_nothing_found_and_refusals(api: httpx.AsyncClient) -> None:
    assert (
        await api.get(f"{BASE}/Deals/search", params={"criteria": "(Amount:greater_than:99999)"})
    ).status_code == 204
    _error(await api.get(f"{BASE}/Deals/search", params={"criteria": "(Amount:starts_with:1)"}), 400, "INVALID_QUERY")
    _error(await api.get(f"{BASE}/Deals/search"), 400, "REQUIRED_PARAM_MISSING")


# --- notes --------------------------------------------------------------------------------------------


async def test_a_records_notes_newest_first(api: httpx.AsyncClient) -> None:
    notes = (await api.get(f"{BASE}/Deals/{DEAL}/Notes")).json()["data"]
    assert [n["Note_Title"] for n in notes] == ["Budget", "Licence count"]
    assert {n["Parent_Id"]["id"] for n in notes} == {DEAL} and {n["$se_module"] for n in notes} == {"Deals"}
    paged = await api.get(f"{BASE}/Deals/{DEAL}/Notes", params={"per_page": 1, "page": 2})
    assert paged.json()["info"] == {"per_page": 1, "count": 1, "page": 2, "more_records": False}
    assert (await api.get(f"{BASE}/Products/{STANDARD}/Notes")).status_code == 204
    _error(await api.get(f"{BASE}/Deals/3652397000001829999/Notes"), 400, "INVALID_DATA")


async def test_every_note_and_notes_of_a_deleted_record(api: httpx.AsyncClient) -> None:
    assert len(await _all(api, "/Notes")) == 6
    assert (await api.delete(f"{BASE}/Deals/{DEAL}")).status_code == 200
    remaining = await _all(api, "/Notes")
    assert len(remaining) == 4 and DEAL not in {n["Parent_Id"]["id"] for n in remaining}


# --- related records and product relations -------------------------------------------------------------


async def test_related_records_reads(api: httpx.AsyncClient) -> None:
    contacts = (await api.get(f"{BASE}/Accounts/{BENTON}/Contacts")).json()["data"]
    assert {c["Full_Name"] for c in contacts} == {"Josephine Darakjy", "Mitsue Tollner"}
    deals = (await api.get(f"{BASE}/Accounts/{BENTON}/Deals")).json()["data"]
    assert {d["Deal_Name"] for d in deals} == {"Benton Traders - annual licences", "Benton Traders - GPS trackers"}
    assert [d["id"] for d in (await api.get(f"{BASE}/Contacts/{JOSEPHINE}/Deals")).json()["data"]] == [DEAL]
    assert [c["id"] for c in (await api.get(f"{BASE}/Deals/{DEAL}/Contacts")).json()["data"]] == [JOSEPHINE]
    products = (await api.get(f"{BASE}/Deals/{CLOSED_DEAL}/Products", params={"fields": "Product_Name"})).json()
    assert products["data"] == [{"Product_Name": "Bigin Standard licence", "id": STANDARD}]
    assert (await api.get(f"{BASE}/Deals/{DEAL}/Products")).status_code == 204


async def test_a_related_list_the_module_lacks(api: httpx.AsyncClient) -> None:
    _error(await api.get(f"{BASE}/Deals/{DEAL}/Deals"), 404, "INVALID_URL_PATTERN")


async def test_relations_follow_the_records(api: httpx.AsyncClient, app: Any) -> None:
    made = await api.post(f"{BASE}/Products", json={"data": [{"Product_Name": "Route planner", "Unit_Price": 19}]})
    product = made.json()["data"][0]["details"]["id"]
    related = await api.put(f"{BASE}/Deals/{DEAL}/Products", json={"data": [{"id": product, "quantity": 3}]})
    assert related.status_code == 200
    listed = (await api.get(f"{BASE}/Deals/{DEAL}/Products")).json()["data"]
    assert [p["id"] for p in listed] == [product]
    assert (await api.delete(f"{BASE}/Products/{product}")).status_code == 200
    assert (await api.get(f"{BASE}/Deals/{DEAL}/Products")).status_code == 204
    assert _store(app).related("Deals", DEAL) == {}
    again = await api.put(f"{BASE}/Deals/{DEAL}/Products", json={"data": [{"id": product}]})
    assert again.status_code == 202 and again.json()["data"][0]["code"] == "INVALID_DATA"


async def test_a_deleted_contact_leaves_the_relations(api: httpx.AsyncClient, app: Any) -> None:
    assert STANDARD in _store(app).related("Contacts", LENNA)
    assert (await api.delete(f"{BASE}/Contacts/{LENNA}")).status_code == 200
    assert _store(app).related("Contacts", LENNA) == {}
    refused = await api.put(f"{BASE}/Contacts/{LENNA}/Products", json={"data": [{"id": STANDARD}]})
    _error(refused, 400, "INVALID_DATA")
    assert LENNA not in {
        c["id"] for c in (await api.get(f"{BASE}/Accounts/{seed.account_id(3)}/Contacts")).json()["data"]
    }


async def test_custom_views(api: httpx.AsyncClient, client: httpx.AsyncClient, app: Any) -> None:
    views = (await client.get("/_emulator/fixtures")).json()["bigin"]["custom_view_ids"]["Deals"]
    every = await api.get(f"{BASE}/Deals", params={"cvid": views["all"]})
    assert len(every.json()["data"]) == 10
    store = _store(app)
    store.records["Deals"][DEAL].owner = directory.MANAGER.id  # another user of the org
    mine = await api.get(f"{BASE}/Deals", params={"cvid": views["mine"]})
    assert DEAL not in {d["id"] for d in mine.json()["data"]} and len(mine.json()["data"]) == 9
    # The seeded deals were created months before the emulator's clock: none is recent.
    assert (await api.get(f"{BASE}/Deals", params={"cvid": views["recent_created"]})).status_code == 204
    _error(await api.get(f"{BASE}/Deals", params={"cvid": "3652397000000000001"}), 400, "INVALID_DATA")
    contacts_view = store.custom_view_ids["Contacts"]["all"]  # a view of another module
    _error(await api.get(f"{BASE}/Deals", params={"cvid": contacts_view}), 400, "INVALID_DATA")


async def test_scopes_come_from_the_spec_operation(api: httpx.AsyncClient) -> None:
    minted = await api.post("/_emulator/tokens", json={"scope": "ZohoBigin.modules.deals.READ"})
    headers = {"Authorization": f"Zoho-oauthtoken {minted.json()['access_token']}"}
    assert (await api.get(f"{BASE}/Deals", headers=headers)).status_code == 200
    _error(await api.get(f"{BASE}/Contacts", headers=headers), 401, "OAUTH_SCOPE_MISMATCH")
    _error(await api.delete(f"{BASE}/Deals/{DEAL}", headers=headers), 401, "OAUTH_SCOPE_MISMATCH")
    _error(await api.get(f"{BASE}/Deals/{DEAL}/Notes", headers=headers), 401, "OAUTH_SCOPE_MISMATCH")

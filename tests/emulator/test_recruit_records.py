"""Zoho Recruit's records API in the emulator: list, get, insert, update, upsert, delete and search
over the shared record engine, and the associations that read the same records.

Every response is checked against ``spec/dist/recruit.yaml`` by an httpx response hook.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from tests.emulator.conftest import conforming_api_fixture, every_record, service_store
from tests.emulator.conftest import zoho_error as _error
from zohokit_emulator import backend_of
from zohokit_emulator.services.recruit import seed
from zohokit_emulator.services.recruit.models import RecruitStore

BASE = "/recruit/v2"
RACHEL = seed.candidate_id(1)
DANIEL = seed.candidate_id(2)
SOFIA = seed.candidate_id(9)
ACCOUNTANT = seed.job_id(1)
JAVA = seed.job_id(3)
ZYLKER = seed.CLIENT_ID
MODULES = ("Candidates", "JobOpenings", "Clients", "Contacts", "Interviews")


api = conforming_api_fixture("recruit", BASE)


def _store(app: Any) -> RecruitStore:
    return service_store(app, "recruit", RecruitStore)


async def _all(api: httpx.AsyncClient, module: str, per_page: int = 200) -> list[dict[str, Any]]:
    """Every record of a module, page by page."""
    return await every_record(api, f"{BASE}/{module}", per_page)


async def _insert(api: httpx.AsyncClient, module: str, *records: dict[str, Any]) -> httpx.Response:
    return await api.post(f"{BASE}/{module}", json={"data": list(records)})


# --- the seeded org ----------------------------------------------------------------------------------


async def test_every_module_is_seeded_like_a_small_org(api: httpx.AsyncClient) -> None:
    counts = {module: len(await _all(api, module)) for module in MODULES}
    assert counts == {"Candidates": 24, "JobOpenings": 8, "Clients": 5, "Contacts": 6, "Interviews": 6}
    candidates = await _all(api, "Candidates")
    assert [c["Candidate_ID"] for c in candidates[:3]] == ["ZR_1_CAND", "ZR_2_CAND", "ZR_3_CAND"]
    assert candidates[0]["Full_Name"] == "Rachel Adams" and candidates[0]["Candidate_Owner"]["id"]
    job = next(j for j in await _all(api, "JobOpenings") if j["id"] == ACCOUNTANT)
    assert job["Job_Opening_ID"] == "ZR_1_JOB" and job["Client_Name"] == {"name": "Zylker Inc", "id": ZYLKER}
    assert job["No_of_Candidates_Associated"] == 3


async def test_fixtures_name_records_the_api_serves(client: httpx.AsyncClient, api: httpx.AsyncClient) -> None:
    fixtures = (await client.get("/_emulator/fixtures")).json()["recruit"]
    named = {
        "Candidates": fixtures["candidate_ids"],
        "JobOpenings": fixtures["job_opening_ids"],
        "Clients": fixtures["client_ids"],
        "Contacts": fixtures["contact_ids"],
        "Interviews": fixtures["interview_ids"],
    }
    for module, ids in named.items():
        for record_id in ids:
            response = await api.get(f"{BASE}/{module}/{record_id}")
            assert response.status_code == 200 and response.json()["data"][0]["id"] == record_id


# --- list and get -------------------------------------------------------------------------------------


async def test_list_pages_through_every_record(api: httpx.AsyncClient) -> None:
    first = await api.get(f"{BASE}/Candidates", params={"per_page": 10})
    assert first.status_code == 200
    assert first.json()["info"] == {"per_page": 10, "count": 10, "page": 1, "more_records": True}
    last = await api.get(f"{BASE}/Candidates", params={"per_page": 10, "page": 3})
    assert last.json()["info"] == {"per_page": 10, "count": 4, "page": 3, "more_records": False}
    ids = [r["id"] for r in await _all(api, "Candidates", per_page=7)]
    assert len(ids) == len(set(ids)) == 24
    beyond = await api.get(f"{BASE}/Candidates", params={"per_page": 10, "page": 4})
    assert beyond.status_code == 204 and beyond.content == b""


async def test_list_sorts_and_picks_fields(api: httpx.AsyncClient) -> None:
    response = await api.get(
        f"{BASE}/Candidates", params={"sort_by": "Last_Name", "sort_order": "desc", "fields": "Last_Name,Email"}
    )
    rows = response.json()["data"]
    names = [r["Last_Name"] for r in rows]
    assert names == sorted(names, key=str.lower, reverse=True)
    assert set(rows[0]) == {"id", "Last_Name", "Email"}
    _error(await api.get(f"{BASE}/Candidates", params={"sort_by": "No_Such_Field"}), 400, "INVALID_DATA")


async def test_an_empty_module_lists_as_204(api: httpx.AsyncClient, app: Any) -> None:
    store = _store(app)
    store.records["Interviews"].clear()
    response = await api.get(f"{BASE}/Interviews")
    assert response.status_code == 204 and response.content == b""


async def test_get_one_record_and_if_modified_since(api: httpx.AsyncClient) -> None:
    response = await api.get(f"{BASE}/Candidates/{RACHEL}")
    assert response.status_code == 200
    (record,) = response.json()["data"]
    assert record["id"] == RACHEL and record["Email"] == "rachel.adams@example.com"
    unchanged = await api.get(f"{BASE}/Candidates/{RACHEL}", headers={"If-Modified-Since": "2030-01-01T00:00:00+00:00"})
    assert unchanged.status_code == 304
    assert (await api.get(f"{BASE}/Candidates/3652397000002899999")).status_code == 204
    assert (await api.get(f"{BASE}/JobOpenings/{RACHEL}")).status_code == 204  # a candidate's id, not a job's


async def test_unknown_module_is_invalid_module(api: httpx.AsyncClient) -> None:
    _error(await api.get(f"{BASE}/Leads"), 400, "INVALID_MODULE")
    _error(await _insert(api, "Leads", {"Last_Name": "X"}), 400, "INVALID_MODULE")


# --- insert -------------------------------------------------------------------------------------------


async def test_insert_then_get(api: httpx.AsyncClient) -> None:
    response = await _insert(
        api,
        "Candidates",
        {"First_Name": "Hannah", "Last_Name": "Lindqvist", "Email": "hannah.lindqvist@example.com"},
        {"Last_Name": "Mensah", "Experience_in_Years": 6},
    )
    assert response.status_code == 201
    results = response.json()["data"]
    assert [r["code"] for r in results] == ["SUCCESS", "SUCCESS"]
    assert results[0]["message"] == "record added" and results[0]["details"]["Created_By"]["id"]
    new_id = results[0]["details"]["id"]
    (record,) = (await api.get(f"{BASE}/Candidates/{new_id}")).json()["data"]
    assert record["Full_Name"] == "Hannah Lindqvist" and record["Candidate_ID"] == "ZR_25_CAND"
    assert record["Candidate_Status"] == "New" and record["Is_Locked"] is False
    assert len(await _all(api, "Candidates")) == 26


async def test_insert_answers_per_record(api: httpx.AsyncClient) -> None:
    response = await _insert(
        api,
        "Contacts",
        {"Last_Name": "Silva", "Client_Name": {"id": ZYLKER}},
        {"First_Name": "No last name"},
        {"Last_Name": "Bad", "Email": "not-an-address"},
        {"Last_Name": "Orphan", "Client_Name": {"id": "3652397000002109999"}},
    )
    assert response.status_code == 202
    results = response.json()["data"]
    assert results[0]["code"] == "SUCCESS"
    assert results[1]["code"] == "MANDATORY_NOT_FOUND" and results[1]["details"]["api_name"] == "Last_Name"
    assert results[2]["code"] == "INVALID_DATA" and results[2]["details"]["api_name"] == "Email"
    assert results[3]["code"] == "INVALID_DATA" and results[3]["details"]["api_name"] == "Client_Name"
    contacts = await _all(api, "Contacts")
    assert len(contacts) == 7 and "Silva" in {c["Last_Name"] for c in contacts}


async def test_a_job_opening_needs_its_client(api: httpx.AsyncClient) -> None:
    response = await _insert(api, "JobOpenings", {"Posting_Title": "Payroll Specialist"})
    assert response.status_code == 202
    assert response.json()["data"][0]["details"]["api_name"] == "Client_Name"
    made = await _insert(api, "JobOpenings", {"Posting_Title": "Payroll Specialist", "Client_Name": {"id": ZYLKER}})
    assert made.status_code == 201
    (job,) = (await api.get(f"{BASE}/JobOpenings/{made.json()['data'][0]['details']['id']}")).json()["data"]
    assert job["Job_Opening_ID"] == "ZR_9_JOB" and job["No_of_Candidates_Associated"] == 0


async def test_more_than_100_records_is_refused_whole(api: httpx.AsyncClient) -> None:
    records = [{"Last_Name": f"Bulk {n}"} for n in range(101)]
    body = _error(await _insert(api, "Candidates", *records), 400, "LIMIT_EXCEEDED")
    assert body["details"]["limit"] == 100
    assert len(await _all(api, "Candidates")) == 24


async def test_a_write_without_data_is_refused(api: httpx.AsyncClient) -> None:
    _error(await api.post(f"{BASE}/Candidates", json={"records": []}), 400, "MANDATORY_NOT_FOUND")


# --- update and upsert --------------------------------------------------------------------------------


async def test_update_many_and_one(api: httpx.AsyncClient) -> None:
    response = await api.put(
        f"{BASE}/Candidates",
        json={"data": [{"id": RACHEL, "Current_Employer": "Zylker"}, {"id": "3652397000002899999", "City": "X"}]},
    )
    assert response.status_code == 202
    first, second = response.json()["data"]
    assert first["code"] == "SUCCESS" and first["details"]["id"] == RACHEL
    assert second["code"] == "INVALID_DATA"
    one = await api.put(f"{BASE}/Candidates/{DANIEL}", json={"data": [{"Candidate_Status": "Contacted"}]})
    assert one.status_code == 200 and one.json()["data"][0]["message"] == "record updated"
    (rachel,) = (await api.get(f"{BASE}/Candidates/{RACHEL}")).json()["data"]
    (daniel,) = (await api.get(f"{BASE}/Candidates/{DANIEL}")).json()["data"]
    assert rachel["Current_Employer"] == "Zylker" and daniel["Candidate_Status"] == "Contacted"
    assert rachel["Modified_Time"] >= rachel["Created_Time"]


async def test_update_of_a_record_that_is_not_there(api: httpx.AsyncClient) -> None:
    response = await api.put(f"{BASE}/Candidates/3652397000002899999", json={"data": [{"City": "Austin"}]})
    _error(response, 400, "INVALID_DATA")


async def test_upsert_updates_by_email_and_inserts_the_rest(api: httpx.AsyncClient) -> None:
    body = {
        "data": [
            {"Last_Name": "Adams", "Email": "rachel.adams@example.com", "Candidate_Status": "Contacted"},
            {"Last_Name": "Novak", "First_Name": "Petra", "Email": "petra.novak@example.com"},
        ],
        "duplicate_check_fields": ["Email"],
    }
    response = await api.post(f"{BASE}/Candidates/upsert", json=body)
    assert response.status_code == 201
    updated, inserted = response.json()["data"]
    assert (updated["action"], updated["duplicate_field"], updated["details"]["id"]) == ("update", "Email", RACHEL)
    assert inserted["action"] == "insert" and inserted["duplicate_field"] is None
    (rachel,) = (await api.get(f"{BASE}/Candidates/{RACHEL}")).json()["data"]
    assert rachel["Candidate_Status"] == "Contacted"
    again = await api.post(f"{BASE}/Candidates/upsert", json=body)
    assert again.status_code == 200 and {r["action"] for r in again.json()["data"]} == {"update"}
    assert len(await _all(api, "Candidates")) == 25


async def test_upsert_refuses_a_field_it_cannot_match_on(api: httpx.AsyncClient) -> None:
    body = {"data": [{"Last_Name": "Adams"}], "duplicate_check_fields": ["No_Such_Field"]}
    _error(await api.post(f"{BASE}/Candidates/upsert", json=body), 400, "INVALID_DATA")


# --- delete -------------------------------------------------------------------------------------------


async def test_delete_then_get(api: httpx.AsyncClient) -> None:
    response = await api.delete(f"{BASE}/Candidates", params={"ids": f"{SOFIA},3652397000002899999"})
    assert response.status_code == 202
    deleted, unknown = response.json()["data"]
    assert deleted == {"code": "SUCCESS", "details": {"id": SOFIA}, "message": "record deleted", "status": "success"}
    assert unknown["code"] == "INVALID_DATA"
    assert (await api.get(f"{BASE}/Candidates/{SOFIA}")).status_code == 204
    one = await api.delete(f"{BASE}/Interviews/{seed.interview_id(1)}")
    assert one.status_code == 200 and one.json()["data"][0]["details"]["id"] == seed.interview_id(1)
    _error(await api.delete(f"{BASE}/Interviews/{seed.interview_id(1)}"), 400, "INVALID_DATA")
    assert len(await _all(api, "Interviews")) == 5


async def test_delete_limits(api: httpx.AsyncClient) -> None:
    too_many = ",".join(str(3652397000002800001 + n) for n in range(101))
    _error(await api.delete(f"{BASE}/Candidates", params={"ids": too_many}), 400, "LIMIT_EXCEEDED")
    _error(await api.delete(f"{BASE}/Candidates"), 400, "REQUIRED_PARAM_MISSING")
    _error(await api.delete(f"{BASE}/Candidates", params={"ids": "12,abc"}), 400, "INVALID_DATA")
    assert len(await _all(api, "Candidates")) == 24


async def test_deleting_a_client_clears_the_lookups_to_it(api: httpx.AsyncClient) -> None:
    morlong = seed.client_id(3)
    contact = seed.contact_id(4)
    assert (await api.delete(f"{BASE}/Clients/{morlong}")).status_code == 200
    (lenna,) = (await api.get(f"{BASE}/Contacts/{contact}")).json()["data"]
    assert lenna["Client_Name"] is None


# --- search -------------------------------------------------------------------------------------------


async def _search(api: httpx.AsyncClient, **params: str) -> list[dict[str, Any]]:
    response = await api.get(f"{BASE}/Candidates/search", params=params)
    if response.status_code == 204:
        return []
    assert response.status_code == 200, response.text
    rows: list[dict[str, Any]] = response.json()["data"]
    return rows


@pytest.mark.parametrize(
    ("criteria", "expected"),
    [
        ("(Last_Name:equals:Adams)", {"Adams"}),
        ("(Last_Name:starts_with:M)", {"Mehta", "Martin", "Moreau", "Mendes"}),
        ("(Experience_in_Years:greater_than:7)", {"Reed", "Berg"}),
        ("(Experience_in_Years:less_equal:1)", {"Rossi", "Brown", "Zahra"}),
        ("((Country:equals:India) and (Experience_in_Years:greater_equal:4))", {"Raman", "Mehta"}),
        ("((City:equals:Austin) or (City:equals:Lyon))", {"Adams", "Martin", "Williams", "Kim"}),
        ("(Candidate_Status:in:Hired,Rejected)", {"Reed", "Osei"}),
        (
            "(Rating:between:4,5)",
            {"Adams", "Mehta", "Fischer", "Reed", "Nwosu", "Williams", "Petrova", "Fernandez", "Khan"},
        ),
    ],
)
async def test_search_criteria(api: httpx.AsyncClient, criteria: str, expected: set[str]) -> None:
    assert {r["Last_Name"] for r in await _search(api, criteria=criteria)} == expected


async def test_search_by_email_phone_and_word(api: httpx.AsyncClient) -> None:
    assert [r["id"] for r in await _search(api, email="RACHEL.ADAMS@example.com")] == [RACHEL]
    assert [r["id"] for r in await _search(api, phone="+1 512 555 0101")] == [RACHEL]
    assert {r["Last_Name"] for r in await _search(api, word="kafka")} == {"Fischer"}
    assert await _search(api, criteria="(Last_Name:equals:Nobody)") == []


async def test_search_refusals(api: httpx.AsyncClient) -> None:
    _error(await api.get(f"{BASE}/Candidates/search"), 400, "REQUIRED_PARAM_MISSING")
    _error(
        await api.get(f"{BASE}/Candidates/search", params={"criteria": "Last_Name:equals:Adams"}), 400, "INVALID_QUERY"
    )
    unknown = await api.get(f"{BASE}/Candidates/search", params={"criteria": "(No_Field:equals:x)"})
    _error(unknown, 400, "INVALID_QUERY")
    bad_number = await api.get(f"{BASE}/Candidates/search", params={"criteria": "(Rating:greater_than:high)"})
    _error(bad_number, 400, "INVALID_QUERY")


async def test_search_pages(api: httpx.AsyncClient) -> None:
    params = {"criteria": "(Experience_in_Years:greater_than:0)", "per_page": "5", "page": "2"}
    body = (await api.get(f"{BASE}/Candidates/search", params=params)).json()
    assert body["info"] == {"per_page": 5, "count": 5, "page": 2, "more_records": True}


# --- the records associations and submissions read ----------------------------------------------------


async def test_an_inserted_candidate_can_be_associated(api: httpx.AsyncClient, app: Any) -> None:
    made = await _insert(api, "Candidates", {"First_Name": "Kofi", "Last_Name": "Mensah", "Skill_Set": "Java"})
    new_id = made.json()["data"][0]["details"]["id"]
    store = _store(app)
    with backend_of(app).lock:
        store.associate(new_id, JAVA)
    openings = await api.get(f"{BASE}/Candidates/{new_id}/associate")
    assert [j["id"] for j in openings.json()["data"]] == [JAVA]
    candidates = (await api.get(f"{BASE}/JobOpenings/{JAVA}/associate")).json()["data"]
    kofi = next(c for c in candidates if c["id"] == new_id)
    assert kofi["Full_Name"] == "Kofi Mensah" and kofi["Candidate_Status"] == "Associated"
    (job,) = (await api.get(f"{BASE}/JobOpenings/{JAVA}")).json()["data"]
    assert job["No_of_Candidates_Associated"] == 6


async def test_a_deleted_candidate_leaves_its_associations_and_submissions(api: httpx.AsyncClient, app: Any) -> None:
    arjun = seed.candidate_id(4)
    store = _store(app)
    assert seed.submission_id(1) in store.submissions
    assert (await api.delete(f"{BASE}/Candidates/{arjun}")).status_code == 200
    listed = (await api.get(f"{BASE}/JobOpenings/{JAVA}/associate")).json()["data"]
    assert arjun not in {c["id"] for c in listed}
    assert seed.submission_id(1) not in store.submissions
    _error(await api.get(f"{BASE}/Candidates/{arjun}/associate"), 400, "INVALID_DATA")
    review = {"data": [{"Submission_Status": "Approved by hiring manager", "Rating": 4}]}
    _error(
        await api.put(f"{BASE}/Submissions/{seed.submission_id(1)}/actions/status", json=review), 400, "INVALID_DATA"
    )


async def test_an_updated_candidate_shows_in_associations(api: httpx.AsyncClient) -> None:
    await api.put(f"{BASE}/Candidates/{RACHEL}", json={"data": [{"Current_Job_Title": "Senior Accountant"}]})
    listed = (await api.get(f"{BASE}/JobOpenings/{ACCOUNTANT}/associate")).json()["data"]
    assert next(c for c in listed if c["id"] == RACHEL)["Current_Job_Title"] == "Senior Accountant"


async def test_an_id_that_is_no_zoho_id_is_refused_per_record(api: httpx.AsyncClient) -> None:
    beyond = await api.put(f"{BASE}/Candidates/{RACHEL}", json={"data": [{"id": 2**63, "City": "Austin"}]})
    assert beyond.status_code == 202
    assert beyond.json()["data"][0]["details"] == {"api_name": "id", "expected_data_type": "bigint"}
    empty = await api.put(f"{BASE}/Candidates/{RACHEL}", json={"data": [{"id": None, "City": "Austin"}]})
    assert empty.status_code == 202 and empty.json()["data"][0]["details"]["api_name"] == "id"
    upsert = await api.post(f"{BASE}/Candidates/upsert", json={"data": [{"id": 2**63, "Last_Name": "Long"}]})
    assert upsert.status_code == 202 and len(await _all(api, "Candidates")) == 24
    as_number = await api.put(f"{BASE}/Candidates/{RACHEL}", json={"data": [{"id": int(RACHEL), "City": "Austin"}]})
    assert as_number.status_code == 200


async def test_scopes_come_from_the_spec_operation(api: httpx.AsyncClient) -> None:
    minted = await api.post("/_emulator/tokens", json={"scope": "ZohoRECRUIT.modules.candidate.READ"})
    headers = {"Authorization": f"Zoho-oauthtoken {minted.json()['access_token']}"}
    assert (await api.get(f"{BASE}/Candidates", headers=headers)).status_code == 200
    refused = _error(await api.get(f"{BASE}/Clients", headers=headers), 401, "OAUTH_SCOPE_MISMATCH")
    assert refused["details"]["scope"].lower() == "zohorecruit.modules.client.read"
    _error(await api.delete(f"{BASE}/Candidates/{RACHEL}", headers=headers), 401, "OAUTH_SCOPE_MISMATCH")
    assert (await api.get(f"{BASE}/Candidates/{RACHEL}")).status_code == 200  # nothing was deleted

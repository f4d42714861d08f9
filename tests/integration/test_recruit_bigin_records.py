"""Recruit and Bigin records through their generated clients + zohokit against the emulator: list
with paging, insert then get, update, upsert, delete, search; Bigin notes and related records."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from zohokit_bigin.api.notes import get_bigin_notes, get_bigin_record_notes
from zohokit_bigin.api.records import (
    delete_bigin_records,
    get_bigin_record,
    get_bigin_records,
    insert_bigin_records,
    search_bigin_records,
    update_bigin_records,
    upsert_bigin_records,
)
from zohokit_bigin.api.related_records import get_bigin_related_records
from zohokit_bigin.models import (
    BiginParentModuleName,
    BiginReadRelatedList,
    BiginRecordModuleName,
    BiginRecordUpsertRequest,
    BiginRecordWriteRequest,
    BiginUpsertModuleName,
)
from zohokit_recruit.api.associated_records import get_associated_records
from zohokit_recruit.api.records import (
    delete_recruit_record,
    get_recruit_record,
    get_recruit_records,
    insert_recruit_records,
    search_recruit_records,
    update_recruit_record,
    upsert_recruit_records,
)
from zohokit_recruit.models import (
    PageInfo,
    RecruitAssociationModuleName,
    RecruitRecordModuleName,
    RecruitRecordsResponse,
    RecruitRecordUpdateRequest,
    RecruitRecordUpsertRequest,
    RecruitRecordWriteRequest,
)

import zohokit
from tests.integration.conftest import ClientFactory

CANDIDATES = RecruitRecordModuleName.CANDIDATES
DEALS = BiginRecordModuleName.DEALS
CONTACTS = BiginRecordModuleName.CONTACTS


@pytest.fixture
def fixtures(control: httpx.Client) -> dict[str, Any]:
    body: dict[str, Any] = control.get("/_emulator/fixtures").raise_for_status().json()
    return body


def _fields(record: Any) -> dict[str, Any]:
    """A parsed record as the plain dict the API sent."""
    fields: dict[str, Any] = record.to_dict()
    return fields


def _one(response: Any) -> dict[str, Any]:
    """The only record of a get."""
    (record,) = zohokit.unwrap(response).data
    return _fields(record)


# --- Recruit -------------------------------------------------------------------------------------------


def test_recruit_list_with_paging(clients: ClientFactory, fixtures: dict[str, Any]) -> None:
    recruit = clients("recruit")
    seen = [r.id for r in zohokit.iter_items(get_recruit_records.sync_detailed, CANDIDATES, client=recruit, per_page=5)]
    assert seen == fixtures["recruit"]["candidate_ids"]
    responses = zohokit.iter_pages(get_recruit_records.sync_detailed, CANDIDATES, client=recruit, per_page=10)
    pages = [zohokit.unwrap(response, RecruitRecordsResponse) for response in responses]
    assert [len(page.data) for page in pages] == [10, 10, 4]
    infos = [page.info for page in pages]
    assert [info.more_records for info in infos if isinstance(info, PageInfo)] == [True, True, False]
    bounded = zohokit.paged(get_recruit_records.sync_detailed, max_pages=2)
    first_two_pages = [r.id for r in zohokit.iter_items(bounded, CANDIDATES, client=recruit, per_page=5)]
    assert first_two_pages == fixtures["recruit"]["candidate_ids"][:10]


def test_recruit_insert_get_update_associate_delete(clients: ClientFactory, fixtures: dict[str, Any]) -> None:
    recruit = clients("recruit")
    body = RecruitRecordWriteRequest.from_dict(
        {
            "data": [
                {"First_Name": "Hannah", "Last_Name": "Lindqvist", "Email": "hannah.lindqvist@example.com"},
                {"First_Name": "No last name"},
            ]
        }
    )
    response = insert_recruit_records.sync_detailed(CANDIDATES, client=recruit, body=body)
    assert response.status_code == 202
    made, refused = zohokit.record_results(response)
    assert made.ok and not refused.ok and refused.code == "MANDATORY_NOT_FOUND"
    assert made.id is not None

    record = _one(get_recruit_record.sync_detailed(CANDIDATES, made.id, client=recruit))
    assert record["Full_Name"] == "Hannah Lindqvist" and record["Candidate_ID"] == "ZR_25_CAND"

    change = RecruitRecordUpdateRequest.from_dict({"data": [{"Current_Job_Title": "Payroll Specialist"}]})
    (updated,) = zohokit.record_results(
        update_recruit_record.sync_detailed(CANDIDATES, made.id, client=recruit, body=change)
    )
    assert updated.ok
    record = _one(get_recruit_record.sync_detailed(CANDIDATES, made.id, client=recruit))
    assert record["Current_Job_Title"] == "Payroll Specialist"

    (deleted,) = zohokit.record_results(delete_recruit_record.sync_detailed(CANDIDATES, made.id, client=recruit))
    assert deleted.ok and deleted.id == made.id
    assert get_recruit_record.sync_detailed(CANDIDATES, made.id, client=recruit).status_code == 204
    job = fixtures["recruit"]["job_opening_id"]
    listed = zohokit.iter_items(
        get_associated_records.sync_detailed, RecruitAssociationModuleName.JOBOPENINGS, job, client=recruit
    )
    assert made.id not in {r.id for r in listed}


def test_recruit_upsert_and_search(clients: ClientFactory, fixtures: dict[str, Any]) -> None:
    recruit = clients("recruit")
    rachel = fixtures["recruit"]["candidate_ids"][0]
    body = RecruitRecordUpsertRequest.from_dict(
        {
            "data": [
                {"Last_Name": "Adams", "Email": "rachel.adams@example.com", "Candidate_Status": "Contacted"},
                {"Last_Name": "Novak", "First_Name": "Petra", "Email": "petra.novak@example.com"},
            ],
            "duplicate_check_fields": ["Email"],
        }
    )
    response = upsert_recruit_records.sync_detailed(CANDIDATES, client=recruit, body=body)
    assert response.status_code == 201
    updated, inserted = zohokit.record_results(response)
    assert updated.ok and updated.id == rachel and inserted.ok and inserted.id != rachel

    found = list(
        zohokit.iter_items(
            search_recruit_records.sync_detailed,
            CANDIDATES,
            client=recruit,
            criteria="(Candidate_Status:equals:Contacted)",
        )
    )
    assert rachel in {r.id for r in found}
    by_mail = zohokit.iter_items(
        search_recruit_records.sync_detailed, CANDIDATES, client=recruit, email="petra.novak@example.com"
    )
    assert [r.id for r in by_mail] == [inserted.id]
    nothing = zohokit.iter_items(search_recruit_records.sync_detailed, CANDIDATES, client=recruit, word="no-such-word")
    assert list(nothing) == []
    with pytest.raises(zohokit.BadRequestError) as refused:
        zohokit.unwrap(
            search_recruit_records.sync_detailed(CANDIDATES, client=recruit, criteria="(Rating:starts_with:4)")
        )
    assert refused.value.code == "INVALID_QUERY"


async def test_recruit_list_async(emu: zohokit.Emulator, fixtures: dict[str, Any], async_stack: str) -> None:
    async with emu.client("recruit") as recruit:
        ids = [
            r.id
            async for r in zohokit.aiter_items(
                get_recruit_records.asyncio_detailed, RecruitRecordModuleName.INTERVIEWS, client=recruit, per_page=4
            )
        ]
    assert ids == fixtures["recruit"]["interview_ids"]


# --- Bigin ---------------------------------------------------------------------------------------------


def test_bigin_list_insert_update_delete(clients: ClientFactory, fixtures: dict[str, Any]) -> None:
    bigin = clients("bigin")
    deals = [r.id for r in zohokit.iter_items(get_bigin_records.sync_detailed, DEALS, client=bigin, per_page=3)]
    assert deals == fixtures["bigin"]["record_ids"]["Deals"]

    company = fixtures["bigin"]["record_ids"]["Accounts"][0]
    body = BiginRecordWriteRequest.from_dict(
        {"data": [{"First_Name": "Mitsue", "Last_Name": "Tollner", "Account_Name": {"id": company}}]}
    )
    (made,) = zohokit.record_results(insert_bigin_records.sync_detailed(CONTACTS, client=bigin, body=body))
    assert made.ok and made.id is not None
    assert _one(get_bigin_record.sync_detailed(CONTACTS, made.id, client=bigin))["Account_Name"]["id"] == company

    change = BiginRecordWriteRequest.from_dict({"data": [{"id": made.id, "Title": "IT Lead"}]})
    (updated,) = zohokit.record_results(update_bigin_records.sync_detailed(CONTACTS, client=bigin, body=change))
    assert updated.ok
    assert _one(get_bigin_record.sync_detailed(CONTACTS, made.id, client=bigin))["Title"] == "IT Lead"

    gone = delete_bigin_records.sync_detailed(CONTACTS, client=bigin, ids=f"{made.id},3652397000000402999")
    assert gone.status_code == 202
    assert [r.ok for r in zohokit.record_results(gone)] == [True, False]
    assert get_bigin_record.sync_detailed(CONTACTS, made.id, client=bigin).status_code == 204


def test_bigin_upsert_and_search(clients: ClientFactory) -> None:
    bigin = clients("bigin")
    body = BiginRecordUpsertRequest.from_dict(
        {
            "data": [{"Last_Name": "Darakjy", "Email": "josephine.darakjy@benton.example.com", "Title": "COO"}],
            "duplicate_check_fields": ["Email"],
        }
    )
    response = upsert_bigin_records.sync_detailed(BiginUpsertModuleName.CONTACTS, client=bigin, body=body)
    (updated,) = zohokit.record_results(response)
    assert response.status_code == 200 and updated.ok
    found = zohokit.iter_items(
        search_bigin_records.sync_detailed, DEALS, client=bigin, criteria="(Amount:greater_than:15000)"
    )
    assert {_fields(r)["Deal_Name"] for r in found} == {"Benton Traders - annual licences", "Tandem Clinics - 40 seats"}


def test_bigin_notes_and_related_records(clients: ClientFactory, fixtures: dict[str, Any]) -> None:
    bigin = clients("bigin")
    deal = fixtures["bigin"]["deal_id"]
    notes = list(zohokit.iter_items(get_bigin_record_notes.sync_detailed, DEALS, deal, client=bigin))
    assert [_fields(n)["Note_Title"] for n in notes] == ["Budget", "Licence count"]
    every = list(zohokit.iter_items(get_bigin_notes.sync_detailed, client=bigin, per_page=4))
    assert len(every) == 6

    company = fixtures["bigin"]["record_ids"]["Accounts"][0]
    contacts = zohokit.iter_items(
        get_bigin_related_records.sync_detailed,
        BiginParentModuleName.ACCOUNTS,
        company,
        BiginReadRelatedList.CONTACTS,
        client=bigin,
    )
    assert {_fields(c)["Full_Name"] for c in contacts} == {"Josephine Darakjy", "Mitsue Tollner"}
    products = zohokit.iter_items(
        get_bigin_related_records.sync_detailed,
        BiginParentModuleName.DEALS,
        "3652397000001829026",
        BiginReadRelatedList.PRODUCTS,
        client=bigin,
    )
    assert [p.id for p in products] == [fixtures["bigin"]["product_ids"][0]]
    none = get_bigin_related_records.sync_detailed(
        BiginParentModuleName.DEALS, deal, BiginReadRelatedList.PRODUCTS, client=bigin
    )
    assert none.status_code == 204

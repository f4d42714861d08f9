"""Recruit, Bigin and Connect through their generated clients + zohokit against the emulator."""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from zohokit_bigin.api.related_records import update_bigin_related_record, update_bigin_related_records
from zohokit_bigin.models import BiginRelatedRecordsUpdateRequest, BiginRelatedRecordUpdateRequest
from zohokit_connect.api.recruitment import (
    change_premium_recruitments,
    list_premium_recruitments,
    list_recruitments,
    register_client_recruitment,
)
from zohokit_connect.models import (
    ClientRecruitmentRegistration,
    PremiumPreferencesChange,
    PremiumPreferenceSet,
    RecruitmentOverview,
)
from zohokit_recruit.api.associated_records import get_associated_records
from zohokit_recruit.api.submissions import change_submission_status
from zohokit_recruit.models import RecruitAssociatedRecordsResponse, SubmissionStatusChangeRequest

import zohokit
from tests.integration.conftest import ClientFactory

REDIRECT_URI = "http://127.0.0.1/callback"


def _review(status: str, rating: int, comments: str | None = None) -> SubmissionStatusChangeRequest:
    change: dict[str, Any] = {"Submission_Status": status, "Rating": rating}
    if comments is not None:
        change["Reviewer_Comments"] = comments
    return SubmissionStatusChangeRequest.from_dict({"data": [change]})


@pytest.fixture
def fixtures(control: httpx.Client) -> dict[str, Any]:
    body: dict[str, Any] = control.get("/_emulator/fixtures").raise_for_status().json()
    return body


def test_recruit_submission_review(clients: ClientFactory, fixtures: dict[str, Any]) -> None:
    recruit = clients("recruit")
    ids = fixtures["recruit"]
    openings = zohokit.unwrap(
        get_associated_records.sync_detailed("Candidates", ids["candidate_id"], client=recruit),
        RecruitAssociatedRecordsResponse,
    )
    assert ids["job_opening_id"] in {record.id for record in openings.data}

    pending = ids["pending_submission_ids"]
    with pytest.raises(zohokit.BadRequestError) as mismatch:
        zohokit.unwrap(
            change_submission_status.sync_detailed(
                pending[0], client=recruit, body=_review("Approved by hiring manager", 1)
            )
        )
    assert mismatch.value.code == "INVALID_DATA"

    rejected_without_comment = change_submission_status.sync_detailed(
        pending[0], client=recruit, body=_review("Rejected by hiring manager", 1)
    )
    with pytest.raises(zohokit.BadRequestError) as missing:
        zohokit.raise_for_response(rejected_without_comment)
    assert missing.value.code == "MANDATORY_NOT_FOUND"

    approved = change_submission_status.sync_detailed(
        pending[0], client=recruit, body=_review("Approved by hiring manager", 5, "Hire.")
    )
    (result,) = zohokit.record_results(approved)
    assert result.ok and result.id == pending[0]

    again = change_submission_status.sync_detailed(
        pending[0], client=recruit, body=_review("Approved by hiring manager", 5)
    )
    assert again.status_code == 202
    assert [r.code for r in zohokit.record_results(again)] == ["STATUS_ALREADY_CHANGED"]

    archived = change_submission_status.sync_detailed(
        ids["archived_submission_ids"][0], client=recruit, body=_review("Approved by hiring manager", 4)
    )
    assert [r.code for r in zohokit.record_results(archived)] == ["RECORD_ARCHIVED"]


async def test_recruit_associated_records_async(
    emu: zohokit.Emulator, fixtures: dict[str, Any], async_stack: str
) -> None:
    ids = fixtures["recruit"]
    async with emu.client("recruit") as recruit:
        candidates = [
            record
            async for record in zohokit.aiter_items(
                get_associated_records.asyncio_detailed,
                "JobOpenings",
                ids["job_opening_id"],
                client=recruit,
                per_page=2,
            )
        ]
    assert ids["candidate_id"] in {record.id for record in candidates}


def test_bigin_product_relation(clients: ClientFactory, fixtures: dict[str, Any], control: httpx.Client) -> None:
    bigin = clients("bigin")
    ids = fixtures["bigin"]
    many = BiginRelatedRecordsUpdateRequest.from_dict(
        {"data": [{"id": ids["product_ids"][0], "list_price": 99.5, "quantity": 2}, {"id": "3652397000009999999"}]}
    )
    response = update_bigin_related_records.sync_detailed("Deals", ids["deal_id"], "Products", client=bigin, body=many)
    good, bad = zohokit.record_results(response)
    assert response.status_code == 202 and good.ok and not bad.ok
    one = BiginRelatedRecordUpdateRequest.from_dict({"data": [{"id": ids["product_ids"][0], "quantity": 7}]})
    (updated,) = zohokit.record_results(
        update_bigin_related_record.sync_detailed(
            "Deals", ids["deal_id"], "Products", ids["product_ids"][0], client=bigin, body=one
        )
    )
    assert updated.ok
    relations = control.get("/_emulator/bigin/relations").raise_for_status().json()
    assert "99.5" in str(relations) and "7" in str(relations)


def test_bigin_rejects_more_than_100_records(clients: ClientFactory, fixtures: dict[str, Any]) -> None:
    bigin = clients("bigin")
    ids = fixtures["bigin"]
    body = BiginRelatedRecordsUpdateRequest.from_dict({"data": [{"id": ids["product_ids"][0]}] * 101})
    with pytest.raises(zohokit.BadRequestError):
        zohokit.unwrap(
            update_bigin_related_records.sync_detailed("Deals", ids["deal_id"], "Products", client=bigin, body=body)
        )


def test_connect_client_registration_and_premium_preferences(
    server: Any, clients: ClientFactory, fixtures: dict[str, Any], control: httpx.Client
) -> None:
    ids = fixtures["connect"]
    connect = clients("connect")  # client-credentials token
    registration = ClientRecruitmentRegistration.from_dict(
        {
            "product": ids["product"],
            "campaign": ids["campaign"],
            "recruiter": {"name": {"firstName": "Kari", "lastName": "Nordmann"}, "email": "kari@example.no"},
            "recruitments": [{"name": {"firstName": "Nils", "lastName": "Test"}, "email": "nils@example.no"}],
        }
    )
    zohokit.unwrap(register_client_recruitment.sync_detailed(client=connect, body=registration))

    emu = zohokit.emulator(server.url)
    authorize = zohokit.connect_authorization_url(
        client_id=emu.connect_client_id, redirect_uri=REDIRECT_URI, authorize_url=server.url + "/user/oauth/authorize"
    )
    code = parse_qs(urlsplit(control.get(authorize).headers["Location"]).query)["code"][0]
    user = clients("connect", auth=emu.connect_user_auth(code=code, redirect_uri=REDIRECT_URI))
    overview = zohokit.unwrap(list_recruitments.sync_detailed(ids["campaign"], client=user), RecruitmentOverview)
    assert overview.points is not None and overview.products

    first = zohokit.unwrap(list_premium_recruitments.sync_detailed(ids["campaign"], client=user), PremiumPreferenceSet)
    assert first.recruitment_premium_preferences
    cleared = PremiumPreferencesChange.from_dict({"recruitmentPremiumPreferences": []})
    zohokit.unwrap(change_premium_recruitments.sync_detailed(ids["campaign"], client=user, body=cleared))
    after = zohokit.unwrap(list_premium_recruitments.sync_detailed(ids["campaign"], client=user), PremiumPreferenceSet)
    assert not after.recruitment_premium_preferences


def test_connect_rejects_overlong_codes_with_a_typed_error(clients: ClientFactory) -> None:
    connect = clients("connect")
    registration = ClientRecruitmentRegistration.from_dict(
        {
            "product": "X" * 13,
            "campaign": "Spring2019",
            "recruiter": {"email": "kari@example.no"},
            "recruitments": [{"email": "nils@example.no"}],
        }
    )
    with pytest.raises(zohokit.BadRequestError):
        zohokit.unwrap(register_client_recruitment.sync_detailed(client=connect, body=registration))

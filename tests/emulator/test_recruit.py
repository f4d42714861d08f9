"""Zoho Recruit in the emulator: the store's rules, and both operations over HTTP.

Every response of the API is checked against ``spec/dist/recruit.yaml`` (status documented,
body valid for the documented schema) by an httpx response hook.
"""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from tests.emulator.conftest import conforming_api_fixture, service_store
from tests.emulator.conftest import zoho_error as _error
from tests.spec_files import load_dist
from zohokit_emulator import backend_of
from zohokit_emulator.core.errors import ZohoError
from zohokit_emulator.services.accounts import directory
from zohokit_emulator.services.recruit import seed
from zohokit_emulator.services.recruit.models import EDITION_ENV, RecruitStore, Refusal, Review

BASE = "/recruit/v2"
JAVA = seed.job_id(3)
ACCOUNTANT = seed.job_id(1)
MARKETING = seed.job_id(2)
DATA_ANALYST = seed.job_id(5)
RACHEL = seed.candidate_id(1)
SOFIA = seed.candidate_id(9)
PENDING = seed.submission_id(1)
PENDING_2 = seed.submission_id(2)
REVIEWED = seed.submission_id(5)
ARCHIVED = seed.submission_id(6)
APPROVE = "Approved by hiring manager"
REJECT = "Rejected by hiring manager"


api = conforming_api_fixture("recruit", BASE)


def _store(app: Any) -> RecruitStore:
    return service_store(app, "recruit", RecruitStore)


async def _review(api: httpx.AsyncClient, submission: str, *items: dict[str, Any]) -> httpx.Response:
    return await api.put(f"{BASE}/Submissions/{submission}/actions/status", json={"data": list(items)})


# --- the store ------------------------------------------------------------------------------------


class TestStore:
    @pytest.fixture
    def store(self, app: Any) -> RecruitStore:
        return _store(app)

    def test_seed_ids_are_19_digit_strings_but_the_documentation_samples(self, store: RecruitStore) -> None:
        samples = {*seed.SAMPLE_JOB_IDS.values(), *seed.SAMPLE_SUBMISSION_IDS.values()}
        ids = [*store.records["Candidates"], *store.records["JobOpenings"], *store.submissions]
        assert samples <= set(ids)
        assert all(i.isdigit() for i in ids)
        assert all(len(i) == 19 for i in ids if i not in samples)

    def test_associated_candidates_newest_first_with_their_status_for_the_job(self, store: RecruitStore) -> None:
        page = store.associated("JobOpenings", JAVA)
        names = [r["Full_Name"] for r in page.records]
        assert names == ["Chloe Martin", "Tom Becker", "Lena Fischer", "Arjun Mehta", "Daniel Okafor"]
        daniel = page.records[-1]
        assert daniel["Candidate_Status"] == "Rejected by hiring manager"
        # The record itself is untouched.
        assert store.records["Candidates"][daniel["id"]].values["Candidate_Status"] == "Qualified"

    def test_paging(self, store: RecruitStore) -> None:
        pages = [store.associated("JobOpenings", JAVA, page=n, per_page=2) for n in (1, 2, 3, 4)]
        assert [len(p.records) for p in pages] == [2, 2, 1, 0]
        assert [p.more_records for p in pages] == [True, True, False, False]

    def test_job_opening_counters(self, store: RecruitStore) -> None:
        jobs = {r["Posting_Title"]: r for r in store.associated("Candidates", RACHEL).records}
        assert set(jobs) == {"Accountant", "Marketing Executive"}
        assert jobs["Accountant"]["No_of_Candidates_Associated"] == 3
        hired = store.associated("Candidates", seed.candidate_id(8)).records[0]
        assert hired["No_of_Candidates_Hired"] == 1

    def test_filters(self, store: RecruitStore) -> None:
        by_title = store.associated("Candidates", RACHEL, posting_title="marketing executive").records
        assert [r["Job_Opening_ID"] for r in by_title] == ["ZR_2_JOB"]
        by_status = store.associated("JobOpenings", ACCOUNTANT, candidate_statuses=["qualified", "Unqualified"])
        assert sorted(r["Candidate_Status"] for r in by_status.records) == ["Qualified", "Unqualified"]

    def test_unknown_module_and_record(self, store: RecruitStore) -> None:
        with pytest.raises(ZohoError) as unknown:
            store.module_name("Leads")
        assert unknown.value.code == "INVALID_MODULE"
        assert store.module_name("jobopenings") == "JobOpenings"
        with pytest.raises(ZohoError) as missing:
            store.associated("Candidates", JAVA)
        assert missing.value.code == "INVALID_DATA"

    def test_review_rules(self, store: RecruitStore) -> None:
        def code(review: Review) -> tuple[str, str, Any]:
            with pytest.raises(ZohoError) as caught:
                store.check_review(review)
            return caught.value.code, caught.value.message, caught.value.details.get("api_name")

        assert code(Review(APPROVE, rating=6)) == ("INVALID_DATA", "Out of range", "Rating")
        assert code(Review(APPROVE, rating=2)) == ("INVALID_DATA", "invalid data", "Rating")
        assert code(Review(REJECT, rating=3, comments="no")) == ("INVALID_DATA", "invalid data", "Rating")
        assert code(Review(REJECT, rating=1)) == (
            "MANDATORY_NOT_FOUND",
            "required field not found",
            "Reviewer_Comments",
        )
        assert code(Review(REJECT, rating=0, comments="x" * 2001))[2] == "Reviewer_Comments"
        assert code(Review("Approved by client", rating=4))[2] == "Submission_Status"
        for ok in (Review(APPROVE), Review(APPROVE, rating=5), Review(REJECT, rating=0, comments="x" * 2000)):
            store.check_review(ok)

    def test_change_status_moves_the_candidate_and_refuses_twice(self, store: RecruitStore) -> None:
        result = store.change_status(PENDING, Review(APPROVE, rating=4), directory.MANAGER.id)
        assert not isinstance(result, Refusal)
        assert result.status == APPROVE and result.modified_by == directory.MANAGER.id
        assert store.associations[(seed.candidate_id(4), JAVA)].status == APPROVE
        again = store.change_status(PENDING, Review(APPROVE, rating=4), directory.MANAGER.id)
        assert again == Refusal("STATUS_ALREADY_CHANGED", "Status changed already for this Submission")
        assert store.change_status(ARCHIVED, Review(APPROVE), directory.ADMIN.id) == Refusal(
            "RECORD_ARCHIVED", "Record is archived"
        )

    def test_failed_review_changes_nothing(self, store: RecruitStore) -> None:
        before = (store.submissions[PENDING], store.associations[(seed.candidate_id(4), JAVA)].status)
        snapshot = (repr(before[0]), before[1])
        with pytest.raises(ZohoError):
            store.change_status(PENDING, Review(REJECT, rating=1), directory.ADMIN.id)
        assert (repr(store.submissions[PENDING]), store.associations[(seed.candidate_id(4), JAVA)].status) == snapshot

    def test_reset_restores_seed_and_edition(self, store: RecruitStore) -> None:
        store.change_status(PENDING, Review(APPROVE), directory.ADMIN.id)
        store.set_edition("staffing agency")
        store.reset()
        assert store.edition == "corporate_hr"
        assert not store.submissions[PENDING].reviewed

    def test_edition_from_environment(self, app: Any, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.setenv(EDITION_ENV, "Staffing-Agency")
        store = RecruitStore(backend_of(app))
        store.reset()
        assert store.outcomes == ("Approved by client", "Rejected by client")
        with pytest.raises(ZohoError):
            store.set_edition("enterprise")


# --- GET /{module_api_name}/{record_id}/associate ----------------------------------------------------


async def test_job_opening_candidates(api: httpx.AsyncClient) -> None:
    response = await api.get(f"{BASE}/JobOpenings/{JAVA}/associate")
    assert response.status_code == 200
    body = response.json()
    assert body["info"] == {"per_page": 200, "count": 5, "page": 1, "more_records": False}
    first = body["data"][0]
    assert first["Candidate_ID"] == "ZR_7_CAND" and first["Candidate_Status"] == "Submitted-to-hiring manager"
    assert first["Candidate_Owner"] == {"name": directory.ADMIN.full_name, "id": directory.ADMIN.id}
    assert all(isinstance(r["id"], str) and len(r["id"]) == 19 for r in body["data"])


async def test_candidate_job_openings_and_posting_title(api: httpx.AsyncClient) -> None:
    response = await api.get(f"{BASE}/Candidates/{RACHEL}/associate")
    assert [r["Posting_Title"] for r in response.json()["data"]] == ["Marketing Executive", "Accountant"]
    assert [r["Job_Opening_ID"] for r in response.json()["data"]] == ["ZR_2_JOB", "ZR_1_JOB"]
    filtered = await api.get(f"{BASE}/Candidates/{RACHEL}/associate", params={"posting_title": "Accountant"})
    assert [r["id"] for r in filtered.json()["data"]] == [ACCOUNTANT]
    none = await api.get(f"{BASE}/Candidates/{RACHEL}/associate", params={"posting_title": "Java Developer"})
    assert none.status_code == 204 and none.content == b""


async def test_candidate_statuses_filter(api: httpx.AsyncClient) -> None:
    one = await api.get(f"{BASE}/JobOpenings/{ACCOUNTANT}/associate", params={"candidate_statuses": "Associated"})
    assert [r["Full_Name"] for r in one.json()["data"]] == ["Rachel Adams"]
    two = await api.get(
        f"{BASE}/JobOpenings/{ACCOUNTANT}/associate", params={"candidate_statuses": "qualified,Unqualified"}
    )
    assert sorted(r["Candidate_Status"] for r in two.json()["data"]) == ["Qualified", "Unqualified"]
    none = await api.get(f"{BASE}/JobOpenings/{ACCOUNTANT}/associate", params={"candidate_statuses": "Hired"})
    assert none.status_code == 204


async def test_paging_over_http(api: httpx.AsyncClient) -> None:
    seen: list[str] = []
    page = 1
    while True:
        response = await api.get(f"{BASE}/JobOpenings/{JAVA}/associate", params={"page": page, "per_page": 2})
        assert response.status_code == 200
        info = response.json()["info"]
        assert info["page"] == page and info["per_page"] == 2 and info["count"] == len(response.json()["data"])
        seen += [r["id"] for r in response.json()["data"]]
        if not info["more_records"]:
            break
        page += 1
    assert page == 3 and len(set(seen)) == 5
    beyond = await api.get(f"{BASE}/JobOpenings/{JAVA}/associate", params={"page": 4, "per_page": 2})
    assert beyond.status_code == 204


@pytest.mark.parametrize("record", [DATA_ANALYST, SOFIA])
async def test_nothing_associated_is_204(api: httpx.AsyncClient, record: str) -> None:
    module = "JobOpenings" if record == DATA_ANALYST else "Candidates"
    response = await api.get(f"{BASE}/{module}/{record}/associate")
    assert response.status_code == 204 and response.content == b""


async def test_module_names(api: httpx.AsyncClient) -> None:
    assert (await api.get(f"{BASE}/Candidates/{RACHEL}/associate")).status_code == 200
    # The spec's module enum names Candidates and JobOpenings only: every other spelling is refused.
    for module in ("candidates", "Leads", "Submissions"):
        unknown = _error(await api.get(f"{BASE}/{module}/{RACHEL}/associate"), 400, "INVALID_MODULE")
        assert unknown["message"] == "the module name given seems to be invalid"


@pytest.mark.parametrize("record", ["abc", "12345", JAVA])
async def test_invalid_record_id(api: httpx.AsyncClient, record: str) -> None:
    body = _error(await api.get(f"{BASE}/Candidates/{record}/associate"), 400, "INVALID_DATA")
    # Not a number at all is refused by the id's pattern, before any record is looked up.
    assert body["details"].get("id", record) == record and body["details"]["resource_path_index"] == 1


@pytest.mark.parametrize("params", [{"per_page": 201}, {"per_page": 0}, {"page": 0}, {"page": "two"}])
async def test_invalid_paging(api: httpx.AsyncClient, params: dict[str, Any]) -> None:
    body = _error(await api.get(f"{BASE}/JobOpenings/{JAVA}/associate", params=params), 400, "INVALID_DATA")
    assert body["details"]["param"] in params


async def test_authentication_and_scopes(api: httpx.AsyncClient) -> None:
    url = f"{BASE}/JobOpenings/{JAVA}/associate"
    _error(await api.get(url, headers={"Authorization": ""}), 401, "AUTHENTICATION_FAILURE")
    _error(await api.get(url, headers={"Authorization": "Zoho-oauthtoken 1000.nope"}), 401, "INVALID_TOKEN")
    minted = await api.post("/_emulator/tokens", json={"scope": "ZohoRECRUIT.modules.candidate.READ"})
    narrow = {"Authorization": f"Zoho-oauthtoken {minted.json()['access_token']}"}
    assert (await api.get(f"{BASE}/Candidates/{RACHEL}/associate", headers=narrow)).status_code == 200
    _error(await api.get(url, headers=narrow), 401, "OAUTH_SCOPE_MISMATCH")
    _error(await _review_with(api, narrow, PENDING, {"Submission_Status": APPROVE}), 401, "OAUTH_SCOPE_MISMATCH")


async def _review_with(
    api: httpx.AsyncClient, headers: dict[str, str], submission: str, item: dict[str, Any]
) -> httpx.Response:
    return await api.put(f"{BASE}/Submissions/{submission}/actions/status", json={"data": [item]}, headers=headers)


# --- PUT /Submissions/{submission_id}/actions/status -----------------------------------------------


async def test_approve_answers_the_documented_shape(api: httpx.AsyncClient, app: Any) -> None:
    response = await _review(api, PENDING, {"Submission_Status": APPROVE, "Rating": 4})
    assert response.status_code == 200
    body = response.json()
    assert list(body) == ["data"] and len(body["data"]) == 1 and len(body["data"][0]) == 1
    result = body["data"][0][0]
    assert list(result) == ["code", "details", "message", "status"]
    assert (result["code"], result["message"], result["status"]) == ("SUCCESS", "status changed", "success")
    details = result["details"]
    assert list(details) == ["Modified_Time", "Modified_By", "Created_Time", "id", "Created_By"]
    assert details["id"] == PENDING
    assert details["Modified_By"] == {"name": directory.ADMIN.full_name, "id": directory.ADMIN.id}
    assert details["Created_Time"] == "2024-02-03T05:02:10+00:00"
    assert details["Modified_Time"] == _store(app).submissions[PENDING].modified_time
    moved = await api.get(f"{BASE}/JobOpenings/{JAVA}/associate", params={"candidate_statuses": APPROVE})
    assert [r["id"] for r in moved.json()["data"]] == [seed.candidate_id(4)]


async def test_the_documents_samples(api: httpx.AsyncClient) -> None:
    examples = load_dist("recruit")["components"]["examples"]
    corporate = examples["SubmissionStatusCorporateHrInput"]["value"]
    response = await api.put(f"{BASE}/Submissions/{PENDING}/actions/status", json=corporate)
    assert response.status_code == 200
    staffing = examples["SubmissionStatusStaffingAgencyInput"]["value"]
    refused = await api.put(f"{BASE}/Submissions/{PENDING_2}/actions/status", json=staffing)
    assert _error(refused, 400, "INVALID_DATA")["details"]["api_name"] == "Submission_Status"


async def test_reject_needs_comments_and_keeps_them(api: httpx.AsyncClient, app: Any) -> None:
    for comments in (None, "", "   "):
        item: dict[str, Any] = {"Submission_Status": REJECT, "Rating": 1}
        if comments is not None:
            item["Reviewer_Comments"] = comments
        body = _error(await _review(api, PENDING, item), 400, "MANDATORY_NOT_FOUND")
        assert body["details"]["api_name"] == "Reviewer_Comments"
    ok = await _review(api, PENDING, {"Submission_Status": REJECT, "Rating": 0, "Reviewer_Comments": "Too junior."})
    assert ok.status_code == 200
    assert _store(app).submissions[PENDING].comments == "Too junior."


@pytest.mark.parametrize("rating", [6, -1, 100])
async def test_rating_out_of_range(api: httpx.AsyncClient, rating: int) -> None:
    body = _error(await _review(api, PENDING, {"Submission_Status": APPROVE, "Rating": rating}), 400, "INVALID_DATA")
    assert body["message"] == "Out of range" and body["details"]["api_name"] == "Rating"


@pytest.mark.parametrize(("status", "rating"), [(APPROVE, 2), (APPROVE, 0), (REJECT, 3), (REJECT, 5)])
async def test_rating_decides_the_outcome(api: httpx.AsyncClient, status: str, rating: int) -> None:
    item = {"Submission_Status": status, "Rating": rating, "Reviewer_Comments": "Reviewed."}
    body = _error(await _review(api, PENDING, item), 400, "INVALID_DATA")
    assert body["message"] == "invalid data" and body["details"]["api_name"] == "Rating"


async def test_comment_length(api: httpx.AsyncClient) -> None:
    long = {"Submission_Status": REJECT, "Rating": 2, "Reviewer_Comments": "x" * 2001}
    assert _error(await _review(api, PENDING, long), 400, "INVALID_DATA")["details"]["api_name"] == (
        "Reviewer_Comments"
    )
    exact = {**long, "Reviewer_Comments": "x" * 2000}
    assert (await _review(api, PENDING, exact)).status_code == 200


async def test_a_refused_review_changes_nothing(api: httpx.AsyncClient, app: Any) -> None:
    before = repr(_store(app).submissions[PENDING])
    for item in (
        {"Submission_Status": APPROVE, "Rating": 1},
        {"Submission_Status": REJECT, "Rating": 1},
        {"Submission_Status": "Approved by client", "Rating": 4},
        {"Submission_Status": APPROVE, "Rating": 9},
    ):
        assert (await _review(api, PENDING, item)).status_code == 400
    assert repr(_store(app).submissions[PENDING]) == before
    assert (await _review(api, PENDING, {"Submission_Status": APPROVE, "Rating": 3})).status_code == 200


@pytest.mark.parametrize(
    ("submission", "code", "message"),
    [
        (ARCHIVED, "RECORD_ARCHIVED", "Record is archived"),
        (seed.submission_id(7), "RECORD_ARCHIVED", "Record is archived"),
        (REVIEWED, "STATUS_ALREADY_CHANGED", "Status changed already for this Submission"),
    ],
)
async def test_202_refusals(api: httpx.AsyncClient, submission: str, code: str, message: str) -> None:
    response = await _review(api, submission, {"Submission_Status": APPROVE, "Rating": 5})
    assert response.status_code == 202
    [[result]] = response.json()["data"]
    assert result == {"code": code, "details": {"id": submission}, "message": message, "status": "error"}


async def test_second_review_is_status_already_changed(api: httpx.AsyncClient) -> None:
    assert (await _review(api, PENDING, {"Submission_Status": APPROVE})).status_code == 200
    again = await _review(api, PENDING, {"Submission_Status": REJECT, "Rating": 1, "Reviewer_Comments": "No"})
    assert again.status_code == 202
    assert again.json()["data"][0][0]["code"] == "STATUS_ALREADY_CHANGED"


async def test_staffing_agency_edition(api: httpx.AsyncClient) -> None:
    settings = await api.patch("/_emulator/recruit/settings", json={"edition": "staffing_agency"})
    assert settings.json()["submission_statuses"] == ["Approved by client", "Rejected by client"]
    corporate = _error(await _review(api, PENDING, {"Submission_Status": APPROVE}), 400, "INVALID_DATA")
    assert corporate["details"]["api_name"] == "Submission_Status"
    item = {
        "Submission_Status": "Rejected by client",
        "Reviewer_Comments": "Candidate's profile does not fit our requirements.",
        "Rating": 2,
        "Reviewed_By": seed.CLIENT_CONTACT_IDS[0],
    }
    assert (await _review(api, PENDING, item)).status_code == 200
    stranger = {**item, "Reviewed_By": "9245000006242999"}
    assert _error(await _review(api, PENDING_2, stranger), 400, "INVALID_DATA")["details"]["api_name"] == (
        "Reviewed_By"
    )
    await api.post("/_emulator/reset")
    assert (await api.get("/_emulator/recruit/settings")).json()["edition"] == "corporate_hr"


async def test_edition_setting_is_checked(api: httpx.AsyncClient) -> None:
    assert (await api.patch("/_emulator/recruit/settings", json={"edition": "free"})).status_code == 400
    assert (await api.patch("/_emulator/recruit/settings", json={"colour": "red"})).status_code == 400
    assert (await api.patch("/_emulator/recruit/settings", json={"edition": 3})).status_code == 400


@pytest.mark.parametrize(
    ("body", "status", "code", "api_name"),
    [
        (None, 400, "MANDATORY_NOT_FOUND", "data"),
        ({}, 400, "MANDATORY_NOT_FOUND", "data"),
        ({"data": []}, 400, "MANDATORY_NOT_FOUND", "data"),
        ({"data": "approve"}, 400, "INVALID_DATA", "data"),
        ({"data": ["approve"]}, 400, "INVALID_DATA", "data"),
        ({"data": [{}]}, 400, "MANDATORY_NOT_FOUND", "Submission_Status"),
        ({"data": [{"Submission_Status": None}]}, 400, "MANDATORY_NOT_FOUND", "Submission_Status"),
        ({"data": [{"Submission_Status": "Maybe"}]}, 400, "INVALID_DATA", "Submission_Status"),
        ({"data": [{"Submission_Status": "A" * 51}]}, 400, "INVALID_DATA", "Submission_Status"),
        ({"data": [{"Submission_Status": 1}]}, 400, "INVALID_DATA", "Submission_Status"),
        ({"data": [{"Submission_Status": APPROVE, "Rating": "3"}]}, 400, "INVALID_DATA", "Rating"),
        ({"data": [{"Submission_Status": APPROVE, "Rating": 3.5}]}, 400, "INVALID_DATA", "Rating"),
        ({"data": [{"Submission_Status": APPROVE, "Rating": True}]}, 400, "INVALID_DATA", "Rating"),
        ({"data": [{"Submission_Status": REJECT, "Reviewer_Comments": 7}]}, 400, "INVALID_DATA", "Reviewer_Comments"),
        ({"data": [{"Submission_Status": APPROVE, "Reviewed_By": "abc"}]}, 400, "INVALID_DATA", "Reviewed_By"),
    ],
)
async def test_bad_bodies(api: httpx.AsyncClient, app: Any, body: Any, status: int, code: str, api_name: str) -> None:
    url = f"{BASE}/Submissions/{PENDING}/actions/status"
    response = await (api.put(url) if body is None else api.put(url, json=body))
    assert _error(response, status, code)["details"].get("api_name") == api_name
    assert not _store(app).submissions[PENDING].reviewed


async def test_only_one_submission_per_request(api: httpx.AsyncClient) -> None:
    item = {"Submission_Status": APPROVE}
    body = _error(await _review(api, PENDING, item, item), 400, "LIMIT_EXCEEDED")
    assert body["details"]["api_name"] == "data"


@pytest.mark.parametrize("submission", ["abc", "3652397000003199999", RACHEL])
async def test_unknown_submission(api: httpx.AsyncClient, submission: str) -> None:
    body = _error(await _review(api, submission, {"Submission_Status": APPROVE}), 400, "INVALID_DATA")
    assert body["details"]["id"] == submission


async def test_json_without_content_type_and_big_ids_as_numbers(api: httpx.AsyncClient) -> None:
    raw = json.dumps(
        {
            "data": [
                {
                    "Submission_Status": REJECT,
                    "Rating": 2,
                    "Reviewer_Comments": "No.",
                    "Reviewed_By": int(directory.MANAGER.id),
                }
            ]
        }
    ).encode()
    response = await api.put(f"{BASE}/Submissions/{PENDING}/actions/status", content=raw)
    assert response.status_code == 200


async def test_wrong_method(api: httpx.AsyncClient) -> None:
    response = await api.get(f"{BASE}/Submissions/{PENDING}/actions/status")
    assert response.status_code == 405

"""Zoho Recruit handlers: Get Associated Records and Change Submission Status."""

from __future__ import annotations

from typing import Any

from ...core.errors import invalid_data, invalid_path_id, limit_exceeded, mandatory_not_found
from ...core.http import MISSING, ApiRequest, Reply, no_content, normalize_id, ok
from ..accounts import directory
from .models import RecruitStore, Refusal, Review
from .seed import EDITIONS

SUBMISSION_STATUS_MAX = 50
ALL_OUTCOMES = frozenset(value for pair in EDITIONS.values() for value in pair)


def _store(request: ApiRequest) -> RecruitStore:
    store: RecruitStore = request.state
    return store


def _user_ref(user_id: str) -> dict[str, Any]:
    user = directory.user_by_id(user_id) or directory.ADMIN
    return {"name": user.full_name, "id": user.id}


# --- GET /{module_api_name}/{record_id}/associate ------------------------------------------------


def get_associated_records(request: ApiRequest) -> Reply:
    store = _store(request)
    module = store.module_name(request.path_params["module_api_name"])
    raw_id = request.path_params["record_id"]
    record_id = normalize_id(raw_id)
    if record_id is None:
        raise invalid_path_id(raw_id, 1)
    page = request.arg_int("page", 1, minimum=1) or 1
    per_page = request.arg_int("per_page", 200, minimum=1, maximum=200) or 200
    result = store.associated(
        module,
        record_id,
        posting_title=request.arg("posting_title"),
        candidate_statuses=request.arg_list("candidate_statuses"),
        page=page,
        per_page=per_page,
    )
    if not result.records:
        return no_content()
    info = {"per_page": per_page, "count": len(result.records), "page": page, "more_records": result.more_records}
    return ok({"data": result.records, "info": info})


# --- PUT /Submissions/{submission_id}/actions/status --------------------------------------------


def _text(item: dict[str, Any], key: str) -> str | None:
    value = item.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise invalid_data("invalid data", api_name=key, expected_data_type="string")
    return value


def parse_review(item: Any) -> Review:
    """The one ``data`` item of Change Submission Status, type-checked (rules are the store's)."""
    if not isinstance(item, dict):
        raise invalid_data("invalid data", api_name="data", expected_data_type="jsonobject")
    status = _text(item, "Submission_Status")
    if status is None or not status.strip():
        raise mandatory_not_found("Submission_Status")
    if len(status) > SUBMISSION_STATUS_MAX:
        raise invalid_data("invalid data", api_name="Submission_Status", maximum_length=SUBMISSION_STATUS_MAX)
    if status not in ALL_OUTCOMES:
        raise invalid_data("invalid data", api_name="Submission_Status")
    rating = item.get("Rating")
    if rating is not None and (isinstance(rating, bool) or not isinstance(rating, int)):
        raise invalid_data("invalid data", api_name="Rating", expected_data_type="integer")
    # The Corporate HR sample spells the key ``Reviewer_comments``; both spellings are read.
    comments = _text(item, "Reviewer_Comments")
    if comments is None:
        comments = _text(item, "Reviewer_comments")
    reviewed_by = None
    if item.get("Reviewed_By") is not None:
        reviewed_by = normalize_id(item["Reviewed_By"])
        if reviewed_by is None:
            raise invalid_data("invalid data", api_name="Reviewed_By", expected_data_type="bigint")
    return Review(status=status, rating=rating, comments=comments, reviewed_by=reviewed_by)


def change_submission_status(request: ApiRequest) -> Reply:
    store = _store(request)
    raw_id = request.path_params["submission_id"]
    submission_id = normalize_id(raw_id)
    if submission_id is None:
        raise invalid_path_id(raw_id, 1)
    items = request.json_list("data")
    if not items:
        raise mandatory_not_found("data")
    if len(items) > 1:
        raise limit_exceeded("data", 1, "the status of only one submission can be changed at a time")
    review = parse_review(items[0])
    user = store.acting_user(request.principal.user_id if request.principal else None)
    result = store.change_status(submission_id, review, user.id)
    if isinstance(result, Refusal):
        refused = {"code": result.code, "details": {"id": submission_id}, "message": result.message, "status": "error"}
        return ok({"data": [[refused]]}, status=202)
    details = {
        "Modified_Time": result.modified_time,
        "Modified_By": _user_ref(result.modified_by),
        "Created_Time": result.created_time,
        "id": result.id,
        "Created_By": _user_ref(result.created_by),
    }
    return ok({"data": [[{"code": "SUCCESS", "details": details, "message": "status changed", "status": "success"}]]})


# --- control: /_emulator/recruit/settings -------------------------------------------------------


def _settings(store: RecruitStore) -> dict[str, Any]:
    approve, reject = store.outcomes
    return {"edition": store.edition, "submission_statuses": [approve, reject], "editions": sorted(EDITIONS)}


def get_settings(request: ApiRequest) -> Reply:
    return ok(_settings(_store(request)))


def change_settings(request: ApiRequest) -> Reply:
    """``PATCH /_emulator/recruit/settings`` ``{"edition": "staffing_agency"}`` (until the next reset)."""
    store = _store(request)
    body = request.json
    if body is MISSING or not isinstance(body, dict):
        raise invalid_data("expected a JSON object", expected_data_type="jsonobject")
    unknown = sorted(set(body) - {"edition"})
    if unknown:
        raise invalid_data(f"unknown setting {unknown[0]!r}", api_name=unknown[0])
    if "edition" in body:
        if not isinstance(body["edition"], str):
            raise invalid_data("edition must be a string", api_name="edition", expected_data_type="string")
        store.set_edition(body["edition"])
    return ok(_settings(store))

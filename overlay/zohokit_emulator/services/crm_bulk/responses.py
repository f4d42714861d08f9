"""Zoho CRM Bulk Read handlers: create a job, read its state, download its result."""

from __future__ import annotations

from typing import Any

from jsonschema.exceptions import ValidationError  # type: ignore[import-untyped]

from ...core.errors import ZohoError
from ...core.http import ApiRequest, Reply, binary, ok
from ..records.rendering import user_ref, when
from .models import UNSUPPORTED_MODULES, BulkStore, Job, bulk_error, module_not_supported


def _store(request: ApiRequest) -> BulkStore:
    store: BulkStore = request.state
    return store


def _summary(job: Job) -> dict[str, Any]:
    return {
        "id": job.id,
        "operation": "read",
        "state": job.state,
        "created_by": user_ref(job.created_by, with_email=False),
        "created_time": when(job.created),
    }


def job_view(store: BulkStore, job: Job) -> dict[str, Any]:
    view = {**_summary(job), "query": job.query, "file_type": job.file_type}
    result = store.result(job)
    if result is not None:
        view["result"] = result
    if "failure_reason" in job.extra:
        view["failure_reason"] = job.extra["failure_reason"]
    return view


def create_job(request: ApiRequest) -> Reply:
    body = request.json_object(required_key="query")
    job = _store(request).create(body, request.user_id)
    return ok(
        {
            "data": [
                {
                    "status": "success",
                    "code": "ADDED_SUCCESSFULLY",
                    "message": "Added successfully.",
                    "details": _summary(job),
                }
            ],
            "info": {},
        },
        status=201,
    )


def get_job(request: ApiRequest) -> Reply:
    store = _store(request)
    return ok({"data": [job_view(store, store.job(request.path_params["job_id"]))]})


def download_result(request: ApiRequest) -> Reply:
    job = _store(request).download(request.path_params["job_id"])
    return binary(job.archive, "application/zip", f"{job.id}.zip")


def validation_error(error: ValidationError) -> ZohoError | None:
    """Bulk Read's own codes for a body that breaks the spec."""
    path = [p for p in error.absolute_path if isinstance(p, str)]
    name = path[-1] if path else None
    if "criteria" in path:
        if name == "comparator" or (error.validator == "enum" and "comparator" in str(error.schema)):
            return bulk_error(
                "FIELD_COMPARATOR_IN_CRITERIA_NOT_SUPPORTED", "the comparator is not supported", api_name="comparator"
            )
        if name == "group_operator":
            return bulk_error(
                "GROUP_OPERATOR_NOT_SUPPORTED", "the group operator is not supported", api_name="group_operator"
            )
        if name == "group":
            return bulk_error("AMBIGUOUS_GROUP_IN_CRITERIA", "a group needs at least two conditions", api_name="group")
        return bulk_error("INVALID_CRITERIA", "the criteria is invalid", api_name=name or "criteria")
    if "callback" in path:
        if name == "method":
            return bulk_error(
                "INVALID_CALLBACK_METHOD", "only post is allowed as the callback method", api_name="method"
            )
        return bulk_error("INVALID_CALLBACK_URL", "the callback is invalid", api_name=name or "callback")
    if name == "page":
        code = "PAGE_RANGE_EXCEEDED" if error.validator == "maximum" else "PAGE_NOT_SUPPORTED"
        return bulk_error(code, "the page is invalid", api_name="page")
    if name == "fields":
        return bulk_error("FIELD_NOT_AVAILABLE", "the fields are invalid", api_name="fields")
    if name == "module" and error.validator == "enum" and error.instance in UNSUPPORTED_MODULES:
        return module_not_supported(error.instance)
    if name == "module" or (error.validator == "required" and "module" in error.validator_value):
        return bulk_error("MODULE_NOT_AVAILABLE", "the module is not available", api_name="module")
    if error.validator == "required" and "query" in error.validator_value:
        return bulk_error("REQUEST_BODY_IS_EMPTY", "the query is missing", api_name="query")
    return None

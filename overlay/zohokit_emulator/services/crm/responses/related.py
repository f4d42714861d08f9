"""Handlers of related lists: reading, linking and delinking related records."""

from __future__ import annotations

from ....core.errors import ZohoError, invalid_data
from ....core.http import ApiRequest, Reply, ok
from ...records.metadata import RelatedDef
from .. import serializers
from ..models import CrmStore, Record
from .attachments import attachment_page
from .common import (
    ids_param,
    one_json_object,
    paging,
    records_page,
    request_record,
    store_of,
    write_items,
    write_results,
)


def get_related_records(request: ApiRequest) -> Reply:
    store = store_of(request)
    rec = request_record(request)
    related = store.related_def(rec.module, request.path_params["related_list_api_name"])
    page, per_page = paging(request)
    if related.kind == "attachments":
        return attachment_page(request, store, rec, page, per_page)
    return records_page(request, store, store.related_records(rec, related))


def _linkable_relation(request: ApiRequest) -> tuple[CrmStore, Record, RelatedDef]:
    """The store, the URL's record and its related list, which must be one records are linked to
    (a lookup or junction list); 400 INVALID_DATA naming the list otherwise."""
    store = store_of(request)
    rec = request_record(request)
    related = store.related_def(rec.module, request.path_params["related_list_api_name"])
    if related.kind not in ("lookup", "junction"):
        raise invalid_data("The relation name given seems to be invalid", api_name=related.api_name)
    return store, rec, related


def update_related_records(request: ApiRequest) -> Reply:
    store, rec, related = _linkable_relation(request)
    items = write_items(request)
    outcomes = store.link(rec, related, items, request.user_id)
    return write_results(outcomes, "relation added", 200)


def update_related_record(request: ApiRequest) -> Reply:
    """``PUT .../{related_list_api_name}/{related_record_id}``: relate the record the path names."""
    store, rec, related = _linkable_relation(request)
    item = one_json_object(request, "data")
    item = {**item, "id": request.path_params["related_record_id"]}
    outcomes = store.link(rec, related, [item], request.user_id)
    return write_results(outcomes, "relation added", 200)


def delink_related_record(request: ApiRequest) -> Reply:
    store = store_of(request)
    rec = request_record(request)
    related = store.related_def(rec.module, request.path_params["related_list_api_name"])
    related_id = request.path_params["related_record_id"]
    if related.kind == "attachments":
        store.delete_attachment(rec, related_id)
        return ok(
            {
                "data": [
                    {"code": "SUCCESS", "details": {"id": related_id}, "message": "record deleted", "status": "success"}
                ]
            }
        )
    outcome = store.delink(rec, related, [related_id], request.user_id)[0]
    if outcome.error is not None:
        raise ZohoError(400, outcome.error.code, outcome.error.message, outcome.error.details)
    return ok({"data": [serializers.outcome(outcome, "relation removed")]})


def delink_related_records(request: ApiRequest) -> Reply:
    store = store_of(request)
    rec = request_record(request)
    related = store.related_def(rec.module, request.path_params["related_list_api_name"])
    ids = ids_param(request)
    outcomes = store.delink(rec, related, ids, request.user_id)
    return write_results(outcomes, "relation removed", 200)

"""Zoho Bigin handlers: Update Related Records (a list of related records, or one named in the URL)."""

from __future__ import annotations

from typing import Any

from ...core.errors import ZohoError, invalid_data, limit_exceeded, mandatory_not_found, per_item
from ...core.http import ApiRequest, Reply, normalize_id, ok
from .models import BiginStore, Link, RelationKind

MAX_RELATED_RECORDS = 100
RELATED_RECORD_INDEX = 3
"""``resource_path_index`` of ``related_record_id`` in ``/{module}/{record_id}/{related_list}/{related_record_id}``."""


def _store(request: ApiRequest) -> BiginStore:
    store: BiginStore = request.state
    return store


def _resolve(request: ApiRequest) -> tuple[BiginStore, RelationKind, str]:
    store = _store(request)
    module = store.module_name(request.path_params["module_api_name"])
    kind = store.relation(module, request.path_params["related_list_api_name"])
    record_id = store.parent_record(module, request.path_params["record_id"])
    return store, kind, record_id


def _success(related_id: str) -> dict[str, Any]:
    return {"code": "SUCCESS", "details": {"id": related_id}, "message": "relation added", "status": "success"}


def _results(entries: list[dict[str, Any]]) -> Reply:
    """200 when every relation was made, 202 when Zoho refused one or more records."""
    refused = any(entry["status"] != "success" for entry in entries)
    return ok({"data": entries}, status=202 if refused else 200)


def _check_shape(items: list[Any]) -> None:
    """What the request schema demands of every item (the core's validation says the same when it
    is on): a JSON object with an ``id`` that is a string or an integer (Zoho's SDKs send ids as
    JSON numbers). Breaking it refuses the request; an id that names no record is refused per record."""
    for index, item in enumerate(items):
        if not isinstance(item, dict):
            raise invalid_data("invalid data", api_name="data", expected_data_type="jsonobject", index=index)
        if "id" not in item:
            raise mandatory_not_found("id", index=index)
        if isinstance(item["id"], bool) or not isinstance(item["id"], (str, int)):
            raise invalid_data("invalid data", api_name="id", expected_data_type="string", index=index)


def _link_from_item(store: BiginStore, kind: RelationKind, item: dict[str, Any]) -> Link:
    """One related record of the list form, or the per-record error (HTTP 202 for the request)."""
    if not str(item["id"]).strip():
        raise mandatory_not_found("id")
    related_id = store.related_record(kind, item["id"])
    return Link(related_id, store.relation_data(kind, item))


def update_related_records(request: ApiRequest) -> Reply:
    """``PUT /{module_api_name}/{record_id}/{related_list_api_name}``: one result per record."""
    store, kind, record_id = _resolve(request)
    items = request.json_list("data")
    if not items:
        raise mandatory_not_found("data")
    if len(items) > MAX_RELATED_RECORDS:
        raise limit_exceeded("data", MAX_RELATED_RECORDS)
    _check_shape(items)
    # Every item is checked before any is linked.
    outcomes = per_item(items, lambda item: _link_from_item(store, kind, item))
    entries = []
    for outcome in outcomes:
        if isinstance(outcome, ZohoError):
            entries.append(outcome.entry())
        else:
            store.link(kind, record_id, outcome)
            entries.append(_success(outcome.related_id))
    return _results(entries)


def update_related_record(request: ApiRequest) -> Reply:
    """``PUT /{module_api_name}/{record_id}/{related_list_api_name}/{related_record_id}``."""
    store, kind, record_id = _resolve(request)
    related_id = store.related_record(kind, request.path_params["related_record_id"], RELATED_RECORD_INDEX)
    items = request.json_list("data")
    if not items:
        raise mandatory_not_found("data")
    if len(items) > 1:
        raise limit_exceeded(
            "data", 1, "the relation of one record is updated through this URL; send one object in data"
        )
    _check_shape(items)
    try:
        if normalize_id(items[0]["id"]) != related_id:
            # The documentation makes ``id`` mandatory here too; one naming another record than the
            # URL's is a refusal of that record, like any other bad value in this form.
            raise invalid_data("invalid data", api_name="id")
        link = Link(related_id, store.relation_data(kind, items[0]))
    except ZohoError as error:
        return _results([{**error.entry(), "details": {**error.details, "id": related_id}}])
    store.link(kind, record_id, link)
    return _results([_success(related_id)])


# --- control: GET /_emulator/bigin/relations ----------------------------------------------------


def list_relations(request: ApiRequest) -> Reply:
    """Every stored product relation with its fields (the API itself has no read for them)."""
    return ok({"relations": _store(request).all_relations()})

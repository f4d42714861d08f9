"""Handlers of tags: the module's tags and the tags on records."""

from __future__ import annotations

from typing import Any

from ....core.errors import (
    ZohoError,
    invalid_data,
    invalid_module,
    invalid_module_param,
    mandatory_not_found,
    required_param_missing,
)
from ....core.http import ApiRequest, Reply, normalize_id, ok
from .. import serializers
from ..models import CrmStore, Record
from .common import (
    batch_status,
    ids_param,
    json_items,
    one_json_object,
    request_module,
    request_record,
    store_of,
    update_by_id,
)

MAX_TAG_IDS = 500


def _tag_module(request: ApiRequest) -> str:
    name = request.arg("module")
    if not name:
        raise required_param_missing("module")
    module = store_of(request).modules.get(name)
    if module is None or not module.tags:
        raise invalid_module_param()
    return module.api_name


def list_tags(request: ApiRequest) -> Reply:
    store = store_of(request)
    module = _tag_module(request)
    tags = sorted(store.tags[module].values(), key=lambda t: t.name.lower())
    mine = request.arg_bool("my_tags", False)
    if mine:
        tags = [t for t in tags if t.created_by == request.user_id]
    return ok(
        {"tags": [serializers.tag(t) for t in tags], "info": {"count": len(store.tags[module]), "allowed_count": 100}}
    )


def create_tags(request: ApiRequest) -> Reply:
    store = store_of(request)
    module = _tag_module(request)
    items = json_items(request, "tags")
    results = store.create_tags(module, items, request.user_id)
    status = batch_status(results, 201)
    return ok({"tags": [serializers.tag_result(r, "tags created successfully") for r in results]}, status=status)


def update_tags(request: ApiRequest) -> Reply:
    store = store_of(request)
    module = _tag_module(request)
    items = json_items(request, "tags")
    results = update_by_id(
        items, store.tags[module], lambda tag, item: store.rename_tag(tag, item.get("name"), request.user_id)
    )
    status = batch_status(results, 200)
    return ok({"tags": [serializers.tag_result(r, "tags updated successfully") for r in results]}, status=status)


def update_tag(request: ApiRequest) -> Reply:
    store = store_of(request)
    module = _tag_module(request)
    tag = store.tag(request.path_params["tag_id"], module)
    item = one_json_object(request, "tags")
    try:
        store.rename_tag(tag, item.get("name"), request.user_id)
    except ZohoError as err:
        raise ZohoError(400, err.code, err.message, err.details) from None
    return ok({"tags": [serializers.tag_result(tag, "tags updated successfully")]})


def delete_tag(request: ApiRequest) -> Reply:
    store = store_of(request)
    tag = store.tag(request.path_params["tag_id"])
    store.delete_tag(tag)
    return ok(
        {
            "tags": [
                {
                    "code": "SUCCESS",
                    "details": {"id": tag.id},
                    "message": "tags deleted successfully",
                    "status": "success",
                }
            ]
        }
    )


def tag_record_count(request: ApiRequest) -> Reply:
    store = store_of(request)
    module = _tag_module(request)
    tag = store.tag(request.path_params["tag_id"], module)
    return ok({"count": str(store.tag_count(tag))})


def merge_tags(request: ApiRequest) -> Reply:
    store = store_of(request)
    keep = store.tag(request.path_params["tag_id"])
    item = one_json_object(request, "tags")
    if item.get("conflict_id") is None:
        raise mandatory_not_found("conflict_id")
    other_id = normalize_id(item["conflict_id"])
    other = store.tag(other_id or "", keep.module) if other_id else None
    if other is None:
        raise invalid_data("the id given seems to be invalid", api_name="conflict_id")
    store.merge_tags(keep, other, request.user_id)
    return ok({"tags": [serializers.tag_result(keep, "tags merged successfully")]})


def _tag_names(request: ApiRequest) -> list[str]:
    names = request.arg_list("tag_names")
    if not names:
        raise required_param_missing("tag_names")
    return list(dict.fromkeys(names))


def _tag_outcome(store: CrmStore, rec: Record, message: str) -> dict[str, Any]:
    names = [store.tags[rec.module][t].name for t in rec.tags]
    return {"code": "SUCCESS", "details": {"id": rec.id, "tags": names}, "message": message, "status": "success"}


def _tag_results(data: list[dict[str, Any]]) -> Reply:
    """The answer of adding or removing tags: one entry per record, how many succeeded; 200 when
    all did, else 202."""
    succeeded = sum(1 for d in data if d["status"] == "success")
    status = 200 if succeeded == len(data) else 202
    return ok({"data": data, "wf_scheduler": False, "success_count": str(succeeded), "locked_count": 0}, status=status)


def add_tags_to_record(request: ApiRequest) -> Reply:
    store = store_of(request)
    rec = request_record(request)
    if not store.modules[rec.module].tags:
        raise invalid_module()
    names = store.check_tag_names(rec.module, _tag_names(request))
    overwrite = bool(request.arg_bool("over_write", False))
    try:
        store.add_tags(rec, names, request.user_id, overwrite)
    except ZohoError as err:
        raise ZohoError(400, err.code, err.message, err.details) from None
    return _tag_results([_tag_outcome(store, rec, "tags updated successfully")])


def remove_tags_from_record(request: ApiRequest) -> Reply:
    store = store_of(request)
    rec = request_record(request)
    if not store.modules[rec.module].tags:
        raise invalid_module()
    store.remove_tags(rec, _tag_names(request))
    return _tag_results([_tag_outcome(store, rec, "tags removed successfully")])


def _tag_many(request: ApiRequest, add: bool) -> Reply:
    store = store_of(request)
    module = request_module(request)
    if not module.tags:
        raise invalid_module()
    ids = ids_param(request, limit=MAX_TAG_IDS)
    names = _tag_names(request)
    if add:
        names = store.check_tag_names(module.api_name, names)
    overwrite = bool(request.arg_bool("over_write", False)) if add else False
    data = []
    for record_id in ids:
        rec = store.records[module.api_name].get(record_id)
        if rec is None:
            data.append(
                {
                    "code": "INVALID_DATA",
                    "details": {"id": record_id},
                    "message": "the id given seems to be invalid",
                    "status": "error",
                }
            )
            continue
        try:
            if add:
                store.add_tags(rec, names, request.user_id, overwrite)
            else:
                store.remove_tags(rec, names)
        except ZohoError as err:
            data.append(err.entry())
            continue
        data.append(_tag_outcome(store, rec, "tags updated successfully" if add else "tags removed successfully"))
    return _tag_results(data)


def add_tags_to_records(request: ApiRequest) -> Reply:
    return _tag_many(request, add=True)


def remove_tags_from_records(request: ApiRequest) -> Reply:
    return _tag_many(request, add=False)

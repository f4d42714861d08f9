"""Zoho CRM v2 handlers: parse the request, call the store, serialise the answer."""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from typing import Any

from ...core.clock import parse_time
from ...core.errors import ZohoError, invalid_data, invalid_module, limit_exceeded, required_param_missing
from ...core.http import ApiRequest, Reply, binary, encoded_json, no_content, normalize_id, not_modified, ok
from ..accounts import directory
from . import listing, views
from .models import CrmStore, Rec, WriteOutcome

MAX_WRITE = 100
MAX_IDS = 100
MAX_TAG_IDS = 500
MAX_PER_PAGE = 200
MAX_SEED = 1_000_000
"""At most this many synthetic records per ``POST /_emulator/crm/seed``."""
IDS_RE = re.compile(r"^[0-9]+(,[0-9]+)*$")
IMAGE_TYPES = {"image/jpeg", "image/jpg", "image/png", "image/gif", "image/bmp", "image/webp", "image/tiff"}
IMAGE_SIGNATURES = (b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"BM", b"RIFF", b"II*\x00", b"MM\x00*")


def store_of(request: ApiRequest) -> CrmStore:
    store: CrmStore = request.backend.store("crm")
    return store


def _module(request: ApiRequest, name: str | None = None, index: int = 0) -> Any:
    return store_of(request).module(name or request.path_params["module_api_name"], index)


def _record(request: ApiRequest, module_name: str | None = None) -> Rec:
    store = store_of(request)
    module = _module(request, module_name)
    record_id = request.path_params["record_id"]
    return store.record(module.api_name, record_id)


def _paging(request: ApiRequest) -> tuple[int, int]:
    page = request.arg_int("page", 1, minimum=1)
    per_page = request.arg_int("per_page", MAX_PER_PAGE, minimum=1, maximum=MAX_PER_PAGE)
    assert page is not None and per_page is not None
    return page, per_page


def _page(items: list[Any], page: int, per_page: int) -> tuple[list[Any], dict[str, Any]]:
    start = (page - 1) * per_page
    chunk = items[start : start + per_page]
    return chunk, views.page_info(page, per_page, len(chunk), start + per_page < len(items))


def _since(request: ApiRequest) -> float | None:
    header = request.headers.get("if-modified-since")
    if not header:
        return None
    parsed = parse_time(header)
    if parsed is None:
        try:
            from email.utils import parsedate_to_datetime

            parsed = parsedate_to_datetime(header)
        except (TypeError, ValueError):
            return None
    return parsed.timestamp()


def _ids(request: ApiRequest, name: str = "ids", limit: int = MAX_IDS) -> list[str]:
    raw = request.arg(name)
    if raw is None or not raw.strip():
        raise required_param_missing(name)
    parts = [p.strip() for p in raw.split(",") if p.strip()]
    if not parts or not all(p.isdigit() for p in parts):
        raise invalid_data("invalid data", param=name, api_name=name)
    if len(parts) > limit:
        raise limit_exceeded(name, limit, f"at most {limit} ids are allowed")
    return list(dict.fromkeys(parts))


def _write_items(request: ApiRequest) -> list[Any]:
    items = request.json_list("data")
    if not items:
        raise invalid_data("invalid data", api_name="data", expected_data_type="jsonarray")
    if len(items) > MAX_WRITE:
        raise limit_exceeded("data", MAX_WRITE, f"at most {MAX_WRITE} records can be written at once")
    return items


def write_credits(request: ApiRequest) -> int:
    """Inserts, updates and upserts cost 1 credit per 10 records."""
    body = request.json
    if isinstance(body, dict) and isinstance(body.get("data"), list):
        return max(1, math.ceil(len(body["data"]) / 10))
    return 1


def tag_credits(request: ApiRequest) -> int:
    """Tagging several records costs 1 credit per 50 records."""
    ids = request.arg_list("ids") or []
    return max(1, math.ceil(len(ids) / 50))


def list_credits(request: ApiRequest) -> int:
    return 3 if request.arg("cvid") else 1


def _results(outcomes: list[WriteOutcome], message: str, ok_status: int) -> Reply:
    data = [views.outcome(o, message) for o in outcomes]
    status = ok_status if all(o.error is None for o in outcomes) else 202
    return ok({"data": data}, status=status)


def _fields_arg(request: ApiRequest) -> list[str] | None:
    return request.arg_list("fields")


def _visibility(request: ApiRequest) -> tuple[str, str]:
    """``converted`` and ``approved`` of a list (``CrmStore.visible``): true, false or both."""
    return _tri_state(request, "converted", "false"), _tri_state(request, "approved", "true")


def _tri_state(request: ApiRequest, name: str, default: str) -> str:
    raw = request.arg(name)
    if raw is None or raw == "":
        return default
    value = raw.strip().lower()
    if value not in ("true", "false", "both"):
        raise invalid_data("invalid data", param=name, api_name=name)
    return value


# --- records ----------------------------------------------------------------------------------------


def _records_page(store: CrmStore, chunk: list[Rec], info: dict[str, Any], fields: list[str] | None) -> Reply:
    """``{"data": [records], "info": info}`` joined from the records' cached JSON."""
    return encoded_json(listing.records_body((store.cache.record_json(r, fields) for r in chunk), info))


def list_records(request: ApiRequest) -> Reply:
    """The visible records of a module, filtered, sorted and paged. The sorted list and each
    record's JSON come from ``store.cache``; problems are reported in the order Zoho checks them
    (``converted``, ``approved``, ``cvid``, then 304 when nothing changed since
    ``If-Modified-Since``, then ``sort_by``, ``sort_order``, ``page``, ``per_page``)."""
    store = store_of(request)
    module = _module(request)
    converted, approved = _visibility(request)
    keeps: list[Callable[[Rec], bool]] = []
    ids = request.arg_list("ids")
    if ids:
        wanted = set(ids)
        keeps.append(lambda r: r.id in wanted)
    cvid = request.arg("cvid")
    if cvid:
        keeps.append(store.custom_view_filter(module.api_name, cvid, request.user_id))
    since = _since(request)
    if since is not None:
        keeps.append(lambda r: r.modified > since)
        listed = store.cache.ordered(module.api_name, converted, approved, None, False)
        if not any(all(keep(r) for keep in keeps) for r in listed):
            return not_modified()
    sort_by = request.arg("sort_by")
    if sort_by and sort_by not in ("id", "Created_Time", "Modified_Time") and module.field(sort_by) is None:
        raise invalid_data("invalid data", param="sort_by", api_name=sort_by)
    order = (request.arg("sort_order") or "asc").lower()
    if order not in ("asc", "desc"):
        raise invalid_data("invalid data", param="sort_order", api_name="sort_order")
    records = store.cache.ordered(module.api_name, converted, approved, sort_by, order == "desc")
    if keeps:
        records = [r for r in records if all(keep(r) for keep in keeps)]
    page, per_page = _paging(request)
    chunk, info = _page(records, page, per_page)
    if not chunk:
        return no_content()
    return _records_page(store, chunk, info, _fields_arg(request))


def get_record(request: ApiRequest) -> Reply:
    store = store_of(request)
    module = _module(request)
    rec = store.records[module.api_name].get(request.path_params["record_id"])
    if rec is None:
        return no_content()
    since = _since(request)
    if since is not None and rec.modified <= since:
        return not_modified()
    return encoded_json(listing.records_body([store.cache.record_json(rec, _fields_arg(request))]))


def insert_records(request: ApiRequest) -> Reply:
    module = _module(request)
    items = _write_items(request)
    outcomes = store_of(request).insert(module.api_name, items, request.user_id)
    return _results(outcomes, "record added", 201)


def update_records(request: ApiRequest) -> Reply:
    module = _module(request)
    items = _write_items(request)
    outcomes = store_of(request).update(module.api_name, items, request.user_id)
    return _results(outcomes, "record updated", 200)


def update_record(request: ApiRequest) -> Reply:
    store = store_of(request)
    module = _module(request)
    rec = store.record(module.api_name, request.path_params["record_id"])
    items = request.json_list("data")
    if not items:
        raise invalid_data("invalid data", api_name="data", expected_data_type="jsonarray")
    if len(items) > 1:
        raise limit_exceeded("data", 1, "a single-record update takes one record")
    outcomes = store.update(module.api_name, items[:1], request.user_id, ids=[rec.id])
    return _results(outcomes, "record updated", 200)


def upsert_records(request: ApiRequest) -> Reply:
    module = _module(request)
    items = _write_items(request)
    checks = request.arg_list("duplicate_check_fields")
    outcomes = store_of(request).upsert(module.api_name, items, request.user_id, checks or None)
    data = [views.upsert_outcome(o) for o in outcomes]
    if any(o.error is not None for o in outcomes):
        status = 202
    elif any(o.action == "insert" for o in outcomes):
        status = 201
    else:
        status = 200
    return ok({"data": data}, status=status)


def delete_records(request: ApiRequest) -> Reply:
    module = _module(request)
    ids = _ids(request)
    outcomes = store_of(request).delete(module.api_name, ids, request.user_id)
    return _results(outcomes, "record deleted", 200)


def delete_record(request: ApiRequest) -> Reply:
    store = store_of(request)
    module = _module(request)
    rec = store.record(module.api_name, request.path_params["record_id"])
    outcome = store.delete(module.api_name, [rec.id], request.user_id)[0]
    if outcome.error is not None:
        raise ZohoError(400, outcome.error.code, outcome.error.message, outcome.error.details)
    return ok({"data": [views.outcome(outcome, "record deleted")]})


def deleted_records(request: ApiRequest) -> Reply:
    store = store_of(request)
    module = _module(request)
    kind = (request.arg("type") or "all").lower()
    if kind not in ("all", "recycle", "permanent"):
        raise invalid_data("invalid data", param="type", api_name="type")
    entries = store.deleted_records(module.api_name, kind)
    since = _since(request)
    if since is not None:
        entries = [e for e in entries if e.deleted_time > since]
        if not entries:
            return not_modified()
    page, per_page = _paging(request)
    chunk, info = _page(entries, page, per_page)
    if not chunk:
        return no_content()
    return ok({"data": [views.deleted(e, store.deleted_type(e)) for e in chunk], "info": info})


def search_records(request: ApiRequest) -> Reply:
    store = store_of(request)
    module = _module(request)
    args = {name: request.arg(name) for name in ("criteria", "email", "phone", "word")}
    given = {k: v for k, v in args.items() if v is not None and v.strip()}
    if not given:
        raise required_param_missing("criteria")
    first = next(k for k in ("criteria", "email", "phone", "word") if k in given)
    converted, approved = _visibility(request)
    records = store.cache.ordered(module.api_name, converted, approved, None, False)
    found = store.search(
        module.api_name,
        records,
        **{k: (given[k] if k == first else None) for k in ("criteria", "email", "phone", "word")},
    )
    page, per_page = _paging(request)
    chunk, info = _page(found, page, per_page)
    if not chunk:
        return no_content()
    return _records_page(store, chunk, info, _fields_arg(request))


# --- lead conversion, blueprint -------------------------------------------------------------------


def convert_lead(request: ApiRequest) -> Reply:
    store = store_of(request)
    lead = store.record("Leads", request.path_params["record_id"])
    items = request.json_list("data")
    if len(items) != 1:
        raise invalid_data("exactly one conversion per request", api_name="data", expected_data_type="jsonarray")
    spec = items[0]
    if not isinstance(spec, dict):
        raise invalid_data("invalid data", api_name="data", expected_data_type="jsonobject", index=0)
    result = store.convert_lead(lead, spec, request.user_id)
    return ok({"data": [result]})


def get_blueprint(request: ApiRequest) -> Reply:
    store = store_of(request)
    rec = _record(request)
    blueprint, transitions = store.blueprint_state(rec)
    module = store.modules[rec.module]
    process_field = module.field(blueprint.field)
    assert process_field is not None
    state: dict[str, Any] = {
        "process_info": {
            "field_id": process_field.id,
            "is_continuous": False,
            "api_name": blueprint.field,
            "continuous": False,
            "field_label": process_field.label,
            "name": blueprint.name,
            "column_name": blueprint.field.upper(),
            "field_value": rec.values.get(blueprint.field),
            "id": blueprint.id,
            "field_name": blueprint.field,
            "escalation": None,
        },
        "transitions": [],
    }
    for transition in transitions:
        fields = []
        for n, name in enumerate(transition.fields, start=1):
            spec = module.field(name)
            if spec is None:
                continue
            fields.append(
                {
                    "display_label": spec.label,
                    "field_label": spec.label,
                    "api_name": spec.api_name,
                    "data_type": spec.data_type,
                    "json_type": spec.json_type,
                    "length": spec.max_length,
                    "mandatory": True,
                    "read_only": False,
                    "transition_sequence": n,
                    "personality_name": None,
                    "id": spec.id,
                }
            )
        following = [t for t in store.blueprints[rec.module].transitions if t.from_value == transition.to_value]
        transition_fields = [f for f in (module.field(name) for name in transition.fields) if f is not None]
        state["transitions"].append(
            {
                "next_transitions": [{"id": t.id, "name": t.name} for t in following],
                "percent_partial_save": 0.0,
                "data": {f.api_name: views.field_value(store, rec, f) for f in transition_fields},
                "next_field_value": transition.to_value,
                "name": transition.name,
                "criteria_matched": True,
                "id": transition.id,
                "fields": fields,
                "criteria_message": None,
                "type": "2",
                "execution_time": None,
            }
        )
    return ok({"blueprint": state})


def update_blueprint(request: ApiRequest) -> Reply:
    store = store_of(request)
    rec = _record(request)
    items = request.json_list("blueprint")
    if len(items) != 1 or not isinstance(items[0], dict):
        raise invalid_data("one transition per request", api_name="blueprint", expected_data_type="jsonarray")
    item = items[0]
    transition_id = normalize_id(item.get("transition_id"))
    if item.get("transition_id") is None:
        raise ZohoError(400, "MANDATORY_NOT_FOUND", "required field not found", {"api_name": "transition_id"})
    if transition_id is None:
        raise invalid_data("invalid transition", api_name="transition_id")
    data = item.get("data") or {}
    if not isinstance(data, dict):
        raise invalid_data("invalid data", api_name="data", expected_data_type="jsonobject")
    complete = store.run_transition(rec, transition_id, data, request.user_id)
    message = "transition updated successfully" if complete else "transition saved partially"
    return ok({"code": "SUCCESS", "details": {}, "message": message, "status": "success"})


# --- tags -------------------------------------------------------------------------------------------


def _tag_module(request: ApiRequest) -> str:
    name = request.arg("module")
    if not name:
        raise required_param_missing("module")
    module = store_of(request).modules.get(name)
    if module is None or not module.tags:
        raise ZohoError(400, "INVALID_MODULE", "the module name given seems to be invalid", {"param": "module"})
    return module.api_name


def list_tags(request: ApiRequest) -> Reply:
    store = store_of(request)
    module = _tag_module(request)
    tags = sorted(store.tags[module].values(), key=lambda t: t.name.lower())
    mine = request.arg_bool("my_tags", False)
    if mine:
        tags = [t for t in tags if t.created_by == request.user_id]
    return ok({"tags": [views.tag(t) for t in tags], "info": {"count": len(store.tags[module]), "allowed_count": 100}})


def create_tags(request: ApiRequest) -> Reply:
    store = store_of(request)
    module = _tag_module(request)
    items = request.json_list("tags")
    if not items:
        raise invalid_data("invalid data", api_name="tags", expected_data_type="jsonarray")
    results = store.create_tags(module, items, request.user_id)
    status = 201 if all(not isinstance(r, ZohoError) for r in results) else 202
    return ok({"tags": [views.tag_result(r, "tags created successfully") for r in results]}, status=status)


def update_tags(request: ApiRequest) -> Reply:
    store = store_of(request)
    module = _tag_module(request)
    items = request.json_list("tags")
    if not items:
        raise invalid_data("invalid data", api_name="tags", expected_data_type="jsonarray")
    results: list[Any] = []
    for item in items:
        try:
            if not isinstance(item, dict):
                raise ZohoError(202, "INVALID_DATA", "invalid data", {"expected_data_type": "jsonobject"})
            tag_id = normalize_id(item.get("id"))
            if tag_id is None:
                raise ZohoError(202, "MANDATORY_NOT_FOUND", "required field not found", {"api_name": "id"})
            if tag_id not in store.tags[module]:
                raise ZohoError(
                    202, "INVALID_DATA", "the id given seems to be invalid", {"api_name": "id", "id": tag_id}
                )
            results.append(store.rename_tag(store.tags[module][tag_id], item.get("name"), request.user_id))
        except ZohoError as err:
            results.append(err)
    status = 200 if all(not isinstance(r, ZohoError) for r in results) else 202
    return ok({"tags": [views.tag_result(r, "tags updated successfully") for r in results]}, status=status)


def update_tag(request: ApiRequest) -> Reply:
    store = store_of(request)
    module = _tag_module(request)
    tag = store.tag(request.path_params["tag_id"], module)
    items = request.json_list("tags")
    if len(items) != 1 or not isinstance(items[0], dict):
        raise invalid_data("invalid data", api_name="tags", expected_data_type="jsonarray")
    try:
        store.rename_tag(tag, items[0].get("name"), request.user_id)
    except ZohoError as err:
        raise ZohoError(400, err.code, err.message, err.details) from None
    return ok({"tags": [views.tag_result(tag, "tags updated successfully")]})


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
    items = request.json_list("tags")
    if len(items) != 1 or not isinstance(items[0], dict):
        raise invalid_data("invalid data", api_name="tags", expected_data_type="jsonarray")
    if items[0].get("conflict_id") is None:
        raise ZohoError(400, "MANDATORY_NOT_FOUND", "required field not found", {"api_name": "conflict_id"})
    other_id = normalize_id(items[0]["conflict_id"])
    other = store.tag(other_id or "", keep.module) if other_id else None
    if other is None:
        raise invalid_data("the id given seems to be invalid", api_name="conflict_id")
    store.merge_tags(keep, other, request.user_id)
    return ok({"tags": [views.tag_result(keep, "tags merged successfully")]})


def _tag_names(request: ApiRequest) -> list[str]:
    names = request.arg_list("tag_names")
    if not names:
        raise required_param_missing("tag_names")
    return list(dict.fromkeys(names))


def _tag_outcome(store: CrmStore, rec: Rec, message: str) -> dict[str, Any]:
    names = [store.tags[rec.module][t].name for t in rec.tags]
    return {"code": "SUCCESS", "details": {"id": rec.id, "tags": names}, "message": message, "status": "success"}


def add_tags_to_record(request: ApiRequest) -> Reply:
    store = store_of(request)
    rec = _record(request)
    if not store.modules[rec.module].tags:
        raise invalid_module()
    names = store.check_tag_names(rec.module, _tag_names(request))
    overwrite = bool(request.arg_bool("over_write", False))
    try:
        store.add_tags(rec, names, request.user_id, overwrite)
    except ZohoError as err:
        raise ZohoError(400, err.code, err.message, err.details) from None
    return ok(
        {
            "data": [_tag_outcome(store, rec, "tags updated successfully")],
            "wf_scheduler": False,
            "success_count": "1",
            "locked_count": 0,
        }
    )


def remove_tags_from_record(request: ApiRequest) -> Reply:
    store = store_of(request)
    rec = _record(request)
    if not store.modules[rec.module].tags:
        raise invalid_module()
    store.remove_tags(rec, _tag_names(request))
    return ok(
        {
            "data": [_tag_outcome(store, rec, "tags removed successfully")],
            "wf_scheduler": False,
            "success_count": "1",
            "locked_count": 0,
        }
    )


def _tag_many(request: ApiRequest, add: bool) -> Reply:
    store = store_of(request)
    module = _module(request)
    if not module.tags:
        raise invalid_module()
    ids = _ids(request, limit=MAX_TAG_IDS)
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
    succeeded = sum(1 for d in data if d["status"] == "success")
    status = 200 if succeeded == len(data) else 202
    return ok({"data": data, "wf_scheduler": False, "success_count": str(succeeded), "locked_count": 0}, status=status)


def add_tags_to_records(request: ApiRequest) -> Reply:
    return _tag_many(request, add=True)


def remove_tags_from_records(request: ApiRequest) -> Reply:
    return _tag_many(request, add=False)


# --- related records ------------------------------------------------------------------------------


def get_related_records(request: ApiRequest) -> Reply:
    store = store_of(request)
    rec = _record(request)
    related = store.related_def(rec.module, request.path_params["related_list_api_name"])
    page, per_page = _paging(request)
    if related.kind == "attachments":
        return _attachment_page(request, store, rec, page, per_page)
    items = store.related_records(rec, related)
    chunk, info = _page(items, page, per_page)
    if not chunk:
        return no_content()
    return _records_page(store, chunk, info, _fields_arg(request))


def update_related_records(request: ApiRequest) -> Reply:
    store = store_of(request)
    rec = _record(request)
    related = store.related_def(rec.module, request.path_params["related_list_api_name"])
    if related.kind not in ("lookup", "junction"):
        raise ZohoError(
            400, "INVALID_DATA", "The relation name given seems to be invalid", {"api_name": related.api_name}
        )
    items = _write_items(request)
    outcomes = store.link(rec, related, items, request.user_id)
    return _results(outcomes, "relation added", 200)


def update_related_record(request: ApiRequest) -> Reply:
    """``PUT .../{related_list_api_name}/{related_record_id}``: relate the record the path names."""
    store = store_of(request)
    rec = _record(request)
    related = store.related_def(rec.module, request.path_params["related_list_api_name"])
    if related.kind not in ("lookup", "junction"):
        raise ZohoError(
            400, "INVALID_DATA", "The relation name given seems to be invalid", {"api_name": related.api_name}
        )
    items = request.json_list("data")
    if len(items) != 1 or not isinstance(items[0], dict):
        raise invalid_data("invalid data", api_name="data", expected_data_type="jsonarray")
    item = {**items[0], "id": request.path_params["related_record_id"]}
    outcomes = store.link(rec, related, [item], request.user_id)
    return _results(outcomes, "relation added", 200)


def delink_related_record(request: ApiRequest) -> Reply:
    store = store_of(request)
    rec = _record(request)
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
    return ok({"data": [views.outcome(outcome, "relation removed")]})


def delink_related_records(request: ApiRequest) -> Reply:
    store = store_of(request)
    rec = _record(request)
    related = store.related_def(rec.module, request.path_params["related_list_api_name"])
    ids = _ids(request)
    outcomes = store.delink(rec, related, ids, request.user_id)
    return _results(outcomes, "relation removed", 200)


# --- notes ------------------------------------------------------------------------------------------


def _notes_reply(request: ApiRequest, notes: list[Rec]) -> Reply:
    store = store_of(request)
    since = _since(request)
    if since is not None:
        notes = [n for n in notes if n.modified > since]
        if not notes:
            return not_modified()
    sort_by = request.arg("sort_by")
    order = (request.arg("sort_order") or "desc").lower()
    notes = store.sort(notes, sort_by or "Modified_Time", order != "asc")
    page, per_page = _paging(request)
    chunk, info = _page(notes, page, per_page)
    if not chunk:
        return no_content()
    return _records_page(store, chunk, info, _fields_arg(request))


def list_notes(request: ApiRequest) -> Reply:
    return _notes_reply(request, list(store_of(request).records["Notes"].values()))


def create_notes(request: ApiRequest) -> Reply:
    items = _write_items(request)
    outcomes = store_of(request).create_notes(items, request.user_id)
    return _results(outcomes, "record added", 201)


def update_notes(request: ApiRequest) -> Reply:
    items = _write_items(request)
    outcomes = store_of(request).update("Notes", items, request.user_id)
    return _results(outcomes, "record updated", 200)


def delete_notes(request: ApiRequest) -> Reply:
    ids = _ids(request)
    outcomes = store_of(request).delete("Notes", ids, request.user_id)
    return _results(outcomes, "record deleted", 200)


def get_record_notes(request: ApiRequest) -> Reply:
    store = store_of(request)
    rec = _record(request)
    if rec.module == "Notes":
        raise invalid_module()
    return _notes_reply(request, store.related_records(rec, store.related_def(rec.module, "Notes")))


def create_record_notes(request: ApiRequest) -> Reply:
    store = store_of(request)
    rec = _record(request)
    if rec.module == "Notes":
        raise invalid_module()
    items = _write_items(request)
    outcomes = store.create_notes(items, request.user_id, parent=rec)
    return _results(outcomes, "record added", 201)


def _note_of(request: ApiRequest, rec: Rec) -> Rec:
    store = store_of(request)
    note_id = request.path_params["note_id"]
    note = store.records["Notes"].get(note_id)
    parent = note.values.get("Parent_Id") if note else None
    if note is None or parent is None or parent.id != rec.id:
        raise ZohoError(
            400, "INVALID_DATA", "the id given seems to be invalid", {"id": note_id, "resource_path_index": 3}
        )
    return note


def update_record_note(request: ApiRequest) -> Reply:
    store = store_of(request)
    rec = _record(request)
    note = _note_of(request, rec)
    items = request.json_list("data")
    if len(items) != 1:
        raise invalid_data("invalid data", api_name="data", expected_data_type="jsonarray")
    item = items[0]
    if isinstance(item, dict):
        item = {k: v for k, v in item.items() if k not in ("Parent_Id", "se_module", "$se_module")}
    outcomes = store.update("Notes", [item], request.user_id, ids=[note.id])
    return _results(outcomes, "record updated", 200)


def delete_record_note(request: ApiRequest) -> Reply:
    store = store_of(request)
    rec = _record(request)
    note = _note_of(request, rec)
    outcomes = store.delete("Notes", [note.id], request.user_id)
    return _results(outcomes, "record deleted", 200)


# --- attachments and photos ------------------------------------------------------------------------


def _attachment_page(request: ApiRequest, store: CrmStore, rec: Rec, page: int, per_page: int) -> Reply:
    items = sorted(store.attachments.get(rec.id, []), key=lambda a: a.created, reverse=True)
    chunk, info = _page(items, page, per_page)
    if not chunk:
        return no_content()
    data = [views.attachment(store, a) for a in chunk]
    fields = _fields_arg(request)
    if fields:
        data = [{k: v for k, v in d.items() if k in set(fields) | {"id"}} for d in data]
    return ok({"data": data, "info": info})


def list_attachments(request: ApiRequest) -> Reply:
    store = store_of(request)
    rec = _record(request)
    page, per_page = _paging(request)
    return _attachment_page(request, store, rec, page, per_page)


def upload_attachment(request: ApiRequest) -> Reply:
    store = store_of(request)
    rec = _record(request)
    upload = request.files.get("file")
    link = request.arg("attachmentUrl") or request.form.get("attachmentUrl")
    if upload is None and not link:
        raise ZohoError(400, "MANDATORY_NOT_FOUND", "the request does not contain any file", {"api_name": "file"})
    if upload is not None:
        item = store.add_attachment(
            rec, upload.filename or "attachment", upload.data, upload.content_type, None, request.user_id
        )
    else:
        assert link is not None
        item = store.add_attachment(rec, link.rsplit("/", 1)[-1] or link, b"", "text/uri-list", link, request.user_id)
    details = {
        "Modified_Time": views.when(item.modified),
        "Modified_By": views.user_ref(item.modified_by, False),
        "Created_Time": views.when(item.created),
        "id": item.id,
        "Created_By": views.user_ref(item.created_by, False),
    }
    return ok(
        {
            "data": [
                {
                    "code": "SUCCESS",
                    "details": details,
                    "message": "attachment uploaded successfully",
                    "status": "success",
                }
            ]
        }
    )


def download_attachment(request: ApiRequest) -> Reply:
    rec = _record(request)
    item = store_of(request).attachment(rec, request.path_params["attachment_id"])
    if item.link_url:
        raise invalid_data("the attachment is a link, not a file", id=item.id)
    return binary(item.content, item.content_type, item.file_name)


def delete_attachment(request: ApiRequest) -> Reply:
    rec = _record(request)
    item = store_of(request).delete_attachment(rec, request.path_params["attachment_id"])
    return ok(
        {"data": [{"code": "SUCCESS", "details": {"id": item.id}, "message": "record deleted", "status": "success"}]}
    )


def _photo_record(request: ApiRequest) -> Rec:
    store = store_of(request)
    module = _module(request)
    if not module.photo:
        raise ZohoError(
            400, "INVALID_MODULE", "the given module is not supported for this api", {"resource_path_index": 0}
        )
    return store.record(module.api_name, request.path_params["record_id"])


def _image(request: ApiRequest) -> tuple[bytes, str, str]:
    upload = request.files.get("file")
    if upload is None:
        if not request.files:
            raise ZohoError(400, "MANDATORY_NOT_FOUND", "the request does not contain any file", {"api_name": "file"})
        upload = next(iter(request.files.values()))
    media = (upload.content_type or "").split(";")[0].strip().lower()
    if media in ("", "application/octet-stream"):
        if not upload.data.startswith(IMAGE_SIGNATURES):
            raise ZohoError(415, "INVALID_DATA", "invalid file type", {"api_name": "file"})
        media = (
            "image/png"
            if upload.data.startswith(b"\x89PNG")
            else "image/jpeg"
            if upload.data.startswith(b"\xff\xd8")
            else "image/gif"
            if upload.data.startswith(b"GIF8")
            else "image/bmp"
        )
    elif media not in IMAGE_TYPES:
        raise ZohoError(415, "INVALID_DATA", "invalid file type", {"api_name": "file"})
    if not upload.data:
        raise ZohoError(400, "INVALID_DATA", "the request does not contain any file", {"api_name": "file"})
    return upload.data, media, upload.filename or "photo"


def upload_photo(request: ApiRequest) -> Reply:
    store = store_of(request)
    rec = _photo_record(request)
    data, media, name = _image(request)
    store.set_photo(rec, data, media, name)
    return ok({"code": "SUCCESS", "details": {}, "message": "photo uploaded successfully", "status": "success"})


def download_photo(request: ApiRequest) -> Reply:
    rec = _photo_record(request)
    if rec.photo is None:
        return no_content()
    data, media, name = rec.photo
    return binary(data, media, name)


def delete_photo(request: ApiRequest) -> Reply:
    store = store_of(request)
    rec = _photo_record(request)
    store.clear_photo(rec)
    return ok({"code": "SUCCESS", "details": {}, "message": "Photo deleted", "status": "success"})


# --- sharing ------------------------------------------------------------------------------------------


def _share_record(request: ApiRequest) -> Rec:
    store = store_of(request)
    module = _module(request)
    if module.api_name in ("Notes", "Tasks", "Events", "Calls"):
        raise ZohoError(
            400, "INVALID_MODULE", "the given module is not supported for this api", {"resource_path_index": 0}
        )
    rec = store.records[module.api_name].get(request.path_params["record_id"])
    if rec is None:
        raise ZohoError(
            400,
            "ENTITY_ID_INVALID",
            "the id given seems to be invalid",
            {"id": request.path_params["record_id"], "resource_path_index": 1},
        )
    return rec


def get_sharing(request: ApiRequest) -> Reply:
    store = store_of(request)
    rec = _share_record(request)
    shares = list(store.shares.get(rec.id, []))
    shared_to = request.arg("sharedTo")
    if shared_to:
        shares = [s for s in shares if s.user_id == shared_to]
    view = request.arg("view") or "summary"
    if view not in ("summary", "manage"):
        raise invalid_data("invalid data", param="view")
    body: dict[str, Any] = {"share": [views.share(store, rec, s) for s in shares]}
    if view == "manage":
        taken = {s.user_id for s in store.shares.get(rec.id, [])} | {rec.owner}
        body["shareable_user"] = [
            {"full_name": u.full_name, "name": u.full_name, "id": u.id, "zuid": u.zuid}
            for u in directory.USERS
            if u.status == "active" and u.id not in taken
        ]
    if not body["share"] and view == "summary":
        return no_content()
    return ok(body)


def _share(request: ApiRequest, replace: bool) -> Reply:
    store = store_of(request)
    rec = _share_record(request)
    items = request.json_list("share")
    if not items:
        raise ZohoError(400, "MANDATORY_NOT_FOUND", "required field not found", {"api_name": "share"})
    results = store.share(rec, items, request.user_id, replace)
    data = []
    for result in results:
        if isinstance(result, ZohoError):
            data.append(result.entry())
        else:
            data.append(
                {
                    "code": "SUCCESS",
                    "details": {"user": views.user_ref(result.user_id, False)},
                    "message": "record will be shared successfully",
                    "status": "success",
                }
            )
    if all(isinstance(r, ZohoError) for r in results):
        return ok({"share": data}, status=400)
    return ok({"share": data})


def share_record(request: ApiRequest) -> Reply:
    return _share(request, replace=False)


def update_sharing(request: ApiRequest) -> Reply:
    return _share(request, replace=True)


def revoke_sharing(request: ApiRequest) -> Reply:
    store = store_of(request)
    rec = _share_record(request)
    store.revoke_shares(rec)
    return ok({"share": {"code": "SUCCESS", "details": {}, "message": "Sharing Revoked", "status": "success"}})


# --- metadata ----------------------------------------------------------------------------------------


def _settings_module(request: ApiRequest) -> Any:
    name = request.arg("module")
    if not name:
        raise required_param_missing("module")
    module = store_of(request).modules.get(name)
    if module is None:
        raise ZohoError(400, "INVALID_MODULE", "the module name given seems to be invalid", {"param": "module"})
    return module


def _created(request: ApiRequest) -> float:
    return request.backend.clock.timestamp() - 86400 * 30


def list_modules(request: ApiRequest) -> Reply:
    store = store_of(request)
    since = _since(request)
    if since is not None and since >= _created(request):
        return not_modified()
    return ok({"modules": [views.module_meta(store, m) for m in store.modules.values()]})


def get_module(request: ApiRequest) -> Reply:
    store = store_of(request)
    module = store.modules.get(request.path_params["module_api_name"])
    if module is None:
        raise ZohoError(400, "INVALID_MODULE", "the module name given seems to be invalid", {"resource_path_index": 2})
    return ok({"modules": [views.module_meta(store, module, detailed=True)]})


def list_fields(request: ApiRequest) -> Reply:
    store = store_of(request)
    module = _settings_module(request)
    kind = (request.arg("type") or "").lower()
    if kind == "unused":
        return no_content()
    return ok({"fields": [views.field_meta(store, module, f) for f in module.fields]})


def get_field(request: ApiRequest) -> Reply:
    store = store_of(request)
    module = _settings_module(request)
    field_id = request.path_params["field_id"]
    spec = next((f for f in module.fields if field_id in (f.id, f.api_name)), None)
    if spec is None:
        raise ZohoError(
            400, "INVALID_DATA", "the id given seems to be invalid", {"id": field_id, "resource_path_index": 2}
        )
    return ok({"fields": [views.field_meta(store, module, spec)]})


def list_layouts(request: ApiRequest) -> Reply:
    module = _settings_module(request)
    return ok({"layouts": [views.layout(store_of(request), module, _created(request))]})


def get_layout(request: ApiRequest) -> Reply:
    store = store_of(request)
    module = _settings_module(request)
    if request.path_params["layout_id"] != store.layout_ids[module.api_name]:
        raise ZohoError(
            400,
            "INVALID_DATA",
            "the id given seems to be invalid",
            {"id": request.path_params["layout_id"], "resource_path_index": 2},
        )
    return ok({"layouts": [views.layout(store, module, _created(request))]})


def list_custom_views(request: ApiRequest) -> Reply:
    store = store_of(request)
    module = _settings_module(request)
    view_ids = store.custom_view_ids[module.api_name]
    entries = [views.custom_view(store, module, kind, view_id) for kind, view_id in view_ids.items()]
    info = {
        "per_page": 200,
        "default": view_ids["all"],
        "count": len(entries),
        "page": 1,
        "translation": {
            "public_views": "Public Views",
            "other_users_views": "Other Users' Views",
            "shared_with_me": "Views Shared With Me",
            "created_by_me": "Created By Me",
        },
        "more_records": False,
    }
    return ok({"custom_views": entries, "info": info})


def get_custom_view(request: ApiRequest) -> Reply:
    store = store_of(request)
    module = _settings_module(request)
    view_id = request.path_params["custom_view_id"]
    kind = next((k for k, v in store.custom_view_ids[module.api_name].items() if v == view_id), None)
    if kind is None:
        raise ZohoError(
            400, "INVALID_DATA", "the id given seems to be invalid", {"id": view_id, "resource_path_index": 2}
        )
    return ok({"custom_views": [views.custom_view(store, module, kind, view_id)]})


def list_related_lists(request: ApiRequest) -> Reply:
    module = _settings_module(request)
    if not module.related:
        return no_content()
    return ok({"related_lists": [views.related_meta(module, r) for r in module.related]})


def get_related_list(request: ApiRequest) -> Reply:
    module = _settings_module(request)
    related_id = request.path_params["related_list_id"]
    related = next((r for r in module.related if related_id in (r.id, r.api_name)), None)
    if related is None:
        raise ZohoError(
            400, "INVALID_DATA", "the id given seems to be invalid", {"id": related_id, "resource_path_index": 2}
        )
    return ok({"related_lists": [views.related_meta(module, related)]})


# --- users, roles, profiles, org ----------------------------------------------------------------------

USER_FILTERS: dict[str, Callable[[directory.OrgUser, str], bool]] = {
    "AllUsers": lambda u, me: True,
    "ActiveUsers": lambda u, me: u.status == "active",
    "DeactiveUsers": lambda u, me: u.status == "inactive",
    "ConfirmedUsers": lambda u, me: u.confirm,
    "NotConfirmedUsers": lambda u, me: not u.confirm,
    "DeletedUsers": lambda u, me: u.status == "deleted",
    "ActiveConfirmedUsers": lambda u, me: u.status == "active" and u.confirm,
    "AdminUsers": lambda u, me: u.profile == "Administrator",
    "ActiveConfirmedAdmins": lambda u, me: u.profile == "Administrator" and u.status == "active" and u.confirm,
    "CurrentUser": lambda u, me: u.id == me,
}


def list_users(request: ApiRequest) -> Reply:
    kind = request.arg("type") or "AllUsers"
    test = USER_FILTERS.get(kind)
    if test is None:
        raise invalid_data("invalid data", param="type", api_name="type")
    since = _since(request)
    if since is not None and since >= _created(request):
        return not_modified()
    users = [u for u in directory.USERS if test(u, request.user_id)]
    page, per_page = _paging(request)
    chunk, info = _page(users, page, per_page)
    if not chunk:
        return no_content()
    return ok({"users": [views.user(u, _created(request)) for u in chunk], "info": info})


def get_user(request: ApiRequest) -> Reply:
    user = directory.user_by_id(request.path_params["user_id"])
    if user is None:
        raise ZohoError(
            400,
            "INVALID_DATA",
            "the id given seems to be invalid",
            {"id": request.path_params["user_id"], "resource_path_index": 1},
        )
    since = _since(request)
    if since is not None and since >= _created(request):
        return not_modified()
    return ok({"users": [views.user(user, _created(request))]})


def list_roles(request: ApiRequest) -> Reply:
    from .metadata import ROLES

    return ok({"roles": [views.role(r) for r in ROLES]})


def get_role(request: ApiRequest) -> Reply:
    role = store_of(request).role(request.path_params["role_id"])
    if role is None:
        raise ZohoError(
            400,
            "INVALID_DATA",
            "the id given seems to be invalid",
            {"id": request.path_params["role_id"], "resource_path_index": 2},
        )
    return ok({"roles": [views.role(role)]})


def list_profiles(request: ApiRequest) -> Reply:
    from .metadata import PROFILES

    since = _since(request)
    if since is not None and since >= _created(request):
        return not_modified()
    store = store_of(request)
    return ok({"profiles": [views.profile(store, p, _created(request), detailed=False) for p in PROFILES]})


def get_profile(request: ApiRequest) -> Reply:
    store = store_of(request)
    profile = store.profile(request.path_params["profile_id"])
    if profile is None:
        raise ZohoError(
            400,
            "INVALID_DATA",
            "the id given seems to be invalid",
            {"id": request.path_params["profile_id"], "resource_path_index": 2},
        )
    return ok({"profiles": [views.profile(store, profile, _created(request), detailed=True)]})


def get_org(request: ApiRequest) -> Reply:
    return ok({"org": [dict(store_of(request).org)]})


def upload_org_photo(request: ApiRequest) -> Reply:
    data, media, name = _image(request)
    store_of(request).set_org_logo(data, media, name)
    return ok({"code": "SUCCESS", "details": {}, "message": "photo uploaded successfully", "status": "success"})


def download_org_photo(request: ApiRequest) -> Reply:
    """``GET /_emulator/crm/org/photo``: the uploaded logo (204 before any upload). A control route:
    Zoho's CRM v2 API has no way to download the organisation's photo."""
    logo = store_of(request).org_logo
    if logo is None:
        return no_content()
    data, media, name = logo
    return binary(data, media, name)


# --- variables ----------------------------------------------------------------------------------------


def list_variables(request: ApiRequest) -> Reply:
    store = store_of(request)
    variables = sorted(store.variables.values(), key=lambda v: v.id)
    group = request.arg("group")
    if group:
        wanted = store.variable_group(group)
        variables = [v for v in variables if v.group_id == wanted.id]
    if not variables:
        return no_content()
    return ok({"variables": [views.variable(store, v) for v in variables]})


def get_variable(request: ApiRequest) -> Reply:
    store = store_of(request)
    variable = store.variable(request.path_params["variable_id"])
    group_key = request.arg("group")
    if not group_key:
        raise required_param_missing("group")
    group = store.variable_group(group_key)
    if variable.group_id != group.id:
        raise ZohoError(400, "INVALID_DATA", "the variable does not belong to the given group", {"param": "group"})
    return ok({"variables": [views.variable(store, variable)]})


def _variable_results(results: list[Any], message: str) -> list[dict[str, Any]]:
    out = []
    for result in results:
        if isinstance(result, ZohoError):
            out.append(result.entry())
        else:
            out.append({"code": "SUCCESS", "details": {"id": result.id}, "message": message, "status": "success"})
    return out


def create_variables(request: ApiRequest) -> Reply:
    items = request.json_list("variables")
    if not items:
        raise invalid_data("invalid data", api_name="variables", expected_data_type="jsonarray")
    results = store_of(request).create_variables(items)
    status = 201 if all(not isinstance(r, ZohoError) for r in results) else 202
    return ok({"variables": _variable_results(results, "Variable created successfully")}, status=status)


def update_variables(request: ApiRequest) -> Reply:
    store = store_of(request)
    items = request.json_list("variables")
    if not items:
        raise invalid_data("invalid data", api_name="variables", expected_data_type="jsonarray")
    results: list[Any] = []
    for item in items:
        try:
            if not isinstance(item, dict):
                raise ZohoError(202, "INVALID_DATA", "invalid data", {"expected_data_type": "jsonobject"})
            variable_id = normalize_id(item.get("id"))
            if variable_id is None:
                raise ZohoError(202, "MANDATORY_NOT_FOUND", "required field not found", {"api_name": "id"})
            variable = store.variables.get(variable_id)
            if variable is None:
                raise ZohoError(
                    202, "INVALID_DATA", "the id given seems to be invalid", {"api_name": "id", "id": variable_id}
                )
            results.append(store.update_variable(variable, item))
        except ZohoError as err:
            results.append(err)
    status = 200 if all(not isinstance(r, ZohoError) for r in results) else 202
    return ok({"variables": _variable_results(results, "Variable updated successfully")}, status=status)


def update_variable(request: ApiRequest) -> Reply:
    store = store_of(request)
    variable = store.variable(request.path_params["variable_id"])
    items = request.json_list("variables")
    if len(items) != 1 or not isinstance(items[0], dict):
        raise invalid_data("invalid data", api_name="variables", expected_data_type="jsonarray")
    try:
        store.update_variable(variable, items[0])
    except ZohoError as err:
        raise ZohoError(400, err.code, err.message, err.details) from None
    return ok({"variables": _variable_results([variable], "Variable updated successfully")})


def delete_variable(request: ApiRequest) -> Reply:
    store = store_of(request)
    variable = store.variable(request.path_params["variable_id"])
    store.delete_variable(variable)
    return ok({"variables": _variable_results([variable], "Variable deleted successfully")})


def delete_variables(request: ApiRequest) -> Reply:
    store = store_of(request)
    results: list[Any] = []
    for variable_id in _ids(request):
        variable = store.variables.get(variable_id)
        if variable is None:
            results.append(ZohoError(202, "INVALID_DATA", "the id given seems to be invalid", {"id": variable_id}))
        else:
            store.delete_variable(variable)
            results.append(variable)
    status = 200 if all(not isinstance(r, ZohoError) for r in results) else 202
    return ok({"variables": _variable_results(results, "Variable deleted successfully")}, status=status)


def list_variable_groups(request: ApiRequest) -> Reply:
    groups = sorted(store_of(request).variable_groups.values(), key=lambda g: g.id)
    if not groups:
        return no_content()
    return ok({"variable_groups": [views.variable_group(g) for g in groups]})


def get_variable_group(request: ApiRequest) -> Reply:
    group = store_of(request).variable_group(request.path_params["variable_group_id"])
    return ok({"variable_groups": [views.variable_group(group)]})


# --- notifications -------------------------------------------------------------------------------------


def _watch_items(request: ApiRequest) -> list[Any]:
    items = request.json_list("watch")
    if not items:
        raise invalid_data("invalid data", api_name="watch", expected_data_type="jsonarray")
    if len(items) > 100:
        raise limit_exceeded("watch", 100)
    return items


def _watch_reply(entries: list[dict[str, Any]], ok_status: int) -> Reply:
    if entries and all(e["status"] == "error" for e in entries):
        return ok({"watch": entries}, status=400)
    return ok({"watch": entries}, status=ok_status)


def enable_notifications(request: ApiRequest) -> Reply:
    store = store_of(request)
    items = _watch_items(request)
    checked: list[dict[str, Any] | ZohoError] = []
    for item in items:
        try:
            checked.append(store.check_channel_input(item, partial=False))
        except ZohoError as err:
            checked.append(err)
    entries = []
    for details in checked:
        if isinstance(details, ZohoError):
            entries.append(details.entry())
            continue
        channel = store.subscribe(details, request.origin, request.user_id)
        entries.append(
            {
                "code": "SUCCESS",
                "details": {"events": views.channel_events_detail(store, channel)},
                "message": "Successfully subscribed for actions-watch of the given module",
                "status": "success",
            }
        )
    return _watch_reply(entries, 201)


def list_notifications(request: ApiRequest) -> Reply:
    store = store_of(request)
    channel_id = request.arg("channel_id")
    module = request.arg("module")
    if module and module not in store.modules:
        raise ZohoError(400, "INVALID_MODULE", "the module name given seems to be invalid", {"param": "module"})
    channels = store.live_channels()
    if channel_id:
        channels = [c for c in channels if c.channel_id == channel_id]
        if not channels:
            raise ZohoError(
                400,
                "NOT_SUBSCRIBED",
                "Not subscribed for actions-watch of the given channel",
                {"channel_id": channel_id},
            )
    entries = [e for c in channels for e in views.channel_entries(store, c)]
    if module:
        entries = [e for e in entries if e["resource_name"] == module]
    page, per_page = _paging(request)
    chunk, info = _page(entries, page, per_page)
    if not chunk:
        return no_content()
    return ok({"watch": chunk, "info": info})


def _channel_result(store: CrmStore, channel: Any, message: str) -> dict[str, Any]:
    return {
        "code": "SUCCESS",
        "details": {"events": views.channel_events_detail(store, channel)},
        "message": message,
        "status": "success",
    }


def update_notifications(request: ApiRequest) -> Reply:
    store = store_of(request)
    entries = []
    for item in _watch_items(request):
        try:
            details = store.check_channel_input(item, partial=False)
            channel = store.replace_channel(details)
            entries.append(_channel_result(store, channel, "Successfully updated the subscribe details"))
        except ZohoError as err:
            entries.append(err.entry())
    return _watch_reply(entries, 200)


def patch_notifications(request: ApiRequest) -> Reply:
    store = store_of(request)
    entries = []
    for item in _watch_items(request):
        try:
            details = store.check_channel_input(item, partial=True)
            delete = bool(isinstance(item, dict) and item.get("_delete_events") is True)
            channel = store.patch_channel(details, delete)
            if delete:
                entries.append(
                    {
                        "code": "SUCCESS",
                        "details": {
                            "events": views.channel_events_detail(store, channel) if channel else [],
                            "channel_id": details["channel_id"],
                        },
                        "message": "Successfully removed the subscribe details",
                        "status": "success",
                    }
                )
            else:
                entries.append(_channel_result(store, channel, "Successfully updated the subscribe details"))
        except ZohoError as err:
            entries.append(err.entry())
    return _watch_reply(entries, 200)


def disable_notifications(request: ApiRequest) -> Reply:
    store = store_of(request)
    entries = []
    for channel_id in _ids(request, "channel_ids", limit=100):
        try:
            channel = store.channel(channel_id)
            details = views.channel_events_detail(store, channel)
            store.unsubscribe(channel_id)
            entries.append(
                {
                    "code": "SUCCESS",
                    "details": {"events": details, "channel_id": channel_id},
                    "message": "Successfully un-subscribed from actions-watch",
                    "status": "success",
                }
            )
        except ZohoError as err:
            entries.append(err.entry())
    return _watch_reply(entries, 200)


# --- control -------------------------------------------------------------------------------------------


def stop_processing(request: ApiRequest) -> Reply:
    """``POST /_emulator/crm/{module}/{id}/stop_processing``: mark a record GDPR ``$stop_processing``."""
    store = store_of(request)
    rec = store.record(request.path_params["module_api_name"], request.path_params["record_id"])
    body = request.json if isinstance(request.json, dict) else {}
    rec.stop_processing = bool(body.get("stop", True))
    return ok({"id": rec.id, "$stop_processing": rec.stop_processing})


def seed_records(request: ApiRequest) -> Reply:
    """``POST /_emulator/crm/seed``: ``{"module": "Leads", "count": 200000, "record": {...}}`` inserts
    ``count`` synthetic records at once (for load tests and benchmarks); see ``CrmStore.seed_synthetic``."""
    body = request.json_object(required_key="module")
    module = body.get("module")
    if not isinstance(module, str) or not module:
        raise ZohoError(400, "MANDATORY_NOT_FOUND", "required field not found", {"api_name": "module"})
    count = body.get("count")
    if isinstance(count, bool) or not isinstance(count, int) or not 1 <= count <= MAX_SEED:
        raise invalid_data(f"count must be an integer from 1 to {MAX_SEED}", api_name="count")
    template = body.get("record", {})
    if not isinstance(template, dict):
        raise invalid_data("record must be a JSON object", api_name="record", expected_data_type="jsonobject")
    store = store_of(request)
    if module not in store.modules:
        raise ZohoError(400, "INVALID_MODULE", "the module name given seems to be invalid", {"api_name": "module"})
    ids = store.seed_synthetic(module, count, template)
    return ok({"module": module, "count": len(ids), "first_id": ids[0], "last_id": ids[-1]}, status=201)

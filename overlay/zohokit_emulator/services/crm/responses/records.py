"""Handlers of records: list, get, insert, update, upsert, delete, the recycle bin and search."""

from __future__ import annotations

from collections.abc import Callable

from ....core.errors import ZohoError, invalid_data, limit_exceeded, required_param_missing
from ....core.http import ApiRequest, Reply, encoded_json, no_content, not_modified, ok
from .. import listing, serializers
from ..models import Record
from .common import (
    fields_param,
    ids_param,
    modified_since,
    page_slice,
    paging,
    records_page,
    request_module,
    store_of,
    visibility,
    write_items,
    write_results,
)


def list_records(request: ApiRequest) -> Reply:
    """The visible records of a module, filtered, sorted and paged. The sorted list and each
    record's JSON come from ``store.cache``; problems are reported in the order Zoho checks them
    (``converted``, ``approved``, ``cvid``, then 304 when nothing changed since
    ``If-Modified-Since``, then ``sort_by``, ``sort_order``, ``page``, ``per_page``)."""
    store = store_of(request)
    module = request_module(request)
    converted, approved = visibility(request)
    keeps: list[Callable[[Record], bool]] = []
    ids = request.arg_list("ids")
    if ids:
        wanted = set(ids)
        keeps.append(lambda r: r.id in wanted)
    cvid = request.arg("cvid")
    if cvid:
        keeps.append(store.custom_view_filter(module.api_name, cvid, request.user_id))
    since = modified_since(request)
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
    page, per_page = paging(request)
    chunk, info = page_slice(records, page, per_page)
    if not chunk:
        return no_content()
    return records_page(store, chunk, info, fields_param(request))


def get_record(request: ApiRequest) -> Reply:
    store = store_of(request)
    module = request_module(request)
    rec = store.records[module.api_name].get(request.path_params["record_id"])
    if rec is None:
        return no_content()
    since = modified_since(request)
    if since is not None and rec.modified <= since:
        return not_modified()
    return encoded_json(listing.records_body([store.cache.record_json(rec, fields_param(request))]))


def insert_records(request: ApiRequest) -> Reply:
    module = request_module(request)
    items = write_items(request)
    outcomes = store_of(request).insert(module.api_name, items, request.user_id)
    return write_results(outcomes, "record added", 201)


def update_records(request: ApiRequest) -> Reply:
    module = request_module(request)
    items = write_items(request)
    outcomes = store_of(request).update(module.api_name, items, request.user_id)
    return write_results(outcomes, "record updated", 200)


def update_record(request: ApiRequest) -> Reply:
    store = store_of(request)
    module = request_module(request)
    rec = store.record(module.api_name, request.path_params["record_id"])
    items = request.json_list("data")
    if not items:
        raise invalid_data("invalid data", api_name="data", expected_data_type="jsonarray")
    if len(items) > 1:
        raise limit_exceeded("data", 1, "a single-record update takes one record")
    outcomes = store.update(module.api_name, items[:1], request.user_id, ids=[rec.id])
    return write_results(outcomes, "record updated", 200)


def upsert_records(request: ApiRequest) -> Reply:
    module = request_module(request)
    items = write_items(request)
    checks = request.arg_list("duplicate_check_fields")
    outcomes = store_of(request).upsert(module.api_name, items, request.user_id, checks or None)
    data = [serializers.upsert_outcome(o) for o in outcomes]
    if any(o.error is not None for o in outcomes):
        status = 202
    elif any(o.action == "insert" for o in outcomes):
        status = 201
    else:
        status = 200
    return ok({"data": data}, status=status)


def delete_records(request: ApiRequest) -> Reply:
    module = request_module(request)
    ids = ids_param(request)
    outcomes = store_of(request).delete(module.api_name, ids, request.user_id)
    return write_results(outcomes, "record deleted", 200)


def delete_record(request: ApiRequest) -> Reply:
    store = store_of(request)
    module = request_module(request)
    rec = store.record(module.api_name, request.path_params["record_id"])
    outcome = store.delete(module.api_name, [rec.id], request.user_id)[0]
    if outcome.error is not None:
        raise ZohoError(400, outcome.error.code, outcome.error.message, outcome.error.details)
    return ok({"data": [serializers.outcome(outcome, "record deleted")]})


def deleted_records(request: ApiRequest) -> Reply:
    store = store_of(request)
    module = request_module(request)
    kind = (request.arg("type") or "all").lower()
    if kind not in ("all", "recycle", "permanent"):
        raise invalid_data("invalid data", param="type", api_name="type")
    entries = store.deleted_records(module.api_name, kind)
    since = modified_since(request)
    if since is not None:
        entries = [e for e in entries if e.deleted_time > since]
        if not entries:
            return not_modified()
    page, per_page = paging(request)
    chunk, info = page_slice(entries, page, per_page)
    if not chunk:
        return no_content()
    return ok({"data": [serializers.deleted(e, store.deleted_type(e)) for e in chunk], "info": info})


def search_records(request: ApiRequest) -> Reply:
    store = store_of(request)
    module = request_module(request)
    args = {name: request.arg(name) for name in ("criteria", "email", "phone", "word")}
    given = {k: v for k, v in args.items() if v is not None and v.strip()}
    if not given:
        raise required_param_missing("criteria")
    first = next(k for k in ("criteria", "email", "phone", "word") if k in given)
    converted, approved = visibility(request)
    records = store.cache.ordered(module.api_name, converted, approved, None, False)
    found = store.search(
        module.api_name,
        records,
        **{k: (given[k] if k == first else None) for k in ("criteria", "email", "phone", "word")},
    )
    page, per_page = paging(request)
    chunk, info = page_slice(found, page, per_page)
    if not chunk:
        return no_content()
    return records_page(store, chunk, info, fields_param(request))

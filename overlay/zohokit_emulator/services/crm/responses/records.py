"""Handlers of CRM records: list, get, the recycle bin and search, through the read cache; insert,
update, upsert and delete are the shared record handlers (``records/handlers.py``), routed by
``records/urls.py``."""

from __future__ import annotations

from ....core.errors import invalid_data
from ....core.http import ApiRequest, Reply, encoded_json, no_content, not_modified, ok
from ...records.handlers import list_filters, list_order, search_terms
from .. import listing, serializers
from .common import (
    fields_param,
    modified_since,
    page_slice,
    paging,
    records_page,
    request_module,
    store_of,
    visibility,
)


def list_records(request: ApiRequest) -> Reply:
    """The visible records of a module, filtered, sorted and paged. The sorted list and each
    record's JSON come from ``store.cache``; problems are reported in the order Zoho checks them
    (``converted``, ``approved``, ``cvid``, then 304 when nothing changed since
    ``If-Modified-Since``, then ``sort_by``, ``sort_order``, ``page``, ``per_page``)."""
    store = store_of(request)
    module = request_module(request)
    converted, approved = visibility(request)
    keeps, since = list_filters(request, store, module)
    if since is not None:
        listed = store.cache.ordered(module.api_name, converted, approved, None, False)
        if not any(all(keep(r) for keep in keeps) for r in listed):
            return not_modified()
    sort_by, descending = list_order(request, module)
    records = store.cache.ordered(module.api_name, converted, approved, sort_by, descending)
    if keeps:
        records = [r for r in records if all(keep(r) for keep in keeps)]
    return records_page(request, store, records)


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
    chosen = search_terms(request)
    converted, approved = visibility(request)
    records = store.cache.ordered(module.api_name, converted, approved, None, False)
    found = store.search(module.api_name, records, **chosen)
    return records_page(request, store, found)

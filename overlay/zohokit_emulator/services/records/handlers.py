"""The record operations over HTTP, shared by the services that keep records.

The write handlers (insert, update, upsert, delete) serve the CRM, Recruit and Bigin alike: they
read the store of the route's service (``request.state``), the module its URL names
(``store.path_module``) and answer Zoho's per-record results. The read handlers (list, get,
search, a record's notes) serve stores that render records themselves (``RecordStore``: Recruit,
Bigin); the CRM reads through its own handlers, which add its read cache, custom views and the
recycle bin.
"""

from __future__ import annotations

from collections.abc import Callable

from ...core.errors import ZohoError, invalid_data, limit_exceeded, required_param_missing
from ...core.http import ApiRequest, Reply, no_content, normalize_id, not_modified, ok
from . import rendering
from .metadata import ModuleDef
from .requests import (
    fields_param,
    ids_param,
    json_items,
    modified_since,
    page_slice,
    paging,
    upsert_results,
    visibility,
    write_items,
    write_results,
)
from .state import Record
from .store import RecordStore
from .writes import RecordWrites

Keep = Callable[[Record], bool]
"""A filter of a record list: whether the record stays."""

SEARCH_KEYS = ("criteria", "email", "phone", "word")


def _writes(request: ApiRequest) -> RecordWrites:
    store: RecordWrites = request.state
    return store


def _reads(request: ApiRequest) -> RecordStore:
    store: RecordStore = request.state
    return store


def path_module(request: ApiRequest) -> ModuleDef:
    """The module of the URL's ``module_api_name``; 400 INVALID_MODULE for one the org lacks."""
    return _writes(request).path_module(request.path_params["module_api_name"])


def path_record(request: ApiRequest, module: ModuleDef) -> Record:
    """The record of the URL's ``record_id``; 400 INVALID_DATA when it names none of ``module``."""
    raw = request.path_params["record_id"]
    return _writes(request).record(module.api_name, normalize_id(raw) or raw)


# --- writes -------------------------------------------------------------------------------------------


def insert_records(request: ApiRequest) -> Reply:
    """``POST /{module}``: up to 100 records, one result each (201, or 202 when one failed)."""
    module = path_module(request)
    items = write_items(request)
    outcomes = _writes(request).insert(module.api_name, items, request.user_id)
    return write_results(outcomes, "record added", 201)


def update_records(request: ApiRequest) -> Reply:
    """``PUT /{module}``: up to 100 records, each naming its ``id`` (200, or 202 when one failed)."""
    module = path_module(request)
    items = write_items(request)
    outcomes = _writes(request).update(module.api_name, items, request.user_id)
    return write_results(outcomes, "record updated", 200)


def update_record(request: ApiRequest) -> Reply:
    """``PUT /{module}/{record_id}``: the one record of ``data``, for the URL's record."""
    store = _writes(request)
    module = path_module(request)
    rec = path_record(request, module)
    items = json_items(request, "data")
    if len(items) > 1:
        raise limit_exceeded("data", 1, "a single-record update takes one record")
    outcomes = store.update(module.api_name, items[:1], request.user_id, ids=[rec.id])
    return write_results(outcomes, "record updated", 200)


def upsert_records(request: ApiRequest) -> Reply:
    """``POST /{module}/upsert``: update the record ``duplicate_check_fields`` (a query list, or an
    array in the body; else the module's own duplicate check) finds, insert otherwise."""
    module = path_module(request)
    items = write_items(request)
    checks = request.arg_list("duplicate_check_fields")
    body = request.json
    if checks is None and isinstance(body, dict) and isinstance(body.get("duplicate_check_fields"), list):
        checks = body["duplicate_check_fields"]  # Recruit and Bigin name them in the body
    outcomes = _writes(request).upsert(module.api_name, items, request.user_id, checks or None)
    return upsert_results(outcomes)


def delete_records(request: ApiRequest) -> Reply:
    """``DELETE /{module}?ids=``: up to 100 ids, one result each (202 when one failed)."""
    module = path_module(request)
    ids = ids_param(request)
    outcomes = _writes(request).delete(module.api_name, ids, request.user_id)
    return write_results(outcomes, "record deleted", 200)


def delete_record(request: ApiRequest) -> Reply:
    """``DELETE /{module}/{record_id}``; a refusal of the one record is the request's (400)."""
    store = _writes(request)
    module = path_module(request)
    rec = path_record(request, module)
    outcome = store.delete(module.api_name, [rec.id], request.user_id)[0]
    if outcome.error is not None:
        raise ZohoError(400, outcome.error.code, outcome.error.message, outcome.error.details)
    return ok({"data": [rendering.outcome(outcome, "record deleted")]})


# --- reads of stores that render their own records ----------------------------------------------------


def list_filters(request: ApiRequest, store: RecordWrites, module: ModuleDef) -> tuple[list[Keep], float | None]:
    """The record list's filters (``ids``, ``cvid``, and records modified since ``If-Modified-Since``)
    and that time; 400 INVALID_DATA for a ``cvid`` that is not a view of ``module``. Shared by the
    CRM's cached list and the lists of stores that render their own records."""
    keeps: list[Keep] = []
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
    return keeps, since


def list_order(request: ApiRequest, module: ModuleDef) -> tuple[str | None, bool]:
    """``sort_by`` (``id``, ``Created_Time``, ``Modified_Time`` or a field of ``module``) and whether
    ``sort_order`` is ``desc``; 400 INVALID_DATA naming the parameter for any other value."""
    sort_by = request.arg("sort_by")
    if sort_by and sort_by not in ("id", "Created_Time", "Modified_Time") and module.field(sort_by) is None:
        raise invalid_data("invalid data", param="sort_by", api_name=sort_by)
    order = (request.arg("sort_order") or "asc").lower()
    if order not in ("asc", "desc"):
        raise invalid_data("invalid data", param="sort_order", api_name="sort_order")
    return sort_by, order == "desc"


def rendered_page(request: ApiRequest, store: RecordStore, records: list[Record]) -> Reply:
    """One page of ``records`` (``page``, ``per_page``), rendered with ``fields``; 204 when empty."""
    page, per_page = paging(request)
    chunk, info = page_slice(records, page, per_page)
    if not chunk:
        return no_content()
    fields = fields_param(request)
    return ok({"data": [store.render(r, fields) for r in chunk], "info": info})


def list_records(request: ApiRequest) -> Reply:
    """``GET /{module}``: the visible records, filtered (``ids``, ``cvid``, ``converted``, ``approved``),
    sorted (``sort_by``, ``sort_order``) and paged; 304 when none changed since
    ``If-Modified-Since``; 204 when the page is empty."""
    store = _reads(request)
    module = path_module(request)
    converted, approved = visibility(request)
    records = store.visible(module.api_name, converted, approved)
    keeps, since = list_filters(request, store, module)
    if keeps:
        records = [r for r in records if all(keep(r) for keep in keeps)]
        if since is not None and not records:
            return not_modified()
    sort_by, descending = list_order(request, module)
    return rendered_page(request, store, store.sort(records, sort_by, descending))


def get_record(request: ApiRequest) -> Reply:
    """``GET /{module}/{record_id}``: the record as the one item of ``data``; 204 when the module
    has no such record (never created, or deleted); 304 when unchanged since ``If-Modified-Since``."""
    store = _reads(request)
    module = path_module(request)
    raw = request.path_params["record_id"]
    rec = store.records[module.api_name].get(normalize_id(raw) or raw)
    if rec is None:
        return no_content()
    since = modified_since(request)
    if since is not None and rec.modified <= since:
        return not_modified()
    return ok({"data": [store.render(rec, fields_param(request))]})


def search_terms(request: ApiRequest) -> dict[str, str | None]:
    """The one search a request asks for, by keyword argument of ``search``: ``criteria``, else
    ``email``, ``phone``, ``word`` (the first given wins, the others None); 400
    REQUIRED_PARAM_MISSING naming ``criteria`` when none is given. Shared by the CRM's cached search."""
    given = {k: v for k in SEARCH_KEYS if (v := request.arg(k)) is not None and v.strip()}
    if not given:
        raise required_param_missing("criteria")
    first = next(k for k in SEARCH_KEYS if k in given)
    return {k: (given[k] if k == first else None) for k in SEARCH_KEYS}


def search_records(request: ApiRequest) -> Reply:
    """``GET /{module}/search``: by ``criteria`` (else ``email``, ``phone``, ``word``: the first
    given wins), paged; 204 when nothing matches."""
    store = _reads(request)
    module = path_module(request)
    chosen = search_terms(request)
    converted, approved = visibility(request)
    records = store.sort(store.visible(module.api_name, converted, approved), None, False)
    found = store.search(module.api_name, records, **chosen)
    return rendered_page(request, store, found)


def record_notes(request: ApiRequest) -> Reply:
    """``GET /{module}/{record_id}/Notes``: the notes of a record, newest first, paged; 204 when it
    has none."""
    store = _reads(request)
    module = path_module(request)
    rec = path_record(request, module)
    notes = store.notes_of(rec)
    notes.sort(key=lambda n: (n.created, n.id), reverse=True)
    return rendered_page(request, store, notes)

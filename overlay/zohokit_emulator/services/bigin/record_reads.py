"""Zoho Bigin handlers of the reads only Bigin has on top of the shared record operations: the
records of a related list (``GET /{module}/{record_id}/{related_list}``) and every note of the
org (``GET /Notes``). A record's own notes are the shared ``record_notes`` handler."""

from __future__ import annotations

from ...core.http import ApiRequest, Reply, not_modified
from ..records.handlers import path_record, rendered_page
from ..records.requests import modified_since
from .models import BiginStore


def _store(request: ApiRequest) -> BiginStore:
    store: BiginStore = request.state
    return store


def get_related_records(request: ApiRequest) -> Reply:
    """The records of a contact's, deal's, company's or product's related list, paged; 204 when
    it has none; 304 when none changed since ``If-Modified-Since``; 404 ``INVALID_URL_PATTERN``
    for a related list the module does not have."""
    store = _store(request)
    module = store.path_module(request.path_params["module_api_name"])
    rec = path_record(request, module)
    records = store.related_records(module.api_name, rec, request.path_params["related_list_api_name"])
    since = modified_since(request)
    if since is not None:
        records = [r for r in records if r.modified > since]
        if not records:
            return not_modified()
    return rendered_page(request, store, records)


def list_notes(request: ApiRequest) -> Reply:
    """``GET /Notes``: every note of the org, newest first, paged; 204 when there is none."""
    store = _store(request)
    notes = sorted(store.records["Notes"].values(), key=lambda n: (n.created, n.id), reverse=True)
    return rendered_page(request, store, notes)

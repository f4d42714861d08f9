"""Handlers of notes, at /Notes and under a record."""

from __future__ import annotations

from ....core.errors import invalid_data, invalid_module, invalid_path_id
from ....core.http import ApiRequest, Reply, not_modified
from ..models import Record
from .common import (
    ids_param,
    modified_since,
    records_page,
    request_record,
    store_of,
    write_items,
    write_results,
)


def _notes_reply(request: ApiRequest, notes: list[Record]) -> Reply:
    store = store_of(request)
    since = modified_since(request)
    if since is not None:
        notes = [n for n in notes if n.modified > since]
        if not notes:
            return not_modified()
    sort_by = request.arg("sort_by")
    order = (request.arg("sort_order") or "desc").lower()
    notes = store.sort(notes, sort_by or "Modified_Time", order != "asc")
    return records_page(request, store, notes)


def list_notes(request: ApiRequest) -> Reply:
    return _notes_reply(request, list(store_of(request).records["Notes"].values()))


def create_notes(request: ApiRequest) -> Reply:
    items = write_items(request)
    outcomes = store_of(request).create_notes(items, request.user_id)
    return write_results(outcomes, "record added", 201)


def update_notes(request: ApiRequest) -> Reply:
    items = write_items(request)
    outcomes = store_of(request).update("Notes", items, request.user_id)
    return write_results(outcomes, "record updated", 200)


def delete_notes(request: ApiRequest) -> Reply:
    ids = ids_param(request)
    outcomes = store_of(request).delete("Notes", ids, request.user_id)
    return write_results(outcomes, "record deleted", 200)


def get_record_notes(request: ApiRequest) -> Reply:
    store = store_of(request)
    rec = request_record(request)
    if rec.module == "Notes":
        raise invalid_module()
    return _notes_reply(request, store.related_records(rec, store.related_def(rec.module, "Notes")))


def create_record_notes(request: ApiRequest) -> Reply:
    store = store_of(request)
    rec = request_record(request)
    if rec.module == "Notes":
        raise invalid_module()
    items = write_items(request)
    outcomes = store.create_notes(items, request.user_id, parent=rec)
    return write_results(outcomes, "record added", 201)


def _note_of(request: ApiRequest, rec: Record) -> Record:
    store = store_of(request)
    note_id = request.path_params["note_id"]
    note = store.records["Notes"].get(note_id)
    parent = note.values.get("Parent_Id") if note else None
    if note is None or parent is None or parent.id != rec.id:
        raise invalid_path_id(note_id, 3)
    return note


def update_record_note(request: ApiRequest) -> Reply:
    store = store_of(request)
    rec = request_record(request)
    note = _note_of(request, rec)
    items = request.json_list("data")
    if len(items) != 1:
        raise invalid_data("invalid data", api_name="data", expected_data_type="jsonarray")
    item = items[0]
    if isinstance(item, dict):
        item = {k: v for k, v in item.items() if k not in ("Parent_Id", "se_module", "$se_module")}
    outcomes = store.update("Notes", [item], request.user_id, ids=[note.id])
    return write_results(outcomes, "record updated", 200)


def delete_record_note(request: ApiRequest) -> Reply:
    store = store_of(request)
    rec = request_record(request)
    note = _note_of(request, rec)
    outcomes = store.delete("Notes", [note.id], request.user_id)
    return write_results(outcomes, "record deleted", 200)

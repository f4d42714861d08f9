"""The record routes every service that keeps records answers alike (CRM, Recruit, Bigin).

Each service's route table adds these to its own routes. The writes are always the shared
handlers; a service whose reads differ (the CRM reads through its cache) passes its own list, get
and search handlers.
"""

from __future__ import annotations

from ...core.routing import Handler, Route, delete, get, post, put
from . import handlers

RECORDS = "/{module_api_name}"
RECORD = "/{module_api_name}/{record_id}"


def record_routes(
    *,
    list_records: Handler = handlers.list_records,
    get_record: Handler = handlers.get_record,
    search_records: Handler = handlers.search_records,
) -> list[Route]:
    """List, search, insert, update, upsert and delete a module's records, and read, update and
    delete one record; request bodies are validated per item of ``data``."""
    return [
        get(RECORDS, list_records),
        post(RECORDS, handlers.insert_records, per_item_key="data"),
        put(RECORDS, handlers.update_records, per_item_key="data"),
        delete(RECORDS, handlers.delete_records, validate_params=False),
        post(RECORDS + "/upsert", handlers.upsert_records, per_item_key="data"),
        get(RECORDS + "/search", search_records),
        get(RECORD, get_record),
        put(RECORD, handlers.update_record, per_item_key="data"),
        delete(RECORD, handlers.delete_record),
    ]

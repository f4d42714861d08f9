"""Routes of Zoho Bigin v1, at its real base path ``/bigin/v1``.

The records operations are the shared record handlers (``records/handlers.py``) over the Bigin
store. OAuth scopes and API credits are not set here: each route takes them from its operation in
the Bigin spec (its ``security``), like every service's routes.
"""

from __future__ import annotations

from ...core.routing import Service, delete, get, post, put
from ..records import handlers as records
from . import record_reads, responses
from .models import BiginStore

RECORDS = "/{module_api_name}"
RECORD = "/{module_api_name}/{record_id}"
RELATED = RECORD + "/{related_list_api_name}"

SERVICE = Service(
    name="bigin",
    base="/bigin/v1",
    api="bigin",
    store=BiginStore,
    routes=[
        get(RECORDS, records.list_records),
        post(RECORDS, records.insert_records, per_item_key="data"),
        put(RECORDS, records.update_records, per_item_key="data"),
        delete(RECORDS, records.delete_records, validate_params=False),
        post(RECORDS + "/upsert", records.upsert_records, per_item_key="data"),
        get(RECORDS + "/search", records.search_records),
        get("/Notes", record_reads.list_notes),
        get(RECORD, records.get_record),
        put(RECORD, records.update_record, per_item_key="data"),
        delete(RECORD, records.delete_record),
        get(RECORD + "/Notes", records.record_notes),
        get(RELATED, record_reads.get_related_records),
        put(RELATED, responses.update_related_records),
        put(RELATED + "/{related_record_id}", responses.update_related_record),
    ],
    control_routes=[get("/_emulator/bigin/relations", responses.list_relations)],
)

"""Routes of Zoho Bigin v1, at its real base path ``/bigin/v1``.

The records operations are the shared record handlers (``records/handlers.py``) over the Bigin
store. OAuth scopes and API credits are not set here: each route takes them from its operation in
the Bigin spec (its ``security``), like every service's routes.
"""

from __future__ import annotations

from ...core.routing import Service, get, put
from ..records import handlers as records
from ..records.urls import RECORD, record_routes
from . import record_reads, responses
from .models import BiginStore

RELATED = RECORD + "/{related_list_api_name}"

SERVICE = Service(
    name="bigin",
    base="/bigin/v1",
    api="bigin",
    store=BiginStore,
    routes=[
        *record_routes(),
        get("/Notes", record_reads.list_notes),
        get(RECORD + "/Notes", records.record_notes),
        get(RELATED, record_reads.get_related_records),
        put(RELATED, responses.update_related_records),
        put(RELATED + "/{related_record_id}", responses.update_related_record),
    ],
    control_routes=[get("/_emulator/bigin/relations", responses.list_relations)],
)

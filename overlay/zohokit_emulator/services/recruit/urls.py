"""Routes of Zoho Recruit v2, at its real base path ``/recruit/v2``.

The records operations are the shared record handlers (``records/handlers.py``) over the Recruit
store. OAuth scopes and API credits are not set here: each route takes them from its operation in
the Recruit spec (its ``security``), like every service's routes.
"""

from __future__ import annotations

from ...core.routing import Service, delete, get, patch, post, put
from ..records import handlers as records
from . import responses
from .models import RecruitStore

RECORDS = "/{module_api_name}"
RECORD = "/{module_api_name}/{record_id}"

SERVICE = Service(
    name="recruit",
    base="/recruit/v2",
    api="recruit",
    store=RecruitStore,
    routes=[
        get(RECORDS, records.list_records),
        post(RECORDS, records.insert_records, per_item_key="data"),
        put(RECORDS, records.update_records, per_item_key="data"),
        delete(RECORDS, records.delete_records, validate_params=False),
        post(RECORDS + "/upsert", records.upsert_records, per_item_key="data"),
        get(RECORDS + "/search", records.search_records),
        get(RECORD, records.get_record),
        put(RECORD, records.update_record, per_item_key="data"),
        delete(RECORD, records.delete_record),
        get(RECORD + "/associate", responses.get_associated_records),
        put("/Submissions/{record_id}/actions/status", responses.change_submission_status, per_item_key="data"),
    ],
    control_routes=[
        get("/_emulator/recruit/settings", responses.get_settings),
        patch("/_emulator/recruit/settings", responses.change_settings),
    ],
)

"""Routes of Zoho Recruit v2, at its real base path ``/recruit/v2``.

The records operations are the shared record handlers (``records/handlers.py``) over the Recruit
store. OAuth scopes and API credits are not set here: each route takes them from its operation in
the Recruit spec (its ``security``), like every service's routes.
"""

from __future__ import annotations

from ...core.routing import Service, get, patch, put
from ..records.urls import RECORD, record_routes
from . import responses
from .models import RecruitStore

SERVICE = Service(
    name="recruit",
    base="/recruit/v2",
    api="recruit",
    store=RecruitStore,
    routes=[
        *record_routes(),
        get(RECORD + "/associate", responses.get_associated_records),
        put("/Submissions/{submission_id}/actions/status", responses.change_submission_status, per_item_key="data"),
    ],
    control_routes=[
        get("/_emulator/recruit/settings", responses.get_settings),
        patch("/_emulator/recruit/settings", responses.change_settings),
    ],
)

"""Routes of Zoho Recruit v2, at its real base path ``/recruit/v2``."""

from __future__ import annotations

from ...core.routing import Service, get, patch, put
from . import responses
from .models import RecruitStore

SERVICE = Service(
    name="recruit",
    base="/recruit/v2",
    api="recruit",
    store=RecruitStore,
    routes=[
        get("/{module_api_name}/{record_id}/associate", responses.get_associated_records),
        put("/Submissions/{record_id}/actions/status", responses.change_submission_status, per_item_key="data"),
    ],
    control_routes=[
        get("/_emulator/recruit/settings", responses.get_settings),
        patch("/_emulator/recruit/settings", responses.change_settings),
    ],
)

"""Routes of Zoho Bigin v1, at its real base path ``/bigin/v1``."""

from __future__ import annotations

from ...core.routing import Service, get, put
from . import responses
from .models import BiginStore

SERVICE = Service(
    name="bigin",
    base="/bigin/v1",
    api="bigin",
    store=BiginStore,
    routes=[
        put(
            "/{module_api_name}/{record_id}/{related_list_api_name}",
            responses.update_related_records,
        ),
        put(
            "/{module_api_name}/{record_id}/{related_list_api_name}/{related_record_id}",
            responses.update_related_record,
        ),
    ],
    control_routes=[get("/_emulator/bigin/relations", responses.list_relations)],
)

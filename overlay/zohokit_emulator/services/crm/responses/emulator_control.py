"""CRM control routes under ``/_emulator/crm``: the org logo, synthetic records, stopping a record's processing."""

from __future__ import annotations

from ....core.errors import ZohoError, invalid_data, mandatory_not_found
from ....core.http import ApiRequest, Reply, ok
from .common import (
    store_of,
)

MAX_SEED = 1_000_000
"""At most this many synthetic records per ``POST /_emulator/crm/seed``."""


def stop_processing(request: ApiRequest) -> Reply:
    """``POST /_emulator/crm/{module}/{id}/stop_processing``: mark a record GDPR ``$stop_processing``."""
    store = store_of(request)
    rec = store.record(request.path_params["module_api_name"], request.path_params["record_id"])
    body = request.json if isinstance(request.json, dict) else {}
    rec.stop_processing = bool(body.get("stop", True))
    return ok({"id": rec.id, "$stop_processing": rec.stop_processing})


def seed_records(request: ApiRequest) -> Reply:
    """``POST /_emulator/crm/seed``: ``{"module": "Leads", "count": 200000, "record": {...}}`` inserts
    ``count`` synthetic records at once (for load tests and benchmarks); see ``CrmStore.seed_synthetic``."""
    body = request.json_object(required_key="module")
    module = body.get("module")
    if not isinstance(module, str) or not module:
        raise mandatory_not_found("module")
    count = body.get("count")
    if isinstance(count, bool) or not isinstance(count, int) or not 1 <= count <= MAX_SEED:
        raise invalid_data(f"count must be an integer from 1 to {MAX_SEED}", api_name="count")
    template = body.get("record", {})
    if not isinstance(template, dict):
        raise invalid_data("record must be a JSON object", api_name="record", expected_data_type="jsonobject")
    store = store_of(request)
    if module not in store.modules:
        raise ZohoError(400, "INVALID_MODULE", "the module name given seems to be invalid", {"api_name": "module"})
    ids = store.seed_synthetic(module, count, template)
    return ok({"module": module, "count": len(ids), "first_id": ids[0], "last_id": ids[-1]}, status=201)

"""Handler of lead conversion."""

from __future__ import annotations

from ....core.errors import invalid_data
from ....core.http import ApiRequest, Reply, ok
from .common import (
    store_of,
)


def convert_lead(request: ApiRequest) -> Reply:
    store = store_of(request)
    lead = store.record("Leads", request.path_params["record_id"])
    items = request.json_list("data")
    if len(items) != 1:
        raise invalid_data("exactly one conversion per request", api_name="data", expected_data_type="jsonarray")
    spec = items[0]
    if not isinstance(spec, dict):
        raise invalid_data("invalid data", api_name="data", expected_data_type="jsonobject", index=0)
    result = store.convert_lead(lead, spec, request.user_id)
    return ok({"data": [result]})

"""What every CRM handler shares: the store, the module and record a path names, paging,
id lists, write bodies and results, a page of records, and the API credits a request costs.
"""

from __future__ import annotations

import math
import re
from typing import Any

from ....core.clock import parse_time
from ....core.errors import invalid_data, limit_exceeded, required_param_missing
from ....core.http import ApiRequest, Reply, encoded_json, ok
from .. import listing, serializers
from ..models import CrmStore, Record, WriteOutcome

MAX_WRITE = 100
MAX_IDS = 100
MAX_PER_PAGE = 200
IDS_RE = re.compile(r"^[0-9]+(,[0-9]+)*$")


def store_of(request: ApiRequest) -> CrmStore:
    store: CrmStore = request.backend.store("crm")
    return store


def request_module(request: ApiRequest, name: str | None = None, index: int = 0) -> Any:
    return store_of(request).module(name or request.path_params["module_api_name"], index)


def request_record(request: ApiRequest, module_name: str | None = None) -> Record:
    store = store_of(request)
    module = request_module(request, module_name)
    record_id = request.path_params["record_id"]
    return store.record(module.api_name, record_id)


def paging(request: ApiRequest) -> tuple[int, int]:
    page = request.arg_int("page", 1, minimum=1)
    per_page = request.arg_int("per_page", MAX_PER_PAGE, minimum=1, maximum=MAX_PER_PAGE)
    assert page is not None and per_page is not None
    return page, per_page


def page_slice(items: list[Any], page: int, per_page: int) -> tuple[list[Any], dict[str, Any]]:
    start = (page - 1) * per_page
    chunk = items[start : start + per_page]
    return chunk, serializers.page_info(page, per_page, len(chunk), start + per_page < len(items))


def modified_since(request: ApiRequest) -> float | None:
    header = request.headers.get("if-modified-since")
    if not header:
        return None
    parsed = parse_time(header)
    if parsed is None:
        try:
            from email.utils import parsedate_to_datetime

            parsed = parsedate_to_datetime(header)
        except (TypeError, ValueError):
            return None
    return parsed.timestamp()


def ids_param(request: ApiRequest, name: str = "ids", limit: int = MAX_IDS) -> list[str]:
    raw = request.arg(name)
    if raw is None or not raw.strip():
        raise required_param_missing(name)
    parts = [p.strip() for p in raw.split(",") if p.strip()]
    if not parts or not all(p.isdigit() for p in parts):
        raise invalid_data("invalid data", param=name, api_name=name)
    if len(parts) > limit:
        raise limit_exceeded(name, limit, f"at most {limit} ids are allowed")
    return list(dict.fromkeys(parts))


def write_items(request: ApiRequest) -> list[Any]:
    items = request.json_list("data")
    if not items:
        raise invalid_data("invalid data", api_name="data", expected_data_type="jsonarray")
    if len(items) > MAX_WRITE:
        raise limit_exceeded("data", MAX_WRITE, f"at most {MAX_WRITE} records can be written at once")
    return items


def write_credits(request: ApiRequest) -> int:
    """Inserts, updates and upserts cost 1 credit per 10 records."""
    body = request.json
    if isinstance(body, dict) and isinstance(body.get("data"), list):
        return max(1, math.ceil(len(body["data"]) / 10))
    return 1


def tag_credits(request: ApiRequest) -> int:
    """Tagging several records costs 1 credit per 50 records."""
    ids = request.arg_list("ids") or []
    return max(1, math.ceil(len(ids) / 50))


def list_credits(request: ApiRequest) -> int:
    return 3 if request.arg("cvid") else 1


def write_results(outcomes: list[WriteOutcome], message: str, ok_status: int) -> Reply:
    data = [serializers.outcome(o, message) for o in outcomes]
    status = ok_status if all(o.error is None for o in outcomes) else 202
    return ok({"data": data}, status=status)


def fields_param(request: ApiRequest) -> list[str] | None:
    return request.arg_list("fields")


def visibility(request: ApiRequest) -> tuple[str, str]:
    """``converted`` and ``approved`` of a list (``CrmStore.visible``): true, false or both."""
    return tri_state(request, "converted", "false"), tri_state(request, "approved", "true")


def tri_state(request: ApiRequest, name: str, default: str) -> str:
    raw = request.arg(name)
    if raw is None or raw == "":
        return default
    value = raw.strip().lower()
    if value not in ("true", "false", "both"):
        raise invalid_data("invalid data", param=name, api_name=name)
    return value


def records_page(store: CrmStore, chunk: list[Record], info: dict[str, Any], fields: list[str] | None) -> Reply:
    """``{"data": [records], "info": info}`` joined from the records' cached JSON."""
    return encoded_json(listing.records_body((store.cache.record_json(r, fields) for r in chunk), info))


def setup_time(request: ApiRequest) -> float:
    """When the org's metadata (modules, layouts, users, profiles) was last changed: 30 days before
    the clock, so ``If-Modified-Since`` after it answers 304."""
    return request.backend.clock.timestamp() - 86400 * 30

"""What record handlers read from a request, the same for every record-keeping service: paging,
``If-Modified-Since``, ``converted``/``approved``, id lists, write bodies (at most 100 records), ``fields``, and how a
multi-record write answers.
"""

from __future__ import annotations

import re
from email.utils import parsedate_to_datetime
from typing import Any

from ...core.clock import parse_time
from ...core.errors import invalid_data, limit_exceeded, required_param_missing
from ...core.http import ApiRequest, Reply, ok
from . import rendering
from .state import WriteOutcome

MAX_WRITE = 100
"""Records one insert, update or upsert takes."""
MAX_IDS = 100
"""Ids one delete takes."""
MAX_PER_PAGE = 200
IDS_RE = re.compile(r"^[0-9]+(,[0-9]+)*$")


def paging(request: ApiRequest) -> tuple[int, int]:
    page = request.arg_int("page", 1, minimum=1)
    per_page = request.arg_int("per_page", MAX_PER_PAGE, minimum=1, maximum=MAX_PER_PAGE)
    assert page is not None and per_page is not None
    return page, per_page


def page_slice(items: list[Any], page: int, per_page: int) -> tuple[list[Any], dict[str, Any]]:
    start = (page - 1) * per_page
    chunk = items[start : start + per_page]
    return chunk, rendering.page_info(page, per_page, len(chunk), start + per_page < len(items))


def modified_since(request: ApiRequest) -> float | None:
    header = request.headers.get("if-modified-since")
    if not header:
        return None
    parsed = parse_time(header)
    if parsed is None:
        try:
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


def json_items(request: ApiRequest, key: str) -> list[Any]:
    """``body[key]``, a JSON array that must hold at least one item (400 INVALID_DATA naming ``key``)."""
    items = request.json_list(key)
    if not items:
        raise invalid_data("invalid data", api_name=key, expected_data_type="jsonarray")
    return items


def one_json_object(request: ApiRequest, key: str) -> dict[str, Any]:
    """The one JSON object of the array ``body[key]`` (a single-item update); 400 INVALID_DATA naming
    ``key`` for an array of any other length or an item that is not an object."""
    items = request.json_list(key)
    if len(items) != 1 or not isinstance(items[0], dict):
        raise invalid_data("invalid data", api_name=key, expected_data_type="jsonarray")
    return items[0]


def write_items(request: ApiRequest) -> list[Any]:
    """The records of ``data``: one to ``MAX_WRITE`` (400 LIMIT_EXCEEDED beyond)."""
    items = json_items(request, "data")
    if len(items) > MAX_WRITE:
        raise limit_exceeded("data", MAX_WRITE, f"at most {MAX_WRITE} records can be written at once")
    return items


def write_results(outcomes: list[WriteOutcome], message: str, ok_status: int) -> Reply:
    """``{"data": [one result per record]}``: ``ok_status`` when every record succeeded, else 202."""
    data = [rendering.outcome(o, message) for o in outcomes]
    status = ok_status if all(o.error is None for o in outcomes) else 202
    return ok({"data": data}, status=status)


def upsert_results(outcomes: list[WriteOutcome]) -> Reply:
    """202 when a record failed, else 201 when one was inserted, else 200."""
    data = [rendering.upsert_outcome(o) for o in outcomes]
    if any(o.error is not None for o in outcomes):
        status = 202
    elif any(o.action == "insert" for o in outcomes):
        status = 201
    else:
        status = 200
    return ok({"data": data}, status=status)


def fields_param(request: ApiRequest) -> list[str] | None:
    return request.arg_list("fields")


def visibility(request: ApiRequest) -> tuple[str, str]:
    """``converted`` and ``approved`` of a list (``RecordWrites.visible``): true, false or both."""
    return tri_state(request, "converted", "false"), tri_state(request, "approved", "true")


def tri_state(request: ApiRequest, name: str, default: str) -> str:
    raw = request.arg(name)
    if raw is None or raw == "":
        return default
    value = raw.strip().lower()
    if value not in ("true", "false", "both"):
        raise invalid_data("invalid data", param=name, api_name=name)
    return value

"""Field values: checking what a client sends against the field's metadata, and storing it.

``coerce(field, value, resolver)`` returns the value to store or raises ``ZohoError``
(``INVALID_DATA`` with ``api_name`` and ``expected_data_type`` or ``maximum_length``, like Zoho's
per-record errors). Stored forms: strings for text-like fields, dates (``yyyy-MM-dd``),
date-times (ISO 8601 with offset) and long integers; ``int`` for integers; numbers for
double/currency/percent; ``bool``; a list of strings for multi-select picklists; a ``Link``
(id and module) for lookups; a user id for owner lookups; a list of row dicts for subforms.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Protocol

from ...core.clock import parse_iso_time
from ...core.errors import ZohoError, invalid_data
from ...core.http import normalize_id
from .metadata import FieldDef

EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
BIGINT_RE = re.compile(r"^-?\d{1,18}$")

EXPECTED_TYPES = {
    "integer": "integer",
    "bigint": "bigint",
    "double": "double",
    "currency": "double",
    "percent": "double",
    "boolean": "boolean",
    "date": "date",
    "datetime": "datetime",
    "lookup": "jsonobject",
    "ownerlookup": "jsonobject",
    "multiselectpicklist": "jsonarray",
    "subform": "jsonarray",
    "email": "email",
    "website": "website",
}


@dataclass(frozen=True)
class Link:
    """A stored lookup: the target record's id and module."""

    id: str
    module: str


class Resolver(Protocol):
    def find_record(self, record_id: str, module: str | None) -> tuple[str, Any] | None: ...

    def user_exists(self, user_id: str, active_only: bool = True) -> bool: ...

    def new_row_id(self) -> str: ...


MAX_JSON_ID = 2**63 - 1
"""The largest id a JSON integer can give: Zoho's ids are Java longs."""


def wire_id(value: Any) -> str | None:
    """The id ``value`` gives, as a string: a string of 1 to 19 digits, or a JSON integer from 0
    to ``MAX_JSON_ID``; None for anything else (a float, a boolean, a longer number...)."""
    if isinstance(value, int) and not isinstance(value, bool) and value > MAX_JSON_ID:
        return None
    normalized = normalize_id(value)
    return normalized if normalized is not None and len(normalized) <= 19 else None


def invalid(field: FieldDef, **details: Any) -> ZohoError:
    expected = EXPECTED_TYPES.get(field.data_type, "text")
    body = {"expected_data_type": expected, "api_name": field.api_name}
    body.update(details)
    return ZohoError(202, "INVALID_DATA", "invalid data", body)


def parse_datetime(value: str) -> datetime | None:
    """A date-time field's value: an ISO 8601 timestamp with its offset (a naive one is refused)."""
    parsed = parse_iso_time(value)
    return parsed if parsed is not None and parsed.tzinfo is not None else None


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def coerce(field: FieldDef, value: Any, resolver: Resolver, se_module: str | None = None) -> Any:
    """The stored form of ``value`` for ``field`` (None clears the field)."""
    if value is None:
        return None
    kind = field.data_type
    if kind in ("text", "textarea", "phone", "picklist", "autonumber", "profileimage", "website", "email"):
        if _is_number(value) and kind in ("text", "phone", "picklist"):
            value = str(value)
        if not isinstance(value, str):
            raise invalid(field)
        if len(value) > field.max_length:
            raise invalid_data(status_code=202, api_name=field.api_name, maximum_length=field.max_length)
        if kind == "email" and value and not EMAIL_RE.match(value):
            raise invalid(field)
        return value
    if kind == "multiselectpicklist":
        if isinstance(value, str):
            value = [v for v in value.split(";") if v]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise invalid(field)
        return list(value)
    if kind == "integer":
        if isinstance(value, str) and re.fullmatch(r"-?\d+", value.strip()):
            value = int(value.strip())
        if not isinstance(value, int) or isinstance(value, bool) or abs(value) > 2**31 - 1:
            raise invalid(field)
        return value
    if kind == "bigint":
        if isinstance(value, int) and not isinstance(value, bool):
            value = str(value)
        if not isinstance(value, str) or not BIGINT_RE.match(value.strip()):
            raise invalid(field)
        return value.strip()
    if kind in ("double", "currency", "percent"):
        if isinstance(value, str):
            try:
                value = float(value) if "." in value else int(value)
            except ValueError:
                raise invalid(field) from None
        if not _is_number(value) or value != value or value in (float("inf"), float("-inf")):
            raise invalid(field)
        return value
    if kind == "boolean":
        if isinstance(value, str) and value.lower() in ("true", "false"):
            return value.lower() == "true"
        if not isinstance(value, bool):
            raise invalid(field)
        return value
    if kind == "date":
        if not isinstance(value, str) or not DATE_RE.match(value):
            raise invalid(field)
        try:
            date.fromisoformat(value)
        except ValueError:
            raise invalid(field) from None
        return value
    if kind == "datetime":
        if not isinstance(value, str):
            raise invalid(field)
        parsed = parse_datetime(value)
        if parsed is None:
            raise invalid(field)
        return parsed.replace(microsecond=0).isoformat()
    if kind == "ownerlookup":
        user_id = normalize_id(value.get("id") if isinstance(value, dict) else value)
        if user_id is None:
            raise invalid(field)
        if not resolver.user_exists(user_id):
            raise invalid_data(status_code=202, api_name=field.api_name, id=user_id, expected_data_type="jsonobject")
        return user_id
    if kind == "lookup":
        record_id = normalize_id(value.get("id") if isinstance(value, dict) else value)
        if record_id is None:
            raise invalid(field)
        target = None if field.lookup_module == "*" else field.lookup_module
        if target is None and se_module:
            target = se_module
        found = resolver.find_record(record_id, target)
        if found is None:
            raise invalid_data(
                "the related id given seems to be invalid",
                status_code=202,
                api_name=field.api_name,
                id=record_id,
                expected_data_type="jsonobject",
            )
        return Link(record_id, found[0])
    if kind == "subform":
        if not isinstance(value, list) or not all(isinstance(row, dict) for row in value):
            raise invalid(field)
        rows = []
        for row in value:
            stored = dict(row)
            row_id = normalize_id(stored.get("id"))
            stored["id"] = row_id or resolver.new_row_id()
            rows.append(stored)
        return rows
    return value

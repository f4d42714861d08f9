"""The JSON Schemas of the control routes' bodies (``/_emulator/...``), and their check.

Every control route's body is checked here by the dispatcher before its handler runs: the body,
when there is one, must be a JSON object whose keys the route knows (an unknown or misspelt key is
a 400 ``INVALID_DATA`` naming it, never silently dropped) and whose values have the documented
type and range. A control route missing from ``SCHEMAS`` takes no body keys at all.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from jsonschema import Draft202012Validator  # type: ignore[import-untyped]
from jsonschema.exceptions import ValidationError  # type: ignore[import-untyped]

from .errors import ZohoError, invalid_data, mandatory_not_found
from .faults import CODE_RE, MAX_FAULT_COUNT, MAX_FAULT_MESSAGE, MAX_RETRY_AFTER
from .http import MISSING
from .settings import SETTING_BOUNDS, Settings

MAX_CLOCK_ADVANCE = 100 * 366 * 24 * 3600
"""Seconds one ``POST /_emulator/clock`` may move the clock, either way (about a century)."""
SHORT_TEXT = {"type": "string", "maxLength": 1000}
ID_TEXT = {"type": "string", "maxLength": 200}


def _object(properties: dict[str, Any], required: tuple[str, ...] = ()) -> dict[str, Any]:
    return {"type": "object", "properties": properties, "required": list(required), "additionalProperties": False}


def _nullable(schema: dict[str, Any]) -> dict[str, Any]:
    return {"anyOf": [schema, {"type": "null"}]}


def _settings_schema() -> dict[str, Any]:
    """Each setting of ``settings.Settings``: a number from 0 to its bound, or null where the setting
    may be off."""
    properties: dict[str, Any] = {}
    for known in dataclasses.fields(Settings):
        number = {"type": "number", "minimum": 0, "maximum": SETTING_BOUNDS[known.name]}
        properties[known.name] = _nullable(number) if "None" in str(known.type) else number
    return _object(properties)


FAULT = _object(
    {
        "status": {"type": "integer", "minimum": 400, "maximum": 599},
        "count": _nullable({"type": "integer", "minimum": 1, "maximum": MAX_FAULT_COUNT}),
        "path_prefix": {"type": "string", "maxLength": 2048, "pattern": r"^(/[^\x00-\x20\x7f]*)?$"},
        "method": _nullable({"type": "string", "pattern": r"^[A-Za-z]{1,16}$"}),
        "retry_after": _nullable({"type": "integer", "minimum": 0, "maximum": MAX_RETRY_AFTER}),
        "code": _nullable({"type": "string", "pattern": "^" + CODE_RE.pattern + "$"}),
        "message": _nullable({"type": "string", "maxLength": MAX_FAULT_MESSAGE}),
    },
    required=("status",),
)
CLOCK = _object(
    {
        "advance": {"type": "number", "minimum": -MAX_CLOCK_ADVANCE, "maximum": MAX_CLOCK_ADVANCE},
        "set": {"type": "string", "maxLength": 64},
        "freeze": {"type": "boolean"},
        "reset": {"type": "boolean"},
    }
)

SCHEMAS: dict[tuple[str, str], dict[str, Any]] = {
    ("POST", "/_emulator/clock"): CLOCK,
    ("PATCH", "/_emulator/settings"): _settings_schema(),
    ("POST", "/_emulator/faults"): FAULT,
    ("POST", "/_emulator/tokens"): _object(
        {
            "user_id": _nullable(ID_TEXT),
            "client_id": _nullable(ID_TEXT),
            "scope": _nullable({"anyOf": [SHORT_TEXT, {"type": "array", "items": SHORT_TEXT, "maxItems": 1000}]}),
        }
    ),
    ("POST", "/_emulator/clients"): _object(
        {
            "client_id": ID_TEXT,
            "client_secret": ID_TEXT,
            "name": _nullable(SHORT_TEXT),
            "redirect_uris": _nullable(
                {"type": "array", "items": {"type": "string", "maxLength": 2048}, "maxItems": 100}
            ),
        }
    ),
    ("POST", "/_emulator/crm/seed"): _object(
        {
            "module": {"type": "string", "maxLength": 100},
            "count": {"type": "integer"},
            "record": {"type": "object"},
        }
    ),
    ("POST", "/_emulator/crm/{module_api_name}/{record_id}/stop_processing"): _object({"stop": {"type": "boolean"}}),
    ("POST", "/_emulator/connect/tokens"): _object({"client_id": _nullable(ID_TEXT), "user": _nullable(ID_TEXT)}),
    ("PATCH", "/_emulator/connect/settings"): _object(
        {
            "verification_seconds": {"type": "number", "minimum": 0, "maximum": 10 * 366 * 24 * 3600},
            "requests_per_minute": _nullable({"type": "integer", "minimum": 0, "maximum": 1_000_000_000}),
            "requests_per_second": _nullable({"type": "integer", "minimum": 0, "maximum": 1_000_000_000}),
        }
    ),
    ("PATCH", "/_emulator/recruit/settings"): _object({"edition": {"type": "string", "maxLength": 100}}),
}
"""Body schema per (method, route template). Handlers still check what a schema cannot say (an
existing user, module or client; a parseable date-time)."""

NO_KEYS = _object({})
_VALIDATORS = {key: Draft202012Validator(schema) for key, schema in SCHEMAS.items()}
_NO_KEYS_VALIDATOR = Draft202012Validator(NO_KEYS)


def _refusal(error: ValidationError, body: dict[str, Any], known: dict[str, Any]) -> ZohoError:
    if error.validator == "additionalProperties" and not error.path:
        unknown = sorted(key for key in body if key not in known)
        name = unknown[0] if unknown else "body"
        return invalid_data(f"unknown key {name!r}", api_name=name)
    if error.validator == "required":
        missing = next((key for key in known if key not in body), "body")
        return mandatory_not_found(missing)
    name = str(error.path[0]) if error.path else "body"
    return invalid_data(f"{name} is not valid: {error.message}"[:300], api_name=name)


def check_body(method: str, template: str, body: Any) -> None:
    """Raise 400 unless ``body`` (a parsed JSON body, or ``MISSING``) fits the route's schema."""
    if body is MISSING:
        return
    if not isinstance(body, dict):
        raise invalid_data("expected a JSON object", expected_data_type="jsonobject")
    key = (method.upper(), template)
    validator = _VALIDATORS.get(key, _NO_KEYS_VALIDATOR)
    schema = SCHEMAS.get(key, NO_KEYS)
    errors = sorted(validator.iter_errors(body), key=lambda e: (len(e.path), str(e.path)))
    if errors:
        raise _refusal(errors[0], body, schema["properties"])

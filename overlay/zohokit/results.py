"""Per-record results of Zoho multi-record writes (insert, update, upsert, delete, tag, ...).

Zoho answers a write of N records with one result per record, in input order::

    {"data": [{"code": "SUCCESS", "status": "success", "message": "record added",
               "details": {"id": "4150868000001234001", ...}},
              {"code": "INVALID_DATA", "status": "error", "message": "invalid data",
               "details": {"api_name": "Email"}}]}

with HTTP 200/201 when all succeeded and 202 when some failed (400 when a single-record write
failed). Recruit nests the list one level deeper (``{"data": [[{...}]]}``); some settings APIs use
another key (``users``, ``watch``, ``variables``). :func:`record_results` reads all of these and
never returns ``None``: a body that is not a per-record body raises.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from .errors import (
    ResponseLike,
    UnexpectedResponseError,
    api_error,
    parse_json_body,
    request_of,
)

DEFAULT_RESULTS_KEY = "data"


@dataclass(frozen=True)
class RecordResult:
    """The outcome of one record of a write.

    ``ok`` is true when Zoho reported ``status: success`` (or, without a status, ``code:
    SUCCESS``); ``id`` is ``details.id`` as a string when present; ``raw`` is the item as sent.
    """

    index: int
    ok: bool
    code: str | None
    message: str | None
    status: str | None
    details: Mapping[str, Any]
    id: str | None
    raw: Mapping[str, Any] = field(repr=False)


def _flatten(items: Sequence[Any]) -> list[Any]:
    flat: list[Any] = []
    for item in items:
        if isinstance(item, list):
            flat.extend(_flatten(item))
        else:
            flat.append(item)
    return flat


def _is_result_item(item: Any) -> bool:
    return isinstance(item, Mapping) and ("code" in item or "status" in item)


def _result_list(body: Any, key: str | None) -> list[Any] | None:
    if not isinstance(body, Mapping):
        return None
    if key is not None:
        keys = [key]
    elif DEFAULT_RESULTS_KEY in body:
        keys = [DEFAULT_RESULTS_KEY]
    else:
        keys = [k for k, v in body.items() if isinstance(v, list)]
    candidates = []
    for k in keys:
        value = body.get(k)
        if isinstance(value, list):
            flat = _flatten(value)
            if all(_is_result_item(item) for item in flat):
                candidates.append(flat)
    return candidates[0] if len(candidates) == 1 else None


def _to_result(index: int, item: Mapping[str, Any]) -> RecordResult:
    status = item.get("status")
    code = item.get("code")
    raw_details = item.get("details")
    details: Mapping[str, Any] = raw_details if isinstance(raw_details, Mapping) else {}
    record_id = details.get("id")
    ok = status == "success" if status is not None else code == "SUCCESS"
    message = item.get("message")
    return RecordResult(
        index=index,
        ok=ok,
        code=None if code is None else str(code),
        message=None if message is None else str(message),
        status=None if status is None else str(status),
        details=details,
        id=None if record_id is None else str(record_id),
        raw=item,
    )


def record_results(response: ResponseLike, *, key: str | None = None) -> list[RecordResult]:
    """Return one :class:`RecordResult` per record of a write response, in input order.

    ``key`` names the list (default: ``data`` when present, else the only list of result
    objects in the body). Any status whose body is a per-record body is read, so a 202 partial
    failure and a 400 single-record failure both give results. Otherwise: status >= 400 raises
    the typed :class:`~zohokit.errors.APIError`; a success without per-record results (a 204, or
    another shape) raises :class:`~zohokit.errors.UnexpectedResponseError`.
    """
    status = int(response.status_code)
    body = parse_json_body(response.content)
    items = _result_list(body, key)
    if items is None:
        if status >= 400:
            raise api_error(status, body, request=request_of(response), response=response)
        raise UnexpectedResponseError(
            f"HTTP {status} response has no per-record results" + (f" under {key!r}" if key else ""),
            status_code=status,
        )
    return [_to_result(i, item) for i, item in enumerate(items)]


def failed(results: Sequence[RecordResult]) -> list[RecordResult]:
    """The results that are not ``ok``."""
    return [r for r in results if not r.ok]


__all__ = ["DEFAULT_RESULTS_KEY", "RecordResult", "failed", "record_results"]

"""How records and write results look on the wire, as Zoho serialises them (CRM v2 shapes, which
Recruit v2 and Bigin v1 share): user and lookup references, field values, per-record results, the
``info`` block of a page. Pure functions of the store's objects.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from ...core.clock import format_time
from ..accounts import directory
from .fields import Link
from .metadata import FieldDef
from .state import Deleted, Record, RecordState, WriteOutcome


def when(timestamp: float | None) -> str | None:
    if timestamp is None:
        return None
    return format_time(datetime.fromtimestamp(timestamp, tz=UTC))


def user_ref(user_id: str | None, with_email: bool = True) -> dict[str, Any] | None:
    if user_id is None:
        return None
    user = directory.user_by_id(user_id)
    ref: dict[str, Any] = {"name": user.full_name if user else None, "id": user_id}
    if with_email:
        ref["email"] = user.email if user else None
    return ref


def link_ref(store: RecordState, link: Link) -> dict[str, Any]:
    return {"name": store.link_name(link), "id": link.id}


def field_value(store: RecordState, rec: Record, spec: FieldDef, with_email: bool = True) -> Any:
    """A field's value as the API shows it: users and lookups as references, times as ISO 8601
    text, lists copied (the system fields come from the record's own bookkeeping)."""
    name = spec.api_name
    if name == store.modules[rec.module].owner_field:
        return user_ref(rec.owner, with_email)
    if name == "Created_By":
        return user_ref(rec.created_by, with_email)
    if name == "Modified_By":
        return user_ref(rec.modified_by, with_email)
    if name == "Created_Time":
        return when(rec.created)
    if name in ("Modified_Time", "Updated_On"):
        return when(rec.modified)
    if name == "Last_Activity_Time":
        return when(rec.last_activity or rec.modified)
    value = rec.values.get(name)
    if isinstance(value, Link):
        return link_ref(store, value)
    if isinstance(value, list):
        return [dict(v) if isinstance(v, dict) else v for v in value]
    return value


def outcome(result: WriteOutcome, message: str) -> dict[str, Any]:
    """One record's result of a multi-record write: ``{code, details, message, status}``."""
    if result.error is not None:
        return result.error.entry()
    rec = result.record
    assert rec is not None
    if result.action in ("delete", "delink", "link"):
        details: dict[str, Any] = {"id": rec.id}
    else:
        details = {
            "Modified_Time": when(rec.modified),
            "Modified_By": user_ref(rec.modified_by, with_email=False),
            "Created_Time": when(rec.created),
            "id": rec.id,
            "Created_By": user_ref(rec.created_by, with_email=False),
        }
    entry: dict[str, Any] = {"code": "SUCCESS", "details": details, "message": message, "status": "success"}
    if result.action in ("insert", "update") and message.startswith("record") and result.duplicate_field is not None:
        entry["duplicate_field"] = result.duplicate_field
    return entry


def upsert_outcome(result: WriteOutcome) -> dict[str, Any]:
    """One record's result of an upsert: ``outcome`` with ``action`` and ``duplicate_field``."""
    if result.error is not None:
        return result.error.entry()
    entry = outcome(result, "record added" if result.action == "insert" else "record updated")
    entry["action"] = result.action
    entry["duplicate_field"] = result.duplicate_field
    return entry


def deleted(entry: Deleted, kind: str) -> dict[str, Any]:
    return {
        "deleted_by": user_ref(entry.deleted_by, with_email=False),
        "id": entry.id,
        "display_name": entry.display_name,
        "type": kind,
        "created_by": user_ref(entry.created_by, with_email=False),
        "deleted_time": when(entry.deleted_time),
    }


def page_info(page: int, per_page: int, count: int, more: bool) -> dict[str, Any]:
    return {"per_page": per_page, "count": count, "page": page, "more_records": more}

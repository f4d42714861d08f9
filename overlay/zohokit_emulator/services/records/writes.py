"""The record engine every record-keeping service shares (CRM, Recruit, Bigin): validation
against the org's field metadata, derived fields, writes (insert, update, upsert, delete) and
reads (visible records, sorting, the recycle bin).

Every write validates everything first and only then changes state, so a request that fails
changes nothing; per-record failures of multi-record writes leave the other records' changes in
place, as Zoho does. What one service adds (the CRM's tags, deal probabilities, inventory totals)
comes in through the hooks ``tags_from_input``, ``adjust_values``, ``derive_module`` and
``after_write``, and the state's ``notify`` and ``on_remove``.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from ...core.backend import IdFactory
from ...core.clock import format_time
from ...core.errors import ZohoError, invalid_data, mandatory_not_found
from ...core.http import normalize_id
from ..accounts import directory
from .fields import Link, coerce, parse_datetime, wire_id
from .metadata import FieldDef, ModuleDef
from .state import Deleted, Record, RecordState, WriteOutcome

RECYCLE_BIN_DAYS = 60
SEED_CHUNK = 1000
"""Synthetic records are inserted this many at a time (``seed_synthetic``)."""
CUSTOM_FIELD_MAX_LENGTH = 32_000
"""Characters a field the metadata does not know (an org's custom field) may hold: Zoho's largest
text field (multi-line, large) takes 32,000. A list or object value counts as its JSON text."""
SYSTEM_INPUT_KEYS = {
    "id",
    "Created_By",
    "Modified_By",
    "Created_Time",
    "Modified_Time",
    "Last_Activity_Time",
    "Full_Name",
    "Tag",
    "Layout",
}


def _check_custom_size(api_name: str, value: Any) -> None:
    """202 ``INVALID_DATA`` with ``maximum_length`` for a custom field value past
    ``CUSTOM_FIELD_MAX_LENGTH`` characters."""
    if isinstance(value, str):
        size = len(value)
    elif isinstance(value, (list, dict)):
        size = len(json.dumps(value, ensure_ascii=False))
    else:
        return
    if size > CUSTOM_FIELD_MAX_LENGTH:
        raise invalid_data(status_code=202, api_name=api_name, maximum_length=CUSTOM_FIELD_MAX_LENGTH)


class _OneId(IdFactory):
    """An id factory that hands out ``first`` once, then the ids of ``then``."""

    def __init__(self, first: str, then: IdFactory) -> None:
        super().__init__(then.prefix)
        self.first: str | None = first
        self.then = then

    def __call__(self) -> str:
        if self.first is not None:
            first, self.first = self.first, None
            return first
        return self.then()


class RecordWrites(RecordState):
    """Record writes (insert, update, upsert, delete, synthetic seeding) and reads (lists, sorting,
    the recycle bin) over the org's module metadata."""

    # --- hooks of the services ----------------------------------------------------------------------

    def tags_from_input(self, data: dict[str, Any]) -> list[str] | None:
        """The tag names a record's input asks for (None: leave its tags alone); no tags by default."""
        return None

    def adjust_values(self, module: ModuleDef, existing: Record | None, values: dict[str, Any]) -> dict[str, Any]:
        """The values to store for a validated input (``existing`` is None for a new record):
        ``values`` unchanged by default; the CRM fills a deal's probability from its stage."""
        return values

    def derive_module(self, rec: Record) -> None:
        """Fields a module computes from the others, after every write (none by default)."""

    def after_write(self, rec: Record, changes: dict[str, Any], user_id: str) -> None:
        """``rec`` was created or updated with ``changes`` (the CRM applies the input's tags)."""

    # --- writing records ----------------------------------------------------------------------------

    def _prepare(
        self, module: ModuleDef, data: Any, user_id: str, existing: Record | None, index: int
    ) -> dict[str, Any]:
        """Validate one record's input; return the changes (nothing is modified here)."""
        if not isinstance(data, dict):
            raise invalid_data(status_code=202, expected_data_type="jsonobject", index=index)
        if existing is not None and existing.stop_processing:
            raise ZohoError(202, "NOT_ALLOWED", "processing of this record is stopped (GDPR)", {"id": existing.id})
        if "id" in data and wire_id(data["id"]) is None:
            raise invalid_data(status_code=202, api_name="id", expected_data_type="bigint")
        values: dict[str, Any] = {}
        extra: dict[str, Any] = {}
        owner: str | None = None
        se_module = data.get("$se_module") or data.get("se_module")
        if se_module is not None and (not isinstance(se_module, str) or se_module not in self.modules):
            raise invalid_data(status_code=202, api_name="$se_module", expected_data_type="text")
        for key, value in data.items():
            if key in SYSTEM_INPUT_KEYS or key.startswith("$") or key == "se_module":
                continue
            spec = module.field(key)
            if spec is None:
                if (
                    key == "Data_Processing_Basis_Details"
                    or isinstance(value, (str, int, float, bool, list, dict))
                    or value is None
                ):
                    _check_custom_size(key, value)
                    extra[key] = value
                continue
            if spec.system:
                continue
            stored = coerce(spec, value, self, se_module if isinstance(se_module, str) else None)
            if spec.api_name == module.owner_field:
                owner = stored
                continue
            values[spec.api_name] = stored
        for spec in module.mandatory_fields:
            if existing is None:
                present = values.get(spec.api_name)
            elif spec.api_name in values:
                present = values[spec.api_name]
            else:
                present = existing.values.get(spec.api_name)
            if present is None or present == "" or present == []:
                raise mandatory_not_found(spec.api_name, 202)
        for spec in module.fields:
            if spec.unique and values.get(spec.api_name) not in (None, ""):
                clash = self._unique_clash(
                    module.api_name, spec.api_name, values[spec.api_name], existing.id if existing else None
                )
                if clash is not None:
                    raise ZohoError(
                        202,
                        "DUPLICATE_DATA",
                        "duplicate data",
                        {"api_name": spec.api_name, "id": clash, "module": module.api_name},
                    )
        return {"values": values, "extra": extra, "owner": owner, "tags": self.tags_from_input(data)}

    def _unique_clash(self, module: str, api_name: str, value: Any, self_id: str | None) -> str | None:
        needle = value.lower() if isinstance(value, str) else value
        for rec in self.records[module].values():
            other = rec.values.get(api_name)
            other = other.lower() if isinstance(other, str) else other
            if rec.id != self_id and other == needle:
                return rec.id
        return None

    def _derive(self, rec: Record) -> None:
        """Computed fields: the full name, auto-numbers, then the module's own (``derive_module``)."""
        values = rec.values
        module = self.modules[rec.module]
        if module.field("Full_Name") is not None:
            parts = [values.get("First_Name"), values.get("Last_Name")]
            values["Full_Name"] = " ".join(p for p in parts if isinstance(p, str) and p)
        for spec in module.fields:
            if spec.data_type == "autonumber" and values.get(spec.api_name) is None:
                key = (rec.module, spec.api_name)
                self.autonumbers[key] = self.autonumbers.get(key, 0) + 1
                values[spec.api_name] = self.autonumber(rec.module, spec.api_name, self.autonumbers[key])
        self.derive_module(rec)

    def autonumber(self, module: str, api_name: str, number: int) -> str:
        """The text of an auto-number field's ``number``-th value (the number itself by default)."""
        return str(number)

    def _new_record(self, module: ModuleDef, changes: dict[str, Any], user_id: str) -> Record:
        now = self.now()
        rec = Record(
            id=self.ids(),
            module=module.api_name,
            values={},
            owner=changes["owner"] or user_id,
            created_by=user_id,
            modified_by=user_id,
            created=now,
            modified=now,
            layout_id=self.layout_ids[module.api_name],
        )
        rec.values.update(self.adjust_values(module, None, changes["values"]))
        for api_name, value in module.defaults.items():
            if rec.values.get(api_name) is None:
                rec.values[api_name] = value
        rec.extra.update(changes["extra"])
        self._derive(rec)
        self.records[module.api_name][rec.id] = rec
        self.where[rec.id] = module.api_name
        self.after_write(rec, changes, user_id)
        return rec

    def _update_record(self, rec: Record, changes: dict[str, Any], user_id: str) -> list[str]:
        before = dict(rec.values)
        rec.values.update(self.adjust_values(self.modules[rec.module], rec, changes["values"]))
        rec.extra.update(changes["extra"])
        if changes["owner"]:
            rec.owner = changes["owner"]
        self._derive(rec)
        rec.modified = self.now()
        rec.modified_by = user_id
        self.after_write(rec, changes, user_id)
        changed = [k for k in rec.values if rec.values.get(k) != before.get(k)]
        changed += [k for k in changes["extra"]]
        if changes["owner"]:
            changed.append("Owner")
        return changed

    def insert(self, module_name: str, items: list[Any], user_id: str) -> list[WriteOutcome]:
        module = self.module(module_name)
        outcomes: list[WriteOutcome] = []
        prepared: list[tuple[int, dict[str, Any]]] = []
        for index, item in enumerate(items):
            try:
                prepared.append((index, self._prepare(module, item, user_id, None, index)))
                outcomes.append(WriteOutcome())
            except ZohoError as err:
                outcomes.append(WriteOutcome(error=err))
        self._batch_unique(module, prepared, outcomes)
        created = []
        for index, changes in prepared:
            if outcomes[index].error is None:
                rec = self._new_record(module, changes, user_id)
                outcomes[index] = WriteOutcome(record=rec, action="insert")
                created.append(rec.id)
        self.notify(module.api_name, "create", created)
        return outcomes

    def _batch_unique(
        self, module: ModuleDef, prepared: list[tuple[int, dict[str, Any]]], outcomes: list[WriteOutcome]
    ) -> None:
        """Unique fields must also differ between the records of one request."""
        for spec in (f for f in module.fields if f.unique):
            seen: dict[Any, int] = {}
            for index, changes in prepared:
                value = changes["values"].get(spec.api_name)
                if value in (None, "") or outcomes[index].error is not None:
                    continue
                key = value.lower() if isinstance(value, str) else value
                if key in seen:
                    outcomes[index] = WriteOutcome(
                        error=ZohoError(
                            202,
                            "DUPLICATE_DATA",
                            "duplicate data",
                            {"api_name": spec.api_name, "module": module.api_name},
                        )
                    )
                else:
                    seen[key] = index

    def update(
        self, module_name: str, items: list[Any], user_id: str, ids: list[str | None] | None = None
    ) -> list[WriteOutcome]:
        """Update records; ``ids[i]`` (from the URL) wins over ``items[i]["id"]``."""
        module = self.module(module_name)
        outcomes: list[WriteOutcome] = []
        plan: list[tuple[int, Record, dict[str, Any]]] = []
        for index, item in enumerate(items):
            try:
                record_id = ids[index] if ids else None
                if record_id is None:
                    if not isinstance(item, dict):
                        raise invalid_data(status_code=202, expected_data_type="jsonobject", index=index)
                    if "id" not in item or item["id"] is None:
                        raise mandatory_not_found("id", 202)
                    record_id = normalize_id(item["id"])
                rec = self.records[module.api_name].get(record_id or "")
                if rec is None:
                    raise invalid_data(
                        "the id given seems to be invalid",
                        status_code=202,
                        id=str(item.get("id") if isinstance(item, dict) and record_id is None else record_id),
                        api_name="id",
                    )
                plan.append((index, rec, self._prepare(module, item, user_id, rec, index)))
                outcomes.append(WriteOutcome())
            except ZohoError as err:
                outcomes.append(WriteOutcome(error=err))
        touched: dict[str, list[str]] = {}
        for index, rec, changes in plan:
            if outcomes[index].error is None:
                touched.setdefault(rec.id, []).extend(self._update_record(rec, changes, user_id))
                outcomes[index] = WriteOutcome(record=rec, action="update")
        self.notify(module.api_name, "edit", list(touched), touched)
        return outcomes

    def upsert(
        self, module_name: str, items: list[Any], user_id: str, duplicate_check: list[str] | None
    ) -> list[WriteOutcome]:
        module = self.module(module_name)
        if duplicate_check is not None:
            for name in duplicate_check:
                spec = module.field(name) if isinstance(name, str) else None
                if spec is None or spec.data_type in ("lookup", "ownerlookup", "subform", "multiselectpicklist"):
                    raise invalid_data(
                        "invalid duplicate_check_fields", param="duplicate_check_fields", api_name=str(name)
                    )
        checks = duplicate_check or [
            *module.duplicate_check,
            *(f.api_name for f in module.fields if f.unique and f.api_name not in module.duplicate_check),
        ]
        outcomes: list[WriteOutcome] = []
        inserted: list[str] = []
        touched: dict[str, list[str]] = {}
        for index, item in enumerate(items):
            try:
                if not isinstance(item, dict):
                    raise invalid_data(status_code=202, expected_data_type="jsonobject", index=index)
                target, matched = self._upsert_target(module, item, checks)
                changes = self._prepare(module, item, user_id, target, index)
            except ZohoError as err:
                outcomes.append(WriteOutcome(error=err))
                continue
            if target is None:
                rec = self._new_record(module, changes, user_id)
                inserted.append(rec.id)
                outcomes.append(WriteOutcome(record=rec, action="insert"))
            else:
                touched.setdefault(target.id, []).extend(self._update_record(target, changes, user_id))
                outcomes.append(WriteOutcome(record=target, action="update", duplicate_field=matched))
        self.notify(module.api_name, "create", inserted)
        self.notify(module.api_name, "edit", list(touched), touched)
        return outcomes

    def _upsert_target(
        self, module: ModuleDef, item: dict[str, Any], checks: list[str]
    ) -> tuple[Record | None, str | None]:
        record_id = normalize_id(item.get("id"))
        if record_id and record_id in self.records[module.api_name]:
            return self.records[module.api_name][record_id], None
        for name in checks:
            value = item.get(name)
            if value in (None, "") or not isinstance(value, (str, int, float)):
                continue
            needle = value.lower() if isinstance(value, str) else value
            matches = []
            for rec in self.records[module.api_name].values():
                stored = rec.values.get(name)
                stored = stored.lower() if isinstance(stored, str) else stored
                if stored == needle:
                    matches.append(rec)
            if len(matches) > 1:
                raise ZohoError(202, "DUPLICATE_DATA", "duplicate data", {"api_name": name, "id": matches[0].id})
            if matches:
                return matches[0], name
        return None, None

    def delete(self, module_name: str, ids: list[str], user_id: str) -> list[WriteOutcome]:
        module = self.module(module_name)
        outcomes: list[WriteOutcome] = []
        removed: list[str] = []
        for record_id in ids:
            rec = self.records[module.api_name].get(record_id)
            if rec is None:
                outcomes.append(
                    WriteOutcome(error=invalid_data("the id given seems to be invalid", status_code=202, id=record_id))
                )
                continue
            if rec.stop_processing:
                outcomes.append(
                    WriteOutcome(
                        error=ZohoError(
                            202, "NOT_ALLOWED", "processing of this record is stopped (GDPR)", {"id": record_id}
                        )
                    )
                )
                continue
            self._remove(rec, user_id)
            removed.append(rec.id)
            outcomes.append(WriteOutcome(record=rec, action="delete"))
        self.notify(module.api_name, "delete", removed)
        return outcomes

    def _remove(self, rec: Record, user_id: str) -> None:
        """Delete ``rec`` into the recycle bin with its notes; lookups to it become empty."""
        now = self.now()
        notes = self.notes_of(rec)  # found before the lookups to ``rec`` are emptied below, Parent_Id among them
        del self.records[rec.module][rec.id]
        self.where.pop(rec.id, None)
        self.deleted.append(Deleted(rec.id, rec.module, self.display_name(rec) or "", rec.created_by, user_id, now))
        self.on_remove(rec, user_id)
        for module_records in self.records.values():
            for other in module_records.values():
                for key, value in list(other.values.items()):
                    if isinstance(value, Link) and value.id == rec.id:
                        other.values[key] = None
        for note in notes:
            self._remove(note, user_id)

    def seed_record(
        self,
        module_name: str,
        record_id: str,
        data: dict[str, Any],
        *,
        created: str | None = None,
        user_id: str = directory.ADMIN.id,
    ) -> Record:
        """Insert one record of the org's seed with the id ``record_id`` (and, when given, the
        creation time ``created``, ISO 8601), through the same validation as API inserts; an
        invalid seed record raises ``RuntimeError``."""
        factory = self.ids
        self.ids = _OneId(record_id, factory)
        try:
            outcome = self.insert(module_name, [data], user_id)[0]
        finally:
            self.ids = factory
        if outcome.record is None or outcome.record.id != record_id:
            raise RuntimeError(f"seed record {module_name} {record_id} is invalid: {outcome.error}")
        if created is not None:
            stamp = parse_datetime(created)
            if stamp is None:
                raise RuntimeError(f"seed record {module_name} {record_id} has a bad time {created!r}")
            outcome.record.created = outcome.record.modified = stamp.timestamp()
        return outcome.record

    def seed_synthetic(self, module_name: str, count: int, template: dict[str, Any]) -> list[str]:
        """Insert ``count`` synthetic records owned by the admin (``POST /_emulator/crm/seed``).

        Each record is ``template`` with ``{n}`` in its string values replaced by the record's
        number (1..count), plus a made-up value for every mandatory field the template leaves out
        (``"Last Name 17"``, a picklist's first value, the clock's date or time, ``0``...). The
        records go through the same validation and bookkeeping as API inserts; the first and the
        last record are checked before anything is stored, so a bad template changes nothing.
        Returns the new ids in order.
        """
        module = self.module(module_name)
        fillers = {s.api_name: self._filler(s) for s in module.mandatory_fields if s.api_name not in template}

        def item(n: int) -> dict[str, Any]:
            made = {k: v.replace("{n}", str(n)) if isinstance(v, str) else v for k, v in template.items()}
            for api_name, fill in fillers.items():
                made[api_name] = fill(n)
            return made

        for n in {1, count}:
            try:
                self._prepare(module, item(n), directory.ADMIN.id, None, 0)
            except ZohoError as err:
                raise ZohoError(400, err.code, err.message, err.details) from None
        ids: list[str] = []
        for start in range(1, count + 1, SEED_CHUNK):
            batch = [item(n) for n in range(start, min(start + SEED_CHUNK, count + 1))]
            for outcome in self.insert(module.api_name, batch, directory.ADMIN.id):
                if outcome.record is None:
                    raise outcome.error or ZohoError(500, "INTERNAL_ERROR", "a synthetic record was not stored")
                ids.append(outcome.record.id)
        return ids

    def _filler(self, spec: FieldDef) -> Callable[[int], Any]:
        """A made-up value for the ``n``-th synthetic record, by the field's type."""
        kind = spec.data_type
        if kind in ("text", "textarea"):
            return lambda n: f"{spec.label} {n}"[: spec.max_length]
        if kind == "email":
            return lambda n: f"seed{n}@example.com"
        if kind == "phone":
            return lambda n: f"+1 555 {n:07d}"
        if kind == "website":
            return lambda n: f"https://example.com/{n}"
        if kind == "picklist" and spec.picklist:
            first = spec.picklist[0]
            return lambda n: first
        if kind in ("integer", "double", "currency", "percent"):
            return lambda n: 0
        if kind == "boolean":
            return lambda n: False
        if kind in ("date", "datetime"):
            stamp = format_time(self.backend.clock.now())
            value = stamp[:10] if kind == "date" else stamp
            return lambda n: value
        raise invalid_data(
            f"cannot make up a value for the mandatory {kind} field {spec.api_name}: give it in the record template",
            api_name=spec.api_name,
        )

    # --- reading records --------------------------------------------------------------------------

    def visible(self, module: str, converted: str = "false", approved: str = "true") -> list[Record]:
        """Records of a module, filtered like Zoho's list: converted records (of a convertable module:
        the CRM's leads) and unapproved records hidden."""
        result = []
        convertable = self.modules[module].convertable
        for rec in self.records[module].values():
            if convertable and converted != "both" and rec.converted != (converted == "true"):
                continue
            if approved != "both" and rec.approved != (approved == "true"):
                continue
            result.append(rec)
        return result

    def sort(self, records: list[Record], sort_by: str | None, descending: bool) -> list[Record]:
        if not sort_by:
            return sorted(records, key=lambda r: r.id, reverse=descending)

        def key(rec: Record) -> tuple[int, Any]:
            value = self.sort_value(rec, sort_by)
            return (0, "") if value is None else (1, value)

        return sorted(records, key=key, reverse=descending)

    def sort_value(self, rec: Record, api_name: str) -> Any:
        if api_name == "id":
            return int(rec.id)
        if api_name == "Created_Time":
            return rec.created
        if api_name == "Modified_Time":
            return rec.modified
        if api_name == "Updated_On":
            return rec.modified
        users = {self.modules[rec.module].owner_field: rec.owner, "Created_By": rec.created_by}
        users["Modified_By"] = rec.modified_by
        if api_name in users:
            user = directory.user_by_id(users[api_name])
            return user.full_name.lower() if user else None
        value = rec.values.get(api_name, rec.extra.get(api_name))
        if isinstance(value, Link):
            name = self.link_name(value)
            return name.lower() if name else None
        if isinstance(value, str):
            return value.lower()
        if isinstance(value, bool):
            return int(value)
        if isinstance(value, (int, float)):
            return value
        return None

    def custom_view_filter(self, module: str, cvid: str, user_id: str) -> Callable[[Record], bool]:
        """Which records of ``module`` its custom view ``cvid`` shows; 400 INVALID_DATA for an id
        that is not one of the module's views."""
        views = self.custom_view_ids[module]
        kind = next((k for k, v in views.items() if v == cvid), None)
        if kind is None:
            raise invalid_data("invalid custom view id", param="cvid")
        week_ago = self.now() - 7 * 86400
        if kind == "mine":
            return lambda r: r.owner == user_id
        if kind == "recent_created":
            return lambda r: r.created >= week_ago
        if kind == "recent_modified":
            return lambda r: r.modified >= week_ago
        return lambda r: True

    def deleted_records(self, module: str, kind: str) -> list[Deleted]:
        cutoff = self.now() - RECYCLE_BIN_DAYS * 86400
        entries = [d for d in self.deleted if d.module == module]
        if kind == "recycle":
            entries = [d for d in entries if d.deleted_time > cutoff]
        elif kind == "permanent":
            entries = [d for d in entries if d.deleted_time <= cutoff]
        return sorted(entries, key=lambda d: d.deleted_time, reverse=True)

    def deleted_type(self, entry: Deleted) -> str:
        return "recycle" if entry.deleted_time > self.now() - RECYCLE_BIN_DAYS * 86400 else "permanent"

"""Zoho CRM state: records of every module, tags, notes, attachments, photos, sharing,
blueprints, variables, notification channels and the org.

Plain Python, no HTTP. Every write validates everything first and only then changes state, so a
request that fails changes nothing; per-record failures of multi-record writes leave the other
records' changes in place, as Zoho does. Callers hold ``backend.lock``.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl, urlparse

from ...core.backend import IdFactory
from ...core.clock import format_time, parse_time
from ...core.errors import ZohoError, invalid_data, invalid_module
from ...core.http import normalize_id
from ..accounts import directory
from . import criteria as crit
from .fields import Link, coerce, parse_datetime
from .metadata import PROFILES, ROLES, FieldDef, ModuleDef, RelatedDef, build_modules

if TYPE_CHECKING:
    from ...core.backend import Backend

RECYCLE_BIN_DAYS = 60
SEED_CHUNK = 1000
"""Synthetic records are inserted this many at a time (``seed_synthetic``)."""
MAX_TAGS_PER_RECORD = 10
MAX_TAGS_PER_MODULE = 100
TAG_NAME_LENGTH = 25
TAG_FORBIDDEN = set(",;<>\"'\\/{}[]|`~!@#$%^&*=+?")
MAX_SHARES = 10
SHARE_PERMISSIONS = ("read_only", "read_write", "full_access")
CHANNEL_MAX_LIFETIME = timedelta(days=1)
CHANNEL_DEFAULT_LIFETIME = timedelta(hours=1)
NOTIFY_OPERATIONS = {"create": "insert", "edit": "update", "delete": "delete"}
PHOTO_MAX_BYTES = 10 * 1024 * 1024
ATTACHMENT_MAX_BYTES = 20 * 1024 * 1024
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
STAGE_PROBABILITY = {
    "Qualification": 10,
    "Needs Analysis": 20,
    "Value Proposition": 40,
    "Id. Decision Makers": 60,
    "Proposal/Price Quote": 75,
    "Negotiation/Review": 90,
    "Closed Won": 100,
    "Closed Lost": 0,
    "Closed Lost to Competition": 0,
}


def _ts(when: datetime) -> float:
    return when.timestamp()


@dataclass
class Rec:
    id: str
    module: str
    values: dict[str, Any]
    owner: str
    created_by: str
    modified_by: str
    created: float
    modified: float
    layout_id: str
    extra: dict[str, Any] = field(default_factory=dict)
    tags: list[str] = field(default_factory=list)
    photo: tuple[bytes, str, str] | None = None
    converted: bool = False
    converted_detail: dict[str, str | None] | None = None
    approved: bool = True
    stop_processing: bool = False
    last_activity: float | None = None


@dataclass
class Deleted:
    id: str
    module: str
    display_name: str
    created_by: str
    deleted_by: str
    deleted_time: float


@dataclass
class Tag:
    id: str
    module: str
    name: str
    created_by: str
    modified_by: str
    created: float
    modified: float


@dataclass
class Attachment:
    id: str
    file_id: str
    parent_id: str
    parent_module: str
    file_name: str
    content: bytes
    content_type: str
    link_url: str | None
    owner: str
    created_by: str
    modified_by: str
    created: float
    modified: float


@dataclass
class Share:
    user_id: str
    permission: str
    share_related_records: bool
    shared_by: str
    shared_time: float


@dataclass
class VariableGroup:
    id: str
    api_name: str
    name: str
    display_label: str
    description: str | None = None


@dataclass
class Variable:
    id: str
    api_name: str
    name: str
    type: str
    value: Any
    group_id: str
    description: str | None = None


@dataclass
class Channel:
    channel_id: str
    events: list[str]
    notify_url: str
    token: str | None
    expiry: float
    notify_on_related_action: bool
    origin: str
    fields: Any = None
    owner: str = ""


@dataclass(frozen=True)
class Transition:
    id: str
    name: str
    from_value: str
    to_value: str
    fields: tuple[str, ...] = ()


@dataclass(frozen=True)
class Blueprint:
    id: str
    name: str
    module: str
    field: str
    transitions: tuple[Transition, ...]


@dataclass
class WriteOutcome:
    """One record of a multi-record write: the record, or the error for it."""

    record: Rec | None = None
    error: ZohoError | None = None
    action: str | None = None
    duplicate_field: str | None = None


VARIABLE_TYPES = (
    "integer",
    "text",
    "textarea",
    "percent",
    "currency",
    "decimal",
    "date",
    "datetime",
    "email",
    "phone",
    "url",
    "checkbox",
    "long",
    "double",
)


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
        raise ZohoError(
            202, "INVALID_DATA", "invalid data", {"api_name": api_name, "maximum_length": CUSTOM_FIELD_MAX_LENGTH}
        )


class CrmStore:
    def __init__(self, backend: Backend) -> None:
        self.backend = backend
        self.reset()

    # --- setup ------------------------------------------------------------------------------------

    def reset(self) -> None:
        from .listing import ReadCache

        self.cache = ReadCache(self)  # rendered records and sorted lists; every write clears it
        self.ids = IdFactory(directory.ORG_ID, start=200000000)
        self.modules: dict[str, ModuleDef] = build_modules()
        self.records: dict[str, dict[str, Rec]] = {name: {} for name in self.modules}
        self.where: dict[str, str] = {}
        self.deleted: list[Deleted] = []
        self.junctions: set[tuple[str, str, str, str]] = set()
        self.tags: dict[str, dict[str, Tag]] = {name: {} for name in self.modules}
        self.attachments: dict[str, list[Attachment]] = {}
        self.shares: dict[str, list[Share]] = {}
        self.channels: dict[str, Channel] = {}
        self.variable_groups: dict[str, VariableGroup] = {}
        self.variables: dict[str, Variable] = {}
        self.autonumbers: dict[tuple[str, str], int] = {}
        self.org_logo: tuple[bytes, str, str] | None = None
        self.layout_ids = {name: f"{directory.ORG_ID}{40000 + m.sequence:012d}" for name, m in self.modules.items()}
        self.custom_view_ids = {
            name: {
                kind: f"{directory.ORG_ID}{50000 + m.sequence * 10 + n:012d}"
                for n, kind in enumerate(("all", "mine", "recent_created", "recent_modified"))
            }
            for name, m in self.modules.items()
        }
        self.blueprints = self._blueprints()
        self.org = self._org()
        from .seed import seed

        seed(self)

    def _org(self) -> dict[str, Any]:
        return {
            "id": f"{directory.ORG_ID}000000000001",
            "company_name": "Zylker",
            "alias": "zylker",
            "primary_zuid": directory.ADMIN.zuid,
            "zgid": "700000000",
            "primary_email": directory.ADMIN.email,
            "website": "www.zylker.com",
            "phone": "+1 555 0100",
            "mobile": None,
            "fax": None,
            "employee_count": "120",
            "description": None,
            "street": "4141 Hacienda Drive",
            "city": "Pleasanton",
            "state": "CA",
            "zip": "94588",
            "country": "United States",
            "country_code": "US",
            "time_zone": "UTC",
            "iso_code": "USD",
            "currency": "US Dollar - USD",
            "currency_symbol": "$",
            "currency_locale": "en_US",
            "mc_status": False,
            "gapps_enabled": False,
            "translation_enabled": False,
            "privacy_settings": False,
            "domain_name": "org3652397",
            "photo_id": None,
            "zia_portal_id": None,
            "license_details": {
                "paid": True,
                "paid_type": "enterprise",
                "paid_expiry": None,
                "trial_type": None,
                "trial_expiry": None,
                "users_license_purchased": 10,
            },
        }

    def _blueprints(self) -> dict[str, Blueprint]:
        def tid(n: int) -> str:
            return f"{directory.ORG_ID}{60000 + n:012d}"

        leads = Blueprint(
            id=f"{directory.ORG_ID}000000059001",
            name="Lead Qualification",
            module="Leads",
            field="Lead_Status",
            transitions=(
                Transition(tid(1), "Attempt Contact", "Not Contacted", "Attempted to Contact"),
                Transition(tid(2), "Make Contact", "Not Contacted", "Contacted", ("Phone",)),
                Transition(tid(3), "Make Contact", "Attempted to Contact", "Contacted", ("Phone",)),
                Transition(tid(4), "Mark as Junk", "Attempted to Contact", "Junk Lead"),
                Transition(tid(5), "Qualify", "Contacted", "Pre-Qualified", ("Annual_Revenue",)),
                Transition(tid(6), "Disqualify", "Contacted", "Not Qualified", ("Description",)),
            ),
        )
        deals = Blueprint(
            id=f"{directory.ORG_ID}000000059002",
            name="Sales Process",
            module="Deals",
            field="Stage",
            transitions=(
                Transition(tid(11), "Analyse Needs", "Qualification", "Needs Analysis"),
                Transition(tid(12), "Propose Value", "Needs Analysis", "Value Proposition"),
                Transition(tid(13), "Identify Decision Makers", "Value Proposition", "Id. Decision Makers"),
                Transition(tid(14), "Send Quote", "Id. Decision Makers", "Proposal/Price Quote", ("Amount",)),
                Transition(tid(15), "Negotiate", "Proposal/Price Quote", "Negotiation/Review"),
                Transition(tid(16), "Win", "Negotiation/Review", "Closed Won", ("Amount", "Closing_Date")),
                Transition(tid(17), "Lose", "Negotiation/Review", "Closed Lost", ("Description",)),
                Transition(tid(18), "Lose", "Needs Analysis", "Closed Lost", ("Description",)),
            ),
        )
        return {"Leads": leads, "Deals": deals}

    # --- lookups ----------------------------------------------------------------------------------

    def now(self) -> float:
        return self.backend.clock.timestamp()

    def module(self, name: str, index: int = 0) -> ModuleDef:
        module = self.modules.get(name)
        if module is None:
            raise invalid_module(index)
        return module

    def record(self, module: str, record_id: str, index: int = 1) -> Rec:
        """The live record; 400 INVALID_DATA ("the id given seems to be invalid") otherwise."""
        rec = self.records.get(module, {}).get(record_id)
        if rec is None:
            raise ZohoError(
                400, "INVALID_DATA", "the id given seems to be invalid", {"id": record_id, "resource_path_index": index}
            )
        return rec

    def find_record(self, record_id: str, module: str | None) -> tuple[str, Rec] | None:
        owner = self.where.get(record_id)
        if owner is None or (module is not None and owner != module):
            return None
        return owner, self.records[owner][record_id]

    def user_exists(self, user_id: str, active_only: bool = True) -> bool:
        user = directory.user_by_id(user_id)
        return user is not None and (not active_only or user.status == "active")

    def new_row_id(self) -> str:
        return self.ids()

    def display_name(self, rec: Rec) -> str | None:
        module = self.modules[rec.module]
        value = rec.values.get(module.display_field)
        return value if isinstance(value, str) else None

    def link_name(self, link: Link) -> str | None:
        found = self.find_record(link.id, link.module)
        return self.display_name(found[1]) if found else None

    # --- writing records ----------------------------------------------------------------------------

    def _prepare(self, module: ModuleDef, data: Any, user_id: str, existing: Rec | None, index: int) -> dict[str, Any]:
        """Validate one record's input; return the changes (nothing is modified here)."""
        if not isinstance(data, dict):
            raise ZohoError(202, "INVALID_DATA", "invalid data", {"expected_data_type": "jsonobject", "index": index})
        if existing is not None and existing.stop_processing:
            raise ZohoError(202, "NOT_ALLOWED", "processing of this record is stopped (GDPR)", {"id": existing.id})
        values: dict[str, Any] = {}
        extra: dict[str, Any] = {}
        owner: str | None = None
        tag_names: list[str] | None = None
        se_module = data.get("$se_module") or data.get("se_module")
        if se_module is not None and (not isinstance(se_module, str) or se_module not in self.modules):
            raise ZohoError(
                202, "INVALID_DATA", "invalid data", {"api_name": "$se_module", "expected_data_type": "text"}
            )
        for key, value in data.items():
            if key == "Tag":
                tag_names = self._tag_names_from_input(value)
                continue
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
            if spec.api_name == "Owner":
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
                raise ZohoError(202, "MANDATORY_NOT_FOUND", "required field not found", {"api_name": spec.api_name})
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
        return {"values": values, "extra": extra, "owner": owner, "tags": tag_names}

    def _unique_clash(self, module: str, api_name: str, value: Any, self_id: str | None) -> str | None:
        needle = value.lower() if isinstance(value, str) else value
        for rec in self.records[module].values():
            other = rec.values.get(api_name)
            other = other.lower() if isinstance(other, str) else other
            if rec.id != self_id and other == needle:
                return rec.id
        return None

    def _tag_names_from_input(self, value: Any) -> list[str]:
        names = []
        if isinstance(value, list):
            for item in value:
                name = item.get("name") if isinstance(item, dict) else item
                if isinstance(name, str) and name.strip():
                    names.append(name.strip())
        return names

    def _derive(self, rec: Rec) -> None:
        """Computed fields: names, probabilities, totals, auto-numbers, closed times."""
        values = rec.values
        module = self.modules[rec.module]
        if module.field("Full_Name") is not None:
            parts = [values.get("First_Name"), values.get("Last_Name")]
            values["Full_Name"] = " ".join(p for p in parts if isinstance(p, str) and p)
        if rec.module == "Deals":
            amount, probability = values.get("Amount"), values.get("Probability")
            if isinstance(amount, (int, float)) and isinstance(probability, (int, float)):
                values["Expected_Revenue"] = round(amount * probability / 100, 2)
            else:
                values["Expected_Revenue"] = None
        if module.field("Product_Details") is not None:
            self._totals(values)
        for spec in module.fields:
            if spec.data_type == "autonumber" and values.get(spec.api_name) is None:
                key = (rec.module, spec.api_name)
                self.autonumbers[key] = self.autonumbers.get(key, 0) + 1
                values[spec.api_name] = str(self.autonumbers[key])
        if rec.module == "Tasks":
            if values.get("Status") == "Completed":
                values.setdefault("Closed_Time", None)
                if values["Closed_Time"] is None:
                    values["Closed_Time"] = format_time(self.backend.clock.now())
            else:
                values["Closed_Time"] = None

    @staticmethod
    def _totals(values: dict[str, Any]) -> None:
        rows = values.get("Product_Details") or []
        sub_total = 0.0
        for row in rows:
            quantity = row.get("quantity") if isinstance(row.get("quantity"), (int, float)) else 0
            price = row.get("list_price") if isinstance(row.get("list_price"), (int, float)) else 0
            discount = row.get("Discount", row.get("discount"))
            discount = discount if isinstance(discount, (int, float)) and not isinstance(discount, bool) else 0
            total = quantity * price
            row["total"] = total
            row["net_total"] = total - discount
            sub_total += total - discount
        values["Sub_Total"] = round(sub_total, 2)
        adjust = 0.0
        for key, sign in (("Discount", -1), ("Tax", 1), ("Adjustment", 1)):
            amount = values.get(key)
            if isinstance(amount, (int, float)) and not isinstance(amount, bool):
                adjust += sign * amount
        values["Grand_Total"] = round(sub_total + adjust, 2)

    def _apply_tags(self, rec: Rec, names: list[str] | None, user_id: str, overwrite: bool = False) -> None:
        if names is None:
            return
        ids = [] if overwrite else list(rec.tags)
        for name in names:
            tag = self._tag_by_name(rec.module, name) or self._create_tag(rec.module, name, user_id)
            if tag.id not in ids:
                ids.append(tag.id)
        rec.tags = ids

    def _new_record(self, module: ModuleDef, changes: dict[str, Any], user_id: str) -> Rec:
        now = self.now()
        rec = Rec(
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
        rec.values.update(changes["values"])
        rec.extra.update(changes["extra"])
        if module.api_name == "Deals" and "Probability" not in rec.values:
            rec.values["Probability"] = STAGE_PROBABILITY.get(str(rec.values.get("Stage")))
        self._derive(rec)
        self.records[module.api_name][rec.id] = rec
        self.where[rec.id] = module.api_name
        self._apply_tags(rec, changes["tags"], user_id)
        return rec

    def _update_record(self, rec: Rec, changes: dict[str, Any], user_id: str) -> list[str]:
        before = dict(rec.values)
        new_values = changes["values"]
        if (
            rec.module == "Deals"
            and "Stage" in new_values
            and "Probability" not in new_values
            and new_values["Stage"] != before.get("Stage")
        ):
            new_values = {**new_values, "Probability": STAGE_PROBABILITY.get(str(new_values["Stage"]))}
        rec.values.update(new_values)
        rec.extra.update(changes["extra"])
        if changes["owner"]:
            rec.owner = changes["owner"]
        self._derive(rec)
        rec.modified = self.now()
        rec.modified_by = user_id
        self._apply_tags(rec, changes["tags"], user_id)
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
        plan: list[tuple[int, Rec, dict[str, Any]]] = []
        for index, item in enumerate(items):
            try:
                record_id = ids[index] if ids else None
                if record_id is None:
                    if not isinstance(item, dict):
                        raise ZohoError(
                            202, "INVALID_DATA", "invalid data", {"expected_data_type": "jsonobject", "index": index}
                        )
                    if "id" not in item or item["id"] is None:
                        raise ZohoError(202, "MANDATORY_NOT_FOUND", "required field not found", {"api_name": "id"})
                    record_id = normalize_id(item["id"])
                rec = self.records[module.api_name].get(record_id or "")
                if rec is None:
                    raise ZohoError(
                        202,
                        "INVALID_DATA",
                        "the id given seems to be invalid",
                        {
                            "id": str(item.get("id") if isinstance(item, dict) and record_id is None else record_id),
                            "api_name": "id",
                        },
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
                spec = module.field(name)
                if spec is None or spec.data_type in ("lookup", "ownerlookup", "subform", "multiselectpicklist"):
                    raise invalid_data("invalid duplicate_check_fields", param="duplicate_check_fields", api_name=name)
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
                    raise ZohoError(
                        202, "INVALID_DATA", "invalid data", {"expected_data_type": "jsonobject", "index": index}
                    )
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
    ) -> tuple[Rec | None, str | None]:
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
                    WriteOutcome(
                        error=ZohoError(202, "INVALID_DATA", "the id given seems to be invalid", {"id": record_id})
                    )
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

    def _remove(self, rec: Rec, user_id: str) -> None:
        now = self.now()
        del self.records[rec.module][rec.id]
        self.where.pop(rec.id, None)
        self.deleted.append(Deleted(rec.id, rec.module, self.display_name(rec) or "", rec.created_by, user_id, now))
        self.junctions = {j for j in self.junctions if rec.id not in (j[1], j[3])}
        self.attachments.pop(rec.id, None)
        self.shares.pop(rec.id, None)
        for module_records in self.records.values():
            for other in module_records.values():
                for key, value in list(other.values.items()):
                    if isinstance(value, Link) and value.id == rec.id:
                        other.values[key] = None
        for note in [
            n
            for n in self.records["Notes"].values()
            if isinstance(n.values.get("Parent_Id"), Link) and n.values["Parent_Id"].id == rec.id
        ]:
            self._remove(note, user_id)

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

    def visible(self, module: str, converted: str = "false", approved: str = "true") -> list[Rec]:
        """Records of a module, filtered like Zoho's list: converted leads and unapproved records hidden."""
        result = []
        for rec in self.records[module].values():
            if module == "Leads" and converted != "both" and rec.converted != (converted == "true"):
                continue
            if approved != "both" and rec.approved != (approved == "true"):
                continue
            result.append(rec)
        return result

    def sort(self, records: list[Rec], sort_by: str | None, descending: bool) -> list[Rec]:
        if not sort_by:
            return sorted(records, key=lambda r: r.id, reverse=descending)

        def key(rec: Rec) -> tuple[int, Any]:
            value = self.sort_value(rec, sort_by)
            return (0, "") if value is None else (1, value)

        return sorted(records, key=key, reverse=descending)

    def sort_value(self, rec: Rec, api_name: str) -> Any:
        if api_name == "id":
            return int(rec.id)
        if api_name == "Created_Time":
            return rec.created
        if api_name == "Modified_Time":
            return rec.modified
        if api_name in ("Owner", "Created_By", "Modified_By"):
            user = directory.user_by_id(
                {"Owner": rec.owner, "Created_By": rec.created_by, "Modified_By": rec.modified_by}[api_name]
            )
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

    def custom_view_filter(self, module: str, cvid: str, user_id: str) -> Any:
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

    # --- search -----------------------------------------------------------------------------------

    def search(
        self,
        module_name: str,
        records: list[Rec],
        *,
        criteria: str | None,
        email: str | None,
        phone: str | None,
        word: str | None,
    ) -> list[Rec]:
        module = self.module(module_name)
        if criteria is not None:
            tree = crit.parse(criteria)
            for condition in crit.conditions(tree):
                self._check_condition(module, condition)
            return [r for r in records if self._evaluate(module, tree, r)]
        if email is not None:
            needle = email.strip().lower()
            fields = [f.api_name for f in module.fields if f.data_type == "email"]
            return [r for r in records if any(str(r.values.get(f) or "").lower() == needle for f in fields)]
        if phone is not None:
            digits = "".join(ch for ch in phone if ch.isdigit())
            if not digits:
                return []
            fields = [f.api_name for f in module.fields if f.data_type == "phone"]
            return [
                r
                for r in records
                if any(digits in "".join(ch for ch in str(r.values.get(f) or "") if ch.isdigit()) for f in fields)
            ]
        if word is not None:
            needle = word.strip().lower()
            fields = [f.api_name for f in module.fields if f.data_type in crit.TEXT_TYPES]
            return [r for r in records if any(needle in str(r.values.get(f) or "").lower() for f in fields)]
        raise ZohoError(
            400, "REQUIRED_PARAM_MISSING", "One of the expected parameter is missing", {"param": "criteria"}
        )

    def _evaluate(self, module: ModuleDef, tree: Any, rec: Rec) -> bool:
        def test(condition: crit.Condition) -> bool:
            return self._matches(module, rec, condition)

        return crit.evaluate(tree, test)

    @staticmethod
    def _kind(data_type: str) -> str:
        if data_type in crit.TEXT_TYPES:
            return "text"
        if data_type in crit.NUMBER_TYPES:
            return "number"
        if data_type in crit.DATE_TYPES:
            return "date"
        if data_type == "boolean":
            return "boolean"
        if data_type in ("lookup", "ownerlookup"):
            return "lookup"
        if data_type == "multiselectpicklist":
            return "multi"
        return "other"

    def _check_condition(self, module: ModuleDef, condition: crit.Condition) -> None:
        if condition.field == "id":
            if condition.operator not in ("equals", "not_equal", "in"):
                raise crit.invalid_query("invalid operator found", api_name="id", operator=condition.operator)
            return
        spec = module.field(condition.field)
        if spec is None or not spec.searchable:
            raise crit.invalid_query("the field is not available for search", api_name=condition.field)
        allowed = crit.OPERATORS_BY_KIND.get(self._kind(spec.data_type), set())
        if condition.operator not in allowed:
            raise crit.invalid_query("invalid operator found", api_name=condition.field, operator=condition.operator)
        kind = self._kind(spec.data_type)
        for value in condition.values:
            if kind == "number" and value.lower() != "null":
                try:
                    float(value)
                except ValueError:
                    raise crit.invalid_query("invalid value for the field", api_name=condition.field) from None
            if kind == "date" and value.lower() != "null" and self._date_key(spec.data_type, value) is None:
                raise crit.invalid_query("invalid value for the field", api_name=condition.field)
            if kind == "boolean" and value.lower() not in ("true", "false"):
                raise crit.invalid_query("invalid value for the field", api_name=condition.field)

    @staticmethod
    def _date_key(data_type: str, value: str) -> Any:
        if data_type == "date":
            try:
                return datetime.strptime(value, "%Y-%m-%d").date().isoformat()
            except ValueError:
                return None
        parsed = parse_datetime(value)
        return parsed.timestamp() if parsed else None

    def _matches(self, module: ModuleDef, rec: Rec, condition: crit.Condition) -> bool:
        op, values = condition.operator, condition.values
        if condition.field == "id":
            hit = rec.id in values
            return not hit if op == "not_equal" else hit
        spec = module.field(condition.field)
        assert spec is not None
        kind = self._kind(spec.data_type)
        if spec.api_name in ("Created_Time", "Modified_Time"):
            raw: Any = format_time(
                datetime.fromtimestamp(rec.created if spec.api_name == "Created_Time" else rec.modified, tz=UTC)
            )
        elif spec.api_name in ("Owner", "Created_By", "Modified_By"):
            raw = {"Owner": rec.owner, "Created_By": rec.created_by, "Modified_By": rec.modified_by}[spec.api_name]
        else:
            raw = rec.values.get(spec.api_name)
        if kind == "text":
            text = raw.lower() if isinstance(raw, str) else None
            wanted = [v.lower() for v in values]
            if op == "equals":
                return text == wanted[0] if wanted[0] != "null" else text in (None, "")
            if op == "not_equal":
                return text != wanted[0]
            if op == "starts_with":
                return text is not None and text.startswith(wanted[0])
            return text in wanted
        if kind == "number":
            if raw is None or isinstance(raw, bool):
                return op == "not_equal"
            number = float(raw)
            targets = [float(v) for v in values if v.lower() != "null"]
            return _compare(op, number, targets)
        if kind == "date":
            if raw is None:
                return op == "not_equal"
            key = self._date_key(spec.data_type, raw)
            targets = [self._date_key(spec.data_type, v) for v in values]
            return _compare(op, key, targets)
        if kind == "boolean":
            wanted_bool = values[0].lower() == "true"
            return (bool(raw) == wanted_bool) if op == "equals" else (bool(raw) != wanted_bool)
        if kind == "lookup":
            if isinstance(raw, Link):
                candidates = {raw.id, (self.link_name(raw) or "").lower()}
            elif isinstance(raw, str):
                user = directory.user_by_id(raw)
                candidates = {raw, user.full_name.lower() if user else ""}
            else:
                candidates = set()
            hit = any(v.lower() in candidates or v in candidates for v in values)
            return not hit if op == "not_equal" else hit
        if kind == "multi":
            items = {v.lower() for v in raw} if isinstance(raw, list) else set()
            hit = any(v.lower() in items for v in values)
            return not hit if op == "not_equal" else hit
        return False

    # --- related records -------------------------------------------------------------------------

    def related_def(self, module: str, related: str) -> RelatedDef:
        for entry in self.modules[module].related:
            if entry.api_name == related:
                return entry
        raise ZohoError(
            400,
            "INVALID_DATA",
            "The relation name given seems to be invalid",
            {"api_name": related, "resource_path_index": 2},
        )

    def _junction_key(self, module_a: str, id_a: str, module_b: str, id_b: str) -> tuple[str, str, str, str]:
        return (
            (module_a, id_a, module_b, id_b)
            if (module_a, id_a) <= (module_b, id_b)
            else (module_b, id_b, module_a, id_a)
        )

    def related_records(self, parent: Rec, related: RelatedDef) -> list[Rec]:
        if related.kind == "lookup":
            assert related.via is not None
            return [
                r
                for r in self.records[related.module].values()
                if isinstance(r.values.get(related.via), Link) and r.values[related.via].id == parent.id
            ]
        if related.kind == "notes":
            return [
                r
                for r in self.records["Notes"].values()
                if isinstance(r.values.get("Parent_Id"), Link) and r.values["Parent_Id"].id == parent.id
            ]
        if related.kind == "junction":
            result = []
            for a_mod, a_id, b_mod, b_id in self.junctions:
                if (a_mod, a_id) == (parent.module, parent.id) and b_mod == related.module:
                    result.append(self.records[b_mod][b_id])
                elif (b_mod, b_id) == (parent.module, parent.id) and a_mod == related.module:
                    result.append(self.records[a_mod][a_id])
            return sorted(result, key=lambda r: r.id)
        return []

    def link(self, parent: Rec, related: RelatedDef, items: list[Any], user_id: str) -> list[WriteOutcome]:
        """Associate records with the parent (PUT on a related list)."""
        outcomes = []
        for index, item in enumerate(items):
            record_id = normalize_id(item.get("id") if isinstance(item, dict) else item)
            target = (
                self.records[related.module].get(record_id or "") if related.kind in ("lookup", "junction") else None
            )
            if target is None:
                outcomes.append(
                    WriteOutcome(
                        error=ZohoError(
                            202,
                            "INVALID_DATA",
                            "the related id given seems to be invalid",
                            {"id": str(record_id), "index": index},
                        )
                    )
                )
                continue
            if related.kind == "junction":
                self.junctions.add(self._junction_key(parent.module, parent.id, target.module, target.id))
            else:
                assert related.via is not None
                target.values[related.via] = Link(parent.id, parent.module)
                target.modified, target.modified_by = self.now(), user_id
            outcomes.append(WriteOutcome(record=target, action="link"))
        return outcomes

    def delink(self, parent: Rec, related: RelatedDef, related_ids: list[str], user_id: str) -> list[WriteOutcome]:
        outcomes = []
        current = {r.id for r in self.related_records(parent, related)}
        for record_id in related_ids:
            if record_id not in current or related.kind not in ("lookup", "junction"):
                outcomes.append(
                    WriteOutcome(
                        error=ZohoError(
                            202, "INVALID_DATA", "the related id given seems to be invalid", {"id": record_id}
                        )
                    )
                )
                continue
            target = self.records[related.module][record_id]
            if related.kind == "junction":
                self.junctions.discard(self._junction_key(parent.module, parent.id, target.module, target.id))
            else:
                assert related.via is not None
                target.values[related.via] = None
                target.modified, target.modified_by = self.now(), user_id
            outcomes.append(WriteOutcome(record=target, action="delink"))
        return outcomes

    # --- notes -------------------------------------------------------------------------------------

    def create_notes(self, items: list[Any], user_id: str, parent: Rec | None = None) -> list[WriteOutcome]:
        """Notes from ``items``; under ``parent`` when given, else each names ``Parent_Id`` and ``se_module``."""
        shaped = []
        for item in items:
            if isinstance(item, dict) and parent is not None:
                item = {**item, "Parent_Id": {"id": parent.id}, "$se_module": parent.module}
            elif isinstance(item, dict) and "se_module" in item and "$se_module" not in item:
                item = {**item, "$se_module": item["se_module"]}
            shaped.append(item)
        return self.insert("Notes", shaped, user_id)

    # --- tags --------------------------------------------------------------------------------------

    def _tag_by_name(self, module: str, name: str) -> Tag | None:
        lowered = name.lower()
        return next((t for t in self.tags[module].values() if t.name.lower() == lowered), None)

    def check_tag_name(self, module: str, name: Any, self_id: str | None = None) -> str:
        if not isinstance(name, str) or not name.strip():
            raise ZohoError(202, "MANDATORY_NOT_FOUND", "required field not found", {"api_name": "name"})
        cleaned: str = name.strip()
        if len(cleaned) > TAG_NAME_LENGTH:
            raise ZohoError(
                202, "INVALID_DATA", "invalid data", {"api_name": "name", "maximum_length": TAG_NAME_LENGTH}
            )
        if any(ch in TAG_FORBIDDEN for ch in cleaned):
            raise ZohoError(202, "INVALID_DATA", "special characters found in the given name", {"api_name": "name"})
        existing = self._tag_by_name(module, cleaned)
        if existing is not None and existing.id != self_id:
            raise ZohoError(202, "DUPLICATE_DATA", "duplicate data", {"api_name": "name", "id": existing.id})
        return cleaned

    def _create_tag(self, module: str, name: str, user_id: str) -> Tag:
        now = self.now()
        tag = Tag(self.ids(), module, name, user_id, user_id, now, now)
        self.tags[module][tag.id] = tag
        return tag

    def create_tags(self, module: str, items: list[Any], user_id: str) -> list[Tag | ZohoError]:
        self.module(module)
        results: list[Tag | ZohoError] = []
        for item in items:
            try:
                if not isinstance(item, dict):
                    raise ZohoError(202, "INVALID_DATA", "invalid data", {"expected_data_type": "jsonobject"})
                name = self.check_tag_name(module, item.get("name"))
                if len(self.tags[module]) >= MAX_TAGS_PER_MODULE:
                    raise ZohoError(202, "LIMIT_EXCEEDED", "tag edition limit exceeded", {"limit": MAX_TAGS_PER_MODULE})
                results.append(self._create_tag(module, name, user_id))
            except ZohoError as err:
                results.append(err)
        return results

    def tag(self, tag_id: str, module: str | None = None) -> Tag:
        for module_name, tags in self.tags.items():
            if tag_id in tags and (module is None or module == module_name):
                return tags[tag_id]
        raise ZohoError(400, "INVALID_DATA", "the id given seems to be invalid", {"id": tag_id})

    def rename_tag(self, tag: Tag, name: Any, user_id: str) -> Tag:
        tag.name = self.check_tag_name(tag.module, name, tag.id)
        tag.modified, tag.modified_by = self.now(), user_id
        return tag

    def delete_tag(self, tag: Tag) -> None:
        del self.tags[tag.module][tag.id]
        for rec in self.records[tag.module].values():
            if tag.id in rec.tags:
                rec.tags.remove(tag.id)

    def merge_tags(self, keep: Tag, other: Tag, user_id: str) -> Tag:
        if keep.id == other.id or keep.module != other.module:
            raise ZohoError(
                400, "INVALID_DATA", "the id given seems to be invalid", {"id": other.id, "api_name": "conflict_id"}
            )
        for rec in self.records[keep.module].values():
            if other.id in rec.tags:
                rec.tags.remove(other.id)
                if keep.id not in rec.tags:
                    rec.tags.append(keep.id)
        del self.tags[other.module][other.id]
        keep.modified, keep.modified_by = self.now(), user_id
        return keep

    def tag_count(self, tag: Tag) -> int:
        return sum(1 for rec in self.records[tag.module].values() if tag.id in rec.tags)

    def check_tag_names(self, module: str, names: list[str]) -> list[str]:
        cleaned = []
        for name in names:
            try:
                existing = self._tag_by_name(module, name)
                cleaned.append(self.check_tag_name(module, name, existing.id if existing else None))
            except ZohoError as err:
                raise ZohoError(400, err.code, err.message, {**err.details, "param": "tag_names"}) from None
        return cleaned

    def add_tags(self, rec: Rec, names: list[str], user_id: str, overwrite: bool) -> None:
        existing = [] if overwrite else [self.tags[rec.module][t].name.lower() for t in rec.tags]
        total = len(existing) + sum(1 for n in {x.lower() for x in names} if n not in existing)
        if total > MAX_TAGS_PER_RECORD:
            raise ZohoError(
                202,
                "LIMIT_EXCEEDED",
                f"a record can carry at most {MAX_TAGS_PER_RECORD} tags",
                {"id": rec.id, "limit": MAX_TAGS_PER_RECORD},
            )
        self._apply_tags(rec, names, user_id, overwrite)

    def remove_tags(self, rec: Rec, names: list[str]) -> None:
        lowered = {n.lower() for n in names}
        rec.tags = [t for t in rec.tags if self.tags[rec.module][t].name.lower() not in lowered]

    # --- attachments and photos ------------------------------------------------------------------

    def add_attachment(
        self, parent: Rec, file_name: str, content: bytes, content_type: str, link_url: str | None, user_id: str
    ) -> Attachment:
        if len(content) > ATTACHMENT_MAX_BYTES:
            raise ZohoError(
                413,
                "FILE_SIZE_MORE_THAN_ALLOWED_SIZE",
                "file size is more than the allowed size",
                {"maximum_size": ATTACHMENT_MAX_BYTES},
            )
        now = self.now()
        attachment = Attachment(
            id=self.ids(),
            file_id=self.ids(),
            parent_id=parent.id,
            parent_module=parent.module,
            file_name=file_name,
            content=content,
            content_type=content_type,
            link_url=link_url,
            owner=user_id,
            created_by=user_id,
            modified_by=user_id,
            created=now,
            modified=now,
        )
        self.attachments.setdefault(parent.id, []).append(attachment)
        return attachment

    def attachment(self, parent: Rec, attachment_id: str) -> Attachment:
        for item in self.attachments.get(parent.id, []):
            if item.id == attachment_id:
                return item
        raise ZohoError(
            400, "INVALID_DATA", "the id given seems to be invalid", {"id": attachment_id, "resource_path_index": 3}
        )

    def delete_attachment(self, parent: Rec, attachment_id: str) -> Attachment:
        item = self.attachment(parent, attachment_id)
        self.attachments[parent.id].remove(item)
        return item

    @staticmethod
    def _check_image_size(data: bytes) -> None:
        """Record photos and the org logo share Zoho's size limit: 413 beyond it."""
        if len(data) > PHOTO_MAX_BYTES:
            raise ZohoError(
                413,
                "FILE_SIZE_MORE_THAN_ALLOWED_SIZE",
                "file size is more than the allowed size",
                {"maximum_size": PHOTO_MAX_BYTES},
            )

    def set_photo(self, rec: Rec, data: bytes, content_type: str, file_name: str) -> None:
        self._check_image_size(data)
        rec.photo = (bytes(data), content_type, file_name)
        rec.values["Record_Image"] = self.ids()
        rec.modified = self.now()

    def clear_photo(self, rec: Rec) -> None:
        if rec.photo is None:
            raise ZohoError(400, "INVALID_DATA", "the record has no photo", {"id": rec.id})
        rec.photo = None
        rec.values["Record_Image"] = None
        rec.modified = self.now()

    def set_org_logo(self, data: bytes, content_type: str, file_name: str) -> None:
        self._check_image_size(data)
        self.org_logo = (bytes(data), content_type, file_name)
        self.org["photo_id"] = self.ids()

    # --- lead conversion ---------------------------------------------------------------------------

    def convert_lead(self, lead: Rec, spec: dict[str, Any], user_id: str) -> dict[str, str | None]:
        if lead.converted:
            raise ZohoError(400, "ID_ALREADY_CONVERTED", "id already converted", {"id": lead.id})
        if lead.stop_processing:
            raise ZohoError(400, "NOT_ALLOWED", "processing of this lead is stopped (GDPR)", {"id": lead.id})
        owner = user_id
        assign_to = spec.get("assign_to")
        if assign_to is not None:
            assignee = normalize_id(assign_to.get("id") if isinstance(assign_to, dict) else assign_to)
            if assignee is None or not self.user_exists(assignee):
                raise invalid_data("invalid data", api_name="assign_to", expected_data_type="text")
            owner = assignee
        account: Rec | None = None
        contact: Rec | None = None
        if spec.get("Accounts") is not None:
            account_id = normalize_id(
                spec["Accounts"].get("id") if isinstance(spec["Accounts"], dict) else spec["Accounts"]
            )
            account = self.records["Accounts"].get(account_id or "")
            if account is None:
                raise invalid_data("the id given seems to be invalid", api_name="Accounts", id=str(spec["Accounts"]))
        if spec.get("Contacts") is not None:
            contact_id = normalize_id(
                spec["Contacts"].get("id") if isinstance(spec["Contacts"], dict) else spec["Contacts"]
            )
            contact = self.records["Contacts"].get(contact_id or "")
            if contact is None:
                raise invalid_data("the id given seems to be invalid", api_name="Contacts", id=str(spec["Contacts"]))
            linked = contact.values.get("Account_Name")
            if account is not None and isinstance(linked, Link) and linked.id != account.id:
                raise ZohoError(
                    400,
                    "DATA_MISMATCH",
                    "the given contact does not belong to the given account",
                    {"api_name": "Contacts", "id": contact.id},
                )
        values = lead.values
        account_changes = None
        company = values.get("Company")
        if account is None and isinstance(company, str) and company.strip():
            existing = next(
                (
                    a
                    for a in self.records["Accounts"].values()
                    if str(a.values.get("Account_Name", "")).lower() == company.strip().lower()
                ),
                None,
            )
            if existing is not None:
                account = existing
            else:
                account_changes = self._prepare(
                    self.modules["Accounts"],
                    {
                        "Account_Name": company.strip(),
                        "Phone": values.get("Phone"),
                        "Website": values.get("Website"),
                        "Industry": values.get("Industry"),
                        "Annual_Revenue": values.get("Annual_Revenue"),
                        "Billing_Street": values.get("Street"),
                        "Billing_City": values.get("City"),
                        "Billing_State": values.get("State"),
                        "Billing_Code": values.get("Zip_Code"),
                        "Billing_Country": values.get("Country"),
                        "Owner": owner,
                    },
                    user_id,
                    None,
                    0,
                )
        contact_changes = None
        if contact is None:
            contact_changes = self._prepare(
                self.modules["Contacts"],
                {
                    "Salutation": values.get("Salutation"),
                    "First_Name": values.get("First_Name"),
                    "Last_Name": values.get("Last_Name"),
                    "Email": values.get("Email"),
                    "Secondary_Email": values.get("Secondary_Email"),
                    "Phone": values.get("Phone"),
                    "Mobile": values.get("Mobile"),
                    "Fax": values.get("Fax"),
                    "Title": values.get("Designation"),
                    "Lead_Source": values.get("Lead_Source"),
                    "Email_Opt_Out": values.get("Email_Opt_Out"),
                    "Skype_ID": values.get("Skype_ID"),
                    "Twitter": values.get("Twitter"),
                    "Mailing_Street": values.get("Street"),
                    "Mailing_City": values.get("City"),
                    "Mailing_State": values.get("State"),
                    "Mailing_Zip": values.get("Zip_Code"),
                    "Mailing_Country": values.get("Country"),
                    "Description": values.get("Description"),
                    "Owner": owner,
                },
                user_id,
                None,
                0,
            )
        deal_changes = None
        deal_input = spec.get("Deals")
        if deal_input is not None:
            if not isinstance(deal_input, dict):
                raise invalid_data("invalid data", api_name="Deals", expected_data_type="jsonobject")
            try:
                deal_changes = self._prepare(
                    self.modules["Deals"], {**deal_input, "Owner": deal_input.get("Owner", owner)}, user_id, None, 0
                )
            except ZohoError as err:
                raise ZohoError(400, err.code, err.message, err.details) from None
        carry_input = spec.get("carry_over_tags")
        carry: dict[str, Any] = carry_input if isinstance(carry_input, dict) else {}
        lead_tag_names = [self.tags["Leads"][t].name for t in lead.tags]
        # everything is valid: apply
        created: list[tuple[str, str]] = []
        if account is None and account_changes is not None:
            account = self._new_record(self.modules["Accounts"], account_changes, user_id)
            created.append(("Accounts", account.id))
        if contact is None and contact_changes is not None:
            contact = self._new_record(self.modules["Contacts"], contact_changes, user_id)
            created.append(("Contacts", contact.id))
        assert contact is not None
        if account is not None and contact.values.get("Account_Name") is None:
            contact.values["Account_Name"] = Link(account.id, "Accounts")
        deal = None
        if deal_changes is not None:
            if account is not None:
                deal_changes["values"].setdefault("Account_Name", Link(account.id, "Accounts"))
            deal_changes["values"].setdefault("Contact_Name", Link(contact.id, "Contacts"))
            deal = self._new_record(self.modules["Deals"], deal_changes, user_id)
            created.append(("Deals", deal.id))
        lead_tags = {name.lower(): name for name in lead_tag_names}
        for target, flag in ((contact, "Contacts"), (account, "Accounts"), (deal, "Deals")):
            wanted = carry.get(flag)
            if target is not None and isinstance(wanted, list):
                names = [lead_tags[n.lower()] for n in wanted if isinstance(n, str) and n.lower() in lead_tags]
                self._apply_tags(target, names, user_id)
        for note in self.records["Notes"].values():
            parent = note.values.get("Parent_Id")
            if isinstance(parent, Link) and parent.id == lead.id:
                note.values["Parent_Id"] = Link(contact.id, "Contacts")
        if lead.id in self.attachments:
            moved = self.attachments.pop(lead.id)
            for item in moved:
                item.parent_id, item.parent_module = contact.id, "Contacts"
            self.attachments.setdefault(contact.id, []).extend(moved)
        lead.converted = True
        lead.converted_detail = {
            "Contacts": contact.id,
            "Accounts": account.id if account else None,
            "Deals": deal.id if deal else None,
        }
        lead.modified, lead.modified_by = self.now(), user_id
        for module_name, record_id in created:
            self.notify(module_name, "create", [record_id])
        self.notify("Leads", "edit", [lead.id], {lead.id: ["$converted"]})
        return {"Contacts": contact.id, "Accounts": account.id if account else None, "Deals": deal.id if deal else None}

    # --- blueprint ----------------------------------------------------------------------------------

    def blueprint_state(self, rec: Rec) -> tuple[Blueprint, list[Transition]]:
        blueprint = self.blueprints.get(rec.module)
        if blueprint is None:
            raise ZohoError(400, "RECORD_NOT_IN_PROCESS", "record not in process", {"id": rec.id})
        current = rec.values.get(blueprint.field)
        states = {t.from_value for t in blueprint.transitions} | {t.to_value for t in blueprint.transitions}
        if current not in states:
            raise ZohoError(400, "RECORD_NOT_IN_PROCESS", "record not in process", {"id": rec.id})
        return blueprint, [t for t in blueprint.transitions if t.from_value == current]

    def run_transition(self, rec: Rec, transition_id: str, data: dict[str, Any], user_id: str) -> bool:
        """Perform (True) or partially save (False) a transition; raise when it cannot run."""
        blueprint, available = self.blueprint_state(rec)
        transition = next((t for t in blueprint.transitions if t.id == transition_id), None)
        if transition is None:
            raise ZohoError(
                400, "INVALID_DATA", "invalid transition", {"api_name": "transition_id", "id": transition_id}
            )
        if transition not in available:
            raise ZohoError(
                400,
                "RECORD_NOT_IN_PROCESS",
                "record not in the transition's state",
                {"id": rec.id, "transition_id": transition_id},
            )
        field_input = {k: v for k, v in data.items() if k not in ("Notes", "Attachments", "CheckLists", "Tasks")}
        module = self.modules[rec.module]
        try:
            changes = self._prepare(module, field_input, user_id, rec, 0)
        except ZohoError as err:
            raise ZohoError(400, err.code, err.message, err.details) from None
        notes = data.get("Notes")
        note_items = []
        if notes is not None:
            entries = notes if isinstance(notes, list) else [notes]
            for entry in entries:
                if not isinstance(entry, dict) or not entry.get("Note_Content"):
                    raise ZohoError(400, "INVALID_DATA", "invalid data", {"api_name": "Notes"})
                note_items.append(entry)
        merged = {**rec.values, **changes["values"]}
        complete = all(merged.get(f) not in (None, "") for f in transition.fields)
        if complete:
            changes["values"][blueprint.field] = transition.to_value
        touched = self._update_record(rec, changes, user_id)
        if note_items:
            self.create_notes(note_items, user_id, parent=rec)
        self.notify(rec.module, "edit", [rec.id], {rec.id: touched})
        return complete

    # --- sharing ------------------------------------------------------------------------------------

    def share(self, rec: Rec, items: list[Any], user_id: str, replace: bool) -> list[ZohoError | Share]:
        current = {s.user_id: s for s in self.shares.get(rec.id, [])}
        results: list[ZohoError | Share] = []
        if len(items) > MAX_SHARES:
            raise ZohoError(
                400,
                "SHARE_LIMIT_EXCEEDED",
                f"Cannot share a record to more than {MAX_SHARES} users.",
                {"limit": MAX_SHARES},
            )
        for item in items:
            try:
                if not isinstance(item, dict):
                    raise ZohoError(400, "INVALID_DATA", "invalid data", {"expected_data_type": "jsonobject"})
                user = item.get("user")
                target = normalize_id(user.get("id") if isinstance(user, dict) else None)
                if target is None:
                    raise ZohoError(400, "MANDATORY_NOT_FOUND", "required field not found", {"api_name": "user"})
                if not self.user_exists(target) or target == rec.owner:
                    raise ZohoError(400, "INVALID_DATA", "cannot share to the user", {"api_name": "user", "id": target})
                permission = item.get("permission")
                if permission not in SHARE_PERMISSIONS:
                    raise ZohoError(400, "INVALID_DATA", "Permission is invalid", {"api_name": "permission"})
                related = item.get("share_related_records", False)
                if not isinstance(related, bool):
                    raise ZohoError(
                        400,
                        "INVALID_DATA",
                        "invalid data",
                        {"api_name": "share_related_records", "expected_data_type": "boolean"},
                    )
                if not replace and target in current:
                    raise ZohoError(
                        400,
                        "DUPLICATE_DATA",
                        "record is already visible to the user.",
                        {"api_name": "user", "id": target},
                    )
                if replace and target not in current:
                    raise ZohoError(
                        400,
                        "INVALID_DATA",
                        "the record is not shared with the user",
                        {"api_name": "user", "id": target},
                    )
                entry = Share(target, permission, related, user_id, self.now())
                current[target] = entry
                results.append(entry)
            except ZohoError as err:
                results.append(err)
        if len(current) > MAX_SHARES:
            raise ZohoError(
                400,
                "SHARE_LIMIT_EXCEEDED",
                f"Cannot share a record to more than {MAX_SHARES} users.",
                {"limit": MAX_SHARES},
            )
        self.shares[rec.id] = list(current.values())
        return results

    def revoke_shares(self, rec: Rec) -> None:
        if not self.shares.get(rec.id):
            raise ZohoError(
                400, "INVALID_DATA", "No sharing through this record is available to revoke.", {"id": rec.id}
            )
        del self.shares[rec.id]

    # --- variables ----------------------------------------------------------------------------------

    def variable(self, key: str) -> Variable:
        found = self.variables.get(key) or next((v for v in self.variables.values() if v.api_name == key), None)
        if found is None:
            raise ZohoError(
                400, "INVALID_DATA", "the id given seems to be invalid", {"id": key, "resource_path_index": 2}
            )
        return found

    def variable_group(self, key: str) -> VariableGroup:
        found = self.variable_groups.get(key) or next(
            (g for g in self.variable_groups.values() if key in (g.api_name, g.name)), None
        )
        if found is None:
            raise ZohoError(
                400, "INVALID_DATA", "the id given seems to be invalid", {"id": key, "resource_path_index": 2}
            )
        return found

    def _variable_value(self, var_type: str, value: Any, api_name: str = "value") -> Any:
        if value is None:
            return None
        ok = True
        if var_type in ("integer", "long"):
            ok = isinstance(value, int) and not isinstance(value, bool)
        elif var_type in ("percent", "currency", "decimal", "double"):
            ok = isinstance(value, (int, float)) and not isinstance(value, bool)
        elif var_type == "checkbox":
            ok = isinstance(value, bool)
        elif var_type == "date":
            ok = isinstance(value, str) and parse_time(value + "T00:00:00") is not None and len(value) == 10
        elif var_type == "datetime":
            ok = isinstance(value, str) and parse_datetime(value) is not None
        else:
            ok = isinstance(value, str)
        if not ok:
            raise ZohoError(202, "INVALID_DATA", "invalid data", {"api_name": api_name, "expected_data_type": var_type})
        return value

    def create_variables(self, items: list[Any]) -> list[Variable | ZohoError]:
        results: list[Variable | ZohoError] = []
        for item in items:
            try:
                if not isinstance(item, dict):
                    raise ZohoError(202, "INVALID_DATA", "invalid data", {"expected_data_type": "jsonobject"})
                for key in ("name", "api_name", "variable_group"):
                    if item.get(key) in (None, ""):
                        raise ZohoError(202, "MANDATORY_NOT_FOUND", "required field not found", {"api_name": key})
                name, api_name = item["name"], item["api_name"]
                if (
                    not isinstance(name, str)
                    or not isinstance(api_name, str)
                    or not api_name.replace("_", "").isalnum()
                    or not api_name[0].isalpha()
                ):
                    raise ZohoError(202, "INVALID_DATA", "invalid data", {"api_name": "api_name"})
                if any(v.name == name for v in self.variables.values()):
                    raise ZohoError(202, "DUPLICATE_DATA", "duplicate data", {"api_name": "name"})
                if any(v.api_name == api_name for v in self.variables.values()):
                    raise ZohoError(202, "DUPLICATE_DATA", "duplicate data", {"api_name": "api_name"})
                var_type = str(item.get("type") or "text").lower()
                if var_type not in VARIABLE_TYPES:
                    raise ZohoError(202, "INVALID_DATA", "invalid data", {"api_name": "type"})
                value = self._variable_value(var_type, item.get("value"))
                group_ref = item["variable_group"]
                if not isinstance(group_ref, dict):
                    raise ZohoError(
                        202,
                        "INVALID_DATA",
                        "invalid data",
                        {"api_name": "variable_group", "expected_data_type": "jsonobject"},
                    )
                group = self._group_for(group_ref)
                description = item.get("description")
                variable = Variable(
                    self.ids(),
                    api_name,
                    name,
                    var_type,
                    value,
                    group.id,
                    description if isinstance(description, str) else None,
                )
                self.variables[variable.id] = variable
                results.append(variable)
            except ZohoError as err:
                results.append(err)
        return results

    def _group_for(self, ref: dict[str, Any]) -> VariableGroup:
        group_id = normalize_id(ref.get("id"))
        if group_id is not None:
            if group_id not in self.variable_groups:
                raise ZohoError(
                    202,
                    "INVALID_DATA",
                    "the id given seems to be invalid",
                    {"api_name": "variable_group", "id": group_id},
                )
            return self.variable_groups[group_id]
        name = ref.get("name") or ref.get("api_name")
        if not isinstance(name, str) or not name.strip():
            raise ZohoError(202, "MANDATORY_NOT_FOUND", "required field not found", {"api_name": "variable_group"})
        existing = next((g for g in self.variable_groups.values() if name in (g.name, g.api_name)), None)
        if existing is not None:
            return existing
        group = VariableGroup(self.ids(), name.replace(" ", "_"), name, name)
        self.variable_groups[group.id] = group
        return group

    def update_variable(self, variable: Variable, item: dict[str, Any]) -> Variable:
        changes: dict[str, Any] = {}
        if "type" in item and item["type"] is not None and str(item["type"]).lower() != variable.type:
            raise ZohoError(202, "INVALID_DATA", "the data type of a variable cannot be changed", {"api_name": "type"})
        if "value" in item:
            changes["value"] = self._variable_value(variable.type, item["value"])
        for key in ("name", "api_name", "description"):
            if key in item and item[key] is not None:
                if not isinstance(item[key], str) or (key != "description" and not item[key].strip()):
                    raise ZohoError(202, "INVALID_DATA", "invalid data", {"api_name": key})
                clash = (
                    next(
                        (v for v in self.variables.values() if v.id != variable.id and getattr(v, key) == item[key]),
                        None,
                    )
                    if key != "description"
                    else None
                )
                if clash is not None:
                    raise ZohoError(202, "DUPLICATE_DATA", "duplicate data", {"api_name": key})
                changes[key] = item[key]
        if isinstance(item.get("variable_group"), dict):
            changes["group_id"] = self._group_for(item["variable_group"]).id
        for key, value in changes.items():
            setattr(variable, key, value)
        return variable

    def delete_variable(self, variable: Variable) -> None:
        del self.variables[variable.id]

    # --- notifications ------------------------------------------------------------------------------

    def live_channels(self) -> list[Channel]:
        now = self.now()
        for key in [k for k, c in self.channels.items() if c.expiry <= now]:
            del self.channels[key]
        return sorted(self.channels.values(), key=lambda c: c.channel_id)

    def check_channel_input(self, item: Any, *, partial: bool) -> dict[str, Any]:
        """Validated channel details (only the keys given); raises the per-channel error."""
        if not isinstance(item, dict):
            raise ZohoError(400, "INVALID_DATA", "invalid data", {"expected_data_type": "jsonobject"})
        result: dict[str, Any] = {}
        channel_id = normalize_id(item.get("channel_id"))
        if item.get("channel_id") is None:
            raise ZohoError(400, "MANDATORY_NOT_FOUND", "required field not found", {"api_name": "channel_id"})
        if channel_id is None:
            raise ZohoError(
                400, "INVALID_DATA", "invalid data", {"api_name": "channel_id", "expected_data_type": "long"}
            )
        result["channel_id"] = channel_id
        for key in ("events", "notify_url"):
            if not partial and item.get(key) in (None, "", []):
                raise ZohoError(400, "MANDATORY_NOT_FOUND", "required field not found", {"api_name": key})
        if item.get("events") is not None:
            events = item["events"]
            if not isinstance(events, list) or not events:
                raise ZohoError(
                    400, "INVALID_DATA", "invalid data", {"api_name": "events", "expected_data_type": "jsonarray"}
                )
            cleaned = []
            for event in events:
                if not isinstance(event, str) or "." not in event:
                    raise ZohoError(400, "INVALID_DATA", "invalid data", {"api_name": "events"})
                module, _, operation = event.rpartition(".")
                if operation not in ("create", "edit", "delete", "all"):
                    raise ZohoError(400, "INVALID_DATA", "invalid data", {"api_name": "events"})
                if module not in self.modules:
                    raise ZohoError(
                        400,
                        "INVALID_MODULE",
                        "the module name given seems to be invalid",
                        {"api_name": "events", "module": module},
                    )
                if event not in cleaned:
                    cleaned.append(event)
            result["events"] = cleaned
        if item.get("notify_url") is not None:
            url = item["notify_url"]
            parsed = urlparse(url) if isinstance(url, str) else None
            if parsed is None or parsed.scheme not in ("http", "https") or not parsed.netloc:
                raise ZohoError(400, "INVALID_DATA", "invalid data", {"api_name": "notify_url"})
            result["notify_url"] = url
        if "token" in item and item["token"] is not None:
            token = item["token"]
            if not isinstance(token, str):
                raise ZohoError(
                    400, "INVALID_DATA", "invalid data", {"api_name": "token", "expected_data_type": "text"}
                )
            if len(token) > 50:
                raise ZohoError(400, "INVALID_DATA", "invalid data", {"api_name": "token", "maximum_length": 50})
            result["token"] = token
        if "channel_expiry" in item and item["channel_expiry"] is not None:
            expiry = parse_time(item["channel_expiry"]) if isinstance(item["channel_expiry"], str) else None
            now = self.backend.clock.now()
            if expiry is None or expiry <= now:
                raise ZohoError(400, "INVALID_DATA", "invalid data", {"api_name": "channel_expiry"})
            if expiry - now > CHANNEL_MAX_LIFETIME:
                expiry = now + CHANNEL_DEFAULT_LIFETIME
            result["expiry"] = _ts(expiry)
        elif not partial:
            result["expiry"] = _ts(self.backend.clock.now() + CHANNEL_DEFAULT_LIFETIME)
        if "notify_on_related_action" in item and item["notify_on_related_action"] is not None:
            if not isinstance(item["notify_on_related_action"], bool):
                raise ZohoError(
                    400,
                    "INVALID_DATA",
                    "invalid data",
                    {"api_name": "notify_on_related_action", "expected_data_type": "boolean"},
                )
            result["notify_on_related_action"] = item["notify_on_related_action"]
        if "fields" in item:
            result["fields"] = item["fields"]
        return result

    def subscribe(self, details: dict[str, Any], origin: str, user_id: str) -> Channel:
        self.live_channels()
        existing = self.channels.get(details["channel_id"])
        if existing is not None:
            for event in details["events"]:
                if event not in existing.events:
                    existing.events.append(event)
            existing.notify_url = details["notify_url"]
            existing.token = details.get("token", existing.token)
            existing.expiry = details["expiry"]
            return existing
        channel = Channel(
            channel_id=details["channel_id"],
            events=list(details["events"]),
            notify_url=details["notify_url"],
            token=details.get("token"),
            expiry=details["expiry"],
            notify_on_related_action=details.get("notify_on_related_action", False),
            origin=origin,
            fields=details.get("fields"),
            owner=user_id,
        )
        self.channels[channel.channel_id] = channel
        return channel

    def channel(self, channel_id: str) -> Channel:
        self.live_channels()
        channel = self.channels.get(channel_id)
        if channel is None:
            raise ZohoError(
                400,
                "NOT_SUBSCRIBED",
                "Not subscribed for actions-watch of the given channel",
                {"channel_id": channel_id},
            )
        return channel

    def replace_channel(self, details: dict[str, Any]) -> Channel:
        channel = self.channel(details["channel_id"])
        channel.events = list(details["events"])
        channel.notify_url = details["notify_url"]
        channel.token = details.get("token")
        channel.expiry = details["expiry"]
        channel.notify_on_related_action = details.get("notify_on_related_action", False)
        channel.fields = details.get("fields")
        return channel

    def patch_channel(self, details: dict[str, Any], delete_events: bool) -> Channel | None:
        """Apply the given details; with ``delete_events`` drop the events. None when nothing is left."""
        channel = self.channel(details["channel_id"])
        if delete_events:
            events = details.get("events")
            if not events:
                raise ZohoError(400, "MANDATORY_NOT_FOUND", "required field not found", {"api_name": "events"})
            missing = [e for e in events if e not in channel.events]
            if missing:
                raise ZohoError(
                    400, "NOT_SUBSCRIBED", "Not subscribed for actions-watch of the given module", {"events": missing}
                )
            channel.events = [e for e in channel.events if e not in events]
            if not channel.events:
                del self.channels[channel.channel_id]
                return None
            return channel
        if "events" in details:
            for event in details["events"]:
                if event not in channel.events:
                    channel.events.append(event)
        for key in ("notify_url", "token", "expiry", "notify_on_related_action", "fields"):
            if key in details:
                setattr(channel, key, details[key])
        return channel

    def unsubscribe(self, channel_id: str) -> Channel:
        channel = self.channel(channel_id)
        del self.channels[channel_id]
        return channel

    def notify(self, module: str, operation: str, ids: list[str], affected: dict[str, list[str]] | None = None) -> None:
        """Queue the notifications of a change to every live channel subscribed to it."""
        if not ids:
            return
        channels = [
            c for c in self.live_channels() if f"{module}.{operation}" in c.events or f"{module}.all" in c.events
        ]
        for channel in channels:
            payload: dict[str, Any] = {
                "server_time": int(self.now() * 1000),
                "query_params": dict(parse_qsl(urlparse(channel.notify_url).query)),
                "module": module,
                "resource_uri": f"{channel.origin}/crm/v2/{module}",
                "ids": list(ids),
                "affected_fields": [{record_id: sorted(set(fields))} for record_id, fields in (affected or {}).items()]
                if operation == "edit"
                else [],
                "operation": NOTIFY_OPERATIONS[operation],
                "channel_id": channel.channel_id,
                "token": channel.token,
            }
            self.backend.outbound.post(channel.notify_url, payload, kind="notification")

    # --- users, roles, profiles ---------------------------------------------------------------------

    @staticmethod
    def role(name_or_id: str) -> dict[str, Any] | None:
        return next((r for r in ROLES if name_or_id in (r["id"], r["name"])), None)

    @staticmethod
    def profile(name_or_id: str) -> dict[str, Any] | None:
        return next((p for p in PROFILES if name_or_id in (p["id"], p["name"])), None)

    def snapshot(self) -> dict[str, Any]:
        """A deep copy of the record state (tests compare before/after a failed write)."""
        return copy.deepcopy(
            {"records": self.records, "tags": self.tags, "junctions": self.junctions, "deleted": self.deleted}
        )


def _compare(op: str, value: Any, targets: list[Any]) -> bool:
    if value is None or any(t is None for t in targets) or not targets:
        return op == "not_equal"
    first = targets[0]
    if op == "equals":
        return bool(value == first)
    if op == "not_equal":
        return bool(value != first)
    if op == "greater_than":
        return bool(value > first)
    if op == "greater_equal":
        return bool(value >= first)
    if op == "less_than":
        return bool(value < first)
    if op == "less_equal":
        return bool(value <= first)
    if op == "between":
        low, high = sorted(targets[:2])
        return bool(low <= value <= high)
    if op == "in":
        return value in targets
    return False

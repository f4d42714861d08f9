"""The CRM's shared state: the record type, every collection the sub-resources work on, and the
lookups they share (modules, records by id, users, roles, profiles).

Plain Python, no HTTP. Callers hold ``backend.lock``.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ....core.backend import IdFactory
from ....core.errors import ZohoError, invalid_module
from ...accounts import directory
from ..fields import Link
from ..metadata import PROFILES, ROLES, ModuleDef, build_modules

if TYPE_CHECKING:
    from ....core.backend import Backend
    from .attachments import Attachment
    from .notifications import Channel
    from .sharing import Share
    from .tags import Tag
    from .variables import Variable, VariableGroup


@dataclass
class Record:
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
class WriteOutcome:
    """One record of a multi-record write: the record, or the error for it."""

    record: Record | None = None
    error: ZohoError | None = None
    action: str | None = None
    duplicate_field: str | None = None


class CrmState:
    """The CRM's shared state and the lookups every sub-resource uses.

    ``reset()`` builds every collection afresh (from the module metadata) and seeds it; the
    sub-resource mixins of ``CrmStore`` read and write these collections, never their own copies.
    """

    def __init__(self, backend: Backend) -> None:
        self.backend = backend
        self.reset()

    # --- setup ------------------------------------------------------------------------------------

    def reset(self) -> None:
        """Every collection afresh and empty (``CrmStore.reset`` seeds them)."""
        self.ids = IdFactory(directory.ORG_ID, start=200000000)
        self.modules: dict[str, ModuleDef] = build_modules()
        self.records: dict[str, dict[str, Record]] = {name: {} for name in self.modules}
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
        from .blueprints import standard_blueprints

        self.blueprints = standard_blueprints()
        self.org = self._org()

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

    # --- lookups ----------------------------------------------------------------------------------

    def now(self) -> float:
        return self.backend.clock.timestamp()

    def module(self, name: str, index: int = 0) -> ModuleDef:
        module = self.modules.get(name)
        if module is None:
            raise invalid_module(index)
        return module

    def record(self, module: str, record_id: str, index: int = 1) -> Record:
        """The live record; 400 INVALID_DATA ("the id given seems to be invalid") otherwise."""
        rec = self.records.get(module, {}).get(record_id)
        if rec is None:
            raise ZohoError(
                400, "INVALID_DATA", "the id given seems to be invalid", {"id": record_id, "resource_path_index": index}
            )
        return rec

    def find_record(self, record_id: str, module: str | None) -> tuple[str, Record] | None:
        owner = self.where.get(record_id)
        if owner is None or (module is not None and owner != module):
            return None
        return owner, self.records[owner][record_id]

    def user_exists(self, user_id: str, active_only: bool = True) -> bool:
        user = directory.user_by_id(user_id)
        return user is not None and (not active_only or user.status == "active")

    def new_row_id(self) -> str:
        return self.ids()

    def display_name(self, rec: Record) -> str | None:
        module = self.modules[rec.module]
        value = rec.values.get(module.display_field)
        return value if isinstance(value, str) else None

    def link_name(self, link: Link) -> str | None:
        found = self.find_record(link.id, link.module)
        return self.display_name(found[1]) if found else None

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

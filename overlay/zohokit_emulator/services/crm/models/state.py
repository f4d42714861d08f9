"""The CRM's shared state: every collection the sub-resources work on, over the records and
lookups of the shared record engine (``records/state.py``: the record type, modules, records by
id, users), and the CRM's own lookups (roles, profiles).

Plain Python, no HTTP. Callers hold ``backend.lock``.
"""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING, Any

from ...accounts import directory
from ...records.metadata import ModuleDef
from ...records.state import Deleted, Record, RecordState, WriteOutcome
from ..metadata import PROFILES, ROLES, build_modules

if TYPE_CHECKING:
    from .attachments import Attachment
    from .notifications import Channel
    from .sharing import Share
    from .tags import Tag
    from .variables import Variable, VariableGroup

__all__ = ["CrmState", "Deleted", "Record", "WriteOutcome"]


class CrmState(RecordState):
    """The CRM's shared state and the lookups every sub-resource uses.

    ``reset()`` builds every collection afresh (from the module metadata) and seeds it; the
    sub-resource mixins of ``CrmStore`` read and write these collections, never their own copies.
    """

    def metadata(self) -> dict[str, ModuleDef]:
        return build_modules()

    # --- setup ------------------------------------------------------------------------------------

    def reset(self) -> None:
        """Every collection afresh and empty (``CrmStore.reset`` seeds them)."""
        super().reset()
        self.junctions: set[tuple[str, str, str, str]] = set()
        self.tags: dict[str, dict[str, Tag]] = {name: {} for name in self.modules}
        self.attachments: dict[str, list[Attachment]] = {}
        self.shares: dict[str, list[Share]] = {}
        self.channels: dict[str, Channel] = {}
        self.variable_groups: dict[str, VariableGroup] = {}
        self.variables: dict[str, Variable] = {}
        self.org_logo: tuple[bytes, str, str] | None = None
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

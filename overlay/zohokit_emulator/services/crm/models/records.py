"""CRM records: the shared record engine (``records/writes.py``) with what only the CRM adds.

The engine validates, derives and writes records against the CRM's field metadata; this mixin
adds the CRM's own rules through the engine's hooks: the ``Tag`` input (``Tags``), notifying
subscribed channels (``NotificationChannels``), a deal's probability from its stage and its
expected revenue, inventory totals, a task's closed time, the links, attachments and shares a
deleted record leaves behind, and custom views.
"""

from __future__ import annotations

from typing import Any

from ....core.clock import format_time
from ...records.metadata import ModuleDef
from ...records.writes import CUSTOM_FIELD_MAX_LENGTH, RECYCLE_BIN_DAYS, RecordWrites
from .notifications import NotificationChannels
from .state import Record
from .tags import Tags

__all__ = ["CUSTOM_FIELD_MAX_LENGTH", "RECYCLE_BIN_DAYS", "STAGE_PROBABILITY", "Records"]

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


class Records(RecordWrites, Tags, NotificationChannels):
    """CRM record writes and reads: the shared engine, applying the ``Tag`` input (``Tags``) and
    notifying subscribed channels (``NotificationChannels``)."""

    # --- the engine's hooks -------------------------------------------------------------------------

    def tags_from_input(self, data: dict[str, Any]) -> list[str] | None:
        if "Tag" not in data:
            return None
        names = []
        value = data["Tag"]
        if isinstance(value, list):
            for item in value:
                name = item.get("name") if isinstance(item, dict) else item
                if isinstance(name, str) and name.strip():
                    names.append(name.strip())
        return names

    def adjust_values(self, module: ModuleDef, existing: Record | None, values: dict[str, Any]) -> dict[str, Any]:
        """A deal's probability follows its stage unless the input gives one."""
        if module.api_name != "Deals" or "Probability" in values:
            return values
        if existing is None:
            return {**values, "Probability": STAGE_PROBABILITY.get(str(values.get("Stage")))}
        if "Stage" in values and values["Stage"] != existing.values.get("Stage"):
            return {**values, "Probability": STAGE_PROBABILITY.get(str(values["Stage"]))}
        return values

    def derive_module(self, rec: Record) -> None:
        """Expected revenue of deals, inventory totals, the closed time of tasks."""
        values = rec.values
        module = self.modules[rec.module]
        if rec.module == "Deals":
            amount, probability = values.get("Amount"), values.get("Probability")
            if isinstance(amount, (int, float)) and isinstance(probability, (int, float)):
                values["Expected_Revenue"] = round(amount * probability / 100, 2)
            else:
                values["Expected_Revenue"] = None
        if module.field("Product_Details") is not None:
            self._totals(values)
        if rec.module == "Tasks":
            if values.get("Status") == "Completed":
                values.setdefault("Closed_Time", None)
                if values["Closed_Time"] is None:
                    values["Closed_Time"] = format_time(self.backend.clock.now())
            else:
                values["Closed_Time"] = None

    def after_write(self, rec: Record, changes: dict[str, Any], user_id: str) -> None:
        self._apply_tags(rec, changes["tags"], user_id)

    def on_remove(self, rec: Record, user_id: str) -> None:
        """A deleted record leaves no junction links, attachments or shares."""
        self.junctions = {j for j in self.junctions if rec.id not in (j[1], j[3])}
        self.attachments.pop(rec.id, None)
        self.shares.pop(rec.id, None)

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

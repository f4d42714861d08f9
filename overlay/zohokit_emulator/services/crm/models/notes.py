"""Notes: records of the Notes module written under a parent record."""

from __future__ import annotations

from typing import Any

from .records import Records
from .state import Record, WriteOutcome


class Notes(Records):
    """Creating notes under a parent (or naming their parent in each note)."""

    def create_notes(self, items: list[Any], user_id: str, parent: Record | None = None) -> list[WriteOutcome]:
        """Notes from ``items``; under ``parent`` when given, else each names ``Parent_Id`` and ``se_module``."""
        shaped = []
        for item in items:
            if isinstance(item, dict) and parent is not None:
                item = {**item, "Parent_Id": {"id": parent.id}, "$se_module": parent.module}
            elif isinstance(item, dict) and "se_module" in item and "$se_module" not in item:
                item = {**item, "$se_module": item["se_module"]}
            shaped.append(item)
        return self.insert("Notes", shaped, user_id)

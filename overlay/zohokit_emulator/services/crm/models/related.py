"""Related lists: the records linked to a parent through a lookup, notes or a junction."""

from __future__ import annotations

from typing import Any

from ....core.errors import ZohoError, invalid_data
from ....core.http import normalize_id
from ...records.fields import Link
from ...records.metadata import RelatedDef
from .state import CrmState, Record, WriteOutcome


def _invalid_related_id(record_id: str, **details: Any) -> ZohoError:
    """One related record's refusal in a multi-record link or delink answer (its place is a 202)."""
    return invalid_data("the related id given seems to be invalid", 202, id=record_id, **details)


class RelatedLists(CrmState):
    """Reading, linking and delinking the related lists a module's metadata declares."""

    def related_def(self, module: str, related: str) -> RelatedDef:
        for entry in self.modules[module].related:
            if entry.api_name == related:
                return entry
        raise invalid_data("The relation name given seems to be invalid", api_name=related, resource_path_index=2)

    def _junction_key(self, module_a: str, id_a: str, module_b: str, id_b: str) -> tuple[str, str, str, str]:
        return (
            (module_a, id_a, module_b, id_b)
            if (module_a, id_a) <= (module_b, id_b)
            else (module_b, id_b, module_a, id_a)
        )

    def related_records(self, parent: Record, related: RelatedDef) -> list[Record]:
        if related.kind == "lookup":
            assert related.via is not None
            return [
                r
                for r in self.records[related.module].values()
                if isinstance(r.values.get(related.via), Link) and r.values[related.via].id == parent.id
            ]
        if related.kind == "notes":
            return self.notes_of(parent)
        if related.kind == "junction":
            result = []
            for a_mod, a_id, b_mod, b_id in self.junctions:
                if (a_mod, a_id) == (parent.module, parent.id) and b_mod == related.module:
                    result.append(self.records[b_mod][b_id])
                elif (b_mod, b_id) == (parent.module, parent.id) and a_mod == related.module:
                    result.append(self.records[a_mod][a_id])
            return sorted(result, key=lambda r: r.id)
        return []

    def link(self, parent: Record, related: RelatedDef, items: list[Any], user_id: str) -> list[WriteOutcome]:
        """Associate records with the parent (PUT on a related list)."""
        outcomes = []
        for index, item in enumerate(items):
            record_id = normalize_id(item.get("id") if isinstance(item, dict) else item)
            target = (
                self.records[related.module].get(record_id or "") if related.kind in ("lookup", "junction") else None
            )
            if target is None:
                outcomes.append(WriteOutcome(error=_invalid_related_id(str(record_id), index=index)))
                continue
            if related.kind == "junction":
                self.junctions.add(self._junction_key(parent.module, parent.id, target.module, target.id))
            else:
                assert related.via is not None
                target.values[related.via] = Link(parent.id, parent.module)
                target.modified, target.modified_by = self.now(), user_id
            outcomes.append(WriteOutcome(record=target, action="link"))
        return outcomes

    def delink(self, parent: Record, related: RelatedDef, related_ids: list[str], user_id: str) -> list[WriteOutcome]:
        outcomes = []
        current = {r.id for r in self.related_records(parent, related)}
        for record_id in related_ids:
            if record_id not in current or related.kind not in ("lookup", "junction"):
                outcomes.append(WriteOutcome(error=_invalid_related_id(record_id)))
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

"""Tags of each module and the tags a record carries."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ....core.errors import ZohoError, invalid_data, mandatory_not_found, per_item
from .state import CrmState, Record

MAX_TAGS_PER_RECORD = 10
MAX_TAGS_PER_MODULE = 100
TAG_NAME_LENGTH = 25
TAG_FORBIDDEN = set(",;<>\"'\\/{}[]|`~!@#$%^&*=+?")


@dataclass
class Tag:
    id: str
    module: str
    name: str
    created_by: str
    modified_by: str
    created: float
    modified: float


class Tags(CrmState):
    """Module tags (create, rename, merge, delete) and the tags on records."""

    def _tag_by_name(self, module: str, name: str) -> Tag | None:
        lowered = name.lower()
        return next((t for t in self.tags[module].values() if t.name.lower() == lowered), None)

    def check_tag_name(self, module: str, name: Any, self_id: str | None = None) -> str:
        if not isinstance(name, str) or not name.strip():
            raise mandatory_not_found("name", 202)
        cleaned: str = name.strip()
        if len(cleaned) > TAG_NAME_LENGTH:
            raise invalid_data(status_code=202, api_name="name", maximum_length=TAG_NAME_LENGTH)
        if any(ch in TAG_FORBIDDEN for ch in cleaned):
            raise invalid_data("special characters found in the given name", status_code=202, api_name="name")
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
        """One new tag of ``module`` per item, or the refusal of that item (202)."""
        self.module(module)

        def create(item: Any) -> Tag:
            if not isinstance(item, dict):
                raise invalid_data(status_code=202, expected_data_type="jsonobject")
            name = self.check_tag_name(module, item.get("name"))
            if len(self.tags[module]) >= MAX_TAGS_PER_MODULE:
                raise ZohoError(202, "LIMIT_EXCEEDED", "tag edition limit exceeded", {"limit": MAX_TAGS_PER_MODULE})
            return self._create_tag(module, name, user_id)

        return per_item(items, create)

    def tag(self, tag_id: str, module: str | None = None) -> Tag:
        for module_name, tags in self.tags.items():
            if tag_id in tags and (module is None or module == module_name):
                return tags[tag_id]
        raise invalid_data("the id given seems to be invalid", id=tag_id)

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
            raise invalid_data("the id given seems to be invalid", id=other.id, api_name="conflict_id")
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

    def add_tags(self, rec: Record, names: list[str], user_id: str, overwrite: bool) -> None:
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

    def remove_tags(self, rec: Record, names: list[str]) -> None:
        lowered = {n.lower() for n in names}
        rec.tags = [t for t in rec.tags if self.tags[rec.module][t].name.lower() not in lowered]

    def _apply_tags(self, rec: Record, names: list[str] | None, user_id: str, overwrite: bool = False) -> None:
        if names is None:
            return
        ids = [] if overwrite else list(rec.tags)
        for name in names:
            tag = self._tag_by_name(rec.module, name) or self._create_tag(rec.module, name, user_id)
            if tag.id not in ids:
                ids.append(tag.id)
        rec.tags = ids

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset, lazily_built

T = TypeVar("T", bound="DeletedRecord")

_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "display_name",
        "type",
        "created_by",
        "deleted_by",
        "deleted_time",
    }
)
"""The JSON keys of the declared fields; every other key of the object is an additional property."""


@_attrs_define
class DeletedRecord(LazyModel):
    """One deleted record. The seed's sample response was lost in scraping; the keys are those of Zoho's public v2 API (and
    of the seed's SDK samples: id, display name, type, created by, deleted by, deleted time).

    """

    id: None | str | Unset = UNSET
    """ The id the record had. """
    display_name: None | str | Unset = UNSET
    """ The record's display name (for example a lead's full name). """
    type_: None | str | Unset = UNSET
    """ `recycle` while the record sits in the recycle bin, `permanent` once it is deleted for good. """
    created_by: None | Unset | UserReference = UNSET
    """ A lookup to a Zoho user, as Zoho embeds it in records (`Owner`, `Created_By`, `Modified_By`). """
    deleted_by: None | Unset | UserReference = UNSET
    """ A lookup to a Zoho user, as Zoho embeds it in records (`Owner`, `Created_By`, `Modified_By`). """
    deleted_time: None | str | Unset = UNSET
    """ When the record was deleted (ISO 8601 date-time with offset). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        display_name: None | str | Unset
        if isinstance(self.display_name, Unset):
            display_name = UNSET
        else:
            display_name = self.display_name

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        created_by: dict[str, Any] | None | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        elif isinstance(self.created_by, UserReference):
            created_by = self.created_by.to_dict()
        else:
            created_by = self.created_by

        deleted_by: dict[str, Any] | None | Unset
        if isinstance(self.deleted_by, Unset):
            deleted_by = UNSET
        elif isinstance(self.deleted_by, UserReference):
            deleted_by = self.deleted_by.to_dict()
        else:
            deleted_by = self.deleted_by

        deleted_time: None | str | Unset
        if isinstance(self.deleted_time, Unset):
            deleted_time = UNSET
        else:
            deleted_time = self.deleted_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if deleted_by is not UNSET:
            field_dict["deleted_by"] = deleted_by
        if deleted_time is not UNSET:
            field_dict["deleted_time"] = deleted_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from its JSON object: a copy of it is kept, its required keys are checked
        (``KeyError`` names the first missing one) and each field is converted on first read."""
        d = dict(src_dict)
        return lazily_built(cls, d)

    @staticmethod
    def _read_id(_src: dict[str, Any]) -> None | str | Unset:
        id: None | str | Unset = _src.get("id", UNSET)

        return id

    @staticmethod
    def _read_display_name(_src: dict[str, Any]) -> None | str | Unset:
        display_name: None | str | Unset = _src.get("display_name", UNSET)

        return display_name

    @staticmethod
    def _read_type_(_src: dict[str, Any]) -> None | str | Unset:
        type_: None | str | Unset = _src.get("type", UNSET)

        return type_

    @staticmethod
    def _read_created_by(_src: dict[str, Any]) -> None | Unset | UserReference:
        _created_by = _src.get("created_by", UNSET)
        created_by: None | Unset | UserReference
        if isinstance(_created_by, dict):
            try:
                componentsschemas_user_reference_type_0 = UserReference.from_dict(_created_by)
                componentsschemas_user_reference_type_0._load_all_fields()
                created_by = componentsschemas_user_reference_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                created_by = cast(None | Unset | UserReference, _created_by)
        else:
            created_by = _created_by

        return created_by

    @staticmethod
    def _read_deleted_by(_src: dict[str, Any]) -> None | Unset | UserReference:
        _deleted_by = _src.get("deleted_by", UNSET)
        deleted_by: None | Unset | UserReference
        if isinstance(_deleted_by, dict):
            try:
                componentsschemas_user_reference_type_0 = UserReference.from_dict(_deleted_by)
                componentsschemas_user_reference_type_0._load_all_fields()
                deleted_by = componentsschemas_user_reference_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                deleted_by = cast(None | Unset | UserReference, _deleted_by)
        else:
            deleted_by = _deleted_by

        return deleted_by

    @staticmethod
    def _read_deleted_time(_src: dict[str, Any]) -> None | str | Unset:
        deleted_time: None | str | Unset = _src.get("deleted_time", UNSET)

        return deleted_time

    @staticmethod
    def _read_additional_properties(_src: dict[str, Any]) -> dict[str, Any]:
        return {key: value for key, value in _src.items() if key not in _DECLARED_KEYS}

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# The models this one refers to, imported once the class above exists: models refer to each other in
# cycles, and whichever module of a cycle is imported first, the others find its class already defined.
from ..models.user_reference import UserReference  # noqa: E402

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FieldQueryDetails")


@_attrs_define
class FieldQueryDetails:
    """Filter applied to the records a lookup offers (lookup filters), or `{}`."""

    query_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        query_id: None | str | Unset
        if isinstance(self.query_id, Unset):
            query_id = UNSET
        else:
            query_id = self.query_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if query_id is not UNSET:
            field_dict["query_id"] = query_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        query_id: None | str | Unset = d.pop("query_id", UNSET)

        field_query_details = cls(
            query_id=query_id,
        )

        field_query_details.additional_properties = d
        return field_query_details

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

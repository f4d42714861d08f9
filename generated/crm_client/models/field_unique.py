from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FieldUnique")


@_attrs_define
class FieldUnique:
    """Present (`casesensitive` `"true"`/`"false"`) when the field must hold unique values, else `{}`."""

    casesensitive: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        casesensitive: None | str | Unset
        if isinstance(self.casesensitive, Unset):
            casesensitive = UNSET
        else:
            casesensitive = self.casesensitive

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if casesensitive is not UNSET:
            field_dict["casesensitive"] = casesensitive

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        casesensitive: None | str | Unset = d.pop("casesensitive", UNSET)

        field_unique = cls(
            casesensitive=casesensitive,
        )

        field_unique.additional_properties = d
        return field_unique

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset, lazily_built

T = TypeVar("T", bound="ProfileCategory")

_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "name",
        "display_label",
        "module",
        "permissions_details",
    }
)
"""The JSON keys of the declared fields; every other key of the object is an additional property."""


@_attrs_define
class ProfileCategory(LazyModel):
    """A group of permissions in a section of the profile page; `permissions_details` lists permission ids."""

    name: None | str | Unset = UNSET
    display_label: None | str | Unset = UNSET
    module: None | str | Unset = UNSET
    permissions_details: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        display_label: None | str | Unset
        if isinstance(self.display_label, Unset):
            display_label = UNSET
        else:
            display_label = self.display_label

        module: None | str | Unset
        if isinstance(self.module, Unset):
            module = UNSET
        else:
            module = self.module

        permissions_details: list[str] | None | Unset
        if isinstance(self.permissions_details, Unset):
            permissions_details = UNSET
        elif isinstance(self.permissions_details, list):
            permissions_details = self.permissions_details

        else:
            permissions_details = self.permissions_details

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if display_label is not UNSET:
            field_dict["display_label"] = display_label
        if module is not UNSET:
            field_dict["module"] = module
        if permissions_details is not UNSET:
            field_dict["permissions_details"] = permissions_details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from its JSON object: a copy of it is kept, its required keys are checked
        (``KeyError`` names the first missing one) and each field is converted on first read."""
        d = dict(src_dict)
        return lazily_built(cls, d)

    @staticmethod
    def _read_name(_src: dict[str, Any]) -> None | str | Unset:
        name: None | str | Unset = _src.get("name", UNSET)

        return name

    @staticmethod
    def _read_display_label(_src: dict[str, Any]) -> None | str | Unset:
        display_label: None | str | Unset = _src.get("display_label", UNSET)

        return display_label

    @staticmethod
    def _read_module(_src: dict[str, Any]) -> None | str | Unset:
        module: None | str | Unset = _src.get("module", UNSET)

        return module

    @staticmethod
    def _read_permissions_details(_src: dict[str, Any]) -> list[str] | None | Unset:
        permissions_details: list[str] | None | Unset = _src.get("permissions_details", UNSET)

        return permissions_details

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

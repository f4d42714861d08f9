from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset, lazily_built

T = TypeVar("T", bound="FieldPickListValueMap")

_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "api_name",
        "pick_list_values",
    }
)
"""The JSON keys of the declared fields; every other key of the object is an additional property."""


@_attrs_define
class FieldPickListValueMap(LazyModel):
    """A dependency of a picklist value (map dependency): which values of another picklist stay available when this value
    is chosen. Zoho sends the mapped field's `api_name` and its allowed `pick_list_values`.

    """

    api_name: None | str | Unset = UNSET
    pick_list_values: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_name: None | str | Unset
        if isinstance(self.api_name, Unset):
            api_name = UNSET
        else:
            api_name = self.api_name

        pick_list_values: list[str] | None | Unset
        if isinstance(self.pick_list_values, Unset):
            pick_list_values = UNSET
        elif isinstance(self.pick_list_values, list):
            pick_list_values = self.pick_list_values

        else:
            pick_list_values = self.pick_list_values

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if api_name is not UNSET:
            field_dict["api_name"] = api_name
        if pick_list_values is not UNSET:
            field_dict["pick_list_values"] = pick_list_values

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from its JSON object: a copy of it is kept, its required keys are checked
        (``KeyError`` names the first missing one) and each field is converted on first read."""
        d = dict(src_dict)
        return lazily_built(cls, d)

    @staticmethod
    def _read_api_name(_src: dict[str, Any]) -> None | str | Unset:
        api_name: None | str | Unset = _src.get("api_name", UNSET)

        return api_name

    @staticmethod
    def _read_pick_list_values(_src: dict[str, Any]) -> list[str] | None | Unset:
        pick_list_values: list[str] | None | Unset = _src.get("pick_list_values", UNSET)

        return pick_list_values

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset, lazily_built

T = TypeVar("T", bound="ZohoErrorDetails")

_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "api_name",
        "expected_data_type",
        "maximum_length",
        "id",
        "resource_path_index",
    }
)
"""The JSON keys of the declared fields; every other key of the object is an additional property."""


@_attrs_define
class ZohoErrorDetails(LazyModel):
    """Context of a Zoho error. The keys depend on the error: `api_name` names the offending field, `expected_data_type`
    its type, `maximum_length` a limit, `id` an offending record id, `resource_path_index` the offending path segment.
    Empty object when Zoho has nothing to add.

    """

    api_name: None | str | Unset = UNSET
    expected_data_type: None | str | Unset = UNSET
    maximum_length: int | None | Unset = UNSET
    id: None | str | Unset = UNSET
    resource_path_index: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_name: None | str | Unset
        if isinstance(self.api_name, Unset):
            api_name = UNSET
        else:
            api_name = self.api_name

        expected_data_type: None | str | Unset
        if isinstance(self.expected_data_type, Unset):
            expected_data_type = UNSET
        else:
            expected_data_type = self.expected_data_type

        maximum_length: int | None | Unset
        if isinstance(self.maximum_length, Unset):
            maximum_length = UNSET
        else:
            maximum_length = self.maximum_length

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        resource_path_index: int | None | Unset
        if isinstance(self.resource_path_index, Unset):
            resource_path_index = UNSET
        else:
            resource_path_index = self.resource_path_index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if api_name is not UNSET:
            field_dict["api_name"] = api_name
        if expected_data_type is not UNSET:
            field_dict["expected_data_type"] = expected_data_type
        if maximum_length is not UNSET:
            field_dict["maximum_length"] = maximum_length
        if id is not UNSET:
            field_dict["id"] = id
        if resource_path_index is not UNSET:
            field_dict["resource_path_index"] = resource_path_index

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
    def _read_expected_data_type(_src: dict[str, Any]) -> None | str | Unset:
        expected_data_type: None | str | Unset = _src.get("expected_data_type", UNSET)

        return expected_data_type

    @staticmethod
    def _read_maximum_length(_src: dict[str, Any]) -> int | None | Unset:
        maximum_length: int | None | Unset = _src.get("maximum_length", UNSET)

        return maximum_length

    @staticmethod
    def _read_id(_src: dict[str, Any]) -> None | str | Unset:
        id: None | str | Unset = _src.get("id", UNSET)

        return id

    @staticmethod
    def _read_resource_path_index(_src: dict[str, Any]) -> int | None | Unset:
        resource_path_index: int | None | Unset = _src.get("resource_path_index", UNSET)

        return resource_path_index

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

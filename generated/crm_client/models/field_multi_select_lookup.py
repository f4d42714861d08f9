from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset, lazily_built

T = TypeVar("T", bound="FieldMultiSelectLookup")

_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "api_name",
        "display_label",
        "linking_module",
        "lookup_apiname",
        "connectedlookup_apiname",
    }
)
"""The JSON keys of the declared fields; every other key of the object is an additional property."""


@_attrs_define
class FieldMultiSelectLookup(LazyModel):
    """The linking module behind a multi-select lookup field (`data_type` `multiselectlookup`), or `{}`."""

    id: None | str | Unset = UNSET
    api_name: None | str | Unset = UNSET
    display_label: None | str | Unset = UNSET
    linking_module: None | str | Unset = UNSET
    lookup_apiname: None | str | Unset = UNSET
    connectedlookup_apiname: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        api_name: None | str | Unset
        if isinstance(self.api_name, Unset):
            api_name = UNSET
        else:
            api_name = self.api_name

        display_label: None | str | Unset
        if isinstance(self.display_label, Unset):
            display_label = UNSET
        else:
            display_label = self.display_label

        linking_module: None | str | Unset
        if isinstance(self.linking_module, Unset):
            linking_module = UNSET
        else:
            linking_module = self.linking_module

        lookup_apiname: None | str | Unset
        if isinstance(self.lookup_apiname, Unset):
            lookup_apiname = UNSET
        else:
            lookup_apiname = self.lookup_apiname

        connectedlookup_apiname: None | str | Unset
        if isinstance(self.connectedlookup_apiname, Unset):
            connectedlookup_apiname = UNSET
        else:
            connectedlookup_apiname = self.connectedlookup_apiname

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if api_name is not UNSET:
            field_dict["api_name"] = api_name
        if display_label is not UNSET:
            field_dict["display_label"] = display_label
        if linking_module is not UNSET:
            field_dict["linking_module"] = linking_module
        if lookup_apiname is not UNSET:
            field_dict["lookup_apiname"] = lookup_apiname
        if connectedlookup_apiname is not UNSET:
            field_dict["connectedlookup_apiname"] = connectedlookup_apiname

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
    def _read_api_name(_src: dict[str, Any]) -> None | str | Unset:
        api_name: None | str | Unset = _src.get("api_name", UNSET)

        return api_name

    @staticmethod
    def _read_display_label(_src: dict[str, Any]) -> None | str | Unset:
        display_label: None | str | Unset = _src.get("display_label", UNSET)

        return display_label

    @staticmethod
    def _read_linking_module(_src: dict[str, Any]) -> None | str | Unset:
        linking_module: None | str | Unset = _src.get("linking_module", UNSET)

        return linking_module

    @staticmethod
    def _read_lookup_apiname(_src: dict[str, Any]) -> None | str | Unset:
        lookup_apiname: None | str | Unset = _src.get("lookup_apiname", UNSET)

        return lookup_apiname

    @staticmethod
    def _read_connectedlookup_apiname(_src: dict[str, Any]) -> None | str | Unset:
        connectedlookup_apiname: None | str | Unset = _src.get("connectedlookup_apiname", UNSET)

        return connectedlookup_apiname

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

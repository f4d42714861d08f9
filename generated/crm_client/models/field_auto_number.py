from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset, lazily_built

T = TypeVar("T", bound="FieldAutoNumber")

_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "prefix",
        "suffix",
        "start_number",
    }
)
"""The JSON keys of the declared fields; every other key of the object is an additional property."""


@_attrs_define
class FieldAutoNumber(LazyModel):
    """Numbering of an auto-number field (`data_type` `autonumber`), or `{}`."""

    prefix: None | str | Unset = UNSET
    suffix: None | str | Unset = UNSET
    start_number: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prefix: None | str | Unset
        if isinstance(self.prefix, Unset):
            prefix = UNSET
        else:
            prefix = self.prefix

        suffix: None | str | Unset
        if isinstance(self.suffix, Unset):
            suffix = UNSET
        else:
            suffix = self.suffix

        start_number: int | None | Unset
        if isinstance(self.start_number, Unset):
            start_number = UNSET
        else:
            start_number = self.start_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if prefix is not UNSET:
            field_dict["prefix"] = prefix
        if suffix is not UNSET:
            field_dict["suffix"] = suffix
        if start_number is not UNSET:
            field_dict["start_number"] = start_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from its JSON object: a copy of it is kept, its required keys are checked
        (``KeyError`` names the first missing one) and each field is converted on first read."""
        d = dict(src_dict)
        return lazily_built(cls, d)

    @staticmethod
    def _read_prefix(_src: dict[str, Any]) -> None | str | Unset:
        prefix: None | str | Unset = _src.get("prefix", UNSET)

        return prefix

    @staticmethod
    def _read_suffix(_src: dict[str, Any]) -> None | str | Unset:
        suffix: None | str | Unset = _src.get("suffix", UNSET)

        return suffix

    @staticmethod
    def _read_start_number(_src: dict[str, Any]) -> int | None | Unset:
        start_number: int | None | Unset = _src.get("start_number", UNSET)

        return start_number

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

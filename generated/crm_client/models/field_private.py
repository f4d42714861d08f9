from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset, lazily_built

T = TypeVar("T", bound="FieldPrivate")

_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "restricted",
        "export",
        "type",
    }
)
"""The JSON keys of the declared fields; every other key of the object is an additional property."""


@_attrs_define
class FieldPrivate(LazyModel):
    """GDPR: marks a field as holding personal data (set in the layout editor). `null` when the field is not private, or
    when it was made private without choosing a sensitivity. `type` is `high` (sensitive) or `low` (normal). When
    `restricted` is true the field's value is never exposed in record APIs (it reads as null and cannot be searched).

    """

    restricted: bool | None | Unset = UNSET
    export: bool | None | Unset = UNSET
    """ Whether the value may be exported. """
    type_: None | str | Unset = UNSET
    """ `high` (sensitive) or `low` (normal). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        restricted: bool | None | Unset
        if isinstance(self.restricted, Unset):
            restricted = UNSET
        else:
            restricted = self.restricted

        export: bool | None | Unset
        if isinstance(self.export, Unset):
            export = UNSET
        else:
            export = self.export

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if restricted is not UNSET:
            field_dict["restricted"] = restricted
        if export is not UNSET:
            field_dict["export"] = export
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from its JSON object: a copy of it is kept, its required keys are checked
        (``KeyError`` names the first missing one) and each field is converted on first read."""
        d = dict(src_dict)
        return lazily_built(cls, d)

    @staticmethod
    def _read_restricted(_src: dict[str, Any]) -> bool | None | Unset:
        restricted: bool | None | Unset = _src.get("restricted", UNSET)

        return restricted

    @staticmethod
    def _read_export(_src: dict[str, Any]) -> bool | None | Unset:
        export: bool | None | Unset = _src.get("export", UNSET)

        return export

    @staticmethod
    def _read_type_(_src: dict[str, Any]) -> None | str | Unset:
        type_: None | str | Unset = _src.get("type", UNSET)

        return type_

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

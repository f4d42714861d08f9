from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset, lazily_built

T = TypeVar("T", bound="FieldCurrency")

_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "rounding_option",
        "precision",
    }
)
"""The JSON keys of the declared fields; every other key of the object is an additional property."""


@_attrs_define
class FieldCurrency(LazyModel):
    """Rounding of a currency field, or `{}` for other fields."""

    rounding_option: None | str | Unset = UNSET
    """ `normal`, `round_off`, `round_up` or `round_down`. """
    precision: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rounding_option: None | str | Unset
        if isinstance(self.rounding_option, Unset):
            rounding_option = UNSET
        else:
            rounding_option = self.rounding_option

        precision: int | None | Unset
        if isinstance(self.precision, Unset):
            precision = UNSET
        else:
            precision = self.precision

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if rounding_option is not UNSET:
            field_dict["rounding_option"] = rounding_option
        if precision is not UNSET:
            field_dict["precision"] = precision

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from its JSON object: a copy of it is kept, its required keys are checked
        (``KeyError`` names the first missing one) and each field is converted on first read."""
        d = dict(src_dict)
        return lazily_built(cls, d)

    @staticmethod
    def _read_rounding_option(_src: dict[str, Any]) -> None | str | Unset:
        rounding_option: None | str | Unset = _src.get("rounding_option", UNSET)

        return rounding_option

    @staticmethod
    def _read_precision(_src: dict[str, Any]) -> int | None | Unset:
        precision: int | None | Unset = _src.get("precision", UNSET)

        return precision

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FieldCurrency")


@_attrs_define
class FieldCurrency:
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
        d = dict(src_dict)
        rounding_option: None | str | Unset = d.pop("rounding_option", UNSET)

        precision: int | None | Unset = d.pop("precision", UNSET)

        field_currency = cls(
            rounding_option=rounding_option,
            precision=precision,
        )

        field_currency.additional_properties = d
        return field_currency

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset, lazily_built

T = TypeVar("T", bound="PersonName")

_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "firstName",
        "middleName",
        "lastName",
        "companyName",
        "departmentName",
    }
)
"""The JSON keys of the declared fields; every other key of the object is an additional property."""


@_attrs_define
class PersonName(LazyModel):
    """A person's name, and for a business subscription the company and department. Recruiters usually give the three name
    parts; recruited persons may also give `companyName` and `departmentName`.

    """

    first_name: None | str | Unset = UNSET
    middle_name: None | str | Unset = UNSET
    last_name: None | str | Unset = UNSET
    company_name: None | str | Unset = UNSET
    """ Company name, for a subscription delivered to a business. """
    department_name: None | str | Unset = UNSET
    """ Department within the company. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        first_name: None | str | Unset
        if isinstance(self.first_name, Unset):
            first_name = UNSET
        else:
            first_name = self.first_name

        middle_name: None | str | Unset
        if isinstance(self.middle_name, Unset):
            middle_name = UNSET
        else:
            middle_name = self.middle_name

        last_name: None | str | Unset
        if isinstance(self.last_name, Unset):
            last_name = UNSET
        else:
            last_name = self.last_name

        company_name: None | str | Unset
        if isinstance(self.company_name, Unset):
            company_name = UNSET
        else:
            company_name = self.company_name

        department_name: None | str | Unset
        if isinstance(self.department_name, Unset):
            department_name = UNSET
        else:
            department_name = self.department_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if middle_name is not UNSET:
            field_dict["middleName"] = middle_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if company_name is not UNSET:
            field_dict["companyName"] = company_name
        if department_name is not UNSET:
            field_dict["departmentName"] = department_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from its JSON object: a copy of it is kept, its required keys are checked
        (``KeyError`` names the first missing one) and each field is converted on first read."""
        d = dict(src_dict)
        return lazily_built(cls, d)

    @staticmethod
    def _read_first_name(_src: dict[str, Any]) -> None | str | Unset:
        first_name: None | str | Unset = _src.get("firstName", UNSET)

        return first_name

    @staticmethod
    def _read_middle_name(_src: dict[str, Any]) -> None | str | Unset:
        middle_name: None | str | Unset = _src.get("middleName", UNSET)

        return middle_name

    @staticmethod
    def _read_last_name(_src: dict[str, Any]) -> None | str | Unset:
        last_name: None | str | Unset = _src.get("lastName", UNSET)

        return last_name

    @staticmethod
    def _read_company_name(_src: dict[str, Any]) -> None | str | Unset:
        company_name: None | str | Unset = _src.get("companyName", UNSET)

        return company_name

    @staticmethod
    def _read_department_name(_src: dict[str, Any]) -> None | str | Unset:
        department_name: None | str | Unset = _src.get("departmentName", UNSET)

        return department_name

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

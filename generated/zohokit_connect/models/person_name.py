# generated from spec/dist/connect.yaml by make generate — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset, lazily_built, load_before_assignment

T = TypeVar("T", bound="PersonName")


@_attrs_define(on_setattr=load_before_assignment)
class PersonName(LazyModel):
    """A person's name, and for a business subscription the company and department. Recruiters usually give the three name
    parts; recruited persons may also give `companyName` and `departmentName`.

        Example:
            {'firstName': 'Kari', 'middleName': 'Snøhaug', 'lastName': 'Nordmann'}

    """

    first_name: None | str | Unset = UNSET
    """ Given name, for example `Kari`. """
    middle_name: None | str | Unset = UNSET
    """ Middle name, if any. """
    last_name: None | str | Unset = UNSET
    """ Family name, for example `Nordmann`. """
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
        (``KeyError`` names the first missing one); the fields are converted when one is first read."""
        return cls._from_nested_json(dict(src_dict))

    @classmethod
    def _from_nested_json(cls: type[T], d: Any) -> T:
        """As ``from_dict``, but the model keeps ``d`` itself rather than a copy: how a model builds the
        models of the JSON objects nested in its own when it converts its fields. Anything but a
        ``dict`` goes to ``from_dict``, which raises what it always raised."""
        if type(d) is not dict:
            return cls.from_dict(d)
        return lazily_built(cls, d)

    def _convert_fields(self, _json: Mapping[str, Any]) -> None:
        """Set every field from the JSON object: the stock ``from_dict``'s conversions, run on first read."""
        d = dict(_json)
        first_name: None | str | Unset = d.pop("firstName", UNSET)

        middle_name: None | str | Unset = d.pop("middleName", UNSET)

        last_name: None | str | Unset = d.pop("lastName", UNSET)

        company_name: None | str | Unset = d.pop("companyName", UNSET)

        department_name: None | str | Unset = d.pop("departmentName", UNSET)

        additional_properties = d
        _set = object.__setattr__
        _set(self, "first_name", first_name)
        _set(self, "middle_name", middle_name)
        _set(self, "last_name", last_name)
        _set(self, "company_name", company_name)
        _set(self, "department_name", department_name)
        _set(self, "additional_properties", additional_properties)

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

# generated from spec/dist/connect.yaml by make generate — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset, lazily_built, load_before_assignment, load_nested

T = TypeVar("T", bound="Recruiter")


@_attrs_define(on_setattr=load_before_assignment)
class Recruiter(LazyModel):
    """The recruiter: the person who signs others up. Connect uses a matching existing customer as the recruiter and
    creates a new customer when none is found. No field is required.

    """

    name: None | PersonName | Unset = UNSET
    """ A person's name, and for a business subscription the company and department. Recruiters usually give the
    three name parts; recruited persons may also give `companyName` and `departmentName`. """
    address: Address | None | Unset = UNSET
    """ A Norwegian-style address: the street (delivery) address and, optionally, a separate postal address such as
    a PO box (`postalAddress` with its own postal code and place). """
    phone_number: None | str | Unset = UNSET
    """ Phone number in international format, for example `+4787654321`. """
    email: None | str | Unset = UNSET
    """ E-mail address. """
    customer_number: int | None | Unset = UNSET
    """ The recruiter: the person who signs others up. Connect uses a matching existing customer as the recruiter
    and creates a new customer when none is found. No field is required. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: dict[str, Any] | None | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        elif isinstance(self.name, PersonName):
            name = self.name.to_dict()
        else:
            name = self.name

        address: dict[str, Any] | None | Unset
        if isinstance(self.address, Unset):
            address = UNSET
        elif isinstance(self.address, Address):
            address = self.address.to_dict()
        else:
            address = self.address

        phone_number: None | str | Unset
        if isinstance(self.phone_number, Unset):
            phone_number = UNSET
        else:
            phone_number = self.phone_number

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        customer_number: int | None | Unset
        if isinstance(self.customer_number, Unset):
            customer_number = UNSET
        else:
            customer_number = self.customer_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if address is not UNSET:
            field_dict["address"] = address
        if phone_number is not UNSET:
            field_dict["phoneNumber"] = phone_number
        if email is not UNSET:
            field_dict["email"] = email
        if customer_number is not UNSET:
            field_dict["customerNumber"] = customer_number

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
        _name = d.pop("name", UNSET)
        name: None | PersonName | Unset
        if isinstance(_name, dict):
            try:
                componentsschemas_person_name_type_0 = PersonName._built_whole(_name)
                name = componentsschemas_person_name_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                name = cast(None | PersonName | Unset, _name)
        else:
            name = _name

        _address = d.pop("address", UNSET)
        address: Address | None | Unset
        if isinstance(_address, dict):
            try:
                componentsschemas_address_type_0 = Address._built_whole(_address)
                address = componentsschemas_address_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                address = cast(Address | None | Unset, _address)
        else:
            address = _address

        phone_number: None | str | Unset = d.pop("phoneNumber", UNSET)

        email: None | str | Unset = d.pop("email", UNSET)

        customer_number: int | None | Unset = d.pop("customerNumber", UNSET)

        additional_properties = d
        _set = object.__setattr__
        _set(self, "name", name)
        _set(self, "address", address)
        _set(self, "phone_number", phone_number)
        _set(self, "email", email)
        _set(self, "customer_number", customer_number)
        _set(self, "additional_properties", additional_properties)

    def _convert_nested_fields(self) -> None:
        load_nested(self.name)
        load_nested(self.address)

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


# The models this one refers to, imported once the class above exists: models refer to each other in
# cycles, and whichever module of a cycle is imported first, the others find its class already defined.
from ..models.address import Address  # noqa: E402
from ..models.person_name import PersonName  # noqa: E402

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset, lazily_built

T = TypeVar("T", bound="Recruiter")

_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "name",
        "address",
        "phoneNumber",
        "email",
        "customerNumber",
    }
)
"""The JSON keys of the declared fields; every other key of the object is an additional property."""


@_attrs_define
class Recruiter(LazyModel):
    """The recruiter: the person who signs others up. Connect uses a matching existing customer as the recruiter and
    creates a new customer when none is found. Connect's reference lists this object without its fields; the fields here
    are the ones its full request sample uses, and none of them is marked required there.

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
    """ The recruiter's customer number in Connect, when known. """
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
        (``KeyError`` names the first missing one) and each field is converted on first read."""
        d = dict(src_dict)
        return lazily_built(cls, d)

    @staticmethod
    def _read_name(_src: dict[str, Any]) -> None | PersonName | Unset:
        _name = _src.get("name", UNSET)
        name: None | PersonName | Unset
        if isinstance(_name, dict):
            try:
                componentsschemas_person_name_type_0 = PersonName.from_dict(_name)
                componentsschemas_person_name_type_0._load_all_fields()
                name = componentsschemas_person_name_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                name = cast(None | PersonName | Unset, _name)
        else:
            name = _name

        return name

    @staticmethod
    def _read_address(_src: dict[str, Any]) -> Address | None | Unset:
        _address = _src.get("address", UNSET)
        address: Address | None | Unset
        if isinstance(_address, dict):
            try:
                componentsschemas_address_type_0 = Address.from_dict(_address)
                componentsschemas_address_type_0._load_all_fields()
                address = componentsschemas_address_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                address = cast(Address | None | Unset, _address)
        else:
            address = _address

        return address

    @staticmethod
    def _read_phone_number(_src: dict[str, Any]) -> None | str | Unset:
        phone_number: None | str | Unset = _src.get("phoneNumber", UNSET)

        return phone_number

    @staticmethod
    def _read_email(_src: dict[str, Any]) -> None | str | Unset:
        email: None | str | Unset = _src.get("email", UNSET)

        return email

    @staticmethod
    def _read_customer_number(_src: dict[str, Any]) -> int | None | Unset:
        customer_number: int | None | Unset = _src.get("customerNumber", UNSET)

        return customer_number

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


# The models this one refers to, imported once the class above exists: models refer to each other in
# cycles, and whichever module of a cycle is imported first, the others find its class already defined.
from ..models.address import Address  # noqa: E402
from ..models.person_name import PersonName  # noqa: E402

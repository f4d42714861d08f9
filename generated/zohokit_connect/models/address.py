# generated from spec/dist/connect.yaml by make generate — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset, lazily_built, load_before_assignment

T = TypeVar("T", bound="Address")


@_attrs_define(on_setattr=load_before_assignment)
class Address(LazyModel):
    """A Norwegian-style address: the street (delivery) address and, optionally, a separate postal address such as a PO box
    (`postalAddress` with its own postal code and place).

    """

    street_address: None | str | Unset = UNSET
    """ Street name, for example `Osloveien`. """
    street_number: int | None | Unset = UNSET
    """ House number. """
    entrance: None | str | Unset = UNSET
    """ Entrance (house letter), for example `B`. """
    floor: int | None | Unset = UNSET
    """ Floor number. """
    postal_code: None | str | Unset = UNSET
    """ Postal code of the street address (a string; Norwegian codes keep leading zeros, `0101`). """
    postal_place: None | str | Unset = UNSET
    """ Postal place (town) of the street address. """
    postal_address: None | str | Unset = UNSET
    """ Separate postal address, for example `Postboks 6`. """
    postal_address_postal_code: None | str | Unset = UNSET
    """ Postal code of the postal address. """
    postal_address_postal_place: None | str | Unset = UNSET
    """ Postal place of the postal address. """
    country_code: None | str | Unset = UNSET
    """ ISO 3166-1 alpha-2 country code, for example `NO`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        street_address: None | str | Unset
        if isinstance(self.street_address, Unset):
            street_address = UNSET
        else:
            street_address = self.street_address

        street_number: int | None | Unset
        if isinstance(self.street_number, Unset):
            street_number = UNSET
        else:
            street_number = self.street_number

        entrance: None | str | Unset
        if isinstance(self.entrance, Unset):
            entrance = UNSET
        else:
            entrance = self.entrance

        floor: int | None | Unset
        if isinstance(self.floor, Unset):
            floor = UNSET
        else:
            floor = self.floor

        postal_code: None | str | Unset
        if isinstance(self.postal_code, Unset):
            postal_code = UNSET
        else:
            postal_code = self.postal_code

        postal_place: None | str | Unset
        if isinstance(self.postal_place, Unset):
            postal_place = UNSET
        else:
            postal_place = self.postal_place

        postal_address: None | str | Unset
        if isinstance(self.postal_address, Unset):
            postal_address = UNSET
        else:
            postal_address = self.postal_address

        postal_address_postal_code: None | str | Unset
        if isinstance(self.postal_address_postal_code, Unset):
            postal_address_postal_code = UNSET
        else:
            postal_address_postal_code = self.postal_address_postal_code

        postal_address_postal_place: None | str | Unset
        if isinstance(self.postal_address_postal_place, Unset):
            postal_address_postal_place = UNSET
        else:
            postal_address_postal_place = self.postal_address_postal_place

        country_code: None | str | Unset
        if isinstance(self.country_code, Unset):
            country_code = UNSET
        else:
            country_code = self.country_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if street_address is not UNSET:
            field_dict["streetAddress"] = street_address
        if street_number is not UNSET:
            field_dict["streetNumber"] = street_number
        if entrance is not UNSET:
            field_dict["entrance"] = entrance
        if floor is not UNSET:
            field_dict["floor"] = floor
        if postal_code is not UNSET:
            field_dict["postalCode"] = postal_code
        if postal_place is not UNSET:
            field_dict["postalPlace"] = postal_place
        if postal_address is not UNSET:
            field_dict["postalAddress"] = postal_address
        if postal_address_postal_code is not UNSET:
            field_dict["postalAddressPostalCode"] = postal_address_postal_code
        if postal_address_postal_place is not UNSET:
            field_dict["postalAddressPostalPlace"] = postal_address_postal_place
        if country_code is not UNSET:
            field_dict["countryCode"] = country_code

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
        street_address: None | str | Unset = d.pop("streetAddress", UNSET)

        street_number: int | None | Unset = d.pop("streetNumber", UNSET)

        entrance: None | str | Unset = d.pop("entrance", UNSET)

        floor: int | None | Unset = d.pop("floor", UNSET)

        postal_code: None | str | Unset = d.pop("postalCode", UNSET)

        postal_place: None | str | Unset = d.pop("postalPlace", UNSET)

        postal_address: None | str | Unset = d.pop("postalAddress", UNSET)

        postal_address_postal_code: None | str | Unset = d.pop("postalAddressPostalCode", UNSET)

        postal_address_postal_place: None | str | Unset = d.pop("postalAddressPostalPlace", UNSET)

        country_code: None | str | Unset = d.pop("countryCode", UNSET)

        additional_properties = d
        _set = object.__setattr__
        _set(self, "street_address", street_address)
        _set(self, "street_number", street_number)
        _set(self, "entrance", entrance)
        _set(self, "floor", floor)
        _set(self, "postal_code", postal_code)
        _set(self, "postal_place", postal_place)
        _set(self, "postal_address", postal_address)
        _set(self, "postal_address_postal_code", postal_address_postal_code)
        _set(self, "postal_address_postal_place", postal_address_postal_place)
        _set(self, "country_code", country_code)
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

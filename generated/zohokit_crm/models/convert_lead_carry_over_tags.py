# generated from spec/dist/crm.yaml by make generate — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset, lazily_built, load_before_assignment

T = TypeVar("T", bound="ConvertLeadCarryOverTags")


@_attrs_define(on_setattr=load_before_assignment)
class ConvertLeadCarryOverTags(LazyModel):
    """The lead's tag names to copy onto the records the conversion creates or links, per target module."""

    contacts: list[str] | None | Unset = UNSET
    """ Tag names to copy onto the contact. """
    accounts: list[str] | None | Unset = UNSET
    """ Tag names to copy onto the account. """
    deals: list[str] | None | Unset = UNSET
    """ Tag names to copy onto the deal. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contacts: list[str] | None | Unset
        if isinstance(self.contacts, Unset):
            contacts = UNSET
        elif isinstance(self.contacts, list):
            contacts = self.contacts

        else:
            contacts = self.contacts

        accounts: list[str] | None | Unset
        if isinstance(self.accounts, Unset):
            accounts = UNSET
        elif isinstance(self.accounts, list):
            accounts = self.accounts

        else:
            accounts = self.accounts

        deals: list[str] | None | Unset
        if isinstance(self.deals, Unset):
            deals = UNSET
        elif isinstance(self.deals, list):
            deals = self.deals

        else:
            deals = self.deals

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if contacts is not UNSET:
            field_dict["Contacts"] = contacts
        if accounts is not UNSET:
            field_dict["Accounts"] = accounts
        if deals is not UNSET:
            field_dict["Deals"] = deals

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
        contacts: list[str] | None | Unset = d.pop("Contacts", UNSET)

        accounts: list[str] | None | Unset = d.pop("Accounts", UNSET)

        deals: list[str] | None | Unset = d.pop("Deals", UNSET)

        additional_properties = d
        _set = object.__setattr__
        _set(self, "contacts", contacts)
        _set(self, "accounts", accounts)
        _set(self, "deals", deals)
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

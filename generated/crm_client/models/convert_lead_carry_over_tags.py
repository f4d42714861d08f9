from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset, lazily_built

T = TypeVar("T", bound="ConvertLeadCarryOverTags")

_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "Contacts",
        "Accounts",
        "Deals",
    }
)
"""The JSON keys of the declared fields; every other key of the object is an additional property."""


@_attrs_define
class ConvertLeadCarryOverTags(LazyModel):
    """The lead's tag names to copy onto the records the conversion creates or links, per target module."""

    contacts: list[str] | None | Unset = UNSET
    accounts: list[str] | None | Unset = UNSET
    deals: list[str] | None | Unset = UNSET
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
        (``KeyError`` names the first missing one) and each field is converted on first read."""
        d = dict(src_dict)
        return lazily_built(cls, d)

    @staticmethod
    def _read_contacts(_src: dict[str, Any]) -> list[str] | None | Unset:
        contacts: list[str] | None | Unset = _src.get("Contacts", UNSET)

        return contacts

    @staticmethod
    def _read_accounts(_src: dict[str, Any]) -> list[str] | None | Unset:
        accounts: list[str] | None | Unset = _src.get("Accounts", UNSET)

        return accounts

    @staticmethod
    def _read_deals(_src: dict[str, Any]) -> list[str] | None | Unset:
        deals: list[str] | None | Unset = _src.get("Deals", UNSET)

        return deals

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

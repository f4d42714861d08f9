from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset, lazily_built

T = TypeVar("T", bound="OrgLicenseDetails")

_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "paid",
        "paid_type",
        "paid_expiry",
        "trial_type",
        "trial_expiry",
        "users_license_purchased",
    }
)
"""The JSON keys of the declared fields; every other key of the object is an additional property."""


@_attrs_define
class OrgLicenseDetails(LazyModel):
    """The organisation's subscription."""

    paid: bool | None | Unset = UNSET
    paid_type: None | str | Unset = UNSET
    """ The edition, for example `enterprise`. """
    paid_expiry: None | str | Unset = UNSET
    """ ISO 8601 date-time the subscription ends, or null. """
    trial_type: None | str | Unset = UNSET
    trial_expiry: None | str | Unset = UNSET
    users_license_purchased: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        paid: bool | None | Unset
        if isinstance(self.paid, Unset):
            paid = UNSET
        else:
            paid = self.paid

        paid_type: None | str | Unset
        if isinstance(self.paid_type, Unset):
            paid_type = UNSET
        else:
            paid_type = self.paid_type

        paid_expiry: None | str | Unset
        if isinstance(self.paid_expiry, Unset):
            paid_expiry = UNSET
        else:
            paid_expiry = self.paid_expiry

        trial_type: None | str | Unset
        if isinstance(self.trial_type, Unset):
            trial_type = UNSET
        else:
            trial_type = self.trial_type

        trial_expiry: None | str | Unset
        if isinstance(self.trial_expiry, Unset):
            trial_expiry = UNSET
        else:
            trial_expiry = self.trial_expiry

        users_license_purchased: int | None | Unset
        if isinstance(self.users_license_purchased, Unset):
            users_license_purchased = UNSET
        else:
            users_license_purchased = self.users_license_purchased

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if paid is not UNSET:
            field_dict["paid"] = paid
        if paid_type is not UNSET:
            field_dict["paid_type"] = paid_type
        if paid_expiry is not UNSET:
            field_dict["paid_expiry"] = paid_expiry
        if trial_type is not UNSET:
            field_dict["trial_type"] = trial_type
        if trial_expiry is not UNSET:
            field_dict["trial_expiry"] = trial_expiry
        if users_license_purchased is not UNSET:
            field_dict["users_license_purchased"] = users_license_purchased

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from its JSON object: a copy of it is kept, its required keys are checked
        (``KeyError`` names the first missing one) and each field is converted on first read."""
        d = dict(src_dict)
        return lazily_built(cls, d)

    @staticmethod
    def _read_paid(_src: dict[str, Any]) -> bool | None | Unset:
        paid: bool | None | Unset = _src.get("paid", UNSET)

        return paid

    @staticmethod
    def _read_paid_type(_src: dict[str, Any]) -> None | str | Unset:
        paid_type: None | str | Unset = _src.get("paid_type", UNSET)

        return paid_type

    @staticmethod
    def _read_paid_expiry(_src: dict[str, Any]) -> None | str | Unset:
        paid_expiry: None | str | Unset = _src.get("paid_expiry", UNSET)

        return paid_expiry

    @staticmethod
    def _read_trial_type(_src: dict[str, Any]) -> None | str | Unset:
        trial_type: None | str | Unset = _src.get("trial_type", UNSET)

        return trial_type

    @staticmethod
    def _read_trial_expiry(_src: dict[str, Any]) -> None | str | Unset:
        trial_expiry: None | str | Unset = _src.get("trial_expiry", UNSET)

        return trial_expiry

    @staticmethod
    def _read_users_license_purchased(_src: dict[str, Any]) -> int | None | Unset:
        users_license_purchased: int | None | Unset = _src.get("users_license_purchased", UNSET)

        return users_license_purchased

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

# generated from spec/dist/crm.yaml by make generate — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset, lazily_built, load_before_assignment

T = TypeVar("T", bound="OrgLicenseDetails")


@_attrs_define(on_setattr=load_before_assignment)
class OrgLicenseDetails(LazyModel):
    """The organisation's subscription."""

    paid: bool | None | Unset = UNSET
    """ Whether the subscription is paid. """
    paid_type: None | str | Unset = UNSET
    """ The edition, for example `enterprise`. """
    paid_expiry: None | str | Unset = UNSET
    """ ISO 8601 date-time the subscription ends, or null. """
    trial_type: None | str | Unset = UNSET
    """ The edition of a trial, for example `Enterprise`, or null when not on trial. """
    trial_expiry: None | str | Unset = UNSET
    """ When the trial ends, or null. """
    users_license_purchased: int | None | Unset = UNSET
    """ The number of user licences purchased. """
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
        paid: bool | None | Unset = d.pop("paid", UNSET)

        paid_type: None | str | Unset = d.pop("paid_type", UNSET)

        paid_expiry: None | str | Unset = d.pop("paid_expiry", UNSET)

        trial_type: None | str | Unset = d.pop("trial_type", UNSET)

        trial_expiry: None | str | Unset = d.pop("trial_expiry", UNSET)

        users_license_purchased: int | None | Unset = d.pop("users_license_purchased", UNSET)

        additional_properties = d
        _set = object.__setattr__
        _set(self, "paid", paid)
        _set(self, "paid_type", paid_type)
        _set(self, "paid_expiry", paid_expiry)
        _set(self, "trial_type", trial_type)
        _set(self, "trial_expiry", trial_expiry)
        _set(self, "users_license_purchased", users_license_purchased)
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

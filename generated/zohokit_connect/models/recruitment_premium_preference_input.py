# generated from spec/dist/connect.yaml by make generate — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset, lazily_built, load_before_assignment

T = TypeVar("T", bound="RecruitmentPremiumPreferenceInput")


@_attrs_define(on_setattr=load_before_assignment)
class RecruitmentPremiumPreferenceInput(LazyModel):
    """One premium preference to store: the premium product the recruiter would like (mandatory), the company that offers
    it and its rank.

    """

    product: str
    """ Product code of the premium, one of the campaign's premiums (for example `HS3829`). """
    company_code: None | str | Unset = UNSET
    """ Code of the company (publisher) that offers the premium, for example `468979834`; when given it must be the
    company of that premium. """
    preference_number: int | None | Unset = UNSET
    """ Rank of this preference, 1 the most wanted; each rank at most once. Preferences without one are ranked after
    the others, in the order given. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        product = self.product

        company_code: None | str | Unset
        if isinstance(self.company_code, Unset):
            company_code = UNSET
        else:
            company_code = self.company_code

        preference_number: int | None | Unset
        if isinstance(self.preference_number, Unset):
            preference_number = UNSET
        else:
            preference_number = self.preference_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "product": product,
            }
        )
        if company_code is not UNSET:
            field_dict["companyCode"] = company_code
        if preference_number is not UNSET:
            field_dict["preferenceNumber"] = preference_number

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
        if "product" not in d:
            raise KeyError("product")
        return lazily_built(cls, d)

    def _convert_fields(self, _json: Mapping[str, Any]) -> None:
        """Set every field from the JSON object: the stock ``from_dict``'s conversions, run on first read."""
        d = dict(_json)
        product = d.pop("product")

        company_code: None | str | Unset = d.pop("companyCode", UNSET)

        preference_number: int | None | Unset = d.pop("preferenceNumber", UNSET)

        additional_properties = d
        _set = object.__setattr__
        _set(self, "product", product)
        _set(self, "company_code", company_code)
        _set(self, "preference_number", preference_number)
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

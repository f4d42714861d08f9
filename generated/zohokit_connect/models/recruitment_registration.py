# generated from spec/dist/connect.yaml by make generate — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset, lazily_built, load_before_assignment, load_nested

T = TypeVar("T", bound="RecruitmentRegistration")


@_attrs_define(on_setattr=load_before_assignment)
class RecruitmentRegistration(LazyModel):
    """A recruitment registered by the logged-in ConnectID user (`POST /v1/recruitment`), who is the recruiter. If that
    user is registered to a customer in Connect, that customer is the recruiter and the `recruiter` details in the
    request (name, address, ...) are ignored; otherwise Connect creates the recruiter from `recruiter` when no matching
    customer is found.

    """

    product: str
    """ Product code. The product must be a subscription product. """
    campaign: str
    """ Campaign code. """
    recruitments: list[Recruitment]
    """ The recruited persons, one entry each. A coupon given on an entry must belong to the request's `product`.
    """
    recruiter: Recruiter | Unset = UNSET
    """ The recruiter: the person who signs others up. Connect uses a matching existing customer as the recruiter
    and creates a new customer when none is found. No field is required. """
    recruitment_premium_preferences: list[RecruitmentPremiumPreference] | Unset = UNSET
    """ The recruiter's premium preferences, replacing the stored ones. Leave the element out to keep the existing
    preferences unchanged; send a list (empty or not) to replace them, so an empty list removes all of the
    recruiter's premium preferences. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        product = self.product

        campaign = self.campaign

        recruitments = []
        for recruitments_item_data in self.recruitments:
            recruitments_item = recruitments_item_data.to_dict()
            recruitments.append(recruitments_item)

        recruiter: dict[str, Any] | Unset = UNSET
        if not isinstance(self.recruiter, Unset):
            recruiter = self.recruiter.to_dict()

        recruitment_premium_preferences: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.recruitment_premium_preferences, Unset):
            recruitment_premium_preferences = []
            for recruitment_premium_preferences_item_data in self.recruitment_premium_preferences:
                recruitment_premium_preferences_item = recruitment_premium_preferences_item_data.to_dict()
                recruitment_premium_preferences.append(recruitment_premium_preferences_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "product": product,
                "campaign": campaign,
                "recruitments": recruitments,
            }
        )
        if recruiter is not UNSET:
            field_dict["recruiter"] = recruiter
        if recruitment_premium_preferences is not UNSET:
            field_dict["recruitmentPremiumPreferences"] = recruitment_premium_preferences

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
        if "campaign" not in d:
            raise KeyError("campaign")
        if "recruitments" not in d:
            raise KeyError("recruitments")
        return lazily_built(cls, d)

    def _convert_fields(self, _json: Mapping[str, Any]) -> None:
        """Set every field from the JSON object: the stock ``from_dict``'s conversions, run on first read."""
        d = dict(_json)
        product = d.pop("product")

        campaign = d.pop("campaign")

        recruitments = []
        _recruitments = d.pop("recruitments")
        for recruitments_item_data in _recruitments:
            recruitments_item = Recruitment._from_nested_json(recruitments_item_data)

            recruitments.append(recruitments_item)

        _recruiter = d.pop("recruiter", UNSET)
        recruiter: Recruiter | Unset
        if isinstance(_recruiter, Unset):
            recruiter = UNSET
        else:
            recruiter = Recruiter._from_nested_json(_recruiter)

        _recruitment_premium_preferences = d.pop("recruitmentPremiumPreferences", UNSET)
        recruitment_premium_preferences: list[RecruitmentPremiumPreference] | Unset = UNSET
        if _recruitment_premium_preferences is not UNSET:
            recruitment_premium_preferences = []
            for recruitment_premium_preferences_item_data in _recruitment_premium_preferences:
                recruitment_premium_preferences_item = RecruitmentPremiumPreference._from_nested_json(
                    recruitment_premium_preferences_item_data
                )

                recruitment_premium_preferences.append(recruitment_premium_preferences_item)

        additional_properties = d
        _set = object.__setattr__
        _set(self, "product", product)
        _set(self, "campaign", campaign)
        _set(self, "recruitments", recruitments)
        _set(self, "recruiter", recruiter)
        _set(self, "recruitment_premium_preferences", recruitment_premium_preferences)
        _set(self, "additional_properties", additional_properties)

    def _convert_nested_fields(self) -> None:
        load_nested(self.recruitments)
        load_nested(self.recruiter)
        load_nested(self.recruitment_premium_preferences)

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
from ..models.recruiter import Recruiter  # noqa: E402
from ..models.recruitment import Recruitment  # noqa: E402
from ..models.recruitment_premium_preference import RecruitmentPremiumPreference  # noqa: E402

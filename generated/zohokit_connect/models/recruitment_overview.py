# generated from spec/dist/connect.yaml by make generate — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset, lazily_built, load_before_assignment, load_nested

T = TypeVar("T", bound="RecruitmentOverview")


@_attrs_define(on_setattr=load_before_assignment)
class RecruitmentOverview(LazyModel):
    """The logged-in recruiter's recruitments in one campaign and the points earned, as returned by `GET
    /v1/recruitment/{campaign}`. `limit`, `offset` and `ascending` page and order the two lists.

    """

    points: int | None | Unset = UNSET
    """ Number of points this customer (the recruiter) has. """
    products: list[str] | Unset = UNSET
    """ Codes of the products valid for recruitment in this campaign. """
    recruitments: list[Recruitment] | Unset = UNSET
    """ The recruiter's recruitments. """
    unverified_recruitments: list[Recruitment] | Unset = UNSET
    """ The recruiter's recruitments that Connect has not verified (yet). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        points: int | None | Unset
        if isinstance(self.points, Unset):
            points = UNSET
        else:
            points = self.points

        products: list[str] | Unset = UNSET
        if not isinstance(self.products, Unset):
            products = self.products

        recruitments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.recruitments, Unset):
            recruitments = []
            for recruitments_item_data in self.recruitments:
                recruitments_item = recruitments_item_data.to_dict()
                recruitments.append(recruitments_item)

        unverified_recruitments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.unverified_recruitments, Unset):
            unverified_recruitments = []
            for unverified_recruitments_item_data in self.unverified_recruitments:
                unverified_recruitments_item = unverified_recruitments_item_data.to_dict()
                unverified_recruitments.append(unverified_recruitments_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if points is not UNSET:
            field_dict["points"] = points
        if products is not UNSET:
            field_dict["products"] = products
        if recruitments is not UNSET:
            field_dict["recruitments"] = recruitments
        if unverified_recruitments is not UNSET:
            field_dict["unverifiedRecruitments"] = unverified_recruitments

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
        points: int | None | Unset = d.pop("points", UNSET)

        products = cast(list[str], d.pop("products", UNSET))

        _recruitments = d.pop("recruitments", UNSET)
        recruitments: list[Recruitment] | Unset = UNSET
        if _recruitments is not UNSET:
            recruitments = []
            for recruitments_item_data in _recruitments:
                recruitments_item = Recruitment._from_nested_json(recruitments_item_data)

                recruitments.append(recruitments_item)

        _unverified_recruitments = d.pop("unverifiedRecruitments", UNSET)
        unverified_recruitments: list[Recruitment] | Unset = UNSET
        if _unverified_recruitments is not UNSET:
            unverified_recruitments = []
            for unverified_recruitments_item_data in _unverified_recruitments:
                unverified_recruitments_item = Recruitment._from_nested_json(unverified_recruitments_item_data)

                unverified_recruitments.append(unverified_recruitments_item)

        additional_properties = d
        _set = object.__setattr__
        _set(self, "points", points)
        _set(self, "products", products)
        _set(self, "recruitments", recruitments)
        _set(self, "unverified_recruitments", unverified_recruitments)
        _set(self, "additional_properties", additional_properties)

    def _convert_nested_fields(self) -> None:
        load_nested(self.recruitments)
        load_nested(self.unverified_recruitments)

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
from ..models.recruitment import Recruitment  # noqa: E402

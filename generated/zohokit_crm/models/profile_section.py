# generated from spec/dist/crm.yaml by make generate — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset, lazily_built, load_before_assignment, load_nested

T = TypeVar("T", bound="ProfileSection")


@_attrs_define(on_setattr=load_before_assignment)
class ProfileSection(LazyModel):
    """A section of the profile page (for example `template`, `data_administration`) and its permission categories."""

    name: None | str | Unset = UNSET
    """ The section's name, for example `template`. """
    categories: list[ProfileCategory] | None | Unset = UNSET
    """ The permission categories of the section. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        categories: list[dict[str, Any]] | None | Unset
        if isinstance(self.categories, Unset):
            categories = UNSET
        elif isinstance(self.categories, list):
            categories = []
            for categories_type_0_item_data in self.categories:
                categories_type_0_item = categories_type_0_item_data.to_dict()
                categories.append(categories_type_0_item)

        else:
            categories = self.categories

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if categories is not UNSET:
            field_dict["categories"] = categories

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
        name: None | str | Unset = d.pop("name", UNSET)

        _categories = d.pop("categories", UNSET)
        categories: list[ProfileCategory] | None | Unset
        if isinstance(_categories, list):
            try:
                categories_type_0 = []
                _categories_type_0 = _categories
                for categories_type_0_item_data in _categories_type_0:
                    categories_type_0_item = ProfileCategory._from_nested_json(categories_type_0_item_data)

                    categories_type_0.append(categories_type_0_item)

                for categories_type_0_item in categories_type_0:
                    categories_type_0_item._load_all_fields()
                categories = categories_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                categories = cast(list[ProfileCategory] | None | Unset, _categories)
        else:
            categories = _categories

        additional_properties = d
        _set = object.__setattr__
        _set(self, "name", name)
        _set(self, "categories", categories)
        _set(self, "additional_properties", additional_properties)

    def _convert_nested_fields(self) -> None:
        load_nested(self.categories)

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
from ..models.profile_category import ProfileCategory  # noqa: E402

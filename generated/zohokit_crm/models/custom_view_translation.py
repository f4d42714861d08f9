# generated from spec/dist/crm.yaml by make generate — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset, lazily_built, load_before_assignment

T = TypeVar("T", bound="CustomViewTranslation")


@_attrs_define(on_setattr=load_before_assignment)
class CustomViewTranslation(LazyModel):
    """The labels of the custom-view categories, in the user's language."""

    public_views: None | str | Unset = UNSET
    """ Label of the public views category, for example `Public Views`. """
    other_users_views: None | str | Unset = UNSET
    """ Label of the category of other users' views. """
    shared_with_me: None | str | Unset = UNSET
    """ Label of the category of views shared with the user. """
    created_by_me: None | str | Unset = UNSET
    """ Label of the category of views the user created. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        public_views: None | str | Unset
        if isinstance(self.public_views, Unset):
            public_views = UNSET
        else:
            public_views = self.public_views

        other_users_views: None | str | Unset
        if isinstance(self.other_users_views, Unset):
            other_users_views = UNSET
        else:
            other_users_views = self.other_users_views

        shared_with_me: None | str | Unset
        if isinstance(self.shared_with_me, Unset):
            shared_with_me = UNSET
        else:
            shared_with_me = self.shared_with_me

        created_by_me: None | str | Unset
        if isinstance(self.created_by_me, Unset):
            created_by_me = UNSET
        else:
            created_by_me = self.created_by_me

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if public_views is not UNSET:
            field_dict["public_views"] = public_views
        if other_users_views is not UNSET:
            field_dict["other_users_views"] = other_users_views
        if shared_with_me is not UNSET:
            field_dict["shared_with_me"] = shared_with_me
        if created_by_me is not UNSET:
            field_dict["created_by_me"] = created_by_me

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
        public_views: None | str | Unset = d.pop("public_views", UNSET)

        other_users_views: None | str | Unset = d.pop("other_users_views", UNSET)

        shared_with_me: None | str | Unset = d.pop("shared_with_me", UNSET)

        created_by_me: None | str | Unset = d.pop("created_by_me", UNSET)

        additional_properties = d
        _set = object.__setattr__
        _set(self, "public_views", public_views)
        _set(self, "other_users_views", other_users_views)
        _set(self, "shared_with_me", shared_with_me)
        _set(self, "created_by_me", created_by_me)
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

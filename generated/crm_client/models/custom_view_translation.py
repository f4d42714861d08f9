from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset, lazily_built

T = TypeVar("T", bound="CustomViewTranslation")

_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "public_views",
        "other_users_views",
        "shared_with_me",
        "created_by_me",
    }
)
"""The JSON keys of the declared fields; every other key of the object is an additional property."""


@_attrs_define
class CustomViewTranslation(LazyModel):
    """The labels of the custom-view categories, in the user's language."""

    public_views: None | str | Unset = UNSET
    other_users_views: None | str | Unset = UNSET
    shared_with_me: None | str | Unset = UNSET
    created_by_me: None | str | Unset = UNSET
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
        (``KeyError`` names the first missing one) and each field is converted on first read."""
        d = dict(src_dict)
        return lazily_built(cls, d)

    @staticmethod
    def _read_public_views(_src: dict[str, Any]) -> None | str | Unset:
        public_views: None | str | Unset = _src.get("public_views", UNSET)

        return public_views

    @staticmethod
    def _read_other_users_views(_src: dict[str, Any]) -> None | str | Unset:
        other_users_views: None | str | Unset = _src.get("other_users_views", UNSET)

        return other_users_views

    @staticmethod
    def _read_shared_with_me(_src: dict[str, Any]) -> None | str | Unset:
        shared_with_me: None | str | Unset = _src.get("shared_with_me", UNSET)

        return shared_with_me

    @staticmethod
    def _read_created_by_me(_src: dict[str, Any]) -> None | str | Unset:
        created_by_me: None | str | Unset = _src.get("created_by_me", UNSET)

        return created_by_me

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

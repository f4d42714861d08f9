from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel, lazily_built

T = TypeVar("T", bound="NotificationAffectedFields")

_DECLARED_KEYS: frozenset[str] = frozenset({})
"""The JSON keys of the declared fields; every other key of the object is an additional property."""


@_attrs_define
class NotificationAffectedFields(LazyModel):
    """For `update` notifications: the API names of the fields that changed, keyed by record id, for example
    `{"1000000000045": ["Last_Name", "Email"]}`.

    """

    additional_properties: dict[str, list[str]] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from its JSON object: a copy of it is kept, its required keys are checked
        (``KeyError`` names the first missing one) and each field is converted on first read."""
        d = dict(src_dict)
        return lazily_built(cls, d)

    @staticmethod
    def _read_additional_properties(_src: dict[str, Any]) -> dict[str, list[str]]:
        additional_properties: dict[str, list[str]] = {}
        for prop_name, prop_dict in _src.items():
            if prop_name in _DECLARED_KEYS:
                continue
            additional_property = cast(list[str], prop_dict)

            additional_properties[prop_name] = additional_property
        return additional_properties

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> list[str]:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: list[str]) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

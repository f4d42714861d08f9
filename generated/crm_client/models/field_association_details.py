from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset, lazily_built

T = TypeVar("T", bound="FieldAssociationDetails")

_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "lookup_field",
        "related_field",
    }
)
"""The JSON keys of the declared fields; every other key of the object is an additional property."""


@_attrs_define
class FieldAssociationDetails(LazyModel):
    """The two lookups of the linking module behind a multi-select lookup field, or null."""

    lookup_field: FieldAssociationLookup | None | Unset = UNSET
    """ One side of a multi-select lookup's linking module. """
    related_field: FieldAssociationLookup | None | Unset = UNSET
    """ One side of a multi-select lookup's linking module. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        lookup_field: dict[str, Any] | None | Unset
        if isinstance(self.lookup_field, Unset):
            lookup_field = UNSET
        elif isinstance(self.lookup_field, FieldAssociationLookup):
            lookup_field = self.lookup_field.to_dict()
        else:
            lookup_field = self.lookup_field

        related_field: dict[str, Any] | None | Unset
        if isinstance(self.related_field, Unset):
            related_field = UNSET
        elif isinstance(self.related_field, FieldAssociationLookup):
            related_field = self.related_field.to_dict()
        else:
            related_field = self.related_field

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if lookup_field is not UNSET:
            field_dict["lookup_field"] = lookup_field
        if related_field is not UNSET:
            field_dict["related_field"] = related_field

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from its JSON object: a copy of it is kept, its required keys are checked
        (``KeyError`` names the first missing one) and each field is converted on first read."""
        d = dict(src_dict)
        return lazily_built(cls, d)

    @staticmethod
    def _read_lookup_field(_src: dict[str, Any]) -> FieldAssociationLookup | None | Unset:
        _lookup_field = _src.get("lookup_field", UNSET)
        lookup_field: FieldAssociationLookup | None | Unset
        if isinstance(_lookup_field, dict):
            try:
                componentsschemas_field_association_lookup_type_0 = FieldAssociationLookup.from_dict(_lookup_field)
                componentsschemas_field_association_lookup_type_0._load_all_fields()
                lookup_field = componentsschemas_field_association_lookup_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                lookup_field = cast(FieldAssociationLookup | None | Unset, _lookup_field)
        else:
            lookup_field = _lookup_field

        return lookup_field

    @staticmethod
    def _read_related_field(_src: dict[str, Any]) -> FieldAssociationLookup | None | Unset:
        _related_field = _src.get("related_field", UNSET)
        related_field: FieldAssociationLookup | None | Unset
        if isinstance(_related_field, dict):
            try:
                componentsschemas_field_association_lookup_type_0 = FieldAssociationLookup.from_dict(_related_field)
                componentsschemas_field_association_lookup_type_0._load_all_fields()
                related_field = componentsschemas_field_association_lookup_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                related_field = cast(FieldAssociationLookup | None | Unset, _related_field)
        else:
            related_field = _related_field

        return related_field

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


# The models this one refers to, imported once the class above exists: models refer to each other in
# cycles, and whichever module of a cycle is imported first, the others find its class already defined.
from ..models.field_association_lookup import FieldAssociationLookup  # noqa: E402

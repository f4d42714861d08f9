from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.field_association_lookup import FieldAssociationLookup


T = TypeVar("T", bound="FieldAssociationDetails")


@_attrs_define
class FieldAssociationDetails:
    """The two lookups of the linking module behind a multi-select lookup field, or null."""

    lookup_field: FieldAssociationLookup | None | Unset = UNSET
    """ One side of a multi-select lookup's linking module. """
    related_field: FieldAssociationLookup | None | Unset = UNSET
    """ One side of a multi-select lookup's linking module. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.field_association_lookup import FieldAssociationLookup  # noqa: PLC0415

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
        from ..models.field_association_lookup import FieldAssociationLookup  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_lookup_field(data: object) -> FieldAssociationLookup | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_field_association_lookup_type_0 = FieldAssociationLookup.from_dict(data)

                return componentsschemas_field_association_lookup_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FieldAssociationLookup | None | Unset, data)

        lookup_field = _parse_lookup_field(d.pop("lookup_field", UNSET))

        def _parse_related_field(data: object) -> FieldAssociationLookup | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_field_association_lookup_type_0 = FieldAssociationLookup.from_dict(data)

                return componentsschemas_field_association_lookup_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FieldAssociationLookup | None | Unset, data)

        related_field = _parse_related_field(d.pop("related_field", UNSET))

        field_association_details = cls(
            lookup_field=lookup_field,
            related_field=related_field,
        )

        field_association_details.additional_properties = d
        return field_association_details

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

# generated from spec/dist/crm.yaml by make generate — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset, lazily_built, load_before_assignment, load_nested

T = TypeVar("T", bound="FieldAssociationDetails")


@_attrs_define(on_setattr=load_before_assignment)
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
        _lookup_field = d.pop("lookup_field", UNSET)
        lookup_field: FieldAssociationLookup | None | Unset
        if isinstance(_lookup_field, dict):
            try:
                componentsschemas_field_association_lookup_type_0 = FieldAssociationLookup._built_whole(_lookup_field)
                lookup_field = componentsschemas_field_association_lookup_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                lookup_field = cast(FieldAssociationLookup | None | Unset, _lookup_field)
        else:
            lookup_field = _lookup_field

        _related_field = d.pop("related_field", UNSET)
        related_field: FieldAssociationLookup | None | Unset
        if isinstance(_related_field, dict):
            try:
                componentsschemas_field_association_lookup_type_0 = FieldAssociationLookup._built_whole(_related_field)
                related_field = componentsschemas_field_association_lookup_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                related_field = cast(FieldAssociationLookup | None | Unset, _related_field)
        else:
            related_field = _related_field

        additional_properties = d
        _set = object.__setattr__
        _set(self, "lookup_field", lookup_field)
        _set(self, "related_field", related_field)
        _set(self, "additional_properties", additional_properties)

    def _convert_nested_fields(self) -> None:
        load_nested(self.lookup_field)
        load_nested(self.related_field)

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

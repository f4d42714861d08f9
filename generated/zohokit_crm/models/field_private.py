# generated from spec/dist/crm.yaml by make generate — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset, lazily_built, load_before_assignment

T = TypeVar("T", bound="FieldPrivate")


@_attrs_define(on_setattr=load_before_assignment)
class FieldPrivate(LazyModel):
    """GDPR: marks a field as holding personal data (set in the layout editor). `null` when the field is not private, or
    when it was made private without choosing a sensitivity. `type` is `high` (sensitive) or `low` (normal). When
    `restricted` is true the field's value is never exposed in record APIs (it reads as null and cannot be searched).

    """

    restricted: bool | None | Unset = UNSET
    """ True when the field's value is never exposed by the API, even with `include=private_fields`. """
    export: bool | None | Unset = UNSET
    """ Whether the value may be exported. """
    type_: None | str | Unset = UNSET
    """ `high` (sensitive) or `low` (normal). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        restricted: bool | None | Unset
        if isinstance(self.restricted, Unset):
            restricted = UNSET
        else:
            restricted = self.restricted

        export: bool | None | Unset
        if isinstance(self.export, Unset):
            export = UNSET
        else:
            export = self.export

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if restricted is not UNSET:
            field_dict["restricted"] = restricted
        if export is not UNSET:
            field_dict["export"] = export
        if type_ is not UNSET:
            field_dict["type"] = type_

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
        restricted: bool | None | Unset = d.pop("restricted", UNSET)

        export: bool | None | Unset = d.pop("export", UNSET)

        type_: None | str | Unset = d.pop("type", UNSET)

        additional_properties = d
        _set = object.__setattr__
        _set(self, "restricted", restricted)
        _set(self, "export", export)
        _set(self, "type_", type_)
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

# generated from spec/dist/crm.yaml by make generate — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset, lazily_built, load_before_assignment, load_nested

T = TypeVar("T", bound="FieldPickListValue")


@_attrs_define(on_setattr=load_before_assignment)
class FieldPickListValue(LazyModel):
    """One value of a picklist or multi-select picklist field. Send `actual_value` when writing a record; `display_value`
    is the (possibly translated) label shown in the UI. Picklists are configured per organisation, so values are plain
    strings.

    """

    display_value: None | str | Unset = UNSET
    """ The label shown in the interface (possibly translated), for example `Not Contacted`. """
    actual_value: None | str | Unset = UNSET
    """ The value to send when writing a record, for example `Not Contacted`. """
    sequence_number: int | None | Unset = UNSET
    """ The value's position in the picklist. """
    type_: None | str | Unset = UNSET
    """ `used` or `unused` (values hidden from the layout). """
    sys_ref_name: None | str | Unset = UNSET
    """ Zoho's internal reference name of the value. """
    expected_data_type: None | str | Unset = UNSET
    """ The data type of the value. """
    id: None | str | Unset = UNSET
    """ The value's id. """
    maps: list[FieldPickListValueMap] | None | Unset = UNSET
    """ The values of dependent picklists that stay available when this value is chosen. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        display_value: None | str | Unset
        if isinstance(self.display_value, Unset):
            display_value = UNSET
        else:
            display_value = self.display_value

        actual_value: None | str | Unset
        if isinstance(self.actual_value, Unset):
            actual_value = UNSET
        else:
            actual_value = self.actual_value

        sequence_number: int | None | Unset
        if isinstance(self.sequence_number, Unset):
            sequence_number = UNSET
        else:
            sequence_number = self.sequence_number

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        sys_ref_name: None | str | Unset
        if isinstance(self.sys_ref_name, Unset):
            sys_ref_name = UNSET
        else:
            sys_ref_name = self.sys_ref_name

        expected_data_type: None | str | Unset
        if isinstance(self.expected_data_type, Unset):
            expected_data_type = UNSET
        else:
            expected_data_type = self.expected_data_type

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        maps: list[dict[str, Any]] | None | Unset
        if isinstance(self.maps, Unset):
            maps = UNSET
        elif isinstance(self.maps, list):
            maps = []
            for maps_type_0_item_data in self.maps:
                maps_type_0_item = maps_type_0_item_data.to_dict()
                maps.append(maps_type_0_item)

        else:
            maps = self.maps

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if display_value is not UNSET:
            field_dict["display_value"] = display_value
        if actual_value is not UNSET:
            field_dict["actual_value"] = actual_value
        if sequence_number is not UNSET:
            field_dict["sequence_number"] = sequence_number
        if type_ is not UNSET:
            field_dict["type"] = type_
        if sys_ref_name is not UNSET:
            field_dict["sys_ref_name"] = sys_ref_name
        if expected_data_type is not UNSET:
            field_dict["expected_data_type"] = expected_data_type
        if id is not UNSET:
            field_dict["id"] = id
        if maps is not UNSET:
            field_dict["maps"] = maps

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
        display_value: None | str | Unset = d.pop("display_value", UNSET)

        actual_value: None | str | Unset = d.pop("actual_value", UNSET)

        sequence_number: int | None | Unset = d.pop("sequence_number", UNSET)

        type_: None | str | Unset = d.pop("type", UNSET)

        sys_ref_name: None | str | Unset = d.pop("sys_ref_name", UNSET)

        expected_data_type: None | str | Unset = d.pop("expected_data_type", UNSET)

        id: None | str | Unset = d.pop("id", UNSET)

        _maps = d.pop("maps", UNSET)
        maps: list[FieldPickListValueMap] | None | Unset
        if isinstance(_maps, list):
            try:
                maps_type_0 = []
                _maps_type_0 = _maps
                for maps_type_0_item_data in _maps_type_0:
                    maps_type_0_item = FieldPickListValueMap._from_nested_json(maps_type_0_item_data)

                    maps_type_0.append(maps_type_0_item)

                for maps_type_0_item in maps_type_0:
                    maps_type_0_item._load_all_fields()
                maps = maps_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                maps = cast(list[FieldPickListValueMap] | None | Unset, _maps)
        else:
            maps = _maps

        additional_properties = d
        _set = object.__setattr__
        _set(self, "display_value", display_value)
        _set(self, "actual_value", actual_value)
        _set(self, "sequence_number", sequence_number)
        _set(self, "type_", type_)
        _set(self, "sys_ref_name", sys_ref_name)
        _set(self, "expected_data_type", expected_data_type)
        _set(self, "id", id)
        _set(self, "maps", maps)
        _set(self, "additional_properties", additional_properties)

    def _convert_nested_fields(self) -> None:
        load_nested(self.maps)

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
from ..models.field_pick_list_value_map import FieldPickListValueMap  # noqa: E402

# generated from spec/dist/crm.yaml by make generate — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset, lazily_built, load_before_assignment

T = TypeVar("T", bound="ZohoErrorDetails")


@_attrs_define(on_setattr=load_before_assignment)
class ZohoErrorDetails(LazyModel):
    """Context of a Zoho error. The keys depend on the error: `api_name` names the offending field, `expected_data_type`
    its type, `maximum_length` a limit, `id` an offending record id, `resource_path_index` the offending path segment.
    Empty object when Zoho has nothing to add.

    """

    api_name: None | str | Unset = UNSET
    """ The API name of the offending field or parameter, for example `Last_Name` or `module`. """
    expected_data_type: None | str | Unset = UNSET
    """ The data type the field or parameter expects, for example `integer`, `boolean` or `date`. """
    maximum_length: int | None | Unset = UNSET
    """ The maximum length of the field, when a value was too long. """
    id: None | str | Unset = UNSET
    """ The id of the offending record or object. """
    resource_path_index: int | None | Unset = UNSET
    """ The position (0-based) of the offending segment in the URL path, when a path segment such as a module name
    or an id is wrong. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_name: None | str | Unset
        if isinstance(self.api_name, Unset):
            api_name = UNSET
        else:
            api_name = self.api_name

        expected_data_type: None | str | Unset
        if isinstance(self.expected_data_type, Unset):
            expected_data_type = UNSET
        else:
            expected_data_type = self.expected_data_type

        maximum_length: int | None | Unset
        if isinstance(self.maximum_length, Unset):
            maximum_length = UNSET
        else:
            maximum_length = self.maximum_length

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        resource_path_index: int | None | Unset
        if isinstance(self.resource_path_index, Unset):
            resource_path_index = UNSET
        else:
            resource_path_index = self.resource_path_index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if api_name is not UNSET:
            field_dict["api_name"] = api_name
        if expected_data_type is not UNSET:
            field_dict["expected_data_type"] = expected_data_type
        if maximum_length is not UNSET:
            field_dict["maximum_length"] = maximum_length
        if id is not UNSET:
            field_dict["id"] = id
        if resource_path_index is not UNSET:
            field_dict["resource_path_index"] = resource_path_index

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
        api_name: None | str | Unset = d.pop("api_name", UNSET)

        expected_data_type: None | str | Unset = d.pop("expected_data_type", UNSET)

        maximum_length: int | None | Unset = d.pop("maximum_length", UNSET)

        id: None | str | Unset = d.pop("id", UNSET)

        resource_path_index: int | None | Unset = d.pop("resource_path_index", UNSET)

        additional_properties = d
        _set = object.__setattr__
        _set(self, "api_name", api_name)
        _set(self, "expected_data_type", expected_data_type)
        _set(self, "maximum_length", maximum_length)
        _set(self, "id", id)
        _set(self, "resource_path_index", resource_path_index)
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

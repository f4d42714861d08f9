# generated from spec/dist/crm.yaml by make generate — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset, lazily_built, load_before_assignment

T = TypeVar("T", bound="FieldMultiSelectLookup")


@_attrs_define(on_setattr=load_before_assignment)
class FieldMultiSelectLookup(LazyModel):
    """The linking module behind a multi-select lookup field (`data_type` `multiselectlookup`), or `{}`."""

    id: None | str | Unset = UNSET
    """ The id of the linking module. """
    api_name: None | str | Unset = UNSET
    """ The API name of the multi-select lookup field. """
    display_label: None | str | Unset = UNSET
    """ The field's label. """
    linking_module: None | str | Unset = UNSET
    """ The API name of the linking module that stores the associations. """
    lookup_apiname: None | str | Unset = UNSET
    """ The API name of the linking module's lookup to this module. """
    connectedlookup_apiname: None | str | Unset = UNSET
    """ The API name of the linking module's lookup to the other module. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        api_name: None | str | Unset
        if isinstance(self.api_name, Unset):
            api_name = UNSET
        else:
            api_name = self.api_name

        display_label: None | str | Unset
        if isinstance(self.display_label, Unset):
            display_label = UNSET
        else:
            display_label = self.display_label

        linking_module: None | str | Unset
        if isinstance(self.linking_module, Unset):
            linking_module = UNSET
        else:
            linking_module = self.linking_module

        lookup_apiname: None | str | Unset
        if isinstance(self.lookup_apiname, Unset):
            lookup_apiname = UNSET
        else:
            lookup_apiname = self.lookup_apiname

        connectedlookup_apiname: None | str | Unset
        if isinstance(self.connectedlookup_apiname, Unset):
            connectedlookup_apiname = UNSET
        else:
            connectedlookup_apiname = self.connectedlookup_apiname

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if api_name is not UNSET:
            field_dict["api_name"] = api_name
        if display_label is not UNSET:
            field_dict["display_label"] = display_label
        if linking_module is not UNSET:
            field_dict["linking_module"] = linking_module
        if lookup_apiname is not UNSET:
            field_dict["lookup_apiname"] = lookup_apiname
        if connectedlookup_apiname is not UNSET:
            field_dict["connectedlookup_apiname"] = connectedlookup_apiname

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
        id: None | str | Unset = d.pop("id", UNSET)

        api_name: None | str | Unset = d.pop("api_name", UNSET)

        display_label: None | str | Unset = d.pop("display_label", UNSET)

        linking_module: None | str | Unset = d.pop("linking_module", UNSET)

        lookup_apiname: None | str | Unset = d.pop("lookup_apiname", UNSET)

        connectedlookup_apiname: None | str | Unset = d.pop("connectedlookup_apiname", UNSET)

        additional_properties = d
        _set = object.__setattr__
        _set(self, "id", id)
        _set(self, "api_name", api_name)
        _set(self, "display_label", display_label)
        _set(self, "linking_module", linking_module)
        _set(self, "lookup_apiname", lookup_apiname)
        _set(self, "connectedlookup_apiname", connectedlookup_apiname)
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

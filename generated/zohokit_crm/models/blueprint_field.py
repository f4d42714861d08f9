# generated from spec/dist/crm.yaml by make generate — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset, lazily_built, load_before_assignment

T = TypeVar("T", bound="BlueprintField")


@_attrs_define(on_setattr=load_before_assignment)
class BlueprintField(LazyModel):
    """A field to fill during a transition, in the field-metadata shape of the fields API (the common keys are listed; the
    rest travel as additional properties).

    """

    id: None | str | Unset = UNSET
    """ The field's id. """
    api_name: None | str | Unset = UNSET
    """ The field's API name, the key to use in the transition's `data`. """
    field_label: None | str | Unset = UNSET
    """ The field's label in the CRM interface. """
    display_label: None | str | Unset = UNSET
    """ The field's label as displayed (possibly translated). """
    data_type: None | str | Unset = UNSET
    """ The field's data type, for example `text`, `picklist`, `date`, `lookup`. """
    json_type: None | str | Unset = UNSET
    """ The JSON type of the value: `string`, `integer`, `double`, `boolean`, `jsonobject` or `jsonarray`. """
    length: int | None | Unset = UNSET
    """ The maximum length of the value. """
    mandatory: bool | None | Unset = UNSET
    """ Whether the transition requires a value for this field. """
    read_only: bool | None | Unset = UNSET
    """ Whether the field cannot be changed. """
    transition_sequence: int | None | Unset = UNSET
    """ The field's position in the transition's form. """
    personality_name: None | str | Unset = UNSET
    """ Zoho's internal name of the field's kind, when it has one. """
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

        field_label: None | str | Unset
        if isinstance(self.field_label, Unset):
            field_label = UNSET
        else:
            field_label = self.field_label

        display_label: None | str | Unset
        if isinstance(self.display_label, Unset):
            display_label = UNSET
        else:
            display_label = self.display_label

        data_type: None | str | Unset
        if isinstance(self.data_type, Unset):
            data_type = UNSET
        else:
            data_type = self.data_type

        json_type: None | str | Unset
        if isinstance(self.json_type, Unset):
            json_type = UNSET
        else:
            json_type = self.json_type

        length: int | None | Unset
        if isinstance(self.length, Unset):
            length = UNSET
        else:
            length = self.length

        mandatory: bool | None | Unset
        if isinstance(self.mandatory, Unset):
            mandatory = UNSET
        else:
            mandatory = self.mandatory

        read_only: bool | None | Unset
        if isinstance(self.read_only, Unset):
            read_only = UNSET
        else:
            read_only = self.read_only

        transition_sequence: int | None | Unset
        if isinstance(self.transition_sequence, Unset):
            transition_sequence = UNSET
        else:
            transition_sequence = self.transition_sequence

        personality_name: None | str | Unset
        if isinstance(self.personality_name, Unset):
            personality_name = UNSET
        else:
            personality_name = self.personality_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if api_name is not UNSET:
            field_dict["api_name"] = api_name
        if field_label is not UNSET:
            field_dict["field_label"] = field_label
        if display_label is not UNSET:
            field_dict["display_label"] = display_label
        if data_type is not UNSET:
            field_dict["data_type"] = data_type
        if json_type is not UNSET:
            field_dict["json_type"] = json_type
        if length is not UNSET:
            field_dict["length"] = length
        if mandatory is not UNSET:
            field_dict["mandatory"] = mandatory
        if read_only is not UNSET:
            field_dict["read_only"] = read_only
        if transition_sequence is not UNSET:
            field_dict["transition_sequence"] = transition_sequence
        if personality_name is not UNSET:
            field_dict["personality_name"] = personality_name

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

        field_label: None | str | Unset = d.pop("field_label", UNSET)

        display_label: None | str | Unset = d.pop("display_label", UNSET)

        data_type: None | str | Unset = d.pop("data_type", UNSET)

        json_type: None | str | Unset = d.pop("json_type", UNSET)

        length: int | None | Unset = d.pop("length", UNSET)

        mandatory: bool | None | Unset = d.pop("mandatory", UNSET)

        read_only: bool | None | Unset = d.pop("read_only", UNSET)

        transition_sequence: int | None | Unset = d.pop("transition_sequence", UNSET)

        personality_name: None | str | Unset = d.pop("personality_name", UNSET)

        additional_properties = d
        _set = object.__setattr__
        _set(self, "id", id)
        _set(self, "api_name", api_name)
        _set(self, "field_label", field_label)
        _set(self, "display_label", display_label)
        _set(self, "data_type", data_type)
        _set(self, "json_type", json_type)
        _set(self, "length", length)
        _set(self, "mandatory", mandatory)
        _set(self, "read_only", read_only)
        _set(self, "transition_sequence", transition_sequence)
        _set(self, "personality_name", personality_name)
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

# generated from spec/dist/crm.yaml by make generate — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset, lazily_built, load_before_assignment

T = TypeVar("T", bound="BlueprintProcessInfo")


@_attrs_define(on_setattr=load_before_assignment)
class BlueprintProcessInfo(LazyModel):
    """The blueprint the record is in, and the field (usually a picklist) whose value marks its state."""

    id: None | str | Unset = UNSET
    """ The blueprint's id. """
    name: None | str | Unset = UNSET
    """ The blueprint's name. """
    field_id: None | str | Unset = UNSET
    """ The id of the field whose value marks the record's state. """
    field_name: None | str | Unset = UNSET
    """ The API name of that field, for example `Lead_Status`. """
    field_label: None | str | Unset = UNSET
    """ The label of that field. """
    api_name: None | str | Unset = UNSET
    """ The API name of the state field, for example `Lead_Status`. """
    column_name: None | str | Unset = UNSET
    """ Zoho's internal column name of that field. """
    field_value: None | str | Unset = UNSET
    """ The record's current state (the state field's value). """
    is_continuous: bool | None | Unset = UNSET
    """ Whether the blueprint is continuous (after a transition the record can move on without waiting). """
    continuous: bool | None | Unset = UNSET
    """ Same as `is_continuous`, as some Zoho versions name it. """
    escalation: None | str | Unset = UNSET
    """ The escalation set for the blueprint's state, or null. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        field_id: None | str | Unset
        if isinstance(self.field_id, Unset):
            field_id = UNSET
        else:
            field_id = self.field_id

        field_name: None | str | Unset
        if isinstance(self.field_name, Unset):
            field_name = UNSET
        else:
            field_name = self.field_name

        field_label: None | str | Unset
        if isinstance(self.field_label, Unset):
            field_label = UNSET
        else:
            field_label = self.field_label

        api_name: None | str | Unset
        if isinstance(self.api_name, Unset):
            api_name = UNSET
        else:
            api_name = self.api_name

        column_name: None | str | Unset
        if isinstance(self.column_name, Unset):
            column_name = UNSET
        else:
            column_name = self.column_name

        field_value: None | str | Unset
        if isinstance(self.field_value, Unset):
            field_value = UNSET
        else:
            field_value = self.field_value

        is_continuous: bool | None | Unset
        if isinstance(self.is_continuous, Unset):
            is_continuous = UNSET
        else:
            is_continuous = self.is_continuous

        continuous: bool | None | Unset
        if isinstance(self.continuous, Unset):
            continuous = UNSET
        else:
            continuous = self.continuous

        escalation: None | str | Unset
        if isinstance(self.escalation, Unset):
            escalation = UNSET
        else:
            escalation = self.escalation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if field_id is not UNSET:
            field_dict["field_id"] = field_id
        if field_name is not UNSET:
            field_dict["field_name"] = field_name
        if field_label is not UNSET:
            field_dict["field_label"] = field_label
        if api_name is not UNSET:
            field_dict["api_name"] = api_name
        if column_name is not UNSET:
            field_dict["column_name"] = column_name
        if field_value is not UNSET:
            field_dict["field_value"] = field_value
        if is_continuous is not UNSET:
            field_dict["is_continuous"] = is_continuous
        if continuous is not UNSET:
            field_dict["continuous"] = continuous
        if escalation is not UNSET:
            field_dict["escalation"] = escalation

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

        name: None | str | Unset = d.pop("name", UNSET)

        field_id: None | str | Unset = d.pop("field_id", UNSET)

        field_name: None | str | Unset = d.pop("field_name", UNSET)

        field_label: None | str | Unset = d.pop("field_label", UNSET)

        api_name: None | str | Unset = d.pop("api_name", UNSET)

        column_name: None | str | Unset = d.pop("column_name", UNSET)

        field_value: None | str | Unset = d.pop("field_value", UNSET)

        is_continuous: bool | None | Unset = d.pop("is_continuous", UNSET)

        continuous: bool | None | Unset = d.pop("continuous", UNSET)

        escalation: None | str | Unset = d.pop("escalation", UNSET)

        additional_properties = d
        _set = object.__setattr__
        _set(self, "id", id)
        _set(self, "name", name)
        _set(self, "field_id", field_id)
        _set(self, "field_name", field_name)
        _set(self, "field_label", field_label)
        _set(self, "api_name", api_name)
        _set(self, "column_name", column_name)
        _set(self, "field_value", field_value)
        _set(self, "is_continuous", is_continuous)
        _set(self, "continuous", continuous)
        _set(self, "escalation", escalation)
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

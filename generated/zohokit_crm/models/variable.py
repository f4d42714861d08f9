# generated from spec/dist/crm.yaml by make generate — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset, lazily_built, load_before_assignment, load_nested

T = TypeVar("T", bound="Variable")


@_attrs_define(on_setattr=load_before_assignment)
class Variable(LazyModel):
    """A CRM variable: a named value usable as a merge field in email, mail-merge and inventory templates and as a reusable
    authentication parameter in API calls.

    """

    id: None | str | Unset = UNSET
    """ The variable's id. """
    api_name: None | str | Unset = UNSET
    """ The name used to refer to the variable in API calls; unique. """
    name: None | str | Unset = UNSET
    """ The display name; unique. """
    description: None | str | Unset = UNSET
    """ The variable's description, or null. """
    type_: None | str | Unset = UNSET
    """ The variable's data type, fixed at creation: `integer`, `text`, `textarea`, `percent`, `decimal`,
    `currency`, `date`, `datetime`, `email`, `phone`, `url`, `checkbox`, `long_integer`. """
    value: Any | Unset = UNSET
    """ The variable's value; its JSON type follows `type` (null when unset). """
    variable_group: None | Unset | VariableGroup = UNSET
    """ A group of CRM variables. Groups are created together with a variable (naming a group that does not exist
    yet creates it). """
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

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        value = self.value

        variable_group: dict[str, Any] | None | Unset
        if isinstance(self.variable_group, Unset):
            variable_group = UNSET
        elif isinstance(self.variable_group, VariableGroup):
            variable_group = self.variable_group.to_dict()
        else:
            variable_group = self.variable_group

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if api_name is not UNSET:
            field_dict["api_name"] = api_name
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if type_ is not UNSET:
            field_dict["type"] = type_
        if value is not UNSET:
            field_dict["value"] = value
        if variable_group is not UNSET:
            field_dict["variable_group"] = variable_group

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

        name: None | str | Unset = d.pop("name", UNSET)

        description: None | str | Unset = d.pop("description", UNSET)

        type_: None | str | Unset = d.pop("type", UNSET)

        value = d.pop("value", UNSET)

        _variable_group = d.pop("variable_group", UNSET)
        variable_group: None | Unset | VariableGroup
        if isinstance(_variable_group, dict):
            try:
                componentsschemas_variable_group_type_0 = VariableGroup._built_whole(_variable_group)
                variable_group = componentsschemas_variable_group_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                variable_group = cast(None | Unset | VariableGroup, _variable_group)
        else:
            variable_group = _variable_group

        additional_properties = d
        _set = object.__setattr__
        _set(self, "id", id)
        _set(self, "api_name", api_name)
        _set(self, "name", name)
        _set(self, "description", description)
        _set(self, "type_", type_)
        _set(self, "value", value)
        _set(self, "variable_group", variable_group)
        _set(self, "additional_properties", additional_properties)

    def _convert_nested_fields(self) -> None:
        load_nested(self.variable_group)

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
from ..models.variable_group import VariableGroup  # noqa: E402

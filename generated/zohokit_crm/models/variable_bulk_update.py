# generated from spec/dist/crm.yaml by make generate — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset, lazily_built, load_before_assignment, load_nested

T = TypeVar("T", bound="VariableBulkUpdate")


@_attrs_define(on_setattr=load_before_assignment)
class VariableBulkUpdate(LazyModel):
    """New details of one variable in `PUT /settings/variables`: `id` says which variable; only the other keys given are
    changed. The data type cannot be changed.

    """

    id: int | str
    """ The variable's id (Zoho accepts it as a string or a JSON number). """
    name: str | Unset = UNSET
    """ The variable's display name; unique. """
    api_name: str | Unset = UNSET
    """ The variable's API name, used in API calls and merge fields; unique. """
    value: Any | Unset = UNSET
    """ New value; its JSON type follows the variable's type. """
    description: str | Unset = UNSET
    """ The variable's description. """
    variable_group: VariableGroupInput | Unset = UNSET
    """ The group a variable belongs to, in a create or update request: give its `id` (for example `{"id":
    40000000047005}`) or its `name` (for example `{"name": "Group2"}`). When the named group does not exist,
    creating the variable creates the group. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | str
        id = self.id

        name = self.name

        api_name = self.api_name

        value = self.value

        description = self.description

        variable_group: dict[str, Any] | Unset = UNSET
        if not isinstance(self.variable_group, Unset):
            variable_group = self.variable_group.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if api_name is not UNSET:
            field_dict["api_name"] = api_name
        if value is not UNSET:
            field_dict["value"] = value
        if description is not UNSET:
            field_dict["description"] = description
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
        if "id" not in d:
            raise KeyError("id")
        return lazily_built(cls, d)

    def _convert_fields(self, _json: Mapping[str, Any]) -> None:
        """Set every field from the JSON object: the stock ``from_dict``'s conversions, run on first read."""
        d = dict(_json)
        id: int | str = d.pop("id")

        name = d.pop("name", UNSET)

        api_name = d.pop("api_name", UNSET)

        value = d.pop("value", UNSET)

        description = d.pop("description", UNSET)

        _variable_group = d.pop("variable_group", UNSET)
        variable_group: VariableGroupInput | Unset
        if isinstance(_variable_group, Unset):
            variable_group = UNSET
        else:
            variable_group = VariableGroupInput._from_nested_json(_variable_group)

        additional_properties = d
        _set = object.__setattr__
        _set(self, "id", id)
        _set(self, "name", name)
        _set(self, "api_name", api_name)
        _set(self, "value", value)
        _set(self, "description", description)
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
from ..models.variable_group_input import VariableGroupInput  # noqa: E402

# generated from spec/dist/crm.yaml by make generate — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel, lazily_built, load_before_assignment, load_nested

T = TypeVar("T", bound="VariableGroupsResponse")


@_attrs_define(on_setattr=load_before_assignment)
class VariableGroupsResponse(LazyModel):
    """The answer of the variable groups APIs: `variable_groups` holds every group (`GET /settings/variable_groups`) or
    exactly one (`GET /settings/variable_groups/{variable_group_id}`).

    """

    variable_groups: list[None | VariableGroup]
    """ Every variable group, or exactly one. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        variable_groups = []
        for variable_groups_item_data in self.variable_groups:
            variable_groups_item: dict[str, Any] | None
            if isinstance(variable_groups_item_data, VariableGroup):
                variable_groups_item = variable_groups_item_data.to_dict()
            else:
                variable_groups_item = variable_groups_item_data
            variable_groups.append(variable_groups_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "variable_groups": variable_groups,
            }
        )

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
        if "variable_groups" not in d:
            raise KeyError("variable_groups")
        return lazily_built(cls, d)

    def _convert_fields(self, _json: Mapping[str, Any]) -> None:
        """Set every field from the JSON object: the stock ``from_dict``'s conversions, run on first read."""
        d = dict(_json)
        variable_groups = []
        _variable_groups = d.pop("variable_groups")
        for variable_groups_item_data in _variable_groups:
            _variable_groups_item = variable_groups_item_data
            variable_groups_item: None | VariableGroup
            if isinstance(_variable_groups_item, dict):
                try:
                    componentsschemas_variable_group_type_0 = VariableGroup._built_whole(_variable_groups_item)
                    variable_groups_item = componentsschemas_variable_group_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    variable_groups_item = cast(None | VariableGroup, _variable_groups_item)
            else:
                variable_groups_item = _variable_groups_item

            variable_groups.append(variable_groups_item)

        additional_properties = d
        _set = object.__setattr__
        _set(self, "variable_groups", variable_groups)
        _set(self, "additional_properties", additional_properties)

    def _convert_nested_fields(self) -> None:
        load_nested(self.variable_groups)

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.variable_group import VariableGroup


T = TypeVar("T", bound="VariableGroupsResponse")


@_attrs_define
class VariableGroupsResponse:
    """The answer of the variable groups APIs: `variable_groups` holds every group (`GET /settings/variable_groups`) or
    exactly one (`GET /settings/variable_groups/{variable_group_id}`).

    """

    variable_groups: list[None | VariableGroup]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.variable_group import VariableGroup  # noqa: PLC0415

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
        from ..models.variable_group import VariableGroup  # noqa: PLC0415

        d = dict(src_dict)
        variable_groups = []
        _variable_groups = d.pop("variable_groups")
        for variable_groups_item_data in _variable_groups:

            def _parse_variable_groups_item(data: object) -> None | VariableGroup:
                if data is None:
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_variable_group_type_0 = VariableGroup.from_dict(data)

                    return componentsschemas_variable_group_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | VariableGroup, data)

            variable_groups_item = _parse_variable_groups_item(variable_groups_item_data)

            variable_groups.append(variable_groups_item)

        variable_groups_response = cls(
            variable_groups=variable_groups,
        )

        variable_groups_response.additional_properties = d
        return variable_groups_response

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset, lazily_built

T = TypeVar("T", bound="CustomViewCriteriaGroup")

_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "field",
        "comparator",
        "value",
        "group_operator",
        "group",
    }
)
"""The JSON keys of the declared fields; every other key of the object is an additional property."""


@_attrs_define
class CustomViewCriteriaGroup(LazyModel):
    """A condition inside the `group` of a `CustomViewCriteria`: a single condition (`field`, `comparator`, `value`) or,
    again, a group of conditions (`group_operator` with `group`).

    """

    field: None | str | Unset = UNSET
    """ API name of the field the condition tests. """
    comparator: None | str | Unset = UNSET
    """ One of the comparators of `CustomViewCriteria.comparator`. """
    value: Any | Unset = UNSET
    """ The value compared with; a string, number, boolean or array depending on the field. """
    group_operator: None | str | Unset = UNSET
    """ `and` or `or`, joining the conditions of `group`. """
    group: list[CustomViewCriteriaGroup] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field: None | str | Unset
        if isinstance(self.field, Unset):
            field = UNSET
        else:
            field = self.field

        comparator: None | str | Unset
        if isinstance(self.comparator, Unset):
            comparator = UNSET
        else:
            comparator = self.comparator

        value = self.value

        group_operator: None | str | Unset
        if isinstance(self.group_operator, Unset):
            group_operator = UNSET
        else:
            group_operator = self.group_operator

        group: list[dict[str, Any]] | None | Unset
        if isinstance(self.group, Unset):
            group = UNSET
        elif isinstance(self.group, list):
            group = []
            for group_type_0_item_data in self.group:
                group_type_0_item = group_type_0_item_data.to_dict()
                group.append(group_type_0_item)

        else:
            group = self.group

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if field is not UNSET:
            field_dict["field"] = field
        if comparator is not UNSET:
            field_dict["comparator"] = comparator
        if value is not UNSET:
            field_dict["value"] = value
        if group_operator is not UNSET:
            field_dict["group_operator"] = group_operator
        if group is not UNSET:
            field_dict["group"] = group

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from its JSON object: a copy of it is kept, its required keys are checked
        (``KeyError`` names the first missing one) and each field is converted on first read."""
        d = dict(src_dict)
        return lazily_built(cls, d)

    @staticmethod
    def _read_field(_src: dict[str, Any]) -> None | str | Unset:
        field: None | str | Unset = _src.get("field", UNSET)

        return field

    @staticmethod
    def _read_comparator(_src: dict[str, Any]) -> None | str | Unset:
        comparator: None | str | Unset = _src.get("comparator", UNSET)

        return comparator

    @staticmethod
    def _read_value(_src: dict[str, Any]) -> Any | Unset:
        value: Any | Unset = _src.get("value", UNSET)
        return value

    @staticmethod
    def _read_group_operator(_src: dict[str, Any]) -> None | str | Unset:
        group_operator: None | str | Unset = _src.get("group_operator", UNSET)

        return group_operator

    @staticmethod
    def _read_group(_src: dict[str, Any]) -> list[CustomViewCriteriaGroup] | None | Unset:
        _group = _src.get("group", UNSET)
        group: list[CustomViewCriteriaGroup] | None | Unset
        if isinstance(_group, list):
            try:
                group_type_0 = []
                _group_type_0 = _group
                for group_type_0_item_data in _group_type_0:
                    group_type_0_item = CustomViewCriteriaGroup.from_dict(group_type_0_item_data)

                    group_type_0.append(group_type_0_item)
                for group_type_0_item in group_type_0:
                    group_type_0_item._load_all_fields()
                group = group_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                group = cast(list[CustomViewCriteriaGroup] | None | Unset, _group)
        else:
            group = _group

        return group

    @staticmethod
    def _read_additional_properties(_src: dict[str, Any]) -> dict[str, Any]:
        return {key: value for key, value in _src.items() if key not in _DECLARED_KEYS}

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

# generated from spec/dist/crm.yaml by make generate — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset, lazily_built, load_before_assignment, load_nested

T = TypeVar("T", bound="CustomViewCriteria")


@_attrs_define(on_setattr=load_before_assignment)
class CustomViewCriteria(LazyModel):
    """A filter condition of a custom view (or of a field). Either a single condition (`field`, `comparator`, `value`) or a
    group of conditions (`group_operator` with `group`), nested as deep as needed.

    """

    field: None | str | Unset = UNSET
    """ API name of the field the condition tests. """
    comparator: None | str | Unset = UNSET
    """ `equal`, `not_equal`, `in`, `not_in`, `less_than`, `less_equal`, `greater_than`, `greater_equal`,
    `contains`, `not_contains`, `starts_with`, `ends_with`, `between`, `not_between`. """
    value: Any | Unset = UNSET
    """ The value compared with; a string, number, boolean or array depending on the field. """
    group_operator: None | str | Unset = UNSET
    """ `and` or `or`, joining the conditions of `group`. """
    group: list[CustomViewCriteriaGroup] | None | Unset = UNSET
    """ The conditions of a group, combined with `group_operator`. """
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
        field: None | str | Unset = d.pop("field", UNSET)

        comparator: None | str | Unset = d.pop("comparator", UNSET)

        value = d.pop("value", UNSET)

        group_operator: None | str | Unset = d.pop("group_operator", UNSET)

        _group = d.pop("group", UNSET)
        group: list[CustomViewCriteriaGroup] | None | Unset
        if isinstance(_group, list):
            try:
                group_type_0 = []
                _group_type_0 = _group
                for group_type_0_item_data in _group_type_0:
                    group_type_0_item = CustomViewCriteriaGroup._from_nested_json(group_type_0_item_data)

                    group_type_0.append(group_type_0_item)

                for group_type_0_item in group_type_0:
                    group_type_0_item._load_all_fields()
                group = group_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                group = cast(list[CustomViewCriteriaGroup] | None | Unset, _group)
        else:
            group = _group

        additional_properties = d
        _set = object.__setattr__
        _set(self, "field", field)
        _set(self, "comparator", comparator)
        _set(self, "value", value)
        _set(self, "group_operator", group_operator)
        _set(self, "group", group)
        _set(self, "additional_properties", additional_properties)

    def _convert_nested_fields(self) -> None:
        load_nested(self.group)

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
from ..models.custom_view_criteria_group import CustomViewCriteriaGroup  # noqa: E402

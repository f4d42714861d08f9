# generated from spec/dist/crm_bulk.yaml by make generate — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.bulk_read_criteria_comparator import BulkReadCriteriaComparator
from ..models.bulk_read_criteria_group_operator import BulkReadCriteriaGroupOperator
from ..types import UNSET, LazyModel, Unset, lazily_built, load_before_assignment, load_nested

T = TypeVar("T", bound="BulkReadCriteria")


@_attrs_define(on_setattr=load_before_assignment)
class BulkReadCriteria(LazyModel):
    """The filter of a bulk read job: either one condition (`api_name`, `comparator`, `value`) or a group of conditions
    (`group_operator` with `group`), nested as needed. Limits: at most 25 conditions in a query; `in` and `not_in` take
    at most 20 values; multi-line text fields cannot be filtered on.

    """

    api_name: str | Unset = UNSET
    """ API name of the field the condition tests (lookups as `Account_Name.id`, ...). """
    comparator: BulkReadCriteriaComparator | Unset = UNSET
    """ How the field is compared with `value`. """
    value: Any | Unset = UNSET
    """ The value compared with: a string, number or boolean, an array for `in` / `not_in` (at most 20 values) and a
    two-item array for `between` / `not_between`. """
    group_operator: BulkReadCriteriaGroupOperator | Unset = UNSET
    """ How the conditions of `group` are joined. """
    group: list[BulkReadCriteria] | Unset = UNSET
    """ The conditions joined by `group_operator` (a group holds at least two). """

    def to_dict(self) -> dict[str, Any]:
        api_name = self.api_name

        comparator: str | Unset = UNSET
        if not isinstance(self.comparator, Unset):
            comparator = self.comparator.value

        value = self.value

        group_operator: str | Unset = UNSET
        if not isinstance(self.group_operator, Unset):
            group_operator = self.group_operator.value

        group: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.group, Unset):
            group = []
            for group_item_data in self.group:
                group_item = group_item_data.to_dict()
                group.append(group_item)

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if api_name is not UNSET:
            field_dict["api_name"] = api_name
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
        api_name = d.pop("api_name", UNSET)

        _comparator = d.pop("comparator", UNSET)
        comparator: BulkReadCriteriaComparator | Unset
        if isinstance(_comparator, Unset):
            comparator = UNSET
        else:
            comparator = BulkReadCriteriaComparator(_comparator)

        value = d.pop("value", UNSET)

        _group_operator = d.pop("group_operator", UNSET)
        group_operator: BulkReadCriteriaGroupOperator | Unset
        if isinstance(_group_operator, Unset):
            group_operator = UNSET
        else:
            group_operator = BulkReadCriteriaGroupOperator(_group_operator)

        _group = d.pop("group", UNSET)
        group: list[BulkReadCriteria] | Unset = UNSET
        if _group is not UNSET:
            group = []
            for group_item_data in _group:
                group_item = BulkReadCriteria._from_nested_json(group_item_data)

                group.append(group_item)

        _set = object.__setattr__
        _set(self, "api_name", api_name)
        _set(self, "comparator", comparator)
        _set(self, "value", value)
        _set(self, "group_operator", group_operator)
        _set(self, "group", group)

    def _convert_nested_fields(self) -> None:
        load_nested(self.group)

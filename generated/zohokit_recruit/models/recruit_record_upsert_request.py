# generated from spec/dist/recruit.yaml by make generate — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.recruit_record_trigger import RecruitRecordTrigger
from ..types import UNSET, LazyModel, Unset, lazily_built, load_before_assignment, load_nested

T = TypeVar("T", bound="RecruitRecordUpsertRequest")


@_attrs_define(on_setattr=load_before_assignment)
class RecruitRecordUpsertRequest(LazyModel):
    """The body of an upsert: the records in `data` (1 to 100); `duplicate_check_fields` names, in order, the fields used
    to find an existing record. Only the module's system-defined duplicate check field (`Email` for candidates and
    contacts) and the unique fields the organisation configured can be named; without it those are used, the system-
    defined field first. `trigger` as in inserts.

    """

    data: list[RecruitRecordInput]
    """ The records to insert or update, 1 to 100. """
    duplicate_check_fields: list[str] | Unset = UNSET
    """ Field API names checked for a duplicate, in this order, for example `["Email"]`. """
    trigger: list[RecruitRecordTrigger] | Unset = UNSET
    """ The automations to run: any of `workflow`, `approval`, `blueprint`. Without it all of them run; `[]` runs
    none. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        duplicate_check_fields: list[str] | Unset = UNSET
        if not isinstance(self.duplicate_check_fields, Unset):
            duplicate_check_fields = self.duplicate_check_fields

        trigger: list[str] | Unset = UNSET
        if not isinstance(self.trigger, Unset):
            trigger = []
            for trigger_item_data in self.trigger:
                trigger_item = trigger_item_data.value
                trigger.append(trigger_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )
        if duplicate_check_fields is not UNSET:
            field_dict["duplicate_check_fields"] = duplicate_check_fields
        if trigger is not UNSET:
            field_dict["trigger"] = trigger

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
        if "data" not in d:
            raise KeyError("data")
        return lazily_built(cls, d)

    def _convert_fields(self, _json: Mapping[str, Any]) -> None:
        """Set every field from the JSON object: the stock ``from_dict``'s conversions, run on first read."""
        d = dict(_json)
        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = RecruitRecordInput._from_nested_json(data_item_data)

            data.append(data_item)

        duplicate_check_fields = cast(list[str], d.pop("duplicate_check_fields", UNSET))

        _trigger = d.pop("trigger", UNSET)
        trigger: list[RecruitRecordTrigger] | Unset = UNSET
        if _trigger is not UNSET:
            trigger = []
            for trigger_item_data in _trigger:
                trigger_item = RecruitRecordTrigger(trigger_item_data)

                trigger.append(trigger_item)

        additional_properties = d
        _set = object.__setattr__
        _set(self, "data", data)
        _set(self, "duplicate_check_fields", duplicate_check_fields)
        _set(self, "trigger", trigger)
        _set(self, "additional_properties", additional_properties)

    def _convert_nested_fields(self) -> None:
        load_nested(self.data)

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
from ..models.recruit_record_input import RecruitRecordInput  # noqa: E402

# generated from spec/dist/crm.yaml by make generate — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset, lazily_built, load_before_assignment, load_nested

T = TypeVar("T", bound="BlueprintTransition")


@_attrs_define(on_setattr=load_before_assignment)
class BlueprintTransition(LazyModel):
    """One transition available to the record now: what it leads to, the fields it asks for, and their current values in
    `data`.

    """

    id: None | str | Unset = UNSET
    """ The transition's id; send it as `transition_id` to perform the transition. """
    name: None | str | Unset = UNSET
    """ The transition's name as shown on its button, for example `Qualify`. """
    type_: None | str | Unset = UNSET
    """ The transition's kind, for example `manual` or `automatic`. """
    next_field_value: None | str | Unset = UNSET
    """ The state the record moves to. """
    next_transitions: list[BlueprintNextTransition] | None | Unset = UNSET
    """ The transitions that become available once this one is done. """
    percent_partial_save: float | None | Unset = UNSET
    """ How much of the transition's form was already saved (partial saves). """
    criteria_matched: bool | None | Unset = UNSET
    """ Whether the record meets the transition's criteria. """
    criteria_message: None | str | Unset = UNSET
    """ Why the transition is not available now, when its criteria are not met; null otherwise. """
    execution_time: None | str | Unset = UNSET
    """ For automatic transitions, when it runs (ISO 8601 date-time). """
    fields: list[BlueprintField] | None | Unset = UNSET
    """ The fields the transition asks for. """
    data: Record | Unset = UNSET
    """ One record of a module (a lead, contact, deal, custom-module entry, ...). Each org adds its own fields, so
    only the system fields are listed here and every other field travels as an additional property keyed by its
    field API name. Zoho returns `null` for empty fields. Field values by type: single line, multi line, e-mail,
    phone, picklist, URL and auto-number are strings; multi-select picklists are arrays of strings; dates are `yyyy-
    MM-dd` and date-times ISO 8601 with offset (`2017-08-16T14:32:23+05:30`); number, currency, decimal and percent
    are numbers; long integers are strings (`"250000000000000"`); checkboxes are booleans; lookups, `Owner` and
    `Layout` are objects with `id` (and `name` on reads). On writes send field API names with their values; system
    fields are read-only. When several records are listed, subforms come back as a count only; fetch the single
    record for their rows. Subforms (Enterprise edition and above) travel as arrays of row objects under the
    subform's API name; on update, rows keep their `id`, rows without one are created, rows left out are deleted,
    and an empty array clears the subform. Linking modules (Enterprise edition and above) are custom modules whose
    records join two records through two mandatory lookup fields; they use the same record calls. """
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

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        next_field_value: None | str | Unset
        if isinstance(self.next_field_value, Unset):
            next_field_value = UNSET
        else:
            next_field_value = self.next_field_value

        next_transitions: list[dict[str, Any]] | None | Unset
        if isinstance(self.next_transitions, Unset):
            next_transitions = UNSET
        elif isinstance(self.next_transitions, list):
            next_transitions = []
            for next_transitions_type_0_item_data in self.next_transitions:
                next_transitions_type_0_item = next_transitions_type_0_item_data.to_dict()
                next_transitions.append(next_transitions_type_0_item)

        else:
            next_transitions = self.next_transitions

        percent_partial_save: float | None | Unset
        if isinstance(self.percent_partial_save, Unset):
            percent_partial_save = UNSET
        else:
            percent_partial_save = self.percent_partial_save

        criteria_matched: bool | None | Unset
        if isinstance(self.criteria_matched, Unset):
            criteria_matched = UNSET
        else:
            criteria_matched = self.criteria_matched

        criteria_message: None | str | Unset
        if isinstance(self.criteria_message, Unset):
            criteria_message = UNSET
        else:
            criteria_message = self.criteria_message

        execution_time: None | str | Unset
        if isinstance(self.execution_time, Unset):
            execution_time = UNSET
        else:
            execution_time = self.execution_time

        fields: list[dict[str, Any]] | None | Unset
        if isinstance(self.fields, Unset):
            fields = UNSET
        elif isinstance(self.fields, list):
            fields = []
            for fields_type_0_item_data in self.fields:
                fields_type_0_item = fields_type_0_item_data.to_dict()
                fields.append(fields_type_0_item)

        else:
            fields = self.fields

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if next_field_value is not UNSET:
            field_dict["next_field_value"] = next_field_value
        if next_transitions is not UNSET:
            field_dict["next_transitions"] = next_transitions
        if percent_partial_save is not UNSET:
            field_dict["percent_partial_save"] = percent_partial_save
        if criteria_matched is not UNSET:
            field_dict["criteria_matched"] = criteria_matched
        if criteria_message is not UNSET:
            field_dict["criteria_message"] = criteria_message
        if execution_time is not UNSET:
            field_dict["execution_time"] = execution_time
        if fields is not UNSET:
            field_dict["fields"] = fields
        if data is not UNSET:
            field_dict["data"] = data

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

        type_: None | str | Unset = d.pop("type", UNSET)

        next_field_value: None | str | Unset = d.pop("next_field_value", UNSET)

        _next_transitions = d.pop("next_transitions", UNSET)
        next_transitions: list[BlueprintNextTransition] | None | Unset
        if isinstance(_next_transitions, list):
            try:
                next_transitions_type_0 = []
                _next_transitions_type_0 = _next_transitions
                for next_transitions_type_0_item_data in _next_transitions_type_0:
                    next_transitions_type_0_item = BlueprintNextTransition._from_nested_json(
                        next_transitions_type_0_item_data
                    )

                    next_transitions_type_0.append(next_transitions_type_0_item)

                for next_transitions_type_0_item in next_transitions_type_0:
                    next_transitions_type_0_item._load_all_fields()
                next_transitions = next_transitions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                next_transitions = cast(list[BlueprintNextTransition] | None | Unset, _next_transitions)
        else:
            next_transitions = _next_transitions

        percent_partial_save: float | None | Unset = d.pop("percent_partial_save", UNSET)

        criteria_matched: bool | None | Unset = d.pop("criteria_matched", UNSET)

        criteria_message: None | str | Unset = d.pop("criteria_message", UNSET)

        execution_time: None | str | Unset = d.pop("execution_time", UNSET)

        _fields = d.pop("fields", UNSET)
        fields: list[BlueprintField] | None | Unset
        if isinstance(_fields, list):
            try:
                fields_type_0 = []
                _fields_type_0 = _fields
                for fields_type_0_item_data in _fields_type_0:
                    fields_type_0_item = BlueprintField._from_nested_json(fields_type_0_item_data)

                    fields_type_0.append(fields_type_0_item)

                for fields_type_0_item in fields_type_0:
                    fields_type_0_item._load_all_fields()
                fields = fields_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                fields = cast(list[BlueprintField] | None | Unset, _fields)
        else:
            fields = _fields

        _data = d.pop("data", UNSET)
        data: Record | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = Record._from_nested_json(_data)

        additional_properties = d
        _set = object.__setattr__
        _set(self, "id", id)
        _set(self, "name", name)
        _set(self, "type_", type_)
        _set(self, "next_field_value", next_field_value)
        _set(self, "next_transitions", next_transitions)
        _set(self, "percent_partial_save", percent_partial_save)
        _set(self, "criteria_matched", criteria_matched)
        _set(self, "criteria_message", criteria_message)
        _set(self, "execution_time", execution_time)
        _set(self, "fields", fields)
        _set(self, "data", data)
        _set(self, "additional_properties", additional_properties)

    def _convert_nested_fields(self) -> None:
        load_nested(self.next_transitions)
        load_nested(self.fields)
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
from ..models.blueprint_field import BlueprintField  # noqa: E402
from ..models.blueprint_next_transition import BlueprintNextTransition  # noqa: E402
from ..models.record import Record  # noqa: E402

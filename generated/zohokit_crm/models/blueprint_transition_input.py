# generated from spec/dist/crm.yaml by make generate — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel, lazily_built, load_before_assignment, load_nested

T = TypeVar("T", bound="BlueprintTransitionInput")


@_attrs_define(on_setattr=load_before_assignment)
class BlueprintTransitionInput(LazyModel):
    """One transition to perform: its id, and in `data` the values the transition asks for. Besides field API names `data`
    may carry `Notes` (a note added during the transition), `Attachments` (files uploaded beforehand, by id),
    `CheckLists` (the checklist items ticked) and related-list entries keyed by the related list's API name (for example
    `Tasks`) when the transition asks for them.

    """

    transition_id: str
    """ The id of the transition, from the get-blueprint call. """
    data: RecordInput
    """ One record to insert, update or upsert: field API names with their values, typed as in `Record`. Ids (the
    record's own `id`, `Owner.id`, a lookup's `id`) may be strings of digits or JSON integers, as Zoho's SDKs send
    them; responses always carry ids as strings. System fields such as `Created_Time` are read-only and not sent.
    """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        transition_id = self.transition_id

        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "transition_id": transition_id,
                "data": data,
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
        if "transition_id" not in d:
            raise KeyError("transition_id")
        if "data" not in d:
            raise KeyError("data")
        return lazily_built(cls, d)

    def _convert_fields(self, _json: Mapping[str, Any]) -> None:
        """Set every field from the JSON object: the stock ``from_dict``'s conversions, run on first read."""
        d = dict(_json)
        transition_id = d.pop("transition_id")

        data = RecordInput._from_nested_json(d.pop("data"))

        additional_properties = d
        _set = object.__setattr__
        _set(self, "transition_id", transition_id)
        _set(self, "data", data)
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
from ..models.record_input import RecordInput  # noqa: E402

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
    data: Record
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
        d = dict(src_dict)
        if "transition_id" not in d:
            raise KeyError("transition_id")
        if "data" not in d:
            raise KeyError("data")
        return lazily_built(cls, d)

    def _convert_fields(self, _json: Mapping[str, Any]) -> None:
        """Set every field from the JSON object: the stock ``from_dict``'s conversions, run on first read."""
        d = dict(_json)
        transition_id = d.pop("transition_id")

        data = Record.from_dict(d.pop("data"))

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
from ..models.record import Record  # noqa: E402

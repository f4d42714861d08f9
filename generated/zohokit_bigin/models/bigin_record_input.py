# generated from spec/dist/bigin.yaml by make generate — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset, lazily_built, load_before_assignment, load_nested

T = TypeVar("T", bound="BiginRecordInput")


@_attrs_define(on_setattr=load_before_assignment)
class BiginRecordInput(LazyModel):
    """One record to insert, update or upsert: field API names with their values (for a contact `First_Name`, `Last_Name`,
    `Email`; for a deal `Deal_Name`, `Stage`, `Account_Name`, ...). Ids, the record's own `id` and the `id` inside a
    lookup, may be strings of digits or JSON integers, as Zoho's SDKs send them; responses always carry ids as strings.
    System fields such as `Created_Time` are read-only and not sent.

    """

    id: int | str | Unset = UNSET
    """ The record's id, a number of up to 19 digits, as a string or an integer. Required in each record of a multi-
    record update; not given when inserting. """
    owner: None | Unset | UserReferenceInput = UNSET
    """ A user named in a write (`Owner` of a record): the user's `id`, as a string of digits or as a JSON integer
    (Zoho's SDKs send the number). Null leaves the field empty. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        owner: dict[str, Any] | None | Unset
        if isinstance(self.owner, Unset):
            owner = UNSET
        elif isinstance(self.owner, UserReferenceInput):
            owner = self.owner.to_dict()
        else:
            owner = self.owner

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if owner is not UNSET:
            field_dict["Owner"] = owner

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
        id: int | str | Unset = d.pop("id", UNSET)

        _owner = d.pop("Owner", UNSET)
        owner: None | Unset | UserReferenceInput
        if isinstance(_owner, dict):
            try:
                componentsschemas_user_reference_input_type_0 = UserReferenceInput._built_whole(_owner)
                owner = componentsschemas_user_reference_input_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                owner = cast(None | Unset | UserReferenceInput, _owner)
        else:
            owner = _owner

        additional_properties = d
        _set = object.__setattr__
        _set(self, "id", id)
        _set(self, "owner", owner)
        _set(self, "additional_properties", additional_properties)

    def _convert_nested_fields(self) -> None:
        load_nested(self.owner)

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
from ..models.user_reference_input import UserReferenceInput  # noqa: E402

# generated from spec/dist/crm.yaml by make generate — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset, lazily_built, load_before_assignment, load_nested

T = TypeVar("T", bound="NoteInput")


@_attrs_define(on_setattr=load_before_assignment)
class NoteInput(LazyModel):
    """A note to create or change. Through `POST /Notes` every note names its parent with `Parent_Id` (the record's id) and
    `se_module` (the record's module API name); under `/{module_api_name}/{record_id}/Notes` the parent comes from the
    path. In a multi-note update (`PUT /Notes`) every note carries its `id`.

    """

    id: int | str | Unset = UNSET
    """ The note's id (required in each note of `PUT /Notes`; not given when creating). """
    note_title: None | str | Unset = UNSET
    """ The note's title, for example `Contacted`. """
    note_content: str | Unset = UNSET
    """ The note's text (required when creating). """
    parent_id: None | RecordLookupInput | str | Unset = UNSET
    """ The record the note belongs to (`POST /Notes` only): its id, or a lookup object naming the id (`{"id":
    ...}`), which is the form Zoho's CRM SDKs send. """
    se_module: str | Unset = UNSET
    """ The API name of the parent record's module, for example `Leads` (`POST /Notes` only). Zoho also takes it as
    `$se_module`, the spelling of its responses, which Zoho's CRM SDKs send. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        note_title: None | str | Unset
        if isinstance(self.note_title, Unset):
            note_title = UNSET
        else:
            note_title = self.note_title

        note_content = self.note_content

        parent_id: dict[str, Any] | None | str | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        elif isinstance(self.parent_id, RecordLookupInput):
            parent_id = self.parent_id.to_dict()
        else:
            parent_id = self.parent_id

        se_module = self.se_module

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if note_title is not UNSET:
            field_dict["Note_Title"] = note_title
        if note_content is not UNSET:
            field_dict["Note_Content"] = note_content
        if parent_id is not UNSET:
            field_dict["Parent_Id"] = parent_id
        if se_module is not UNSET:
            field_dict["se_module"] = se_module

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

        note_title: None | str | Unset = d.pop("Note_Title", UNSET)

        note_content = d.pop("Note_Content", UNSET)

        _parent_id = d.pop("Parent_Id", UNSET)
        parent_id: None | RecordLookupInput | str | Unset
        if isinstance(_parent_id, dict):
            try:
                componentsschemas_record_lookup_input_type_0 = RecordLookupInput._built_whole(_parent_id)
                parent_id = componentsschemas_record_lookup_input_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                parent_id = cast(None | RecordLookupInput | str | Unset, _parent_id)
        else:
            parent_id = _parent_id

        se_module = d.pop("se_module", UNSET)

        additional_properties = d
        _set = object.__setattr__
        _set(self, "id", id)
        _set(self, "note_title", note_title)
        _set(self, "note_content", note_content)
        _set(self, "parent_id", parent_id)
        _set(self, "se_module", se_module)
        _set(self, "additional_properties", additional_properties)

    def _convert_nested_fields(self) -> None:
        load_nested(self.parent_id)

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
from ..models.record_lookup_input import RecordLookupInput  # noqa: E402

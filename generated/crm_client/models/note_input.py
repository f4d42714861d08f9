from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset, lazily_built

T = TypeVar("T", bound="NoteInput")

_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "Note_Title",
        "Note_Content",
        "Parent_Id",
        "se_module",
    }
)
"""The JSON keys of the declared fields; every other key of the object is an additional property."""


@_attrs_define
class NoteInput(LazyModel):
    """A note to create or change. Through `POST /Notes` every note names its parent with `Parent_Id` (the record's id) and
    `se_module` (the record's module API name); under `/{module_api_name}/{record_id}/Notes` the parent comes from the
    path. In a multi-note update (`PUT /Notes`) every note carries its `id`.

    """

    id: int | str | Unset = UNSET
    """ The note's id (required in each note of `PUT /Notes`; not given when creating). """
    note_title: None | str | Unset = UNSET
    note_content: str | Unset = UNSET
    """ The note's text (required when creating). """
    parent_id: None | RecordLookup | str | Unset = UNSET
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
        elif isinstance(self.parent_id, RecordLookup):
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
        (``KeyError`` names the first missing one) and each field is converted on first read."""
        d = dict(src_dict)
        return lazily_built(cls, d)

    @staticmethod
    def _read_id(_src: dict[str, Any]) -> int | str | Unset:
        id: int | str | Unset = _src.get("id", UNSET)

        return id

    @staticmethod
    def _read_note_title(_src: dict[str, Any]) -> None | str | Unset:
        note_title: None | str | Unset = _src.get("Note_Title", UNSET)

        return note_title

    @staticmethod
    def _read_note_content(_src: dict[str, Any]) -> str | Unset:
        note_content: str | Unset = _src.get("Note_Content", UNSET)
        return note_content

    @staticmethod
    def _read_parent_id(_src: dict[str, Any]) -> None | RecordLookup | str | Unset:
        _parent_id = _src.get("Parent_Id", UNSET)
        parent_id: None | RecordLookup | str | Unset
        if isinstance(_parent_id, dict):
            try:
                componentsschemas_record_lookup_type_0 = RecordLookup.from_dict(_parent_id)
                componentsschemas_record_lookup_type_0._load_all_fields()
                parent_id = componentsschemas_record_lookup_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                parent_id = cast(None | RecordLookup | str | Unset, _parent_id)
        else:
            parent_id = _parent_id

        return parent_id

    @staticmethod
    def _read_se_module(_src: dict[str, Any]) -> str | Unset:
        se_module: str | Unset = _src.get("se_module", UNSET)
        return se_module

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


# The models this one refers to, imported once the class above exists: models refer to each other in
# cycles, and whichever module of a cycle is imported first, the others find its class already defined.
from ..models.record_lookup import RecordLookup  # noqa: E402

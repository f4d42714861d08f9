# generated from spec/dist/crm.yaml by make generate — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset, lazily_built, load_before_assignment, load_nested

T = TypeVar("T", bound="Note")


@_attrs_define(on_setattr=load_before_assignment)
class Note(LazyModel):
    """A note attached to a record."""

    id: None | str | Unset = UNSET
    """ The note's id. """
    note_title: None | str | Unset = UNSET
    """ The note's title, for example `Contacted`. """
    note_content: None | str | Unset = UNSET
    """ The note's text. """
    parent_id: None | RecordLookup | Unset = UNSET
    """ A lookup to another record as Zoho embeds it (a lookup field, `Layout`, a note's `Parent_Id`): the target's
    `id` and its display `name`. On writes only `id` is needed. Null when the lookup is empty. """
    se_module: None | str | Unset = UNSET
    """ The API name of the parent record's module, for example `Leads`. """
    owner: None | Unset | UserReference = UNSET
    """ A lookup to a Zoho user, as Zoho embeds it in records (`Owner`, `Created_By`, `Modified_By`). """
    created_by: None | Unset | UserReference = UNSET
    """ A lookup to a Zoho user, as Zoho embeds it in records (`Owner`, `Created_By`, `Modified_By`). """
    modified_by: None | Unset | UserReference = UNSET
    """ A lookup to a Zoho user, as Zoho embeds it in records (`Owner`, `Created_By`, `Modified_By`). """
    created_time: None | str | Unset = UNSET
    """ ISO 8601 date-time with offset. """
    modified_time: None | str | Unset = UNSET
    """ ISO 8601 date-time with offset. """
    attachments: list[Attachment] | None | Unset = UNSET
    """ Files attached to the note. """
    editable: bool | None | Unset = UNSET
    """ Whether the current user may change or delete the note. """
    voice_note: bool | None | Unset = UNSET
    """ Whether the note is a voice note. """
    size: None | str | Unset = UNSET
    """ The size of a voice note, null otherwise. """
    state: None | str | Unset = UNSET
    """ The note's state; `save` for a stored note. """
    is_shared_to_client: bool | None | Unset = UNSET
    """ Whether the note is shared with the client (in client portals). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        note_title: None | str | Unset
        if isinstance(self.note_title, Unset):
            note_title = UNSET
        else:
            note_title = self.note_title

        note_content: None | str | Unset
        if isinstance(self.note_content, Unset):
            note_content = UNSET
        else:
            note_content = self.note_content

        parent_id: dict[str, Any] | None | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        elif isinstance(self.parent_id, RecordLookup):
            parent_id = self.parent_id.to_dict()
        else:
            parent_id = self.parent_id

        se_module: None | str | Unset
        if isinstance(self.se_module, Unset):
            se_module = UNSET
        else:
            se_module = self.se_module

        owner: dict[str, Any] | None | Unset
        if isinstance(self.owner, Unset):
            owner = UNSET
        elif isinstance(self.owner, UserReference):
            owner = self.owner.to_dict()
        else:
            owner = self.owner

        created_by: dict[str, Any] | None | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        elif isinstance(self.created_by, UserReference):
            created_by = self.created_by.to_dict()
        else:
            created_by = self.created_by

        modified_by: dict[str, Any] | None | Unset
        if isinstance(self.modified_by, Unset):
            modified_by = UNSET
        elif isinstance(self.modified_by, UserReference):
            modified_by = self.modified_by.to_dict()
        else:
            modified_by = self.modified_by

        created_time: None | str | Unset
        if isinstance(self.created_time, Unset):
            created_time = UNSET
        else:
            created_time = self.created_time

        modified_time: None | str | Unset
        if isinstance(self.modified_time, Unset):
            modified_time = UNSET
        else:
            modified_time = self.modified_time

        attachments: list[dict[str, Any]] | None | Unset
        if isinstance(self.attachments, Unset):
            attachments = UNSET
        elif isinstance(self.attachments, list):
            attachments = []
            for attachments_type_0_item_data in self.attachments:
                attachments_type_0_item = attachments_type_0_item_data.to_dict()
                attachments.append(attachments_type_0_item)

        else:
            attachments = self.attachments

        editable: bool | None | Unset
        if isinstance(self.editable, Unset):
            editable = UNSET
        else:
            editable = self.editable

        voice_note: bool | None | Unset
        if isinstance(self.voice_note, Unset):
            voice_note = UNSET
        else:
            voice_note = self.voice_note

        size: None | str | Unset
        if isinstance(self.size, Unset):
            size = UNSET
        else:
            size = self.size

        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        else:
            state = self.state

        is_shared_to_client: bool | None | Unset
        if isinstance(self.is_shared_to_client, Unset):
            is_shared_to_client = UNSET
        else:
            is_shared_to_client = self.is_shared_to_client

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
            field_dict["$se_module"] = se_module
        if owner is not UNSET:
            field_dict["Owner"] = owner
        if created_by is not UNSET:
            field_dict["Created_By"] = created_by
        if modified_by is not UNSET:
            field_dict["Modified_By"] = modified_by
        if created_time is not UNSET:
            field_dict["Created_Time"] = created_time
        if modified_time is not UNSET:
            field_dict["Modified_Time"] = modified_time
        if attachments is not UNSET:
            field_dict["$attachments"] = attachments
        if editable is not UNSET:
            field_dict["$editable"] = editable
        if voice_note is not UNSET:
            field_dict["$voice_note"] = voice_note
        if size is not UNSET:
            field_dict["$size"] = size
        if state is not UNSET:
            field_dict["$state"] = state
        if is_shared_to_client is not UNSET:
            field_dict["$is_shared_to_client"] = is_shared_to_client

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

        note_title: None | str | Unset = d.pop("Note_Title", UNSET)

        note_content: None | str | Unset = d.pop("Note_Content", UNSET)

        _parent_id = d.pop("Parent_Id", UNSET)
        parent_id: None | RecordLookup | Unset
        if isinstance(_parent_id, dict):
            try:
                componentsschemas_record_lookup_type_0 = RecordLookup._built_whole(_parent_id)
                parent_id = componentsschemas_record_lookup_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                parent_id = cast(None | RecordLookup | Unset, _parent_id)
        else:
            parent_id = _parent_id

        se_module: None | str | Unset = d.pop("$se_module", UNSET)

        _owner = d.pop("Owner", UNSET)
        owner: None | Unset | UserReference
        if isinstance(_owner, dict):
            try:
                componentsschemas_user_reference_type_0 = UserReference._built_whole(_owner)
                owner = componentsschemas_user_reference_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                owner = cast(None | Unset | UserReference, _owner)
        else:
            owner = _owner

        _created_by = d.pop("Created_By", UNSET)
        created_by: None | Unset | UserReference
        if isinstance(_created_by, dict):
            try:
                componentsschemas_user_reference_type_0 = UserReference._built_whole(_created_by)
                created_by = componentsschemas_user_reference_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                created_by = cast(None | Unset | UserReference, _created_by)
        else:
            created_by = _created_by

        _modified_by = d.pop("Modified_By", UNSET)
        modified_by: None | Unset | UserReference
        if isinstance(_modified_by, dict):
            try:
                componentsschemas_user_reference_type_0 = UserReference._built_whole(_modified_by)
                modified_by = componentsschemas_user_reference_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                modified_by = cast(None | Unset | UserReference, _modified_by)
        else:
            modified_by = _modified_by

        created_time: None | str | Unset = d.pop("Created_Time", UNSET)

        modified_time: None | str | Unset = d.pop("Modified_Time", UNSET)

        _attachments = d.pop("$attachments", UNSET)
        attachments: list[Attachment] | None | Unset
        if isinstance(_attachments, list):
            try:
                attachments_type_0 = []
                _attachments_type_0 = _attachments
                for attachments_type_0_item_data in _attachments_type_0:
                    attachments_type_0_item = Attachment._from_nested_json(attachments_type_0_item_data)

                    attachments_type_0.append(attachments_type_0_item)

                for attachments_type_0_item in attachments_type_0:
                    attachments_type_0_item._load_all_fields()
                attachments = attachments_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                attachments = cast(list[Attachment] | None | Unset, _attachments)
        else:
            attachments = _attachments

        editable: bool | None | Unset = d.pop("$editable", UNSET)

        voice_note: bool | None | Unset = d.pop("$voice_note", UNSET)

        size: None | str | Unset = d.pop("$size", UNSET)

        state: None | str | Unset = d.pop("$state", UNSET)

        is_shared_to_client: bool | None | Unset = d.pop("$is_shared_to_client", UNSET)

        additional_properties = d
        _set = object.__setattr__
        _set(self, "id", id)
        _set(self, "note_title", note_title)
        _set(self, "note_content", note_content)
        _set(self, "parent_id", parent_id)
        _set(self, "se_module", se_module)
        _set(self, "owner", owner)
        _set(self, "created_by", created_by)
        _set(self, "modified_by", modified_by)
        _set(self, "created_time", created_time)
        _set(self, "modified_time", modified_time)
        _set(self, "attachments", attachments)
        _set(self, "editable", editable)
        _set(self, "voice_note", voice_note)
        _set(self, "size", size)
        _set(self, "state", state)
        _set(self, "is_shared_to_client", is_shared_to_client)
        _set(self, "additional_properties", additional_properties)

    def _convert_nested_fields(self) -> None:
        load_nested(self.parent_id)
        load_nested(self.owner)
        load_nested(self.created_by)
        load_nested(self.modified_by)
        load_nested(self.attachments)

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
from ..models.attachment import Attachment  # noqa: E402
from ..models.record_lookup import RecordLookup  # noqa: E402
from ..models.user_reference import UserReference  # noqa: E402
